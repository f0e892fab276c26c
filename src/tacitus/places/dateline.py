"""Wire-style datelines at the start of an article body: "MOSCOW (Reuters) -", "ALEPPO, Syria —"."""

from __future__ import annotations

import re
from dataclasses import dataclass

# An upper-case place, an optional ", Qualifier", an optional "(Agency)" and a dash or colon.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'.\- ]{1,40}?)"
    r"(?:,\s*(?P<qualifier>[A-Z][A-Za-z.' ]{1,30}?))?"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:[-–—:]{1,2})\s"
)


@dataclass(frozen=True)
class Dateline:
    """The dateline's place name and optional qualifier, with character offsets into the article text."""

    start: int
    end: int
    name: str
    qualifier: str | None


def find_dateline(text: str, title: str | None) -> Dateline | None:
    """The dateline at the start of the body (after the title and blank line), if there is one."""
    body_start = len(title) + 2 if title and text.startswith(title + "\n\n") else 0
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1
    match = _DATELINE.match(text, body_start)
    if not match:
        return None
    name = match.group("place").strip()
    if len(name) < 3 or not name.replace(" ", "").replace(".", "").isupper():
        return None
    start = match.start("place")
    return Dateline(start, start + len(name), name, match.group("qualifier"))
