"""One referent across articles and outlets becomes one corpus entity."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from newsledger.store import Store, schema
from tests.store.conftest import load_stories

STORIES = [
    (
        "Reuters",
        "2025-03-11",
        "LONDON (Reuters) - Foreign Secretary David Lammy said on Tuesday that Britain would send more air defence systems to Ukraine before the winter.",
    ),
    (
        "BBC",
        "2025-03-12",
        "KYIV (BBC) - Britain's top diplomat David Lammy arrived in Kyiv on Wednesday and met officials from the World Food Programme (WFP).",
    ),
    (
        "Guardian",
        "2025-03-13",
        "KYIV (Guardian) - Britain's foreign secretary, David Lammy, told reporters in Kyiv on Thursday that WFP convoys would need protection as fighting spread.",
    ),
]


def test_one_person_across_three_outlets(tmp_path: Path, make_store: Callable[[], Store]) -> None:
    store = make_store()
    load_stories(tmp_path, store, STORIES)
    with store.engine.connect() as conn:
        people = (
            conn.execute(select(schema.corpus_entities).where(schema.corpus_entities.c.type == "PERSON"))
            .mappings()
            .all()
        )
        wfp = (
            conn.execute(select(schema.corpus_entities).where(schema.corpus_entities.c.name == "World Food Programme"))
            .mappings()
            .one()
        )
        links = conn.execute(select(schema.entity_links)).all()
    assert len(people) == 1
    lammy = people[0]
    assert lammy["name"] == "David Lammy" and lammy["n_articles"] == 3
    assert set(lammy["outlets"]) == {"Reuters", "BBC", "Guardian"}
    assert "Foreign Secretary David Lammy" in lammy["aliases"]
    assert (lammy["first_seen"], lammy["last_seen"]) == ("2025-03-11", "2025-03-13")
    assert wfp["n_articles"] == 2 and "WFP" in wfp["aliases"]
    assert len(links) == store.stats()["entities"]  # every article entity is linked
