"""What the store holds: counts per table, skipped articles, dates, quad classes, top dyads."""

from __future__ import annotations

from typing import Any

from tacitus.store.reader import Reader
from tacitus.store.schema import STORE_SCHEMA_VERSION, TABLES, read_partition, read_version

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def stats(reader: Reader, top_dyads: int = 10) -> dict[str, Any]:
    """Summary of the current contents (each article counted once, in its latest version)."""
    snapshot = reader.snapshot()
    counts = reader.rows("SELECT " + ", ".join(f"(SELECT count(*) FROM {t}) AS {t}" for t in TABLES)
                         + ", (SELECT count(*) FROM all_articles) AS article_versions")[0]
    articles = reader.rows(
        "SELECT count(*) FILTER (WHERE skipped_reason IS NULL) AS coded, "
        "min(date) FILTER (WHERE date <> 'unknown') AS first, max(date) FILTER (WHERE date <> 'unknown') AS last, "
        "count(*) FILTER (WHERE date = 'unknown') AS undated FROM articles")[0]
    skipped = reader.rows("SELECT skipped_reason AS reason, count(*) AS n FROM articles "
                          "WHERE skipped_reason IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1")
    quads = reader.rows("SELECT quad_class, count(*) AS n FROM events GROUP BY 1 ORDER BY 1")
    dyads = reader.rows(
        "SELECT source_code, target_code, count(*) AS n FROM events "
        "WHERE source_code IS NOT NULL AND target_code IS NOT NULL "
        "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?", [top_dyads])
    return {
        "store": str(reader.root),
        "schema_version": read_version(reader.root) or STORE_SCHEMA_VERSION,
        "partition": read_partition(reader.root),
        "articles": counts["articles"],
        "articles_coded": articles["coded"],
        "skipped": {row["reason"]: row["n"] for row in skipped},
        "events": counts["events"],
        "quotes": counts["quotes"],
        "places": counts["places"],
        "actors": counts["actors"],
        "date_range": [articles["first"], articles["last"]],
        "undated_articles": articles["undated"],
        "events_by_quad_class": {QUAD_NAMES.get(row["quad_class"], str(row["quad_class"])): row["n"]
                                 for row in quads},
        "top_dyads": [(row["source_code"], row["target_code"], row["n"]) for row in dyads],
        "superseded_article_versions": counts["article_versions"] - counts["articles"],
        "batches": len(snapshot.batches),
        "files": sum(len(f) for f in snapshot.files.values()),
    }
