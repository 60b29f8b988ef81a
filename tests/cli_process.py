"""The extractor CLI as a real subprocess (``python -m extractor``), as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests_paths import REPO


def run_cli(
    *args: str,
    cwd: Path = REPO,
    env: dict[str, str] | None = None,
    stdin: bytes | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Run the CLI with ``env`` over this process's environment; output decoded with bad bytes replaced, and a hang
    (e.g. on a pipe) fails the test through the timeout."""
    proc = subprocess.run(
        [sys.executable, "-m", "extractor", *args],
        cwd=cwd,
        input=stdin,
        env={**os.environ, **(env or {})},
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")
    )
