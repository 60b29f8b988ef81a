"""On-disk cache of finished extractions (diskcache), keyed on everything that shapes a result."""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from extractor.errors import ExtractorError
from extractor.schemas import ArticleExtraction

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)


def cache_key(**parts: Any) -> str:
    """Stable hash over engine, model, endpoint, prompt hash, schema hash, parameters and text."""
    blob = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


class CacheError(ExtractorError):
    """The cache folder cannot be opened or repaired."""


class ExtractionCache:
    """Valid results only (extractions, narratives); a corrupted entry is reported, dropped, and missed.

    A cache that cannot be opened at all (a damaged database file, an unwritable folder) is
    reported once and then bypassed: extraction goes on without it rather than stopping a batch.
    """

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.corrupted = 0
        self.write_errors = 0
        self.unusable: str | None = None
        self._cache: Any = None
        self._open()

    def _open(self) -> None:
        import diskcache

        try:
            self._cache = diskcache.Cache(str(self.directory), size_limit=2**34)
            self.unusable = None
        except (sqlite3.Error, OSError) as exc:
            self._cache = None
            self.unusable = f"{type(exc).__name__}: {exc}"
            log.warning(
                "extraction cache at %s is unusable (%s); extracting without it (`extractor cache clear` repairs it)",
                self.directory,
                self.unusable,
            )

    def get(self, key: str, model: type[M] = ArticleExtraction) -> M | None:  # type: ignore[assignment]
        if self._cache is None:
            return None
        try:
            raw = self._cache.get(key)
        except Exception as exc:  # diskcache raises pickling/IO errors for damaged entries
            self._drop(key, exc)
            return None
        if raw is None:
            return None
        try:
            return model.model_validate_json(raw)
        except (ValidationError, ValueError, TypeError) as exc:
            self._drop(key, exc)
            return None

    def _drop(self, key: str, exc: Exception) -> None:
        """Count, report and delete a damaged entry; the caller treats it as a miss."""
        self.corrupted += 1
        log.warning("cache entry %s is corrupted (%s); treating it as a miss", key[:12], type(exc).__name__)
        try:
            self._cache.delete(key)
        except Exception:
            log.warning("could not delete corrupted cache entry %s", key[:12])

    def set(self, key: str, value: BaseModel) -> None:
        """Store a valid result; a failed write (disk full, locked too long) is reported, never raised."""
        if self._cache is None:
            return
        try:
            self._cache.set(key, value.model_dump_json())
        except Exception as exc:
            self.write_errors += 1
            log.warning(
                "could not write cache entry %s (%s: %s)",
                key[:12],
                type(exc).__name__,
                str(exc).splitlines()[0] if str(exc) else "",
            )

    def _usable(self) -> Any:
        if self._cache is None:
            raise CacheError(
                f"{self.directory}: the extraction cache is unusable ({self.unusable}); "
                "`extractor cache clear` removes its database"
            )
        return self._cache

    def stats(self) -> dict[str, Any]:
        cache = self._usable()
        hits, misses = cache.stats()
        return {
            "directory": str(self.directory),
            "entries": len(cache),
            "size_bytes": cache.volume(),
            "hits": hits,
            "misses": misses,
        }

    def clear(self) -> int:
        """Delete every entry; a damaged database file is removed and created anew."""
        if self._cache is None and self.directory.is_dir():
            for name in ("cache.db", "cache.db-wal", "cache.db-shm"):
                (self.directory / name).unlink(missing_ok=True)
            self._open()
            log.warning("removed the damaged cache database in %s", self.directory)
            self._usable()
            return 0
        return self._usable().clear()

    def close(self) -> None:
        if self._cache is not None:
            self._cache.close()


_open: dict[str, ExtractionCache] = {}


def open_cache(directory: str | Path) -> ExtractionCache:
    """One cache object per directory per process (opening SQLite each call would cost ms)."""
    key = str(Path(directory).resolve())
    if key not in _open:
        cache = ExtractionCache(directory)
        if cache._cache is not None:
            cache._cache.stats(enable=True)
        _open[key] = cache
    return _open[key]
