"""Strike dates: find date words, resolve them against the publication date, and say how exact they are."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from extractor.engines.offline.rules import Rules
from extractor.lexicons import shift_date

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE)
_FULL_DATE = re.compile(
    r"(\d{1,2}\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)
_NO_BASE = datetime(2000, 6, 15)


@dataclass(frozen=True)
class ResolvedDate:
    """A strike date: the first day of the period the words allow, and that period's size."""

    value: date | None
    precision: str


UNKNOWN = ResolvedDate(None, "unknown")


def _period_start(day: date, precision: str) -> date:
    if precision == "week":
        return day - timedelta(days=day.weekday())
    if precision == "month":
        return day.replace(day=1)
    if precision == "year":
        return day.replace(month=1, day=1)
    return day


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: date | None) -> tuple[date | None, str]:
    """dateparser's reading of a cleaned date phrase, relative to ``base`` (a fixed date when none)."""
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]

    relative_base = datetime(base.year, base.month, base.day) if base else _NO_BASE
    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": relative_base,
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "PREFER_DAY_OF_MONTH": "first",
        },
    )
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None, "unknown"
    if data is None or data.date_obj is None:
        return None, "unknown"
    return data.date_obj.date(), data.period or "day"


def can_date_strike(phrase: str, rules: Rules) -> bool:
    """False for durations, ages and other date words that cannot date a strike ("over the years", "for weeks")."""
    low = f" {phrase.lower()} "
    if not re.search(r"[a-z0-9]", low):
        return False
    return not any(f" {word} " in low or (" " in word and word in low) for word in rules.date_skip)


class DateReader:
    """Reads date phrases of one article against its publication date (never today's date)."""

    def __init__(self, rules: Rules, published: date | None) -> None:
        self.rules = rules
        self.published = published
        self._relative = sorted(rules.relative_dates.items(), key=lambda kv: -len(kv[0]))

    def is_strike_date(self, phrase: str) -> bool:
        """False for durations, ages and other date words that cannot date a strike."""
        return can_date_strike(phrase, self.rules)

    def clean(self, phrase: str) -> str:
        """The phrase without leading fillers ("on", "earlier") and time-of-day words."""
        words = re.sub(r"[,.;:()\"“”‘’']|\bmid-", " ", phrase.lower()).split()
        while words and words[0] in self.rules.date_leading:
            words = words[1:]
        text = " ".join(words)
        for tail in self.rules.date_trailing:
            if text.endswith(" " + tail):
                text = text[: -len(tail) - 1]
        return text.strip()

    def resolve(self, phrase: str) -> ResolvedDate:
        """The strike date the phrase gives, or UNKNOWN when it cannot be resolved."""
        low = " ".join(phrase.lower().split())
        for key, (unit, offset, precision) in self._relative:
            if key in low:
                if self.published is None:
                    return UNKNOWN
                return ResolvedDate(shift_date(self.published, unit, offset), precision)
        text = self.clean(phrase)
        if not text:
            return UNKNOWN
        if text in WEEKDAYS:
            if self.published is None:
                return UNKNOWN
            back = (self.published.weekday() - WEEKDAYS.index(text)) % 7
            if back == 0 and re.search(rf"\blast {text}\b", low):
                back = 7  # "last Thursday" in a Thursday's paper is a week before
            return ResolvedDate(self.published - timedelta(days=back), "day")
        has_year = bool(_YEAR.search(text))
        if self.published is None and not has_year:
            return UNKNOWN
        value, period = _dateparser(text, self.published)
        if value is None:
            return UNKNOWN
        if self.published is not None and value > self.published and not has_year:
            return UNKNOWN
        precision = period if period in ("day", "week", "month", "year") else "day"
        return ResolvedDate(_period_start(value, precision), precision)


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
_DATELINE_CHARS = 60
"""A line this short that holds a full date is the page's dateline ("Press Releases | March 2, 2020")."""


def _numeric_date(line: str) -> date | None:
    """``28/05/2019`` or ``16-05-2023``: day first, as outside the US, unless the middle number cannot be a month."""
    found = _NUMERIC_DATE.search(line)
    if found is None:
        return None
    first, second, year = (int(g) for g in found.groups())
    day, month = (second, first) if second > 12 else (first, second)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _line_date(line: str) -> date | None:
    found = _FULL_DATE.search(line)
    if found is not None:
        value, _ = _dateparser(found.group(0), None)
        if value is not None:
            return value
    return _numeric_date(line)


def publication_date_from_text(text: str, rules: Rules) -> date | None:
    """The page's own dateline near the top, when it carries a full date: first a line with a cue
    ("Published: January 24, 2017", "Issued on: 28/05/2019"), else the first short line that holds one."""
    lines = [line.strip() for line in text[: rules.publication_chars].split("\n")]
    cued = [line for line in lines if any(cue in line.lower() for cue in rules.publication_cues)]
    short = [line for line in lines if 0 < len(line) <= _DATELINE_CHARS]
    for line in cued + short:
        value = _line_date(line)
        if value is not None:
            return value
    return None
