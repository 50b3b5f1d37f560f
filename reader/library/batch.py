"""Analyzing many articles at once (`reader import`, `reader feeds update`): one process per core.

Each worker process loads its own pipeline and opens its own connection, and
stores every analysis it makes through `Library.ensure_analyzed`; SQLite's WAL
mode and busy timeout let the workers write one after another. Loading the
pipeline costs a process about two seconds, so a small batch is analyzed in
the calling process instead.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from reader.library.store import Library

# A worker process pays for its own pipeline load only past about this many articles.
ARTICLES_PER_PROCESS = 20

_BLAS_THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")

_worker_library: Library | None = None


def processes_for(articles: int, asked: int | None = None) -> int:
    """How many processes analyze `articles` articles: as many as `asked`, else one per core for a
    batch large enough to pay for the extra pipeline loads; never one without an article."""
    wanted = asked or min(os.cpu_count() or 1, articles // ARTICLES_PER_PROCESS)
    return max(1, min(wanted, articles))


def analyze_articles(
    library: Library, article_ids: list[int], processes: int,
    on_done: Callable[[int, int], None] = lambda done, total: None,
) -> None:
    """Analyze and store every article not analyzed yet; `on_done(done, total)` after each one. With
    one process, in this one, through `library`; else in worker processes with their own connections."""
    total = len(article_ids)
    if processes <= 1:
        for done, article_id in enumerate(article_ids, start=1):
            library.ensure_analyzed(article_id)
            on_done(done, total)
        return
    # "spawn": a forked child would inherit the parent's open SQLite connections.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, mp_context=context, initializer=_open_library, initargs=(library.home,)) as pool:
        futures = [pool.submit(_ensure_analyzed, article_id) for article_id in article_ids]
        try:
            for done, future in enumerate(as_completed(futures), start=1):
                future.result()  # a worker's ReaderError is raised here
                on_done(done, total)
        except BaseException:
            for future in futures:
                future.cancel()
            raise


def _open_library(home: Path) -> None:
    """Start a worker: one BLAS thread (the processes already use every core; set before the pipeline
    imports numpy), and a connection of its own."""
    global _worker_library
    for variable in _BLAS_THREADS:
        os.environ[variable] = "1"
    _worker_library = Library(home)


def _ensure_analyzed(article_id: int) -> None:
    _worker_library.ensure_analyzed(article_id)
