"""Score the events stage with and without the optional ML stage on gold sets (measure only).

    .venv/bin/python benchmarks/ml_events_eval.py [GOLD.jsonl ...] [--weights PATH] [--json]

Defaults: the project's events gold and the CAMEO codebook examples in ../shared/eval/. Scoring is the
events stage's own (``tacitus.events.evaluate.score``); this script only adds the ML proposals to the
dictionary's events and prints root / full-code / dyad+root P/R/F1 for both, plus the ML stage's time
next to the parse time. Needs the ``tacitus[ml]`` extra.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from tacitus.actors import resolve_actors
from tacitus.events import extract_events
from tacitus.events.evaluate import GoldEvent, GoldSet, load_gold, score
from tacitus.ml.propose import load_ml_model, propose_events
from tacitus.pipeline import Options, load_resources
from tacitus.record import Article, Event

DEFAULT_GOLD = (
    Path("tests/gold/events/events_gold.jsonl"),
    Path("../shared/eval/cameo_codebook_dev.jsonl"),
)
LEVELS = ("root", "code", "dyad+root")


def _gold_shape(events: tuple[Event, ...]) -> list[GoldEvent]:
    return [
        GoldEvent(
            e.source.code if e.source else None,
            e.target.code if e.target else None,
            e.cameo,
            e.negated,
            e.hypothetical,
            e.plover.event_type,
        )
        for e in events
    ]


def run(gold: GoldSet, weights: Path | None) -> dict:
    """Predictions without and with ML for every gold item, scored, plus timings."""
    resources = load_resources(Options())
    model = load_ml_model(weights)
    model.embedder.encode(["warm-up"])  # the first call pays torch's one-off start-up
    without, with_ml, proposals = [], [], []
    parse_s = ml_s = 0.0
    started = time.perf_counter()
    docs = list(resources.nlp.pipe((item.text for item in gold.items), batch_size=64))
    parse_s = time.perf_counter() - started
    for item, doc in zip(gold.items, docs, strict=True):
        article = Article(id=item.id, text=item.text, date=item.date)
        actors = resolve_actors(doc, article, resources.actors)
        events = extract_events(doc, article, actors, resources.predicates)
        started = time.perf_counter()
        combined = propose_events(doc, article, actors, events, model)
        ml_s += time.perf_counter() - started
        without.append(_gold_shape(events))
        with_ml.append(_gold_shape(combined))
        proposals.extend(
            {
                "id": item.id,
                "text": item.text,
                "proposal": f"{e.source.code if e.source else None}->"
                f"{e.target.code if e.target else None}:{e.cameo} p={e.confidence}",
                "gold": [f"{g.source}->{g.target}:{g.cameo}" for g in item.events],
            }
            for e in combined[len(events) :]
        )
    return {
        "gold_kind": gold.kind,
        "items": len(gold.items),
        "without_ml": score(gold, without).as_dict()["levels"],
        "with_ml": score(gold, with_ml).as_dict()["levels"],
        "ml_proposals": len(proposals),
        "proposals": proposals,
        "parse_seconds": round(parse_s, 2),
        "ml_seconds": round(ml_s, 2),
        "classifier": model.version,
    }


def _print(path: Path, result: dict, show: int) -> None:
    print(f"\n{path} ({result['gold_kind']}, {result['items']} texts), classifier {result['classifier']}")
    print(f"{'level':<10} {'':<8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}")
    for level in LEVELS:
        for name in ("without_ml", "with_ml"):
            s = result[name][level]
            print(
                f"{level:<10} {name[:7]:<8} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} "
                f"{s['tp']:>5} {s['predicted']:>5} {s['gold']:>5}"
            )
    print(
        f"ML proposals: {result['ml_proposals']}; parse {result['parse_seconds']} s, "
        f"ML stage {result['ml_seconds']} s ({100 * result['ml_seconds'] / max(result['parse_seconds'], 1e-9):.1f}%"
        " of the parse time)"
    )
    for proposal in result["proposals"][:show]:
        print(f"  {proposal['id']}: {proposal['proposal']}  gold {proposal['gold']}  | {proposal['text'][:110]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=list(DEFAULT_GOLD))
    parser.add_argument("--weights", type=Path, default=None, help="classifier .npz (default: the shipped one)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of tables")
    parser.add_argument("--show", type=int, default=0, help="also list this many ML proposals per gold set")
    args = parser.parse_args()
    results = {}
    for path in args.gold:
        if not path.is_file():
            print(f"skipping {path}: not found")
            continue
        results[str(path)] = run(load_gold(path), args.weights)
        if not args.json:
            _print(path, results[str(path)], args.show)
    if args.json:
        for result in results.values():
            result.pop("proposals")
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
