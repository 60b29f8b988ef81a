"""LLM engine: instructor over the ``openai`` client, against any OpenAI-compatible endpoint.

Grounding is enforced by code: every evidence quote must be found in the article. A quote
that is not there fails validation and is fed back to the model (instructor re-ask); items
still ungrounded after the last attempt are dropped and counted, never kept silently.
Transient faults (timeouts, refused connections, 429, 5xx) are retried by tenacity with
exponential backoff and jitter, honouring ``Retry-After``, under an attempt cap and a deadline.
"""

from __future__ import annotations

import functools
import logging
import random
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

from pydantic import ValidationError, ValidationInfo, model_validator

from extractor.chunking import Chunk, split_text
from extractor.config import Settings
from extractor.errors import (
    AttemptFailure,
    ConfigError,
    ContextOverflowError,
    ExtractionError,
    ResponseError,
    TransportError,
)
from extractor.grounding import ground_evidence, ground_quote
from extractor.lexicons import data_hash
from extractor.prompts import PromptTemplate, fence_for, load_prompt
from extractor.resolver import resolve_claim, resolve_strike
from extractor.schemas import (
    Article,
    ArticleExtraction,
    ArticleFindings,
    Casualty,
    Claim,
    Evidence,
    RunMetadata,
    StrikeReport,
    Usage,
    schema_hash,
)

MAX_RETRY_AFTER_S = 60.0
_MODES = ("tools", "json", "md_json")
# instructor logs every failed attempt at ERROR; we report failures ourselves, typed and counted.
logging.getLogger("instructor").addHandler(logging.NullHandler())
T = TypeVar("T")
_SECRETS: set[str] = set()
_CHATTY_LOGGERS = ("instructor", "openai", "httpx", "httpcore")


