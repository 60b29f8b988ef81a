"""Offline engine throughput against bare spaCy ``nlp.pipe`` on the same texts and components, and model load time.

The engine's cost over spaCy is its rules; the ratio (engine articles/s over bare ``nlp.pipe`` articles/s,
same pipeline, same batch size, same process count) says how much the rules cost. Runs are interleaved
(bare, engine, engine, bare) so a neighbour's load hits both alike. "One core" pins the process to one CPU
and parses in-process; "both cores" lets the engine parse with two spaCy worker processes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from benchmarks.common import (
    BenchContext,
    BenchResult,
    Row,
    Timing,
    at_least,
    at_most,
    interleaved,
    median,
    pinned_cores,
    sized_articles,
    timed,
    word_count,
)
from extractor.config import Settings
from extractor.engines.offline import OfflineEngine
from extractor.engines.offline.engine import BATCH_SIZE
from extractor.schemas import Article, ArticleExtraction

NAME = "offline"
RATIO_TARGET = 0.8
LOAD_TARGET_S = 2.0
LOAD_SCRIPT = """
import json, time
started = time.perf_counter()
import spacy
imported = time.perf_counter()
from extractor.engines.offline.nlp import load_nlp
nlp = load_nlp()
loaded = time.perf_counter()
from extractor.config import Settings
from extractor.engines.offline import OfflineEngine
from extractor.schemas import Article
engine = OfflineEngine(Settings(engine="offline", use_cache=False))
engine.extract(Article(id="warm", text="Iraqi jets struck Islamic State positions in Al-Bukamal on Sunday."))
ready = time.perf_counter()
print(json.dumps({"import_spacy_s": imported - started, "load_model_s": loaded - imported,
                  "engine_first_article_s": ready - loaded}))
"""


@contextmanager
def engine_processes(count: int) -> Iterator[bool]:
    """Make ``extract_batch`` parse with ``count`` processes whatever the batch size; yields whether it could."""
    from extractor.engines.offline import engine as engine_module

    if not hasattr(engine_module, "MULTIPROCESS_MIN_ARTICLES"):
        yield False
        return
    before = engine_module.MULTIPROCESS_MIN_ARTICLES
    engine_module.MULTIPROCESS_MIN_ARTICLES = 0 if count > 1 else 10**9
    try:
        yield True
    finally:
        engine_module.MULTIPROCESS_MIN_ARTICLES = before


def bare_spacy(texts: list[str], n_process: int) -> Timing:
    """Parse the texts with bare ``nlp.pipe`` (the engine's pipeline and batch size), consuming every doc."""
    from extractor.engines.offline.nlp import load_nlp

    nlp = load_nlp()
    with timed() as timing:
        for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=n_process):
            pass
    return timing


def engine_batch(engine: Any, articles: list[Article]) -> tuple[Timing, int]:
    """Run the engine's ``extract_batch`` over the articles; returns the timing and how many failed."""
    failed = 0
    with timed() as timing:
        for _, outcome in engine.extract_batch(articles):
            if not isinstance(outcome, ArticleExtraction):
                failed += 1
    return timing, failed


def model_load(repeats: int) -> list[dict[str, float]]:
    """Time ``load_nlp()`` (and the first article) in fresh interpreters, as a CLI run pays it."""
    runs = []
    for _ in range(repeats):
        done = subprocess.run(
            [sys.executable, "-c", LOAD_SCRIPT], capture_output=True, text=True, timeout=300, check=True
        )
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return runs


