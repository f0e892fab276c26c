"""Group quotations with the mixed quotes they belong to (run after the direct and indirect finders).

PolNeAR-style annotation (and a reader) takes *In Iowa, "the race is close," he says. "We will win."*
as one attribution: the second quotation has no cue of its own and continues what the speaker began
in the mixed quote. The direct finder cannot see that (mixed quotes are found after it), so it keeps
such a quotation without a speaker; ``join_mixed_continuations`` gives it the mixed quote's cue,
speaker and kind, so the parts of one attribution share the kind of its first part.
``drop_inside_mixed`` drops a quotation that a mixed quote of the same cue already holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from tacitus.quotes.direct import Found, is_learned
from tacitus.quotes.layout import DocLayout

JOINED_KINDS = frozenset({"mixed"})  # the kinds of first part a cue-less quotation may carry on


def _continues(layout: DocLayout, previous: Found, quote: Found) -> bool:
    """Same paragraph, or the quotation opens the paragraph right after the mixed quote's."""
    before, after = layout.paragraph_at(previous.end), layout.paragraph_at(quote.start)
    if before == after:
        return True
    line_start = layout.text.rfind("\n", 0, quote.start) + 1
    opens_paragraph = not layout.text[line_start:quote.start].strip(" \t\"“„«'‘")
    return opens_paragraph and layout.text.count("\n", previous.end, line_start) <= 2 and after == before + 1


def join_mixed_continuations(layout: DocLayout, direct: Sequence[Found], indirect: Sequence[Found],
                             kinds: frozenset[str] = JOINED_KINDS) -> list[Found]:
    """``direct`` with each quotation that carries on a mixed quote joined to it.

    A quotation carries on a mixed quote when it has no cue of its own and follows it (same
    paragraph, or opening the next), or when its cue is the mixed quote's cue ("… "forget it," said
    Roffman. "He turns like a light switch.""), with no other quotation between them.
    """
    heads = sorted((f for f in list(indirect) + list(direct)
                    if f.kind in kinds and f.cue is not None and not is_learned(f.cue)), key=lambda f: f.end)
    if not heads:
        return list(direct)
    joined: list[Found] = []
    for index, quote in enumerate(direct):
        if quote.kind == "direct":
            previous_direct = max((f.end for f in direct[:index] if f.kind == "direct"), default=-1)
            candidates = [h for h in heads if previous_direct <= h.start and h.end <= quote.start]
            head = candidates[-1] if candidates else None
            if head is not None and head.cue is not None and (
                    (quote.cue is None and _continues(layout, head, quote)) or
                    (quote.cue is not None and quote.cue.token == head.cue.token)):
                quote = replace(quote, kind=head.kind, cue=head.cue, group=head.group)
        joined.append(quote)
    return joined


def drop_inside_mixed(direct: Sequence[Found], indirect: Sequence[Found]) -> list[Found]:
    """``direct`` without the quotations a mixed quote of the same cue already holds.

    *Rubio said that once the Senate was in recess, “I will help.”* is one mixed quote; the
    quotation inside it is not a second, direct one of the same *said*.
    """
    spans: dict[int, list[tuple[int, int]]] = {}
    for found in indirect:
        if found.kind == "mixed" and found.cue is not None:
            spans.setdefault(found.cue.token, []).append((found.start, found.end))
    return [f for f in direct if f.cue is None or not any(
        start <= f.start and f.end <= end + 1 for start, end in spans.get(f.cue.token, ()))]
