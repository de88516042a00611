"""Reading records back: filtered queries across articles (the `newsledger query` verbs)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, or_, select

from newsledger.store import Store, schema

KINDS = ("entities", "quotes", "figures", "events")


@dataclass(frozen=True, slots=True)
class Filters:
    """What a query keeps.  Text filters match case-insensitively anywhere in the field."""

    text: str | None = None  # entity name, quote text, figure text, event sentence
    entity: str | None = None  # quote speaker, figure source, event actor or target
    type: str | None = None  # entity type, quote kind, figure category, event action
    since: str | None = None  # YYYY-MM-DD, on the article's publication date
    until: str | None = None
    place: str | None = None  # figure or event place
    source: str | None = None  # the outlet (article source)
    limit: int = 100
    offset: int = 0  # rows skipped first, for pages


ESC = "/"  # the LIKE escape character: user text is matched literally, % and _ included


def like_pattern(value: str) -> str:
    escaped = value.replace(ESC, ESC + ESC).replace("%", ESC + "%").replace("_", ESC + "_")
    return f"%{escaped}%"


def _filtered(kind: str, f: Filters) -> Select[Any]:
    table = schema.RECORD_TABLES[kind]
    a = schema.articles
    stmt = select(table.c.data, a.c.id, a.c.title, a.c.published, a.c.source).join(a, a.c.id == table.c.article_id)
    c = table.c
    text_col = {"entities": c.get("name"), "quotes": c.get("text")}.get(kind)
    if f.text and text_col is not None:
        stmt = stmt.where(text_col.ilike(like_pattern(f.text), escape=ESC))
    if f.type:
        type_col = c[{"entities": "type", "quotes": "kind", "figures": "category", "events": "action"}[kind]]
        stmt = stmt.where(type_col == f.type)
    if f.entity:
        pattern = like_pattern(f.entity)
        if kind == "quotes":
            stmt = stmt.where(c.speaker.ilike(pattern, escape=ESC))
        elif kind == "figures":
            stmt = stmt.where(c.source.ilike(pattern, escape=ESC))
        elif kind == "events":
            stmt = stmt.where(or_(c.actor.ilike(pattern, escape=ESC), c.target.ilike(pattern, escape=ESC)))
        else:
            stmt = stmt.where(c.name.ilike(pattern, escape=ESC))
    if f.place and kind in ("figures", "events"):
        stmt = stmt.where(c.place.ilike(like_pattern(f.place), escape=ESC))
    if f.source:
        stmt = stmt.where(a.c.source.ilike(like_pattern(f.source), escape=ESC))
    if f.since:
        stmt = stmt.where(a.c.published >= f.since)
    if f.until:
        stmt = stmt.where(a.c.published <= f.until)
    return stmt.order_by(a.c.published, table.c.article_id, table.c.id).limit(f.limit).offset(f.offset)


def query(store: Store, kind: str, filters: Filters) -> list[dict[str, Any]]:
    """Records of one kind across articles, each with its article's id, title, date and outlet."""
    if kind not in KINDS:
        raise ValueError(f"unknown record kind {kind!r}; choose from {', '.join(KINDS)}")
    with store.engine.connect() as conn:
        rows = conn.execute(_filtered(kind, filters)).all()
    return [
        {**row.data, "article_id": row.id, "article_title": row.title, "published": row.published, "outlet": row.source}
        for row in rows
    ]
