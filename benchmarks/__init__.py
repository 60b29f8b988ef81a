"""Benchmarks of the extractor: every figure a ratio or count measured side by side in one run.

``python -m benchmarks`` runs them all, prints a table and writes ``benchmarks/results/latest.json``;
``run_benchmarks`` does the same from Python (the tests call it in quick mode).
"""

from __future__ import annotations

import importlib
import os
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from benchmarks.common import BenchContext, BenchResult, Row, machine_info

BENCHMARKS: dict[str, tuple[str, str]] = {
    "offline": ("benchmarks.offline", "offline engine articles/s vs bare spaCy, 1 and 2 cores; model load"),
    "cache": ("benchmarks.cache", "extract() cache hit p50/p95; seed eval from cache vs uncached"),
    "llm-overhead": ("benchmarks.llm_overhead", "extract() via instructor vs raw openai call, same request"),
    "prompt-economy": ("benchmarks.prompt_economy", "prompt + tool tokens per prompt version vs article tokens"),
    "concurrency": ("benchmarks.concurrency", "extract_many throughput at concurrency 1/2/4/8"),
    "briefing": ("benchmarks.briefing", "one day's briefing from stores of 1k/10k/100k extractions"),
    "large-input": ("benchmarks.large_input", "offline engine time and peak RSS on one huge single-line article"),
    "peer": ("benchmarks.peer", "langextract vs extractor on the same articles and server"),
    "cluster": (
        "benchmarks.cluster",
        "batches on Dask (1, 2 workers) vs one process and multiprocessing; LLM 8/32/128",
    ),
    "service": ("benchmarks.service_load", "extractor serve: POST /v1/extract requests/s, p50/p99, offline and cached"),
}
"""Name -> (module with ``run(ctx) -> BenchResult``, one-line description), in run order."""
RESULTS_DIR = Path(__file__).resolve().parent / "results"


def first_line(exc: BaseException) -> str:
    """``Type: first line of the message``, for a row's notes."""
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"


def _runner(name: str) -> Callable[[BenchContext], BenchResult]:
    module = importlib.import_module(BENCHMARKS[name][0])
    return module.run


def run_benchmarks(
    names: Iterable[str] | None = None,
    *,
    quick: bool = False,
    on_result: Callable[[str, BenchResult], None] | None = None,
) -> dict[str, Any]:
    """Run the named benchmarks (all by default) and return the JSON-ready report; a failure becomes a row."""
    chosen = list(names) if names else list(BENCHMARKS)
    unknown = [n for n in chosen if n not in BENCHMARKS]
    if unknown:
        raise ValueError(f"unknown benchmark(s) {', '.join(unknown)}: choose from {', '.join(BENCHMARKS)}")
    report: dict[str, Any] = {"machine": machine_info(), "mode": "quick" if quick else "full", "benchmarks": {}}
    rows: list[Row] = []
    started = time.perf_counter()
    ctx = BenchContext(quick=quick)
    try:
        for name in chosen:
            began = time.perf_counter()
            try:
                result = _runner(name)(ctx)
            except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others' figures
                result = BenchResult(
                    rows=[Row(name, "benchmark failed", None, "", "", False, first_line(exc))],
                    details={"traceback": traceback.format_exc()},
                )
            seconds = time.perf_counter() - began
            rows.extend(result.rows)
            report["benchmarks"][name] = {
                "seconds": round(seconds, 1),
                "rows": [r.as_dict() for r in result.rows],
                "details": result.details,
            }
            if on_result:
                on_result(name, result)
    finally:
        ctx.close()
    report["seconds"] = round(time.perf_counter() - started, 1)
    report["machine"]["load_average_end"] = list(os.getloadavg())
    report["rows"] = [r.as_dict() for r in rows]
    return report
