"""Evidence quotes are found in the text, with offsets into the original characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractor.grounding import ground_evidence, ground_quote, span_is_verified
from extractor.schemas import CharInterval, Evidence

TEXT = "The Pentagon said \u201cthere is no military-to-military coordination\u201d on Monday.\nIt\u2019s   over."


def test_exact_quote_gets_its_offsets() -> None:
    span = ground_quote(TEXT, "The Pentagon said")
    assert span == CharInterval(start=0, end=17)


def test_straight_quotes_match_curly_ones_and_offsets_point_at_the_original() -> None:
    span = ground_quote(TEXT, "It's over")
    assert span is not None
    assert TEXT[span.start : span.end] == "It\u2019s   over"


def test_surrounding_quote_marks_and_whitespace_are_ignored() -> None:
    span = ground_quote(TEXT, '  "there is no military-to-military coordination"  ')
    assert span is not None
    assert TEXT[span.start : span.end] == "there is no military-to-military coordination"


def test_absent_or_empty_quote_is_not_grounded() -> None:
    assert ground_quote(TEXT, "500 people were killed") is None
    assert ground_quote(TEXT, "   ") is None


def test_ground_evidence_repairs_wrong_offsets_and_rejects_inventions() -> None:
    fixed = ground_evidence(TEXT, Evidence(quote="on Monday", char_interval=CharInterval(start=0, end=3)))
    assert fixed is not None and span_is_verified(TEXT, fixed)
    assert ground_evidence(TEXT, Evidence(quote="on Tuesday")) is None


def test_span_is_verified_needs_exact_text() -> None:
    assert span_is_verified(TEXT, Evidence(quote="Pentagon", char_interval=CharInterval(start=4, end=12)))
    assert not span_is_verified(TEXT, Evidence(quote="Pentagon", char_interval=CharInterval(start=5, end=13)))
    assert not span_is_verified(TEXT, Evidence(quote="Pentagon"))


@given(st.text(min_size=1, max_size=300), st.data())
def test_any_substring_grounds_to_a_span_with_equal_normalised_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    span = ground_quote(text, quote)
    if not quote.strip(" \t\r\n\"'\u201c\u201d\u2018\u2019.,;:\u2026"):
        return
    assert span is not None
    assert 0 <= span.start < span.end <= len(text)
    evidence = ground_evidence(text, Evidence(quote=quote))
    assert evidence is not None and span_is_verified(text, evidence)


@given(st.text(max_size=200), st.text(min_size=1, max_size=20))
def test_grounded_spans_always_lie_inside_the_text(text: str, quote: str) -> None:
    span = ground_quote(text, quote)
    if span is not None:
        assert 0 <= span.start < span.end <= len(text)


def test_case_folding_that_changes_length_never_misplaces_offsets() -> None:
    text = "\u0130stanbul: Turkish jets struck"
    span = ground_quote(text, "turkish JETS struck")
    assert span is not None and text[span.start : span.end] == "Turkish jets struck"
