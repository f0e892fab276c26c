"""Indirect and mixed quotes from the ML tagger's marks (``--ml``), attributed through the parse where it can.

The tagger (``tacitus.quotes.tagger``) marks contents, sources and cues. A marked content that is not a
direct quote becomes an indirect (or mixed) quote. Its cue and speaker come from the parse's cue whose
own content covers much the same words; failing that, from the nearest marked cue in the sentence and
the marked source nearest to that cue (the cue's subject in the parse when none is marked). A content
with no cue in its sentence is dropped, and one with only a marked cue is kept when the tagger is sure
of it and someone is named as its source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span

from tacitus.quotes.attribution import Cue, cue_subject
from tacitus.quotes.direct import Found
from tacitus.quotes.indirect import chars_covered, opens_quotation
from tacitus.quotes.layout import DocLayout
from tacitus.quotes.marks import MarkedSpan
from tacitus.quotes.polnear import QUOTE_OPENERS
from tacitus.quotes.tagger import Tagged

MIN_CONTENT_CHARS = 8  # "so", "it": nothing a reader can use
SAME_CONTENT = 0.5  # word overlap at which a parse cue's content is the tagged content
# A content no parse cue governs stands on the tagger alone: keep it only when the tagger is sure of it
# (mean inside-chance of its pieces). Chosen on held-out PolNeAR train articles: 0.75-0.9 score alike.
SURE_WITHOUT_PARSE = 0.8


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared / (max(a[1], b[1]) - min(a[0], b[0])) if shared > 0 else 0.0


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—-"):
        end -= 1
    return start, end


class TaggedAttributor:
    """Turns one document's tagger marks into quotes; built once per document."""

    def __init__(self, layout: DocLayout, tagged: Tagged, cues: Sequence[Cue]):
        self.layout = layout
        self.tagged = tagged
        self.parse_cues = [(layout.char_span(c.content), c) for c in cues if c.content is not None]

    def find(self, spans: Sequence[MarkedSpan], direct: Sequence[Found],
             inside_quote: Callable[[int], bool]) -> list[Found]:
        """Quotes for the marked contents that are neither direct quotes nor inside one."""
        text = self.layout.text
        quoted = [(f.start, f.end) for f in direct if f.kind in ("direct", "mixed")]
        found: list[Found] = []
        group = len(direct)
        confidence = self.tagged.confidence or (1.0,) * len(self.tagged.content)
        for (raw_start, raw_end), sure in zip(self.tagged.content, confidence, strict=True):
            start, end = _trimmed(text, raw_start, raw_end)
            if end - start < MIN_CONTENT_CHARS or inside_quote(start):
                continue
            if text[start] in QUOTE_OPENERS or (start > 0 and text[start - 1] in QUOTE_OPENERS):
                continue  # a direct quote: the marks finder's job
            if chars_covered(start, end, quoted) > 0.5 * (end - start):
                continue
            kind = "mixed" if opens_quotation(start, end, spans) else "indirect"
            cue = self._cue_for(start, end)
            if cue is None or (cue.content_dep == "tagged" and (sure < SURE_WITHOUT_PARSE or cue.speaker is None)):
                continue  # nothing reports it, or only the tagger says so and it is unsure or names no one
            found.append(Found(start, end, kind, cue, group))
            group += 1
        return found

    def _cue_for(self, start: int, end: int) -> Cue | None:
        best = max(self.parse_cues, key=lambda pair: _overlap(pair[0], (start, end)), default=None)
        if best is not None and _overlap(best[0], (start, end)) >= SAME_CONTENT:
            return best[1]
        return self._marked_cue(start, end)

    def _marked_cue(self, start: int, end: int) -> Cue | None:
        """The nearest marked cue in the content's sentence, with the marked source nearest to it."""
        layout = self.layout
        sentence = layout.sentence_at(start)

        def distance(span: tuple[int, int]) -> int:
            return start - span[1] if span[1] <= start else span[0] - end

        cues = [c for c in self.tagged.cue
                if (c[1] <= start or c[0] >= end) and layout.sentence_at(c[0]) == sentence]
        if not cues:
            return None
        cue_chars = min(cues, key=distance)
        cue = self._span(cue_chars)
        if cue is None:
            return None
        sources = [s for s in self.tagged.source if layout.sentence_at(s[0]) == sentence
                   and (s[1] <= start or s[0] >= end)]
        source = None
        if sources:
            source = self._span(min(sources, key=lambda s: abs(s[0] - cue_chars[0])))
        subject = cue_subject(cue.root)
        if source is None and subject is not None and not start <= subject.idx < end:
            source = self.layout.doc[subject.left_edge.i: subject.right_edge.i + 1]  # no marked source: the parse's
        content = self._span((start, end))
        head = source.root if source is not None else None
        antecedent = None
        if head is not None and head.tag_ in ("WP", "WDT") and head.head.dep_ == "relcl":
            antecedent = head.head.head.i  # "the senator, who said": the senator speaks
        return Cue(cue.root.i, cue.root.lemma_.lower(), False,
                   (source.start, source.end) if source is not None else None,
                   head.i if head is not None else None, antecedent,
                   (content.start, content.end) if content is not None else None, sentence, "tagged")

    def _span(self, chars: tuple[int, int]) -> Span | None:
        return self.layout.doc.char_span(chars[0], chars[1], alignment_mode="expand")
