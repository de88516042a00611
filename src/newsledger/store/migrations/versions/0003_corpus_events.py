"""Corpus events: reports of one action by the same actors at the same place and time, merged.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "corpus_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("action", sa.String(12), nullable=False, index=True),
        sa.Column("actor", sa.Text, index=True),
        sa.Column("target", sa.Text),
        sa.Column("place", sa.Text),
        sa.Column("first_date", sa.String(10), index=True),
        sa.Column("last_date", sa.String(10)),
        sa.Column("sources", sa.JSON, nullable=False),
        sa.Column("n_mentions", sa.Integer, nullable=False),
    )
    op.create_table(
        "event_links",
        sa.Column("article_id", sa.String(40), primary_key=True),
        sa.Column("event_id", sa.String(16), primary_key=True),
        sa.Column("corpus_event_id", sa.Integer, sa.ForeignKey("corpus_events.id"), nullable=False, index=True),
        sa.ForeignKeyConstraint(["article_id", "event_id"], ["events.article_id", "events.id"], ondelete="CASCADE"),
    )


def downgrade() -> None:
    op.drop_table("event_links")
    op.drop_table("corpus_events")
