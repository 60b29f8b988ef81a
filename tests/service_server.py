"""The service process for tests (``benchmarks.serve``) and a job poller."""

from __future__ import annotations

import sys
import time

import httpx
from tests_paths import REPO

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.serve import ServiceProcess, free_port  # noqa: E402

__all__ = ["ServiceProcess", "free_port", "wait_for_job"]


def wait_for_job(client: httpx.Client, job_id: str, timeout: float = 120.0) -> dict:
    """Poll a job until nothing is pending; return its last state."""
    deadline = time.monotonic() + timeout
    job: dict = {}
    while time.monotonic() < deadline:
        job = client.get(f"/v1/jobs/{job_id}").json()
        if job["status"] == "finished":
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {job_id} not finished in {timeout} s: {job}")
