"""Commands added by this module (placeholder until its stage lands)."""

import typer


def register(app: typer.Typer) -> None:
    return None
