"""Corpus entity keys: an index of the names each corpus entity is matched by (resolution without a full scan).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from newsledger.store.resolve import corpus_keys

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    keys = op.create_table(
        "corpus_entity_keys",
        sa.Column("type", sa.String(16), primary_key=True),
        sa.Column("kind", sa.String(8), primary_key=True),
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("corpus_entity_id", sa.Integer, sa.ForeignKey("corpus_entities.id"), primary_key=True),
    )
    # Stores made before this revision: index the corpus entities they already hold.
    conn = op.get_bind()
    entities = sa.table("corpus_entities", sa.column("id"), sa.column("name"), sa.column("type"), sa.column("aliases"))
    rows = []
    for row in conn.execute(sa.select(entities)).mappings():
        aliases = row["aliases"]
        if isinstance(aliases, str):  # SQLite hands back raw JSON text in a migration's lightweight table
            import json

            aliases = json.loads(aliases)
        for kind, key in corpus_keys(row["name"], row["type"], aliases):
            rows.append({"type": row["type"], "kind": kind, "key": key, "corpus_entity_id": row["id"]})
    if rows:
        op.bulk_insert(keys, rows)


def downgrade() -> None:
    op.drop_table("corpus_entity_keys")
