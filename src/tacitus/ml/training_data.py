"""Training sentences for the event classifier: the project's own labelled sentences and the silver stories.

Own sentences (``data/ml/train_sentences.jsonl``) carry a CAMEO code or ``null`` (no codable event).
The NGEC synthetic stories in ``../shared/eval/`` carry a document-level PLOVER type + mode; their lead
sentence is labelled with the CAMEO root that ``data/ml/plover_silver_to_cameo.tsv`` maps it to. The
silver texts are read from the shared file at build time and never copied into the package.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from tacitus.ml.classifier import NO_EVENT

OWN_SENTENCES = "data/ml/train_sentences.jsonl"
SILVER_MAPPING = "data/ml/plover_silver_to_cameo.tsv"
DEFAULT_SILVER = Path("../shared/eval/ngec_synthetic_stories_silver.jsonl")
# the end of a story's first sentence: ". " (or "! "/"? ") before a capital, quote or digit
SENTENCE_END = re.compile(r"(?<=[.!?])[\"”']?\s+(?=[\"“A-Z0-9(])")
# a dateline such as "(Reuters) --" or "(Anadolu Agency)" opening a story: not part of its lead
DATELINE = re.compile(r"^\s*(?:[A-Z][\w .,-]{0,40})?\(\s*[^)]{1,40}\)\s*(?:--|—|-)?\s*")


@dataclass(frozen=True)
class LabelledSentence:
    text: str
    root: str  # "01" … "20", or NO_EVENT
    cameo: str | None  # full code where known (own sentences only)
    silver: bool = False


def _package_file(name: str) -> Path:
    return Path(str(resources.files("tacitus").joinpath(name)))


def own_sentences_path() -> Path:
    return _package_file(OWN_SENTENCES)


def load_own_sentences(path: Path | None = None) -> list[LabelledSentence]:
    """The hand-labelled training sentences (``{"id", "text", "cameo"}`` per line; ``cameo`` may be null)."""
    path = path or own_sentences_path()
    sentences = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        code = record.get("cameo")
        if code is not None and not re.fullmatch(r"\d{3,4}", str(code)):
            raise ValueError(f"{path}:{number}: cameo must be a 3- or 4-digit code or null, got {code!r}")
        sentences.append(LabelledSentence(record["text"], str(code)[:2] if code else NO_EVENT, code))
    return sentences


def load_silver_mapping(path: Path | None = None) -> dict[tuple[str, str], str | None]:
    """(PLOVER type, mode or "*") → CAMEO root, or None where the type spans several roots."""
    text = (path or _package_file(SILVER_MAPPING)).read_text(encoding="utf-8")
    rows = csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t")
    return {
        (row["plover_type"], row["mode"]): (None if row["cameo_root"] == "-" else row["cameo_root"]) for row in rows
    }


def silver_root(mapping: dict[tuple[str, str], str | None], plover_type: str, mode: str | None) -> str | None:
    """The CAMEO root for a silver label: the exact mode's row first, then the type's ``*`` row."""
    if mode and (plover_type, mode.upper()) in mapping:
        return mapping[(plover_type, mode.upper())]
    return mapping.get((plover_type, "*"))


def lead_sentence(story: str) -> str:
    """The first sentence of a story, without a wire dateline."""
    first_paragraph = story.strip().split("\n", 1)[0]
    text = DATELINE.sub("", first_paragraph, count=1)
    return SENTENCE_END.split(text, maxsplit=1)[0].strip()


def load_silver(path: Path, mapping: dict[tuple[str, str], str | None] | None = None) -> list[LabelledSentence]:
    """Lead sentences of the silver stories with a CAMEO root; stories with an ambiguous label are left out."""
    mapping = mapping if mapping is not None else load_silver_mapping()
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        events = record.get("events") or []
        if len(events) != 1:
            continue
        root = silver_root(mapping, str(events[0].get("code")), events[0].get("mode"))
        lead = lead_sentence(record["text"])
        if root and 20 <= len(lead) <= 400:
            sentences.append(LabelledSentence(lead, root, None, silver=True))
    return sentences
