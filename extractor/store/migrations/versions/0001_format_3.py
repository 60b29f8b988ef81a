"""Baseline: the store of format 3 (articles keyed on text, date and outlet), on SQLite and PostgreSQL.

SQLite files of formats 1 and 2 are brought to this schema by the named migrations in
``extractor.store.legacy`` and stamped with this revision. Text columns compare bytewise on both backends
(PostgreSQL's ``"C"`` collation), so ordering, and so the briefing, is the same on either.

Revision ID: 0001_format_3
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_format_3"
down_revision = None
branch_labels = None
depends_on = None

TEXT = sa.Text().with_variant(sa.Text(collation="C"), "postgresql")


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("article_id", TEXT, nullable=False, unique=True),
        sa.Column("text_hash", TEXT, nullable=False),
        sa.Column("copy_key", TEXT, nullable=False, unique=True),
        sa.Column("title", TEXT),
        sa.Column("outlet", TEXT),
        sa.Column("url", TEXT),
        sa.Column("published", TEXT),
        sa.Column("text", TEXT, nullable=False),
        sa.Column("ingested_at", TEXT, nullable=False),
        sa.Column("latest_extraction", sa.Integer),
        sa.Column("field_sources", TEXT),
    )
    op.create_index("articles_by_published", "articles", ["published", "latest_extraction"])
    op.create_index("articles_by_text", "articles", ["text_hash"])
    op.create_table(
        "extractions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_pk", sa.Integer, sa.ForeignKey("articles.pk"), nullable=False),
        sa.Column("identity_key", TEXT, nullable=False),
        sa.Column("identity", TEXT, nullable=False),
        sa.Column("engine", TEXT, nullable=False),
        sa.Column("schema_version", TEXT, nullable=False),
        sa.Column("stored_at", TEXT, nullable=False),
        sa.Column("payload", TEXT, nullable=False),
        sa.UniqueConstraint("article_pk", "identity_key"),
    )
    op.create_table(
        "strike_index",
        sa.Column("extraction_id", sa.Integer, sa.ForeignKey("extractions.id"), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("attackers", TEXT, nullable=False),
        sa.Column("place", TEXT),
        sa.Column("region", TEXT),
        sa.Column("strike_date", TEXT),
        sa.Column("date_precision", TEXT, nullable=False),
        sa.PrimaryKeyConstraint("extraction_id", "ordinal"),
        sqlite_with_rowid=False,
    )
    op.create_index("strike_index_by_place", "strike_index", ["place", "attackers"])
