"""``extractor eval``: run files, the compare gate and its exit codes, on small labelled sets in tmp_path."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import cli_process
import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.config import Settings
from extractor.evaluation.gold import GoldArticle
from extractor.evaluation.runs import RunConfig, load_run, write_run
from extractor.evaluation.suite import EvalInputError, build_run, evals_dir, gold_hash, load_inputs, run_config
from extractor.grounding import ground_quote
from extractor.prompts import DEFAULT_EXTRACT_PROMPT, load_prompt
from extractor.schemas import ArticleExtraction, Casualty, Claim, Evidence, Location, RunMetadata, StrikeReport

ARTICLES = {
    "iraq": (
        "Title: Iraqi jets hit ISIS in Syria\nDate: 2017-02-26\n\n"
        "Iraqi warplanes struck Islamic State positions in Al-Bukamal, Syria, on Friday, killing 12 militants, "
        "the Iraqi Joint Operations Command said. The strike was coordinated with the Syrian government."
    ),
    "somalia": (
        "Title: US strike in Somalia\nDate: 2019-03-14\n\n"
        "US Africa Command said it conducted an airstrike near Jilib, Middle Juba, on Tuesday, killing three "
        "al-Shabaab militants."
    ),
}


def _ev(text: str, quote: str) -> Evidence:
    return Evidence(quote=quote, char_interval=ground_quote(text, quote))


PHANTOM = StrikeReport(
    attackers=["Turkish Air Force"],
    location=Location(place="Afrin", country="Syria"),
    strike_date=date(2018, 1, 20),
    date_precision="day",
)
"""A strike no article mentions: added to gold so that no engine can score perfectly."""


def write_suite(root: Path, phantom: bool = False) -> tuple[Path, Path]:
    """Two articles and their gold files, labelled by hand following evals/GUIDELINE.md."""
    gold_dir, articles_dir = root / "gold", root / "articles"
    gold_dir.mkdir(parents=True)
    articles_dir.mkdir()
    for article_id, raw in ARTICLES.items():
        (articles_dir / f"{article_id}.txt").write_text(raw, encoding="utf-8")
    iraq = ARTICLES["iraq"].split("\n\n", 1)[1]
    somalia = ARTICLES["somalia"].split("\n\n", 1)[1]
    golds = [
        GoldArticle(
            article_id="iraq",
            strikes=[
                StrikeReport(
                    attackers=["Iraqi Air Force"],
                    target_group="Islamic State",
                    location=Location(place="Abu Kamal", region="Deir ez-Zor", country="Syria"),
                    strike_date=date(2017, 2, 24),
                    date_text="on Friday",
                    date_precision="day",
                    casualties=[
                        Casualty(
                            kind="killed",
                            group="militants",
                            min=12,
                            max=12,
                            evidence=[_ev(iraq, "killing 12 militants")],
                        )
                    ],
                    coordinated_with=["Syrian government"],
                    reported_by=["Joint Operations Command"],
                    evidence=[
                        _ev(iraq, "Iraqi warplanes struck Islamic State positions in Al-Bukamal, Syria, on Friday")
                    ],
                )
            ],
            claims=[
                Claim(
                    claimant="Joint Operations Command",
                    claimant_org="Joint Operations Command",
                    stance="asserts",
                    statement="Iraqi warplanes struck Islamic State positions in Al-Bukamal",
                    evidence=[
                        _ev(
                            iraq,
                            "Iraqi warplanes struck Islamic State positions in Al-Bukamal, "
                            "Syria, on Friday, killing 12 militants, the Iraqi Joint Operations "
                            "Command said",
                        )
                    ],
                )
            ],
            alternatives={"Abu Kamal": ["Al-Bukamal"]},
        ),
        GoldArticle(
            article_id="somalia",
            strikes=[
                StrikeReport(
                    attackers=["US military"],
                    target_group="al-Shabaab",
                    location=Location(place="Jilib", region="Middle Juba", country="Somalia"),
                    strike_date=date(2019, 3, 12),
                    date_text="on Tuesday",
                    date_precision="day",
                    casualties=[
                        Casualty(
                            kind="killed",
                            group="militants",
                            min=3,
                            max=3,
                            evidence=[_ev(somalia, "killing three al-Shabaab militants")],
                        )
                    ],
                    reported_by=["US Africa Command"],
                    evidence=[
                        _ev(
                            somalia,
                            "US Africa Command said it conducted an airstrike near Jilib, Middle Juba, on Tuesday",
                        )
                    ],
                )
            ],
            claims=[
                Claim(
                    claimant="US Africa Command",
                    claimant_org="US Africa Command",
                    stance="asserts",
                    statement="US airstrike near Jilib killed three al-Shabaab militants",
                    evidence=[_ev(somalia, "US Africa Command said it conducted an airstrike near Jilib")],
                )
            ],
        ),
    ]
    if phantom:
        golds[1].strikes.append(PHANTOM)
    for gold in golds:
        (gold_dir / f"{gold.article_id}.json").write_text(gold.model_dump_json(indent=2), encoding="utf-8")
    return gold_dir, articles_dir


def constructed_run(gold_dir: Path, articles_dir: Path, *, drop_somalia_strike: bool, destination: Path) -> Path:
    """A run file whose predictions are the gold itself, optionally missing the Somalia strike."""
    inputs = load_inputs(gold_dir, articles_dir)
    results = []
    for article_id, gold in inputs.gold.items():
        strikes = [] if drop_somalia_strike and article_id == "somalia" else gold.strikes
        results.append(
            ArticleExtraction(
                article_id=article_id, strikes=strikes, claims=gold.claims, metadata=RunMetadata(engine="constructed")
            )
        )
    config = RunConfig(
        engine="constructed", suite="custom", gold_dir="gold", articles_dir="articles", gold_hash=gold_hash(inputs.gold)
    )
    return write_run(build_run(inputs, results, {}, config), destination)


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real console entry point (``python -m extractor``), for exit codes and stderr."""
    return cli_process.run_cli(*args, cwd=cwd)


