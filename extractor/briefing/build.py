"""``brief()``: a period's briefing from the store, as a ``Briefing`` record."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from extractor.articles import parse_iso_date
from extractor.briefing.contested import contested_pairs
from extractor.briefing.dates import date_flags
from extractor.briefing.events import EventMerger, Report, fold_unattributed
from extractor.briefing.matching import attackers_match, date_interval, folded, force_key, place_name
from extractor.briefing.narrative import narrative_data, write_narrative
from extractor.config import Settings
from extractor.errors import ExtractorError
from extractor.schemas import ArticleText, Briefing, BriefingEvent, HeadlineCounts
from extractor.store import Store, StoredArticle, StoreError, StrikeKey, default_db, is_url


class BriefingError(ExtractorError):
    """The briefing was asked for an impossible period (bad date, until before since...)."""


def parse_day(value: date | str, flag: str = "date") -> date:
    """A ``YYYY-MM-DD`` day, or a one-line BriefingError naming the flag."""
    try:
        return parse_iso_date(value)
    except ValueError:
        raise BriefingError(f"--{flag}: expected a date as YYYY-MM-DD, got {value!r}") from None


def existing_store_path(store: str | Path | None) -> str | Path:
    """The store to read a briefing from: a file that exists, or a database URL. A briefing never creates a store
    file (a typo would read as empty)."""
    target = store if store is not None else default_db()
    if is_url(target):
        return target
    path = Path(target)
    if not path.is_file():
        raise StoreError(f"{path}: no store here yet; run `extractor ingest` first (or pass --db)")
    return path


def resolve_period(day: date | str | None, since: date | str | None, until: date | str | None) -> tuple[date, date]:
    """One day (today when none is given), or ``since``..``until`` (``until`` defaults to today), ends included."""
    if day is not None:
        if since is not None or until is not None:
            raise BriefingError("give either --date or --since/--until, not both")
        one = parse_day(day)
        return one, one
    if since is None:
        if until is not None:
            raise BriefingError("--until needs --since")
        today = date.today()
        return today, today
    start = parse_day(since, "since")
    end = parse_day(until, "until") if until is not None else date.today()
    if end < start:
        raise BriefingError(f"--until {end.isoformat()} is before --since {start.isoformat()}")
    return start, end


def _range_sum(events: list[BriefingEvent], kind: str) -> tuple[int | None, int | None]:
    figures = [f for e in events for f in e.figures if f.kind == kind]
    if not figures:
        return None, None
    return sum(f.low or 0 for f in figures), sum(f.high or 0 for f in figures)


def _undated_candidates(
    groups: list[tuple[StrikeKey, list[int]]], merger: EventMerger, db: Store, start: date, end: date
) -> set[int]:
    """Store keys of undated articles with a strike that fits the period's events and no strike published
    on another day: an undated report of attackers who struck that place on several days cannot be
    placed on one of them. One verdict per group of strikes with the same attackers, place and date."""
    at: dict[str, set[str]] = {}
    elsewhere: dict[tuple[str, str], bool] = {}
    forces: dict[str, set[str]] = {}

    def fits_elsewhere(key: StrikeKey) -> bool:
        if key.place is None:
            return False  # nothing is stored at no place
        mine = {force_key(a) for a in key.attackers}
        for name in {key.place, place_name(key.place) or key.place}:
            if name not in at:
                at[name] = db.attackers_at(name)
            for raw in at[name]:
                if raw not in forces:
                    forces[raw] = {force_key(a) for a in json.loads(raw)}
                if not attackers_match(mine, forces[raw]):
                    continue
                if (name, raw) not in elsewhere:
                    elsewhere[name, raw] = db.dated_elsewhere(name, raw, start, end)
                if elsewhere[name, raw]:
                    return True
        return False

    out: set[int] = set()
    for key, members in groups:
        if merger.could_join(key) and not (key.place and fits_elsewhere(key)):
            out.update(members)
    return out


EARLIER_THAN = timedelta(days=7)
"""A strike whose latest possible date is more than this before the period's first day is an earlier strike
mentioned as background: listed apart, and out of the headline figures."""


def is_earlier(event: BriefingEvent, start: date) -> bool:
    """Whether every date the event's sources give lies more than ``EARLIER_THAN`` before ``start``."""
    if event.date_end is None:
        return False
    span = date_interval(event.date_end, event.date_precision)
    latest = span[1] if span else event.date_end
    return latest < start - EARLIER_THAN


