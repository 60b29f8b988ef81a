"""Keep API keys out of everything the project writes: log records, error messages and results.

Keys are remembered when an LLM client is built. Log records are masked where they are made (a log
record factory), so a logger created later by a library (``instructor.v2.retry`` is imported on the
first request) is covered as well as the ones that exist now. Results are masked before they leave the
engine, so an endpoint that echoes the key in a successful answer cannot put it into the cache, the
store, the JSONL output or a briefing.
"""

from __future__ import annotations

import logging
import threading
from typing import Any, TypeVar

from pydantic import BaseModel

MASK = "***"
MIN_SECRET_CHARS = 4
_secrets: set[str] = set()
_lock = threading.Lock()
_installed = False
M = TypeVar("M")


def remember_secret(secret: str | None) -> None:
    """Mask ``secret`` from now on, everywhere this module is asked to (and in every log record)."""
    if secret and len(secret) >= MIN_SECRET_CHARS:
        with _lock:
            _secrets.add(secret)
        install_log_redaction()


def mask(text: str) -> str:
    """``text`` with every remembered secret replaced by ``***``."""
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, MASK)
    return text


def has_secret(text: str) -> bool:
    return any(secret in text for secret in _secrets)


def _mask_record(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a malformed record: leave it to the handler to report, as logging does
        return
    if has_secret(message):
        record.msg, record.args = mask(message), None
    if record.exc_info and not record.exc_text:
        text = logging.Formatter().formatException(record.exc_info)
        if has_secret(text):
            record.exc_text = mask(text)
    elif record.exc_text:
        record.exc_text = mask(record.exc_text)
    if record.stack_info:
        record.stack_info = mask(record.stack_info)


def install_log_redaction() -> None:
    """Wrap the log record factory once, so every record of every logger, present or future, is masked."""
    global _installed
    with _lock:
        if _installed:
            return
        previous = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            if _secrets:
                _mask_record(record)
            return record

        logging.setLogRecordFactory(factory)
        _installed = True


def masked_model(value: M) -> M:
    """A pydantic model with every remembered secret masked in its string fields (the same object when clean)."""
    if not _secrets or not isinstance(value, BaseModel):
        return value
    raw = value.model_dump_json()
    if not has_secret(raw):
        return value
    return type(value).model_validate_json(mask(raw))
