"""Prometheus metrics of one app: requests, latency, cache hits, LLM tokens, retries, job articles."""

from __future__ import annotations

import time

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from extractor.schemas import ArticleExtraction

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Metrics:
    """The counters and histograms, in a registry of their own (several apps may share a process)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "extractor_http_requests", "HTTP requests answered.", ["method", "route", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "extractor_http_request_duration_seconds",
            "Time to answer an HTTP request.",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.extractions = Counter(
            "extractor_extractions",
            "Extractions returned, by engine and cache outcome.",
            ["engine", "cache"],
            registry=self.registry,
        )
        self.tokens = Counter("extractor_llm_tokens", "LLM tokens spent.", ["kind"], registry=self.registry)
        self.retries = Counter(
            "extractor_llm_retries",
            "LLM attempts beyond the first (transient faults and re-asks).",
            registry=self.registry,
        )
        self.job_articles = Counter(
            "extractor_job_articles",
            "Articles finished by ingest jobs, by outcome.",
            ["outcome"],
            registry=self.registry,
        )

    def observe_extraction(self, result: ArticleExtraction) -> None:
        """Count one extraction: cache hit or miss, and for a fresh LLM result its tokens and retries."""
        meta = result.metadata
        self.extractions.labels(engine=meta.engine, cache="hit" if meta.cache_hit else "miss").inc()
        if meta.cache_hit:
            return
        self.tokens.labels(kind="prompt").inc(meta.usage.prompt_tokens)
        self.tokens.labels(kind="completion").inc(meta.usage.completion_tokens)
        if meta.attempts > 1:
            self.retries.inc(meta.attempts - 1)

    def render(self) -> bytes:
        return generate_latest(self.registry)


class MetricsMiddleware:
    """Counts and times every request, by route template (not raw path: ids would explode the labels)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}

        async def tracking_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        finally:
            route = _route_template(scope)
            method = scope.get("method", "")
            self.metrics.requests.labels(method=method, route=route, status=str(status["code"])).inc()
            self.metrics.latency.labels(method=method, route=route).observe(time.perf_counter() - started)


def _route_template(scope: Scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    return str(path) if path else "unmatched"
