"""Building an ``Article`` (or a recorded skip) from text and metadata, with every check applied."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tacitus.ingest.text import (
    DEFAULT_MAX_CHARS,
    MIN_LETTERS,
    article_id,
    compose,
    guess_language,
    letter_count,
    truncate,
)
from tacitus.record import Article, ArticleRecord

KNOWN_FIELDS = ("id", "title", "text", "date", "outlet", "url")


@dataclass(frozen=True)
class IngestOptions:
    """Checks applied to every input; ``date`` fills in for inputs without one."""

    date: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    check_language: bool = True


def skipped(reason: str, path: str | None = None, source_id: str | None = None, text: str = "",
            metadata: dict[str, Any] | None = None) -> ArticleRecord:
    """A record that says why an input was not coded; its id is derived from where it came from."""
    metadata = metadata or {}
    key = text or f"{path}#{source_id}#{metadata.get('line', '')}#{metadata.get('element', '')}"
    article = Article(id=article_id(key), text="", path=path, source_id=source_id, language=None,
                      metadata=metadata)
    return ArticleRecord(article, skipped=reason)


def make_article(text: str, title: str | None = None, date: str | None = None, outlet: str | None = None,
                 url: str | None = None, source_id: str | None = None, path: str | None = None,
                 encoding: str | None = None, options: IngestOptions = IngestOptions(),
                 metadata: dict[str, Any] | None = None) -> Article | ArticleRecord:
    """Clean and check one article. Returns the ``Article`` to code, or a skip record with its reason."""
    metadata = metadata or {}
    if not isinstance(text, str):
        return skipped(f"'text' is {type(text).__name__}, not a string", path, source_id, metadata=metadata)
    full = compose(title if isinstance(title, str) else None, text)
    if letter_count(full) < MIN_LETTERS:
        return skipped("empty: no text to code", path, source_id, metadata=metadata)
    full, was_truncated = truncate(full, options.max_chars)
    language = guess_language(full)
    if options.check_language and language not in (None, "en"):
        return skipped(f"not English (looks like '{language}')", path, source_id, text=full, metadata=metadata)
    clean_title = compose(title, "") if isinstance(title, str) and title.strip() else None
    return Article(
        id=article_id(full),
        text=full,
        title=clean_title,
        source_id=None if source_id is None else str(source_id),
        date=normalise_date(date) or options.date,
        outlet=outlet,
        url=url,
        path=path,
        language=language or "en",
        encoding=encoding,
        truncated=was_truncated,
        metadata=metadata,
    )


def normalise_date(value: Any) -> str | None:
    """Accept ISO dates and datetimes (``2016-12-01``, ``2016-12-01T10:00:00Z``); keep the day."""
    if not value:
        return None
    text = str(value).strip()
    if len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit():
        return text[:10]
    if len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return None
