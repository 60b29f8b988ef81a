"""Errors as RFC 9457 problem details (``application/problem+json``), never with a traceback."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response

from extractor.errors import ArticleError, ConfigError, ExtractionError, ExtractorError

PROBLEM_TYPE = "application/problem+json"
log = logging.getLogger("extractor.service")


class FieldProblem(BaseModel):
    """One invalid part of a request: where it is and what is wrong (the value itself is not echoed)."""

    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """An RFC 9457 problem detail."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(default="about:blank", description="A URI naming the problem type.")
    title: str = Field(description="The HTTP status phrase, or a short summary of the problem type.")
    status: int = Field(ge=100, le=599)
    detail: str | None = Field(default=None, description="What went wrong with this request, in one line.")
    instance: str | None = Field(default=None, description="The request path.")
    errors: list[FieldProblem] | None = Field(default=None, description="Invalid request parts (status 422).")


def problem_response(
    status: int,
    detail: str | None = None,
    *,
    instance: str | None = None,
    headers: Mapping[str, str] | None = None,
    **extra: Any,
) -> Response:
    """A problem-details response for ``status``."""
    body = Problem(title=HTTPStatus(status).phrase, status=status, detail=detail, instance=instance, **extra)
    return JSONResponse(
        body.model_dump(exclude_none=True, mode="json"), status_code=status, headers=headers, media_type=PROBLEM_TYPE
    )


def one_line(text: str) -> str:
    """The first non-empty line of a message."""
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    return lines[0] if lines else ""


def status_of(exc: ExtractorError) -> int:
    """The HTTP status an error of the package maps to."""
    from extractor.briefing import BriefingError
    from extractor.store import StoreError

    if isinstance(exc, ArticleError):
        return 422
    if isinstance(exc, BriefingError):
        return 400
    if isinstance(exc, ExtractionError):
        return 502
    if isinstance(exc, ConfigError | StoreError):
        return 503
    return 500


def install(app: FastAPI) -> None:
    """Register handlers so every error the app returns is a problem detail."""

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        detail = (
            exc.detail if isinstance(exc.detail, str) and exc.detail != HTTPStatus(exc.status_code).phrase else None
        )
        return problem_response(exc.status_code, detail, instance=request.url.path, headers=exc.headers)

    async def invalid_request(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = [
            FieldProblem(
                loc=[str(p) if not isinstance(p, int) else p for p in e.get("loc", ())], msg=e["msg"], type=e["type"]
            )
            for e in exc.errors()
        ]
        first = errors[0] if errors else None
        detail = f"{'.'.join(map(str, first.loc))}: {first.msg}" if first else "invalid request"
        return problem_response(422, detail, instance=request.url.path, errors=[e.model_dump() for e in errors[:20]])

    async def package_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ExtractorError)
        status = status_of(exc)
        if status >= 500:
            log.warning("%s %s: %s: %s", request.method, request.url.path, type(exc).__name__, one_line(str(exc)))
        return problem_response(status, one_line(str(exc)), instance=request.url.path)

    async def unexpected(request: Request, exc: Exception) -> Response:
        log.error("%s %s: unexpected %s", request.method, request.url.path, type(exc).__name__, exc_info=exc)
        return problem_response(500, "unexpected error; the server log has the details", instance=request.url.path)

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid_request)
    app.add_exception_handler(ExtractorError, package_error)
    app.add_exception_handler(Exception, unexpected)
