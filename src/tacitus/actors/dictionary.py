"""The actor dictionary: data files under ``tacitus/data/actors`` (plus user YAML) → one lookup object.

Every name, alias, demonym, capital and role word becomes a *pattern*: a tuple of lower-cased tokens
pointing at what it names. Patterns are indexed by their first token so that matching a document is one
dict lookup per token (see ``matcher.py``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import spacy

from tacitus.actors.sources import (
    ROLE_CODES,
    ActorDataError,
    parse_date,
    split_cell,
    tsv_rows,
    yaml_entries,
    yaml_mapping,
)

DATA_PACKAGE = "tacitus.data"
FAR_PAST = date(1, 1, 1)
FAR_FUTURE = date(9999, 12, 31)


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
class Locatives:
    """``locatives.yaml``: the contexts in which a country or capital name is a place, not an actor."""

    prepositions: frozenset[str] = frozenset()
    motion_prepositions: frozenset[str] = frozenset()
    motion_words: frozenset[str] = frozenset()
    features: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PlaceCues:
    """``place_cues.yaml``, one country: words that say an article is about it (``words`` as written,
    ``lower_words`` in any case) and ``neighbours`` whose mention leans towards it."""

    words: frozenset[str] = frozenset()
    lower_words: frozenset[str] = frozenset()
    neighbours: frozenset[str] = frozenset()


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
    index: dict[str, list[Pattern]] = field(default_factory=dict)  # first token → patterns, longest first
    singles: dict[str, list[Pattern]] = field(default_factory=dict)  # one-token patterns
    pairs: dict[tuple[str, ...], list[Pattern]] = field(default_factory=dict)  # first two tokens → longer ones
    version: str = "0"
    first_names: dict[str, str] = field(default_factory=dict)  # lower-cased first name → "m" / "f"
    honorifics: dict[str, str] = field(default_factory=dict)  # "mrs" → "f", "king" → "m"
    locatives: Locatives = field(default_factory=lambda: Locatives())
    leading_titles: frozenset[str] = frozenset()  # lower-cased titles that make a namesake the prominent one
    towns: dict[str, str] = field(default_factory=dict)  # lower-cased one-word town → ISO3 (events' evidence only)
    # a country's name that is also a place in another country ("georgia" → ("GEO", "USA")): read per article
    shared_names: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    # lower-cased tokens of first-level regions and US states: they qualify a place ("Paris, Texas")
    regions: set[tuple[str, ...]] = field(default_factory=set)
    place_cues: dict[str, PlaceCues] = field(default_factory=dict)  # ISO3 → words that point to it

    def gender_of(self, person: str) -> str | None:
        """"m" or "f" when the person's first name says so (``names.yaml``), else None."""
        first = person.split()[0].lower() if person.strip() else ""
        return self.first_names.get(first)

    def offices_on(self, person: str, on: date | None) -> list[Office]:
        """The offices ``person`` held on ``on`` (several when terms overlap); with no date, every office
        but the candidate and former-holder rows (what the person can be coded as)."""
        if on is None:
            return [o for o in self.offices.get(person, []) if o.role != "ELI"]
        return [o for o in self.offices.get(person, []) if o.start <= on <= o.end]

    def office_on(self, person: str, on: date | None) -> Office | None:
        """The office that codes ``person`` on ``on``: a current one, else the latest past one as ELI.
        With no date, the principal office (``principal_office``)."""
        if on is None:
            return self.principal_office(person)
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

    def principal_office(self, person: str, among: list[Office] | None = None) -> Office | None:
        """What an undated text means by a name: head of state or government first, then any other
        government office, then the longest held (an unknown date is never read as today)."""
        offices = among if among is not None else self.offices_on(person, None) or self.offices.get(person, [])
        if not offices:
            return None
        return min(offices, key=self._principal_rank)

    def is_head(self, office: Office) -> bool:
        """A head of state or government: a national GOV office with a leading title ("Acting President")."""
        return office.role == "GOV" and not office.org and bare_title(office.title) in self.leading_titles

    def _principal_rank(self, office: Office) -> tuple[bool, bool, int, int]:
        held = (min(office.end, date.today()) - office.start).days
        return (not self.is_head(office), office.role != "GOV", -held, -office.start.toordinal())  # then the latest


