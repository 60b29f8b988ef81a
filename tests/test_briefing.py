"""Briefings from a real SQLite store of constructed extractions: merging, figures, contested, dates, output."""

from __future__ import annotations

import itertools
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from browser import dump_dom, screenshot
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from extractor.briefing import BriefingError, brief, render
from extractor.briefing.events import EventMerger, Report, _sort_key
from extractor.briefing.matching import attackers_match, date_gap, dates_compatible, names_match, place_score
from extractor.briefing.narrative import NarrativeDraft
from extractor.config import Settings
from extractor.schemas import (
    Article,
    ArticleExtraction,
    ArticleRef,
    Briefing,
    Casualty,
    Claim,
    Evidence,
    Location,
    RunMetadata,
    StrikeReport,
)
from extractor.store import Store, StrikeKey
from extractor.testing.fault_server import FaultServer, ok

DAY = date(2017, 2, 24)
OFFLINE = Settings(engine="offline")
PROBE = '<script>document.documentElement.setAttribute("data-pwned", "1")</script>'


def article(
    aid: str, published: date | None = DAY, outlet: str | None = None, title: str | None = None, url: str | None = None
) -> Article:
    return Article(
        id=aid,
        title=title or f"Report {aid}",
        outlet=outlet or f"Outlet {aid}",
        url=url,
        published=published,
        text=f"Full text of article {aid}.",
    )


def strike(
    attackers: list[str],
    place: str | None,
    when: date | None = DAY,
    precision: str = "day",
    region: str | None = None,
    killed: tuple[int | None, int | None] | None = None,
    group: str = "militants",
    reported_by: tuple[str, ...] = (),
    quote: str = "jets struck",
) -> StrikeReport:
    casualties = (
        []
        if killed is None
        else [
            Casualty(
                kind="killed", group=group, min=killed[0], max=killed[1], evidence=[Evidence(quote=f"{killed} killed")]
            )
        ]
    )
    return StrikeReport(
        attackers=attackers,
        location=Location(place=place, region=region),
        strike_date=when,
        date_precision=precision,
        casualties=casualties,
        reported_by=list(reported_by),
        evidence=[Evidence(quote=quote)],
    )


def claim(claimant: str, stance: str, statement: str, org: str | None = None) -> Claim:
    return Claim(claimant=claimant, claimant_org=org, stance=stance, statement=statement)


def extraction(a: Article, strikes: list[StrikeReport] = (), claims: list[Claim] = ()) -> ArticleExtraction:
    return ArticleExtraction(
        article_id=a.id,
        strikes=list(strikes),
        claims=list(claims),
        metadata=RunMetadata(engine="offline", model="rules", prompt_hash="r1"),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "briefing.db") as s:
        yield s


def add(store: Store, a: Article, strikes: list[StrikeReport] = (), claims: list[Claim] = ()) -> None:
    store.add(a, extraction(a, strikes, claims))


def event_with(b: Briefing, article_id: str):
    return next(e for e in b.events if article_id in e.article_ids)


