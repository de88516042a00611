"""Reading the store for people: article lists and pages, corpus entities and events, places, search, overview.

Every function takes plain values, runs parameterised SQLAlchemy statements (user text never becomes SQL)
and returns JSON-ready dicts; the CLI and the HTTP API both show these.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Text, cast, func, or_, select

from newsledger.store import Store, schema
from newsledger.store.query import ESC, like_pattern

RECORD_KINDS = ("entities", "quotes", "figures", "places", "dates", "events")


def _article_row(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "title": row.title,
        "published": row.published,
        "source": row.source,
        "url": row.url,
        "revision_of": row.revision_of,
    }


def articles(
    store: Store,
    *,
    text: str | None = None,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Articles, newest first (by publication date, then ingestion)."""
    a = schema.articles
    stmt = select(a.c.id, a.c.title, a.c.published, a.c.source, a.c.url, a.c.revision_of)
    if text:
        stmt = stmt.where(a.c.title.ilike(like_pattern(text), escape=ESC))
    if source:
        stmt = stmt.where(a.c.source.ilike(like_pattern(source), escape=ESC))
    if since:
        stmt = stmt.where(a.c.published >= since)
    if until:
        stmt = stmt.where(a.c.published <= until)
    stmt = stmt.order_by(a.c.published.desc().nulls_last(), a.c.ingested_at.desc()).limit(limit).offset(offset)
    with store.engine.connect() as conn:
        return [_article_row(r) for r in conn.execute(stmt)]


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One article with every record extracted from it, and the corpus entity each of its entities joined."""
    a = schema.articles
    with store.engine.connect() as conn:
        row = conn.execute(select(a).where(a.c.id == article_id)).first()
        if row is None:
            return None
        out: dict[str, Any] = {"article": {**row.data, "revision_of": row.revision_of}}
        for kind in RECORD_KINDS:
            t = schema.RECORD_TABLES[kind]
            records = conn.execute(select(t.c.data).where(t.c.article_id == article_id)).scalars().all()
            out[kind] = sorted(records, key=lambda r: (len(r["id"]), r["id"]))  # E2 before E10
        links = schema.entity_links
        out["corpus_ids"] = dict(
            conn.execute(
                select(links.c.entity_id, links.c.corpus_entity_id).where(links.c.article_id == article_id)
            ).all()
        )
    return out


def _entity_dict(row: Any) -> dict[str, Any]:
    return {k: row[k] for k in ("id", "name", "type", "aliases", "roles", "outlets", "n_articles")} | {
        "first_seen": row["first_seen"],
        "last_seen": row["last_seen"],
    }


def corpus_entities(
    store: Store,
    *,
    type_: str | None = None,
    text: str | None = None,
    min_articles: int = 1,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Entities across articles, most-named first; `text` matches the name or an alias."""
    t = schema.corpus_entities
    stmt = select(t).where(t.c.n_articles >= min_articles)
    if type_:
        stmt = stmt.where(t.c.type == type_)
    if text:
        pattern = like_pattern(text)
        stmt = stmt.where(or_(t.c.name.ilike(pattern, escape=ESC), cast(t.c.aliases, Text).ilike(pattern, escape=ESC)))
    stmt = stmt.order_by(t.c.n_articles.desc(), t.c.name, t.c.id).limit(limit).offset(offset)
    with store.engine.connect() as conn:
        return [_entity_dict(r) for r in conn.execute(stmt).mappings()]


def corpus_entity(store: Store, corpus_id: int, limit: int = 200) -> dict[str, Any] | None:
    """One corpus entity: its aliases and the quotes it gave, events it took part in, figures it is source of."""
    t, links, a = schema.corpus_entities, schema.entity_links, schema.articles
    with store.engine.connect() as conn:
        row = conn.execute(select(t).where(t.c.id == corpus_id)).mappings().first()
        if row is None:
            return None
        linked = conn.execute(
            select(links.c.article_id, links.c.entity_id).where(links.c.corpus_entity_id == corpus_id)
        ).all()
        pairs = {(r.article_id, r.entity_id) for r in linked}
        article_ids = sorted({r.article_id for r in linked})
        meta = {
            r.id: _article_row(r)
            for r in conn.execute(
                select(a.c.id, a.c.title, a.c.published, a.c.source, a.c.url, a.c.revision_of).where(
                    a.c.id.in_(article_ids)
                )
            )
        }

        def records(kind: str, *fields: str) -> list[dict[str, Any]]:
            table = schema.RECORD_TABLES[kind]
            rows = conn.execute(select(table.c.article_id, table.c.data).where(table.c.article_id.in_(article_ids)))
            out = [
                {**r.data, "article": meta[r.article_id]}
                for r in rows
                if any((r.article_id, r.data.get(f)) in pairs for f in fields)
            ]
            out.sort(key=lambda d: (d["article"]["published"] or "", d["article"]["id"], d["start"]))
            return out[:limit]

        detail = _entity_dict(row)
        detail["articles"] = sorted(meta.values(), key=lambda m: m["published"] or "", reverse=True)[:limit]
        detail["quotes"] = records("quotes", "speaker_id")
        detail["events"] = records("events", "actor_id", "target_id")
        detail["figures"] = records("figures", "source_id")
    return detail


