"""Attribute quotations in marks: direct quotes, split quotes, continued paragraphs, partial quotes.

The cue search around a quotation and the paragraph/continuation logic live here; speakers read off
the words around a quotation are in ``speaker_words``, titles of works in ``titles``.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tacitus.quotes.attribution import Cue
from tacitus.quotes.layout import DocLayout
from tacitus.quotes.marks import MarkedSpan
from tacitus.quotes.speaker_words import adjacent_speaker, colon_cue, inverted_cue, preceding_speaker
from tacitus.quotes.titles import is_appositive_title, is_title

# what may stand right before a quotation that opens a direct quote (sentence or clause starts)
_DIRECT_BEFORE = ".?!:;\n—–"
_CLOSING_MARKS = "”\"'’»"  # a quotation right after another one (a title, a split part) stands alone
_CLAUSE_END = ".?!,…—-"
_SENTENCE_ENDS = frozenset({".", "?", "!"})
_POSSESSIVES = ("'s", "’s", "s'", "s’")
# a quotation inside a cue's object ("expressed readiness “for dialogue”") is a partial quote, not a
# reported clause
PARTIAL_LINKS = frozenset({"dobj"})
MIN_UNATTRIBUTED_WORDS = 5  # shorter quotations with no speaker are titles and slogans, not quotes
NEAR_CUE_CHARS = 40  # how far back a cue may stand from the comma that opens its quote


def is_learned(cue: Cue) -> bool:
    """Was the cue's content chosen by the learned link model (``tacitus.quotes.learned``)?"""
    return (cue.content_dep or "").startswith("learned:")


@dataclass(frozen=True)
class Found:
    """A quote before its speaker becomes a record; ``group`` joins the parts of one attribution."""

    start: int
    end: int
    kind: str
    cue: Cue | None
    group: int


def _opens_direct(text: str, span: MarkedSpan, cue_ends: list[int]) -> bool:
    """Does the quotation stand as a direct quote rather than a phrase inside a sentence?"""
    before = text[:span.open_at].rstrip()
    if not before or before[-1] in _DIRECT_BEFORE or before[-1] in _CLOSING_MARKS:
        return True
    if _starts_paragraph(text, span.open_at):
        return True  # after a paragraph that ends without a full stop: "… (Reuters)" or a headline
    bare = before.rstrip(",")
    if bare and len(bare) in cue_ends and text[span.start:span.start + 1].isupper():
        return True  # right after its cue: He said, "We …" (a lower-case start is a phrase: said "a disaster")
    if before[-1] == ",":
        # "told his supporters, “…" / "he said of Trump, “because …": a cue a few words back
        near = bisect.bisect_right(cue_ends, len(before))
        cue_end = cue_ends[near - 1] if near else -NEAR_CUE_CHARS - 1
        if len(before) - cue_end <= NEAR_CUE_CHARS and "\n" not in text[cue_end:len(before)]:
            return True
    content = text[span.start: span.close_at if span.close_at is not None else span.end]
    clause_like = content[:1].isupper() and content.rstrip()[-1:] in _CLAUSE_END and len(content.split()) >= 3
    return before[-1] in ",(" and clause_like


def opening_kind(text: str, span: MarkedSpan) -> str:
    """``direct`` for a quotation that opens with a sentence, ``partial`` for one that opens in lower case.

    A quotation that starts in the middle of the speaker's sentence (*Instead, Axelrod said, "she
    started as a favourite."*) carries on the writer's sentence: wire style calls it a partial quote,
    and PolNeAR starts its content before the mark. Later parts of a split quote keep the first
    part's kind (*"We will win," he said, "and nobody can stop us."* stays direct).
    """
    first = text[span.start:span.start + 1]
    return "partial" if first.isalpha() and first.islower() else "direct"