def test_same_strike_from_several_outlets_is_one_event_across_alias_spellings(store: Store) -> None:
    add(store, article("cnn"), [strike(["Iraqi fighter jets"], "Albu Kamal")])
    add(
        store, article("reuters"), [strike(["Iraqi Air Force"], "Al-Bukamal", DAY.replace(day=23), region="Deir Ezzur")]
    )
    add(
        store,
        article("ap"),
        [strike(["Iraqi warplanes", "US-led coalition"], "Abukamal", DAY.replace(day=20), precision="week")],
    )
    add(store, article("afp"), [strike(["Iraqi Air Force"], "Mosul")])  # other place
    add(store, article("bbc"), [strike(["Russian warplanes"], "Al Bukamal")])  # other force
    add(store, article("old"), [strike(["Iraqi Air Force"], "Abu Kamal", date(2017, 2, 20))])  # other date
    add(store, article("fuzzy1"), [strike(["Syrian Air Force"], "Maskanah")])  # spelling no lexicon lists
    add(store, article("fuzzy2"), [strike(["Syrian warplanes"], "Maskana")])
    add(store, article("twice"), [strike(["Turkish jets"], "Al-Bab", DAY), strike(["Turkish jets"], "Al-Bab", DAY)])

    b = brief(DAY, store=store, settings=OFFLINE)

    merged = event_with(b, "cnn")
    assert sorted(merged.article_ids) == ["ap", "cnn", "reuters"]
    assert merged.place == "Abu Kamal" and merged.region == "Deir ez-Zor" and merged.country == "Syria"
    assert merged.attackers[0] == "Iraqi Air Force" and "US-led coalition" in merged.attackers
    assert (merged.date_start, merged.date_end, merged.date_precision) == (date(2017, 2, 20), DAY, "day")
    assert {s.place for s in merged.sources} == {"Albu Kamal", "Al-Bukamal", "Abukamal"}
    for alone in ("afp", "bbc", "old"):
        assert event_with(b, alone).article_ids == [alone]
    assert sorted(event_with(b, "fuzzy1").article_ids) == ["fuzzy1", "fuzzy2"]
    assert [len(e.sources) for e in b.events if "twice" in e.article_ids] == [1, 1]  # one article's two strikes
    assert b.events[0].id == "E1" and len(b.events[0].article_ids) == 3
    assert b.counts.events == len(b.events) == 7 and b.counts.multi_source_events == 2 and b.counts.articles == 9


def test_conflicting_figures_are_ranges_with_who_says_what(store: Store) -> None:
    add(
        store,
        article("a", outlet="CNN"),
        [strike(["Iraqi Air Force"], "Fallujah", killed=(200, 200), reported_by=("Joint Operations Command",))],
    )
    add(
        store,
        article("b", outlet="AFP"),
        [strike(["Iraqi jets"], "Fallujah", killed=(None, 250), reported_by=("Pentagon",))],
    )
    add(
        store,
        article("c", outlet="AP"),
        [strike(["Iraqi Air Force"], "Fallujah", killed=(200, 250), group="civilians")],
    )
    add(store, article("d", outlet="BBC"), [strike(["Syrian Air Force"], "Idlib", killed=(12, 12))])
    add(store, article("e", outlet="DW"), [strike(["Syrian Air Force"], "Idlib", killed=(12, 12))])

    b = brief(DAY, store=store, settings=OFFLINE)

    fallujah = event_with(b, "a")
    militants = next(f for f in fallujah.figures if f.group == "militants")
    assert (militants.kind, militants.low, militants.high, militants.conflicting) == ("killed", 200, 250, True)
    said = {v.outlet: (v.min, v.max, v.reported_by) for v in militants.values}
    assert said == {"CNN": (200, 200, ["Joint Operations Command"]), "AFP": (None, 250, ["Pentagon"])}
    civilians = next(f for f in fallujah.figures if f.group == "civilians")
    assert (civilians.low, civilians.high, civilians.conflicting) == (200, 250, False)
    idlib = event_with(b, "d").figures[0]
    assert (idlib.low, idlib.high, idlib.conflicting, len(idlib.values)) == (12, 12, False, 2)
    assert (b.counts.killed_low, b.counts.killed_high) == (200 + 200 + 12, 250 + 250 + 12)
    md = render(b, "md")
    assert "militants killed: 200\u2013250 (sources differ)" in md
    assert "AFP [b], citing Pentagon: up to 250" in md


