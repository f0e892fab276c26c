"""Readers for each kind of input: plain text, directories, JSON Lines, JSON arrays, HTML, RSS/Atom, stdin.

Each yields ``Article`` objects to code, or ``ArticleRecord`` skips that say why an input was not coded.
Nothing is dropped silently: every file, line and element yields exactly one item.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tacitus.ingest.articles import KNOWN_FIELDS, IngestOptions, make_article, skipped
from tacitus.ingest.text import UndecodableError, decode
from tacitus.ingest.web import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    MalformedInputError,
    feed_items,
    html_article,
    looks_like_feed,
    looks_like_html,
)
from tacitus.record import Article, ArticleRecord

TEXT_SUFFIXES = {".txt", ".text"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
# What a directory walk picks up; a file named explicitly is read whatever its name.
DIRECTORY_SUFFIXES = TEXT_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES
# Files beyond this are truncated at read time already: nobody's single article is 50 MB.
MAX_FILE_BYTES = 50_000_000

Item = Article | ArticleRecord


def read_inputs(paths: Iterable[str], options: IngestOptions = IngestOptions()) -> Iterator[Item]:
    """Read every path (``-`` is stdin) and yield articles and skips, de-duplicated within the run."""
    seen: dict[str, str] = {}
    for path in paths:
        for item in _read_path(path, options):
            if isinstance(item, Article):
                if item.id in seen:
                    yield skipped(f"duplicate of an article already read from {seen[item.id]}", item.path,
                                  item.source_id, text=item.text + f"#{item.path}#{item.source_id}")
                    continue
                seen[item.id] = item.path or "stdin"
            yield item


def _read_path(path: str, options: IngestOptions) -> Iterator[Item]:
    if path == "-":
        yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", options)
        return
    target = Path(path)
    if target.is_dir():
        for child in sorted(p for p in target.rglob("*") if p.is_file()):
            if _suffix(child.name) in DIRECTORY_SUFFIXES and not child.name.startswith("."):
                yield from read_file(child, options)
    elif target.is_file():
        yield from read_file(target, options)
    else:
        yield skipped("no such file or directory", str(target))


def read_file(path: Path, options: IngestOptions = IngestOptions()) -> Iterator[Item]:
    """One file: JSON Lines / JSON by suffix, else plain text."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        yield skipped(f"unreadable: {error.strerror}", str(path))
        return
    yield from read_bytes(data, str(path), options)


def read_bytes(data: bytes, name: str, options: IngestOptions = IngestOptions()) -> Iterator[Item]:
    """Decode and parse the bytes of one input, choosing the reader by name and content."""
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            yield skipped(f"corrupt gzip file: {error}", name)
            return
    suffix = _suffix(name)
    if suffix in FEED_SUFFIXES or looks_like_feed(data[:2000].decode("latin-1")):
        yield from _read_feed(data, name, options)
        return
    try:
        text, encoding = decode(data[:MAX_FILE_BYTES])
    except UndecodableError as error:
        yield skipped(str(error), name)
        return
    stripped = text.lstrip()
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and looks_like_html(stripped)):
        yield from _read_html(text, name, encoding, options)
    elif suffix in (".jsonl", ".ndjson") or (suffix not in TEXT_SUFFIXES and _looks_like_jsonl(stripped)):
        yield from _read_json_lines(text, name, encoding, options)
    elif suffix == ".json" or (suffix not in TEXT_SUFFIXES and stripped.startswith("[")):
        yield from _read_json_document(text, name, encoding, options)
    else:
        yield from _read_plain_text(text, name, encoding, options)


def _suffix(name: str) -> str:
    """The meaningful suffix: ``page.html.gz`` reads as ``.html``."""
    suffixes = [s.lower() for s in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _read_html(text: str, name: str, encoding: str, options: IngestOptions) -> Iterator[Item]:
    try:
        fields = html_article(text)
    except MalformedInputError as error:
        yield skipped(str(error), name)
        return
    yield _from_json_object(fields, name, encoding, options)


def _read_feed(data: bytes, name: str, options: IngestOptions) -> Iterator[Item]:
    try:
        items = feed_items(data)
    except MalformedInputError as error:
        yield skipped(str(error), name)
        return
    for index, fields in enumerate(items):
        yield _from_json_object(fields, name, "utf-8", options, element=index)


def _looks_like_jsonl(text: str) -> bool:
    return text.startswith("{") and '"text"' in text[:5000]


def _read_plain_text(text: str, name: str, encoding: str, options: IngestOptions) -> Iterator[Item]:
    """A first line followed by a blank line is the headline."""
    lines = text.lstrip("\ufeff").split("\n", 2)
    if len(lines) == 3 and lines[0].strip() and not lines[1].strip() and len(lines[0]) < 300:
        title, body = lines[0], lines[2]
    else:
        title, body = None, text
    yield make_article(body, title=title, path=name, encoding=encoding, date=None, options=options)


def _read_json_lines(text: str, name: str, encoding: str, options: IngestOptions) -> Iterator[Item]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield skipped(f"malformed JSON on line {number}: {error.msg}", name, metadata={"line": number})
            continue
        yield _from_json_object(value, name, encoding, options, line=number)


def _read_json_document(text: str, name: str, encoding: str, options: IngestOptions) -> Iterator[Item]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield skipped(f"malformed JSON at line {error.lineno}: {error.msg}", name)
        return
    elements = value if isinstance(value, list) else [value]
    for index, element in enumerate(elements):
        yield _from_json_object(element, name, encoding, options, element=index)


def _from_json_object(value: Any, name: str, encoding: str, options: IngestOptions, **where: int) -> Item:
    if not isinstance(value, dict):
        return skipped(f"expected a JSON object, found {type(value).__name__}", name, metadata=dict(where))
    if "text" not in value:
        return skipped("JSON object has no 'text' field", name, _string(value.get("id")), metadata=dict(where))
    metadata = {key: item for key, item in value.items() if key not in KNOWN_FIELDS} | where
    return make_article(
        value.get("text") or "",
        title=_string(value.get("title")),
        date=value.get("date"),
        outlet=_string(value.get("outlet")),
        url=_string(value.get("url")),
        source_id=_string(value.get("id")),
        path=name,
        encoding=encoding,
        options=options,
        metadata=metadata,
    )


def _string(value: Any) -> str | None:
    return None if value is None else str(value)
