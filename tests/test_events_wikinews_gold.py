"""The Wikinews events gold (real news, blind-annotated): well-formed records whose refs still point at
the sentences that were annotated. See tests/gold/events/README.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tacitus.corpus_refs import CorpusRefError, corpora_folder, resolve_text

GOLD_DIR = Path(__file__).parent / "gold" / "events"
FILES = [GOLD_DIR / "events_wikinews.jsonl", GOLD_DIR / "events_wikinews_heldout.jsonl"]
CAMEO_TSV = Path(__file__).resolve().parents[2] / "shared" / "reference" / "cameo_codes.tsv"
ACTOR_RE = re.compile(r"^(?:[A-Z]{3})+$")
REF_FIELDS = {"corpus", "article", "start", "end", "sha1"}
EVENT_FIELDS = {"source", "target", "cameo", "negated", "hypothetical"}


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module", params=FILES, ids=lambda path: path.stem)
def gold(request: pytest.FixtureRequest) -> list[dict]:
    return _load(request.param)


def test_records_hold_a_ref_not_the_corpus_text(gold: list[dict]) -> None:
    assert len(gold) == 120
    for rec in gold:
        assert set(rec) == {"id", "ref", "date", "tags", "events"}, rec["id"]
        assert set(rec["ref"]) == REF_FIELDS and rec["ref"]["corpus"] == "wikinews_cc_by/wikinews.jsonl"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["date"]), rec["id"]


def test_ids_are_sorted_and_split_odd_even() -> None:
    dev, heldout = (_load(path) for path in FILES)
    assert [r["id"] for r in dev] == [f"wn-{n:04d}" for n in range(1, 241, 2)]
    assert [r["id"] for r in heldout] == [f"wn-{n:04d}" for n in range(2, 241, 2)]


def test_events_are_well_formed_and_tags_agree(gold: list[dict]) -> None:
    codes = {line.split("\t", 1)[0] for line in CAMEO_TSV.read_text(encoding="utf-8").splitlines()[1:]}
    for rec in gold:
        tags, events = set(rec["tags"]), rec["events"]
        for ev in events:
            assert set(ev) == EVENT_FIELDS and ev["cameo"] in codes and len(ev["cameo"]) >= 3, rec["id"]
            assert all(a is None or ACTOR_RE.match(a) for a in (ev["source"], ev["target"])), rec["id"]
        assert ("no-event" in tags) == (not events), rec["id"]
        assert ("negation" in tags) == any(e["negated"] for e in events), rec["id"]
        assert ("hypothetical" in tags) == any(e["hypothetical"] for e in events), rec["id"]
        assert ("intent" in tags) == any(e["cameo"].startswith("03") for e in events), rec["id"]


def test_refs_resolve_to_the_annotated_sentences(gold: list[dict]) -> None:
    try:
        corpora = corpora_folder(FILES[0])
    except CorpusRefError:
        pytest.skip("no shared/corpora beside the checkout")
    for rec in gold:
        text = resolve_text(rec["ref"], corpora)  # raises if the sha1 no longer matches
        assert 6 <= len(text.split()) and "\n" not in text, rec["id"]
