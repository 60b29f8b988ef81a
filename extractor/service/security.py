"""Request guards: API keys (constant-time, never logged), per-key rate limit, request body limit.

One pure ASGI middleware, so a rejected request costs no body read and no route work. Keys are
accepted as ``Authorization: Bearer KEY`` or ``X-API-Key: KEY``, never in the query string (which
access logs print). A key is identified in memory by a SHA-256 fingerprint only.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import threading
import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from extractor.service.problems import problem_response

log = logging.getLogger("extractor.service")
OPEN_PATHS = frozenset({"/healthz", "/readyz"})
MAX_BUCKETS = 10_000


def fingerprint(key: str) -> str:
    """What a key is called in memory and in rate-limit state: never the key itself."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def match_key(given: str, keys: tuple[bytes, ...]) -> bool:
    """Compare ``given`` with every configured key in constant time (no early exit on a match)."""
    candidate = given.encode("utf-8")
    found = False
    for key in keys:
        found |= hmac.compare_digest(candidate, key)
    return found


class RateLimiter:
    """A token bucket per caller: ``rate`` requests a second, bursts up to ``burst``."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = float(burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, caller: str) -> float | None:
        """Spend one token; ``None`` if allowed, else the seconds until a token is free."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(caller, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[caller] = (tokens - 1.0, now)
                if len(self._buckets) > MAX_BUCKETS:
                    self._forget_full(now)
                return None
            self._buckets[caller] = (tokens, now)
            return (1.0 - tokens) / self.rate

    def _forget_full(self, now: float) -> None:
        """Drop callers whose bucket has refilled: they are indistinguishable from new ones."""
        for caller, (tokens, last) in list(self._buckets.items()):
            if tokens + (now - last) * self.rate >= self.burst:
                del self._buckets[caller]


class Guard:
    """Authenticates, rate-limits and bounds the body of every request but the health probes."""

    def __init__(
        self, app: ASGIApp, *, api_keys: tuple[str, ...], max_body_bytes: int, rate_per_s: float, rate_burst: int
    ) -> None:
        self.app = app
        self.keys = tuple(k.encode("utf-8") for k in api_keys)
        self.max_body_bytes = max_body_bytes
        self.limiter = RateLimiter(rate_per_s, rate_burst)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") in OPEN_PATHS:
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", ())}
        caller = self._caller(scope, headers)
        if caller is None:
            client = (scope.get("client") or ("?", 0))[0]
            log.warning("rejected %s %s from %s: missing or unknown API key", scope.get("method"), path, client)
            await problem_response(
                401,
                "a valid API key is required (Authorization: Bearer KEY, or X-API-Key: KEY)",
                instance=path,
                headers={"WWW-Authenticate": 'Bearer realm="extractor"'},
            )(scope, receive, send)
            return
        wait = self.limiter.take(caller)
        if wait is not None:
            retry_after = str(max(1, math.ceil(wait)))
            await problem_response(
                429,
                f"rate limit exceeded; retry after {retry_after} s",
                instance=path,
                headers={"Retry-After": retry_after},
            )(scope, receive, send)
            return
        declared = headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body_bytes):
            await self._too_large(scope, receive, send)
            return
        body = await self._read_body(receive)
        if body is None:
            await self._too_large(scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)

    def _caller(self, scope: Scope, headers: dict[str, str]) -> str | None:
        """Who is calling, for the rate limit: a key fingerprint, or (without keys) the client address."""
        if not self.keys:
            return "addr:" + str((scope.get("client") or ("?", 0))[0])
        given = headers.get("x-api-key")
        auth = headers.get("authorization", "")
        if given is None and auth[:7].lower() == "bearer ":
            given = auth[7:].strip()
        if not given or not match_key(given, self.keys):
            return None
        return "key:" + fingerprint(given)

    async def _read_body(self, receive: Receive) -> bytes | None:
        """The whole request body, or ``None`` once it passes the limit (reading stops there)."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        await problem_response(
            413,
            f"request body over {self.max_body_bytes} bytes",
            instance=scope.get("path"),
            headers={"Connection": "close"},
        )(scope, receive, send)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the buffered body to the app once, then passes on the real messages."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


class LogRedaction(logging.Filter):
    """Keeps keys out of the logs: access lines lose their query string, and any configured key left
    in a message (a client that sent it somewhere odd) is replaced by ``[key]``."""

    def __init__(self, api_keys: tuple[str, ...]) -> None:
        super().__init__()
        self.keys = tuple(k for k in api_keys if k)

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if record.name == "uvicorn.access" and isinstance(args, tuple) and len(args) >= 3:
            path = str(args[2])
            if "?" in path:
                record.args = (*args[:2], path.split("?", 1)[0] + "?[query]", *args[3:])
        if self.keys:
            message = record.getMessage()
            if any(key in message for key in self.keys):
                for key in self.keys:
                    message = message.replace(key, "[key]")
                record.msg, record.args = message, ()
        return True


def redact_logs(api_keys: tuple[str, ...]) -> None:
    """Install the redaction on the loggers that write request data (uvicorn's and ours)."""
    redaction = LogRedaction(api_keys)
    for name in ("uvicorn.access", "uvicorn.error", "uvicorn", "extractor.service"):
        target = logging.getLogger(name)
        for old in [f for f in target.filters if isinstance(f, LogRedaction)]:
            target.removeFilter(old)
        target.addFilter(redaction)
