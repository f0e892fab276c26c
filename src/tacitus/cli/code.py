"""``tacitus code`` and ``tacitus demo``: read inputs, code them, print records, fill the store."""

from __future__ import annotations

import datetime
import sys
import time
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
import yaml
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from tacitus.actors import ActorDataError, load_actor_dictionary
from tacitus.events import PredicateError, load_predicates
from tacitus.ingest import IngestOptions, read_inputs
from tacitus.ingest.text import DEFAULT_MAX_CHARS
from tacitus.nlp import ModelNotFoundError
from tacitus.output import FORMATS, write_jsonl, write_table, write_tsv, write_tsv_header
from tacitus.pipeline import Options
from tacitus.record import ArticleRecord
from tacitus.runner import code_items, default_workers
from tacitus.store import Store, default_store_path
from tacitus.summary import RunSummary

STORE_BATCH = 64
EXIT_NOTHING_CODED = 2
STORE_HELP = "Store directory [default: $TACITUS_STORE or ./tacitus-data]"
WORKERS_HELP = "Worker processes [default: the machine's cores]."
MODEL_HELP = "spaCy model to parse with [default: $TACITUS_MODEL or the best installed]."
ML_HELP = ("Also run the ML stages (needs the extra tacitus[ml]): propose events the dictionary misses, "
           "and find indirect quotes with the MiniLM quote tagger.")
ML_THRESHOLD_HELP = ("With --ml: propose an event only above this classifier probability [default: the trained "
                     "cut-off]; higher proposes fewer events, right more often on real news.")


def register(app: typer.Typer) -> None:
    app.command("code")(code)
    app.command("demo")(demo)


