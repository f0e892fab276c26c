"""Writing coded records to a stream as JSON Lines, a readable table, or TSV."""

from __future__ import annotations

import json
from typing import TextIO

from rich.console import Console
from rich.table import Table

from tacitus.record import ArticleRecord, Event

FORMATS = ("jsonl", "table", "tsv")
TSV_COLUMNS = ("article_id", "date", "sentence_index", "source_code", "source_text", "cameo", "root",
               "quad_class", "goldstein", "plover_type", "target_code", "target_text", "trigger", "negated",
               "hypothetical", "confidence", "location")


def write_jsonl(record: ArticleRecord, stream: TextIO) -> None:
    stream.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")


def write_tsv_header(stream: TextIO) -> None:
    stream.write("\t".join(TSV_COLUMNS) + "\n")


def write_tsv(record: ArticleRecord, stream: TextIO) -> None:
    """One row per event; articles without events write nothing."""
    for event in record.events:
        stream.write("\t".join(_clean(v) for v in _event_row(record, event)) + "\n")


def _event_row(record: ArticleRecord, event: Event) -> tuple[object, ...]:
    return (
        record.article.id, record.article.date, event.sentence_index,
        event.source.code if event.source else None, event.source.text if event.source else None,
        event.cameo, event.root, event.quad_class, event.goldstein, event.plover.event_type,
        event.target.code if event.target else None, event.target.text if event.target else None,
        event.trigger.text, event.negated, event.hypothetical, round(event.confidence, 3),
        event.location.name if event.location else None,
    )


def _clean(value: object) -> str:
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")


def write_table(record: ArticleRecord, console: Console) -> None:
    """A person-readable view of one article's events and quotes."""
    title = record.article.title or record.article.path or record.article.id[:19]
    if record.skipped:
        console.print(f"[yellow]skipped[/] {title}: {record.skipped}")
        return
    table = Table(title=f"{title} ({record.article.date or 'no date'})", title_justify="left", expand=False)
    for column in ("source", "event", "target", "evidence"):
        table.add_column(column, overflow="fold")
    for event in record.events:
        flags = " [red]negated[/]" if event.negated else ""
        flags += " [magenta]hypothetical[/]" if event.hypothetical else ""
        table.add_row(
            _actor_cell(event.source), f"{event.cameo} {event.plover.event_type or ''} ({event.goldstein:+.1f}){flags}",
            _actor_cell(event.target), f"“{event.trigger.text}” in sentence {event.sentence_index}",
        )
    console.print(table)
    for quote in record.quotes:
        speaker = quote.speaker.name or quote.speaker.text if quote.speaker else "unattributed"
        console.print(f"  [cyan]{speaker}[/] ({quote.kind}, {quote.verb or '—'}): “{quote.text[:160]}”")


def _actor_cell(actor: object) -> str:
    if actor is None:
        return "—"
    code = getattr(actor, "code", None) or "?"
    return f"{code} ({getattr(actor, 'text', '')})"
