"""Ingest jobs are persisted: a service killed mid-job finishes it after a restart, storing each article once."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
from service_server import ServiceProcess, wait_for_job
from tests_paths import REPO

from extractor.articles import read_article
from extractor.schemas import Article
from extractor.service.jobs import JobRunner, JobStore
from extractor.store import Store

SEEDS = [read_article(p) for p in sorted((REPO / "evals" / "articles").glob("*.txt"))]


def _articles(count: int) -> list[dict[str, object]]:
    """``count`` distinct articles made from the seeds (each text differs, so each is stored)."""
    out = []
    for n in range(count):
        seed = SEEDS[n % len(SEEDS)]
        out.append({"id": f"job-{n:03d}", "text": f"{seed.text}\n\nUpdate {n}: no further details were given."})
    return out


@pytest.mark.slow
def test_killed_service_resumes_its_job(tmp_path: Path) -> None:
    total = 40
    first = ServiceProcess(tmp_path).start()
    try:
        with httpx.Client(base_url=first.base_url, timeout=30) as http:
            job_id = http.post("/v1/ingest", json={"articles": _articles(total)}).json()["id"]
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                job = http.get(f"/v1/jobs/{job_id}").json()
                if job["done"] >= 4:
                    break
                time.sleep(0.05)
    finally:
        first.kill()
    assert job["pending"] > 0, f"the job finished before the kill; make it longer: {job}"

    second = ServiceProcess(tmp_path, port=first.port).start()
    try:
        with httpx.Client(base_url=second.base_url, timeout=30) as http:
            job = wait_for_job(http, job_id, timeout=240)
    finally:
        second.stop()
    assert (job["done"], job["failed"], job["pending"]) == (total, 0, 0)
    with Store(tmp_path / "store.db") as store:
        assert store.counts() == {"articles": total, "extractions": total}


def test_runner_records_outcomes_and_the_next_runner_takes_the_rest(tmp_path: Path) -> None:
    jobs = JobStore(tmp_path / "jobs.db")
    articles = [Article(id=f"a{n}", text=f"text {n}") for n in range(5)]
    job = jobs.create(articles)
    assert (job.status, job.total, job.pending) == ("queued", 5, 5)
    seen: list[list[str]] = []

    def ingester(chunk: list[Article]) -> dict[str, str]:
        seen.append([a.id for a in chunk])
        return {"a1": "article a1: failed"} if any(a.id == "a1" for a in chunk) else {}

    runner = JobRunner(jobs, ingester, chunk=2)
    work = jobs.next_chunk(2)
    assert work is not None
    runner.run_chunk(*work)
    middle = jobs.get(job.id)
    assert middle is not None and (middle.status, middle.done, middle.failed, middle.pending) == ("running", 1, 1, 3)
    assert middle.failures[0].article_id == "a1"

    again = JobStore(tmp_path / "jobs.db")  # a restarted service reads the same file
    later = JobRunner(again, ingester, chunk=2)
    later.start()
    deadline = time.monotonic() + 10
    while (current := again.get(job.id)) is not None and current.pending and time.monotonic() < deadline:
        time.sleep(0.05)
    later.stop()
    assert seen == [["a0", "a1"], ["a2", "a3"], ["a4"]]
    finished = again.get(job.id)
    assert finished is not None and (finished.status, finished.done, finished.failed) == ("finished", 4, 1)


def test_a_chunk_whose_ingest_raises_fails_its_articles_only(tmp_path: Path) -> None:
    jobs = JobStore(tmp_path / "jobs.db")
    job = jobs.create([Article(id="x", text="x"), Article(id="y", text="y")])

    def broken(chunk: list[Article]) -> dict[str, str]:
        raise OSError("disk full")

    runner = JobRunner(jobs, broken, chunk=1)
    work = jobs.next_chunk(1)
    assert work is not None
    runner.run_chunk(*work)
    state = jobs.get(job.id)
    assert state is not None and (state.failed, state.pending) == (1, 1)
    assert state.failures[0].error == "disk full"
