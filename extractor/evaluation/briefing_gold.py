"""Scoring briefings against briefing gold: real multi-outlet days, their expected events and contested pairs.

A gold day (``evals/briefing/gold/<day>.yaml``) lists the strikes its articles report (attackers, accepted place
names, country, a date window, and every article that reports it) and the claim pairs one side asserts and
another denies. The day's articles are ingested into a fresh store and briefed; then:

- a briefing event *fits* a gold event when their attackers share a force, it rests on at least one of the gold
  event's articles, its dates fall in the gold window (give or take a day), and its place, region or (with no
  place at all) country is one the gold event accepts. Each briefing event goes to the gold event it fits best
  (place over region over country, then shared articles);
- **event precision**: gold events matched / briefing events (a strike split into two events, or an event no
  gold lists, counts against it); **event recall**: gold events matched / gold events;
- **sources per event**: for each matched gold event, the share of its articles that its best briefing event
  lists (source recall), and the mean number of articles per event on each side;
- **contested pairs**: a briefing pair matches a gold pair when both sides come from the gold articles and name
  a gold claimant; precision and recall over pairs.

``python -m extractor.evaluation.briefing_gold [--write-baseline]`` prints the table the README shows.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import warnings
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from extractor.articles import read_article
from extractor.briefing import brief
from extractor.briefing.matching import attackers_match, folded, force_key, place_key
from extractor.config import Settings
from extractor.schemas import Briefing, BriefingEvent, ClaimSide, ContestedPair

REPO = Path(__file__).resolve().parents[2]
BRIEFING_EVALS = REPO / "evals" / "briefing"
BASELINE = BRIEFING_EVALS / "baseline.json"
GATE_TOLERANCE = 0.02
DATE_SLACK = timedelta(days=1)


@dataclass(frozen=True)
class GoldEvent:
    """One strike the day's articles report, and every article that reports it."""

    id: str
    attackers: tuple[str, ...]
    places: tuple[str, ...]
    country: str | None
    dates: tuple[date, date]
    articles: frozenset[str]
    description: str = ""


@dataclass(frozen=True)
class GoldSide:
    article: str
    claimants: tuple[str, ...]


@dataclass(frozen=True)
class GoldPair:
    topic: str
    asserted: GoldSide
    denied: GoldSide


@dataclass(frozen=True)
class GoldDay:
    day: date
    articles: tuple[str, ...]
    events: tuple[GoldEvent, ...]
    contested: tuple[GoldPair, ...]


