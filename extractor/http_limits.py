"""Bounds on one model request that httpx alone does not give: a total deadline and a size cap.

httpx's timeouts are per socket operation, so an endpoint sending one byte every 0.2 s never trips a
1 s read timeout and can hold an article for minutes (headers included). The network backend here
wraps every socket read, write and connect: each gets at most what is left of the deadline of the
request in flight (a context variable set by :func:`request_budget`), and the bytes read are counted
against a cap, so a 300 MB answer is refused rather than held in memory.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

MAX_RESPONSE_BYTES = 8 * 1024 * 1024


@cache
def _stack() -> tuple[ModuleType, ModuleType]:
    """The httpx and httpcore packages the openai SDK runs on (openai 3 ships them as httpx2 and httpcore2)."""
    import openai._base_client as base

    httpx: ModuleType = getattr(base, "httpx2", None) or getattr(base, "httpx")  # noqa: B009 - openai 2 or 3
    return httpx, importlib.import_module("httpcore2" if httpx.__name__ == "httpx2" else "httpcore")


class ResponseTooLarge(Exception):
    """The endpoint sent more bytes than the cap allows: not transient, never retried."""


@dataclass
class _Budget:
    deadline: float
    max_bytes: int
    received: int = 0

    def left(self, timeout: float | None) -> float:
        """The socket timeout to use: the smaller of ``timeout`` and what is left of the deadline."""
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise _stack()[1].ReadTimeout("the request's deadline passed while the endpoint was still sending")
        return left if timeout is None else min(timeout, left)


_budget: ContextVar[_Budget | None] = ContextVar("extractor_http_budget", default=None)


@contextmanager
def request_budget(deadline: float, max_bytes: int = MAX_RESPONSE_BYTES) -> Iterator[None]:
    """Requests made in this block (in this thread) end by ``deadline`` (``time.monotonic()``) and read at most
    ``max_bytes``."""
    token = _budget.set(_Budget(deadline=deadline, max_bytes=max_bytes))
    try:
        yield
    finally:
        _budget.reset(token)


class _BoundedStream:
    """A socket stream whose reads and writes respect the request budget."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        budget = _budget.get()
        if budget is None:
            return self._inner.read(max_bytes, timeout)
        data = self._inner.read(max_bytes, budget.left(timeout))
        budget.received += len(data)
        if budget.received > budget.max_bytes:
            raise ResponseTooLarge(f"response larger than {budget.max_bytes // (1024 * 1024)} MiB")
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        budget = _budget.get()
        self._inner.write(buffer, timeout if budget is None else budget.left(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, *args: Any, **kwargs: Any) -> _BoundedStream:
        return _BoundedStream(self._inner.start_tls(*args, **kwargs))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _BoundedBackend:
    """httpcore's network backend, its connections bounded by the request budget."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _BoundedStream:
        budget = _budget.get()
        timeout = timeout if budget is None else budget.left(timeout)
        return _BoundedStream(self._inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _BoundedStream:
        budget = _budget.get()
        timeout = timeout if budget is None else budget.left(timeout)
        return _BoundedStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def bounded_http_client(timeout: float) -> Any:
    """The openai SDK's default httpx client, its sockets bounded by :func:`request_budget`."""
    import openai

    transport = _stack()[0].HTTPTransport()
    pool = transport._pool  # httpx exposes no way to pass a network backend; the pool holds it
    pool._network_backend = _BoundedBackend(pool._network_backend)
    return openai.DefaultHttpxClient(transport=transport, timeout=timeout)
