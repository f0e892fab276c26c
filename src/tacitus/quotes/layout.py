"""Offsets shared by the quote finders: token starts, sentence of each token, paragraph of a character."""

from __future__ import annotations

import bisect
import re

import numpy
from spacy.attrs import IDX
from spacy.tokens import Doc

_PARAGRAPH_BREAK = re.compile(r"\n+")


class DocLayout:
    """Precomputed lookups between characters, tokens, sentences and paragraphs of one document."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc.text
        self.token_starts = doc.to_array([IDX]).astype(numpy.int64)
        sentences = list(doc.sents)
        self.sentence_bounds = [(s.start, s.end) for s in sentences]
        self.sentence_of = numpy.zeros(len(doc), dtype=numpy.int64)
        for number, (start, end) in enumerate(self.sentence_bounds):
            self.sentence_of[start:end] = number
        self._breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(self.text)]

    def token_at(self, char: int) -> int:
        """Index of the token that contains (or last starts before) character ``char``."""
        return max(0, int(numpy.searchsorted(self.token_starts, char, side="right")) - 1)

    def sentence_at(self, char: int) -> int:
        return int(self.sentence_of[self.token_at(char)]) if len(self.doc) else 0

    def paragraph_at(self, char: int) -> int:
        """Paragraph number of a character (lines count as paragraphs)."""
        return bisect.bisect_left(self._breaks, char)

    def char_span(self, tokens: tuple[int, int]) -> tuple[int, int]:
        span = self.doc[tokens[0]: tokens[1]]
        return span.start_char, span.end_char
