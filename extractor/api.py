"""The public Python API: ``extract``, ``aextract`` and ``extract_many``."""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from extractor.articles import MAX_ARTICLE_BYTES, parse_article, parse_iso_date, too_large
from extractor.cache import cache_key, open_cache
from extractor.config import Settings, refuse_unused_llm_options
from extractor.engines import BatchEngine, Engine, get_engine
from extractor.errors import ArticleError, ExtractionError, ExtractorError
from extractor.grounding import span_is_verified
from extractor.orphans import die_with_parent
from extractor.schemas import SCHEMA_VERSION, Article, ArticleExtraction, Claim, StrikeReport
from extractor.support import casualty_problem

log = logging.getLogger(__name__)


def as_article(item: str | Article, published: date | str | None = None) -> Article:
    """Accept an Article or raw article text (front matter or header lines allowed).

    ``published`` is a date or an ISO ``YYYY-MM-DD`` string; anything else is an ArticleError. Given, it
    overrides the article's own date (a header's, or one read from the page).
    """
    if isinstance(item, Article):
        _encodable(item)
        if published is None:
            return item
        try:
            when = parse_iso_date(published)
        except ValueError as exc:
            raise ArticleError(f"published: {exc}") from None
        return item.model_copy(
            update={"published": when, "field_sources": {**item.field_sources, "published": "argument"}}
        )
    if not isinstance(item, str):
        raise ArticleError(f"expected article text (a str) or an Article, got {type(item).__name__}")
    if len(item) > MAX_ARTICLE_BYTES:  # a character is at least one byte: refused before encoding it
        raise too_large(len(item), None)
    try:
        size = len(item.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise ArticleError(f"text is not valid Unicode (a lone surrogate at character {exc.start})") from None
    if size > MAX_ARTICLE_BYTES:
        raise too_large(size, None)
    return _encodable(parse_article(item, published=published))


def _encodable(article: Article) -> Article:
    """The article, if its text and fields are valid Unicode (a lone surrogate cannot be hashed or stored)."""
    if len(article.text) > MAX_ARTICLE_BYTES:
        raise too_large(len(article.text), article.id)
    for name in ("text", "title", "outlet", "url", "id"):
        value = getattr(article, name)
        if value is None:
            continue
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ArticleError(
                f"{name} is not valid Unicode (a lone surrogate at character {exc.start})", source=article.id
            ) from None
    return article


def _with_article(result: ArticleExtraction, article: Article) -> ArticleExtraction:
    """The result carrying the article it indexes (attached here, never cached with it)."""
    return result.model_copy(update={"article": article})


def _settings(settings: Settings | None, options: dict[str, Any]) -> Settings:
    """Settings with the call's options applied; LLM-only options for the offline engine are a ConfigError."""
    cfg = (settings or Settings.from_env()).with_overrides(**options)
    refuse_unused_llm_options(cfg, options)
    return cfg


def _key(engine: Engine, article: Article) -> str:
    """The cache key of one article's extraction: the engine's whole identity and the article."""
    return cache_key(
        identity=engine.identity().key,
        schema_version=SCHEMA_VERSION,
        text=article.text,
        published=article.published,
        title=article.title,
        outlet=article.outlet,
        article_id=article.id,
    )


def _lookup(engine: Engine, settings: Settings, article: Article) -> tuple[str, ArticleExtraction | None]:
    key = _key(engine, article)
    if not settings.use_cache or settings.refresh:
        return key, None
    started = time.perf_counter()
    hit = open_cache(settings.cache_dir).get(key)
    if hit is None:
        return key, None
    problem = _mismatch(hit, article.text)
    if problem is not None:
        log.warning("cache entry for article %s does not fit its text (%s): extracting again", article.id, problem)
        return key, None
    hit.metadata.cache_hit = True
    hit.metadata.latency_ms = (time.perf_counter() - started) * 1000
    return key, hit


def _mismatch(result: ArticleExtraction, text: str) -> str | None:
    """Why a cached result does not fit the article text: a span that is not its quote, a figure its quote
    does not state (an entry edited on disk into other valid JSON). None when it fits."""
    items: list[StrikeReport | Claim] = [*result.strikes, *result.claims]
    for item in items:
        casualties = item.casualties if isinstance(item, StrikeReport) else []
        for evidence in [*item.evidence, *(e for c in casualties for e in c.evidence)]:
            if not span_is_verified(text, evidence):
                return f"quote {evidence.quote[:40]!r} is not at {evidence.char_interval} in the text"
        for casualty in casualties:
            problem = casualty_problem(casualty) if casualty.evidence else None
            if problem is not None:
                return problem.message.split(":")[0]
    return None


def degraded(result: ArticleExtraction) -> bool:
    """True when the engine dropped everything it found (ungrounded or unsupported): worth asking again later,
    so such a result is never cached."""
    dropped = result.metadata.dropped_ungrounded + result.metadata.dropped_unsupported
    return dropped > 0 and not result.strikes and not result.claims


def _store(settings: Settings, key: str, result: ArticleExtraction) -> None:
    if settings.use_cache and not degraded(result):
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
    """Extract strike reports and claims from one article (text or Article), using the cache.

    The result carries the article (``result.article``): every evidence offset points into
    ``result.article.text``, which is the text without its front matter or header lines.
    """
    cfg = _settings(
        settings,
        dict(
            engine=engine,
            model=model,
            prompt=prompt,
            base_url=base_url,
            api_key=api_key,
            mode=mode,
            use_cache=use_cache,
            refresh=refresh,
        ),
    )
    doc = as_article(article, published)
    eng = get_engine(cfg)
    key, hit = _lookup(eng, cfg, doc)
    if hit is not None:
        return _with_article(hit, doc)
    result = eng.extract(doc)
    _store(cfg, key, result)
    return _with_article(result, doc)


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
    """What a batch produced, in input order.

    ``outcomes`` lines up with the inputs: the extraction of input ``i``, its failure, or None when it
    was skipped as already in the output file. ``results`` are the extractions in input order (an input
    given twice is extracted once and appears twice), ``failures`` the failed inputs, ``skipped`` the
    ids already in the output file.
    """

    outcomes: list[ArticleExtraction | BatchFailure | None] = field(default_factory=list)
    failures: list[BatchFailure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def results(self) -> list[ArticleExtraction]:
        return [o for o in self.outcomes if isinstance(o, ArticleExtraction)]

    @property
    def ok(self) -> bool:
        return not self.failures


class JsonlSink:
    """Appends one JSON line per finished article, flushed and fsynced, so a kill loses nothing done.

    On opening an existing file it recovers from a crash: a torn last line (killed mid-write) is
    cut off, and any other line that is not a valid ArticleExtraction is moved to
    ``<name>.rejected`` so the file stays valid JSONL. ``done`` maps the article ids already there to
    the SHA-256 of the text their line was extracted from (None for a line that does not carry it), so a
    rerun redoes an article whose text changed (:meth:`is_done`, :meth:`forget_changed`).
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self.rejected = 0
        created = not self.path.exists()
        if self.path.is_dir():
            raise ExtractorError(f"{self.path}: --output is a folder; give a .jsonl file path")
        self.done = self._recover()
        self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        if created:
            _fsync_folder(self.path.parent)

    def is_done(self, doc: Article) -> bool:
        """True when the file holds this article's result, extracted from this very text."""
        return doc.id in self.done and self.done[doc.id] == doc.text_hash

    def forget_changed(self, docs: Iterable[Article]) -> list[str]:
        """Move the lines of articles whose text changed since they were written to ``<name>.stale``."""
        stale = {d.id for d in docs if d.id in self.done and self.done[d.id] != d.text_hash}
        if not stale:
            return []
        with self._lock:
            keep: list[bytes] = []
            old: list[bytes] = []
            for line in self.path.read_bytes().splitlines(keepends=True):
                (old if ArticleExtraction.model_validate_json(line).article_id in stale else keep).append(line)
            self._replace(b"".join(keep), old, suffix=".stale", why="extracted from a text that has since changed")
            os.close(self._fd)  # the file was replaced: append to the new one
            self._fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
            for article_id in stale:
                del self.done[article_id]
        return sorted(stale)

    def _recover(self) -> dict[str, str | None]:
        if not self.path.exists():
            return {}
        raw = self.path.read_bytes()
        lines = raw.splitlines(keepends=True)
        done: dict[str, str | None] = {}
        keep: list[bytes] = []
        reject: list[bytes] = []
        for line in lines:
            try:
                result = ArticleExtraction.model_validate_json(line)
                done[result.article_id] = result.article.text_hash if result.article is not None else None
                keep.append(line if line.endswith(b"\n") else line + b"\n")
            except ValueError:
                if line.endswith(b"\n"):
                    reject.append(line)
                # else: a torn last line, written when the process was killed; its article is redone
        fixed = b"".join(keep)
        if fixed == raw:
            return done
        if not reject:  # only the last line can be wrong: torn, or whole but without its newline
            self._cut_or_finish(raw, fixed)
            return done
        self._replace(fixed, reject)
        return done

    def _cut_or_finish(self, raw: bytes, fixed: bytes) -> None:
        """Only the tail is wrong: cut a torn last line off, or add the missing newline to a whole one."""
        with self.path.open("r+b") as fh:
            if len(fixed) > len(raw):
                fh.seek(0, os.SEEK_END)
                fh.write(b"\n")
            else:
                fh.truncate(len(fixed))
                log.warning(
                    "%s: cut off a torn last line (an interrupted write); its article will be redone", self.path
                )
            fh.flush()
            os.fsync(fh.fileno())

    def _replace(self, fixed: bytes, reject: list[bytes], suffix: str = ".rejected", why: str = "invalid") -> None:
        """Keep the valid lines (atomically, in order) and move the others to ``<name><suffix>``."""
        if reject:
            with self.path.with_name(self.path.name + suffix).open("ab") as fh:
                fh.write(b"".join(reject))
                fh.flush()
                os.fsync(fh.fileno())
        tmp = self.path.with_name(self.path.name + ".tmp")
        with tmp.open("wb") as fh:
            fh.write(fixed)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        _fsync_folder(self.path.parent)
        if suffix == ".rejected":
            self.rejected = len(reject)
        log.warning("%s: moved %d line(s) (%s) to %s%s", self.path, len(reject), why, self.path.name, suffix)

    def write(self, result: ArticleExtraction) -> None:
        """Append one finished article as a single write, then fsync."""
        data = (result.model_dump_json() + "\n").encode("utf-8")
        with self._lock:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]
            os.fsync(self._fd)
            self.done[result.article_id] = result.article.text_hash if result.article is not None else None

    def close(self) -> None:
        with self._lock:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1


def _fsync_folder(folder: Path) -> None:
    """Make a new or renamed file's directory entry durable (no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def extract_many(
    articles: Iterable[str | Article],
    *,
    concurrency: int = 4,
    progress: bool = False,
    output: str | Path | None = None,
    on_result: Callable[[ArticleExtraction], None] | None = None,
    settings: Settings | None = None,
    executor: str = "local",
    scheduler: str | None = None,
    **options: Any,
) -> BatchResult:
    """Extract many articles concurrently; each finished one is written to ``output`` as it completes.

    ``executor="dask"`` runs the extraction on a Dask cluster (``scheduler`` address, else
    ``EXTRACTOR_DASK_SCHEDULER``, else a local cluster on 127.0.0.1; see ``extractor.cluster``);
    results still come back here, so ``output`` and ``on_result`` behave the same.

    With ``output`` (JSONL), articles already in the file are skipped, so a rerun after a crash
    finishes the rest. Failures (unreadable input, failed extraction, a failing ``on_result``)
    are collected per article, never raised. Results line up with the inputs (``BatchResult.outcomes``):
    an article given twice is extracted once and its result returned for both inputs.
    """
    cfg = _settings(settings, options)
    run = _executor(executor, scheduler)
    batch = BatchResult()
    docs: list[Article] = []
    slot_of: list[int | None] = []  # input index -> index in docs (None: unreadable input)
    outcomes: list[ArticleExtraction | BatchFailure | None] = []
    seen: dict[str, tuple[str, int]] = {}
    for number, item in enumerate(articles, 1):
        try:
            doc = as_article(item)
        except Exception as exc:  # one bad input is that input's failure, never the batch's
            failure = BatchFailure(f"#{number}", f"input #{number}: {_error_line(exc)}")
            batch.failures.append(failure)
            slot_of.append(None)
            outcomes.append(failure)
            continue
        if doc.id in seen:
            text_hash, slot = seen[doc.id]
            if text_hash == doc.text_hash:
                slot_of.append(slot)  # the same article again: served from its one extraction
                outcomes.append(None)
            else:
                failure = BatchFailure(
                    doc.id,
                    f"article {doc.id}: another input has the same id and a different text; rename one of them",
                )
                batch.failures.append(failure)
                slot_of.append(None)
                outcomes.append(failure)
            continue
        seen[doc.id] = (doc.text_hash, len(docs))
        slot_of.append(len(docs))
        outcomes.append(None)
        docs.append(doc)
    done: list[ArticleExtraction | BatchFailure | None] = [None] * len(docs)
    sink = JsonlSink(output) if output else None
    todo = []
    if sink:
        sink.forget_changed(docs)  # a text edited since its line was written is extracted again
    for slot, doc in enumerate(docs):
        if sink and sink.is_done(doc):
            batch.skipped.append(doc.id)
        else:
            todo.append((slot, doc))

    def finish(slot: int, doc: Article, result: ArticleExtraction) -> None:
        result = _with_article(result, doc)
        if sink:
            sink.write(result)
        if on_result:
            try:
                on_result(result)
            except Exception as exc:
                failure = BatchFailure(
                    doc.id, f"article {doc.id}: extracted, but keeping the result failed: {_error_line(exc)}"
                )
                batch.failures.append(failure)
                done[slot] = failure
                return
        done[slot] = result

    slots = {doc.id: slot for slot, doc in todo}
    try:
        with _progress(progress, len(todo)) as advance:
            for doc, outcome in run(cfg, [doc for _, doc in todo], concurrency):
                slot = slots[doc.id]
                if isinstance(outcome, ArticleExtraction):
                    finish(slot, doc, outcome)
                else:
                    failure = BatchFailure(doc.id, _failure_line(doc, outcome))
                    batch.failures.append(failure)
                    done[slot] = failure
                advance()
    finally:
        if sink:
            sink.close()
    first_use: set[int] = set()
    for index, input_slot in enumerate(slot_of):
        if input_slot is None:
            continue
        served = done[input_slot]
        if isinstance(served, BatchFailure) and input_slot in first_use:
            served = None  # a duplicate of a failed input: the failure is listed once
        outcomes[index] = served
        first_use.add(input_slot)
    batch.outcomes = outcomes
    return batch


Runner = Callable[[Settings, list[Article], int], Iterator[tuple[Article, ArticleExtraction | BaseException]]]


def _executor(executor: str, scheduler: str | None) -> Runner:
    """The function that runs a batch: threads in this process, or a Dask cluster."""
    if executor == "local":
        return _run
    from extractor.cluster import check_executor, run_on_dask

    check_executor(executor)
    return lambda cfg, docs, concurrency: run_on_dask(cfg, docs, concurrency, scheduler=scheduler)


def _failure_line(doc: Article, exc: BaseException) -> str:
    """One line naming the article, whatever was raised."""
    line = _error_line(exc)
    return (
        line
        if isinstance(exc, ExtractionError) or line.startswith(f"article {doc.id}")
        else f"article {doc.id}: {line}"
    )


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
    if isinstance(engine, BatchEngine):
        die_with_parent()  # the engine may fork spaCy workers: they must not outlive a parent killed with -9
        keys = {d.id: k for d, k in misses}
        for doc, outcome in engine.extract_batch([d for d, _ in misses]):
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
                nxt = next(queue, None)
                if nxt is not None:  # keep the endpoint busy while the caller writes this result
                    pending[pool.submit(one, *nxt)] = nxt[0]
                exc = fut.exception()
                yield doc, (exc if exc is not None else fut.result())


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
