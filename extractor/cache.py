"""On-disk cache of finished extractions (diskcache), keyed on everything that shapes a result."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from extractor.schemas import ArticleExtraction

log = logging.getLogger(__name__)
M = TypeVar("M", bound=BaseModel)


def cache_key(**parts: Any) -> str:
    """Stable hash over engine, model, endpoint, prompt hash, schema hash, parameters and text."""
    blob = json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()


class ExtractionCache:
    """Valid results only (extractions, narratives); a corrupted entry is reported, dropped, and missed."""

    def __init__(self, directory: str | Path) -> None:
        import diskcache

        self.directory = Path(directory)
        self._cache = diskcache.Cache(str(self.directory), size_limit=2**34)
        self.corrupted = 0

    def get(self, key: str, model: type[M] = ArticleExtraction) -> M | None:  # type: ignore[assignment]
        try:
            raw = self._cache.get(key)
        except Exception as exc:  # diskcache raises pickling/IO errors for damaged entries
            return self._drop(key, exc)
        if raw is None:
            return None
        try:
            return model.model_validate_json(raw)
        except (ValidationError, ValueError, TypeError) as exc:
            return self._drop(key, exc)

    def _drop(self, key: str, exc: Exception) -> None:
        self.corrupted += 1
        log.warning("cache entry %s is corrupted (%s); treating it as a miss", key[:12], type(exc).__name__)
        try:
            self._cache.delete(key)
        except Exception:
            log.warning("could not delete corrupted cache entry %s", key[:12])
        return None

    def set(self, key: str, value: BaseModel) -> None:
        self._cache.set(key, value.model_dump_json())

    def stats(self) -> dict[str, Any]:
        hits, misses = self._cache.stats()
        return {"directory": str(self.directory), "entries": len(self._cache), "size_bytes": self._cache.volume(),
                "hits": hits, "misses": misses}

    def clear(self) -> int:
        return self._cache.clear()

    def close(self) -> None:
        self._cache.close()


_open: dict[str, ExtractionCache] = {}


def open_cache(directory: str | Path) -> ExtractionCache:
    """One cache object per directory per process (opening SQLite each call would cost ms)."""
    key = str(Path(directory).resolve())
    if key not in _open:
        _open[key] = ExtractionCache(directory)
        _open[key]._cache.stats(enable=True)
    return _open[key]
