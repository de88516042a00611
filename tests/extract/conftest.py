from __future__ import annotations

from collections.abc import Callable

import pytest

from newsledger import nlp
from newsledger.clean import clean
from newsledger.extract.entities import extract_entities
from newsledger.pipeline import parse_input
from newsledger.records import Entity


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
