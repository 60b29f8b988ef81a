"""The HTML eval report: highlighting, field diffs, escaping, and rendering in real headless Chromium."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from browser import dump_dom, screenshot

from extractor.evaluation.gold import GoldArticle
from extractor.evaluation.report import Highlight, render_report, split_segments, write_report
from extractor.evaluation.runs import RunConfig
from extractor.evaluation.suite import SuiteInputs, build_run
from extractor.grounding import ground_quote
from extractor.schemas import (
    Article,
    ArticleExtraction,
    Casualty,
    Claim,
    Evidence,
    Location,
    RunMetadata,
    StrikeReport,
)

PROBE = "<script>document.documentElement.setAttribute('data-pwned','yes')</script>"
TEXT = (
    f"Iraqi warplanes struck ISIL positions in Al-Bukamal on Sunday, killing 12 militants. {PROBE}\n\n"
    "The Syrian Foreign Ministry said the strike was coordinated with Damascus. "
    "A <b>bold</b> claim & more."
)


def evidence(quote: str) -> Evidence:
    return Evidence(quote=quote, char_interval=ground_quote(TEXT, quote))


def make_inputs_and_run(tmp_path: Path):
    gold_strike = StrikeReport(
        attackers=["Iraqi Air Force"],
        target_group="Islamic State",
        location=Location(place="Abu Kamal", country="Syria"),
        strike_date=date(2017, 2, 26),
        date_precision="day",
        casualties=[Casualty(kind="killed", group="militants", min=12, max=12)],
        coordinated_with=["Syrian government"],
        evidence=[evidence("Iraqi warplanes struck ISIL positions in Al-Bukamal on Sunday")],
    )
    gold_claim = Claim(
        claimant="Syrian Foreign Ministry",
        stance="asserts",
        statement="The strike was coordinated with Damascus",
        evidence=[evidence("The Syrian Foreign Ministry said the strike was coordinated with Damascus")],
    )
    gold = GoldArticle(
        article_id="probe",
        strikes=[gold_strike],
        claims=[gold_claim],
        alternatives={"Abu Kamal": ["Al-Bukamal"], "Syrian government": ["Damascus"]},
    )
    predicted_strike = gold_strike.model_copy(
        update={
            "location": Location(place="Al-Bukamal <img src=x>", country="Syria"),
            "casualties": [Casualty(kind="killed", group="militants", min=10, max=10)],
            "evidence": [
                evidence("struck ISIL positions in Al-Bukamal on Sunday, killing 12 militants"),
                Evidence(quote="a quote the article never had"),
            ],
        }
    )
    extra_claim = Claim(
        claimant="<script>alert(1)</script>", stance="denies", statement=PROBE, evidence=[evidence(PROBE)]
    )
    prediction = ArticleExtraction(
        article_id="probe",
        strikes=[predicted_strike],
        claims=[gold_claim, extra_claim],
        metadata=RunMetadata(engine="test"),
    )
    inputs = SuiteInputs(
        name="custom",
        gold_dir=tmp_path / "gold",
        articles_dir=tmp_path / "articles",
        gold={"probe": gold},
        articles={"probe": Article(id="probe", title="A <i>probe</i>", text=TEXT)},
        unreadable={},
    )
    config = RunConfig(engine="test", suite="custom", gold_dir="gold", articles_dir="articles", gold_hash="x")
    return inputs, build_run(inputs, [prediction], {}, config)


def test_overlapping_spans_are_split_into_gold_predicted_and_both() -> None:
    segments = split_segments("abcdefghij", [Highlight(2, 6, "gold", "strike 1"), Highlight(4, 8, "predicted", "s1")])
    assert [(s.text, s.css_class) for s in segments] == [
        ("ab", ""),
        ("cd", "gold"),
        ("ef", "both"),
        ("gh", "pred"),
        ("ij", ""),
    ]
    assert segments[2].title == "gold strike 1; predicted s1"


def test_report_escapes_everything_from_articles_and_predictions(tmp_path: Path) -> None:
    inputs, run = make_inputs_and_run(tmp_path)
    html = render_report(run, inputs)
    assert "<script" not in html.lower()
    assert "<img" not in html.lower() and "<b>bold</b>" not in html and "<i>probe</i>" not in html
    assert "&lt;script&gt;document.documentElement" in html
    assert "&lt;b&gt;bold&lt;/b&gt; claim &amp; more" in html


def test_report_shows_highlights_field_diff_and_unfound_quotes(tmp_path: Path) -> None:
    inputs, run = make_inputs_and_run(tmp_path)
    html = render_report(run, inputs)
    assert re.search(r'<mark class="both"[^>]*>struck ISIL positions in Al-Bukamal on Sunday</mark>', html)
    assert re.search(r'<mark class="gold"[^>]*>Iraqi warplanes </mark>', html)
    assert re.search(r'<mark class="pred"[^>]*>, killing 12 militants</mark>', html)
    assert "a quote the article never had" in html  # listed as not found
    rows = dict(re.findall(r"<tr><td>(\w+)</td><td>[^<]*</td><td>[^<]*</td><td class=\"v-\w+\">(\w+)</td>", html))
    assert rows["attackers"] == "ok" and rows["casualties"] == "wrong" and rows["place"] == "wrong"
    assert rows["aircraft"] == "empty" and rows["coordinated_with"] == "ok"
    assert "Unmatched predicted claims" in html and run.aggregate.claims.tp == 1


def test_report_names_the_rule_behind_each_offline_field(tmp_path: Path) -> None:
    """An error leads to its rule: each matched field and each unmatched predicted strike shows the offline
    engine's rule that set it."""
    from extractor import extract
    from extractor.config import Settings

    inputs, _ = make_inputs_and_run(tmp_path)
    article = inputs.articles["probe"].model_copy(update={"published": date(2017, 2, 27)})
    prediction = extract(article, settings=Settings(engine="offline", use_cache=False))
    assert {r.field for r in prediction.field_rules} >= {"attackers", "location", "strike_date", "casualties"}
    config = RunConfig(engine="offline", suite="custom", gold_dir="gold", articles_dir="articles", gold_hash="x")
    html = render_report(build_run(inputs, [prediction], {}, config), inputs)
    cells = dict(re.findall(r"<tr><td>(\w+)</td>.*?<td class=\"rule\">([^<]*)</td></tr>", html))
    assert cells["attackers"] == "events._role"
    assert cells["place"].startswith("events._places") and cells["country"] == cells["place"]
    assert cells["casualties"] == "casualties.find_casualty"
    extra = prediction.model_copy(update={"strikes": [*prediction.strikes, prediction.strikes[0]]})
    extra.field_rules.append(extra.field_rules[0].model_copy(update={"strike": 1}))
    html = render_report(build_run(inputs, [extra], {}, config), inputs)
    assert "predicted 2:" in html and "(attackers: events._role)" in html


@pytest.mark.chromium
def test_script_in_an_article_does_not_run_in_chromium(tmp_path: Path) -> None:
    control = tmp_path / "control.html"
    control.write_text(f"<!DOCTYPE html><html><head></head><body>{PROBE}</body></html>", encoding="utf-8")
    assert re.search(r"<html[^>]*data-pwned", dump_dom(control)), "the probe must work on an unescaped page"

    inputs, run = make_inputs_and_run(tmp_path)
    page = write_report(run, inputs, tmp_path / "report.html")
    dom = dump_dom(page)
    assert not re.search(r"<html[^>]*data-pwned", dom)
    assert "&lt;script&gt;document.documentElement.setAttribute" in dom  # shown as text
    assert "Eval report" in dom

    png = screenshot(page, tmp_path / "report.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
