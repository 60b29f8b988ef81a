"""The extraction store: articles and every extraction made of them, in SQLite or PostgreSQL.

An article is one outlet's copy of a text: it is keyed on the SHA-256 of its text, its outlet and its
publication date (``copy_key``), so ingesting the same copy twice keeps one record while the same wire
story from Reuters, AP and the BBC is three reports (``_find_copy`` says which later copies are the
same report with better metadata). Each article may hold several extractions, one per engine
identity (engine, model, prompt, schema, data and code hashes, parameters: ``EngineIdentity``); the
briefing reads the latest one stored. Copies of one text share their extraction (``shared_extraction``).

The store is reached through SQLAlchemy (Core): a plain path is a SQLite file, as it always was; a URL
(``postgresql+psycopg://user:password@host/db``, or ``sqlite:///path``) chooses the backend. The schema is
migrated by Alembic (``extractor/store/migrations``) when a store is opened, for both backends; SQLite files
older than the Alembic baseline are first brought to it by the named migrations in ``extractor.store.legacy``.
SQLite files are opened in WAL mode with a busy timeout and every write is its own ``BEGIN IMMEDIATE``
transaction; on PostgreSQL every write is a transaction holding one advisory lock, so writers take turns in
the same way. Several processes can ingest into one store at once, and a process killed mid-batch keeps
every article it had finished.

The store is ``--db`` when given, else ``EXTRACTOR_DB``, else ``extractor.db`` in the user's data
folder (``$XDG_DATA_HOME/extractor``, by default ``~/.local/share/extractor``), so ``ingest`` and
``brief`` find the same store from any working directory.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import NullPool

from extractor.errors import ExtractorError
from extractor.pagemeta import ORIGIN_RANK
from extractor.schemas import Article, ArticleExtraction, ArticleRef, EngineIdentity
from extractor.store.keys import copy_key, iso, same_report
from extractor.store.legacy import LEGACY_FORMAT, MIGRATIONS, upgrade_to_baseline

log = logging.getLogger(__name__)
STORE_FORMAT = 4
"""A SQLite file's ``PRAGMA user_version``. 1-3: the named formats of ``extractor.store.legacy``. 4: the schema
is Alembic's (its revision in ``alembic_version``); older code refuses such a file as newer than it reads."""
BASELINE_REVISION = "0001_format_3"
DEFAULT_BUSY_TIMEOUT_S = 60.0
WRITE_LOCK = 0x65787472
"""PostgreSQL advisory lock every write transaction holds (writers take turns, as SQLite's do)."""
MIGRATION_LOCK = 0x65787473
"""PostgreSQL advisory lock a migration holds (two processes opening a new store migrate it once)."""
R = TypeVar("R")


def strike_index_rows(extraction_id: int, extraction: ArticleExtraction) -> list[dict[str, Any]]:
    """The ``strike_index`` rows of one stored extraction, by column name: what the briefing selects on."""
    return [
        {
            "extraction_id": extraction_id,
            "ordinal": i,
            "attackers": json.dumps(s.attackers, ensure_ascii=False),
            "place": s.location.place,
            "region": s.location.region,
            "strike_date": s.strike_date.isoformat() if s.strike_date else None,
            "date_precision": s.date_precision,
        }
        for i, s in enumerate(extraction.strikes)
    ]


class StoreError(ExtractorError):
    """The store cannot be opened or used (not a SQLite file, unreachable, newer format, locked too long, damaged)."""


def _reason(exc: BaseException) -> str:
    """The driver's own message of a database error, one line (not SQLAlchemy's SQL echo)."""
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__


