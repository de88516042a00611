"""Reports of one event by several outlets become one corpus event with all its sources."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from newsledger.store import Store, schema
from tests.store.conftest import load_stories

STORIES = [
    (
        "Reuters",
        "2025-03-12",
        "KYIV (Reuters) - Russian forces shelled the city of Kharkiv on Tuesday, killing at least 12 people, officials said.",
    ),
    (
        "AP",
        "2025-03-12",
        "KYIV (AP) - Russian forces shelled the city of Kharkiv on Tuesday night, Ukrainian officials said, and rescue teams searched the rubble.",
    ),
    (
        "Reuters",
        "2025-03-20",
        "KYIV (Reuters) - Russian forces shelled the city of Kharkiv on Wednesday, a week after the last major attack, officials said.",
    ),
]


def test_same_action_actor_place_and_days_merge(tmp_path: Path, make_store: Callable[[], Store]) -> None:
    store = make_store()
    load_stories(tmp_path, store, STORIES)
    with store.engine.connect() as conn:
        assaults = (
            conn.execute(
                select(schema.corpus_events)
                .where(schema.corpus_events.c.action == "ASSAULT")
                .order_by(schema.corpus_events.c.first_date)
            )
            .mappings()
            .all()
        )
    assert [(e["actor"], e["place"], e["n_mentions"]) for e in assaults] == [
        ("Russia", "Kharkiv", 2),
        ("Russia", "Kharkiv", 1),
    ]
    assert assaults[0]["first_date"] == "2025-03-11" and len(assaults[0]["sources"]) == 2
    assert assaults[1]["first_date"] == "2025-03-19"


def test_a_running_total_since_a_date_is_not_merged_with_an_incident(
    tmp_path: Path, make_store: Callable[[], Store]
) -> None:
    store = make_store()
    load_stories(
        tmp_path,
        store,
        [
            ("Reuters", "2025-03-12", "KYIV (Reuters) - Russian forces shelled Kharkiv on Tuesday, officials said."),
            ("AP", "2025-03-12", "KYIV (AP) - Russian forces have shelled Kharkiv since Tuesday, officials said."),
        ],
    )
    with store.engine.connect() as conn:
        rows = conn.execute(select(schema.corpus_events.c.n_mentions, schema.corpus_events.c.first_date)).all()
    assert sorted(rows, key=str) == sorted([(1, "2025-03-11"), (1, None)], key=str)
