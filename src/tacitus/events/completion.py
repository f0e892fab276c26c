"""Event-argument completion: a countryless role gets the one country its context names.

The actors stage leaves "the government", "police" or "the opposition" without a country when the
phrase names none. Inside an event the context usually settles it: "Police arrested opposition leader
Alexei Navalny" is Russian police. A side is completed only when exactly one country is a candidate —
first the sentence's other actors and one-word country names, demonyms and capitals ("in Paris"),
else the article's actors (not for civilians, whose country the text must state) — and never when the
context names two. Which roles may be completed, and which may not take the country of the event's
other side, are data (``frames.yaml`` ``grammar``: ``completion_*``). A completed mention keeps its
text and offsets and says ``how="<how>+context"``. A role owned by a country name ("Sri Lanka's
president") takes that country first; in a domestic act (``completion_domestic_codes``: arrests,
protests) the other side's country is evidence too ("Turkish authorities detained soldiers" → TURMIL).

``implied_target`` supplies the target of a domestic act that names none (``frames.yaml``:
``implied_targets``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

import pycountry
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from tacitus.events.arguments import SUBJECT_DEPS, ActorIndex
from tacitus.events.flags import clause_chain
from tacitus.events.modifiers import CountryWords
from tacitus.record import ActorMention

POSSESSIVE_OWNERS = {"his": "person", "her": "person", "their": "any"}  # "its country" is no state's own
OFFICIAL_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "OPP"})  # roles of a "he" or "she"


def _state_level(actor: ActorMention, people: frozenset[str] = frozenset()) -> bool:
    """A bare country or its government/army: the other side of an inter-state event ("Belarusians"
    are a country's people, not its state)."""
    if actor.text.lower() in people:
        return False
    return actor.country is not None and (actor.role in (None, "GOV", "MIL") or len(actor.code or "") == 3)


class CountryContext:
    """The countries named in one article, per sentence and in all (built once per article)."""

    def __init__(
        self,
        actors: Iterable[ActorMention],
        roles: frozenset[str],
        not_from_state: frozenset[str] = frozenset(),
        sentence_only: frozenset[str] = frozenset(),
        place_words: CountryWords | None = None,
        place_preps: frozenset[str] = frozenset(),
    ) -> None:
        self.actors = [a for a in actors if a.code is not None]
        self.roles = roles
        self.not_from_state = not_from_state
        self.sentence_only = sentence_only
        # one-word country names, demonyms and capitals that are no actor mention ("in Paris")
        self.place_words = place_words or CountryWords()
        self.article_countries = {a.country for a in self.actors if a.country}
        self.place_preps = place_preps  # "in", "near", "at": the phrase that says where a role acts

    def _head(self, actor: ActorMention, sentence: SpacySpan) -> Token | None:
        span = sentence.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        return span.root if span is not None else None

    def _sibling_country(self, head: Token) -> str | None:
        """The country of a coordinated actor: "the Venezuelan government and the opposition" → VEN."""
        found = {
            a.country
            for other in head.conjuncts
            for a in self.actors
            if a.country and a.start <= other.idx < a.end
        }
        return next(iter(found)) if len(found) == 1 else None

    def _place_country(self, head: Token) -> str | None:
        """The country of the place where the role is or acts: "civilians in the town of Bucha", "raped
        women in villages near Kyiv" (the role's own place phrase, else its verb's, nearest first)."""
        holders = [head]
        for ancestor in head.ancestors:  # up to the verb: "executed dozens of civilians in …"
            holders.append(ancestor)
            if ancestor.pos_ in ("VERB", "AUX"):
                break
        for holder in holders:
            queue = [p for c in holder.children if c.dep_ == "prep" and c.lower_ in self.place_preps
                     for p in c.children if p.dep_ == "pobj"]
            for _ in range(3):  # "in the Tigray town of Axum", "in villages near Kyiv"
                found = {c for c in (self._place_word(t) for t in queue) if c is not None}
                if found:
                    return next(iter(found)) if len(found) == 1 else None
                queue = [g for t in queue for g in t.children if g.dep_ in ("prep", "pobj", "compound", "amod")]
        return None

    def _place_word(self, token: Token) -> str | None:
        """The country of a one-word place, or of a place name with its compounds ("near Hong Kong")."""
        name = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
        return self.place_words.get(token, places=True) or (self.place_words.name(name) if len(name) > 1 else None)

    def _other_phrase(self, other: ActorMention, sentence: SpacySpan) -> range:
        """Where the other side's phrase lies: a place inside "Israel's blockade of Gaza" belongs to
        the act done by the other side, so it says nothing of this side's country."""
        head = self._head(other, sentence)
        own = range(other.start, other.end)
        if head is None or head.dep_ != "poss" or head.head.pos_ != "NOUN" or self._is_actor(head.head):
            return own
        thing = head.head  # the owner of a thing that is no actor: the thing's whole phrase
        return range(thing.left_edge.idx, thing.right_edge.idx + len(thing.right_edge))

    def _is_actor(self, token: Token) -> bool:
        return any(a.start <= token.idx < a.end for a in self.actors)

    def _sentence_countries(self, sentence: SpacySpan, exclude: ActorMention | None) -> set[str]:
        excluded = self._other_phrase(exclude, sentence) if exclude is not None else range(0)
        found = {
            a.country
            for a in self.actors
            if a.country and sentence.start_char <= a.start < sentence.end_char and a.start not in excluded
        }
        for t in sentence:
            if t.pos_ == "PROPN" and t.idx not in excluded:
                country = self.place_words.get(t, places=True)  # "police in Aleppo" are Syrian
                if country is not None:
                    found.add(country)
        return found

    def _owner_country(self, actor: ActorMention, sentence: SpacySpan) -> str | None:
        """The country that owns a role word: "Sri Lanka's president" → LKA (the text states it)."""
        span = sentence.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            return None
        for owner in span.root.children:
            if owner.dep_ == "poss" and owner.i < span.root.i:
                return self.place_words.name([t for t in owner.subtree if t.dep_ != "case"])
        return None

    def _country_for(
        self, actor: ActorMention, other: ActorMention | None, sentence: SpacySpan, domestic: bool = False
    ) -> str | None:
        if actor.country is not None or actor.role not in self.roles or actor.code != actor.role:
            return None
        owner = self._owner_country(actor, sentence)
        if owner is not None:
            return owner
        head = self._head(actor, sentence)
        if head is not None and any(c.lower_ == "foreign" for c in head.children):
            return None  # "foreign journalists", "foreign troops": the text says they are not the context's
        if head is not None:
            # civilians are where they live; an army or a government may act abroad
            local = actor.role in self.sentence_only
            stated = self._sibling_country(head) or (self._place_country(head) if local else None)
            if stated:
                return stated
        # the other side of an inter-state event is a foreign actor for a government or an army
        # ("the government accused Russia"), so it is not evidence of this side's country
        # — except in a domestic act (arrests, protests, deployments), which a state does to its own side
        foreign = not domestic and actor.role in self.not_from_state
        skip = other if other is not None and foreign and _state_level(other, self.place_words.people) else None
        candidates = self._sentence_countries(sentence, skip)
        if not candidates and actor.role not in self.sentence_only:
            candidates = self.article_countries
        if skip is not None and skip.country in candidates:
            return None  # the context names the other side's country: two readings, no guess
        return next(iter(candidates)) if len(candidates) == 1 else None

    def complete(
        self, actor: ActorMention | None, other: ActorMention | None, sentence: SpacySpan, domestic: bool = False
    ) -> ActorMention | None:
        """``actor`` with the one country its context names, or unchanged when there is none or several.
        ``domestic``: the event is one a state does at home, so the other side's country is evidence."""
        if actor is None:
            return None
        country = self._country_for(actor, other, sentence, domestic)
        if country is None:
            return actor
        code = country + (actor.code or "")
        return replace(actor, code=code, country=country, how=f"{actor.how or 'role'}+context")

    def complete_pair(
        self, source: ActorMention | None, target: ActorMention | None, sentence: SpacySpan, domestic: bool = False
    ) -> tuple[ActorMention | None, ActorMention | None]:
        """Both sides of one event, each completed from the other and the context."""
        return self.complete(source, target, sentence, domestic), self.complete(target, source, sentence, domestic)


def implied_target(code: str, source: ActorMention | None, implied: dict[str, str]) -> ActorMention | None:
    """The source's own country as the target of a domestic act that names none ("Sri Lanka lifted the
    curfew" → LKA; "protesters marched in Minsk" by BLRCVL → BLRGOV), or None.

    ``implied`` maps code prefixes to the role added to the country (``frames.yaml``:
    ``implied_targets``); the longest listed prefix wins. The implied target points at the source's
    words (the evidence for its country) and says ``how="implied"``.
    """
    if source is None or source.country is None:
        return None
    role = next((implied[code[:n]] for n in (4, 3, 2) if code[:n] in implied), None)
    if role is None:
        return None
    target_code = source.country + role
    if role and target_code == source.code:
        return None  # a government does not protest against itself; a country's act on itself is kept
    return ActorMention(
        text=source.text,
        start=source.start,
        end=source.end,
        code=target_code,
        name=_country_name(source.country),
        country=source.country,
        role=role or None,
        roles=(role,) if role else (),
        how="implied",
        entity=None,
        sentence_index=source.sentence_index,
    )


def _country_name(code: str) -> str | None:
    country = pycountry.countries.get(alpha_3=code)
    return country.name if country is not None else None


def possessive_state(noun: Token, index: ActorIndex, barriers: frozenset[str]) -> list[ActorMention]:
    """"his country", "her nation", "their countries": the state of the possessive pronoun's owner, read
    like coreference: the subject of the nearest clause above the noun whose actors fit the pronoun ("his"
    a person, not Hamas or Russia), only where they name one country ("their countries": each one).
    ("Putin said his country would retaliate" → RUS; "Netanyahu vowed that Hamas would pay for attacking
    his country" → ISR.) Empty where the owner is uncertain."""
    pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_OWNERS), None)
    if pronoun is None:
        return []
    for clause in clause_chain(noun.head):
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and not c.is_ancestor(noun) and c != noun]
        if any(c.pos_ == "PRON" and c.lower_ not in ("he", "she", "they") for c in subjects):
            return []  # "it said his country …": another referent in between
        owners = [a for a in index.for_heads([c for c in subjects if c.pos_ != "PRON"], barriers) if a.country]
        if POSSESSIVE_OWNERS[pronoun.lower_] == "person":
            owners = [a for a in owners if _a_person(a, index, noun)]
        if owners:
            return _own_states(noun, owners)
    return []


def _a_person(actor: ActorMention, index: ActorIndex, near: Token) -> bool:
    """A person: a named one, or an official of a state ("Olaf Scholz", "the foreign minister"), never
    a state, a named body ("Hamas") or a place."""
    tokens = [near.doc[i] for i, a in index.by_token.items() if a is actor]
    if any(t.ent_type_ == "PERSON" for t in tokens):
        return True
    head = max(tokens, key=lambda t: t.i, default=None)  # a phrase's head comes last: "Iran's foreign minister"
    return actor.role in OFFICIAL_ROLES and len(actor.code or "") > 3 and head is not None and head.ent_type_ != "GPE"


def _own_states(noun: Token, owners: list[ActorMention]) -> list[ActorMention]:
    countries = list(dict.fromkeys(a.country for a in owners if a.country))
    if len(countries) > 1 and noun.tag_ != "NNS":
        return []  # "their country" of two states: whose is uncertain
    start = min(c.idx for c in noun.subtree if c.i <= noun.i)
    end = noun.idx + len(noun.text)
    return [
        ActorMention(text=noun.doc.text[start:end], start=start, end=end, code=c, country=c, how="implied")
        for c in countries
    ]
