"""Corpus entities: one row per referent across articles, and each article entity's link to it.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "corpus_entities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False, index=True),
        sa.Column("type", sa.String(16), nullable=False, index=True),
        sa.Column("aliases", sa.JSON, nullable=False),
        sa.Column("roles", sa.JSON, nullable=False),
        sa.Column("outlets", sa.JSON, nullable=False),
        sa.Column("n_articles", sa.Integer, nullable=False),
        sa.Column("first_seen", sa.String(10)),
        sa.Column("last_seen", sa.String(10)),
    )
    op.create_table(
        "entity_links",
        sa.Column("article_id", sa.String(40), primary_key=True),
        sa.Column("entity_id", sa.String(16), primary_key=True),
        sa.Column("corpus_entity_id", sa.Integer, sa.ForeignKey("corpus_entities.id"), nullable=False, index=True),
        sa.ForeignKeyConstraint(
            ["article_id", "entity_id"], ["entities.article_id", "entities.id"], ondelete="CASCADE"
        ),
    )


def downgrade() -> None:
    op.drop_table("entity_links")
    op.drop_table("corpus_entities")
