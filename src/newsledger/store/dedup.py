"""Event deduplication across articles: one corpus event per action, actors, place and date window.

Method: a stored event joins a corpus event with the same action and actor (case-folded), the same target and
place where both name one, and a date within ``settings.EVENT_DEDUP_DAYS`` of the corpus event's dates.  Each
join adds a mention and the party that reported it (the event's ``reported_by``, else the outlet).  Events with
no actor or no resolved day, and hypothetical ones, stay on their own: merging them would guess.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import insert, select, update

from newsledger import settings
from newsledger.extract import gazetteer as gz
from newsledger.records import Article, Event
from newsledger.store import schema

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _day(value: str | None) -> dt.date | None:
    """The day of a point date.  A period ("2025-01-16/2025-03-12", killed since the clashes began) is a running
    total, not an incident on its first day, and is never merged with one."""
    return dt.date.fromisoformat(value[:10]) if value and _DAY.match(value) and "/" not in value else None


def _same(a: str | None, b: str | None) -> bool:
    return a is None or b is None or gz.fold(a) == gz.fold(b)


def _find(conn: Any, event: Event, day: dt.date) -> Any | None:
    t = schema.corpus_events
    window = dt.timedelta(days=settings.EVENT_DEDUP_DAYS)
    rows = conn.execute(
        select(t)
        .where(t.c.action == event.action)
        .where(t.c.first_date <= (day + window).isoformat())
        .where(t.c.last_date >= (day - window).isoformat())  # ISO dates compare as text: only the window is read
        .order_by(t.c.id)
    ).mappings()
    for row in rows:
        last = _day(row["last_date"])
        if (
            last is None
            or last < day - window
            or not row["actor"]
            or gz.fold(row["actor"]) != gz.fold(event.actor or "")
        ):
            continue
        if _same(row["target"], event.target) and _same(row["place"], event.place):
            return row
    return None


def link_events(conn: Any, article: Article, events: tuple[Event, ...]) -> None:
    """Join every event of a newly stored article to its corpus event (inside the article's transaction)."""
    t = schema.corpus_events
    for event in events:
        day = _day(event.date)
        reporter = event.reported_by or article.source or "(unknown outlet)"
        row = _find(conn, event, day) if day and event.actor and not event.hypothetical else None
        if row is None:
            corpus_id = conn.execute(
                insert(t).values(
                    action=event.action,
                    actor=event.actor,
                    target=event.target,
                    place=event.place,
                    first_date=day.isoformat() if day else None,
                    last_date=day.isoformat() if day else None,
                    sources=[reporter],
                    n_mentions=1,
                )
            ).inserted_primary_key[0]
        else:
            corpus_id = row["id"]
            days = [d for d in (_day(row["first_date"]), _day(row["last_date"]), day) if d]
            conn.execute(
                update(t)
                .where(t.c.id == corpus_id)
                .values(
                    target=row["target"] or event.target,
                    place=row["place"] or event.place,
                    first_date=min(days).isoformat(),
                    last_date=max(days).isoformat(),
                    sources=sorted(set(row["sources"]) | {reporter}),
                    n_mentions=row["n_mentions"] + 1,
                )
            )
        conn.execute(
            insert(schema.event_links).values(article_id=article.id, event_id=event.id, corpus_event_id=corpus_id)
        )
