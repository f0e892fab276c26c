"""Headlines: read by word order, because the parser misreads verbless, present-tense headlines
("Russia, Turkey demand end to violence in Syria" parses "demand" as a noun).

Doers are the actors before the trigger; the target is the first actor after it (with actors joined to
it by "and" or a comma), skipping actors introduced by a place preposition ("in Syria").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from tacitus.events.arguments import ActorIndex
from tacitus.events.candidates import BASE_CONFIDENCE, Candidate, frame_code
from tacitus.events.dictionary import PredicateDictionary
from tacitus.events.flags import DATE_ENTITIES, adjective_sense, lacks_context
from tacitus.events.matching import match_linear
from tacitus.events.modifiers import modifier_word
from tacitus.record import ActorMention, Article

TERMINAL = frozenset({".", "!", "?", '"', "'", "”", "’", ":"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
MAX_HEADLINE_TOKENS = 20
PASSIVE_HEADLINE_ROOTS = frozenset({"17", "18", "19", "20"})  # acts done to someone: jailed, stabbed, killed
OBJECT_POS = frozenset({"DET", "NUM", "NOUN", "PROPN", "PRON", "ADJ"})


def is_headline(sentence: Span, article: Article) -> bool:
    """The article's title, or a short line without final punctuation."""
    if article.title and article.text.startswith(article.title) and sentence.start_char < len(article.title):
        return True
    words = [t for t in sentence if not t.is_space]
    return bool(words) and len(words) <= MAX_HEADLINE_TOKENS and words[-1].text not in TERMINAL


def _actor_runs(tokens: list[Token], index: ActorIndex) -> list[tuple[int, ActorMention]]:
    """(position of first token, actor) for each actor mention in the headline, in order."""
    runs: list[tuple[int, ActorMention]] = []
    for position, token in enumerate(tokens):
        actor = index.by_token.get(token.i)
        if actor is not None and (not runs or runs[-1][1] is not actor):
            runs.append((position, actor))
    return runs


def _targets(
    tokens: list[Token],
    after: int,
    runs: list[tuple[int, ActorMention]],
    place_preps: frozenset[str],
    topic_preps: frozenset[str],
) -> tuple[list[ActorMention], bool]:
    """The first actor after the trigger, with actors joined to it by "and" or a comma, and whether it is
    only a place or topic ("… in Syria", "meet on Syria"): such a target is used when there is no other,
    and coordinated doers of a symmetric event act on each other instead."""
    targets: list[ActorMention] = []
    place: ActorMention | None = None
    last = after
    for position, actor in runs:
        if position <= after:
            continue
        gap = [t.lower_ for t in tokens[last + 1 : position]]
        if targets and any(word not in (",", "and", "&") for word in gap):
            break
        if gap and gap[-1] in place_preps | topic_preps:
            if targets:
                break
            place = place or actor
            continue
        targets.append(actor)
        last = position
        while last + 1 < len(tokens) and _covers(actor, tokens[last + 1]):
            last += 1
    if targets:
        return targets, False
    return ([place], True) if place is not None else ([], False)


def _with_country_words(
    tokens: list[Token], runs: list[tuple[int, ActorMention]], index: ActorIndex
) -> list[tuple[int, ActorMention]]:
    """The actor runs and the country words that are no actor ("… halt to Israeli bombardment of Gaza": the
    halt is demanded of Israel), in order."""
    words = [
        (position, actor)
        for position, token in enumerate(tokens)
        if token.i not in index.by_token
        and not _in_name(tokens, position)
        and (actor := modifier_word(token, index.modifier_countries)) is not None
    ]
    return sorted(runs + words, key=lambda run: run[0])


def _in_name(tokens: list[Token], position: int) -> bool:
    """The word is part of a longer proper name ("South China Sea"), not a country word of its own."""
    neighbours = tokens[max(0, position - 1) : position] + tokens[position + 1 : position + 2]
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in neighbours)