# ---------------------------------------------------------------- compare (constructed run files)


def test_compare_exits_1_when_the_candidate_regresses_and_0_otherwise(tmp_path: Path) -> None:
    gold_dir, articles_dir = write_suite(tmp_path)
    good = constructed_run(gold_dir, articles_dir, drop_somalia_strike=False, destination=tmp_path / "good.json")
    worse = constructed_run(gold_dir, articles_dir, drop_somalia_strike=True, destination=tmp_path / "worse.json")
    assert load_run(good).aggregate.strikes.f1 == 1.0
    assert load_run(worse).aggregate.strikes.f1 == pytest.approx(2 / 3, abs=1e-6)
    runner = CliRunner()

    regressed = runner.invoke(app, ["eval", "compare", str(good), str(worse)])
    assert regressed.exit_code == 1, regressed.output
    assert "REGRESSED" in regressed.output and "FAIL" in regressed.output
    assert "strikes" in regressed.output and "somalia" in regressed.output

    improved = runner.invoke(app, ["eval", "compare", str(worse), str(good)])
    assert improved.exit_code == 0, improved.output
    assert "PASS" in improved.output

    same = runner.invoke(app, ["eval", "compare", str(good), str(good)])
    assert same.exit_code == 0
    tolerant = runner.invoke(app, ["eval", "compare", str(good), str(worse), "--threshold", "0.5"])
    assert tolerant.exit_code == 0, tolerant.output


