"""Extraction on Ray: Ray Data over chunks of article batches, an actor pool with one pipeline per actor.

Each actor loads spaCy and the gazetteer once (the expensive part, ~5 s) and then extracts batch after batch;
the driver writes results to the store as they stream back, in input order, so the store logic (idempotence,
one transaction per article) is exactly the local engine's.  Records cross process boundaries pickled: they
are frozen dataclasses, and pickling keeps them whole where Arrow columns would flatten them.

Connects to the cluster named by ``RAY_ADDRESS`` (``ray start --head`` on the head node, or a KubeRay
cluster); without it, starts a local one sized to `workers`.  See docs/scale.md.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from newsledger import settings
from newsledger.records import Article, Extraction


class _Extractor:
    """A Ray actor's callable: holds one pipeline for its lifetime."""

    def __init__(self, batch_size: int) -> None:
        from newsledger.engines import _warm_worker

        _warm_worker()
        self.batch_size = batch_size

    def __call__(self, rows: dict[str, Any]) -> dict[str, Any]:
        from newsledger.pipeline import extract_batch

        out = []
        for blob in rows["articles"]:
            articles = pickle.loads(blob)
            out.append(pickle.dumps(extract_batch(articles, self.batch_size)))
        return {"extractions": out}


class RayEngine:
    def __init__(self, workers: int = 1, batch_size: int = settings.INGEST_BATCH_SIZE) -> None:
        try:
            import ray
        except ImportError as exc:  # the extra is optional; say how to get it
            raise RuntimeError("the Ray engine needs the optional extra: pip install 'newsledger[ray]'") from exc
        self.workers = max(1, workers)
        self.batch_size = batch_size
        if not ray.is_initialized():
            address = os.environ.get("RAY_ADDRESS")
            options: dict[str, Any] = {"address": address} if address else {"num_cpus": self.workers}
            ray.init(include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING, **options)
            logging.getLogger("ray.data").setLevel(logging.WARNING)  # its INFO lines would break the progress bar
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True  # results come back in input order, like local
        context.enable_progress_bars = False  # the CLI draws its own

    def close(self) -> None:
        """Nothing to release: each chunk's actor pool ends with its dataset; the Ray instance stays for reuse."""

    def map(self, batches: Iterable[Sequence[Article]]) -> Iterator[list[Extraction]]:
        import ray

        per_chunk = max(1, settings.RAY_CHUNK_ARTICLES // self.batch_size)
        source = iter(batches)
        while chunk := list(islice(source, per_chunk)):
            dataset = ray.data.from_items([{"articles": pickle.dumps(list(b))} for b in chunk])
            results = dataset.map_batches(
                _Extractor,
                batch_size=1,
                concurrency=min(self.workers, len(chunk)),
                fn_constructor_kwargs={"batch_size": self.batch_size},
            )
            for row in results.iter_rows():
                yield pickle.loads(row["extractions"])