def test_assertion_and_denial_of_the_same_thing_are_a_contested_pair(store: Store) -> None:
    add(
        store,
        article("joint", outlet="Free West Media", published=date(2017, 1, 24)),
        [strike(["Russian Aerospace Forces", "international coalition"], "Al-Bab", date(2017, 1, 22))],
        [
            claim("Russian Defense Ministry", "asserts", "Russian and coalition jets conducted a joint strike"),
            claim(
                "Adrian Rankine-Galloway",
                "denies",
                "There is no military-to-military coordination for airstrikes",
                org="Pentagon",
            ),
            claim("Russian Defense Ministry", "asserts", "ISIS storage facilities were destroyed"),
            claim("Local council", "denies", "No civilians were killed in the strike"),
        ],
    )
    # A claim in another article about the same strike can contradict one here.
    add(
        store,
        article("other", outlet="TASS", published=date(2017, 1, 24)),
        [strike(["Russian warplanes"], "al-Bab", date(2017, 1, 22))],
        [claim("Turkish military", "asserts", "Dozens of militants were killed in the raid")],
    )
    # Same topic, but an unrelated strike in an unrelated article: not paired.
    add(
        store,
        article("elsewhere", published=date(2017, 1, 24)),
        [strike(["US military"], "Sirte")],
        [claim("AFRICOM", "denies", "There was no coordination with Libyan forces")],
    )

    b = brief(date(2017, 1, 24), store=store, settings=OFFLINE)

    by_topic = {p.topic: p for p in b.contested}
    assert set(by_topic) == {"coordination"}
    pair = by_topic["coordination"]
    assert pair.asserted.claimant == "Russian Defense Ministry" and "joint strike" in pair.asserted.statement
    assert pair.denied.claimant_org == "Pentagon" and pair.denied.article_id == "joint"
    assert pair.event_ids == [event_with(b, "joint").id]
    assert b.counts.contested_pairs == 1


def test_negated_assertion_counts_as_a_denial_and_pairs_across_articles_of_one_event(store: Store) -> None:
    add(
        store,
        article("ministry"),
        [strike(["Iraqi Air Force"], "Abu Kamal")],
        [claim("Joint Operation Command", "asserts", "The airstrikes were coordinated with the Damascus government")],
    )
    add(
        store,
        article("denial"),
        [strike(["Iraqi jets"], "Albu Kamal")],
        [claim("Syrian opposition spokesman", "asserts", "Damascus was not coordinating with Baghdad on the raid")],
    )
    b = brief(DAY, store=store, settings=OFFLINE)
    assert len(b.contested) == 1
    pair = b.contested[0]
    assert (pair.asserted.article_id, pair.denied.article_id) == ("ministry", "denial")
    assert pair.topic == "coordination" and pair.event_ids == ["E1"]


def test_date_flags_and_undated_articles_join_only_matching_events(store: Store) -> None:
    add(store, article("dated"), [strike(["Iraqi fighter jets"], "Albu Kamal")])
    add(store, article("undated-match", published=None), [strike(["Iraqi Air Force"], "Al-Bukamal", None)])
    add(store, article("undated-other", published=None), [strike(["Iraqi Air Force"], "Mosul", None)])
    add(
        store,
        article("undated-wrong-date", published=None),
        [strike(["Iraqi Air Force"], "Abu Kamal", date(2016, 5, 1))],
    )
    add(store, article("future"), [strike(["Syrian Air Force"], "Idlib", date(2017, 3, 2))])
    add(store, article("stale"), [strike(["Syrian Air Force"], "Hama", date(2016, 11, 1), precision="month")])
    add(store, article("next-day", published=date(2017, 2, 25)), [strike(["Iraqi Air Force"], "Mosul")])

    b = brief(DAY, store=store, settings=OFFLINE)

    merged = event_with(b, "dated")
    assert merged.article_ids == ["dated", "undated-match"]
    assert [s.undated_match for s in merged.sources] == [False, True]
    assert not any("undated-other" in e.article_ids or "next-day" in e.article_ids for e in b.events)
    flags = {(f.article_id, f.kind) for f in b.date_flags}
    assert flags == {
        ("undated-match", "no_publication_date"),
        ("future", "strike_after_publication"),
        ("stale", "far_from_publication"),
    }
    undated = next(f for f in b.date_flags if f.article_id == "undated-match")
    assert merged.id in undated.detail
    assert (b.counts.articles, b.counts.undated_attached, b.counts.undated_unplaced) == (3, 1, 2)
    # The undated Mosul report joins the next day's Mosul event instead.
    nxt = brief(date(2017, 2, 25), store=store, settings=OFFLINE)
    assert nxt.events[0].article_ids == ["next-day", "undated-other"]


