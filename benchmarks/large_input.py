"""Time and peak memory of the offline engine on one huge single-line article, at growing sizes.

Each size runs ``extractor extract FILE --engine offline`` in a child process on a file of one line
(a news sentence repeated, no paragraph breaks); wall time and the child's peak RSS (``ru_maxrss``)
are measured. The target is the issue's: peak memory under 1 GB at the 16 MiB cap, with time and
memory growing no faster than the size. Quick mode stops at 512 KiB (the full run takes tens of minutes
on a loaded two-core machine: spaCy parses every character).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from benchmarks.common import BenchContext, BenchResult, Row, at_most

NAME = "large-input"
SENTENCE = "Iraqi jets struck Islamic State positions near Mosul on Monday, killing 12 militants, officials said. "
FULL_SIZES = (256 * 1024, 1024 * 1024, 4 * 1024 * 1024, 16 * 1024 * 1024)
QUICK_SIZES = (128 * 1024, 512 * 1024)
PEAK_TARGET_MB = 1024.0
REPO = Path(__file__).resolve().parent.parent


def single_line(path: Path, size: int) -> Path:
    """A file of exactly ``size`` bytes on one line."""
    text = (SENTENCE * (size // len(SENTENCE) + 1))[:size]
    path.write_text(text, encoding="utf-8")
    return path


def measure(path: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of one offline extraction of ``path`` in a fresh child process."""
    script = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "code = subprocess.run([sys.executable, '-m', 'extractor', 'extract', sys.argv[1], '--engine', 'offline',"
        " '--no-cache', '-f', 'jsonl'], stdout=subprocess.DEVNULL).returncode\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, code)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(path)], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), float(out[1]), int(out[2])


def run(ctx: BenchContext) -> BenchResult:
    sizes = QUICK_SIZES if ctx.quick else FULL_SIZES
    rows: list[Row] = []
    details: dict[str, object] = {"sizes": {}}
    previous: tuple[int, float] | None = None
    for size in sizes:
        path = single_line(ctx.workdir / f"single-line-{size}.txt", size)
        seconds, peak_mb, code = measure(path)
        path.unlink()
        label = f"{size / 1024 / 1024:g} MiB single line"
        details["sizes"][size] = {"seconds": round(seconds, 1), "peak_mb": round(peak_mb, 1), "exit": code}
        rows.append(Row(NAME, f"{label}: time", round(seconds, 1), "s", notes=f"exit {code}"))
        target = f"< {PEAK_TARGET_MB:g} MB" if size == max(sizes) else ""
        met = at_most(peak_mb, PEAK_TARGET_MB) if target else None
        rows.append(Row(NAME, f"{label}: peak RSS", round(peak_mb), "MB", target, met))
        if previous is not None:
            ratio = (seconds / previous[1]) / (size / previous[0])
            rows.append(
                Row(NAME, f"{label}: time per byte vs previous size", round(ratio, 2), "x", "<= 1.5", ratio <= 1.5)
            )
        previous = (size, seconds)
    details["load_average"] = list(os.getloadavg())
    return BenchResult(rows=rows, details=details)


if __name__ == "__main__":
    context = BenchContext(quick="--quick" in sys.argv)
    try:
        for row in run(context).rows:
            print(f"{row.name:55} {row.value} {row.unit} {row.target} {'' if row.met is None else row.met}")
    finally:
        context.close()
