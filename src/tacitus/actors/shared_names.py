"""Names shared by a country and a place in another country: "Georgia" (the country, or the US state).

The article decides. The dictionary reads the name as the country; it is the place when the text gives
local evidence of the other country (its other places, its parties, people whose office names the place,
words of its local politics in ``place_cues.yaml``: "county", "Gov.", "Ga.") and more of it than of the
namesake country (anything of it but the name itself: "Tbilisi", "Georgian", "Abkhazia", "Saakashvili"),
which counts double.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tacitus.actors.dictionary import ActorDictionary, PlaceCues
from tacitus.actors.matcher import Atom


def read_shared_names(doc: Doc, atoms: list[Atom], dictionary: ActorDictionary) -> list[Atom]:
    """``atoms`` with each shared country name, and that country's demonyms, read as the other country's
    place (a city atom: it gives a role its country, "Georgia voters" → ``USACVL``) where the article
    says so; unchanged otherwise."""
    by_country = {country: (place_country, tokens)
                  for tokens, (country, place_country) in dictionary.shared_names.items()}
    names = [a for a in atoms if a.kind == "country" and a.keys[0] in by_country
             and tuple(t.lower_ for t in doc[a.start:a.end]) == by_country[a.keys[0]][1]]
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
