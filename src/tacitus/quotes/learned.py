"""A small learned model: which clause, object or phrase of a head PolNeAR-style attribution counts as content.

The hand-written cues (``cues.yaml``) cover speech verbs; PolNeAR annotates far more (stances,
perceptions, polls that *show*, people who *talk about* or *vote for* something). For every head
(verb, auxiliary, noun, adjective, hand-written cue) outside quotation marks, each candidate content of
``attribution.content_links`` — and a hand-written cue's own content — is scored by a logistic
regression over parse features (lemma, link, size, the subject's kind, the content's first word, what
follows it …) trained on PolNeAR ``train/`` by ``tacitus.quotes.learn``; candidates are taken surest
first while their probability reaches the threshold (``attribution._model_cues``).
The weights ship as ``data/quotes/link_model.tsv`` (``feature<TAB>weight``; ``__bias__``,
``__threshold__`` and ``__speakerless_threshold__`` rows). ``link_model_dense.tsv`` adds weights over
the parser's contextual token vectors (``dense_features``) and names the spaCy pipeline they belong to;
``choose_link_model`` falls back to the sparse model for any other parser.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy
from spacy.tokens import Doc, Token

MODEL_FILE = "link_model.tsv"
DENSE_MODEL_FILE = "link_model_dense.tsv"  # the same features plus doc.tensor ones
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "they", "who"})


def subject_kind(subject: Token | None) -> str:
    """A coarse class of the speaker phrase's head: pronoun, entity type, or part of speech."""
    if subject is None:
        return "none"
    if subject.lower_ in _PERSONAL:
        return "pron"
    if subject.ent_type_:
        return subject.ent_type_
    return subject.pos_


def _size_bucket(size: int) -> str:
    return "1" if size <= 1 else "2" if size <= 2 else "3-5" if size <= 5 else "6-12" if size <= 12 else "13+"


def _follower(doc: Doc, end: int) -> str:
    """What comes right after a content: the sentence's end, a stop, a comma (", he said") or more words."""
    if end >= len(doc) or doc[end].is_sent_start:
        return "end"
    text = doc[end].text
    return "stop" if text in (".", "?", "!") else "comma" if text == "," else "quote" if doc[end].is_quote else "word"


def features(doc: Doc, cue: Token, subject: Token | None, link: str, span: tuple[int, int],
             hand: str = "none", headline_end: int = -1) -> list[str]:
    """The features of one candidate content ``span`` reached from head ``cue`` through ``link``.

    ``hand`` says whether the head's lemma is a hand-written cue (``direct``, ``clause``) or not
    (``none``); a ``hand:`` link is the content the hand-written cue itself chose. ``headline_end``
    is ``title_end(doc)`` (computed once per document).
    """
    lemma = cue.lemma_.lower()
    base = link.removeprefix("hand:")
    kind = base.split(":")[0].rstrip("<")
    size = _size_bucket(span[1] - span[0])
    first = doc[span[0]].lower_
    speaker = subject_kind(subject)
    return [
        f"lemma={lemma}", f"lemma_link={lemma}|{base}", f"lemma_kind_size={lemma}|{kind}|{size}",
        f"link={link}", f"kind_size={kind}|{size}", f"subj={speaker}",
        f"subj_kind={speaker}|{kind}", f"dep={cue.dep_}", f"tag={cue.tag_}",
        f"first={first}", f"kind_first={kind}|{first}", f"gap={min(span[0] - cue.i, 4)}",
        f"pos={cue.pos_}", f"pos_subj={cue.pos_}|{speaker}", f"hand={hand}|{link.startswith('hand:')}",
        f"hand_kind={hand}|{kind}", f"after={kind}|{_follower(doc, span[1])}",
        f"gov={cue.dep_}|{cue.head.pos_}", f"lemma_pos={lemma}|{cue.pos_}", f"lemma_subj={lemma}|{speaker}",
        f"subj_lemma={subject.lemma_.lower() if subject is not None and speaker == 'NOUN' else speaker}",
        f"title={cue.i <= headline_end}", f"voice={_voice(cue)}",
    ]


# the token positions of a candidate whose contextual vectors (``doc.tensor``) the dense model reads
DENSE_SLOTS = ("head", "first", "last", "before", "after", "mean", "subject")


