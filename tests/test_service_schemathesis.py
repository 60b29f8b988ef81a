"""schemathesis against the running server on 127.0.0.1: every operation, examples, boundary and negative
inputs, fuzzing and stateful links; no 5xx, every response valid against the OpenAPI document."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from service_server import ServiceProcess
from tests_paths import REPO


@pytest.mark.slow
def test_schemathesis_finds_no_failure(tmp_path: Path) -> None:
    cli = shutil.which("schemathesis", path=str(Path(sys.executable).parent)) or shutil.which("schemathesis")
    assert cli, "schemathesis is in the test extra"
    with ServiceProcess(tmp_path, "--rate", "1000", "--burst", "1000", "--max-body", "262144") as server:
        done = subprocess.run(
            [
                cli,
                "--config-file",
                str(REPO / "tests" / "schemathesis.toml"),
                "run",
                f"{server.base_url}/openapi.json",
                "--checks",
                "all",
                "--exclude-checks",
                "positive_data_acceptance",
                "--max-examples",
                "15",
                "--workers",
                "1",
                "--request-timeout",
                "60",
                "--suppress-health-check",
                "all",
                "--seed",
                "16",
                "--no-color",
            ],
            capture_output=True,
            text=True,
            timeout=540,
            stdin=subprocess.DEVNULL,
            cwd=tmp_path,
        )
        server_log = server.output()
    report = done.stdout + done.stderr
    assert done.returncode == 0, report[-6000:]
    assert "9/9" in report, "every operation was selected"
    assert "Traceback" not in server_log
