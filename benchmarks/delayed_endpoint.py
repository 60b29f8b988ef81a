"""Host ``extractor.testing.fault_server`` answering after a fixed delay in its own process
(its work must not share our GIL).

    python -m benchmarks.delayed_endpoint 0.5

prints the base URL, serves until standard input closes, then prints how many chat requests it answered.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import TracebackType

from extractor.config import Settings


def serve(delay_s: float) -> int:
    """Serve grounded one-strike answers after ``delay_s`` until stdin closes; print the request count."""
    from extractor.testing.fault_server import FaultServer, delay, first_sentence_findings, ok

    with FaultServer(lambda body: delay(delay_s, ok(first_sentence_findings(body)))) as server:
        print(server.base_url, flush=True)
        sys.stdin.read()
        print(server.count, flush=True)
    return 0


class DelayedEndpoint:
    """The delayed fault server in a child process; a context manager yielding its base URL."""

    def __init__(self, delay_s: float) -> None:
        self.delay_s = delay_s
        self.process: subprocess.Popen | None = None
        self.base_url = ""
        self.requests_answered: int | None = None

    def __enter__(self) -> DelayedEndpoint:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.delayed_endpoint", str(self.delay_s)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.base_url = self.process.stdout.readline().strip()
        if not self.base_url.startswith("http"):
            self.process.kill()
            raise RuntimeError("the delayed fault server did not start")
        return self

    def llm_settings(self, cache_dir: Path) -> Settings:
        """The LLM engine pointed at this endpoint, uncached (every request reaches the server), short answers."""
        return Settings(
            engine="llm",
            base_url=self.base_url,
            model="fault-model",
            api_key="sk-bench",
            use_cache=False,
            max_tokens=64,
            cache_dir=cache_dir,
        )

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.process is None:
            return
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.close()
        answered = self.process.stdout.readline().strip()
        self.requests_answered = int(answered) if answered.isdigit() else None
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(serve(float(sys.argv[1]) if len(sys.argv) > 1 else 0.5))
