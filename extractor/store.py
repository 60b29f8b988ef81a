"""The extraction store: one SQLite file of articles and every extraction made of them.

An article is one outlet's copy of a text: it is keyed on the SHA-256 of its text, its outlet and its
publication date (``copy_key``), so ingesting the same copy twice keeps one record while the same wire
story from Reuters, AP and the BBC is three reports (``_find_copy`` says which later copies are the
same report with better metadata). Each article may hold several extractions, one per engine
identity (engine, model, prompt, schema, data and code hashes, parameters: ``EngineIdentity``); the
briefing reads the latest one stored. Copies of one text share their extraction (``shared_extraction``).
Older store files are upgraded in place by the named migrations in ``MIGRATIONS``.
The file is opened in WAL mode with a busy timeout and every write is its own ``BEGIN IMMEDIATE``
transaction, so several processes can ingest into one file at once, and a process killed
mid-batch keeps every article it had finished.

The file is ``--db`` when given, else ``EXTRACTOR_DB``, else ``extractor.db`` in the user's data
folder (``$XDG_DATA_HOME/extractor``, by default ``~/.local/share/extractor``), so ``ingest`` and
``brief`` find the same store from any working directory.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

from extractor.errors import ExtractorError
from extractor.pagemeta import ORIGIN_RANK
from extractor.schemas import Article, ArticleExtraction, ArticleRef, EngineIdentity

log = logging.getLogger(__name__)
STORE_FORMAT = 3
"""1: extractions keyed on engine, model, prompt hash and schema version. 2: keyed on the engine identity.
3: articles keyed on text, outlet and publication date (``copy_key``) instead of text alone."""
DEFAULT_BUSY_TIMEOUT_S = 60.0
R = TypeVar("R")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    pk INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    text_hash TEXT NOT NULL,
    copy_key TEXT NOT NULL UNIQUE,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    latest_extraction INTEGER,
    field_sources TEXT
);
CREATE INDEX IF NOT EXISTS articles_by_published ON articles (published, latest_extraction);
CREATE INDEX IF NOT EXISTS articles_by_text ON articles (text_hash);
CREATE TABLE IF NOT EXISTS extractions (
    id INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles (pk),
    identity_key TEXT NOT NULL,
    identity TEXT NOT NULL,
    engine TEXT NOT NULL,
    schema_version TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    payload TEXT NOT NULL,
    UNIQUE (article_pk, identity_key)
);
CREATE TABLE IF NOT EXISTS strike_index (
    extraction_id INTEGER NOT NULL REFERENCES extractions (id),
    ordinal INTEGER NOT NULL,
    attackers TEXT NOT NULL,
    place TEXT,
    region TEXT,
    strike_date TEXT,
    date_precision TEXT NOT NULL,
    PRIMARY KEY (extraction_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS strike_index_by_place ON strike_index (place, attackers);
"""


class StoreError(ExtractorError):
    """The store file cannot be opened or used (not a SQLite file, newer format, locked too long, damaged)."""


def _damage_is_a_store_error(method: Any) -> Any:
    """A read that hits a damaged page raises StoreError naming the file, never a bare sqlite3 error."""

    @functools.wraps(method)
    def read(self: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: the store is damaged ({exc}); `extractor store check` lists what is readable"
            ) from None

    return read


def default_db_path() -> Path:
    """``EXTRACTOR_DB``, else ``extractor.db`` in the user's data folder."""
    if os.environ.get("EXTRACTOR_DB"):
        return Path(os.environ["EXTRACTOR_DB"])
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "extractor" / "extractor.db"


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


