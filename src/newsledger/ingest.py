"""Many inputs into the store: files and folders of .txt/.html, .jsonl/.json feeds and .warc/.warc.gz archives.

An input is cleaned first; if its content hash is stored already it is skipped before the (expensive) parse,
so a re-run costs little and adds nothing.  New articles go to an engine (this process, N local workers, or
Ray) in batches, and each result is written in its own transaction as it comes back.  An input that cannot
be used is stored as a failure and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from newsledger import errors, settings
from newsledger.clean.sources import count_inputs, documents, input_files
from newsledger.engines import Engine
from newsledger.engines import engine as make_engine
from newsledger.pipeline import clean_document
from newsledger.records import Article, Failure
from newsledger.store import Store

__all__ = ["IngestReport", "ingest", "input_files"]


@dataclass
class IngestReport:
    """Counts of one run.  `total` is the number of inputs expected (None when unknown, as for WARC)."""

    total: int | None = None
    seen: int = 0
    stored: int = 0
    already: int = 0
    failed: int = 0

    @property
    def done(self) -> int:
        return self.stored + self.already + self.failed


def ingest(
    paths: list[str],
    store: Store,
    *,
    workers: int = 1,
    engine: str | Engine = "local",
    batch_size: int = settings.INGEST_BATCH_SIZE,
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Extract every new article under `paths` into `store`; `progress` is called after each input is settled.

    `engine` is "local" or "ray" (started with `workers` and closed at the end), or an engine the caller
    started and closes itself (to keep its warm workers across calls)."""
    report = IngestReport(total=count_inputs(paths))
    names: dict[str, str] = {}  # article id -> input name, for the articles handed to the engine

    def tick() -> None:
        if progress is not None:
            progress(report)

    def new_batches() -> Iterator[list[Article]]:
        batch: list[Article] = []
        for item, raw in documents(paths):
            report.seen += 1
            if not isinstance(item, Failure):
                try:
                    article = clean_document(item)
                except errors.InputError as exc:
                    item = Failure("input", exc.code, exc.problem, exc.source)
            if isinstance(item, Failure):
                store.add_failure(item, raw)
                report.failed += 1
                tick()
                continue
            if article.id in names or store.has_article(article.id):
                report.already += 1
                tick()
                continue
            names[article.id] = item.name
            batch.append(article)
            if len(batch) >= batch_size:
                yield batch
                batch = []
        if batch:
            yield batch

    runner = make_engine(engine, workers, batch_size) if isinstance(engine, str) else engine
    try:
        for extractions in runner.map(new_batches()):
            for extraction in extractions:
                if store.add(extraction, names.get(extraction.article.id)):
                    report.stored += 1
                else:
                    report.already += 1
                tick()
    finally:
        if isinstance(engine, str):
            runner.close()
    return report