def test_deterministic_narrative_cites_only_articles_of_its_events(store: Store) -> None:
    add(
        store,
        article("a", outlet="CNN"),
        [strike(["Iraqi Air Force"], "Abu Kamal", killed=(200, 200))],
        [claim("Joint Operation Command", "asserts", "The strike was coordinated with Damascus")],
    )
    add(
        store,
        article("b", outlet="FNA", published=None),
        [strike(["Iraqi jets"], "Al-Bukamal", None, killed=(None, 250))],
        [claim("Syrian opposition", "denies", "There was any coordination with Damascus")],
    )
    add(store, article("c", outlet="AP"), [strike(["Russian jets"], "Al-Bab")])

    b = brief(DAY, store=store, settings=OFFLINE)

    known = {a for e in b.events for a in e.article_ids}
    assert b.narrative.written_by == "template" and b.narrative.sentences
    for sentence in b.narrative.sentences:
        assert sentence.article_ids and set(sentence.article_ids) <= known
    first = b.narrative.sentences[0]
    assert "Iraqi Air Force struck" in first.text and "Abu Kamal" in first.text and "200\u2013250" in first.text
    assert first.article_ids == ["a", "b"]
    assert any("contradicts" in s.text and s.article_ids == ["a", "b"] for s in b.narrative.sentences)
    assert b.narrative.sentences[-1].article_ids == ["b"]  # the date-flag sentence
    assert brief(DAY, store=store, settings=OFFLINE).narrative == b.narrative


def test_narrative_response_model_rejects_unknown_citations_or_drops_them_when_lenient() -> None:
    raw = {"sentences": [{"text": "Known.", "article_ids": ["a"]}, {"text": "Invented.", "article_ids": ["zzz"]}]}
    with pytest.raises(ValidationError, match="zzz"):
        NarrativeDraft.model_validate(raw, context={"known_ids": {"a"}})
    lenient: dict[str, Any] = {"known_ids": {"a"}, "lenient": True}
    draft = NarrativeDraft.model_validate(raw, context=lenient)
    assert [s.text for s in draft.sentences] == ["Known."] and lenient["dropped_sentences"] == 1
    with pytest.raises(ValidationError):
        NarrativeDraft.model_validate({"sentences": [{"text": "Uncited.", "article_ids": []}]})


def data_ids(request: dict[str, Any]) -> list[str]:
    user = (
        request["messages"][-1]["content"]
        if request["messages"][-1]["role"] == "user"
        else next(m["content"] for m in request["messages"] if m["role"] == "user")
    )
    data = json.loads(re.search(r"<<<DATA (\w+)\n(.*)\nDATA \1>>>", user, re.DOTALL).group(2))
    return sorted({s["article_id"] for e in data["events"] for s in e["sources"]})


def llm(stub: FaultServer, tmp_path: Path) -> Settings:
    return stub.llm_settings(tmp_path / "cache", max_validation_attempts=3)


def test_llm_narrative_is_reasked_on_an_unknown_citation_then_cached(store: Store, tmp_path: Path) -> None:
    add(store, article("a"), [strike(["Iraqi Air Force"], "Abu Kamal")])
    add(store, article("b"), [strike(["Iraqi jets"], "Albu Kamal")])
    answers = iter(
        [
            {"sentences": [{"text": "Iraqi jets struck Abu Kamal.", "article_ids": ["a", "made-up"]}]},
            {"sentences": [{"text": "Two outlets report an Iraqi strike on Abu Kamal.", "article_ids": ["a", "b"]}]},
        ]
    )
    stub = FaultServer([ok(answer) for answer in answers])
    try:
        b = brief(DAY, store=store, settings=llm(stub, tmp_path))
        assert b.narrative.written_by == "llm" and b.narrative.model == stub.model
        assert [s.article_ids for s in b.narrative.sentences] == [["a", "b"]]
        assert len(stub.requests) == 2 and data_ids(stub.requests[0]) == ["a", "b"]
        assert "made-up" in json.dumps(stub.requests[1]["messages"][-1])  # the re-ask names the bad id
        again = brief(DAY, store=store, settings=llm(stub, tmp_path))
        assert again.narrative == b.narrative and len(stub.requests) == 2  # served from the cache
    finally:
        stub.close()


