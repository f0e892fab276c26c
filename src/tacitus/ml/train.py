"""Rebuild the event classifier: ``python -m tacitus.ml.train [--silver PATH] [--out PATH]``.

Embeds the own labelled sentences (and, unless ``--no-silver``, the silver stories' lead sentences),
picks the regularisation, the silver weight and the probability threshold by k-fold cross-validation
on the OWN sentences only (silver is always training data, never scored), then fits on everything and
writes ``data/ml/event_classifier.npz``. Needs the ``tacitus[ml]`` extra (scikit-learn, MiniLM).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tacitus.ml.classifier import NO_EVENT, EventClassifier, LinearModel, default_weights_path, save_classifier
from tacitus.ml.embed import load_embedder
from tacitus.ml.training_data import (
    DEFAULT_SILVER,
    LabelledSentence,
    load_own_sentences,
    load_silver,
    own_sentences_path,
)

C_GRID = (16.0, 64.0)
SILVER_WEIGHT_GRID = (0.0, 0.1, 0.3)
THRESHOLD_GRID = tuple(round(0.1 + 0.05 * i, 2) for i in range(18))  # 0.1 … 0.95
CODE_THRESHOLD_GRID = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01)  # 1.01: always the root base code


@dataclass(frozen=True)
class CvScore:
    threshold: float
    precision: float
    recall: float
    f1: float


def fit_linear(vectors: np.ndarray, labels: Sequence[str], weights: np.ndarray, c: float) -> LinearModel:
    """Multinomial logistic regression (scikit-learn, lbfgs) as a numpy ``LinearModel``."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=3000)
    model.fit(vectors, list(labels), sample_weight=weights)
    classes = tuple(str(x) for x in model.classes_)
    coef, intercept = model.coef_, model.intercept_
    if len(classes) == 2:  # scikit-learn stores one row for two classes: expand to a softmax pair
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    return LinearModel(classes, coef.astype(np.float32), intercept.astype(np.float32))


def root_scores(probs: np.ndarray, labels: tuple[str, ...], gold: Sequence[str]) -> list[CvScore]:
    """Event P/R/F1 (an event counts when its root is right) at every threshold of the grid."""
    best = probs.argmax(axis=1)
    top = probs[np.arange(len(best)), best]
    predicted = [labels[i] for i in best]
    gold_events = sum(1 for g in gold if g != NO_EVENT)
    scores = []
    for threshold in THRESHOLD_GRID:
        proposed = [p != NO_EVENT and t >= threshold for p, t in zip(predicted, top, strict=True)]
        n_proposed = sum(proposed)
        tp = sum(1 for p, g, on in zip(predicted, gold, proposed, strict=True) if on and p == g)
        precision = tp / n_proposed if n_proposed else 0.0
        recall = tp / gold_events if gold_events else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(CvScore(float(threshold), *(round(float(x), 3) for x in (precision, recall, f1))))
    return scores


def _folds(labels: Sequence[str], k: int, seed: int) -> list[np.ndarray]:
    from sklearn.model_selection import StratifiedKFold

    # roots with fewer members than folds are still spread round-robin by StratifiedKFold (with a warning)
    splitter = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed)
    return [test for _, test in splitter.split(np.zeros(len(labels)), list(labels))]


def cross_validate(
    own: np.ndarray,
    own_labels: list[str],
    silver: np.ndarray,
    silver_labels: list[str],
    c: float,
    silver_weight: float,
    folds: list[np.ndarray],
) -> tuple[np.ndarray, tuple[str, ...]]:
    """Out-of-fold root probabilities for the own sentences (silver joins every training fold)."""
    labels = tuple(sorted(set(own_labels) | set(silver_labels if silver_weight else [])))
    out = np.zeros((len(own_labels), len(labels)), dtype=np.float32)
    for test in folds:
        train = np.setdiff1d(np.arange(len(own_labels)), test)
        vectors, names, weights = _training_set(
            own[train], [own_labels[i] for i in train], silver, silver_labels, silver_weight
        )
        model = fit_linear(vectors, names, weights, c)
        probs = model.probabilities(own[test])
        for column, label in enumerate(model.labels):
            out[test, labels.index(label)] = probs[:, column]
    return out, labels


def _training_set(
    own: np.ndarray, own_labels: list[str], silver: np.ndarray, silver_labels: list[str], silver_weight: float
) -> tuple[np.ndarray, list[str], np.ndarray]:
    if not silver_weight or len(silver_labels) == 0:
        return own, own_labels, np.ones(len(own_labels))
    vectors = np.vstack([own, silver])
    weights = np.concatenate([np.ones(len(own_labels)), np.full(len(silver_labels), silver_weight)])
    return vectors, own_labels + silver_labels, weights


def tune_code_threshold(
    vectors: np.ndarray, sentences: list[LabelledSentence], c: float, folds: list[np.ndarray]
) -> tuple[float, dict[str, float]]:
    """The within-root probability above which a specific code beats the root's base code (CV, exact match)."""
    events = [i for i, s in enumerate(sentences) if s.cameo]
    hits = {t: 0 for t in CODE_THRESHOLD_GRID}
    for test in folds:
        test_events = [i for i in test if sentences[i].cameo]
        held_out = set(test)
        train = [i for i in events if i not in held_out]
        model = fit_linear(vectors[train], [str(sentences[i].cameo) for i in train], np.ones(len(train)), c)
        probs = model.probabilities(vectors[test_events])
        for row, i in zip(probs, test_events, strict=True):
            gold = str(sentences[i].cameo)
            for threshold in CODE_THRESHOLD_GRID:
                probe = EventClassifier(model, model, 0.0, threshold)
                hits[threshold] += probe._code_in_root(gold[:2], row) == gold
    best = max(CODE_THRESHOLD_GRID, key=lambda t: (hits[t], t))
    return best, {str(t): round(hits[t] / len(events), 3) for t in CODE_THRESHOLD_GRID}


