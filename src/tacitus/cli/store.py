"""Store commands: ``stats``, ``query …``, ``export …``, ``compact`` and ``plot …`` (a thin layer over
``tacitus.store.Store``). Every command takes ``--store DIR`` (default ``$TACITUS_STORE`` or
``./tacitus-data``); user errors print one line and exit with code 2."""

import functools
import inspect
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import duckdb
import typer

from tacitus.cli.store_output import FORMATS, render
from tacitus.store import EventFilter, QueryError, Store, StoreNotFoundError, StoreVersionError
from tacitus.store.compact import CompactionBusyError
from tacitus.store.query import PERIODS

COMPACT_HINT_BATCHES = 20  # past this many uncompacted batches, stats suggests `tacitus compact`
USER_ERRORS = (StoreNotFoundError, QueryError, StoreVersionError, CompactionBusyError)

StoreOpt = Annotated[Path | None, typer.Option(
    "--store", help="Store directory (default: $TACITUS_STORE, else ./tacitus-data).", show_default=False)]
FormatOpt = Annotated[str, typer.Option("--format", "-f", help=f"Output: {', '.join(FORMATS)}.")]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", help="At most this many rows (0: all).")]
OutOpt = Annotated[Path, typer.Option("--out", "-o", help="File to write.")]
WindowOpt = Annotated[int, typer.Option("--window", help="Cluster date window in days.")]


def _opt(kind: Any, *names: str, help: str) -> Any:
    return Annotated[kind, typer.Option(*names, help=help, rich_help_panel="Filters")]


# name → (annotation, default): the event filters every analysis command accepts
FILTERS: dict[str, tuple[Any, Any]] = {
    "source": (_opt(str | None, "--source", help="Source actor: CAMEO code prefix or country (RUS)."), None),
    "target": (_opt(str | None, "--target", help="Target actor: CAMEO code prefix or country."), None),
    "actor": (_opt(str | None, "--actor", help="Actor on either side."), None),
    "root": (_opt(str | None, "--root", help="CAMEO root code (03, 19…)."), None),
    "cameo": (_opt(str | None, "--cameo", help="CAMEO code prefix (036, 1823…)."), None),
    "quad_class": (_opt(int | None, "--quad", help="Quad class 1–4."), None),
    "date_from": (_opt(str | None, "--from", help="First date, YYYY-MM-DD (inclusive)."), None),
    "date_to": (_opt(str | None, "--to", help="Last date, YYYY-MM-DD (inclusive)."), None),
    "country": (_opt(str | None, "--country", help="Either actor's country (ISO3)."), None),
    "role": (_opt(str | None, "--role", help="Either actor's role (GOV, MIL, REB…)."), None),
    "dyadic": (_opt(bool, "--dyadic", help="Only events with both source and target."), False),
    "interstate": (_opt(bool, "--interstate", help="Only events between two countries."), False),
    "intrastate": (_opt(bool, "--intrastate", help="Only events within one country."), False),
    "min_confidence": (_opt(float | None, "--min-confidence", help="Only events at least this confident."),
                       None),
    "include_negated": (_opt(bool, "--include-negated", help="Keep negated events (left out by default)."),
                        False),
    "include_hypothetical": (_opt(bool, "--include-hypothetical",
                                  help="Keep hypothetical events (left out by default)."), False),
}


def _fail(error: Exception) -> typer.Exit:
    typer.echo(f"error: {error}", err=True)
    return typer.Exit(2)


def user_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn the store's user errors into one line on stderr and exit code 2."""
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except USER_ERRORS as error:
            raise _fail(error) from None
    return wrapper


