"""Time the bare spaCy parse against parse + actors + events on real news (the events stage's overhead).

Usage: python benchmarks/events_overhead.py [JSONL] [N]
(default: ../shared/corpora/allsides_political_news/articles-00.jsonl, 300 articles)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from tacitus.actors import resolve_actors
from tacitus.events import extract_events
from tacitus.pipeline import Options, load_resources
from tacitus.record import Article

DEFAULT = Path("../shared/corpora/allsides_political_news/articles-00.jsonl")


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    rows = [json.loads(line) for line, _ in zip(path.open(encoding="utf-8"), range(limit), strict=False)]
    articles = [Article(id=str(r.get("id", n)), text=r["text"], date=r.get("date")) for n, r in enumerate(rows)]
    resources = load_resources(Options())
    words = sum(a.word_count for a in articles)

    start = time.perf_counter()
    docs = list(resources.nlp.pipe((a.text for a in articles), batch_size=16))
    parse = time.perf_counter() - start

    start = time.perf_counter()
    all_actors = [resolve_actors(d, a, resources.actors) for d, a in zip(docs, articles, strict=True)]
    actors = time.perf_counter() - start

    start = time.perf_counter()
    events = [
        extract_events(d, a, m, resources.predicates, resources.actors)
        for d, a, m in zip(docs, articles, all_actors, strict=True)
    ]
    extract = time.perf_counter() - start

    count = sum(len(e) for e in events)
    print(f"{len(articles)} articles, {words} words, {count} events")
    print(f"parse   {parse:7.2f} s  ({words / parse:,.0f} words/s)")
    print(f"actors  {actors:7.2f} s  (+{100 * actors / parse:.1f}% of parse)")
    print(f"events  {extract:7.2f} s  (+{100 * extract / parse:.1f}% of parse)")
    total = parse + actors + extract
    print(f"parse+actors+events keeps {100 * parse / total:.1f}% of bare spaCy throughput")


if __name__ == "__main__":
    main()
