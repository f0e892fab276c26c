"""Train the ML stage's root classifier (numpy softmax regression) and choose its threshold.

Training data: the own gold texts (label: the roots of their plain events, spread evenly, or "no event"
when they have none), the team's wire-style sentences (``training/events_wire_sentences.tsv``, written from
the CAMEO definitions; label: the root of the code meant) and the lede sentence of each NGEC silver story
(label: the CAMEO root its PLOVER type and mode map to without ambiguity, see ``plover_root_map``). The
threshold maximises the gold's cross-validated dyad+root F1 plus that of the own definitions set. Run in
the ML environment (the defaults name these files)::

    .venv-ml/bin/python -m tacitus.events.ml_train
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from tacitus.actors import resolve_actors
from tacitus.events.evaluate import GoldEvent, GoldSet, as_gold, load_gold, score
from tacitus.events.extract import extract_events
from tacitus.events.ml import NO_EVENT, Embedder, RootClassifier, Uncoded, uncoded_sentences
from tacitus.record import Article

ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
LABELS = (*ROOTS, NO_EVENT)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
MIN_LEDE_WORDS = 6


@dataclass(frozen=True)
class Example:
    """One training text, its label distribution over ``LABELS`` and where it came from."""

    id: str
    text: str
    target: np.ndarray
    origin: str  # gold | silver | wire


def label_vector(roots: Sequence[str]) -> np.ndarray:
    """Probability mass spread evenly over the distinct roots; all of it on "no event" when there are none."""
    vector = np.zeros(len(LABELS))
    for root in set(roots) or {NO_EVENT}:
        vector[LABELS.index(root)] += 1.0
    return vector / vector.sum()


def gold_examples(path: Path) -> list[Example]:
    """Own gold texts; negated and hypothetical events are not events here, as in the scoring."""
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        roots = [str(e["cameo"])[:2] for e in record["events"] if not (e.get("negated") or e.get("hypothetical"))]
        examples.append(Example(record["id"], record["text"], label_vector(roots), "gold"))
    return examples


def plover_root_map(path: Path) -> dict[tuple[str, str], str]:
    """(PLOVER type, mode) → CAMEO root where every CAMEO code with that type and mode shares one root;
    (type, "") is the type without a mode, kept only where all the type's codes share one root."""
    roots: dict[tuple[str, str], set[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["level"] == "root" or row["plover_event"].startswith("("):
                continue
            event, mode, root = row["plover_event"], row["plover_mode"], row["cameo_code"][:2]
            roots.setdefault((event, mode), set()).add(root)
            roots.setdefault((event, "*"), set()).add(root)
    return {key: next(iter(found)) for key, found in roots.items() if len(found) == 1}


def silver_root(event: dict[str, str | None], mapping: dict[tuple[str, str], str]) -> str | None:
    """The root for a silver label: by type and mode, else by the type alone, else None (ambiguous)."""
    kind, mode = str(event.get("code") or ""), str(event.get("mode") or "").lower()
    return mapping.get((kind, mode)) or mapping.get((kind, "*"))


def lede(text: str) -> str:
    """The story's first sentence: wire copy puts the event there."""
    first = text.strip().split("\n", 1)[0]
    return SENTENCE_END.split(first, maxsplit=1)[0].strip()


def silver_examples(path: Path, mapping: dict[tuple[str, str], str]) -> list[Example]:
    examples = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        roots = {silver_root(event, mapping) for event in record["events"]}
        sentence = lede(record["text"])
        if None in roots or not roots or len(sentence.split()) < MIN_LEDE_WORDS:
            continue  # an ambiguous type ("ASSAULT" with no mode) or no usable lede
        examples.append(Example(record["id"], sentence, label_vector([r for r in roots if r]), "silver"))
    return examples


def wire_examples(path: Path) -> list[Example]:
    """The team's own wire-style sentences, one per line with the CAMEO code its writer meant
    (``training/events_wire_sentences.tsv``): every one is an event of that code's root."""
    examples = []
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for number, row in enumerate(rows):
            examples.append(Example(f"wire-{number}", row["text"], label_vector([row["cameo"][:2]]), "wire"))
    return examples


def fit(vectors: np.ndarray, targets: np.ndarray, weights: np.ndarray, l2: float = 1e-4,
        steps: int = 400, rate: float = 0.05) -> RootClassifier:
    """Weighted softmax regression by full-batch Adam; deterministic (zero start, no sampling)."""
    dim, classes = vectors.shape[1], targets.shape[1]
    params = np.zeros((dim + 1, classes))
    inputs = np.hstack([vectors, np.ones((len(vectors), 1))])
    moment, velocity = np.zeros_like(params), np.zeros_like(params)
    norm = weights / weights.sum()
    for step in range(1, steps + 1):
        scores = inputs @ params
        scores -= scores.max(axis=1, keepdims=True)
        probabilities = np.exp(scores)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        gradient = inputs.T @ ((probabilities - targets) * norm[:, None])
        gradient[:-1] += l2 * params[:-1]
        moment = 0.9 * moment + 0.1 * gradient
        velocity = 0.999 * velocity + 0.001 * gradient**2
        params -= rate * (moment / (1 - 0.9**step)) / (np.sqrt(velocity / (1 - 0.999**step)) + 1e-8)
    return RootClassifier(LABELS, params[:-1], params[-1], threshold=0.0)


def fold_of(example_id: str, folds: int) -> int:
    """A stable fold per text (crc32 of its id), so reruns split alike."""
    return zlib.crc32(example_id.encode("utf-8")) % folds


@dataclass
class GoldRun:
    """One gold text after the dictionary: its predicted events and the sentences the ML stage would read."""

    example: Example
    dictionary: list[GoldEvent]
    uncoded: list[Uncoded]
    article: Article


def dictionary_runs(gold: GoldSet, examples: Sequence[Example], resources: Any) -> list[GoldRun]:
    """Parse each gold text once and keep the dictionary's events and the uncoded sentences."""
    runs = []
    docs = resources.nlp.pipe((item.text for item in gold.items), batch_size=64)
    for item, example, doc in zip(gold.items, examples, docs, strict=True):
        article = item.article()
        actors = resolve_actors(doc, article, resources.actors)
        events = extract_events(doc, item.article(for_events=True), actors, resources.predicates, resources.actors)
        uncoded = uncoded_sentences(doc, actors, events, resources.predicates)
        runs.append(GoldRun(example, [as_gold(e) for e in events], uncoded, article))
    return runs


def score_with_ml(gold: GoldSet, runs: Sequence[GoldRun], guesses: Sequence[list[tuple[str, float]]],
                  threshold: float | None) -> dict[str, Any]:
    """The gold report with the proposals above ``threshold`` added (None: the dictionary alone)."""
    predictions = []
    for run, run_guesses in zip(runs, guesses, strict=True):
        proposed = []
        if threshold is not None:
            for uncoded, (root, probability) in zip(run.uncoded, run_guesses, strict=True):
                if root != NO_EVENT and probability >= threshold:
                    proposed.append(as_gold(uncoded.event(run.article, root, probability)))
        predictions.append(run.dictionary + proposed)
    return score(gold, predictions).as_dict()


def train(gold_path: Path, silver_path: Path, map_path: Path, embedder: Embedder, resources: Any,
          folds: int = 5, silver_weight: float = 0.1, l2: float = 1e-4, wire_path: Path | None = None,
          wire_weight: float = 1.0, tune_path: Path | None = None) -> tuple[RootClassifier, dict[str, Any]]:
    """Fit on gold + silver (+ the own wire sentences); pick the threshold that maximises the cross-validated
    dyad+root F1 on the gold plus, with ``tune_path``, the dyad+root F1 on that own set (not trained on)."""
    gold_set = load_gold(gold_path)
    gold = gold_examples(gold_path)
    silver = silver_examples(silver_path, plover_root_map(map_path))
    wire = wire_examples(wire_path) if wire_path else []
    examples = gold + silver + wire
    vectors = embedder.encode([e.text for e in examples])
    targets = np.stack([e.target for e in examples])
    origin_weight = {"gold": 1.0, "silver": silver_weight, "wire": wire_weight}
    weights = np.array([origin_weight[e.origin] for e in examples])
    runs = dictionary_runs(gold_set, gold, resources)
    sentences = [u.sentence.text for run in runs for u in run.uncoded]
    sentence_vectors = iter(embedder.encode(sentences) if sentences else [])
    guesses: list[list[tuple[str, float]]] = [[] for _ in runs]
    fold_ids = np.array([fold_of(e.id, folds) if e.origin == "gold" else -1 for e in examples])
    models = [fit(vectors[fold_ids != k], targets[fold_ids != k], weights[fold_ids != k], l2) for k in range(folds)]
    for number, run in enumerate(runs):
        model = models[fold_of(run.example.id, folds)]
        for _ in run.uncoded:
            guesses[number].append(_guess(model, next(sentence_vectors)))
    final = fit(vectors, targets, weights, l2)
    tune_set = load_gold(tune_path) if tune_path else None
    tune_runs = dictionary_runs(tune_set, gold_examples(tune_path), resources) if tune_set and tune_path else []
    tune_sentences = [u.sentence.text for run in tune_runs for u in run.uncoded]
    tune_vectors = iter(embedder.encode(tune_sentences) if tune_sentences else [])
    tune_guesses = [[_guess(final, next(tune_vectors)) for _ in run.uncoded] for run in tune_runs]
    grid = [round(t, 2) for t in np.arange(0.2, 1.0, 0.05)]
    by_threshold = {t: _f1(score_with_ml(gold_set, runs, guesses, t)["levels"]["dyad+root"]) for t in grid}
    if tune_set is not None:
        for t in grid:
            by_threshold[t] += _f1(score_with_ml(tune_set, tune_runs, tune_guesses, t)["levels"]["dyad+root"])
    best = max(grid, key=lambda t: (round(by_threshold[t], 6), t))
    classifier = RootClassifier(final.labels, final.weights, final.bias, best)
    report = {
        "examples": {"gold": len(gold), "silver": len(silver), "wire": len(wire)},
        "tuned_also_on": str(tune_path) if tune_path else None,
        "uncoded_gold_sentences": len(sentences),
        "threshold": best,
        "cv_dyad_root_f1_by_threshold": by_threshold,
        "without_ml": score_with_ml(gold_set, runs, guesses, None)["levels"],
        "with_ml_cross_validated": score_with_ml(gold_set, runs, guesses, best)["levels"],
    }
    return classifier, report


def _guess(model: RootClassifier, vector: np.ndarray) -> tuple[str, float]:
    """The model's best label for one sentence vector and its probability."""
    row = model.probabilities(vector[None, :])[0]
    return LABELS[int(row.argmax())], float(row.max())


def _f1(counts: dict[str, Any]) -> float:
    """F1 from the counts, unrounded: one proposal more or less must tell thresholds apart."""
    return float(2 * counts["tp"] / (counts["predicted"] + counts["gold"])) if counts["gold"] else 0.0


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=Path("tests/gold/events/events_gold.jsonl"))
    parser.add_argument("--silver", type=Path, default=Path("../shared/eval/ngec_synthetic_stories_silver.jsonl"))
    parser.add_argument("--plover-map", type=Path, default=Path("../shared/reference/cameo_to_plover.tsv"))
    parser.add_argument("--out", type=Path, default=Path("src/tacitus/data/events/ml_roots.npz"))
    parser.add_argument("--wire", type=Path, default=Path("training/events_wire_sentences.tsv"),
                        help="the own wire-style sentences by CAMEO code (none: --wire '')")
    parser.add_argument("--wire-weight", type=float, default=1.0)
    parser.add_argument("--tune", type=Path, default=Path("tests/gold/events/events_definitions.jsonl"),
                        help="an own gold set (not trained on) whose dyad+root F1 joins the threshold choice")
    parser.add_argument("--silver-weight", type=float, default=0.1)
    parser.add_argument("--l2", type=float, default=1e-4)
    args = parser.parse_args(argv)
    from tacitus.events.ml import MiniLMEmbedder
    from tacitus.pipeline import Options, load_resources

    classifier, report = train(args.gold, args.silver, args.plover_map, CachedEmbedder(MiniLMEmbedder()),
                               load_resources(Options()), silver_weight=args.silver_weight, l2=args.l2,
                               wire_path=args.wire if str(args.wire) else None, wire_weight=args.wire_weight,
                               tune_path=args.tune if str(args.tune) else None)
    classifier.save(args.out)
    print(json.dumps(report, indent=1))


class CachedEmbedder:
    """Remembers vectors by text, so the cross-validation embeds each sentence once."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.cache: dict[str, np.ndarray] = {}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if missing:
            self.cache.update(zip(missing, self.embedder.encode(missing), strict=True))
        return np.stack([self.cache[t] for t in texts])


if __name__ == "__main__":
    main()
