"""Validate the hand-annotated CAMEO events gold sets (tests/gold/events/).

The gold sets are data other tests and the `eval` benchmark read; these checks keep them well-formed
and keep the coverage promised in tests/gold/events/README.md from silently eroding. Every check runs
on the tuning set (events_gold.jsonl), the held-out set (events_heldout.jsonl) and the definitions set
(events_definitions.jsonl: one or two sentences per CAMEO code).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

GOLD_DIR = Path(__file__).parent / "gold" / "events"
GOLD_FILE = GOLD_DIR / "events_gold.jsonl"
HELDOUT_FILE = GOLD_DIR / "events_heldout.jsonl"
DEFINITIONS_FILE = GOLD_DIR / "events_definitions.jsonl"
# The shared reference data lives beside the repository root (../shared).
CAMEO_TSV = Path(__file__).resolve().parents[2] / "shared" / "reference" / "cameo_codes.tsv"

REQUIRED_FIELDS = {"id", "date", "text", "tags", "events"}
EVENT_FIELDS = {"source", "target", "cameo", "negated", "hypothetical"}
# Minimum number of texts carrying each phenomenon tag (the issue asks for >= 25, no-event >= 60).
REQUIRED_TAGS = {
    "passive": 25,
    "coordination": 25,
    "apposition": 25,
    "relative-clause": 25,
    "control": 25,
    "reported-speech": 25,
    "negation": 25,
    "hypothetical": 25,
    "intent": 25,
    "headline": 25,
    "no-event": 60,
    "coreference": 25,
    "nominal": 25,
    "date-role": 25,
}
# The held-out set is smaller (220 texts), so its minimums are lower; see the README.
HELDOUT_TAGS = {tag: 10 for tag in REQUIRED_TAGS} | {"no-event": 20}
# The definitions set is organised by CAMEO code, not by phenomenon: it promises codes, a few phenomena
# and its no-event texts (see the README).
DEFINITIONS_TAGS = {"control": 25, "reported-speech": 25, "date-role": 25, "passive": 10, "nominal": 10, "no-event": 25}
# Codes the definitions set leaves out: vague catch-alls and codes the GDELT lookup does not carry.
DEFINITIONS_MIN_CODES = 280
ROOTS = [f"{i:02d}" for i in range(1, 21)]


@dataclass(frozen=True)
class GoldSpec:
    """Coverage one gold file promises in its README."""

    path: Path
    min_texts: int
    min_root_events: int  # coded (not negated, not hypothetical) events per CAMEO root
    min_root_texts: int  # texts with a coded event of that root
    tag_minimums: dict[str, int]


GOLD_SPECS = {
    "gold": GoldSpec(GOLD_FILE, 600, 20, 0, REQUIRED_TAGS),
    "heldout": GoldSpec(HELDOUT_FILE, 200, 7, 7, HELDOUT_TAGS),
    "definitions": GoldSpec(DEFINITIONS_FILE, 450, 5, 5, DEFINITIONS_TAGS),
}
# A CAMEO actor code is a sequence of 3-letter blocks: country or IGO/IMG prefix plus roles.
ACTOR_RE = re.compile(r"^(?:[A-Z]{3})+$")
ID_RE = re.compile(r"^ev-\d{4}$")


def _load_cameo_codes() -> set[str]:
    codes = set()
    for line in CAMEO_TSV.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or line.startswith("code\t") or not line.strip():
            continue
        codes.add(line.split("\t", 1)[0])
    return codes


def _load(path: Path) -> list[dict]:
    records = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            assert line.strip(), f"blank line {lineno} in {path.name}"
            records.append(json.loads(line))
    return records


@pytest.fixture(scope="module", params=list(GOLD_SPECS))
def spec(request: pytest.FixtureRequest) -> GoldSpec:
    return GOLD_SPECS[request.param]


@pytest.fixture(scope="module")
def gold(spec: GoldSpec) -> list[dict]:
    return _load(spec.path)


@pytest.fixture(scope="module")
def cameo_codes() -> set[str]:
    if not CAMEO_TSV.exists():
        pytest.skip(f"shared reference not found at {CAMEO_TSV}")
    return _load_cameo_codes()


def test_records_have_required_fields_and_types(gold: list[dict]) -> None:
    for rec in gold:
        assert set(rec) >= REQUIRED_FIELDS, rec.get("id")
        assert ID_RE.match(rec["id"]), rec["id"]
        date.fromisoformat(rec["date"])
        assert 2000 <= int(rec["date"][:4]) <= 2026, rec["id"]
        assert isinstance(rec["text"], str) and rec["text"].strip(), rec["id"]
        assert isinstance(rec["tags"], list) and all(isinstance(t, str) for t in rec["tags"])
        assert isinstance(rec["events"], list), rec["id"]
        for ev in rec["events"]:
            assert set(ev) == EVENT_FIELDS, (rec["id"], ev)
            assert isinstance(ev["negated"], bool) and isinstance(ev["hypothetical"], bool)
            for role in ("source", "target"):
                actor = ev[role]
                assert actor is None or ACTOR_RE.match(actor), (rec["id"], role, actor)


def test_ids_and_texts_are_unique(gold: list[dict]) -> None:
    ids = [r["id"] for r in gold]
    assert len(ids) == len(set(ids))
    texts = Counter(r["text"] for r in gold)
    assert [t for t, n in texts.items() if n > 1] == []


def test_minimum_number_of_texts(gold: list[dict], spec: GoldSpec) -> None:
    assert len(gold) >= spec.min_texts


@pytest.mark.parametrize(
    ("first", "second"), [(GOLD_FILE, HELDOUT_FILE), (GOLD_FILE, DEFINITIONS_FILE), (HELDOUT_FILE, DEFINITIONS_FILE)]
)
def test_gold_sets_share_no_text_or_id(first: Path, second: Path) -> None:
    """A set only measures generalisation if none of it was seen while tuning on another."""
    one, two = _load(first), _load(second)
    assert {r["text"] for r in one} & {r["text"] for r in two} == set()
    assert {r["id"] for r in one} & {r["id"] for r in two} == set()


def test_definitions_set_covers_the_cameo_codes(cameo_codes: set[str]) -> None:
    """The definitions set exists to hold an example of (nearly) every CAMEO code."""
    used = {ev["cameo"] for r in _load(DEFINITIONS_FILE) for ev in r["events"]}
    assert len(used & cameo_codes) >= DEFINITIONS_MIN_CODES


def test_cameo_codes_exist_in_reference(gold: list[dict], cameo_codes: set[str]) -> None:
    unknown = [
        (r["id"], ev["cameo"])
        for r in gold
        for ev in r["events"]
        if ev["cameo"] not in cameo_codes or len(ev["cameo"]) < 3
    ]
    assert unknown == []


def test_all_twenty_roots_present(gold: list[dict], spec: GoldSpec) -> None:
    def coded(ev: dict) -> bool:
        return not (ev["negated"] or ev["hypothetical"])

    roots = Counter(ev["cameo"][:2] for r in gold for ev in r["events"] if spec.min_root_texts == 0 or coded(ev))
    texts = Counter(root for r in gold for root in {ev["cameo"][:2] for ev in r["events"] if coded(ev)})
    missing = [root for root in ROOTS if roots[root] < spec.min_root_events or texts[root] < spec.min_root_texts]
    assert missing == [], f"roots below the promised coverage: {missing}"


def test_required_tags_meet_minimums(gold: list[dict], spec: GoldSpec) -> None:
    tags = Counter(t for r in gold for t in set(r["tags"]))
    short = {t: tags[t] for t, need in spec.tag_minimums.items() if tags[t] < need}
    assert short == {}


def test_tags_agree_with_annotations(gold: list[dict]) -> None:
    """The flag-derived tags must match the events, so filters by tag select the right texts."""
    for rec in gold:
        tags = set(rec["tags"])
        events = rec["events"]
        assert ("no-event" in tags) == (not events), rec["id"]
        assert ("negation" in tags) == any(e["negated"] for e in events), rec["id"]
        assert ("hypothetical" in tags) == any(e["hypothetical"] for e in events), rec["id"]
        assert ("intent" in tags) == any(e["cameo"].startswith("03") for e in events), rec["id"]
