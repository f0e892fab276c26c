"""The on-disk schema of the event store: tables, their columns, the schema version and migrations.

The store is an open Parquet dataset; these Arrow schemas are what every writer (``writer.py``,
``compact.py``, the benchmark) uses, so files written at different times always union cleanly.
The partition column ``date`` lives in the directory name (``date=2016-12-01``), never in the files.

Migration path: bump ``STORE_SCHEMA_VERSION``, add a function to ``MIGRATIONS`` keyed by the version it
upgrades *from*, and describe it in ``docs/store.md``. ``Store`` refuses to read a store newer than it
knows and ``tacitus compact --migrate`` runs the pending steps (adding a column needs no step at all:
readers use ``union_by_name`` and old files read the new column as NULL).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa

STORE_SCHEMA_VERSION = 1
META_FILE = "_meta.json"
BATCH_DIR = "_batches"
UNKNOWN_DATE = "unknown"
# partition granularity → directory key. "month" (the default: ~30x fewer files than days, so DuckDB
# scans a 1M-event store in ~100 ms instead of ~2 s) keeps ``date`` (YYYY-MM-DD or ``unknown``) as a
# column in the files; "day" puts the date in the path only.
PARTITION_KEYS = {"day": "date", "month": "month"}
DEFAULT_PARTITION = "month"


def partition_value(date: str, partition: str) -> str:
    """The directory value for an ISO ``date`` (or ``unknown``) under a partition granularity."""
    if date == UNKNOWN_DATE or partition == "day":
        return date
    return date[:7]


def file_schema(table: str, partition: str) -> pa.Schema:
    """The columns stored in the files of ``table``: the table schema, plus ``date`` under "month"."""
    schema = TABLES[table]
    return schema if partition == "day" else schema.append(pa.field("date", pa.string()))

_ACTOR_REF = ("text", "start", "end", "code", "name", "country", "role")


def _ref_fields(prefix: str) -> list[pa.Field]:
    types = {"start": pa.int32(), "end": pa.int32()}
    return [pa.field(f"{prefix}_{name}", types.get(name, pa.string())) for name in _ACTOR_REF]


ARTICLES = pa.schema([
    ("id", pa.string()), ("source_id", pa.string()), ("title", pa.string()), ("outlet", pa.string()),
    ("url", pa.string()), ("path", pa.string()), ("language", pa.string()), ("word_count", pa.int32()),
    ("encoding", pa.string()), ("truncated", pa.bool_()), ("skipped_reason", pa.string()),
    ("tone", pa.float64()), ("tone_positive", pa.float64()), ("tone_negative", pa.float64()),
    ("tone_polarity", pa.float64()), ("tone_compound", pa.float64()),
    ("n_actors", pa.int32()), ("n_events", pa.int32()), ("n_quotes", pa.int32()), ("n_places", pa.int32()),
    ("versions", pa.string()), ("metadata", pa.string()), ("schema_version", pa.int16()),
    ("coded_at", pa.timestamp("ms", tz="UTC")), ("batch", pa.string()),
])

EVENTS = pa.schema([
    ("article_id", pa.string()), ("event_id", pa.string()), ("sentence_index", pa.int32()),
    ("sentence", pa.string()),
    *_ref_fields("source"), *_ref_fields("target"),
    ("trigger_text", pa.string()), ("trigger_start", pa.int32()), ("trigger_end", pa.int32()),
    ("cameo", pa.string()), ("root", pa.string()), ("quad_class", pa.int8()), ("goldstein", pa.float64()),
    ("plover_type", pa.string()), ("plover_mode", pa.string()),
    ("negated", pa.bool_()), ("hypothetical", pa.bool_()), ("confidence", pa.float64()),
    ("location_name", pa.string()), ("location_country", pa.string()), ("location_admin1", pa.string()),
    ("location_lat", pa.float64()), ("location_lon", pa.float64()), ("location_geonameid", pa.int64()),
    ("location_how", pa.string()),
    ("tone", pa.float64()), ("how", pa.string()), ("outlet", pa.string()), ("url", pa.string()),
    ("batch", pa.string()),
])

QUOTES = pa.schema([
    ("article_id", pa.string()), ("quote_index", pa.int32()), ("text", pa.string()),
    ("start", pa.int32()), ("end", pa.int32()), ("kind", pa.string()),
    *_ref_fields("speaker"),
    ("verb", pa.string()), ("sentence_index", pa.int32()), ("outlet", pa.string()), ("url", pa.string()),
    ("batch", pa.string()),
])

PLACES = pa.schema([
    ("article_id", pa.string()), ("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
    ("name", pa.string()), ("country", pa.string()), ("admin1", pa.string()), ("lat", pa.float64()),
    ("lon", pa.float64()), ("geonameid", pa.int64()), ("feature", pa.string()), ("how", pa.string()),
    ("batch", pa.string()),
])

ACTORS = pa.schema([
    ("article_id", pa.string()), ("text", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
    ("code", pa.string()), ("name", pa.string()), ("country", pa.string()), ("role", pa.string()),
    ("roles", pa.string()), ("how", pa.string()), ("entity", pa.int32()), ("sentence_index", pa.int32()),
    ("batch", pa.string()),
])

# table name → schema; ``articles`` first: it is the table that says which batch of an article is current
TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES, "events": EVENTS, "quotes": QUOTES, "places": PLACES, "actors": ACTORS,
}
# the column holding the article id in each table
ARTICLE_KEY = {"articles": "id", "events": "article_id", "quotes": "article_id", "places": "article_id",
               "actors": "article_id"}


class StoreVersionError(RuntimeError):
    """The store on disk was written by a newer (or unknown) schema version."""


# version it upgrades *from* → function(store_root) that rewrites the store to version + 1
MIGRATIONS: dict[int, Callable[[Path], None]] = {}


def read_meta(root: Path) -> dict[str, Any]:
    """``root/_meta.json`` (schema version, partition granularity); empty for a store not yet written."""
    meta = root / META_FILE
    if not meta.exists():
        return {}
    data: dict[str, Any] = json.loads(meta.read_text(encoding="utf-8"))
    return data


def read_version(root: Path) -> int | None:
    """The schema version recorded in ``root/_meta.json``; None for a store not yet written."""
    meta = read_meta(root)
    return int(meta["schema_version"]) if meta else None


def read_partition(root: Path) -> str:
    """The store's partition granularity (``day`` unless the store says otherwise)."""
    return str(read_meta(root).get("partition", DEFAULT_PARTITION))


