"""The briefing-gold gate: real multi-outlet days briefed from a fresh store and scored against hand-labelled
events and contested pairs; CI fails when a gated figure falls below the committed baseline."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from extractor.evaluation.briefing_gold import (
    BASELINE,
    BRIEFING_EVALS,
    GoldDay,
    GoldEvent,
    GoldPair,
    GoldSide,
    load_gold,
    load_gold_day,
    regressions,
    run,
    score_day,
    totals,
)
from extractor.schemas import Briefing, BriefingEvent, ClaimSide, ContestedPair, EventSource

DAY = date(2019, 12, 31)


def _event(
    eid: str, articles: list[str], attackers: list[str], place: str | None, country: str | None
) -> BriefingEvent:
    return BriefingEvent(
        id=eid,
        attackers=attackers,
        place=place,
        country=country,
        date_start=date(2019, 12, 29),
        date_end=date(2019, 12, 29),
        sources=[EventSource(article_id=a) for a in articles],
    )


GOLD = GoldDay(
    day=DAY,
    articles=("a", "b", "c"),
    events=(
        GoldEvent("iraq", ("US military",), ("Iraq", "al-Qaim"), "Iraq", (date(2019, 12, 29),) * 2, frozenset("abc")),
        GoldEvent("syria", ("US military",), ("Syria",), "Syria", (date(2019, 12, 29),) * 2, frozenset("b")),
    ),
    contested=(GoldPair("embassy", GoldSide("a", ("Trump",)), GoldSide("a", ("Iran",))),),
)


def test_a_split_strike_and_an_unlisted_event_count_against_precision_not_recall() -> None:
    briefing = Briefing(
        since=DAY,
        until=DAY,
        generated_at="2026-01-01T00:00:00Z",
        events=[
            _event("E1", ["a", "b"], ["US military"], None, "Iraq"),
            _event("E2", ["c"], ["US military"], "al-Qaim", "Iraq"),  # the same strike, split
            _event("E3", ["a"], ["US military"], "Oaxaca", "Mexico"),  # not a strike the articles report
        ],
        contested=[
            ContestedPair(
                topic="t",
                similarity=0.9,
                asserted=ClaimSide(article_id="a", claimant="Donald Trump", stance="asserts", statement="x"),
                denied=ClaimSide(article_id="a", claimant="Iran", stance="denies", statement="y"),
            ),
            ContestedPair(
                topic="t",
                similarity=0.9,
                asserted=ClaimSide(article_id="b", claimant="Pentagon", stance="asserts", statement="x"),
                denied=ClaimSide(article_id="b", claimant="Iraq", stance="denies", statement="y"),
            ),
        ],
    )
    day = score_day(briefing, GOLD)
    assert (day.matched_events, day.split_events, day.unlisted_events) == (1, 1, 1)
    assert day.matches == {"iraq": ["E1", "E2"], "syria": []}
    overall = totals([day])
    assert overall["event_precision"] == pytest.approx(1 / 3, abs=0.001)
    assert overall["event_recall"] == 0.5
    assert overall["source_recall"] == 0.5  # E1 lists a and b of the Iraq event's a, b, c; Syria's b not found
    assert (overall["pair_precision"], overall["pair_recall"]) == (0.5, 1.0)


def test_gold_files_are_valid_and_name_only_their_days_articles(tmp_path: Path) -> None:
    days = load_gold()
    assert [d.day.isoformat() for d in days] == ["2014-08-08", "2014-09-23", "2014-09-24", "2019-12-31", "2020-01-03"]
    for d in days:
        for aid in d.articles:
            assert (BRIEFING_EVALS / "articles" / f"{aid}.txt").is_file()
    assert sum(len(d.events) for d in days) == 16 and sum(len(d.contested) for d in days) == 2
    broken = tmp_path / "bad.yaml"
    broken.write_text("day: 2020-01-03\narticles: [a]\nevents:\n  - id: x\n    attackers: [US]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="malformed briefing gold"):
        load_gold_day(broken)


def test_regressions_are_figures_below_the_baseline_by_more_than_the_tolerance() -> None:
    base = {"event_precision": 0.5, "event_recall": 0.6, "source_recall": 0.4, "pair_precision": 1.0}
    base["pair_recall"] = 0.0
    assert regressions({**base, "event_recall": 0.59}, base) == []
    assert regressions({**base, "event_recall": 0.55}, base) == ["event_recall: 0.550 < baseline 0.600 - 0.02"]


@pytest.mark.slow
def test_briefings_of_the_real_days_do_not_fall_below_the_committed_baseline(tmp_path: Path) -> None:
    days, overall = run(workdir=tmp_path)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    assert regressions(overall, baseline) == [], overall
    for d in days:  # no strike dated more than 7 days before the day is among the day's events
        assert d.gold_events > 0
