"""LLM engine: instructor over the ``openai`` client, against any OpenAI-compatible endpoint.

Grounding is enforced by code: every evidence quote must be found in the article. A quote
that is not there fails validation and is fed back to the model (instructor re-ask); items
still ungrounded after the last attempt are dropped and counted, never kept silently.
Transient faults (timeouts, refused connections, 429, 5xx) are retried by tenacity with
exponential backoff and jitter, honouring ``Retry-After``, under an attempt cap and a deadline.
"""

from __future__ import annotations

import logging
import random
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

from pydantic import ValidationError, ValidationInfo, model_validator

from extractor.chunking import split_text
from extractor.config import Settings
from extractor.errors import AttemptFailure, ConfigError, ExtractionError, ResponseError, TransportError
from extractor.grounding import ground_evidence
from extractor.prompts import PromptTemplate, fence_for, load_prompt
from extractor.schemas import (
    Article,
    ArticleExtraction,
    ArticleFindings,
    Claim,
    Evidence,
    RunMetadata,
    StrikeReport,
    Usage,
    schema_hash,
)

MAX_RETRY_AFTER_S = 60.0
# instructor logs every failed attempt at ERROR; we report failures ourselves, typed and counted.
logging.getLogger("instructor").addHandler(logging.NullHandler())
T = TypeVar("T")


def _ground_items(items: list[Any], text: str, lenient: bool, dropped: list[str]) -> list[Any]:
    """Verify every evidence quote of every item; return the grounded items.

    Strict mode raises a ValueError naming the missing quotes (so instructor re-asks);
    lenient mode drops ungrounded items and records them in ``dropped``.
    """
    kept, missing = [], []
    for item in items:
        evidence = list(item.evidence)
        if isinstance(item, Claim) and item.quote and not evidence:
            evidence = [Evidence(quote=item.quote)]
        grounded = [ground_evidence(text, e) for e in evidence]
        casualties_ok = True
        if isinstance(item, StrikeReport):
            for c in item.casualties:
                c_grounded = [ground_evidence(text, e) for e in c.evidence]
                if any(g is None for g in c_grounded):
                    casualties_ok = False
                    missing.extend(e.quote for e, g in zip(c.evidence, c_grounded, strict=True) if g is None)
                else:
                    c.evidence = c_grounded
        if not grounded or any(g is None for g in grounded) or not casualties_ok:
            missing.extend(e.quote for e, g in zip(evidence, grounded, strict=True) if g is None)
            if not grounded:
                missing.append(f"<no evidence for {type(item).__name__}>")
            dropped.append(type(item).__name__)
            continue
        item.evidence = grounded
        if isinstance(item, Claim) and item.quote and ground_evidence(text, Evidence(quote=item.quote)) is None:
            item.quote = None
        kept.append(item)
    if missing and not lenient:
        shown = "; ".join(repr(q[:80]) for q in missing[:5])
        raise ValueError(
            f"these evidence quotes are not in the article text: {shown}. Copy quotes verbatim from the article."
        )
    return kept


class GroundedFindings(ArticleFindings):
    """ArticleFindings whose evidence is verified against the article given as validation context."""

    @model_validator(mode="after")
    def _verify_evidence(self, info: ValidationInfo) -> GroundedFindings:
        ctx = info.context or {}
        text = ctx.get("text")
        if text is None:
            return self
        lenient = bool(ctx.get("lenient"))
        dropped: list[str] = ctx.setdefault("dropped", [])
        self.strikes = _ground_items(self.strikes, text, lenient, dropped)
        self.claims = _ground_items(self.claims, text, lenient, dropped)
        return self


def _is_transient(exc: BaseException) -> bool:
    import openai

    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError,
                        openai.InternalServerError)):
        return True
    return isinstance(exc, openai.APIStatusError) and (exc.status_code == 429 or exc.status_code >= 500)


def _root_cause(exc: BaseException) -> BaseException:
    """instructor wraps API errors in InstructorRetryException; find the original."""
    seen = exc
    while seen.__cause__ is not None and type(seen).__name__ == "InstructorRetryException":
        seen = seen.__cause__
    return seen


def _retry_after(exc: BaseException) -> float | None:
    response = getattr(exc, "response", None)
    value = response.headers.get("retry-after") if response is not None else None
    if not value:
        return None
    try:
        return min(max(float(value), 0.0), MAX_RETRY_AFTER_S)
    except ValueError:
        return None


