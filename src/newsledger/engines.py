"""Where extraction runs: in this process, in N local worker processes, or (see :mod:`newsledger.scale`) on Ray.

An engine maps an iterator of article batches to an iterator of extraction batches, in the same order, lazily:
the caller writes results to the store as they come, so memory holds only the batches in flight.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Protocol

from newsledger import settings
from newsledger.records import Article, Extraction

ENGINES = ("local", "ray")


class Engine(Protocol):
    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[list[Extraction]]: ...

    def close(self) -> None: ...


def _warm_worker() -> None:
    """Load the spaCy pipeline and the gazetteer index once per worker, before its first batch."""
    from newsledger import nlp
    from newsledger.extract import geo

    nlp.pipeline()
    geo.index()


def _extract(articles: Sequence[Article], batch_size: int) -> list[Extraction]:
    from newsledger.pipeline import extract_batch

    return extract_batch(articles, batch_size)


class LocalEngine:
    """Extraction in this process (``workers=1``) or in a pool of worker processes, one pipeline each.

    Workers are started with *spawn*, not fork: the parent may hold database connections and threads that a
    forked child must not inherit.  A worker that dies (killed, out of memory) stops the run with
    BrokenProcessPool; everything written before stays, and a re-run continues from there.
    """

    def __init__(self, workers: int = 1, batch_size: int = settings.INGEST_BATCH_SIZE) -> None:
        self.workers = max(1, workers)
        self.batch_size = batch_size
        self._pool: ProcessPoolExecutor | None = None  # started on first use, kept until close()

    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[list[Extraction]]:
        if self.workers == 1:
            for batch in batches:
                yield _extract(batch, self.batch_size)
            return
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_warm_worker)
        window: deque[Future[list[Extraction]]] = deque()
        limit = self.workers * settings.BATCHES_IN_FLIGHT_PER_WORKER
        for batch in batches:
            window.append(self._pool.submit(_extract, list(batch), self.batch_size))
            if len(window) >= limit:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def engine(name: str, workers: int = 1, batch_size: int = settings.INGEST_BATCH_SIZE) -> Engine:
    """The engine called `name` ("local" or "ray")."""
    if name == "local":
        return LocalEngine(workers, batch_size)
    if name == "ray":
        from newsledger.scale.ray_engine import RayEngine

        return RayEngine(workers, batch_size)
    raise ValueError(f"unknown engine {name!r}; choose from {', '.join(ENGINES)}")
