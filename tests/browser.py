"""Render HTML files in real headless Chromium (Debian's ``chromium``) for tests."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--virtual-time-budget=3000",
]


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise RuntimeError("chromium is not installed (apt-get install chromium); .ci/run installs it")
    return found


def _run(args: list[str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [chromium_path(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def dump_dom(html_file: Path) -> str:
    """The DOM after the page loaded and ran its scripts, serialised by Chromium."""
    proc = _run(["--dump-dom", html_file.resolve().as_uri()])
    if proc.returncode != 0 or "<html" not in proc.stdout.lower():
        raise RuntimeError(f"chromium failed ({proc.returncode}): {proc.stderr[-500:]}")
    return proc.stdout


def screenshot(html_file: Path, png: Path, width: int = 1280, height: int = 2000) -> Path:
    """A PNG of the rendered page (to look at, and to check it is not blank)."""
    proc = _run([f"--screenshot={png.resolve()}", f"--window-size={width},{height}", html_file.resolve().as_uri()])
    if not png.exists() or png.stat().st_size == 0:
        raise RuntimeError(f"chromium wrote no screenshot ({proc.returncode}): {proc.stderr[-500:]}")
    return png
