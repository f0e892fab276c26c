"""`tacitus eval events`, the scorer behind it, and extending the predicate dictionary with data files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.events import PredicateError, load_predicates
from tacitus.events.evaluate import GoldEvent, dyad_part, load_gold, score

GOLD_LINES = [
    {
        "id": "g1",
        "date": "2019-05-02",
        "text": "Russia attacked Georgia on Friday.",
        "tags": [],
        "events": [{"source": "RUS", "target": "GEO", "cameo": "190", "negated": False, "hypothetical": False}],
    },
    {"id": "g2", "date": "2019-05-02", "text": "The weather in Moscow was cold.", "tags": ["no-event"], "events": []},
    {
        "id": "g3",
        "date": "2019-05-02",
        "text": "Iran did not meet Iraq.",
        "tags": ["negation"],
        "events": [{"source": "IRN", "target": "IRQ", "cameo": "040", "negated": True, "hypothetical": False}],
    },
]


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in GOLD_LINES) + "\n", encoding="utf-8")
    return path


def test_scores_three_levels_and_flags(gold_file: Path) -> None:
    gold = load_gold(gold_file)
    predicted = [
        [GoldEvent("RUSMIL", "GEO", "193")],  # right dyad and root, wrong full code
        [GoldEvent("RUS", None, "010")],  # invented: a false positive
        [GoldEvent("IRN", "IRQ", "040", negated=True)],  # flags are scored apart from events
    ]
    report = score(gold, predicted).as_dict()
    assert report["levels"]["root"] == {
        "precision": 0.5,
        "recall": 1.0,
        "f1": 0.667,
        "tp": 1,
        "predicted": 2,
        "gold": 1,
    }
    assert report["levels"]["code"]["tp"] == 0
    assert report["levels"]["dyad+root"]["tp"] == 1
    assert report["flags"]["negated"]["f1"] == 1.0
    assert {"gold": "19", "predicted": "19", "count": 1} in report["confusion"]
    assert {"gold": "--", "predicted": "01", "count": 1} in report["confusion"]


def test_dyad_part_follows_the_gold_convention() -> None:
    assert dyad_part("RUSGOV") == "RUS"
    assert dyad_part("IGOUNO") == "IGOUNO"
    assert dyad_part("JAP") == "JPN"  # old CAMEO code
    assert dyad_part("IGOUNO", first_three=True) == "IGO"


def test_dyad_counts_non_state_actors_by_organisation_family() -> None:
    assert dyad_part("IGOUNOHRC") == dyad_part("IGOUNO") == "IGOUNO"
    assert dyad_part("IGOEUREEC") == "IGOEUR"
    assert dyad_part("NGOAMN") == dyad_part("NGO") == "NGO"
    assert dyad_part("IMGMUSISI") == "IMGMUSISI"
    assert dyad_part("KSV") == dyad_part("KOSGOV") == "KOS"  # Kosovo: actors stage KSV, CAMEO KOS


def test_cli_prints_json_report(gold_file: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "events", str(gold_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["gold_kind"] == "tacitus" and report["items"] == 3
    assert set(report["levels"]) == {"root", "code", "dyad+root"}
    assert report["levels"]["root"]["gold"] == 1  # the negated event is not counted as an event


def test_cli_table_and_missing_file(gold_file: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "events", str(gold_file)])
    assert result.exit_code == 0 and "dyad+root" in result.output and "Confusion by root" in result.output
    missing = CliRunner().invoke(app, ["eval", "events", str(tmp_path / "nope.jsonl")])
    assert missing.exit_code == 2 and "not found" in missing.output


def test_detects_external_gold_formats(shared_dir: Path) -> None:
    assert load_gold(shared_dir / "eval" / "cameo_codebook_dev.jsonl").kind == "cameo-codebook"
    plover = load_gold(shared_dir / "eval" / "plover_examples_dev.jsonl")
    assert plover.kind == "plover" and plover.items[0].events[0].plover is not None


def test_extra_predicate_file_extends_the_dictionary(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text('"1712":\n  - vandalize\n', encoding="utf-8")
    assert "vandalize" not in load_predicates().verbs
    extended = load_predicates([extra])
    assert extended.verbs["vandalize"][0].code == "1712"
    assert extended.version != load_predicates().version


def test_bad_predicate_files_fail_with_a_clear_error(tmp_path: Path) -> None:
    unknown = tmp_path / "unknown.yaml"
    unknown.write_text('"999":\n  - frobnicate\n', encoding="utf-8")
    with pytest.raises(PredicateError, match="unknown CAMEO code '999'"):
        load_predicates([unknown])
    twice = tmp_path / "twice.yaml"
    twice.write_text('"190":\n  - zap\n"190":\n  - zing\n', encoding="utf-8")
    with pytest.raises(PredicateError, match="appears twice"):
        load_predicates([twice])
    two_objects = tmp_path / "two_objects.yaml"
    two_objects.write_text('"190":\n  - deploy +force +peacekeeping\n', encoding="utf-8")
    with pytest.raises(PredicateError, match="two object groups"):
        load_predicates([two_objects])
    particles = tmp_path / "particles.yaml"  # "step up|intensify" would silently need "up|intensify"
    particles.write_text('"150":\n  - step up|intensify +drill\n', encoding="utf-8")
    with pytest.raises(PredicateError, match="alternatives in a particle"):
        load_predicates([particles])


def test_own_gold_set_stays_above_its_floor() -> None:
    """Regression guard on the hand-annotated gold set (figures in docs/events.md)."""
    path = Path(__file__).parent / "gold" / "events" / "events_gold.jsonl"
    result = CliRunner().invoke(app, ["eval", "events", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    levels = json.loads(result.output)["levels"]
    assert levels["root"]["f1"] >= 0.7
    assert levels["dyad+root"]["f1"] >= 0.4
