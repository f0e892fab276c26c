"""Speakers read off the words around a quotation, where news style is more reliable than the parse.

The parser often garbles sentences that open inside quotation marks; the name between a closing mark
and its cue ("…,” Flynn, an adviser, said), the one before a subjectless cue, the name and verb of an
inverted attribution ("…?” fumed Toomey.) and a short name before a colon ("Ryan: ‘…’") say who spoke.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from tacitus.quotes.attribution import Cue
from tacitus.quotes.layout import DocLayout
from tacitus.quotes.marks import MarkedSpan

_NOMINAL = frozenset({"PROPN", "PRON", "NOUN"})
_VERB_TAIL = frozenset({"AUX", "PART", "ADV", "VERB"})
_NOT_IN_NAME = frozenset({"VERB", "AUX", "ADP", "ADV", "SCONJ"})  # a clause or a place, not a speaker
MAX_ADJACENT_SPEAKER = 14  # tokens between a closing mark and its cue that may still name the speaker
MAX_INVERTED_NAME = 4  # "…,” Senator Pat Toomey fumed: longer runs before a verb are a new sentence
MAX_COLON_SPEAKER = 5  # words before a colon that can still be a name ("CNN President On Trump")


def adjacent_speaker(layout: DocLayout, cue: Cue, close: int) -> Cue:
    """Read the speaker off the words next to the cue ("…,” Flynn, an adviser, said / said Flynn").

    The parser often garbles sentences that start inside quotation marks; the words between the
    closing mark and the cue are the speaker in news style far more reliably than its subject.
    """
    doc = layout.doc
    first = layout.token_at(close) + 1
    if not (first <= cue.token and int(layout.token_starts[cue.token]) > close):
        return cue
    between = [t for t in doc[first: cue.token] if not t.is_punct]
    if not between:  # "…,” said Flynn, …"
        sentence_end = layout.sentence_bounds[cue.sentence][1]
        between = []
        for token in doc[cue.token + 1: min(sentence_end, cue.token + 9)]:
            if token.is_punct:
                break
            between.append(token)
        if between and between[0].pos_ not in _NOMINAL and between[0].pos_ != "DET":
            return cue
    while between and between[-1].pos_ in _VERB_TAIL:
        between.pop()  # "the president will (say)", "Trump also (said)"
    if not between or len(between) > MAX_ADJACENT_SPEAKER:
        return cue
    heads = [t for t in between if t.pos_ in ("PROPN", "PRON")] or [t for t in between if t.pos_ == "NOUN"]
    if not heads:
        return cue
    if any(t.tag_.startswith("VB") for t in between) and cue.speaker is not None:
        return cue  # a clause, not a name: trust the parse
    return replace(cue, speaker=(between[0].i, between[-1].i + 1), speaker_head=heads[0].i, antecedent=None)


def inverted_cue(layout: DocLayout, span: MarkedSpan, close: int) -> Cue | None:
    """The verb of news style's attribution after a quotation ("…,” he surmised. / “…?” fumed
    Toomey.), whether or not ``cues.yaml`` lists it: a name and a finite verb right after a
    quotation that hands over with a comma, question or exclamation mark."""
    text, doc = layout.text, layout.doc
    if span.close_at is None or text[span.close_at - 1: span.close_at] not in (",", "?", "!"):
        return None
    if not text[close + 1: close + 3].strip("'")[:1].isspace():
        return None  # "…!”Former …": no break after the mark, broken copy rather than a byline
    first = layout.token_at(close) + 1
    words = []
    for token in doc[first: first + 8]:
        if token.is_punct or "\n" in token.text:
            break
        words.append(token)
    verbs = [t for t in words if t.tag_ in ("VBD", "VBZ") and t.pos_ == "VERB"]
    if not verbs:
        return None
    verb = verbs[0]
    if verb.i != first:  # "he surmised": the name runs up to the verb
        name = words[:verb.i - first]
    else:  # "fumed Toomey": the name follows the verb
        name = words[1:]
    heads = [t for t in name if t.pos_ in ("PROPN", "PRON")]
    if not heads or len(name) > MAX_INVERTED_NAME or any(t.pos_ in _NOT_IN_NAME or t.tag_.startswith("W")
                                                          for t in name):
        return None
    return Cue(verb.i, verb.lemma_.lower(), True, (name[0].i, name[-1].i + 1), heads[-1].i, None, None,
               int(layout.sentence_of[verb.i]), None)


def preceding_speaker(layout: DocLayout, cue: Cue) -> Cue:
    """Read a subjectless cue's speaker off the words right before it ("…, Col. Ann Ruiz, a military
    spokesman, said, “…”"): the parser hangs a name set off by commas on the phrase before it."""
    doc = layout.doc
    start, end = layout.sentence_bounds[cue.sentence][0], cue.token
    while end > start and doc[end - 1].pos_ in _VERB_TAIL:
        end -= 1  # "Smith also (said)"
    segments: list[list[Token]] = [[]]
    for token in doc[start:end]:
        if token.text == ",":
            segments.append([])
        else:
            segments[-1].append(token)
    segments = [s for s in segments if s]
    if segments and segments[-1][0].pos_ == "DET" and len(segments) > 1:
        segments.pop()  # the appositive ("a military spokesman"): the name stands before it
    words = segments[-1] if segments else []
    heads = [t for t in words if t.pos_ in ("PROPN", "PRON")]
    if not heads or len(words) > MAX_ADJACENT_SPEAKER or any(t.pos_ in _NOT_IN_NAME for t in words):
        return cue
    return replace(cue, speaker=(words[0].i, words[-1].i + 1), speaker_head=heads[-1].i, antecedent=None)


def colon_cue(layout: DocLayout, span: MarkedSpan) -> Cue | None:
    """Headline style "Ryan: ‘No place in a campaign’": a short name before a colon is the speaker."""
    text = layout.text
    before = text[:span.open_at].rstrip()
    if not before.endswith(":"):
        return None
    colon = layout.token_at(len(before) - 1)
    line_start = text.rfind("\n", 0, layout.doc[colon].idx) + 1
    first = max(layout.token_at(line_start), layout.sentence_bounds[layout.sentence_at(len(before) - 1)][0])
    words = [t for t in layout.doc[first:colon] if not t.is_punct]
    sentence = int(layout.sentence_of[colon])
    if not words:
        return None
    if len(words) > MAX_COLON_SPEAKER or any(t.pos_ in ("VERB", "AUX") for t in words):
        # "He also played up his strength: “…”": the clause before the colon introduces its subject
        subject = next((t for t in layout.doc[colon].head.children if t.dep_ == "nsubj" and t.i < colon), None)
        if subject is None or subject.pos_ not in ("PROPN", "PRON", "NOUN") or subject.i < first:
            return None
        return Cue(colon, ":", True, (subject.left_edge.i, subject.right_edge.i + 1), subject.i, None, None,
                   sentence, None)
    heads = [t for t in words if t.pos_ in ("PROPN", "PRON")]
    if not heads:
        return None
    return Cue(colon, ":", True, (words[0].i, words[-1].i + 1), heads[-1].i, None, None, sentence, None)
