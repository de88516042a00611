"""Many inputs into the store: files and folders of .txt/.html, .jsonl/.json feeds and .warc/.warc.gz archives.

An input is cleaned first; if its content hash is stored already it is skipped before the (expensive) parse,
so a re-run costs little and adds nothing.  New articles go to an engine (this process, N local workers, or
Ray) in batches, and each result is written in its own transaction as it comes back.  An input that cannot
be used is stored as a failure and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from newsledger import errors, settings
from newsledger.clean.sources import count_inputs, documents, input_files
from newsledger.engines import Engine
from newsledger.engines import engine as make_engine
from newsledger.pipeline import clean_document
from newsledger.records import Article, Failure, Home
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
    home: Home | None = None,
    homes: Callable[[str], tuple[Home | None, bool]] | None = None,
) -> IngestReport:
    """Extract every new article under `paths` into `store`; `progress` is called after each input is settled.

    `engine` is "local" or "ray" (started with `workers` and closed at the end), or an engine the caller
    started and closes itself (to keep its warm workers across calls).  `home` is where every input's source
    reports from; with `homes` instead (a source -> (its home, whether it is still learning one), as
    corpus.homes.learned_home gives from the store), an article with a source gets its source's home, asked
    again whenever more articles have been stored."""
    report = IngestReport(total=count_inputs(paths))
    names: dict[str, str] = {}  # article id -> input name, for the articles handed to the engine
    learned: dict[str, tuple[int, Home | None, bool]] = {}  # source -> (report.stored when asked, home, learning)

    def home_for(article: Article) -> Home | None:
        if home is not None or homes is None or not article.source:
            return home
        if article.source not in learned or learned[article.source][0] != report.stored:
            learned[article.source] = (report.stored, *homes(article.source))
        return learned[article.source][1]

    def waits_for_store(article: Article, batch: list[Article]) -> bool:
        """Whether the batch must be stored before `article` is added: while its source is still learning its
        home, an article of it in the same batch would not teach this one."""
        if homes is None or home is not None or not article.source:
            return False
        learning = learned[article.source][2] if article.source in learned else True
        return learning and any(a.source == article.source for a in batch)

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
            if batch and waits_for_store(article, batch):
                yield batch
                batch = []
            if (where := home_for(article)) is not None:
                article = replace(article, home=where)
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
