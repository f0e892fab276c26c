"""The CAMEO code table: name, root, quad class, Goldstein score and PLOVER 2021 type/mode per code.

Facts live in ``data/events/cameo_codes.tsv`` (sources named in its header); this module only loads them.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code and what it maps to."""

    code: str
    root: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None
    name: str


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """Every CAMEO code (roots, 3- and 4-digit codes) keyed by its code string, e.g. ``"0356"``."""
    text = resources.files("tacitus").joinpath("data/events/cameo_codes.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    table: dict[str, CameoCode] = {}
    for row in rows:
        table[row["code"]] = CameoCode(
            code=row["code"],
            root=row["root"],
            quad_class=int(row["quad_class"]),
            goldstein=float(row["goldstein"]),
            plover_type=row["plover_type"] or None,
            plover_mode=row["plover_mode"] or None,
            name=row["name"],
        )
    return table


def lookup(code: str) -> CameoCode:
    """The table entry for ``code``; a root code such as ``"19"`` is read as its base code ``"190"``."""
    table = cameo_table()
    if len(code) == 2 and code + "0" in table:
        code = code + "0"
    try:
        return table[code]
    except KeyError:
        raise ValueError(f"Unknown CAMEO code {code!r}: see data/events/cameo_codes.tsv for valid codes.") from None
