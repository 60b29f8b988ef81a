"""LLM-path overhead: ``extract()`` through instructor versus a raw ``openai`` call with the identical request.

The raw call sends the exact body instructor sent (captured with an httpx event hook on the engine's
client: same messages, tools, tool_choice, max_tokens, temperature) to the same local llama.cpp server.
Runs alternate A B, B A, ... and a pair counts only when both produced the same number of completion
tokens and ``extract()`` needed one request. Besides the wall-time ratio, the time each side spends
outside the HTTP exchange (from the hooks) isolates our client-side work from the server's noise.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from benchmarks.common import BenchContext, BenchResult, Row, at_most, interleaved, median, seed_articles
from extractor.api import extract
from extractor.config import Settings
from extractor.engines import get_engine
from extractor.errors import ExtractionError
from extractor.schemas import Article
from extractor.testing.llama_server import MODEL_ALIAS

NAME = "llm-overhead"
RATIO_TARGET = 1.05
MAX_TOKENS = 64
"""Small and equal on both sides; the seed chosen answers in fewer tokens, so neither side is cut off."""


@dataclass
class Exchange:
    """One HTTP request seen by a client: its body and when it was sent and answered (perf_counter)."""

    body: bytes
    sent: float
    answered: float = 0.0

    @property
    def seconds(self) -> float:
        return self.answered - self.sent


@dataclass
class HttpClock:
    """httpx event hooks that record every request body and its round-trip time on one client."""

    exchanges: list[Exchange] = field(default_factory=list)

    def attach(self, client: httpx.Client) -> None:
        client.event_hooks["request"].append(self._on_request)
        client.event_hooks["response"].append(self._on_response)

    def _on_request(self, request: httpx.Request) -> None:
        self.exchanges.append(Exchange(body=request.read(), sent=time.perf_counter()))

    def _on_response(self, response: httpx.Response) -> None:
        self.exchanges[-1].answered = time.perf_counter()

    def last_body(self) -> dict[str, Any]:
        return json.loads(self.exchanges[-1].body)


@dataclass
class Call:
    """One timed call on either side: wall time, time inside HTTP, tokens and requests made."""

    wall_s: float
    http_s: float
    completion_tokens: int
    prompt_tokens: int
    requests: int
    error: str | None = None


def llm_settings(base_url: str, ctx: BenchContext, max_tokens: int = MAX_TOKENS) -> Settings:
    """LLM-engine settings for the local server: cache off, small output budget, temperature 0."""
    return Settings(
        engine="llm",
        base_url=base_url,
        model=MODEL_ALIAS,
        api_key="not-needed",
        max_tokens=max_tokens,
        temperature=0.0,
        use_cache=False,
        cache_dir=ctx.workdir / "cache-llm",
    )


def engine_http_client(settings: Settings) -> httpx.Client:
    """The httpx client under the engine's instructor client for this thread (to hook it, not to replace it)."""
    return get_engine(settings).client.client.client._client  # type: ignore[attr-defined]


def ours(article: Article, settings: Settings, clock: HttpClock) -> Call:
    """``extract()`` once, timed end to end."""
    before = len(clock.exchanges)
    started = time.perf_counter()
    try:
        result = extract(article, settings=settings)
        usage, attempts, error = result.metadata.usage, result.metadata.attempts, None
    except ExtractionError as exc:
        usage, attempts, error = exc.usage, exc.attempts, str(exc)
    wall = time.perf_counter() - started
    made = clock.exchanges[before:]
    return Call(
        wall, sum(e.seconds for e in made), usage.completion_tokens, usage.prompt_tokens, attempts or len(made), error
    )


def raw_call(client: Any, body: dict[str, Any], clock: HttpClock) -> Call:
    """The same request through a bare ``openai`` client, timed end to end."""
    before = len(clock.exchanges)
    started = time.perf_counter()
    response = client.chat.completions.create(**body)
    wall = time.perf_counter() - started
    made = clock.exchanges[before:]
    usage = response.usage
    return Call(
        wall,
        sum(e.seconds for e in made),
        usage.completion_tokens if usage else -1,
        usage.prompt_tokens if usage else -1,
        len(made),
    )


