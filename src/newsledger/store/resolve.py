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

from sqlalchemy import bindparam, insert, select, update

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


def corpus_keys(name: str, type_: str, aliases: list[str]) -> set[tuple[str, str]]:
    """(kind, folded key) pairs a corpus entity is found by: "name" for its name and multi-word or upper-case
    aliases, "surname" for the last word of a person's name."""
    out = {("name", gz.fold(name)[:200])}
    out |= {("name", gz.fold(a)[:200]) for a in aliases if " " in a or a.isupper()}
    if type_ == "PERSON" and (words := gz.fold(name).split()):
        out.add(("surname", words[-1][:200]))
    return out


def _lookup(conn: Any, entities: tuple[Entity, ...]) -> dict[tuple[str, str, str], int]:
    """(type, kind, key) -> lowest corpus entity id, for every key these entities could match: one query."""
    k = schema.corpus_entity_keys
    wanted = {key for e in entities for key in _keys(e)} | {gz.fold(e.name)[:200] for e in entities}
    found: dict[tuple[str, str, str], int] = {}
    if not wanted:
        return found
    rows = conn.execute(
        select(k.c.type, k.c.kind, k.c.key, k.c.corpus_entity_id)
        .where(k.c.key.in_(sorted(w[:200] for w in wanted)))
        .order_by(k.c.corpus_entity_id.desc())  # lowest id written last: the oldest corpus entity wins
    )
    surnames: dict[tuple[str, str, str], set[int]] = {}
    for type_, kind, key, corpus_id in rows:
        if kind == "surname":
            surnames.setdefault((type_, kind, key), set()).add(corpus_id)
        else:
            found[(type_, kind, key)] = corpus_id
    for key, ids in surnames.items():
        if len(ids) == 1:  # a surname identifies a person only when one corpus person has it
            found[key] = ids.pop()
    return found


def _match(entity: Entity, found: dict[tuple[str, str, str], int]) -> int | None:
    ids = [
        found[(entity.type, "name", key[:200])] for key in _keys(entity) if (entity.type, "name", key[:200]) in found
    ]
    if ids:
        return min(ids)
    # A lone surname: a person of this article known only as "Lammy", or a one-word name the small model
    # typed as an organisation or place that no gazetteer confirms ("Lammy told reporters").
    lone = " " not in entity.name.strip() and not entity.name.isupper()
    if lone and (entity.type == "PERSON" or entity.confidence < settings.CONFIDENCE_GAZETTEER):
        return found.get(("PERSON", "surname", gz.fold(entity.name)[:200]))
    return None


def link_entities(conn: Any, article: Article, entities: tuple[Entity, ...]) -> None:
    """Join every entity of a newly stored article to its corpus entity (inside the article's transaction).

    Reads the candidate keys and corpus rows with one query each and writes keys and links with one
    statement each, so an article costs a handful of statements, not several per entity.
    """
    table = schema.corpus_entities
    outlet = article.source or "(unknown outlet)"
    found = _lookup(conn, entities)
    matched = {e.id: _match(e, found) for e in entities}
    ids = sorted({i for i in matched.values() if i is not None})
    rows = {r["id"]: dict(r) for r in conn.execute(select(table).where(table.c.id.in_(ids))).mappings()} if ids else {}
    changed: set[int] = set()
    new_keys: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    for entity in entities:
        corpus_id = _match(entity, found)  # again: an earlier entity of this article may have added a key
        if corpus_id is not None and corpus_id not in rows:
            rows[corpus_id] = dict(conn.execute(select(table).where(table.c.id == corpus_id)).mappings().one())
        if corpus_id is None:
            aliases = sorted(set(entity.aliases))
            corpus_id = conn.execute(
                insert(table).values(
                    name=entity.name,
                    type=entity.type,
                    aliases=aliases,
                    roles=sorted(set(entity.roles)),
                    outlets=[outlet],
                    n_articles=1,
                    first_seen=article.published,
                    last_seen=article.published,
                )
            ).inserted_primary_key[0]
            keys = corpus_keys(entity.name, entity.type, aliases)
            for kind, key in keys:  # later entities of this article find it too
                if kind == "name":
                    found.setdefault((entity.type, kind, key), corpus_id)
            rows[corpus_id] = {
                "id": corpus_id,
                "name": entity.name,
                "type": entity.type,
                "aliases": aliases,
                "roles": sorted(set(entity.roles)),
                "outlets": [outlet],
                "n_articles": 1,
                "first_seen": article.published,
                "last_seen": article.published,
            }
        else:
            row = rows[corpus_id]
            known = corpus_keys(row["name"], row["type"], row["aliases"])
            dates = [d for d in (row["first_seen"], row["last_seen"], article.published) if d]
            names = set(row["aliases"]) | set(entity.aliases) | ({entity.name} - {row["name"]})
            row.update(
                aliases=sorted(names - {row["name"]}),
                roles=sorted(set(row["roles"]) | set(entity.roles)),
                outlets=sorted(set(row["outlets"]) | {outlet}),
                n_articles=row["n_articles"] + 1,
                first_seen=min(dates) if dates else None,
                last_seen=max(dates) if dates else None,
            )
            keys = corpus_keys(row["name"], row["type"], row["aliases"]) - known
            changed.add(corpus_id)
        new_keys += [
            {
                "type": entity.type if corpus_id not in rows else rows[corpus_id]["type"],
                "kind": kind,
                "key": key,
                "corpus_entity_id": corpus_id,
            }
            for kind, key in sorted(keys)
        ]
        links.append({"article_id": article.id, "entity_id": entity.id, "corpus_entity_id": corpus_id})
    if changed:
        fields = ("aliases", "roles", "outlets", "n_articles", "first_seen", "last_seen")
        conn.execute(
            update(table).where(table.c.id == bindparam("cid")).values({f: bindparam(f) for f in fields}),
            [{"cid": i, **{f: rows[i][f] for f in fields}} for i in sorted(changed)],
        )
    unique_keys = {(r["type"], r["kind"], r["key"], r["corpus_entity_id"]): r for r in new_keys}
    if unique_keys:
        conn.execute(insert(schema.corpus_entity_keys), list(unique_keys.values()))
    if links:
        conn.execute(insert(schema.entity_links), links)
