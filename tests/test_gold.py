"""The gold set (evals/gold) is well formed: valid records, grounded spans, article headers as intended."""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

import pytest

from extractor.articles import read_article
from extractor.evaluation.gold import GoldArticle, GoldError, gold_paths, load_gold, read_gold_data
from extractor.evaluation.suite import SUITES, SuiteInputs, load_inputs, suite_dirs
from extractor.grounding import span_is_verified
from extractor.lexicons import canonical_force, canonical_group, canonical_place
from extractor.schemas import Article, Evidence

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "evals" / "articles"
GOLD = ROOT / "evals" / "gold"
SEEDS = ROOT.parent / "shared" / "seeds"

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


@functools.cache
def _suite(name: str) -> SuiteInputs:
    gold_dir, articles_dir = suite_dirs(name, ROOT / "evals")
    return load_inputs(gold_dir, articles_dir, name)


GOLD_CASES = [
    (name, article_id)
    for name in SUITES
    for article_id in sorted(
        str(read_gold_data(p)["article_id"]) for p in gold_paths(suite_dirs(name, ROOT / "evals")[0])
    )
]


def _case(case: tuple[str, str]) -> tuple[GoldArticle, Article]:
    inputs = _suite(case[0])
    return inputs.gold[case[1]], inputs.articles[case[1]]


def _case_id(case: tuple[str, str]) -> str:
    return f"{case[0]}/{case[1][:24]}"


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


@pytest.mark.parametrize("name", sorted(SUITES))
def test_every_gold_set_loads_and_grounds_with_an_article_for_every_gold_file(name: str) -> None:
    gold_dir, articles_dir = suite_dirs(name, ROOT / "evals")
    inputs = _suite(name)
    assert inputs.gold and not inputs.unreadable
    assert set(inputs.gold) == {p.stem for p in articles_dir.glob("*.txt")}
    assert len(gold_paths(gold_dir)) == len(inputs.gold)


def test_seed_gold_reports_a_strike_in_every_article() -> None:
    assert all(gold.strikes for gold in _suite("seeds").gold.values())


def test_a_quote_that_is_not_in_the_article_is_an_error_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "strikes:\n- attackers: [US military]\n  evidence: [US jets struck Mosul]\n", encoding="utf-8"
    )
    assert load_gold(tmp_path, {"a": "Yesterday US jets struck Mosul."})["a"].strikes[0].evidence[0].char_interval
    with pytest.raises(GoldError, match=r"a.yaml: strike 1: quote not in the article"):
        load_gold(tmp_path, {"a": "Yesterday US jets struck Raqqa."})


@pytest.mark.parametrize("case", GOLD_CASES, ids=_case_id)
def test_every_evidence_span_points_at_its_quote(case: tuple[str, str]) -> None:
    gold, article = _case(case)
    text = article.text
    items = _evidence(gold)
    bad = [(where, ev.quote) for where, ev in items if not span_is_verified(text, ev)]
    assert not bad, f"unverified spans: {bad}"


@pytest.mark.parametrize("case", GOLD_CASES, ids=_case_id)
def test_every_strike_casualty_and_claim_has_evidence(case: tuple[str, str]) -> None:
    gold, _ = _case(case)
    for strike in gold.strikes:
        assert strike.evidence
        for casualty in strike.casualties:
            assert casualty.evidence
            if casualty.min is not None and casualty.max is not None:
                assert casualty.min <= casualty.max
    for claim in gold.claims:
        assert claim.evidence
        assert len(claim.statement.split()) < 20


@pytest.mark.parametrize("case", GOLD_CASES, ids=_case_id)
def test_claim_quotes_are_verbatim(case: tuple[str, str]) -> None:
    gold, article = _case(case)
    text = article.text
    for claim in gold.claims:
        if claim.quote is not None:
            assert claim.quote in text, claim.quote


@pytest.mark.parametrize("case", GOLD_CASES, ids=_case_id)
def test_dates_follow_the_guideline(case: tuple[str, str]) -> None:
    gold, article = _case(case)
    published = article.published
    for strike in gold.strikes:
        assert (strike.strike_date is None) == (strike.date_precision == "unknown")
        if strike.strike_date is None:
            continue
        assert published is None or strike.strike_date <= published
        if strike.date_precision == "month":
            assert strike.strike_date.day == 1
        if strike.date_precision == "year":
            assert (strike.strike_date.month, strike.strike_date.day) == (1, 1)


@pytest.mark.parametrize("case", GOLD_CASES, ids=_case_id)
def test_names_are_canonical_where_the_lexicon_has_them(case: tuple[str, str]) -> None:
    gold, _ = _case(case)
    for strike in gold.strikes:
        hint = "use the lexicon's canonical name and move the written form to alternatives"
        for attacker in strike.attackers:
            assert canonical_force(attacker) == attacker, hint
        assert canonical_group(strike.target_group) == strike.target_group, hint
        assert canonical_place(strike.location.place) == strike.location.place, hint
        assert canonical_place(strike.location.region) == strike.location.region, hint


@pytest.mark.parametrize("case", GOLD_CASES, ids=_case_id)
def test_alternatives_are_non_empty_lists_for_labelled_values(case: tuple[str, str]) -> None:
    gold, _ = _case(case)
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
