"""Read side of the store: which files are visible (committed manifests) and a DuckDB connection over them.

Views exposed to SQL (the names ``query.py`` uses):

- ``all_<table>``: every row of every committed batch (history, including superseded versions);
- ``<table>``: the current version only: for each article id, the rows of its latest committed batch
  (re-coding an article replaces it; coding it twice leaves it once).

Every view carries the partition column ``date`` (``YYYY-MM-DD`` text, or ``unknown``).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import pyarrow as pa

from tacitus.store.schema import ARTICLE_KEY, BATCH_DIR, TABLES

T = TypeVar("T")
_RETRIES = 10  # a compaction may delete files between listing and reading them: re-list and retry


@dataclass(frozen=True)
class Snapshot:
    """The committed state of the store at one moment."""

    batches: tuple[str, ...]
    files: dict[str, tuple[str, ...]]  # table → absolute file paths
    may_have_duplicates: bool
    recent_ids: tuple[str, ...]  # article ids of uncompacted batches: the only ones that can repeat
    full_schema: bool  # every file has exactly the columns of schema.TABLES


class Catalog:
    """Lists committed batch manifests (parsing each one once; manifests never change once committed)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._cache: dict[str, dict[str, Any]] = {}

    def manifests(self) -> list[dict[str, Any]]:
        """The visible manifests: committed, and not replaced by a committed compaction."""
        batch_dir = self.root / BATCH_DIR
        names = {p.name for p in batch_dir.glob("*.json")} if batch_dir.exists() else set()
        for name in list(self._cache):
            if name not in names:
                del self._cache[name]
        for name in sorted(names - self._cache.keys()):
            try:
                self._cache[name] = json.loads((batch_dir / name).read_text(encoding="utf-8"))
            except FileNotFoundError:  # removed by a compaction between glob and read
                continue
        replaced = {b for m in self._cache.values() for b in m.get("replaces", ())}
        return sorted((m for m in self._cache.values() if m["batch"] not in replaced),
                      key=lambda m: m["batch"])

    def snapshot(self) -> Snapshot:
        manifests = self.manifests()
        files: dict[str, list[str]] = {table: [] for table in TABLES}
        for manifest in manifests:
            for rel in manifest["files"]:
                table = rel.split("/", 1)[0]
                if table in files:
                    files[table].append(str(self.root / rel))
        # a writer batch and a compaction output each hold an article at most once, so an article can
        # only repeat when it is in an uncompacted batch and some other batch is visible
        duplicates = len(manifests) > 1
        recent = sorted({i for m in manifests if not m.get("compacted") for i in m.get("article_ids", ())}) \
            if duplicates else []
        legacy = any(not m.get("compacted") and "article_ids" not in m for m in manifests)
        return Snapshot(tuple(m["batch"] for m in manifests), {t: tuple(f) for t, f in files.items()},
                        duplicates, tuple(recent) if not legacy else ("*",),
                        all(m.get("full_schema") for m in manifests))


_DUCK_TYPES = {pa.string(): "VARCHAR", pa.int8(): "TINYINT", pa.int16(): "SMALLINT", pa.int32(): "INTEGER",
               pa.int64(): "BIGINT", pa.float32(): "FLOAT", pa.float64(): "DOUBLE", pa.bool_(): "BOOLEAN"}


def read_sql(files: tuple[str, ...] | list[str], union: bool, key: str = "date") -> str:
    """``read_parquet`` over an explicit file list whose directories are ``<key>=<value>``."""
    listing = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
    return (f"read_parquet([{listing}], hive_partitioning = true, hive_types = {{'{key}': VARCHAR}}"
            f"{', union_by_name = true' if union else ''})")


def partition_key(path: str) -> tuple[str, str]:
    """(key, value) of a file's partition directory: ``…/events/date=2016-12-01/part-….parquet``."""
    key, _, value = path.rsplit("/", 2)[-2].partition("=")
    return key, value


def table_select(con: duckdb.DuckDBPyConnection, table: str, files: tuple[str, ...] | list[str],
                 union: bool) -> str:
    """SELECT giving ``files`` exactly the columns of ``TABLES[table]`` plus ``date`` (``unknown`` when
    missing), whatever their partition layout (day directories, or month directories with a date column);
    a column no file has yet reads as a typed NULL."""
    by_key: dict[str, list[str]] = {}
    for path in files:
        by_key.setdefault(partition_key(path)[0], []).append(path)
    selects = []
    for key, paths in sorted(by_key.items()):
        source = read_sql(paths, union, key)
        present = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
        schema = TABLES[table]
        day = "date" if key == "date" else ("coalesce(date, 'unknown')" if "date" in present else "'unknown'")
        if key == "date" and present == {*schema.names, "date"}:
            selects.append(f"SELECT * FROM {source}")  # the usual case: a plain star scans fastest
            continue
        if key != "date" and present == {*schema.names, "date", key}:
            # files hold the day (or 'unknown') as a column: no expression, so filters reach the scan
            selects.append(f"SELECT * EXCLUDE ({key}) FROM {source}")
            continue
        extra = sorted(present - set(schema.names) - {"date", key})
        columns = [_column_sql(f, present) for f in schema] + [f'"{c}"' for c in extra] + [f"{day} AS date"]
        selects.append(f"SELECT {', '.join(columns)} FROM {source}")
    return " UNION ALL ".join(selects)


