"""Briefings from real pages: dates read from the page, never silently undated, later copies update the store,
the day's strikes apart from earlier ones mentioned, and the seed scenario of issue 15 end to end."""

from __future__ import annotations

import json
import subprocess
import warnings
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from cli_process import run_cli

from extractor.articles import parse_article
from extractor.briefing import brief
from extractor.config import Settings
from extractor.ingest import ingest
from extractor.schemas import (
    Article,
    ArticleExtraction,
    Casualty,
    Evidence,
    Location,
    RunMetadata,
    StrikeReport,
)
from extractor.store import Store
from tests.tests_paths import REPO

RAW_SEEDS = REPO.parent / "shared" / "seeds"
DAY = date(2017, 2, 24)
OFFLINE = Settings(engine="offline")
TODAY = datetime.now(UTC).date()


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, env={"EXTRACTOR_ENGINE": "offline", **(env or {})})


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "b.db") as s:
        yield s


def _strike(attackers: list[str], place: str, when: date | None, killed: int | None = None) -> StrikeReport:
    casualties = [] if killed is None else [Casualty(kind="killed", group="militants", min=killed, max=killed)]
    return StrikeReport(
        attackers=attackers,
        location=Location(place=place),
        strike_date=when,
        date_precision="day" if when else "unknown",
        casualties=casualties,
        evidence=[Evidence(quote="jets struck")],
    )


def _add(store: Store, aid: str, published: date | None, strikes: list[StrikeReport]) -> None:
    article = Article(id=aid, title=f"Headline {aid}", outlet=f"Outlet {aid}", published=published, text=f"Text {aid}.")
    store.add(
        article,
        ArticleExtraction(article_id=aid, strikes=strikes, metadata=RunMetadata(engine="offline", model="rules")),
    )


# --- the day's strikes apart from earlier ones ------------------------------------------------------------------


def test_strikes_dated_over_a_week_before_the_day_are_earlier_strikes_mentioned(store: Store) -> None:
    _add(store, "today", DAY, [_strike(["Egyptian Air Force"], "Derna", DAY, killed=40)])
    _add(
        store,
        "background",
        DAY,
        [
            _strike(["Egyptian Air Force"], "Derna", DAY, killed=40),
            _strike(["US military"], "Sirte", date(2016, 8, 1), killed=500),
            _strike(["French Air Force"], "Benghazi", DAY.replace(day=16), killed=7),
            _strike(["Libyan National Army"], "Tobruk", DAY.replace(day=18), killed=3),
        ],
    )
    b = brief(DAY, store=store, settings=OFFLINE)
    current = {e.place for e in b.events}
    earlier = {e.place for e in b.earlier_events}
    assert current == {"Derna", "Tobruk"} and earlier == {"Sirte", "Benghazi"}
    assert b.counts.events == 2 and b.counts.earlier_events == 2
    assert (b.counts.killed_low, b.counts.killed_high) == (43, 43)  # 40 (Derna) + 3 (Tobruk); 500 and 7 left out


# --- never silently undated ---------------------------------------------------------------------------------------


def test_an_undated_article_that_joins_no_event_is_briefed_on_its_first_seen_day_and_flagged(store: Store) -> None:
    _add(store, "undated", None, [_strike(["Iraqi Air Force"], "Husaybah", None)])
    _add(store, "no-strike", None, [])
    b = brief(TODAY, store=store, settings=OFFLINE)
    assert {a.article_id for a in b.articles} == {"undated", "no-strike"}
    assert all(a.published_source == "first_seen" and a.published == TODAY for a in b.articles)
    assert [e.place for e in b.events] == ["Husaybah"]
    flags = {f.article_id: f for f in b.date_flags}
    assert flags["undated"].kind == "date_unknown_first_seen" and "date unknown: first seen" in flags["undated"].detail
    assert b.counts.undated_first_seen == 2 and b.counts.undated_unplaced == 0
    assert brief(DAY, store=store, settings=OFFLINE).counts.articles == 0  # only on the first-seen day


def test_an_undated_article_that_matches_a_dated_day_is_briefed_there_not_on_its_first_seen_day(store: Store) -> None:
    _add(store, "dated", DAY, [_strike(["Iraqi Air Force"], "Abu Kamal", DAY)])
    _add(store, "undated", None, [_strike(["Iraqi Air Force"], "Abu Kamal", None)])
    on_the_day = brief(DAY, store=store, settings=OFFLINE)
    assert on_the_day.events[0].article_ids == ["dated", "undated"]
    assert brief(TODAY, store=store, settings=OFFLINE).counts.articles == 0


