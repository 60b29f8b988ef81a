"""Merging strike reports from many articles into events: one strike, all the outlets that report it.

Two reports are the same strike when their attackers share a force, their places match
(alias-aware, or one report names only the region the other's place lies in) and their dates
are compatible given each report's precision. Merging is complete-linkage: a report joins the
best-scoring event whose every member it matches, and never an event that already holds a
report from the same article (an extractor that split an article's strikes meant them apart).
Undated articles never start events; they only join events started by dated ones.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from extractor.briefing.matching import (
    PlaceKeys,
    attackers_match,
    date_gap,
    date_interval,
    dates_compatible,
    force_key,
    force_name,
    group_name,
    lexicon_place_attrs,
    names_match,
    place_name,
    place_score,
)
from extractor.lexicons import fold
from extractor.schemas import (
    ArticleRef,
    BriefingEvent,
    EventSource,
    FigureRange,
    FigureValue,
    StrikeReport,
)
from extractor.store import StrikeKey

PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


@dataclass(frozen=True)
class Report:
    """One strike report of one article, with its comparison keys computed once."""

    ref: ArticleRef
    strike: StrikeReport
    attackers: frozenset[str]
    places: PlaceKeys
    interval: tuple[date, date] | None
    undated: bool = False

    @classmethod
    def of(cls, ref: ArticleRef, strike: StrikeReport) -> Report:
        return cls(ref=ref, strike=strike, attackers=frozenset(force_key(a) for a in strike.attackers if a.strip()),
                   places=PlaceKeys.of(strike.location.place, strike.location.region),
                   interval=date_interval(strike.strike_date, strike.date_precision), undated=ref.published is None)

    @property
    def mergeable(self) -> bool:
        """Reports without attackers or without any place cannot be matched to another outlet's."""
        return bool(self.attackers) and bool(self.places.place or self.places.region)


def _sort_key(report: Report) -> tuple:
    width = (report.interval[1] - report.interval[0]).days if report.interval else 10_000
    return width, report.ref.published or date.max, report.ref.article_id


class EventMerger:
    """Groups reports into clusters (future events); indexed by attacker key so a day of news merges fast."""

    def __init__(self) -> None:
        self.clusters: list[list[Report]] = []
        self._by_attacker: dict[str, set[int]] = defaultdict(set)

    def add_all(self, reports: Iterable[Report]) -> None:
        """Add dated reports (they may start events), most precisely dated first."""
        for report in sorted(reports, key=_sort_key):
            self.add(report, may_start=True)

    def add(self, report: Report, *, may_start: bool) -> bool:
        """Put ``report`` in its best matching cluster, or a new one if allowed; True if placed."""
        best, best_score = None, 0.0
        for index in self._candidates(report.attackers) if report.mergeable else ():
            score = self._join_score(self.clusters[index], report)
            if score > best_score:
                best, best_score = index, score
        if best is None:
            if not may_start:
                return False
            best = len(self.clusters)
            self.clusters.append([])
        self.clusters[best].append(report)
        for key in report.attackers:
            self._by_attacker[key].add(best)
        return True

    def _candidates(self, attackers: frozenset[str]) -> set[int]:
        found: set[int] = set()
        for key in attackers:
            if key in self._by_attacker:
                found |= self._by_attacker[key]
            else:
                for known, indexes in self._by_attacker.items():
                    if names_match(key, known):
                        found |= indexes
        return found

    @staticmethod
    def _join_score(cluster: list[Report], report: Report) -> float:
        """Lowest place score over the members minus a small penalty per day apart; 0 if any member clashes."""
        worst = 1.0
        for member in cluster:
            place = place_score(member.places, report.places)
            if place <= 0 or member.ref.article_id == report.ref.article_id or not member.mergeable:
                return 0.0
            if not dates_compatible(member.interval, report.interval):
                return 0.0
            if not attackers_match(member.attackers, report.attackers):
                return 0.0
            worst = min(worst, place - 0.05 * date_gap(member.interval, report.interval).days)
            if worst <= 0:
                return 0.0
        return worst

    def could_join(self, key: StrikeKey) -> bool:
        """Cheap pre-check of an undated stored strike (no payload parsed) against the clusters."""
        probe = Report.of(ArticleRef(article_id=key.article_id), StrikeReport(
            attackers=list(key.attackers), strike_date=key.strike_date, date_precision=key.date_precision,
            location={"place": key.place, "region": key.region}))
        if not probe.mergeable:
            return False
        return any(self._join_score(self.clusters[i], probe) > 0 for i in self._candidates(probe.attackers))

    def events(self) -> list[BriefingEvent]:
        """The clusters as events, most-reported first, numbered E1, E2..."""
        built = [_event(cluster) for cluster in self.clusters if cluster]
        built.sort(key=lambda e: (-len(e.article_ids), e.date_start or date.max, e.place or "", e.attackers))
        return [e.model_copy(update={"id": f"E{i}"}) for i, e in enumerate(built, 1)]


