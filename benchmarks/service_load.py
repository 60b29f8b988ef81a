"""Service load: sustained requests/s and p50/p99 of ``POST /v1/extract`` on 127.0.0.1, offline engine.

Two bounded httpx loops against a real ``extractor serve`` process: every request a new article (the
engine runs), and the same articles again (answered from the cache). Each loop stops at its request
count or its time budget, whichever comes first; every non-200 answer counts as an error.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import httpx

from benchmarks.common import BenchContext, BenchResult, Row, percentile, seed_articles
from benchmarks.serve import ServiceProcess

NAME = "service"


@dataclass
class LoadFigures:
    """What one bounded loop measured."""

    requests: int
    errors: int
    seconds: float
    per_second: float
    p50_ms: float
    p99_ms: float


def run_load(
    base_url: str,
    body: Callable[[int], dict[str, Any]],
    *,
    requests: int,
    in_flight: int,
    max_seconds: float,
    headers: dict[str, str] | None = None,
) -> LoadFigures:
    """POST ``body(i)`` to ``/v1/extract`` ``requests`` times, ``in_flight`` at once, for at most ``max_seconds``."""
    return asyncio.run(_load(base_url, body, requests, in_flight, max_seconds, headers or {}))


async def _load(
    base_url: str,
    body: Callable[[int], dict[str, Any]],
    requests: int,
    in_flight: int,
    max_seconds: float,
    headers: dict[str, str],
) -> LoadFigures:
    latencies: list[float] = []
    errors = 0
    issued = 0
    started = time.perf_counter()
    deadline = started + max_seconds
    limits = httpx.Limits(max_connections=in_flight, max_keepalive_connections=in_flight)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal issued, errors
        while issued < requests and time.perf_counter() < deadline:
            number = issued
            issued += 1
            began = time.perf_counter()
            try:
                response = await client.post("/v1/extract", json=body(number), headers=headers)
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - began)
            errors += not ok

    async with httpx.AsyncClient(base_url=base_url, timeout=60, limits=limits) as client:
        await asyncio.gather(*(worker(client) for _ in range(in_flight)))
    seconds = time.perf_counter() - started
    done = len(latencies)
    return LoadFigures(
        requests=done,
        errors=errors,
        seconds=seconds,
        per_second=done / seconds if seconds else 0.0,
        p50_ms=percentile(latencies, 0.5) * 1000 if latencies else 0.0,
        p99_ms=percentile(latencies, 0.99) * 1000 if latencies else 0.0,
    )


def fresh_bodies() -> Callable[[int], dict[str, Any]]:
    """A different article each call (a seed with a numbered line added), so the engine runs every time."""
    seeds = seed_articles()

    def body(number: int) -> dict[str, Any]:
        seed = seeds[number % len(seeds)]
        return {"text": f"{seed.text}\n\nUpdated {number}.", "published": str(seed.published or "") or None}

    return body


def cached_bodies() -> Callable[[int], dict[str, Any]]:
    """The five seeds in turn: after the first round every answer comes from the cache."""
    seeds = seed_articles()
    return lambda number: {"text": seeds[number % len(seeds)].text}


def measure(ctx: BenchContext) -> dict[str, LoadFigures]:
    """Start a server with the rate limit out of the way and run both loops against it."""
    fresh_count, cached_count = (12, 200) if ctx.quick else (120, 3000)
    folder = ctx.workdir / "service-load"
    folder.mkdir(parents=True, exist_ok=True)
    with ServiceProcess(folder, "--rate", "100000", "--burst", "100000") as server:
        warm = cached_bodies()
        run_load(server.base_url, warm, requests=5, in_flight=1, max_seconds=60)
        offline = run_load(server.base_url, fresh_bodies(), requests=fresh_count, in_flight=4, max_seconds=120)
        cached = run_load(server.base_url, warm, requests=cached_count, in_flight=8, max_seconds=60)
    return {"offline": offline, "cached": cached}


def run(ctx: BenchContext) -> BenchResult:
    figures = measure(ctx)
    rows = []
    for kind, label in (("offline", "offline engine, a new article each request"), ("cached", "from the cache")):
        f = figures[kind]
        rows.append(
            Row(
                NAME,
                f"`POST /v1/extract` {label}: requests/s, p50 / p99",
                f"{f.per_second:.1f} req/s, {f.p50_ms:.0f} / {f.p99_ms:.0f} ms",
                "",
                "errors 0",
                f.errors == 0,
                f"{f.requests} requests in {f.seconds:.1f} s, {f.errors} errors",
            )
        )
    return BenchResult(rows=rows, details={k: asdict(v) for k, v in figures.items()})
