"""Indirect and mixed quotes: the clause a cue governs ("X said that …", "according to X, …")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tacitus.quotes.attribution import Cue
from tacitus.quotes.direct import PARTIAL_LINKS, Found, is_learned
from tacitus.quotes.layout import DocLayout
from tacitus.quotes.marks import MarkedSpan

MIN_CONTENT_TOKENS = 2  # "said so", "said this" report nothing a reader can use
MIN_OBJECT_TOKENS = 3  # "rejected the criticism" takes a stance; "backed a ban on assault weapons" reports one


def find_indirect(layout: DocLayout, cues: Sequence[Cue], spans: Sequence[MarkedSpan],
                  direct: Sequence[Found], inside_quote: Callable[[int], bool]) -> list[Found]:
    """Reported clauses of cues that did not introduce a direct quote; ``mixed`` when they quote in part.

    ``cues`` are the cues outside quotation marks; ``inside_quote(char)`` says whether a character
    lies within a quotation.
    """
    found: list[Found] = []
    quoted = [(f.start, f.end) for f in direct if f.kind in ("direct", "mixed")]  # mixed: a clause before a colon
    used = {f.cue.token for f in direct if f.cue is not None}
    group = len(direct)
    for cue in cues:
        learned = is_learned(cue)  # the model judged its size and source
        if cue.content is None or not cue.reports or (cue.speaker is None and not learned):
            continue
        size = cue.content[1] - cue.content[0]
        if not learned and (size < MIN_CONTENT_TOKENS or (cue.content_dep == "dobj" and size < MIN_OBJECT_TOKENS)):
            continue
        start, end = layout.char_span(cue.content)
        if inside_quote(start):
            continue  # reported speech inside someone's quote belongs to the quote
        overlap = chars_covered(start, end, quoted)
        if overlap > 0.5 * (end - start) or (cue.token in used and overlap > 0):
            continue  # the clause is (mostly) the direct quote this cue already introduced
        quoted_inside = opens_quotation(start, end, spans)
        if quoted_inside and (cue.content_dep in PARTIAL_LINKS or learned):
            continue  # the quotation in the cue's object is reported as a partial quote
        kind = "mixed" if quoted_inside else "indirect"
        found.append(Found(start, end, kind, cue, group))
        group += 1
    return found


def chars_covered(start: int, end: int, quoted: Sequence[tuple[int, int]]) -> int:
    """How many characters of ``start``–``end`` the (non-overlapping) ``quoted`` ranges cover."""
    return sum(max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in quoted)


def opens_quotation(start: int, end: int, spans: Sequence[MarkedSpan]) -> bool:
    """Does a quotation open within ``start``–``end`` (a clause that quotes in part is ``mixed``)?"""
    return any(start <= s.open_at < end for s in spans)