@pytest.mark.slow
def test_compare_rejects_a_file_that_is_not_a_run_with_one_line_and_exit_2(tmp_path: Path) -> None:
    gold_dir, articles_dir = write_suite(tmp_path)
    good = constructed_run(gold_dir, articles_dir, drop_somalia_strike=False, destination=tmp_path / "good.json")
    bogus = tmp_path / "bogus.json"
    bogus.write_text(json.dumps({"hello": "world"}), encoding="utf-8")
    proc = run_cli("eval", "compare", str(good), str(bogus), cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: ") and len(proc.stderr.strip().splitlines()) == 1
    assert "bogus.json" in proc.stderr
    missing = run_cli("eval", "compare", str(good), str(tmp_path / "nope.json"), cwd=tmp_path)
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1


def test_report_renders_an_existing_run_and_refuses_changed_gold(tmp_path: Path) -> None:
    gold_dir, articles_dir = write_suite(tmp_path)
    good = constructed_run(gold_dir, articles_dir, drop_somalia_strike=True, destination=tmp_path / "good.json")
    runner = CliRunner()
    result = runner.invoke(app, ["eval", "report", str(good), "--gold", str(gold_dir), "--articles", str(articles_dir)])
    assert result.exit_code == 0, repr(result.exception)
    html = good.with_suffix(".html").read_text(encoding="utf-8")
    assert "Missed gold strikes" in html and "Jilib" in html

    (gold_dir / "iraq.json").write_text(GoldArticle(article_id="iraq").model_dump_json(), encoding="utf-8")
    changed = runner.invoke(
        app,
        [
            "eval",
            "report",
            str(good),
            "--gold",
            str(gold_dir),
            "--articles",
            str(articles_dir),
            "-o",
            str(tmp_path / "changed.html"),
        ],
    )
    assert isinstance(changed.exception, EvalInputError) and "gold" in str(changed.exception)
    assert not (tmp_path / "changed.html").exists()


# ---------------------------------------------------------------- bad input


@pytest.mark.slow
def test_bad_gold_path_is_a_one_line_error_and_exit_2(tmp_path: Path) -> None:
    _, articles_dir = write_suite(tmp_path)
    proc = run_cli(
        "eval",
        "--gold",
        str(tmp_path / "no-such-gold"),
        "--articles",
        str(articles_dir),
        "--engine",
        "offline",
        "--runs-dir",
        str(tmp_path / "runs"),
        cwd=tmp_path,
    )
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith("error: ") and "no-such-gold" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "runs").exists()


@pytest.mark.slow
def test_gold_without_its_article_and_half_given_folders_are_rejected(tmp_path: Path) -> None:
    gold_dir, articles_dir = write_suite(tmp_path)
    (articles_dir / "somalia.txt").unlink()
    proc = run_cli(
        "eval", "--gold", str(gold_dir), "--articles", str(articles_dir), "--engine", "offline", cwd=tmp_path
    )
    assert proc.returncode == 2 and "somalia" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    half = run_cli("eval", "--gold", str(gold_dir), cwd=tmp_path)
    assert half.returncode == 2 and "--articles" in half.stderr


# ---------------------------------------------------------------- a real eval with the offline engine


def test_eval_with_the_offline_engine_writes_a_run_file_and_gates(tmp_path: Path) -> None:
    gold_dir, articles_dir = write_suite(tmp_path, phantom=True)
    (gold_dir.parent / "articles" / "empty.txt").write_text("", encoding="utf-8")
    (gold_dir / "empty.json").write_text(GoldArticle(article_id="empty").model_dump_json(), encoding="utf-8")
    runs = tmp_path / "runs"
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "eval",
            "--gold",
            str(gold_dir),
            "--articles",
            str(articles_dir),
            "--engine",
            "offline",
            "--runs-dir",
            str(runs),
            "--html",
            "--no-cache",
        ],
    )
    assert result.exit_code == 0, result.output + repr(result.exception)
    files = sorted(runs.glob("*-offline-*.json"))
    assert len(files) == 1, list(runs.iterdir())
    raw = files[0].read_text(encoding="utf-8")
    assert str(tmp_path) not in raw  # no absolute paths
    run = load_run(files[0])
    assert run.config.engine == "offline" and run.config.suite == "custom"
    assert [a.article_id for a in run.articles] == ["empty", "iraq", "somalia"]
    empty = run.articles[0]
    assert empty.failure and empty.prediction is None  # unreadable article: a failure, not a crash
    assert run.aggregate.failures == 1
    assert 0.0 <= run.aggregate.strikes.f1 <= 1.0
    assert "strikes" in result.output and "coordinated_with" in result.output and "per article" in result.output
    assert files[0].with_suffix(".html").is_file()

    again = runner.invoke(
        app,
        [
            "eval",
            "--gold",
            str(gold_dir),
            "--articles",
            str(articles_dir),
            "--engine",
            "offline",
            "--output",
            str(tmp_path / "again.json"),
            "--baseline",
            str(files[0]),
        ],
    )
    assert again.exit_code == 0, again.output
    assert "PASS" in again.output

    # The gold has a strike the text never mentions, so no engine reaches the perfect baseline: gate fails.
    assert run.aggregate.strikes.fn >= 1
    perfect = constructed_run(gold_dir, articles_dir, drop_somalia_strike=False, destination=tmp_path / "p.json")
    below = runner.invoke(
        app,
        [
            "eval",
            "--gold",
            str(gold_dir),
            "--articles",
            str(articles_dir),
            "--engine",
            "offline",
            "--output",
            str(tmp_path / "below.json"),
            "--baseline",
            str(perfect),
        ],
    )
    assert below.exit_code == 1, below.output
    assert "REGRESSED" in below.output and (tmp_path / "below.json").is_file()


