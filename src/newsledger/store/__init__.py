"""The store: the only place where records meet rows.

SQLite in WAL mode is the embedded default (``newsledger.db`` in the working directory, or ``$NEWSLEDGER_DB``);
any SQLAlchemy URL works, ``postgresql+psycopg://…`` for a server.  The schema is brought to the latest Alembic
revision whenever a store is opened.

Guarantees:
- an article is stored once per content hash: storing it again is a no-op;
- an article and all its records are written in one transaction, so a crash (even ``kill -9``) leaves each
  article stored whole or not at all, and a re-run completes what was missing;
- changed text under a URL already stored is a new article whose ``revision_of`` points at the latest earlier
  one;
- a failed input is one row per input name and content, however often it is retried.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from importlib import resources
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, insert, select
from sqlalchemy.exc import IntegrityError

from newsledger.records import Extraction, Failure
from newsledger.store import schema
from newsledger.store.dedup import link_events
from newsledger.store.resolve import link_entities

DEFAULT_FILE = "newsledger.db"


def default_url() -> str:
    return os.environ.get("NEWSLEDGER_DB") or f"sqlite:///{DEFAULT_FILE}"


def _url(url: str) -> str:
    """A plain path is an SQLite file."""
    return url if "://" in url else f"sqlite:///{url}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cursor.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a committed article survives a process crash
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _row(table: str, article_id: str, record: Any) -> dict[str, Any]:
    """A record's row: its searchable fields as columns and the whole record as JSON in ``data``."""
    data = dataclasses.asdict(record)
    columns = {c.name for c in schema.RECORD_TABLES[table].columns} - {"article_id", "data"}
    return {"article_id": article_id, **{name: data.get(name) for name in columns}, "data": data}


class Store:
    """A connection to one database."""

    def __init__(self, url: str | None = None) -> None:
        self.url = _url(url or default_url())
        self.engine: Engine = create_engine(self.url, future=True)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self.migrate()

    def migrate(self) -> None:
        """Bring the schema to the latest revision."""
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(resources.files("newsledger.store").joinpath("migrations")))
        with self.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def has_article(self, article_id: str) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article_id)).first() is not None
            )

    def add(self, extraction: Extraction, input_name: str | None = None) -> bool:
        """Store an article with all its records in one transaction; False when it was stored already."""
        article = extraction.article
        now = dt.datetime.now(dt.UTC)
        try:
            with self.engine.begin() as conn:
                if conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article.id)).first():
                    return False
                previous = None
                if article.url:
                    previous = conn.execute(
                        select(schema.articles.c.id)
                        .where(schema.articles.c.url == article.url)
                        .order_by(schema.articles.c.ingested_at.desc())
                    ).scalar()
                conn.execute(
                    insert(schema.articles).values(
                        id=article.id,
                        url=article.url,
                        title=article.title,
                        published=article.published,
                        source=article.source,
                        input_name=input_name,
                        revision_of=previous,
                        ingested_at=now,
                        data=dataclasses.asdict(article),
                    )
                )
                for name, table in schema.RECORD_TABLES.items():
                    rows = [_row(name, article.id, r) for r in getattr(extraction, name)]
                    if rows:
                        conn.execute(insert(table), rows)
                link_entities(conn, article, extraction.entities)
                link_events(conn, article, extraction.events)
                for failure in extraction.failures:
                    self._add_failure(conn, failure, f"{article.id}:{failure.stage}", now)
        except IntegrityError:
            if self.has_article(article.id):
                return False  # another writer stored the same article first
            raise  # a broken record: the transaction rolled back, nothing of the article is stored
        return True

    def add_failure(self, failure: Failure, content: bytes | None = None) -> None:
        """Record an input that could not be used, once per input name and content."""
        key_source = f"{failure.input}:{hashlib.sha256(content or b'').hexdigest()}:{failure.code}"
        with self.engine.begin() as conn:
            self._add_failure(conn, failure, key_source, dt.datetime.now(dt.UTC))

    @staticmethod
    def _add_failure(conn: Any, failure: Failure, key_source: str, now: dt.datetime) -> None:
        key = hashlib.sha256(key_source.encode()).hexdigest()
        exists = conn.execute(select(schema.failures.c.id).where(schema.failures.c.input_key == key)).first()
        if exists is None:
            conn.execute(
                insert(schema.failures).values(
                    input_key=key,
                    input=failure.input or "",
                    stage=failure.stage,
                    code=failure.code,
                    message=failure.message,
                    created_at=now,
                )
            )

    def stats(self) -> dict[str, int]:
        """Row counts: articles, each record type, failures, and corpus entities (referents across articles)."""
        out: dict[str, int] = {}
        with self.engine.connect() as conn:
            for name, table in (
                ("articles", schema.articles),
                *schema.RECORD_TABLES.items(),
                ("failures", schema.failures),
                ("corpus_entities", schema.corpus_entities),
                ("corpus_events", schema.corpus_events),
            ):
                out[name] = int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        return out

    def failures(self) -> Iterator[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(schema.failures).order_by(schema.failures.c.id))
            for row in rows.mappings():
                yield dict(row)

    def article_ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(schema.articles.c.id).order_by(schema.articles.c.id))]

    def summaries(self) -> list[dict[str, Any]]:
        """One readable summary per stored article: metadata, record counts, a sourced toll and a quote."""
        out: list[dict[str, Any]] = []
        with self.engine.connect() as conn:
            arts = conn.execute(select(schema.articles).order_by(schema.articles.c.input_name)).mappings().all()
            for art in arts:
                row: dict[str, Any] = {k: art[k] for k in ("id", "title", "source", "published", "input_name")}
                for name, table in schema.RECORD_TABLES.items():
                    count = select(func.count()).select_from(table).where(table.c.article_id == art["id"])
                    row[name] = int(conn.execute(count).scalar_one())
                ents = conn.execute(
                    select(schema.entities.c.name, schema.entities.c.type)
                    .where(schema.entities.c.article_id == art["id"])
                    .order_by(schema.entities.c.id)
                ).all()
                row["people"] = [n for n, t in ents if t == "PERSON"][:3]
                row["places_named"] = [n for n, t in ents if t in ("GPE", "LOC", "FAC")][:3]
                toll = conn.execute(
                    select(schema.figures.c.data)
                    .where(schema.figures.c.article_id == art["id"])
                    .where(schema.figures.c.category.in_(("killed", "injured", "displaced", "detained", "hostages")))
                ).first()
                row["claim"] = toll[0] if toll else None
                quote = conn.execute(
                    select(schema.quotes.c.data)
                    .where(schema.quotes.c.article_id == art["id"])
                    .where(schema.quotes.c.kind == "direct")
                    .where(schema.quotes.c.speaker.is_not(None))
                ).first()
                row["quote"] = quote[0] if quote else None
                out.append(row)
        return out
