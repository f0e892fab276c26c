"""``tacitus actors lookup``: what mention strings resolve to, and why."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table


class LookupFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


LOOKUP_HELP = """Show what mentions resolve to. Give mention texts as arguments, or `-` to read stdin: one
mention per line, or JSON Lines with `text` and optional `date` and `context` (a sentence around it)."""


def register(app: typer.Typer) -> None:
    actors_app = typer.Typer(no_args_is_help=True, help="Inspect the actor dictionary and resolution.")
    app.add_typer(actors_app, name="actors")

    @actors_app.command("lookup", help=LOOKUP_HELP)
    def lookup_command(
        texts: Annotated[list[str], typer.Argument(help="Mention texts, or - for stdin.")],
        date: Annotated[str | None, typer.Option(
            "--date", help="Date to code people on (default: unknown, each person's principal office).")] = None,
        output: Annotated[LookupFormat, typer.Option("--format", help="table or jsonl.")] = LookupFormat.table,
        actors: Annotated[list[Path] | None, typer.Option("--actors", help="Extra actor YAML file(s).")] = None,
        model: Annotated[str | None, typer.Option("--model", help="spaCy model (default: best installed).")] = None,
    ) -> None:
        from tacitus.actors import ActorDataError, load_actor_dictionary
        from tacitus.actors.lookup import lookup
        from tacitus.nlp import load_model

        queries = list(_read_queries(texts, date))
        try:
            dictionary = load_actor_dictionary(tuple(actors or ()))
        except (ActorDataError, OSError) as error:
            typer.echo(f"Cannot load actors: {error}", err=True)
            raise typer.Exit(2) from None
        nlp = load_model(model)
        results = [lookup(text, nlp, dictionary, on, context) for text, on, context in queries]
        if output == LookupFormat.jsonl:
            for result in results:
                sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
            return
        table = Table(title=f"Actor lookup (dictionary {dictionary.version})")
        for column in ("text", "date", "code", "country", "role", "name", "how"):
            table.add_column(column)
        for result in results:
            row = result.to_dict()
            table.add_row(result.text, result.date or "unknown", *(str(row[k] or "—") for k in
                                                      ("code", "country", "role", "name", "how")))
        Console().print(table)


def _read_queries(texts: list[str], date: str | None):  # type: ignore[no-untyped-def]
    """(text, date, context) for each argument, or for each stdin line when the only argument is ``-``."""
    if texts != ["-"]:
        for text in texts:
            yield text, date, None
        return
    for number, line in enumerate(sys.stdin, start=1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("{"):
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                typer.echo(f"stdin line {number} is not valid JSON; give one mention or one JSON object a line.",
                           err=True)
                raise typer.Exit(2) from None
            yield str(row.get("text", "")), row.get("date") or date, row.get("context")
        else:
            yield line, date, None
