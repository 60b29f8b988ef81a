"""Turn merged strike events into schema records, every value backed by a span of the article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import cast

from extractor.engines.offline.events import StrikeEvent
from extractor.engines.offline.sources import org_key
from extractor.lexicons import load_lexicon
from extractor.schemas import (
    Casualty,
    CasualtyGroup,
    CasualtyKind,
    CharInterval,
    DatePrecision,
    Evidence,
    FieldRule,
    Location,
    StrikeReport,
    TracedField,
)


def evidence_at(text: str, start: int, end: int) -> Evidence | None:
    """Evidence for ``text[start:end]`` with surrounding whitespace trimmed; None for an empty span."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return Evidence(quote=text[start:end], char_interval=CharInterval(start=start, end=end))


def _reporter_key(name: str) -> str:
    """One key per reporting body: aliases of one force ("CENTCOM", "US Central Command") are one reporter."""
    entry = load_lexicon("force").lookup(name)
    return f"force:{entry.name}" if entry is not None else org_key(name)


def _attackers(event: StrikeEvent) -> list[str]:
    """One name per side: the name most mentions use for it, in order of first appearance."""
    counts: Counter[str] = Counter()
    for mention in event.mentions:
        for party in mention.attackers:
            counts[party.name] += 1
    by_key: dict[str, str] = {}
    for party in event.attackers:
        current = by_key.get(party.key)
        if (
            current is None
            or counts[party.name] > counts[current]
            or (counts[party.name] == counts[current] and party.air and not _air(event, current))
        ):
            by_key[party.key] = party.name
    return list(dict.fromkeys(by_key.values()))


def _air(event: StrikeEvent, name: str) -> bool:
    return any(p.air for p in event.attackers if p.name == name)


def spanning_range(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> tuple[int | None, int | None]:
    """The range spanning two figures (guideline 2.7: lowest lower bound, highest upper bound). A missing bound of a
    figure that has the other is open: "at least 24" and "30" span 24 and up, not 24 to 30; a figure with no number
    ("several") adds nothing."""
    ranges = [r for r in (a, b) if r != (None, None)]
    if not ranges:
        return None, None
    lows = [low for low, _ in ranges]
    highs = [high for _, high in ranges]
    low = None if None in lows else min(v for v in lows if v is not None)
    high = None if None in highs else max(v for v in highs if v is not None)
    return low, high


def _casualties(event: StrikeEvent, text: str) -> list[Casualty]:
    """One casualty per kind and group, spanning every figure given for it (guideline 2.7)."""
    merged: dict[tuple[str, str], Casualty] = {}
    seen_spans: set[tuple[int, int]] = set()
    for mention in event.mentions:
        for finding in mention.casualties:
            start, end = finding.start_char + mention.offset, finding.end_char + mention.offset
            if (start, end) in seen_spans:
                continue
            seen_spans.add((start, end))
            evidence = evidence_at(text, start, end)
            key = (finding.kind, finding.group)
            if key not in merged:
                merged[key] = Casualty(
                    kind=cast(CasualtyKind, finding.kind),
                    group=cast(CasualtyGroup, finding.group),
                    min=finding.figure.min,
                    max=finding.figure.max,
                    evidence=[evidence] if evidence else [],
                )
                continue
            current = merged[key]
            current.min, current.max = spanning_range(
                (current.min, current.max), (finding.figure.min, finding.figure.max)
            )
            if evidence:
                current.evidence.append(evidence)
    return list(merged.values())


def _specific_first(aircraft: list[str]) -> list[str]:
    """Types named, without the generic words for them: "MQ-9 Reaper drones" is an MQ-9 Reaper, not also a drone."""
    lexicon = load_lexicon("aircraft_type")
    generic = [a for a in aircraft if (entry := lexicon.lookup(a)) is not None and entry.attrs.get("generic")]
    return [a for a in aircraft if a not in generic] if len(generic) < len(aircraft) else aircraft


def strike_report(event: StrikeEvent, text: str) -> StrikeReport:
    """The StrikeReport for one event."""
    attackers = _attackers(event)
    evidence: list[Evidence] = []
    seen: set[tuple[int, int]] = set()
    coordinated: list[str] = []
    reported: list[str] = []
    aircraft: list[str] = []
    weapons: list[str] = []
    target = target_group = None
    for mention in event.mentions:
        span = mention.evidence
        if span not in seen:
            seen.add(span)
            item = evidence_at(text, *span)
            if item is not None:
                evidence.append(item)
        for name in mention.coordinated:
            if name not in coordinated and name not in attackers:
                coordinated.append(name)
        for source in mention.reporters:
            if source.anaphoric or (source.generic and not source.unnamed):
                continue
            name = source.reported_name
            if all(_reporter_key(name) != _reporter_key(r) for r in reported):
                reported.append(name)
        aircraft.extend(a for a in mention.aircraft if a not in aircraft)
        weapons.extend(w for w in mention.weapons if w not in weapons)
        target = target or mention.target
        target_group = target_group or mention.target_group
    place = event.place
    location = Location()
    if place is not None:
        location = Location(
            place=place.name if place.level == "place" else None, region=place.region, country=place.country
        )
    return StrikeReport(
        attackers=attackers,
        target=target,
        target_group=target_group,
        location=location,
        strike_date=event.date.value,
        date_text=event.date_text,
        date_precision=cast(DatePrecision, event.date.precision),
        aircraft=_specific_first(aircraft),
        weapons=weapons,
        casualties=_casualties(event, text),
        coordinated_with=coordinated,
        reported_by=reported,
        evidence=evidence,
    )


def field_rules(events: list[StrikeEvent], strikes: list[StrikeReport]) -> list[FieldRule]:
    """The rule behind each filled field of each strike record (``ArticleExtraction.field_rules``)."""
    filled: dict[TracedField, Callable[[StrikeReport], bool]] = {
        "attackers": lambda s: bool(s.attackers),
        "location": lambda s: bool(s.location.place or s.location.region or s.location.country),
        "strike_date": lambda s: s.strike_date is not None,
        "casualties": lambda s: bool(s.casualties),
    }
    return [
        FieldRule(strike=index, field=name, rule=event.rules[name])
        for index, (event, strike) in enumerate(zip(events, strikes, strict=True))
        for name in filled
        if name in event.rules and filled[name](strike)
    ]
