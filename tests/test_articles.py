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
        ("Title: only a header\nSource: Reuters\n\n   ", "empty"),
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
    (tmp_path / "latin1.txt").write_bytes(bytes(range(0x80, 0x100)) * 2)  # no encoding explains these bytes
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


# ---------------------------------------------------------------- issue 13: headers, dates, encodings


def test_yaml_front_matter_is_the_header_and_the_body_follows_it() -> None:
    raw = (
        "---\ntitle: 'Source: US strikes kill 20 in Somalia'\nsource: Reuters\ndate: 2019-03-14\n"
        "url: https://x.test/a\n---\nThe US military said it struck near Jilib.\n"
    )
    a = parse_article(raw)
    assert (a.title, a.outlet, a.published, a.url) == (
        "Source: US strikes kill 20 in Somalia",
        "Reuters",
        date(2019, 3, 14),
        "https://x.test/a",
    )
    assert a.text == "The US military said it struck near Jilib.\n"
    assert a.field_sources == {
        "title": "front_matter",
        "outlet": "front_matter",
        "published": "front_matter",
        "url": "front_matter",
        "id": "text_hash",
    }


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("---\ntitle: x\n\nNo closing line.", "no closing '---'"),
        ("---\ntitle: [unclosed\n---\nBody", "not valid YAML"),
        ("---\n- a list\n---\nBody", "must be a mapping"),
        ("---\ndate: 2017-13-01\n---\nBody", "malformed Date header"),
    ],
)
def test_bad_front_matter_is_one_clear_error(raw: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        parse_article(raw)


def test_a_headline_starting_with_source_is_text_not_a_header() -> None:
    raw = "Source: US strikes killed 20 al-Shabaab militants in Somalia on Tuesday\n\nThe US military said..."
    a = parse_article(raw)
    assert a.outlet is None and a.text == raw  # offsets index the whole text, headline included
    single_title = "Title: how the war was reported\n\nBody."
    assert parse_article(single_title).text == single_title


def test_bare_header_lines_still_work_where_they_cannot_be_a_headline_with_a_warning() -> None:
    from extractor.articles import BareHeaderWarning

    with pytest.warns(BareHeaderWarning, match="front matter"):
        a = parse_article("Title: Strikes\nSource: Reuters\n\nBody.")
    assert (a.title, a.outlet, a.text) == ("Strikes", "Reuters", "Body.")
    assert a.field_sources["title"] == a.field_sources["outlet"] == "header_lines"
    with pytest.warns(BareHeaderWarning):
        assert parse_article("Date: 2017-01-24\n\nBody.").published == date(2017, 1, 24)
    # a long "Source:" value is a headline, even beside another key
    long = "Title: x\nSource: US strikes killed 20 al-Shabaab militants in Somalia on Tuesday\n\nBody."
    assert parse_article(long).text == long


@pytest.mark.parametrize("value", ["2017-13-01", "yesterday", "13/01/2017", "2017-1-5x"])
def test_a_published_argument_is_iso_or_an_error(value: str) -> None:
    with pytest.raises(ArticleError, match="YYYY-MM-DD"):
        parse_article("Body.", published=value)


def test_a_published_argument_is_recorded_as_such() -> None:
    a = parse_article("Body.", published="2017-01-24")
    assert a.published == date(2017, 1, 24) and a.field_sources["published"] == "argument"


def test_an_iso_shaped_header_date_is_never_reread_in_another_order() -> None:
    with pytest.raises(ArticleError, match="malformed Date header"):
        parse_article("Title: x\nDate: 2017-13-01\n\nBody.")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Frappe a\u00e9rienne \u00e0 Mossoul, selon le minist\u00e8re de la D\u00e9fense.", "latin-1"),
        ("The strike \u2014 \u201cwe\u201d said \u2014 hit a caf\u00e9 in Idlib, costing \u20ac5m.", "cp1252"),
    ],
)
def test_windows_1252_and_latin_1_pages_are_decoded_and_the_encoding_recorded(
    tmp_path: Path, text: str, codec: str
) -> None:
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode(codec))
    a = read_article(path)
    assert a.text == text and a.encoding == "cp1252"
    (tmp_path / "utf8.txt").write_text(text, encoding="utf-8")
    assert read_article(tmp_path / "utf8.txt").encoding == "utf-8"


def test_bytes_that_no_encoding_explains_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 4)
    with pytest.raises(ArticleError, match="not confidently Windows-1252 or Latin-1"):
        read_article(path)
