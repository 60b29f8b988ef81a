"""Shared fixtures: hermetic settings, a real llama.cpp server, and cassette configuration."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from extractor.testing.llama_server import LlamaServer

# Cassettes were recorded against a llama.cpp server on this port; replay needs no server.
CASSETTE_PORT = 8765


@pytest.fixture(autouse=True)
def hermetic_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own cache folder and no LLM configuration from the developer's shell."""
    for var in (
        "EXTRACTOR_BASE_URL",
        "OPENAI_BASE_URL",
        "EXTRACTOR_MODEL",
        "OPENAI_API_KEY",
        "EXTRACTOR_ENGINE",
        "EXTRACTOR_PROMPT",
        "EXTRACTOR_MODE",
        "EXTRACTOR_DB",
    ):
        monkeypatch.delenv(var, raising=False)
    cache = tmp_path / "cache"
    monkeypatch.setenv("EXTRACTOR_CACHE_DIR", str(cache))
    return cache


@pytest.fixture(scope="session")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real llama.cpp OpenAI-compatible server for the session; yields its base URL."""
    with LlamaServer(tmp_path_factory.mktemp("llama") / "server.log") as server:
        yield server.base_url


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
    with LlamaServer(tmp_path_factory.mktemp("llama-rec") / "server.log", port=CASSETTE_PORT) as server:
        yield server.base_url
