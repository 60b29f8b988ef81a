"""Bad input through the real CLI (subprocesses): one clear line per problem, a non-zero exit, never a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import cli_process
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests_paths import REPO

from extractor import ArticleError, extract
from extractor.articles import decode_bytes, parse_article, read_article
from extractor.grounding import span_is_verified
from extractor.schemas import ArticleExtraction
from extractor.store import Store
from extractor.testing.fault_server import FaultServer, first_sentence_findings, ok

GOOD = "---\ndate: 2017-02-24\n---\nIraqi jets struck Islamic State positions near Mosul on Friday, officials said.\n"

# name -> (how to make it, the one line expected after "<path>: ")
BAD_FILES = {
    "empty.txt": (lambda p: p.write_bytes(b""), "article text is empty"),
    "blank.txt": (lambda p: p.write_bytes(b"  \n\t \r\n  \n"), "article text is empty"),
    "header-only.txt": (lambda p: p.write_bytes(b"Title: Raid\nDate: 2017-02-24\n\n   \n"), "article text is empty"),
    "noise.txt": (
        lambda p: p.write_bytes(bytes(range(0x80, 0x100)) * 2),
        "not valid UTF-8 text (byte 0), and not confidently Windows-1252 or Latin-1; convert it to UTF-8 first",
    ),
    "nul-bytes.txt": (
        lambda p: p.write_bytes(b"Jets struck\x00\x00\x01\x02 the depot"),
        "looks like a binary file (contains NUL bytes), not article text",
    ),
    "photo.txt": (
        lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "looks like a PNG image, not article text; convert it to plain UTF-8 text",
    ),
    "report.txt": (
        lambda p: p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"),
        "looks like a PDF document, not article text; convert it to plain UTF-8 text",
    ),
    "bad-date.txt": (
        lambda p: p.write_text("Date: 2017-02-30\n\nJets struck.", encoding="utf-8"),
        "malformed Date header '2017-02-30': use YYYY-MM-DD",
    ),
    "words-date.txt": (
        lambda p: p.write_text("Title: x\nDate: the day after the raid\n\nJets struck.", encoding="utf-8"),
        "malformed Date header 'the day after the raid': use YYYY-MM-DD",
    ),
    "scripts-only.html": (
        lambda p: p.write_text(
            "<html><head><script>var a=1;</script></head><body><style>p{}</style></body></html>", encoding="utf-8"
        ),
        "article text is empty (an HTML page with no visible text)",
    ),
    # Unreadable even for root: a folder with an article's name, dangling and looping links, a named pipe.
    "folder.txt": (lambda p: p.mkdir(), "is a folder, not an article file"),
    "dangling.txt": (
        lambda p: p.symlink_to(p.parent / "gone" / "nowhere.txt"),
        "cannot read file: broken symbolic link (No such file or directory)",
    ),
    "loop.txt": (
        lambda p: p.symlink_to(p),
        "cannot read file: broken symbolic link (Too many levels of symbolic links)",
    ),
    "pipe.txt": (lambda p: os.mkfifo(p), "is a named pipe (FIFO), not an article file; pipe text in with -"),
}


def run_cli(
    *args: str, stdin: bytes | None = None, timeout: float = 120, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The installed CLI as a real subprocess; a hang (e.g. on a pipe) fails the test through the timeout."""
    return cli_process.run_cli(*args, stdin=stdin, timeout=timeout, env=env)


def assert_no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout, proc.stderr


@pytest.fixture
def server() -> Iterator[FaultServer]:
    """A local endpoint answering with a strike grounded on each request's first sentence (mechanics only)."""
    with FaultServer(lambda request: ok(first_sentence_findings(request))) as fault_server:
        yield fault_server


def llm_flags(server: FaultServer) -> list[str]:
    return ["--engine", "llm", "--base-url", server.base_url, "--model", server.model]


@pytest.fixture
def bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, (make, _) in BAD_FILES.items():
        make(folder / name)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "notes.csv").write_text("not an article", encoding="utf-8")  # other suffixes are not articles
    return folder


@pytest.mark.slow
def test_extract_reports_each_bad_file_on_one_line_and_still_extracts_the_good_one(
    bad_folder: Path, server: FaultServer
) -> None:
    proc = run_cli("extract", str(bad_folder), "-f", "jsonl", "--no-cache", *llm_flags(server), timeout=60)
    assert_no_traceback(proc)
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.strip().splitlines() if not line.startswith("warning: bare 'Key: value'")]
    assert lines[0] == f"{len(BAD_FILES)} failed:"
    reported = {line.split(": ", 1)[0].removeprefix("  ✗ "): line.split(": ", 1)[1] for line in lines[1:]}
    assert reported == {str(bad_folder / name): message for name, (_, message) in BAD_FILES.items()}
    (result,) = [ArticleExtraction.model_validate_json(line) for line in proc.stdout.splitlines()]
    assert result.article_id == "good" and len(result.strikes) == 1
    assert server.count == 1  # nothing but the good article reached the model


