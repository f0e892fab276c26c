"""Country modifiers of nominal events: "Israeli air strikes on Gaza", "Washington's offer".

The actors stage does not make an actor of a demonym or capital before a noun that names no actor
("Israeli air strikes", "the Turkish proposal"); for a NOMINAL event trigger that modifier is the doer.
The words come from the actors dictionary (single-word country names, demonyms and capitals that name
exactly one country), indexed once per dictionary.
"""

from __future__ import annotations

from spacy.tokens import Token

from tacitus.actors import ActorDictionary
from tacitus.record import ActorMention

COUNTRY_KINDS = frozenset({"country", "adjective", "capital"})
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
COUNTRY_WORD_POS = frozenset({"PROPN", "ADJ", "NOUN"})  # "Israeli" is tagged any of these
_CACHE: dict[int, tuple[ActorDictionary, dict[str, str]]] = {}  # id → (the dictionary kept alive, its table)


def modifier_countries(dictionary: ActorDictionary) -> dict[str, str]:
    """Lower-case single words that name exactly one country → its code ("israeli" → "ISR"), cached."""
    cached = _CACHE.get(id(dictionary))
    if cached is not None and cached[0] is dictionary:
        return cached[1]
    table: dict[str, set[str]] = {}
    for word, patterns in dictionary.index.items():
        for pattern in patterns:
            if len(pattern.tokens) == 1 and pattern.kind in COUNTRY_KINDS:
                table.setdefault(word, set()).update(pattern.keys)
    result = {word: next(iter(codes)) for word, codes in table.items() if len(codes) == 1}
    _CACHE[id(dictionary)] = (dictionary, result)
    return result


def modifier_word(token: Token, countries: dict[str, str]) -> ActorMention | None:
    """The country a one-word country name, demonym or capital names ("Israeli", "Kyiv"), as a mention."""
    code = countries.get(token.lower_)
    if code is None or token.pos_ not in COUNTRY_WORD_POS:
        return None
    return ActorMention(
        text=token.text,
        start=token.idx,
        end=token.idx + len(token.text),
        code=code,
        country=code,
        how="modifier",
    )


def modifier_actor(noun: Token, countries: dict[str, str]) -> ActorMention | None:
    """The country named by a one-word modifier of ``noun`` ("Israeli", "Washington's"), as a mention."""
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS and child.i < noun.i:
            found = modifier_word(child, countries)
            if found is not None:
                return found
    return None
