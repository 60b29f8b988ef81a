"""The extraction cache: keys cover everything that shapes a result; damage is a miss, not a crash."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from extractor.cache import ExtractionCache, cache_key
from extractor.schemas import ArticleExtraction, RunMetadata

BASE = {"identity": "0123abcd", "text": "Jets struck.", "published": None}


def test_every_part_of_the_key_matters() -> None:
    key = cache_key(**BASE)
    assert key == cache_key(**dict(BASE))
    for part, other in [("identity", "0123abce"), ("text", "Jets struck!"), ("published", "2017-01-24")]:
        assert cache_key(**{**BASE, part: other}) != key, part


def _result() -> ArticleExtraction:
    return ArticleExtraction(article_id="a", summary="s", metadata=RunMetadata(engine="offline"))


def test_round_trip_and_stats(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "c")
    assert cache.get("k") is None
    cache.set("k", _result())
    assert cache.get("k") == _result()
    assert cache.stats()["entries"] == 1
    assert cache.clear() == 1 and cache.get("k") is None


def test_corrupted_entry_is_a_reported_miss(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "c")
    cache.set("k", _result())
    cache._cache.set("k", '{"article_id": "a", "metadata": {"engine": 5}')
    assert cache.get("k") is None
    assert cache.corrupted == 1
    assert cache.get("k") is None and cache.corrupted == 1


def test_corrupted_pickle_in_the_database_is_a_miss(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path / "c")
    cache._cache.set("k", {"not": "a string"}, tag=None)
    db = sqlite3.connect(tmp_path / "c" / "cache.db")
    db.execute("UPDATE Cache SET value = ?, mode = 4", (b"\x80\x04garbage",))
    db.commit()
    db.close()
    assert cache.get("k") is None
    assert cache.corrupted == 1
