"""Briefings as Markdown, self-contained HTML, or JSON.

The HTML is one file with inline CSS and no scripts or external assets; everything that comes
from articles is escaped by jinja2 autoescape, links are kept only for http(s) URLs, and a
Content-Security-Policy forbids scripts as a second line of defence. Markdown escapes the
characters that would turn article text into markup.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from functools import cache
from typing import Literal

import jinja2
from markupsafe import Markup, escape

from extractor.briefing.narrative import figure_text
from extractor.data import data_path
from extractor.schemas import Briefing, BriefingEvent, Evidence, FigureRange

TEMPLATES_DIR = data_path("templates")
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


def quote_anchor(article_id: str, evidence: Evidence) -> str | None:
    """The HTML id of an evidence quote's highlight in its article's text; None when it has no offsets."""
    if evidence.char_interval is None:
        return None
    return f"q-{anchor(article_id)[2:]}-{evidence.char_interval.start}"


def _spans(briefing: Briefing) -> dict[str, dict[tuple[int, int], set[str]]]:
    """Evidence spans per article, each with the labels (event ids, "claim") of what it supports."""
    spans: dict[str, dict[tuple[int, int], set[str]]] = defaultdict(lambda: defaultdict(set))
    for event in [*briefing.events, *briefing.earlier_events]:
        for source in event.sources:
            for ev in source.evidence:
                if ev.char_interval is not None:
                    spans[source.article_id][ev.char_interval.start, ev.char_interval.end].add(event.id)
    for pair in briefing.contested:
        for side in (pair.asserted, pair.denied):
            for ev in side.evidence:
                if ev.char_interval is not None:
                    spans[side.article_id][ev.char_interval.start, ev.char_interval.end].add(f"{side.stance} claim")
    return spans


def highlighted_texts(briefing: Briefing) -> dict[str, Markup]:
    """Each carried article text, escaped, with its evidence quotes marked (``<mark id=...>``, linkable)."""
    spans = _spans(briefing)
    out: dict[str, Markup] = {}
    for item in briefing.texts:
        text, pieces, cursor = item.text, [], 0
        for (start, end), labels in sorted(spans.get(item.article_id, {}).items()):
            if start < cursor or end > len(text):
                continue  # overlapping quotes: the first one is marked
            mark_id = f"q-{anchor(item.article_id)[2:]}-{start}"
            pieces.append(escape(text[cursor:start]))
            pieces.append(
                Markup('<mark id="{}" title="{}">{}</mark>').format(mark_id, ", ".join(sorted(labels)), text[start:end])
            )
            cursor = end
        pieces.append(escape(text[cursor:]))
        out[item.article_id] = Markup("").join(pieces)
    return out


def event_day(event: BriefingEvent) -> date | None:
    """The day an event sits on in the timeline: its earliest strike date, else its earliest report's."""
    if event.date_start is not None:
        return event.date_start
    published = [s.published for s in event.sources if s.published]
    return min(published) if published else None


def timeline(events: list[BriefingEvent]) -> list[tuple[date | None, list[BriefingEvent]]]:
    """Events grouped by day, oldest first; events with no day at all last."""
    by_day: dict[date | None, list[BriefingEvent]] = defaultdict(list)
    for event in events:
        by_day[event_day(event)].append(event)
    return sorted(by_day.items(), key=lambda item: (item[0] is None, item[0] or date.min))


def event_title(event: BriefingEvent) -> str:
    """``Iraqi Air Force strike on Abu Kamal, Syria``: what a reader scans for."""
    who = ", ".join(event.attackers) or "Unknown attackers"
    where = ", ".join(x for x in (event.place or event.region, event.country) if x) or "an unknown place"
    return f"{who} strike on {where}"


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
        quote_anchor=quote_anchor,
        event_title=event_title,
    )
    return env


def render(briefing: Briefing, fmt: Format = "md") -> str:
    """The briefing as text in ``fmt`` (md, html or json)."""
    if fmt == "json":
        return briefing.model_dump_json(indent=2) + "\n"
    if fmt not in FORMATS:
        raise ValueError(f"unknown briefing format {fmt!r}: use md, html or json")
    template = _environment().get_template(f"briefing.{fmt}.j2")
    extra: dict[str, object] = {"timeline": timeline(briefing.events)}
    if fmt == "html":
        from extractor.briefing.geo import svg_map

        extra = {
            **extra,
            "texts": highlighted_texts(briefing),
            "map_svg": svg_map(briefing.events),
            "titles": {a.article_id: a for a in briefing.articles},
        }
    return template.render(b=briefing, period=period_label(briefing), **extra)
