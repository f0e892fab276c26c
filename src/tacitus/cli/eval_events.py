"""``tacitus eval events [GOLD]``: precision, recall and F1 of the events stage against a gold set."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

DEFAULT_GOLD = Path("tests/gold/events/events_gold.jsonl")
GOLD_HELP = (
    "Gold JSONL: Tacitus events gold, or the CAMEO codebook / PLOVER examples of ../shared/eval "
    "(format detected by its fields)."
)


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


def _print_table(report: dict, console: Console, show_misses: int, misses: list[dict]) -> None:
    title = f"Events vs {report['gold_kind']} gold ({report['items']} texts)"
    table = Table(title=title)
    for column in ("level", "precision", "recall", "F1", "tp", "predicted", "gold"):
        table.add_column(column, justify="left" if column == "level" else "right")
    rows = [(name, scores) for name, scores in report["levels"].items()]
    rows += [(f"flag: {name}", scores) for name, scores in report["flags"].items()]
    for name, s in rows:
        table.add_row(
            name,
            f"{s['precision']:.3f}",
            f"{s['recall']:.3f}",
            f"{s['f1']:.3f}",
            str(s["tp"]),
            str(s["predicted"]),
            str(s["gold"]),
        )
    console.print(table)
    console.print(report["dyad_definition"])
    cells = {(c["gold"], c["predicted"]): c["count"] for c in report["confusion"]}
    roots = sorted({r for pair in cells for r in pair} - {"--"}) + ["--"]
    confusion = Table(title="Confusion by root (rows: gold, columns: predicted, --: none)")
    confusion.add_column("gold")
    for root in roots:
        confusion.add_column(root, justify="right")
    for gold_root in roots:
        confusion.add_row(gold_root, *(str(cells.get((gold_root, p), "")) for p in roots))
    console.print(confusion)
    for miss in misses[:show_misses]:
        console.print(f"[bold]{miss['id']}[/] {miss['text']}\n  gold: {miss['gold']}\n  pred: {miss['predicted']}")


def register(app: typer.Typer) -> None:
    @app.command("events")
    def eval_events(
        gold: Annotated[Path, typer.Argument(help=GOLD_HELP)] = DEFAULT_GOLD,
        output: Annotated[OutputFormat, typer.Option("--format", help="table or json.")] = OutputFormat.table,
        misses: Annotated[int, typer.Option("--misses", help="Also print this many texts coded wrong.")] = 0,
        model: Annotated[str | None, typer.Option("--model", help="spaCy model (default: best installed).")] = None,
        ml: Annotated[bool, typer.Option("--ml", help="Add the ML stage's events (needs tacitus[ml]).")] = False,
        ml_threshold: Annotated[float | None, typer.Option(
            "--ml-threshold", min=0.0, max=1.0, help="With --ml: the classifier's cut-off (default: trained).")] = None,
    ) -> None:
        """Precision, recall and F1 at root, full code and dyad+root, plus a confusion table by root."""
        from tacitus.events.evaluate import load_gold, predict, score
        from tacitus.events.ml import MLUnavailableError, require_ml
        from tacitus.pipeline import Options, load_resources

        if not gold.is_file():
            typer.echo(
                f"Gold file {gold} not found: pass a path, e.g. tacitus eval events "
                f"../shared/eval/cameo_codebook_dev.jsonl",
                err=True,
            )
            raise typer.Exit(2)
        try:
            gold_set = load_gold(gold)
        except (ValueError, KeyError) as error:
            typer.echo(f"Cannot read gold file {gold}: {error}", err=True)
            raise typer.Exit(2) from None
        if ml:
            try:
                require_ml()
            except MLUnavailableError as error:
                typer.echo(f"error: {error}", err=True)
                raise typer.Exit(2) from None
        resources = load_resources(Options(model=model, ml=ml, ml_threshold=ml_threshold))
        report = score(gold_set, predict(gold_set.items, resources))
        if output is OutputFormat.json:
            data = report.as_dict()
            if misses:
                data["misses"] = report.misses[:misses]
            typer.echo(json.dumps(data, indent=2))
        else:
            _print_table(report.as_dict(), Console(width=max(Console().width, 140)), misses, report.misses)
