"""Ingest engines: local worker processes and Ray produce exactly the records of the single-process run."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
from sqlalchemy import select

from newsledger.ingest import ingest
from newsledger.store import Store, schema
from newsledger.store.export import export
from tests.clean.test_sources import write_warc

EXAMPLES = Path(__file__).parents[1] / "examples"


def _records(store: Store, out: Path) -> dict[str, str]:
    """Every table of the store as JSONL text (ordered by article and record id), for exact comparison."""
    return {name: path.read_text("utf-8") for name, path in export(store, "jsonl", out).items()}


@pytest.fixture(scope="module")
def serial(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    tmp = tmp_path_factory.mktemp("serial")
    store = Store(str(tmp / "serial.db"))
    report = ingest([str(EXAMPLES)], store)
    assert report.stored == 17
    return _records(store, tmp / "out")


def test_two_local_workers_store_the_same_records(serial: dict[str, str], tmp_path: Path) -> None:
    store = Store(str(tmp_path / "workers.db"))
    seen: list[int] = []
    report = ingest([str(EXAMPLES)], store, workers=2, batch_size=4, progress=lambda r: seen.append(r.done))
    assert (report.total, report.stored, report.failed) == (17, 17, 0)
    assert seen == sorted(seen) and seen[-1] == 17  # progress only moves forward, to the total
    assert _records(store, tmp_path / "out") == serial


@pytest.mark.skipif(importlib.util.find_spec("ray") is None and not os.environ.get("CI"), reason="Ray not installed")
def test_ray_engine_stores_the_same_records(serial: dict[str, str], tmp_path: Path) -> None:
    import ray

    store = Store(str(tmp_path / "ray.db"))
    try:
        report = ingest([str(EXAMPLES)], store, engine="ray", workers=2, batch_size=4)
    finally:
        ray.shutdown()
    assert (report.stored, report.failed) == (17, 0)
    assert _records(store, tmp_path / "out") == serial


def test_warc_archive_ingests_its_html_pages(tmp_path: Path) -> None:
    pages = [(f"https://news.example/{p.stem}", p.read_bytes(), "text/html") for p in sorted(EXAMPLES.glob("*.html"))]
    write_warc(tmp_path / "crawl.warc.gz", pages)
    store = Store(str(tmp_path / "warc.db"))
    report = ingest([str(tmp_path / "crawl.warc.gz")], store)
    assert (report.seen, report.stored, report.failed) == (len(pages), len(pages), 0)
    with store.engine.connect() as conn:
        urls = set(conn.execute(select(schema.articles.c.url)).scalars())
    assert urls == {url for url, _, _ in pages}
    again = ingest([str(tmp_path / "crawl.warc.gz")], store)
    assert (again.stored, again.already) == (0, len(pages))