class _RedactSecrets(logging.Filter):
    """Masks API keys in records of the libraries the engine drives, should an endpoint echo one back."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _SECRETS:
            return True
        message = record.getMessage()
        cleaned = _mask(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = _mask(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = _mask(record.exc_text)
        return True


_REDACTOR = _RedactSecrets()


def _mask(text: str) -> str:
    for secret in _SECRETS:
        text = text.replace(secret, "***")
    return text


def _guard_logs(api_key: str | None) -> None:
    """Remember the key and put the redacting filter on every library logger that exists now."""
    if api_key and len(api_key) >= 4:
        _SECRETS.add(api_key)
    for name in [*_CHATTY_LOGGERS, *logging.root.manager.loggerDict]:
        if name.split(".")[0] in _CHATTY_LOGGERS:
            logger = logging.getLogger(name)
            if _REDACTOR not in logger.filters:
                logger.addFilter(_REDACTOR)


def _ground(text: str, evidence: Evidence, hint: int) -> Evidence | None:
    """Verified evidence: offsets kept when they point at the quote, else the quote found from ``hint`` on."""
    if evidence.char_interval is not None:
        checked = ground_evidence(text, evidence)
        if checked is not None and checked.char_interval == evidence.char_interval:
            return checked
    span = ground_quote(text, evidence.quote, hint)
    return None if span is None else Evidence(quote=text[span.start : span.end], char_interval=span)


_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|"
    r"dozens?|scores?)\b",
    re.IGNORECASE,
)


def _figure_unsupported(casualty: Casualty, quotes: list[str]) -> int | None:
    """A casualty figure its quotes do not state: when a quote gives numbers in digits, the figure must be one."""
    figures = {n for n in (casualty.min, casualty.max) if n is not None}
    if not figures:
        return None
    joined = " ".join(quotes)
    if _NUMBER_WORDS.search(joined):
        return None  # "seven", "dozens", "hundreds": too loose to check here
    stated = {int(d.replace(",", "")) for d in re.findall(r"\d[\d,]*", joined) if d.replace(",", "").isdigit()}
    if not stated:
        return None
    return next((n for n in sorted(figures) if n not in stated), None)


def _casualty_problem(text: str, casualty: Casualty, hint: int) -> str | None:
    """Why a casualty figure is not grounded (no quote, a quote not in the text, a number the quote lacks)."""
    if not casualty.evidence and (casualty.min is not None or casualty.max is not None):
        return f"casualty figure {casualty.max if casualty.max is not None else casualty.min} has no evidence quote"
    grounded = [_ground(text, e, hint) for e in casualty.evidence]
    absent = [e.quote for e, g in zip(casualty.evidence, grounded, strict=True) if g is None]
    if absent:
        return f"casualty quote {absent[0][:80]!r} is not in the article text"
    casualty.evidence = [g for g in grounded if g is not None]
    unsupported = _figure_unsupported(casualty, [e.quote for e in casualty.evidence])
    if unsupported is not None:
        return f"casualty figure {unsupported} is not stated in its quote {casualty.evidence[0].quote[:80]!r}"
    return None


def _ground_items(items: list[Any], text: str, lenient: bool, dropped: list[str], hint: int = 0) -> list[Any]:
    """Verify every evidence quote of every item; return the grounded items.

    Strict mode raises a ValueError naming what is not grounded (so instructor re-asks);
    lenient mode drops ungrounded items, and casualty figures without a supporting quote,
    recording each in ``dropped``. ``hint`` is where the chunk the model saw starts, so a
    quote that occurs twice gets the occurrence the model read.
    """
    kept, missing, problems = [], [], []
    for item in items:
        evidence = list(item.evidence)
        if isinstance(item, Claim) and item.quote and not evidence:
            evidence = [Evidence(quote=item.quote)]
        grounded = [_ground(text, e, hint) for e in evidence]
        if not grounded or any(g is None for g in grounded):
            missing.extend(e.quote for e, g in zip(evidence, grounded, strict=True) if g is None)
            if not grounded:
                missing.append(f"<no evidence for {type(item).__name__}>")
            dropped.append(type(item).__name__)
            continue
        item.evidence = [g for g in grounded if g is not None]
        if isinstance(item, StrikeReport):
            supported = []
            for casualty in item.casualties:
                problem = _casualty_problem(text, casualty, hint)
                if problem is None:
                    supported.append(casualty)
                else:
                    problems.append(problem)
                    dropped.append("Casualty")
            item.casualties = supported
        if isinstance(item, Claim) and item.quote and _ground(text, Evidence(quote=item.quote), hint) is None:
            item.quote = None
        kept.append(item)
    if (missing or problems) and not lenient:
        parts = []
        if missing:
            parts.append(
                "these evidence quotes are not in the article text: " + "; ".join(repr(q[:80]) for q in missing[:5])
            )
        if problems:
            parts.append("; ".join(problems[:5]))
        raise ValueError(". ".join(parts) + ". Copy quotes verbatim from the article, with the numbers they give.")
    return kept


def _tool_schema(node: Any) -> Any:
    """A JSON Schema trimmed for the model: no auto ``title`` or ``default`` keys (the field name and
    ``required`` say it), no ``additionalProperties: false`` (pydantic still forbids extra keys, and
    an answer with one is re-asked), and ``anyOf: [{type: X}, {type: null}]`` as ``type: [X, "null"]``.

    The constrained forms (a ``format`` or ``minimum`` beside the type) keep their ``anyOf``, since a
    type list would drop the constraint from grammar-constrained decoding (llama.cpp).
    """
    if isinstance(node, list):
        return [_tool_schema(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in ("title", "default") or (key == "additionalProperties" and value is False):
            continue
        if key in ("properties", "$defs"):
            out[key] = {name: _tool_schema(sub) for name, sub in value.items()}
        else:
            out[key] = _tool_schema(value)
    branches = out.get("anyOf")
    if isinstance(branches, list) and len(branches) == 2 and {"type": "null"} in branches:
        other = branches[1 - branches.index({"type": "null"})]
        if set(other) == {"type"} and isinstance(other["type"], str):
            out.pop("anyOf")
            out = {"type": [other["type"], "null"], **out}
    return out


class GroundedFindings(ArticleFindings):
    """Air strikes and claims in one news article, with verbatim evidence."""

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The tool schema the model sees: every description kept; no auto titles, defaults or offsets.

        Offsets are computed by the code, so ``Evidence.char_interval`` is left out of what the model
        is asked to fill (saves ~300 prompt tokens per request on endpoints that bill the schema).
        """
        schema = super().model_json_schema(*args, **kwargs)
        name = schema.get("title", cls.__name__)
        schema = _tool_schema(schema)
        defs = schema.get("$defs", {})
        defs.get("Evidence", {}).get("properties", {}).pop("char_interval", None)
        defs.pop("CharInterval", None)
        return {"title": name, **schema}

    @model_validator(mode="after")
    def _verify_evidence(self, info: ValidationInfo) -> GroundedFindings:
        ctx = info.context or {}
        text = ctx.get("text")
        if text is None:
            return self
        lenient = bool(ctx.get("lenient"))
        hint = int(ctx.get("hint", 0))
        dropped: list[str] = []
        ctx["dropped"] = dropped  # counts for this answer only, not for earlier re-asked ones
        self.strikes = _ground_items(self.strikes, text, lenient, dropped, hint)
        self.claims = _ground_items(self.claims, text, lenient, dropped, hint)
        if lenient and dropped:
            self.summary = ""  # an answer that invented evidence does not get to summarise the article
        return self


