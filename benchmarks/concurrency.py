"""Concurrency: ``extract_many`` throughput at concurrency 1, 2, 4 and 8, as speedup over concurrency 1.

Two endpoints. The fault server answers every request after a fixed delay (0.5 s) and serves requests
in parallel, so our client alone decides the throughput: it should scale close to linearly. The local
llama.cpp server computes one completion at a time, so there the speedup shows only whether concurrency
costs anything. Sweeps run up then down (1 2 4 8, 8 4 2 1) so drift falls on every level alike.
"""

from __future__ import annotations

import time
from typing import Any

from benchmarks.common import BenchContext, BenchResult, Row, at_least, median, seed_articles
from benchmarks.delayed_endpoint import DelayedEndpoint
from benchmarks.llm_overhead import llm_settings
from extractor.api import extract_many
from extractor.config import Settings
from extractor.schemas import Article

NAME = "concurrency"
LEVELS = (1, 2, 4, 8)
FAULT_DELAY_S = 0.5
LLAMA_ARTICLE_WORDS = 40
"""Short texts keep the local server's prompt work small: each new article id means a fresh prompt."""
LLAMA_MAX_TOKENS = 8
"""One bounded request per article: equal server work at every level, whether or not the answer fits."""
SCALING_TARGET = 0.8
"""On the delayed server, speedup at concurrency c must reach at least this share of c."""


def sweep(articles: list[Article], settings: Settings, levels: tuple[int, ...]) -> dict[int, dict[str, Any]]:
    """One ``extract_many`` run per concurrency level: requests answered per second, failures."""
    out = {}
    for level in levels:
        started, cpu_started = time.perf_counter(), time.process_time()
        batch = extract_many(articles, concurrency=level, settings=settings)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        out[level] = {
            "wall_s": round(wall, 3),
            "articles_per_s": len(articles) / wall,
            "client_cpu_ms_per_article": round(cpu * 1000 / len(articles), 1),
            "ok": len(batch.results),
            "failures": len(batch.failures),
            "first_failure": batch.failures[0].error if batch.failures else None,
        }
    return out


def sweeps(articles: list[Article], settings: Settings, rounds: int) -> dict[int, list[dict[str, Any]]]:
    """``rounds`` sweeps alternately up and down the levels; every level's runs collected."""
    runs: dict[int, list[dict[str, Any]]] = {level: [] for level in LEVELS}
    for index in range(rounds):
        order = LEVELS if index % 2 == 0 else tuple(reversed(LEVELS))
        for level, measured in sweep(articles, settings, order).items():
            runs[level].append(measured)
    return runs


def speedups(runs: dict[int, list[dict[str, Any]]]) -> dict[int, float]:
    """Median throughput at each level over the median at concurrency 1."""
    rates = {level: median([r["articles_per_s"] for r in measured]) for level, measured in runs.items()}
    return {level: rates[level] / rates[1] for level in runs}


def distinct_articles(count: int, words: int | None = None, one_seed: bool = False) -> list[Article]:
    """``count`` seed-based articles with distinct ids (``extract_many`` extracts a repeated id once).

    ``one_seed`` takes them all from the first seed: the system prompt holds the publication date, so
    only articles of one date share the server's cached prompt prefix and cost the same.
    """
    seeds = seed_articles()[:1] if one_seed else seed_articles()
    out = []
    for index in range(count):
        seed = seeds[index % len(seeds)]
        text = seed.text if words is None else " ".join(seed.text.split()[:words])
        out.append(seed.model_copy(update={"id": f"{seed.id}-{index}", "text": text}))
    return out


def fault_server_rows(ctx: BenchContext, result: BenchResult) -> None:
    """Speedup against the fault server (own process) answering after a fixed delay; target >= 0.8 x concurrency."""
    count = 8 if ctx.quick else 16
    articles = distinct_articles(count)
    rounds = 1 if ctx.quick else 2
    with DelayedEndpoint(FAULT_DELAY_S) as endpoint:
        settings = endpoint.llm_settings(ctx.workdir / "cache-fault")
        extract_many(articles[:1], concurrency=1, settings=settings)
        runs = sweeps(articles, settings, rounds)
    requests = endpoint.requests_answered
    gains = speedups(runs)
    failures = sum(r["failures"] for measured in runs.values() for r in measured)
    result.details["fault_server"] = {
        "delay_s": FAULT_DELAY_S,
        "articles": count,
        "rounds": rounds,
        "requests_seen": requests,
        "runs": runs,
        "speedup": {k: round(v, 3) for k, v in gains.items()},
    }
    base = median([r["articles_per_s"] for r in runs[1]])
    for level in LEVELS[1:]:
        bound = SCALING_TARGET * level
        result.rows.append(
            Row(
                NAME,
                f"fault server ({FAULT_DELAY_S} s delay): speedup at concurrency {level}",
                round(gains[level], 2),
                "x",
                f">= {bound:g}",
                at_least(gains[level], bound),
                f"{base * gains[level]:.2f} vs {base:.2f} articles/s at concurrency 1 (ideal {1 / FAULT_DELAY_S:g}/s "
                f"per slot); {count} articles, {rounds} sweep(s), {requests} requests, {failures} failures",
            )
        )
    cpu_ms = median([r["client_cpu_ms_per_article"] for measured in runs.values() for r in measured])
    result.rows.append(
        Row(
            NAME,
            "client CPU per extract() on the fault server",
            cpu_ms,
            "ms",
            "",
            None,
            f"our process's CPU per article (all threads), median over levels; the Python work holds the GIL, so "
            f"throughput cannot pass ~{1000 / cpu_ms:.0f} articles/s on this machine whatever the concurrency",
        )
    )


def llama_rows(ctx: BenchContext, result: BenchResult) -> None:
    """Speedup against the local llama.cpp server (one completion at a time): informational."""
    server = ctx.llama()
    settings = llm_settings(server.base_url, ctx, max_tokens=LLAMA_MAX_TOKENS).with_overrides(max_validation_attempts=1)
    count = 3 if ctx.quick else 8
    rounds = 1
    articles = distinct_articles(count, LLAMA_ARTICLE_WORDS, one_seed=True)
    extract_many(articles[:1], concurrency=1, settings=settings)
    runs = sweeps(articles, settings, rounds)
    gains = speedups(runs)
    failures = sum(r["failures"] for measured in runs.values() for r in measured)
    result.details["llama_server"] = {
        "articles": count,
        "article_words": LLAMA_ARTICLE_WORDS,
        "rounds": rounds,
        "max_tokens": settings.max_tokens,
        "validation_attempts": 1,
        "runs": runs,
        "speedup": {k: round(v, 3) for k, v in gains.items()},
    }
    base = median([r["articles_per_s"] for r in runs[1]])
    for level in LEVELS[1:]:
        result.rows.append(
            Row(
                NAME,
                f"llama.cpp server: speedup at concurrency {level}",
                round(gains[level], 2),
                "x",
                "",
                None,
                f"{base * gains[level]:.2f} vs {base:.2f} articles/s; {count} copies of a seed's first "
                f"{LLAMA_ARTICLE_WORDS} words under distinct ids, {rounds} sweep(s), one request each (max_tokens "
                f"{settings.max_tokens}, no re-ask; {failures} cut off by the budget count as done); the server "
                "computes one completion at a time",
            )
        )


def run(ctx: BenchContext) -> BenchResult:
    """Throughput speedup by concurrency level on the delayed fault server (target) and on llama.cpp."""
    result = BenchResult()
    fault_server_rows(ctx, result)
    llama_rows(ctx, result)
    return result
