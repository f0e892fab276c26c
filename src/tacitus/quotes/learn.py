"""Train the link model (``data/quotes/link_model.tsv``) on PolNeAR's ``train/`` split only.

Every candidate content of ``attribution.model_candidates`` (a head's clause, object, prepositional
object, the rest of its phrase, the clause it comments on; a hand-written cue's own content among them)
is a training row, labelled true when it matches a gold indirect attribution of its article
at token overlap ≥ 0.5 (the scorer's rule). A logistic regression over the rows' features
(``learned.features``) gives the weights. Rebuild with
``python -m tacitus.quotes.learn --polnear ../shared/eval/polnear/train`` (numpy only). Never train
on ``dev/``: dev is for measuring.
"""

from __future__ import annotations

import argparse
import collections
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path

import numpy
import yaml
from spacy.tokens import Doc

from tacitus.quotes.attribution import hand_cues, judged_cues, model_candidates
from tacitus.quotes.cues import CUES_FILE, CueDictionary, parse_cues
from tacitus.quotes.layout import DocLayout
from tacitus.quotes.learned import DENSE_MODEL_FILE, DENSE_SLOTS, MODEL_FILE, dense_features
from tacitus.quotes.polnear import GoldArticle, read_polnear
from tacitus.quotes.scoring import _Tokens

MATCH = 0.5
# held-out train slice (articles 0–200, model trained on 200–840): indirect F1 0.583 at 0.4, 0.581 at
# 0.45, 0.577 at 0.5; 0.45 keeps more precision for the same F1
DEFAULT_THRESHOLD = 0.45
# the model with doc.tensor features, 5-fold cross-validation on train by article: F1 0.585 at 0.45, 0.584
# at 0.475, 0.581 at 0.5 (the sparse model: 0.577 at 0.45); 0.45 drops the own gold set's indirect F1 to
# 0.797, 0.475 keeps it at 0.814
DEFAULT_DENSE_THRESHOLD = 0.475
# contents without a speaker: from 0.45 F1 0.580 but PolNeAR dev's speaker right falls under 0.85
DEFAULT_SPEAKERLESS = 0.7


def hand_dictionary() -> CueDictionary:
    """The shipped cue dictionary without learned links (what the learner adds to)."""
    text = resources.files("tacitus.data").joinpath("quotes", CUES_FILE).read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    data.pop("learned", None)
    return parse_cues(data)


def candidate_rows(pairs: Iterable[tuple[GoldArticle, Doc]], cues: CueDictionary
                   ) -> Iterator[tuple[list[str], bool]]:
    """``(features, is_gold)`` for every candidate content the extractor's model would score."""
    for gold, doc in pairs:
        yield from article_rows(gold, doc, cues)[0]


def article_rows(gold: GoldArticle, doc: Doc, cues: CueDictionary
                 ) -> tuple[list[tuple[list[str], bool]], numpy.ndarray]:
    """One article's ``(features, is_gold)`` rows and their dense features (``learned.dense_features``)."""
    tokens = _Tokens(gold.text)
    golds = [tokens.within(q.content) for q in gold.quotes if q.kind == "indirect"]
    layout = DocLayout(doc)
    kept, judged = judged_cues(doc, hand_cues(doc, cues, layout.sentence_of))
    rows: list[tuple[list[str], bool]] = []
    places: list[tuple[int, int | None, tuple[int, int]]] = []
    for candidate in model_candidates(doc, cues, kept, judged):
        predicted = tokens.within([layout.char_span(candidate.span)])
        if predicted:
            rows.append((candidate.names, any(len(predicted & g) / len(predicted | g) >= MATCH for g in golds)))
            places.append((candidate.token, candidate.subject, candidate.span))
    has_tensor = doc.tensor.ndim == 2 and doc.tensor.shape[0] == len(doc)
    dense = dense_features(doc, places) if places and has_tensor else numpy.zeros((len(places), 0), numpy.float32)
    return rows, dense


def train(rows: Iterable[tuple[list[str], bool]], regularisation: float = 0.3, min_count: int = 3,
          steps: int = 400, rate: float = 0.05) -> tuple[dict[str, float], float]:
    """Fit an L2-regularised logistic regression over sparse features; returns (weights, bias)."""
    weights, bias, _ = fit(rows, None, regularisation, min_count, steps, rate)
    return weights, bias