# --- later copies update the stored article -----------------------------------------------------------------------


def test_a_later_copy_with_a_date_header_updates_the_stored_article_and_re_extracts_it(store: Store) -> None:
    body = "Iraqi jets struck Islamic State positions in Abu Kamal on Friday, the military said."
    first = ingest([parse_article(body, article_id="page")], store, settings=OFFLINE)
    assert first.stored == ["page"]
    assert brief(DAY, store=store, settings=OFFLINE).counts.articles == 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        copy = parse_article(f"Title: Iraq strikes Abu Kamal\nDate: {DAY}\n\n{body}", article_id="page")
    again = ingest([copy], store, settings=OFFLINE)
    assert again.updated == ["page"] and again.stored == ["page"]
    b = brief(DAY, store=store, settings=OFFLINE)
    assert [(a.article_id, a.title, a.published_source) for a in b.articles] == [
        ("page", "Iraq strikes Abu Kamal", "header_lines")
    ]
    strike = store.extractions_of("page")[-1][1].strikes[0]
    assert strike.strike_date == DAY  # "on Friday" read against the new publication date


def test_a_date_read_from_the_page_never_replaces_one_a_header_gave(store: Store) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        headed = parse_article(
            f"Title: A\nDate: {DAY}\n\nPosted at 10:10 AM, Feb 20, 2017\nJets struck.", article_id="x"
        )
    bare = parse_article("Posted at 10:10 AM, Feb 20, 2017\nJets struck.", article_id="x")
    assert bare.published == date(2017, 2, 20) and bare.field_sources["published"] == "page_text"
    ingest([headed], store, settings=OFFLINE)
    result = ingest([bare], store, settings=OFFLINE)
    assert result.updated == [] and result.skipped == ["x"]
    assert brief(DAY, store=store, settings=OFFLINE).articles[0].published_source == "header_lines"


@pytest.mark.slow
def test_published_flag_and_argument_override_every_other_date(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("Published: January 24, 2017, 9:08 am\nRussian jets struck Al-Bab on Sunday.\n", encoding="utf-8")
    db = tmp_path / "s.db"
    env = {"EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")}
    done = run("ingest", str(page), "--db", str(db), "--published", "2017-01-25", "--no-progress", env=env)
    assert done.returncode == 0, done.stderr
    with Store(db) as s:
        assert [a.ref.published for a in s.published_between(date(2017, 1, 25), date(2017, 1, 25))] == [
            date(2017, 1, 25)
        ]
    bad = run("ingest", str(page), "--db", str(db), "--published", "24/01/2017", env=env)
    assert bad.returncode == 2 and bad.stderr.strip().splitlines()[-1].startswith("error: --published:")
    with Store(tmp_path / "api.db") as s:
        ingest([parse_article(page.read_text())], s, settings=OFFLINE, published="2017-01-26")
        assert s.published_between(date(2017, 1, 26), date(2017, 1, 26))[0].ref.published_source == "argument"


@pytest.mark.slow
def test_an_over_long_header_line_is_a_warning_on_the_command_line(tmp_path: Path) -> None:
    page = tmp_path / "long.txt"
    page.write_text(
        f"Title: Jets strike Raqqa\nSource: {'Reuters ' * 60}\nDate: 2017-02-24\n\nJets struck Raqqa.\n",
        encoding="utf-8",
    )
    done = run("extract", str(page), "-f", "json", env={"EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")})
    assert done.returncode == 0, done.stderr
    assert "header line 2 'Source:' is 479 characters long (over 300)" in done.stderr
    assert json.loads(done.stdout)[0]["article"]["published"] == "2017-02-24"


# --- the "done when": raw seed pages, no header -----------------------------------------------------------


