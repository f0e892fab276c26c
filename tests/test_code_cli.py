"""``tacitus code`` end to end: messy folders, every output valid against the shipped schema, idempotent store."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from tacitus.cli import app
from tacitus.schema import record_schema

runner = CliRunner()

GOOD = [
    "Putin hosts Erdogan\n\nMOSCOW (TSW) - Russian President Vladimir Putin met Turkish President Recep Tayyip "
    "Erdogan in Moscow on Thursday and pledged to deepen economic cooperation between the two countries.",
    "WASHINGTON (TSW) - The United States imposed new sanctions on Iran on Tuesday. Iran's foreign minister "
    "accused Washington of waging economic war against the Iranian people.",
]
FRENCH = ("PARIS - Le président français a rencontré jeudi son homologue allemand à Paris. Les deux dirigeants "
          "ont signé un accord sur la défense et ont dit qu'ils travailleraient ensemble pour la paix.")


def _messy_folder(root: Path) -> None:
    root.mkdir()
    (root / "good1.txt").write_text(GOOD[0])
    (root / "empty.txt").write_text("")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "latin1.txt").write_bytes(("Zürich café owners protested. " + GOOD[1]).encode("latin-1"))
    (root / "huge.txt").write_text((GOOD[1] + "\n\n") * 28_000)  # about 5 MB
    (root / "french.txt").write_text(FRENCH)
    lines = [json.dumps({"id": "j1", "text": GOOD[1], "date": "2018-08-07"}), "{broken",
             json.dumps({"id": "j2", "title": "Aid", "date": "2023-02-08",
                         "text": "BERLIN - Germany sent aid to Turkey on Wednesday after a powerful earthquake. "
                                 "Chancellor Olaf Scholz called President Erdogan."})]
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n")


def _records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


@pytest.mark.parametrize("workers", [1, 2])
def test_messy_folder_codes_the_good_and_records_every_skip(tmp_path: Path, workers: int) -> None:
    _messy_folder(tmp_path / "in")
    result = runner.invoke(app, ["code", str(tmp_path / "in"), "--no-store", "--workers", str(workers),
                                 "--date", "2016-12-01", "--no-summary"])
    assert result.exit_code == 0, result.output
    records = _records(result.stdout)
    validator = jsonschema.Draft202012Validator(record_schema())
    for record in records:
        validator.validate(record)
    by_path = {(Path(r["article"]["path"]).name, r["article"]["metadata"].get("line")): r for r in records}
    # 8 inputs: 7 files, one of them with 3 lines → 9 records, nothing lost.
    assert len(records) == 9
    skipped = {key: r["skipped"]["reason"] for key, r in by_path.items() if r["skipped"]}
    assert skipped == {
        ("empty.txt", None): "empty: no text to code",
        ("binary.txt", None): "binary content (NUL or control bytes)",
        ("french.txt", None): "not English (looks like 'fr')",
        ("feed.jsonl", 2): "malformed JSON on line 2: Expecting property name enclosed in double quotes",
    }
    huge = by_path[("huge.txt", None)]
    assert huge["article"]["truncated"] is True and len(huge["article"]["word_count"].__str__()) > 0
    latin = by_path[("latin1.txt", None)]
    assert latin["skipped"] is None and latin["article"]["encoding"] not in (None, "utf-8")
    assert by_path[("good1.txt", None)]["article"]["date"] == "2016-12-01"  # --date fills in
    assert by_path[("feed.jsonl", 1)]["article"]["date"] == "2018-08-07"  # the input's own date wins
    for record in records:
        text = _article_text(record, tmp_path / "in")
        for actor in record["actors"]:
            assert text[actor["start"]:actor["end"]] == actor["text"]


def _article_text(record: dict, root: Path) -> str:
    """Rebuild the coded text to check offsets: the only promise is offsets index the described text."""
    from tacitus.ingest import read_inputs

    for item in read_inputs([str(root)]):
        if getattr(item, "id", None) == record["article"]["id"]:
            return item.text  # type: ignore[union-attr]
    return ""


def test_nothing_codable_exits_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n")
    result = runner.invoke(app, ["code", str(tmp_path / "empty.txt"), "--no-store", "--workers", "1"])
    assert result.exit_code == 2
    [record] = _records(result.stdout)
    assert record["skipped"] == {"reason": "empty: no text to code"}


def test_user_errors_are_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["code", "x.txt", "--date", "yesterday", "--no-store"])
    assert result.exit_code == 2
    assert "--date 'yesterday' is not a date" in result.output


def test_a_broken_actor_file_is_one_clear_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD[0])
    broken = tmp_path / "mine.yaml"
    broken.write_text("people: [ {name: 'X', start: 'not-a-date'\n")
    result = runner.invoke(app, ["code", str(tmp_path / "a.txt"), "--no-store", "--actors", str(broken)])
    assert result.exit_code == 2
    assert "mine.yaml" in result.output and "Traceback" not in result.output


def test_coding_twice_leaves_each_article_once(tmp_path: Path) -> None:
    from tacitus.store import Store

    source = tmp_path / "in"
    _messy_folder(source)
    store = tmp_path / "store"
    for _ in range(2):
        result = runner.invoke(app, ["code", str(source), "--store", str(store), "--workers", "1",
                                     "--format", "tsv", "--no-summary"])
        assert result.exit_code == 0, result.output
    rows = Store(store).sql("SELECT id, count(*) AS n FROM articles GROUP BY id")
    assert len(rows) == 9
    assert all(row["n"] == 1 for row in rows)


def test_table_and_tsv_formats(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD[0])
    tsv = runner.invoke(app, ["code", str(tmp_path / "a.txt"), "--no-store", "--workers", "1", "--format", "tsv",
                              "--no-summary"])
    assert tsv.exit_code == 0
    assert tsv.stdout.splitlines()[0].startswith("article_id\tdate\tsentence_index\tsource_code")
    table = runner.invoke(app, ["code", str(tmp_path / "a.txt"), "--no-store", "--workers", "1", "--format",
                                "table", "--no-summary"])
    assert table.exit_code == 0 and "Putin hosts Erdogan" in table.stdout


def test_user_predicates_add_codes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Russia bamboozled Turkey over the gas deal on Monday, officials said.")
    mine = tmp_path / "mine.yaml"
    mine.write_text('"112":\n  - bamboozle\n')
    args = ["code", str(tmp_path / "a.txt"), "--no-store", "--workers", "1", "--no-summary", "--date", "2020-01-01"]
    plain = _records(runner.invoke(app, args).stdout)[0]
    extended = _records(runner.invoke(app, [*args, "--predicates", str(mine)]).stdout)[0]
    assert not any(e["cameo"] == "112" for e in plain["events"])
    dyads = [(e["source"]["code"], e["cameo"], e["target"]["code"]) for e in extended["events"]]
    assert dyads == [("RUS", "112", "TUR")]
    bad = tmp_path / "bad.yaml"
    bad.write_text('"999":\n  - bamboozle\n')
    result = runner.invoke(app, [*args, "--predicates", str(bad)])
    assert result.exit_code == 2 and "bad.yaml" in result.output and "Traceback" not in result.output
