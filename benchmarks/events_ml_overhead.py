"""Time the optional ML events stage against the bare parse on real news (needs the extra: `make ml`).

Usage: .venv-ml/bin/python benchmarks/events_ml_overhead.py [JSONL] [N]
(default: ../shared/corpora/allsides_political_news/articles-00.jsonl, 300 articles)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from tacitus.actors import resolve_actors
from tacitus.events import extract_events
from tacitus.events.ml import load_ml_coder, uncoded_sentences
from tacitus.pipeline import Options, load_resources
from tacitus.record import Article

DEFAULT = Path("../shared/corpora/allsides_political_news/articles-00.jsonl")


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    rows = [json.loads(line) for line, _ in zip(path.open(encoding="utf-8"), range(limit), strict=False)]
    articles = [Article(id=str(r.get("id", n)), text=r["text"], date=r.get("date")) for n, r in enumerate(rows)]
    resources = load_resources(Options())
    coder = load_ml_coder()
    coder.embedder.encode(["warm-up"])

    start = time.perf_counter()
    docs = list(resources.nlp.pipe((a.text for a in articles), batch_size=16))
    parse = time.perf_counter() - start
    runs = []
    for doc, article in zip(docs, articles, strict=True):
        actors = resolve_actors(doc, article, resources.actors)
        events = extract_events(doc, article, actors, resources.predicates, resources.actors)
        runs.append((doc, article, actors, events))

    start = time.perf_counter()
    proposed = [coder.propose(doc, article, actors, events) for doc, article, actors, events in runs]
    ml = time.perf_counter() - start

    sentences = sum(len(list(doc.sents)) for doc in docs)
    read = sum(len(uncoded_sentences(doc, actors, events)) for doc, _, actors, events in runs)
    print(f"{len(articles)} articles, {sentences} sentences; the ML stage read {read} of them "
          f"and proposed {sum(map(len, proposed))} events (the dictionary: {sum(len(r[3]) for r in runs)})")
    print(f"parse   {parse:7.2f} s  ({sentences / parse:,.0f} sentences/s)")
    print(f"ml      {ml:7.2f} s  (+{100 * ml / parse:.1f}% of parse; {read / ml:,.0f} read sentences/s)")


if __name__ == "__main__":
    main()
