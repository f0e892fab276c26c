"""How much the actors stage adds to the bare spaCy parse, on real news.

    python benchmarks/actors_speed.py [JSONL] [N]

Defaults: the first 200 articles of ../shared/corpora/allsides_political_news/articles-00.jsonl.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from tacitus.actors import load_actor_dictionary, resolve_actors
from tacitus.nlp import load_model
from tacitus.record import Article

DEFAULT = Path(__file__).resolve().parents[2] / "shared/corpora/allsides_political_news/articles-00.jsonl"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()[:count]]
    nlp, dictionary = load_model(), load_actor_dictionary()
    started = time.perf_counter()
    docs = list(nlp.pipe((r["text"] for r in rows), batch_size=16))
    parse = time.perf_counter() - started
    started = time.perf_counter()
    mentions = sum(len(resolve_actors(doc, Article(id=r["id"], text=r["text"], date=r.get("date")), dictionary))
                   for r, doc in zip(rows, docs, strict=True))
    actors = time.perf_counter() - started
    words = sum(len(r["text"].split()) for r in rows)
    print(f"{len(rows)} articles, {words} words: parse {parse:.1f} s, actors {actors:.2f} s "
          f"= {100 * actors / parse:.1f}% of the parse; {mentions} mentions")


if __name__ == "__main__":
    main()
