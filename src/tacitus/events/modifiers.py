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


TOWN_ENTITIES = frozenset({"GPE", "LOC"})


def _names_place(token: Token) -> bool:
    """A proper name that is no person, and at a sentence start one the parser calls a place ("Police
    said" opens a sentence; the small model often calls a town an organisation mid-sentence)."""
    if token.pos_ != "PROPN" or token.ent_type_ == "PERSON":
        return False
    return not token.is_sent_start or token.ent_type_ in TOWN_ENTITIES


class CountryWords:
    """Single words that name exactly one country, looked up by token with the actors dictionary's case
    rule: an acronym ("CAR", "US") matches only as written, any other word only when capitalised ("car",
    "us", "who" and a lower-case "chad" are common words, never countries)."""

    def __init__(
        self,
        words: dict[str, str] | None = None,
        exact: dict[str, str] | None = None,
        places: dict[str, str] | None = None,
        names: dict[str, str] | None = None,
        towns: dict[str, str] | None = None,
        people: frozenset[str] = frozenset(),
        country_names: frozenset[str] = frozenset(),
    ) -> None:
        self.words = words or {}  # lower-cased country names, demonyms, capitals → ISO3
        self.exact = exact or {}  # acronyms as written → ISO3
        self.places = places or {}  # lower-cased one-word cities and regions of one country → ISO3
        self.names = names or {}  # lower-cased country names of any length, words joined by spaces → ISO3
        self.towns = towns or {}  # lower-cased one-word towns → ISO3, read only where the parser sees a place
        self.people = people  # lower-cased plural demonyms: a country's people, not its state ("Belarusians")
        self.country_names = country_names  # lower-cased one-word country names (no demonym, capital, acronym)

    def get(self, token: Token, places: bool = False) -> str | None:
        """The country ``token`` names, or None; with ``places`` also the country of a city or region
        ("Aleppo" → SYR), which is context for a role's country but never an actor of its own."""
        text = token.text
        if text in self.exact:
            return self.exact[text]
        if not text[:1].isupper():
            return None
        found = self.words.get(token.lower_)
        if found is None and places:
            found = self.places.get(token.lower_)
            if found is None and _names_place(token):
                found = self.towns.get(token.lower_)  # "Bakhmut", "Bucha": only where a name is meant
        return found

    def name(self, tokens: list[Token]) -> str | None:
        """The country a whole name phrase names ("Sri Lanka", "the United States"), or None."""
        words = [t for t in tokens if t.lower_ != "the"]
        if not words or not words[0].text[:1].isupper():
            return None
        if len(words) == 1:
            return self.get(words[0])
        return self.names.get(" ".join(t.lower_ for t in words))

    def __bool__(self) -> bool:
        return bool(self.words or self.exact)


PLACE_KINDS = frozenset({"city"})  # the actors dictionary's cities and first-level regions


def _unique(table: dict[str, set[str]]) -> dict[str, str]:
    """The words that name exactly one country."""
    return {word: next(iter(codes)) for word, codes in table.items() if len(codes) == 1}


_CACHE: dict[int, tuple[ActorDictionary, CountryWords]] = {}  # id → (the dictionary kept alive, its table)


def modifier_countries(dictionary: ActorDictionary) -> CountryWords:
    """The single words that name exactly one country ("israeli" → "ISR", "CAR" → "CAF"), cached."""
    cached = _CACHE.get(id(dictionary))
    if cached is not None and cached[0] is dictionary:
        return cached[1]
    table: dict[str, set[str]] = {}
    exact: dict[str, set[str]] = {}
    places: dict[str, set[str]] = {}
    names: dict[str, set[str]] = {}
    people: set[str] = set()
    country_names: set[str] = set()
    for word, patterns in dictionary.index.items():
        for pattern in patterns:
            if len(pattern.tokens) > 1 and pattern.kind == "country":
                names.setdefault(" ".join(pattern.tokens), set()).update(pattern.keys)
            if len(pattern.tokens) != 1:
                continue
            if pattern.kind == "adjective" and word.endswith("s") and pattern.exact is None:
                people.add(word)
            if pattern.kind == "country" and pattern.exact is None:
                country_names.add(word)
            if pattern.kind in COUNTRY_KINDS:
                if pattern.exact is not None:
                    exact.setdefault(pattern.exact, set()).update(pattern.keys)
                else:
                    table.setdefault(word, set()).update(pattern.keys)
            elif pattern.kind in PLACE_KINDS and pattern.exact is None:
                places.setdefault(word, set()).update(pattern.keys)
    result = CountryWords(
        _unique(table),
        _unique(exact),
        {word: code for word, code in _unique(places).items() if word not in table},  # "Georgia" is the country
        _unique(names),
        {word: code for word, code in dictionary.towns.items() if word not in table and word not in places},
        frozenset(people),
        frozenset(country_names),
    )
    _CACHE[id(dictionary)] = (dictionary, result)
    return result


def modifier_word(token: Token, countries: CountryWords, places: bool = False) -> ActorMention | None:
    """The country a one-word country name, demonym or capital names ("Israeli", "Kyiv"), as a mention;
    with ``places`` also a one-word city or region ("in Aleppo" → SYR)."""
    code = countries.get(token, places)
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


def modifier_actor(noun: Token, countries: CountryWords) -> ActorMention | None:
    """The country named by a one-word modifier of ``noun`` ("Israeli", "Washington's"), as a mention."""
    for child in noun.children:
        if child.dep_ in MODIFIER_DEPS and child.i < noun.i:
            found = modifier_word(child, countries)
            if found is not None:
                return found
    return None


def victim_modifier(noun: Token, countries: CountryWords) -> Token | None:
    """A country or place NAME compounded before a noun of an act done to someone ("the Iraq invasion", "the
    Gaza blockade", "the Crimea annexation") names the one it is done to; a demonym ("the Israeli
    occupation"), a capital, an acronym ("the US invasion") or a possessive ("Iraq's invasion") names the doer."""
    for child in noun.children:
        if child.dep_ != "compound" or child.i > noun.i or not child.text[:1].isupper() or child.text.isupper():
            continue
        word = child.lower_
        if word in countries.country_names or (word not in countries.words and countries.get(child, places=True)):
            return child
    return None
