"""Measure actor resolution: accuracy of code, country and role on a gold set, and on NGEC actor tests.

Gold format: see ``tests/gold/actors/README.md``. A gold mention is scored against the predicted
mention that overlaps it most; no overlapping prediction counts as ``code: null``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from spacy.language import Language

from tacitus.actors.dictionary import ROLE_CODES, ActorDictionary
from tacitus.actors.lookup import lookup
from tacitus.actors.resolve import resolve_actors
from tacitus.record import ActorMention, Article

# Our (CAMEO) roles → PLOVER sectors: PLOVER folds INS into REB, calls health MED and media JRN
SECTOR_OF_ROLE = {"INS": "REB", "IGO": "", "HLH": "MED", "MED": "JRN"}
PLOVER_COUNTRY = {"KSV": "XKX"}  # Kosovo: our code (shared with people.tsv) vs the ISO user-assigned one


@dataclass(frozen=True)
class GoldMention:
    passage: str
    text: str
    start: int
    end: int
    code: str | None


@dataclass
class Score:
    """Counts of one measure; ``errors`` keeps what went wrong for reading."""

    total: int = 0
    code: int = 0
    country: int = 0
    role: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def accuracy(self, what: str) -> float:
        return getattr(self, what) / self.total if self.total else 0.0


def split_code(code: str | None, countries: Iterable[str]) -> tuple[str | None, str | None]:
    """(country, first role) read from a code: ``RUSGOV`` → (RUS, GOV), ``IGOUNO`` → (None, None)."""
    if not code:
        return None, None
    known = set(countries)
    if code[:3] in known:
        role = code[3:6] if code[3:6] in ROLE_CODES else None
        return code[:3], role
    if code[:3] in ROLE_CODES and code[:3] != "IGO":
        return None, code[:3]
    return None, None


def load_gold(path: Path) -> list[tuple[dict[str, Any], list[GoldMention]]]:
    """Passages with their mentions located in the text (whole words, in order)."""
    try:
        passages = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise ValueError(f"{path} is not actor gold YAML (tests/gold/actors format): {error}") from error
    if not isinstance(passages, list) or not all(isinstance(p, dict) and "mentions" in p for p in passages):
        raise ValueError(f"{path} is not actor gold YAML: expected a list of passages with mentions "
                         "(for NGEC's JSON Lines tests use --ngec)")
    result = []
    for passage in passages:
        text = passage["text"]
        cursor = 0
        mentions = []
        for surface, code in passage["mentions"]:
            found = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)").search(text, cursor)
            if found is None:
                raise ValueError(f"{path}: passage {passage['id']}: {surface!r} not found after offset {cursor}")
            mentions.append(GoldMention(passage["id"], surface, found.start(), found.end(), code))
            cursor = found.end()
        result.append((passage, mentions))
    return result


def evaluate_gold(path: Path, nlp: Language, dictionary: ActorDictionary) -> Score:
    """Accuracy of code, country and role over every gold mention."""
    score = Score()
    countries = dictionary.countries.keys()
    for passage, mentions in load_gold(path):
        article = Article(id=passage["id"], text=passage["text"], date=str(passage["date"]))
        predicted = resolve_actors(nlp(passage["text"]), article, dictionary)
        for gold in mentions:
            pred = _overlapping(predicted, gold.start, gold.end)
            code = pred.code if pred else None
            gold_split = split_code(gold.code, countries)
            pred_split = split_code(code, countries)
            # a state code is right when country and first role are ("USAGOVMIL" for "USAGOV");
            # an organisation code must match exactly
            code_ok = code == gold.code or (gold.code is not None and len(gold.code) <= 6
                                            and gold_split[0] is not None and gold_split == pred_split)
            score.total += 1
            score.code += code_ok
            score.country += gold_split[0] == pred_split[0]
            score.role += gold_split[1] == pred_split[1]
            if not code_ok:
                score.errors.append({"passage": gold.passage, "text": gold.text, "gold": gold.code,
                                     "predicted": code, "predicted_text": pred.text if pred else None,
                                     "how": pred.how if pred else None})
    return score


def _overlapping(mentions: tuple[ActorMention, ...], start: int, end: int) -> ActorMention | None:
    best = None
    best_overlap = 0
    for mention in mentions:
        overlap = min(mention.end, end) - max(mention.start, start)
        if overlap > best_overlap:
            best, best_overlap = mention, overlap
    return best


def _plover_country(mention: ActorMention | None) -> str:
    """PLOVER's country field: ISO3, or UNO for UN bodies, EUR for the EU, IGO for other IGOs."""
    if mention is None or not mention.code:
        return ""
    if mention.code.startswith("IGOUNO"):
        return "UNO"
    if mention.code.startswith("IGOEUR"):
        return "EUR"
    if mention.code.startswith("IGO"):
        return "IGO"
    return PLOVER_COUNTRY.get(mention.country or "", mention.country or "")


def evaluate_ngec(path: Path, nlp: Language, dictionary: ActorDictionary) -> tuple[Score, Score]:
    """Country accuracy and sector (first role) accuracy on NGEC's actor-resolution tests (measure only).

    Rows with an expected ``country``/``cc`` count for country, rows with ``code_1`` for sector; an empty
    expected value means "none". Our roles map to sectors with ``SECTOR_OF_ROLE`` (else unchanged).
    """
    country_score, sector_score = Score(), Score()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        expected = row.get("expected", {})
        want_country = expected.get("country") or expected.get("cc")
        want_sector = expected.get("code_1")
        if not (want_country and want_country["op"] == "eq") and not (want_sector and want_sector["op"] == "eq"):
            continue
        result = lookup(row["text"], nlp, dictionary, row.get("date"), row.get("context") or None).mention
        got_country = _plover_country(result)
        got_sector = SECTOR_OF_ROLE.get(result.role or "", result.role or "") if result else ""
        if want_country and want_country["op"] == "eq":
            _tally(country_score, "country", row["text"], want_country["value"], got_country)
        if want_sector and want_sector["op"] == "eq":
            _tally(sector_score, "role", row["text"], want_sector["value"], got_sector)
    return country_score, sector_score


def _tally(score: Score, measure: str, text: str, want: str, got: str) -> None:
    """Count one NGEC test under ``measure``; keep it among the errors when it is wrong."""
    score.total += 1
    if got == want:
        setattr(score, measure, getattr(score, measure) + 1)
    else:
        score.errors.append({"text": text, "want": want, "got": got})
