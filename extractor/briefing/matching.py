"""Deciding whether two strike reports describe the same strike: attackers, place, date.

Names are compared through the lexicons first (so "Albu Kamal", "Al-Bukamal" and "Abu Kamal"
are one place, "Iraqi fighter jets" and "Iraqi Air Force" one force), then by fuzzy ratio on
folded names for spellings no lexicon lists. Dates are compared as intervals whose width comes
from the report's precision.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import fuzz

from extractor.lexicons import canonical_force, canonical_group, canonical_place, fold, load_lexicon

FUZZY_NAME_RATIO = 88.0
DAY_TOLERANCE = timedelta(days=1)
WEEK_HALF_WIDTH = timedelta(days=6)


@lru_cache(maxsize=65536)
def folded(name: str) -> str:
    """``fold``, memoised: a briefing folds the same outlets, names and statements many times."""
    return fold(name)


@lru_cache(maxsize=65536)
def force_name(name: str) -> str:
    """Canonical force name (memoised: a day's briefing looks up the same names thousands of times)."""
    return canonical_force(name) or name


@lru_cache(maxsize=65536)
def place_name(name: str | None) -> str | None:
    """Canonical place name, memoised."""
    return canonical_place(name) if name else name


@lru_cache(maxsize=4096)
def group_name(name: str | None) -> str | None:
    """Canonical armed-group name, memoised."""
    return canonical_group(name) if name else name


@lru_cache(maxsize=65536)
def force_key(name: str) -> str:
    """Comparison key of an attacking force: its canonical lexicon name, folded."""
    return fold(force_name(name))


@lru_cache(maxsize=65536)
def place_key(name: str | None) -> str | None:
    """Comparison key of a place or region: its canonical lexicon name, folded."""
    if not name or not name.strip():
        return None
    return fold(place_name(name) or name) or None


@lru_cache(maxsize=65536)
def lexicon_place_attrs(name: str | None) -> tuple[str | None, str | None]:
    """Region and country the place lexicon gives for ``name`` (``Abu Kamal`` -> Deir ez-Zor, Syria)."""
    entry = load_lexicon("place").lookup(name) if name else None
    if entry is None:
        return None, None
    return entry.attrs.get("region"), entry.attrs.get("country")


def lexicon_region_key(name: str | None) -> str | None:
    """Key of the region the place lexicon files ``name`` under (``Abu Kamal`` -> ``deir ez zor``)."""
    region = lexicon_place_attrs(name)[0]
    return place_key(region) if region else None


@dataclass(frozen=True)
class PlaceKeys:
    """A report's place, and the region it lies in (from the report, or from the place lexicon)."""

    place: str | None
    region: str | None

    @classmethod
    def of(cls, place: str | None, region: str | None) -> PlaceKeys:
        return cls(place_key(place), place_key(region) or lexicon_region_key(place))


def names_match(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(a, b) >= FUZZY_NAME_RATIO


def attackers_match(a: Iterable[str], b: Iterable[str]) -> bool:
    """True when the two attacker key sets share a force (exactly or by fuzzy spelling)."""
    a, b = set(a), set(b)
    if not a or not b:
        return False
    return bool(a & b) or any(names_match(x, y) for x in a for y in b)


def place_score(a: PlaceKeys, b: PlaceKeys) -> float:
    """1 for the same place, 0.9 for a close spelling, 0.6 when one report names only the region; else 0."""
    if a.place and b.place:
        if a.place == b.place:
            return 1.0
        if names_match(a.place, b.place):
            return 0.9
        if a.place == b.region or b.place == a.region:
            return 0.6
        return 0.0
    coarse, fine = (a, b) if not a.place else (b, a)
    if coarse.region and coarse.region in {fine.place, fine.region}:
        return 0.6
    return 0.0


def date_interval(when: date | None, precision: str) -> tuple[date, date] | None:
    """The span a reported strike date stands for; ``None`` when the date is unknown."""
    if when is None:
        return None
    if precision == "day":
        return when, when
    if precision == "month":
        return when.replace(day=1), when.replace(day=calendar.monthrange(when.year, when.month)[1])
    if precision == "year":
        return date(when.year, 1, 1), date(when.year, 12, 31)
    return when - WEEK_HALF_WIDTH, when + WEEK_HALF_WIDTH


def date_gap(a: tuple[date, date] | None, b: tuple[date, date] | None) -> timedelta:
    """Days between two intervals (zero when they overlap or either is unknown)."""
    if a is None or b is None:
        return timedelta(0)
    return max(a[0] - b[1], b[0] - a[1], timedelta(0))


def dates_compatible(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    """Unknown dates match anything; known ones must overlap, give or take a day."""
    return date_gap(a, b) <= DAY_TOLERANCE
