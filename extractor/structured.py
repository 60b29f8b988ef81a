"""The structured-call client: one instructor call with transport retries, re-asks and typed errors.

Both the LLM engine and the briefing narrative ask a model for a pydantic record through this
module, so retries, deadlines, error messages and key masking behave the same for both.
Transient faults (timeouts, refused connections, 429, 5xx) are retried by tenacity with
exponential backoff and jitter, honouring ``Retry-After``, under an attempt cap and a deadline;
invalid output is re-asked through instructor. Failures become ``TransportError`` or
``ResponseError``, each carrying the attempts made, the tokens spent and one line per failed attempt.
"""

from __future__ import annotations

import functools
import logging
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import instructor
import openai
from instructor.core import IncompleteOutputException, InstructorRetryException
from pydantic import BaseModel, ValidationError
from tenacity import RetryCallState
from tenacity.stop import stop_base

from extractor.config import Settings
from extractor.errors import (
    AttemptFailure,
    ConfigError,
    ContextOverflowError,
    ExtractionError,
    ResponseError,
    TransportError,
)
from extractor.http_limits import ResponseTooLarge, bounded_http_client, request_budget
from extractor.redaction import mask, masked_model, remember_secret
from extractor.schemas import Usage

MAX_RETRY_AFTER_S = 60.0
# Request Timeout, Conflict and Too Many Requests: the request may succeed when sent again (5xx are retried too).
RETRIED_STATUSES = frozenset({408, 409, 429})
MODES = {"tools": instructor.Mode.TOOLS, "json": instructor.Mode.JSON, "md_json": instructor.Mode.MD_JSON}
"""The instructor modes a user may choose (``--mode``), by name."""
T = TypeVar("T", bound=BaseModel)

_SECRETS: set[str] = set()
_CHATTY_LOGGERS = ("instructor", "openai", "httpx", "httpcore")
# instructor logs every failed attempt at ERROR; we report failures ourselves, typed and counted.
logging.getLogger("instructor").addHandler(logging.NullHandler())


class _RedactSecrets(logging.Filter):
    """Masks API keys in records of the libraries the client drives, should an endpoint echo one back."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _SECRETS:
            return True
        message = record.getMessage()
        cleaned = mask_secrets(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = mask_secrets(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = mask_secrets(record.exc_text)
        return True


_REDACTOR = _RedactSecrets()


def mask_secrets(text: str) -> str:
    """``text`` with every API key this process was given replaced by ``***``."""
    for secret in _SECRETS:
        text = text.replace(secret, "***")
    return mask(text)


def _guard_logs(api_key: str | None) -> None:
    """Remember the key and put the redacting filter on every library logger that exists now."""
    if api_key and len(api_key) >= 4:
        _SECRETS.add(api_key)
    remember_secret(api_key)  # every log record from now on, of loggers made later too
    for name in [*_CHATTY_LOGGERS, *logging.root.manager.loggerDict]:
        if name.split(".")[0] in _CHATTY_LOGGERS:
            logger = logging.getLogger(name)
            if _REDACTOR not in logger.filters:
                logger.addFilter(_REDACTOR)


@functools.cache
def _tool_model(model: type[T]) -> type[T]:
    """``model`` wrapped once as instructor's response schema; instructor would otherwise build a new
    subclass per call, and with it the whole JSON Schema again (~10 ms of CPU per request)."""
    from instructor.v2.core.function_calls import response_schema

    return response_schema(model)


def is_transient(exc: BaseException) -> bool:
    """Timeouts, refused or dropped connections, 408, 409, 429 and 5xx: worth another try after a wait."""
    if isinstance(_innermost(exc), ResponseTooLarge):
        return False  # the same endpoint would send the same oversized answer again
    if isinstance(
        exc, (openai.APITimeoutError, openai.APIConnectionError, openai.RateLimitError, openai.InternalServerError)
    ):
        return True
    return isinstance(exc, openai.APIStatusError) and (exc.status_code in RETRIED_STATUSES or exc.status_code >= 500)


def _is_http_error(exc: BaseException) -> bool:
    return isinstance(exc, (openai.APIStatusError, openai.APIConnectionError))


def root_cause(exc: BaseException) -> BaseException:
    """instructor wraps API errors in ``InstructorRetryException``; find the original."""
    seen = exc
    while seen.__cause__ is not None and isinstance(seen, InstructorRetryException):
        seen = seen.__cause__
    return seen


def retry_after(exc: BaseException) -> float | None:
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
    while True:
        inner = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        if inner is None:
            return exc
        exc = inner


def describe_failure(exc: BaseException) -> str:
    """One plain line saying what went wrong with a model request (HTTP status, timeout, invalid output...)."""
    exc = root_cause(exc)
    if isinstance(exc, openai.APITimeoutError):
        return "request timed out"
    if isinstance(exc, openai.APIConnectionError):
        inner = _innermost(exc)
        detail = str(inner).strip().splitlines()[0] if inner is not exc and str(inner).strip() else ""
        return f"connection failed ({detail})" if detail else "connection failed"
    if isinstance(exc, openai.APIStatusError):
        body = exc.body if isinstance(exc.body, dict) else {}
        error = body.get("error", body)
        message = error.get("message") if isinstance(error, dict) else None
        reason = getattr(exc.response, "reason_phrase", "") or ""
        return f"HTTP {exc.status_code}{' ' + reason if reason else ''}" + (f": {message}" if message else "")
    if isinstance(exc, IncompleteOutputException):
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
    exc = root_cause(exc)
    if not isinstance(exc, openai.APIStatusError) or exc.status_code not in (400, 413):
        return None
    body = exc.body if isinstance(exc.body, dict) else {}
    error = body.get("error", body)
    code = error.get("code") if isinstance(error, dict) else None
    message = (error.get("message") if isinstance(error, dict) else None) or str(exc)
    if code == "context_length_exceeded" or _CONTEXT_OVERFLOW.search(str(message)):
        return str(message).strip().splitlines()[0][:300]
    return None


def is_truncated(exc: BaseException) -> bool:
    """Whether the model stopped at the ``max_tokens`` limit (finish_reason ``length``)."""
    return isinstance(exc, IncompleteOutputException) or isinstance(root_cause(exc), IncompleteOutputException)


def last_completion(exc: BaseException) -> Any:
    """The model's last reply carried by instructor's exception, if any."""
    return getattr(exc, "last_completion", None)


def completion_arguments(completion: Any) -> str | None:
    """The JSON text a completion carries: a tool call's arguments, or the message content."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    if getattr(message, "tool_calls", None):
        return str(message.tool_calls[0].function.arguments)
    content = message.content or ""
    fenced = re.search(r"```(?:json)?\s*(.*?)```", content, re.DOTALL)
    return fenced.group(1) if fenced else str(content)


