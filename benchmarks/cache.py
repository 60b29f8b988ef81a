"""Cache: latency of an ``extract()`` cache hit and of the seed eval from cache, each beside the same run uncached.

Uses the offline engine (no server needed) and a scratch cache folder. Cached and uncached runs are
interleaved so that load from other jobs on the machine falls on both.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from benchmarks.common import BenchContext, BenchResult, Row, at_most, interleaved, median, percentile, seed_articles
from extractor.api import extract
from extractor.config import Settings

if TYPE_CHECKING:
    from extractor.evaluation.runs import EvalRun
    from extractor.evaluation.suite import SuiteInputs

NAME = "cache"
HIT_P50_TARGET_MS = 2.0
EVAL_TARGET_S = 1.0


def _ms(call: Callable[[], Any]) -> float:
    """Milliseconds one call takes."""
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def hit_latency(ctx: BenchContext, result: BenchResult) -> None:
    """p50/p95 of ``extract()`` answered from cache, and the same call with the cache off."""
    article = seed_articles()[0]
    settings = Settings(engine="offline", cache_dir=ctx.workdir / "cache-hit")
    first = extract(article, settings=settings)
    uncached_settings = settings.with_overrides(use_cache=False)
    blocks = 2 if ctx.quick else 5
    hits_per_block = 100 if ctx.quick else 400
    hits: list[float] = []
    misses: list[float] = []
    hit_flags = 0
    for _ in range(blocks):
        misses.append(_ms(lambda: extract(article, settings=uncached_settings)))
        for _ in range(hits_per_block):
            started = time.perf_counter()
            again = extract(article, settings=settings)
            hits.append((time.perf_counter() - started) * 1000)
            hit_flags += bool(again.metadata.cache_hit)
    p50, p95 = percentile(hits, 0.5), percentile(hits, 0.95)
    uncached_p50 = median(misses)
    same = again.model_dump(exclude={"metadata"}) == first.model_dump(exclude={"metadata"})
    result.details["extract_hit"] = {
        "hits": len(hits),
        "hit_flags": hit_flags,
        "p50_ms": round(p50, 3),
        "p95_ms": round(p95, 3),
        "max_ms": round(max(hits), 3),
        "uncached_ms": [round(m, 1) for m in misses],
        "same_result": same,
        "article": article.id,
    }
    result.rows.append(
        Row(
            NAME,
            "extract() cache hit, p50",
            round(p50, 3),
            "ms",
            f"< {HIT_P50_TARGET_MS}",
            at_most(p50, HIT_P50_TARGET_MS),
            f"p95 {p95:.3f} ms over {len(hits)} hits ({hit_flags} flagged cache_hit); "
            f"result equal to the fresh one: {'yes' if same else 'NO'}",
        )
    )
    result.rows.append(
        Row(
            NAME,
            "extract() uncached / cache hit (p50)",
            round(uncached_p50 / p50, 1),
            "x",
            "",
            None,
            f"uncached offline extract p50 {uncached_p50:.0f} ms over {len(misses)} runs, interleaved with the hits",
        )
    )


def eval_from_cache(ctx: BenchContext, result: BenchResult) -> None:
    """The seed eval (``run_eval``, what ``extractor eval --suite seeds --engine offline`` runs) warm vs uncached."""
    from extractor.evaluation.suite import load_inputs, run_eval, suite_dirs

    inputs = load_inputs(*suite_dirs("seeds"), name="seeds")
    settings = Settings(engine="offline", cache_dir=ctx.workdir / "cache-eval")
    uncached = settings.with_overrides(use_cache=False)
    run_eval(inputs, settings)
    rounds = 2 if ctx.quick else 4
    runs = interleaved(
        {"cached": lambda: _timed_eval(inputs, settings), "uncached": lambda: _timed_eval(inputs, uncached)}, rounds
    )
    cached_s = median([seconds for seconds, _ in runs["cached"]])
    uncached_s = median([seconds for seconds, _ in runs["uncached"]])
    cached_run, uncached_run = runs["cached"][-1][1], runs["uncached"][-1][1]
    same_scores = (
        cached_run.aggregate.strikes == uncached_run.aggregate.strikes
        and cached_run.aggregate.claims == uncached_run.aggregate.claims
    )
    result.details["seed_eval"] = {
        "articles": len(inputs.articles),
        "rounds": rounds,
        "cached_s": [round(s, 4) for s, _ in runs["cached"]],
        "uncached_s": [round(s, 3) for s, _ in runs["uncached"]],
        "cache_hits_in_cached_run": cached_run.aggregate.cache_hits,
        "same_scores": same_scores,
    }
    result.rows.append(
        Row(
            NAME,
            "seed eval run from cache (run_eval)",
            round(cached_s, 3),
            "s",
            f"< {EVAL_TARGET_S}",
            at_most(cached_s, EVAL_TARGET_S),
            f"{len(inputs.articles)} articles, {cached_run.aggregate.cache_hits} cache hits, median of "
            f"{rounds}; scores equal to the uncached run: {'yes' if same_scores else 'NO'}",
        )
    )
    result.rows.append(
        Row(
            NAME,
            "seed eval uncached / from cache",
            round(uncached_s / cached_s, 1),
            "x",
            "",
            None,
            f"uncached median {uncached_s:.2f} s, interleaved with the cached runs",
        )
    )


def _timed_eval(inputs: SuiteInputs, settings: Settings) -> tuple[float, EvalRun]:
    """Seconds one seed eval takes, and the run it produced."""
    from extractor.evaluation.suite import run_eval

    started = time.perf_counter()
    run = run_eval(inputs, settings)
    return time.perf_counter() - started, run


def run(ctx: BenchContext) -> BenchResult:
    """Cache-hit latency of ``extract()`` and the seed eval from cache, each beside its uncached twin."""
    result = BenchResult()
    hit_latency(ctx, result)
    eval_from_cache(ctx, result)
    return result
