"""Find direct quotations over raw text: straight and curly marks, nesting, multi-paragraph quotes.

Double marks open quotations anywhere; single curly marks only at the top level and only when they
close before the paragraph ends (elsewhere they are apostrophes). Marks nested inside an open
quotation are part of its content. A paragraph that opens a quotation without closing
it continues into the next paragraph when that one opens with a mark, as newspapers print it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENERS = "“„«"
STRAIGHT = '"'
# two apostrophes stand for a double mark in some wire and archive texts ('' like this '')
_MARK_RE = re.compile(r"''|[\"“”„«»‘’']")
SINGLE_OPEN, SINGLE_CLOSE = "‘", "’"
APOSTROPHE = "'"
_PARAGRAPH_RE = re.compile(r"[^\n]+")
# trailing characters that belong to the sentence around the quote, not to what was said
_TRAILING = " \t,;:"


@dataclass(frozen=True)
class MarkedSpan:
    """The content of one quotation in marks (``start``/``end`` exclude the marks).

    ``open_at`` is the offset of the opening mark; ``continues`` is true when this paragraph's part
    carries on a quotation opened in an earlier paragraph.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    continues: bool = False


def _is_opener(text: str, first: int, last: int) -> bool:
    """A straight mark (``text[first:last + 1]``) opens when a boundary precedes it and no space follows."""
    before = text[first - 1] if first > 0 else " "
    after = text[last + 1] if last + 1 < len(text) else " "
    # a mark before ">" ends a markup attribute (<tweet date="…">), it opens nothing
    return (before.isspace() or before in "([{—–-/:") and not after.isspace() and after != ">"


def _is_closer(text: str, at: int) -> bool:
    """A single closing mark ends a quotation when no letter follows (else it is an apostrophe)."""
    after = text[at + 1] if at + 1 < len(text) else " "
    return not after.isalpha() and at > 0 and not text[at - 1].isspace()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


_Pair = tuple[int, int, int | None]  # opening mark, content start, closing mark


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[_Pair], tuple[int, int] | None]:
    """Top-level quotations in one paragraph as (opening mark, content start, closing mark), and the
    (opening mark, content start) of a quotation left open at the paragraph's end."""
    pairs: list[tuple[int, int, int | None]] = []
    stack: list[str] = []  # "c" curly/guillemet, "s" straight, "1" single; innermost last
    opened: tuple[int, int] | None = None
    for match in _MARK_RE.finditer(text, start, end):
        first, last = match.start(), match.end() - 1
        mark = STRAIGHT if match.group() == "''" else match.group()
        if mark in (SINGLE_OPEN, SINGLE_CLOSE):
            # single marks quote only at the top level (headlines: Ryan: ‘No place in a campaign’);
            # elsewhere they are apostrophes or nested quotes that belong to the content
            if mark == SINGLE_OPEN and not stack and _is_opener(text, first, last):
                stack.append("1")
            elif mark == SINGLE_CLOSE and stack == ["1"] and _is_closer(text, last):
                stack.pop()
            else:
                continue
        elif mark == APOSTROPHE:
            # a straight single mark quotes a sentence at the top level (headlines: Trump: 'We will
            # win.'); it must open before a capital, so "the '90s" and "rock 'n' roll" stay apostrophes
            if not stack and _is_opener(text, first, last) and text[last + 1:last + 2].isupper():
                stack.append(APOSTROPHE)
            elif stack == [APOSTROPHE] and _is_closer(text, last):
                stack.pop()
            else:
                continue
        elif mark == STRAIGHT:
            if stack and stack[-1] == "s":
                stack.pop()
            elif _is_opener(text, first, last):
                stack.append("s")
            elif stack == ["c"]:
                stack.pop()  # “mixed marks" in careless copy: a straight mark closes the curly quote
            else:
                continue  # a stray closing straight mark with nothing open (inches, typos)
        elif mark in OPENERS:
            stack.append("c")
        elif "c" in stack:  # a curly closer closes the innermost curly quotation
            while stack and stack.pop() != "c":
                pass
        elif stack == ["s"]:
            stack.pop()  # "mixed marks” the other way round
        else:
            continue  # a stray curly closer
        if len(stack) == 1 and opened is None:
            opened = (first, last + 1)
        elif not stack and opened is not None:
            pairs.append((opened[0], opened[1], first))
            opened = None
    if stack in (["1"], [APOSTROPHE]):
        opened = None  # a lone ‘ or ' never opens a quotation running past its paragraph
    return pairs, opened


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Every top-level quotation in ``text``, in order, content offsets without the marks.

    >>> [text[s.start:s.end] for s in find_marked_spans(text := 'He said: "We will win," and left.')]
    ['We will win']
    """
    spans: list[MarkedSpan] = []
    carried = False  # the previous paragraph left a quotation open
    for paragraph in _PARAGRAPH_RE.finditer(text):
        p_start, p_end = paragraph.span()
        first = p_start
        while first < p_end and text[first].isspace():
            first += 1
        continues = carried and first < p_end and text[first] in OPENERS + STRAIGHT
        pairs, left_open = _scan_paragraph(text, p_start, p_end)
        for index, (open_at, content_at, close_at) in enumerate(pairs):
            start, end = _trim(text, content_at, close_at if close_at is not None else p_end)
            if end > start:
                spans.append(MarkedSpan(start, end, open_at, close_at, continues and index == 0 and open_at == first))
        if left_open is not None:
            start, end = _trim(text, left_open[1], p_end)
            if end > start:
                is_first = not pairs and left_open[0] == first
                spans.append(MarkedSpan(start, end, left_open[0], None, continues and is_first))
        carried = left_open is not None
    return spans
