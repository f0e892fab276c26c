"""How much the quotes stage adds to the bare spaCy parse.

Usage: .venv/bin/python benchmarks/quotes_overhead.py [JSONL] [N]
(default: the first 300 AllSides articles in ../shared/corpora). Prints parse time, quotes time, ratio.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from tacitus.actors import load_actor_dictionary, resolve_actors
from tacitus.nlp import load_model, model_version
from tacitus.quotes import extract_quotes, load_cues
from tacitus.quotes.learned import DENSE_MODEL_FILE, load_link_model
from tacitus.record import Article

DEFAULT = Path("../shared/corpora/allsides_political_news/articles-00.jsonl")


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for _, line in zip(range(limit), lines, strict=False)]
    articles = [Article(id=str(row.get("id", n)), text=row["text"], date=row.get("date")) for n, row in enumerate(rows)]
    nlp = load_model()
    load_cues()
    load_link_model()  # loading the shipped weights once is start-up, not per-article work
    load_link_model(name=DENSE_MODEL_FILE)
    pipeline = model_version(nlp)  # as the pipeline names it: the link model that reads doc.tensor
    started = time.perf_counter()
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    parse = time.perf_counter() - started
    dictionary = load_actor_dictionary()
    actors = [resolve_actors(doc, article, dictionary) for doc, article in zip(docs, articles, strict=True)]
    started = time.perf_counter()
    quotes = [extract_quotes(doc, article, found, pipeline=pipeline)
              for doc, article, found in zip(docs, articles, actors, strict=True)]
    stage = time.perf_counter() - started
    words = sum(a.word_count for a in articles)
    print(f"{len(articles)} articles, {words} words, {sum(map(len, quotes))} quotes")
    print(f"parse {parse:.2f} s ({words / parse:.0f} words/s); quotes {stage:.3f} s; "
          f"overhead {100 * stage / parse:.1f}%")


if __name__ == "__main__":
    main()