def write_version(root: Path, version: int = STORE_SCHEMA_VERSION, partition: str | None = None) -> None:
    """Record the schema version (and partition granularity) atomically (temp file + rename)."""
    if partition is None:
        partition = read_partition(root)
    if partition not in PARTITION_KEYS:
        raise ValueError(f"partition {partition!r}: use one of {', '.join(PARTITION_KEYS)}")
    tmp = root / f".{META_FILE}.tmp"
    tmp.write_text(json.dumps({"schema_version": version, "format": "tacitus-store", "partition": partition}),
                   encoding="utf-8")
    tmp.replace(root / META_FILE)


def check_version(root: Path) -> None:
    """Fail with a clear message when the store needs a newer Tacitus or a migration."""
    version = read_version(root)
    if version is None or version == STORE_SCHEMA_VERSION:
        return
    if version > STORE_SCHEMA_VERSION:
        raise StoreVersionError(
            f"store {root} has schema version {version}, this Tacitus reads up to {STORE_SCHEMA_VERSION}: "
            "upgrade Tacitus")
    raise StoreVersionError(
        f"store {root} has schema version {version} (current {STORE_SCHEMA_VERSION}): "
        f"run `tacitus compact --migrate --store {root}`")


def migrate(root: Path) -> list[int]:
    """Run every pending migration step in order; returns the versions migrated from."""
    version = read_version(root)
    done: list[int] = []
    if version is None:
        return done
    while version < STORE_SCHEMA_VERSION:
        MIGRATIONS[version](root)
        done.append(version)
        version += 1
        write_version(root, version)
    return done
