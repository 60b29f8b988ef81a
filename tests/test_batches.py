"""Batches lose nothing: each finished article is on disk as it completes; kill -9 and a rerun finish the rest."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from tests_paths import REPO

from extractor import extract_many
from extractor.schemas import ArticleExtraction
from extractor.testing.fault_server import (
    FaultServer,
    Reply,
    article_text,
    delay,
    first_sentence_findings,
    ok,
    server_error,
)


def write_articles(folder: Path, count: int) -> list[str]:
    folder.mkdir()
    ids = []
    for i in range(count):
        article_id = f"a{i:02d}"
        (folder / f"{article_id}.txt").write_text(
            f"Date: 2017-02-24\n\nJets struck depot number {i} near Raqqa on Friday. Officials said little.\n",
            encoding="utf-8",
        )
        ids.append(article_id)
    return ids


def read_lines(path: Path) -> list[ArticleExtraction]:
    """Every line must be a complete, valid ArticleExtraction."""
    return [ArticleExtraction.model_validate_json(line) for line in path.read_bytes().splitlines()]


@pytest.mark.slow
def test_kill_9_mid_batch_loses_no_finished_article_and_the_rerun_finishes_the_rest(tmp_path: Path) -> None:
    ids = write_articles(tmp_path / "in", 40)
    out = tmp_path / "results.jsonl"
    with FaultServer(lambda request: delay(0.15, ok(first_sentence_findings(request)))) as server:
        cmd = [
            sys.executable,
            "-m",
            "extractor",
            "extract",
            str(tmp_path / "in"),
            "--output",
            str(out),
            "--engine",
            "llm",
            "--base-url",
            server.base_url,
            "--model",
            server.model,
            "--concurrency",
            "3",
            "--no-cache",
        ]
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (not out.exists() or out.read_bytes().count(b"\n") < 6):
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        before = read_lines(out)
        requested_before = server.count
        assert 6 <= len(before) < 40 and requested_before < 40

        rerun = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
        assert rerun.returncode == 0, rerun.stderr
        assert "Traceback" not in rerun.stderr
        assert f"wrote {40 - len(before)} result(s) to {out}; skipped {len(before)} already there" in rerun.stderr
        assert server.count - requested_before == 40 - len(before)  # finished articles are not asked again
    after = read_lines(out)
    assert after[: len(before)] == before  # what was on disk stays, byte for byte
    assert sorted(r.article_id for r in after) == ids  # all 40, each exactly once


def test_a_torn_last_line_is_cut_and_invalid_lines_are_set_aside_not_lost(tmp_path: Path) -> None:
    articles = [f"Jets struck bridge number {i} on Monday." for i in range(4)]
    out = tmp_path / "out.jsonl"
    with FaultServer(lambda request: ok(first_sentence_findings(request))) as server:
        cfg = server.settings(cache_dir=tmp_path / "cache", use_cache=False)
        first = extract_many(articles[:2], output=out, settings=cfg)
        assert first.ok and server.count == 2
        good = out.read_bytes()
        out.write_bytes(good + b'{"article_id": "torn", "strikes": [{"attack')  # killed mid-write
        second = extract_many(articles[:3], output=out, settings=cfg)
        assert sorted(second.skipped) == sorted(r.article_id for r in first.results)
        assert len(second.results) == 1 and server.count == 3
        assert out.read_bytes().startswith(good) and b"torn" not in out.read_bytes()
        lines = out.read_bytes().splitlines()
        out.write_bytes(lines[0] + b"\n" + b"this line was damaged\n" + b"\n".join(lines[1:]) + b"\n")
        third = extract_many(articles, output=out, settings=cfg)
        assert len(third.skipped) == 3 and len(third.results) == 1 and server.count == 4
    assert len(read_lines(out)) == 4
    assert (tmp_path / "out.jsonl.rejected").read_bytes() == b"this line was damaged\n"


def test_a_whole_last_line_without_its_newline_is_kept(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with FaultServer(lambda request: ok(first_sentence_findings(request))) as server:
        cfg = server.settings(use_cache=False, cache_dir=tmp_path / "cache")
        extract_many(["Jets struck a depot."], output=out, settings=cfg)
        out.write_bytes(out.read_bytes().rstrip(b"\n"))
        again = extract_many(["Jets struck a depot.", "Jets struck a bridge."], output=out, settings=cfg)
    assert len(again.skipped) == 1 and len(again.results) == 1
    assert [r.summary for r in read_lines(out)] == ["Jets struck a depot.", "Jets struck a bridge."]


def _fail_some(request: dict[str, Any]) -> Reply:
    return server_error(500) if "FAILS" in article_text(request) else ok(first_sentence_findings(request))


@pytest.mark.slow
def test_failures_are_listed_at_the_end_set_the_exit_code_and_are_retried_by_the_rerun(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 5)
    for name in ("b1", "b2"):
        (folder / f"{name}.txt").write_text(f"Jets struck FAILS target {name} on Monday.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with FaultServer(_fail_some) as server:
        cmd = [
            sys.executable,
            "-m",
            "extractor",
            "extract",
            str(folder),
            "-o",
            str(out),
            "--engine",
            "llm",
            "--base-url",
            server.base_url,
            "--model",
            server.model,
            "--concurrency",
            "4",
        ]
        env = {**os.environ, "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")}
        proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 1 and "Traceback" not in proc.stderr
        tail = proc.stderr.strip().splitlines()[-3:]
        assert tail[0] == "2 failed:"
        assert sorted(line.split(":")[0] for line in tail[1:]) == ["  ✗ article b1", "  ✗ article b2"]
        assert all("HTTP 500" in line and "(attempts: 4, tokens: 0)" in line for line in tail[1:])
        assert sorted(r.article_id for r in read_lines(out)) == [f"a{i:02d}" for i in range(5)]

        server.set_script(lambda request: ok(first_sentence_findings(request)))
        calls = server.count
        rerun = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
        assert rerun.returncode == 0, rerun.stderr
        assert server.count - calls == 2
    assert sorted(r.article_id for r in read_lines(out)) == [f"a{i:02d}" for i in range(5)] + ["b1", "b2"]


def test_a_failing_result_handler_fails_that_article_not_the_batch(tmp_path: Path) -> None:
    kept: list[str] = []

    def keep(result: ArticleExtraction) -> None:
        if "bridge" in result.summary:
            raise OSError("disk full")
        kept.append(result.article_id)

    with FaultServer(lambda request: ok(first_sentence_findings(request))) as server:
        batch = extract_many(
            ["Jets struck a depot.", "Jets struck a bridge.", "Jets struck a road."],
            on_result=keep,
            settings=server.settings(cache_dir=tmp_path / "cache"),
        )
    assert len(kept) == 2 and len(batch.failures) == 1
    assert "extracted, but keeping the result failed: OSError: disk full" in batch.failures[0].error


def test_bad_items_and_duplicate_ids_in_a_batch_are_reported_per_item(tmp_path: Path) -> None:
    with FaultServer(lambda request: ok(first_sentence_findings(request))) as server:
        batch = extract_many(
            ["Jets struck a depot.", "   ", "Jets struck a depot.", "Date: soon\n\nJets."],
            settings=server.settings(cache_dir=tmp_path / "cache"),
        )
        assert server.count == 1
    assert len(batch.results) == 2 and batch.skipped == []  # the repeated text is served from one extraction
    assert [f.error for f in batch.failures] == [
        "input #2: article text is empty",
        "input #4: malformed Date header 'soon': use YYYY-MM-DD",
    ]
    assert json.loads(batch.results[0].model_dump_json())["metadata"]["attempts"] == 1
