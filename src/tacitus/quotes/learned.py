"""A small learned model: which clause or object of a verb PolNeAR-style attribution counts as content.

The hand-written cues (``cues.yaml``) cover speech verbs; PolNeAR annotates far more (stances,
perceptions, polls that *show*, people who *talk about* or *vote for* something). For every verb with a
subject that the hand-written cues leave without content, each candidate content of
``attribution.content_links`` is scored by a logistic regression over parse features (lemma, link,
size, the subject's kind, the content's first word …) trained on PolNeAR ``train/`` by
``tacitus.quotes.learn``; the best candidate is reported when its probability reaches the threshold.
The weights ship as ``data/quotes/link_model.tsv`` (``feature<TAB>weight``; ``__bias__``,
``__threshold__`` and ``__needs_speaker__`` rows).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Token

MODEL_FILE = "link_model.tsv"
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


def features(doc: Doc, cue: Token, subject: Token | None, link: str, span: tuple[int, int]) -> list[str]:
    """The features of one candidate content ``span`` reached from verb ``cue`` through ``link``."""
    lemma = cue.lemma_.lower()
    kind = link.split(":")[0]
    size = _size_bucket(span[1] - span[0])
    first = doc[span[0]].lower_
    return [
        f"lemma={lemma}", f"lemma_link={lemma}|{link}", f"lemma_kind_size={lemma}|{kind}|{size}",
        f"link={link}", f"kind_size={kind}|{size}", f"subj={subject_kind(subject)}",
        f"subj_kind={subject_kind(subject)}|{kind}", f"dep={cue.dep_}", f"tag={cue.tag_}",
        f"first={first}", f"kind_first={kind}|{first}", f"gap={min(span[0] - cue.i, 4)}",
        f"pos={cue.pos_}", f"pos_subj={cue.pos_}|{subject_kind(subject)}",
    ]


@dataclass(frozen=True)
class LinkModel:
    """Weights of the logistic regression and the probability a candidate needs to be reported."""

    weights: dict[str, float]
    bias: float
    threshold: float
    needs_speaker: bool = True  # report only candidates whose head has a subject or possessor

    def probability(self, names: list[str]) -> float:
        """P(the candidate is an attribution's content) for its feature names."""
        score = self.bias + sum(self.weights.get(name, 0.0) for name in names)
        return 1.0 / (1.0 + math.exp(-score))


def parse_model(text: str) -> LinkModel:
    """Read a ``link_model.tsv`` text."""
    weights: dict[str, float] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, value = line.rsplit("\t", 1)
        weights[name] = float(value)
    bias = weights.pop("__bias__", 0.0)
    threshold = weights.pop("__threshold__", 0.5)
    needs_speaker = weights.pop("__needs_speaker__", 1.0) != 0.0
    return LinkModel(weights, bias, threshold, needs_speaker)


@lru_cache(maxsize=4)
def load_link_model(path: Path | None = None) -> LinkModel | None:
    """Load (once) the shipped model, or the one at ``path``; ``None`` when the file is absent."""
    if path is None:
        source = resources.files("tacitus.data").joinpath("quotes", MODEL_FILE)
        if not source.is_file():
            return None
        return parse_model(source.read_text(encoding="utf-8"))
    return parse_model(Path(path).read_text(encoding="utf-8")) if Path(path).is_file() else None
