"""Analysis queries over the current events: filters, dyad time series, top actors, quotes, network.

Each function takes a ``Reader`` and plain arguments and returns rows (a list of dicts), so the CLI,
the REST API and notebooks share one implementation. SQL parameters are always bound, never pasted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as Date
from typing import Any

from tacitus.store.reader import Reader

PERIODS = ("day", "week", "month", "year")


class QueryError(ValueError):
    """A user error in a query (bad date, unknown period…): the CLI prints it as one line."""


def parse_date(text: str | None, what: str) -> str | None:
    """Validate an ISO date given by a user; returns it normalised or None."""
    if text is None or text == "":
        return None
    try:
        return Date.fromisoformat(text).isoformat()
    except ValueError:
        raise QueryError(f"{what} {text!r} is not a date: use YYYY-MM-DD, e.g. 2016-11-01") from None


@dataclass(frozen=True)
class EventFilter:
    """What subset of events a query looks at. Codes match as CAMEO prefixes (``RUS`` matches ``RUSGOV``)
    or as the actor's country; dates are inclusive ISO dates; negated and hypothetical events are left out
    unless asked for, since "did not attack" is not an attack."""

    source: str | None = None
    target: str | None = None
    actor: str | None = None  # either side
    root: str | None = None
    cameo: str | None = None
    quad_class: int | None = None
    date_from: str | None = None
    date_to: str | None = None
    country: str | None = None  # either side's country
    role: str | None = None  # either side's role
    dyadic: bool = False
    interstate: bool = False
    intrastate: bool = False
    min_confidence: float | None = None
    include_negated: bool = False
    include_hypothetical: bool = False
    outlet: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "date_from", parse_date(self.date_from, "--from"))
        object.__setattr__(self, "date_to", parse_date(self.date_to, "--to"))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise QueryError(f"--from {self.date_from} is after --to {self.date_to}")
        if self.interstate and self.intrastate:
            raise QueryError("--interstate and --intrastate exclude each other: pick one")


def literal(value: Any) -> str:
    """A value as a SQL literal (strings quoted and escaped)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


