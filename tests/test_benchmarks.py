"""The cheap benchmarks run in quick mode and report well-formed rows (speed targets live in the benchmarks)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from tests_paths import REPO

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import BENCHMARKS, run_benchmarks  # noqa: E402
from benchmarks.briefing import growth_exponent  # noqa: E402
from benchmarks.common import MAX_WORDS, MIN_WORDS, sized_articles, word_count  # noqa: E402
from benchmarks.matched_fields import matched_field_accuracy  # noqa: E402
from benchmarks.report import markdown_table  # noqa: E402

pytestmark = pytest.mark.slow

ROW_KEYS = {"benchmark", "name", "value", "unit", "target", "met", "notes"}


@pytest.fixture(scope="module")
def quick_report() -> dict:
    """One quick run of the benchmarks that need no server: offline engine ratio and cache latency."""
    return run_benchmarks(["offline", "cache"], quick=True)


def test_quick_report_has_machine_and_one_row_per_figure(quick_report: dict) -> None:
    assert quick_report["mode"] == "quick"
    machine = quick_report["machine"]
    assert {"date", "cpu", "logical_cores", "python", "packages"} <= machine.keys()
    assert set(quick_report["benchmarks"]) == {"offline", "cache"}
    assert quick_report["rows"], "no rows"
    for row in quick_report["rows"]:
        assert set(row) == ROW_KEYS
        assert row["name"] != "benchmark failed", row["notes"]
        assert row["met"] in (True, False, None)
        assert row["met"] is None or row["target"], f"a verdict without a target: {row}"
    json.dumps(quick_report, default=str)


def test_offline_ratio_and_cache_hit_are_measured(quick_report: dict) -> None:
    rows = {row["name"]: row for row in quick_report["rows"]}
    ratio = rows["engine / bare spaCy throughput, 1 core, in-process"]
    assert isinstance(ratio["value"], float) and ratio["value"] > 0 and ratio["unit"] == "ratio"
    hit = rows["extract() cache hit, p50"]
    assert isinstance(hit["value"], float) and hit["value"] > 0 and hit["unit"] == "ms"
    details = quick_report["benchmarks"]["cache"]["details"]
    assert details["extract_hit"]["hit_flags"] == details["extract_hit"]["hits"]
    assert details["extract_hit"]["same_result"] and details["seed_eval"]["same_scores"]
    assert details["seed_eval"]["cache_hits_in_cached_run"] == details["seed_eval"]["articles"]


def test_markdown_table_lists_every_row(quick_report: dict) -> None:
    table = markdown_table(quick_report)
    assert table.count("\n| ") == len(quick_report["rows"]) + 2  # header, rule, one line per row
    assert quick_report["machine"]["cpu"] in table


def test_sized_articles_stay_within_500_to_1000_words() -> None:
    articles = sized_articles(6)
    assert len({a.id for a in articles}) == 6
    assert all(MIN_WORDS <= word_count(a.text) <= MAX_WORDS for a in articles)


def test_growth_exponent_is_one_for_linear_growth() -> None:
    small = {"extractions": 1000, "brief_seconds": 0.01}
    assert growth_exponent(small, {"extractions": 10000, "brief_seconds": 0.1}) == pytest.approx(1.0)
    assert growth_exponent(small, {"extractions": 10000, "brief_seconds": 0.01}) == pytest.approx(0.0)


def test_unknown_benchmark_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown benchmark"):
        run_benchmarks(["nope"])
    assert "offline" in BENCHMARKS and "cache" in BENCHMARKS


def test_only_a_full_run_replaces_the_reference_record() -> None:
    from datetime import date

    from benchmarks import RESULTS_DIR
    from benchmarks.__main__ import default_output

    day = date(2026, 12, 7)
    assert default_output([], quick=False, today=day) == RESULTS_DIR / "latest.json"
    assert default_output(["offline"], quick=False, today=day) == RESULTS_DIR / "offline-2026-12-07.json"
    both = default_output(["offline", "cache"], quick=True, today=day)
    assert both == RESULTS_DIR / "offline-cache-quick-2026-12-07.json"
    assert default_output([], quick=True, today=day) == RESULTS_DIR / "all-quick-2026-12-07.json"


def test_matched_fields_read_a_run_whose_folders_are_named_elsewhere() -> None:
    """A run on gold outside the repository keeps only its folder names: the folders given stand in for them."""
    from extractor.evaluation.runs import load_run

    run = load_run(REPO / "evals" / "runs" / "baseline-offline-real-dev.json")
    own = matched_field_accuracy(run)
    run.config.gold_dir, run.config.articles_dir = "gold", "articles"
    moved = matched_field_accuracy(
        run, REPO / "evals" / "real" / "dev" / "gold", REPO / "evals" / "real" / "dev" / "articles"
    )
    assert moved == own and own["matched"] > 0


def test_matched_fields_cli_gives_one_line_and_exit_2_for_a_bad_run_or_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing run file, or gold folders without the run's articles, is one line on stderr, not a traceback."""
    from benchmarks.matched_fields import main

    assert main([str(tmp_path / "missing.json")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    run = REPO / "evals" / "runs" / "baseline-offline-real-dev.json"
    seeds = ["--gold", str(REPO / "evals" / "gold"), "--articles", str(REPO / "evals" / "articles")]
    assert main([*seeds, str(run)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "has no gold in the given folder" in err and err.count("\n") == 1
    assert main([str(run)]) == 0 and "'matched'" in capsys.readouterr().out
