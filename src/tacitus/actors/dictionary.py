"""The actor dictionary: data files under ``tacitus/data/actors`` (plus user YAML) → one lookup object.

Every name, alias, demonym, capital and role word becomes a *pattern*: a tuple of lower-cased tokens
pointing at what it names. Patterns are indexed by their first token so that matching a document is one
dict lookup per token (see ``matcher.py``).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
import yaml

DATA_PACKAGE = "tacitus.data"
ROLE_CODES = frozenset(
    "GOV MIL COP JUD LEG OPP REB INS SPY MED BUS CVL EDU HLH LAB REF ELI CRM NGO IGO PTY REL UNK".split()
)
FAR_PAST = date(1, 1, 1)
FAR_FUTURE = date(9999, 12, 31)


class ActorDataError(ValueError):
    """A data file (shipped or user-supplied) is malformed; the message names the file and the fix."""


@dataclass(frozen=True)
class Country:
    code: str
    name: str


@dataclass(frozen=True)
class Role:
    roles: tuple[str, ...]
    kind: str  # person | body | head


@dataclass(frozen=True)
class Organisation:
    code: str
    name: str
    country: str | None
    role: str | None


@dataclass(frozen=True)
class Office:
    """One period in office of a named person."""

    name: str
    country: str | None
    org: str | None
    role: str
    start: date
    end: date
    title: str

    def code(self) -> str:
        if self.org:
            return self.org
        return f"{self.country or ''}{self.role}"


@dataclass(frozen=True)
class Ethnic:
    name: str
    countries: tuple[str, ...]
    armed_role: str | None


@dataclass(frozen=True)
class Pattern:
    """One surface form. ``kind``: country, adjective, capital, city, org, person, surname, role, ethnic."""

    tokens: tuple[str, ...]
    kind: str
    keys: tuple[str, ...]  # what it names: ISO3s, org keys, person names, a role phrase, an ethnic adjective
    exact: str | None = None  # surface form that must match case-sensitively (acronyms like "UN")


@dataclass
class ActorDictionary:
    """Everything resolution needs, loaded once per process."""

    countries: dict[str, Country] = field(default_factory=dict)
    roles: dict[str, Role] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    offices: dict[str, list[Office]] = field(default_factory=dict)
    ethnic: dict[str, Ethnic] = field(default_factory=dict)
    index: dict[str, list[Pattern]] = field(default_factory=dict)
    version: str = "0"

    def offices_on(self, person: str, on: date) -> list[Office]:
        """The offices ``person`` held on ``on`` (several when terms overlap)."""
        return [o for o in self.offices.get(person, []) if o.start <= on <= o.end]

    def office_on(self, person: str, on: date) -> Office | None:
        """The office that codes ``person`` on ``on``: a current one, else the latest past one as ELI."""
        current = self.offices_on(person, on)
        if current:
            return min(current, key=_office_rank)
        past = [o for o in self.offices.get(person, []) if o.end < on]
        if past:
            last = max(past, key=lambda o: o.end)
            # former office holders are elites (CAMEO ELI) of their country, not of their old IGO
            country = last.country or next((o.country for o in sorted(past, key=lambda o: o.end, reverse=True)
                                            if o.country), None)
            return Office(last.name, country, None, "ELI", last.end, FAR_FUTURE, f"former {last.title}")
        return None


def _office_rank(office: Office) -> tuple[int, date]:
    # overlapping terms (party leader and prime minister): executive first, then the latest start
    order = {"GOV": 0, "IGO": 1, "MIL": 2, "JUD": 3, "LEG": 4, "ELI": 6}
    return (order.get(office.role, 5), date.max - (office.start - date.min))


def load_actor_dictionary(extra_files: Iterable[Path] = (), data_dir: Path | None = None) -> ActorDictionary:
    """Load the actor data files (shipped ones, or those in ``data_dir``), then each user YAML file in
    order: later entries add to or override earlier ones.

    >>> d = load_actor_dictionary()
    >>> d.countries["TUR"].name
    'Turkey'
    """
    builder = _Builder()
    base = Path(data_dir) if data_dir is not None else resources.files(DATA_PACKAGE).joinpath("actors")
    digest = hashlib.sha256()
    for name in ("countries.tsv", "cities.tsv", "roles.tsv", "organisations.tsv", "ethnic.tsv", "people.tsv"):
        resource = base.joinpath(name)
        if not resource.is_file():
            continue  # people.tsv may be absent in a partial checkout: names then resolve by title only
        text = resource.read_text(encoding="utf-8")
        digest.update(text.encode())
        getattr(builder, "add_" + name.split(".")[0])(_tsv_rows(text, name))
    for path in extra_files:
        text = Path(path).read_text(encoding="utf-8")
        digest.update(text.encode())
        builder.add_user_entries(_yaml_entries(text, str(path)))
    return builder.build(digest.hexdigest()[:12])


def _tsv_rows(text: str, source: str) -> Iterator[dict[str, str]]:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
        if None in row:
            raise ActorDataError(f"{source}: data row {number} has more columns than the header; check tabs.")
        yield {k: (v or "").strip() for k, v in row.items()}


def _yaml_entries(text: str, source: str) -> list[dict[str, Any]]:
    data = yaml.safe_load(text) or []
    if isinstance(data, dict):
        data = data.get("actors", [])
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise ActorDataError(f"{source}: expected a list of entries like {{name: ..., code: ...}}.")
    for entry in data:
        if not entry.get("name") or not (entry.get("code") or entry.get("country")):
            raise ActorDataError(f"{source}: every entry needs 'name' and 'code' (or 'country'); "
                                 f"got {entry}.")
    return data


def _parse_date(value: Any, default: date, source: str) -> date:
    if value in (None, ""):
        return default
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ActorDataError(f"{source}: {value!r} is not an ISO date (YYYY-MM-DD).") from None


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def plural_forms(phrase: str) -> list[str]:
    """Regular English plurals of a phrase's last word ("soldier" → "soldiers")."""
    head, _, last = phrase.rpartition(" ")
    prefix = head + " " if head else ""
    if last.endswith("man"):
        forms = [last[:-3] + "men"]
    elif last.endswith(("s", "sh", "ch", "x")):
        forms = [last + "es"]
    elif last.endswith("y") and last[-2:-1] not in ("a", "e", "o", "u"):
        forms = [last[:-1] + "ies"]
    else:
        forms = [last + "s"]
    return [prefix + form for form in forms]


