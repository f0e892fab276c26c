"""The event store through its Python API: writing, layout, de-duplication, queries, compaction."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from store_records import MOSCOW, corpus, event, record
from tacitus.store import EventFilter, QueryError, Store, StoreNotFoundError, StoreVersionError
from tacitus.store import schema as store_schema


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "store")
    s.write(corpus())
    return s


def test_stats_counts_what_was_written(store: Store) -> None:
    stats = store.stats()
    assert stats["articles"] == 8 and stats["articles_coded"] == 7
    assert stats["skipped"] == {"too_short": 1}
    assert (stats["events"], stats["quotes"], stats["places"], stats["actors"]) == (12, 2, 3, 24)
    assert stats["date_range"] == ["2016-11-09", "2017-01-10"]
    assert stats["undated_articles"] == 1
    assert stats["events_by_quad_class"] == {"verbal cooperation": 4, "material cooperation": 2,
                                             "verbal conflict": 5, "material conflict": 1}
    assert stats["top_dyads"][0] == ("RUSGOV", "USAGOV", 5)
    assert stats["schema_version"] == store_schema.STORE_SCHEMA_VERSION
    summary = store.summary()
    assert summary["articles"] == 8 and summary["top_dyads"][0] == ("RUSGOV", "USAGOV", 5)


def test_layout_is_date_partitioned_parquet_readable_without_tacitus(store: Store) -> None:
    root = store.path
    assert list((root / "events" / "month=2016-11").glob("part-*.parquet"))
    assert list((root / "articles" / "month=unknown").glob("part-*.parquet"))
    assert not list(root.rglob("*.tmp"))
    assert len(list((root / "_batches").glob("*.json"))) == 1
    table = ds.dataset(root / "events", format="parquet", partitioning="hive").to_table()
    assert table.num_rows == 12 and "date" in table.column_names


def test_coding_the_same_input_twice_leaves_each_article_once(store: Store) -> None:
    store.write(corpus())
    stats = store.stats()
    assert (stats["articles"], stats["events"], stats["quotes"]) == (8, 12, 2)
    assert stats["superseded_article_versions"] == 8
    assert len(store.events(limit=None, include_negated=True, include_hypothetical=True)) == 12


def test_recoding_an_article_replaces_its_records(store: Store) -> None:
    recoded = record("a1", "2016-11-09", (event("RUSGOV", "USAGOV", "173", 0),), outlet="Reuters")
    store.write([recoded])
    rows = store.sql("SELECT cameo FROM events WHERE article_id = 'a1'")
    assert rows == [{"cameo": "173"}]
    assert store.sql("SELECT count(*) AS n FROM quotes WHERE article_id = 'a1'") == [{"n": 0}]
    assert store.stats()["events"] == 11
    # the history is still there for whoever asks for it
    assert store.sql("SELECT count(*) AS n FROM all_events WHERE article_id = 'a1'") == [{"n": 3}]


def test_recoded_article_can_move_to_another_date(store: Store) -> None:
    store.write([record("a7", "2016-12-24", (event("IGOUNO", "SYRGOV", "112", 0),), outlet=None)])
    assert store.stats()["undated_articles"] == 0
    assert store.sql("SELECT date FROM events WHERE article_id = 'a7'") == [{"date": "2016-12-24"}]


def test_duplicate_ids_within_one_batch_keep_the_last(tmp_path: Path) -> None:
    s = Store(tmp_path)
    s.write([record("x", "2016-01-01", (event("RUS", "USA", "112", 0),)),
             record("x", "2016-01-01", (event("RUS", "USA", "036", 0),))])
    assert s.sql("SELECT cameo FROM events") == [{"cameo": "036"}]


def test_events_filters(store: Store) -> None:
    rows = store.events(source="RUS", target="USA", root="03", date_from="2016-11-01", date_to="2016-12-31")
    assert [(r["article_id"], r["cameo"]) for r in rows] == [("a1", "036"), ("a2", "036")]
    assert {r["article_id"] for r in store.events(interstate=True, limit=None)} == {"a1", "a2", "a3", "a4",
                                                                                     "a5", "a6"}
    assert [r["target_code"] for r in store.events(intrastate=True)] == ["SYRREB"]
    assert all(r["confidence"] >= 0.5 for r in store.events(min_confidence=0.5, limit=None))
    assert len(store.events(limit=None)) == 10  # the negated and the hypothetical event are left out
    assert len(store.events(limit=None, include_negated=True, include_hypothetical=True)) == 12
    assert [r["source_code"] for r in store.events(country="TUR")] == ["TURGOV"]
    assert [r["source_code"] for r in store.events(role="REB")] == ["SYRGOV"]
    assert {r["source_code"] for r in store.events(dyadic=True, actor="IGOUNO")} == {"IGOUNO"}


def test_bad_filters_are_user_errors(store: Store) -> None:
    with pytest.raises(QueryError, match="not a date"):
        store.events(date_from="2016-13-01")
    with pytest.raises(QueryError, match="after"):
        EventFilter(date_from="2017-01-01", date_to="2016-01-01")
    with pytest.raises(QueryError, match="--by"):
        store.dyad("RUS", "USA", by="fortnight")


def test_dyad_series_counts_quads_goldstein_and_articles(store: Store) -> None:
    rows = {r["period"]: r for r in store.dyad("RUS", "USA", by="month")}
    assert list(rows) == ["2016-11-01", "2016-12-01", "2017-01-01"]
    nov, dec, jan = rows.values()
    assert (nov["events"], nov["verbal_coop"], nov["goldstein_sum"], nov["articles"]) == (3, 3, 9.9, 2)
    assert (dec["events"], dec["verbal_conflict"], dec["goldstein_mean"], dec["articles"]) == (2, 2, -2.0, 3)
    assert (jan["events"], jan["material_coop"]) == (1, 1)
    both = {r["period"]: r["events"] for r in store.dyad("RUS", "USA", by="year", both_directions=True)}
    assert both == {"2016-01-01": 6, "2017-01-01": 1}
    days = store.dyad("RUS", "USA", by="day", date_from="2016-12-01", date_to="2016-12-31")
    assert [(r["period"], r["events"]) for r in days] == [("2016-12-15", 1), ("2016-12-20", 0), ("2016-12-30", 1)]


def test_top_actors_network_quotes(store: Store) -> None:
    top = store.top_actors(3)
    assert [(r["code"], r["as_source"], r["as_target"]) for r in top] == [("RUSGOV", 5, 1), ("USAGOV", 1, 4),
                                                                           ("RUS", 1, 1)]
    assert store.top_actors(1, level="country")[0]["country"] == "RUS"
    assert [(e["source"], e["target"], e["weight"]) for e in store.network(min_weight=2)] == [
        ("RUSGOV", "USAGOV", 4)]
    quotes = store.quotes("putin")
    assert [q["text"] for q in quotes] == ["We are ready to restore relations"]
    assert store.quotes("USAGOV")[0]["speaker_name"] == "Barack Obama"


def test_clusters_count_mentions_articles_and_sources(store: Store) -> None:
    clusters = store.clusters(min_articles=2)
    assert len(clusters) == 1
    top = clusters[0]
    assert (top["source_code"], top["target_code"], top["root"], top["place"]) == ("RUSGOV", "USAGOV", "03",
                                                                                   "Moscow")
    assert (top["num_mentions"], top["num_articles"], top["num_sources"]) == (2, 2, 2)
    # the same event one day later is another cluster by day, the same one in a 7-day window
    store.write([record("b1", "2016-11-10", (event("RUSGOV", "USAGOV", "036", 0, location=MOSCOW),),
                        outlet="TASS")])
    assert store.clusters(min_articles=3) == []
    weekly = store.clusters(window=7, min_articles=2)
    assert any(c["num_articles"] == 3 and c["num_sources"] == 2 for c in weekly)
    assert store.stats()["events"] == 13  # clustering never removes rows


def test_compact_merges_files_and_drops_superseded_rows(store: Store) -> None:
    store.write(corpus()[:3])
    store.write([record("a1", "2016-11-09", (event("RUSGOV", "USAGOV", "173", 0),))])
    before = store.stats()
    report = store.compact(orphan_age=0)
    after = store.stats()
    assert report["batches_merged"] == 3 and report["superseded_rows_dropped"] > 0
    assert after["batches"] == 1 and after["files"] < before["files"]
    assert after["superseded_article_versions"] == 0
    for key in ("articles", "events", "quotes", "places", "actors", "top_dyads", "events_by_quad_class"):
        assert after[key] == before[key], key
    assert store.sql("SELECT cameo FROM events WHERE article_id = 'a1'") == [{"cameo": "173"}]
    assert store.compact(orphan_age=0)["batches_merged"] == 0  # already compact: nothing to do
    store.write([record("a9", "2016-11-09", (event("RUS", "USA", "112", 0),))])  # writes go on afterwards
    assert store.stats()["articles"] == 9


def test_missing_store_and_newer_schema_are_clear_errors(tmp_path: Path, store: Store) -> None:
    with pytest.raises(StoreNotFoundError, match="no Tacitus store"):
        Store(tmp_path / "nothing").stats()
    (store.path / "_meta.json").write_text(json.dumps({"schema_version": 99}))
    with pytest.raises(StoreVersionError, match="upgrade Tacitus"):
        Store(store.path).stats()


def test_migration_runs_pending_steps(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    store_schema.write_version(store.path, 0)
    with pytest.raises(StoreVersionError, match="--migrate"):
        Store(store.path).stats()
    calls: list[Path] = []
    monkeypatch.setitem(store_schema.MIGRATIONS, 0, calls.append)
    report = Store(store.path).compact(migrate=True)
    assert report["migrated_from"] == [0] and calls == [store.path]
    assert Store(store.path).stats()["schema_version"] == store_schema.STORE_SCHEMA_VERSION


def test_files_without_a_newer_column_read_it_as_null(store: Store) -> None:
    # a store written before a column existed: drop one column from every events file
    import pyarrow.parquet as pq
    for path in (store.path / "events").rglob("*.parquet"):
        pq.write_table(pq.read_table(path).drop_columns(["plover_mode"]), path)
    manifest = next((store.path / "_batches").glob("*.json"))
    data = json.loads(manifest.read_text())
    manifest.write_text(json.dumps({**data, "full_schema": False}))
    rows = Store(store.path).sql("SELECT count(*) AS n, count(plover_mode) AS modes FROM events")
    assert rows == [{"n": 12, "modes": 0}]


def test_write_accepts_skipped_records_only(tmp_path: Path) -> None:
    s = Store(tmp_path)
    s.write([dataclasses.replace(record("s1", "2016-01-02", skipped="not_english"))])
    stats = s.stats()
    assert (stats["articles"], stats["articles_coded"], stats["events"]) == (1, 0, 0)
    assert stats["skipped"] == {"not_english": 1}
    assert s.write([]) is None


def _answers(s: Store) -> tuple[object, ...]:
    stats = {k: v for k, v in s.stats().items() if k not in ("store", "files", "batches", "partition")}
    return (stats, s.dyad("RUS", "USA", by="day"), s.top_actors(5), s.clusters(), s.quotes(),
            s.events(limit=None, date_from="2016-12-01", date_to="2016-12-31"))


def test_month_partitions_answer_like_day_partitions(store: Store, tmp_path: Path) -> None:
    monthly = Store(tmp_path / "monthly", partition="month")
    monthly.write(corpus())
    assert list((monthly.path / "events").glob("month=2016-11/part-*.parquet"))
    assert list((monthly.path / "articles").glob("month=unknown/part-*.parquet"))
    assert _answers(monthly) == _answers(store)
    # converting a day store keeps every answer; later writes follow the new layout
    report = store.compact(orphan_age=0, partition="month")
    assert report["partition"] == "month" and not list((store.path / "events").glob("date=*"))
    assert _answers(store) == _answers(monthly)
    store.write([record("a1", "2016-11-09", (event("RUSGOV", "USAGOV", "173", 0),))])
    assert store.sql("SELECT cameo FROM events WHERE article_id = 'a1'") == [{"cameo": "173"}]
    assert not list((store.path / "events").glob("date=*"))
    store.compact(orphan_age=0, partition="day")
    assert store.sql("SELECT cameo, date FROM events WHERE article_id = 'a1'") == [
        {"cameo": "173", "date": "2016-11-09"}]
    assert not list((store.path / "events").glob("month=*"))


def test_partition_layout_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACITUS_STORE_PARTITION", "month")
    s = Store(tmp_path)
    s.write(corpus()[:1])
    assert list((tmp_path / "events").glob("month=2016-11/*.parquet"))
    monkeypatch.setenv("TACITUS_STORE_PARTITION", "day")
    Store(tmp_path).write(corpus()[1:2])  # an existing store keeps its layout
    assert not list((tmp_path / "events").glob("date=*"))
    monkeypatch.setenv("TACITUS_STORE_PARTITION", "week")
    with pytest.raises(QueryError, match="partition"):
        Store(tmp_path)