@pytest.mark.slow
def test_ingest_reports_bad_files_and_stores_the_good_one(
    bad_folder: Path, server: FaultServer, tmp_path: Path
) -> None:
    db = tmp_path / "store.db"
    proc = run_cli("ingest", str(bad_folder), "--db", str(db), "--no-progress", *llm_flags(server), timeout=60)
    assert_no_traceback(proc)
    assert proc.returncode == 1
    assert f"stored 1 extraction(s), skipped 0 already stored, {len(BAD_FILES)} failed" in proc.stderr
    for name, (_, message) in BAD_FILES.items():
        assert f"✗ {bad_folder / name}: {message}\n" in proc.stderr
    with Store(db) as store:
        assert store.counts() == {"articles": 1, "extractions": 1}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        (b"", "<stdin>: article text is empty"),
        (b"\xff\xfeJ", "<stdin>: not valid UTF-16 text despite its byte-order mark"),
        (b"\x00\x01binary", "<stdin>: looks like a binary file (contains NUL bytes), not article text"),
        (
            b"\x81\x8d\x8f\x90\x9d" * 8,
            "<stdin>: not valid UTF-8 text (byte 0), and not confidently Windows-1252 or Latin-1; "
            "convert it to UTF-8 first",
        ),
    ],
)
def test_bad_stdin_is_one_line_and_exit_1(stdin: bytes, message: str) -> None:
    proc = run_cli("extract", "-", "--engine", "offline", stdin=stdin)
    assert_no_traceback(proc)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == ["1 failed:", f"  ✗ {message}"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ["extract", "missing-folder/nothing.txt", "--engine", "offline"],
            2,
            "error: missing-folder/nothing.txt: no such file or folder",
        ),
        (
            ["extract", "tests_paths_missing", "--engine", "llm"],
            2,
            "error: tests_paths_missing: no such file or folder",
        ),
        (
            ["ingest", "tests_paths_missing", "--engine", "offline"],
            2,
            "error: tests_paths_missing: no such file or folder",
        ),
        (
            ["extract", "evals/articles", "--engine", "llm"],
            2,
            "error: no LLM endpoint configured: set EXTRACTOR_BASE_URL (and EXTRACTOR_MODEL), or OPENAI_API_KEY, "
            "or use --engine offline",
        ),
        (
            ["extract", "evals/articles", "--engine", "bogus"],
            2,
            "error: unknown engine 'bogus': choose one of auto, llm, offline",
        ),
        (
            ["extract", "evals/articles", "--engine", "llm", "--base-url", "http://127.0.0.1:9/v1", "--mode", "yaml"],
            2,
            "error: unknown instructor mode 'yaml': use tools, json or md_json",
        ),
        (
            ["eval", "--gold", "no/such/gold", "--articles", "no/such/articles", "--engine", "offline"],
            2,
            "error: no/such/gold: gold folder not found",
        ),
        (["cache", "stats", "--nonsense"], 2, None),
    ],
)
def test_bad_arguments_are_one_line_errors(args: list[str], code: int, message: str | None) -> None:
    proc = run_cli(*args, timeout=60)
    assert_no_traceback(proc)
    assert proc.returncode == code, proc.stderr
    if message is not None:
        assert proc.stderr.strip().splitlines()[-1] == message


@pytest.mark.slow
def test_output_that_is_a_folder_is_a_one_line_error(tmp_path: Path, server: FaultServer) -> None:
    (tmp_path / "out.jsonl").mkdir()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    proc = run_cli("extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.jsonl"), *llm_flags(server))
    assert_no_traceback(proc)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"error: {tmp_path / 'out.jsonl'}: --output is a folder; give a .jsonl file path"


