"""Render HTML files in real headless Chromium (Debian's ``chromium``) for tests."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
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
    "--no-pings",
    "--disable-domain-reliability",
    "--disable-client-side-phishing-detection",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate,AutofillServerCommunication",
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


ARTIFACTS = Path(
    os.environ.get("EXTRACTOR_TEST_ARTIFACTS") or Path(__file__).resolve().parent.parent / "test-artifacts"
)
"""Screenshots the browser tests keep for a person to look at (gitignored; ``EXTRACTOR_TEST_ARTIFACTS`` moves it)."""

BROWSER_SERVICE_HOSTS = frozenset({"update.googleapis.com", "accounts.google.com", "clients2.google.com"})
"""Chromium's own background calls (component updates, sign-in, network time), made whatever the page is."""


def artifact(name: str) -> Path:
    """A path under the artefacts folder (created)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / name


def requests_leaving(html_file: Path) -> list[str]:
    """Every network request the page makes, seen by a recording HTTP proxy on 127.0.0.1 that Chromium must use
    for all traffic; Chromium's own service calls (``BROWSER_SERVICE_HOSTS``) are left out."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(32)
    seen: list[str] = []

    def record() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(2)
                try:
                    seen.append(conn.recv(2048).split(b"\r\n", 1)[0].decode("latin-1"))
                except OSError as exc:
                    seen.append(f"? {exc}")

    thread = threading.Thread(target=record, daemon=True)
    thread.start()
    try:
        _run(
            [
                f"--proxy-server=http://127.0.0.1:{server.getsockname()[1]}",
                "--proxy-bypass-list=<-loopback>",
                "--dump-dom",
                html_file.resolve().as_uri(),
            ]
        )
    finally:
        server.close()
        thread.join(timeout=5)

    def host(line: str) -> str:
        target = line.split(" ")[1] if " " in line else line
        return re.sub(r"^[a-z]+://", "", target).split("/")[0].split(":")[0]

    return [line for line in seen if host(line) not in BROWSER_SERVICE_HOSTS]
