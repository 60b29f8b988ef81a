"""A bounded load test of ``POST /v1/extract`` on 127.0.0.1: no errors, offline engine and from the cache."""

from __future__ import annotations

import sys

import pytest
from tests_paths import REPO

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.common import BenchContext  # noqa: E402
from benchmarks.service_load import measure  # noqa: E402


@pytest.mark.slow
def test_bounded_load_has_no_errors_and_the_cache_is_faster() -> None:
    ctx = BenchContext(quick=True)
    try:
        figures = measure(ctx)
    finally:
        ctx.close()
    offline, cached = figures["offline"], figures["cached"]
    assert (offline.requests, offline.errors) == (12, 0)
    assert (cached.requests, cached.errors) == (200, 0)
    assert cached.p50_ms < offline.p50_ms, "cache hits skip the engine"
    assert cached.per_second > offline.per_second
