"""Cut a parsed article into the word-piece windows the quote tagger reads, and label them for training.

The tagger (``tacitus.quotes.tagger``) reads runs of whole sentences up to ``MAX_PIECES`` word pieces, so
that a source or cue in the sentence before a content is still in view. Training (``tagger_data``) and
inference cut windows with the same function. Each word piece carries one tag per channel — content,
source, cue — from ``O``, ``B`` (first piece of a span) and ``I`` (inside): three channels because one word
can be the cue of one attribution and inside the content of another.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

MAX_PIECES = 256  # with [CLS] and [SEP]; a longer sentence is cut into parts at word boundaries
CHANNELS = ("content", "source", "cue")
OUTSIDE, BEGIN, INSIDE = 0, 1, 2

Spans = Sequence[tuple[int, int]]


def sentence_windows(doc: Doc, count_pieces: Callable[[list[str]], list[int]]) -> list[tuple[int, int]]:
    """Character ranges of consecutive whole sentences whose word pieces fit one window.

    A sentence too long for a window of its own (a run-on list, a table) is cut into parts at word
    boundaries.
    ``count_pieces`` gives the word-piece count of each text in a list (without special tokens).
    """
    spans = [s for s in doc.sents if s.text.strip()]
    sentences, counts = [], []
    for sentence, count in zip(spans, count_pieces([s.text for s in spans]) if spans else [], strict=True):
        if count <= MAX_PIECES - 2:
            sentences.append((sentence.start_char, sentence.end_char))
            counts.append(count)
            continue
        for chunk, chunk_count in _chunks(sentence, count_pieces):  # a run-on "sentence" (a list, a table)
            sentences.append(chunk)
            counts.append(chunk_count)
    if not sentences:
        return []
    windows: list[tuple[int, int]] = []
    start, end, used = sentences[0][0], sentences[0][1], counts[0]
    for (s_start, s_end), count in zip(sentences[1:], counts[1:], strict=True):
        if used + count <= MAX_PIECES - 2:
            end, used = s_end, used + count
            continue
        windows.append((start, end))
        start, end, used = s_start, s_end, count
    windows.append((start, end))
    return windows


def _chunks(sentence: Span, count_pieces: Callable[[list[str]], list[int]]) -> list[tuple[tuple[int, int], int]]:
    """Cut a sentence too long for one window at word boundaries into parts that fit, with their counts."""
    chunks: list[tuple[tuple[int, int], int]] = []
    start, used = sentence[0].idx, 0
    end = start
    for token, count in zip(sentence, count_pieces([t.text for t in sentence]), strict=True):
        if used + count > MAX_PIECES - 2 and used:
            chunks.append(((start, end), used))
            start, used = token.idx, 0
        used += count
        end = token.idx + len(token)
    chunks.append(((start, end), used))
    return chunks


def piece_tags(offsets: Sequence[tuple[int, int]], spans: Spans) -> list[int]:
    """``O``/``B``/``I`` for each word piece (character ``offsets``; ``(0, 0)`` for special pieces).

    A piece is inside a span when it starts within it; the first piece inside each span is ``B``.
    Nested or overlapping spans of one channel each open with ``B``.
    """
    tags = [OUTSIDE] * len(offsets)
    for span_start, span_end in sorted(spans):
        first = True
        for i, (start, end) in enumerate(offsets):
            if end <= start or not span_start <= start < span_end:
                continue
            if first:
                tags[i], first = BEGIN, False
            elif tags[i] == OUTSIDE:
                tags[i] = INSIDE
    return tags


def decode_spans(tags: Sequence[int], offsets: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans read back from one channel's tags: a ``B``, or an ``I`` after ``O``, opens a span."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    last_end = 0
    for tag, (start, end) in zip(tags, offsets, strict=True):
        if end <= start:
            continue
        if tag == OUTSIDE or (tag == BEGIN and open_at is not None):
            if open_at is not None:
                spans.append((open_at, last_end))
            open_at = None
        if tag != OUTSIDE and open_at is None:
            open_at = start
        last_end = end
    if open_at is not None:
        spans.append((open_at, last_end))
    return spans


def span_confidence(spans: Spans, offsets: Sequence[tuple[int, int]], scores: Sequence[float]) -> list[float]:
    """The mean of the pieces' ``scores`` over each span (pieces that start inside it)."""
    found = []
    for span_start, span_end in spans:
        inside = [score for (start, end), score in zip(offsets, scores, strict=True)
                  if end > start and span_start <= start < span_end]
        found.append(sum(inside) / len(inside) if inside else 0.0)
    return found
