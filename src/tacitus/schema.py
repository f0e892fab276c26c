"""The JSON Schema of ``tacitus code --format jsonl`` output, shipped with the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=1)
def record_schema() -> dict[str, Any]:
    """The schema every printed article record satisfies (draft 2020-12)."""
    text = resources.files("tacitus.data.schema").joinpath("record.schema.json").read_text("utf-8")
    return dict(json.loads(text))
