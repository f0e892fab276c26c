"""Cues over the parse: which token reports speech, who its speaker is, and what content it governs.

The walk stays local to cue tokens: lemmas are matched with one vectorised lookup over the doc, and
only the matched tokens' children and heads are visited.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Token

from tacitus.quotes.cues import CueDictionary

# clausal links through which a cue without its own subject borrows its head's ("…, adding that …")
_BORROW_SUBJECT = frozenset({"conj", "advcl", "xcomp", "acl", "pcomp"})
_SUBJECTS = frozenset({"nsubj"})
_EDGE_PUNCT = frozenset({"punct", "cc"})
_DASHES = frozenset({"—", "–", "--"})
_TAIL_STARTS = frozenset({"as", "while"})
_CLAUSE_BREAKS = frozenset({",", ";", "—", "–", "--", "("})


@dataclass(frozen=True)
class Cue:
    """One reporting cue found in the parse (token indices; ``end`` exclusive).

    ``speaker`` is the speaker phrase, ``speaker_head`` its head token, ``antecedent`` the noun a
    relative-pronoun speaker stands for; ``content`` the reported clause when the cue governs one.
    """

    token: int
    lemma: str
    direct: bool
    speaker: tuple[int, int] | None
    speaker_head: int | None
    antecedent: int | None
    content: tuple[int, int] | None
    sentence: int
    content_dep: str | None = None  # how the content hangs on the cue: ccomp, xcomp, dobj, parataxis, phrase


def _trimmed(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Drop punctuation and dangling conjunctions at both ends of a token span."""
    while start < end and (doc[start].dep_ in _EDGE_PUNCT or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].dep_ in _EDGE_PUNCT or doc[end - 1].is_punct):
        end -= 1
    return (start, end) if end > start else None


def _subtree_span(doc: Doc, token: Token) -> tuple[int, int] | None:
    return _within_paragraph(doc, token.i, _trimmed(doc, token.left_edge.i, token.right_edge.i + 1))


