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
    folded,
    force_key,
    force_name,
    group_name,
    lexicon_place_attrs,
    names_match,
    place_name,
    place_score,
)
from extractor.schemas import (
    ArticleRef,
    BriefingEvent,
    CasualtyGroup,
    CasualtyKind,
    EventSource,
    FigureRange,
    FigureValue,
    StrikeReport,
)
from extractor.store import StrikeKey

PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


@dataclass(frozen=True)
class MatchKeys:
    """What event matching compares of a strike report: attacker keys, place keys, date interval."""

    attackers: frozenset[str]
    places: PlaceKeys
    interval: tuple[date, date] | None

    @classmethod
    def of(
        cls, attackers: Iterable[str], place: str | None, region: str | None, when: date | None, precision: str
    ) -> MatchKeys:
        return cls(
            attackers=frozenset(force_key(a) for a in attackers if a.strip()),
            places=PlaceKeys.of(place, region),
            interval=date_interval(when, precision),
        )

    @property
    def mergeable(self) -> bool:
        """Reports without attackers or without any place cannot be matched to another outlet's."""
        return bool(self.attackers) and bool(self.places.place or self.places.region)


@dataclass(frozen=True)
class Report:
    """One strike report of one article, with its comparison keys computed once."""

    ref: ArticleRef
    strike: StrikeReport
    keys: MatchKeys
    undated: bool = False

    @classmethod
    def of(cls, ref: ArticleRef, strike: StrikeReport) -> Report:
        keys = MatchKeys.of(
            strike.attackers, strike.location.place, strike.location.region, strike.strike_date, strike.date_precision
        )
        return cls(ref=ref, strike=strike, keys=keys, undated=ref.published is None)

    @property
    def attackers(self) -> frozenset[str]:
        return self.keys.attackers

    @property
    def places(self) -> PlaceKeys:
        return self.keys.places

    @property
    def interval(self) -> tuple[date, date] | None:
        return self.keys.interval

    @property
    def mergeable(self) -> bool:
        """Reports without attackers or without any place cannot be matched to another outlet's."""
        return self.keys.mergeable


def _sort_key(report: Report) -> tuple:
    width = (report.interval[1] - report.interval[0]).days if report.interval else 10_000
    return width, report.ref.published or date.max, report.ref.article_id


def member_score(member: MatchKeys, report: MatchKeys) -> float:
    """How well ``report`` fits one cluster member: place score less 0.05 per day apart; 0 on any clash."""
    if not member.mergeable:
        return 0.0
    place = place_score(member.places, report.places)
    if place <= 0 or not dates_compatible(member.interval, report.interval):
        return 0.0
    if not attackers_match(member.attackers, report.attackers):
        return 0.0
    return place - 0.05 * date_gap(member.interval, report.interval).days


def _lower(score: float, member: float) -> float:
    """A cluster's score once one more member is counted: the lower of the two, or 0 on a clash."""
    return 0.0 if member <= 0 else min(score, member)


