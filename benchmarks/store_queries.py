"""Benchmark: dyad time-series and top-actors latency on a synthetic store of 1M events.

The store is built with pyarrow directly (no NLP) in the same layout and schema ``Store.write`` uses:
one committed batch, one file per table and date partition (what ``tacitus compact`` leaves). Then the
queries run through ``tacitus.store.Store``; a second pass adds a re-coded batch so that queries pay
for de-duplication (latest version of each article), the state before ``compact``.

    .venv/bin/python benchmarks/store_queries.py [--events 1000000] [--dir /tmp/tacitus-bench]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from tacitus.store import Store
from tacitus.store.schema import PARTITION_KEYS, file_schema, partition_value, write_version
from tacitus.store.writer import commit_manifest, new_batch_id, write_parquet

COUNTRIES = ["USA", "RUS", "CHN", "SYR", "TUR", "IRN", "ISR", "UKR", "GBR", "FRA", "DEU", "IND", "PAK",
             "AFG", "IRQ", "EGY", "SAU", "JPN", "PRK", "KOR"]
ROLES = ["", "GOV", "MIL", "REB", "OPP", "COP", "BUS", "MED", "CVL", "JUD"]
# CAMEO code → (root, quad, Goldstein)
CODES = [("010", "01", 1, 0.0), ("036", "03", 1, 4.0), ("042", "04", 1, 1.9), ("051", "05", 1, 3.4),
         ("061", "06", 2, 6.4), ("071", "07", 2, 7.4), ("112", "11", 3, -2.0), ("130", "13", 3, -4.4),
         ("163", "16", 3, -8.0), ("173", "17", 4, -5.0), ("190", "19", 4, -10.0), ("193", "19", 4, -10.0)]


def build(root: Path, n_events: int, partition: str = "day", days: int = 731, seed: int = 7) -> None:
    """Write ``n_events`` synthetic events (≈10 per article) over ``days`` days into a fresh store with
    ``partition`` layout (one file per day, or per month with the day as a column)."""
    rng = np.random.default_rng(seed)
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    write_version(root, partition=partition)
    pending: dict[str, list[tuple[pa.Table, pa.Table]]] = {}
    actors = [c + r for c in COUNTRIES for r in ROLES]
    weights = 1 / np.arange(1, len(actors) + 1) ** 1.1  # a few actors dominate, as in news
    weights /= weights.sum()
    batch, start, files = new_batch_id(), date(2015, 1, 1), []
    per_day = n_events // days
    coded_at = datetime.now(UTC)
    for day in range(days):
        when = (start + timedelta(days=day)).isoformat()
        n = per_day + (1 if day < n_events - per_day * days else 0)
        n_articles = max(1, n // 10)
        article_ids = [f"sha256:{day:04d}-{i:05d}" for i in range(n_articles)]
        src = rng.choice(len(actors), n, p=weights)
        tgt = rng.choice(len(actors), n, p=weights)
        code = rng.integers(0, len(CODES), n)
        art = rng.integers(0, n_articles, n)
        events = {
            "article_id": [article_ids[a] for a in art], "event_id": [f"e{i}" for i in range(n)],
            "sentence_index": rng.integers(0, 30, n).astype("int32"),
            "source_code": [actors[s] for s in src], "source_country": [actors[s][:3] for s in src],
            "source_role": [actors[s][3:] or None for s in src], "source_name": [actors[s] for s in src],
            "target_code": [actors[t] for t in tgt], "target_country": [actors[t][:3] for t in tgt],
            "target_role": [actors[t][3:] or None for t in tgt], "target_name": [actors[t] for t in tgt],
            "cameo": [CODES[c][0] for c in code], "root": [CODES[c][1] for c in code],
            "quad_class": np.array([CODES[c][2] for c in code], dtype="int8"),
            "goldstein": np.array([CODES[c][3] for c in code]),
            "negated": np.zeros(n, dtype=bool), "hypothetical": np.zeros(n, dtype=bool),
            "confidence": rng.random(n), "outlet": [f"outlet{a % 50}" for a in art], "batch": [batch] * n,
        }
        if partition == "month":
            events["date"] = [when] * n
        table = _full(events, file_schema("events", partition), n)
        article_columns = {"id": article_ids, "word_count": [500] * n_articles, "schema_version": [1] * n_articles,
                           "tone": rng.normal(-2, 3, n_articles), "n_events": [10] * n_articles,
                           "coded_at": [coded_at] * n_articles, "batch": [batch] * n_articles,
                           "date": [when] * n_articles}
        articles = _full(article_columns, file_schema("articles", partition), n_articles)
        pending.setdefault(partition_value(when, partition), []).append((table, articles))
    key = PARTITION_KEYS[partition]
    for value, tables in pending.items():
        files.append(write_parquet(pa.concat_tables([t[0] for t in tables]), root / "events" / f"{key}={value}"))
        files.append(write_parquet(pa.concat_tables([t[1] for t in tables]), root / "articles" / f"{key}={value}"))
    commit_manifest(root, batch, files, {"articles": None, "compacted": True})


def _full(columns: dict[str, Any], schema: pa.Schema, n: int) -> pa.Table:
    """A table with every column of ``schema`` (NULLs where the synthetic data has none)."""
    arrays = [pa.array(columns[f.name], type=f.type) if f.name in columns else pa.nulls(n, type=f.type)
              for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float, float, Any]:
    """(first call ms, median wall ms and median CPU ms of the next ``repeat`` calls, last result).
    CPU time (all threads of this process) tells how much work a query is when other jobs share the
    machine and inflate wall time."""
    t0 = time.perf_counter()
    result = fn()
    first = (time.perf_counter() - t0) * 1000
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        result = fn()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    return first, statistics.median(wall), statistics.median(cpu), result


def run(root: Path, repeat: int) -> list[tuple[str, float, float, float, int]]:
    store = Store(root)
    queries: list[tuple[str, Callable[[], Any]]] = [
        ("dyad RUS USA --by month", lambda: store.dyad("RUS", "USA", by="month")),
        ("dyad RUS USA --by day", lambda: store.dyad("RUS", "USA", by="day")),
        ("dyad RUS USA --by week --from 2016-01-01 --to 2016-06-30",
         lambda: store.dyad("RUS", "USA", by="week", date_from="2016-01-01", date_to="2016-06-30")),
        ("actors --top 20", lambda: store.top_actors(20)),
        ("stats", lambda: store.stats()),
    ]
    rows = []
    for name, fn in queries:
        first, median, cpu, result = timed(fn, repeat)
        rows.append((name, first, median, cpu, len(result) if isinstance(result, list) else 1))
    store.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/tacitus-bench"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--partition", choices=["month", "day", "both"], default="both")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    print(f"{os.cpu_count()} CPUs, load average {load:.1f} before the run (wall times grow with load)")
    for partition in ("month", "day") if args.partition == "both" else (args.partition,):
        root = args.dir / partition
        t0 = time.perf_counter()
        build(root, args.events, partition)
        stats = Store(root).stats()
        print(f"\n== {partition} partitions: {stats['events']:,} events, {stats['articles']:,} articles, "
              f"{stats['files']} files (built in {time.perf_counter() - t0:.1f} s at {root})")
        _table(run(root, args.repeat))
        # a re-coded article makes queries de-duplicate (the state between a write and `tacitus compact`)
        from tacitus.record import Article, ArticleRecord
        Store(root).write([ArticleRecord(article=Article(id="sha256:0000-00000", text="re-coded",
                                                         date="2015-01-01"))])
        print("-- after one re-coded article (de-duplication on, before `tacitus compact`):")
        _table(run(root, args.repeat))


def _table(rows: list[tuple[str, float, float, float, int]]) -> None:
    print(f"{'query':58} {'first ms':>9} {'median ms':>10} {'cpu ms':>7} {'rows':>5}")
    for name, first, median, cpu, n in rows:
        print(f"{name:58} {first:9.1f} {median:10.1f} {cpu:7.1f} {n:5}")


if __name__ == "__main__":
    main()
