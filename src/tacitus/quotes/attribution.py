"""Cues over the parse: which token reports speech, who its speaker is, and what content it governs.

The walk stays local to cue tokens: lemmas are matched with one vectorised lookup over the doc, and
only the matched tokens' children and heads are visited.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import IDX, LEMMA, LOWER, POS
from spacy.tokens import Doc, Token

from tacitus.quotes.cues import CueDictionary
from tacitus.quotes.learned import LinkModel, features, title_end
from tacitus.quotes.marks import find_marked_spans

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
    reports: bool = True  # False: the learned model, not this cue, decides what it reports as indirect


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


def cue_subject(token: Token) -> Token | None:
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


_LINK_ORDER = ("ccomp", "parataxis", "xcomp", "dobj", "prep", "rest")


def content_links(doc: Doc, cue: Token) -> list[tuple[str, tuple[int, int]]]:
    """Every candidate content of a head with its link name, in preference order.

    Links: ``ccomp`` (the reported clause), ``xcomp`` (with an object before it: "urged them to …"),
    ``dobj`` (the object phrase), ``prep:WORD`` (the object of a preposition: "talked about …"),
    ``parataxis`` (the clause a verb comments on: "…, officials believe") and ``rest`` (the verb
    phrase after the head, up to a conjoined predicate).
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
    # "The economy is growing, officials believe": a verb hung on the clause it comments on
    if (cue.dep_ in ("parataxis", "ccomp") and cue.head.i < cue.i and cue.left_edge.i > 0
            and doc[cue.left_edge.i - 1].is_punct):
        clause = _within_paragraph(doc, cue.i, _trimmed(doc, cue.head.left_edge.i, cue.left_edge.i))
        if clause is not None:
            found.append(("parataxis", clause))
    # the rest of the verb phrase stops at a conjoined predicate ("… and has promised …"): a new report
    after = [c for c in children if c.i > cue.i and c.dep_ not in _EDGE_PUNCT]
    predicates = [c.i for c in after if c.dep_ == "conj"]
    after = [c for c in after if not predicates or c.i < predicates[0]]
    if after:
        rest = _within_paragraph(doc, cue.i, _trimmed(doc, cue.i + 1, after[-1].right_edge.i + 1))
        if rest is not None and all(rest != span for _, span in found):
            found.append(("rest", rest))
    found.sort(key=lambda item: (_LINK_ORDER.index(item[0].split(":")[0].rstrip("<")), item[0].endswith("<")))
    return found


def _speaker(doc: Doc, subject: Token | None, cues: CueDictionary
             ) -> tuple[tuple[int, int] | None, Token | None, int | None]:
    if subject is None or subject.lower_ in cues.non_speakers and subject.lower_ not in cues.relative_pronouns:
        return None, None, None
    if any(child.dep_ == "det" and child.lower_ == "no" for child in subject.children):
        return None, None, None  # "no one said anything": a negated subject speaks for no one
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


_MODEL_HEADS = ("VERB", "AUX", "NOUN", "ADJ")  # "criticized X", "his criticism of X", "critical of X"
_NOMINAL_LINKS = ("prep:", "ccomp")  # what a noun or adjective head may report ("his criticism of …")
_NOMINAL_DEPS = frozenset({"prep", "ccomp"})


@dataclass(frozen=True)
class Candidate:
    """One content the learned model scores: ``link`` from head ``token`` to ``span``."""

    token: int
    subject: int | None
    link: str
    span: tuple[int, int]
    names: list[str]


_NO_ONE = frozenset({"nobody", "nothing", "none"})