def bare_title(title: str) -> str:
    """An office title lower-cased, without the stopgap word before it ("Acting President" → "president")."""
    words = title.lower()
    for prefix in ("acting ", "interim ", "transitional "):
        words = words.removeprefix(prefix)
    return words


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
    for name in ("names.yaml", "locatives.yaml", "place_cues.yaml", "countries.tsv", "cities.tsv", "regions.tsv",
                 "roles.tsv", "organisations.tsv", "ethnic.tsv", "people.tsv", "towns.tsv"):
        resource = base.joinpath(name)
        if not resource.is_file():
            continue  # people.tsv may be absent in a partial checkout: names then resolve by title only
        text = resource.read_text(encoding="utf-8")
        digest.update(text.encode())
        if name.endswith(".yaml"):
            getattr(builder, "add_" + name.split(".")[0])(yaml_mapping(text, name))
        else:
            getattr(builder, "add_" + name.split(".")[0])(tsv_rows(text, name))
    for path in extra_files:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise ActorDataError(f"{path}: cannot read the actor file ({error}); give the path of a UTF-8 "
                                 f"YAML file.") from None
        digest.update(text.encode())
        builder.add_user_entries(yaml_entries(text, str(path)))
    return builder.build(digest.hexdigest()[:12])


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
        self.people: dict[str, tuple[str | None, set[str]]] = {}  # person → (country, one-word aliases)
        self.suffixes: set[str] = set()
        self.given_name_last: set[str] = set()
        self.not_surnames: set[str] = set()

    def add_locatives(self, rules: dict[str, Any]) -> None:
        """``locatives.yaml``: prepositions, motion words and feature words that make a name a place."""
        def words(key: str) -> frozenset[str]:
            return frozenset(str(w) for w in rules.get(key) or [])
        self.dictionary.locatives = Locatives(words("prepositions"), words("motion_prepositions"),
                                              words("motion_words"), words("features"))

    def add_place_cues(self, rules: dict[str, Any]) -> None:
        """``place_cues.yaml``: per country, the words and neighbours that point an article to it."""
        for country, entry in rules.items():
            words = [str(w) for w in (entry or {}).get("words") or []]
            self.dictionary.place_cues[str(country)] = PlaceCues(
                frozenset(w for w in words if w != w.lower()), frozenset(w for w in words if w == w.lower()),
                frozenset(str(c) for c in (entry or {}).get("neighbours") or []))

    def add_names(self, rules: dict[str, Any]) -> None:
        """``names.yaml``: which last words may stand alone as surnames, and first-name/honorific gender."""
        self.suffixes = {str(s) for s in rules.get("suffixes") or []}
        self.given_name_last = {str(s) for s in rules.get("given_name_last") or []}
        self.not_surnames = {str(s) for s in rules.get("not_surnames") or []}
        for gender, key in (("f", "female"), ("m", "male")):
            for first in rules.get(key) or []:
                self.dictionary.first_names[str(first).lower()] = gender
        self.dictionary.leading_titles = frozenset(str(t).lower() for t in rules.get("leading_titles") or [])
        self.dictionary.honorifics = {str(k).lower(): str(v) for k, v in (rules.get("honorifics") or {}).items()}

    def pattern(self, surface: str, kind: str, key: str) -> None:
        tokens = self.tokens(surface)
        if not tokens:
            return
        letters = [c for c in surface if c.isalpha()]
        # acronyms ("UN", "WHO", "IS", "US") match only in capitals: "who" and "us" are common words
        # so do short mixed-case acronyms ("LeT", "PiS", "AfD"): "Let" opening a sentence is no group
        acronym = all(c.isupper() for c in letters) or (
            len(tokens) == 1 and any(c.isupper() for c in letters[1:]))
        exact = surface if letters and acronym and len(letters) <= 5 else None
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
            for name in [row["name"], *split_cell(row["aliases"])]:
                self.pattern(name, "country", code)
            for adjective in split_cell(row["adjectives"]):
                self.pattern(adjective, "adjective", code)
                if adjective[-1:] in ("n", "i") and adjective.lower() != adjective:
                    self.pattern(adjective + "s", "adjective", code)  # "Russians", "Israelis"
            for capital in split_cell(row["capitals"]):
                self.pattern(capital, "capital", code)

    def add_cities(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            self.pattern(row["name"], "city", row["country"])
            if row["population"] == "0":  # the US states
                self.dictionary.regions.add(self.tokens(row["name"]))

    def add_regions(self, rows: Iterable[dict[str, str]]) -> None:
        # regions, like cities, only give a role its country ("Rakhine rebels" → MMRREB)
        for row in rows:
            self.pattern(row["name"], "city", row["country"])
            self.dictionary.regions.add(self.tokens(row["name"]))

    def tokens(self, surface: str) -> tuple[str, ...]:
        return tuple(t.lower_ for t in self.tokenizer(surface) if not t.is_space)

    def add_towns(self, rows: Iterable[dict[str, str]]) -> None:
        # towns are no patterns: the actors stage never matches them, the events stage reads them as places
        self.dictionary.towns.update((row["name"].lower(), row["country"]) for row in rows)

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
            self.add_organisation(row["code"], row["name"], split_cell(row["aliases"]),
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
            self.dictionary.ethnic[name.lower()] = Ethnic(name, tuple(split_cell(row["countries"])),
                                                          row["armed_role"] or None)
            self.pattern(name, "ethnic", name.lower())

    def add_people(self, rows: Iterable[dict[str, str]]) -> None:
        for row in rows:
            source = f"people.tsv ({row.get('name')})"
            start = parse_date(row["start"], FAR_PAST, source)
            end = parse_date(row["end"], FAR_FUTURE, source)
            office = Office(row["name"], row["country"] or None, row["org"] or None, row["role"], start, end,
                            row.get("title", ""))
            self.add_office(office, split_cell(row["aliases"]))

    def add_office(self, office: Office, aliases: list[str]) -> None:
        self.dictionary.offices.setdefault(office.name, []).append(office)
        for surface in [office.name, *aliases]:
            self.pattern(surface, "person", office.name)
        country, single = self.people.get(office.name, (None, set()))
        self.people[office.name] = (country or office.country, single | {a for a in aliases if " " not in a})

    def add_surnames(self) -> None:
        """Bare surnames the file does not list: a person's last word, unless the file lists the person's
        one-word forms or the word is listed for someone, common or a place (see ``names.yaml``)."""
        last_words: dict[str, int] = {}
        for name, (_, single) in self.people.items():
            for word in {name.split()[-1], *single}:
                last_words[word] = last_words.get(word, 0) + 1
        taken = {tokens[0] for (tokens, _, kind) in self.patterns if len(tokens) == 1 and kind != "person"}
        chosen = {word for _, single in self.people.values() for word in single}  # someone's listed alias
        for name, (country, single) in self.people.items():
            words = name.split()
            surname = words[-1]
            if country in self.given_name_last and not single and len(words) > 1 and len(words[0]) > 2:
                # "Kim", "Moon": the family name comes first and many share it; resolution picks among them
                self.pattern(words[0], "surname", name)
                continue
            if len(words) < 2 or country in self.given_name_last:
                continue  # the last word is a given name
            if single and last_words[surname] == 1:
                continue  # the file chose the person's one-word forms
            if (surname in self.suffixes or surname in self.not_surnames or surname in chosen
                    or len(surname) <= 2 or not surname[0].isupper() or surname.lower() in taken):
                continue
            # a surname several people share ("Clinton") names all of them; resolution picks one by the
            # article (named before, in office on the date, or the principal office holder)
            self.pattern(surname, "surname", name)

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
                start = parse_date(entry.get("start"), FAR_PAST, source)
                end = parse_date(entry.get("end"), FAR_FUTURE, source)
                office = Office(name, country, org, role or "GOV", start, end, str(entry.get("title", "")))
                self.add_office(office, aliases)
            else:
                code = str(code or country)
                country = country or (code[:3] if code[:3] in self.dictionary.countries else None)
                role = role or (code[3:6] if code[3:6] in ROLE_CODES else None)
                self.add_organisation(code, name, aliases, country, role)

    def build(self, version: str) -> ActorDictionary:
        self.add_surnames()
        index: dict[str, list[Pattern]] = {}
        for (tokens, exact, kind), keys in self.patterns.items():
            if keys:
                index.setdefault(tokens[0], []).append(Pattern(tokens, kind, tuple(keys), exact))
        for patterns in index.values():
            patterns.sort(key=lambda p: -len(p.tokens))
        self.dictionary.index = index
        for (tokens, exact, kind), keys in self.patterns.items():
            places = self.patterns.get((tokens, exact, "city"), [])
            # a country's own name (not an old alias: "Zaire") that is also a place elsewhere
            if (kind == "country" and len(keys) == 1 and len(places) == 1 and places[0] != keys[0]
                    and " ".join(tokens) == self.dictionary.countries[keys[0]].name.lower()):
                self.dictionary.shared_names[tokens] = (keys[0], places[0])
        # matching looks up multi-token patterns by their first two tokens, so a common first word
        # ("the", "national") does not make every token try hundreds of patterns
        for first, patterns in index.items():
            singles = [p for p in patterns if len(p.tokens) == 1]
            if singles:
                self.dictionary.singles[first] = singles
            for pattern in patterns:
                if len(pattern.tokens) > 1:
                    self.dictionary.pairs.setdefault(pattern.tokens[:2], []).append(pattern)
        self.dictionary.version = version
        return self.dictionary
