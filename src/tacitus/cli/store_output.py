"""Render query rows for the terminal: a Rich table, CSV or JSON (``--format``)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from rich.console import Console
from rich.table import Table

FORMATS = ("table", "csv", "json")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float):
        return round(value, 4)
    return value


def render(rows: Sequence[dict[str, Any]], fmt: str, title: str | None = None,
           columns: Sequence[str] | None = None) -> None:
    """Print ``rows`` to stdout in ``fmt``; ``columns`` narrows the table view (CSV/JSON keep all)."""
    if fmt == "json":
        json.dump([{k: _plain(v) for k, v in row.items()} for row in rows], sys.stdout, ensure_ascii=False,
                  indent=1)
        sys.stdout.write("\n")
        return
    if fmt == "csv":
        names = list(rows[0]) if rows else list(columns or [])
        writer = csv.DictWriter(sys.stdout, fieldnames=names, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _plain(v) for k, v in row.items()})
        return
    shown = list(columns) if columns else (list(rows[0]) if rows else [])
    table = Table(title=title, show_lines=False)
    for name in shown:
        table.add_column(name, overflow="fold", min_width=min(len(name), 14), max_width=60)
    for row in rows:
        table.add_row(*("" if row.get(c) is None else str(_plain(row.get(c))) for c in shown))
    terminal = Console()
    # piped output has no terminal width: use a wide one rather than folding every header
    console = terminal if terminal.is_terminal else Console(width=200)
    console.print(table)
    if not rows:
        console.print("(no rows)")
