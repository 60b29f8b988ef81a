"""Article files: header lines, HTML pages, and clear errors for bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.articles import iter_article_paths, parse_article, read_article
from extractor.errors import ArticleError


def test_header_lines_become_metadata_and_the_body_is_the_text() -> None:
    a = parse_article("Title: Strikes\nSource: Reuters\nDate: 2017-01-24\nURL: https://x.test/a\n\nBody here.\n")
    assert (a.title, a.outlet, a.published, a.url) == ("Strikes", "Reuters", date(2017, 1, 24), "https://x.test/a")
    assert a.text == "Body here.\n"


def test_text_without_header_is_kept_whole() -> None:
    raw = "Russian jets struck Al-Bab on Monday.\n\nMore text."
    assert parse_article(raw).text == raw


def test_unknown_keys_mean_no_header() -> None:
    raw = "Breaking: jets struck\n\nMore."
    assert parse_article(raw).text == raw


def test_natural_language_dates_are_accepted() -> None:
    assert parse_article("Date: January 24, 2017\n\nx").published == date(2017, 1, 24)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "empty"),
        ("   \n\t \n", "empty"),
        ("Title: only a header\n\n   ", "empty"),
        ("Date: not a date at all\n\nBody", "malformed Date header"),
        ("abc\x00def", "binary"),
    ],
)
def test_bad_input_raises_one_clear_error(raw: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message) as info:
        parse_article(raw)
    assert "\n" not in str(info.value)


def test_html_page_is_reduced_to_visible_text() -> None:
    html = (
        "<!doctype html><html><head><title>Raid</title><style>p{}</style></head><body>"
        "<p>Jets struck &amp; hit.</p><script>alert(1)</script><p>Second.</p></body></html>"
    )
    a = parse_article(html)
    assert a.title == "Raid"
    assert "Jets struck & hit." in a.text and "Second." in a.text
    assert "alert" not in a.text and "<p>" not in a.text


def test_files_non_utf8_binary_and_missing(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Frappe a\u00e9rienne".encode("latin-1"))
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "ok.txt").write_text("Title: T\n\nUkrainian drones \u2014 struck.", encoding="utf-8")
    with pytest.raises(ArticleError, match="not valid UTF-8"):
        read_article(tmp_path / "latin1.txt")
    with pytest.raises(ArticleError, match="binary"):
        read_article(tmp_path / "bin.txt")
    with pytest.raises(ArticleError, match="no such file"):
        list(iter_article_paths([tmp_path / "missing.txt"]))
    ok = read_article(tmp_path / "ok.txt")
    assert ok.id == "ok" and ok.text.endswith("struck.")
    assert [p.name for p in iter_article_paths([tmp_path])] == ["bin.txt", "latin1.txt", "ok.txt"]


def test_same_text_gets_the_same_id() -> None:
    assert parse_article("same text").id == parse_article("same text").id != parse_article("other").id


@given(st.text(max_size=400))
def test_parser_never_crashes_and_body_is_a_suffix_of_the_input(raw: str) -> None:
    try:
        a = parse_article(raw)
    except ArticleError:
        return
    normalised = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if "<" not in raw:
        assert normalised.endswith(a.text)
    assert a.text.strip()