def _within_paragraph(doc: Doc, anchor: int, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Clip a span to the paragraph of token ``anchor`` (inside the span or not): the parser joins a
    headline to the first line of the body ("… over tax returns / Democratic nominee Hillary Clinton
    said"), a reader does not."""
    if span is None:
        return None
    start, end = span
    low = anchor
    while low > start and "\n" not in doc[low - 1].text:
        low -= 1
    high = anchor
    while high < end and "\n" not in doc[high].text:
        high += 1
    start, end = max(start, low), min(end, max(high, anchor + 1) if anchor >= end else high)
    return _trimmed(doc, start, end) if end > start else None


def _clause_span(doc: Doc, head: Token, cue: Token) -> tuple[int, int] | None:
    """A reported clause without the commentary that trails it.

    News prose appends the writer's own material to a reported clause: "— asserting that …",
    ", putting them ahead …", "as he faces …". Those adverbial tails and anything after a dash are cut.
    """
    start, end = head.left_edge.i, head.right_edge.i + 1
    for child in head.rights:
        first = child.left_edge.i
        if child.dep_ == "advcl" and first > start and (doc[first - 1].text in _CLAUSE_BREAKS
                                                         or doc[first].lower_ in _TAIL_STARTS):
            end = min(end, first)
    for token in doc[head.i + 1: end]:
        if token.text in _DASHES:
            end = token.i
            break
    return _within_paragraph(doc, cue.i, _trimmed(doc, start, end))


def _subject(token: Token) -> Token | None:
    """The subject of a cue, borrowed from the governing verb for participles and conjuncts."""
    for _ in range(3):  # a few hops cover "…, he added, continuing to say that …"
        for child in token.children:
            if child.dep_ in _SUBJECTS:
                return child
        if token.dep_ not in _BORROW_SUBJECT or token.head is token:
            return None
        token = token.head
    return None


def _content(doc: Doc, cue: Token, complements: frozenset[str]) -> tuple[tuple[int, int] | None, str | None]:
    """The reported content a cue governs (and its link): its complement, else the clause it comments on."""
    children = list(cue.children)
    for child in children:
        if child.dep_ == "ccomp" and "ccomp" in complements:
            return _clause_span(doc, child, cue), "ccomp"
    for child in children:
        if child.dep_ == "xcomp" and "xcomp" in complements:
            objects = [c for c in children if c.dep_ == "dobj" and c.i < child.i]
            start = objects[0].left_edge.i if objects else child.left_edge.i
            return _within_paragraph(doc, cue.i, _trimmed(doc, start, child.right_edge.i + 1)), "xcomp"
        if child.dep_ == "dobj" and "dobj" in complements:
            return _within_paragraph(doc, cue.i, _subtree_span(doc, child)), "dobj"
    # "The economy is growing, he said": the cue hangs on the clause it reports, after a comma
    if (cue.dep_ in ("parataxis", "ccomp") and cue.head.i < cue.i and "ccomp" in complements
            and cue.left_edge.i > 0 and doc[cue.left_edge.i - 1].is_punct):
        return _within_paragraph(doc, cue.i, _trimmed(doc, cue.head.left_edge.i, cue.left_edge.i)), "parataxis"
    return None, None


def _speaker(doc: Doc, subject: Token | None, cues: CueDictionary
             ) -> tuple[tuple[int, int] | None, Token | None, int | None]:
    if subject is None or subject.lower_ in cues.non_speakers and subject.lower_ not in cues.relative_pronouns:
        return None, None, None
    antecedent = None
    if subject.lower_ in cues.relative_pronouns:
        verb = subject.head
        if verb.dep_ != "relcl":
            return None, None, None  # "that" as a subject outside a relative clause speaks for no one
        antecedent = verb.head.i
    return _subtree_span(doc, subject), subject, antecedent


def _phrase_cues(doc: Doc, cues: CueDictionary, sentence_of: numpy.ndarray) -> list[Cue]:
    """Cues such as "according to X": the speaker is the object of the phrase's preposition."""
    found: list[Cue] = []
    if not cues.source_phrases:
        return found
    lowers = doc.to_array([LOWER])
    firsts = {doc.vocab.strings.add(p.words[0]): p for p in cues.source_phrases}
    for i in numpy.nonzero(numpy.isin(lowers, list(firsts)))[0]:
        token = doc[int(i)]
        phrase = firsts[int(lowers[i])]
        words = [t.lower_ for t in doc[token.i: token.i + len(phrase.words)]]
        if tuple(words) != phrase.words:
            continue
        objects = [g for c in token.subtree if c.lower_ == phrase.speaker_prep
                   for g in c.children if g.dep_ == "pobj"]
        if not objects:
            continue
        speaker = objects[0]
        sentence = int(sentence_of[token.i])
        sent = doc[token.i].sent
        span = _subtree_span(doc, speaker)
        # the content is the rest of the sentence, on the longer side of the phrase
        left = _trimmed(doc, sent.start, token.left_edge.i)
        right = _trimmed(doc, token.right_edge.i + 1, sent.end)
        sizes = [(s[1] - s[0], s) for s in (left, right) if s]
        content = max(sizes)[1] if sizes else None
        found.append(Cue(token.i, " ".join(phrase.words), True, span, speaker.i, None, content, sentence, "phrase"))
    return found


def find_cues(doc: Doc, cues: CueDictionary, sentence_of: numpy.ndarray) -> list[Cue]:
    """Every cue in ``doc`` with its speaker and content, in text order.

    ``sentence_of`` maps each token index to its sentence index.
    """
    lemmas = doc.to_array([LEMMA])
    wanted = [doc.vocab.strings.add(lemma) for lemma in cues.verbs]
    found = _phrase_cues(doc, cues, sentence_of)
    for i in numpy.nonzero(numpy.isin(lemmas, wanted))[0]:
        token = doc[int(i)]
        if token.pos_ not in ("VERB", "AUX") and not (token.pos_ == "NOUN" and token.tag_.startswith("VB")):
            continue
        entry = cues.entry(token.lemma_.lower())
        if entry is None:
            continue
        span, head, antecedent = _speaker(doc, _subject(token), cues)
        content, link = _content(doc, token, entry.complements)
        found.append(Cue(token.i, entry.lemma, entry.direct, span, head.i if head is not None else None,
                         antecedent, content, int(sentence_of[token.i]), link))
    found.sort(key=lambda cue: cue.token)
    return found
