"""The public Python API: ``extract``, ``aextract`` and ``extract_many``."""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from extractor.articles import parse_article
from extractor.cache import cache_key, open_cache
from extractor.config import Settings
from extractor.engines import Engine, get_engine
from extractor.errors import ExtractionError, ExtractorError
from extractor.schemas import SCHEMA_VERSION, Article, ArticleExtraction


def as_article(item: str | Article, published: date | str | None = None) -> Article:
    """Accept an Article or raw article text (header lines allowed)."""
    if isinstance(item, Article):
        if published is not None and item.published is None:
            return item.model_copy(update={"published": parse_article("x", published=published).published})
        return item
    return parse_article(item, published=published)


def _settings(settings: Settings | None, options: dict[str, Any]) -> Settings:
    return (settings or Settings.from_env()).with_overrides(**options)


def _key(engine: Engine, article: Article) -> str:
    return cache_key(**engine.cache_parts(), schema_version=SCHEMA_VERSION, text=article.text,
                     published=article.published, title=article.title, outlet=article.outlet,
                     article_id=article.id)


def _lookup(engine: Engine, settings: Settings, article: Article) -> tuple[str, ArticleExtraction | None]:
    key = _key(engine, article)
    if not settings.use_cache or settings.refresh:
        return key, None
    started = time.perf_counter()
    hit = open_cache(settings.cache_dir).get(key)
    if hit is None:
        return key, None
    hit.metadata.cache_hit = True
    hit.metadata.latency_ms = (time.perf_counter() - started) * 1000
    return key, hit


def _store(settings: Settings, key: str, result: ArticleExtraction) -> None:
    if settings.use_cache:
        open_cache(settings.cache_dir).set(key, result)


def extract(
    article: str | Article,
    *,
    published: date | str | None = None,
    engine: str | None = None,
    model: str | None = None,
    prompt: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: str | None = None,
    use_cache: bool | None = None,
    refresh: bool | None = None,
    settings: Settings | None = None,
) -> ArticleExtraction:
    """Extract strike reports and claims from one article (text or Article), using the cache."""
    cfg = _settings(settings, dict(engine=engine, model=model, prompt=prompt, base_url=base_url,
                                   api_key=api_key, mode=mode, use_cache=use_cache, refresh=refresh))
    doc = as_article(article, published)
    eng = get_engine(cfg)
    key, hit = _lookup(eng, cfg, doc)
    if hit is not None:
        return hit
    result = eng.extract(doc)
    _store(cfg, key, result)
    return result


async def aextract(article: str | Article, **options: Any) -> ArticleExtraction:
    """Async ``extract``: runs in a worker thread so many can be awaited concurrently."""
    return await asyncio.to_thread(extract, article, **options)


@dataclass
class BatchFailure:
    """One article that could not be extracted, and why (one line)."""

    article_id: str
    error: str


@dataclass
class BatchResult:
    """What a batch produced: finished extractions, failures, and articles skipped as already done."""

    results: list[ArticleExtraction] = field(default_factory=list)
    failures: list[BatchFailure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


class JsonlSink:
    """Appends one JSON line per finished article, flushed and fsynced, so a kill loses nothing done."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.done = self._read_done()
        self._fh = self.path.open("a", encoding="utf-8")

    def _read_done(self) -> set[str]:
        if not self.path.exists():
            return set()
        done: set[str] = set()
        raw = self.path.read_bytes()
        good_end = 0
        for line in raw.splitlines(keepends=True):
            try:
                done.add(json.loads(line)["article_id"])
                good_end += len(line)
            except (ValueError, KeyError, TypeError):
                break
        if good_end < len(raw):
            with self.path.open("r+b") as fh:
                fh.truncate(good_end)
        return done

    def write(self, result: ArticleExtraction) -> None:
        self._fh.write(result.model_dump_json() + "\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self.done.add(result.article_id)

    def close(self) -> None:
        self._fh.close()


def extract_many(
    articles: Iterable[str | Article],
    *,
    concurrency: int = 4,
    progress: bool = False,
    output: str | Path | None = None,
    on_result: Callable[[ArticleExtraction], None] | None = None,
    settings: Settings | None = None,
    **options: Any,
) -> BatchResult:
    """Extract many articles concurrently; each finished one is written to ``output`` as it completes.

    With ``output`` (JSONL), articles already in the file are skipped, so a rerun after a crash
    finishes the rest. Failures are collected per article, never raised.
    """
    cfg = _settings(settings, options)
    docs = [as_article(a) for a in articles]
    sink = JsonlSink(output) if output else None
    batch = BatchResult()
    todo = []
    for doc in docs:
        if sink and doc.id in sink.done:
            batch.skipped.append(doc.id)
        else:
            todo.append(doc)

    def finish(result: ArticleExtraction) -> None:
        if sink:
            sink.write(result)
        if on_result:
            on_result(result)
        batch.results.append(result)

    try:
        with _progress(progress, len(todo)) as advance:
            for doc, outcome in _run(cfg, todo, concurrency):
                if isinstance(outcome, ArticleExtraction):
                    finish(outcome)
                else:
                    batch.failures.append(BatchFailure(doc.id, _error_line(outcome)))
                advance()
    finally:
        if sink:
            sink.close()
    return batch


def _error_line(exc: BaseException) -> str:
    if isinstance(exc, ExtractorError):
        return str(exc).splitlines()[0]
    return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"


def _run(
    cfg: Settings, docs: list[Article], concurrency: int
) -> Iterator[tuple[Article, ArticleExtraction | BaseException]]:
    """Yield (article, result or error) as each finishes: cache first, then the engine."""
    if not docs:
        return
    engine = get_engine(cfg)
    misses: list[tuple[Article, str]] = []
    for doc in docs:
        key, hit = _lookup(engine, cfg, doc)
        if hit is not None:
            yield doc, hit
        else:
            misses.append((doc, key))
    batch_extract = getattr(engine, "extract_batch", None)
    if batch_extract is not None:
        keys = {d.id: k for d, k in misses}
        for doc, outcome in batch_extract([d for d, _ in misses]):
            if isinstance(outcome, ArticleExtraction):
                _store(cfg, keys[doc.id], outcome)
            yield doc, outcome
        return

    def one(doc: Article, key: str) -> ArticleExtraction:
        result = engine.extract(doc)
        _store(cfg, key, result)
        return result

    with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
        pending: dict[Future, Article] = {}
        queue = iter(misses)
        for doc, key in queue:
            pending[pool.submit(one, doc, key)] = doc
            if len(pending) >= concurrency:
                break
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                doc = pending.pop(fut)
                exc = fut.exception()
                yield doc, (exc if exc is not None else fut.result())
                nxt = next(queue, None)
                if nxt is not None:
                    pending[pool.submit(one, *nxt)] = nxt[0]


class _progress:
    """A rich progress bar when asked for, else a no-op; yields an ``advance()`` callable."""

    def __init__(self, enabled: bool, total: int) -> None:
        self.enabled, self.total = enabled, total

    def __enter__(self) -> Callable[[], None]:
        if not self.enabled:
            return lambda: None
        from rich.console import Console
        from rich.progress import Progress

        self._bar = Progress(console=Console(stderr=True), transient=False)
        self._bar.start()
        task = self._bar.add_task("extracting", total=self.total)
        return lambda: self._bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self._bar.stop()


__all__ = ["BatchFailure", "BatchResult", "ExtractionError", "aextract", "extract", "extract_many"]
