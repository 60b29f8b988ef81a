"""Every field of a record must be supported by its evidence (issue 14, item 1).

The LLM engine is run against the fault server answering plausible lies: quotes that are in the article
but name none of what the answer reports (French Air Force, Paris, 14 July 2031, 500 civilians killed).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from extractor import extract
from extractor.api import as_article
from extractor.config import Settings
from extractor.schemas import Casualty, Claim, Evidence, Location, StrikeReport
from extractor.support import claim_problems, figure_supported, is_clause, strike_problems
from extractor.testing.fault_server import FaultServer, ok, plausible_lie

TEXT = (
    "Iraqi jets struck Islamic State positions near Mosul on Monday, killing 12 militants. "
    "The Joint Operations Command said the raid destroyed a weapons depot.\n\n"
    "One official said 7 vehicles were burned in the raid."
)
ARTICLE = as_article(TEXT, published="2024-03-05")
LIES = ("French Air Force", "Paris", "2031", "500")


def settings(server: FaultServer, tmp_path: Path, **overrides: Any) -> Settings:
    return server.settings(cache_dir=tmp_path / "cache", timeout_s=2.0, max_validation_attempts=2, **overrides)


@pytest.mark.parametrize("evidence", ["word", "sentence", "number"])
def test_plausible_lies_are_reasked_then_dropped_and_counted(evidence: str, tmp_path: Path) -> None:
    with FaultServer(lambda body: plausible_lie(body, evidence=evidence)) as server:
        result = extract(ARTICLE, settings=settings(server, tmp_path))
        reask = json.dumps(server.requests[-1]["messages"][-1])
    assert server.count == 2  # the lie was re-asked once, then the fields were dropped
    assert "not named in the strike's evidence" in reask and "is not stated in its quote" in reask
    kept = result.model_dump_json(exclude={"metadata"})
    assert not any(lie in kept for lie in LIES), kept
    assert result.claims == []  # "French Air Force" is not the speaker of any quote
    assert result.metadata.dropped_unsupported + result.metadata.dropped_ungrounded >= 3
    assert result.summary == ""


def test_a_supported_answer_is_kept_after_one_attempt(tmp_path: Path) -> None:
    good = {
        "strikes": [
            {
                "attackers": ["Iraqi Air Force"],
                "target_group": "Islamic State",
                "location": {"place": "Mosul", "country": "Iraq"},
                "strike_date": "2024-03-04",
                "date_text": "on Monday",
                "date_precision": "day",
                "casualties": [
                    {
                        "kind": "killed",
                        "group": "militants",
                        "min": 12,
                        "max": 12,
                        "evidence": [{"quote": "killing 12 militants"}],
                    }
                ],
                "evidence": [{"quote": "Iraqi jets struck Islamic State positions near Mosul on Monday"}],
            }
        ],
        "claims": [
            {
                "claimant": "Joint Operations Command",
                "stance": "asserts",
                "statement": "The raid destroyed a weapons depot.",
                "evidence": [{"quote": "The Joint Operations Command said the raid destroyed a weapons depot"}],
            }
        ],
        "summary": "Iraqi jets struck near Mosul.",
    }
    with FaultServer(ok(good)) as server:
        result = extract(ARTICLE, settings=settings(server, tmp_path))
    assert server.count == 1
    assert result.metadata.dropped_unsupported == 0 and result.metadata.dropped_ungrounded == 0
    strike = result.strikes[0]
    assert strike.attackers == ["Iraqi Air Force"] and strike.location.place == "Mosul"
    assert strike.strike_date == date(2024, 3, 4) and strike.casualties[0].min == 12
    assert len(result.claims) == 1


@pytest.mark.parametrize("quote", ["the", "said", "officials said", "Mosul"])
def test_a_word_is_not_a_clause(quote: str) -> None:
    assert not is_clause(quote)


def test_a_sentence_is_a_clause() -> None:
    assert is_clause("Iraqi jets struck Islamic State positions near Mosul")
    assert is_clause("US strike kills 5 militants")


@pytest.mark.parametrize(
    ("value", "quote", "supported"),
    [
        (500, "one official said 7 vehicles burned", False),
        (500, "the raid destroyed a depot", False),
        (7, "one official said 7 vehicles burned", True),
        (23, "twenty-three people were killed", True),
        (200, "two hundred people were killed", True),
        (12, "a dozen fighters were killed", True),
        (30, "dozens of fighters were killed", True),
        (300, "dozens of fighters were killed", False),
        (1200, "1,200 people fled", True),
    ],
)
def test_a_figure_is_supported_only_by_its_number(value: int, quote: str, supported: bool) -> None:
    assert figure_supported(value, quote) is supported


def _strike(quote: str, **fields: Any) -> StrikeReport:
    at = TEXT.index(quote)
    evidence = [Evidence(quote=quote, char_interval={"start": at, "end": at + len(quote)})]
    return StrikeReport(**{"attackers": [], "evidence": evidence, **fields})


def test_each_strike_field_is_checked_against_its_evidence() -> None:
    quote = "Iraqi jets struck Islamic State positions near Mosul on Monday"
    published = date(2024, 3, 5)
    fine = _strike(
        quote,
        attackers=["Iraqi Air Force"],
        location=Location(place="Mosul"),
        strike_date=date(2024, 3, 4),
        date_precision="day",
    )
    assert strike_problems(fine, published, TEXT) == []
    wrong_day = fine.model_copy(update={"strike_date": date(2024, 2, 26)})
    assert [p.field for p in strike_problems(wrong_day, published, TEXT)] == ["strike_date"]
    no_publication = strike_problems(fine, None, TEXT)
    assert [p.field for p in no_publication] == ["strike_date"]  # "on Monday" needs the publication date
    wrong = fine.model_copy(update={"attackers": ["French Air Force"], "location": Location(place="Paris")})
    assert {p.field for p in strike_problems(wrong, published, TEXT)} == {"attackers", "location"}
    figure = fine.model_copy(update={"casualties": [Casualty(kind="killed", min=500, max=500, evidence=fine.evidence)]})
    assert [p.field for p in strike_problems(figure, published, TEXT)] == ["casualties"]


def test_a_claimant_must_be_named_in_or_just_before_its_quote() -> None:
    quote = "One official said 7 vehicles were burned in the raid"
    at = TEXT.index(quote)
    evidence = [Evidence(quote=quote, char_interval={"start": at, "end": at + len(quote)})]
    claim = Claim(claimant="official", stance="asserts", statement="7 vehicles burned", evidence=evidence)
    assert claim_problems(claim, TEXT) == []
    # The paragraph before names the Joint Operations Command: "..., he said" style attribution holds.
    previous = claim.model_copy(update={"claimant": "Joint Operations Command"})
    assert claim_problems(previous, TEXT) == []
    lie = claim.model_copy(update={"claimant": "French Air Force"})
    assert [p.field for p in claim_problems(lie, TEXT)] == ["claimant"]
