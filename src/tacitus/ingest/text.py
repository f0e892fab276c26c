"""Turning raw bytes and fields into clean article text, and the checks that decide whether to code it."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources

from charset_normalizer import from_bytes

DEFAULT_MAX_CHARS = 200_000
# Below this many letters a text is too short to hold a codable sentence.
MIN_LETTERS = 20

# Function-word hits another language needs before a text is called not English.
MIN_FOREIGN_HITS = 4

_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class UndecodableError(ValueError):
    """Bytes that are binary or in no encoding we can recognise."""


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or a high share of control bytes, mean this is not text."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to text: UTF-8 first, else charset-normalizer's best guess. Returns (text, encoding)."""
    if looks_binary(data):
        raise UndecodableError("binary content (NUL or control bytes)")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise UndecodableError("not valid UTF-8 and no other text encoding recognised")
    return str(best), best.encoding


def clean_text(text: str) -> str:
    """Normalise Unicode (NFC), newlines and runs of spaces; keep paragraph breaks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def compose(title: str | None, body: str) -> str:
    """The article text every offset points into: title, blank line, body (when both exist)."""
    title = clean_text(title or "")
    body = clean_text(body)
    if title and body and not body.startswith(title):
        return f"{title}\n\n{body}"
    return body or title


def article_id(text: str) -> str:
    """Content hash: the same text always gets the same id, whichever file or outlet it came from."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def truncate(text: str, max_chars: int) -> tuple[str, bool]:
    """Keep the head of an over-long text, cut at the last paragraph or sentence end before the limit."""
    if len(text) <= max_chars:
        return text, False
    head = text[:max_chars]
    for boundary in ("\n\n", ". ", "\n", " "):
        cut = head.rfind(boundary)
        if cut > max_chars // 2:
            return head[: cut + (1 if boundary == ". " else 0)].rstrip(), True
    return head, True


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    table = resources.files("tacitus.data.language").joinpath("stopwords.tsv").read_text("utf-8")
    lists = {}
    for line in table.splitlines():
        if line.startswith("#") or line.startswith("language\t") or not line.strip():
            continue
        language, words = line.split("\t")
        lists[language] = frozenset(words.split())
    return lists


def guess_language(text: str, sample_words: int = 400) -> str | None:
    """A light language guess from function-word hits; None when there are too few words to tell."""
    words = [w.lower() for w in _WORDS.findall(text[:20_000])][:sample_words]
    if len(words) < 8:
        return None
    letters = "".join(words)
    if sum(1 for ch in letters if ch.isascii()) / len(letters) < 0.5:
        return _script_language(letters)
    hits = Counter({lang: sum(1 for w in words if w in stop) for lang, stop in _stopwords().items()})
    language, count = hits.most_common(1)[0]
    # Names and loanwords ("met", "die", "de") make short English texts look foreign: another language
    # must show clear evidence before an English-looking text is called foreign.
    if language != "en" and (count < MIN_FOREIGN_HITS or count < 2 * hits["en"]):
        language, count = "en", hits["en"]
    return language if count >= 1 else None


def _script_language(letters: str) -> str:
    """Name the writing system of mostly non-Latin text (enough to say it is not English)."""
    name = unicodedata.name(Counter(ch for ch in letters if not ch.isascii()).most_common(1)[0][0], "")
    for script, code in (("CYRILLIC", "ru"), ("ARABIC", "ar"), ("CJK", "zh"), ("HANGUL", "ko"),
                         ("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HEBREW", "he"), ("GREEK", "el"),
                         ("DEVANAGARI", "hi"), ("THAI", "th")):
        if script in name:
            return code
    return "und"


def letter_count(text: str) -> int:
    return sum(len(w) for w in _WORDS.findall(text))