class EventMerger:
    """Groups reports into clusters (future events), scoring a report only against clusters that can take it.

    Linkage is complete, so a report can join a cluster only if it matches the cluster's first report:
    clusters are indexed by that report's place and region keys (and its place spelling, for fuzzy
    matches), and a report is scored against the clusters at its place, not every cluster of its
    attackers. Each cluster remembers its score for every set of match keys it was asked about and
    updates it as members join, so members with equal keys are scored once. This keeps the merge
    linear in the reports; the result is the same as scoring every cluster that shares an attacker.
    """

    def __init__(self) -> None:
        self.clusters: list[list[Report]] = []
        self._member_keys: list[set[MatchKeys]] = []
        self._fit: list[dict[MatchKeys, float]] = []
        self._article_ids: list[set[str]] = []
        self._by_attacker: dict[str, set[int]] = {}
        self._by_place: dict[str, set[int]] = {}
        self._by_first_place: dict[str, set[int]] = {}
        self._similar_places: dict[str, set[str]] = {}

    def add_all(self, reports: Iterable[Report]) -> None:
        """Add dated reports (they may start events), most precisely dated first."""
        for report in sorted(reports, key=_sort_key):
            self.add(report, may_start=True)

    def add(self, report: Report, *, may_start: bool) -> bool:
        """Put ``report`` in its best matching cluster, or a new one if allowed; True if placed."""
        best = self._best(report.ref.article_id, report.keys) if report.mergeable else None
        if best is None:
            if not may_start:
                return False
            best = self._new_cluster(report.keys)
        self.clusters[best].append(report)
        if report.keys not in self._member_keys[best]:
            self._member_keys[best].add(report.keys)
            fit = self._fit[best]
            for keys, score in fit.items():
                if score > 0:
                    fit[keys] = _lower(score, member_score(report.keys, keys))
        self._article_ids[best].add(report.ref.article_id)
        for key in report.attackers:
            self._by_attacker.setdefault(key, set()).add(best)
        return True

    def _new_cluster(self, keys: MatchKeys) -> int:
        """An empty cluster, indexed under the place keys of ``keys`` (its first report)."""
        index = len(self.clusters)
        self.clusters.append([])
        self._member_keys.append(set())
        self._fit.append({})
        self._article_ids.append(set())
        if not keys.mergeable:
            return index
        for token in (keys.places.place, keys.places.region):
            if token:
                self._by_place.setdefault(token, set()).add(index)
        place = keys.places.place
        if place:
            if place not in self._by_first_place:
                self._by_first_place[place] = set()
                for probe, similar in self._similar_places.items():
                    if names_match(probe, place):
                        similar.add(place)
            self._by_first_place[place].add(index)
        return index

    def _near(self, places: PlaceKeys) -> set[int]:
        """Clusters whose first report shares a place or region key with ``places``, or a close place spelling."""
        near: set[int] = set()
        for token in (places.place, places.region):
            if token and token in self._by_place:
                near |= self._by_place[token]
        if places.place:
            similar = self._similar_places.get(places.place)
            if similar is None:
                similar = {known for known in self._by_first_place if names_match(places.place, known)}
                self._similar_places[places.place] = similar
            for known in similar:
                near |= self._by_first_place[known]
        return near

    def _candidates(self, attackers: frozenset[str], within: set[int] | None = None) -> set[int]:
        """Clusters with a member of the same (else a closely spelled) attacker key, optionally among ``within``."""
        found: set[int] = set()
        for key in attackers:
            if key in self._by_attacker:
                matched = [self._by_attacker[key]]
            else:
                matched = [indexes for known, indexes in self._by_attacker.items() if names_match(key, known)]
            for indexes in matched:
                found |= indexes if within is None else within & indexes
        return found

    def _scores(self, article_id: str, keys: MatchKeys) -> dict[int, float]:
        """Positive join scores of the candidate clusters that can take a report with these keys."""
        near = self._near(keys.places)
        if not near:
            return {}
        scores = {index: self._join_score(index, article_id, keys) for index in self._candidates(keys.attackers, near)}
        return {index: score for index, score in scores.items() if score > 0}

    def _best(self, article_id: str, keys: MatchKeys) -> int | None:
        """The best-scoring cluster; ties go to the oldest, so a briefing is the same on every run."""
        scores = self._scores(article_id, keys)
        if not scores:
            return None
        top = max(scores.values())
        return min(index for index, score in scores.items() if score == top)

    def _join_score(self, index: int, article_id: str, keys: MatchKeys) -> float:
        """Lowest member score over the cluster's members; 0 if any member clashes or shares the article."""
        if article_id in self._article_ids[index]:
            return 0.0
        fit = self._fit[index]
        score = fit.get(keys)
        if score is None:
            score = 1.0
            for member in self._member_keys[index]:
                score = _lower(score, member_score(member, keys))
                if score <= 0:
                    break
            fit[keys] = score
        return score

    def could_join(self, key: StrikeKey) -> bool:
        """Cheap pre-check of an undated stored strike (no payload parsed) against the clusters."""
        keys = MatchKeys.of(key.attackers, key.place, key.region, key.strike_date, key.date_precision)
        return keys.mergeable and bool(self._scores(key.article_id, keys))

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
        seen.setdefault(folded(value), value)
    return list(seen.values())


def _event(cluster: list[Report]) -> BriefingEvent:
    strikes = [r.strike for r in cluster]
    places = [place_name(s.location.place) for s in strikes]
    place = _most_common(places)
    lexicon_region, lexicon_country = lexicon_place_attrs(place)
    region = _most_common(place_name(s.location.region) for s in strikes) or lexicon_region
    if place and region and folded(region) == folded(place):
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
        sources=sorted(
            (_source(r) for r in cluster), key=lambda s: (s.undated_match, s.published or date.max, s.article_id)
        ),
        figures=figures_of(cluster),
    )


def _source(report: Report) -> EventSource:
    s, ref = report.strike, report.ref
    return EventSource(
        article_id=ref.article_id,
        outlet=ref.outlet,
        title=ref.title,
        published=ref.published,
        undated_match=report.undated,
        attackers=list(s.attackers),
        place=s.location.place or s.location.region,
        strike_date=s.strike_date,
        date_precision=s.date_precision,
        date_text=s.date_text,
        reported_by=list(s.reported_by),
        quote=s.evidence[0].quote if s.evidence else None,
        evidence=list(s.evidence),
    )


