"""The ``tacitus`` command line: a thin Typer layer over the Python API.

Each module in ``COMMAND_MODULES`` owns one concern and adds its commands through ``register``.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(no_args_is_help=True, add_completion=False, help="Tacitus: political event data from news text.")
eval_app = typer.Typer(no_args_is_help=True, help="Measure an extractor against a gold set (precision, recall, F1).")
app.add_typer(eval_app, name="eval")

# module name → the Typer app its ``register`` receives
COMMAND_MODULES = {
    "tacitus.cli.code": app,
    "tacitus.cli.store": app,
    "tacitus.cli.actors": app,
    "tacitus.cli.eval_actors": eval_app,
    "tacitus.cli.eval_events": eval_app,
    "tacitus.cli.eval_quotes": eval_app,
    "tacitus.cli.eval_places": eval_app,
}

for _module_name, _target in COMMAND_MODULES.items():
    importlib.import_module(_module_name).register(_target)


def main() -> None:
    app()