@dataclass
class Where:
    """A growing SQL WHERE clause. Values are written in as escaped literals rather than bound as
    parameters: DuckDB plans literal filters better (pushed into the Parquet scan, 1.5–2x faster)."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)  # kept for callers that bind extra parameters

    def add(self, clause: str, *values: Any) -> None:
        parts = clause.split("?")
        if len(parts) != len(values) + 1:
            raise AssertionError(f"{len(values)} values for {len(parts) - 1} placeholders in {clause!r}")
        text = parts[0]
        for value, part in zip(values, parts[1:], strict=True):
            text += literal(value) + part
        self.clauses.append(text)

    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "TRUE"


def _side_matches(side: str) -> str:
    return f"(starts_with({side}_code, ?) OR {side}_country = ?)"


def date_where(where: Where, flt: EventFilter) -> None:
    """Date-range clauses on the partition column (pruned by DuckDB before any file is read)."""
    if flt.date_from:
        where.add("date >= ? AND date <> 'unknown'", flt.date_from)
    if flt.date_to:
        where.add("date <= ?", flt.date_to)


def event_where(flt: EventFilter) -> Where:
    """Translate an ``EventFilter`` into SQL over the ``events`` view."""
    where = Where()
    date_where(where, flt)
    for side, code in (("source", flt.source), ("target", flt.target)):
        if code:
            where.add(_side_matches(side), code.upper(), code.upper())
    if flt.actor:
        code = flt.actor.upper()
        where.add(f"({_side_matches('source')} OR {_side_matches('target')})", code, code, code, code)
    if flt.root:
        where.add("root = ?", flt.root.zfill(2))
    if flt.cameo:
        where.add("starts_with(cameo, ?)", flt.cameo)
    if flt.quad_class:
        where.add("quad_class = ?", flt.quad_class)
    if flt.country:
        where.add("(source_country = ? OR target_country = ?)", flt.country.upper(), flt.country.upper())
    if flt.role:
        where.add("(source_role = ? OR target_role = ?)", flt.role.upper(), flt.role.upper())
    if flt.dyadic or flt.interstate or flt.intrastate:
        where.add("source_code IS NOT NULL AND target_code IS NOT NULL")
    if flt.interstate:
        where.add("source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country")
    if flt.intrastate:
        where.add("source_country IS NOT NULL AND source_country = target_country")
    if flt.min_confidence is not None:
        where.add("confidence >= ?", flt.min_confidence)
    if not flt.include_negated:
        where.add("NOT coalesce(negated, false)")
    if not flt.include_hypothetical:
        where.add("NOT coalesce(hypothetical, false)")
    if flt.outlet:
        where.add("outlet = ?", flt.outlet)
    return where


EVENT_COLUMNS = (
    "date, source_code, source_name, target_code, target_name, cameo, root, quad_class, goldstein, "
    "plover_type, plover_mode, confidence, negated, hypothetical, trigger_text, location_name, "
    "location_country, location_lat, location_lon, sentence, outlet, url, article_id, event_id"
)


def events(reader: Reader, flt: EventFilter, limit: int | None = 100) -> list[dict[str, Any]]:
    """The matching events, newest first (with their evidence sentence and source)."""
    where = event_where(flt)
    sql = (f"SELECT {EVENT_COLUMNS} FROM events WHERE {where.sql()} "
           "ORDER BY date DESC, article_id, sentence_index, event_id")
    params = list(where.params)
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return reader.rows(sql, params)


def dyad(reader: Reader, source: str, target: str, by: str = "month", flt: EventFilter | None = None,
         both_directions: bool = False) -> list[dict[str, Any]]:
    """Dyad time series: per period, event counts by quad class, Goldstein sum and mean, and the number
    of articles coded in the period (the denominator: raw counts follow news volume, not the world)."""
    if by not in PERIODS:
        raise QueryError(f"--by {by!r}: use one of {', '.join(PERIODS)}")
    base = flt or EventFilter()
    where = event_where(base)
    src, tgt = source.upper(), target.upper()
    forward = f"({_side_matches('source')} AND {_side_matches('target')})"
    if both_directions:
        backward = f"({_side_matches('source')} AND {_side_matches('target')})"
        where.add(f"({forward} OR {backward})", src, src, tgt, tgt, tgt, tgt, src, src)
    else:
        where.add(forward, src, src, tgt, tgt)
    art = Where()
    date_where(art, base)
    # undated rows get a NULL period and are dropped after the (cheap) aggregation, not before the scan
    sql = f"""
        WITH ev AS (
            SELECT date_trunc('{by}', TRY_CAST(date AS DATE)) AS period,
                   count(*) AS events,
                   count(*) FILTER (WHERE quad_class = 1) AS verbal_coop,
                   count(*) FILTER (WHERE quad_class = 2) AS material_coop,
                   count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
                   count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
                   sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean,
                   count(DISTINCT article_id) AS event_articles
            FROM events WHERE {where.sql()} GROUP BY 1 HAVING period IS NOT NULL),
        art AS (
            SELECT date_trunc('{by}', TRY_CAST(date AS DATE)) AS period, count(*) AS articles
            FROM articles WHERE {art.sql()} AND skipped_reason IS NULL GROUP BY 1 HAVING period IS NOT NULL)
        SELECT strftime(coalesce(ev.period, art.period), '%Y-%m-%d') AS period,
               coalesce(events, 0) AS events, coalesce(verbal_coop, 0) AS verbal_coop,
               coalesce(material_coop, 0) AS material_coop, coalesce(verbal_conflict, 0) AS verbal_conflict,
               coalesce(material_conflict, 0) AS material_conflict,
               round(coalesce(goldstein_sum, 0), 2) AS goldstein_sum, round(goldstein_mean, 3) AS goldstein_mean,
               coalesce(event_articles, 0) AS event_articles, coalesce(articles, 0) AS articles
        FROM ev FULL OUTER JOIN art ON ev.period = art.period
        ORDER BY 1"""
    return reader.rows(sql, where.params + art.params)


def top_actors(reader: Reader, top: int = 20, flt: EventFilter | None = None, side: str = "any",
               level: str = "code") -> list[dict[str, Any]]:
    """The most active actors: events as source, as target and in total (``level`` code or country)."""
    if side not in ("any", "source", "target"):
        raise QueryError(f"--side {side!r}: use any, source or target")
    if level not in ("code", "country"):
        raise QueryError(f"--level {level!r}: use code or country")
    where = event_where(flt or EventFilter())
    # one scan: count per (source, target) pair (a few thousand rows), then fold per actor; names are
    # looked up afterwards for the top rows only (any_value over every row doubled the cost)
    sides = [s for s in ("source", "target") if side in ("any", s)]
    folds = " UNION ALL ".join(
        f"SELECT {s} AS actor, {'n' if s == 'source' else '0'} AS as_source, "
        f"{'0' if s == 'source' else 'n'} AS as_target FROM pairs WHERE {s} IS NOT NULL" for s in sides)
    sql = f"""
        WITH pairs AS (
            SELECT source_{level} AS source, target_{level} AS target, count(*) AS n
            FROM events WHERE {where.sql()} GROUP BY 1, 2)
        SELECT actor AS {level}, sum(as_source) AS as_source, sum(as_target) AS as_target,
               sum(as_source) + sum(as_target) AS events
        FROM ({folds}) GROUP BY actor ORDER BY events DESC, actor LIMIT ?"""
    rows = reader.rows(sql, [top])
    names = _actor_names(reader, [r[level] for r in rows]) if level == "code" else {}
    return [{level: r[level], "name": names.get(r[level]), "as_source": r["as_source"],
             "as_target": r["as_target"], "events": r["events"]} for r in rows]


def _actor_names(reader: Reader, codes: list[str]) -> dict[str, str]:
    """A human name for each code. Top actors are frequent, so the first matching rows nearly always
    name them all; a second, full query fills any gap."""
    if not codes:
        return {}
    listing = ", ".join(literal(c) for c in codes)
    names: dict[str, str] = {}
    for limit in ("LIMIT 20000", ""):
        missing = [c for c in codes if c not in names]
        if not missing:
            break
        listing = ", ".join(literal(c) for c in missing)
        for side in ("source", "target"):
            rows = reader.rows(
                f"SELECT code, min(name) AS name FROM (SELECT {side}_code AS code, {side}_name AS name "
                f"FROM events WHERE {side}_code IN ({listing}) AND {side}_name IS NOT NULL {limit}) GROUP BY code")
            for row in rows:
                names.setdefault(row["code"], row["name"])
    return names


def quotes(reader: Reader, speaker: str | None = None, date_from: str | None = None,
           date_to: str | None = None, contains: str | None = None, limit: int | None = 100
           ) -> list[dict[str, Any]]:
    """Attributed quotes; ``speaker`` matches the speaker's name or text (case-insensitive) or code prefix."""
    flt = EventFilter(date_from=date_from, date_to=date_to)
    where = Where()
    date_where(where, flt)
    if speaker:
        where.add("(speaker_name ILIKE ? OR speaker_text ILIKE ? OR starts_with(speaker_code, ?))",
                  f"%{speaker}%", f"%{speaker}%", speaker.upper())
    if contains:
        where.add("text ILIKE ?", f"%{contains}%")
    sql = (f"SELECT date, speaker_name, speaker_code, kind, verb, text, outlet, url, article_id "
           f"FROM quotes WHERE {where.sql()} ORDER BY date DESC, article_id, quote_index")
    params = list(where.params)
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    return reader.rows(sql, params)


def network(reader: Reader, min_weight: int = 1, flt: EventFilter | None = None, level: str = "code",
            top: int | None = None) -> list[dict[str, Any]]:
    """Directed actor network: one edge per (source, target) with its event count (weight), mean
    Goldstein and share of conflict (quad 3–4) events. Self-loops are left out."""
    if level not in ("code", "country"):
        raise QueryError(f"--level {level!r}: use code or country")
    where = event_where(flt or EventFilter())
    sql = (f"SELECT source_{level} AS source, target_{level} AS target, count(*) AS weight, "
           "round(avg(goldstein), 3) AS goldstein_mean, "
           "round(avg(CASE WHEN quad_class >= 3 THEN 1 ELSE 0 END), 3) AS conflict_share "
           f"FROM events WHERE {where.sql()} AND source_{level} IS NOT NULL AND target_{level} IS NOT NULL "
           f"AND source_{level} <> target_{level} "
           "GROUP BY 1, 2 HAVING count(*) >= ? ORDER BY weight DESC, source, target")
    params = [*where.params, min_weight]
    if top:
        sql += " LIMIT ?"
        params.append(top)
    return reader.rows(sql, params)
