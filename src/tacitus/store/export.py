"""Exports of the current events: GDELT 2.0 event TSV, PLOVER/POLECAT-style JSONL, CSV and Parquet."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from tacitus.store.cluster import keyed_events_sql, source_key
from tacitus.store.gdelt import COLUMNS, gdelt_row
from tacitus.store.query import EventFilter, QueryError, event_where
from tacitus.store.reader import Reader
from tacitus.store.schema import TABLES

_CHUNK = 10_000


def _clustered_sql(flt: EventFilter, window: int, first_only: bool, extra: str = "TRUE"
                   ) -> tuple[str, list[Any]]:
    """Events with cluster counts, article tone and coding time; ``first_only`` keeps the first-seen
    report of each cluster."""
    where = event_where(flt)
    keyed = keyed_events_sql(where, window)
    tone = "avg(a.tone) OVER (PARTITION BY k.cluster_id)" if first_only else "a.tone"
    sql = f"""
        WITH k AS ({keyed}),
        s AS (SELECT cluster_id, count(*) AS num_mentions, count(DISTINCT article_id) AS num_articles,
                     count(DISTINCT {source_key()}) AS num_sources FROM k GROUP BY cluster_id)
        SELECT k.*, s.num_mentions, s.num_articles, s.num_sources, a.coded_at, a.path, a.title,
               a.language, a.versions, {tone} AS avg_tone, {str(first_only).upper()} AS per_cluster
        FROM k JOIN s USING (cluster_id) LEFT JOIN articles a ON a.id = k.article_id
        WHERE {extra}
        {"QUALIFY row_number() OVER (PARTITION BY k.cluster_id ORDER BY k.date, a.coded_at, "
         "k.article_id, k.sentence_index, k.event_id) = 1" if first_only else ""}
        ORDER BY k.date, k.article_id, k.sentence_index, k.event_id"""
    return sql, where.params


def _stream(reader: Reader, sql: str, params: list[Any], write_row: Any) -> int:
    """Feed each result row (as a dict) to ``write_row``; returns the row count."""
    def work(con: duckdb.DuckDBPyConnection) -> int:
        cursor = con.execute(sql, params)
        names = [d[0] for d in cursor.description]
        count = 0
        while chunk := cursor.fetchmany(_CHUNK):
            for values in chunk:
                write_row(dict(zip(names, values, strict=True)))
                count += 1
        return count
    return reader.run(work)


def export_gdelt(reader: Reader, out: Path, flt: EventFilter | None = None, all_mentions: bool = False,
                 window: int = 1, header: bool = False) -> int:
    """Write a GDELT 2.0 event TSV (no header line unless ``header``, like GDELT's files); returns rows."""
    sql, params = _clustered_sql(flt or EventFilter(), window, first_only=not all_mentions)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        if header:
            writer.writerow(COLUMNS)
        return _stream(reader, sql, params, lambda row: writer.writerow(gdelt_row(row)))


def _entity(row: dict[str, Any], side: str) -> list[dict[str, Any]]:
    if not row[f"{side}_code"]:
        return []
    return [{"code": row[f"{side}_code"], "entity_text": row[f"{side}_text"],
             "identifier_text": row[f"{side}_name"], "country": row[f"{side}_country"],
             "sector": row[f"{side}_role"]}]


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER/POLECAT-style event object (see the PLOVER manual's "Data Fields")."""
    context = [name for name, flag in (("negation", row["negated"]), ("hypothetical", row["hypothetical"]))
               if flag]
    location = None
    if row["location_name"]:
        location = {"extracted_place": row["location_name"], "resolved_place": row["location_name"],
                    "geonameid": row["location_geonameid"], "lat": row["location_lat"],
                    "lon": row["location_lon"], "province": row["location_admin1"],
                    "country_code": row["location_country"]}
    coded_at = row.get("coded_at")
    return {
        "id": f"{row['article_id']}:{row['event_id']}",
        "date": None if row["date"] == "unknown" else row["date"],
        "actor": _entity(row, "source"), "recipient": _entity(row, "target"),
        "event": [row["plover_type"]], "mode": [row["plover_mode"]] if row["plover_mode"] else [],
        "context": context, "quad_code": row["quad_class"], "cameo": row["cameo"],
        "goldstein": row["goldstein"], "confidence": row["confidence"],
        "event_loc": location, "event_text": [row["trigger_text"]], "text": row["sentence"],
        "text_info": {"sequence": row["sentence_index"], "start": row["trigger_start"],
                      "end": row["trigger_end"]},
        "link": row["cluster_id"],
        "cite_info": {"url": row["url"], "title": row.get("title"), "publication": row["outlet"],
                      "language": row.get("language"), "coder": "tacitus",
                      "version": json.loads(row["versions"]) if row.get("versions") else {}},
        "coded_date": coded_at.date().isoformat() if coded_at else None,
    }


def export_plover(reader: Reader, out: Path, flt: EventFilter | None = None, window: int = 1) -> int:
    """Write PLOVER JSONL, one event per line; events with no PLOVER category (CAMEO 01/02) are left out.
    ``link`` holds the cross-article cluster id. Returns the number of lines."""
    base = flt or EventFilter()
    sql, params = _clustered_sql(base, window, first_only=False, extra="k.plover_type IS NOT NULL")
    with out.open("w", encoding="utf-8") as fh:
        return _stream(reader, sql, params,
                       lambda row: fh.write(json.dumps(plover_record(row), ensure_ascii=False,
                                                       default=str) + "\n"))


def export_table(reader: Reader, out: Path, table: str = "events", fmt: str = "csv",
                 flt: EventFilter | None = None) -> int:
    """Write a current table (filters apply to ``events``) as CSV or Parquet; returns the row count."""
    if table not in TABLES:
        raise QueryError(f"--table {table!r}: use one of {', '.join(TABLES)}")
    if table == "events":
        where = event_where(flt or EventFilter())
        sql, params = f"SELECT * FROM events WHERE {where.sql()} ORDER BY date, article_id, event_id", where.params
    else:
        sql, params = f"SELECT * FROM {table} ORDER BY date", []
    arrow = reader.arrow(sql, params)
    if fmt == "parquet":
        pq.write_table(arrow, out, compression="zstd")
    elif fmt == "csv":
        pacsv.write_csv(arrow, out)
    else:
        raise QueryError(f"format {fmt!r}: use csv or parquet")
    return arrow.num_rows
