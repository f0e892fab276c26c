"""Training windows for the quote tagger from PolNeAR ``train/`` (needs the ``ml`` extra for the tokenizer).

``python -m tacitus.quotes.tagger_data OUT.npz`` parses every training article with the default spaCy
pipeline (for its sentences, as at run time), cuts it into windows (``tagger_windows``) and writes
word-piece ids, per-channel tags and each window's article number, so that the fitting script
(``tagger_fit.py``) needs neither spaCy nor Tacitus. Only ``train/`` is read; ``dev/`` stays for measuring.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from tacitus.nlp import load_model
from tacitus.quotes.polnear import read_polnear
from tacitus.quotes.tagger import count_pieces, load_tokenizer
from tacitus.quotes.tagger_windows import CHANNELS, MAX_PIECES, piece_tags, sentence_windows

TRAIN = Path("../shared/eval/polnear/train")


def build(out: Path, directory: Path = TRAIN) -> int:
    """Write the windows of every article under ``directory`` to ``out``; the number of windows."""
    tokenizer = load_tokenizer()
    articles = read_polnear(directory)
    nlp = load_model()
    rows_ids: list[list[int]] = []
    rows_tags: list[list[list[int]]] = []
    rows_article: list[int] = []

    for number, (gold, doc) in enumerate(zip(articles, nlp.pipe((a.text for a in articles), batch_size=8),
                                             strict=True)):
        channel_spans = {
            "content": [f for q in gold.quotes for f in q.content],
            "source": [f for q in gold.quotes for f in q.source],
            "cue": [f for q in gold.quotes for f in q.cue],
        }
        for start, end in sentence_windows(doc, lambda texts: count_pieces(tokenizer, texts)):
            encoded = tokenizer(gold.text[start:end], truncation=True, max_length=MAX_PIECES,
                                return_offsets_mapping=True)
            offsets = [(a + start, b + start) if b > a else (0, 0) for a, b in encoded["offset_mapping"]]
            rows_ids.append(encoded["input_ids"])
            rows_tags.append([piece_tags(offsets, channel_spans[name]) for name in CHANNELS])
            rows_article.append(number)
    ids = np.zeros((len(rows_ids), MAX_PIECES), dtype=np.int32)
    tags = np.full((len(rows_ids), MAX_PIECES, len(CHANNELS)), -1, dtype=np.int8)  # -1: padding
    for row, (piece_ids, channel_tags) in enumerate(zip(rows_ids, rows_tags, strict=True)):
        ids[row, :len(piece_ids)] = piece_ids
        tags[row, :len(piece_ids)] = np.array(channel_tags, dtype=np.int8).T
    np.savez_compressed(out, ids=ids, tags=tags, article=np.array(rows_article, dtype=np.int32))
    return len(rows_ids)


if __name__ == "__main__":
    print(build(Path(sys.argv[1])), "windows")
