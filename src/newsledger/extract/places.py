"""Places: each toponym entity of the article resolved to a GeoNames (or supplement) record with coordinates.

Method: the place entities (GPE, LOC, FAC) of the entity extractor are resolved by :func:`geo.resolve` in the
article's context: the countries it names, the dateline's country, the US states it names, and a qualifier
written right after the name ("Paris, Texas").  A country entity's mentions that name its government by the
capital ("Moscow said") are left out of the place's mentions: they are not uses of the toponym.

Limits: toponyms the entity extractor missed are not places; unknown names are kept with no coordinates and a
low confidence rather than guessed.
"""

from __future__ import annotations

import re
from typing import Any

from newsledger.extract import gazetteer as gz
from newsledger.extract import geo
from newsledger.records import Article, Entity, Mention, Place

EXTRACTOR = "places"
_PLACE_TYPES = ("GPE", "LOC", "FAC")
_QUALIFIER = re.compile(r"^,\s*((?:[A-Z][\w.'’-]*\s?){1,4})")


def article_context(article: Article, entities: tuple[Entity, ...]) -> geo.Context:
    countries: set[str] = set()
    states: set[str] = set()
    for entity in entities:
        if entity.type not in _PLACE_TYPES:
            continue
        found = geo.candidates(entity.name)
        # Only a name with one reading vouches for a country or a state: "Georgia" names both a country and
        # a state and settles neither; "Tbilisi" (all its readings in one country) vouches for Georgia.
        in_countries = {r.country for r in found if r.country}
        kinds = {r.kind for r in found}
        if len(in_countries) == 1 and not ("country" in kinds and "region" in kinds):
            countries |= in_countries
        regions = {r.admin1 for r in found if r.kind == "region" and r.admin1}
        # "Washington" and "New York" are first of all cities: a name that is also a capital or a big city does
        # not vouch for its state (it would pull its own reading to the state).
        big_city = any(r.kind == "capital" or (r.kind == "city" and r.population >= 100_000) for r in found)
        if len(regions) == 1 and "country" not in kinds and not big_city:
            states |= regions
    dateline_country = None
    if article.dateline and article.dateline.place:
        parts = [p.strip() for p in article.dateline.place.split(",")]
        for part in reversed(parts):
            record = geo.resolve(part, geo.Context(frozenset(countries)))
            if record is not None:
                dateline_country = record.country
                break
    return geo.Context(frozenset(countries), dateline_country, frozenset(states))


def _qualifier(article: Article, mention: Mention) -> str | None:
    m = _QUALIFIER.match(article.text[mention.end : mention.end + 40])
    return m.group(1).strip() if m else None


def extract_places(doc: Any, article: Article, entities: tuple[Entity, ...] = ()) -> tuple[Place, ...]:
    """One place per toponym entity, resolved against the gazetteer in the article's context."""
    context = article_context(article, entities)
    places: list[Place] = []
    for entity in entities:
        if entity.type not in _PLACE_TYPES:
            continue
        uses = [m for m in entity.mentions if m.extractor not in ("rule:role", "rule:appositive")]
        qualifier = next((q for m in uses if (q := _qualifier(article, m))), None)
        record = None
        for name in (entity.name, *entity.aliases):
            record = geo.resolve(name, context, qualifier)
            if record is not None:
                break
        if record is not None:
            mentions = tuple(
                m for m in uses if record in geo.candidates(m.text) or gz.fold(m.text) == gz.fold(entity.name)
            )
        else:
            mentions = tuple(uses)
        if not mentions:
            continue
        n_candidates = len(geo.candidates(entity.name))
        confidence = 0.3 if record is None else (0.9 if n_candidates == 1 or record.kind == "country" else 0.7)
        places.append(
            Place(
                id=f"P{len(places) + 1}",
                name=record.name if record else entity.name,
                geonameid=record.geonameid if record else None,
                lat=record.lat if record else None,
                lon=record.lon if record else None,
                country=record.country if record else None,
                kind=record.kind if record else "unknown",
                entity_id=entity.id,
                mentions=mentions,
                confidence=confidence,
                extractor=EXTRACTOR,
            )
        )
    return tuple(places)
