"""``tacitus eval places [GOLD]``: toponym and event-location accuracy of the places stage."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

DEFAULT_GOLD = Path("tests/gold/places/places.jsonl")


class OutputFormat(StrEnum):
    table = "table"
    json = "json"


def register(app: typer.Typer) -> None:
    @app.command("places")
    def eval_places(
        gold: Annotated[Path, typer.Argument(help="Places gold JSONL (see tests/gold/places/).")] = DEFAULT_GOLD,
        output: Annotated[OutputFormat, typer.Option("--format", help="table or json.")] = OutputFormat.table,
        errors: Annotated[int, typer.Option("--errors", help="Also print this many errors.")] = 0,
        model: Annotated[str | None, typer.Option("--model", help="spaCy model (default: best installed).")] = None,
        coded_events: Annotated[bool, typer.Option(
            "--coded-events", help="Also run the events stage and score the gold events it finds.")] = False,
    ) -> None:
        """Toponym accuracy (exact GeoNames id, within 50 km, country) and event-location accuracy."""
        from tacitus.actors import load_actor_dictionary
        from tacitus.nlp import load_model
        from tacitus.places import load_gazetteer
        from tacitus.places.evaluate import evaluate, load_gold

        if not gold.is_file():
            typer.echo(f"Gold file {gold} not found: pass a path, e.g. tacitus eval places {DEFAULT_GOLD}", err=True)
            raise typer.Exit(2)
        predicates = None
        if coded_events:
            from tacitus.events import load_predicates

            predicates = load_predicates()
        try:
            passages = load_gold(gold)
        except ValueError as error:
            typer.echo(str(error), err=True)
            raise typer.Exit(2) from None
        score = evaluate(passages, load_model(model), load_gazetteer(), load_actor_dictionary(), predicates)
        if output is OutputFormat.json:
            typer.echo(json.dumps(score.as_dict(), indent=2))
            return
        console = Console()
        table = Table(title=f"Places vs {gold} ({score.passages} passages, {score.gold_toponyms} toponyms, "
                            f"{score.events} events)")
        table.add_column("measure")
        table.add_column("accuracy", justify="right")
        table.add_column("right", justify="right")
        table.add_column("of", justify="right")
        rows = [
            ("toponyms found (recall)", score.found, score.gold_toponyms),
            ("predicted places that are gold (precision)", score.predicted_matching, score.predicted),
            ("exact GeoNames id", score.exact_id, score.gold_with_id),
            ("within 50 km", score.within_50km, score.gold_toponyms),
            ("country", score.country, score.gold_toponyms),
            ("event location (gold triggers)", score.events_correct, score.events),
        ]
        if coded_events:
            rows.append(("event location (coded events)", score.coded_events_correct, score.coded_events))
        for name, right, total in rows:
            table.add_row(name, f"{score.rate(right, total):.3f}", str(right), str(total))
        console.print(table)
        how = ", ".join(f"{name} {count}" for name, count in score.events_by_how.most_common())
        console.print(f"event locations by how: {how}")
        for line in score.errors[:errors]:
            console.print(line, markup=False, highlight=False)