def _negated_subject(token: Token) -> bool:
    """Whether a verb's subject is "no one", "nobody" …: "No one said anything" reports nothing."""
    if not (token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")):
        return False
    subject = cue_subject(token)
    return subject is not None and (subject.lower_ in _NO_ONE or any(
        child.dep_ == "det" and child.lower_ == "no" for child in subject.children))


def _head_subject(doc: Doc, token: Token, cues: CueDictionary) -> Token | None:
    """A verb's subject (none for "it is said"), a noun's or adjective's possessor ("his criticism")."""
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        subject = cue_subject(token)
        return subject if subject is not None and _speaker(doc, subject, cues)[0] is not None else None
    return next((c for c in token.children if c.dep_ == "poss"), None)


def quoted_tokens(doc: Doc) -> numpy.ndarray:
    """Which tokens lie inside quotation marks (marks included): their words are the quote's, not the
    writer's, so they report nothing of their own."""
    starts = doc.to_array([IDX]).astype(numpy.int64)
    inside = numpy.zeros(len(doc), dtype=bool)
    for span in find_marked_spans(doc.text):
        close = span.close_at if span.close_at is not None else span.end
        inside[numpy.searchsorted(starts, span.open_at): numpy.searchsorted(starts, close, side="right")] = True
    return inside


def model_candidates(doc: Doc, cues: CueDictionary, covered: set[int],
                     hand: Mapping[int, Cue] | None = None) -> list[Candidate]:
    """Candidate contents of every head outside ``covered``, with their features.

    ``hand`` maps hand-written cue tokens to their cue: the cue's own content is one more candidate
    (flagged as such), so the model judges it beside the head's other links. The learner
    (``tacitus.quotes.learn``) and the extractor share this, so the model is trained on exactly what
    it scores.
    """
    hand = hand or {}
    found: list[Candidate] = []
    quoted = quoted_tokens(doc)
    headline_end = title_end(doc)
    wanted = [doc.vocab.strings[pos] for pos in _MODEL_HEADS]
    heads = {int(i) for i in numpy.nonzero(numpy.isin(doc.to_array([POS]), wanted))[0]} | set(hand)
    for i in sorted(heads - covered):
        if quoted[i]:
            continue
        token = doc[i]
        nominal = token.pos_ in ("NOUN", "ADJ") and not token.tag_.startswith("VB") and i not in hand
        if nominal and not any(child.dep_ in _NOMINAL_DEPS for child in token.children):
            continue  # most nouns govern nothing a report could be
        if _negated_subject(token):
            continue
        subject = _head_subject(doc, token, cues)
        links = content_links(doc, token)
        if nominal:
            links = [(link, span) for link, span in links if link.startswith(_NOMINAL_LINKS)]
        cue = hand.get(i)
        if cue is not None and cue.content is not None and cue.content_dep is not None:
            links = [(link, span) for link, span in links if span != cue.content]
            links.insert(0, ("hand:" + cue.content_dep, cue.content))
        entry = cues.entry(token.lemma_.lower())
        kind = "none" if entry is None else "direct" if entry.direct else "clause"
        for link, span in links:
            if quoted[span[0]: span[1]].any():
                continue  # a quotation in the content is reported as a partial or mixed quote
            found.append(Candidate(i, subject.i if subject is not None else None, link, span,
                                   features(doc, token, subject, link, span, kind, headline_end)))
    return found


# two contents that share this much of their joint span claim one attribution (held-out train slice:
# indirect F1 0.576 at 0.5, 0.581 at 0.3, 0.580 at 0.15)
SIMILAR = 0.3


def _similar(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared / (max(a[1], b[1]) - min(a[0], b[0])) >= SIMILAR


def _model_cues(doc: Doc, cues: CueDictionary, model: LinkModel, sentence_of: numpy.ndarray,
                covered: set[int], hand: Mapping[int, Cue], kept_spans: list[tuple[int, int]]) -> list[Cue]:
    """Heads whose best candidate content the learned model accepts, as non-direct cues.

    Candidates are taken surest first: one content per head, and none (mostly) the same as a content
    already taken — two heads on one clause ("says the U.S. can't move …") claim one attribution.
    """
    candidates = model_candidates(doc, cues, covered, hand)
    probabilities = model.probabilities(doc, [c.names for c in candidates],
                                        [(c.token, c.subject, c.span) for c in candidates])
    scored = [(probability, c) for probability, c in zip(probabilities.tolist(), candidates, strict=True)
              if probability >= (model.threshold if c.subject is not None else model.speakerless)]
    found: list[Cue] = []
    taken: list[tuple[int, int]] = list(kept_spans)
    heads: set[int] = set()
    for _, candidate in sorted(scored, key=lambda item: -item[0]):
        if candidate.token in heads or any(_similar(candidate.span, span) for span in taken):
            continue
        heads.add(candidate.token)
        taken.append(candidate.span)
        subject = doc[candidate.subject] if candidate.subject is not None else None
        span, head, antecedent = _speaker(doc, subject, cues)
        token = doc[candidate.token]
        found.append(Cue(token.i, token.lemma_.lower(), False, span, head.i if head is not None else None,
                         antecedent, candidate.span, int(sentence_of[token.i]),
                         f"learned:{candidate.link.removeprefix('hand:')}"))
    return found


def judged_cues(doc: Doc, found: list[Cue]) -> tuple[set[int], dict[int, Cue]]:
    """Split hand-written cues with content into those kept as they are and those the model judges.

    Kept: "according to" phrases and clauses that hold a quotation (mixed quotes, which the direct
    finder relies on). Judged: the other verb cues, whose content becomes one candidate among the
    head's links. Returns (tokens kept, judged cues by token).
    """
    kept: set[int] = set()
    judged: dict[int, Cue] = {}
    for cue in found:
        if cue.content is None:
            continue
        if cue.content_dep == "phrase" or any(t.is_quote for t in doc[cue.content[0]: cue.content[1]]):
            kept.add(cue.token)
        else:
            judged[cue.token] = cue
    return kept, judged


def find_cues(doc: Doc, cues: CueDictionary, sentence_of: numpy.ndarray, model: LinkModel | None = None
              ) -> list[Cue]:
    """Every cue in ``doc`` with its speaker and content, in text order.

    ``sentence_of`` maps each token index to its sentence index. With a learned ``model``, the model
    decides the indirect content of every head (hand-written cues included, see ``judged_cues``).
    """
    found = hand_cues(doc, cues, sentence_of)
    if model is not None:
        kept, judged = judged_cues(doc, found)
        # the hand-written cues stay (they attribute quotations); a separate, non-direct cue reports
        found = [replace(cue, reports=False) if cue.token in judged else cue for cue in found]
        kept_spans = [c.content for c in found if c.token in kept and c.content is not None]
        found.extend(_model_cues(doc, cues, model, sentence_of, kept, judged, kept_spans))
    found.sort(key=lambda cue: cue.token)
    return found


def hand_cues(doc: Doc, cues: CueDictionary, sentence_of: numpy.ndarray) -> list[Cue]:
    """The cues of the hand-written dictionary (``cues.yaml``) with their speakers and contents."""
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
        span, head, antecedent = _speaker(doc, cue_subject(token), cues)
        content, link = _content(doc, token, entry.complements)
        found.append(Cue(token.i, entry.lemma, entry.direct, span, head.i if head is not None else None,
                         antecedent, content, int(sentence_of[token.i]), link))
    return found
