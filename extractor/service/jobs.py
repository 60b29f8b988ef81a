"""Ingest jobs: persisted in their own SQLite file, run by one background thread, resumed on restart.

A job is its articles (kept in the job file, so a restarted service can finish it) and one state
per article: ``pending``, ``done`` or ``failed``. The runner takes the oldest job's pending
articles a chunk at a time and hands them to ``ingest``, which skips what the store already holds;
a service killed mid-chunk redoes at most that chunk, and the store keeps one record per text.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from extractor.config import Settings
from extractor.schemas import Article

log = logging.getLogger("extractor.service")
JobStatus = Literal["queued", "running", "finished"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    started INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS job_items (
    job_id TEXT NOT NULL REFERENCES jobs (id),
    ordinal INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    article TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    error TEXT,
    PRIMARY KEY (job_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS job_items_by_state ON job_items (state, job_id);
"""


class JobFailure(BaseModel):
    """One article of a job that failed, and why (one line)."""

    article_id: str
    error: str


class Job(BaseModel):
    """An ingest job's progress."""

    id: str
    status: JobStatus = Field(description="queued (nothing done yet), running, or finished (nothing pending).")
    created_at: datetime
    updated_at: datetime
    total: int = Field(ge=0, description="Articles in the job.")
    done: int = Field(ge=0, description="Articles stored, or skipped as already stored.")
    failed: int = Field(ge=0)
    pending: int = Field(ge=0)
    failures: list[JobFailure] = Field(default_factory=list)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


class JobStore:
    """The job file. Each call opens its own connection, so any thread may use it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._created = False

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        if not self._created:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=60.0, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout = 60000")
            if not self._created:
                db.execute("PRAGMA journal_mode = WAL")
                db.executescript(_SCHEMA)
                self._created = True
            yield db
        finally:
            db.close()

    def create(self, articles: list[Article]) -> Job:
        """Persist a new job of ``articles`` (all pending) and return it."""
        job_id = uuid.uuid4().hex
        now = _now()
        with self._db() as db:
            db.execute("BEGIN IMMEDIATE")
            seq = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM jobs").fetchone()[0]
            db.execute(
                "INSERT INTO jobs (id, seq, created_at, updated_at) VALUES (?, ?, ?, ?)", (job_id, seq, now, now)
            )
            db.executemany(
                "INSERT INTO job_items (job_id, ordinal, article_id, article) VALUES (?, ?, ?, ?)",
                [(job_id, i, a.id, a.model_dump_json()) for i, a in enumerate(articles)],
            )
            db.execute("COMMIT")
        job = self.get(job_id)
        assert job is not None
        return job

    def get(self, job_id: str) -> Job | None:
        with self._db() as db:
            row = db.execute("SELECT created_at, updated_at, started FROM jobs WHERE id = ?", (job_id,)).fetchone()
            if row is None:
                return None
            counts = dict(
                db.execute("SELECT state, count(*) FROM job_items WHERE job_id = ? GROUP BY state", (job_id,))
            )
            failures = [
                JobFailure(article_id=a, error=e)
                for a, e in db.execute(
                    "SELECT article_id, error FROM job_items WHERE job_id = ? AND state = 'failed' ORDER BY ordinal",
                    (job_id,),
                )
            ]
        pending, done, failed = counts.get("pending", 0), counts.get("done", 0), counts.get("failed", 0)
        status: JobStatus = "finished" if not pending else "running" if row[2] or done or failed else "queued"
        return Job(
            id=job_id,
            status=status,
            created_at=datetime.fromisoformat(row[0]),
            updated_at=datetime.fromisoformat(row[1]),
            total=pending + done + failed,
            done=done,
            failed=failed,
            pending=pending,
            failures=failures,
        )

    def next_chunk(self, size: int) -> tuple[str, list[tuple[int, Article]]] | None:
        """The oldest unfinished job's next ``size`` pending articles, marking the job started."""
        with self._db() as db:
            row = db.execute(
                "SELECT j.id FROM jobs j WHERE EXISTS (SELECT 1 FROM job_items i WHERE i.job_id = j.id "
                "AND i.state = 'pending') ORDER BY j.seq LIMIT 1"
            ).fetchone()
            if row is None:
                return None
            job_id = row[0]
            db.execute("UPDATE jobs SET started = 1, updated_at = ? WHERE id = ?", (_now(), job_id))
            items = db.execute(
                "SELECT ordinal, article FROM job_items WHERE job_id = ? AND state = 'pending' "
                "ORDER BY ordinal LIMIT ?",
                (job_id, size),
            ).fetchall()
        return job_id, [(ordinal, Article.model_validate_json(text)) for ordinal, text in items]

    def finish(self, job_id: str, outcomes: dict[int, str | None]) -> None:
        """Record each article's outcome: ``None`` for done, else the failure line."""
        with self._db() as db:
            db.execute("BEGIN IMMEDIATE")
            db.executemany(
                "UPDATE job_items SET state = ?, error = ? WHERE job_id = ? AND ordinal = ?",
                [("done" if err is None else "failed", err, job_id, ordinal) for ordinal, err in outcomes.items()],
            )
            db.execute("UPDATE jobs SET updated_at = ? WHERE id = ?", (_now(), job_id))
            db.execute("COMMIT")

    def counts(self) -> dict[str, int]:
        """Articles per state across all jobs."""
        with self._db() as db:
            return dict(db.execute("SELECT state, count(*) FROM job_items GROUP BY state").fetchall())


Ingester = Callable[[list[Article]], dict[str, str]]
"""Extracts and stores articles; returns ``article id -> failure line`` for those that failed."""


class JobRunner:
    """One thread working through pending job articles, a chunk at a time, until stopped."""

    def __init__(
        self, jobs: JobStore, ingester: Ingester, *, chunk: int, on_outcome: Callable[[bool], None] | None = None
    ) -> None:
        self.jobs = jobs
        self.ingester = ingester
        self.chunk = chunk
        self.on_outcome = on_outcome
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="extractor-jobs", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        """Finish the chunk in hand, then stop; what is pending stays for the next start."""
        self._stop.set()
        self._wake.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                work = self.jobs.next_chunk(self.chunk)
            except sqlite3.Error as exc:
                log.error("job file unreadable: %s", exc)
                work = None
            if work is None:
                self._wake.wait(1.0)
                self._wake.clear()
                continue
            self.run_chunk(*work)

    def run_chunk(self, job_id: str, items: list[tuple[int, Article]]) -> None:
        """Ingest one chunk and record each article's outcome (all failed if the ingest itself fails)."""
        try:
            failures = self.ingester([article for _, article in items])
        except Exception as exc:
            log.error("job %s: a chunk of %d article(s) failed: %s", job_id, len(items), type(exc).__name__)
            line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            failures = {article.id: line for _, article in items}
        self.jobs.finish(job_id, {ordinal: failures.get(article.id) for ordinal, article in items})
        if self.on_outcome:
            for _, article in items:
                self.on_outcome(article.id not in failures)


def settings_for_jobs(settings: Settings) -> Settings:
    """Jobs never ``--refresh``: a resumed job must skip what it already stored."""
    return settings.with_overrides(refresh=False) if settings.refresh else settings