def test_llm_sentence_still_miscited_after_the_last_attempt_is_dropped(store: Store, tmp_path: Path) -> None:
    add(store, article("a"), [strike(["Iraqi Air Force"], "Abu Kamal")])
    stub = FaultServer(
        ok(
            {
                "sentences": [
                    {"text": "An Iraqi strike hit Abu Kamal.", "article_ids": ["a"]},
                    {"text": "Dozens died, officials said.", "article_ids": ["nowhere"]},
                ]
            }
        )
    )
    try:
        b = brief(DAY, store=store, settings=llm(stub, tmp_path))
        assert len(stub.requests) == 3
        assert [s.text for s in b.narrative.sentences] == ["An Iraqi strike hit Abu Kamal."]
        assert b.narrative.dropped_sentences == 1 and b.narrative.written_by == "llm"
        assert "1 sentence(s) dropped" in render(b, "md")
    finally:
        stub.close()


def test_unreachable_llm_falls_back_to_the_template_with_a_note(store: Store, tmp_path: Path) -> None:
    add(store, article("a"), [strike(["Iraqi Air Force"], "Abu Kamal")])
    cfg = Settings(
        engine="llm",
        base_url="http://127.0.0.1:9/v1",
        model="x",
        cache_dir=tmp_path / "c",
        max_transport_attempts=1,
        timeout_s=2,
    )
    b = brief(DAY, store=store, settings=cfg)
    assert b.narrative.written_by == "template" and b.narrative.sentences
    assert b.narrative.note and "LLM summary failed" in b.narrative.note


def test_markdown_and_json_output(store: Store) -> None:
    add(
        store,
        article("a", title=f"Strike {PROBE} | pipes *stars*", outlet="CNN"),
        [strike(["Iraqi Air Force"], "Abu Kamal", killed=(4, None))],
    )
    b = brief("2017-02-24", store=str(store.path), settings=OFFLINE)
    md = render(b, "md")
    assert md.startswith("# Strike briefing: 2017-02-24\n")
    assert re.search(r"^\| E1 \| 2017-02-24 \(day\) \| Iraqi Air Force \| Abu Kamal, Deir ez-Zor, Syria \|", md, re.M)
    assert "militants killed: at least 4" in md
    assert "<script>" not in md and r"\<script\>" in md and r"\| pipes \*stars\*" in md
    again = Briefing.model_validate_json(render(b, "json"))
    assert again == b


def test_bad_periods_are_one_line_errors(store: Store) -> None:
    for kwargs, message in [
        ({"date": "2017-02-30"}, "--date: expected a date as YYYY-MM-DD"),
        ({"since": "2017-02-02", "until": "2017-02-01"}, "is before --since"),
        ({"date": "2017-02-01", "since": "2017-02-01"}, "not both"),
        ({"date": "2017-1-24"}, "--date: expected a date as YYYY-MM-DD"),
    ]:
        with pytest.raises(BriefingError, match=message) as err:
            brief(store=store, settings=OFFLINE, **kwargs)
        assert "\n" not in str(err.value)


def test_a_range_covers_every_day_in_it(store: Store) -> None:
    add(store, article("jan", published=date(2017, 1, 24)), [strike(["Russian jets"], "Al-Bab", date(2017, 1, 22))])
    add(store, article("feb", published=DAY), [strike(["Iraqi jets"], "Abu Kamal")])
    add(store, article("mar", published=date(2017, 3, 1)), [strike(["Iraqi jets"], "Mosul", date(2017, 3, 1))])
    b = brief(since="2017-01-01", until="2017-02-28", store=store, settings=OFFLINE)
    assert sorted(a.article_id for a in b.articles) == ["feb", "jan"] and b.counts.events == 2


