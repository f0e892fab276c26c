"""How much the quotes stage adds to the bare spaCy parse.

Usage: .venv/bin/python benchmarks/quotes_overhead.py [JSONL] [N] [--ml]
(default: the first 300 AllSides articles in ../shared/corpora). Prints parse time, quotes time, ratio.
``--ml`` times the stage with the MiniLM quote tagger (run it with ``.venv-ml/bin/python``).
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
    args = [a for a in sys.argv[1:] if a != "--ml"]
    path = Path(args[0]) if args else DEFAULT
    limit = int(args[1]) if len(args) > 1 else 300
    tagger = None
    if "--ml" in sys.argv:
        from tacitus.quotes.tagger import load_tagger
        tagger = load_tagger()
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
    quotes = [extract_quotes(doc, article, found, pipeline=pipeline, tagger=tagger)
              for doc, article, found in zip(docs, articles, actors, strict=True)]
    stage = time.perf_counter() - started
    words = sum(a.word_count for a in articles)
    print(f"{len(articles)} articles, {words} words, {sum(map(len, quotes))} quotes")
    print(f"parse {parse:.2f} s ({words / parse:.0f} words/s); quotes {stage:.3f} s; "
          f"overhead {100 * stage / parse:.1f}%")


if __name__ == "__main__":
    main()
