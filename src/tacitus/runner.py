"""Coding many articles: in-process, or in a pool of worker processes with one spaCy model each.

Order is preserved: records come back in the order their inputs were read.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from tacitus.pipeline import Options, Resources, code_articles, load_resources
from tacitus.record import Article, ArticleRecord

Item = Article | ArticleRecord

_worker_resources: Resources | None = None


def default_workers() -> int:
    return max(1, os.cpu_count() or 1)


def code_items(items: Iterable[Item], options: Options = Options(), workers: int = 1,
               chunk_size: int = 16) -> Iterator[ArticleRecord]:
    """Code every article in ``items`` (skips pass through) with ``workers`` processes."""
    chunks = _chunks(items, chunk_size)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    if workers <= 1 or second is None:
        resources = load_resources(options)
        for chunk in _prepend([first] + ([second] if second else []), chunks):
            yield from code_articles(chunk, resources, options.batch_size)
        return
    yield from _code_in_pool(_prepend([first, second], chunks), options, workers)


def _code_in_pool(chunks: Iterator[list[Item]], options: Options, workers: int) -> Iterator[ArticleRecord]:
    # spawn, not fork: the parent may hold threads (progress display) that fork would copy half-way.
    context = multiprocessing.get_context("spawn")
    window: deque[Future[list[ArticleRecord]]] = deque()
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                             initargs=(options,)) as pool:
        for chunk in chunks:
            window.append(pool.submit(_code_chunk, chunk))
            # A bounded window keeps memory flat on huge inputs while every worker stays busy.
            while len(window) >= workers * 3:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()


def _init_worker(options: Options) -> None:
    global _worker_resources
    _worker_resources = load_resources(options)


def _code_chunk(chunk: list[Item]) -> list[ArticleRecord]:
    assert _worker_resources is not None, "worker used before its initializer ran"
    return list(code_articles(chunk, _worker_resources, len(chunk)))


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _prepend(head: list[list[Item]], rest: Iterator[list[Item]]) -> Iterator[list[Item]]:
    yield from head
    yield from rest
