"""Page metadata: dates, titles and outlets read from the page when no header gives them, with their origin."""

from __future__ import annotations

import warnings
from datetime import date

import pytest

from benchmarks.page_dates import measure_folder
from extractor.articles import HeaderLineWarning, parse_article, read_article
from extractor.pagemeta import date_from_text, date_from_url, title_from_text
from tests.tests_paths import REPO

SEEDS = REPO.parent / "shared" / "seeds"
CORPUS = REPO.parent / "shared" / "corpus"


@pytest.mark.parametrize(
    ("stem", "published", "title"),
    [
        ("001_4415508b37b0829d", date(2020, 10, 19), None),
        ("003_9cc2b0cbab66e857", date(2017, 2, 24), "Iraq conducts first airstrikes against ISIS in\xa0Syria"),
        ("004_b350b929a5cbc7af", date(2017, 1, 24), "Joint or not so joint US-Russian airstrikes on ISIS?"),
    ],
)
def test_raw_seed_pages_give_their_printed_date_and_headline(stem: str, published: date, title: str | None) -> None:
    article = read_article(SEEDS / f"{stem}.txt")
    assert article.published == published
    assert article.field_sources["published"] == "page_text"
    assert article.title == title
    if title:
        assert article.field_sources["title"] == "page_text"


def test_an_agency_tag_names_the_outlet_and_a_page_without_a_date_stays_undated() -> None:
    article = read_article(SEEDS / "000_10b9577d5e68d44a.txt")
    assert article.outlet == "FNA" and article.field_sources["outlet"] == "page_text"
    assert article.published is None and "published" not in article.field_sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Posted at 10:10 AM, Feb 24, 2017\nand last updated 2017-02-25 10:10:58-05\n\nBody.", date(2017, 2, 24)),
        ("Published: January 24, 2017, 9:08 am\nBody.", date(2017, 1, 24)),
        ("17:23 GMT19 October 2020\nListen Live\nBody.", date(2020, 10, 19)),
        ("By Jane Doe | Published March 3, 2015\n\nBody.", date(2015, 3, 3)),
        ("Monday, Feb 24, 2017 10:10 AM EST\nBody.", date(2017, 2, 24)),
        ("Updated 3 May 2016\nBody.", date(2016, 5, 3)),
        ("The report, published on March 3, 2015, said strikes hit Raqqa.", None),
        ("Officials said the strike on February 4, 2011 killed 12.", None),
        ("Posted in News\nBody text without any date.", None),
    ],
)
def test_printed_stamps_are_read_and_story_dates_are_not(text: str, expected: date | None) -> None:
    assert date_from_text(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.foxnews.com/politics/2014/09/13/obama-repeats/", date(2014, 9, 13)),
        ("http://www.washingtontimes.com/news/2014/sep/23/nsa-scores/", date(2014, 9, 23)),
        ("http://www.csmonitor.com/USA/Foreign-Policy/2017/0411/US-Russia-diplomacy", date(2017, 4, 11)),
        ("http://www.politico.com/story/2014/08/barack-obama-isil-iraq-109836.html", None),
        ("https://apnews.com/caa4c5aaf88e982ed0cdb4e132b0d89c", None),
    ],
)
def test_full_dates_in_url_paths_only(url: str, expected: date | None) -> None:
    assert date_from_url(url) == expected


def test_url_date_and_host_fill_a_headerless_copy() -> None:
    article = parse_article(
        "URL: https://www.foxnews.com/world/2020/03/04/us-strike\n\nThe U.S. struck Taliban fighters."
    )
    assert article.published == date(2020, 3, 4) and article.field_sources["published"] == "url"
    assert article.outlet == "foxnews.com" and article.field_sources["outlet"] == "url"


def test_html_meta_tags_and_json_ld_give_date_title_and_site_name() -> None:
    page = """<!doctype html><html><head><title>Strike - Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="og:title" content="Jets strike Abu Kamal">
    <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2017-02-24T10:10:00Z"}</script>
    </head><body><article><p>Iraqi jets struck Islamic State positions in Abu Kamal.</p></article></body></html>"""
    article = parse_article(page)
    assert article.published == date(2017, 2, 24) and article.field_sources["published"] == "html_meta"
    assert article.outlet == "Example News" and article.field_sources["outlet"] == "html_meta"
    assert article.title == "Jets strike Abu Kamal" and article.field_sources["title"] == "html_meta"


def test_a_header_beats_the_page() -> None:
    article = parse_article("Title: Given\nDate: 2017-02-25\n\nPublished: January 24, 2017\nBody text here.")
    assert article.published == date(2017, 2, 25) and article.field_sources["published"] == "header_lines"
    assert article.title == "Given"


def test_an_over_long_header_line_is_kept_with_a_warning_not_lost() -> None:
    long_source = "Reuters " + "x" * 400
    raw = f"Title: Jets strike Raqqa\nSource: {long_source}\nDate: 2017-02-24\n\nBody of the article."
    with pytest.warns(HeaderLineWarning, match=r"line 2 'Source:' is 408 characters long"):
        article = parse_article(raw, source="long.txt")
    assert article.title == "Jets strike Raqqa" and article.published == date(2017, 2, 24)
    assert article.text == "Body of the article."


def test_repeated_and_unknown_header_keys_are_warnings_and_the_header_is_kept() -> None:
    raw = "Title: Jets strike Raqqa\nAuthor: Jane Doe\nDate: 2017-02-24\nDate: 2018-01-01\n\nBody."
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = parse_article(raw)
    messages = [str(w.message) for w in caught if issubclass(w.category, HeaderLineWarning)]
    assert any("'Author:' is not a header key" in m for m in messages)
    assert any("repeats 'Date:'" in m for m in messages)
    assert article.published == date(2017, 2, 24) and article.text == "Body."


def test_headline_is_the_line_above_the_prose_not_a_related_link() -> None:
    text = (
        "Listen Live\nGet short URL\n" + "The ministry said " + "word " * 30 + ".\n\nRelated Story About Iraq Today\n"
    )
    assert title_from_text(text) is None


def test_corpus_date_recovery_with_the_date_header_removed() -> None:
    """The README's figure: airstrike articles recovered / wrong / missing once their Date header is gone."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        airstrikes = measure_folder(CORPUS / "airstrikes")
        negatives = measure_folder(CORPUS / "negatives")
    assert (airstrikes.dated, airstrikes.recovered, airstrikes.wrong) == (319, 284, 0)
    assert (negatives.dated, negatives.recovered, negatives.wrong) == (361, 276, 0)