@pytest.mark.chromium
def test_html_renders_in_chromium_and_article_content_cannot_run_script(store: Store, tmp_path: Path) -> None:
    control = tmp_path / "control.html"
    control.write_text(f"<!DOCTYPE html><html><head></head><body>{PROBE}</body></html>", encoding="utf-8")
    assert re.search(r"<html[^>]*data-pwned", dump_dom(control)), "the probe must work on an unescaped page"

    add(
        store,
        article("a", title=f"Title {PROBE}", outlet="CNN", url="javascript:alert(1)"),
        [strike(["Iraqi Air Force"], "Abu Kamal", killed=(200, 200), quote=PROBE)],
        [claim("Joint Operation Command", "asserts", f"The strike was coordinated {PROBE}")],
    )
    add(
        store,
        article("b", outlet=f'FNA <img src=x onerror="{PROBE}">', url="https://example.org/b"),
        [strike(["Iraqi jets"], "Al-Bukamal", killed=(None, 250))],
        [claim("Opposition", "denies", "There was no coordination with Damascus")],
    )
    html = render(brief(DAY, store=store, settings=OFFLINE), "html")
    assert "<script" not in html.lower() and "<img" not in html.lower() and "javascript:" not in html
    assert 'href="https://example.org/b"' in html
    page = tmp_path / "briefing.html"
    page.write_text(html, encoding="utf-8")

    dom = dump_dom(page)
    assert not re.search(r"<html[^>]*data-pwned", dom)
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
    assert "Title &lt;script&gt;document.documentElement.setAttribute" in dom  # shown as text
    assert dom.count('<tr id="E') == 1 and 'class="side asserts"' in dom and 'class="side denies"' in dom
    assert "200\u2013250" in dom and "sources differ" in dom

    png = screenshot(page, tmp_path / "briefing.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000


FORCE_SPELLINGS = ["Iraqi Air Force", "Iraqi jets", "Russian warplanes", "Russian Aerospace Forces", "Turkish jets"]
PLACE_SPELLINGS = ["Abu Kamal", "Albu Kamal", "Al-Bukamal", "Al-Bab", "al-Bab", "Mosul", None]


@given(
    st.lists(
        st.tuples(
            st.integers(0, 5),
            st.sampled_from(FORCE_SPELLINGS),
            st.sampled_from(PLACE_SPELLINGS),
            st.integers(0, 6),
            st.sampled_from(["day", "week", "month", "unknown"]),
        ),
        min_size=1,
        max_size=25,
    )
)
@settings(max_examples=150, deadline=None)
def test_every_report_lands_in_exactly_one_event_whose_members_all_match(
    rows: list[tuple[int, str, str | None, int, str]],
) -> None:
    merger = EventMerger()
    reports = [
        Report.of(
            ArticleRef(article_id=f"a{art}", published=DAY),
            strike([force], place, DAY.replace(day=10 + offset), precision),
        )
        for art, force, place, offset, precision in rows
    ]
    merger.add_all(reports)
    placed = [r for cluster in merger.clusters for r in cluster]
    assert sorted(map(id, placed)) == sorted(map(id, reports))
    for cluster in merger.clusters:
        ids = [r.ref.article_id for r in cluster]
        assert len(ids) == len(set(ids))
        for a, b in itertools.combinations(cluster, 2):
            assert attackers_match(a.attackers, b.attackers) and place_score(a.places, b.places) > 0
            assert dates_compatible(a.interval, b.interval)
    events = merger.events()
    assert sum(len(e.sources) for e in events) == len(reports)
    assert [e.id for e in events] == [f"E{i}" for i in range(1, len(events) + 1)]


class ExhaustiveMerger:
    """The merge without blocking: a report is scored against every member of every cluster sharing an attacker."""

    def __init__(self) -> None:
        self.clusters: list[list[Report]] = []
        self.by_attacker: dict[str, set[int]] = defaultdict(set)

    def candidates(self, attackers: frozenset[str]) -> set[int]:
        found: set[int] = set()
        for key in attackers:
            if key in self.by_attacker:
                found |= self.by_attacker[key]
            else:
                for known, indexes in self.by_attacker.items():
                    if names_match(key, known):
                        found |= indexes
        return found

    def score(self, cluster: list[Report], report: Report) -> float:
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

    def best(self, report: Report) -> int | None:
        best, best_score = None, 0.0
        for index in sorted(self.candidates(report.attackers)) if report.mergeable else ():
            score = self.score(self.clusters[index], report)
            if score > best_score:
                best, best_score = index, score
        return best

    def add(self, report: Report, *, may_start: bool) -> bool:
        best = self.best(report)
        if best is None:
            if not may_start:
                return False
            best = len(self.clusters)
            self.clusters.append([])
        self.clusters[best].append(report)
        for key in report.attackers:
            self.by_attacker[key].add(best)
        return True


MERGE_FORCES = [
    ["Iraqi Air Force"],
    ["Iraqi Air Forse"],
    ["Iraqi jets", "US-led coalition"],
    ["Russian warplanes"],
    ["Turkish jets"],
    ["Syrian Air Force"],
    [" "],
]
MERGE_PLACES = [
    ("Abu Kamal", None),
    ("Albu Kamal", None),
    ("Abu Kamall", None),
    ("Abou Kamal", "Deir ez-Zor"),
    (None, "Deir ez-Zor"),
    ("Deir Ezzor", None),
    ("Al-Bab", None),
    ("al-Baab", "Aleppo"),
    (None, "Aleppo"),
    ("Mosul", None),
    (None, None),
]


@given(
    st.lists(
        st.tuples(
            st.integers(0, 8),
            st.booleans(),
            st.sampled_from(MERGE_FORCES),
            st.sampled_from(MERGE_PLACES),
            st.integers(0, 4),
            st.sampled_from(["day", "day", "week", "month", "unknown"]),
        ),
        min_size=1,
        max_size=40,
    )
)
@settings(max_examples=200, deadline=None)
def test_blocked_merge_equals_exhaustive_merge(rows: list[tuple[int, bool, list[str], tuple, int, str]]) -> None:
    dated, undated = [], []
    for art, is_dated, forces, (place, region), offset, precision in rows:
        when = DAY.replace(day=10 + offset) if is_dated else None
        ref = ArticleRef(article_id=f"{'d' if is_dated else 'u'}{art}", published=DAY if is_dated else None)
        report = Report.of(ref, strike(forces, place, when, precision if is_dated else "unknown", region=region))
        (dated if is_dated else undated).append(report)
    merger, exhaustive = EventMerger(), ExhaustiveMerger()
    merger.add_all(dated)
    for report in sorted(dated, key=_sort_key):
        exhaustive.add(report, may_start=True)
    for index, report in enumerate(undated):
        s = report.strike
        key = StrikeKey(
            index,
            report.ref.article_id,
            0,
            tuple(s.attackers),
            s.location.place,
            s.location.region,
            s.strike_date,
            s.date_precision,
        )
        assert merger.could_join(key) == (report.mergeable and exhaustive.best(report) is not None)
        assert merger.add(report, may_start=False) == exhaustive.add(report, may_start=False)
    assert [[id(r) for r in c] for c in merger.clusters] == [[id(r) for r in c] for c in exhaustive.clusters]


def test_undated_report_of_attackers_who_struck_that_place_on_several_days_is_not_placed(store: Store) -> None:
    add(store, article("monday"), [strike(["Iraqi Air Force"], "Abu Kamal")])
    add(store, article("tuesday", published=date(2017, 2, 25)), [strike(["Iraqi jets"], "Abu Kamal")])
    add(store, article("undated", published=None), [strike(["Iraqi Air Force"], "Abu Kamal", None)])
    add(store, article("undated-unique", published=None), [strike(["Syrian Air Force"], "Abu Kamal", None)])
    add(store, article("syrian", published=DAY), [strike(["Syrian Air Force"], "Abu Kamal")])

    for day in (DAY, date(2017, 2, 25)):
        b = brief(day, store=store, settings=OFFLINE)
        assert not any("undated" in e.article_ids for e in b.events), day
    b = brief(DAY, store=store, settings=OFFLINE)
    assert event_with(b, "syrian").article_ids == ["syrian", "undated-unique"]
    assert (b.counts.undated_attached, b.counts.undated_unplaced) == (1, 1)
