"""Cross-article event clusters, computed by query (rows are never merged or deleted).

Events reported by several articles share a ``cluster_id`` when they have the same date window, source
code, target code, CAMEO root and place (GeoNames id, else place name). For each cluster we count, like
GDELT: NumMentions (event rows), NumArticles (distinct articles) and NumSources (distinct outlets; an
article without outlet counts by its URL host, else as its own source). The date window chains: a
report joins the cluster of the previous report of the same key when it comes less than
``window`` days after it; ``window=1`` (the default) is GDELT's same-day rule.
"""

from __future__ import annotations

from typing import Any

from tacitus.store.query import EventFilter, QueryError, Where, event_where
from tacitus.store.reader import Reader


def source_key(alias: str = "") -> str:
    """SQL for "which source reported this": the outlet, else the URL host, else the article itself."""
    return (f"coalesce({alias}outlet, nullif(regexp_extract({alias}url, '://([^/]+)', 1), ''), "
            f"{alias}article_id)")


def keyed_events_sql(where: Where, window: int) -> str:
    """SQL selecting the filtered events plus their ``cluster_id`` (binds ``where.params``).

    Within one key (source, target, root, place) reports are sorted by date and a new cluster starts
    whenever a report comes ``window`` or more days after the previous one (so ``window=1``: same day).
    """
    if window < 1:
        raise QueryError(f"--window {window}: use a number of days ≥ 1")
    place = "coalesce(CAST(location_geonameid AS VARCHAR), lower(location_name), '')"
    key = (f"concat_ws('|', CASE WHEN date = 'unknown' THEN 'unknown' ELSE '' END, coalesce(source_code, ''), "
           f"coalesce(target_code, ''), coalesce(root, ''), {place})")
    return f"""
        WITH base AS (
            SELECT *, {key} AS _key, TRY_CAST(date AS DATE) AS _day FROM events WHERE {where.sql()}),
        gaps AS (
            SELECT *, CASE WHEN _day - lag(_day) OVER (PARTITION BY _key ORDER BY _day) < {int(window)}
                           THEN 0 ELSE 1 END AS _new FROM base),
        runs AS (
            SELECT *, sum(_new) OVER (PARTITION BY _key ORDER BY _day, _new DESC
                                      ROWS UNBOUNDED PRECEDING) AS _run FROM gaps)
        SELECT * EXCLUDE (_key, _day, _new, _run), substr(md5(_key || '|' || _run), 1, 16) AS cluster_id
        FROM runs"""


def clusters(reader: Reader, flt: EventFilter | None = None, window: int = 1, min_articles: int = 1,
             limit: int | None = 100) -> list[dict[str, Any]]:
    """One row per cluster: first date, dyad, root, place, NumMentions/NumArticles/NumSources, mean
    Goldstein and mean article tone, most-reported first."""
    where = event_where(flt or EventFilter())
    keyed = keyed_events_sql(where, window)
    sql = f"""
        SELECT k.cluster_id, min(k.date) AS date, any_value(k.source_code) AS source_code,
               any_value(k.target_code) AS target_code, any_value(k.root) AS root,
               mode(k.cameo) AS cameo, any_value(k.location_name) AS place,
               count(*) AS num_mentions, count(DISTINCT k.article_id) AS num_articles,
               count(DISTINCT {source_key('k.')}) AS num_sources,
               round(avg(k.goldstein), 3) AS goldstein, round(avg(a.tone), 3) AS avg_tone
        FROM ({keyed}) k LEFT JOIN articles a ON a.id = k.article_id
        GROUP BY k.cluster_id HAVING count(DISTINCT k.article_id) >= ?
        ORDER BY num_articles DESC, num_mentions DESC, date, k.cluster_id"""
    params = [*where.params, min_articles]
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return reader.rows(sql, params)
