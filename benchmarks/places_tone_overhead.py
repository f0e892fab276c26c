"""Overhead of the places and tone stages against the bare spaCy parse, on real news.

Usage: .venv/bin/python benchmarks/places_tone_overhead.py [JSONL] [N]
(default: ../shared/corpora/allsides_political_news/articles-00.jsonl, 300 articles)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from tacitus.actors import load_actor_dictionary, resolve_actors
from tacitus.events import extract_events, load_predicates
from tacitus.nlp import load_model
from tacitus.places import extract_places, load_gazetteer, locate_events
from tacitus.record import Article
from tacitus.tone import load_tone_lexicon, score_tone

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpora/allsides_political_news/articles-00.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for _, line in zip(range(limit), handle, strict=False)]
    articles = [Article(id=str(r["id"]), text=r["text"], title=r.get("title")) for r in rows]
    nlp = load_model()
    started = time.perf_counter()
    gazetteer, lexicon = load_gazetteer(), load_tone_lexicon()
    load_s = time.perf_counter() - started

    started = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    parse_s = time.perf_counter() - started

    dictionary, predicates = load_actor_dictionary(), load_predicates()
    actors = [resolve_actors(d, a, dictionary) for d, a in zip(docs, articles, strict=True)]
    events = [extract_events(d, a, m, predicates) for d, a, m in zip(docs, articles, actors, strict=True)]

    started = time.perf_counter()
    places = [extract_places(d, a, m, gazetteer) for d, a, m in zip(docs, articles, actors, strict=True)]
    located = [locate_events(d, a, e, p, gazetteer) for d, a, e, p in zip(docs, articles, events, places, strict=True)]
    places_s = time.perf_counter() - started

    started = time.perf_counter()
    for doc in docs:
        score_tone(doc, lexicon)
    tone_s = time.perf_counter() - started

    words = sum(a.word_count for a in articles)
    n_events = sum(len(e) for e in located)
    with_location = sum(1 for es in located for e in es if e.location)
    print(f"{len(articles)} articles, {words} words; gazetteer+lexicon load {load_s:.2f} s (once per process)")
    print(f"bare parse       {parse_s:7.2f} s  ({words / parse_s:,.0f} words/s)")
    print(f"places + locate  {places_s:7.2f} s  ({100 * places_s / parse_s:.1f}% of parse); "
          f"{sum(len(p) for p in places)} places, {with_location}/{n_events} events located")
    print(f"tone             {tone_s:7.2f} s  ({100 * tone_s / parse_s:.1f}% of parse)")
    print(f"both stages      {places_s + tone_s:7.2f} s  ({100 * (places_s + tone_s) / parse_s:.1f}% of parse)")


if __name__ == "__main__":
    main()