def _damage_is_a_store_error(method: Any) -> Any:
    """A read that hits a damaged page raises StoreError naming the store, never a bare driver error."""

    @functools.wraps(method)
    def read(self: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            raise StoreError(
                f"{self.location}: the store is damaged ({_reason(exc)}); "
                "`extractor store check` lists what is readable"
            ) from None

    return read


def is_url(target: str | Path) -> bool:
    """Whether a ``--db`` / ``EXTRACTOR_DB`` value is a database URL rather than a file path."""
    return isinstance(target, str) and "://" in target


def data_folder() -> Path:
    """The extractor's folder in the user's data folder: ``$XDG_DATA_HOME/extractor``, by default
    ``~/.local/share/extractor``."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "extractor"


def default_db() -> str | Path:
    """``EXTRACTOR_DB`` (a path or a URL), else ``extractor.db`` in the user's data folder."""
    configured = os.environ.get("EXTRACTOR_DB")
    if configured:
        return configured if is_url(configured) else Path(configured)
    return data_folder() / "extractor.db"


def default_db_path() -> Path:
    """The default store as a file path (``EXTRACTOR_DB`` when it is a path; see ``default_db``)."""
    target = default_db()
    if isinstance(target, Path):
        return target
    raise StoreError(f"EXTRACTOR_DB is a database URL ({display_url(target)}), not a file")


def display_url(url: str) -> str:
    """A URL as messages show it: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def sqlite_file(target: str | Path) -> Path | None:
    """The file a store target names when it is SQLite (a path, or a ``sqlite:///`` URL), else None."""
    if not is_url(target):
        return Path(target)
    url = make_url(str(target))
    return Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None


@dataclass(frozen=True)
class StoredArticle:
    """An article's reference data and its latest extraction, as the briefing reads them."""

    ref: ArticleRef
    extraction: ArticleExtraction
    extraction_id: int
    article_pk: int = -1


@dataclass(frozen=True)
class StrikeKey:
    """One stored strike report reduced to what event matching needs (no payload parsing)."""

    article_pk: int
    article_id: str
    ordinal: int
    attackers: tuple[str, ...]
    place: str | None
    region: str | None
    strike_date: date | None
    date_precision: str


@dataclass(frozen=True)
class AddOutcome:
    """What ``Store.add`` did: the id the article has in the store, and whether a row was written."""

    article_id: str
    added: bool


@functools.cache
def _alembic_head() -> str:
    """The newest revision this code ships (read once per process)."""
    from alembic.script import ScriptDirectory

    return str(ScriptDirectory.from_config(_alembic_config(None)).get_current_head())


@functools.cache
def _known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    return frozenset(r.revision for r in ScriptDirectory.from_config(_alembic_config(None)).walk_revisions())


def _alembic_config(connection: Connection | None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "extractor.store:migrations")
    config.attributes["connection"] = connection
    return config


class Store:
    """One store: a SQLite file or a PostgreSQL database. Open it, add extractions, read a period's articles."""

    def __init__(
        self, target: str | Path | None = None, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S, migrate: bool = True
    ) -> None:
        target = target if target is not None else default_db()
        self.busy_timeout_s = busy_timeout_s
        self.damaged: list[str] = []  # rows skipped on read because they could not be read, named
        file = sqlite_file(target)
        self.path: Path | None = file
        self.url = str(target) if is_url(target) else f"sqlite:///{file}"
        self.location = str(file) if file is not None else display_url(str(target))
        """The store as messages name it: the file path, or the URL without its password."""
        if file is not None:
            file.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._engine = self._create_engine()
        except ImportError as exc:
            raise StoreError(
                f"{self.location}: the database driver is not installed ({_reason(exc)}); for PostgreSQL: "
                "pip install 'extractor[postgresql]'"
            ) from None
        except (ArgumentError, NoSuchModuleError) as exc:
            raise StoreError(f"{self.location}: not a store URL this version can use ({_reason(exc)})") from None
        self.dialect = self._engine.dialect.name
        try:
            self._db = self._engine.connect()
        except DBAPIError as exc:
            self._engine.dispose()
            raise StoreError(f"{self.location}: cannot open the store: {_reason(exc)}") from None
        try:
            self._retry_locked(lambda: self._initialise(migrate))
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            self.close()
            raise StoreError(f"{self.location}: cannot open the store: {_reason(exc)}") from None
        except StoreError:
            self.close()
            raise
        self.problems = self.check()
        if self.problems:
            log.warning(
                "%s: the store is damaged (PRAGMA quick_check: %s); damaged rows are skipped and named",
                self.location,
                "; ".join(self.problems[:3]),
            )

    def _create_engine(self) -> Engine:
        if self.path is not None:
            return sa.create_engine(
                self.url,
                poolclass=NullPool,
                isolation_level="AUTOCOMMIT",
                connect_args={"timeout": self.busy_timeout_s},
            )
        return sa.create_engine(self.url, poolclass=NullPool, isolation_level="AUTOCOMMIT")

    # --- opening and migrating -----------------------------------------------------------------

    def _initialise(self, migrate: bool) -> None:
        if self.dialect == "sqlite":
            self._initialise_sqlite(migrate)
        else:
            self._exec(f"SET lock_timeout = {int(self.busy_timeout_s * 1000)}")
            self._refuse_newer()
            if migrate and self.revision() != _alembic_head():
                self.migrate()

    def _initialise_sqlite(self, migrate: bool) -> None:
        self._exec(f"PRAGMA busy_timeout = {int(self.busy_timeout_s * 1000)}")
        mode = self._exec("PRAGMA journal_mode = WAL").scalar()
        if str(mode).lower() != "wal":
            raise StoreError(f"{self.location}: could not switch the store to WAL mode (got {mode})")
        self._exec("PRAGMA synchronous = NORMAL")
        self._exec("PRAGMA foreign_keys = ON")
        version = self._exec("PRAGMA user_version").scalar() or 0
        if version > STORE_FORMAT:
            raise StoreError(
                f"{self.location}: store format {version} is newer than this version reads ({STORE_FORMAT})"
            )
        self._refuse_newer()
        if migrate and (version < STORE_FORMAT or self.revision() != _alembic_head()):
            self.migrate()

    def _refuse_newer(self) -> None:
        revision = self.revision()
        if revision is not None and revision not in _known_revisions():
            raise StoreError(
                f"{self.location}: store schema revision {revision} is newer than this version reads "
                f"({_alembic_head()})"
            )

    def revision(self) -> str | None:
        """The store's Alembic revision, None when it has none yet (a new store, or an older SQLite format)."""
        if self.dialect == "sqlite":
            found = self._exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'").first()
        else:
            found = self._exec("SELECT to_regclass('alembic_version')").scalar()
        if not found:
            return None
        value = self._exec("SELECT version_num FROM alembic_version").scalar()
        return str(value) if value is not None else None

    def migrate(self) -> str:
        """Bring the store to the newest schema, in one transaction (a no-op when another process did it first):
        older SQLite formats by their named migrations up to the Alembic baseline, then Alembic. The revision."""
        from alembic import command

        config = _alembic_config(self._db)
        if self.dialect == "sqlite":
            self._exec("PRAGMA foreign_keys = OFF")  # tables are rebuilt; references are checked before commit
            try:
                with self._write():
                    version = self._exec("PRAGMA user_version").scalar() or 0
                    if version > STORE_FORMAT:
                        raise StoreError(f"{self.location}: store format {version} is newer than this version reads")
                    if 0 < version < STORE_FORMAT:
                        raw = self._db.connection.dbapi_connection
                        assert isinstance(raw, sqlite3.Connection)
                        upgrade_to_baseline(raw, min(version, LEGACY_FORMAT))
                        if self.revision() is None:
                            command.stamp(config, BASELINE_REVISION)
                    command.upgrade(config, "head")
                    self._exec(f"PRAGMA user_version = {STORE_FORMAT}")
            finally:
                self._exec("PRAGMA foreign_keys = ON")
        else:
            with self._write(lock=MIGRATION_LOCK):
                command.upgrade(config, "head")
        return self.revision() or ""

    def check(self) -> list[str]:
        """SQLite's ``PRAGMA quick_check``: the problems it finds (at most 20), empty when the store is sound
        (a PostgreSQL server checks its own pages; there the store is sound when it answers)."""
        try:
            if self.dialect != "sqlite":
                self._exec("SELECT 1")
                return []
            rows = self._exec("PRAGMA quick_check(20)").fetchall()
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            return [_reason(exc)]
        return [str(r[0]) for r in rows if r[0] != "ok"]

    def _exec(
        self, sql: str, params: Mapping[str, Any] | list[dict[str, Any]] | None = None
    ) -> sa.CursorResult[*tuple[Any, ...]]:
        """Run one statement (named ``:parameters``; a list of parameter sets runs it for each)."""
        return self._db.execute(sa.text(sql), params or {})

    def _retry_locked(self, action: Callable[[], R]) -> R:
        """Run ``action``, retrying while another process holds a lock the busy handler does not wait on, or (on
        PostgreSQL) wrote the same key between our read and our write."""
        deadline = time.monotonic() + self.busy_timeout_s
        while True:
            try:
                return action()
            except (OperationalError, sqlite3.OperationalError, IntegrityError) as exc:
                message = _reason(exc)
                transient = "locked" in message or "busy" in message
                transient = transient or (self.dialect != "sqlite" and isinstance(exc, IntegrityError))
                if not transient or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _write(self, lock: int = WRITE_LOCK) -> _Transaction:
        return _Transaction(self, lock)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()
        self._engine.dispose()

    # --- writing -------------------------------------------------------------------------------

    def add(
        self,
        article: Article,
        extraction: ArticleExtraction,
        identity: EngineIdentity | None = None,
        *,
        replace: bool = False,
    ) -> AddOutcome:
        """Store one article (once per copy) and its extraction (once per engine identity), atomically.

        The identity is the extraction's own (``metadata.identity``) unless given. The new extraction
        becomes the article's latest. An extraction already stored under the same identity is kept as
        it is, unless ``replace`` (``--refresh``) overwrites it.
        """
        identity = identity or extraction.metadata.identity
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            return self._retry_locked(lambda: self._add(article, extraction, identity, replace, now))
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            raise StoreError(f"{self.location}: could not store article {article.id}: {_reason(exc)}") from None

    def _add(
        self, article: Article, extraction: ArticleExtraction, identity: EngineIdentity, replace: bool, now: str
    ) -> AddOutcome:
        with self._write():
            article_pk, article_id = self._upsert_article(article, now)
            # the article text is stored once per copy, in the articles table; the payload holds the extraction only
            payload = extraction.model_copy(update={"article_id": article_id, "article": None}).model_dump_json()
            row = self._exec(
                "SELECT id FROM extractions WHERE article_pk = :pk AND identity_key = :key",
                {"pk": article_pk, "key": identity.key},
            ).first()
            if row is not None and not replace:
                return AddOutcome(article_id, added=False)
            if row is not None:
                extraction_id = int(row[0])
                self._exec(
                    "UPDATE extractions SET payload = :payload, stored_at = :now WHERE id = :id",
                    {"payload": payload, "now": now, "id": extraction_id},
                )
                self._exec("DELETE FROM strike_index WHERE extraction_id = :id", {"id": extraction_id})
            else:
                extraction_id = self._exec(
                    "INSERT INTO extractions (article_pk, identity_key, identity, engine, schema_version, stored_at, "
                    "payload) VALUES (:pk, :key, :identity, :engine, :version, :now, :payload) RETURNING id",
                    {
                        "pk": article_pk,
                        "key": identity.key,
                        "identity": identity.model_dump_json(),
                        "engine": identity.engine,
                        "version": extraction.metadata.schema_version,
                        "now": now,
                        "payload": payload,
                    },
                ).scalar_one()
            strikes = strike_index_rows(extraction_id, extraction)
            if strikes:
                self._exec(
                    "INSERT INTO strike_index (extraction_id, ordinal, attackers, place, region, strike_date, "
                    "date_precision) VALUES (:extraction_id, :ordinal, :attackers, :place, :region, :strike_date, "
                    ":date_precision)",
                    strikes,
                )
            self._exec(
                "UPDATE articles SET latest_extraction = :id WHERE pk = :pk", {"id": extraction_id, "pk": article_pk}
            )
        return AddOutcome(article_id, added=True)

    def _upsert_article(self, article: Article, now: str) -> tuple[int, str]:
        """The article's row: the stored report this copy is (``_find_copy``, its metadata updated from the copy),
        else a new row, under the article's id or, when another row has it, the id with a suffix."""
        found = self._find_copy(article)
        if found is not None:
            self._update_metadata(found[0], article)
            return found
        text_hash = article.text_hash
        article_id, renamed = article.id, 0
        while self._exec("SELECT 1 FROM articles WHERE article_id = :id", {"id": article_id}).first():
            renamed += 1
            article_id = f"{article.id}~{text_hash[:8]}" + (f"-{renamed}" if renamed > 1 else "")
        pk = self._exec(
            "INSERT INTO articles (article_id, text_hash, copy_key, title, outlet, url, published, text, ingested_at, "
            "field_sources) VALUES (:id, :hash, :key, :title, :outlet, :url, :published, :text, :now, :sources) "
            "RETURNING pk",
            {
                "id": article_id,
                "hash": text_hash,
                "key": copy_key(text_hash, article.outlet, iso(article.published)),
                "title": article.title,
                "outlet": article.outlet,
                "url": article.url,
                "published": iso(article.published),
                "text": article.text,
                "now": now,
                "sources": json.dumps(_metadata_sources(article)),
            },
        ).scalar_one()
        return int(pk), article_id

    def _find_copy(self, article: Article) -> tuple[int, str] | None:
        """The stored report (store key, id) this copy is: the row with its exact key, else the oldest row of
        the same text whose outlet and date it does not contradict (``same_report``); None for a new report."""
        key = copy_key(article.text_hash, article.outlet, iso(article.published))
        rows = self._exec(
            "SELECT pk, article_id, copy_key, outlet, published, field_sources FROM articles WHERE text_hash = :hash "
            "ORDER BY pk",
            {"hash": article.text_hash},
        ).fetchall()
        for pk, article_id, stored_key, *_ in rows:
            if stored_key == key:
                return int(pk), str(article_id)
        for pk, article_id, _, outlet, published, sources_json in rows:
            sources = json.loads(sources_json) if sources_json else {}
            if same_report(outlet, published, sources, article):
                return int(pk), str(article_id)
        return None

    def _update_metadata(self, pk: int, article: Article) -> list[str]:
        """Fields of a stored article that a later copy gives from an origin at least as trusted; returns the
        names of the fields whose value changed. A header added to a re-saved page replaces a date read from
        its URL; a date read from the page never replaces one a header gave. A change that would make the
        article another stored report's copy is not made."""
        text_hash, title, outlet, url, published, sources_json = self._exec(
            "SELECT text_hash, title, outlet, url, published, field_sources FROM articles WHERE pk = :pk", {"pk": pk}
        ).one()
        stored = {"title": title, "outlet": outlet, "url": url, "published": published}
        sources: dict[str, str] = json.loads(sources_json) if sources_json else {}
        incoming = {
            "title": article.title,
            "outlet": article.outlet,
            "url": article.url,
            "published": iso(article.published),
        }
        new_sources = _metadata_sources(article)
        changed: list[str] = []
        for name, value in incoming.items():
            if value is None:
                continue
            old_rank = ORIGIN_RANK.get(sources.get(name, ""), len(ORIGIN_RANK)) if stored[name] is not None else 99
            if ORIGIN_RANK.get(new_sources.get(name, ""), len(ORIGIN_RANK)) > old_rank:
                continue
            if value != stored[name]:
                changed.append(name)
            stored[name] = value
            if name in new_sources:
                sources[name] = new_sources[name]
        if not changed:
            return changed
        key = copy_key(text_hash, stored["outlet"], stored["published"])
        if self._exec("SELECT 1 FROM articles WHERE copy_key = :key AND pk <> :pk", {"key": key, "pk": pk}).first():
            return []
        self._exec(
            "UPDATE articles SET title = :title, outlet = :outlet, url = :url, published = :published, "
            "field_sources = :sources, copy_key = :key WHERE pk = :pk",
            {**stored, "sources": json.dumps(sources), "key": key, "pk": pk},
        )
        return changed

    def update_metadata(self, article: Article) -> list[str]:
        """Apply a later copy's metadata to the stored report it is a copy of (see ``_update_metadata``); the
        names of the fields that changed, empty when nothing did or the copy is a report not stored yet."""

        def run() -> list[str]:
            with self._write():
                found = self._find_copy(article)
                return self._update_metadata(found[0], article) if found is not None else []

        try:
            return self._retry_locked(run)
        except (DBAPIError, sqlite3.DatabaseError) as exc:
            raise StoreError(f"{self.location}: could not update article {article.id}: {_reason(exc)}") from None

    # --- reading -------------------------------------------------------------------------------

    @_damage_is_a_store_error
    def stored_text_hashes(self, text_hashes: Iterable[str], identity: EngineIdentity) -> set[str]:
        """Which of these texts already have an extraction under ``identity`` (for any of their copies)."""
        wanted = list(dict.fromkeys(text_hashes))
        found: set[str] = set()
        query = sa.text(
            "SELECT a.text_hash FROM articles a JOIN extractions e ON e.article_pk = a.pk "
            "WHERE a.text_hash IN :hashes AND e.identity_key = :key"
        ).bindparams(sa.bindparam("hashes", expanding=True))
        for start in range(0, len(wanted), 500):
            rows = self._db.execute(query, {"hashes": wanted[start : start + 500], "key": identity.key})
            found.update(str(r[0]) for r in rows)
        return found

    @_damage_is_a_store_error
    def has_copy(self, article: Article, identity: EngineIdentity) -> bool:
        """Whether the report this copy is (``_find_copy``) is stored with an extraction under ``identity``."""
        found = self._find_copy(article)
        if found is None:
            return False
        row = self._exec(
            "SELECT 1 FROM extractions WHERE article_pk = :pk AND identity_key = :key",
            {"pk": found[0], "key": identity.key},
        ).first()
        return row is not None

    @_damage_is_a_store_error
    def shared_extraction(self, text_hash: str, identity: EngineIdentity) -> ArticleExtraction | None:
        """The extraction of this text under ``identity`` made for any of its stored copies (the earliest
        published copy's, undated ones last), for another outlet's copy to share; None when there is none."""
        row = self._exec(
            "SELECT e.payload FROM articles a JOIN extractions e ON e.article_pk = a.pk "
            "WHERE a.text_hash = :hash AND e.identity_key = :key "
            "ORDER BY a.published IS NULL, a.published, e.id DESC LIMIT 1",
            {"hash": text_hash, "key": identity.key},
        ).first()
        return ArticleExtraction.model_validate_json(row[0]) if row is not None else None

    @_damage_is_a_store_error
    def published_between(self, since: date, until: date) -> list[StoredArticle]:
        """Articles published from ``since`` to ``until`` inclusive, each with its latest extraction."""
        pks = [
            int(row[0])
            for row in self._exec(
                "SELECT pk FROM articles WHERE published BETWEEN :since AND :until AND latest_extraction IS NOT NULL "
                "ORDER BY published, article_id",
                {"since": since.isoformat(), "until": until.isoformat()},
            )
        ]
        return self._read_articles(pks)

    @_damage_is_a_store_error
    def by_pk(self, article_pks: Iterable[int]) -> list[StoredArticle]:
        """Articles by store key, each with its latest extraction."""
        pks = sorted(set(article_pks))
        found = {stored.ref.article_id: stored for stored in self._read_articles(pks)}
        return [found[article_id] for article_id in sorted(found)]

    def _read_articles(self, pks: list[int]) -> list[StoredArticle]:
        """The articles with these keys, in this order, read in chunks (one round trip each on PostgreSQL); a row
        that cannot be read is skipped and named (a chunk that fails is read again row by row to find it)."""
        out: list[StoredArticle] = []
        query = sa.text(
            f"SELECT {_REF_COLUMNS}, e.id, e.payload, a.pk FROM articles a "
            "JOIN extractions e ON e.id = a.latest_extraction WHERE a.pk IN :pks"
        ).bindparams(sa.bindparam("pks", expanding=True))
        for start in range(0, len(pks), _READ_CHUNK):
            chunk = pks[start : start + _READ_CHUNK]
            try:
                rows = {int(row[-1]): tuple(row) for row in self._db.execute(query, {"pks": chunk})}
            except (DBAPIError, sqlite3.DatabaseError):
                out += self._read_one_by_one(chunk)
                continue
            for pk in chunk:
                if pk in rows:
                    try:
                        out.append(_stored(rows[pk]))
                    except ValueError as exc:
                        self._skip_damaged(pk, exc)
        return out

    def _read_one_by_one(self, pks: list[int]) -> list[StoredArticle]:
        out: list[StoredArticle] = []
        for pk in pks:
            try:
                row = self._exec(
                    f"SELECT {_REF_COLUMNS}, e.id, e.payload, a.pk FROM articles a "
                    "JOIN extractions e ON e.id = a.latest_extraction WHERE a.pk = :pk",
                    {"pk": pk},
                ).first()
                if row is not None:
                    out.append(_stored(tuple(row)))
            except (DBAPIError, sqlite3.DatabaseError, ValueError) as exc:
                self._skip_damaged(pk, exc)
        return out

    def _skip_damaged(self, pk: int, exc: BaseException) -> None:
        name = self._name_of(pk)
        self.damaged.append(name)
        log.warning("%s: skipped damaged article %s (%s)", self.location, name, _reason(exc)[:120])

    def _name_of(self, pk: int) -> str:
        """An article's id for messages, or its store key when even that cannot be read."""
        try:
            row = self._exec("SELECT article_id FROM articles WHERE pk = :pk", {"pk": pk}).first()
        except (DBAPIError, sqlite3.DatabaseError):
            row = None
        return f"{row[0]!r}" if row else f"#{pk}"

    @_damage_is_a_store_error
    def undated_strike_groups(self) -> list[tuple[StrikeKey, list[int]]]:
        """The strikes of undated articles' latest extractions, grouped by what event matching reads
        (attackers, place, region, date): one key per group, with the store keys of its articles."""
        members = "group_concat(a.pk)" if self.dialect == "sqlite" else "string_agg(CAST(a.pk AS TEXT), ',')"
        rows = self._exec(
            f"SELECT s.attackers, s.place, s.region, s.strike_date, s.date_precision, {members} "
            "FROM articles a JOIN strike_index s ON s.extraction_id = a.latest_extraction "
            "WHERE a.published IS NULL GROUP BY s.attackers, s.place, s.region, s.strike_date, s.date_precision "
            "ORDER BY s.attackers, s.place NULLS FIRST, s.region NULLS FIRST, s.strike_date NULLS FIRST, "
            "s.date_precision"
        )
        groups = []
        for attackers, place, region, when, precision, pks in rows:
            group = sorted(int(pk) for pk in str(pks).split(","))
            key = StrikeKey(
                group[0],
                "",
                0,
                tuple(json.loads(attackers)),
                place,
                region,
                date.fromisoformat(when) if when else None,
                precision,
            )
            groups.append((key, group))
        return groups

    @_damage_is_a_store_error
    def attackers_at(self, place: str) -> set[str]:
        """Every attackers list (as stored JSON) of any stored strike at ``place`` (as written)."""
        rows = self._exec("SELECT DISTINCT attackers FROM strike_index WHERE place = :place", {"place": place})
        return {str(row[0]) for row in rows}

    @_damage_is_a_store_error
    def dated_elsewhere(self, place: str, attackers: str, start: date, end: date) -> bool:
        """Whether an article published outside ``start``..``end`` reports a strike by exactly these
        attackers (stored JSON) at ``place``, in its latest extraction."""
        row = self._exec(
            "SELECT 1 FROM strike_index s JOIN extractions e ON e.id = s.extraction_id "
            "JOIN articles a ON a.pk = e.article_pk AND a.latest_extraction = e.id "
            "WHERE s.place = :place AND s.attackers = :attackers AND a.published IS NOT NULL "
            "AND (a.published < :start OR a.published > :end) LIMIT 1",
            {"place": place, "attackers": attackers, "start": start.isoformat(), "end": end.isoformat()},
        ).first()
        return row is not None

    @_damage_is_a_store_error
    def undated_first_seen_between(self, since: date, until: date) -> list[tuple[int, list[tuple[str, str]]]]:
        """Undated articles first ingested from ``since`` to ``until`` (UTC days), each with the (place, attackers
        JSON) of its latest extraction's placed strikes: what deciding where an undated article is briefed reads."""
        rows = self._exec(
            "SELECT a.pk, s.place, s.attackers FROM articles a LEFT JOIN strike_index s "
            "ON s.extraction_id = a.latest_extraction WHERE a.published IS NULL AND a.latest_extraction IS NOT NULL "
            "AND substr(a.ingested_at, 1, 10) BETWEEN :since AND :until ORDER BY a.pk, s.ordinal",
            {"since": since.isoformat(), "until": until.isoformat()},
        )
        found: dict[int, list[tuple[str, str]]] = {}
        for pk, place, attackers in rows:
            strikes = found.setdefault(int(pk), [])
            if place and attackers:
                strikes.append((place, attackers))
        return list(found.items())

    @_damage_is_a_store_error
    def dated_days_with(self, place: str, attackers: str) -> set[date]:
        """Publication days of dated articles whose latest extraction has a strike by exactly these attackers
        (stored JSON) at ``place``."""
        rows = self._exec(
            "SELECT DISTINCT a.published FROM strike_index s JOIN extractions e ON e.id = s.extraction_id "
            "JOIN articles a ON a.pk = e.article_pk AND a.latest_extraction = e.id "
            "WHERE s.place = :place AND s.attackers = :attackers AND a.published IS NOT NULL",
            {"place": place, "attackers": attackers},
        )
        return {date.fromisoformat(row[0]) for row in rows}

    @_damage_is_a_store_error
    def texts_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The stored texts of these articles, by id."""
        ids = sorted(set(article_ids))
        out: dict[str, str] = {}
        query = sa.text("SELECT article_id, text FROM articles WHERE article_id IN :ids").bindparams(
            sa.bindparam("ids", expanding=True)
        )
        for start in range(0, len(ids), 500):
            out.update((str(a), str(t)) for a, t in self._db.execute(query, {"ids": ids[start : start + 500]}))
        return out

    @_damage_is_a_store_error
    def count_undated(self) -> int:
        return int(
            self._exec(
                "SELECT count(*) FROM articles WHERE published IS NULL AND latest_extraction IS NOT NULL"
            ).scalar_one()
        )

    @_damage_is_a_store_error
    def counts(self) -> dict[str, int]:
        """How many articles and extractions the store holds."""
        articles = int(self._exec("SELECT count(*) FROM articles").scalar_one())
        extractions = int(self._exec("SELECT count(*) FROM extractions").scalar_one())
        return {"articles": articles, "extractions": extractions}

    @_damage_is_a_store_error
    def extractions_of(self, article_id: str) -> list[tuple[EngineIdentity, ArticleExtraction]]:
        """Every extraction stored for one article, oldest first."""
        rows = self._exec(
            "SELECT e.identity, e.payload FROM extractions e "
            "JOIN articles a ON a.pk = e.article_pk WHERE a.article_id = :id ORDER BY e.id",
            {"id": article_id},
        )
        return [
            (EngineIdentity.model_validate_json(identity), ArticleExtraction.model_validate_json(payload))
            for identity, payload in rows
        ]

    def article(self, article_id: str) -> Article | None:
        """One stored article with its text, by the id the store gave it."""
        row = self._exec(
            "SELECT article_id, title, outlet, url, published, text FROM articles WHERE article_id = :id",
            {"id": article_id},
        ).first()
        if row is None:
            return None
        stored_id, title, outlet, url, published, text = row
        return Article(
            id=stored_id,
            title=title,
            outlet=outlet,
            url=url,
            published=date.fromisoformat(published) if published else None,
            text=text,
        )

    def integrity_ok(self) -> bool:
        """SQLite's full ``PRAGMA integrity_check`` passes (PostgreSQL: every table's rows can be counted)."""
        if self.dialect != "sqlite":
            return all(self._exec(f"SELECT count(*) FROM {t}").scalar_one() >= 0 for t in _TABLES)
        return self._exec("PRAGMA integrity_check").scalar() == "ok"

    def user_version(self) -> int:
        """A SQLite file's ``PRAGMA user_version`` (its store format); PostgreSQL stores have no such number: 0."""
        return int(self._exec("PRAGMA user_version").scalar() or 0) if self.dialect == "sqlite" else 0


class _Transaction:
    """One write transaction: SQLite's ``BEGIN IMMEDIATE`` (takes the write lock up front), or on PostgreSQL
    ``BEGIN`` and an advisory lock held to the end; ``COMMIT``, or ``ROLLBACK`` on error."""

    def __init__(self, store: Store, lock: int) -> None:
        self.store = store
        self.lock = lock

    def __enter__(self) -> None:
        db = self.store._db
        if self.store.dialect == "sqlite":
            db.exec_driver_sql("BEGIN IMMEDIATE")
            return
        db.exec_driver_sql("BEGIN")
        try:
            db.execute(sa.text("SELECT pg_advisory_xact_lock(:lock)"), {"lock": self.lock})
        except BaseException:
            db.exec_driver_sql("ROLLBACK")
            raise

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.store._db.exec_driver_sql("COMMIT")
        else:
            self.store._db.exec_driver_sql("ROLLBACK")


_TABLES = ("articles", "extractions", "strike_index")
_READ_CHUNK = 200
"""Articles read per query by the briefing (bounded: SQLite's limit on parameters, and memory per round trip)."""
_REF_COLUMNS = "a.article_id, a.title, a.outlet, a.url, a.published, a.field_sources, a.ingested_at"


def _metadata_sources(article: Article) -> dict[str, str]:
    """Where the article's metadata fields came from (its ``field_sources``, title/outlet/url/published only)."""
    return {k: v for k, v in article.field_sources.items() if k in ("title", "outlet", "url", "published")}


def _stored(row: tuple[Any, ...]) -> StoredArticle:
    article_id, title, outlet, url, published, sources_json, ingested_at, extraction_id, payload, pk = row
    sources = json.loads(sources_json) if sources_json else {}
    ref = ArticleRef(
        article_id=article_id,
        title=title,
        outlet=outlet,
        url=url,
        published=date.fromisoformat(published) if published else None,
        published_source=sources.get("published") if published else None,
        first_seen=date.fromisoformat(ingested_at[:10]),
    )
    return StoredArticle(
        ref=ref,
        extraction=ArticleExtraction.model_validate_json(payload),
        extraction_id=int(extraction_id),
        article_pk=int(pk),
    )


__all__ = [
    "AddOutcome",
    "BASELINE_REVISION",
    "MIGRATIONS",
    "STORE_FORMAT",
    "Store",
    "StoreError",
    "StoredArticle",
    "StrikeKey",
    "copy_key",
    "data_folder",
    "default_db",
    "default_db_path",
    "display_url",
    "is_url",
    "same_report",
    "sqlite_file",
    "strike_index_rows",
]
