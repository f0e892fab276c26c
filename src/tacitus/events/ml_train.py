"""Train the ML stage: fine-tune MiniLM (LoRA) with a linear head over the CAMEO roots; choose its threshold.

Training data: the own gold texts (label: the roots of their plain events, spread evenly, or "no event"
when they have none) and the team's wire-style sentences (``training/events_wire_sentences.tsv``, written
from the CAMEO definitions; label: the root of the code meant, or ``none``); with ``--silver-weight`` above
0 also the lede sentence of each NGEC silver story (label: the CAMEO root its PLOVER type and mode map to
without ambiguity, see ``plover_root_map``). The threshold maximises the gold's cross-validated dyad+root
F1 plus that of the own definitions set. Run in the ML environment (the defaults name these files; 20-30
minutes on two CPU cores)::

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
from rich.progress import MofNCompleteColumn, Progress

from tacitus.actors import resolve_actors
from tacitus.adapters import ALPHA_PER_RANK, LORA_TARGETS, lora_arrays
from tacitus.events.evaluate import GoldEvent, GoldSet, as_gold, load_gold, score
from tacitus.events.extract import extract_events
from tacitus.events.ml import NO_EVENT, RootClassifier, Uncoded, encode_texts, sentence_vectors, uncoded_sentences
from tacitus.nlp import minilm_folder
from tacitus.record import Article

ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
LABELS = (*ROOTS, NO_EVENT)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
MIN_LEDE_WORDS = 6
FEATURE_SCALE = 10.0  # the head reads sentence vectors times this (folded into the shipped head's weights)
NO_EVENT_LABEL = "none"  # a wire sentence that names actors but holds no event


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
    (``training/events_wire_sentences.tsv``): an event of that code's root, or no event (``none``)."""
    examples = []
    with path.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        rows = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)  # a text may open with a quote
        for number, row in enumerate(rows):
            roots = [] if row["cameo"] == NO_EVENT_LABEL else [row["cameo"][:2]]
            examples.append(Example(f"wire-{number}", row["text"], label_vector(roots), "wire"))
    return examples


@dataclass(frozen=True)
class Settings:
    """How the encoder is fine-tuned: LoRA rank, epochs, peak learning rate (linear warm-up and decay)."""

    rank: int = 16
    epochs: int = 3
    rate: float = 5e-4
    batch: int = 32
    seed: int = 0