def _completion_arguments(completion: Any) -> str | None:
    """The JSON text a completion carries: a tool call's arguments, or the message content."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError):
        return None
    if getattr(message, "tool_calls", None):
        return message.tool_calls[0].function.arguments
    content = message.content or ""
    fenced = re.search(r"```(?:json)?\s*(.*?)```", content, re.DOTALL)
    return fenced.group(1) if fenced else content


class _Attempts:
    """Counts attempts and sums usage across every call, through instructor hooks."""

    def __init__(self) -> None:
        from instructor.v2.core.hooks import Hooks

        self.count = 0
        self.usage = Usage()
        self.failures: list[AttemptFailure] = []
        self.hooks = Hooks()
        self.hooks.on("completion:kwargs", self._on_kwargs)
        self.hooks.on("completion:response", self._on_response)
        self.hooks.on("parse:error", self._on_parse_error)

    def _on_kwargs(self, *args: Any, **kwargs: Any) -> None:
        self.count += 1

    def _on_response(self, response: Any) -> None:
        u = getattr(response, "usage", None)
        if u is not None:
            self.usage = self.usage + Usage(
                prompt_tokens=u.prompt_tokens or 0,
                completion_tokens=u.completion_tokens or 0,
                total_tokens=u.total_tokens or 0,
            )

    def _on_parse_error(self, error: Exception, **_: Any) -> None:
        self.failures.append(AttemptFailure(kind="invalid", message=str(error).splitlines()[0][:300]))


class LLMEngine:
    """Extracts with an LLM through instructor; one instance per settings, safe across threads."""

    name = "llm"

    def __init__(self, settings: Settings) -> None:
        if not settings.base_url and not settings.api_key:
            raise ConfigError(
                "no LLM endpoint configured: set EXTRACTOR_BASE_URL (and EXTRACTOR_MODEL), "
                "or OPENAI_API_KEY, or use --engine offline"
            )
        self.settings = settings
        self.model = settings.model or ("gpt-4o-mini" if not settings.base_url else "default")
        self.prompt: PromptTemplate = load_prompt(settings.prompt)
        self._local = threading.local()

    @property
    def client(self) -> Any:
        """An instructor client per thread (httpx clients are not shared across threads)."""
        if getattr(self._local, "client", None) is None:
            import instructor
            import openai

            mode = {"tools": instructor.Mode.TOOLS, "json": instructor.Mode.JSON,
                    "md_json": instructor.Mode.MD_JSON}.get(self.settings.mode)
            if mode is None:
                raise ConfigError(f"unknown instructor mode {self.settings.mode!r}: use tools, json or md_json")
            raw = openai.OpenAI(base_url=self.settings.base_url, api_key=self.settings.api_key or "not-needed",
                                max_retries=0, timeout=self.settings.timeout_s)
            self._local.client = instructor.from_openai(raw, mode=mode)
        return self._local.client

    def cache_parts(self) -> dict[str, Any]:
        s = self.settings
        return {"engine": self.name, "model": self.model, "endpoint": s.base_url or "openai", "mode": s.mode,
                "prompt": self.prompt.name, "prompt_hash": self.prompt.hash,
                "schema_hash": schema_hash(ArticleFindings),
                "params": {"temperature": s.temperature, "max_tokens": s.max_tokens,
                           "validation_attempts": s.max_validation_attempts, "chunk_chars": s.chunk_chars}}

    def messages(self, article: Article, text: str) -> list[dict[str, str]]:
        """The exact chat messages sent for one article (or one chunk of it)."""
        return self.prompt.render(article_id=article.id, title=article.title, outlet=article.outlet,
                                  published=article.published.isoformat() if article.published else None,
                                  text=text, fence=fence_for(text))

    def request(self, article: Article, text: str) -> dict[str, Any]:
        s = self.settings
        return {"model": self.model, "messages": self.messages(article, text), "temperature": s.temperature,
                "max_tokens": s.max_tokens}

    def extract(self, article: Article) -> ArticleExtraction:
        start = time.perf_counter()
        tally = _Attempts()
        strikes: list[StrikeReport] = []
        claims: list[Claim] = []
        summaries: list[str] = []
        dropped = 0
        chunks = split_text(article.text, self.settings.chunk_chars, self.settings.chunk_overlap)
        for chunk in chunks:
            findings, n_dropped = self._extract_chunk(article, chunk.text, tally)
            dropped += n_dropped
            strikes.extend([s for s in findings.strikes if s not in strikes])
            claims.extend([c for c in findings.claims if c not in claims])
            if findings.summary:
                summaries.append(findings.summary)
        return ArticleExtraction(
            article_id=article.id,
            strikes=strikes,
            claims=claims,
            summary=" ".join(summaries[:1]) if len(chunks) == 1 else " ".join(summaries[:3]),
            metadata=RunMetadata(
                engine=self.name, model=self.model, prompt_id=self.prompt.name, prompt_hash=self.prompt.hash,
                usage=tally.usage, attempts=tally.count, latency_ms=(time.perf_counter() - start) * 1000,
                dropped_ungrounded=dropped, chunks=len(chunks), created_at=datetime.now(UTC),
            ),
        )

    def _extract_chunk(self, article: Article, chunk_text: str, tally: _Attempts) -> tuple[ArticleFindings, int]:
        context: dict[str, Any] = {"text": article.text}
        findings = self.structured(
            GroundedFindings, self.request(article, chunk_text), tally=tally, label=f"article {article.id}",
            article_id=article.id, context=context, salvage=lambda exc: self._salvage(article, exc, tally),
        )
        if isinstance(findings, tuple):
            return findings
        return findings, len(context.get("dropped", []))

    def structured(
        self,
        response_model: type[T],
        request: dict[str, Any],
        *,
        tally: _Attempts | None = None,
        label: str = "request",
        article_id: str = "-",
        context: dict[str, Any] | None = None,
        salvage: Callable[[Exception], Any] | None = None,
    ) -> T:
        """One structured call: instructor re-asks on invalid output, tenacity retries transient faults.

        Raises TransportError when the endpoint keeps failing and ResponseError when the output
        stays invalid (unless ``salvage`` recovers something from the last answer).
        """
        from tenacity import RetryError, Retrying, retry_if_exception, stop_after_attempt, stop_after_delay

        s = self.settings
        tally = tally or _Attempts()

        def wait(retry_state: Any) -> float:
            exc = retry_state.outcome.exception()
            hinted = _retry_after(_root_cause(exc)) if exc else None
            if hinted is not None:
                return hinted
            return min(0.5 * 2 ** (retry_state.attempt_number - 1), 20.0) * (0.5 + random.random() / 2)

        retrying = Retrying(
            retry=retry_if_exception(lambda e: _is_transient(_root_cause(e))),
            wait=wait,
            stop=stop_after_attempt(s.max_transport_attempts) | stop_after_delay(s.deadline_s),
            reraise=False,
        )
        try:
            for attempt in retrying:
                with attempt:
                    if context is not None:
                        context["dropped"] = []
                    try:
                        result = self.client.chat.completions.create(
                            response_model=response_model,
                            max_retries=max(s.max_validation_attempts - 1, 0),
                            context=context,
                            strict=False,
                            hooks=tally.hooks,
                            **request,
                        )
                    except Exception as exc:
                        cause = _root_cause(exc)
                        if _is_transient(cause):
                            tally.failures.append(AttemptFailure(kind="transport", message=_one_line(cause)))
                        raise
            return result
        except RetryError as exc:
            cause = _root_cause(exc.last_attempt.exception())
            raise TransportError(f"endpoint failed: {_one_line(cause)}", article_id=article_id,
                                 attempts=tally.count, usage=tally.usage, failures=tally.failures) from None
        except ExtractionError:
            raise
        except Exception as exc:
            if salvage is not None:
                return salvage(exc)
            raise ResponseError(f"invalid model output for {label}: {_one_line(_root_cause(exc))}",
                                article_id=article_id, attempts=tally.count, usage=tally.usage,
                                failures=tally.failures) from None

    def _salvage(self, article: Article, exc: Exception, tally: _Attempts) -> tuple[ArticleFindings, int]:
        """After the last re-ask, keep the grounded items of the last answer; drop and count the rest."""
        cause = _root_cause(exc)
        kind = type(exc).__name__
        if kind == "IncompleteOutputException":
            raise ResponseError("output truncated at the max_tokens limit", article_id=article.id,
                                attempts=tally.count, usage=tally.usage, failures=tally.failures) from None
        if cause is not exc and not isinstance(cause, (ValidationError, ValueError)):
            raise ResponseError(f"request failed: {_one_line(cause)}", article_id=article.id,
                                attempts=tally.count, usage=tally.usage, failures=tally.failures) from None
        raw = _completion_arguments(getattr(exc, "last_completion", None))
        if raw:
            lenient: dict[str, Any] = {"text": article.text, "lenient": True, "dropped": []}
            try:
                findings = GroundedFindings.model_validate_json(raw, context=lenient)
                return findings, len(lenient["dropped"])
            except (ValidationError, ValueError):
                pass
        detail = _one_line(cause) if raw else "no structured output in the reply (refusal or plain text)"
        raise ResponseError(f"invalid model output after {tally.count} attempts: {detail}", article_id=article.id,
                            attempts=tally.count, usage=tally.usage, failures=tally.failures) from None


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:200] if text else ''}"