def with_filters(*skip: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Add the ``FILTERS`` options (minus ``skip``) to a command that takes ``flt: EventFilter``."""
    names = [n for n in FILTERS if n not in skip]

    def decorate(func: Callable[..., Any]) -> Callable[..., Any]:
        signature = inspect.signature(func)

        @functools.wraps(func)
        def wrapper(**kwargs: Any) -> Any:
            given = {n: kwargs.pop(n) for n in names}
            try:
                return func(flt=EventFilter(**given), **kwargs)
            except USER_ERRORS as error:
                raise _fail(error) from None

        extra = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=FILTERS[n][1],
                                   annotation=FILTERS[n][0]) for n in names]
        kept = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in signature.parameters.values()
                if p.name != "flt"]
        wrapper.__signature__ = signature.replace(parameters=kept + extra)  # type: ignore[attr-defined]
        wrapper.__annotations__ = {p.name: p.annotation for p in kept + extra}
        return wrapper
    return decorate


def _store(path: Path | None) -> Store:
    return Store(path)


def _check_format(fmt: str) -> None:
    if fmt not in FORMATS:
        raise QueryError(f"--format {fmt!r}: use one of {', '.join(FORMATS)}")


def _stats_command(store: StoreOpt = None, fmt: FormatOpt = "table") -> None:
    """What the store holds: articles, skipped, events, quotes, places, actors, dates, top dyads."""
    _check_format(fmt)
    data = _store(store).stats()
    if fmt == "json":
        typer.echo(json.dumps(data, indent=1))
        return
    rows = [{"item": k, "value": v} for k, v in data.items() if not isinstance(v, dict | list)]
    rows += [{"item": f"skipped: {reason}", "value": n} for reason, n in data["skipped"].items()]
    rows.append({"item": "date range", "value": " to ".join(str(d) for d in data["date_range"])})
    rows += [{"item": f"events: {quad}", "value": n} for quad, n in data["events_by_quad_class"].items()]
    rows += [{"item": f"dyad {s} → {t}", "value": n} for s, t, n in data["top_dyads"]]
    render(rows, fmt, title=f"Tacitus store {data['store']}")
    if data["batches"] > COMPACT_HINT_BATCHES:
        typer.echo(f"hint: {data['batches']} batches; `tacitus compact --store {data['store']}` merges them and "
                   "speeds up every query", err=True)


def _register_query(app: typer.Typer) -> None:
    query = typer.Typer(no_args_is_help=True, help="Query the store: events, dyads, actors, quotes, networks.")
    app.add_typer(query, name="query")

    @query.command("events")
    @with_filters()
    def events(flt: EventFilter, store: StoreOpt = None, fmt: FormatOpt = "table", limit: LimitOpt = 50) -> None:
        """Events matching the filters, newest first, with their evidence sentence."""
        _check_format(fmt)
        rows = _store(store).events(flt, limit=limit or None)
        render(rows, fmt, title="events", columns=["date", "source_code", "target_code", "cameo",
                                                      "quad_class", "goldstein", "trigger_text", "sentence",
                                                      "outlet"])

    @query.command("dyad")
    @with_filters("source", "target")
    def dyad(flt: EventFilter, source: Annotated[str, typer.Argument(help="Source actor (RUS, RUSGOV…).")],
             target: Annotated[str, typer.Argument(help="Target actor.")],
             by: Annotated[str, typer.Option("--by", help=f"Period: {', '.join(PERIODS)}.")] = "month",
             both: Annotated[bool, typer.Option("--both", help="Count both directions.")] = False,
             store: StoreOpt = None, fmt: FormatOpt = "table") -> None:
        """Dyad time series: events by quad class, Goldstein sum and mean, articles in the period."""
        _check_format(fmt)
        rows = _store(store).dyad(source, target, by, flt, both)
        arrow = "↔" if both else "→"
        render(rows, fmt, title=f"{source.upper()} {arrow} {target.upper()} by {by}")

    @query.command("actors")
    @with_filters()
    def actors(flt: EventFilter, top: Annotated[int, typer.Option("--top", help="How many actors.")] = 20,
               side: Annotated[str, typer.Option("--side", help="any, source or target.")] = "any",
               level: Annotated[str, typer.Option("--level", help="code or country.")] = "code",
               store: StoreOpt = None, fmt: FormatOpt = "table") -> None:
        """The most active actors by number of events."""
        _check_format(fmt)
        render(_store(store).top_actors(top, flt, side, level), fmt, title=f"top {top} actors")

    @query.command("quotes")
    @user_errors
    def quotes(speaker: Annotated[str | None, typer.Option("--speaker", help="Name, text or code.")] = None,
               contains: Annotated[str | None, typer.Option("--contains", help="Words in the quote.")] = None,
               date_from: Annotated[str | None, typer.Option("--from", help="First date (YYYY-MM-DD).")] = None,
               date_to: Annotated[str | None, typer.Option("--to", help="Last date (YYYY-MM-DD).")] = None,
               store: StoreOpt = None, fmt: FormatOpt = "table", limit: LimitOpt = 50) -> None:
        """Attributed quotes, newest first."""
        _check_format(fmt)
        rows = _store(store).quotes(speaker, date_from=date_from, date_to=date_to, contains=contains,
                                    limit=limit or None)
        render(rows, fmt, title="quotes", columns=["date", "speaker_name", "speaker_code", "kind", "verb",
                                                      "text", "outlet"])

    @query.command("network")
    @with_filters()
    def network(flt: EventFilter,
                min_weight: Annotated[int, typer.Option("--min-weight", help="Least events per edge.")] = 1,
                level: Annotated[str, typer.Option("--level", help="code or country.")] = "code",
                store: StoreOpt = None, fmt: FormatOpt = "table", limit: LimitOpt = 0) -> None:
        """Directed actor network: edges source → target with event counts and mean Goldstein."""
        _check_format(fmt)
        rows = _store(store).network(min_weight, flt, level, limit or None)
        render(rows, fmt, title=f"network (weight ≥ {min_weight})")

    @query.command("clusters")
    @with_filters()
    def clusters(flt: EventFilter, window: WindowOpt = 1,
                 min_articles: Annotated[int, typer.Option("--min-articles", help="Least articles.")] = 1,
                 store: StoreOpt = None, fmt: FormatOpt = "table", limit: LimitOpt = 50) -> None:
        """Events reported by several articles: NumMentions, NumArticles, NumSources per cluster."""
        _check_format(fmt)
        rows = _store(store).clusters(flt, window, min_articles, limit or None)
        render(rows, fmt, title="event clusters")

    @query.command("sql")
    @user_errors
    def sql(statement: Annotated[str, typer.Argument(help="SQL over articles, events, quotes, places, actors.")],
            store: StoreOpt = None, fmt: FormatOpt = "table") -> None:
        """Run your own SQL (DuckDB dialect) over the current tables."""
        _check_format(fmt)
        try:
            rows = _store(store).sql(statement)
        except duckdb.Error as error:  # the user's SQL, not a bug: one line, exit 2
            raise _fail(QueryError(str(error).splitlines()[0])) from None
        render(rows, fmt)


def _register_export(app: typer.Typer) -> None:
    export = typer.Typer(no_args_is_help=True, help="Export events: GDELT TSV, PLOVER JSON, CSV, Parquet.")
    app.add_typer(export, name="export")

    @export.command("gdelt")
    @with_filters()
    def gdelt(flt: EventFilter, out: OutOpt,
              all_mentions: Annotated[bool, typer.Option(
                  "--all-mentions", help="One row per event report instead of per cluster.")] = False,
              header: Annotated[bool, typer.Option("--header", help="Write a header line.")] = False,
              window: WindowOpt = 1, store: StoreOpt = None) -> None:
        """GDELT 2.0 event table (61 tab-separated columns, GDELT's order)."""
        n = _store(store).export_gdelt(out, flt, all_mentions, window, header)
        typer.echo(f"wrote {n} GDELT rows to {out}")

    @export.command("plover")
    @with_filters()
    def plover(flt: EventFilter, out: OutOpt, window: WindowOpt = 1, store: StoreOpt = None) -> None:
        """PLOVER/POLECAT-style JSONL, one event per line."""
        n = _store(store).export_plover(out, flt, window)
        typer.echo(f"wrote {n} PLOVER events to {out}")

    for fmt_name in ("csv", "parquet"):
        export.command(fmt_name)(with_filters()(_table_exporter(fmt_name)))


def _table_exporter(fmt_name: str) -> Callable[..., None]:
    """The ``export csv`` / ``export parquet`` command body for one format."""
    def table_export(flt: EventFilter, out: OutOpt,
                     table: Annotated[str, typer.Option(
                         "--table", help="events, articles, quotes, places or actors.")] = "events",
                     store: StoreOpt = None) -> None:
        n = _store(store).export_table(out, table, fmt_name, flt)
        typer.echo(f"wrote {n} {table} rows to {out}")
    table_export.__doc__ = f"A current table as {fmt_name.upper()} (filters apply to events)."
    return table_export


def _register_plot(app: typer.Typer) -> None:
    plot = typer.Typer(no_args_is_help=True, help="Plots (PNG): dyad timelines, actor networks.")
    app.add_typer(plot, name="plot")

    @plot.command("dyad")
    @with_filters("source", "target")
    def dyad(flt: EventFilter, source: Annotated[str, typer.Argument(help="Source actor.")],
             target: Annotated[str, typer.Argument(help="Target actor.")], out: OutOpt,
             by: Annotated[str, typer.Option("--by", help=f"Period: {', '.join(PERIODS)}.")] = "month",
             both: Annotated[bool, typer.Option("--both", help="Both directions.")] = False,
             store: StoreOpt = None) -> None:
        """Cooperation vs conflict and mean Goldstein over time for one dyad."""
        typer.echo(f"wrote {_store(store).plot_dyad(source, target, out, by, flt, both)}")

    @plot.command("network")
    @with_filters()
    def network(flt: EventFilter, out: OutOpt,
                min_weight: Annotated[int, typer.Option("--min-weight", help="Least events per edge.")] = 1,
                top: Annotated[int, typer.Option("--top", help="At most this many edges.")] = 40,
                level: Annotated[str, typer.Option("--level", help="code or country.")] = "code",
                store: StoreOpt = None) -> None:
        """The directed actor network, coloured by mean Goldstein."""
        typer.echo(f"wrote {_store(store).plot_network(out, min_weight, flt, level, top)}")


def register(app: typer.Typer) -> None:
    """Add the store commands to the ``tacitus`` app."""
    app.command("stats")(user_errors(_stats_command))

    @app.command("compact")
    @user_errors
    def compact(store: StoreOpt = None,
                orphan_age: Annotated[float, typer.Option(
                    "--orphan-age", help="Delete unreferenced files older than this (seconds).")] = 600.0,
                migrate: Annotated[bool, typer.Option("--migrate", help="Upgrade an older store first.")] = False,
                partition: Annotated[str | None, typer.Option(
                    "--partition", help="Rewrite as 'day' or 'month' partitions (month: big stores).")] = None,
                ) -> None:
        """Merge small files, drop superseded article versions and orphaned files."""
        report = _store(store).compact(orphan_age, migrate, partition)
        typer.echo(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in report.items()))

    _register_query(app)
    _register_export(app)
    _register_plot(app)
