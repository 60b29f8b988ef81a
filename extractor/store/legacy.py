"""The named store migrations from before Alembic: SQLite files of formats 1 and 2 upgraded to format 3.

A SQLite store's format is its ``PRAGMA user_version``. Format 3 is the Alembic baseline (revision
``0001_format_3``): a file of an older format is brought to it here, stamped with that revision, and upgraded
by Alembic from there on like every other store (``extractor.store.migrations``). These functions run on the
raw ``sqlite3`` connection inside the upgrade's one ``BEGIN IMMEDIATE`` transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from extractor.schemas import EngineIdentity
from extractor.store.keys import copy_key

LEGACY_FORMAT = 3
"""1: extractions keyed on engine, model, prompt hash and schema version. 2: keyed on the engine identity.
3: articles keyed on text, outlet and publication date (``copy_key``) instead of text alone: the baseline that
Alembic's first revision creates."""


def migrate_1_to_2_engine_identity(db: sqlite3.Connection) -> None:
    """Format 2: extractions keyed on the full engine identity instead of engine, model, prompt hash and
    schema version. Existing extractions keep their ids (the strike index and latest pointers stay
    valid) and get the identity their format-1 columns describe, without code or data hashes, so the
    next ingest with the current engine stores a new extraction instead of skipping the article.
    Articles get the ``field_sources`` column where a format-1 file was written before it existed."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(articles)")}
    if "field_sources" not in columns:
        db.execute("ALTER TABLE articles ADD COLUMN field_sources TEXT")
    db.execute(
        "CREATE TABLE extractions_v2 (id INTEGER PRIMARY KEY, article_pk INTEGER NOT NULL REFERENCES articles (pk), "
        "identity_key TEXT NOT NULL, identity TEXT NOT NULL, engine TEXT NOT NULL, schema_version TEXT NOT NULL, "
        "stored_at TEXT NOT NULL, payload TEXT NOT NULL, UNIQUE (article_pk, identity_key))"
    )
    rows = db.execute(
        "SELECT id, article_pk, engine, model, prompt_hash, schema_version, stored_at, payload FROM extractions"
    ).fetchall()
    for extraction_id, article_pk, engine, model, prompt_hash, version, stored_at, payload in rows:
        identity = EngineIdentity(engine=engine, model=model or None, prompt_hash=prompt_hash or None)
        db.execute(
            "INSERT INTO extractions_v2 VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (extraction_id, article_pk, identity.key, identity.model_dump_json(), engine, version, stored_at, payload),
        )
    db.execute("DROP TABLE extractions")
    db.execute("ALTER TABLE extractions_v2 RENAME TO extractions")


def migrate_2_to_3_copy_key(db: sqlite3.Connection) -> None:
    """Format 3: an article is one outlet's copy of a text, keyed on text, outlet and publication date
    (``copy_key``), so the text hash is no longer unique. The articles table is rebuilt with the same store keys
    and ids (extractions, the strike index and latest pointers stay valid), each row given the key of its stored
    outlet and date."""
    db.execute(
        "CREATE TABLE articles_v3 (pk INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, text_hash TEXT NOT NULL, "
        "copy_key TEXT NOT NULL UNIQUE, title TEXT, outlet TEXT, url TEXT, published TEXT, text TEXT NOT NULL, "
        "ingested_at TEXT NOT NULL, latest_extraction INTEGER, field_sources TEXT)"
    )
    rows = db.execute(
        "SELECT pk, article_id, text_hash, title, outlet, url, published, text, ingested_at, latest_extraction, "
        "field_sources FROM articles"
    ).fetchall()
    for pk, article_id, text_hash, title, outlet, url, published, text, ingested_at, latest, sources in rows:
        db.execute(
            "INSERT INTO articles_v3 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                pk,
                article_id,
                text_hash,
                copy_key(text_hash, outlet, published),
                title,
                outlet,
                url,
                published,
                text,
                ingested_at,
                latest,
                sources,
            ),
        )
    db.execute("DROP TABLE articles")
    db.execute("ALTER TABLE articles_v3 RENAME TO articles")
    db.execute("CREATE INDEX articles_by_published ON articles (published, latest_extraction)")
    db.execute("CREATE INDEX articles_by_text ON articles (text_hash)")


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    2: migrate_1_to_2_engine_identity,
    3: migrate_2_to_3_copy_key,
}
"""Store format -> the migration that upgrades a file of the format before it."""


def upgrade_to_baseline(db: sqlite3.Connection, version: int) -> None:
    """Run the named migrations from format ``version`` to the baseline, in order, on ``db`` (already inside a
    transaction, foreign keys off); every reference must still hold afterwards."""
    for target in range(version + 1, LEGACY_FORMAT + 1):
        migration = MIGRATIONS[target]
        migration(db)
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise sqlite3.IntegrityError(f"migration {migration.__name__} broke {len(broken)} reference(s)")


__all__ = ["LEGACY_FORMAT", "MIGRATIONS", "upgrade_to_baseline"]
