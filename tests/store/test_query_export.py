"""Queries across articles and exports that read back with the same row counts."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsledger.ingest import ingest
from newsledger.store import Store
from newsledger.store.export import export
from newsledger.store.query import Filters, query

EXAMPLES = Path(__file__).parents[2] / "examples"


@pytest.fixture
def filled(make_store: Callable[[], Store]) -> Store:
    store = make_store()
    ingest([str(EXAMPLES)], store)
    return store


def test_query_filters(filled: Store) -> None:
    killed = query(filled, "figures", Filters(type="killed", place="Kharkiv"))
    assert [f["text"] for f in killed] == ["at least 12 people"]
    assert killed[0]["source"] == "Oleh Syniehubov" and killed[0]["published"] == "2025-03-12"
    lammy = query(filled, "quotes", Filters(entity="lammy"))
    assert lammy and all(q["speaker"] == "David Lammy" for q in lammy)
    assert query(filled, "entities", Filters(text="world food", type="ORG"))[0]["name"] == "World Food Programme"
    assaults = query(filled, "events", Filters(type="ASSAULT", entity="Russia", since="2025-01-01"))
    assert any(e["target"] == "Kharkiv" for e in assaults)
    assert query(filled, "quotes", Filters(text="100%_not_there")) == []  # % and _ match literally


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_export_round_trips(filled: Store, tmp_path: Path, fmt: str) -> None:
    files = export(filled, fmt, tmp_path / fmt)
    counts = filled.stats()
    for name, path in files.items():
        text = path.read_text("utf-8")
        if fmt == "jsonl":
            rows = [json.loads(line) for line in text.splitlines() if line]
        else:
            rows = list(csv.DictReader(text.splitlines(keepends=True)))
        assert len(rows) == counts[name], name
    figure = (
        next(r for r in csv.DictReader((tmp_path / "csv" / "entities.csv").open()) if r["name"] == "David Lammy")
        if fmt == "csv"
        else None
    )
    if figure is not None:
        assert "Lammy" in json.loads(figure["aliases"])
