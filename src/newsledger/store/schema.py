"""The store's tables (SQLAlchemy Core).  Rows hold a record's searchable fields as columns and the whole record
as JSON in ``data``, so queries filter on columns and exports give back exactly what was extracted.

The schema is created and changed only by the Alembic migrations in ``migrations/versions``; this module is
what they and the code agree on.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(40), primary_key=True),  # content hash of title and text
    Column("url", Text, index=True),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("source", Text, index=True),
    Column("input_name", Text),
    Column("revision_of", String(40), ForeignKey("articles.id")),  # an earlier text under the same URL
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("data", JSON, nullable=False),  # the Article record
)


def _record_table(name: str, *columns: Column[object]) -> Table:
    return Table(
        name,
        metadata,
        Column("article_id", String(40), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        Column("id", String(16), primary_key=True),
        *columns,
        Column("confidence", Float),
        Column("data", JSON, nullable=False),
    )


entities = _record_table("entities", Column("name", Text, index=True), Column("type", String(16), index=True))
quotes = _record_table("quotes", Column("kind", String(10)), Column("speaker", Text, index=True), Column("text", Text))
figures = _record_table(
    "figures",
    Column("category", String(12), index=True),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("place", Text, index=True),
    Column("source", Text, index=True),
)
places = _record_table(
    "places", Column("name", Text, index=True), Column("country", String(2), index=True), Column("geonameid", Integer)
)
dates = _record_table("dates", Column("value", Text), Column("kind", String(10)))
events = _record_table(
    "events",
    Column("action", String(12), index=True),
    Column("actor", Text, index=True),
    Column("target", Text),
    Column("date", Text, index=True),
    Column("place", Text),
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("input_key", String(64), nullable=False, unique=True),  # input name + content hash: one row per failure
    Column("input", Text, nullable=False),
    Column("stage", String(16), nullable=False),
    Column("code", String(8), nullable=False),
    Column("message", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

Index("ix_failures_code", failures.c.code)

RECORD_TABLES = {
    "entities": entities,
    "quotes": quotes,
    "figures": figures,
    "places": places,
    "dates": dates,
    "events": events,
}

corpus_entities = Table(
    "corpus_entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False, index=True),
    Column("type", String(16), nullable=False, index=True),
    Column("aliases", JSON, nullable=False),
    Column("roles", JSON, nullable=False),
    Column("outlets", JSON, nullable=False),
    Column("n_articles", Integer, nullable=False),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
)

# The names each corpus entity can be matched by (folded), so resolution is an index lookup instead of a scan of
# every corpus entity: kind "name" for the canonical name and multi-word or acronym aliases, "surname" for the
# last word of a person's name.
corpus_entity_keys = Table(
    "corpus_entity_keys",
    metadata,
    Column("type", String(16), primary_key=True),
    Column("kind", String(8), primary_key=True),
    Column("key", String(200), primary_key=True),
    Column("corpus_entity_id", Integer, ForeignKey("corpus_entities.id"), primary_key=True),
)

entity_links = Table(
    "entity_links",
    metadata,
    Column("article_id", String(40), primary_key=True),
    Column("entity_id", String(16), primary_key=True),
    Column("corpus_entity_id", Integer, ForeignKey("corpus_entities.id"), nullable=False, index=True),
    ForeignKeyConstraint(["article_id", "entity_id"], ["entities.article_id", "entities.id"], ondelete="CASCADE"),
)

corpus_events = Table(
    "corpus_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(12), nullable=False, index=True),
    Column("actor", Text, index=True),
    Column("target", Text),
    Column("place", Text),
    Column("first_date", String(10), index=True),
    Column("last_date", String(10)),
    Column("sources", JSON, nullable=False),
    Column("n_mentions", Integer, nullable=False),
)

event_links = Table(
    "event_links",
    metadata,
    Column("article_id", String(40), primary_key=True),
    Column("event_id", String(16), primary_key=True),
    Column("corpus_event_id", Integer, ForeignKey("corpus_events.id"), nullable=False, index=True),
    ForeignKeyConstraint(["article_id", "event_id"], ["events.article_id", "events.id"], ondelete="CASCADE"),
)
