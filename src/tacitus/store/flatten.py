"""Flatten ``ArticleRecord`` objects into the rows of the store's tables (see ``schema.py``)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from tacitus.record import ActorMention, ArticleRecord, Event, Quote
from tacitus.store.schema import STORE_SCHEMA_VERSION, UNKNOWN_DATE

Rows = dict[str, list[dict[str, Any]]]


def date_of(record: ArticleRecord) -> str:
    """The store date of a record: its article's ISO date, or ``unknown``."""
    date = (record.article.date or "")[:10]
    return date if _is_iso_date(date) else UNKNOWN_DATE


def _is_iso_date(text: str) -> bool:
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return False
    return True


def _ref(prefix: str, actor: ActorMention | None) -> dict[str, Any]:
    if actor is None:
        return {f"{prefix}_{k}": None for k in ("text", "start", "end", "code", "name", "country", "role")}
    return {f"{prefix}_{k}": v for k, v in actor.ref().items()}


def _event_row(article_id: str, event: Event, outlet: str | None, url: str | None) -> dict[str, Any]:
    loc = event.location
    return {
        "article_id": article_id, "event_id": event.id, "sentence_index": event.sentence_index,
        "sentence": event.sentence, **_ref("source", event.source), **_ref("target", event.target),
        "trigger_text": event.trigger.text, "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end, "cameo": event.cameo, "root": event.root,
        "quad_class": event.quad_class, "goldstein": event.goldstein,
        "plover_type": event.plover.event_type, "plover_mode": event.plover.mode,
        "negated": event.negated, "hypothetical": event.hypothetical, "confidence": event.confidence,
        "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
        "location_admin1": loc.admin1 if loc else None, "location_lat": loc.lat if loc else None,
        "location_lon": loc.lon if loc else None, "location_geonameid": loc.geonameid if loc else None,
        "location_how": loc.how if loc else None,
        "tone": event.tone, "how": event.how, "outlet": outlet, "url": url,
    }


def _quote_row(article_id: str, index: int, quote: Quote, outlet: str | None, url: str | None) -> dict[str, Any]:
    return {
        "article_id": article_id, "quote_index": index, "text": quote.text, "start": quote.start,
        "end": quote.end, "kind": quote.kind, **_ref("speaker", quote.speaker), "verb": quote.verb,
        "sentence_index": quote.sentence_index, "outlet": outlet, "url": url,
    }


def _article_row(record: ArticleRecord) -> dict[str, Any]:
    article, tone = record.article, record.tone
    return {
        "id": article.id, "source_id": article.source_id, "title": article.title, "outlet": article.outlet,
        "url": article.url, "path": article.path, "language": article.language,
        "word_count": article.word_count, "encoding": article.encoding, "truncated": article.truncated,
        "skipped_reason": record.skipped,
        "tone": tone.tone if tone else None, "tone_positive": tone.positive if tone else None,
        "tone_negative": tone.negative if tone else None, "tone_polarity": tone.polarity if tone else None,
        "tone_compound": tone.compound if tone else None,
        "n_actors": len(record.actors), "n_events": len(record.events), "n_quotes": len(record.quotes),
        "n_places": len(record.places),
        "versions": json.dumps(record.versions, sort_keys=True),
        "metadata": json.dumps(article.metadata, sort_keys=True, default=str),
        "schema_version": STORE_SCHEMA_VERSION,
    }


def flatten(record: ArticleRecord) -> Rows:
    """One record → rows per table (without the ``batch`` and ``coded_at`` columns the writer adds)."""
    article = record.article
    aid, outlet, url = article.id, article.outlet, article.url
    return {
        "articles": [_article_row(record)],
        "events": [_event_row(aid, e, outlet, url) for e in record.events],
        "quotes": [_quote_row(aid, i, q, outlet, url) for i, q in enumerate(record.quotes)],
        "places": [{"article_id": aid, "text": p.text, "start": p.start, "end": p.end, "name": p.name,
                    "country": p.country, "admin1": p.admin1, "lat": p.lat, "lon": p.lon,
                    "geonameid": p.geonameid, "feature": p.feature, "how": p.how} for p in record.places],
        "actors": [{"article_id": aid, "text": a.text, "start": a.start, "end": a.end, "code": a.code,
                    "name": a.name, "country": a.country, "role": a.role, "roles": ";".join(a.roles) or None,
                    "how": a.how, "entity": a.entity, "sentence_index": a.sentence_index}
                   for a in record.actors],
    }
