"""The scorer on constructed cases: exact values computed by hand, alias matching, and properties."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.evaluation.gold import GoldArticle
from extractor.evaluation.scoring import (
    STRIKE_FIELDS,
    ArticleScore,
    Counts,
    NameJudge,
    aggregate,
    best_assignment,
    casualties_agree,
    dates_agree,
    score_article,
    strike_similarity,
)
from extractor.schemas import (
    ArticleExtraction,
    Casualty,
    CharInterval,
    Claim,
    Evidence,
    Location,
    RunMetadata,
    StrikeReport,
)

TEXT = (
    "Iraqi warplanes struck ISIL positions in Al-Bukamal on Sunday, killing 12 militants. "
    "The Syrian Foreign Ministry said the strike was coordinated with Damascus."
)


def strike(**kw) -> StrikeReport:
    base = dict(
        attackers=["Iraqi Air Force"],
        target_group="Islamic State",
        location=Location(place="Abu Kamal", region="Deir ez-Zor", country="Syria"),
        strike_date=date(2017, 2, 24),
        date_precision="day",
        aircraft=["F-16"],
        weapons=[],
        casualties=[Casualty(kind="killed", group="militants", min=10, max=15)],
        coordinated_with=["Syrian government"],
        reported_by=["Al-Watan"],
    )
    base.update(kw)
    return StrikeReport(**base)


def claim(**kw) -> Claim:
    base = dict(
        claimant="Haider al-Abadi",
        claimant_org="Iraqi government",
        stance="asserts",
        statement="Iraq sent its air force to strike ISIL positions inside Syria",
    )
    base.update(kw)
    return Claim(**base)


def predicted(strikes=(), claims=(), article_id: str = "a") -> ArticleExtraction:
    return ArticleExtraction(
        article_id=article_id, strikes=list(strikes), claims=list(claims), metadata=RunMetadata(engine="test")
    )


def gold(strikes=(), claims=(), alternatives=None, article_id: str = "a") -> GoldArticle:
    return GoldArticle(
        article_id=article_id, strikes=list(strikes), claims=list(claims), alternatives=alternatives or {}
    )


# ---------------------------------------------------------------- fixed cases


def test_perfect_prediction_scores_one_everywhere() -> None:
    g = gold(
        [strike(), strike(attackers=["US-led coalition"], location=Location(place="Mosul", country="Iraq"))],
        [claim(), claim(claimant="Pentagon", stance="denies", statement="No coordination with Damascus")],
    )
    s = score_article(g, predicted(g.strikes, g.claims), TEXT)
    assert (s.strikes.precision, s.strikes.recall, s.strikes.f1) == (1.0, 1.0, 1.0)
    assert s.claims.f1 == 1.0
    for field in STRIKE_FIELDS:
        assert s.fields[field].f1 == 1.0, field
        assert s.fields[field].fn == 0 and s.fields[field].fp == 0


def test_empty_prediction_scores_zero() -> None:
    g = gold([strike()], [claim()])
    s = score_article(g, predicted(), TEXT)
    assert (s.strikes.tp, s.strikes.fp, s.strikes.fn) == (0, 0, 1)
    assert (s.strikes.precision, s.strikes.recall, s.strikes.f1) == (0.0, 0.0, 0.0)
    assert s.claims.f1 == 0.0
    assert all(c.empty for c in s.fields.values())


def test_failed_extraction_is_an_empty_prediction_and_a_failure() -> None:
    s = score_article(gold([strike()]), None, TEXT, failure="timeout")
    assert s.strikes.f1 == 0.0 and s.strikes.fn == 1
    assert s.failure == "timeout" and not s.schema_valid
    agg = aggregate([s, score_article(gold([strike()], article_id="b"), predicted([strike()], article_id="b"), TEXT)])
    assert agg.failures == 1 and agg.schema_valid_rate == 0.5


def test_nothing_to_find_and_nothing_found_is_perfect_but_a_spurious_strike_is_not() -> None:
    assert score_article(gold(), predicted(), TEXT).strikes.f1 == 1.0
    spurious = score_article(gold(), predicted([strike()]), TEXT).strikes
    assert (spurious.fp, spurious.precision, spurious.f1) == (1, 0.0, 0.0)


def test_partial_case_matches_hand_computed_values() -> None:
    """Gold: Iraqi strike on Abu Kamal + coalition strike on Mosul. Predicted: the Iraqi one with two
    attackers and a wrong region, plus a Russian strike in Idlib that matches nothing.

    strikes: TP 1, FP 1, FN 1 -> P = R = F1 = 0.5
    attackers: pred {Iraqi Air Force, US-led coalition} vs gold {Iraqi Air Force}: TP 1, FP 1, FN 0
      -> P 0.5, R 1, F1 2/3
    region: pred 'Aleppo' vs gold 'Deir ez-Zor': FP 1 and FN 1 -> F1 0
    target_group: pred null vs gold 'Islamic State': FN 1 -> P = R = F1 = 0 (a 0/0 with a miss is 0)
    """
    g = gold(
        [
            strike(),
            strike(
                attackers=["US-led coalition"],
                location=Location(place="Mosul", country="Iraq"),
                strike_date=date(2017, 3, 1),
            ),
        ]
    )
    p = predicted(
        [
            strike(
                attackers=["Iraqi Air Force", "US-led coalition"],
                target_group=None,
                location=Location(place="Abu Kamal", region="Aleppo", country="Syria"),
            ),
            strike(
                attackers=["Russian Aerospace Forces"],
                location=Location(place="Idlib", country="Syria"),
                strike_date=date(2019, 5, 1),
            ),
        ]
    )
    s = score_article(g, p, TEXT)
    assert (s.strikes.tp, s.strikes.fp, s.strikes.fn) == (1, 1, 1)
    assert s.strikes.f1 == pytest.approx(0.5)
    assert [(x.gold, x.predicted) for x in s.strike_pairs] == [(0, 0)]
    att = s.fields["attackers"]
    assert (att.tp, att.fp, att.fn) == (1, 1, 0)
    assert (att.precision, att.recall) == (0.5, 1.0)
    assert att.f1 == pytest.approx(2 / 3, abs=1e-6)
    region = s.fields["region"]
    assert (region.tp, region.fp, region.fn, region.f1) == (0, 1, 1, 0.0)
    group = s.fields["target_group"]
    assert (group.tp, group.fp, group.fn, group.recall, group.f1) == (0, 0, 1, 0.0, 0.0)
    assert s.fields["place"].f1 == 1.0 and s.fields["casualties"].f1 == 1.0


def test_strike_similarity_weights() -> None:
    g = strike()
    assert strike_similarity(g, g) == 1.0
    # same attackers, no location and no date on the prediction: 0.45 only
    bare = strike(location=Location(), strike_date=None)
    assert strike_similarity(bare, g) == pytest.approx(0.45)
    # same place and date, different attackers: 0.35 + 0.20
    other = strike(attackers=["Turkish Air Force"])
    assert strike_similarity(other, g) == pytest.approx(0.55)
    # only the country agrees (and gold names finer levels): 0.35 * 0.3
    far = strike(attackers=["Turkish Air Force"], location=Location(country="Syria"), strike_date=date(2010, 1, 1))
    assert strike_similarity(far, g) == pytest.approx(0.105)


def test_below_threshold_pairs_stay_unmatched() -> None:
    g = gold([strike()])
    p = predicted(
        [strike(attackers=["Turkish Air Force"], location=Location(country="Syria"), strike_date=date(2010, 1, 1))]
    )
    s = score_article(g, p, TEXT)
    assert (s.strikes.tp, s.strikes.fp, s.strikes.fn) == (0, 1, 1)


# ---------------------------------------------------------------- names, dates, casualties


def test_aliases_and_spelling_variants_match() -> None:
    judge = NameJudge({"Abu Kamal": ["Al-Bukamal", "Albu Kamal"]})
    assert judge.same("Iraqi warplanes", "Iraqi Air Force", ("force",))  # lexicon alias
    assert judge.same("ISIL", "Islamic State", ("group",))
    assert judge.same("Al-Bukamal", "Abu Kamal", ("place",))  # gold alternatives
    assert judge.same("Deir Ezzor", "Deir ez-Zor", ("place",))  # lexicon
    assert NameJudge().same("Deir Ezzur", "Deir ez-Zour")  # spelling only (fuzzy)
    assert NameJudge().same("Hmeimim", "Hmeymim")
    assert NameJudge().same("Hellfire missile", "Hellfire missiles")
    assert judge.same("AGM-114", "Hellfire missiles", ("weapon",)) and judge.same("F-16s", "F-16", ("aircraft_type",))
    assert NameJudge().same("SY", "Syria", ("country",)) and NameJudge().same("USA", "United States", ("country",))


def test_alternatives_belong_to_their_gold_value_only() -> None:
    judge = NameJudge(
        {
            "Source close to the Syrian Foreign Ministry": ["Al-Watan", "sources"],
            "Haider al-Abadi": ["Abadi", "Iraqi Prime Minister"],
            "Iraqi government": ["Iraqi Prime Minister", "Iraq"],
        }
    )
    assert judge.same("Al-Watan", "Source close to the Syrian Foreign Ministry")
    assert judge.same("Iraqi Prime Minister", "Haider al-Abadi")
    assert not judge.same("Iraq", "Haider al-Abadi")  # shares a variant with Iraqi government: not transitive
    assert not judge.same("Source close to the Syrian Foreign Ministry", "Al-Watan")  # gold Al-Watan lists none


def test_different_names_do_not_match() -> None:
    judge = NameJudge()
    assert not judge.same("F-15", "F-16")
    assert not judge.same("Su-24", "Su-25")
    assert not judge.same("US military", "US-led coalition", ("force",))
    assert not judge.same("Syria", "Iraq", ("country",))


def test_alias_variants_score_as_correct_fields() -> None:
    g = gold([strike()], alternatives={"Abu Kamal": ["Al-Bukamal"], "Syrian government": ["Damascus"]})
    p = predicted(
        [
            strike(
                attackers=["Iraqi warplanes"],
                target_group="ISIL",
                location=Location(place="Al-Bukamal", region="Deir Ezzur province", country="SY"),
                coordinated_with=["Damascus"],
            )
        ]
    )
    s = score_article(g, p, TEXT)
    for field in ("attackers", "target_group", "place", "country", "coordinated_with"):
        assert s.fields[field].f1 == 1.0, field


def test_casualty_inside_gold_range_counts() -> None:
    gold_range = Casualty(kind="killed", group="militants", min=10, max=15)
    assert casualties_agree(Casualty(kind="killed", group="militants", min=12, max=12), gold_range)
    assert casualties_agree(Casualty(kind="killed", group="militants", min=10, max=15), gold_range)
    assert casualties_agree(Casualty(kind="killed", group="militants", min=11, max=14), gold_range)
    assert not casualties_agree(Casualty(kind="killed", group="militants", min=16, max=16), gold_range)
    assert not casualties_agree(Casualty(kind="killed", group="militants", min=5, max=12), gold_range)
    assert not casualties_agree(Casualty(kind="injured", group="militants", min=12, max=12), gold_range)
    assert not casualties_agree(Casualty(kind="killed", group="civilians", min=12, max=12), gold_range)
    exact = Casualty(kind="killed", group="unknown", min=None, max=250)
    assert casualties_agree(Casualty(kind="killed", group="civilians", min=250, max=None), exact)


def test_casualties_field_counts_in_a_strike() -> None:
    g = gold(
        [
            strike(
                casualties=[
                    Casualty(kind="killed", group="militants", min=10, max=15),
                    Casualty(kind="injured", group="civilians", min=2, max=2),
                ]
            )
        ]
    )
    p = predicted(
        [
            strike(
                casualties=[
                    Casualty(kind="killed", group="militants", min=12, max=12),
                    Casualty(kind="injured", group="civilians", min=3, max=3),
                ]
            )
        ]
    )
    c = score_article(g, p, TEXT).fields["casualties"]
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)


def test_dates_agree_within_precision_windows() -> None:
    gold_day = date(2017, 2, 24)
    assert dates_agree(gold_day, "day", gold_day, "day")
    assert not dates_agree(date(2017, 2, 23), "day", gold_day, "day")
    assert dates_agree(date(2017, 2, 20), "week", gold_day, "day")
    assert not dates_agree(date(2017, 2, 10), "week", gold_day, "day")
    assert dates_agree(date(2017, 2, 1), "month", gold_day, "day")
    assert not dates_agree(date(2017, 3, 1), "month", gold_day, "day")
    assert dates_agree(date(2017, 1, 1), "year", gold_day, "day")
    assert dates_agree(gold_day, "day", date(2017, 2, 1), "month")  # predicted inside gold's window
    last_week = date(2017, 1, 16)  # guideline: week precision stores the first day of the 7
    assert dates_agree(date(2017, 1, 22), "day", last_week, "week")
    assert not dates_agree(date(2017, 1, 23), "day", last_week, "week")
    assert not dates_agree(date(2017, 1, 15), "day", last_week, "week")


# ---------------------------------------------------------------- claims and grounding


def test_claims_match_on_claimant_or_org_and_stance() -> None:
    g = gold(
        claims=[
            claim(),
            claim(
                claimant="Jeff Davis",
                claimant_org="Pentagon",
                stance="denies",
                statement="The US did not coordinate the strike with Syria",
            ),
        ]
    )
    p = predicted(
        claims=[
            claim(claimant="Abadi", claimant_org=None, statement="Iraq sent the air force to hit ISIL inside Syria"),
            claim(
                claimant="a spokesman",
                claimant_org="Pentagon",
                stance="denies",
                statement="US did not coordinate with Syria",
            ),
        ]
    )
    s = score_article(g, p, TEXT)
    assert (s.claims.tp, s.claims.fp, s.claims.fn) == (2, 0, 0)
    wrong_stance = score_article(g, predicted(claims=[claim(stance="denies")]), TEXT)
    assert (wrong_stance.claims.tp, wrong_stance.claims.fp, wrong_stance.claims.fn) == (0, 1, 2)
    wrong_person = score_article(
        g, predicted(claims=[claim(claimant="Bashar al-Assad", claimant_org="Syrian presidency")]), TEXT
    )
    assert wrong_person.claims.tp == 0


def test_claim_statement_breaks_ties_between_claims_of_one_claimant() -> None:
    first = claim(statement="Iraq sent its air force to strike ISIL positions inside Syria")
    second = claim(statement="We will chase terrorism wherever it is found")
    g = gold(claims=[first, second])
    p = predicted(
        claims=[
            claim(statement="Abadi vows to chase terrorism wherever found"),
            claim(statement="Iraqi air force sent to strike ISIL inside Syria"),
        ]
    )
    s = score_article(g, p, TEXT)
    assert [(x.gold, x.predicted) for x in s.claim_pairs] == [(0, 1), (1, 0)]


def test_grounding_rate_counts_verified_spans() -> None:
    start = TEXT.index("Iraqi warplanes")
    good = Evidence(quote="Iraqi warplanes", char_interval=CharInterval(start=start, end=start + 15))
    shifted = Evidence(quote="Iraqi warplanes", char_interval=CharInterval(start=start + 1, end=start + 16))
    unlocated = Evidence(quote="killing 12 militants")
    p = predicted(
        [
            strike(
                evidence=[good, shifted],
                casualties=[Casualty(kind="killed", group="militants", min=12, max=12, evidence=[unlocated])],
            )
        ],
        [claim(evidence=[good])],
    )
    s = score_article(gold([strike()]), p, TEXT)
    assert (s.verified_spans, s.evidence_spans, s.grounding_rate) == (2, 4, 0.5)
    assert score_article(gold([strike()]), predicted([strike()]), TEXT).grounding_rate is None


def test_micro_and_macro_aggregates() -> None:
    """Article a: strikes TP1 FP0 FN0 (F1 1). Article b: TP0 FP1 FN1 (F1 0). Article c: nothing at all.

    micro: TP 1, FP 1, FN 1 -> F1 0.5; macro over a and b (c has nothing to count) -> 0.5 too.
    claims: only a has any -> macro F1 = a's F1 = 1, micro 1.
    """
    a = score_article(gold([strike()], [claim()], article_id="a"), predicted([strike()], [claim()], "a"), TEXT)
    b = score_article(
        gold([strike()], article_id="b"),
        predicted(
            [strike(attackers=["Turkish Air Force"], location=Location(place="Afrin"), strike_date=None)],
            article_id="b",
        ),
        TEXT,
    )
    c = score_article(gold(article_id="c"), predicted(article_id="c"), TEXT)
    agg = aggregate([a, b, c])
    assert (agg.strikes.tp, agg.strikes.fp, agg.strikes.fn) == (1, 1, 1)
    assert agg.strikes.f1 == pytest.approx(0.5)
    assert agg.macro.strikes.f1 == pytest.approx(0.5) and agg.macro.strikes.articles == 2
    assert agg.macro.claims.f1 == 1.0 and agg.macro.claims.articles == 1
    assert agg.articles == 3 and agg.failures == 0


def test_counts_round_trip_through_json() -> None:
    s = score_article(gold([strike()]), predicted([strike()]), TEXT)
    again = ArticleScore.model_validate_json(s.model_dump_json())
    assert again == s
    assert Counts(tp=1, fp=1, fn=2).model_dump() == {
        "tp": 1,
        "fp": 1,
        "fn": 2,
        "precision": 0.5,
        "recall": pytest.approx(1 / 3, abs=1e-6),
        "f1": pytest.approx(0.4, abs=1e-6),
    }


# ---------------------------------------------------------------- assignment


@given(
    st.lists(st.lists(st.floats(0, 1, allow_nan=False), min_size=1, max_size=5), min_size=1, max_size=5).filter(
        lambda rows: len({len(r) for r in rows}) == 1
    )
)
def test_hungarian_finds_the_best_total(weights: list[list[float]]) -> None:
    n, m = len(weights), len(weights[0])
    pairs = best_assignment(weights)
    assert len(pairs) == min(n, m)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    if n <= m:
        best = max(sum(weights[i][cols[i]] for i in range(n)) for cols in itertools.permutations(range(m), n))
    else:
        best = max(sum(weights[rows[j]][j] for j in range(m)) for rows in itertools.permutations(range(n), m))
    assert sum(weights[i][j] for i, j in pairs) == pytest.approx(best, abs=1e-9)


# ---------------------------------------------------------------- properties

names = st.sampled_from(
    [
        "Iraqi Air Force",
        "Iraqi warplanes",
        "US-led coalition",
        "Russian Aerospace Forces",
        "Turkish Air Force",
        "Syrian Air Force",
    ]
)
places = st.sampled_from([None, "Abu Kamal", "Al-Bukamal", "Mosul", "Al-Bab", "Idlib"])
casualties = st.builds(
    Casualty,
    kind=st.sampled_from(["killed", "injured"]),
    group=st.sampled_from(["militants", "civilians", "unknown"]),
    min=st.one_of(st.none(), st.integers(0, 20)),
    max=st.one_of(st.none(), st.integers(0, 20)),
)
strikes = st.builds(
    StrikeReport,
    attackers=st.lists(names, max_size=2),
    target_group=st.sampled_from([None, "Islamic State", "ISIL", "al-Shabaab"]),
    location=st.builds(
        Location,
        place=places,
        region=st.sampled_from([None, "Deir ez-Zor", "Aleppo"]),
        country=st.sampled_from([None, "Syria", "Iraq"]),
    ),
    strike_date=st.one_of(st.none(), st.dates(date(2017, 1, 1), date(2017, 3, 1))),
    date_precision=st.sampled_from(["day", "week", "month", "unknown"]),
    aircraft=st.lists(st.sampled_from(["F-16", "F-15", "drone"]), max_size=2),
    casualties=st.lists(casualties, max_size=2),
    coordinated_with=st.lists(st.sampled_from(["Syrian government", "Damascus"]), max_size=1),
)
claims = st.builds(
    Claim,
    claimant=st.sampled_from(["Haider al-Abadi", "Abadi", "Pentagon", "SOHR"]),
    claimant_org=st.sampled_from([None, "Iraqi government", "Pentagon"]),
    stance=st.sampled_from(["asserts", "denies"]),
    statement=st.sampled_from(
        ["strike coordinated with Damascus", "no civilians were killed", "Iraq struck ISIL in Syria"]
    ),
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(strikes, max_size=4),
    st.lists(claims, max_size=3),
    st.lists(strikes, max_size=4),
    st.lists(claims, max_size=3),
)
def test_scores_are_always_between_zero_and_one(gs, gc, ps, pc) -> None:
    s = score_article(gold(gs, gc), predicted(ps, pc), TEXT)
    for counts in [s.strikes, s.claims, *s.fields.values()]:
        for value in (counts.precision, counts.recall, counts.f1):
            assert 0.0 <= value <= 1.0
    assert s.strikes.tp <= min(len(gs), len(ps)) and s.claims.tp <= min(len(gc), len(pc))


@settings(max_examples=60, deadline=None)
@given(st.lists(strikes, max_size=4), st.lists(claims, max_size=3))
def test_gold_against_itself_scores_one(gs, gc) -> None:
    s = score_article(gold(gs, gc), predicted(gs, gc), TEXT)
    assert s.strikes.f1 == 1.0 and s.claims.f1 == 1.0
    assert all(c.f1 == 1.0 for c in s.fields.values())


@settings(max_examples=60, deadline=None)
@given(
    st.lists(strikes, max_size=4),
    st.lists(claims, max_size=3),
    st.lists(strikes, max_size=4),
    st.lists(claims, max_size=3),
    st.randoms(use_true_random=False),
)
def test_permuting_predictions_does_not_change_the_score(gs, gc, ps, pc, rnd) -> None:
    before = score_article(gold(gs, gc), predicted(ps, pc), TEXT)
    shuffled_s, shuffled_c = list(ps), list(pc)
    rnd.shuffle(shuffled_s)
    rnd.shuffle(shuffled_c)
    after = score_article(gold(gs, gc), predicted(shuffled_s, shuffled_c), TEXT)
    assert after.strikes == before.strikes and after.claims == before.claims
    assert after.fields == before.fields


def test_a_similarity_tie_goes_to_the_prediction_agreeing_on_more_fields_in_any_order() -> None:
    g = gold([strike()])
    right = strike()
    wrong = strike(aircraft=["F-15"], casualties=[Casualty(kind="killed", group="militants", min=40, max=40)])
    for order in ([right, wrong], [wrong, right]):
        s = score_article(g, predicted(order), TEXT)
        assert [order[x.predicted] for x in s.strike_pairs] == [right]
        assert all(c.f1 == 1.0 for c in s.fields.values())
        assert (s.strikes.tp, s.strikes.fp) == (1, 1)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(strikes, min_size=1, max_size=3),
    st.lists(
        st.tuples(st.lists(st.sampled_from(["F-16", "F-15", "drone"]), max_size=1), st.lists(casualties, max_size=1)),
        min_size=1,
        max_size=5,
    ),
    st.randoms(use_true_random=False),
)
def test_permuting_near_duplicate_predictions_does_not_change_the_score(gs, variations, rnd) -> None:
    """Predictions that tie on similarity (same attackers, place, date) but differ in other fields."""
    ps = [
        gs[i % len(gs)].model_copy(update={"aircraft": aircraft, "casualties": cas})
        for i, (aircraft, cas) in enumerate(variations)
    ]
    before = score_article(gold(gs), predicted(ps), TEXT)
    rnd.shuffle(ps)
    after = score_article(gold(gs), predicted(ps), TEXT)
    assert after.strikes == before.strikes and after.fields == before.fields


@given(
    st.dates(),
    st.sampled_from(["day", "week", "month", "year", "unknown"]),
    st.dates(),
    st.sampled_from(["day", "week", "month", "year", "unknown"]),
)
def test_date_agreement_is_defined_for_every_date_and_reflexive(a, pa, b, pb) -> None:
    assert dates_agree(a, pa, a, pa)
    assert dates_agree(a, pa, b, pb) == dates_agree(b, pb, a, pa)  # either window counts, so it is symmetric


# ---------------------------------------------------------------- issue 13: statements that lack their proposition


def test_a_statement_cut_before_its_proposition_is_not_a_complete_claim() -> None:
    from extractor.evaluation.scoring import NameJudge, match_claims, statement_coverage

    gold = Claim(
        claimant="Iraqi Ministry of Defense",
        stance="asserts",
        statement="The Iraqi Air Force strike on ISIL in Syria was fully coordinated with Damascus",
    )
    cut = gold.model_copy(
        update={"statement": "the Iraqi Air Force strike against ISIL positions in Syrian Deir Ezzur province has been"}
    )
    whole = gold.model_copy(
        update={"statement": "The Iraqi Air Force strike on ISIL in Syria has been fully coordinated with Damascus"}
    )
    other = gold.model_copy(update={"statement": "Civilians were killed in Deir Ezzur, medics said on Sunday"})
    assert (
        statement_coverage(cut.statement, gold.statement) < 0.7 <= statement_coverage(whole.statement, gold.statement)
    )
    judge = NameJudge({})
    (pair,) = match_claims([cut], [gold], judge)
    assert not pair.complete  # the same claim, but without "fully coordinated with Damascus"
    (pair,) = match_claims([whole], [gold], judge)
    assert pair.complete
    assert match_claims([other], [gold], judge) == []  # loosely similar words are not the same claim
    gold_article = GoldArticle(article_id="a", claims=[gold])
    truncated = score_article(
        gold_article, ArticleExtraction(article_id="a", claims=[cut], metadata=RunMetadata(engine="test")), ""
    )
    assert (truncated.claims.tp, truncated.complete_claims.tp, truncated.complete_claims.fp) == (1, 0, 1)
    full = score_article(
        gold_article, ArticleExtraction(article_id="a", claims=[whole], metadata=RunMetadata(engine="test")), ""
    )
    assert (full.claims.tp, full.complete_claims.tp) == (1, 1)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("coordinated", "coordination", True),
        ("syria", "syrian", True),
        ("killed", "killing", True),
        ("militants", "military", False),
        ("strikes", "struck", False),
        ("f", "f16", False),
    ],
)
def test_word_forms_agree_but_different_words_do_not(a: str, b: str, same: bool) -> None:
    from extractor.evaluation.scoring import _same_word

    assert _same_word(a, b) is same
