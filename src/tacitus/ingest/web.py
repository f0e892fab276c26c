"""Web inputs: HTML article pages (main text by trafilatura) and RSS/Atom feeds (items by feedparser).

Both return plain dictionaries with the JSON fields (``title``, ``text``, ``date``, ``outlet``, ``url``,
``id``) or raise ``MalformedInputError`` with a reason the reader records as a skip.
"""

from __future__ import annotations

import calendar
import time
from typing import Any

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}


class MalformedInputError(ValueError):
    """An HTML page or feed we could not get article text out of."""


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head


def looks_like_feed(text: str) -> bool:
    head = text[:2000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def html_article(html: str, url: str | None = None) -> dict[str, Any]:
    """The main text, title and date of an article page; boilerplate (menus, ads, comments) is dropped."""
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False)
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        raise MalformedInputError("HTML page with no article text found")
    return {
        "title": getattr(document, "title", None),
        "text": text,
        "date": getattr(document, "date", None),
        "outlet": getattr(document, "sitename", None) or getattr(document, "hostname", None),
        "url": getattr(document, "url", None) or url,
    }


def feed_items(data: bytes) -> list[dict[str, Any]]:
    """Every item of an RSS or Atom feed, with its full content where the feed carries it."""
    import feedparser

    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None)
        raise MalformedInputError(f"feed with no items{f' ({problem})' if problem else ''}")
    outlet = parsed.feed.get("title")
    return [_feed_item(entry, outlet) for entry in parsed.entries]


def _feed_item(entry: Any, outlet: str | None) -> dict[str, Any]:
    content = entry.get("content") or []
    body = content[0].get("value") if content else entry.get("summary") or entry.get("description") or ""
    return {
        "id": entry.get("id") or entry.get("link"),
        "title": entry.get("title"),
        "text": _strip_tags(body),
        "date": _entry_date(entry),
        "outlet": outlet,
        "url": entry.get("link"),
    }


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return time.strftime("%Y-%m-%d", time.gmtime(calendar.timegm(parsed)))


def _strip_tags(fragment: str) -> str:
    """Feed summaries often carry HTML; keep their text, one paragraph per block."""
    if "<" not in fragment:
        return fragment
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(f"<div>{fragment}</div>")
    except (ValueError, TypeError):
        return fragment
    for block in root.iter("p", "br", "div", "li"):
        block.tail = "\n\n" + (block.tail or "")
    return str(root.text_content())
