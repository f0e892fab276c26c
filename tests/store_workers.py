"""Processes for the store concurrency tests: ``python tests/store_workers.py write|read …``.

write STORE FIRST COUNT BATCH   write articles FIRST..FIRST+COUNT-1 (two events each) in batches of BATCH
compact STORE UNTIL_ARTICLES     compact in a loop until the store holds UNTIL_ARTICLES articles
read STORE UNTIL_ARTICLES        read in a loop until the store holds UNTIL_ARTICLES articles; print what
                                 was seen as JSON (reads, inconsistent reads, errors)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from store_records import event, record  # noqa: E402
from tacitus.store import Store  # noqa: E402


def article(i: int):  # noqa: ANN201 - a record
    day = f"2016-12-{1 + i % 28:02d}"
    return record(f"w{i:05d}", day, (event("RUSGOV", "USAGOV", "036", 0), event("USA", "RUS", "112", 1)))


def write(path: str, first: int, count: int, batch: int) -> None:
    store = Store(path)
    ids = list(range(first, first + count))
    for start in range(0, len(ids), batch):
        store.write([article(i) for i in ids[start:start + batch]])


def read(path: str, until: int) -> None:
    reads, bad, errors, last = 0, [], [], -1
    deadline = time.time() + 120
    store = Store(path)
    while time.time() < deadline:
        try:
            if not store.exists():
                continue
            row = store.sql("SELECT (SELECT count(*) FROM articles) AS a, (SELECT count(*) FROM events) AS e, "
                            "(SELECT count(DISTINCT id) FROM articles) AS d")[0]
        except Exception as error:  # the test asserts there were none
            errors.append(repr(error))
            continue
        reads += 1
        # every committed article brings exactly two events, is counted once, and never disappears
        if row["e"] != 2 * row["a"] or row["d"] != row["a"] or row["a"] < last:
            bad.append(row)
        last = row["a"]
        if row["a"] >= until:
            break
        time.sleep(0.01)  # leave the writer some CPU on small machines
    print(json.dumps({"reads": reads, "bad": bad, "errors": errors, "last": last}))


def compact(path: str, until: int) -> None:
    store, runs, deadline = Store(path), 0, time.time() + 120
    while time.time() < deadline:
        if store.exists():
            store.compact()  # default orphan age: a running writer's files are never touched
            runs += 1
            if store.stats()["articles"] >= until:
                break
        time.sleep(0.05)
    print(json.dumps({"compactions": runs}))


if __name__ == "__main__":
    command, store_path, *numbers = sys.argv[1:]
    if command == "write":
        write(store_path, *map(int, numbers))
    elif command == "compact":
        compact(store_path, int(numbers[0]))
    else:
        read(store_path, int(numbers[0]))
