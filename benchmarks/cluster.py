"""Cluster: batch throughput on Dask (1 and 2 worker processes) beside one process and local multiprocessing,
and the LLM path against the delayed fault server at 8, 32 and 128 requests in flight.

Every Dask run uses a warm ``LocalCluster`` on 127.0.0.1 (scheduler + single-thread worker processes that
have loaded the engine once), so the figures are steady-state throughput, not start-up. The cache is off.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from benchmarks.common import BenchContext, BenchResult, Row, sized_articles
from benchmarks.concurrency import distinct_articles
from benchmarks.delayed_endpoint import DelayedEndpoint
from extractor.api import extract_many
from extractor.cluster import extract_chunk
from extractor.config import Settings
from extractor.schemas import Article

NAME = "cluster"
FAULT_DELAY_S = 0.5
IN_FLIGHT = (8, 32, 128)
OFFLINE_CHUNK = 8


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else 0.0


def local_cluster(workers: int) -> Any:
    from distributed import LocalCluster

    return LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        scheduler_port=0,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    )


def timed_batch(articles: list[Article], settings: Settings, **options: Any) -> tuple[float, int]:
    """Seconds for one ``extract_many`` and the failures it reported."""
    started = time.perf_counter()
    batch = extract_many(articles, settings=settings, **options)
    return time.perf_counter() - started, len(batch.failures)


def multiprocessing_batch(articles: list[Article], settings: Settings, processes: int) -> float:
    """Seconds for the same chunks on a warm ``ProcessPoolExecutor`` (what one machine does without a cluster)."""
    chunks = [articles[i : i + OFFLINE_CHUNK] for i in range(0, len(articles), OFFLINE_CHUNK)]
    with ProcessPoolExecutor(processes) as pool:
        list(pool.map(extract_chunk, [settings] * processes, [articles[:1]] * processes, [1] * processes))
        started = time.perf_counter()
        list(pool.map(extract_chunk, [settings] * len(chunks), chunks, [1] * len(chunks)))
        return time.perf_counter() - started


def offline_rows(ctx: BenchContext, result: BenchResult) -> None:
    count = 16 if ctx.quick else 48
    articles = sized_articles(count, seed=5)
    settings = Settings(engine="offline", cache_dir=ctx.workdir / "cache-cluster", use_cache=False)
    measured: dict[str, float] = {}
    extract_many(articles[:2], settings=settings)
    measured["one process"] = _rate(count, timed_batch(articles, settings)[0])
    measured["multiprocessing, 2 processes"] = _rate(count, multiprocessing_batch(articles, settings, 2))
    failures = 0
    for workers in (1, 2):
        with local_cluster(workers) as cluster:
            address = cluster.scheduler_address
            timed_batch(articles[: 2 * workers], settings, executor="dask", scheduler=address)
            seconds, failed = timed_batch(articles, settings, executor="dask", scheduler=address, concurrency=4)
            failures += failed
            measured[f"dask, {workers} worker(s)"] = _rate(count, seconds)
    base = measured["one process"]
    result.details["offline"] = {"articles": count, "articles_per_s": measured, "failures": failures}
    for label, rate in measured.items():
        result.rows.append(
            Row(
                NAME,
                f"offline engine, {label}: articles/s (x one process)",
                f"{rate:.2f}/s ({rate / base:.2f}x)",
                "",
                "",
                None,
                f"{count} articles of 500-1,000 words, cache off; {failures} failures in the Dask runs",
            )
        )


def llm_rows(ctx: BenchContext, result: BenchResult) -> None:
    levels = IN_FLIGHT[:2] if ctx.quick else IN_FLIGHT
    runs: dict[int, dict[str, Any]] = {}
    with DelayedEndpoint(FAULT_DELAY_S) as endpoint, local_cluster(2) as cluster:
        settings = endpoint.llm_settings(ctx.workdir / "cache-cluster-llm")
        address = cluster.scheduler_address
        timed_batch(distinct_articles(4), settings, executor="dask", scheduler=address, concurrency=2)
        for level in levels:
            articles = distinct_articles(4 * level)
            local_s, local_failed = timed_batch(articles, settings, concurrency=level)
            dask_s, dask_failed = timed_batch(
                articles, settings, executor="dask", scheduler=address, concurrency=level // 2
            )
            runs[level] = {
                "articles": len(articles),
                "local_per_s": _rate(len(articles), local_s),
                "dask_per_s": _rate(len(articles), dask_s),
                "failures": local_failed + dask_failed,
            }
    result.details["llm"] = {"delay_s": FAULT_DELAY_S, "runs": runs}
    for level, run in runs.items():
        ideal = level / FAULT_DELAY_S
        result.rows.append(
            Row(
                NAME,
                f"LLM path, fault server ({FAULT_DELAY_S} s), {level} in flight: "
                "articles/s one process / Dask 2 workers",
                f"{run['local_per_s']:.1f} / {run['dask_per_s']:.1f}",
                "",
                "",
                None,
                f"ideal {ideal:g}/s; {run['articles']} articles; {run['failures']} failures",
            )
        )


def run(ctx: BenchContext) -> BenchResult:
    result = BenchResult()
    offline_rows(ctx, result)
    llm_rows(ctx, result)
    return result
