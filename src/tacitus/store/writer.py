"""Write one atomic batch of records into the Parquet lake.

Protocol (what makes a batch all-or-nothing): every table file is written under a temporary name in
its partition directory and renamed into place; then the batch manifest ``_batches/<batch>.json``,
listing those files, is renamed into place *last*. Readers only read files named by a committed
manifest, so a writer killed mid-batch leaves invisible orphans that ``tacitus compact`` removes.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from tacitus.record import ArticleRecord
from tacitus.store.flatten import date_of, flatten
from tacitus.store.schema import (
    BATCH_DIR,
    DEFAULT_PARTITION,
    PARTITION_KEYS,
    STORE_SCHEMA_VERSION,
    TABLES,
    file_schema,
    partition_value,
    read_partition,
    read_version,
    write_version,
)

# Test hook: seconds to sleep after each table file, so a test can SIGKILL the writer mid-batch.
PAUSE_ENV = "TACITUS_STORE_PAUSE_AFTER_FILE"
COMPRESSION = "zstd"


def new_batch_id() -> str:
    """A batch id that sorts by time (later batches win when an article is re-coded)."""
    now = datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%S%f}Z-{uuid.uuid4().hex[:8]}"


def write_parquet(table: pa.Table, directory: Path) -> Path:
    """Write ``table`` to ``directory/part-<uuid>.parquet`` via a temporary name + rename."""
    directory.mkdir(parents=True, exist_ok=True)
    name = f"part-{uuid.uuid4().hex}.parquet"
    tmp = directory / f".{name}.tmp"
    pq.write_table(table, tmp, compression=COMPRESSION)
    os.replace(tmp, directory / name)
    return directory / name


def commit_manifest(root: Path, batch: str, files: list[Path], extra: dict[str, Any]) -> Path:
    """Make a batch visible: rename its manifest into ``_batches/`` (the commit point)."""
    batch_dir = root / BATCH_DIR
    batch_dir.mkdir(parents=True, exist_ok=True)
    manifest = {
        "batch": batch, "schema_version": STORE_SCHEMA_VERSION,
        "committed_at": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "files": sorted(str(f.relative_to(root)) for f in files), **extra,
    }
    tmp = batch_dir / f".{batch}.json.tmp"
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(manifest, fh)
        fh.flush()
        os.fsync(fh.fileno())
    final = batch_dir / f"{batch}.json"
    os.replace(tmp, final)
    return final


def ensure_store(root: Path, partition: str = DEFAULT_PARTITION) -> str:
    """Create the store directory and its version file when missing; returns the partition granularity."""
    root.mkdir(parents=True, exist_ok=True)
    if read_version(root) is None:
        write_version(root, partition=partition)
    return read_partition(root)


def write_batch(root: Path, records: Sequence[ArticleRecord], partition: str = DEFAULT_PARTITION) -> str | None:
    """Write ``records`` as one atomic batch; returns its id (None when there was nothing to write).

    An article id that occurs twice in ``records`` is written once (the last occurrence wins).
    ``partition`` only matters for a new store; an existing one keeps the granularity it was made with.
    """
    latest: dict[str, ArticleRecord] = {}
    for record in records:
        latest.pop(record.article.id, None)  # re-insert so the order follows the last occurrence
        latest[record.article.id] = record
    if not latest:
        return None
    partition = ensure_store(root, partition)
    key = PARTITION_KEYS[partition]
    batch = new_batch_id()
    coded_at = datetime.now(UTC)
    # table → partition → rows
    grouped: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for record in latest.values():
        date = date_of(record)
        for table, rows in flatten(record).items():
            if partition != "day":  # coarser partitions keep the day as a column
                for row in rows:
                    row["date"] = date
            if rows:  # no empty files for tables an article has nothing in
                grouped[table][partition_value(date, partition)].extend(rows)
    pause = float(os.environ.get(PAUSE_ENV, "0") or 0)
    files: list[Path] = []
    for table in TABLES:
        schema = file_schema(table, partition)
        for value, rows in sorted(grouped[table].items()):
            for row in rows:
                row["batch"] = batch
                if table == "articles":
                    row["coded_at"] = coded_at
            arrow = pa.Table.from_pylist(rows, schema=schema)
            files.append(write_parquet(arrow, root / table / f"{key}={value}"))
            if pause:
                time.sleep(pause)
    # article_ids lets readers find re-coded articles without scanning; full_schema: every file has
    # exactly the columns of schema.TABLES, so readers can skip the slower union_by_name
    commit_manifest(root, batch, files, {"articles": len(latest), "article_ids": list(latest),
                                         "full_schema": True})
    return batch