class Store:
    """One SQLite store file. Open it, add extractions, read a period's articles; close it."""

    def __init__(self, path: str | Path | None = None, *, busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.busy_timeout_s = busy_timeout_s
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.damaged: list[str] = []  # rows skipped on read because they could not be read, named
        try:
            self._db = sqlite3.connect(self.path, timeout=busy_timeout_s, isolation_level=None)
            self._retry_locked(self._initialise)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from None
        self.problems = self.check()
        if self.problems:
            log.warning(
                "%s: the store is damaged (PRAGMA quick_check: %s); damaged rows are skipped and named",
                self.path,
                "; ".join(self.problems[:3]),
            )

    def check(self) -> list[str]:
        """``PRAGMA quick_check``: the problems it finds (at most 20), empty when the file is sound."""
        try:
            rows = self._db.execute("PRAGMA quick_check(20)").fetchall()
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        return [str(r[0]) for r in rows if r[0] != "ok"]

    def _initialise(self) -> None:
        db = self._db
        db.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_s * 1000)}")
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(f"{self.path}: could not switch the store to WAL mode (got {mode})")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version > STORE_FORMAT:
            raise StoreError(f"{self.path}: store format {version} is newer than this version reads ({STORE_FORMAT})")
        if version == 0:
            with self._write():
                if db.execute("PRAGMA user_version").fetchone()[0] == 0:  # another process may have won
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            db.execute(statement)
                    db.execute(f"PRAGMA user_version = {STORE_FORMAT}")
            return
        for target in range(version + 1, STORE_FORMAT + 1):
            self._migrate(target)

    def _migrate(self, target: int) -> None:
        """Run the named migration to format ``target`` in one transaction (skipped if another process did)."""
        migration = MIGRATIONS[target]
        db = self._db
        db.execute("PRAGMA foreign_keys = OFF")  # tables are rebuilt; references are checked before commit
        try:
            with self._write():
                if db.execute("PRAGMA user_version").fetchone()[0] != target - 1:
                    return
                migration(db)
                broken = db.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(f"{self.path}: migration {migration.__name__} broke {len(broken)} reference(s)")
                db.execute(f"PRAGMA user_version = {target}")
        finally:
            db.execute("PRAGMA foreign_keys = ON")

    def _retry_locked(self, action: Callable[[], R]) -> R:
        """Run ``action``, retrying while another process holds a lock the busy handler does not wait on."""
        deadline = time.monotonic() + self.busy_timeout_s
        while True:
            try:
                return action()
            except sqlite3.OperationalError as exc:
                transient = "locked" in str(exc) or "busy" in str(exc)
                if not transient or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _write(self) -> _Transaction:
        return _Transaction(self._db)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    # --- writing -------------------------------------------------------------------------------

    def add(
        self,
        article: Article,
        extraction: ArticleExtraction,
        identity: EngineIdentity | None = None,
        *,
        replace: bool = False,
    ) -> AddOutcome:
        """Store one article (once per text) and its extraction (once per engine identity), atomically.

        The identity is the extraction's own (``metadata.identity``) unless given. The new extraction
        becomes the article's latest. An extraction already stored under the same identity is kept as
        it is, unless ``replace`` (``--refresh``) overwrites it.
        """
        identity = identity or extraction.metadata.identity
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            return self._retry_locked(lambda: self._add(article, extraction, identity, replace, now))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: could not store article {article.id}: {exc}") from None

    def _add(
        self, article: Article, extraction: ArticleExtraction, identity: EngineIdentity, replace: bool, now: str
    ) -> AddOutcome:
        db = self._db
        with self._write():
            article_pk, article_id = self._upsert_article(article, now)
            # the article text is stored once, in the articles table; the payload holds the extraction only
            payload = extraction.model_copy(update={"article_id": article_id, "article": None}).model_dump_json()
            row = db.execute(
                "SELECT id FROM extractions WHERE article_pk = ? AND identity_key = ?", (article_pk, identity.key)
            ).fetchone()
            if row is not None and not replace:
                return AddOutcome(article_id, added=False)
            if row is not None:
                extraction_id = row[0]
                db.execute(
                    "UPDATE extractions SET payload = ?, stored_at = ? WHERE id = ?", (payload, now, extraction_id)
                )
                db.execute("DELETE FROM strike_index WHERE extraction_id = ?", (extraction_id,))
            else:
                extraction_id = db.execute(
                    "INSERT INTO extractions (article_pk, identity_key, identity, engine, schema_version, stored_at, "
                    "payload) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        article_pk,
                        identity.key,
                        identity.model_dump_json(),
                        identity.engine,
                        extraction.metadata.schema_version,
                        now,
                        payload,
                    ),
                ).lastrowid
            db.executemany(
                "INSERT INTO strike_index (extraction_id, ordinal, attackers, place, region, strike_date, "
                "date_precision) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        extraction_id,
                        i,
                        json.dumps(s.attackers, ensure_ascii=False),
                        s.location.place,
                        s.location.region,
                        s.strike_date.isoformat() if s.strike_date else None,
                        s.date_precision,
                    )
                    for i, s in enumerate(extraction.strikes)
                ],
            )
            db.execute("UPDATE articles SET latest_extraction = ? WHERE pk = ?", (extraction_id, article_pk))
        return AddOutcome(article_id, added=True)

    def _upsert_article(self, article: Article, now: str) -> tuple[int, str]:
        """The article's row: the stored report this copy is (``_find_copy``, its metadata updated from the copy),
        else a new row, under the article's id or, when another row has it, the id with a suffix."""
        db = self._db
        found = self._find_copy(article)
        if found is not None:
            self._update_metadata(found[0], article)
            return found
        text_hash = article.text_hash
        article_id, renamed = article.id, 0
        while db.execute("SELECT 1 FROM articles WHERE article_id = ?", (article_id,)).fetchone():
            renamed += 1
            article_id = f"{article.id}~{text_hash[:8]}" + (f"-{renamed}" if renamed > 1 else "")
        pk = db.execute(
            "INSERT INTO articles (article_id, text_hash, copy_key, title, outlet, url, published, text, ingested_at, "
            "field_sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                text_hash,
                copy_key(text_hash, article.outlet, _iso(article.published)),
                article.title,
                article.outlet,
                article.url,
                _iso(article.published),
                article.text,
                now,
                json.dumps(_metadata_sources(article)),
            ),
        ).lastrowid
        assert pk is not None  # an INSERT always sets lastrowid
        return pk, article_id

    def _find_copy(self, article: Article) -> tuple[int, str] | None:
        """The stored report (store key, id) this copy is: the row with its exact key, else the oldest row of
        the same text whose outlet and date it does not contradict (``same_report``); None for a new report."""
        key = copy_key(article.text_hash, article.outlet, _iso(article.published))
        rows = self._db.execute(
            "SELECT pk, article_id, copy_key, outlet, published, field_sources FROM articles WHERE text_hash = ? "
            "ORDER BY pk",
            (article.text_hash,),
        ).fetchall()
        for pk, article_id, stored_key, *_ in rows:
            if stored_key == key:
                return pk, article_id
        for pk, article_id, _, outlet, published, sources_json in rows:
            sources = json.loads(sources_json) if sources_json else {}
            if same_report(outlet, published, sources, article):
                return pk, article_id
        return None

    def _update_metadata(self, pk: int, article: Article) -> list[str]:
        """Fields of a stored article that a later copy gives from an origin at least as trusted; returns the
        names of the fields whose value changed. A header added to a re-saved page replaces a date read from
        its URL; a date read from the page never replaces one a header gave. A change that would make the
        article another stored report's copy is not made."""
        db = self._db
        text_hash, title, outlet, url, published, sources_json = db.execute(
            "SELECT text_hash, title, outlet, url, published, field_sources FROM articles WHERE pk = ?", (pk,)
        ).fetchone()
        stored = {"title": title, "outlet": outlet, "url": url, "published": published}
        sources: dict[str, str] = json.loads(sources_json) if sources_json else {}
        incoming = {
            "title": article.title,
            "outlet": article.outlet,
            "url": article.url,
            "published": _iso(article.published),
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
        if db.execute("SELECT 1 FROM articles WHERE copy_key = ? AND pk != ?", (key, pk)).fetchone():
            return []
        db.execute(
            "UPDATE articles SET title = ?, outlet = ?, url = ?, published = ?, field_sources = ?, copy_key = ? "
            "WHERE pk = ?",
            (stored["title"], stored["outlet"], stored["url"], stored["published"], json.dumps(sources), key, pk),
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
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: could not update article {article.id}: {exc}") from None

    # --- reading -------------------------------------------------------------------------------

    @_damage_is_a_store_error
    def stored_text_hashes(self, text_hashes: Iterable[str], identity: EngineIdentity) -> set[str]:
        """Which of these texts already have an extraction under ``identity``."""
        wanted = list(dict.fromkeys(text_hashes))
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT a.text_hash FROM articles a JOIN extractions e ON e.article_pk = a.pk "
                f"WHERE a.text_hash IN ({marks}) AND e.identity_key = ?",
                (*chunk, identity.key),
            )
            found.update(r[0] for r in rows)
        return found

    @_damage_is_a_store_error
    def has_copy(self, article: Article, identity: EngineIdentity) -> bool:
        """Whether the report this copy is (``_find_copy``) is stored with an extraction under ``identity``."""
        found = self._find_copy(article)
        if found is None:
            return False
        row = self._db.execute(
            "SELECT 1 FROM extractions WHERE article_pk = ? AND identity_key = ?", (found[0], identity.key)
        ).fetchone()
        return row is not None

    @_damage_is_a_store_error
    def shared_extraction(self, text_hash: str, identity: EngineIdentity) -> ArticleExtraction | None:
        """The extraction of this text under ``identity`` made for any of its stored copies (the earliest
        published copy's, undated ones last), for another outlet's copy to share; None when there is none."""
        row = self._db.execute(
            "SELECT e.payload FROM articles a JOIN extractions e ON e.article_pk = a.pk "
            "WHERE a.text_hash = ? AND e.identity_key = ? "
            "ORDER BY a.published IS NULL, a.published, e.id DESC LIMIT 1",
            (text_hash, identity.key),
        ).fetchone()
        return ArticleExtraction.model_validate_json(row[0]) if row is not None else None

    @_damage_is_a_store_error
    def published_between(self, since: date, until: date) -> list[StoredArticle]:
        """Articles published from ``since`` to ``until`` inclusive, each with its latest extraction."""
        pks = [
            row[0]
            for row in self._db.execute(
                "SELECT pk FROM articles WHERE published BETWEEN ? AND ? AND latest_extraction IS NOT NULL "
                "ORDER BY published, article_id",
                (since.isoformat(), until.isoformat()),
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
        """The articles with these keys, in this order; a row that cannot be read is skipped and named."""
        out: list[StoredArticle] = []
        for pk in pks:
            try:
                row = self._db.execute(
                    f"SELECT {_REF_COLUMNS}, e.id, e.payload, a.pk FROM articles a "
                    "JOIN extractions e ON e.id = a.latest_extraction WHERE a.pk = ?",
                    (pk,),
                ).fetchone()
                if row is not None:
                    out.append(_stored(row))
            except (sqlite3.DatabaseError, ValueError) as exc:
                name = self._name_of(pk)
                self.damaged.append(name)
                log.warning("%s: skipped damaged article %s (%s)", self.path, name, str(exc).splitlines()[0][:120])
        return out

    def _name_of(self, pk: int) -> str:
        """An article's id for messages, or its store key when even that cannot be read."""
        try:
            row = self._db.execute("SELECT article_id FROM articles WHERE pk = ?", (pk,)).fetchone()
        except sqlite3.DatabaseError:
            row = None
        return f"{row[0]!r}" if row else f"#{pk}"

    @_damage_is_a_store_error
    def undated_strike_groups(self) -> list[tuple[StrikeKey, list[int]]]:
        """The strikes of undated articles' latest extractions, grouped by what event matching reads
        (attackers, place, region, date): one key per group, with the store keys of its articles."""
        rows = self._db.execute(
            "SELECT s.attackers, s.place, s.region, s.strike_date, s.date_precision, group_concat(a.pk) "
            "FROM articles a JOIN strike_index s ON s.extraction_id = a.latest_extraction "
            "WHERE a.published IS NULL GROUP BY s.attackers, s.place, s.region, s.strike_date, s.date_precision"
        )
        groups = []
        for attackers, place, region, when, precision, pks in rows:
            members = sorted(int(pk) for pk in pks.split(","))
            key = StrikeKey(
                members[0],
                "",
                0,
                tuple(json.loads(attackers)),
                place,
                region,
                date.fromisoformat(when) if when else None,
                precision,
            )
            groups.append((key, members))
        return groups

    @_damage_is_a_store_error
    def attackers_at(self, place: str) -> set[str]:
        """Every attackers list (as stored JSON) of any stored strike at ``place`` (as written)."""
        rows = self._db.execute("SELECT DISTINCT attackers FROM strike_index WHERE place = ?", (place,))
        return {row[0] for row in rows}

    @_damage_is_a_store_error
    def dated_elsewhere(self, place: str, attackers: str, start: date, end: date) -> bool:
        """Whether an article published outside ``start``..``end`` reports a strike by exactly these
        attackers (stored JSON) at ``place``, in its latest extraction."""
        row = self._db.execute(
            "SELECT 1 FROM strike_index s JOIN extractions e ON e.id = s.extraction_id "
            "JOIN articles a ON a.pk = e.article_pk AND a.latest_extraction = e.id "
            "WHERE s.place = ? AND s.attackers = ? AND a.published IS NOT NULL "
            "AND (a.published < ? OR a.published > ?) LIMIT 1",
            (place, attackers, start.isoformat(), end.isoformat()),
        ).fetchone()
        return row is not None

    @_damage_is_a_store_error
    def undated_first_seen_between(self, since: date, until: date) -> list[tuple[int, list[tuple[str, str]]]]:
        """Undated articles first ingested from ``since`` to ``until`` (UTC days), each with the (place, attackers
        JSON) of its latest extraction's placed strikes: what deciding where an undated article is briefed reads."""
        rows = self._db.execute(
            "SELECT a.pk, s.place, s.attackers FROM articles a LEFT JOIN strike_index s "
            "ON s.extraction_id = a.latest_extraction WHERE a.published IS NULL AND a.latest_extraction IS NOT NULL "
            "AND substr(a.ingested_at, 1, 10) BETWEEN ? AND ? ORDER BY a.pk",
            (since.isoformat(), until.isoformat()),
        )
        found: dict[int, list[tuple[str, str]]] = {}
        for pk, place, attackers in rows:
            strikes = found.setdefault(pk, [])
            if place and attackers:
                strikes.append((place, attackers))
        return list(found.items())

    @_damage_is_a_store_error
    def dated_days_with(self, place: str, attackers: str) -> set[date]:
        """Publication days of dated articles whose latest extraction has a strike by exactly these attackers
        (stored JSON) at ``place``."""
        rows = self._db.execute(
            "SELECT DISTINCT a.published FROM strike_index s JOIN extractions e ON e.id = s.extraction_id "
            "JOIN articles a ON a.pk = e.article_pk AND a.latest_extraction = e.id "
            "WHERE s.place = ? AND s.attackers = ? AND a.published IS NOT NULL",
            (place, attackers),
        )
        return {date.fromisoformat(row[0]) for row in rows}

    @_damage_is_a_store_error
    def texts_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The stored texts of these articles, by id."""
        ids = sorted(set(article_ids))
        out: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = self._db.execute(
                f"SELECT article_id, text FROM articles WHERE article_id IN ({','.join('?' * len(chunk))})", chunk
            )
            out.update(rows)
        return out

    @_damage_is_a_store_error
    def count_undated(self) -> int:
        return self._db.execute(
            "SELECT count(*) FROM articles WHERE published IS NULL AND latest_extraction IS NOT NULL"
        ).fetchone()[0]

    @_damage_is_a_store_error
    def counts(self) -> dict[str, int]:
        """How many articles and extractions the store holds."""
        articles = self._db.execute("SELECT count(*) FROM articles").fetchone()[0]
        extractions = self._db.execute("SELECT count(*) FROM extractions").fetchone()[0]
        return {"articles": articles, "extractions": extractions}

    @_damage_is_a_store_error
    def extractions_of(self, article_id: str) -> list[tuple[EngineIdentity, ArticleExtraction]]:
        """Every extraction stored for one article, oldest first."""
        rows = self._db.execute(
            "SELECT e.identity, e.payload FROM extractions e "
            "JOIN articles a ON a.pk = e.article_pk WHERE a.article_id = ? ORDER BY e.id",
            (article_id,),
        )
        return [
            (EngineIdentity.model_validate_json(identity), ArticleExtraction.model_validate_json(payload))
            for identity, payload in rows
        ]

    def article(self, article_id: str) -> Article | None:
        """One stored article with its text, by the id the store gave it."""
        row = self._db.execute(
            "SELECT article_id, title, outlet, url, published, text FROM articles WHERE article_id = ?", (article_id,)
        ).fetchone()
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
        return self._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT`` (or ``ROLLBACK`` on error): takes the write lock up front."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")


_REF_COLUMNS = "a.article_id, a.title, a.outlet, a.url, a.published, a.field_sources, a.ingested_at"


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


_DOMAIN_SUFFIX = re.compile(r"\.(?:(?:com|org|net|int|gov|info|news)(?:\.[a-z]{2})?|co\.[a-z]{2}|[a-z]{2})$")


def _outlet_key(outlet: str | None) -> str:
    """An outlet name as compared: case, spacing, punctuation and a web domain folded, so "BBC", "bbc " and
    "bbc.co.uk", or "Free West Media" and "freewestmedia.com", are one outlet."""
    if not outlet:
        return ""
    name = outlet.strip().casefold().removeprefix("www.")
    if " " not in name:
        name = _DOMAIN_SUFFIX.sub("", name)
    return "".join(ch for ch in name if ch.isalnum())


def copy_key(text_hash: str, outlet: str | None, published: str | None) -> str:
    """An article's key in the store: its text's hash, its publication date (ISO) and its outlet, so the same
    wire story from three outlets, or on two days, is three reports."""
    return f"{text_hash}|{published or ''}|{_outlet_key(outlet)}"


def same_report(outlet: str | None, published: str | None, sources: dict[str, str], article: Article) -> bool:
    """Whether ``article`` (a copy of a stored text) is the stored report (its ``outlet`` and ``published``, and
    where each came from: ``sources``) with other metadata, rather than another outlet's or another day's report.
    For the outlet and the date each: the values agree, or one is unknown, or they come from origins of different
    trust (a header added to a re-saved page whose date or outlet was read from its URL or text). Two outlets,
    or two dates, given by equally trusted origins (two front matters, two pages' markup) are two reports."""
    pairs = (
        ("outlet", _outlet_key(outlet) or None, _outlet_key(article.outlet) or None),
        ("published", published, _iso(article.published)),
    )
    unknown = len(ORIGIN_RANK)
    for name, stored, new in pairs:
        if stored is None or new is None or stored == new:
            continue
        stored_rank = ORIGIN_RANK.get(sources.get(name, ""), unknown)
        if stored_rank == ORIGIN_RANK.get(article.field_sources.get(name, ""), unknown):
            return False
    return True


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
        extraction_id=extraction_id,
        article_pk=pk,
    )


# --- migrations -------------------------------------------------------------------------------


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


__all__ = [
    "AddOutcome",
    "MIGRATIONS",
    "Store",
    "StoreError",
    "StoredArticle",
    "StrikeKey",
    "copy_key",
    "default_db_path",
    "same_report",
]
