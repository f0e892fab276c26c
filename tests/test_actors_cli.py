"""``tacitus actors lookup`` and ``tacitus eval actors`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tacitus.cli import app

runner = CliRunner()
GOLD = Path(__file__).parent / "gold" / "actors" / "actors.yaml"


def test_lookup_arguments_as_json_lines_with_date():  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["actors", "lookup", "Donald Trump", "the Kremlin", "a Turkish soldier",
                                 "--date", "2016-12-05", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["text"], r["code"]) for r in rows] == [
        ("Donald Trump", "USAELI"), ("the Kremlin", "RUSGOV"), ("a Turkish soldier", "TURMIL")]
    assert set(rows[0]) == {"text", "code", "country", "role", "name", "how"}
    assert rows[0]["name"] == "Donald Trump" and rows[2]["how"] == "demonym"


def test_lookup_reads_plain_and_json_lines_from_stdin_in_order():  # type: ignore[no-untyped-def]
    stdin = "\n".join([
        "anti-Damascus rebels",
        json.dumps({"text": "Trump", "date": "2017-02-01"}),
        json.dumps({"text": "he", "context": "Erdogan said he would visit Moscow.", "date": "2017-02-01"}),
        "Zqwx Blorp",
    ]) + "\n"
    result = runner.invoke(app, ["actors", "lookup", "-", "--format", "jsonl"], input=stdin)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["code"] for r in rows] == ["SYRREB", "USAGOV", "TURGOV", None]
    assert rows[2]["how"] == "coreference" and rows[2]["name"] == "Recep Tayyip Erdogan"


def test_lookup_table_names_the_dictionary_version():  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["actors", "lookup", "Ankara"])
    assert result.exit_code == 0
    assert "TURGOV" in result.output and "dictionary" in result.output


def test_lookup_with_user_actors_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    extra = tmp_path / "mine.yaml"
    extra.write_text("- {name: Delta Liberation Front, aliases: [DLF], code: NGAREBDLF}\n")
    result = runner.invoke(app, ["actors", "lookup", "DLF", "--actors", str(extra), "--format", "jsonl"])
    assert json.loads(result.output)["code"] == "NGAREBDLF"


def test_lookup_rejects_broken_json_line_with_one_clear_line():  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["actors", "lookup", "-"], input="{broken\n")
    assert result.exit_code == 2
    assert "stdin line 1 is not valid JSON" in result.output


def test_eval_actors_prints_accuracy_of_code_country_and_role(tmp_path: Path):  # type: ignore[no-untyped-def]
    gold = tmp_path / "gold.yaml"
    gold.write_text(
        "- id: t1\n  date: 2017-03-01\n"
        "  text: Russian President Vladimir Putin met Turkish troops. Police arrested Zqwx Blorp.\n"
        "  mentions:\n    - [Russian President Vladimir Putin, RUSGOV]\n    - [Turkish troops, TURMIL]\n"
        "    - [Police, COP]\n    - [Zqwx Blorp, USAGOV]\n")
    result = runner.invoke(app, ["eval", "actors", str(gold), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)["gold"]
    assert report["mentions"] == 4
    assert report["code"] == 0.75 and report["country"] == 0.75 and report["role"] == 0.75
    table = runner.invoke(app, ["eval", "actors", str(gold)])
    assert "code" in table.output and "0.750" in table.output


def test_eval_actors_missing_gold_is_a_clear_error():  # type: ignore[no-untyped-def]
    result = runner.invoke(app, ["eval", "actors", "no/such/gold.yaml"])
    assert result.exit_code == 2
    assert "not found" in result.output


def test_eval_actors_on_a_file_of_another_format_is_a_clear_error(tmp_path: Path):  # type: ignore[no-untyped-def]
    jsonl = tmp_path / "tests.jsonl"
    jsonl.write_text('{"id": "a", "text": "x"}\n{"id": "b", "text": "y"}\n')
    result = runner.invoke(app, ["eval", "actors", str(jsonl)])
    assert result.exit_code == 2
    assert "not actor gold YAML" in result.output
    listed = tmp_path / "plain.yaml"
    listed.write_text("- just a string\n")
    result = runner.invoke(app, ["eval", "actors", str(listed)])
    assert result.exit_code == 2 and "--ngec" in result.output