def _widest(pick: Callable[..., int], a: int | None, b: int | None) -> int | None:
    known = [x for x in (a, b) if x is not None]
    return pick(known) if known else None


def figures_of(cluster: list[Report]) -> list[FigureRange]:
    """Casualty figures of one event: per kind and group, every source's number and the overall range."""
    by_figure: dict[tuple[CasualtyKind, CasualtyGroup], dict[str, FigureValue]] = defaultdict(dict)
    for report in cluster:
        for c in report.strike.casualties:
            if c.min is None and c.max is None:
                continue
            values = by_figure[(c.kind, c.group)]
            quote = c.evidence[0].quote if c.evidence else None
            old = values.get(report.ref.article_id)
            if old is not None:
                values[report.ref.article_id] = old.model_copy(
                    update={"min": _widest(min, old.min, c.min), "max": _widest(max, old.max, c.max)}
                )
            else:
                values[report.ref.article_id] = FigureValue(
                    article_id=report.ref.article_id,
                    outlet=report.ref.outlet,
                    reported_by=list(report.strike.reported_by),
                    min=c.min,
                    max=c.max,
                    quote=quote,
                )
    figures = []
    for (kind, group), values in by_figure.items():
        numbers = [n for v in values.values() for n in (v.min, v.max) if n is not None]
        figures.append(
            FigureRange(
                kind=kind,
                group=group,
                low=min(numbers),
                high=max(numbers),
                conflicting=len({(v.min, v.max) for v in values.values()}) > 1,
                values=list(values.values()),
            )
        )
    figures.sort(key=lambda f: (f.kind != "killed", f.group))
    return figures


def _numbered(events: list[BriefingEvent]) -> list[BriefingEvent]:
    """Events most-reported first, numbered E1, E2..."""
    events = sorted(events, key=lambda e: (-len(e.article_ids), e.date_start or date.max, e.place or "", e.attackers))
    return [e.model_copy(update={"id": f"E{i}"}) for i, e in enumerate(events, 1)]


def _merged_figures(a: list[FigureRange], b: list[FigureRange]) -> list[FigureRange]:
    by_key = {(f.kind, f.group): f for f in a}
    for figure in b:
        old = by_key.get((figure.kind, figure.group))
        if old is None:
            by_key[figure.kind, figure.group] = figure
            continue
        values = old.values + figure.values
        numbers = [n for v in values for n in (v.min, v.max) if n is not None]
        by_key[figure.kind, figure.group] = old.model_copy(
            update={
                "values": values,
                "low": min(numbers),
                "high": max(numbers),
                "conflicting": len({(v.min, v.max) for v in values}) > 1,
            }
        )
    return sorted(by_key.values(), key=lambda f: (f.kind != "killed", f.group))


def fold_unattributed(events: list[BriefingEvent]) -> list[BriefingEvent]:
    """Events whose reports name no attacker ("a drone strike in Baghdad killed...") joined to the one attributed
    event at the same place with a compatible date, when exactly one fits and shares no article with them: the
    same strike told without its attacker. Reports without attackers never merge during matching (attackers are
    what keeps two strikes at one town apart), so this runs once over the finished events. Renumbers them."""
    attributed = [e for e in events if e.attackers]
    folded_into: dict[int, list[BriefingEvent]] = {}
    kept: list[BriefingEvent] = []
    for event in events:
        if event.attackers:
            continue
        if not (event.place or event.region):
            kept.append(event)
            continue
        keys = PlaceKeys.of(event.place, event.region)
        interval = _event_interval(event)
        fits = [
            index
            for index, other in enumerate(attributed)
            if place_score(keys, PlaceKeys.of(other.place, other.region)) >= 0.9
            and dates_compatible(interval, _event_interval(other))
            and not set(event.article_ids) & set(other.article_ids)
        ]
        if len(fits) == 1:
            folded_into.setdefault(fits[0], []).append(event)
        else:
            kept.append(event)
    for index, event in enumerate(attributed):
        for extra in folded_into.get(index, []):
            event = event.model_copy(
                update={
                    "sources": event.sources + extra.sources,
                    "figures": _merged_figures(event.figures, extra.figures),
                    "targets": list(dict.fromkeys(event.targets + extra.targets)),
                    "target_groups": list(dict.fromkeys(event.target_groups + extra.target_groups)),
                }
            )
        kept.append(event)
    return _numbered(kept)


def _event_interval(event: BriefingEvent) -> tuple[date, date] | None:
    if event.date_start is None:
        return None
    start = date_interval(event.date_start, event.date_precision)
    end = date_interval(event.date_end or event.date_start, event.date_precision)
    return (start[0], end[1]) if start and end else None
