"""Names shared by places in different countries: "Georgia" (the country, or the US state), "Paris, Texas".

A place followed by a comma and a region of another country lies in that region ("Paris, Texas",
"Lebanon, Pennsylvania", "Athens, Georgia"), unless the names are items of a list. Otherwise the article
decides. The dictionary reads the name as the country; it is the place when the text gives
local evidence of the other country (its other places, its parties, people whose office names the place,
words of its local politics in ``place_cues.yaml``: "county", "Gov.", "Ga.") and more of it than of the
namesake country (anything of it but the name itself: "Tbilisi", "Georgian", "Abkhazia", "Saakashvili"),
which counts double.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc

from tacitus.actors.dictionary import ActorDictionary, PlaceCues
from tacitus.actors.matcher import Atom


def read_shared_names(doc: Doc, atoms: list[Atom], dictionary: ActorDictionary) -> list[Atom]:
    """``atoms`` with each shared country name, and that country's demonyms, read as the other country's
    place (a city atom: it gives a role its country, "Georgia voters" → ``USACVL``) where the article
    says so; unchanged otherwise."""
    atoms = _read_qualified_places(doc, atoms, dictionary)
    by_country = {country: (place_country, tokens)
                  for tokens, (country, place_country) in dictionary.shared_names.items()}
    names = [a for a in atoms if a.kind == "country" and a.keys[0] in by_country
             and _words(doc, a) == by_country[a.keys[0]][1]]
    demonyms = [a for a in atoms if a.kind == "adjective" and len(a.keys) == 1 and a.keys[0] in by_country]
    if not names and not demonyms:
        return atoms
    flipped: dict[str, str] = {}
    for country in {a.keys[0] for a in names + demonyms}:
        place_country, tokens = by_country[country]
        if _place_wins(doc, atoms, set(names), country, place_country, " ".join(tokens), dictionary):
            flipped[country] = place_country
    if not flipped:
        return atoms
    return [Atom(a.start, a.end, "city", (flipped[a.keys[0]],), a.affix)
            if (a in names or a in demonyms) and a.keys[0] in flipped else a
            for a in atoms]


def _place_wins(doc: Doc, atoms: list[Atom], names: set[Atom], country: str, place_country: str, name: str,
                dictionary: ActorDictionary) -> bool:
    place = _place_evidence(doc, atoms, names, place_country, name, dictionary)
    evidence, near = _country_evidence(doc, atoms, names, country, dictionary)
    # the namesake's evidence counts double: "Tbilisi" or "Georgian" is rarely written of the US state,
    # while a US article about the country still names US states and senators
    return place[0] > 0 and place > (2 * evidence, near)


def _place_evidence(doc: Doc, atoms: list[Atom], names: set[Atom], country: str, name: str,
                    dictionary: ActorDictionary) -> tuple[int, int]:
    """(local evidence, any mention) of ``country``: its places, parties and people whose office names the
    place ("Governor of Georgia") are local; its name, capital, agencies and other people are not."""
    local: set[object] = set(_cue_words(doc, dictionary.place_cues.get(country)))
    other = 0
    for atom in atoms:
        if atom in names or country not in _countries(atom, dictionary):
            continue
        if atom.kind == "city" or _is_party(atom, dictionary) or _office_names(atom, name, dictionary):
            local.add(atom.keys)
        else:
            other = 1
    return len(local), other


def _country_evidence(doc: Doc, atoms: list[Atom], names: set[Atom], country: str,
                      dictionary: ActorDictionary) -> tuple[int, int]:
    """(evidence, neighbour mentioned) of ``country``: anything of it but the name ("Tbilisi", "Georgian",
    "Abkhazia", its leaders), its cue words; a neighbour ("Russia") leans weakly towards it."""
    cues = dictionary.place_cues.get(country)
    evidence: set[object] = set(_cue_words(doc, cues))
    neighbours = cues.neighbours if cues else frozenset()
    near = 0
    for atom in atoms:
        if atom in names or _plural_demonym(doc, atom):
            continue  # "Georgians" are the state's people as often as the country's
        countries = _countries(atom, dictionary)
        if country in countries:
            evidence.add(atom.keys)
        elif countries & neighbours:
            near = 1
    return len(evidence), near


def _cue_words(doc: Doc, cues: PlaceCues | None) -> set[str]:
    if cues is None:
        return set()
    return {t.text for t in doc if t.text in cues.words or t.lower_ in cues.lower_words}


def _countries(atom: Atom, dictionary: ActorDictionary) -> set[str]:
    if atom.kind in ("country", "capital", "city", "adjective"):
        return set(atom.keys)
    if atom.kind == "org":
        return {c for k in atom.keys if (c := dictionary.organisations[k].country)}
    if atom.kind in ("person", "surname"):
        return {o.country for k in atom.keys for o in dictionary.offices.get(k, []) if o.country}
    return set()


def _is_party(atom: Atom, dictionary: ActorDictionary) -> bool:
    return atom.kind == "org" and any(dictionary.organisations[k].role == "PTY" for k in atom.keys)


def _office_names(atom: Atom, name: str, dictionary: ActorDictionary) -> bool:
    """A person who held an office named after the place ("Governor of Georgia", "Senator from Georgia")."""
    return atom.kind in ("person", "surname") and any(
        name in o.title.lower().split() for k in atom.keys for o in dictionary.offices.get(k, []))


def _plural_demonym(doc: Doc, atom: Atom) -> bool:
    return atom.kind == "adjective" and doc[atom.end - 1].lower_.endswith("s")


def _read_qualified_places(doc: Doc, atoms: list[Atom], dictionary: ActorDictionary) -> list[Atom]:
    """``atoms`` with each "place, region of another country" read as two places of the region's country."""
    read = list(atoms)
    for i, (place, region) in enumerate(pairwise(atoms)):
        if (region.start != place.end + 1 or doc[place.end].text != ","
                or place.kind not in ("city", "capital", "country") or len(place.keys) != 1):
            continue
        country = _region_country(doc, region, place.keys[0], dictionary)
        if country is None or country == place.keys[0] or _in_list(doc, atoms, i):
            continue
        read[i] = Atom(place.start, place.end, "city", (country,), place.affix)
        read[i + 1] = Atom(region.start, region.end, "city", (country,), region.affix)
    return read


def _region_country(doc: Doc, atom: Atom, place_country: str, dictionary: ActorDictionary) -> str | None:
    """The country of a region that can qualify a place: a region or US state, or a country's name that
    is a region elsewhere ("Georgia") after a place of neither ("Athens, Georgia"; not "Tbilisi, Georgia")."""
    tokens = _words(doc, atom)
    if atom.kind == "city" and tokens in dictionary.regions:
        return atom.keys[0]
    shared = dictionary.shared_names.get(tokens) if atom.kind == "country" else None
    if shared is not None and place_country not in shared:
        return shared[1]
    return None


def _in_list(doc: Doc, atoms: list[Atom], i: int) -> bool:
    """Whether the pair at ``i`` is part of a list of places ("Ukraine, Georgia and Moldova")."""
    starts = {a.start for a in atoms}
    before, after = atoms[i].start - 1, atoms[i + 1].end
    listed_before = before >= 1 and doc[before].text == "," and any(a.end == before for a in atoms)
    listed_after = after < len(doc) and (doc[after].lower_ in ("and", "or") or (
        doc[after].text == "," and after + 1 in starts))
    return listed_before or listed_after


def _words(doc: Doc, atom: Atom) -> tuple[str, ...]:
    """The atom's lower-cased words, as the dictionary keys names."""
    return tuple(t.lower_ for t in doc[atom.start:atom.end])