@pytest.mark.slow
def test_raw_seed_pages_give_the_abu_kamal_strike_with_fna_attached_and_the_joint_strike_denial(
    tmp_path: Path,
) -> None:
    db = tmp_path / "seeds.db"
    env = {"EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")}
    done = run("ingest", str(RAW_SEEDS), "--db", str(db), "--no-progress", env=env)
    assert done.returncode == 0, done.stderr
    shown = run("brief", "--since", "2016-01-01", "--until", str(TODAY), "--db", str(db), "-f", "json", env=env)
    assert shown.returncode == 0, shown.stderr
    from extractor.schemas import Briefing

    b = Briefing.model_validate_json(shown.stdout)
    cnn, fna, fwm = "003_9cc2b0cbab66e857", "000_10b9577d5e68d44a", "004_b350b929a5cbc7af"
    [abu_kamal] = [e for e in b.events if cnn in e.article_ids and e.place == "Abu Kamal"]
    assert "Iraqi Air Force" in abu_kamal.attackers and fna in abu_kamal.article_ids
    source = {s.article_id: s for s in abu_kamal.sources}
    assert source[cnn].published == date(2017, 2, 24) and source[fna].outlet == "FNA"
    refs = {a.article_id: a for a in b.articles}
    assert refs[cnn].published_source == "page_text" and refs[cnn].title.startswith("Iraq conducts first airstrikes")
    joint = [
        p
        for p in b.contested
        if p.asserted.article_id == fwm and "joint" in p.asserted.statement.lower() and p.denied.article_id == fwm
    ]
    assert joint and all("Pentagon" in (p.denied.claimant_org or p.denied.claimant) for p in joint)
    assert all(a.published is not None for a in b.articles if a.article_id != fna)  # none silently undated


# --- reports without attackers, negations that govern only their clause -----------------------------------------


def test_a_report_naming_no_attacker_joins_the_one_attributed_event_at_that_place(store: Store) -> None:
    _add(store, "attributed", DAY, [_strike(["US military"], "Baghdad", DAY, killed=10)])
    _add(store, "unattributed", DAY, [_strike([], "Baghdad", DAY, killed=12)])
    _add(store, "elsewhere", DAY, [_strike([], "Basra", DAY)])
    b = brief(DAY, store=store, settings=OFFLINE)
    [baghdad] = [e for e in b.events if e.place == "Baghdad"]
    assert baghdad.article_ids == ["attributed", "unattributed"] and baghdad.attackers == ["US military"]
    assert baghdad.figures[0].conflicting and (baghdad.figures[0].low, baghdad.figures[0].high) == (10, 12)
    assert [e.article_ids for e in b.events if e.place == "Basra"] == [["elsewhere"]]
    assert [e.id for e in b.events] == ["E1", "E2"]


def test_a_report_naming_no_attacker_stays_apart_when_two_attributed_events_fit(store: Store) -> None:
    _add(store, "us", DAY, [_strike(["US military"], "Mosul", DAY)])
    _add(store, "iraq", DAY, [_strike(["Iraqi Air Force"], "Mosul", DAY)])
    _add(store, "who", DAY, [_strike([], "Mosul", DAY)])
    b = brief(DAY, store=store, settings=OFFLINE)
    assert sorted(e.article_ids for e in b.events) == [["iraq"], ["us"], ["who"]]


def test_a_negation_contests_only_what_it_governs() -> None:
    from extractor.briefing.contested import statement_keys

    assert (
        statement_keys(
            "She did not receive any prior notification of the drone strike in Baghdad, which killed Soleimani"
        )[2]
        == frozenset()
    )
    assert statement_keys("No civilians were killed in the strike")[2] == frozenset({"civilian harm"})
    assert statement_keys("There is no military-to-military coordination for airstrikes")[2] == {"coordination"}


def test_a_denial_is_not_contested_by_an_assertion_about_other_parties(store: Store) -> None:
    from extractor.schemas import Claim

    claims = [
        Claim(claimant="Sputnik", stance="asserts", statement="Russia had received coordinates from the US"),
        Claim(claimant="Interfax", stance="asserts", statement="Militants were eliminated in the joint strike"),
        Claim(claimant="Sputnik", stance="asserts", statement="Russia conducted joint strikes with Turkish warplanes"),
        Claim(
            claimant="Russian Defense Ministry",
            stance="asserts",
            statement="The Russian Aerospace Forces and the Turkish Air Force conducted a joint operation",
        ),
        Claim(
            claimant="Adrian Rankine-Galloway",
            claimant_org="Pentagon",
            stance="denies",
            statement="There is no military-to-military coordination for airstrikes over targets in Syria",
        ),
    ]
    article = Article(id="fwm", title="Joint or not?", published=DAY, text="Text.")
    store.add(
        article,
        ArticleExtraction(
            article_id="fwm",
            strikes=[_strike(["Russian Aerospace Forces"], "Al-Bab", DAY)],
            claims=claims,
            metadata=RunMetadata(engine="offline", model="rules"),
        ),
    )
    b = brief(DAY, store=store, settings=OFFLINE)
    assert sorted(p.asserted.claimant for p in b.contested) == ["Interfax", "Sputnik"]
    assert [p.asserted.statement for p in b.contested if p.asserted.claimant == "Sputnik"] == [
        "Russia had received coordinates from the US"
    ]
