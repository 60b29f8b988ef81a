"""Batches on a Dask cluster: ``extract_many(..., executor="dask")`` and ``extractor ingest --executor dask``.

The articles go to the workers in chunks; each worker runs the very code of the local path on its
chunk (cache lookup, then the engine: ``nlp.pipe`` for the offline engine, ``concurrency`` threads
for the LLM engine) and writes the shared cache. Results come back to the calling process, which
alone writes the JSONL file and the store, so restarts skip finished articles exactly as on one
machine and the store has one writer per batch.

Without a scheduler address (``scheduler=`` or ``EXTRACTOR_DASK_SCHEDULER``) a ``LocalCluster`` is
started on 127.0.0.1: a scheduler and ``EXTRACTOR_DASK_WORKERS`` (2) worker processes of one thread
each, closed when the batch ends. Needs the ``cluster`` extra (``distributed``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from extractor.config import Settings
from extractor.errors import ConfigError, ExtractorError
from extractor.schemas import Article, ArticleExtraction

EXECUTORS = ("local", "dask")
DEFAULT_WORKERS = 2
CONNECT_TIMEOUT_S = 30.0
"""How long to try reaching a scheduler before the batch fails as a configuration error."""


class RemoteFailure(ExtractorError):
    """An article that failed on a worker (the worker's one-line reason), or whose worker was lost."""


ChunkOutcome = list[tuple[str, ArticleExtraction | str]]
"""What a worker returns for a chunk: per article id, the extraction or the failure line."""


def extract_chunk(settings: Settings, docs: list[Article], concurrency: int) -> ChunkOutcome:
    """Runs on a worker: the local path (cache, then engine) over one chunk; failures as one line each."""
    from extractor.api import _failure_line, _run

    return [
        (doc.id, outcome if isinstance(outcome, ArticleExtraction) else _failure_line(doc, outcome))
        for doc, outcome in _run(settings, docs, concurrency)
    ]


@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None) -> Iterator[Any]:
    """A client of the cluster at ``scheduler`` (or ``EXTRACTOR_DASK_SCHEDULER``), else of a new local one."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ConfigError("--executor dask needs the cluster extra: pip install 'extractor[cluster]'") from None
    address = scheduler or os.environ.get("EXTRACTOR_DASK_SCHEDULER") or None
    if address:
        try:
            client = Client(address, timeout=f"{CONNECT_TIMEOUT_S}s")
        except OSError as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        try:
            yield client
        finally:
            client.close()
        return
    count = workers or int(os.environ.get("EXTRACTOR_DASK_WORKERS", DEFAULT_WORKERS))
    cluster = LocalCluster(
        n_workers=count,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        scheduler_port=0,
        dashboard_address=None,
        silence_logs=logging.WARNING,
    )
    try:
        with Client(cluster) as client:
            yield client
    finally:
        cluster.close()


def run_on_dask(
    settings: Settings,
    docs: list[Article],
    concurrency: int,
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    chunk_size: int | None = None,
) -> Iterator[tuple[Article, ArticleExtraction | BaseException]]:
    """Yield (article, result or error) per chunk as workers finish them; at most two chunks queued per worker."""
    if not docs:
        return
    from distributed import as_completed

    size = chunk_size or max(8, 2 * concurrency)
    chunks = [docs[start : start + size] for start in range(0, len(docs), size)]
    by_id = {doc.id: doc for doc in docs}
    with dask_client(scheduler, workers) as client:
        ahead = max(2, 2 * len(client.scheduler_info().get("workers", {})))
        queue = iter(chunks)
        futures = as_completed()
        members: dict[str, list[Article]] = {}
        for chunk in queue:
            future = client.submit(extract_chunk, settings, chunk, concurrency, pure=False)
            members[future.key] = chunk
            futures.add(future)
            if len(members) >= ahead:
                break
        for future in futures:
            chunk = members.pop(future.key)
            nxt = next(queue, None)
            if nxt is not None:
                follow = client.submit(extract_chunk, settings, nxt, concurrency, pure=False)
                members[follow.key] = nxt
                futures.add(follow)
            try:
                outcomes = future.result()
            except Exception as exc:  # a lost worker or a task error fails its chunk, not the batch
                line = f"worker failed: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
                for doc in chunk:
                    yield doc, RemoteFailure(f"article {doc.id}: {line}")
                continue
            for article_id, outcome in outcomes:
                doc = by_id[article_id]
                yield doc, outcome if isinstance(outcome, ArticleExtraction) else RemoteFailure(outcome)


def check_executor(executor: str) -> None:
    if executor not in EXECUTORS:
        raise ConfigError(f"unknown executor {executor!r}: choose one of {', '.join(EXECUTORS)}")