def corpus_events(
    store: Store,
    *,
    action: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_mentions: int = 1,
    limit: int = 50,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Events across articles with duplicates merged, each with its mentions' sources and a map position."""
    t, links, places = schema.corpus_events, schema.event_links, schema.places
    stmt = select(t).where(t.c.n_mentions >= min_mentions)
    if action:
        stmt = stmt.where(t.c.action == action.upper())
    if actor:
        stmt = stmt.where(
            or_(t.c.actor.ilike(like_pattern(actor), escape=ESC), t.c.target.ilike(like_pattern(actor), escape=ESC))
        )
    if since:
        stmt = stmt.where(t.c.last_date >= since)
    if until:
        stmt = stmt.where(t.c.first_date <= until)
    stmt = stmt.order_by(t.c.first_date.desc().nulls_last(), t.c.id.desc()).limit(limit).offset(offset)
    e = schema.events
    with store.engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(stmt).mappings()]
        ids = [r["id"] for r in rows]
        mentions: dict[int, list[dict[str, Any]]] = defaultdict(list)
        if ids:
            found = conn.execute(
                select(links.c.corpus_event_id, e.c.article_id, e.c.data)
                .join(e, (e.c.article_id == links.c.article_id) & (e.c.id == links.c.event_id))
                .where(links.c.corpus_event_id.in_(ids))
            )
            for r in found:
                mentions[r.corpus_event_id].append({"article_id": r.article_id, **r.data})
        wanted = {(m["article_id"], m["place_id"]) for ms in mentions.values() for m in ms if m.get("place_id")}
        coords: dict[tuple[str, str], dict[str, Any]] = {}
        if wanted:
            in_articles = select(places.c.article_id, places.c.data).where(
                places.c.article_id.in_(sorted({a for a, _ in wanted}))
            )
            for pr in conn.execute(in_articles):
                if (pr.article_id, pr.data["id"]) in wanted and pr.data.get("lat") is not None:
                    coords[(pr.article_id, pr.data["id"])] = pr.data
    for row in rows:
        row["mentions"] = [
            {k: m[k] for k in ("article_id", "id", "text", "reported_by", "confidence")} for m in mentions[row["id"]]
        ]
        located = next(
            (
                coords[(m["article_id"], m["place_id"])]
                for m in mentions[row["id"]]
                if (m["article_id"], m.get("place_id")) in coords
            ),
            None,
        )
        row["lat"] = located["lat"] if located else None
        row["lon"] = located["lon"] if located else None
    return rows


def places(store: Store, *, text: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """Places across articles (by name and country), most-mentioned first, with their coordinates."""
    p = schema.places
    n = func.count(func.distinct(p.c.article_id)).label("n_articles")
    stmt = select(p.c.name, p.c.country, p.c.geonameid, n).group_by(p.c.name, p.c.country, p.c.geonameid)
    if text:
        stmt = stmt.where(p.c.name.ilike(like_pattern(text), escape=ESC))
    stmt = stmt.order_by(n.desc(), p.c.name).limit(limit).offset(offset)
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).all()
        names = sorted({r.name for r in rows})
        samples: dict[tuple[str, str | None], dict[str, Any]] = {}
        if names:  # one record per (name, country) gives kind and coordinates: one query for the page
            for r in conn.execute(select(p.c.name, p.c.country, p.c.data).where(p.c.name.in_(names))):
                samples.setdefault((r.name, r.country), r.data)
    out = []
    for r in rows:
        sample = samples.get((r.name, r.country), {})
        out.append(
            {
                "name": r.name,
                "country": r.country,
                "geonameid": r.geonameid,
                "kind": sample.get("kind"),
                "lat": sample.get("lat"),
                "lon": sample.get("lon"),
                "n_articles": r.n_articles,
            }
        )
    return out


def source_place_names(store: Store, source: str, limit: int) -> list[list[str]]:
    """The place names of the `limit` articles of `source` ingested last, one list per article (an article
    with no places gives an empty list: it counts among the articles a home must be named in)."""
    a, p = schema.articles, schema.places
    latest = select(a.c.id).where(a.c.source == source).order_by(a.c.ingested_at.desc(), a.c.id).limit(limit)
    by_article: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        ids = list(conn.execute(latest).scalars())
        if ids:
            for r in conn.execute(select(p.c.article_id, p.c.name).where(p.c.article_id.in_(ids))):
                by_article.setdefault(r.article_id, []).append(r.name)
    return [by_article.get(i, []) for i in ids]


def search(store: Store, q: str, limit: int = 20) -> dict[str, list[dict[str, Any]]]:
    """Articles by title or text, entities by name or alias, quotes by words: one box for all three."""
    a, quotes = schema.articles, schema.quotes
    pattern = like_pattern(q)
    with store.engine.connect() as conn:
        found_articles = [
            _article_row(r)
            for r in conn.execute(
                select(a.c.id, a.c.title, a.c.published, a.c.source, a.c.url, a.c.revision_of)
                .where(or_(a.c.title.ilike(pattern, escape=ESC), cast(a.c.data, Text).ilike(pattern, escape=ESC)))
                .order_by(a.c.published.desc().nulls_last())
                .limit(limit)
            )
        ]
        found_quotes = [
            {**r.data, "article_id": r.article_id}
            for r in conn.execute(
                select(quotes.c.article_id, quotes.c.data)
                .where(or_(quotes.c.text.ilike(pattern, escape=ESC), quotes.c.speaker.ilike(pattern, escape=ESC)))
                .limit(limit)
            )
        ]
    return {
        "articles": found_articles,
        "entities": corpus_entities(store, text=q, limit=limit),
        "quotes": found_quotes,
    }
