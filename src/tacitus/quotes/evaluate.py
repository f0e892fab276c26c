"""Measure the quotes stage: PolNeAR (external gold) and Tacitus's own hand-written gold articles.

Both run the real pipeline stages — parse, ``resolve_actors``, ``extract_quotes`` — and score with
``tacitus.quotes.scoring`` (content-span F1 at token overlap ≥ 0.5 and ≥ 0.8, speaker accuracy).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

from tacitus.actors import load_actor_dictionary, resolve_actors
from tacitus.nlp import load_model, model_version
from tacitus.quotes import extract_quotes
from tacitus.quotes.polnear import GoldArticle, GoldQuote, read_polnear
from tacitus.quotes.scoring import QuoteScores, score_article
from tacitus.quotes.tagger import QuoteTagger
from tacitus.record import Article

DEFAULT_POLNEAR = Path("../shared/eval/polnear/dev")
DEFAULT_GOLD = Path("tests/gold/quotes/articles.yaml")


def _find(text: str, needle: str, occurrence: int, what: str, article_id: str) -> int:
    at = -1
    for _ in range(occurrence):
        at = text.find(needle, at + 1)
        if at < 0:
            raise ValueError(f"gold article {article_id}: {what} {needle!r} (occurrence {occurrence}) not in its text")
    return at


def _nearest(text: str, needle: str, fragments: list[tuple[int, int]]) -> int:
    """Offset of the whole-word occurrence of ``needle`` closest to the content (speakers like "he" recur)."""
    best, best_distance = -1, len(text) + 1
    for match in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text):
        at = match.start()
        if any(start <= at < end for start, end in fragments):
            continue  # the speaker is never a word of what was said
        distance = min(min(abs(at - start), abs(at - end)) for start, end in fragments)
        if distance < best_distance:
            best, best_distance = at, distance
    return best


def _gold_quote(text: str, item: dict[str, Any], article_id: str) -> GoldQuote:
    contents = item["content"] if isinstance(item["content"], list) else [item["content"]]
    occurrence = int(item.get("occurrence", 1))
    fragments = []
    for piece in contents:
        start = _find(text, piece, occurrence, "content", article_id)
        fragments.append((start, start + len(piece)))
    source: tuple[tuple[int, int], ...] = ()
    speaker = item.get("speaker")
    if speaker:
        at = _nearest(text, speaker, fragments)
        if at < 0:
            raise ValueError(f"gold article {article_id}: speaker {speaker!r} not in its text")
        source = ((at, at + len(speaker)),)
    kind = "direct" if item["kind"] == "direct" else "indirect"
    return GoldQuote(tuple(fragments), kind, source, item.get("name"), item.get("code"))


def read_gold(path: Path) -> list[GoldArticle]:
    """Tacitus's own gold articles (YAML, see ``tests/gold/quotes/README.md``)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    articles = []
    for entry in data:
        text = entry["text"]
        quotes = tuple(_gold_quote(text, item, entry["id"]) for item in entry.get("quotes", ()))
        articles.append(GoldArticle(entry["id"], text, quotes, entry.get("date")))
    return articles


def evaluate(articles: Iterable[GoldArticle], on_article: Callable[[], None] | None = None,
             model: str | None = None, tagger: QuoteTagger | None = None) -> QuoteScores:
    """Run actors and quotes over each gold article and tally the scores (``tagger``: the ML quote tagger)."""
    nlp = load_model(model)
    dictionary = load_actor_dictionary()
    scores = QuoteScores()
    pipeline = model_version(nlp)
    articles = list(articles)
    for gold, doc in zip(articles, nlp.pipe((a.text for a in articles), batch_size=8), strict=True):
        article = Article(id=gold.id, text=gold.text, date=gold.date)
        actors = resolve_actors(doc, article, dictionary)
        found = extract_quotes(doc, article, actors, pipeline=pipeline, tagger=tagger)
        score_article(scores, gold.text, gold.quotes, found, actors)
        if on_article is not None:
            on_article()
    return scores


def load_polnear(directory: Path) -> list[GoldArticle]:
    """PolNeAR articles of one split (``dev/`` to measure, ``train/`` to tune)."""
    return read_polnear(directory)
