"""The store commands as a user runs them: stats, query, export, compact, plot."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import matplotlib.image as mpimg
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from store_records import corpus
from tacitus.cli import app
from tacitus.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    Store(path).write(corpus())
    return path


def run(*args: object) -> str:
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_stats_json_and_table(store_dir: Path) -> None:
    data = json.loads(run("stats", "--store", store_dir, "--format", "json"))
    assert data["articles"] == 8 and data["events"] == 12 and data["skipped"] == {"too_short": 1}
    table = run("stats", "--store", store_dir)
    assert "dyad RUSGOV → USAGOV" in table and "too_short" in table


def test_store_from_environment(store_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACITUS_STORE", str(store_dir))
    assert json.loads(run("stats", "-f", "json"))["articles"] == 8


def test_query_events_like_the_issue(store_dir: Path) -> None:
    out = run("query", "events", "--source", "RUS", "--target", "USA", "--root", "03", "--from", "2016-11-01",
              "--to", "2016-12-31", "--store", store_dir, "--format", "json")
    rows = json.loads(out)
    assert [(r["article_id"], r["cameo"], r["outlet"]) for r in rows] == [("a1", "036", "Reuters"),
                                                                          ("a2", "036", "TASS")]


def test_query_dyad_csv(store_dir: Path) -> None:
    out = run("query", "dyad", "RUS", "USA", "--by", "month", "--store", store_dir, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["period"] for r in rows] == ["2016-11-01", "2016-12-01", "2017-01-01"]
    assert rows[0]["verbal_coop"] == "3" and rows[0]["articles"] == "2" and rows[1]["goldstein_mean"] == "-2.0"
    table = run("query", "dyad", "RUS", "USA", "--by", "year", "--both", "--store", store_dir)
    assert "RUS ↔ USA by year" in table


def test_query_actors_quotes_network_clusters(store_dir: Path) -> None:
    actors = json.loads(run("query", "actors", "--top", "2", "--store", store_dir, "-f", "json"))
    assert [a["code"] for a in actors] == ["RUSGOV", "USAGOV"]
    quotes = json.loads(run("query", "quotes", "--speaker", "Putin", "--store", store_dir, "-f", "json"))
    assert quotes[0]["text"] == "We are ready to restore relations"
    edges = json.loads(run("query", "network", "--min-weight", "3", "--store", store_dir, "-f", "json"))
    assert [(e["source"], e["target"], e["weight"]) for e in edges] == [("RUSGOV", "USAGOV", 4)]
    clusters = json.loads(run("query", "clusters", "--min-articles", "2", "--store", store_dir, "-f", "json"))
    assert [(c["num_mentions"], c["num_articles"], c["num_sources"]) for c in clusters] == [(2, 2, 2)]
    interstate = json.loads(run("query", "events", "--intrastate", "--store", store_dir, "-f", "json"))
    assert [e["target_code"] for e in interstate] == ["SYRREB"]
    rows = json.loads(run("query", "sql", "SELECT count(*) AS n FROM events", "--store", store_dir, "-f", "json"))
    assert rows == [{"n": 12}]


@pytest.mark.parametrize(("args", "message"), [
    (("query", "events", "--from", "2016-13-01"), "is not a date"),
    (("query", "dyad", "RUS", "USA", "--by", "fortnight"), "--by 'fortnight'"),
    (("query", "events", "--format", "xml"), "--format 'xml'"),
    (("query", "events", "--interstate", "--intrastate"), "exclude each other"),
    (("query", "sql", "SELEC nothing"), "syntax error"),
])
def test_user_errors_are_one_line_exit_2(store_dir: Path, args: tuple[str, ...], message: str) -> None:
    result = runner.invoke(app, [*args, "--store", str(store_dir)])
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_missing_store_is_a_user_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stats", "--store", str(tmp_path / "none")])
    assert result.exit_code == 2 and "no Tacitus store" in result.stderr


def test_export_gdelt_has_61_columns_in_order(store_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    assert "wrote 9 GDELT rows" in run("export", "gdelt", "--out", out, "--store", store_dir)
    rows = [line.split("\t") for line in out.read_text().splitlines()]
    assert len(rows) == 9 and {len(r) for r in rows} == {61}
    moscow = next(r for r in rows if r[26] == "036")
    assert moscow[1:5] == ["20161109", "201611", "2016", "2016.8466"]
    assert moscow[5:8] == ["RUSGOV", "VLADIMIR PUTIN", "RUS"] and moscow[12] == "GOV"
    assert moscow[27:31] == ["036", "03", "1", "4"]
    assert moscow[31:34] == ["2", "2", "2"]  # NumMentions, NumSources, NumArticles of the cluster
    assert moscow[51:53] == ["4", "Moscow, Russia"] and moscow[53] == "RS" and moscow[58] == "524901"
    assert moscow[60] == "https://news.example/a1"
    un = next(r for r in rows if r[5] == "IGOUNO")
    assert un[7:9] == ["", "UNO"] and un[12] == "IGO" and un[1] == ""
    mentions = tmp_path / "mentions.tsv"
    run("export", "gdelt", "--all-mentions", "--header", "--out", mentions, "--store", store_dir)
    lines = mentions.read_text().splitlines()
    assert lines[0].split("\t")[0] == "GLOBALEVENTID" and lines[0].split("\t")[-1] == "SOURCEURL"
    assert len(lines) == 1 + 10


def test_export_plover_jsonl(store_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    run("export", "plover", "--out", out, "--store", store_dir, "--include-negated")
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 11
    first = next(r for r in records if r["id"] == "a1:e1-036")
    assert first["event"] == ["AGREE"] and first["date"] == "2016-11-09" and first["quad_code"] == 1
    assert first["actor"][0]["code"] == "RUSGOV" and first["recipient"][0]["country"] == "USA"
    assert first["event_loc"]["geonameid"] == 524901 and first["text_info"]["sequence"] == 1
    assert first["link"] == next(r for r in records if r["id"] == "a2:e0-036")["link"]
    negated = next(r for r in records if r["cameo"] == "130")
    assert negated["context"] == ["negation"]


def test_export_csv_and_parquet(store_dir: Path, tmp_path: Path) -> None:
    run("export", "csv", "--out", tmp_path / "ev.csv", "--store", store_dir, "--source", "RUS")
    rows = list(csv.DictReader((tmp_path / "ev.csv").open()))
    assert len(rows) == 6 and all(r["source_code"].startswith("RUS") for r in rows)
    run("export", "parquet", "--out", tmp_path / "q.parquet", "--table", "quotes", "--store", store_dir)
    assert pq.read_table(tmp_path / "q.parquet").num_rows == 2


def test_plots_are_written(store_dir: Path, tmp_path: Path) -> None:
    dyad, net = tmp_path / "rus_usa.png", tmp_path / "net.png"
    run("plot", "dyad", "RUS", "USA", "--out", dyad, "--both", "--store", store_dir)
    run("plot", "network", "--out", net, "--store", store_dir)
    for path in (dyad, net):
        image = mpimg.imread(path)
        assert image.shape[0] > 500 and image.shape[1] > 900
        assert image.std() > 0.05  # not a blank canvas


def test_compact_command(tmp_path: Path) -> None:
    path = tmp_path / "store"
    Store(path).write(corpus())
    Store(path).write(corpus())
    out = run("compact", "--store", path, "--orphan-age", "0")
    assert "batches merged: 2" in out
    assert json.loads(run("stats", "--store", path, "-f", "json"))["batches"] == 1
