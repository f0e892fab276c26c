"""``tacitus eval quotes``: content-span F1 and speaker accuracy on PolNeAR and on our own gold set."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from tacitus.quotes.evaluate import DEFAULT_GOLD, DEFAULT_POLNEAR, evaluate, load_polnear, read_gold
from tacitus.quotes.polnear import GoldArticle
from tacitus.quotes.scoring import CATEGORIES, QuoteScores
from tacitus.quotes.tagger import QuoteTagger, TaggerUnavailableError, load_tagger


def _table(title: str, scores: QuoteScores) -> Table:
    table = Table(title=title)
    for column in ("kind", "gold", "predicted"):
        table.add_column(column)
    for threshold in scores.thresholds:
        for name in ("P", "R", "F1"):
            table.add_column(f"{name}@{threshold}", justify="right")
    table.add_column("speaker right", justify="right")
    table.add_column("name right", justify="right")
    for category in CATEGORIES:
        first = scores.tally(category, scores.thresholds[0])
        row = [category, str(first.gold), str(first.predicted)]
        for threshold in scores.thresholds:
            tally = scores.tally(category, threshold)
            row += [f"{tally.precision:.3f}", f"{tally.recall:.3f}", f"{tally.f1:.3f}"]
        row.append(f"{first.speaker_accuracy:.3f} ({first.speaker_right}/{first.with_source})")
        row.append(f"{first.name_accuracy:.3f} ({first.name_right}/{first.with_name})" if first.with_name else "-")
        table.add_row(*row)
    return table


def _run(console: Console, label: str, articles: list[GoldArticle], model: str | None,
         tagger: QuoteTagger | None) -> None:
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task(f"parsing {label}", total=len(articles))
        scores = evaluate(articles, lambda: progress.advance(task), model=model, tagger=tagger)
    console.print(_table(f"{label}: {len(articles)} articles", scores))


def quotes(
    polnear: Path = typer.Option(DEFAULT_POLNEAR, help="PolNeAR split directory (text/ + attributions/)."),
    gold: Path = typer.Option(DEFAULT_GOLD, help="Tacitus's own gold articles (YAML)."),
    skip_polnear: bool = typer.Option(False, "--skip-polnear", help="Score only the own gold set."),
    model: str | None = typer.Option(None, help="spaCy model to parse with."),
    ml: bool = typer.Option(False, "--ml", help="Find indirect quotes with the MiniLM tagger (needs tacitus[ml])."),
) -> None:
    """Score quote extraction: P/R/F1 at token overlap ≥ 0.5 and ≥ 0.8, share of right speakers."""
    # tables this wide wrap badly at 80 columns when the output is piped into a file
    console = Console(width=None if sys.stdout.isatty() else 160)
    try:
        tagger = load_tagger() if ml else None
    except TaggerUnavailableError as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from None
    try:
        if not skip_polnear and not polnear.exists():
            console.print(f"[yellow]no PolNeAR split at {polnear}; pass --polnear DIR[/yellow]")
        elif not skip_polnear:
            _run(console, f"PolNeAR {polnear}", load_polnear(polnear), model, tagger)
        if gold.exists():
            _run(console, f"Tacitus gold {gold}", read_gold(gold), model, tagger)
        else:
            console.print(f"[yellow]no gold file at {gold}; pass --gold FILE[/yellow]")
    except (FileNotFoundError, ValueError) as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(1) from None


def register(app: typer.Typer) -> None:
    app.command("quotes")(quotes)
