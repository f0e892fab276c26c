"""Read PolNeAR (Newell et al., LREC 2018) brat standoff files into gold attributions.

Layout: ``DIR/text/NAME.txt`` beside ``DIR/attributions/NAME_ANNOTATOR.ann``. Each ``E`` line ties an
``Attribution`` (or ``Attribution-no-source``) trigger to ``Content``, ``Cue`` and ``Source`` text-bound
``T`` annotations; a discontinuous span lists its fragments as ``start end;start end``. Where several
annotators coded one article, the first annotator file in name order is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

QUOTE_OPENERS = "\"“‘'«„"


@dataclass(frozen=True)
class GoldQuote:
    """One gold attribution: content fragments, kind, and the source and cue fragments (``()`` when none)."""

    content: tuple[tuple[int, int], ...]
    kind: str  # direct | indirect
    source: tuple[tuple[int, int], ...] = ()
    speaker_name: str | None = None
    speaker_code: str | None = None
    cue: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    quotes: tuple[GoldQuote, ...]
    date: str | None = None


def _fragments(field: str) -> tuple[tuple[int, int], ...]:
    pairs = []
    for part in field.split(";"):
        start, end = part.split()
        pairs.append((int(start), int(end)))
    return tuple(pairs)


def gold_kind(text: str, content: tuple[tuple[int, int], ...]) -> str:
    """PolNeAR's direct/indirect split: direct when the content opens with a quotation mark."""
    start = min(s for s, _ in content)
    return "direct" if text[start:start + 1] in QUOTE_OPENERS else "indirect"


def read_ann(ann: str, text: str) -> tuple[GoldQuote, ...]:
    """Gold attributions of one brat ``.ann`` file over its ``text``."""
    spans: dict[str, tuple[tuple[int, int], ...]] = {}
    events: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = _fragments(offsets)
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(item.split(":", 1) for item in parts[1].split())
            if "Content" in roles and any(key.startswith("Attribution") for key in roles):
                events.append(roles)
    quotes = []
    for roles in events:
        content = spans.get(roles["Content"])
        if not content:
            continue
        source = spans.get(roles.get("Source", ""), ())
        cue = spans.get(roles.get("Cue", ""), ())
        quotes.append(GoldQuote(content, gold_kind(text, content), source, cue=cue))
    return tuple(quotes)


def read_polnear(directory: Path) -> list[GoldArticle]:
    """Every article of a PolNeAR split directory with its gold attributions, by name."""
    directory = Path(directory)
    text_dir, ann_dir = directory / "text", directory / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"{directory} is not a PolNeAR split (needs text/ and attributions/)")
    annotations: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        annotations.setdefault(name, ann)
    articles = []
    for path in sorted(text_dir.glob("*.txt")):
        ann_path = annotations.get(path.stem)
        if ann_path is None:
            continue
        text = path.read_text(encoding="utf-8")
        date = path.stem.split("_")[1] if path.stem.count("_") >= 2 else None
        articles.append(GoldArticle(path.stem, text, read_ann(ann_path.read_text(encoding="utf-8"), text), date))
    return articles