def _first_seen_pks(db: Store, start: date, end: date, attached: set[int]) -> list[int]:
    """Undated articles first seen in the period that join no dated day: none of their strikes is reported by
    those attackers at that place in dated articles of exactly one day (that day's briefing takes them)."""
    out = []
    for pk, strikes in db.undated_first_seen_between(start, end):
        if pk in attached:
            continue
        days: set[date] = set()
        for place, attackers in strikes:
            days |= db.dated_days_with(place, attackers)
        if len(days) != 1:
            out.append(pk)
    return out


def brief(
    date: date | str | None = None,
    store: Store | str | Path | None = None,
    since: date | str | None = None,
    until: date | str | None = None,
    settings: Settings | None = None,
    include_texts: bool = False,
) -> Briefing:
    """Briefing for the articles published on ``date`` (or ``since``..``until``) in the store.

    ``include_texts`` carries the briefed articles' texts, so the HTML can show each evidence quote
    highlighted in its article.

    Undated articles join an event started by a dated article of the period (attackers and place match)
    when no article published on another day reports those attackers at that place. An undated article
    that joins no dated day is briefed on the day the store first saw it, flagged "date unknown: first
    seen", so it is never left out of every briefing. Events dated more than a week before the period are
    listed as earlier strikes mentioned, outside the headline figures.
    """
    start, end = resolve_period(date, since, until)
    cfg = settings or Settings.from_env()
    db = store if isinstance(store, Store) else Store(existing_store_path(store))
    try:
        dated = db.published_between(start, end)
        merger = EventMerger()
        merger.add_all(Report.of(a.ref, s) for a in dated for s in a.extraction.strikes)
        candidates = _undated_candidates(db.undated_strike_groups(), merger, db, start, end)
        attached: list[StoredArticle] = []
        attached_pks: set[int] = set()
        for article in db.by_pk(candidates):
            placed = [merger.add(Report.of(article.ref, s), may_start=False) for s in article.extraction.strikes]
            if any(placed):
                attached.append(article)
                attached_pks.add(article.article_pk)
        first_seen = [
            replace(a, ref=a.ref.model_copy(update={"published": a.ref.first_seen, "published_source": "first_seen"}))
            for a in db.by_pk(_first_seen_pks(db, start, end, attached_pks))
        ]
        merger.add_all(Report.of(a.ref, s) for a in first_seen for s in a.extraction.strikes)
        undated_total = db.count_undated()
        briefed_ids = [a.ref.article_id for a in dated + first_seen + attached]
        texts = db.texts_of(briefed_ids) if include_texts else {}
    finally:
        if db is not store:
            db.close()

    every_event = fold_unattributed(merger.events())
    events = [e for e in every_event if not is_earlier(e, start)]
    earlier = [e for e in every_event if is_earlier(e, start)]
    events_of: dict[str, list[str]] = {}
    for event in every_event:
        for article_id in event.article_ids:
            events_of.setdefault(article_id, []).append(event.id)
    briefed = dated + first_seen
    articles = [(a.ref, a.extraction) for a in briefed + attached]
    contested = contested_pairs(articles, events_of)
    flags = date_flags(articles, events_of)
    narrative = write_narrative(narrative_data(start, end, events, contested, flags), cfg)
    killed, injured = _range_sum(events, "killed"), _range_sum(events, "injured")
    counts = HeadlineCounts(
        articles=len(briefed),
        outlets=len({folded(a.ref.outlet) for a in briefed if a.ref.outlet}),
        undated_attached=len(attached),
        undated_first_seen=len(first_seen),
        undated_unplaced=max(undated_total - len(attached) - len(first_seen), 0),
        strike_reports=sum(len(e.sources) for e in events),
        events=len(events),
        earlier_events=len(earlier),
        multi_source_events=sum(1 for e in events if len(e.article_ids) > 1),
        contested_pairs=len(contested),
        date_flags=len(flags),
        killed_low=killed[0],
        killed_high=killed[1],
        injured_low=injured[0],
        injured_high=injured[1],
    )
    return Briefing(
        since=start,
        until=end,
        generated_at=datetime.now(UTC),
        counts=counts,
        events=events,
        earlier_events=earlier,
        contested=contested,
        date_flags=flags,
        narrative=narrative,
        articles=sorted((ref for ref, _ in articles), key=lambda r: (r.published is None, r.published, r.article_id)),
        texts=[ArticleText(article_id=aid, text=texts[aid]) for aid in sorted(texts)],
    )
