"""What the service listens on and how it guards itself: address, API keys, limits, CORS, store."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path

from extractor.config import Settings
from extractor.errors import ConfigError

MIN_KEY_CHARS = 16


def is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine (127.0.0.0/8, ::1, localhost)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def keys_from_env(value: str | None) -> tuple[str, ...]:
    """``EXTRACTOR_API_KEYS``: comma-separated keys; blanks ignored."""
    return tuple(k.strip() for k in (value or "").split(",") if k.strip())


@dataclass(frozen=True)
class ServiceConfig:
    """Everything ``extractor serve`` decides once at start. ``api_keys`` is never printed."""

    host: str = "127.0.0.1"
    port: int = 8000
    api_keys: tuple[str, ...] = field(default=(), repr=False)
    max_body_bytes: int = 1_048_576
    rate_per_s: float = 20.0
    rate_burst: int = 40
    cors_origins: tuple[str, ...] = ()
    db: str | Path | None = None
    jobs_db: Path | None = None
    job_chunk: int = 4
    max_period_days: int = 366
    settings: Settings = field(default_factory=Settings.from_env)

    @classmethod
    def from_env(cls, **overrides: object) -> ServiceConfig:
        """Keys from ``EXTRACTOR_API_KEYS``; explicit non-None overrides win."""
        base = cls(api_keys=keys_from_env(os.environ.get("EXTRACTOR_API_KEYS")))
        values = {k: v for k, v in overrides.items() if v is not None}
        return cls(**{**base.__dict__, **values})

    def check(self) -> None:
        """Refuse to start exposed without keys, or with keys too short to resist guessing."""
        if not is_loopback(self.host) and not self.api_keys:
            raise ConfigError(
                f"--host {self.host} accepts connections from other machines: set EXTRACTOR_API_KEYS "
                "(comma-separated keys) or bind to 127.0.0.1"
            )
        short = [k for k in self.api_keys if len(k) < MIN_KEY_CHARS]
        if short:
            raise ConfigError(f"EXTRACTOR_API_KEYS: {len(short)} key(s) shorter than {MIN_KEY_CHARS} characters")
        if self.max_body_bytes < 1024 or self.rate_per_s <= 0 or self.rate_burst < 1 or self.job_chunk < 1:
            raise ConfigError("the body limit must be >= 1024 bytes, the rate limit and burst >= 1, chunk >= 1")

    def store_path(self) -> str | Path:
        """The store: ``--db`` (a file or a database URL), else ``EXTRACTOR_DB``, else the default file."""
        from extractor.store import default_db, is_url

        if self.db is None:
            return default_db()
        return self.db if is_url(self.db) else Path(self.db)

    def jobs_path(self) -> Path:
        """The job file: ``--jobs-db``, else ``<store>.jobs.db`` beside a store file, else (a database URL)
        ``jobs.db`` in the user's data folder."""
        from extractor.store import data_folder

        if self.jobs_db is not None:
            return self.jobs_db
        store = self.store_path()
        if not isinstance(store, Path):
            return data_folder() / "jobs.db"
        return store.with_name(store.name + ".jobs.db")