def _starts_paragraph(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()


class DirectAttributor:
    """Pairs each quotation in marks with the cue that introduces it."""

    def __init__(self, layout: DocLayout, cues: Sequence[Cue], spans: Sequence[MarkedSpan],
                 title_followers: frozenset[str] = frozenset()):
        self.layout = layout
        self.title_followers = title_followers
        self.spans = spans
        self._opens = [s.open_at for s in spans]
        self._closes = [s.close_at if s.close_at is not None else s.end for s in spans]
        self.cues = [c for c in cues if not self.inside_quote(layout.token_starts[c.token])]
        self._by_sentence: dict[int, list[Cue]] = {}
        for cue in self.cues:
            self._by_sentence.setdefault(cue.sentence, []).append(cue)
        doc = layout.doc
        self._cue_ends = sorted({doc[c.token].idx + len(doc[c.token]) for c in self.cues if c.direct})

    def inside_quote(self, char: int) -> bool:
        at = bisect.bisect_right(self._opens, char) - 1
        return at >= 0 and char <= self._closes[at]

    def _char(self, cue: Cue) -> int:
        return int(self.layout.token_starts[cue.token])

    def _with_speaker(self, cue: Cue, span: MarkedSpan, close: int) -> Cue | None:
        cue = adjacent_speaker(self.layout, cue, close)
        if cue.speaker is None and self._char(cue) < span.open_at:
            cue = preceding_speaker(self.layout, cue)
        if cue.speaker is None:
            return None
        start, end = self.layout.char_span(cue.speaker)
        if self.inside_quote(start) or self.inside_quote(max(start, end - 1)):
            return None
        return cue

    def _candidates(self, span: MarkedSpan, close: int) -> list[Cue]:
        layout, text = self.layout, self.layout.text
        first, last = layout.sentence_at(span.open_at), layout.sentence_at(max(span.open_at, close - 1))
        found: list[Cue] = []
        for sentence in range(first, last + 1):
            found.extend(self._by_sentence.get(sentence, ()))
        if text[:span.open_at].rstrip().endswith(":") and first > 0:
            found.extend(self._by_sentence.get(first - 1, ()))
        # "…,” \n Smith said." when the parser ends the sentence at the closing mark
        following = last + 1
        if following < len(layout.sentence_bounds):
            start_token = layout.sentence_bounds[following][0]
            gap = text[close + 1: layout.doc[start_token].idx]
            if not gap.strip(" ,\n”\"'’"):  # "''" closes in two characters
                found.extend(c for c in self._by_sentence.get(following, ()) if c.token - start_token <= 5)
        paragraphs = {layout.paragraph_at(span.open_at), layout.paragraph_at(close)}
        if text[:span.open_at].rstrip().endswith(":"):
            paragraphs.add(layout.paragraph_at(len(text[:span.open_at].rstrip()) - 1))
        # a cue never reaches across a paragraph break, whatever the sentence splitter joined
        found = [c for c in found if layout.paragraph_at(self._char(c)) in paragraphs]
        if not text[:span.open_at].rstrip().endswith(":"):
            found = [c for c in found if not self._sentence_ends_between(c.token, span.open_at)]
        found = [c for c in found if not self._introduces_next(c, close)]
        usable = (self._with_speaker(c, span, close) for c in found if c.direct)
        return [c for c in usable if c is not None]

    def _introduces_next(self, cue: Cue, close: int) -> bool:
        """Does a cue after the closing mark introduce the next quotation instead ("… terrorists.''
        Mr. Zahed said: ''The attack …")? A colon after it says so."""
        doc = self.layout.doc
        return self._char(cue) > close and cue.token + 1 < len(doc) and doc[cue.token + 1].text == ":"

    def _sentence_ends_between(self, token: int, char: int) -> bool:
        """Does a sentence end between cue ``token`` and the opening mark at ``char``?

        The parser sometimes joins a quotation to the sentence before it ("Pressed by Mr. Smith, he
        denied it. ''If he has …,'' Mr. Trump said."); a cue in that earlier sentence never
        introduces the quotation. Abbreviations ("Mr.") are single tokens, so only a bare full stop,
        question or exclamation mark counts.
        """
        doc = self.layout.doc
        last = self.layout.token_at(char)
        return token < last and any(t.text in _SENTENCE_ENDS for t in doc[token + 1: last])

    def _nearest(self, candidates: list[Cue], span: MarkedSpan, close: int) -> Cue | None:
        def distance(cue: Cue) -> int:
            at = self._char(cue)
            gap = span.open_at - at if at < span.open_at else at - close
            # a cue whose own clause reports something else is a worse match than a bare "he said"
            if cue.content is not None:
                c_start, c_end = self.layout.char_span(cue.content)
                if not (c_start <= span.open_at + 1 and c_end >= span.start):
                    gap += 200
            return gap
        return min(candidates, key=distance) if candidates else None

    def _embedded_cue(self, span: MarkedSpan) -> tuple[Cue | None, bool]:
        """For a quotation inside a sentence: (cue of a partial quote, whether a reported clause holds it)."""
        layout = self.layout
        for cue in self.cues:
            if cue.content is None or cue.content_dep in PARTIAL_LINKS or is_learned(cue):
                continue  # an object, or what the link model guessed, never turns a partial quote into a clause
            c_start, c_end = layout.char_span(cue.content)
            if c_start < span.open_at < c_end:
                return None, True
        before = layout.text[:span.open_at].rstrip()
        if before.endswith(_POSSESSIVES):
            return None, False  # Fox News's "Fox and Friends": a title, not a quote
        first = layout.doc[layout.token_at(span.start)]
        ancestors = {t.i for t in first.ancestors}
        for cue in self._by_sentence.get(layout.sentence_at(span.start), ()):
            if cue.speaker is not None and cue.token in ancestors:
                return cue, False
        return None, False

    def _introduced_clause(self, cue: Cue, span: MarkedSpan, group: int) -> Found | None:
        """A quotation after a colon that ends the cue's reported clause, as one mixed quote.

        *He said he came up with the sign idea: "Democrats $1 …"*: what was said starts with the
        clause (*he came up with …*) and runs through the quotation (as PolNeAR annotates it); a bare
        *he said:* or *said in a speech on Tuesday:* leaves the quotation direct.
        """
        text = self.layout.text
        before = text[:span.open_at].rstrip()
        if cue.content_dep != "ccomp" or cue.content is None or not before.endswith(":"):
            return None
        start = self.layout.char_span(cue.content)[0]
        # the clause starts after the cue and before the colon (the parser may hang the quotation on it)
        if not (self._char(cue) < start < len(before) - 1 and "\n" not in text[start:span.open_at]):
            return None
        return Found(start, span.end, "mixed", cue, group)

    def attribute(self) -> list[Found]:
        """Every quotation in marks kept as a quote, with its cue (``None`` when unattributable)."""
        found: list[Found] = []
        last: Found | None = None
        last_paragraph = -2
        text = self.layout.text
        for span in self.spans:
            close = span.close_at if span.close_at is not None else span.end
            paragraph = self.layout.paragraph_at(span.open_at)
            if span.continues and found and found[-1] is last:
                # one quotation running over several paragraphs stays one quote; a cue after its last
                # part ("…!" she said) names its speaker, else it keeps the one it started with
                fresh = self._nearest(self._candidates(span, close), span, close)
                if fresh is not None and (found[-1].cue is None or fresh.token != found[-1].cue.token):
                    found[-1] = replace(found[-1], end=span.end, cue=fresh, group=len(found))
                else:
                    found[-1] = replace(found[-1], end=span.end)
                last, last_paragraph = found[-1], paragraph
                continue
            if is_title(self.layout, close, self.title_followers) or is_appositive_title(self.layout, span):
                continue
            if not _opens_direct(text, span, self._cue_ends):
                cue, in_clause = self._embedded_cue(span)
                if cue is not None and not in_clause:
                    found.append(Found(span.start, span.end, "partial", cue, len(found)))
                continue
            cue = self._nearest(self._candidates(span, close), span, close) or inverted_cue(self.layout, span, close)
            if cue is not None:
                if last is not None and last.cue is not None and last.cue.token == cue.token:
                    # the second part of a split quote: same cue, same speaker words as the first
                    quote = Found(span.start, span.end, last.kind, last.cue, last.group)
                else:
                    quote = self._introduced_clause(cue, span, len(found)) or Found(
                        span.start, span.end, opening_kind(text, span), cue, len(found))
            elif last is not None and last.cue is not None and (
                    span.continues or paragraph == last_paragraph
                    or (paragraph == last_paragraph + 1 and _starts_paragraph(text, span.open_at))):
                # a following quote with no cue of its own continues the previous speaker
                quote = Found(span.start, span.end, last.kind, last.cue, last.group)
            elif (colon := colon_cue(self.layout, span)) is not None:
                quote = Found(span.start, span.end, opening_kind(text, span), colon, len(found))
            elif len(text[span.start:span.end].split()) >= MIN_UNATTRIBUTED_WORDS:
                quote = Found(span.start, span.end, opening_kind(text, span), None, len(found))
            else:
                continue
            found.append(quote)
            last, last_paragraph = quote, paragraph
        return found
