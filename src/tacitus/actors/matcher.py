"""Find dictionary atoms in a parsed document: names, demonyms, capitals, organisations, people, roles.

An *atom* is the longest dictionary pattern starting at a token. Matching is one dict lookup per token
(patterns are indexed by their first lower-cased token), so it costs little next to the parse.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tacitus.actors.dictionary import ActorDictionary, Locatives, Pattern, Role

# when two patterns of one length match the same tokens, the more specific kind wins
COUNT_WORDS = frozenset({"thousands", "hundreds", "dozens"})  # role words for a crowd (roles.tsv)
KIND_PRIORITY = {"person": 0, "org": 1, "country": 2, "capital": 3, "ethnic": 4, "adjective": 5,
                 "surname": 6, "city": 7, "role": 8}
NAME_KINDS = frozenset({"person", "org", "country", "capital", "ethnic", "adjective", "surname", "city"})
NOUNISH = frozenset({"NOUN", "PROPN"})
# "U.S.-backed", "Saudi-led": the name qualifies a group without being it (backed) or leads it (led)
AFFIXES = frozenset({"backed", "led", "based", "funded", "supported", "allied", "aligned", "friendly",
                     "sponsored", "armed", "trained", "controlled", "held", "run", "installed", "brokered"})


@dataclass(frozen=True)
class Atom:
    """A dictionary match over tokens ``start``..``end`` (exclusive)."""

    start: int
    end: int
    kind: str
    keys: tuple[str, ...]
    affix: str | None = None  # "backed", "led", … in "U.S.-backed"; "located" for a place ("in Moscow")


def find_atoms(doc: Doc, dictionary: ActorDictionary) -> list[Atom]:
    """Greedy, longest-first, non-overlapping dictionary matches in text order."""
    atoms: list[Atom] = []
    singles, pairs = dictionary.singles, dictionary.pairs
    lowers = [t.lower_ for t in doc]  # one pass: Token objects are costly to create
    named: dict[str, str] = {}  # last word -> person already named ("Ricardo Lagos" makes "Lagos" him)
    i = 0
    n = len(doc)
    while i < n:
        token = doc[i]
        longer = pairs.get((lowers[i], lowers[i + 1])) if i + 1 < n else None
        single = singles.get(lowers[i])
        candidates = longer + single if longer and single else longer or single
        atom = _best_match(doc, lowers, i, candidates, dictionary) if candidates else None
        if atom is None and "-" in token.text:
            atom = _hyphen_match(token, dictionary)
        if atom is not None and _after_new(doc, atom):
            skipped = atom.end
            atom = _new_place(doc, atom, dictionary)
            if atom is None:
                i = skipped
                continue
        if atom is not None:
            previous = atoms[-1] if atoms else None
            if (previous is not None and previous.affix == "located" and atom.kind == "country"
                    and atom.start == previous.end + 1 and doc[previous.end].text == ","):
                atom = Atom(atom.start, atom.end, atom.kind, atom.keys, "located")  # "BEIRUT, Lebanon (AP)"
            atom = _named_surname(atom, lowers, named)
            atoms.append(atom)
            i = atom.end
        else:
            i += 1
    return atoms


def _named_surname(atom: Atom, lowers: list[str], named: dict[str, str]) -> Atom:
    """A place word that is the last word of a person the article named is that person: "Ricardo Lagos
    … Lagos said", "Joseph Muscat … Muscat said" (a surname that is a place has no pattern of its own)."""
    if atom.kind == "person":
        named[lowers[atom.end - 1]] = atom.keys[0]
    elif atom.kind in ("capital", "city") and atom.affix is None and atom.end - atom.start == 1:
        person = named.get(lowers[atom.start])
        if person is not None:
            return Atom(atom.start, atom.end, "surname", (person,))
    return atom


def _best_match(doc: Doc, lowers: list[str], i: int, candidates: list[Pattern],
                dictionary: ActorDictionary) -> Atom | None:
    titles = dictionary.roles
    best: Pattern | None = None
    for pattern in candidates:  # sorted longest first
        if best is not None and len(pattern.tokens) < len(best.tokens):
            break
        end = i + len(pattern.tokens)
        if end > len(doc):
            continue
        if lowers[i + 1:end] != list(pattern.tokens[1:]):
            continue
        if not _acceptable(doc, i, end, pattern, titles):
            continue
        if best is None or KIND_PRIORITY[pattern.kind] < KIND_PRIORITY[best.kind]:
            best = pattern
    if best is None:
        return None
    end = i + len(best.tokens)
    if best.kind in ("capital", "city", "country") and _dateline(doc, i, end):
        return Atom(i, end, best.kind, best.keys, "located")
    if best.kind == "capital" and _located(doc[end - 1], dictionary.locatives):
        return Atom(i, end, best.kind, best.keys, "located")
    if best.kind in ("country", "adjective", "capital") and _feature(doc, i, end, dictionary.locatives):
        return Atom(i, end, best.kind, best.keys, "located")
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in AFFIXES:
        return Atom(i, end + 2, best.kind, best.keys, doc[end + 1].lower_)
    return Atom(i, end, best.kind, best.keys)