@functools.cache
def _tool_model(model: type[T]) -> type[T]:
    """``model`` wrapped once as instructor's response schema; instructor would otherwise build a new
    subclass per call, and with it the whole JSON Schema again (~10 ms of CPU per request)."""
    from instructor.v2.core.function_calls import response_schema

    return response_schema(model)


def _is_transient(exc: BaseException) -> bool:
    """Timeouts, refused or dropped connections, 429 and 5xx: worth another try after a wait."""
    import openai

    if isinstance(
        exc, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError, openai.InternalServerError)
    ):
        return True
    return isinstance(exc, openai.APIStatusError) and (exc.status_code == 429 or exc.status_code >= 500)


def _is_http_error(exc: BaseException) -> bool:
    import openai

    return isinstance(exc, (openai.APIStatusError, openai.APIConnectionError))


def _root_cause(exc: BaseException) -> BaseException:
    """instructor wraps API errors in InstructorRetryException; find the original."""
    seen = exc
    while seen.__cause__ is not None and type(seen).__name__ == "InstructorRetryException":
        seen = seen.__cause__
    return seen


def _retry_after(exc: BaseException) -> float | None:
    """The server's requested wait in seconds (``retry-after-ms``, ``Retry-After`` seconds or HTTP date)."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    seconds: float | None = None
    if headers.get("retry-after-ms"):
        try:
            seconds = float(headers["retry-after-ms"]) / 1000
        except ValueError:
            seconds = None
    value = headers.get("retry-after")
    if seconds is None and value:
        try:
            seconds = float(value)
        except ValueError:
            try:
                seconds = (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds()
            except (TypeError, ValueError, IndexError):
                seconds = None
    if seconds is None or seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), MAX_RETRY_AFTER_S)


def _innermost(exc: BaseException) -> BaseException:
    while exc.__cause__ is not None or (exc.__context__ is not None and not exc.__suppress_context__):
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return exc


def describe_failure(exc: BaseException) -> str:
    """One plain line saying what went wrong with a model request (HTTP status, timeout, invalid output...)."""
    import openai

    exc = _root_cause(exc)
    if isinstance(exc, openai.APITimeoutError):
        return "request timed out"
    if isinstance(exc, openai.APIConnectionError):
        inner = _innermost(exc)
        detail = str(inner).strip().splitlines()[0] if inner is not exc and str(inner).strip() else ""
        return f"connection failed ({detail})" if detail else "connection failed"
    if isinstance(exc, openai.APIStatusError):
        body = exc.body if isinstance(exc.body, dict) else {}
        error = body.get("error", body) if isinstance(body, dict) else {}
        message = error.get("message") if isinstance(error, dict) else None
        reason = getattr(exc.response, "reason_phrase", "") or ""
        return f"HTTP {exc.status_code}{' ' + reason if reason else ''}" + (f": {message}" if message else "")
    if type(exc).__name__ == "IncompleteOutputException":
        return "output truncated at the max_tokens limit (finish_reason 'length')"
    if isinstance(exc, ValidationError):
        errors = exc.errors()
        if errors:
            first = errors[0]
            where = ".".join(map(str, first.get("loc", ()))) or exc.title
            more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
            return f"invalid output: {where}: {first.get('msg', '')}{more}"
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0][:200] if text else ''}"


_CONTEXT_OVERFLOW = re.compile(
    r"context[ _](?:length|window|size)|exceeds? (?:the )?(?:available )?context|too many tokens|n_ctx", re.IGNORECASE
)


def context_overflow(exc: BaseException) -> str | None:
    """The endpoint's message when it refused a request for not fitting the context window (HTTP 400), else None.

    OpenAI and vLLM answer ``context_length_exceeded``; llama.cpp's servers say the request exceeds the
    context window (``n_ctx``).
    """
    import openai

    exc = _root_cause(exc)
    if not isinstance(exc, openai.APIStatusError) or exc.status_code not in (400, 413):
        return None
    body = exc.body if isinstance(exc.body, dict) else {}
    error = body.get("error", body) if isinstance(body, dict) else {}
    code = error.get("code") if isinstance(error, dict) else None
    message = (error.get("message") if isinstance(error, dict) else None) or str(exc)
    if code == "context_length_exceeded" or _CONTEXT_OVERFLOW.search(str(message)):
        return str(message).strip().splitlines()[0][:300]
    return None


def completion_arguments(completion: Any) -> str | None:
    """The JSON text a completion carries: a tool call's arguments, or the message content."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    if getattr(message, "tool_calls", None):
        return message.tool_calls[0].function.arguments
    content = message.content or ""
    fenced = re.search(r"```(?:json)?\s*(.*?)```", content, re.DOTALL)
    return fenced.group(1) if fenced else content