def _day(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _side(raw: dict[str, Any]) -> GoldSide:
    claimants = raw["claimant"]
    return GoldSide(article=raw["article"], claimants=tuple([claimants] if isinstance(claimants, str) else claimants))


def load_gold_day(path: Path) -> GoldDay:
    """One gold day file; a malformed file raises ValueError naming it."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        articles = tuple(data["articles"])
        events = tuple(
            GoldEvent(
                id=e["id"],
                attackers=tuple(e["attackers"]),
                places=tuple(e.get("places") or ()),
                country=e.get("country"),
                dates=(_day(e["dates"][0]), _day(e["dates"][1])),
                articles=frozenset(e["articles"]),
                description=e.get("description", ""),
            )
            for e in data.get("events") or ()
        )
        pairs = tuple(
            GoldPair(topic=p["topic"], asserted=_side(p["asserted"]), denied=_side(p["denied"]))
            for p in data.get("contested") or ()
        )
        gold = GoldDay(day=_day(data["day"]), articles=articles, events=events, contested=pairs)
    except (KeyError, TypeError, IndexError, ValueError) as exc:
        raise ValueError(f"{path}: malformed briefing gold ({exc!r})") from None
    for event in gold.events:
        unknown = event.articles - set(articles)
        if unknown:
            raise ValueError(f"{path}: event {event.id} names articles not listed for the day: {sorted(unknown)}")
    return gold


def load_gold(folder: Path = BRIEFING_EVALS / "gold") -> list[GoldDay]:
    return [load_gold_day(p) for p in sorted(folder.glob("*.yaml"))]


def _place_level(event: BriefingEvent, gold: GoldEvent) -> int:
    """3 when the event's place is one the gold accepts, 2 its region, 1 its country (no place given); else 0."""
    accepted = {place_key(p) for p in gold.places}
    if event.place and place_key(event.place) in accepted:
        return 3
    if event.region and place_key(event.region) in accepted:
        return 2
    if not event.place and event.country and gold.country and folded(event.country) == folded(gold.country):
        return 1
    return 0


def fit(event: BriefingEvent, gold: GoldEvent) -> tuple[int, int]:
    """How well a briefing event fits a gold event: (place level, shared articles); (0, 0) when it does not."""
    shared = len(set(event.article_ids) & gold.articles)
    if not shared:
        return 0, 0
    if not attackers_match({force_key(a) for a in event.attackers}, {force_key(a) for a in gold.attackers}):
        return 0, 0
    if event.date_start is not None:
        end = event.date_end or event.date_start
        if end < gold.dates[0] - DATE_SLACK or event.date_start > gold.dates[1] + DATE_SLACK:
            return 0, 0
    level = _place_level(event, gold)
    return (level, shared) if level else (0, 0)


def _names(side: ClaimSide) -> str:
    return folded(" ".join(x for x in (side.claimant, side.claimant_org) if x))


def side_matches(side: ClaimSide, gold: GoldSide) -> bool:
    if side.article_id != gold.article:
        return False
    names = _names(side)
    return any(folded(c) in names or (names and names in folded(c)) for c in gold.claimants)


def pair_matches(pair: ContestedPair, gold: GoldPair) -> bool:
    return side_matches(pair.asserted, gold.asserted) and side_matches(pair.denied, gold.denied)


@dataclass
class DayScore:
    """One day's counts; ratios are computed over the sums, so days with more events weigh more."""

    day: str
    gold_events: int = 0
    briefing_events: int = 0
    matched_events: int = 0
    split_events: int = 0
    unlisted_events: int = 0
    gold_sources: int = 0
    found_sources: int = 0
    briefing_sources_of_matched: int = 0
    gold_pairs: int = 0
    briefing_pairs: int = 0
    matched_pairs: int = 0
    found_pairs: int = 0
    matches: dict[str, list[str]] = field(default_factory=dict)
    unlisted: list[str] = field(default_factory=list)


def score_day(briefing: Briefing, gold: GoldDay) -> DayScore:
    """Score one day's briefing against its gold."""
    score = DayScore(day=gold.day.isoformat(), gold_events=len(gold.events), briefing_events=len(briefing.events))
    by_gold: dict[str, list[tuple[tuple[int, int], BriefingEvent]]] = {g.id: [] for g in gold.events}
    for event in briefing.events:
        fits = [(fit(event, g), g) for g in gold.events]
        best = max(fits, key=lambda f: f[0], default=((0, 0), None))
        if best[1] is None or best[0] == (0, 0):
            score.unlisted_events += 1
            score.unlisted.append(f"{event.id} {', '.join(event.attackers)} @ {event.place or event.country}")
            continue
        by_gold[best[1].id].append((best[0], event))
    for g in gold.events:
        score.gold_sources += len(g.articles)
        fitted = sorted(by_gold[g.id], key=lambda f: (-f[0][1], -f[0][0], f[1].id))
        score.matches[g.id] = [e.id for _, e in fitted]
        if not fitted:
            continue
        score.matched_events += 1
        score.split_events += len(fitted) - 1
        best_event = fitted[0][1]
        score.found_sources += len(set(best_event.article_ids) & g.articles)
        score.briefing_sources_of_matched += len(best_event.article_ids)
    score.gold_pairs = len(gold.contested)
    score.briefing_pairs = len(briefing.contested)
    score.matched_pairs = sum(1 for p in briefing.contested if any(pair_matches(p, g) for g in gold.contested))
    score.found_pairs = sum(1 for g in gold.contested if any(pair_matches(p, g) for p in briefing.contested))
    return score


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 1.0


def totals(days: list[DayScore]) -> dict[str, float]:
    """The gated figures, over all days."""
    counted = [k for k in DayScore.__dataclass_fields__ if k not in ("day", "matches", "unlisted")]
    s = {k: sum(getattr(d, k) for d in days) for k in counted}
    matched = s["matched_events"]
    return {
        "event_precision": _ratio(matched, s["briefing_events"]),
        "event_recall": _ratio(matched, s["gold_events"]),
        "source_recall": _ratio(s["found_sources"], s["gold_sources"]),
        "gold_sources_per_event": round(s["gold_sources"] / s["gold_events"], 2) if s["gold_events"] else 0.0,
        "briefing_sources_per_matched_event": round(s["briefing_sources_of_matched"] / matched, 2) if matched else 0.0,
        "pair_precision": _ratio(s["matched_pairs"], s["briefing_pairs"]),
        "pair_recall": _ratio(s["found_pairs"], s["gold_pairs"]),
    }


GATED = ("event_precision", "event_recall", "source_recall", "pair_precision", "pair_recall")


def run(
    gold_days: list[GoldDay] | None = None,
    articles_dir: Path = BRIEFING_EVALS / "articles",
    settings: Settings | None = None,
    workdir: Path | None = None,
) -> tuple[list[DayScore], dict[str, float]]:
    """Ingest the gold days' articles into a fresh store, brief each day and score it."""
    from extractor.ingest import ingest
    from extractor.store import Store

    gold_days = gold_days if gold_days is not None else load_gold()
    cfg = settings or Settings(engine="offline")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the corpus files use bare header lines on purpose
        articles = [read_article(articles_dir / f"{aid}.txt") for g in gold_days for aid in g.articles]
    with tempfile.TemporaryDirectory(dir=workdir) as tmp, Store(Path(tmp) / "gold.db") as store:
        result = ingest(articles, store, settings=cfg, concurrency=1)
        if result.failures:
            raise RuntimeError(f"briefing gold articles failed to extract: {result.failures}")
        days = [score_day(brief(g.day, store=store, settings=cfg), g) for g in gold_days]
    return days, totals(days)


def regressions(current: dict[str, float], baseline: dict[str, float], tolerance: float = GATE_TOLERANCE) -> list[str]:
    """Gated figures that fell more than ``tolerance`` below the baseline."""
    return [
        f"{k}: {current[k]:.3f} < baseline {baseline[k]:.3f} - {tolerance}"
        for k in GATED
        if k in baseline and current[k] < baseline[k] - tolerance
    ]


def table(days: list[DayScore], overall: dict[str, float]) -> str:
    """Markdown: one row per day and the totals."""
    lines = [
        "| day | gold events | briefing events | matched | split | not in gold | source recall | gold pairs "
        "| pairs found |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for d in days:
        lines.append(
            f"| {d.day} | {d.gold_events} | {d.briefing_events} | {d.matched_events} | {d.split_events} | "
            f"{d.unlisted_events} | {_ratio(d.found_sources, d.gold_sources):.2f} | {d.gold_pairs} | "
            f"{d.found_pairs} of {d.briefing_pairs} |"
        )
    lines.append("")
    lines.append(
        f"Event precision {overall['event_precision']:.2f}, recall {overall['event_recall']:.2f}; source recall "
        f"{overall['source_recall']:.2f} ({overall['briefing_sources_per_matched_event']:.2f} articles per matched "
        f"event, gold {overall['gold_sources_per_event']:.2f}); contested pairs precision "
        f"{overall['pair_precision']:.2f}, recall {overall['pair_recall']:.2f}."
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extractor.evaluation.briefing_gold", description=__doc__)
    parser.add_argument("--write-baseline", action="store_true", help=f"write the totals to {BASELINE}")
    parser.add_argument("--json", action="store_true", help="print per-day scores and totals as JSON")
    args = parser.parse_args(argv)
    days, overall = run()
    if args.json:
        print(json.dumps({"days": [asdict(d) for d in days], "totals": overall}, indent=2))
    else:
        print(table(days, overall))
        for d in days:
            if d.unlisted:
                print(f"{d.day} events not in the gold: " + "; ".join(d.unlisted))
    if args.write_baseline:
        BASELINE.write_text(json.dumps(overall, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {BASELINE}")
        return 0
    if BASELINE.exists():
        failed = regressions(overall, json.loads(BASELINE.read_text(encoding="utf-8")))
        for line in failed:
            print("regression:", line)
        return 1 if failed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
