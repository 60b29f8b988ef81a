"""``extractor ingest`` and ``extractor brief`` as a user runs them: real processes, the seed articles, real SQLite."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from browser import dump_dom, screenshot
from cli_process import run_cli

from extractor.schemas import Briefing

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "evals" / "articles"


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env=env)


@pytest.fixture(scope="module")
def seeded_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seed articles ingested with the offline engine into a fresh store file."""
    folder = tmp_path_factory.mktemp("seeds")
    db = folder / "seeds.db"
    env = {"EXTRACTOR_CACHE_DIR": str(folder / "cache"), "EXTRACTOR_ENGINE": "offline"}
    first = run("ingest", str(SEEDS), "--db", str(db), env=env)
    assert first.returncode == 0, first.stderr
    assert "stored 5 extraction(s), skipped 0 already stored, 0 failed" in first.stderr
    again = run("ingest", str(SEEDS), "--db", str(db), "--no-progress", env=env)
    assert again.returncode == 0 and "stored 0 extraction(s), skipped 5 already stored" in again.stderr
    return db


def brief_json(db: Path, day: str) -> Briefing:
    result = run("brief", "--date", day, "--db", str(db), "--format", "json", env={"EXTRACTOR_ENGINE": "offline"})
    assert result.returncode == 0, result.stderr
    return Briefing.model_validate_json(result.stdout)


def test_the_strike_two_seeds_report_is_one_event_with_the_undated_one_flagged(seeded_store: Path) -> None:
    b = brief_json(seeded_store, "2017-02-24")
    merged = [e for e in b.events if {"000_10b9577d5e68d44a", "003_9cc2b0cbab66e857"} <= set(e.article_ids)]
    assert len(merged) == 1
    event = merged[0]
    assert event.place == "Abu Kamal" and "Iraqi Air Force" in event.attackers
    assert [s.undated_match for s in event.sources if s.article_id.startswith("000")] == [True]
    assert any(f.article_id.startswith("000") and f.kind == "no_publication_date" for f in b.date_flags)
    assert any(set(s.article_ids) >= {"000_10b9577d5e68d44a", "003_9cc2b0cbab66e857"} for s in b.narrative.sentences)


def test_the_joint_strike_claim_and_its_denial_are_side_by_side(seeded_store: Path) -> None:
    b = brief_json(seeded_store, "2017-01-24")
    pairs = [
        p
        for p in b.contested
        if p.asserted.article_id.startswith("004")
        and p.denied.article_id.startswith("004")
        and "joint" in p.asserted.statement.lower() + (p.asserted.quote or "").lower()
    ]
    assert pairs, f"no contested pair; claims were: {b.contested}"
    denial = pairs[0].denied
    assert "Pentagon" in f"{denial.claimant} {denial.claimant_org}" or "Rankine-Galloway" in denial.claimant


@pytest.mark.chromium
def test_html_briefing_of_the_seeds_renders_in_chromium(seeded_store: Path, tmp_path: Path) -> None:
    page = tmp_path / "brief.html"
    result = run(
        "brief", "--date", "2017-02-24", "--db", str(seeded_store), "-o", str(page), env={"EXTRACTOR_ENGINE": "offline"}
    )
    assert result.returncode == 0, result.stderr
    assert "wrote html briefing" in result.stderr
    dom = dump_dom(page)
    assert "Strike briefing" in dom and "Abu Kamal" in dom and "003_9cc2b0cbab66e857" in dom
    assert "<script" not in dom.lower()
    png = screenshot(page, tmp_path / "brief.png")
    assert png.stat().st_size > 20_000


@pytest.mark.parametrize(
    "args, message",
    [
        (["--date", "2017-13-01"], "error: --date: expected a date as YYYY-MM-DD, got '2017-13-01'"),
        (["--date", "yesterday"], "error: --date: expected a date as YYYY-MM-DD, got 'yesterday'"),
        (["--since", "2017-02-02", "--until", "2017-02-01"], "error: --until 2017-02-01 is before --since 2017-02-02"),
    ],
)
def test_bad_period_is_a_one_line_error_with_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    result = run("brief", *args, "--db", str(tmp_path / "none.db"))
    assert result.returncode == 2
    assert result.stderr.strip() == message
    assert not (tmp_path / "none.db").exists()


def test_brief_without_a_store_says_so_in_one_line(tmp_path: Path) -> None:
    result = run("brief", "--date", "2017-02-24", env={"EXTRACTOR_DB": str(tmp_path / "missing.db")})
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: ") and "run `extractor ingest` first" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_ingest_lists_failures_and_exits_1_but_stores_the_rest(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(
        "Date: 2017-02-24\n\nIraqi warplanes struck ISIS positions in Al-Bukamal on Friday.\n", encoding="utf-8"
    )
    empty = tmp_path / "empty.txt"
    empty.write_text("Title: nothing here\nSource: nobody\n\n   \n", encoding="utf-8")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    db = tmp_path / "s.db"
    result = run(
        "ingest",
        str(good),
        str(empty),
        str(binary),
        "--db",
        str(db),
        "--no-progress",
        env={"EXTRACTOR_ENGINE": "offline", "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert result.returncode == 1
    assert "stored 1 extraction(s), skipped 0 already stored, 2 failed" in result.stderr
    assert "article text is empty" in result.stderr and "PNG image" in result.stderr
    b = json.loads(
        run("brief", "--date", "2017-02-24", "--db", str(db), "-f", "json", env={"EXTRACTOR_ENGINE": "offline"}).stdout
    )
    assert b["counts"]["articles"] == 1
