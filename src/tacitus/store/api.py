"""``Store``: the one Python entry point to the event store (write, stats, queries, exports, plots)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from tacitus.record import ArticleRecord
from tacitus.store import cluster, export, query
from tacitus.store.compact import compact as compact_store
from tacitus.store.query import EventFilter, QueryError
from tacitus.store.reader import Reader
from tacitus.store.schema import DEFAULT_PARTITION, PARTITION_KEYS, check_version
from tacitus.store.stats import stats as store_stats
from tacitus.store.writer import write_batch

STORE_ENV = "TACITUS_STORE"
PARTITION_ENV = "TACITUS_STORE_PARTITION"  # layout of stores created from now on: day (default) or month
DEFAULT_STORE = "tacitus-data"


class StoreNotFoundError(FileNotFoundError):
    """A read was asked of a directory that holds no store."""


def default_store_path() -> Path:
    """``$TACITUS_STORE`` if set, else ``./tacitus-data``."""
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE)


class Store:
    """A Tacitus event store at ``path`` (created on first write).

    >>> store = Store("tacitus-data")            # doctest: +SKIP
    >>> store.write(records)                      # one atomic batch
    >>> store.dyad("RUS", "USA", by="month")      # rows: period, events by quad class, Goldstein…
    """

    def __init__(self, path: str | Path | None = None, partition: str | None = None) -> None:
        """``partition`` (``day`` or ``month``; default ``$TACITUS_STORE_PARTITION``, else ``day``) is the
        layout of a store created by the first write; an existing store keeps its own
        (``compact(partition=…)`` converts)."""
        self.path = Path(path) if path is not None else default_store_path()
        self.partition = partition or os.environ.get(PARTITION_ENV) or DEFAULT_PARTITION
        if self.partition not in PARTITION_KEYS:
            raise QueryError(f"partition {self.partition!r}: use one of {', '.join(PARTITION_KEYS)}")
        self._reader: Reader | None = None

    # -- writing ---------------------------------------------------------------------------------
    def write(self, records: Sequence[ArticleRecord]) -> str | None:
        """Write ``records`` (skipped ones included) as one atomic batch; returns the batch id.
        Re-writing an article id replaces its earlier version in every query."""
        check_version(self.path)
        return write_batch(self.path, records, self.partition)

    # -- reading ---------------------------------------------------------------------------------
    def exists(self) -> bool:
        return (self.path / "_batches").is_dir() or (self.path / "_meta.json").exists()

    @property
    def reader(self) -> Reader:
        """The DuckDB reader (opened on first use; raises ``StoreNotFoundError`` when nothing is there)."""
        if self._reader is None:
            if not self.exists():
                raise StoreNotFoundError(
                    f"no Tacitus store at {self.path}: code some articles first "
                    f"(`tacitus code … --store {self.path}`) or pass --store DIR")
            check_version(self.path)
            self._reader = Reader(self.path)
        return self._reader

    def sql(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Run your own SQL over the views ``articles``, ``events``, ``quotes``, ``places``, ``actors``
        (current versions) and ``all_<table>`` (every version)."""
        return self.reader.rows(sql, params)

    def arrow(self, sql: str, params: list[Any] | None = None) -> pa.Table:
        """Like ``sql`` but returns an Arrow table (``.to_pandas()``, ``polars.from_arrow``…)."""
        return self.reader.arrow(sql, params)

    def stats(self, top_dyads: int = 10) -> dict[str, Any]:
        """Counts of articles (distinct ids), skipped by reason, events, quotes, places, actors, date
        range, events by quad class, top dyads as (source, target, count), batches and files."""
        return store_stats(self.reader, top_dyads)

    def summary(self) -> dict[str, Any]:
        """The short form the ``code`` and ``demo`` commands print."""
        full = self.stats(top_dyads=5)
        keys = ("articles", "skipped", "events", "events_by_quad_class", "top_dyads", "quotes", "date_range")
        return {k: full[k] for k in keys}

    def events(self, flt: EventFilter | None = None, limit: int | None = 100, **filters: Any
               ) -> list[dict[str, Any]]:
        """Matching events (see ``EventFilter`` for the filters; keyword arguments build one)."""
        return query.events(self.reader, flt or EventFilter(**filters), limit)

    def dyad(self, source: str, target: str, by: str = "month", flt: EventFilter | None = None,
             both_directions: bool = False, **filters: Any) -> list[dict[str, Any]]:
        """Dyad time series ``source → target`` per ``by`` (day, week, month, year)."""
        return query.dyad(self.reader, source, target, by, flt or EventFilter(**filters), both_directions)

    def top_actors(self, top: int = 20, flt: EventFilter | None = None, side: str = "any",
                   level: str = "code", **filters: Any) -> list[dict[str, Any]]:
        """The ``top`` most active actors by event count."""
        return query.top_actors(self.reader, top, flt or EventFilter(**filters), side, level)

    def quotes(self, speaker: str | None = None, **kwargs: Any) -> list[dict[str, Any]]:
        """Quotes, optionally by speaker (name, text or code prefix)."""
        return query.quotes(self.reader, speaker, **kwargs)

    def network(self, min_weight: int = 1, flt: EventFilter | None = None, level: str = "code",
                top: int | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Directed actor network edges with weight ≥ ``min_weight``."""
        return query.network(self.reader, min_weight, flt or EventFilter(**filters), level, top)

    def clusters(self, flt: EventFilter | None = None, window: int = 1, min_articles: int = 1,
                 limit: int | None = 100, **filters: Any) -> list[dict[str, Any]]:
        """Cross-article event clusters with NumMentions / NumArticles / NumSources (see ``cluster.py``)."""
        return cluster.clusters(self.reader, flt or EventFilter(**filters), window, min_articles, limit)

    # -- exports, maintenance, plots ---------------------------------------------------------------
    def export_gdelt(self, out: str | Path, flt: EventFilter | None = None, all_mentions: bool = False,
                     window: int = 1, header: bool = False) -> int:
        """Write a GDELT 2.0 event TSV (61 columns); returns the number of rows."""
        return export.export_gdelt(self.reader, Path(out), flt, all_mentions, window, header)

    def export_plover(self, out: str | Path, flt: EventFilter | None = None, window: int = 1) -> int:
        """Write PLOVER/POLECAT-style JSONL; returns the number of events."""
        return export.export_plover(self.reader, Path(out), flt, window)

    def export_table(self, out: str | Path, table: str = "events", fmt: str = "csv",
                     flt: EventFilter | None = None) -> int:
        """Write a current table as CSV or Parquet; returns the number of rows."""
        return export.export_table(self.reader, Path(out), table, fmt, flt)

    def compact(self, orphan_age: float = 600.0, migrate: bool = False, partition: str | None = None
                ) -> dict[str, Any]:
        """Merge small files, drop superseded versions, delete orphans older than ``orphan_age`` s;
        ``partition`` rewrites the store as ``day`` or ``month`` partitions."""
        if not self.exists():
            raise StoreNotFoundError(f"no Tacitus store at {self.path}: nothing to compact")
        report = compact_store(self.path, orphan_age, migrate, partition)
        self.close()  # views of the old files are stale
        return report

    def plot_dyad(self, source: str, target: str, out: str | Path, by: str = "month",
                  flt: EventFilter | None = None, both_directions: bool = False) -> Path:
        """PNG of cooperation vs conflict and mean Goldstein over time for one dyad."""
        from tacitus.store import plot as plots  # matplotlib is slow to import: only when plotting

        rows = self.dyad(source, target, by, flt, both_directions)
        return plots.plot_dyad([r for r in rows if r["events"] or r["articles"]], source.upper(),
                               target.upper(), by, Path(out), both_directions)

    def plot_network(self, out: str | Path, min_weight: int = 1, flt: EventFilter | None = None,
                     level: str = "code", top: int | None = 40) -> Path:
        """PNG of the directed actor network (the ``top`` heaviest edges with weight ≥ ``min_weight``)."""
        from tacitus.store import plot as plots

        edges = self.network(min_weight, flt, level, top)
        title = f"Actor network: {len(edges)} heaviest pairs with ≥ {min_weight} events"
        return plots.plot_network(edges, Path(out), title)

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
