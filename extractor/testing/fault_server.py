"""A fault-injecting OpenAI-compatible chat server on 127.0.0.1, for tests and benchmarks.

It serves ``POST /v1/chat/completions`` and ``GET /v1/models`` from a stdlib
``ThreadingHTTPServer`` on an ephemeral port, answering each chat request per a *script*::

    from extractor.testing.fault_server import FaultServer, ok, rate_limited

    with FaultServer([rate_limited(retry_after=1), ok({"strikes": [], "claims": [], "summary": ""})]) as server:
        result = extract(text, settings=server.settings(max_transport_attempts=3))
        assert server.count == 2 and result.metadata.attempts == 2

The script is a list of replies consumed in order, the last one repeated for every later request;
a single reply, or a callable ``(request body) -> reply`` (or a list of such callables), works too.
Replies are built with :func:`ok`, :func:`delay`, :func:`timeout`, :func:`hang`, :func:`drop`,
:func:`rate_limited`, :func:`server_error`, :func:`unavailable`, :func:`truncated`, :func:`malformed`,
:func:`schema_invalid`, :func:`ungrounded`, :func:`plausible_lie`, :func:`refusal`, :func:`drip`,
:func:`oversized` and :func:`empty_choices`; :func:`refused_base_url` gives an
address where nothing listens (connection refused).

Requests are served concurrently (one thread each), so ``delay`` replies model a slow endpoint in
concurrency benchmarks. Every chat request is recorded (``requests``, ``headers``, ``count``,
``arrivals``; every HTTP request in ``paths``) and every answered completion reports usage tokens
(summed in ``tokens_reported``). ``settings()`` gives LLM-engine Settings pointing at the server.

The answers are hand-written JSON for exercising error handling and mechanics. They say nothing
about any model's extraction quality and must never be presented as such.
"""

from __future__ import annotations

import json
import re
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from extractor.config import Settings

__all__ = [
    "FaultServer",
    "Reply",
    "article_text",
    "delay",
    "drip",
    "drop",
    "empty_choices",
    "first_sentence_findings",
    "hang",
    "malformed",
    "ok",
    "oversized",
    "plausible_lie",
    "rate_limited",
    "refusal",
    "refused_base_url",
    "schema_invalid",
    "server_error",
    "timeout",
    "truncated",
    "unavailable",
    "ungrounded",
]

MODEL_ID = "fault-model"
_FENCED_ARTICLE = re.compile(r"<<<ARTICLE (\w+)\n(.*)\nARTICLE \1>>>", re.DOTALL)


@dataclass(frozen=True)
class Reply:
    """One scripted answer: what to send (or not send) for one chat request."""

    kind: str
    arguments: str | None = None
    content: str | None = None
    status: int = 200
    retry_after: float | None = None
    seconds: float = 0.0
    finish_reason: str | None = None
    usage: tuple[int, int] | None = None
    then: Reply | None = None


Script = Reply | Callable[[dict[str, Any]], Reply] | Sequence[Reply | Callable[[dict[str, Any]], Reply]]


def _json_text(value: dict[str, Any] | str | None) -> str:
    if value is None:
        return json.dumps({"strikes": [], "claims": [], "summary": ""})
    return value if isinstance(value, str) else json.dumps(value)


def ok(
    arguments: dict[str, Any] | str | None = None, *, content: str | None = None, usage: tuple[int, int] | None = None
) -> Reply:
    """A 200 answer: ``arguments`` as the tool call (or as the content in JSON modes); ``content`` as plain text."""
    if content is not None:
        return Reply("ok", content=content, finish_reason="stop", usage=usage)
    return Reply("ok", arguments=_json_text(arguments), usage=usage)


def delay(seconds: float, then: Reply | None = None) -> Reply:
    """Wait ``seconds``, then answer with ``then`` (default: an empty valid answer)."""
    return Reply("delay", seconds=seconds, then=then or ok())


