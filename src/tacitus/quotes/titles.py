"""Quotations that name a work rather than quote someone: listed titles and titles set off after a noun."""

from __future__ import annotations

import re

from tacitus.quotes.layout import DocLayout
from tacitus.quotes.marks import MarkedSpan

_TITLE_GAP = " ,”\"'’»"  # what may stand between a title's closing mark and its byline
MAX_TITLE_WORDS = 8  # longer quotations in title case are headlines or slogans, not names of works
_TITLE_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by",
                          "with", "from", "as", "is", "vs"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_title(layout: DocLayout, close: int, title_followers: frozenset[str]) -> bool:
    """Is the quotation a listed title ("…," by Times' Ben Sisario)?

    A title-follower word (``title_followers`` in ``cues.yaml``) on the same line, after a comma
    at the closing mark; without the comma "by" is a passive agent ("“horrified” by the attack").
    """
    text = layout.text
    if not title_followers or "," not in text[close - 1: close + 2]:
        return False
    line = text[close + 1: close + 40].split("\n", 1)[0]
    words = line.lstrip(_TITLE_GAP).split(maxsplit=1)
    return bool(words) and words[0].lower() in title_followers


def is_appositive_title(layout: DocLayout, span: MarkedSpan) -> bool:
    """Is the quotation the title of a work set off after a noun ("his 2012 book, ''An American
    Son.''", "a Web ad, "Playing Trump," in which …")? Every word capitalised, short."""
    text = layout.text
    before = text[:span.open_at].rstrip()
    if not before.endswith(","):
        return False
    comma = layout.token_at(len(before) - 1)
    if comma == 0 or layout.doc[comma - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    words = _WORD.findall(text[span.start:span.end])
    capitals = sum(1 for word in words if word[0].isupper())
    return (0 < len(words) <= MAX_TITLE_WORDS and capitals >= 2
            and all(word[0].isupper() or word.lower() in _TITLE_SMALL for word in words))