def _column_sql(field: pa.Field, present: set[str]) -> str:
    """The column itself, or a typed NULL when no file has it yet (files written before it was added)."""
    if field.name in present:
        return f'"{field.name}"'
    duck = _DUCK_TYPES.get(field.type, "TIMESTAMPTZ" if pa.types.is_timestamp(field.type) else "VARCHAR")
    return f'CAST(NULL AS {duck}) AS "{field.name}"'


def _empty(table: str) -> pa.Table:
    schema = TABLES[table].append(pa.field("date", pa.string()))
    return schema.empty_table()


class Reader:
    """A DuckDB connection whose views follow the store's committed files (refreshed before each query)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.catalog = Catalog(root)
        self._lock = threading.Lock()
        self._con = duckdb.connect()
        self._con.execute("SET parquet_metadata_cache = true")
        self._snapshot: Snapshot | None = None

    def _refresh(self, force: bool = False) -> None:
        snapshot = self.catalog.snapshot()
        if not force and snapshot == self._snapshot:
            return
        con = self._con
        union = not snapshot.full_schema
        for table in TABLES:
            self._view(f"all_{table}", table, snapshot.files[table], union)
        dirty: set[str] = set()
        if snapshot.may_have_duplicates:
            dirty = self._find_superseded(snapshot)
        for table in TABLES:
            if not dirty:
                con.execute(f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM all_{table}")
                continue
            # only partitions holding a superseded version pay for the anti-join
            clean = [f for f in snapshot.files[table] if partition_key(f)[1] not in dirty]
            mixed = [f for f in snapshot.files[table] if partition_key(f)[1] in dirty]
            self._view(f"clean_{table}", table, clean, union)
            self._view(f"mixed_{table}", table, mixed, union)
            key = ARTICLE_KEY[table]
            con.execute(f"CREATE OR REPLACE VIEW {table} AS SELECT * FROM clean_{table} UNION ALL "
                        f"SELECT t.* FROM mixed_{table} t "
                        f"ANTI JOIN _superseded s ON t.{key} = s.article_id AND t.batch = s.batch")
        self._snapshot = snapshot

    def _view(self, name: str, table: str, files: tuple[str, ...] | list[str], union: bool) -> None:
        """``name`` = the rows of ``files`` with exactly the columns of ``TABLES[table]`` plus ``date``."""
        con = self._con
        if files:
            con.execute(f"CREATE OR REPLACE VIEW {name} AS {table_select(con, table, files, union)}")
        else:
            con.register(f"_empty_{table}", _empty(table))
            con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM _empty_{table}")

    def _find_superseded(self, snapshot: Snapshot) -> set[str]:
        """Materialise ``_superseded`` (article id, batch, date of every older version of a re-coded
        article) and return the date partitions that hold such versions."""
        con = self._con
        if snapshot.recent_ids == ("*",):  # batches without an id list: compare every article
            candidates = "all_articles a"
        else:
            con.register("_recent_ids", pa.table({"id": pa.array(snapshot.recent_ids, pa.string())}))
            candidates = "all_articles a SEMI JOIN _recent_ids r ON a.id = r.id"
        con.execute(f"CREATE OR REPLACE TABLE _superseded AS SELECT a.id AS article_id, a.batch, a.date "
                    f"FROM {candidates} QUALIFY a.batch < max(a.batch) OVER (PARTITION BY a.id)")
        # a day lives in its own directory (date=…) or in its month's (month=…): mark both
        days = {row[0] for row in con.execute("SELECT DISTINCT date FROM _superseded").fetchall()}
        return days | {d[:7] for d in days}

    def run(self, work: Callable[[duckdb.DuckDBPyConnection], T]) -> T:
        """Run ``work(connection)`` against fresh views, retrying when a compaction removed a file
        between listing the committed files and reading them."""
        with self._lock:
            for attempt in range(_RETRIES):
                try:
                    self._refresh(force=attempt > 0)
                    return work(self._con)
                except duckdb.IOException as error:
                    gone = any(m in str(error) for m in ("No such file", "No files found", "does not exist"))
                    if not gone or attempt == _RETRIES - 1:
                        raise
                    time.sleep(0.02 * (attempt + 1))
            raise AssertionError("unreachable")

    def rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Run a query and return its rows as dicts."""
        def work(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
            cursor = con.execute(sql, params or [])
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        return self.run(work)

    def arrow(self, sql: str, params: list[Any] | None = None) -> pa.Table:
        """Run a query and return an Arrow table."""
        def work(con: duckdb.DuckDBPyConnection) -> pa.Table:
            relation = con.sql(sql, params=params or None)
            # duckdb ≥ 1.4 names it to_arrow_table; older releases call it arrow
            fetch = getattr(relation, "to_arrow_table", None) or relation.arrow
            return fetch()
        return self.run(work)

    def snapshot(self) -> Snapshot:
        return self.catalog.snapshot()

    def close(self) -> None:
        self._con.close()