@pytest.mark.slow
def test_eval_records_an_unreadable_labelled_article_and_rejects_a_broken_gold_file(tmp_path: Path) -> None:
    gold, articles = tmp_path / "gold", tmp_path / "articles"
    gold.mkdir()
    articles.mkdir()
    seed = "000_10b9577d5e68d44a"
    shutil.copy(REPO / "evals" / "gold" / f"{seed}.yaml", gold)
    (articles / f"{seed}.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    proc = run_cli(
        "eval",
        "--gold",
        str(gold),
        "--articles",
        str(articles),
        "--engine",
        "offline",
        "-o",
        str(tmp_path / "run.json"),
    )
    assert_no_traceback(proc)
    run = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert run["aggregate"]["failures"] == 1 and "looks like a PNG image" in run["articles"][0]["failure"]
    (gold / "broken.json").write_text("{not json", encoding="utf-8")
    broken = run_cli("eval", "--gold", str(gold), "--articles", str(articles), "--engine", "offline")
    assert_no_traceback(broken)
    assert broken.returncode == 2
    assert len(broken.stderr.strip().splitlines()) == 1 and "broken.json: cannot read gold file" in broken.stderr


@pytest.mark.slow
def test_odd_but_valid_articles_give_sensible_grounded_results(tmp_path: Path) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    html = (
        "<!doctype html><html><head><title>Raid on Mosul</title><script>alert('x')</script></head><body>"
        "<nav>Home | World</nav><article><p>Iraqi jets struck Islamic State positions near Mosul on Friday, "
        "killing 12 militants, the ministry said.</p><p>Residents &amp; officials confirmed it.</p></article>"
        "</body></html>"
    )
    (folder / "page.html").write_text(html, encoding="utf-8")
    (folder / "arabic.txt").write_text(
        "شنت طائرات حربية عراقية غارات على مواقع في الموصل يوم الجمعة.", encoding="utf-8"
    )
    (folder / "russian.txt").write_text(
        "Российские самолёты нанесли удар по складу боеприпасов под Идлибом.", encoding="utf-8"
    )
    (folder / "windows.txt").write_bytes(
        ("\ufeffTitle: CRLF\r\nDate: 24 February 2017\r\n\r\nSyrian warplanes struck Idlib on Thursday.\r\n").encode(
            "utf-8"
        )
    )
    (folder / "utf16.txt").write_bytes("Turkish jets struck Al-Bab on Sunday.".encode("utf-16"))
    (folder / "long-title.txt").write_text("Title: " + "x" * 400 + "\n\nRussian jets struck Palmyra.", encoding="utf-8")
    proc = run_cli("extract", str(folder), "--engine", "offline", "--no-cache", "-f", "jsonl")
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    results = {r.article_id: r for r in map(ArticleExtraction.model_validate_json, proc.stdout.splitlines())}
    assert set(results) == {"page", "arabic", "russian", "windows", "utf16", "long-title"}
    for article_id, result in results.items():
        text = read_article(next(folder.glob(f"{article_id}.*"))).text
        assert all(span_is_verified(text, e) for e in result.evidence()), article_id
    page = read_article(folder / "page.html")
    assert page.title == "Raid on Mosul" and "alert" not in page.text and "<p>" not in page.text
    assert "Residents & officials confirmed it." in page.text
    assert results["page"].strikes and results["page"].strikes[0].location.place == "Mosul"
    assert read_article(folder / "windows.txt").text == "Syrian warplanes struck Idlib on Thursday.\n"
    assert read_article(folder / "long-title.txt").text.startswith("Title: xxx")  # not a header: kept as text


@pytest.mark.slow
def test_a_200000_character_article_is_chunked_and_grounded_through_the_cli(
    tmp_path: Path, server: FaultServer
) -> None:
    paragraph = (
        "Iraqi jets struck positions near Mosul on Monday, officials said. The raid hit a depot used by "
        "militants, according to a statement. Residents reported smoke over the district for hours."
    )
    text = "\n\n".join(f"Paragraph {i}. {paragraph}" for i in range(1, 2000))[:200_000]
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    proc = run_cli("extract", str(path), "-f", "jsonl", "--no-cache", *llm_flags(server))
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr
    result = ArticleExtraction.model_validate_json(proc.stdout)
    assert len(text) == 200_000 and result.metadata.chunks == server.count >= 17
    assert result.strikes and all(span_is_verified(text, e) for s in result.strikes for e in s.evidence)
    assert max(e.char_interval.start for s in result.strikes for e in s.evidence) > 190_000


@given(st.binary(max_size=600))
@settings(max_examples=300, deadline=None)
def test_any_bytes_either_parse_or_raise_one_line_article_error(data: bytes) -> None:
    try:
        article = parse_article(decode_bytes(data, "fuzz.txt"), source="fuzz.txt")
    except ArticleError as exc:
        assert "\n" not in str(exc) and str(exc).startswith("fuzz.txt: ")
        return
    assert article.text.strip() and "\x00" not in article.text


def test_the_api_raises_article_error_for_empty_text() -> None:
    with pytest.raises(ArticleError, match="article text is empty"):
        extract("   \n ", engine="offline")