def _most_common(values: Iterable[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    return counted.most_common(1)[0][0] if counted else None


def _distinct(values: Iterable[str | None]) -> list[str]:
    """Values in order of frequency, one per folded spelling."""
    counted = Counter(v.strip() for v in values if v and v.strip())
    seen: dict[str, str] = {}
    for value, _ in counted.most_common():
        seen.setdefault(fold(value), value)
    return list(seen.values())


def _event(cluster: list[Report]) -> BriefingEvent:
    strikes = [r.strike for r in cluster]
    places = [place_name(s.location.place) for s in strikes]
    place = _most_common(places)
    lexicon_region, lexicon_country = lexicon_place_attrs(place)
    region = _most_common(place_name(s.location.region) for s in strikes) or lexicon_region
    if place and region and fold(region) == fold(place):
        region = None
    country = _most_common(s.location.country for s in strikes) or lexicon_country
    dates = [s.strike_date for s in strikes if s.strike_date]
    precisions = [s.date_precision for s in strikes if s.strike_date]
    return BriefingEvent(
        id="E0",
        attackers=_distinct(force_name(a) for s in strikes for a in s.attackers),
        place=place or None,
        region=region or None,
        country=country or None,
        date_start=min(dates) if dates else None,
        date_end=max(dates) if dates else None,
        date_precision=min(precisions, key=PRECISION_ORDER.__getitem__) if precisions else "unknown",
        targets=_distinct(s.target for s in strikes),
        target_groups=_distinct(group_name(s.target_group) for s in strikes),
        coordinated_with=_distinct(c for s in strikes for c in s.coordinated_with),
        sources=sorted((_source(r) for r in cluster), key=lambda s: (s.undated_match, s.published or date.max,
                                                                       s.article_id)),
        figures=figures_of(cluster),
    )


def _source(report: Report) -> EventSource:
    s, ref = report.strike, report.ref
    return EventSource(
        article_id=ref.article_id, outlet=ref.outlet, title=ref.title, published=ref.published,
        undated_match=report.undated, attackers=list(s.attackers), place=s.location.place or s.location.region,
        strike_date=s.strike_date, date_precision=s.date_precision, date_text=s.date_text,
        reported_by=list(s.reported_by), quote=s.evidence[0].quote if s.evidence else None,
    )


def _widest(pick: Callable[..., int], a: int | None, b: int | None) -> int | None:
    known = [x for x in (a, b) if x is not None]
    return pick(known) if known else None


def figures_of(cluster: list[Report]) -> list[FigureRange]:
    """Casualty figures of one event: per kind and group, every source's number and the overall range."""
    by_figure: dict[tuple[str, str], dict[str, FigureValue]] = defaultdict(dict)
    for report in cluster:
        for c in report.strike.casualties:
            if c.min is None and c.max is None:
                continue
            values = by_figure[(c.kind, c.group)]
            quote = c.evidence[0].quote if c.evidence else None
            old = values.get(report.ref.article_id)
            if old is not None:
                values[report.ref.article_id] = old.model_copy(update={"min": _widest(min, old.min, c.min),
                                                                       "max": _widest(max, old.max, c.max)})
            else:
                values[report.ref.article_id] = FigureValue(
                    article_id=report.ref.article_id, outlet=report.ref.outlet,
                    reported_by=list(report.strike.reported_by), min=c.min, max=c.max, quote=quote)
    figures = []
    for (kind, group), values in by_figure.items():
        numbers = [n for v in values.values() for n in (v.min, v.max) if n is not None]
        figures.append(FigureRange(
            kind=kind, group=group, low=min(numbers), high=max(numbers),
            conflicting=len({(v.min, v.max) for v in values.values()}) > 1,
            values=list(values.values()),
        ))
    figures.sort(key=lambda f: (f.kind != "killed", f.group))
    return figures
