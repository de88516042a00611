from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import nlp
from newsledger.clean import clean
from newsledger.extract.entities import extract_entities
from newsledger.pipeline import parse_input, run_stages
from newsledger.records import Entity, Event


@pytest.fixture(scope="session")
def entities_of() -> Callable[[str], tuple[Entity, ...]]:
    def run(text: str) -> tuple[Entity, ...]:
        article = clean(text, "test")
        return extract_entities(nlp.parse(parse_input(article)), article)

    return run


def find(entities: tuple[Entity, ...], name: str) -> Entity:
    matches = [e for e in entities if e.name == name]
    assert len(matches) == 1, f"{name!r} found {len(matches)} times in {[e.name for e in entities]}"
    return matches[0]


def events_of(text: str) -> tuple[Event, ...]:
    """The events of `text` filed from Geneva on 14 March 2025 (a Friday)."""
    article = clean("GENEVA (Reuters) - " + text, "test", published="2025-03-14")
    return run_stages(nlp.parse(parse_input(article)), article).events


def only(action: str, text: str) -> Event:
    """The one event of `action` coded in `text` (the test fails when there are none or several)."""
    (event,) = [e for e in events_of(text) if e.action == action]
    return event


def one(text: str, action: str) -> Event:
    """The first event of `action` coded in `text`, when a sentence may code it more than once."""
    return next(e for e in events_of(text) if e.action == action)