def embed_cached(texts: Sequence[str], cache: Path | None) -> np.ndarray:
    """Embed ``texts``, reusing vectors stored in ``cache`` (an ``.npz`` keyed by text hash) when given."""
    embedder = load_embedder()
    if cache is None:
        return embedder.encode(texts)
    keys = [hashlib.sha1(text.encode("utf-8")).hexdigest() for text in texts]
    known: dict[str, np.ndarray] = {}
    if cache.is_file():
        with np.load(cache, allow_pickle=False) as data:
            known = dict(zip((str(k) for k in data["keys"]), data["vectors"], strict=True))
    missing = [i for i, key in enumerate(keys) if key not in known]
    if missing:
        for i, vector in zip(missing, embedder.encode([texts[i] for i in missing]), strict=True):
            known[keys[i]] = vector
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, keys=np.array(list(known)), vectors=np.array(list(known.values()), dtype=np.float32))
    return np.array([known[key] for key in keys], dtype=np.float32).reshape(len(texts), -1)


def train(
    own_sentences: list[LabelledSentence],
    silver_sentences: list[LabelledSentence],
    folds_k: int = 5,
    seed: int = 13,
    cache: Path | None = None,
) -> EventClassifier:
    """Select hyper-parameters by cross-validation on the own sentences, then fit the final models."""
    embedder = load_embedder()
    own = embed_cached([s.text for s in own_sentences], cache)
    silver = embed_cached([s.text for s in silver_sentences], cache)
    own_labels = [s.root for s in own_sentences]
    silver_labels = [s.root for s in silver_sentences]
    folds = _folds(own_labels, folds_k, seed)
    grid: list[dict[str, Any]] = []
    for c in C_GRID:
        for silver_weight in SILVER_WEIGHT_GRID if silver_sentences else (0.0,):
            probs, labels = cross_validate(own, own_labels, silver, silver_labels, c, silver_weight, folds)
            best = max(root_scores(probs, labels, own_labels), key=lambda s: (s.f1, s.threshold))
            grid.append({"C": c, "silver_weight": silver_weight, **best.__dict__})
            print(f"cv C={c:<4} silver_weight={silver_weight:<4} {best}", file=sys.stderr)
    chosen = max(grid, key=lambda g: (g["f1"], -g["silver_weight"], -g["C"]))
    vectors, names, weights = _training_set(own, own_labels, silver, silver_labels, chosen["silver_weight"])
    roots = fit_linear(vectors, names, weights, chosen["C"])
    code_threshold, code_cv = tune_code_threshold(own, own_sentences, chosen["C"], folds)
    coded = [i for i, s in enumerate(own_sentences) if s.cameo]
    codes = fit_linear(own[coded], [str(own_sentences[i].cameo) for i in coded], np.ones(len(coded)), chosen["C"])
    metadata = {
        "embedding": embedder.name,
        "own_sentences": len(own_sentences),
        "silver_sentences": len(silver_sentences) if chosen["silver_weight"] else 0,
        "cv_folds": folds_k,
        "cv_grid": grid,
        "chosen": chosen,
        "code_threshold_cv_exact_match": code_cv,
    }
    metadata["version"] = hashlib.sha1(
        json.dumps([[s.text, s.cameo] for s in own_sentences] + [metadata["chosen"]]).encode()
    ).hexdigest()[:12]
    return EventClassifier(roots, codes, float(chosen["threshold"]), code_threshold, metadata)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tacitus.ml.train", description=__doc__.splitlines()[0])
    parser.add_argument("--own", type=Path, default=own_sentences_path(), help="own labelled sentences (JSONL)")
    parser.add_argument("--silver", type=Path, default=DEFAULT_SILVER, help="NGEC silver stories (JSONL)")
    parser.add_argument("--no-silver", action="store_true", help="train on the own sentences only")
    parser.add_argument("--out", type=Path, default=default_weights_path(), help="where to write the .npz")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=None, help="reuse sentence vectors stored in this .npz")
    args = parser.parse_args(argv)
    own = load_own_sentences(args.own)
    silver: list[LabelledSentence] = []
    if not args.no_silver:
        if not args.silver.is_file():
            print(f"Silver file {args.silver} not found: pass --silver PATH or --no-silver.", file=sys.stderr)
            return 2
        silver = load_silver(args.silver)
    classifier = train(own, silver, args.folds, cache=args.cache)
    save_classifier(classifier, args.out)
    chosen = classifier.metadata["chosen"]
    print(
        f"wrote {args.out}: {len(own)} own + {classifier.metadata['silver_sentences']} silver sentences; "
        f"CV on own sentences: P={chosen['precision']} R={chosen['recall']} F1={chosen['f1']} "
        f"at threshold {classifier.threshold}, C={chosen['C']}, silver weight {chosen['silver_weight']}, "
        f"code threshold {classifier.code_threshold}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
