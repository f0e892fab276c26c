"""Reading the actor data files: TSV rows, YAML rules and user entries, validated so that a mistake is one
clear ``ActorDataError`` naming the file and the fix."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from typing import Any

import yaml

ROLE_CODES = frozenset(
    "GOV MIL COP JUD LEG OPP REB INS SPY MED BUS CVL EDU HLH LAB REF ELI CRM NGO IGO PTY REL UNK".split()
)


class ActorDataError(ValueError):
    """A data file (shipped or user-supplied) is malformed; the message names the file and the fix."""


def tsv_rows(text: str, source: str) -> Iterator[dict[str, str]]:
    """Data rows of a tab-separated file with a header line; ``#`` lines and blank lines are skipped."""
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for number, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), start=2):
        if None in row:
            raise ActorDataError(f"{source}: data row {number} has more columns than the header; check tabs.")
        yield {k: (v or "").strip() for k, v in row.items()}


def load_yaml(text: str, source: str) -> Any:
    """Parse YAML; a syntax error becomes an ``ActorDataError`` naming the file and line."""
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        where = getattr(error, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        raise ActorDataError(f"{source}: not valid YAML{line} ({getattr(error, 'problem', error)}); "
                             f"fix the syntax (each entry like '- {{name: Acme Corp, code: USABUS}}').") from None


def yaml_mapping(text: str, source: str) -> dict[str, Any]:
    """A shipped YAML rules file (``names.yaml``, ``locatives.yaml``): a mapping of lists."""
    data = load_yaml(text, source) or {}
    if not isinstance(data, dict):
        raise ActorDataError(f"{source}: expected a mapping of lists (suffixes, not_surnames, female, ...).")
    return data


def yaml_entries(text: str, source: str) -> list[dict[str, Any]]:
    """A user actor file: a list of entries, each checked so that a mistake is one clear error."""
    data = load_yaml(text, source) or []
    if isinstance(data, dict) and "actors" in data:
        data = data["actors"]
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise ActorDataError(f"{source}: expected a YAML list of entries like '- {{name: Acme Corp, code: USABUS}}' "
                             f"(or a mapping with an 'actors:' list).")
    for number, entry in enumerate(data, start=1):
        if not entry.get("name") or not (entry.get("code") or entry.get("country")):
            raise ActorDataError(f"{source}: entry {number} needs 'name' and 'code' (or 'country'); "
                                 f"got {entry}.")
        role = entry.get("role")
        if role and str(role) not in ROLE_CODES:
            raise ActorDataError(f"{source}: entry {number} ({entry['name']}) has role {role!r}; "
                                 f"use one of {' '.join(sorted(ROLE_CODES))}.")
        aliases = entry.get("aliases")
        if aliases is not None and not isinstance(aliases, list):
            raise ActorDataError(f"{source}: entry {number} ({entry['name']}): 'aliases' must be a list, "
                                 f"e.g. aliases: [DLF, Delta Front].")
    return data


def parse_date(value: Any, default: date, source: str) -> date:
    """An ISO date from a cell or YAML value; empty gives ``default``."""
    if value in (None, ""):
        return default
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ActorDataError(f"{source}: {value!r} is not a date; write it as YYYY-MM-DD.") from None


def split_cell(value: str | None) -> list[str]:
    """The parts of a ``|``-separated cell."""
    return [part.strip() for part in (value or "").split("|") if part.strip()]