def code(
    paths: Annotated[list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")],
    output_format: Annotated[str, typer.Option("--format", "-f", help="jsonl | table | tsv")] = "jsonl",
    store: Annotated[Path | None, typer.Option(help=STORE_HELP)] = None,
    no_store: Annotated[bool, typer.Option("--no-store", help="Print only; write nothing to a store.")] = False,
    workers: Annotated[int, typer.Option(help=WORKERS_HELP)] = 0,
    date: Annotated[str | None, typer.Option(help="Date (YYYY-MM-DD) for inputs that carry none.")] = None,
    actors: Annotated[list[Path] | None,
                      typer.Option("--actors", help="Extra actor dictionary (YAML); repeatable.")] = None,
    predicates: Annotated[list[Path] | None,
                          typer.Option("--predicates", help="Extra predicate dictionary (YAML); repeatable.")] = None,
    model: Annotated[str | None, typer.Option(help=MODEL_HELP)] = None,
    max_chars: Annotated[int, typer.Option(help="Cut longer articles to their head.")] = DEFAULT_MAX_CHARS,
    summary: Annotated[bool, typer.Option(help="Print the run summary on stderr at the end.")] = True,
    ml: Annotated[bool, typer.Option("--ml", help=ML_HELP)] = False,
    ml_threshold: Annotated[float | None, typer.Option(
        "--ml-threshold", min=0.0, max=1.0, help=ML_THRESHOLD_HELP)] = None,
) -> None:
    """Code articles into events, actors, quotes, places and tone (one JSON object per article)."""
    if output_format not in FORMATS:
        _fail(f"unknown --format {output_format!r}; choose one of {', '.join(FORMATS)}")
    if date is not None and not _is_iso_date(date):
        _fail(f"--date {date!r} is not a date; write it as YYYY-MM-DD")
    for option, files in (("--actors", actors), ("--predicates", predicates)):
        for extra in files or []:
            if not extra.is_file():
                _fail(f"{option} {extra}: no such file")
    _check_user_files(tuple(actors or ()), tuple(predicates or ()))
    if ml:
        _check_ml()
    options = Options(model=model, actor_files=tuple(actors or ()), predicate_files=tuple(predicates or ()), ml=ml,
                      ml_threshold=ml_threshold)
    ingest = IngestOptions(date=date, max_chars=max_chars)
    store_dir = None if no_store else _store_path(store)
    totals = run(paths, options, ingest, workers or default_workers(), output_format, store_dir)
    if summary:
        totals.print(Console(stderr=True))
    if totals.coded == 0:
        raise typer.Exit(EXIT_NOTHING_CODED)


def demo(
    store: Annotated[Path | None, typer.Option(help=STORE_HELP)] = None,
    workers: Annotated[int, typer.Option(help=WORKERS_HELP)] = 0,
) -> None:
    """Code the bundled sample articles into the store and print a summary."""
    samples = resources.files("tacitus.data").joinpath("samples")
    store_dir = _store_path(store)
    console = Console(stderr=True)
    console.print(f"Coding the bundled sample articles into [bold]{store_dir}[/] …")
    totals = run([str(samples)], Options(), IngestOptions(), workers or default_workers(), None, store_dir)
    totals.print(Console())


def run(paths: Iterable[str], options: Options, ingest: IngestOptions, workers: int, output_format: str | None,
        store_dir: Path | None) -> RunSummary:
    """Read, code, print and store; returns the tally. ``output_format=None`` prints no records."""
    totals = RunSummary()
    writer = _open_store(store_dir)
    stdout = Console(soft_wrap=True)
    if output_format == "tsv":
        write_tsv_header(sys.stdout)
    batch: list[ArticleRecord] = []
    try:
        for record in _with_progress(code_items(read_inputs(paths, ingest), options, workers)):
            totals.add(record)
            if output_format == "jsonl":
                write_jsonl(record, sys.stdout)
            elif output_format == "tsv":
                write_tsv(record, sys.stdout)
            elif output_format == "table":
                write_table(record, stdout)
            batch.append(record)
            if writer is not None and len(batch) >= STORE_BATCH:
                writer.write(batch)
                batch = []
    except ModelNotFoundError as error:
        _fail(str(error))
    finally:
        # An interrupted run still stores what it finished: a re-run replaces, never duplicates.
        if writer is not None and batch:
            writer.write(batch)
    return totals


def _with_progress(records: Iterator[ArticleRecord]) -> Iterator[ArticleRecord]:
    """A progress line with articles/s on a terminal; nothing when stderr is piped."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield from records
        return
    started = time.perf_counter()
    columns = (TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
               TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("coding", total=None, rate="")
        for count, record in enumerate(records, start=1):
            rate = count / max(time.perf_counter() - started, 1e-6)
            progress.update(task, completed=count, rate=f"{rate:.1f} articles/s")
            yield record


def _check_user_files(actor_files: tuple[Path, ...], predicate_files: tuple[Path, ...]) -> None:
    """Read user dictionaries once up front, so a mistake is one clear line, not a worker's traceback."""
    checks = (("--actors", actor_files, load_actor_dictionary), ("--predicates", predicate_files, load_predicates))
    for option, files, load in checks:
        if not files:
            continue
        try:
            load(files)
        except (ActorDataError, PredicateError) as error:
            _fail(str(error))
        except yaml.YAMLError as error:
            _fail(f"{option} {', '.join(map(str, files))}: not valid YAML ({str(error).splitlines()[0]})")


def _check_ml() -> None:
    """The ML stage's extra must be installed: one clear line naming the install, not a worker's traceback."""
    from tacitus.events.ml import MLUnavailableError, require_ml

    try:
        require_ml()
    except MLUnavailableError as error:
        _fail(escape(str(error)))  # "tacitus[ml]" is no markup tag


def _store_path(store: Path | None) -> Path:
    return Path(store) if store else Path(default_store_path())


def _open_store(store_dir: Path | None) -> Store | None:
    return None if store_dir is None else Store(store_dir)


def _is_iso_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _fail(message: str) -> None:
    Console(stderr=True).print(f"[red]error[/]: {message}")
    raise typer.Exit(EXIT_NOTHING_CODED)
