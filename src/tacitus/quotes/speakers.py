"""Turn a speaker phrase into an ``ActorMention``, reusing what the actors stage resolved.

The quotes stage never resolves codes itself: a speaker takes the actor mention covering its head
(for a pronoun or relative pronoun, the name and code of its coreference entity's best mention); a
speaker the actors stage did not resolve still gets a mention over its phrase, with ``code=None``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from tacitus.record import ActorMention


class SpeakerResolver:
    """Finds the actor mention for a speaker phrase; built once per document."""

    def __init__(self, doc: Doc, actors: Sequence[ActorMention]):
        self._doc = doc
        self._actors = sorted(actors, key=lambda a: (a.start, -(a.end - a.start)))
        self._best: dict[int, ActorMention] = {}
        for mention in self._actors:
            if mention.entity is None:
                continue
            best = self._best.get(mention.entity)
            if best is None or _better(mention, best):
                self._best[mention.entity] = mention

    def _covering(self, start: int, end: int) -> ActorMention | None:
        """The widest actor mention covering the character range, if any."""
        found = None
        for mention in self._actors:
            if mention.start > start:
                break
            if mention.end >= end and (found is None or mention.end - mention.start > found.end - found.start):
                found = mention
        return found

    def _with_entity(self, mention: ActorMention) -> ActorMention:
        """Give a pronoun-like mention the name and code of its entity's best mention."""
        best = self._best.get(mention.entity) if mention.entity is not None else None
        if best is None or best is mention or (mention.code is not None and mention.name is not None):
            return mention
        return replace(mention, code=best.code, name=best.name, country=best.country, role=best.role,
                       roles=best.roles)

    def resolve(self, span: tuple[int, int], head: int, antecedent: int | None = None,
                sentence_index: int | None = None) -> ActorMention:
        """The speaker mention for token span ``span`` whose head is token ``head``."""
        doc = self._doc
        head_token = doc[head]
        mention = self._covering(head_token.idx, head_token.idx + len(head_token))
        if mention is None and antecedent is not None:
            # "…, who said": the relative pronoun speaks with its antecedent's identity
            ante = doc[antecedent]
            named = self._covering(ante.idx, ante.idx + len(ante))
            if named is not None:
                named = self._with_entity(named)
                return ActorMention(head_token.text, head_token.idx, head_token.idx + len(head_token),
                                    named.code, named.name, named.country, named.role, named.roles,
                                    how="relative", entity=named.entity, sentence_index=sentence_index)
        if mention is not None:
            return _clip_to_line(self._with_entity(mention), head_token.idx)
        phrase = doc[span[0]: span[1]]
        return ActorMention(phrase.text, phrase.start_char, phrase.end_char, None, how="speaker",
                            sentence_index=sentence_index)


def _better(candidate: ActorMention, best: ActorMention) -> bool:
    """Prefer resolved mentions, then named ones, then the longer text (a full name over a surname)."""
    def rank(m: ActorMention) -> tuple[int, int, int, int]:
        return (m.code is not None, m.name is not None, m.how != "coreference", len(m.text))
    return rank(candidate) > rank(best)


def _clip_to_line(mention: ActorMention, at: int) -> ActorMention:
    """Keep only the line of a mention that holds character ``at``: a speaker never spans a paragraph
    break, even where the parser ran a headline into the body."""
    if "\n" not in mention.text:
        return mention
    offset = at - mention.start
    first = mention.text.rfind("\n", 0, offset) + 1
    last = mention.text.find("\n", offset)
    last = len(mention.text) if last < 0 else last
    text = mention.text[first:last].strip()
    start = mention.start + mention.text.index(text, first) if text else mention.start
    return replace(mention, text=text, start=start, end=start + len(text))