def timeout(seconds: float = 30.0) -> Reply:
    """Hold the request ``seconds`` (longer than the client timeout), then close without answering."""
    return Reply("timeout", seconds=seconds)


def hang() -> Reply:
    """Hold the request open until ``FaultServer.release()`` or the server closes; never answer."""
    return Reply("hang")


def drop() -> Reply:
    """Read the request, then reset the connection without sending a byte."""
    return Reply("drop")


def rate_limited(retry_after: float | None = 1.0) -> Reply:
    """HTTP 429 with a ``Retry-After`` header (seconds), as OpenAI sends it."""
    return Reply("error", status=429, retry_after=retry_after)


def server_error(status: int = 500, message: str | None = None) -> Reply:
    """An HTTP error (5xx, or any status) with an OpenAI-style error body carrying ``message``."""
    return Reply("error", status=status, content=message)


def unavailable(retry_after: float | None = None) -> Reply:
    """HTTP 503 Service Unavailable (optionally with ``Retry-After``)."""
    return Reply("error", status=503, retry_after=retry_after)


def truncated(arguments: dict[str, Any] | str | None = None) -> Reply:
    """The first half of the answer with ``finish_reason: "length"``, as when max_tokens runs out."""
    text = _json_text(arguments)
    return Reply("ok", arguments=text[: max(1, len(text) // 2)], finish_reason="length")


def malformed() -> Reply:
    """Tool-call arguments that are not JSON at all."""
    return Reply("ok", arguments="{'strikes': [attackers: Iraqi Air Force,, ")


def schema_invalid() -> Reply:
    """Valid JSON that breaks the schema (wrong types, an unknown key)."""
    return Reply(
        "ok",
        arguments=json.dumps(
            {"strikes": [{"attackers": "Iraqi Air Force", "location": 5}], "claims": "none", "verdict": "guilty"}
        ),
    )


def ungrounded(quote: str = "Ignore the article: 500 people were killed in the raid") -> Reply:
    """A well-formed strike whose evidence quote is not in the article."""
    return ok(
        {
            "strikes": [
                {
                    "attackers": ["Invented Air Force"],
                    "location": {"place": "Nowhere"},
                    "casualties": [{"kind": "killed", "min": 500, "max": 500, "evidence": [{"quote": quote}]}],
                    "evidence": [{"quote": quote}],
                }
            ],
            "claims": [],
            "summary": quote,
        }
    )


def plausible_lie(request: dict[str, Any], *, evidence: str = "sentence") -> Reply:
    """A well-formed answer whose quotes are in the article but support none of what it reports.

    The strike is the French Air Force's, in Paris, on 14 July 2031, with 500 civilians killed; a claim is
    made by the French Air Force. ``evidence`` picks the quotes: ``"sentence"`` (the article's first sentence,
    which names none of that), ``"word"`` (the single word "the"), or ``"number"`` (a sentence with some other
    number in it). Used as a script step: ``FaultServer(lambda body: plausible_lie(body, evidence="word"))``.
    """
    text = article_text(request)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    first = sentences[0] if sentences else text
    if evidence == "word":
        quote = "the"
    elif evidence == "number":
        quote = next((s for s in sentences if re.search(r"\d|\b(?:one|two|three|seven)\b", s)), first)
    else:
        quote = first
    return ok(
        {
            "strikes": [
                {
                    "attackers": ["French Air Force"],
                    "location": {"place": "Paris", "country": "France"},
                    "strike_date": "2031-07-14",
                    "date_text": "14 July 2031",
                    "date_precision": "day",
                    "casualties": [
                        {"kind": "killed", "group": "civilians", "min": 500, "max": 500, "evidence": [{"quote": quote}]}
                    ],
                    "evidence": [{"quote": quote}],
                }
            ],
            "claims": [
                {
                    "claimant": "French Air Force",
                    "stance": "asserts",
                    "statement": "The French Air Force struck Paris.",
                    "evidence": [{"quote": "said" if evidence == "word" else quote}],
                }
            ],
            "summary": "French Air Force struck targets in Paris, killing 500 civilians.",
        }
    )


def drip(seconds_per_byte: float = 0.2, then: Reply | None = None, *, headers: bool = False) -> Reply:
    """Send ``then`` (default: an empty valid answer) one byte every ``seconds_per_byte``: the body only, or,
    with ``headers``, the status line and headers too. Every single read is quick; the whole answer is not."""
    return Reply("drip_headers" if headers else "drip", seconds=seconds_per_byte, then=then or ok())


def oversized(megabytes: int = 300) -> Reply:
    """A 200 answer of ``megabytes`` MiB (valid JSON, mostly padding), streamed without holding it in memory."""
    return Reply("oversized", seconds=float(megabytes))


def empty_choices() -> Reply:
    """A 200 chat completion whose ``choices`` list is empty."""
    return Reply("empty_choices")


def refusal(text: str = "I'm sorry, but I can't help with that request.") -> Reply:
    """Plain text and no tool call: what a model that refuses sends."""
    return ok(content=text)


def article_text(request: dict[str, Any]) -> str:
    """The article (or chunk) text fenced in a request's user message; ``""`` when there is none."""
    for message in request.get("messages", []):
        if message.get("role") == "user" and isinstance(message.get("content"), str):
            found = _FENCED_ARTICLE.search(message["content"])
            if found:
                return found.group(2)
    return ""


def first_sentence_findings(request: dict[str, Any]) -> dict[str, Any]:
    """Findings with one strike whose evidence is the request's first article sentence that is a clause (grounded
    and supported by construction: its attacker is "Unknown")."""
    from extractor.support import is_clause

    sentences = re.split(r"(?<=[.!?])\s", article_text(request).strip())
    sentence = next((s for s in sentences if is_clause(s)), sentences[0])
    if not sentence:
        return {"strikes": [], "claims": [], "summary": ""}
    return {
        "strikes": [{"attackers": ["Unknown"], "evidence": [{"quote": sentence}]}],
        "claims": [],
        "summary": sentence[:200],
    }


@contextmanager
def refused_base_url() -> Iterator[str]:
    """A ``/v1`` base URL on 127.0.0.1 whose port is bound but not listening: every connect is refused."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/v1"


@dataclass
class _Record:
    """What the server saw and said, guarded by one lock."""

    requests: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    arrivals: list[float] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    tokens: int = 0


class FaultServer:
    """An OpenAI-compatible chat endpoint on 127.0.0.1 that answers per a script of faults and answers."""

    def __init__(self, script: Script | None = None, *, model: str = MODEL_ID) -> None:
        self.model = model
        self._lock = threading.Lock()
        self._record = _Record()
        self._closing = threading.Event()
        self._released = threading.Event()
        self.set_script(script if script is not None else ok())
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self), bind_and_activate=False)
        self._server.daemon_threads = True
        self._server.request_queue_size = 256
        self._server.server_bind()
        self._server.server_activate()
        self._thread = threading.Thread(target=self._server.serve_forever, name="fault-server", daemon=True)
        self._thread.start()

    def set_script(self, script: Script) -> None:
        """Replace the script; the next chat request gets its first reply."""
        steps = list(script) if isinstance(script, Sequence) else [script]
        if not steps:
            raise ValueError("a fault script needs at least one reply")
        with self._lock:
            self._steps, self._next = steps, 0

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>/v1``, what an OpenAI client takes as ``base_url``."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def llm_settings(self, cache_dir: Path, **overrides: Any) -> Settings:
        """Settings for the LLM engine pointed at this server: one transport attempt, the cache in ``cache_dir``."""
        values: dict[str, Any] = {"model": self.model, "max_transport_attempts": 1, **overrides}
        return Settings(engine="llm", base_url=self.base_url, cache_dir=cache_dir, **values)

    @property
    def count(self) -> int:
        """How many chat-completion requests arrived."""
        with self._lock:
            return len(self._record.requests)

    def count_after(self, expected: int, wait_s: float = 5.0) -> int:
        """The request count once it reaches ``expected`` or ``wait_s`` has passed: a client that gave up on a
        timeout may be gone before the server's thread has read its last request."""
        deadline = time.monotonic() + wait_s
        while self.count < expected and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.count

    @property
    def requests(self) -> list[dict[str, Any]]:
        """The JSON bodies of every chat-completion request, in arrival order."""
        with self._lock:
            return list(self._record.requests)

    @property
    def headers(self) -> list[dict[str, str]]:
        """The HTTP headers of every chat-completion request (lower-cased names), in arrival order."""
        with self._lock:
            return [dict(h) for h in self._record.headers]

    @property
    def arrivals(self) -> list[float]:
        """``time.monotonic()`` at each chat request's arrival (to measure client back-off)."""
        with self._lock:
            return list(self._record.arrivals)

    @property
    def paths(self) -> list[str]:
        """Method and path of every HTTP request, chat or not."""
        with self._lock:
            return list(self._record.paths)

    @property
    def tokens_reported(self) -> int:
        """Sum of ``usage.total_tokens`` over every completion the server sent."""
        with self._lock:
            return self._record.tokens

    def settings(self, **overrides: Any) -> Settings:
        """LLM-engine Settings pointing at this server (``model`` is the server's), with ``overrides``."""
        from extractor.config import Settings

        return Settings(engine="llm", base_url=self.base_url, model=self.model).with_overrides(**overrides)

    def release(self) -> None:
        """Let every request held by :func:`hang` end (without an answer)."""
        self._released.set()

    def close(self) -> None:
        """Stop serving and wake every held request."""
        self._closing.set()
        self._released.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FaultServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _arrived(
        self, method: str, path: str, body: dict[str, Any] | None, headers: dict[str, str] | None = None
    ) -> Reply | None:
        """Record a request; for a chat request, pick its scripted reply."""
        with self._lock:
            self._record.paths.append(f"{method} {path}")
            if body is None:
                return None
            self._record.requests.append(body)
            self._record.headers.append(headers or {})
            self._record.arrivals.append(time.monotonic())
            step = self._steps[min(self._next, len(self._steps) - 1)]
            self._next += 1
        return step(body) if callable(step) else step

    def _sent(self, tokens: int) -> None:
        with self._lock:
            self._record.tokens += tokens

    def _wait(self, seconds: float | None, until: threading.Event | None = None) -> None:
        """Sleep, cut short when the server closes (or ``until`` is set)."""
        deadline = None if seconds is None else time.monotonic() + seconds
        while not self._closing.is_set() and not (until is not None and until.is_set()):
            left = 0.05 if deadline is None else min(0.05, deadline - time.monotonic())
            if left <= 0:
                return
            self._closing.wait(left)


def _completion(reply: Reply, request: dict[str, Any], model: str) -> tuple[dict[str, Any], int]:
    """An OpenAI chat.completion body for an ``ok`` reply, and the total tokens it reports."""
    tools = request.get("tools") or []
    message: dict[str, Any] = {"role": "assistant", "content": None}
    if reply.content is not None:
        message["content"] = reply.content
        said = reply.content
        finish = reply.finish_reason or "stop"
    elif tools:
        name = tools[0].get("function", {}).get("name", "answer")
        message["tool_calls"] = [
            {"id": "call_fault_1", "type": "function", "function": {"name": name, "arguments": reply.arguments}}
        ]
        said = reply.arguments or ""
        finish = reply.finish_reason or "tool_calls"
    else:
        message["content"] = reply.arguments
        said = reply.arguments or ""
        finish = reply.finish_reason or "stop"
    prompt, completion = reply.usage or (
        max(1, len(json.dumps(request.get("messages", []))) // 4),
        max(1, len(said) // 4),
    )
    body = {
        "id": "chatcmpl-fault",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", model),
        "choices": [{"index": 0, "finish_reason": finish, "message": message}],
        "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
    }
    return body, prompt + completion


def _handler_for(server: FaultServer) -> type[BaseHTTPRequestHandler]:
    """The request handler class bound to one FaultServer."""

    class FaultHandler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            return

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            server._arrived("GET", self.path, None)
            if self.path.rstrip("/").endswith("/models"):
                self._send_json(
                    200,
                    {
                        "object": "list",
                        "data": [{"id": server.model, "object": "model", "created": 0, "owned_by": "fault-server"}],
                    },
                )
            else:
                self._send_json(404, _error_body("not found", "not_found_error"))

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            if not self.path.rstrip("/").endswith("/chat/completions"):
                server._arrived("POST", self.path, None)
                self._send_json(404, _error_body("not found", "not_found_error"))
                return
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                server._arrived("POST", self.path, None)
                self._send_json(400, _error_body("request body is not JSON", "invalid_request_error"))
                return
            reply = server._arrived("POST", self.path, body, {k.lower(): v for k, v in self.headers.items()})
            self._answer(reply, body)

        def _answer(self, reply: Reply | None, body: dict[str, Any]) -> None:
            while reply is not None and reply.kind == "delay":
                server._wait(reply.seconds)
                reply = reply.then
            if reply is None or reply.kind == "ok":
                completion, tokens = _completion(reply or ok(), body, server.model)
                server._sent(tokens)
                self._send_json(200, completion)
            elif reply.kind in ("drip", "drip_headers"):
                completion, _ = _completion(reply.then or ok(), body, server.model)
                self._drip(completion, reply.seconds, headers=reply.kind == "drip_headers")
            elif reply.kind == "oversized":
                self._send_oversized(int(reply.seconds))
            elif reply.kind == "empty_choices":
                completion, _ = _completion(ok(), body, server.model)
                self._send_json(200, {**completion, "choices": []})
            elif reply.kind == "error":
                headers = {"Retry-After": f"{reply.retry_after:g}"} if reply.retry_after is not None else {}
                kind = "rate_limit_error" if reply.status == 429 else "server_error"
                message = reply.content or f"fault server: HTTP {reply.status}"
                self._send_json(reply.status, _error_body(message, kind), headers)
            elif reply.kind == "timeout":
                server._wait(reply.seconds)
                self._reset()
            elif reply.kind == "hang":
                server._wait(None, until=server._released)
                self._reset()
            elif reply.kind == "drop":
                self._reset()
            else:
                raise ValueError(f"unknown fault reply kind {reply.kind!r}")

        def _send_json(self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
            data = json.dumps(payload).encode("utf-8")
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                self.close_connection = True

        def _drip(self, payload: dict[str, Any], seconds: float, *, headers: bool) -> None:
            """Send a 200 JSON answer one byte at a time (after the headers, or headers included)."""
            data = json.dumps(payload).encode("utf-8")
            head = (f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n").encode(
                "ascii"
            )
            self.close_connection = True
            try:
                if not headers:
                    self.wfile.write(head)
                    self.wfile.flush()
                for byte in [*(head if headers else b""), *data]:
                    if server._closing.is_set():
                        return
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    server._wait(seconds)
            except OSError:
                return

        def _send_oversized(self, megabytes: int) -> None:
            """A 200 answer of ``megabytes`` MiB, written in 1 MiB pieces."""
            start, end = b'{"id": "chatcmpl-big", "padding": "', b'"}'
            piece = b"x" * (1024 * 1024)
            self.close_connection = True
            try:
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(start) + megabytes * len(piece) + len(end)))
                self.end_headers()
                self.wfile.write(start)
                for _ in range(megabytes):
                    if server._closing.is_set():
                        return
                    self.wfile.write(piece)
                self.wfile.write(end)
            except OSError:
                return

        def _reset(self) -> None:
            """Close the connection abruptly (RST), sending nothing."""
            self.close_connection = True
            try:
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
            except OSError:
                pass

    return FaultHandler


def _error_body(message: str, kind: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}
