"""Ingest: extract articles (through the cache) and keep each finished one in the store.

The store knows records and identities, not engines; this module joins the two, so the store
imports only schemas, errors and the metadata ranking it keeps articles by.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from extractor.api import BatchFailure, as_article, extract_many
from extractor.config import Settings
from extractor.engines import get_engine
from extractor.schemas import Article, ArticleExtraction
from extractor.store import Store, copy_key


@dataclass
class IngestResult:
    """What an ingest did: ids stored, ids skipped (already stored with this engine identity), failures."""

    stored: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    """Already stored; a later copy's metadata (title, outlet, URL, date) updated the stored article."""
    failures: list[BatchFailure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def _batch_copies(articles: Iterable[Article]) -> Iterator[tuple[Article, bool]]:
    """Each copy once (``True`` for a repeat of a copy earlier in the batch: same text, outlet and date), ids
    made unique within the batch."""
    seen_copy: set[str] = set()
    seen_id: set[str] = set()
    for article in articles:
        key = copy_key(article.text_hash, article.outlet, article.published.isoformat() if article.published else None)
        if key in seen_copy:
            yield article, True
            continue
        seen_copy.add(key)
        if article.id in seen_id:
            base, renamed = f"{article.id}~{article.text_hash[:8]}", 1
            unique_id = base
            while unique_id in seen_id:
                renamed += 1
                unique_id = f"{base}-{renamed}"
            article = article.model_copy(update={"id": unique_id})
        seen_id.add(article.id)
        yield article, False


def _anchor_order(article: Article) -> tuple[bool, date]:
    """Which copy of a text is extracted for all: the earliest published (a wire story is written for its first
    publication, so its relative dates read against that day), undated copies last."""
    return article.published is None, article.published or date.max


def ingest(
    articles: Iterable[Article],
    store: Store,
    *,
    settings: Settings | None = None,
    concurrency: int = 4,
    progress: bool = False,
    published: date | str | None = None,
    executor: str = "local",
    scheduler: str | None = None,
) -> IngestResult:
    """Extract and store articles, each stored as soon as it is finished.

    Every outlet's copy of a text is a report of its own (the store keys articles on text, outlet and date),
    but the engine runs once per text: copies share the extraction of the earliest published copy in the
    batch, or one already stored under the current engine identity. Copies already stored with the current
    engine identity are skipped (all of them are re-extracted and overwritten when ``settings.refresh``);
    extraction goes through the cache. A skipped copy still updates the stored report's metadata (a
    ``Date:`` header added to a re-saved page replaces a date read from its URL); when that changes its
    publication date, the copy is re-extracted, since relative dates ("on Friday") are read against it.
    ``published`` (a date or ISO string) overrides every article's publication date.
    ``executor``/``scheduler`` choose where the extraction runs (``extract_many``); storing stays in this
    process.
    """
    cfg = settings or Settings.from_env()
    if published is not None:
        articles = [as_article(a, published) for a in articles]
    identity = get_engine(cfg).identity()
    result = IngestResult()
    unique: list[Article] = []
    for article, duplicate in _batch_copies(articles):
        if duplicate:
            result.skipped.append(article.id)
        else:
            unique.append(article)
    extracted = set() if cfg.refresh else store.stored_text_hashes((a.text_hash for a in unique), identity)
    redo: set[str] = set()  # ids of stored copies whose publication date changed
    todo: list[Article] = []
    for article in unique:
        if article.text_hash in extracted and store.has_copy(article, identity):
            changed = store.update_metadata(article)
            if changed:
                result.updated.append(article.id)
            if "published" not in changed:
                result.skipped.append(article.id)
                continue
            redo.add(article.id)
        todo.append(article)

    def keep_copy(article: Article, extraction: ArticleExtraction) -> None:
        shared = extraction.model_copy(update={"article_id": article.id, "article": article})
        outcome = store.add(article, shared, identity, replace=cfg.refresh or article.id in redo)
        (result.stored if outcome.added else result.skipped).append(outcome.article_id)

    texts: dict[str, list[Article]] = {}
    run: list[Article] = []
    for article in todo:
        if article.id in redo:
            run.append(article)  # its own date changed: read its relative dates again against it
        else:
            texts.setdefault(article.text_hash, []).append(article)
    sharers: dict[str, list[Article]] = {}  # id of the copy extracted -> the other copies of its text
    for text_hash, copies in texts.items():
        stored = store.shared_extraction(text_hash, identity) if text_hash in extracted else None
        if stored is not None:
            for article in copies:
                keep_copy(article, stored)
            continue
        anchor = min(copies, key=_anchor_order)
        run.append(anchor)
        sharers[anchor.id] = [a for a in copies if a is not anchor]
    order = {a.id: n for n, a in enumerate(todo)}
    run.sort(key=lambda a: order[a.id])
    by_id = {a.id: a for a in run}

    def keep(extraction: ArticleExtraction) -> None:
        keep_copy(by_id[extraction.article_id], extraction)
        for article in sharers.get(extraction.article_id, []):
            keep_copy(article, extraction)

    batch = extract_many(
        run,
        concurrency=concurrency,
        progress=progress,
        on_result=keep,
        settings=cfg,
        executor=executor,
        scheduler=scheduler,
    )
    result.failures.extend(batch.failures)
    for failure in batch.failures:
        result.failures.extend(
            BatchFailure(a.id, f"article {a.id}: shares the text of {failure.article_id}, which failed")
            for a in sharers.get(failure.article_id, [])
        )
    return result