def fit(rows: Iterable[tuple[list[str], bool]], dense: numpy.ndarray | None = None,
        regularisation: float = 0.3, min_count: int = 3, steps: int = 400, rate: float = 0.05
        ) -> tuple[dict[str, float], float, numpy.ndarray | None]:
    """Fit an L2-regularised logistic regression with full-batch Adam; returns (weights, bias, dense).

    The objective is scikit-learn's (``C = regularisation``): the summed log-loss plus ‖w‖² / (2C).
    Features seen fewer than ``min_count`` times are dropped: they would only memorise articles.
    ``dense`` (one row per training row, ``learned.dense_features``) is standardised for the fit and
    its weights folded back, so the model applies them to raw ``doc.tensor`` values.
    Plain numpy, so rebuilding the model needs nothing beyond the stage's own dependencies.
    """
    rows = list(rows)
    counts = collections.Counter(name for names, _ in rows for name in set(names))
    index = {name: i for i, name in enumerate(sorted(n for n, c in counts.items() if c >= min_count))}
    pairs = [(r, index[name]) for r, (names, _) in enumerate(rows) for name in set(names) if name in index]
    row_of = numpy.array([r for r, _ in pairs], dtype=numpy.int64)
    column = numpy.array([c for _, c in pairs], dtype=numpy.int64)
    labels = numpy.array([hit for _, hit in rows], dtype=numpy.float64)
    size, sparse = len(rows), len(index)
    centre = scale = standard = None
    if dense is not None:
        centre, scale = dense.mean(axis=0), dense.std(axis=0) + 1e-6
        standard = ((dense - centre) / scale).astype(numpy.float32)
    params = numpy.zeros(sparse + 1 + (0 if standard is None else standard.shape[1]))  # sparse, bias, dense
    moment, second = numpy.zeros_like(params), numpy.zeros_like(params)
    for step in range(1, steps + 1):
        weights = params[:sparse]
        score = numpy.bincount(row_of, weights=weights[column], minlength=size) + params[sparse]
        if standard is not None:
            score += standard @ params[sparse + 1:].astype(numpy.float32)
        error = 1.0 / (1.0 + numpy.exp(-score)) - labels
        gradient = params / regularisation / size
        gradient[:sparse] += numpy.bincount(column, weights=error[row_of], minlength=sparse) / size
        gradient[sparse] = error.mean()
        if standard is not None:
            gradient[sparse + 1:] += (error.astype(numpy.float32) @ standard) / size
        moment = 0.9 * moment + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient ** 2
        params -= rate * (moment / (1 - 0.9 ** step)) / (numpy.sqrt(second / (1 - 0.999 ** step)) + 1e-8)
    names = sorted(index, key=index.__getitem__)
    kept = {name: float(w) for name, w in zip(names, params[:sparse], strict=True) if abs(w) >= 0.01}
    bias = float(params[sparse])
    if standard is None or centre is None or scale is None:
        return kept, bias, None
    vector = params[sparse + 1:] / scale  # w·(x − μ)/σ = (w/σ)·x − (w/σ)·μ
    return kept, bias - float(vector @ centre), vector


def write_model(weights: dict[str, float], bias: float, threshold: float, path: Path,
                speakerless: float = DEFAULT_SPEAKERLESS, dense: numpy.ndarray | None = None,
                pipeline: str | None = None) -> None:
    """Write the TSV ``learned.parse_model`` reads (dense weights, if any, as ``dense:SLOT:I`` rows)."""
    lines = ["# logistic regression over verb links, trained on PolNeAR train/ (python -m tacitus.quotes.learn)",
             f"__bias__\t{bias:.5f}", f"__threshold__\t{threshold:.3f}",
             f"__speakerless_threshold__\t{speakerless:.3f}"]
    if pipeline is not None:
        lines.append(f"__pipeline__\t{pipeline}")
    lines += [f"{name}\t{weight:.5f}" for name, weight in sorted(weights.items())]
    if dense is not None:
        width = len(dense) // len(DENSE_SLOTS)
        lines += [f"dense:{DENSE_SLOTS[i // width]}:{i % width}\t{w:.6f}" for i, w in enumerate(dense)]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    """Parse a PolNeAR train directory and write both link models (sparse, and with ``doc.tensor``)."""
    from tacitus.nlp import load_model, model_version  # only the command line parses

    data = resources.files("tacitus.data").joinpath("quotes")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=Path("../shared/eval/polnear/train"))
    parser.add_argument("--out", type=Path, default=Path(str(data.joinpath(MODEL_FILE))))
    parser.add_argument("--dense-out", type=Path, default=Path(str(data.joinpath(DENSE_MODEL_FILE))),
                        help="the model that also reads the parser's contextual vectors")
    parser.add_argument("--model", default=None)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--dense-threshold", type=float, default=DEFAULT_DENSE_THRESHOLD)
    parser.add_argument("--speakerless", type=float, default=DEFAULT_SPEAKERLESS,
                        help="probability a content without subject or possessor needs (1: never)")
    args = parser.parse_args(argv)
    if args.polnear.name == "dev":
        parser.error("dev/ is for measuring only; learn from train/")
    articles = read_polnear(args.polnear)
    nlp = load_model(args.model)
    cues = hand_dictionary()
    rows: list[tuple[list[str], bool]] = []
    dense: list[numpy.ndarray] = []
    for gold, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=8), strict=True):
        article, features = article_rows(gold, doc, cues)
        rows += article
        dense.append(features)
    weights, bias = train(rows)
    write_model(weights, bias, args.threshold, args.out, args.speakerless)
    matrix = numpy.vstack(dense)
    if matrix.shape[1]:  # a pipeline without doc.tensor (a transformer) gets the sparse model only
        weights, bias, vector = fit(rows, matrix)
        write_model(weights, bias, args.dense_threshold, args.dense_out, args.speakerless, vector, model_version(nlp))


if __name__ == "__main__":
    main()
