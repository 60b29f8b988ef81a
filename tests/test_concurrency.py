"""Several real processes share one cache folder and one SQLite store; damaged cache data is a reported miss."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests_paths import REPO

from extractor import extract
from extractor.cache import ExtractionCache
from extractor.schemas import ArticleExtraction
from extractor.store import Store
from extractor.testing.fault_server import FaultServer, delay, first_sentence_findings, ok

pytestmark = pytest.mark.slow

SHARED = 12
OWN = 4


def make_folder(folder: Path, worker: int) -> None:
    folder.mkdir()
    for i in range(SHARED):
        (folder / f"shared{i:02d}.txt").write_text(
            f"Date: 2017-02-24\n\nSyrian warplanes struck town {i} in Idlib province on Friday.\n", encoding="utf-8"
        )
    for i in range(OWN):
        (folder / f"own{worker}_{i}.txt").write_text(
            f"Date: 2017-02-24\n\nRussian jets struck village {worker}-{i} near Hama on Thursday.\n", encoding="utf-8"
        )


def test_processes_extracting_into_one_cache_and_one_store_corrupt_nothing_and_lose_no_rows(tmp_path: Path) -> None:
    cache_dir, db = tmp_path / "cache", tmp_path / "shared.db"
    env = {**os.environ, "EXTRACTOR_CACHE_DIR": str(cache_dir)}
    with FaultServer(lambda request: delay(0.05, ok(first_sentence_findings(request)))) as server:
        flags = ["--engine", "llm", "--base-url", server.base_url, "--model", server.model, "--concurrency", "3"]
        procs = []
        for worker in range(5):
            folder = tmp_path / f"in{worker}"
            make_folder(folder, worker)
            if worker < 3:
                cmd = ["ingest", str(folder), "--db", str(db), "--no-progress", *flags]
            else:
                cmd = ["extract", str(folder), "-o", str(tmp_path / f"out{worker}.jsonl"), *flags]
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-m", "extractor", *cmd],
                    cwd=REPO,
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            )
        for proc in procs:
            _, err = proc.communicate(timeout=180)
            assert proc.returncode == 0, err
            assert "Traceback" not in err and "corrupted" not in err
        requests = server.count
    unique = SHARED + 5 * OWN
    assert unique <= requests <= unique + 4 * SHARED  # a shared article may be extracted twice in a race, no more

    with Store(db) as store:
        assert store.integrity_ok()
        assert store.counts() == {"articles": SHARED + 3 * OWN, "extractions": SHARED + 3 * OWN}
    for worker in (3, 4):
        lines = (tmp_path / f"out{worker}.jsonl").read_bytes().splitlines()
        assert len(lines) == SHARED + OWN and all(ArticleExtraction.model_validate_json(x) for x in lines)

    with sqlite3.connect(cache_dir / "cache.db") as db_file:
        assert db_file.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        keys = [k for (k,) in db_file.execute("SELECT key FROM Cache")]
    assert len(keys) == unique
    cache = ExtractionCache(cache_dir)
    assert all(isinstance(cache.get(k), ArticleExtraction) for k in keys) and cache.corrupted == 0


def test_a_corrupted_cache_entry_is_a_reported_miss_then_rewritten(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    text = "Iraqi jets struck a depot near Mosul on Monday."
    with FaultServer(lambda request: ok(first_sentence_findings(request))) as server:
        cfg = server.settings(cache_dir=tmp_path / "cache")
        first = extract(text, settings=cfg)
        assert extract(text, settings=cfg).metadata.cache_hit and server.count == 1
        with sqlite3.connect(tmp_path / "cache" / "cache.db") as db:
            assert db.execute("UPDATE Cache SET value = ?", ('{"article_id": "x", "strikes": [{"oops',)).rowcount == 1
        with caplog.at_level(logging.WARNING, logger="extractor.cache"):
            again = extract(text, settings=cfg)
        assert not again.metadata.cache_hit and server.count == 2
        assert again.model_dump(exclude={"metadata"}) == first.model_dump(exclude={"metadata"})
        assert any(
            "is corrupted" in r.getMessage() and "treating it as a miss" in r.getMessage() for r in caplog.records
        )
        assert extract(text, settings=cfg).metadata.cache_hit and server.count == 2  # the good result was rewritten


def test_a_damaged_cache_database_is_bypassed_with_a_warning_and_cache_clear_repairs_it(tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    (cache_dir / "cache.db").write_bytes(os.urandom(4096))
    (tmp_path / "a.txt").write_text("Iraqi jets struck a depot near Mosul on Monday.", encoding="utf-8")
    env = {**os.environ, "EXTRACTOR_CACHE_DIR": str(cache_dir)}
    with FaultServer(lambda request: ok(first_sentence_findings(request))) as server:
        cmd = [
            sys.executable,
            "-m",
            "extractor",
            "extract",
            str(tmp_path / "a.txt"),
            "-f",
            "jsonl",
            "--engine",
            "llm",
            "--base-url",
            server.base_url,
            "--model",
            server.model,
        ]
        proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0 and "Traceback" not in proc.stderr
        assert ArticleExtraction.model_validate_json(proc.stdout).strikes
        assert proc.stderr.strip().splitlines() == [
            f"extraction cache at {cache_dir} is unusable (DatabaseError: file is not a database); extracting "
            "without it (`extractor cache clear` repairs it)"
        ]
        stats = subprocess.run(
            [sys.executable, "-m", "extractor", "cache", "stats"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert stats.returncode == 2 and "Traceback" not in stats.stderr
        assert stats.stderr.strip().endswith("`extractor cache clear` removes its database")
        cleared = subprocess.run(
            [sys.executable, "-m", "extractor", "cache", "clear"],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert cleared.returncode == 0, cleared.stderr
        started = time.monotonic()
        for _ in range(2):
            again = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
            assert again.returncode == 0 and again.stderr == ""
        assert server.count == 2  # the repaired cache served the second run
        assert time.monotonic() - started < 30
