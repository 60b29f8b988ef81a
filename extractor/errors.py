"""Typed exceptions. Each carries what a caller needs to report it in one line."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import ValidationError

from extractor.schemas import Usage


class ExtractorError(Exception):
    """Base for every error the package raises on purpose."""


def first_validation_error(exc: ValidationError) -> str:
    """The first error of a pydantic validation as one line: ``where: what`` ("strikes.0.attackers: ...")."""
    first = exc.errors()[0]
    return f"{'.'.join(map(str, first['loc'])) or 'file'}: {first['msg']}"


class ConfigError(ExtractorError):
    """The engine, endpoint or model is not configured well enough to run."""


class ArticleError(ExtractorError):
    """An input could not be read as an article (empty, binary, not UTF-8, bad header...)."""

    def __init__(self, message: str, source: str | None = None) -> None:
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)


@dataclass
class AttemptFailure:
    """One failed attempt: which kind, and what went wrong."""

    kind: str
    message: str
    usage: Usage = field(default_factory=Usage)


class ExtractionError(ExtractorError):
    """Extraction of one article failed after every retry; carries per-attempt data."""

    def __init__(
        self,
        message: str,
        *,
        article_id: str,
        attempts: int = 0,
        usage: Usage | None = None,
        failures: list[AttemptFailure] | None = None,
    ) -> None:
        self.article_id = article_id
        self.attempts = attempts
        self.usage = usage or Usage()
        self.failures = failures or []
        super().__init__(f"article {article_id}: {message} (attempts: {attempts}, tokens: {self.usage.total_tokens})")


class TransportError(ExtractionError):
    """The endpoint kept failing (timeouts, refused connections, 429, 5xx) until the retry budget ran out."""


class ContextOverflowError(TransportError):
    """The request does not fit the model's context window (HTTP 400 about context length): a setting to change."""


class ResponseError(ExtractionError):
    """The model kept returning output that could not be parsed or validated."""