def pick_article(settings: Settings, clock: HttpClock) -> tuple[Article, Call]:
    """The first seed that ``extract()`` answers in one request within the token budget (also the warm-up)."""
    tried = []
    for article in seed_articles():
        call = ours(article, settings, clock)
        if call.error is None and call.requests == 1 and call.completion_tokens < settings.max_tokens:
            return article, call
        tried.append(f"{article.id}: {call.requests} requests, {call.completion_tokens} tokens, {call.error}")
    raise RuntimeError("no seed article is answered in one request within max_tokens: " + "; ".join(tried))


def run(ctx: BenchContext) -> BenchResult:
    """Interleaved ``extract()`` / raw-call pairs on one seed; median wall ratio and client-side milliseconds."""
    import openai

    server = ctx.llama()
    settings = llm_settings(server.base_url, ctx)
    ours_clock, raw_clock = HttpClock(), HttpClock()
    ours_clock.attach(engine_http_client(settings))
    raw_client = openai.OpenAI(
        base_url=settings.base_url, api_key="not-needed", max_retries=0, timeout=settings.timeout_s
    )
    raw_clock.attach(raw_client._client)
    article, warm = pick_article(settings, ours_clock)
    body = ours_clock.last_body()
    raw_call(raw_client, body, raw_clock)
    identical = raw_clock.last_body() == body
    rounds = 2 if ctx.quick else 16
    runs = interleaved(
        {
            "instructor": lambda: ours(article, settings, ours_clock),
            "raw": lambda: raw_call(raw_client, body, raw_clock),
        },
        rounds,
    )
    pairs = [
        (a, b)
        for a, b in zip(runs["instructor"], runs["raw"], strict=True)
        if a.error is None and a.requests == 1 and a.completion_tokens == b.completion_tokens
    ]
    result = BenchResult(
        details={
            "article": article.id,
            "max_tokens": settings.max_tokens,
            "rounds": rounds,
            "identical_request": identical,
            "request_keys": sorted(body),
            "tool_choice": body.get("tool_choice"),
            "warmup": vars(warm),
            "instructor": [vars(c) for c in runs["instructor"]],
            "raw": [vars(c) for c in runs["raw"]],
        }
    )
    if not pairs:
        result.rows.append(
            Row(
                NAME,
                "extract() / raw openai call, wall time",
                None,
                "ratio",
                f"<= {RATIO_TARGET}",
                None,
                f"no comparable pair in {rounds} rounds (completion tokens differed or re-asks)",
            )
        )
        return result
    ratio = median([a.wall_s / b.wall_s for a, b in pairs])
    ours_wall, raw_wall = median([a.wall_s for a, _ in pairs]), median([b.wall_s for _, b in pairs])
    ours_client_ms = median([(a.wall_s - a.http_s) * 1000 for a, _ in pairs])
    raw_client_ms = median([(b.wall_s - b.http_s) * 1000 for _, b in pairs])
    best_ratio = min(a.wall_s for a, _ in pairs) / min(b.wall_s for _, b in pairs)
    tokens = pairs[0][0].completion_tokens
    result.details.update(
        {
            "pairs": len(pairs),
            "median_ratio": ratio,
            "best_of_ratio": best_ratio,
            "ours_client_ms": ours_client_ms,
            "raw_client_ms": raw_client_ms,
        }
    )
    result.rows.append(
        Row(
            NAME,
            "extract() via instructor / raw openai call, wall time",
            round(ratio, 3),
            "ratio",
            f"<= {RATIO_TARGET}",
            at_most(ratio, RATIO_TARGET),
            f"median of {len(pairs)}/{rounds} interleaved pairs with equal completion tokens ({tokens}, max_tokens "
            f"{settings.max_tokens}); best-of ratio {best_ratio:.3f} ({min(a.wall_s for a, _ in pairs):.2f} s vs "
            f"{min(b.wall_s for _, b in pairs):.2f} s), medians {ours_wall:.2f} s vs {raw_wall:.2f} s; "
            f"article {article.id}; request bodies identical: {'yes' if identical else 'NO'}",
        )
    )
    result.rows.append(
        Row(
            NAME,
            "client-side time outside HTTP, extract() vs raw call",
            round(ours_client_ms - raw_client_ms, 1),
            "ms added",
            "",
            None,
            f"extract() {ours_client_ms:.1f} ms vs raw {raw_client_ms:.1f} ms per call (validation, grounding, "
            f"instructor); {(ours_client_ms - raw_client_ms) / (raw_wall * 1000):.1%} of the raw call's wall time",
        )
    )
    return result
