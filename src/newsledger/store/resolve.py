"""Entity resolution across articles: each article's entity joins the corpus entity for the same referent.

Method: within one type, an article entity is the corpus entity whose canonical name equals its canonical name
or one of its aliases, or one of whose aliases equals its canonical name ("WFP" in one story, "World Food
Programme (WFP)" in another).  A person also matches on the full name of a corpus person that this article
only knows by surname when exactly one corpus person has that surname.  Otherwise a new corpus entity starts.
Aliases, roles and outlets accumulate; first and last seen follow publication dates.

Limits: two people sharing a full name across outlets are merged; one-word aliases other than acronyms are
not used for matching, so "Lammy" alone never links to a corpus person unless the surname rule applies.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select, update

from newsledger import settings
from newsledger.extract import gazetteer as gz
from newsledger.records import Article, Entity
from newsledger.store import schema


def _keys(entity: Entity) -> set[str]:
    """The names an entity can be matched by: its canonical name and its multi-word or acronym aliases."""
    keys = {gz.fold(entity.name)}
    for alias in entity.aliases:
        if " " in alias.strip() or (alias.isupper() and 2 <= len(alias) <= 8):
            keys.add(gz.fold(alias))
    return keys


def _find(conn: Any, entity: Entity) -> Any | None:
    table = schema.corpus_entities
    rows = conn.execute(select(table).where(table.c.type == entity.type)).mappings().all()
    keys = _keys(entity)
    for row in rows:
        corpus_keys = {gz.fold(row["name"])} | {gz.fold(a) for a in row["aliases"] if " " in a or a.isupper()}
        if keys & corpus_keys:
            return row
    # A lone surname: a person of this article known only as "Lammy", or a one-word name the small model
    # typed as an organisation or place that no gazetteer confirms ("Lammy told reporters").
    lone = " " not in entity.name.strip() and not entity.name.isupper()
    if lone and (entity.type == "PERSON" or entity.confidence < settings.CONFIDENCE_GAZETTEER):
        persons = conn.execute(select(table).where(table.c.type == "PERSON")).mappings().all()
        same_surname = [r for r in persons if gz.fold(r["name"]).split()[-1:] == [gz.fold(entity.name)]]
        if len(same_surname) == 1:
            return same_surname[0]
    return None


def link_entities(conn: Any, article: Article, entities: tuple[Entity, ...]) -> None:
    """Join every entity of a newly stored article to its corpus entity (inside the article's transaction)."""
    table = schema.corpus_entities
    outlet = article.source or "(unknown outlet)"
    for entity in entities:
        row = _find(conn, entity)
        if row is None:
            corpus_id = conn.execute(
                insert(table).values(
                    name=entity.name,
                    type=entity.type,
                    aliases=sorted(set(entity.aliases)),
                    roles=sorted(set(entity.roles)),
                    outlets=[outlet],
                    n_articles=1,
                    first_seen=article.published,
                    last_seen=article.published,
                )
            ).inserted_primary_key[0]
        else:
            corpus_id = row["id"]
            dates = [d for d in (row["first_seen"], row["last_seen"], article.published) if d]
            names = set(row["aliases"]) | set(entity.aliases) | ({entity.name} - {row["name"]})
            conn.execute(
                update(table)
                .where(table.c.id == corpus_id)
                .values(
                    aliases=sorted(names - {row["name"]}),
                    roles=sorted(set(row["roles"]) | set(entity.roles)),
                    outlets=sorted(set(row["outlets"]) | {outlet}),
                    n_articles=row["n_articles"] + 1,
                    first_seen=min(dates) if dates else None,
                    last_seen=max(dates) if dates else None,
                )
            )
        conn.execute(
            insert(schema.entity_links).values(article_id=article.id, entity_id=entity.id, corpus_entity_id=corpus_id)
        )
