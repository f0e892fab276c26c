"""Gold records that point into a news corpus instead of holding its text.

A corpus whose licence keeps it out of the repository (``../shared/corpora/``) can still carry gold: the
record stores ``ref: {corpus, article, start, end, sha1}`` and the text is read in place. The corpora
folder is ``TACITUS_CORPORA`` when set, else the first ``shared/corpora`` found beside a folder above the
gold file (the checkout's ``../shared/corpora``).
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path
from typing import Any


class CorpusRefError(ValueError):
    """A reference that cannot be read: no corpora folder, a missing article, or changed text."""


def sentence_digest(text: str) -> str:
    """The first 12 hex digits of the text's SHA-1: a reference's check that the corpus text is unchanged."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def corpora_folder(near: Path) -> Path:
    """The corpora folder for a gold file at ``near``."""
    if os.environ.get("TACITUS_CORPORA"):
        return Path(os.environ["TACITUS_CORPORA"])
    for folder in Path(near).resolve().parents:
        if (folder / "shared" / "corpora").is_dir():
            return folder / "shared" / "corpora"
    raise CorpusRefError(f"no shared/corpora folder above {near}; set TACITUS_CORPORA to the corpora folder")


@cache
def _articles(path: Path) -> dict[str, str]:
    articles: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                articles[str(record["id"])] = record.get("text") or ""
    return articles


def resolve_text(ref: dict[str, Any], corpora: Path) -> str:
    """The text a reference points at, checked against its digest."""
    path = corpora / str(ref["corpus"])
    if not path.is_file():
        raise CorpusRefError(f"corpus file {path} not found")
    article = _articles(path).get(str(ref["article"]))
    if article is None:
        raise CorpusRefError(f"article {ref['article']!r} is not in {path}")
    text = article[int(ref["start"]) : int(ref["end"])]
    if sentence_digest(text) != ref["sha1"]:
        raise CorpusRefError(f"the text of {ref['article']!r} [{ref['start']}:{ref['end']}] has changed")
    return text