class Trainee:
    """MiniLM with LoRA updates (``peft``) and a linear head over its unit-length sentence vectors."""

    def __init__(self, settings: Settings) -> None:
        import torch
        from peft import LoraConfig, get_peft_model
        from transformers import AutoModel, AutoTokenizer

        torch.manual_seed(settings.seed)
        folder = minilm_folder()
        self.tokenizer = AutoTokenizer.from_pretrained(folder)
        config = LoraConfig(r=settings.rank, lora_alpha=ALPHA_PER_RANK * settings.rank, lora_dropout=0.1,
                            target_modules=list(LORA_TARGETS))
        self.encoder = get_peft_model(AutoModel.from_pretrained(folder), config)
        self.head = torch.nn.Linear(self.encoder.config.hidden_size, len(LABELS))

    def logits(self, texts: list[str]) -> Any:
        # unit vectors scaled up, so that a small head can still be sure of itself
        return self.head(sentence_vectors(self.tokenizer, self.encoder, texts) * FEATURE_SCALE)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Sentence vectors as ``ml.TunedMiniLM`` gives them (the ``Embedder`` of the fold models)."""
        self.encoder.eval()
        return encode_texts(self.tokenizer, self.encoder, texts)

    def classifier(self, threshold: float = 0.0) -> RootClassifier:
        weights = self.head.weight.detach().numpy().T * FEATURE_SCALE
        return RootClassifier(LABELS, weights, self.head.bias.detach().numpy().copy(), threshold)


def fine_tune(examples: Sequence[Example], weights: Sequence[float], settings: Settings = Settings(),
              label: str = "fine-tuning") -> Trainee:
    """Fit the LoRA updates and the head by weighted cross-entropy on the label distributions.

    Batches hold texts of similar length (fewer padding pieces: about twice as fast on a CPU), in an order
    shuffled by ``settings.seed``, so a rerun gives the same model."""
    import torch

    model = Trainee(settings)
    parameters = [p for p in model.encoder.parameters() if p.requires_grad] + list(model.head.parameters())
    optimizer = torch.optim.AdamW(parameters, lr=settings.rate, weight_decay=0.01)
    by_length = sorted(range(len(examples)), key=lambda i: len(examples[i].text))
    batches = [by_length[i:i + settings.batch] for i in range(0, len(by_length), settings.batch)]
    steps = settings.epochs * len(batches)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=settings.rate, total_steps=steps,
                                                   pct_start=0.06, anneal_strategy="linear")
    shuffle = np.random.default_rng(settings.seed)
    targets = torch.tensor(np.stack([e.target for e in examples]), dtype=torch.float32)
    weight = torch.tensor(list(weights), dtype=torch.float32)
    model.encoder.train()
    with Progress(*Progress.get_default_columns(), MofNCompleteColumn(), transient=True) as progress:
        task = progress.add_task(label, total=steps)
        for _ in range(settings.epochs):
            for number in shuffle.permutation(len(batches)):
                rows = batches[number]
                log_probabilities = torch.log_softmax(model.logits([examples[i].text for i in rows]), dim=-1)
                loss = -((targets[rows] * log_probabilities).sum(-1) * weight[rows]).sum() / weight[rows].sum()
                loss.backward()
                optimizer.step()
                schedule.step()
                optimizer.zero_grad()
                progress.advance(task)
    model.encoder.eval()
    return model


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


def train(gold_path: Path, silver_path: Path, map_path: Path, resources: Any, folds: int = 2,
          silver_weight: float = 0.0, wire_path: Path | None = None, wire_weight: float = 1.0,
          tune_path: Path | None = None, settings: Settings = Settings(),
          ) -> tuple[RootClassifier, dict[str, np.ndarray], dict[str, Any]]:
    """Fine-tune on gold + the own wire sentences (+ silver); pick the threshold that maximises the
    cross-validated dyad+root F1 on the gold plus, with ``tune_path``, the dyad+root F1 on that own set
    (not trained on). Returns the head with its threshold, the encoder's LoRA updates and a report."""
    gold_set = load_gold(gold_path)
    gold = gold_examples(gold_path)
    silver = silver_examples(silver_path, plover_root_map(map_path)) if silver_weight > 0 else []
    wire = wire_examples(wire_path) if wire_path else []
    examples = gold + silver + wire
    origin_weight = {"gold": 1.0, "silver": silver_weight, "wire": wire_weight}
    weights = [origin_weight[e.origin] for e in examples]
    runs = dictionary_runs(gold_set, gold, resources)
    fold_ids = [fold_of(e.id, folds) if e.origin == "gold" else -1 for e in examples]
    guesses: list[list[tuple[str, float]]] = [[] for _ in runs]
    for k in range(folds):  # each gold text is scored by the model that did not see it
        kept = [i for i, fold in enumerate(fold_ids) if fold != k]
        model = fine_tune([examples[i] for i in kept], [weights[i] for i in kept], settings,
                          f"fold {k + 1} of {folds}")
        for number, run in enumerate(runs):
            if fold_of(run.example.id, folds) == k:
                guesses[number] = _guesses(model, run.uncoded)
    final = fine_tune(examples, weights, settings, "final model")
    tune_set = load_gold(tune_path) if tune_path else None
    tune_runs = dictionary_runs(tune_set, gold_examples(tune_path), resources) if tune_set and tune_path else []
    tune_guesses = [_guesses(final, run.uncoded) for run in tune_runs]
    grid = [round(t, 2) for t in np.arange(0.2, 1.0, 0.05)]
    by_threshold = {t: _f1(score_with_ml(gold_set, runs, guesses, t)["levels"]["dyad+root"]) for t in grid}
    if tune_set is not None:
        for t in grid:
            by_threshold[t] += _f1(score_with_ml(tune_set, tune_runs, tune_guesses, t)["levels"]["dyad+root"])
    best = max(grid, key=lambda t: (round(by_threshold[t], 6), t))
    report = {
        "examples": {"gold": len(gold), "silver": len(silver), "wire": len(wire)},
        "settings": settings.__dict__,
        "tuned_also_on": str(tune_path) if tune_path else None,
        "uncoded_gold_sentences": sum(len(run.uncoded) for run in runs),
        "threshold": best,
        "cv_dyad_root_f1_by_threshold": by_threshold,
        "without_ml": score_with_ml(gold_set, runs, guesses, None)["levels"],
        "with_ml_cross_validated": score_with_ml(gold_set, runs, guesses, best)["levels"],
    }
    return final.classifier(best), lora_arrays(final.encoder), report


def _guesses(model: Trainee, uncoded: Sequence[Uncoded]) -> list[tuple[str, float]]:
    """The model's best label and its probability for each uncoded sentence."""
    if not uncoded:
        return []
    head = model.classifier()
    return [_guess(head, vector) for vector in model.encode([u.sentence.text for u in uncoded])]


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
    parser.add_argument("--silver-weight", type=float, default=0.0, help="0: the silver stories are not read")
    parser.add_argument("--folds", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=Settings.epochs)
    parser.add_argument("--rank", type=int, default=Settings.rank)
    parser.add_argument("--rate", type=float, default=Settings.rate)
    args = parser.parse_args(argv)
    from tacitus.pipeline import Options, load_resources

    settings = Settings(rank=args.rank, epochs=args.epochs, rate=args.rate)
    classifier, adapter, report = train(
        args.gold, args.silver, args.plover_map, load_resources(Options()), folds=args.folds,
        silver_weight=args.silver_weight, wire_path=args.wire if str(args.wire) else None,
        wire_weight=args.wire_weight, tune_path=args.tune if str(args.tune) else None, settings=settings)
    classifier.save(args.out, adapter)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
