"""Figure series per source and contradicting claims, across articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from newsledger.corpus.figures import claims, contradictions, series
from newsledger.store import Store
from tests.store.conftest import load_stories

STORIES = [
    (
        "2025-03-12",
        "Reuters",
        "KYIV (Reuters) - At least 12 people were killed in Kharkiv on Tuesday, regional governor Oleh Syniehubov said. Rescue teams were still searching the rubble.",
    ),
    (
        "2025-03-12",
        "Kyiv Daily",
        "KYIV (Kyiv Daily) - Five people were killed in Kharkiv on Tuesday, the city council said. Rescue teams were still searching the rubble.",
    ),
    (
        "2025-03-13",
        "Reuters",
        "KYIV (Reuters) - Twenty people were killed in Kharkiv in Tuesday's strike, regional governor Oleh Syniehubov said on Thursday. Funerals were held in the city.",
    ),
]


def _load(tmp_path: Path, store: Store) -> None:
    load_stories(tmp_path, store, [(source, day, text) for day, source, text in STORIES])


def test_series_has_a_column_per_source_and_a_row_per_day(tmp_path: Path, make_store: Callable[[], Store]) -> None:
    store = make_store()
    _load(tmp_path, store)
    sources, rows = series(claims(store, "killed", place="Kharkiv"))
    assert sources == ["Oleh Syniehubov", "the city council"]
    assert rows == [
        ("2025-03-12", {"Oleh Syniehubov": "≥12", "the city council": "5"}),
        ("2025-03-13", {"Oleh Syniehubov": "20"}),
    ]


def test_incompatible_claims_on_the_same_day_are_contradictions(
    tmp_path: Path, make_store: Callable[[], Store]
) -> None:
    store = make_store()
    _load(tmp_path, store)
    pairs = contradictions(store, "killed")
    assert [(a.label(), b.label()) for a, b in pairs] == [("≥12", "5")]
