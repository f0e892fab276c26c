"""``tacitus compact``: merge small files, drop superseded article versions, remove orphaned files.

Safe while others read and write: the merged files are committed as one new batch whose manifest
``replaces`` the batches it merged, so readers switch from the old files to the new ones at one rename;
only then are the old manifests and files deleted (a reader caught in between re-lists and retries).
Batches committed by writers while compaction runs are left alone. Files that no committed manifest
names (a writer killed mid-batch) are deleted once older than ``orphan_age`` seconds, so a writer that
is still running is never robbed of its files.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from tacitus.store.query import QueryError
from tacitus.store.reader import Catalog, table_select
from tacitus.store.schema import (
    ARTICLE_KEY,
    BATCH_DIR,
    PARTITION_KEYS,
    TABLES,
    check_version,
    migrate,
    read_partition,
    write_version,
)
from tacitus.store.writer import commit_manifest, new_batch_id

LOCK_FILE = "_compact.lock"
STAGING = "_staging"


class CompactionBusyError(RuntimeError):
    """Another ``tacitus compact`` holds the store's lock."""


@contextmanager
def _exclusive(root: Path) -> Iterator[None]:
    with (root / LOCK_FILE).open("a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise CompactionBusyError(f"another `tacitus compact` is running on {root}: wait for it") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _sql_list(paths: list[str]) -> str:
    return "[" + ", ".join("'" + p.replace("'", "''") + "'" for p in paths) + "]"


def _merge(root: Path, manifests: list[dict[str, Any]], staging: Path, partition: str
           ) -> tuple[list[Path], dict[str, int]]:
    """Write the current rows of ``manifests`` to one file per table and partition under ``staging``."""
    files = {t: [str(root / rel) for m in manifests for rel in m["files"] if rel.split("/", 1)[0] == t]
             for t in TABLES}
    con = duckdb.connect()
    con.execute(f"CREATE VIEW all_articles AS {table_select(con, 'articles', files['articles'], True)}")
    con.execute("CREATE VIEW current_batches AS SELECT id AS article_id, max(batch) AS batch "
                "FROM all_articles GROUP BY id")
    key = PARTITION_KEYS[partition]
    # day: the date is the directory; month: the directory is the month and the day stays a column
    layout = ("SELECT * FROM current" if partition == "day" else
              "SELECT *, CASE WHEN date = 'unknown' THEN date ELSE substr(date, 1, 7) END AS month FROM current")
    kept: dict[str, int] = {}
    for table, paths in files.items():
        if not paths:
            continue
        article_key = ARTICLE_KEY[table]
        target = staging / table
        target.parent.mkdir(parents=True, exist_ok=True)
        copied = con.execute(
            f"COPY (WITH current AS (SELECT t.* FROM ({table_select(con, table, paths, True)}) t "
            f"SEMI JOIN current_batches c ON t.{article_key} = c.article_id AND t.batch = c.batch) "
            f"{layout} ORDER BY date, {article_key}) "
            f"TO '{target}' (FORMAT parquet, PARTITION_BY ({key}), COMPRESSION zstd, OVERWRITE_OR_IGNORE)"
        ).fetchone()
        kept[table] = int(copied[0]) if copied else 0
    con.close()
    moved: list[Path] = []
    for produced in sorted(staging.rglob("*.parquet")):
        rel = produced.relative_to(staging)  # <table>/<key>=<value>/data_0.parquet
        final = root / rel.parent / f"part-{uuid.uuid4().hex}.parquet"
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(produced, final)
        moved.append(final)
    return moved, kept


def _remove_orphans(root: Path, orphan_age: float) -> int:
    """Delete table files no committed manifest names, once older than ``orphan_age`` seconds."""
    referenced = {str(root / rel) for m in Catalog(root).manifests() for rel in m["files"]}
    now, removed = time.time(), 0
    for table in TABLES:
        for path in (root / table).rglob("*.parquet*") if (root / table).exists() else ():
            if str(path) in referenced or now - path.stat().st_mtime < orphan_age:
                continue
            path.unlink(missing_ok=True)
            removed += 1
    for path in (root / BATCH_DIR).glob(".*.tmp") if (root / BATCH_DIR).exists() else ():
        if now - path.stat().st_mtime >= orphan_age:
            path.unlink(missing_ok=True)
    return removed


def _prune_empty_dirs(root: Path) -> None:
    for table in TABLES:
        for part in (root / table).glob("*=*") if (root / table).exists() else ():
            if part.is_dir() and not any(part.iterdir()):
                part.rmdir()


def compact(root: Path, orphan_age: float = 600.0, run_migrations: bool = False,
            partition: str | None = None) -> dict[str, Any]:
    """Compact the store at ``root``; returns what was done (batches merged, files before/after, rows
    dropped as superseded, orphans removed, migrations run). ``partition`` (``day`` or ``month``)
    rewrites the store in that layout; run it while no writer is running."""
    with _exclusive(root):
        migrated = migrate(root) if run_migrations else []
        check_version(root)
        catalog = Catalog(root)
        manifests = catalog.manifests()
        current = read_partition(root)
        target = partition or current
        if target not in PARTITION_KEYS:
            raise QueryError(f"--partition {target!r}: use one of {', '.join(PARTITION_KEYS)}")
        before = sum(len(m["files"]) for m in manifests)
        report: dict[str, Any] = {"partition": target, "batches_merged": 0, "files_before": before,
                                  "files_after": before, "superseded_rows_dropped": 0, "orphans_removed": 0,
                                  "migrated_from": migrated}
        relayout = target != current
        if relayout:
            write_version(root, partition=target)  # new writes follow the new layout from now on
        if len(manifests) > 1 or (manifests and (relayout or not manifests[0].get("compacted"))):
            staging = root / STAGING / uuid.uuid4().hex
            try:
                moved, kept = _merge(root, manifests, staging, target)
                total_before = _row_count(root, manifests)
                commit_manifest(root, new_batch_id(), moved,
                                {"replaces": [m["batch"] for m in manifests], "compacted": True,
                                 "full_schema": True, "rows": sum(kept.values())})
            finally:
                shutil.rmtree(staging, ignore_errors=True)
            for manifest in manifests:  # old manifests first, then their files: never a dangling manifest
                (root / BATCH_DIR / f"{manifest['batch']}.json").unlink(missing_ok=True)
            for manifest in manifests:
                for rel in manifest["files"]:
                    (root / rel).unlink(missing_ok=True)
            report.update(batches_merged=len(manifests), files_after=len(moved),
                          superseded_rows_dropped=total_before - sum(kept.values()))
        report["orphans_removed"] = _remove_orphans(root, orphan_age)
        _prune_empty_dirs(root)
        return report


def _row_count(root: Path, manifests: list[dict[str, Any]]) -> int:
    paths = [str(root / rel) for m in manifests for rel in m["files"]]
    if not paths:
        return 0
    con = duckdb.connect()
    try:
        row = con.execute(f"SELECT sum(num_rows) FROM parquet_file_metadata({_sql_list(paths)})").fetchone()
        return int(row[0] or 0) if row else 0
    finally:
        con.close()
