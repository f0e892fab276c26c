"""Draw the sentences of the Wikinews events gold (``tests/gold/events/events_wikinews*.jsonl``).

Reads ``../shared/corpora/wikinews_cc_by/wikinews.jsonl``, splits each article's paragraphs into
sentences with the project's spaCy model, drops the dateline and sentences under 6 or over 60 words,
keeps at most 2 sentences per article and draws 240 with a fixed seed. Prints one JSON line per draw:
``{id, ref: {corpus, article, start, end, sha1}, date, text}``. ``text`` is for the annotator only;
the gold stores ``ref`` (offsets into the article's ``text`` and a sha1 check) so no corpus text
enters the repository.

Usage: python scripts/sample_wikinews_sentences.py [--seed 20261128] [--count 240] > draws.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from pathlib import Path

from tacitus.nlp import load_model

CORPUS = "wikinews_cc_by/wikinews.jsonl"
CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
DATELINE = re.compile(r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}$")
MIN_WORDS, MAX_WORDS, PER_ARTICLE = 6, 60, 2


def sha1_12(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, line) for each non-empty line but the dateline; sentences never cross a line."""
    found, offset = [], 0
    for line in text.split("\n"):
        if line.strip() and not DATELINE.match(line.strip()):
            found.append((offset, line))
        offset += len(line) + 1
    return found


def sentences(nlp, article: dict) -> list[tuple[int, int]]:
    """(start, end) character offsets of the article's sentences of 6 to 60 words."""
    spans = []
    for offset, line in paragraphs(article["text"]):
        for sent in nlp(line).sents:
            words = sum(1 for token in sent if not token.is_punct and not token.is_space)
            if MIN_WORDS <= words <= MAX_WORDS:
                spans.append((offset + sent.start_char, offset + sent.end_char))
    return spans


def draw(articles: list[dict], seed: int, count: int) -> list[dict]:
    """Up to PER_ARTICLE random sentences per article, then ``count`` of that pool, in draw order."""
    nlp = load_model()
    rng = random.Random(seed)
    pool = []
    for article in articles:
        spans = sentences(nlp, article)
        for start, end in rng.sample(spans, min(PER_ARTICLE, len(spans))):
            pool.append((article, start, end))
    picked = rng.sample(pool, min(count, len(pool)))
    draws = []
    for number, (article, start, end) in enumerate(picked, 1):
        text = article["text"][start:end]
        ref = {"corpus": CORPUS, "article": article["id"], "start": start, "end": end, "sha1": sha1_12(text)}
        draws.append({"id": f"wn-{number:04d}", "ref": ref, "date": article["date"][:10], "text": text})
    return draws


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--count", type=int, default=240)
    args = parser.parse_args()
    with open(CORPORA / CORPUS, encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines]
    for record in draw(articles, args.seed, args.count):
        print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
