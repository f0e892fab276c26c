"""The trained event classifier: linear (softmax) models over sentence embeddings, stored as ``.npz``.

Two models share the embedding: one picks the CAMEO root or ``none`` (no codable event), one picks the
3-digit base code inside that root. Inference is plain numpy, so only the embedder needs PyTorch.
``tacitus.ml.train`` writes the file; ``load_classifier`` reads it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

NO_EVENT = "none"
WEIGHTS_FILE = "data/ml/event_classifier.npz"


@dataclass(frozen=True)
class LinearModel:
    """A multinomial logistic regression: ``softmax(x @ weights.T + bias)`` over ``labels``."""

    labels: tuple[str, ...]
    weights: np.ndarray  # (labels, dimensions)
    bias: np.ndarray  # (labels,)

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """Class probabilities, one row per vector."""
        scores = vectors @ self.weights.T + self.bias
        scores -= scores.max(axis=1, keepdims=True)  # numerically stable softmax
        exp = np.exp(scores)
        probs: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
        return probs


@dataclass(frozen=True)
class Prediction:
    """What the classifier proposes for one sentence."""

    cameo: str  # a base code such as "190", or the more specific "195" when confident
    root: str
    probability: float  # the root's probability: the event's confidence


@dataclass(frozen=True)
class EventClassifier:
    """Root model + base-code model + the thresholds tuned by cross-validation on the training data."""

    roots: LinearModel
    codes: LinearModel
    threshold: float  # minimum root probability for a proposal
    code_threshold: float  # minimum within-root probability to name a specific base code
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def version(self) -> str:
        return str(self.metadata.get("version", "unknown"))

    def predict(self, vectors: np.ndarray) -> list[Prediction | None]:
        """One prediction per vector; ``None`` for no event or a probability under the threshold."""
        if len(vectors) == 0:
            return []
        root_probs = self.roots.probabilities(vectors)
        code_probs = self.codes.probabilities(vectors)
        results: list[Prediction | None] = []
        for row, code_row in zip(root_probs, code_probs, strict=True):
            best = int(row.argmax())
            root = self.roots.labels[best]
            if root == NO_EVENT or row[best] < self.threshold:
                results.append(None)
                continue
            results.append(Prediction(self._code_in_root(root, code_row), root, float(row[best])))
        return results

    def _code_in_root(self, root: str, code_row: np.ndarray) -> str:
        """The most likely base code of ``root`` when it holds enough of the root's mass, else ``root + "0"``."""
        members = [i for i, label in enumerate(self.codes.labels) if label[:2] == root]
        mass = float(code_row[members].sum()) if members else 0.0
        if mass <= 0.0:
            return root + "0"
        best = max(members, key=lambda i: code_row[i])
        return self.codes.labels[best] if code_row[best] / mass >= self.code_threshold else root + "0"


def save_classifier(classifier: EventClassifier, path: Path) -> None:
    """Write the classifier as one compressed ``.npz`` (weights plus JSON metadata)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        path,
        root_labels=np.array(classifier.roots.labels),
        root_weights=classifier.roots.weights.astype(np.float32),
        root_bias=classifier.roots.bias.astype(np.float32),
        code_labels=np.array(classifier.codes.labels),
        code_weights=classifier.codes.weights.astype(np.float32),
        code_bias=classifier.codes.bias.astype(np.float32),
        thresholds=np.array([classifier.threshold, classifier.code_threshold], dtype=np.float32),
        metadata=np.array(json.dumps(classifier.metadata, sort_keys=True)),
    )


def default_weights_path() -> Path:
    return Path(str(resources.files("tacitus").joinpath(WEIGHTS_FILE)))


@lru_cache(maxsize=2)
def load_classifier(path: Path | None = None) -> EventClassifier:
    """Read a classifier written by ``save_classifier`` (default: the one shipped in ``data/ml/``)."""
    path = path or default_weights_path()
    if not path.is_file():
        raise FileNotFoundError(f"No event classifier at {path}: build it with python -m tacitus.ml.train")
    with np.load(path, allow_pickle=False) as data:
        thresholds = data["thresholds"]
        return EventClassifier(
            roots=LinearModel(tuple(str(x) for x in data["root_labels"]), data["root_weights"], data["root_bias"]),
            codes=LinearModel(tuple(str(x) for x in data["code_labels"]), data["code_weights"], data["code_bias"]),
            threshold=float(thresholds[0]),
            code_threshold=float(thresholds[1]),
            metadata=json.loads(str(data["metadata"])),
        )
