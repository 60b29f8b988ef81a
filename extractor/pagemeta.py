"""Publication date, title and outlet read from the page itself, when no header line gives them.

Three places are read, each recorded as the field's origin:

- ``html_meta``: an HTML page's ``<meta>`` tags, JSON-LD and ``<time>`` elements (``article:published_time``,
  ``datePublished``, ``og:site_name``, ``og:title``...), read by trafilatura and htmldate;
- ``page_text``: stamps printed in the first lines of the text ("Posted at 10:10 AM, Feb 24, 2017",
  "Published: January 24, 2017", "17:23 GMT19 October 2020", a line that is only a date), a headline-like
  first line, and a news agency's dateline tag ("(Reuters) -", "(FNA)-");
- ``url``: a date in the URL path (``/2014/09/02/``, ``/2014/sep/23/``), read by htmldate, and the host name
  as the outlet of last resort.

Only the first lines of a text are searched for stamps: further down, dates are the story's, not the page's.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from urllib.parse import urlsplit

from extractor.schemas import FieldSource

ORIGIN_RANK: dict[str, int] = {
    "argument": 0,
    "front_matter": 1,
    "header_lines": 1,
    "html_meta": 2,
    "html_title": 3,
    "page_text": 3,
    "url": 4,
    "first_seen": 5,
}
"""Lower is more trusted: a later copy of an article replaces a stored field only from a better origin."""

STAMP_LINES = 25
"""How many non-empty lines at the top of a text are searched for printed stamps and a headline."""
STAMP_CHARS = 3000
MIN_YEAR = 1990

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
_DATE_RE = re.compile(_DATE, re.IGNORECASE)
_STAMP_START = r"(?:^|[|•·]\s*)"
"""A stamp starts its line or follows a separator ("By Jane Doe | Published"); mid-sentence dates are the story's."""
_PUBLISHED_CUE = re.compile(
    rf"{_STAMP_START}(?:posted|published|first published)\b(?:\s+(?:at|on))?\s*:?[^\n]{{0,40}}?(?P<date>{_DATE})",
    re.IGNORECASE,
)
_UPDATED_CUE = re.compile(
    rf"{_STAMP_START}(?:and\s+)?(?:last\s+)?(?:updated|modified)\b(?:\s+(?:at|on))?\s*:?[^\n]{{0,40}}?(?P<date>{_DATE})",
    re.IGNORECASE,
)
_MAX_STAMP_LINE = 120
_DATE_LINE_FILLER = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:GMT|UTC|ET|EST|EDT|BST|CET|CEST|MSK|PT|PST|PDT)\b|"
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:at|on|by|last)\b|[^\w]",
    re.IGNORECASE,
)
_AGENCIES = "Reuters|AP|AFP|FNA|UPI|TASS|RIA Novosti|Xinhua|ANI|IANS|PTI|Sputnik|Anadolu|IRNA"
_AGENCY_TAG = re.compile(rf"^[^\n(]{{0,60}}\((?P<agency>{_AGENCIES})\)\s*[-—–:]", re.MULTILINE)
_RIGHTS_NOTICE = re.compile(r"all rights reserved|©|\(c\)\s*\d{4}|copyright", re.IGNORECASE)
_SITE = re.compile(r"\bwww\.(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\b", re.IGNORECASE)
_AGENCY_NAMES = {"AP": "Associated Press", "FNA": "FNA"}
_HEADLINE_WORDS = (4, 25)
_MONTHS = {
    m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)
}
_URL_NAMED_MONTH = re.compile(
    r"/(?P<year>(?:19|20)\d{2})/(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(?P<day>\d{1,2})/",
    re.IGNORECASE,
)
"""Paths htmldate does not read: ``/2014/sep/23/`` and ``/2017/0411/``."""
_URL_MONTH_DAY = re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>[01]\d)(?P<day>[0-3]\d)/")


@dataclass
class PageMetadata:
    """What a page says about itself: each field with the origin it came from (``None`` if unknown)."""

    published: date | None = None
    title: str | None = None
    outlet: str | None = None
    origins: dict[str, FieldSource] = field(default_factory=dict)

    def fill(self, name: str, value: object, origin: FieldSource) -> None:
        """Set ``name`` from ``origin`` unless an earlier (more trusted) reader already set it."""
        if value and getattr(self, name) is None:
            setattr(self, name, value)
            self.origins[name] = origin


def _parse_printed(text: str) -> date | None:
    """A printed date (day, month and year all written) as a date; None when it is not one."""
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None or parsed.year < MIN_YEAR:
        return None
    return parsed.date()


def _top_lines(text: str) -> list[str]:
    lines = [line.strip() for line in text[:STAMP_CHARS].split("\n")]
    return [line for line in lines if line][:STAMP_LINES]


def _is_date_line(line: str, match: re.Match[str]) -> bool:
    """A line that holds a date and nothing else but times, zones, weekdays and punctuation."""
    rest = line[: match.start()] + " " + line[match.end() :]
    return len(line) <= 60 and not _DATE_LINE_FILLER.sub("", rest).strip()