def plain_text_reply(completion: Any) -> str | None:
    """The text of a reply that called no tool (a refusal or chatter), else None."""
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    if getattr(message, "tool_calls", None):
        return None
    return (message.content or "").strip() or None


class Attempts:
    """Counts attempts and sums usage across every call of one task, through instructor hooks."""

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
        self.failures.append(AttemptFailure(kind="invalid", message=mask_secrets(describe_failure(error))[:300]))


class _StopWhen(stop_base):
    """A tenacity stop condition from a predicate, so it combines with others by ``|``."""

    def __init__(self, predicate: Callable[[RetryCallState], bool]) -> None:
        self.predicate = predicate

    def __call__(self, retry_state: RetryCallState) -> bool:
        return self.predicate(retry_state)


def default_model(settings: Settings) -> str:
    """The model asked for: ``settings.model``, else OpenAI's ``gpt-4o-mini``, else the server's default."""
    return settings.model or ("gpt-4o-mini" if not settings.base_url else "default")


class StructuredClient:
    """One OpenAI-compatible endpoint through instructor; one instance per settings, safe across threads."""

    def __init__(self, settings: Settings) -> None:
        if not settings.base_url and not settings.api_key:
            raise ConfigError(
                "no LLM endpoint configured: set EXTRACTOR_BASE_URL (and EXTRACTOR_MODEL), "
                "or OPENAI_API_KEY, or use --engine offline"
            )
        if settings.base_url and not settings.base_url.lower().startswith(("http://", "https://")):
            raise ConfigError(f"base URL {settings.base_url!r} is not an http:// or https:// URL")
        if settings.mode not in MODES:
            raise ConfigError(f"unknown instructor mode {settings.mode!r}: use tools, json or md_json")
        self.settings = settings
        self.model = default_model(settings)
        self._client: Any = None
        self._raw_client: Any = None
        self._client_lock = threading.Lock()
        self._listed_models: tuple[str, ...] | None = None

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
        raw = openai.OpenAI(
            base_url=self.settings.base_url,
            api_key=self.settings.api_key or "not-needed",
            max_retries=0,
            timeout=self.settings.timeout_s,
            http_client=bounded_http_client(self.settings.timeout_s),
        )
        _guard_logs(self.settings.api_key)
        self._raw_client = raw
        return instructor.from_openai(raw, mode=MODES[self.settings.mode])

    def served_model(self, answered: str | None) -> str | None:
        """The model that answered: the response's ``model``, unless the endpoint serves one model under
        another name. llama.cpp's servers echo whatever name was asked for, so when ``/models`` lists a
        single model and the answer names another, the listed one is what ran."""
        listed = self._endpoint_models()
        if answered is not None and len(listed) == 1 and answered not in listed:
            return listed[0]
        return answered

    def _endpoint_models(self) -> tuple[str, ...]:
        """The model ids the endpoint lists (``GET /models``), asked once; empty when it lists none or fails."""
        if self._listed_models is None:
            try:
                self.client  # noqa: B018 - builds the raw client too
                page = self._raw_client.models.list(timeout=min(5.0, self.settings.timeout_s))
                self._listed_models = tuple(str(m.id) for m in page.data)
            except Exception:  # an endpoint without /models (or offline replay) leaves the answer as given
                self._listed_models = ()
        return self._listed_models

    def request(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        """The request body for ``messages``: model and generation parameters from the settings."""
        s = self.settings
        return {"model": self.model, "messages": messages, "temperature": s.temperature, "max_tokens": s.max_tokens}

    def redact(self, text: str) -> str:
        """Never let the API key into a message, whatever the endpoint echoed back."""
        key = self.settings.api_key
        return mask_secrets(text.replace(key, "***") if key and len(key) >= 4 else text)

    def call(
        self,
        response_model: type[T],
        request: dict[str, Any],
        *,
        tally: Attempts | None = None,
        label: str = "request",
        article_id: str = "-",
        context: dict[str, Any] | None = None,
        salvage: Callable[[Exception], Any] | None = None,
        deadline: float | None = None,
    ) -> Any:
        """One structured call: instructor re-asks on invalid output, tenacity retries transient faults.

        Both loops stop at the attempt caps and at ``deadline`` (``time.monotonic()``; default now +
        ``deadline_s``); no request is given longer than what is left of it. Raises TransportError
        when the endpoint keeps failing or refuses the request, and ResponseError when the output
        stays invalid, unless ``salvage`` recovers something from the last answer (its return value
        is then returned instead of the record).
        """
        from tenacity import RetryError, Retrying, retry_if_exception, retry_if_exception_type, stop_after_attempt

        s = self.settings
        tally = tally or Attempts()
        stop_at = deadline if deadline is not None else time.monotonic() + s.deadline_s
        where = f"{label}: " if label not in ("request", "the article", "") else ""

        def fail(kind: type[ExtractionError], message: str) -> ExtractionError:
            return kind(
                self.redact(where + message),
                article_id=article_id,
                attempts=tally.count,
                usage=tally.usage,
                failures=tally.failures,
            )

        def wait(retry_state: Any) -> float:
            exc = retry_state.outcome.exception()
            hinted = retry_after(root_cause(exc)) if exc else None
            if hinted is not None:
                return hinted
            return float(min(0.5 * 2 ** (retry_state.attempt_number - 1), 20.0) * (0.5 + random.random() / 2))

        def past_deadline(retry_state: RetryCallState) -> bool:
            return time.monotonic() + retry_state.upcoming_sleep >= stop_at

        retrying = Retrying(
            retry=retry_if_exception(lambda e: is_transient(root_cause(e))),
            wait=wait,
            stop=stop_after_attempt(max(1, s.max_transport_attempts)) | _StopWhen(past_deadline),
            reraise=False,
        )
        try:
            for attempt in retrying:
                with attempt:
                    left = stop_at - time.monotonic()
                    if left <= 0:
                        raise fail(TransportError, f"deadline of {s.deadline_s:g}s reached before the request")
                    if context is not None:
                        context["dropped"] = []
                    reasks = Retrying(
                        stop=stop_after_attempt(max(1, s.max_validation_attempts))
                        | _StopWhen(lambda _: time.monotonic() >= stop_at),
                        retry=retry_if_exception_type((ValidationError, ValueError)),
                        reraise=True,
                    )
                    try:
                        with request_budget(stop_at):  # the deadline bounds slow bodies and headers too
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
                        cause = root_cause(exc)
                        if is_transient(cause):
                            tally.failures.append(
                                AttemptFailure(kind="transport", message=self.redact(describe_failure(cause)))
                            )
                        raise
            return masked_model(result)  # an endpoint that echoes the key must not put it into results
        except RetryError as exc:
            state = exc.last_attempt
            failed = state.exception()
            cause = root_cause(failed) if failed is not None else exc
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
            cause = root_cause(exc)
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


_clients: dict[Settings, StructuredClient] = {}
_clients_lock = threading.Lock()


def client_for(settings: Settings) -> StructuredClient:
    """One client per endpoint configuration per process, so its connection pool is shared."""
    key = replace(settings, use_cache=True, refresh=False)
    with _clients_lock:
        if key not in _clients:
            _clients[key] = StructuredClient(key)
        return _clients[key]
