"""The gold set (evals/gold) is well formed: valid records, grounded spans, article headers as intended."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.articles import read_article
from extractor.evaluation.gold import GoldArticle, load_gold
from extractor.grounding import span_is_verified
from extractor.lexicons import canonical_force, canonical_group, canonical_place
from extractor.schemas import Evidence

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "evals" / "articles"
GOLD = ROOT / "evals" / "gold"
SEEDS = ROOT.parent / "shared" / "seeds"

GOLD_FILES = sorted(GOLD.glob("*.json"))
ARTICLE_FILES = sorted(ARTICLES.glob("*.txt"))

# What each article's header must give: (title, outlet, published).
EXPECTED_HEADERS = {
    "000_10b9577d5e68d44a": (
        "Source: Iraqi Air Force \u2018in Full Coordination\u2019 with Syrian Gov\u2019t",
        "FNA",
        None,
    ),
    "001_4415508b37b0829d": (None, None, date(2020, 10, 19)),
    "002_83393b3e6deeb876": ("ISIS militants killed in U.S. air attack in Iraq", None, None),
    "003_9cc2b0cbab66e857": ("Iraq conducts first airstrikes against ISIS in Syria", None, date(2017, 2, 24)),
    "004_b350b929a5cbc7af": (
        "Joint or not so joint US-Russian airstrikes on ISIS?",
        "Free West Media",
        date(2017, 1, 24),
    ),
}


def _load(path: Path) -> GoldArticle:
    return GoldArticle.model_validate_json(path.read_text(encoding="utf-8"))


def _evidence(gold: GoldArticle) -> list[tuple[str, Evidence]]:
    """Every evidence item of a gold file, with a label saying where it sits."""
    out: list[tuple[str, Evidence]] = []
    for i, strike in enumerate(gold.strikes):
        out += [(f"strike {i}", ev) for ev in strike.evidence]
        for j, casualty in enumerate(strike.casualties):
            out += [(f"strike {i} casualty {j}", ev) for ev in casualty.evidence]
    for k, claim in enumerate(gold.claims):
        out += [(f"claim {k}", ev) for ev in claim.evidence]
    return out


def _labelled_values(gold: GoldArticle) -> set[str]:
    """Every name-like value in the records: what an alternatives key may refer to."""
    values: set[str] = set()
    for s in gold.strikes:
        values.update(s.attackers + s.coordinated_with + s.reported_by + s.aircraft + s.weapons)
        values.update(
            v for v in (s.target, s.target_group, s.location.place, s.location.region, s.location.country) if v
        )
    for c in gold.claims:
        values.update(v for v in (c.claimant, c.claimant_org) if v)
    return values


def test_there_is_a_gold_file_for_every_article_and_an_article_for_every_gold_file() -> None:
    assert ARTICLE_FILES, "no articles in evals/articles"
    assert {p.stem for p in GOLD_FILES} == {p.stem for p in ARTICLE_FILES}


def test_load_gold_reads_every_file_keyed_by_article_id() -> None:
    assert set(load_gold(GOLD)) == {p.stem for p in ARTICLE_FILES}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_file_validates_and_names_its_article(path: Path) -> None:
    gold = _load(path)
    assert gold.article_id == path.stem
    assert (ARTICLES / f"{path.stem}.txt").is_file()
    assert gold.strikes, "every seed article reports at least one strike"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_every_evidence_span_points_at_its_quote(path: Path) -> None:
    gold = _load(path)
    text = read_article(ARTICLES / f"{path.stem}.txt").text
    items = _evidence(gold)
    assert items
    bad = [(where, ev.quote) for where, ev in items if not span_is_verified(text, ev)]
    assert not bad, f"unverified spans: {bad}"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_every_strike_casualty_and_claim_has_evidence(path: Path) -> None:
    gold = _load(path)
    for strike in gold.strikes:
        assert strike.evidence
        for casualty in strike.casualties:
            assert casualty.evidence
            if casualty.min is not None and casualty.max is not None:
                assert casualty.min <= casualty.max
    for claim in gold.claims:
        assert claim.evidence
        assert len(claim.statement.split()) < 20


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_claim_quotes_are_verbatim(path: Path) -> None:
    gold = _load(path)
    text = read_article(ARTICLES / f"{path.stem}.txt").text
    for claim in gold.claims:
        if claim.quote is not None:
            assert claim.quote in text, claim.quote


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_dates_follow_the_guideline(path: Path) -> None:
    gold = _load(path)
    published = read_article(ARTICLES / f"{path.stem}.txt").published
    for strike in gold.strikes:
        assert (strike.strike_date is None) == (strike.date_precision == "unknown")
        if strike.strike_date is None:
            continue
        assert published is None or strike.strike_date <= published
        if strike.date_precision == "month":
            assert strike.strike_date.day == 1
        if strike.date_precision == "year":
            assert (strike.strike_date.month, strike.strike_date.day) == (1, 1)


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_names_are_canonical_where_the_lexicon_has_them(path: Path) -> None:
    gold = _load(path)
    for strike in gold.strikes:
        hint = "use the lexicon's canonical name and move the written form to alternatives"
        for attacker in strike.attackers:
            assert canonical_force(attacker) == attacker, hint
        assert canonical_group(strike.target_group) == strike.target_group, hint
        assert canonical_place(strike.location.place) == strike.location.place, hint
        assert canonical_place(strike.location.region) == strike.location.region, hint


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_alternatives_are_non_empty_lists_for_labelled_values(path: Path) -> None:
    gold = _load(path)
    labelled = _labelled_values(gold)
    for value, variants in gold.alternatives.items():
        assert isinstance(variants, list) and variants, value
        assert all(isinstance(v, str) and v.strip() for v in variants), value
        assert value in labelled, f"alternatives key {value!r} is not a labelled value"


@pytest.mark.parametrize("stem", sorted(EXPECTED_HEADERS))
def test_article_headers_parse_as_intended(stem: str) -> None:
    article = read_article(ARTICLES / f"{stem}.txt")
    assert (article.title, article.outlet, article.published) == EXPECTED_HEADERS[stem]
    assert article.id == stem
    assert article.url is None


def test_every_article_has_its_expected_header() -> None:
    assert set(EXPECTED_HEADERS) == {p.stem for p in ARTICLE_FILES}


def test_a_body_line_that_looks_like_a_header_stays_in_the_text() -> None:
    text = read_article(ARTICLES / "000_10b9577d5e68d44a.txt").text
    assert text.startswith("Source: Iraqi Air Force")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not beside the repository")
@pytest.mark.parametrize("stem", sorted(EXPECTED_HEADERS))
def test_article_text_equals_the_original_seed(stem: str) -> None:
    seed = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    assert read_article(ARTICLES / f"{stem}.txt").text == seed