def _acceptable(doc: Doc, start: int, end: int, pattern: Pattern, titles: Mapping[str, Role]) -> bool:
    span = doc[start:end]
    if pattern.exact is not None and span.text != pattern.exact:
        return False
    if pattern.kind == "role" and pattern.tokens == ("general",) and _postpositive(doc, start, titles):
        return False
    if pattern.kind == "role":
        counted = end < len(doc) and doc[end].lower_ == "of"
        if pattern.tokens[-1] in COUNT_WORDS and (doc[end - 1].dep_ != "nsubj" or counted):
            return False  # "thousands of troops" are troops; a count is a crowd only as a doer ("Thousands marched")
        # a role is a noun ("troops"), never a verb ("forces them") or part of a longer name; an adjective
        # only when it qualifies a thing ("a military base"), not another role ("civilian leader")
        last = doc[end - 1]
        if last.ent_type_ in ("WORK_OF_ART", "PRODUCT"):
            return False
        if last.pos_ == "ADJ":  # right after a country: "U.S. military base", not "general election"
            after_name = start > 0 and doc[start - 1].ent_type_ in ("GPE", "NORP", "ORG")
            return after_name and end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].lower_ not in titles
        return last.pos_ in NOUNISH
    if not any(t.text[:1].isupper() for t in span):
        return False  # "turkey", "chad", "china" plates: names are capitalised
    first = doc[start]
    if pattern.kind == "ethnic" and first.ent_type_ == "PERSON":
        # "Qandeel Baloch": a surname, not the Baloch people; but a role word after it ("Tamil rebels",
        # which the tagger calls a person) names the group
        return first.ent_iob_ == "B" and end < len(doc) and doc[end].lower_ in titles
    if pattern.kind in ("country", "capital", "adjective", "city") and first.ent_type_ == "PERSON":
        # "Denzel Washington", "Jordan Peterson": part of a longer person name; but a demonym before a
        # role word the tagger swept into a PERSON ("Turkish F-16s") is still the demonym
        if pattern.kind == "adjective" and end < len(doc) and doc[end].lower_ in titles:
            return True
        return first.ent_iob_ == "B" and not (end < len(doc) and doc[end].ent_iob_ == "I")
    if pattern.kind == "person" and end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].pos_ == "PROPN":
        return False  # "Juan Carlos Jobet" is not King Juan Carlos
    if pattern.kind == "surname":
        # "Erdogan" alone or after a title; not part of a longer name ("Mark Johnson", "Omar al-Bashir")
        named = first.pos_ == "PROPN" or first.ent_type_ == "PERSON"
        if not named or (end < len(doc) and (doc[end].ent_iob_ == "I" or doc[end].pos_ == "PROPN")):
            return False
        return first.ent_iob_ != "I" or (start > 0 and doc[start - 1].lower_ in titles)
    return True


def _postpositive(doc: Doc, start: int, titles: Mapping[str, Role]) -> bool:
    """"Consulate General", "Registrar-General": "general" after a civil office word means "chief" (the
    office word is the role); after a military one ("army general") it is the rank."""
    before = start - 2 if start >= 2 and doc[start - 1].text == "-" else start - 1
    if before < 0 or doc[before].lower_ not in titles:
        return False
    roles = titles[doc[before].lower_].roles
    return not {"MIL", "COP", "REB", "INS"} & set(roles)


def _after_new(doc: Doc, atom: Atom) -> bool:
    """"New Mexican", "New Guinea": a country or demonym that a capitalised "New" opens a place or people
    name with (one entity for the tagger) names another place; a headline's "New Iran Sanctions" does not."""
    if atom.kind not in ("country", "adjective") or atom.start == 0:
        return False
    new, first = doc[atom.start - 1], doc[atom.start]
    return (new.text == "New" and new.ent_iob_ == "B" and first.ent_iob_ == "I"
            and new.ent_type_ in ("GPE", "NORP", "LOC"))


def _new_place(doc: Doc, atom: Atom, dictionary: ActorDictionary) -> Atom | None:
    """The place "New" + the country's name is ("New Mexican" → New Mexico, a US state), or None."""
    country = dictionary.countries.get(atom.keys[0])
    if country is None:
        return None
    tokens = ("new", *country.name.lower().split())
    for pattern in dictionary.pairs.get(tokens[:2], []):
        if pattern.tokens == tokens and pattern.kind == "city":
            return Atom(atom.start - 1, atom.end, "city", pattern.keys)
    return None


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """"MOSCOW (Reuters) -", "BEIRUT, Lebanon —": a place name in capitals opening a paragraph."""
    opens = start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space
    upper = all(t.is_upper or not t.is_alpha for t in doc[start:end])
    return opens and upper and end < len(doc) and doc[end].text in ("-", "—", "–", "(", ",", ":")


def _located(token: Token, locatives: Locatives) -> bool:
    """A capital governed by a locative preposition is a place ("talks in Moscow", "officials in Seoul and
    Tokyo"), and so is one after "to"/"from" and a word of motion ("flew to Moscow"); not the government."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "in Seoul and Tokyo": Tokyo shares Seoul's preposition
    head = token.head
    if not (head.dep_ == "prep" or head.pos_ == "ADP") or head.i == token.i:
        return False
    if head.lower_ in locatives.prepositions:
        return True
    return head.lower_ in locatives.motion_prepositions and head.head.lemma_.lower() in locatives.motion_words


def _feature(doc: Doc, start: int, end: int, locatives: Locatives) -> bool:
    """"Sea of Japan", "South China Sea", "Persian Gulf": a country inside a geographic feature's name."""
    if end < len(doc) and doc[end].text in locatives.features:
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text in locatives.features


def _hyphen_match(token: Token, dictionary: ActorDictionary) -> Atom | None:
    """Names inside one hyphenated token: "U.S.-backed", "Saudi-led", "Kremlin-friendly"."""
    prefix, _, affix = token.text.rpartition("-")
    if not prefix or not prefix[:1].isupper() or affix.lower() not in AFFIXES:
        return None
    for pattern in dictionary.singles.get(prefix.lower(), []):
        if len(pattern.tokens) == 1 and pattern.kind in NAME_KINDS and pattern.kind != "surname":
            if pattern.exact is None or pattern.exact == prefix:
                return Atom(token.i, token.i + 1, pattern.kind, pattern.keys, affix.lower())
    return None
