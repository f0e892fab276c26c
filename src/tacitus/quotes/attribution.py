"""Cues over the parse: which token reports speech, who its speaker is, and what content it governs.

The walk stays local to cue tokens: lemmas are matched with one vectorised lookup over the doc, and
only the matched tokens' children and heads are visited.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.tokens import Doc, Token

from tacitus.quotes.cues import CueDictionary
from tacitus.quotes.learned import LinkModel, features

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
    # a clause after the cue is what it reports; one before is often a misparsed adverbial ("Moments earlier")
    clauses = sorted((c for c in children if c.dep_ == "ccomp"), key=lambda c: c.i < cue.i)
    if clauses and "ccomp" in complements:
        return _clause_span(doc, clauses[0], cue), "ccomp"
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


SHORT_CONTENT = 3  # contents under three tokens ("backs Cruz") form their own learned size class
_LINK_ORDER = ("ccomp", "xcomp", "dobj", "prep", "rest")


def size_class(span: tuple[int, int]) -> str:
    """``short`` (under three tokens) or ``long``: PolNeAR counts short objects for some lemmas only."""
    return "short" if span[1] - span[0] < SHORT_CONTENT else "long"


def content_links(doc: Doc, cue: Token) -> list[tuple[str, tuple[int, int]]]:
    """Every candidate content of a verb with its link name, in preference order.

    Links: ``ccomp`` (the reported clause), ``xcomp`` (with an object before it: "urged them to …"),
    ``dobj`` (the object phrase) and ``prep:WORD`` (the object of a preposition: "talked about …").
    The learner (``tacitus.quotes.learn``) and the extractor share this, so the learned statistics
    describe exactly the spans the extractor would output.
    """
    found: list[tuple[str, tuple[int, int]]] = []
    children = list(cue.children)
    for child in children:
        span: tuple[int, int] | None = None
        link = child.dep_
        if link == "ccomp":
            span = _clause_span(doc, child, cue)
        elif link == "xcomp":
            objects = [c for c in children if c.dep_ == "dobj" and c.i < child.i]
            start = objects[0].left_edge.i if objects else child.left_edge.i
            span = _within_paragraph(doc, cue.i, _trimmed(doc, start, child.right_edge.i + 1))
        elif link == "dobj":
            span = _within_paragraph(doc, cue.i, _subtree_span(doc, child))
        elif link == "prep" and child.i > cue.i:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objects:
                link = f"prep:{child.lower_}"
                span = _within_paragraph(doc, cue.i, _trimmed(doc, objects[0].left_edge.i,
                                                               objects[0].right_edge.i + 1))
        if span is not None:
            found.append((link, span) if child.i > cue.i else (link + "<", span))
    after = [c for c in children if c.i > cue.i and c.dep_ not in _EDGE_PUNCT]
    if after:
        rest = _within_paragraph(doc, cue.i, _trimmed(doc, cue.i + 1, cue.right_edge.i + 1))
        if rest is not None and all(rest != span for _, span in found):
            found.append(("rest", rest))
    found.sort(key=lambda item: (_LINK_ORDER.index(item[0].split(":")[0].rstrip("<")), item[0].endswith("<")))
    return found


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


_MODEL_HEADS = ("VERB", "NOUN", "ADJ")  # "criticized X", "his criticism of X", "critical of X"


@dataclass(frozen=True)
class Candidate:
    """One content the learned model scores: ``link`` from head ``token`` to ``span``."""

    token: int
    subject: int | None
    link: str
    span: tuple[int, int]
    names: list[str]


def model_candidates(doc: Doc, cues: CueDictionary, covered: set[int]) -> list[Candidate]:
    """Candidate contents of the heads the hand-written cues leave without content, with features.

    The learner (``tacitus.quotes.learn``) and the extractor share this, so the model is trained on
    exactly what it scores. A verb's speaker is its subject, a noun's its possessor ("his criticism").
    """
    found: list[Candidate] = []
    wanted = [doc.vocab.strings[pos] for pos in _MODEL_HEADS]
    for i in numpy.nonzero(numpy.isin(doc.to_array([POS]), wanted))[0]:
        if int(i) in covered:
            continue
        token = doc[int(i)]
        if token.pos_ == "VERB":
            subject = _subject(token)
            if subject is not None and _speaker(doc, subject, cues)[0] is None:
                subject = None  # "it is said": no one speaks
        else:
            subject = next((c for c in token.children if c.dep_ == "poss"), None)
        links = content_links(doc, token)
        if token.pos_ != "VERB":
            links = [(link, span) for link, span in links if link.startswith("prep:")]
        for link, span in links:
            found.append(Candidate(token.i, subject.i if subject is not None else None, link, span,
                                   features(doc, token, subject, link, span)))
    return found


def _model_cues(doc: Doc, cues: CueDictionary, model: LinkModel, sentence_of: numpy.ndarray,
                covered: set[int]) -> list[Cue]:
    """Heads outside the hand-written cues whose best candidate content the learned model accepts."""
    best: dict[int, tuple[float, Candidate]] = {}
    for candidate in model_candidates(doc, cues, covered):
        if model.needs_speaker and candidate.subject is None:
            continue
        probability = model.probability(candidate.names)
        if probability >= model.threshold and (candidate.token not in best or probability > best[candidate.token][0]):
            best[candidate.token] = (probability, candidate)
    found: list[Cue] = []
    for _, candidate in best.values():
        subject = doc[candidate.subject] if candidate.subject is not None else None
        span, head, antecedent = _speaker(doc, subject, cues)
        token = doc[candidate.token]
        found.append(Cue(token.i, token.lemma_.lower(), False, span, head.i if head is not None else None,
                         antecedent, candidate.span, int(sentence_of[token.i]), f"learned:{candidate.link}"))
    return found


def find_cues(doc: Doc, cues: CueDictionary, sentence_of: numpy.ndarray, model: LinkModel | None = None
              ) -> list[Cue]:
    """Every cue in ``doc`` with its speaker and content, in text order.

    ``sentence_of`` maps each token index to its sentence index. With a learned ``model``, verbs the
    hand-written cues leave without content may report what the model accepts.
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
    if model is not None:
        covered = {c.token for c in found if (c.content is not None and not
                   (c.content_dep == "dobj" and size_class(c.content) == "short"))}
        # a separate, non-direct cue: a hand-written cue on the same token keeps attributing quotations
        found.extend(_model_cues(doc, cues, model, sentence_of, covered))
    found.sort(key=lambda cue: cue.token)
    return found
