"""Throughput of the whole Tacitus pipeline beside the bare spaCy parse of the same texts.

Usage: python benchmarks/throughput.py [--articles N] [--workers W] [--corpus DIR]

Codes N articles of ../shared/corpora/allsides_political_news/ with Tacitus (ingest → parse → actors →
events → quotes → places → tone → store), then parses the same texts with bare ``nlp.pipe`` using the same
worker count. Prints a table and, as its last line,
``ratio=<tacitus/spacy sentences per second> tacitus_sents_per_s=<x> spacy_sents_per_s=<y> peak_rss_mb=<z>``.
Sentences are counted once, from the bare parse, so both rates share one numerator.
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from itertools import islice
from pathlib import Path

from rich.console import Console
from rich.table import Table

from tacitus.ingest import make_article
from tacitus.nlp import load_model
from tacitus.pipeline import Options
from tacitus.record import Article
from tacitus.runner import code_items, default_workers
from tacitus.store import Store

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "allsides_political_news"


def load_articles(corpus: Path, count: int) -> list[Article]:
    """The first ``count`` codable articles of the corpus, in file order."""
    articles: list[Article] = []
    for path in sorted(corpus.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                article = make_article(row.get("text") or "", title=row.get("title"), date=row.get("date"))
                if isinstance(article, Article):
                    articles.append(article)
                if len(articles) >= count:
                    return articles
    return articles


def time_tacitus(articles: list[Article], workers: int) -> float:
    with tempfile.TemporaryDirectory() as store_dir:
        store = Store(store_dir)
        started = time.perf_counter()
        records = code_items(articles, Options(), workers)
        while batch := list(islice(records, 64)):
            store.write(batch)
        return time.perf_counter() - started


def time_spacy(articles: list[Article], workers: int) -> tuple[float, int]:
    nlp = load_model()
    started = time.perf_counter()
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe((a.text for a in articles), batch_size=16,
                                                              n_process=workers))
    return time.perf_counter() - started, sentences


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    console = Console()
    articles = load_articles(args.corpus, args.articles)
    words = sum(a.word_count for a in articles)
    console.print(f"{len(articles)} articles, {words:,} words, {args.workers} workers")
    tacitus_seconds = time_tacitus(articles, args.workers)
    spacy_seconds, sentences = time_spacy(articles, args.workers)
    table = Table(title="Throughput (same texts, same worker count)")
    for column in ("run", "seconds", "articles/s", "words/s", "sentences/s"):
        table.add_column(column, justify="right")
    for name, seconds in (("tacitus (full pipeline + store)", tacitus_seconds), ("bare spaCy nlp.pipe", spacy_seconds)):
        table.add_row(name, f"{seconds:.1f}", f"{len(articles) / seconds:.2f}", f"{words / seconds:,.0f}",
                      f"{sentences / seconds:.1f}")
    console.print(table)
    tacitus_rate, spacy_rate = sentences / tacitus_seconds, sentences / spacy_seconds
    print(f"ratio={tacitus_rate / spacy_rate:.3f} tacitus_sents_per_s={tacitus_rate:.1f} "
          f"spacy_sents_per_s={spacy_rate:.1f} peak_rss_mb={peak_rss_mb():.0f}")


if __name__ == "__main__":
    main()
