"""Source and target of an ML proposal, read from the dependency parse: subject side vs object side.

The classifier only says *what* happened; who did it to whom comes from the grammar. An actor is on
the source side when its phrase is the subject of a verb (or the ``by``-agent of a passive one), on the
target side when it is the object, a prepositional object or the passive subject. A sentence without
exactly one clear side each is skipped rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from tacitus.record import ActorMention

ACTIVE_SUBJECT = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT = frozenset({"nsubjpass", "csubjpass"})
OBJECT = frozenset({"dobj", "dative", "attr", "oprd"})
# dependents that keep us inside the same noun phrase while climbing to its head
NOUN_PHRASE = frozenset({"compound", "amod", "poss", "appos", "nmod", "conj", "cc", "det", "nummod", "npadvmod"})
VERB_POS = frozenset({"VERB", "AUX"})
# clause links whose subject is the governing verb's subject (control, coordination)
CLAUSE_CHAIN = frozenset({"xcomp", "conj"})
MODALS = frozenset({"could", "might", "may", "would"})


@dataclass(frozen=True)
class Role:
    side: str  # "source" or "target"
    verb: Token


@dataclass(frozen=True)
class Dyad:
    source: ActorMention
    target: ActorMention
    verb: Token


def _verb_of(token: Token) -> Token | None:
    """The nearest verb above ``token`` (itself included)."""
    node = token
    for _ in range(12):  # parses are shallow; the bound only guards against odd cycles
        if node.pos_ in VERB_POS:
            return node
        if node.head is node:
            return None
        node = node.head
    return None


def role_of(head: Token) -> Role | None:
    """Which side of its verb the phrase headed by ``head`` stands on, or None when unclear."""
    token = head
    while token.dep_ in NOUN_PHRASE and token.head is not token:
        token = token.head
    dep = token.dep_
    if dep in ACTIVE_SUBJECT:
        return Role("source", token.head)
    if dep in PASSIVE_SUBJECT:
        return Role("target", token.head)
    if dep == "pobj":
        prep = token.head
        if prep.dep_ == "agent":  # "was attacked by X"
            return Role("source", prep.head)
        if prep.head.pos_ in VERB_POS or prep.head is prep:
            return Role("target", prep.head)
        # "positions near X", "a spokesman for X": the side of the phrase the preposition hangs on
        return role_of(prep.head)
    if dep in OBJECT:
        verb = _verb_of(token.head)
        return Role("target", verb) if verb is not None else None
    return None


def _governs(verb: Token, other: Token) -> bool:
    """Whether ``other`` is ``verb`` or hangs under it through control or coordination only
    (``urged X to stop``, ``hopes to join``, ``met and signed``). A reported clause (``X said Y attacked Z``)
    is not followed: the speaker is not the attacker."""
    node = other
    while node != verb:
        if node.dep_ not in CLAUSE_CHAIN or node.head is node:
            return False
        node = node.head
    return True


def find_dyad(sentence: Span, actors: list[ActorMention]) -> Dyad | None:
    """The (source, target) pair of a sentence: one subject-side and one object-side actor of the same
    clause chain, with different codes. None when either side is missing or the parse is ambiguous."""
    doc = sentence.doc
    sources: list[tuple[ActorMention, Role]] = []
    targets: list[tuple[ActorMention, Role]] = []
    for actor in actors:
        span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            continue
        role = role_of(span.root)
        if role is None:
            continue
        (sources if role.side == "source" else targets).append((actor, role))
    pairs = [
        (
            (target_role.verb != source_role.verb, abs(target.start - source.start)),
            Dyad(source, target, target_role.verb),
        )
        for source, source_role in sources
        for target, target_role in targets
        if source.code != target.code and _governs(source_role.verb, target_role.verb)
    ]
    if not pairs:
        return None
    # the closest clause wins: a target on the subject's own verb, then the nearest target in the text
    return min(pairs, key=lambda pair: pair[0])[1]


def is_negated(verb: Token) -> bool:
    """``did not attack``: a ``neg`` dependent on the verb or its auxiliary chain."""
    return any(child.dep_ == "neg" for child in verb.children)


def is_hypothetical(verb: Token) -> bool:
    """``could attack``, ``if X attacks``: a modal auxiliary or an ``if`` clause."""
    if any(child.dep_ == "aux" and child.lower_ in MODALS for child in verb.children):
        return True
    return any(child.dep_ == "mark" and child.lower_ == "if" for child in verb.children)
