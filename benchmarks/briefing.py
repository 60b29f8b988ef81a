"""Briefing scale: one day's briefing from stores of 1k, 10k and 100k extractions (``briefing_scale.measure``).

The growth exponent between two sizes, log(t_large / t_small) / log(n_large / n_small), is a ratio of
two times measured in the same run: 1.0 is linear growth, below 1 is sublinear. It is reported twice:
against the store size n, and against the articles the briefing covers (those published on the day
plus the undated ones attached to its events), which is what the build works through.
"""

from __future__ import annotations

import math

from benchmarks.briefing_scale import BRIEF_REPEATS, measure
from benchmarks.common import BenchContext, BenchResult, Row, at_most

NAME = "briefing"
FULL_SIZES = (1000, 10000, 100000)
QUICK_SIZES = (1000, 10000)
TARGET_S = 2.0
EXPONENT_TARGET = 1.0


def growth_exponent(small: dict, large: dict, key: str = "brief_seconds", size: str = "extractions") -> float:
    """How briefing time grows with ``size`` (store size by default) between two measured sizes (1.0 = linear)."""
    return math.log(large[key] / small[key]) / math.log(large[size] / small[size])


def _covered(row: dict) -> str:
    return (
        f"{row['articles_briefed']} articles briefed: {row['articles_on_day']} published that day + "
        f"{row['undated_attached']} undated attached (of {row['undated_in_store']} undated in the store)"
    )


def run(ctx: BenchContext) -> BenchResult:
    """Briefing time per store size, its growth exponents, and the time at the largest size."""
    sizes = QUICK_SIZES if ctx.quick else FULL_SIZES
    rows = measure(sizes)
    result = BenchResult(details={"sizes": rows})
    by_size = {r["extractions"]: r for r in rows}
    largest = by_size[max(by_size)]
    time_target_applies = largest["extractions"] >= FULL_SIZES[-1]
    result.rows.append(
        Row(
            NAME,
            f"one day's briefing, store of {largest['extractions']:,} extractions",
            largest["brief_seconds"],
            "s",
            f"< {TARGET_S} (at 100k)",
            at_most(largest["brief_seconds"], TARGET_S) if time_target_applies else None,
            f"median of {BRIEF_REPEATS} warm runs, first (cold) {largest['brief_first_seconds']} s; "
            f"{largest['articles_on_day']} articles and {largest['events_on_day']} events that day; "
            f"store {largest['db_megabytes']} MB",
        )
    )
    ordered = sorted(by_size)
    for small, large in zip(ordered, ordered[1:], strict=False):
        exponent = growth_exponent(by_size[small], by_size[large])
        result.rows.append(
            Row(
                NAME,
                f"briefing time growth exponent vs store size, {small:,} -> {large:,}",
                round(exponent, 2),
                "exponent",
                f"<= {EXPONENT_TARGET}",
                at_most(exponent, EXPONENT_TARGET),
                f"{by_size[small]['brief_seconds']} s -> {by_size[large]['brief_seconds']} s "
                f"({by_size[small]['articles_on_day']} -> {by_size[large]['articles_on_day']} articles on the day, "
                f"{by_size[small]['articles_briefed']} -> {by_size[large]['articles_briefed']} briefed)",
            )
        )
    for size in ordered:
        row = by_size[size]
        if not row["articles_on_day"]:
            continue
        per_article_ms = 1000 * row["brief_seconds"] / row["articles_briefed"]
        result.rows.append(
            Row(
                NAME,
                f"briefing time per article briefed, store of {size:,}",
                round(per_article_ms, 3),
                "ms",
                "",
                None,
                f"{row['brief_seconds']} s over {_covered(row)}; "
                f"{1000 * row['brief_seconds'] / row['articles_on_day']:.3f} ms per article published that day",
            )
        )
    for small, large in zip(ordered, ordered[1:], strict=False):
        counts = (by_size[small]["articles_briefed"], by_size[large]["articles_briefed"])
        if min(counts) < 1 or counts[0] == counts[1]:
            continue
        exponent = growth_exponent(by_size[small], by_size[large], size="articles_briefed")
        result.rows.append(
            Row(
                NAME,
                f"briefing time growth exponent vs articles briefed, {small:,} -> {large:,}",
                round(exponent, 2),
                "exponent",
                f"<= {EXPONENT_TARGET}",
                at_most(exponent, EXPONENT_TARGET),
                f"{by_size[small]['articles_briefed']} -> {by_size[large]['articles_briefed']} articles briefed "
                f"(published that day + undated attached to its events)",
            )
        )
    result.rows.append(
        Row(
            NAME,
            f"store ingest at {largest['extractions']:,} extractions",
            largest["ingest_per_second"],
            "extractions/s",
            "",
            None,
            "one transaction per article, as `extractor ingest` stores them",
        )
    )
    return result
