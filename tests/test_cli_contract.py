"""The CLI as documented (issue 13): flags, --version, one exit-code contract, defaults, tidy output."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from cli_process import run_cli
from tests_paths import REPO

pytestmark = pytest.mark.slow

COMMANDS = [
    ["extract"],
    ["ingest"],
    ["brief"],
    ["serve"],
    ["eval"],
    ["eval", "compare"],
    ["eval", "report"],
    ["cache", "stats"],
]


def cli(*args: str, cwd: Path = REPO, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real entry point, in a terminal 100 columns wide."""
    return run_cli(*args, cwd=cwd, env={"COLUMNS": "100", **(env or {})})


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_boolean_flags_show_as_flags_and_progress_has_one_default(command: list[str]) -> None:
    proc = cli(*command, "--help")
    assert proc.returncode == 0, proc.stderr
    assert "<bool>" not in proc.stdout and "BOOLEAN" not in proc.stdout
    text = " ".join(proc.stdout.split())
    if "--progress" in text:
        assert "--progress / --no-progress Progress bar on stderr [default: shown when stderr is a terminal]" in text


def test_version_flag() -> None:
    from extractor import __version__

    proc = cli("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"extractor {__version__}"


def test_the_exit_code_contract_is_in_the_help() -> None:
    text = " ".join(cli("--help").stdout.split())
    assert "Exit codes (every command): 0 done; 1 some articles failed" in text
    assert "2 bad input or configuration (a missing file or folder" in text


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "no/such.txt", "--engine", "offline"],
        ["ingest", "no/such.txt", "--engine", "offline"],
        ["eval", "--gold", "no/such", "--articles", "no/such", "--engine", "offline"],
        ["brief", "--date", "2017-01-24", "--db", "no/such.db"],
        ["eval", "compare", "no/such-a.json", "no/such-b.json"],
    ],
    ids=lambda args: " ".join(args[:2]),
)
def test_a_missing_file_exits_2_from_every_command(args: list[str], tmp_path: Path) -> None:
    proc = cli(*args, cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith("error: ") and len(proc.stderr.strip().splitlines()) == 1


def test_brief_without_a_date_is_todays_briefing(tmp_path: Path) -> None:
    today = date.today().isoformat()
    article = tmp_path / "today.txt"
    article.write_text(
        f"---\ndate: {today}\n---\nIraqi warplanes struck Islamic State positions near Mosul, officials said.\n",
        encoding="utf-8",
    )
    env = {"EXTRACTOR_ENGINE": "offline", "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")}
    db = str(tmp_path / "s.db")
    assert cli("ingest", str(article), "--db", db, env=env).returncode == 0
    proc = cli("brief", "--db", db, "-f", "json", env=env)
    assert proc.returncode == 0, proc.stderr
    assert f'"since": "{today}"' in proc.stdout and f'"until": "{today}"' in proc.stdout
    assert '"articles": 1' in proc.stdout


def test_no_empty_tables(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Iraqi warplanes struck Islamic State positions near Mosul on Friday.\n", encoding="utf-8")
    proc = cli("extract", str(article), "--engine", "offline", "--no-cache")
    assert proc.returncode == 0, proc.stderr
    assert "no claims" in proc.stdout and "0 claim(s)" not in proc.stdout
    assert not re.search(r"claimant\s+│\s+stance", proc.stdout)


def test_a_failure_is_printed_whole_not_squeezed_into_a_column(tmp_path: Path) -> None:
    gold, articles = tmp_path / "gold", tmp_path / "articles"
    gold.mkdir()
    articles.mkdir()
    (gold / "broken.yaml").write_text("article_id: broken\nstrikes: []\nclaims: []\n", encoding="utf-8")
    (articles / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    proc = cli(
        "eval", "--gold", str(gold), "--articles", str(articles), "--engine", "offline", "-o", str(tmp_path / "r.json")
    )
    assert proc.returncode == 0, proc.stderr
    assert (
        "broken: broken.txt: looks like a PNG image, not article text; convert it to plain UTF-8 text"
        in proc.stdout.replace("\n", " ").replace("  ", " ")
    ), proc.stdout
