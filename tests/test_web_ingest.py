"""HTML pages and RSS/Atom feeds: real pages from ../shared, measured against their gold article bodies."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from tacitus.ingest import read_bytes, read_inputs
from tacitus.record import Article, ArticleRecord


def _token_f1(predicted: str, gold: str) -> float:
    p, g = Counter(predicted.split()), Counter(gold.split())
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def test_html_main_text_matches_the_gold_bodies(shared_dir: Path) -> None:
    root = shared_dir / "corpora" / "html_and_feeds"
    scores, non_english_skipped = [], 0
    for line in (root / "html_articles.jsonl").read_text().splitlines()[:60]:
        gold = json.loads(line)
        [item] = read_bytes((root / gold["meta"]["html_file"]).read_bytes(), gold["meta"]["html_file"])
        if not gold["meta"].get("likely_english", True):
            non_english_skipped += isinstance(item, ArticleRecord) and "not English" in (item.skipped or "")
            continue
        assert isinstance(item, Article), item
        scores.append(_token_f1(item.text, gold["text"]))
    assert sum(scores) / len(scores) >= 0.9
    assert non_english_skipped >= 1


def test_feed_items_become_articles_with_dates_and_outlets(shared_dir: Path) -> None:
    feed = shared_dir / "corpora" / "html_and_feeds" / "raw" / "feeds" / "reuters_world_2018-01-30.rss.xml"
    items = list(read_inputs([str(feed)]))
    articles = [item for item in items if isinstance(item, Article)]
    assert len(items) == 10 and len(articles) >= 9
    assert all(a.outlet == "Reuters: World News" and a.date and a.date.startswith("2018-01") for a in articles)
    assert all(a.url and a.title for a in articles)


def test_malformed_html_and_feeds_are_skipped_with_reasons() -> None:
    [page] = read_bytes(b"<!doctype html><html><body><nav>Home</nav></body></html>", "empty.html")
    assert isinstance(page, ArticleRecord)
    assert page.skipped in ("HTML page with no article text found", "empty: no text to code")
    [feed] = read_bytes(b"<?xml version='1.0'?><rss><channel><title>x</ti", "broken.rss")
    assert isinstance(feed, ArticleRecord) and (feed.skipped or "").startswith("feed with no items")
    # A truncated item is still read; with no text it is a recorded skip, not a crash.
    [item] = read_bytes(b"<?xml version='1.0'?><rss><channel><item><title>Talks", "cut.rss")
    assert isinstance(item, ArticleRecord) and item.skipped == "empty: no text to code"
    [gz] = read_bytes(b"\x1f\x8b\x08\x00garbage", "page.html.gz")
    assert isinstance(gz, ArticleRecord) and (gz.skipped or "").startswith("corrupt gzip file")