def _plain_text_reply(completion: Any) -> str | None:
    """The text of a reply that called no tool (a refusal or chatter), else None."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    if getattr(message, "tool_calls", None):
        return None
    return (message.content or "").strip() or None


class _Attempts:
    """Counts attempts and sums usage across every call, through instructor hooks."""

    def __init__(self) -> None:
        from instructor.v2.core.hooks import Hooks

        self.count = 0
        self.usage = Usage()
        self.served_model: str | None = None
        self.failures: list[AttemptFailure] = []
        self.hooks = Hooks()
        self.hooks.on("completion:kwargs", self._on_kwargs)
        self.hooks.on("completion:response", self._on_response)
        self.hooks.on("parse:error", self._on_parse_error)

    def _on_kwargs(self, *args: Any, **kwargs: Any) -> None:
        self.count += 1

    def _on_response(self, response: Any) -> None:
        served = getattr(response, "model", None)
        if isinstance(served, str) and served:
            self.served_model = served  # what the endpoint says answered, which may not be what was asked for
        u = getattr(response, "usage", None)
        if u is not None:
            self.usage = self.usage + Usage(
                prompt_tokens=u.prompt_tokens or 0,
                completion_tokens=u.completion_tokens or 0,
                total_tokens=u.total_tokens or 0,
            )

    def _on_parse_error(self, error: Exception, **_: Any) -> None:
        self.failures.append(AttemptFailure(kind="invalid", message=_mask(describe_failure(error))[:300]))


class LLMEngine:
    """Extracts with an LLM through instructor; one instance per settings, safe across threads."""

    name = "llm"

    def __init__(self, settings: Settings) -> None:
        if not settings.base_url and not settings.api_key:
            raise ConfigError(
                "no LLM endpoint configured: set EXTRACTOR_BASE_URL (and EXTRACTOR_MODEL), "
                "or OPENAI_API_KEY, or use --engine offline"
            )
        if settings.mode not in _MODES:
            raise ConfigError(f"unknown instructor mode {settings.mode!r}: use tools, json or md_json")
        self.settings = settings
        self.model = settings.model or ("gpt-4o-mini" if not settings.base_url else "default")
        self.prompt: PromptTemplate = load_prompt(settings.prompt)
        self._client: Any = None
        self._client_lock = threading.Lock()

    @property
    def client(self) -> Any:
        """One instructor client shared by all threads: its httpx pool is thread-safe, and building
        a client (TLS context included) costs ~80 ms of CPU that would otherwise be paid per thread."""
        if self._client is None:
            with self._client_lock:
                if self._client is None:
                    self._client = self._new_client()
        return self._client

    def _new_client(self) -> Any:
        import instructor
        import openai

        mode = {"tools": instructor.Mode.TOOLS, "json": instructor.Mode.JSON, "md_json": instructor.Mode.MD_JSON}[
            self.settings.mode
        ]
        raw = openai.OpenAI(
            base_url=self.settings.base_url,
            api_key=self.settings.api_key or "not-needed",
            max_retries=0,
            timeout=self.settings.timeout_s,
        )
        _guard_logs(self.settings.api_key)
        return instructor.from_openai(raw, mode=mode)

    def cache_parts(self) -> dict[str, Any]:
        s = self.settings
        return {
            "engine": self.name,
            "model": self.model,
            "endpoint": s.base_url or "openai",
            "mode": s.mode,
            "prompt": self.prompt.name,
            "prompt_hash": self.prompt.hash,
            "schema_hash": schema_hash(GroundedFindings),
            "lexicons": data_hash(),
            "params": {
                "temperature": s.temperature,
                "max_tokens": s.max_tokens,
                "validation_attempts": s.max_validation_attempts,
                "chunk_chars": s.chunk_chars,
            },
        }

    def messages(self, article: Article, text: str) -> list[dict[str, str]]:
        """The exact chat messages sent for one article (or one chunk of it)."""
        return self.prompt.render(
            article_id=article.id,
            title=article.title,
            outlet=article.outlet,
            published=article.published.isoformat() if article.published else None,
            text=text,
            fence=fence_for(text),
        )

    def request(self, article: Article, text: str) -> dict[str, Any]:
        s = self.settings
        return {
            "model": self.model,
            "messages": self.messages(article, text),
            "temperature": s.temperature,
            "max_tokens": s.max_tokens,
        }

    def extract(self, article: Article) -> ArticleExtraction:
        """Extract one article, chunk by chunk when it is long, within the settings' deadline."""
        start = time.perf_counter()
        deadline = time.monotonic() + self.settings.deadline_s
        tally = _Attempts()
        strikes: list[StrikeReport] = []
        claims: list[Claim] = []
        summaries: list[str] = []
        dropped = 0
        earlier_spans: set[tuple[str, tuple[tuple[int, int], ...]]] = set()
        chunks = split_text(article.text, self.settings.chunk_chars, self.settings.chunk_overlap)
        for number, chunk in enumerate(chunks, 1):
            where = f"chunk {number}/{len(chunks)}" if len(chunks) > 1 else ""
            findings, n_dropped = self._extract_chunk(article, chunk, where, tally, deadline)
            dropped += n_dropped
            this_chunk: set[tuple[str, tuple[tuple[int, int], ...]]] = set()
            for item in [*findings.strikes, *findings.claims]:
                spans = _span_signature(item)
                if item in strikes or item in claims or spans in earlier_spans:
                    continue  # the same item read again in the overlap of two chunks
                this_chunk.add(spans)
                (strikes if isinstance(item, StrikeReport) else claims).append(item)
            earlier_spans |= this_chunk
            if findings.summary:
                summaries.append(findings.summary)
        return ArticleExtraction(
            article_id=article.id,
            strikes=[resolve_strike(s) for s in strikes],
            claims=[resolve_claim(c) for c in claims],
            summary=" ".join(summaries[:1]) if len(chunks) == 1 else " ".join(summaries[:3]),
            metadata=RunMetadata(
                engine=self.name,
                model=self.model,
                served_model=tally.served_model,
                prompt_id=self.prompt.name,
                prompt_hash=self.prompt.hash,
                usage=tally.usage,
                attempts=tally.count,
                latency_ms=(time.perf_counter() - start) * 1000,
                dropped_ungrounded=dropped,
                chunks=len(chunks),
                created_at=datetime.now(UTC),
            ),
        )

    def _extract_chunk(
        self, article: Article, chunk: Chunk, where: str, tally: _Attempts, deadline: float
    ) -> tuple[ArticleFindings, int]:
        context: dict[str, Any] = {"text": article.text, "hint": chunk.start}
        findings = self.structured(
            GroundedFindings,
            self.request(article, chunk.text),
            tally=tally,
            label=where or "the article",
            article_id=article.id,
            context=context,
            deadline=deadline,
            salvage=lambda exc: self._salvage(article, exc, tally, chunk.start, where),
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
        deadline: float | None = None,
    ) -> T:
        """One structured call: instructor re-asks on invalid output, tenacity retries transient faults.

        Both loops stop at the attempt caps and at ``deadline`` (``time.monotonic()``; default now +
        ``deadline_s``); no request is given longer than what is left of it. Raises TransportError
        when the endpoint keeps failing or refuses the request, and ResponseError when the output
        stays invalid (unless ``salvage`` recovers something from the last answer).
        """
        from tenacity import RetryError, Retrying, retry_if_exception, retry_if_exception_type, stop_after_attempt

        s = self.settings
        tally = tally or _Attempts()
        deadline = deadline if deadline is not None else time.monotonic() + s.deadline_s
        where = f"{label}: " if label not in ("request", "the article", "") else ""

        def fail(kind: type[ExtractionError], message: str) -> ExtractionError:
            return kind(
                self._redact(where + message),
                article_id=article_id,
                attempts=tally.count,
                usage=tally.usage,
                failures=tally.failures,
            )

        def wait(retry_state: Any) -> float:
            exc = retry_state.outcome.exception()
            hinted = _retry_after(_root_cause(exc)) if exc else None
            if hinted is not None:
                return hinted
            return min(0.5 * 2 ** (retry_state.attempt_number - 1), 20.0) * (0.5 + random.random() / 2)

        def past_deadline(retry_state: Any) -> bool:
            return time.monotonic() + retry_state.upcoming_sleep >= deadline

        retrying = Retrying(
            retry=retry_if_exception(lambda e: _is_transient(_root_cause(e))),
            wait=wait,
            stop=stop_after_attempt(max(1, s.max_transport_attempts)) | past_deadline,
            reraise=False,
        )
        try:
            for attempt in retrying:
                with attempt:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise fail(TransportError, f"deadline of {s.deadline_s:g}s reached before the request")
                    if context is not None:
                        context["dropped"] = []
                    reasks = Retrying(
                        stop=stop_after_attempt(max(1, s.max_validation_attempts))
                        | (lambda _: time.monotonic() >= deadline),
                        retry=retry_if_exception_type((ValidationError, ValueError)),
                        reraise=True,
                    )
                    try:
                        result = self.client.chat.completions.create(
                            response_model=_tool_model(response_model),
                            max_retries=reasks,
                            context=context,
                            strict=False,
                            hooks=tally.hooks,
                            timeout=min(s.timeout_s, left),
                            **request,
                        )
                    except Exception as exc:
                        cause = _root_cause(exc)
                        if _is_transient(cause):
                            tally.failures.append(
                                AttemptFailure(kind="transport", message=self._redact(describe_failure(cause)))
                            )
                        raise
            return result
        except RetryError as exc:
            state = exc.last_attempt
            cause = _root_cause(state.exception())
            budget = (
                f" (deadline of {s.deadline_s:g}s reached)" if state.attempt_number < s.max_transport_attempts else ""
            )
            raise fail(
                TransportError,
                f"endpoint failed after {state.attempt_number} attempt(s){budget}: {describe_failure(cause)}",
            ) from None
        except ExtractionError:
            raise
        except Exception as exc:
            cause = _root_cause(exc)
            overflow = context_overflow(cause)
            if overflow is not None:
                raise fail(
                    ContextOverflowError,
                    f"the request does not fit the model's context window ({overflow}); start the server with a "
                    f"larger context (llama.cpp: --n_ctx 8192; a request is its prompt plus max_tokens={s.max_tokens} "
                    f"of answer) or send smaller chunks (EXTRACTOR_CHUNK_CHARS, now {s.chunk_chars})",
                ) from None
            if _is_http_error(cause):
                raise fail(TransportError, f"endpoint refused the request: {describe_failure(cause)}") from None
            if salvage is not None:
                return salvage(exc)
            raise fail(ResponseError, f"invalid model output: {describe_failure(cause)}") from None

    def _redact(self, text: str) -> str:
        """Never let the API key into a message, whatever the endpoint echoed back."""
        key = self.settings.api_key
        return _mask(text.replace(key, "***") if key and len(key) >= 4 else text)

    def _salvage(
        self, article: Article, exc: Exception, tally: _Attempts, hint: int, where: str
    ) -> tuple[ArticleFindings, int]:
        """After the last re-ask, keep the grounded items of the last answer; drop and count the rest."""
        cause = _root_cause(exc)
        prefix = f"{where}: " if where else ""

        def fail(message: str) -> ResponseError:
            return ResponseError(
                self._redact(prefix + message),
                article_id=article.id,
                attempts=tally.count,
                usage=tally.usage,
                failures=tally.failures,
            )

        if type(exc).__name__ == "IncompleteOutputException":
            raise fail(
                f"output truncated at the max_tokens limit ({self.settings.max_tokens}); raise max_tokens "
                "or lower chunk_chars"
            ) from None
        if cause is not exc and not isinstance(cause, (ValidationError, ValueError)):
            raise fail(f"request failed: {describe_failure(cause)}") from None
        last = getattr(exc, "last_completion", None)
        plain = _plain_text_reply(last) if self.settings.mode == "tools" else None
        if plain is not None:
            raise fail(
                f"no structured answer after {tally.count} attempt(s): the model replied in plain text "
                f"without calling the tool (a refusal?): {plain[:120]!r}"
            ) from None
        raw = completion_arguments(last)
        if raw:
            lenient: dict[str, Any] = {"text": article.text, "hint": hint, "lenient": True, "dropped": []}
            try:
                findings = GroundedFindings.model_validate_json(raw, context=lenient)
                return findings, len(lenient["dropped"])
            except (ValidationError, ValueError):
                pass
        detail = describe_failure(cause) if raw else "no structured output in the reply"
        raise fail(f"invalid model output after {tally.count} attempt(s): {detail}") from None


def _span_signature(item: StrikeReport | Claim) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Kind of item and the evidence spans it rests on: equal for one item read from two overlapping chunks."""
    spans = sorted((e.char_interval.start, e.char_interval.end) for e in item.evidence if e.char_interval)
    return type(item).__name__, tuple(spans)
