"""Packaged data: the files the code reads at run time, kept apart from the code that reads them.

``prompts/`` (versioned prompt templates, ``<name>/v<N>.md``), ``templates/`` (jinja2 pages and
reports), ``topics.toml`` (claim topics for contested pairs) and ``lexicons/`` (name lexicons and the
offline engine's rule tables, read by :mod:`extractor.lexicons`). Code finds a file
with :func:`data_path`, never by walking up from its own location, so the wheel and a checkout
behave the same.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent


def data_path(*parts: str) -> Path:
    """A packaged data file or folder, e.g. ``data_path("prompts", "extract", "v2.md")``."""
    return DATA_DIR.joinpath(*parts)
