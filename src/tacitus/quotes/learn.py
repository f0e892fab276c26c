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
from tacitus.quotes.learned import MODEL_FILE
from tacitus.quotes.polnear import GoldArticle, read_polnear
from tacitus.quotes.scoring import _Tokens

MATCH = 0.5
# held-out train slice (articles 0–200, model trained on 200–840): indirect F1 0.583 at 0.4, 0.581 at
# 0.45, 0.577 at 0.5; 0.45 keeps more precision for the same F1
DEFAULT_THRESHOLD = 0.45
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
        tokens = _Tokens(gold.text)
        golds = [tokens.within(q.content) for q in gold.quotes if q.kind == "indirect"]
        layout = DocLayout(doc)
        kept, judged = judged_cues(doc, hand_cues(doc, cues, layout.sentence_of))
        for candidate in model_candidates(doc, cues, kept, judged):
            predicted = tokens.within([layout.char_span(candidate.span)])
            if predicted:
                hit = any(len(predicted & g) / len(predicted | g) >= MATCH for g in golds)
                yield candidate.names, hit


def train(rows: Iterable[tuple[list[str], bool]], regularisation: float = 0.3, min_count: int = 3,
          steps: int = 400, rate: float = 0.05) -> tuple[dict[str, float], float]:
    """Fit an L2-regularised logistic regression with full-batch Adam; returns (weights, bias).

    The objective is scikit-learn's (``C = regularisation``): the summed log-loss plus ‖w‖² / (2C).
    Features seen fewer than ``min_count`` times are dropped: they would only memorise articles.
    Plain numpy, so rebuilding the model needs nothing beyond the stage's own dependencies.
    """
    rows = list(rows)
    counts = collections.Counter(name for names, _ in rows for name in set(names))
    index = {name: i for i, name in enumerate(sorted(n for n, c in counts.items() if c >= min_count))}
    pairs = [(r, index[name]) for r, (names, _) in enumerate(rows) for name in set(names) if name in index]
    row_of = numpy.array([r for r, _ in pairs], dtype=numpy.int64)
    column = numpy.array([c for _, c in pairs], dtype=numpy.int64)
    labels = numpy.array([hit for _, hit in rows], dtype=numpy.float64)
    size = len(rows)
    params = numpy.zeros(len(index) + 1)  # weights, then the bias
    moment, second = numpy.zeros_like(params), numpy.zeros_like(params)
    for step in range(1, steps + 1):
        weights = params[:-1]
        score = numpy.bincount(row_of, weights=weights[column], minlength=size) + params[-1]
        error = 1.0 / (1.0 + numpy.exp(-score)) - labels
        gradient = numpy.empty_like(params)
        gradient[:-1] = (numpy.bincount(column, weights=error[row_of], minlength=len(index))
                         + weights / regularisation) / size
        gradient[-1] = error.mean()
        moment = 0.9 * moment + 0.1 * gradient
        second = 0.999 * second + 0.001 * gradient ** 2
        params -= rate * (moment / (1 - 0.9 ** step)) / (numpy.sqrt(second / (1 - 0.999 ** step)) + 1e-8)
    names = sorted(index, key=index.__getitem__)
    kept = {name: float(w) for name, w in zip(names, params[:-1], strict=True) if abs(w) >= 0.01}
    return kept, float(params[-1])


def write_model(weights: dict[str, float], bias: float, threshold: float, path: Path,
                speakerless: float = DEFAULT_SPEAKERLESS) -> None:
    """Write the TSV ``learned.parse_model`` reads."""
    lines = ["# logistic regression over verb links, trained on PolNeAR train/ (python -m tacitus.quotes.learn)",
             f"__bias__\t{bias:.5f}", f"__threshold__\t{threshold:.3f}",
             f"__speakerless_threshold__\t{speakerless:.3f}"]
    lines += [f"{name}\t{weight:.5f}" for name, weight in sorted(weights.items())]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    """Parse a PolNeAR train directory and write the learned-links table."""
    from tacitus.nlp import load_model  # only the command line parses

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--polnear", type=Path, default=Path("../shared/eval/polnear/train"))
    parser.add_argument("--out", type=Path,
                        default=Path(str(resources.files("tacitus.data").joinpath("quotes", MODEL_FILE))))
    parser.add_argument("--model", default=None)
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--speakerless", type=float, default=DEFAULT_SPEAKERLESS,
                        help="probability a content without subject or possessor needs (1: never)")
    args = parser.parse_args(argv)
    if args.polnear.name == "dev":
        parser.error("dev/ is for measuring only; learn from train/")
    articles = read_polnear(args.polnear)
    nlp = load_model(args.model)
    docs = nlp.pipe((a.text for a in articles), batch_size=8)
    weights, bias = train(candidate_rows(zip(articles, docs, strict=False), hand_dictionary()))
    write_model(weights, bias, args.threshold, args.out, args.speakerless)


if __name__ == "__main__":
    main()