def run(ctx: BenchContext) -> BenchResult:
    """Articles/s of the engine and of bare spaCy on one core and on both; model load time in a fresh process."""
    articles = sized_articles(4 if ctx.quick else 32)
    texts = [a.text for a in articles]
    words = [word_count(t) for t in texts]
    engine = OfflineEngine(Settings(engine="offline", use_cache=False))
    engine_batch(engine, articles[:2])
    bare_spacy(texts[:2], 1)
    rounds = 2 if ctx.quick else 4
    result = BenchResult(
        details={
            "articles": len(articles),
            "words_min": min(words),
            "words_max": max(words),
            "words_mean": round(sum(words) / len(words)),
            "rounds": rounds,
            "cores": {},
        }
    )
    usable = len(os.sched_getaffinity(0))
    rates: dict[int, float] = {}
    for cores in (1, 2):
        if cores > usable:
            result.rows.append(
                Row(
                    NAME,
                    f"engine / bare spaCy, {cores} cores",
                    None,
                    "ratio",
                    f">= {RATIO_TARGET}",
                    None,
                    f"only {usable} usable core(s)",
                )
            )
            continue
        with pinned_cores(cores), engine_processes(cores) as forced:
            runs = interleaved(
                {"bare": lambda n=cores: bare_spacy(texts, n), "engine": lambda: engine_batch(engine, articles)}, rounds
            )
        bare_runs: list[Timing] = runs["bare"]
        engine_runs: list[Timing] = [timing for timing, _ in runs["engine"]]
        failures = sum(failed for _, failed in runs["engine"])
        bare_s = sum(t.wall_s for t in bare_runs)
        engine_s = sum(t.wall_s for t in engine_runs)
        ratio = bare_s / engine_s
        rate = len(articles) * len(engine_runs) / engine_s
        rates[cores] = rate
        busy = median([t.cores_busy for t in engine_runs])
        result.details["cores"][cores] = {
            "n_process_forced": forced,
            "bare_wall_s": [round(t.wall_s, 3) for t in bare_runs],
            "engine_wall_s": [round(t.wall_s, 3) for t in engine_runs],
            "engine_cores_busy": [round(t.cores_busy, 2) for t in engine_runs],
            "engine_worker_cpu_s": [round(t.child_cpu_s, 2) for t in engine_runs],
            "bare_cores_busy": [round(t.cores_busy, 2) for t in bare_runs],
            "engine_articles_per_s": round(rate, 2),
            "bare_articles_per_s": round(len(articles) * len(bare_runs) / bare_s, 2),
            "failed_articles": failures,
        }
        label = "1 core, in-process" if cores == 1 else "2 cores, 2 spaCy workers"
        result.rows.append(
            Row(
                NAME,
                f"engine / bare spaCy throughput, {label}",
                round(ratio, 3),
                "ratio",
                f">= {RATIO_TARGET}",
                at_least(ratio, RATIO_TARGET),
                f"{rate:.2f} vs {len(articles) * len(bare_runs) / bare_s:.2f} articles/s over {len(articles)} articles "
                f"of {min(words)}-{max(words)} words, {len(engine_runs)} interleaved runs each"
                + (f"; {failures} article failures" if failures else ""),
            )
        )
        if cores == 2:
            one_batch = len(articles) <= BATCH_SIZE
            result.rows.append(
                Row(
                    NAME,
                    "engine CPU use with 2 workers",
                    round(busy, 2),
                    "cores busy",
                    "> 1.0",
                    None if one_batch else busy > 1.0,
                    f"(parent + worker CPU s) / wall s; workers used "
                    f"{median([t.child_cpu_s for t in engine_runs]):.1f} CPU s per run"
                    + (
                        f"; no verdict: {len(articles)} articles fill one batch of {BATCH_SIZE}, so one worker gets all"
                        if one_batch
                        else ""
                    ),
                )
            )
    if 1 in rates and 2 in rates:
        result.rows.append(
            Row(
                NAME,
                "engine speedup, 2 cores vs 1",
                round(rates[2] / rates[1], 2),
                "x",
                "",
                None,
                "informational: the machine is shared, so the second core is not all ours",
            )
        )
    loads = model_load(1 if ctx.quick else 3)
    load_s = median([r["load_model_s"] for r in loads])
    result.details["model_load"] = [{k: round(v, 3) for k, v in r.items()} for r in loads]
    result.rows.append(
        Row(
            NAME,
            "spaCy model load (load_nlp) in a fresh process",
            round(load_s, 2),
            "s",
            f"< {LOAD_TARGET_S}",
            at_most(load_s, LOAD_TARGET_S),
            f"median of {len(loads)}; import spacy {median([r['import_spacy_s'] for r in loads]):.2f} s and "
            f"engine rules + first article {median([r['engine_first_article_s'] for r in loads]):.2f} s not included",
        )
    )
    return result