def _country_word(tokens: list[Token], index: ActorIndex) -> list[ActorMention]:
    """A country word before the trigger is its doer when no actor is: "Israeli air strike kills …"."""
    found = (modifier_word(t, index.modifier_countries) for p, t in enumerate(tokens) if not _in_name(tokens, p))
    return next(([actor] for actor in found if actor is not None), [])


def _covers(actor: ActorMention, token: Token) -> bool:
    return actor.start <= token.idx < actor.end


def _suffered(tokens: list[Token], position: int, code: str) -> bool:
    """A headline's bare past participle of force or coercion is passive ("Minister stabbed Friday",
    "Journalist jailed in Iran"): headlines put what a doer does in the present tense, and an active
    past form would have its object right after it ("Gunmen killed five")."""
    if code[:2] not in PASSIVE_HEADLINE_ROOTS or tokens[position].tag_ not in ("VBN", "VBD"):
        return False
    after = tokens[position + 1] if position + 1 < len(tokens) else None
    return after is None or after.ent_type_ in ("DATE", "TIME") or after.pos_ not in OBJECT_POS


def _to_after(tokens: list[Token], position: int, index: ActorIndex, addressed: bool) -> int | None:
    """Where a frame verb's "to" stands: right after it ("vows to"), or after the party an appeal or
    demand addresses ("urges EU to lift sanctions", "asks Germany to send tanks")."""
    for q in range(position + 1, min(position + 5, len(tokens))):
        if tokens[q].lower_ == "to":
            return q
        if not addressed or not (tokens[q].i in index.by_token or tokens[q].pos_ == "PROPN"):
            return None
    return None


def headline_candidates(sentence: Span, index: ActorIndex, predicates: PredicateDictionary) -> list[Candidate]:
    """The first codable predicate of a headline with its doers and target (at most one candidate)."""
    tokens = [t for t in sentence if not t.is_space]
    runs = _actor_runs(tokens, index)
    place_preps = predicates.words("place_preps")
    topic_preps = predicates.words("topic_preps")
    for position, token in enumerate(tokens):
        if token.i in index.by_token or token.ent_type_ in DATE_ENTITIES or lacks_context(token, predicates):
            continue  # "… (@user) March 1, 2020", "protesters hit streets": no march, no attack
        lemma, lower = token.lemma_.lower(), token.lower_
        frame = (
            predicates.verb_frames.get(lemma)
            or predicates.verb_frames.get(lower)
            or predicates.adjective_frames.get(lower)
        )
        code: str | None = None
        triggers: tuple[Token, ...] = ()
        to = _to_after(tokens, position, index, frame.addressee) if frame is not None else None
        if frame is not None and to is not None:
            for q in range(to + 1, min(to + 4, len(tokens))):
                complement = match_linear(tokens, q, predicates)
                if complement is not None:
                    code = frame_code(frame, complement.pattern.code)
                    triggers = (token, *complement.tokens)
                    break
        if code is None:
            match = match_linear(tokens, position, predicates)
            if match is None or (not match.pattern.nominal and adjective_sense(token, match.pattern.code)):
                continue
            code, triggers = match.pattern.code, match.tokens
        # the target may sit inside the object ("sign NATO accession protocols"), so search from the verb
        sources = [actor for p, actor in runs if p < position] or _country_word(tokens[:position], index)
        targets, weak = _targets(tokens, position, _with_country_words(tokens, runs, index), place_preps, topic_preps)
        if not sources and not targets:
            continue
        if frame is None and _suffered(tokens, position, code) and (weak or not targets):
            sources, targets, weak = [], sources, False  # "Security minister stabbed": the doer is the victim
        negated = any(t.lower_ in NEGATIONS for t in tokens[max(0, position - 2) : position])
        candidate = Candidate(
            code,
            triggers,
            sources,
            [t for t in targets if t not in sources],
            "headline",
            BASE_CONFIDENCE["headline"],
            negated=negated,
        )
        candidate.weak_target = weak
        return [candidate]
    return []