class _Builder:
    """Collects entries from every file, then freezes them into an ``ActorDictionary``."""

    def __init__(self) -> None:
        self.tokenizer = spacy.blank("en").tokenizer
        self.dictionary = ActorDictionary()
        self.patterns: dict[tuple[tuple[str, ...], str | None, str], list[str]] = {}
        self.override = False  # user entries replace what a surface form meant; shipped data accumulates

    def pattern(self, surface: str, kind: str, key: str) -> None:
        tokens = tuple(t.lower_ for t in self.tokenizer(surface) if not t.is_space)
        if not tokens:
            return
        letters = [c for c in surface if c.isalpha()]
        # acronyms ("UN", "WHO", "IS", "US") match only in capitals: "who" and "us" are common words
        exact = surface if letters and all(c.isupper() for c in letters) and len(letters) <= 5 else None
        keys = self.patterns.setdefault((tokens, exact, kind), [])
        if self.override:
            for other_kind in ("org", "person", "country", "capital"):
                self.patterns.pop((tokens, exact, other_kind), None)
            self.patterns[(tokens, exact, kind)] = keys = []
        if key not in keys:
            keys.append(key)

    def add_countries(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            code = row["iso3"]
            self.dictionary.countries[code] = Country(code, row["name"])
            for name in [row["name"], *_split(row["aliases"])]:
                self.pattern(name, "country", code)
            for adjective in _split(row["adjectives"]):
                self.pattern(adjective, "adjective", code)
                if adjective[-1:] in ("n", "i") and adjective.lower() != adjective:
                    self.pattern(adjective + "s", "adjective", code)  # "Russians", "Israelis"
            for capital in _split(row["capitals"]):
                self.pattern(capital, "capital", code)

    def add_cities(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            self.pattern(row["name"], "city", row["country"])

    def add_roles(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            roles = tuple(row["roles"].split())
            unknown = [r for r in roles if r not in ROLE_CODES]
            if unknown or row["kind"] not in ("person", "body", "head"):
                raise ActorDataError(f"roles.tsv: bad role or kind in {row}; roles are {sorted(ROLE_CODES)}.")
            phrase = row["phrase"].lower()
            role = Role(roles, row["kind"])
            self.dictionary.roles[phrase] = role
            self.pattern(phrase, "role", phrase)
            if not phrase.endswith("s") or phrase.endswith("ss"):
                for plural in plural_forms(phrase):
                    if plural not in self.dictionary.roles:
                        self.dictionary.roles[plural] = Role(roles, "body")
                        self.pattern(plural, "role", plural)

    def add_organisations(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            self.add_organisation(row["code"], row["name"], _split(row["aliases"]),
                                  row["country"] or None, row["role"] or None)

    def add_organisation(self, code: str, name: str, aliases: list[str], country: str | None,
                         role: str | None) -> None:
        key = f"{code}|{name}"
        self.dictionary.organisations[key] = Organisation(code, name, country, role)
        for surface in [name, *aliases]:
            self.pattern(surface, "org", key)

    def add_ethnic(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            name = row["adjective"]
            self.dictionary.ethnic[name.lower()] = Ethnic(name, tuple(_split(row["countries"])),
                                                          row["armed_role"] or None)
            self.pattern(name, "ethnic", name.lower())

    def add_people(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            source = f"people.tsv ({row.get('name')})"
            start = _parse_date(row["start"], FAR_PAST, source)
            end = _parse_date(row["end"], FAR_FUTURE, source)
            office = Office(row["name"], row["country"] or None, row["org"] or None, row["role"], start, end,
                            row.get("title", ""))
            self.add_office(office, _split(row["aliases"]))

    def add_office(self, office: Office, aliases: list[str]) -> None:
        self.dictionary.offices.setdefault(office.name, []).append(office)
        for surface in [office.name, *aliases]:
            self.pattern(surface, "person", office.name)
        surname = office.name.split()[-1]
        if len(surname) > 2 and surname[0].isupper():
            self.pattern(surname, "surname", office.name)

    def add_user_entries(self, entries: list[dict[str, Any]]) -> None:
        """YAML entries: a person (has start/end or role and no code) or an organisation/alias (has code)."""
        self.override = True
        for entry in entries:
            name = str(entry["name"])
            aliases = [str(a) for a in entry.get("aliases") or []]
            code = entry.get("code")
            country = entry.get("country") or None
            role = entry.get("role") or None
            if entry.get("start") or entry.get("end") or (role and not code) or entry.get("person"):
                source = f"user entry {name!r}"
                self.dictionary.offices.pop(name, None)  # a user entry replaces the shipped offices
                org = None if not code or code == f"{country}{role}" else str(code)
                start = _parse_date(entry.get("start"), FAR_PAST, source)
                end = _parse_date(entry.get("end"), FAR_FUTURE, source)
                office = Office(name, country, org, role or "GOV", start, end, str(entry.get("title", "")))
                self.add_office(office, aliases)
            else:
                code = str(code or country)
                country = country or (code[:3] if code[:3] in self.dictionary.countries else None)
                role = role or (code[3:6] if code[3:6] in ROLE_CODES else None)
                self.add_organisation(code, name, aliases, country, role)

    def build(self, version: str) -> ActorDictionary:
        index: dict[str, list[Pattern]] = {}
        for (tokens, exact, kind), keys in self.patterns.items():
            if keys:
                index.setdefault(tokens[0], []).append(Pattern(tokens, kind, tuple(keys), exact))
        for patterns in index.values():
            patterns.sort(key=lambda p: -len(p.tokens))
        self.dictionary.index = index
        self.dictionary.version = version
        return self.dictionary
