"""Events as PLOVER JSON Lines: the event-data interchange format of the Open Event Data Alliance.

Field names follow the PLOVER specification as its gold-standard records use them (openeventdata/PLOVER,
``PLOVER_GSR_CAMEO_readme``): ``id``, ``date``, ``event``, ``source`` and ``target`` (lists of
``{actorText, code, sector}``), ``eventText``, ``text``, ``eventLoc``, ``dead``, ``injured``, ``language``,
``publication``, ``coder``, ``version``, ``dateCoded``; only non-null fields are written, as the
specification asks.  `code` is the ISO 3166-1 alpha-3 code where the actor is a country or named with its
nationality ("Russian forces" -> RUS, sector MIL); otherwise it is left out rather than guessed.
Hypothetical events are not exported: PLOVER records what happened.

Limits: ``eventText`` is the reporting sentence (the extractor does not keep a separate trigger span), and
``mode``/``context`` are never filled.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from sqlalchemy import select

from newsledger import __version__
from newsledger.extract.gazetteer import countries, country_of, data_lines, fold
from newsledger.store import Store, schema

PLOVER_EVENTS = (
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION "
    "MOBILIZE COERCE ASSAULT"
).split()

RECORD_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "PLOVER event record (as exported by newsledger)",
    "type": "object",
    "required": ["id", "date", "event", "source", "target", "eventText", "text", "language"],
    "properties": {
        "id": {"type": "string", "minLength": 1},
        "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "event": {"enum": PLOVER_EVENTS},
        "source": {"$ref": "#/$defs/actors"},
        "target": {"$ref": "#/$defs/actors"},
        "eventText": {"type": "string", "minLength": 1},
        "text": {"type": "string", "minLength": 1},
        "eventLoc": {
            "type": "object",
            "required": ["placeName"],
            "properties": {
                "placeName": {"type": "string"},
                "lat": {"type": "number", "minimum": -90, "maximum": 90},
                "lon": {"type": "number", "minimum": -180, "maximum": 180},
                "geonameID": {"type": "integer"},
                "country": {"type": "string", "pattern": "^[A-Z]{3}$"},
            },
        },
        "dead": {"type": "integer", "minimum": 0},
        "injured": {"type": "integer", "minimum": 0},
        "language": {"const": "en"},
        "publication": {"type": "string"},
        "url": {"type": "string"},
        "coder": {"type": "string"},
        "version": {"type": "string"},
        "dateCoded": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "comment": {"type": "string"},
    },
    "additionalProperties": False,
    "$defs": {
        "actors": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["actorText"],
                "properties": {
                    "actorText": {"type": "string", "minLength": 1},
                    "code": {"type": "string", "pattern": "^[A-Z]{3}$"},
                    "sector": {"type": "string", "pattern": "^[A-Z]{3}$"},
                },
            },
        }
    },
}


def _iso3(iso2: str | None) -> str | None:
    country = countries().get(iso2 or "")
    return country.iso3 if country and country.iso3 else None


@lru_cache(maxsize=1)
def _sectors() -> tuple[tuple[str, str], ...]:
    rows = [ln.split("\t") for ln in data_lines("plover_sectors.tsv")]
    return tuple((fold(word), sector.strip()) for word, sector in rows)


def actor(text: str) -> dict[str, str]:
    """``{actorText, code, sector}`` for one actor name, code and sector only where the name supports them."""
    out = {"actorText": text}
    words = text.split()
    iso2 = country_of(text) or (country_of(words[0]) if words else None)
    if code := _iso3(iso2):
        out["code"] = code
    folded = f" {fold(text)} "
    for word, sector in _sectors():
        if f" {word} " in folded:
            out["sector"] = sector
            break
    return out


def _count(figure: dict[str, Any]) -> int | None:
    """The lowest number the figure supports (PLOVER counts are single numbers; a range gives its floor)."""
    value = figure.get("low") if figure.get("low") is not None else figure.get("value")
    return int(value) if isinstance(value, (int, float)) and value >= 0 else None


def _day(value: str | None, published: str | None) -> tuple[str | None, str | None]:
    """PLOVER's date is a day.  An event dated only by month or year gets that period's first day, one dated by
    a period ("since January 16") the day it starts, and an undated one the story's date (the usual fallback of
    news event data); the comment says which."""
    start = value.split("/")[0] if value else ""
    if len(start) >= 10 and start[4] == "-":
        day, note = start[:10], "the text dates this"
    elif len(start) == 7:
        day, note = start + "-01", "only the month is known:"
    elif len(start) == 4 and start.isdigit():
        day, note = start + "-01-01", "only the year is known:"
    elif published:
        return published[:10], "date is the article's publication date"
    else:
        return None, None
    if value == day:
        return day, None
    return day, (f"the text dates this {value}" if value and "/" in value else f"{note} {value}")


def records(store: Store) -> Iterator[dict[str, Any]]:
    """One PLOVER record per stored, non-hypothetical event, in article order."""
    today = dt.date.today().isoformat()
    with store.engine.connect() as conn:
        articles = {
            r.id: r
            for r in conn.execute(
                select(
                    schema.articles.c.id, schema.articles.c.published, schema.articles.c.source, schema.articles.c.url
                )
            )
        }
        places: dict[tuple[str, str], dict[str, Any]] = {}
        for row in conn.execute(select(schema.places.c.article_id, schema.places.c.data)):
            places[(row.article_id, row.data["id"])] = row.data
        figures: dict[tuple[str, str], dict[str, Any]] = {}
        for row in conn.execute(select(schema.figures.c.article_id, schema.figures.c.data)):
            figures[(row.article_id, row.data["id"])] = row.data
        query = select(schema.events.c.article_id, schema.events.c.data).order_by(
            schema.events.c.article_id, schema.events.c.id
        )
        for row in conn.execute(query):
            event = row.data
            article = articles[row.article_id]
            date, comment = _day(event.get("date"), article.published)
            if event.get("hypothetical") or event["action"] not in PLOVER_EVENTS or date is None:
                continue
            record: dict[str, Any] = {
                "id": f"{row.article_id}-{event['id']}",
                "date": date,
                "event": event["action"],
                "source": [actor(event["actor"])] if event.get("actor") else [],
                "target": [actor(event["target"])] if event.get("target") else [],
                "eventText": event["text"].strip(),
                "text": event["text"].strip(),
            }
            place = places.get((row.article_id, event.get("place_id") or ""))
            if place is not None:
                loc: dict[str, Any] = {"placeName": place["name"]}
                if place.get("lat") is not None:
                    loc["lat"], loc["lon"] = place["lat"], place["lon"]
                if place.get("geonameid"):
                    loc["geonameID"] = place["geonameid"]
                if code := _iso3(place.get("country")):
                    loc["country"] = code
                record["eventLoc"] = loc
            for fid in event.get("figure_ids") or ():
                figure = figures.get((row.article_id, fid))
                key = {"killed": "dead", "injured": "injured"}.get(figure["category"]) if figure else None
                if figure and key and key not in record and (count := _count(figure)) is not None:
                    record[key] = count
            record["language"] = "en"
            if article.source:
                record["publication"] = article.source
            if article.url:
                record["url"] = article.url
            if comment:
                record["comment"] = comment
            record.update(coder="newsledger", version=__version__, dateCoded=today)
            yield record


def write(store: Store, path: Any) -> int:
    """Write the PLOVER JSON Lines file at `path` (replaced whole); return the number of records."""
    tmp = path.with_suffix(path.suffix + ".part")
    n = 0
    with tmp.open("w", encoding="utf-8") as fh:
        for record in records(store):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    tmp.replace(path)
    return n
