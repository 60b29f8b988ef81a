"""The eval gate stops what it should (issue 13): unused prompt flags, run health, different article sets."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_eval_cli import constructed_run, run_cli, write_suite
from typer.testing import CliRunner

from extractor.cli import app
from extractor.evaluation.runs import ComparisonError, compare_runs, load_run, run_filename, write_run

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
@pytest.mark.parametrize("prompt", ["v3.md", "does-not-exist.md", "extract/v2"])
def test_a_prompt_flag_the_offline_engine_would_ignore_is_an_error(prompt: str, tmp_path: Path) -> None:
    proc = run_cli("eval", "--suite", "seeds", "--prompt", prompt, "--runs-dir", str(tmp_path), cwd=REPO)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.strip() == (
        "error: --prompt only apply to the LLM engine, and the offline engine would run and ignore it: "
        "use --engine llm with an endpoint, or drop it"
    )
    assert not list(tmp_path.iterdir())  # nothing was run


@pytest.mark.slow
def test_model_and_mode_flags_with_the_offline_engine_are_errors_too(tmp_path: Path) -> None:
    proc = run_cli("extract", "evals/articles", "--engine", "offline", "--model", "gpt-x", "--mode", "json", cwd=REPO)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: --model, --mode only apply to the LLM engine")


def _unhealthy(run_path: Path, *, failures: int, schema_valid: float, dropped: int, destination: Path) -> Path:
    """The same scores, with the run-health numbers an LLM run can have."""
    run = load_run(run_path)
    run.aggregate.failures, run.aggregate.schema_valid_rate = failures, schema_valid
    run.aggregate.dropped_ungrounded = dropped
    return write_run(run, destination)


@pytest.mark.parametrize(
    ("failures", "schema_valid", "dropped", "regressed"),
    [
        (2, 0.8, 0, "failures"),
        (1, 0.6, 0, "schema-valid rate"),
        (1, 0.8, 3, "dropped ungrounded"),
    ],
)
def test_failures_schema_validity_and_dropped_items_count_in_the_gate(
    tmp_path: Path, failures: int, schema_valid: float, dropped: int, regressed: str
) -> None:
    gold_dir, articles_dir = write_suite(tmp_path)
    scored = constructed_run(gold_dir, articles_dir, drop_somalia_strike=False, destination=tmp_path / "run.json")
    base = _unhealthy(scored, failures=1, schema_valid=0.8, dropped=0, destination=tmp_path / "a.json")
    cand = _unhealthy(
        scored, failures=failures, schema_valid=schema_valid, dropped=dropped, destination=tmp_path / "b.json"
    )
    result = CliRunner().invoke(app, ["eval", "compare", str(base), str(cand)])
    assert result.exit_code == 1, result.output
    assert f"FAIL: candidate is worse than the baseline on: {regressed}" in result.output
    healthier = CliRunner().invoke(app, ["eval", "compare", str(cand), str(base)])
    assert healthier.exit_code == 0, healthier.output


def test_run_file_names_say_the_suite(tmp_path: Path) -> None:
    gold_dir, articles_dir = write_suite(tmp_path)
    run = load_run(constructed_run(gold_dir, articles_dir, drop_somalia_strike=False, destination=tmp_path / "r.json"))
    assert run_filename(run).endswith("-custom-constructed-default.json")
    run.config.suite = "real-dev"
    assert "-real-dev-constructed-" in write_run(run, tmp_path / "runs").name


@pytest.mark.slow
def test_compare_refuses_runs_over_different_articles_unless_asked(tmp_path: Path) -> None:
    gold_dir, articles_dir = write_suite(tmp_path)
    seeds = load_run(
        constructed_run(gold_dir, articles_dir, drop_somalia_strike=False, destination=tmp_path / "a.json")
    )
    holdout = seeds.model_copy(deep=True)
    holdout.config.suite = "holdout"
    holdout.articles = holdout.articles[:1]
    b = write_run(holdout, tmp_path / "b.json")
    with pytest.raises(ComparisonError, match="cannot compare runs over different articles"):
        compare_runs(seeds, holdout)
    refused = CliRunner().invoke(app, ["eval", "compare", str(tmp_path / "a.json"), str(b)])
    assert refused.exit_code != 0 and isinstance(refused.exception, ComparisonError)
    proc = run_cli("eval", "compare", str(tmp_path / "a.json"), str(b), cwd=tmp_path)
    assert proc.returncode == 2
    assert "--allow-different-articles" in proc.stderr and "suite 'holdout'" in proc.stderr
    allowed = CliRunner().invoke(
        app, ["eval", "compare", str(tmp_path / "a.json"), str(b), "--allow-different-articles"]
    )
    assert allowed.exit_code in (0, 1) and "runs over different articles" in allowed.output
