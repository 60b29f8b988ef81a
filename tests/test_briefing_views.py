"""The briefing as an analyst reads it, rendered in headless Chromium: headlines not ids, evidence highlighted in
the article text, a timeline by day, a self-contained map; a 100-event day and an empty day; no network request."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from browser import artifact, dump_dom, requests_leaving, screenshot

from extractor.briefing import brief, render
from extractor.briefing.geo import locate, svg_map
from extractor.config import Settings
from extractor.schemas import (
    Article,
    ArticleExtraction,
    BriefingEvent,
    CharInterval,
    Claim,
    Evidence,
    Location,
    RunMetadata,
    StrikeReport,
)
from extractor.store import Store

pytestmark = pytest.mark.chromium

DAY = date(2017, 2, 24)
OFFLINE = Settings(engine="offline")
TOWNS = [
    ("Raqqa", "Syria"), ("Mosul", "Iraq"), ("Aleppo", "Syria"), ("Idlib", "Syria"), ("Homs", "Syria"),
    ("Hama", "Syria"), ("Deir ez-Zor", "Syria"), ("Kirkuk", "Iraq"), ("Tikrit", "Iraq"), ("Ramadi", "Iraq"),
    ("Fallujah", "Iraq"), ("Baghdad", "Iraq"), ("Erbil", "Iraq"), ("Sirte", "Libya"), ("Benghazi", "Libya"),
    ("Derna", "Libya"), ("Sanaa", "Yemen"), ("Aden", "Yemen"), ("Kandahar", "Afghanistan"), ("Kunduz", "Afghanistan"),
]  # fmt: skip
FORCES = ["US military", "Russian Aerospace Forces", "Iraqi Air Force", "Turkish Air Force", "Royal Air Force"]


def _article(aid: str, title: str, text: str, published: date | None = DAY, outlet: str = "Wire") -> Article:
    return Article(id=aid, title=title, outlet=outlet, published=published, text=text)


def _grounded(text: str, quote: str) -> Evidence:
    start = text.index(quote)
    return Evidence(quote=quote, char_interval=CharInterval(start=start, end=start + len(quote)))


def _store_with(store: Store, article: Article, strikes: list[StrikeReport], claims: list[Claim] = ()) -> None:
    store.add(
        article,
        ArticleExtraction(
            article_id=article.id,
            strikes=strikes,
            claims=list(claims),
            metadata=RunMetadata(engine="offline", model="rules"),
        ),
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "views.db") as s:
        yield s


def _html(tmp_path: Path, name: str, text: str) -> Path:
    page = tmp_path / f"{name}.html"
    page.write_text(text, encoding="utf-8")
    return page


def test_a_100_event_day_renders_with_headlines_timeline_map_and_highlighted_quotes(
    store: Store, tmp_path: Path
) -> None:
    for i in range(100):
        town, country = TOWNS[i % len(TOWNS)]
        force = FORCES[i // len(TOWNS)]
        text = f"{force} jets struck targets in {town} on Friday, officials said. Residents reported heavy damage."
        quote = f"{force} jets struck targets in {town} on Friday"
        article = _article(f"very-long-article-identifier-{i:03d}-" + "x" * 60, f"Headline {i}: strike on {town}", text)
        strike = StrikeReport(
            attackers=[force],
            location=Location(place=town, country=country),
            strike_date=DAY - timedelta(days=i % 3),
            date_precision="day",
            evidence=[_grounded(text, quote)],
        )
        _store_with(store, article, [strike])
    b = brief(DAY, store=store, settings=OFFLINE, include_texts=True)
    assert b.counts.events == 100 and len(b.texts) == 100
    page = _html(tmp_path, "day-100-events", render(b, "html"))
    png = screenshot(page, artifact("briefing-100-events.png"), height=4000)
    assert png.stat().st_size > 20_000
    dom = dump_dom(page)
    events_section = dom[dom.index('id="events"') : dom.index('id="figures"')]
    assert events_section.count('<tr id="E') == 100
    assert "Headline 0: strike on Raqqa" in events_section  # headlines, not ids, name the sources
    assert "very-long-article-identifier" not in re.sub(r"<[^>]+>", " ", events_section)  # ids only in links
    assert dom.count('class="chip"') == 100 and dom.count("<circle") == 100
    links = set(re.findall(r'class="evidence" href="#(q-[^"]+)"', dom))
    marks = set(re.findall(r'<mark id="(q-[^"]+)"', dom))
    assert len(links) == 100 and links <= marks
    assert "<script" not in dom.lower()


def test_an_empty_day_renders_without_events_map_or_timeline_entries(store: Store, tmp_path: Path) -> None:
    b = brief(DAY, store=store, settings=OFFLINE, include_texts=True)
    page = _html(tmp_path, "empty-day", render(b, "html"))
    png = screenshot(page, artifact("briefing-empty-day.png"), height=1400)
    assert png.stat().st_size > 5_000
    dom = dump_dom(page)
    assert "No strike events in this period." in dom and "No strike events." in dom
    assert "<svg" not in dom and 'id="map"' not in dom


def test_a_period_briefing_has_a_timeline_by_day_in_order_and_earlier_strikes_apart(
    store: Store, tmp_path: Path
) -> None:
    for offset, town in enumerate(["Mosul", "Raqqa", "Sirte"]):
        day = DAY + timedelta(days=offset)
        text = f"US jets struck {town} today. In 2014 Iraqi jets had struck Tikrit."
        _store_with(
            store,
            _article(f"a{offset}", f"US strikes {town}", text, published=day),
            [
                StrikeReport(
                    attackers=["US military"],
                    location=Location(place=town),
                    strike_date=day,
                    date_precision="day",
                    evidence=[_grounded(text, f"US jets struck {town} today")],
                ),
                StrikeReport(
                    attackers=["Iraqi Air Force"],
                    location=Location(place="Tikrit"),
                    strike_date=date(2014, 6, 1),
                    date_precision="month",
                    evidence=[_grounded(text, "Iraqi jets had struck Tikrit")],
                ),
            ],
        )
    b = brief(since=DAY, until=DAY + timedelta(days=2), store=store, settings=OFFLINE, include_texts=True)
    assert [e.place for e in b.earlier_events] == ["Tikrit"] and b.counts.events == 3
    page = _html(tmp_path, "period", render(b, "html"))
    screenshot(page, artifact("briefing-period-timeline.png"), height=2600)
    dom = dump_dom(page)
    timeline = dom[dom.index('id="timeline"') : dom.index('id="events"')]
    days = re.findall(r'<span class="tl-day">([^<]+)</span>', timeline)
    assert days == ["2017-02-24", "2017-02-25", "2017-02-26"]
    assert "Earlier strikes mentioned" in dom and "Tikrit" not in timeline


def test_contested_claims_link_to_their_quotes_in_the_article_text(store: Store, tmp_path: Path) -> None:
    text = (
        "Russian jets struck Al-Bab on Sunday in a joint strike with the US, the ministry said. "
        "The Pentagon said there is no military-to-military coordination for airstrikes over targets in Syria."
    )
    claims = [
        Claim(
            claimant="Russian Defense Ministry",
            stance="asserts",
            statement="Russia and the US conducted a joint strike",
            evidence=[_grounded(text, "Russian jets struck Al-Bab on Sunday in a joint strike with the US")],
        ),
        Claim(
            claimant="Pentagon",
            stance="denies",
            statement="there is no military-to-military coordination for airstrikes",
            evidence=[_grounded(text, "there is no military-to-military coordination for airstrikes")],
        ),
    ]
    strike = StrikeReport(
        attackers=["Russian Aerospace Forces"],
        location=Location(place="Al-Bab"),
        strike_date=DAY - timedelta(days=2),
        date_precision="day",
        evidence=[_grounded(text, "Russian jets struck Al-Bab on Sunday")],
    )
    _store_with(store, _article("fwm", "Joint or not so joint?", text), [strike], claims)
    b = brief(DAY, store=store, settings=OFFLINE, include_texts=True)
    assert len(b.contested) == 1
    dom = dump_dom(_html(tmp_path, "contested", render(b, "html")))
    contested = dom[dom.index('id="contested"') : dom.index('id="dates"')]
    for target in re.findall(r'class="evidence" href="#(q-[^"]+)"', contested):
        mark = re.search(rf'<mark id="{re.escape(target)}"[^>]*>([^<]+)</mark>', dom)
        assert mark and mark.group(1) in text
    assert "Joint or not so joint?" in contested


def test_no_request_leaves_the_page_and_the_check_would_see_one(store: Store, tmp_path: Path) -> None:
    text = "US jets struck Raqqa on Friday."
    _store_with(
        store,
        _article("a", "US strikes Raqqa", text, outlet="Wire <img src=http://tracker.test/x.png>"),
        [
            StrikeReport(
                attackers=["US military"],
                location=Location(place="Raqqa"),
                strike_date=DAY,
                date_precision="day",
                evidence=[_grounded(text, "US jets struck Raqqa on Friday")],
            )
        ],
    )
    b = brief(DAY, store=store, settings=OFFLINE, include_texts=True)
    page = _html(tmp_path, "one-event", render(b, "html"))
    assert "<svg" in page.read_text(encoding="utf-8")
    assert requests_leaving(page) == []
    control = _html(tmp_path, "control", '<html><body><img src="http://tracker.test/x.png"></body></html>')
    assert any("tracker.test" in line for line in requests_leaving(control))


def test_events_known_only_by_country_sit_at_the_capital_and_unknown_places_are_left_off() -> None:
    by_place = BriefingEvent(id="E1", attackers=["US military"], place="Albu Kamal", country="Syria")
    by_country = BriefingEvent(id="E2", attackers=["US military"], country="Iraq")
    nowhere = BriefingEvent(id="E3", attackers=["US military"], place="Nowhereville")
    located = locate(by_place)
    assert located and located.precision == "place" and abs(located.lat - 34.45) < 0.1
    capital = locate(by_country)
    assert capital and capital.precision == "country" and abs(capital.lat - 33.34) < 0.1
    assert locate(nowhere) is None
    svg = svg_map([by_place, by_country, nowhere])
    assert svg is not None and svg.count("<circle") == 2 and "http" not in svg.replace("http://www.w3.org/2000/svg", "")
    assert svg_map([nowhere]) is None
