"""``tacitus eval actors [GOLD] [--ngec PATH]``: accuracy of actor codes, countries and roles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

DEFAULT_GOLD = Path("tests/gold/actors/actors.yaml")


def register(app: typer.Typer) -> None:
    @app.command("actors")
    def eval_actors(
        gold: Annotated[Path, typer.Argument(help="Actor gold YAML (tests/gold/actors format).")] = DEFAULT_GOLD,
        ngec: Annotated[Path | None, typer.Option("--ngec", help="Also score NGEC actor tests, e.g. "
                                                  "../shared/eval/ngec_actor_tests_dev.jsonl.")] = None,
        errors: Annotated[int, typer.Option("--errors", help="Also print this many wrong mentions.")] = 0,
        as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
        model: Annotated[str | None, typer.Option("--model", help="spaCy model (default: best installed).")] = None,
    ) -> None:
        """Accuracy of code (country + first role), country and role on the gold set; with --ngec, country
        and sector accuracy on NGEC's actor-resolution tests (sector = our first role as a PLOVER sector:
        INS → REB, HLH → MED, MED → JRN)."""
        from tacitus.actors import load_actor_dictionary
        from tacitus.actors.evaluate import evaluate_gold, evaluate_ngec
        from tacitus.nlp import load_model

        for path in [gold, *([ngec] if ngec else [])]:
            if not path.is_file():
                typer.echo(f"Gold file {path} not found: pass an existing path.", err=True)
                raise typer.Exit(2)
        nlp = load_model(model)
        dictionary = load_actor_dictionary()
        try:
            score = evaluate_gold(gold, nlp, dictionary)
        except ValueError as problem:
            typer.echo(str(problem), err=True)
            raise typer.Exit(2) from None
        report = {"gold": {"file": str(gold), "mentions": score.total, "code": score.accuracy("code"),
                           "country": score.accuracy("country"), "role": score.accuracy("role")}}
        if ngec:
            countries, sectors = evaluate_ngec(ngec, nlp, dictionary)
            report["ngec"] = {"file": str(ngec), "country_n": countries.total,
                              "country": countries.accuracy("country"), "sector_n": sectors.total,
                              "sector": sectors.accuracy("role")}
        if as_json:
            typer.echo(json.dumps(report))
            return
        console = Console()
        table = Table(title=f"Actors vs {gold} ({score.total} mentions)")
        for column in ("measure", "accuracy", "n"):
            table.add_column(column, justify="left" if column == "measure" else "right")
        for measure in ("code", "country", "role"):
            table.add_row(measure, f"{report['gold'][measure]:.3f}", str(score.total))
        if ngec:
            table.add_row("NGEC country", f"{report['ngec']['country']:.3f}", str(report["ngec"]["country_n"]))
            table.add_row("NGEC sector", f"{report['ngec']['sector']:.3f}", str(report["ngec"]["sector_n"]))
        console.print(table)
        for error in score.errors[:errors]:
            console.print(f"[bold]{error['passage']}[/] {error['text']!r}: gold {error['gold']}, "
                          f"got {error['predicted']} ({error['predicted_text']!r}, {error['how']})")
