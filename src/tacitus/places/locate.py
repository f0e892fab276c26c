"""Event location: the place in the event's own clause, else in its sentence, else the dateline.

A place elsewhere in the article is never used (GDELT's known failure of pinning events to places merely
mentioned in the story). Within a clause or sentence, a place in a locative phrase ("in Aleppo",
"near the border with Turkey") beats one that is a participant or a modifier ("sanctions on Russia"),
then the more specific place wins ("the town of Afrin in Syria" → Afrin), then the nearer one.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from tacitus.places.gazetteer import SPECIFICITY
from tacitus.places.syntax import MOTION_VERBS, is_locative
from tacitus.record import Event, Location, Place

# Heads of clauses: walking up from the trigger stops at the first of these.
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "conj", "xcomp", "acl", "parataxis", "csubj",
                         "pcomp"})
# A place in one of these roles of the trigger is a participant ("sanctioned Russia", "talks with Iran").
PARTICIPANT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "attr", "oprd"})
PARTICIPANT_PREPS = frozenset({"with", "against", "by", "for", "on", "about", "between"})
# Clauses that describe a participant ("the Taliban, whose leaders are based in Doha, denied …"):
# their places say nothing about where the event happened.
DESCRIPTIVE_DEPS = frozenset({"relcl", "acl"})


def locate_events(doc: Doc, events: tuple[Event, ...], places: tuple[Place, ...]) -> tuple[Event, ...]:
    """Each event with its ``location`` set (``how`` = clause | sentence | dateline), or left None."""
    dateline = next((p for p in places if p.how == "dateline"), None)
    in_text = [p for p in places if p.how != "dateline" and p.lat is not None]
    located: list[Event] = []
    for event in events:
        location = _locate(doc, event, in_text, dateline)
        located.append(replace(event, location=location) if location else event)
    return tuple(located)


def _locate(doc: Doc, event: Event, places: list[Place], dateline: Place | None) -> Location | None:
    trigger = _token_at(doc, event.trigger.start)
    if trigger is None:
        return _location(dateline, "dateline") if dateline else None
    sentence = trigger.sent
    participants = [(a.start, a.end) for a in (event.source, event.target) if a is not None]
    in_sentence = [p for p in places if sentence.start_char <= p.start < sentence.end_char
                   and not _is_participant(doc[_place_root(doc, p)], trigger, participants)]
    clause = _clause_tokens(trigger)
    in_clause = [p for p in in_sentence if _place_root(doc, p) in clause]
    in_sentence = [p for p in in_sentence if not _in_other_predication(doc[_place_root(doc, p)], trigger)]
    for candidates, how in ((in_clause, "clause"), (in_sentence, "sentence")):
        if candidates:
            best = max(candidates, key=lambda p: _rank(doc, p, trigger))
            return _location(best, how)
    return _location(dateline, "dateline") if dateline else None


def _rank(doc: Doc, place: Place, trigger: Token) -> tuple[int, int, int]:
    root = doc[_place_root(doc, place)]
    while root.dep_ == "conj" and root.head.i != root.i:  # "in Seoul and Tokyo": the first conjunct's place
        root = root.head
    return (int(is_locative(root)), SPECIFICITY.get(place.feature or "", 0), -abs(root.i - trigger.i))


def _is_participant(token: Token, trigger: Token, participants: list[tuple[int, int]]) -> bool:
    """Whether the place is an argument of the trigger, or describes one ("the governor of Texas
    declared", "sanctions on Belarus"), rather than where the event happened ("officials in Washington
    welcomed" keeps Washington: it is in a locative phrase inside the source)."""
    if any(start <= token.idx < end for start, end in participants):
        return not is_locative(token)
    if token.dep_ in PARTICIPANT_DEPS and token.head.i == trigger.i:
        return not (token.dep_ == "dobj" and trigger.lemma_.lower() in MOTION_VERBS)
    arguments = {trigger.i, *(c.i for c in trigger.children if c.dep_ == "dobj")}
    if token.dep_ == "pobj" and token.head.lower_ in PARTICIPANT_PREPS and token.head.head.i in arguments:
        return True
    if is_locative(token):
        return False
    return any(a.dep_ in PARTICIPANT_DEPS and a.head.i == trigger.i for a in token.ancestors)


def _in_other_predication(token: Token, trigger: Token) -> bool:
    """Whether the place lies in a clause that does not hold the trigger and says something of its own:
    a clause with its own subject ("…, while Iran sent advisers to Samarra"), or a relative/adnominal
    clause describing someone ("the Taliban, whose leaders are based in Doha, denied …")."""
    for ancestor in [token, *token.ancestors]:
        if _dominates(ancestor, trigger):
            return False
        if ancestor.dep_ in DESCRIPTIVE_DEPS and ancestor.pos_ in ("VERB", "AUX"):
            return True
        if ancestor.dep_ in CLAUSE_DEPS and ancestor.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in ancestor.children):
            return True
    return False


def _clause_tokens(trigger: Token) -> set[int]:
    """Token indices of the trigger's own clause, without nested clauses that don't contain it."""
    head = trigger
    while head.dep_ not in CLAUSE_DEPS and head.head.i != head.i:
        head = head.head
    # A noun conjunct is not a clause boundary; keep climbing to the verb that owns it.
    while head.dep_ == "conj" and head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    inside: set[int] = set()
    stack = [head]
    while stack:
        token = stack.pop()
        inside.add(token.i)
        for child in token.children:
            nested = child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX") and not _dominates(child, trigger)
            if not nested:
                stack.append(child)
    return inside


def _dominates(token: Token, other: Token) -> bool:
    return token.left_edge.i <= other.i <= token.right_edge.i and other in token.subtree


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _place_root(doc: Doc, place: Place) -> int:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root.i if span is not None else -1


def _location(place: Place, how: str) -> Location:
    return Location(place.name, place.country, place.lat, place.lon, place.geonameid, how, place.admin1)
