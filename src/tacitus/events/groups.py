"""Group anaphora: "the two leaders", "both countries" stand for the two actors of the previous sentence.

"Xi Jinping met Kyriakos Mitsotakis in Athens. The two leaders signed 16 agreements." The actors stage
reads "leaders" as a countryless ``GOV``; the events stage replaces such a mention, when a group word
("two", "both": ``frames.yaml`` ``grammar``: ``group_words``) counts it, by the actors of the previous
sentence — only when that sentence names exactly two distinct actors (no guessing between three). Each
replacement keeps the group noun's words and offsets (the evidence in the text) and says ``how="group"``;
a group acting with no named target acts on itself reciprocally ("the two presidents agreed to exchange
prisoners" → both directions).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from tacitus.events.arguments import ActorIndex
from tacitus.record import ActorMention

GROUP_HOW = "group"
COUNT_DEPS = frozenset({"nummod", "det", "predet", "quantmod", "amod"})


def is_group(head: Token, words: frozenset[str]) -> bool:
    """A definite plural noun counted by a group word: "the two leaders", "both sides" ("two soldiers
    were killed" counts new people, not the previous sentence's actors)."""
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    counted = [c for c in head.children if c.dep_ in COUNT_DEPS and c.lower_ in words]
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return any(c.lower_ == "both" or definite for c in counted)


def group_mention(head: Token) -> ActorMention:
    """The words of a group noun the actors stage left unresolved ("the two countries")."""
    return ActorMention(text=head.text, start=head.idx, end=head.idx + len(head.text), code=None)


def group_members(head: Token, mention: ActorMention, index: ActorIndex) -> list[ActorMention]:
    """The two actors that the group ``mention`` stands for, as mentions at the group's words: the
    parties of a "between" phrase before it, else the actors before it in its own sentence, else those of
    the sentence before; empty unless exactly two distinct actors are named there."""
    sentence = head.sent
    found = _between_parties(head, index)
    if len(found) != 2:  # "King Salman greeted him …, and the two leaders signed …"
        found = _distinct(index.by_token.get(i) for i in range(sentence.start, head.i))
    if len(found) != 2 and sentence.start > 0:
        previous = head.doc[sentence.start - 1].sent
        found = _distinct(index.by_token.get(i) for i in range(previous.start, previous.end))
    if len(found) != 2:
        return []
    return [
        replace(
            member,
            text=mention.text,
            start=mention.start,
            end=mention.end,
            how=GROUP_HOW,
            sentence_index=mention.sentence_index,
        )
        for member in found.values()
    ]


def _distinct(actors: Iterable[ActorMention | None]) -> dict[str, ActorMention]:
    """Actors by country or code, first mention kept."""
    found: dict[str, ActorMention] = {}
    for actor in actors:
        if actor is None or actor.code is None or actor.code == actor.role:
            continue  # a countryless role says nothing about who the group is
        found.setdefault(actor.country or actor.code, actor)
    return found


def _between_parties(head: Token, index: ActorIndex) -> dict[str, ActorMention]:
    """The two parties of a "between X and Y" phrase before the group in its own sentence: "its mediation
    between Israel and Hamas, accusing both sides"."""
    for token in head.sent:
        if token.i >= head.i:
            break
        if token.dep_ == "prep" and token.lower_ == "between":
            parties = [t for p in token.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
            return _distinct(index.in_phrase(p, frozenset({"conj", "cc", "punct"})) for p in parties)
    return {}


def reciprocal(sources: list[ActorMention]) -> bool:
    """The sources are one group's members: with no named target they act on each other."""
    return len(sources) > 1 and all(s.how == GROUP_HOW for s in sources)
