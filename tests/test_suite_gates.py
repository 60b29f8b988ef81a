"""CI gate: the offline engine holds its committed baseline on every suite but the real test split.

The real test split (``real-test``) is scored and reported, never gated or tuned on: a gate on it would
invite tuning to it. Regenerate a baseline only for an intended change, with the command in the message.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.evaluation.runs import load_run
from extractor.evaluation.suite import SUITES

REPO = Path(__file__).resolve().parents[1]
GATED = {
    "seeds": "baseline-offline.json",
    "dev": "baseline-offline-dev.json",
    "holdout": "baseline-offline-holdout.json",
    "real-dev": "baseline-offline-real-dev.json",
}
"""Suite -> committed baseline run file in evals/runs/."""

pytestmark = pytest.mark.slow


def test_every_suite_but_the_real_test_split_is_gated() -> None:
    assert set(GATED) == set(SUITES) - {"real-test"}
    assert (REPO / "evals" / "runs" / "baseline-offline-real-test.json").is_file(), "the test split is reported"


@pytest.mark.parametrize("suite", sorted(GATED))
def test_offline_engine_holds_the_committed_baseline(suite: str, tmp_path: Path) -> None:
    baseline = REPO / "evals" / "runs" / GATED[suite]
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "--suite",
            suite,
            "--engine",
            "offline",
            "--no-cache",
            "--output",
            str(tmp_path / f"{suite}.json"),
            "--baseline",
            str(baseline),
        ],
    )
    assert result.exit_code == 0, (
        f"the offline engine fell below evals/runs/{GATED[suite]} on suite {suite}:\n{result.output}\n"
        f"If the change is intended, regenerate it: extractor eval --suite {suite} --engine offline --no-cache "
        f"--output evals/runs/{GATED[suite]}"
    )
    run = load_run(tmp_path / f"{suite}.json")
    assert run.config.suite == suite
    assert run.aggregate.failures == 0
