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
from extractor.store import Store


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


def _unique_ids(articles: Iterable[Article]) -> Iterator[tuple[Article, bool]]:
    """Each article once per text (``True`` for later copies), ids made unique within the batch."""
    seen_text: set[str] = set()
    seen_id: set[str] = set()
    for article in articles:
        if article.text_hash in seen_text:
            yield article, True
            continue
        seen_text.add(article.text_hash)
        if article.id in seen_id:
            article = article.model_copy(update={"id": f"{article.id}~{article.text_hash[:8]}"})
        seen_id.add(article.id)
        yield article, False


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

    Articles already stored with the current engine identity are skipped (all of them are
    re-extracted and overwritten when ``settings.refresh``); extraction goes through the cache. A
    skipped copy still updates the stored article's metadata (a ``Date:`` header added to a re-saved
    page replaces a date read from its URL); when that changes its publication date, the article is
    re-extracted, since relative dates ("on Friday") are read against it. ``published`` (a date or ISO
    string) overrides every article's publication date. ``executor``/``scheduler`` choose where the
    extraction runs (``extract_many``); storing stays in this process.
    """
    cfg = settings or Settings.from_env()
    if published is not None:
        articles = [as_article(a, published) for a in articles]
    identity = get_engine(cfg).identity()
    result = IngestResult()
    unique: list[Article] = []
    for article, duplicate in _unique_ids(articles):
        if duplicate:
            result.skipped.append(article.id)
        else:
            unique.append(article)
    done = set() if cfg.refresh else store.stored_text_hashes((a.text_hash for a in unique), identity)
    redo: set[str] = set()
    for article in unique:
        if article.text_hash in done:
            changed = store.update_metadata(article)
            if changed:
                result.updated.append(article.id)
            if "published" in changed:
                redo.add(article.text_hash)
    todo = [a for a in unique if a.text_hash not in done or a.text_hash in redo]
    result.skipped.extend(a.id for a in unique if a.text_hash in done and a.text_hash not in redo)
    by_id = {a.id: a for a in todo}

    def keep(extraction: ArticleExtraction) -> None:
        article = by_id[extraction.article_id]
        outcome = store.add(article, extraction, identity, replace=cfg.refresh or article.text_hash in redo)
        if outcome.added:
            result.stored.append(outcome.article_id)
        else:
            result.skipped.append(outcome.article_id)

    batch = extract_many(
        todo,
        concurrency=concurrency,
        progress=progress,
        on_result=keep,
        settings=cfg,
        executor=executor,
        scheduler=scheduler,
    )
    result.failures.extend(batch.failures)
    return result
