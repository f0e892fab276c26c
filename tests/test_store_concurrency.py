"""The store stays consistent under concurrent readers and writers, and survives a killed writer."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tacitus.store import Store
from tacitus.store.writer import PAUSE_ENV

WORKERS = str(Path(__file__).with_name("store_workers.py"))


def _spawn(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, WORKERS, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})


def test_two_readers_and_a_writer_see_only_whole_batches(tmp_path: Path) -> None:
    store = tmp_path / "store"
    readers = [_spawn("read", store, 24) for _ in range(2)]
    # a short pause after each file keeps the writer busy long enough for the readers to overlap it
    writer = _spawn("write", store, 0, 24, 3, env={PAUSE_ENV: "0.05"})
    assert writer.wait(timeout=120) == 0, writer.stderr.read() if writer.stderr else ""
    reports = []
    for reader in readers:
        out, err = reader.communicate(timeout=120)
        assert reader.returncode == 0, err
        reports.append(json.loads(out))
    for report in reports:
        assert report["errors"] == []
        assert report["bad"] == []  # never a half batch, a duplicate or a lost row
        assert report["last"] == 24
        assert report["reads"] > 1
    stats = Store(store).stats()
    assert (stats["articles"], stats["events"], stats["batches"]) == (24, 48, 8)


def test_readers_stay_consistent_while_a_writer_and_a_compaction_run(tmp_path: Path) -> None:
    store = tmp_path / "store"
    readers = [_spawn("read", store, 20) for _ in range(2)]
    compactor = _spawn("compact", store, 20)
    writer = _spawn("write", store, 0, 20, 2, env={PAUSE_ENV: "0.05"})
    assert writer.wait(timeout=120) == 0, writer.stderr.read() if writer.stderr else ""
    out, err = compactor.communicate(timeout=120)
    assert compactor.returncode == 0, err
    assert json.loads(out)["compactions"] >= 1
    for reader in readers:
        out, err = reader.communicate(timeout=120)
        assert reader.returncode == 0, err
        report = json.loads(out)
        assert (report["errors"], report["bad"], report["last"]) == ([], [], 20)
    stats = Store(store).stats()
    assert (stats["articles"], stats["events"], stats["superseded_article_versions"]) == (20, 40, 0)


def _wait_for(predicate, timeout: float = 60) -> None:  # noqa: ANN001
    deadline = time.time() + timeout
    while not predicate():
        assert time.time() < deadline, "timed out"
        time.sleep(0.05)


def test_sigkill_mid_batch_leaves_no_partial_batch_and_rerun_completes(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = _spawn("write", store, 0, 3, 3)
    assert first.wait(timeout=60) == 0
    committed_files = len(list((store / "articles").rglob("part-*.parquet")))
    # the writer sleeps after each table file, so it is certainly between files when killed
    victim = _spawn("write", store, 3, 5, 5, env={PAUSE_ENV: "30"})
    _wait_for(lambda: len(list((store / "articles").rglob("part-*.parquet"))) > committed_files)
    before_kill = len(list(store.rglob("part-*.parquet")))
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=10)
    assert victim.returncode == -signal.SIGKILL
    assert len(list(store.rglob("part-*.parquet"))) == before_kill  # orphans are on disk …
    stats = Store(store).stats()
    assert (stats["articles"], stats["events"], stats["batches"]) == (3, 6, 1)  # … but invisible

    rerun = _spawn("write", store, 3, 5, 5)
    assert rerun.wait(timeout=60) == 0
    stats = Store(store).stats()
    assert (stats["articles"], stats["events"]) == (8, 16)
    ids = Store(store).sql("SELECT id, count(*) AS n FROM articles GROUP BY id HAVING n > 1")
    assert ids == []

    report = Store(store).compact(orphan_age=0)
    assert report["orphans_removed"] >= 1
    stats = Store(store).stats()
    assert (stats["articles"], stats["events"], stats["batches"]) == (8, 16, 1)
    assert not list(store.rglob("*.tmp"))
