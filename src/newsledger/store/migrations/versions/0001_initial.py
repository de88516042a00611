"""The first schema: articles, one table per record type, failures.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def _record_table(name: str, *columns: sa.Column[object]) -> None:
    op.create_table(
        name,
        sa.Column("article_id", sa.String(40), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("id", sa.String(16), primary_key=True),
        *columns,
        sa.Column("confidence", sa.Float),
        sa.Column("data", sa.JSON, nullable=False),
    )


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("url", sa.Text, index=True),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(10), index=True),
        sa.Column("source", sa.Text, index=True),
        sa.Column("input_name", sa.Text),
        sa.Column("revision_of", sa.String(40), sa.ForeignKey("articles.id")),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    _record_table("entities", sa.Column("name", sa.Text, index=True), sa.Column("type", sa.String(16), index=True))
    _record_table(
        "quotes",
        sa.Column("kind", sa.String(10)),
        sa.Column("speaker", sa.Text, index=True),
        sa.Column("text", sa.Text),
    )
    _record_table(
        "figures",
        sa.Column("category", sa.String(12), index=True),
        sa.Column("value", sa.Float),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("place", sa.Text, index=True),
        sa.Column("source", sa.Text, index=True),
    )
    _record_table(
        "places",
        sa.Column("name", sa.Text, index=True),
        sa.Column("country", sa.String(2), index=True),
        sa.Column("geonameid", sa.Integer),
    )
    _record_table("dates", sa.Column("value", sa.Text), sa.Column("kind", sa.String(10)))
    _record_table(
        "events",
        sa.Column("action", sa.String(12), index=True),
        sa.Column("actor", sa.Text, index=True),
        sa.Column("target", sa.Text),
        sa.Column("date", sa.Text, index=True),
        sa.Column("place", sa.Text),
    )
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("input_key", sa.String(64), nullable=False, unique=True),
        sa.Column("input", sa.Text, nullable=False),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_failures_code", "failures", ["code"])


def downgrade() -> None:
    for name in ("failures", "events", "dates", "places", "figures", "quotes", "entities", "articles"):
        op.drop_table(name)