def date_from_text(text: str) -> date | None:
    """The publication date a page prints near its top: a "Posted/Published" stamp, else a line that is only a
    date, else an "Updated" stamp (later than publication, but the best left)."""
    lines = _top_lines(text)
    lines = [line for line in lines if len(line) <= _MAX_STAMP_LINE]
    for line in lines:
        m = _PUBLISHED_CUE.search(line)
        if m and (when := _parse_printed(m["date"])):
            return when
    for line in lines:
        m = _DATE_RE.search(line)
        if m and _is_date_line(line, m) and (when := _parse_printed(m.group(0))):
            return when
    for line in lines:
        m = _UPDATED_CUE.search(line)
        if m and (when := _parse_printed(m["date"])):
            return when
    return None


def title_from_text(text: str) -> str | None:
    """The first headline-like line above the first paragraph of prose: 4 to 25 words, no closing full stop,
    no date, not a stamp. Lines after the body starts are related-story links, not the page's headline."""
    for line in _top_lines(text)[:12]:
        words = line.split()
        if len(words) > _HEADLINE_WORDS[1] or (len(words) >= 12 and line.endswith(".")):
            return None
        if not _HEADLINE_WORDS[0] <= len(words) <= _HEADLINE_WORDS[1] or len(line) > 200:
            continue
        if line.endswith((".", ",", ";", ":")) or _DATE_RE.search(line) or line.lower().startswith(("by ", "source:")):
            continue
        if sum(w[:1].isupper() for w in words) < 2:
            continue
        return line
    return None


def outlet_from_text(text: str) -> str | None:
    """The agency a dateline tag names ("BAGHDAD (Reuters) -", "(FNA)-") in the first lines, else the site a
    rights notice names ("All rights reserved ... the source (www.freewestmedia.com)")."""
    m = _AGENCY_TAG.search(text[:STAMP_CHARS])
    if m:
        return _AGENCY_NAMES.get(m["agency"], m["agency"])
    for line in text.split("\n"):
        if _RIGHTS_NOTICE.search(line) and (site := _SITE.search(line)):
            return site["host"].lower()
    return None


def date_from_url(url: str | None) -> date | None:
    """A full date in the URL path (``/2014/09/02/``, ``/2014/sep/23/``), via htmldate."""
    if not url:
        return None
    from htmldate.extractors import extract_url_date
    from htmldate.settings import MIN_DATE
    from htmldate.utils import Extractor

    options = Extractor(False, datetime.now(), MIN_DATE, True, "%Y-%m-%d")
    found = extract_url_date(url, options)
    if found:
        try:
            return date.fromisoformat(found)
        except ValueError:
            return None
    m = _URL_NAMED_MONTH.search(url) or _URL_MONTH_DAY.search(url)
    if not m:
        return None
    month = _MONTHS.get(m["month"].lower()[:3]) if not m["month"].isdigit() else int(m["month"])
    try:
        found_date = date(int(m["year"]), month or 0, int(m["day"]))
    except ValueError:
        return None
    return found_date if found_date.year >= MIN_YEAR and found_date <= date.today() else None


def outlet_from_url(url: str | None) -> str | None:
    """The host name without ``www.`` (``foxnews.com``): an outlet of last resort."""
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").lower()
    host = host.removeprefix("www.")
    return host or None


@cache
def _quiet_loggers() -> None:
    import logging

    for name in ("trafilatura", "htmldate", "courlan"):
        logging.getLogger(name).setLevel(logging.ERROR)


def from_html(html: str, url: str | None = None) -> PageMetadata:
    """Date, title and site name from an HTML page's markup (``<meta>``, JSON-LD, ``<time>``)."""
    _quiet_loggers()
    import htmldate
    from trafilatura.metadata import extract_metadata

    meta = PageMetadata()
    try:
        found = htmldate.find_date(html, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):
        found = None
    if found:
        with contextlib.suppress(ValueError):
            meta.fill("published", date.fromisoformat(found), "html_meta")
    try:
        document = extract_metadata(html, extensive=False)
    except (ValueError, TypeError):
        document = None
    if document is not None:
        meta.fill("title", (document.title or "").strip() or None, "html_meta")
        meta.fill("outlet", (document.sitename or "").strip() or None, "html_meta")
    return meta


def read_page_metadata(text: str, *, html: str | None = None, url: str | None = None) -> PageMetadata:
    """Everything the page says about itself, most trusted reader first: markup, printed text, URL."""
    meta = from_html(html, url) if html else PageMetadata()
    meta.fill("published", date_from_text(text), "page_text")
    meta.fill("published", date_from_url(url), "url")
    meta.fill("title", title_from_text(text), "page_text")
    meta.fill("outlet", outlet_from_text(text), "page_text")
    meta.fill("outlet", outlet_from_url(url), "url")
    return meta