def dense_features(doc: Doc, rows: Sequence[tuple[int, int | None, tuple[int, int]]]) -> numpy.ndarray:
    """The dense features of candidates given as ``(head, subject, (start, end))``: ``doc.tensor`` rows.

    For each candidate, the contextual vectors of its head, its first and last token, the tokens just
    outside it (zeros past the document's edge), the mean over it and the subject's head (zeros when
    none), side by side: ``len(rows) × len(DENSE_SLOTS) · width``.
    """
    tensor = numpy.asarray(doc.tensor, dtype=numpy.float32)
    width = tensor.shape[1]
    padded = numpy.vstack([tensor, numpy.zeros((1, width), dtype=numpy.float32)])  # row -1 / len: zeros
    sums = numpy.vstack([numpy.zeros((1, width), dtype=numpy.float32), numpy.cumsum(tensor, axis=0)])
    heads = numpy.array([r[0] for r in rows], dtype=numpy.int64)
    subjects = numpy.array([len(doc) if r[1] is None else r[1] for r in rows], dtype=numpy.int64)
    starts = numpy.array([r[2][0] for r in rows], dtype=numpy.int64)
    ends = numpy.array([r[2][1] for r in rows], dtype=numpy.int64)
    before = numpy.where(starts > 0, starts - 1, len(doc))
    mean = (sums[ends] - sums[starts]) / (ends - starts)[:, None]
    return numpy.hstack([padded[heads], padded[starts], padded[ends - 1], padded[before],
                         padded[numpy.minimum(ends, len(doc))], mean, padded[subjects]])


def title_end(doc: Doc) -> int:
    """Index of the token that ends the article's first line (the headline: "Poll: Sanders leads …")."""
    return next((token.i for token in doc if "\n" in token.text_with_ws), len(doc))


def _voice(cue: Token) -> str:
    """Negated, passive, modal or plain: "would back" and "was asked" report less often than "backs"."""
    deps = {child.dep_ for child in cue.children}
    if "neg" in deps:
        return "neg"
    if "auxpass" in deps or "nsubjpass" in deps:
        return "passive"
    if any(child.dep_ == "aux" and child.tag_ == "MD" for child in cue.children):
        return "modal"
    return "plain"


@dataclass(frozen=True)
class LinkModel:
    """Weights of the logistic regression and the probability a candidate needs to be reported.

    ``dense`` weighs the columns of ``dense_features`` (the parser's contextual vectors); those are
    only meaningful for the spaCy pipeline they were trained with, named in ``pipeline``.
    """

    weights: dict[str, float]
    bias: float
    threshold: float
    speakerless: float = 1.0  # the probability a candidate without subject or possessor needs (1: never)
    dense: numpy.ndarray | None = None
    pipeline: str | None = None

    def probability(self, names: list[str]) -> float:
        """P(the candidate is an attribution's content) for its feature names (sparse part only)."""
        score = self.bias + sum(self.weights.get(name, 0.0) for name in names)
        return 1.0 / (1.0 + math.exp(-score))

    def probabilities(self, doc: Doc, names: Sequence[list[str]],
                      rows: Sequence[tuple[int, int | None, tuple[int, int]]]) -> numpy.ndarray:
        """P(content) of each candidate: its feature ``names`` and its ``(head, subject, span)`` row."""
        get = self.weights.get
        scores = numpy.array([self.bias + sum(get(name, 0.0) for name in group) for group in names])
        if self.dense is not None and len(rows):
            scores += dense_features(doc, rows) @ self.dense
        return 1.0 / (1.0 + numpy.exp(-scores))

    def fits(self, doc: Doc, pipeline: str | None) -> bool:
        """Whether this model can score ``doc`` parsed by ``pipeline`` (always, without dense weights)."""
        if self.dense is None:
            return True
        width = len(self.dense) // len(DENSE_SLOTS)
        return pipeline == self.pipeline and doc.tensor.shape == (len(doc), width)


def parse_model(text: str) -> LinkModel:
    """Read a ``link_model.tsv`` text (``dense:SLOT:I`` rows are the dense weights, in order)."""
    weights: dict[str, float] = {}
    dense: list[float] = []
    pipeline = None
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, value = line.rsplit("\t", 1)
        if name == "__pipeline__":
            pipeline = value
        elif name.startswith("dense:"):
            dense.append(float(value))
        else:
            weights[name] = float(value)
    bias = weights.pop("__bias__", 0.0)
    threshold = weights.pop("__threshold__", 0.5)
    speakerless = weights.pop("__speakerless_threshold__", 1.0)
    vector = numpy.array(dense, dtype=numpy.float32) if dense else None
    return LinkModel(weights, bias, threshold, speakerless, vector, pipeline)


@lru_cache(maxsize=4)
def load_link_model(path: Path | None = None, name: str = MODEL_FILE) -> LinkModel | None:
    """Load (once) the shipped model ``name``, or the one at ``path``; ``None`` when the file is absent."""
    if path is None:
        source = resources.files("tacitus.data").joinpath("quotes", name)
        if not source.is_file():
            return None
        return parse_model(source.read_text(encoding="utf-8"))
    return parse_model(Path(path).read_text(encoding="utf-8")) if Path(path).is_file() else None


def choose_link_model(doc: Doc, pipeline: str | None) -> LinkModel | None:
    """The dense model when ``doc`` comes from the pipeline it was trained with, else the sparse one.

    ``pipeline`` is ``tacitus.nlp.model_version`` of the parser (``None``: unknown, so sparse).
    """
    dense = load_link_model(name=DENSE_MODEL_FILE)
    if dense is not None and dense.fits(doc, pipeline):
        return dense
    return load_link_model()