def test_named_suites_are_not_looked_for_outside_the_given_evals_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from a folder inside the repository, without ``--evals-dir``: ``./evals`` only, no walking up."""
    repo = Path(__file__).resolve().parents[1]
    monkeypatch.chdir(repo / "docs")
    monkeypatch.delenv("EXTRACTOR_EVALS_DIR", raising=False)
    result = CliRunner().invoke(app, ["eval", "--suite", "seeds", "--engine", "offline"])
    assert isinstance(result.exception, EvalInputError)
    assert f"no evals folder at {repo / 'docs' / 'evals'}" in str(result.exception)
    assert "EXTRACTOR_EVALS_DIR" in str(result.exception)


def test_the_evals_folder_is_the_flag_else_the_environment_else_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EXTRACTOR_EVALS_DIR", str(tmp_path / "from-env"))
    assert evals_dir(tmp_path / "flag") == tmp_path / "flag"
    assert evals_dir() == tmp_path / "from-env"
    monkeypatch.delenv("EXTRACTOR_EVALS_DIR")
    assert evals_dir() == tmp_path / "evals"


def test_seed_suite_runs_from_any_directory_and_holds_the_committed_baseline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CI gate. Outside the repository ``--suite seeds`` reads the evals folder ``EXTRACTOR_EVALS_DIR`` names."""
    repo = Path(__file__).resolve().parents[1]
    baseline = repo / "evals" / "runs" / "baseline-offline.json"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EXTRACTOR_EVALS_DIR", str(repo / "evals"))
    result = CliRunner().invoke(
        app,
        [
            "eval",
            "--suite",
            "seeds",
            "--engine",
            "offline",
            "--output",
            str(tmp_path / "seeds.json"),
            "--baseline",
            str(baseline),
        ],
    )
    assert result.exit_code != 1, (
        "the offline engine fell below evals/runs/baseline-offline.json on the seed suite:\n"
        + result.output
        + "\nIf the change is intended (new gold, engine trade-off), regenerate the baseline: extractor eval "
        "--suite seeds --engine offline --no-cache --output evals/runs/baseline-offline.json"
    )
    assert result.exit_code == 0, result.output + repr(result.exception)
    run = load_run(tmp_path / "seeds.json")
    assert (run.config.suite, run.config.gold_dir, run.config.articles_dir) == ("seeds", "evals/gold", "evals/articles")
    assert [a.article_id for a in run.articles] == sorted(p.stem for p in (repo / "evals" / "gold").glob("*.yaml"))
    assert run.config.identity.code_hash and run.config.identity.data_hash


def test_run_config_names_prompt_and_endpoint_without_credentials(tmp_path: Path) -> None:
    gold_dir, articles_dir = write_suite(tmp_path)
    inputs = load_inputs(gold_dir, articles_dir)
    cfg = run_config(
        Settings(engine="llm", base_url="http://user:s3cret@localhost:8080/v1?key=abc", model="m"),
        inputs,
        [],
        root=tmp_path,
    )
    identity = cfg.identity
    assert identity.endpoint == "http://localhost:8080/v1" and "s3cret" not in cfg.model_dump_json()
    assert (identity.prompt_id, identity.prompt_hash) == (
        DEFAULT_EXTRACT_PROMPT,
        load_prompt(DEFAULT_EXTRACT_PROMPT).hash,
    )
    assert identity.schema_hash and identity.data_hash and identity.code_hash and identity.params["mode"] == "tools"
    assert (cfg.gold_dir, cfg.articles_dir, cfg.model) == ("gold", "articles", "m")
