"""The store: idempotent ingest, failures once, revisions, all-or-nothing writes, and surviving kill -9."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from newsledger.clean.sources import Document
from newsledger.ingest import ingest
from newsledger.pipeline import extract
from newsledger.records import Entity
from newsledger.store import Store, schema

EXAMPLES = Path(__file__).parents[2] / "examples"


def test_ingesting_twice_gives_the_same_stats(make_store: Callable[[], Store]) -> None:
    store = make_store()
    first = ingest([str(EXAMPLES)], store)
    stats = store.stats()
    second = ingest([str(EXAMPLES)], store)
    assert first.stored == 17 and second.stored == 0 and second.already == 17
    assert store.stats() == stats
    assert stats["articles"] == 17 and stats["entities"] > 100 and stats["figures"] > 50


def test_failures_are_stored_once_and_the_batch_goes_on(tmp_path: Path, make_store: Callable[[], Store]) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "good.txt").write_bytes((EXAMPLES / "01-kharkiv-strikes.txt").read_bytes())
    (tmp_path / "in" / "lines.jsonl").write_text('{"id": 1, "title": "x"}\nnot json\n')
    store = make_store()
    for _ in range(2):
        report = ingest([str(tmp_path / "in")], store)
    assert report.failed == 3
    assert store.stats()["failures"] == 3 and store.stats()["articles"] == 1


def test_changed_text_under_the_same_url_is_a_linked_revision(tmp_path: Path, make_store: Callable[[], Store]) -> None:
    base = (EXAMPLES / "01-kharkiv-strikes.txt").read_text()
    lines = [
        {"url": "https://example.org/kharkiv", "text": base, "published": "2025-03-12"},
        {
            "url": "https://example.org/kharkiv",
            "text": base.replace("at least 12", "at least 14"),
            "published": "2025-03-12",
        },
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(line) for line in lines))
    store = make_store()
    ingest([str(tmp_path / "feed.jsonl")], store)
    with store.engine.connect() as conn:
        rows = conn.execute(select(schema.articles.c.id, schema.articles.c.revision_of)).all()
    assert len(rows) == 2
    first, second = sorted(rows, key=lambda r: r.revision_of is not None)
    assert first.revision_of is None and second.revision_of == first.id


def test_an_article_is_stored_whole_or_not_at_all(make_store: Callable[[], Store]) -> None:
    store = make_store()
    good = extract(Document((EXAMPLES / "01-kharkiv-strikes.txt").read_bytes(), "x"))
    clash = dataclasses.replace(good.entities[1], id=good.entities[0].id)  # two records, one key: the insert fails
    broken = dataclasses.replace(good, entities=(good.entities[0], clash))
    assert isinstance(clash, Entity)
    with pytest.raises(Exception):  # noqa: B017 - whichever error the driver raises
        store.add(broken)
    assert store.stats()["articles"] == 0 and store.stats()["entities"] == 0
    assert store.add(good) and store.stats()["articles"] == 1


def test_kill_9_mid_ingest_then_rerun_leaves_every_article_once(tmp_path: Path, store_url: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = sorted(p for p in EXAMPLES.iterdir() if p.suffix == ".txt")
    n = 0
    for copy in range(4):
        for path in texts:
            body = path.read_text() + f"\nThe story was updated for edition {copy} of the regional bulletin.\n"
            (corpus / f"{copy}-{path.name}").write_text(body)
            n += 1
    command = [sys.executable, "-m", "newsledger.cli", "ingest", str(corpus), "--db", store_url]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            stored = Store(store_url).stats()["articles"]
        except Exception:  # not created yet, or the writer holds the file: look again
            continue
        if stored >= 1:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 1 <= stored < n, "the kill should land in the middle of the run"
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    store = Store(store_url)
    ids = store.article_ids()
    assert len(ids) == len(set(ids)) == n
    with store.engine.connect() as conn:
        without_entities = conn.execute(
            select(schema.articles.c.id).where(~schema.articles.c.id.in_(select(schema.entities.c.article_id)))
        ).all()
    assert without_entities == []  # every stored article has its records
