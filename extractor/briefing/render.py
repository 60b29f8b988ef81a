"""Briefings as Markdown, self-contained HTML, or JSON.

The HTML is one file with inline CSS and no scripts or external assets; everything that comes
from articles is escaped by jinja2 autoescape, links are kept only for http(s) URLs, and a
Content-Security-Policy forbids scripts as a second line of defence. Markdown escapes the
characters that would turn article text into markup.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal

import jinja2

from extractor.briefing.narrative import figure_text
from extractor.schemas import Briefing, FigureRange

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
Format = Literal["md", "html", "json"]
FORMATS: tuple[Format, ...] = ("md", "html", "json")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!~{}])")


def md_text(value: object) -> str:
    """Article text made inert in Markdown: one line, markup characters backslash-escaped."""
    if value is None:
        return ""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(value).split()))


def safe_url(value: str | None) -> str | None:
    """The URL if it is plain http(s), else None (no ``javascript:`` or ``data:`` links)."""
    if value and re.match(r"^https?://[^\s\"'<>]+$", value.strip(), re.IGNORECASE):
        return value.strip()
    return None


def anchor(article_id: str) -> str:
    """An HTML id for an article's entry in the sources list."""
    return "a-" + re.sub(r"[^A-Za-z0-9_-]", "-", article_id)


def figure_label(figure: FigureRange) -> str:
    """``militants killed``, or ``killed`` when the group is unknown."""
    return f"{figure.group} {figure.kind}" if figure.group != "unknown" else figure.kind


def figure_range(figure: FigureRange) -> str:
    """The range across sources, or the single source's own wording (``up to 250``)."""
    if len(figure.values) == 1:
        return figure_text(figure.values[0].min, figure.values[0].max)
    return figure_text(figure.low, figure.high)


def period_label(briefing: Briefing) -> str:
    if briefing.since == briefing.until:
        return briefing.since.isoformat()
    return f"{briefing.since.isoformat()} to {briefing.until.isoformat()}"


@cache
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        md=md_text,
        safe_url=safe_url,
        anchor=anchor,
        figure_label=figure_label,
        figure_range=figure_range,
        figure_text=figure_text,
    )
    return env


def render(briefing: Briefing, fmt: Format = "md") -> str:
    """The briefing as text in ``fmt`` (md, html or json)."""
    if fmt == "json":
        return briefing.model_dump_json(indent=2) + "\n"
    if fmt not in FORMATS:
        raise ValueError(f"unknown briefing format {fmt!r}: use md, html or json")
    template = _environment().get_template(f"briefing.{fmt}.j2")
    return template.render(b=briefing, period=period_label(briefing))
