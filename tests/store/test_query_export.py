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
    killed = query(filled, "figures", Filters(type="killed", place="Kharkiv", until="2025-03-12"))
    assert [f["text"] for f in killed] == ["at least 12 people"]
    assert killed[0]["source"] == "Oleh Syniehubov" and killed[0]["published"] == "2025-03-12"
    lammy = query(filled, "quotes", Filters(entity="lammy"))
    assert lammy and all(q["speaker"] == "David Lammy" for q in lammy)
    assert query(filled, "entities", Filters(text="world food", type="ORG"))[0]["name"] == "World Food Programme"
    assaults = query(filled, "events", Filters(type="ASSAULT", entity="Russia", since="2025-01-01"))
    assert any(e["target"] == "Kharkiv" for e in assaults)
    assert query(filled, "quotes", Filters(text="100%_not_there")) == []  # % and _ match literally


def _read_back(path: Path, fmt: str) -> list[dict[str, object]]:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return list(pq.read_table(path).to_pylist())
    text = path.read_text("utf-8")
    if fmt == "jsonl":
        return [json.loads(line) for line in text.splitlines() if line]
    return list(csv.DictReader(text.splitlines(keepends=True)))


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_round_trips(filled: Store, tmp_path: Path, fmt: str) -> None:
    files = export(filled, fmt, tmp_path / fmt)
    counts = filled.stats()
    assert set(files) == {"articles", "entities", "quotes", "figures", "places", "dates", "events", "failures"}
    for name, path in files.items():
        rows = _read_back(path, fmt)
        assert len(rows) == counts[name], name
    if fmt == "parquet":  # numbers stay numbers, nested fields parse back from their JSON text
        figures = _read_back(files["figures"], fmt)
        assert any(isinstance(f["low"], int) and f["low"] >= 1 for f in figures)
        lammy = next(e for e in _read_back(files["entities"], fmt) if e["name"] == "David Lammy")
        assert "Lammy" in json.loads(str(lammy["aliases"]))
    figure = (
        next(r for r in csv.DictReader((tmp_path / "csv" / "entities.csv").open()) if r["name"] == "David Lammy")
        if fmt == "csv"
        else None
    )
    if figure is not None:
        assert "Lammy" in json.loads(figure["aliases"])


def test_plover_export_validates(filled: Store, tmp_path: Path) -> None:
    import jsonschema

    from newsledger.store.plover import RECORD_SCHEMA

    path = export(filled, "plover", tmp_path)["events"]
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    validator = jsonschema.Draft202012Validator(RECORD_SCHEMA)
    for record in records:
        validator.validate(record)
    stored = query(filled, "events", Filters(limit=10_000))
    # every realised event with a day to give it (its own date or the story's) is exported once
    assert len(records) == sum(1 for e in stored if not e["hypothetical"] and (e["date"] or e["published"]))
    period = next(r for r in records if "/" in r.get("comment", ""))  # "have hosted talks since May 2023"
    assert period["comment"].startswith(f"the text dates this {period['date'][:7]}")
    assert len({r["id"] for r in records}) == len(records)
    kharkiv = [r for r in records if r["event"] == "ASSAULT" and r.get("eventLoc", {}).get("placeName") == "Kharkiv"]
    assert any(r["eventLoc"]["country"] == "UKR" and r["date"] == "2025-03-12" for r in kharkiv)
    assert any(r.get("dead") == 12 for r in records)  # "at least 12 people" killed -> dead 12
    assert any(a.get("code") == "RUS" for r in records for a in r["source"])


@pytest.mark.parametrize(
    ("value", "day", "comment"),
    [
        ("2025-03-12", "2025-03-12", None),
        ("2023-05", "2023-05-01", "only the month is known: 2023-05"),
        ("2015", "2015-01-01", "only the year is known: 2015"),
        ("2025-01-16/2025-01-28", "2025-01-16", "the text dates this 2025-01-16/2025-01-28"),  # "since January 16"
        ("2023-05/..", "2023-05-01", "the text dates this 2023-05/.."),
        ("2025-03-12T14:00", "2025-03-12", "the text dates this 2025-03-12T14:00"),
        (None, "2025-03-14", "date is the article's publication date"),
    ],
)
def test_plover_date_is_a_day_and_says_how_it_was_chosen(value: str | None, day: str, comment: str | None) -> None:
    from newsledger.store.plover import _day

    assert _day(value, "2025-03-14") == (day, comment)
