"""The offline engine: grounded offsets, strike merging, casualties, dates, claims, batches and bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from extractor.articles import parse_article, read_article
from extractor.config import Settings
from extractor.engines.offline import OfflineEngine
from extractor.engines.offline.casualties import Figure, read_figure
from extractor.engines.offline.dates import DateReader
from extractor.engines.offline.nlp import load_nlp
from extractor.engines.offline.records import spanning_range
from extractor.engines.offline.rules import load_engine_rules
from extractor.grounding import span_is_verified
from extractor.schemas import Article, ArticleExtraction

ROOT = Path(__file__).resolve().parents[1]
SEED_DIRS = [ROOT / "evals" / "articles", ROOT.parent / "shared" / "seeds"]
SEEDS = sorted(next((d for d in SEED_DIRS if d.is_dir()), SEED_DIRS[0]).glob("*.txt"))

NON_ASCII = (
    "Date: 2019-03-14\n\n"
    "MOGADISHU — Şehir: a US drone strike near Jilib in Somalia’s Middle Juba region on Tuesday killed "
    "three al-Shabaab militants, U.S. Africa Command said in a statement. “We did not harm any civilians,” "
    "the command said. Ünlü residents said the café in Jilib was not hit.\n"
)


@pytest.fixture(scope="module")
def engine() -> OfflineEngine:
    return OfflineEngine(Settings(engine="offline", use_cache=False))


def article(text: str, published: date | None = None, article_id: str = "t") -> Article:
    return Article(id=article_id, text=text, published=published)


def test_seeds_are_present() -> None:
    assert len(SEEDS) >= 5


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_every_evidence_span_points_at_its_quote_on_seeds(engine: OfflineEngine, path: Path) -> None:
    doc = read_article(path)
    result = engine.extract(doc)
    assert result.strikes, "every seed article reports at least one strike"
    for item in result.evidence():
        assert span_is_verified(doc.text, item), item
    for strike in result.strikes:
        assert strike.evidence


def test_offsets_hold_on_non_ascii_text(engine: OfflineEngine) -> None:
    doc = parse_article(NON_ASCII, article_id="non-ascii")
    result = engine.extract(doc)
    assert result.strikes
    evidence = result.evidence()
    assert evidence
    for item in evidence:
        assert span_is_verified(doc.text, item), item
        assert doc.text[item.char_interval.start : item.char_interval.end] == item.quote
    strike = result.strikes[0]
    assert strike.attackers == ["US military"]
    assert strike.location.place == "Jilib"
    assert strike.location.country == "Somalia"
    assert strike.strike_date == date(2019, 3, 12)
    assert strike.date_precision == "day"
    killed = [c for c in strike.casualties if c.kind == "killed"]
    assert killed and killed[0].group == "militants" and (killed[0].min, killed[0].max) == (3, 3)
    assert strike.target_group == "al-Shabaab"


def test_joint_strike_is_one_report_with_both_attackers(engine: OfflineEngine) -> None:
    text = (
        "On Sunday, Russian warplanes and Turkish jets conducted joint airstrikes on Islamic State positions near "
        "al-Bab in Aleppo province, the Russian Defense Ministry said. The joint strikes destroyed several "
        "Islamic State positions near al-Bab, the ministry added."
    )
    result = engine.extract(article(text, date(2017, 1, 24)))
    assert len(result.strikes) == 1
    strike = result.strikes[0]
    assert set(strike.attackers) == {"Russian Aerospace Forces", "Turkish Air Force"}
    assert strike.location.place == "Al-Bab"
    assert strike.location.region == "Aleppo"
    assert strike.strike_date == date(2017, 1, 22)


def test_different_dates_make_different_reports(engine: OfflineEngine) -> None:
    text = (
        "On January 21, Russian and Turkish warplanes struck Islamic State targets near al-Bab. "
        "On January 22, Russian jets and two coalition jets conducted airstrikes on targets in al-Bab."
    )
    result = engine.extract(article(text, date(2017, 1, 24)))
    dates = sorted(s.strike_date for s in result.strikes if s.strike_date)
    assert dates == [date(2017, 1, 21), date(2017, 1, 22)]


def test_coordination_partner_is_not_an_attacker(engine: OfflineEngine) -> None:
    text = (
        "Iraqi fighter jets carried out airstrikes against ISIS targets in Syria, in full coordination with the "
        "Syrian government, a spokesman for the Joint Operations Command said."
    )
    result = engine.extract(article(text))
    assert len(result.strikes) == 1
    assert result.strikes[0].attackers == ["Iraqi Air Force"]
    assert result.strikes[0].coordinated_with == ["Syrian government"]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("as many as 250", Figure(None, 250)),
        ("up to 30", Figure(None, 30)),
        ("more than 200", Figure(200, None)),
        ("at least four", Figure(4, None)),
        ("two", Figure(2, 2)),
        ("dozens of", Figure(24, None)),
        ("scores of", Figure(40, None)),
        ("10 to 15", Figure(10, 15)),
        ("between 10 and 15", Figure(10, 15)),
        ("1,200", Figure(1200, 1200)),
        ("several", Figure(None, None)),
    ],
)
def test_casualty_figures(phrase: str, expected: Figure) -> None:
    nlp = load_nlp()
    tokens = list(nlp.make_doc(phrase))
    found = read_figure(tokens, load_engine_rules())
    assert found is not None
    assert found[0] == expected


@pytest.mark.parametrize(
    ("sentence", "kind", "group", "low", "high"),
    [
        (
            "US warplanes killed as many as 250 Islamic State fighters in airstrikes near Mosul.",
            "killed",
            "militants",
            None,
            250,
        ),
        (
            "The coalition conducted an airstrike on Syrian army artillery near Palmyra, injuring two servicemen.",
            "injured",
            "soldiers",
            2,
            2,
        ),
        ("Russian jets bombed the market in Idlib, killing at least four civilians.", "killed", "civilians", 4, None),
        ("A drone strike near Jilib killed 10 to 15 al-Shabaab militants.", "killed", "militants", 10, 15),
        (
            "Airstrikes by Afghan Air Force jets killed dozens of Taliban fighters in Helmand.",
            "killed",
            "militants",
            24,
            None,
        ),
    ],
)
def test_casualty_phrases_in_strike_sentences(
    engine: OfflineEngine, sentence: str, kind: str, group: str, low: int | None, high: int | None
) -> None:
    result = engine.extract(article(sentence))
    assert len(result.strikes) == 1
    found = [(c.kind, c.group, c.min, c.max) for c in result.strikes[0].casualties]
    assert (kind, group, low, high) in found
    for casualty in result.strikes[0].casualties:
        for item in casualty.evidence:
            assert span_is_verified(sentence, item)


def test_casualties_of_other_events_are_not_the_strikes(engine: OfflineEngine) -> None:
    text = (
        "The airstrikes by Iraqi jets were a response to car bomb attacks in Baghdad that killed scores of "
        "people earlier this month."
    )
    result = engine.extract(article(text))
    assert all(not s.casualties for s in result.strikes)


@pytest.mark.parametrize(
    ("phrase", "value", "precision"),
    [
        ("on Sunday", date(2017, 1, 22), "day"),
        ("Wednesday", date(2017, 1, 18), "day"),
        ("on Tuesday", date(2017, 1, 24), "day"),
        ("yesterday", date(2017, 1, 23), "day"),
        ("last week", date(2017, 1, 16), "week"),
        ("earlier this month", date(2017, 1, 1), "month"),
        ("On January 22", date(2017, 1, 22), "day"),
        ("in December", date(2016, 12, 1), "month"),
        ("last year", date(2016, 1, 1), "year"),
        ("February 20, 2017", date(2017, 2, 20), "day"),
    ],
)
def test_relative_dates_resolve_against_publication(phrase: str, value: date, precision: str) -> None:
    reader = DateReader(load_engine_rules(), date(2017, 1, 24))
    resolved = reader.resolve(phrase)
    assert (resolved.value, resolved.precision) == (value, precision)


@pytest.mark.parametrize("phrase", ["on Sunday", "last week", "earlier this month", "On January 22", "yesterday"])
def test_relative_dates_are_unknown_without_publication_date(phrase: str) -> None:
    resolved = DateReader(load_engine_rules(), None).resolve(phrase)
    assert resolved.value is None
    assert resolved.precision == "unknown"


def test_absolute_date_resolves_without_publication_date() -> None:
    resolved = DateReader(load_engine_rules(), None).resolve("on February 20, 2017")
    assert (resolved.value, resolved.precision) == (date(2017, 2, 20), "day")


def test_strike_date_unknown_without_publication_date(engine: OfflineEngine) -> None:
    text = "US warplanes struck Islamic State positions near Raqqa on Sunday, the coalition said."
    strike = engine.extract(article(text)).strikes[0]
    assert strike.strike_date is None
    assert strike.date_precision == "unknown"
    assert strike.date_text and "Sunday" in strike.date_text
    dated = engine.extract(article(text, date(2017, 1, 24))).strikes[0]
    assert dated.strike_date == date(2017, 1, 22)


def test_denial_stance(engine: OfflineEngine) -> None:
    text = (
        "Russian warplanes conducted airstrikes on Islamic State targets near al-Bab, the Russian Defense "
        "Ministry said. Pentagon spokesman Adrian Rankine-Galloway told reporters that \u201cthere is no "
        "military-to-military coordination for airstrikes over targets in Syria.\u201d"
    )
    result = engine.extract(article(text))
    stances = {c.claimant: c.stance for c in result.claims}
    assert stances.get("Adrian Rankine-Galloway") == "denies"
    assert stances.get("Russian Defense Ministry") == "asserts"
    denial = next(c for c in result.claims if c.stance == "denies")
    assert denial.claimant_org == "Pentagon"
    assert denial.quote and denial.quote in text


def test_denial_verb(engine: OfflineEngine) -> None:
    text = (
        "A drone strike hit a house in Jilib on Monday, residents said. The Somali government denied that "
        "its forces carried out the strike."
    )
    result = engine.extract(article(text))
    assert any(c.stance == "denies" for c in result.claims)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister visited the capital on Monday and met farmers to discuss the harvest.",
        "Government troops and rebels clashed near the border, and a car bomb killed five people in the market.",
        "Iraqi Prime Minister Haider al-Abadi had ordered the launch of airstrikes against ISIL in Syria.",
        "The United States will carry out airstrikes if the militants advance, the official warned.",
    ],
)
def test_no_strike_text_gives_no_strikes(engine: OfflineEngine, text: str) -> None:
    result = engine.extract(article(text))
    assert result.strikes == []


def test_comment_sections_and_captions_are_ignored(engine: OfflineEngine) -> None:
    text = (
        "Turkish jets bombed Kurdish militant positions near Afrin on Monday, the army said.\n\n"
        "Leave a Reply\n\nYou are commenting using your account. US warplanes bombed Raqqa yesterday.\n"
    )
    result = engine.extract(article(text))
    assert len(result.strikes) == 1
    assert result.strikes[0].attackers == ["Turkish Air Force"]


def test_metadata(engine: OfflineEngine) -> None:
    result = engine.extract(article("US drones struck al-Shabaab near Jilib, AFRICOM said."))
    meta = result.metadata
    assert meta.engine == "offline"
    assert meta.model and meta.model.startswith("en_core_web_sm-")
    assert meta.prompt_id is None and meta.prompt_hash is None
    assert meta.identity == engine.identity()
    assert meta.attempts == 1
    assert meta.usage.total_tokens == 0
    assert meta.created_at is not None and meta.latency_ms >= 0


def test_identity_names_the_code_the_rules_and_the_parser(engine: OfflineEngine) -> None:
    identity = engine.identity()
    assert identity.engine == "offline" and identity.model and identity.model.startswith("en_core_web_sm-")
    assert identity.code_hash and identity.data_hash and identity.schema_hash


def test_summary_is_extractive(engine: OfflineEngine) -> None:
    doc = read_article(SEEDS[0])
    result = engine.extract(doc)
    assert result.summary
    first = result.summary.split(". ")[0]
    assert " ".join(first.split()[:6]) in " ".join(doc.text.split())


def test_deterministic(engine: OfflineEngine) -> None:
    doc = read_article(SEEDS[-1])
    first = engine.extract(doc).model_dump(exclude={"metadata"})
    second = engine.extract(doc).model_dump(exclude={"metadata"})
    assert first == second


def test_batch_matches_single_and_reports_failures(engine: OfflineEngine, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [read_article(p) for p in SEEDS[:3]]
    broken = Article(id="broken", text="Russian jets bombed Idlib on Sunday.")
    original = engine._extract_docs

    def failing(doc: Article, *args: object) -> ArticleExtraction:
        if doc.id == "broken":
            raise RuntimeError("boom")
        return original(doc, *args)

    monkeypatch.setattr(engine, "_extract_docs", failing)
    outcomes = list(engine.extract_batch([docs[0], broken, *docs[1:]]))
    assert [a.id for a, _ in outcomes] == [docs[0].id, "broken", *[d.id for d in docs[1:]]]
    results = dict((a.id, r) for a, r in outcomes)
    assert isinstance(results["broken"], RuntimeError)
    monkeypatch.undo()
    for doc in docs:
        batch = results[doc.id]
        assert isinstance(batch, ArticleExtraction)
        single = engine.extract(doc)
        assert batch.model_dump(exclude={"metadata"}) == single.model_dump(exclude={"metadata"})


@pytest.mark.parametrize(
    "text",
    [
        " ",
        ".",
        "\n\n\n",
        "Die russische Luftwaffe hat am Sonntag Ziele in Syrien bombardiert, teilte das Ministerium mit.",
        "وقالت وزارة الدفاع إن الطائرات قصفت مواقع في الرقة",
        "@@@ ### $$$ 123 456",
    ],
)
def test_bad_input_does_not_crash(engine: OfflineEngine, text: str) -> None:
    result = engine.extract(article(text))
    assert isinstance(result, ArticleExtraction)
    for item in result.evidence():
        assert span_is_verified(text, item)


@pytest.mark.slow
def test_very_long_article_keeps_offsets(engine: OfflineEngine) -> None:
    filler = "Residents said the market reopened and prices of bread rose again this week. "
    strike = "US drones struck al-Shabaab fighters near Jilib on Sunday, killing four militants, AFRICOM said. "
    text = (filler * 1300) + strike + (filler * 1300)
    assert len(text) > 200_000
    result = engine.extract(article(text, date(2019, 3, 14)))
    assert len(result.strikes) == 1
    assert result.metadata.chunks >= 2
    for item in result.evidence():
        assert span_is_verified(text, item)
    assert result.strikes[0].location.place == "Jilib"


# -- general rules added for other theatres (constructed sentences, not the dev articles) -------------------


def test_lowercase_common_word_is_not_a_place(engine: OfflineEngine) -> None:
    text = (
        "Kenyan jets struck a camp near Baidoa on Friday, the Kenyan military said. The strike hit a depot "
        "used by al-Shabaab fighters."
    )
    result = engine.extract(article(text, date(2018, 6, 4)))
    assert result.strikes
    assert all(s.location.place != "Hit" for s in result.strikes)
    assert result.strikes[0].location.place == "Baidoa"


def test_dateline_is_neither_source_nor_claimant(engine: OfflineEngine) -> None:
    text = "KABUL (AP) — Afghan warplanes bombed a Taliban compound in Kunduz province on Monday, officials said.\n"
    result = engine.extract(article(text, date(2019, 2, 6)))
    assert result.strikes
    names = [c.claimant for c in result.claims] + [r for s in result.strikes for r in s.reported_by]
    assert not any("KABUL" in n or n == "AP" for n in names)
    assert all(not c.statement.startswith("KABUL") for c in result.claims)


def test_participle_casualty_after_attributed_strike(engine: OfflineEngine) -> None:
    text = (
        "Eastern forces carried out an air raid on a depot in Misrata on Friday, wounding at least seven "
        "people, the Tripoli government said."
    )
    result = engine.extract(article(text, date(2019, 9, 9)))
    assert len(result.strikes) == 1
    strike = result.strikes[0]
    assert strike.attackers == ["Libyan National Army"]
    assert strike.strike_date == date(2019, 9, 6)
    assert any(c.kind == "injured" and c.min == 7 and c.max is None for c in strike.casualties)


def test_hyphenated_modifier_is_not_the_speaker(engine: OfflineEngine) -> None:
    text = (
        "LNA warplanes struck a camp near Gharyan on Sunday, killing three fighters, the UN-backed Government "
        "of National Accord said."
    )
    result = engine.extract(article(text, date(2019, 7, 2)))
    claimants = {c.claimant for c in result.claims}
    assert "UN" not in claimants
    assert "Government of National Accord" in claimants
    assert "UN" not in result.strikes[0].reported_by


def test_assertion_with_added_denial_gives_two_claims(engine: OfflineEngine) -> None:
    text = (
        "US Central Command carried out an airstrike near Jalalabad on Wednesday, CENTCOM said, adding that no "
        "civilians were killed. The command denied that any civilians were harmed in a second raid."
    )
    result = engine.extract(article(text, date(2019, 4, 5)))
    stances = sorted(c.stance for c in result.claims)
    assert "asserts" in stances and "denies" in stances
    assert all(c.group != "civilians" for s in result.strikes for c in s.casualties)


def test_campaign_tally_is_not_a_strike(engine: OfflineEngine) -> None:
    text = (
        "The US military has conducted more than 40 airstrikes in Yemen this year, according to a tally by "
        "a monitoring group."
    )
    result = engine.extract(article(text, date(2017, 8, 1)))
    assert result.strikes == []


def test_suspected_attacker_and_late_on_weekday(engine: OfflineEngine) -> None:
    text = "Warplanes believed to be Syrian struck the town of Saraqib late on Thursday, a monitor said."
    result = engine.extract(article(text, date(2019, 5, 4)))
    assert len(result.strikes) == 1
    strike = result.strikes[0]
    assert strike.attackers == ["Syrian Air Force"]
    assert strike.strike_date == date(2019, 5, 2)


def test_demonym_on_aircraft_type_names_the_force(engine: OfflineEngine) -> None:
    text = "Iraqi F-16 jets bombed Islamic State caves near Tikrit on Sunday, the Joint Operations Command said."
    result = engine.extract(article(text, date(2019, 2, 5)))
    assert result.strikes and result.strikes[0].attackers == ["Iraqi Air Force"]


def test_claimed_responsibility_names_the_attacker(engine: OfflineEngine) -> None:
    text = "The Houthis claimed responsibility for a drone attack on a Saudi air base in Jizan on Monday."
    result = engine.extract(article(text, date(2019, 5, 22)))
    assert result.strikes and result.strikes[0].attackers == ["Houthis"]
    assert result.strikes[0].target_group is None


def test_state_ministry_names_bare_jets(engine: OfflineEngine) -> None:
    text = "The Turkish defence ministry said jets hit PKK shelters in Sinjar overnight."
    result = engine.extract(article(text, date(2020, 6, 16)))
    assert result.strikes and result.strikes[0].attackers == ["Turkish Air Force"]
    assert result.strikes[0].location.place == "Sinjar"


def test_unattributed_report_joins_the_attributed_strike_in_its_region(engine: OfflineEngine) -> None:
    text = (
        "At least nine people were killed in an air raid in Kunduz province's Chahar Dara district on Monday, "
        "residents said.\n\nA spokesman for the governor said Afghan warplanes struck a Taliban meeting in "
        "Kunduz province on Monday."
    )
    result = engine.extract(article(text, date(2019, 5, 14)))
    assert len(result.strikes) == 1
    assert result.strikes[0].attackers == ["Afghan Air Force"]


def test_a_single_named_casualty_counts_one(engine: OfflineEngine) -> None:
    text = "A US drone strike killed a senior Taliban commander near Lashkar Gah on Friday, officials said."
    result = engine.extract(article(text, date(2018, 9, 3)))
    killed = [c for c in result.strikes[0].casualties if c.kind == "killed"]
    assert killed and killed[0].min == 1 and killed[0].max == 1


def test_unidentified_aircraft_strike_is_coded_without_attacker(engine: OfflineEngine) -> None:
    text = "Unidentified aircraft bombed a weapons depot near Gharyan overnight, local sources said."
    result = engine.extract(article(text, date(2019, 8, 6)))
    assert len(result.strikes) == 1
    assert result.strikes[0].attackers == []
    assert result.strikes[0].location.place == "Gharyan"


def test_others_take_the_group_named_before(engine: OfflineEngine) -> None:
    text = (
        "Afghan warplanes struck a Taliban base in Garmsir on Monday, killing nine Taliban fighters and wounding "
        "four others, the governor's office said."
    )
    result = engine.extract(article(text, date(2019, 6, 4)))
    injured = [c for c in result.strikes[0].casualties if c.kind == "injured"]
    assert injured and injured[0].group == "militants" and injured[0].min == 4


def test_designation_keeps_only_the_type(engine: OfflineEngine) -> None:
    text = "Iraqi F-16 fighter jets struck caves near Tikrit on Sunday, the Joint Operations Command said."
    result = engine.extract(article(text, date(2020, 3, 9)))
    assert result.strikes[0].aircraft == ["F-16"]


def test_spellings_of_one_ministry_are_one_reporter_and_claimant(engine: OfflineEngine) -> None:
    text = (
        "Russian jets struck Ariha on Sunday, the Russian Defense Ministry said. The missions involved four "
        "Su-34 aircraft, according to the Russian MoD."
    )
    result = engine.extract(article(text, date(2020, 1, 20)))
    assert len(result.strikes) == 1
    assert len(result.strikes[0].reported_by) == 1
    assert len({c.claimant for c in result.claims if c.stance == "asserts"}) == 1


def test_the_command_refers_to_the_last_named_command(engine: OfflineEngine) -> None:
    text = (
        "Iraqi jets struck caves in the Hamrin mountains on Sunday, the Joint Operations Command said. Coalition "
        "spokesman Myles Caggins said coalition aircraft also struck the area.\n\nIraqi helicopters struck a "
        "hideout near Tikrit last week, the command said."
    )
    result = engine.extract(article(text, date(2020, 3, 9)))
    last = [c for c in result.claims if "Tikrit" in c.statement]
    assert last and last[0].claimant == "Joint Operations Command"


def test_also_struck_in_the_area_is_a_joint_strike(engine: OfflineEngine) -> None:
    text = (
        "Iraqi jets struck Islamic State caves near Tikrit on Sunday, killing six militants, the Joint Operations "
        "Command said.\n\nA coalition spokesman said coalition aircraft also conducted strikes in the area."
    )
    result = engine.extract(article(text, date(2020, 3, 9)))
    assert len(result.strikes) == 1
    assert set(result.strikes[0].attackers) == {"Iraqi Air Force", "US-led coalition"}


def test_town_named_like_its_province_is_the_place(engine: OfflineEngine) -> None:
    text = "GNA drones struck an LNA convoy near Sirte on Sunday, killing five fighters, GNA forces said."
    result = engine.extract(article(text, date(2020, 7, 6)))
    assert result.strikes and result.strikes[0].location.place == "Sirte"
    assert result.strikes[0].location.region == "Sirte"


def test_site_inside_a_city_is_one_strike_with_the_site(engine: OfflineEngine) -> None:
    text = (
        "LNA drones struck Tripoli's airport on Saturday, wounding three people, the GNA said.\n\nThe attack on "
        "Mitiga airport damaged a plane."
    )
    result = engine.extract(article(text, date(2019, 9, 2)))
    assert len(result.strikes) == 1
    assert result.strikes[0].location.place == "Mitiga"


def test_named_airport_struck_is_the_place_but_a_base_elsewhere_is_not(engine: OfflineEngine) -> None:
    text = "The Houthis claimed responsibility for a drone attack on Saudi Arabia's Jizan airport on Monday."
    result = engine.extract(article(text, date(2019, 5, 22)))
    assert result.strikes and (result.strikes[0].location.place or "").startswith("Jizan")
    text = (
        "Russian jets struck Islamic State near Palmyra on Monday, according to a statement from the command "
        "center at the Hmeymim airbase."
    )
    result = engine.extract(article(text, date(2017, 1, 24)))
    assert result.strikes and result.strikes[0].location.place == "Palmyra"


# -- rules added for raw pages and press releases (each case written for the test, not copied from a set) --


def test_a_short_dateline_line_gives_the_publication_date_without_a_cue(engine: OfflineEngine) -> None:
    page = (
        "Home | World | Africa\n\nNews | 14 April 2021\n\nShare\n\n"
        "Kenyan jets struck al-Shabaab camps near Bardhere in Somalia's Gedo region on Monday, "
        "the Kenya Defence Forces said.\n"
    )
    result = engine.extract(parse_article(page, article_id="t"))
    assert [(s.strike_date, s.date_precision) for s in result.strikes] == [(date(2021, 4, 12), "day")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Issued on: 28/05/2019 - 14:02", date(2019, 5, 28)),
        ("05-16-2023", date(2023, 5, 16)),
        ("Sat, Oct 22 2022, 11:48 AM", date(2022, 10, 22)),
    ],
)
def test_page_date_lines_in_several_formats(line: str, expected: date) -> None:
    from extractor.engines.offline.dates import publication_date_from_text

    assert publication_date_from_text(f"Menu\n{line}\n\nBody text follows here.", load_engine_rules()) == expected


def test_dateline_date_is_not_the_strike_date(engine: OfflineEngine) -> None:
    text = (
        "BAGHDAD, March 9 (Xinhua) -- Iraqi F-16 jets struck an Islamic State hideout in the Hamrin "
        "mountains on Sunday, killing five militants, the Security Media Cell said."
    )
    result = engine.extract(article(text, published=date(2021, 3, 9)))
    assert [s.strike_date for s in result.strikes] == [date(2021, 3, 7)]


def test_second_strike_without_attacker_inherits_the_only_side_and_a_separate_one_stays_separate(
    engine: OfflineEngine,
) -> None:
    text = (
        "U.S. Africa Command conducted an airstrike near Jilib, Middle Juba region, on March 3, 2020, "
        "killing two al-Shabaab militants.\n\n"
        "A second precision strike was conducted near Baraawe, Lower Shabelle region, on March 4, 2020, "
        "killing one militant."
    )
    result = engine.extract(article(text, published=date(2020, 3, 5)))
    assert [(s.location.place, s.attackers) for s in result.strikes] == [
        ("Jilib", ["US military"]),
        ("Barawe", ["US military"]),
    ]


def test_name_before_a_district_noun_is_the_place_and_takes_the_articles_region(engine: OfflineEngine) -> None:
    text = (
        "Coalition aircraft struck a Taliban compound in the Watapur district of Kunar province on "
        "Tuesday, killing four insurgents, ISAF said.\n\n"
        "Earlier this month, ISAF targeted a Taliban commander with an airstrike in the Shigal district."
    )
    result = engine.extract(article(text, published=date(2012, 8, 24)))
    places = {(s.location.place, s.location.region, s.location.country) for s in result.strikes}
    assert ("Shigal", "Kunar", "Afghanistan") in places


def test_rank_abbreviations_keep_the_speaker_with_the_quote(engine: OfflineEngine) -> None:
    text = (
        "U.S. warplanes struck Islamic State positions in Sirte on Monday, killing 12 militants. "
        '"The strikes hit a tank and two vehicles," said Navy Capt. Jeff Davis, a Pentagon spokesman.'
    )
    result = engine.extract(article(text, published=date(2016, 8, 2)))
    assert "Jeff Davis" in {c.claimant for c in result.claims}


def test_threats_only_give_no_strike_and_no_claims(engine: OfflineEngine) -> None:
    text = (
        "The army's air force commander threatened to strike any column that advances on Sirte, and said "
        "his pilots were ready. Residents said they had heard aircraft over the city on Saturday night; "
        "no strikes were reported."
    )
    result = engine.extract(article(text, published=date(2020, 6, 22)))
    assert (result.strikes, result.claims) == ([], [])


def test_toll_told_without_a_strike_word_joins_the_strike_on_that_town(engine: OfflineEngine) -> None:
    text = (
        "Warplanes believed to be Russian struck a market in Maarat al-Numan in Idlib province on Monday, "
        "killing nine civilians, the Syrian Observatory for Human Rights said.\n\n"
        "A rescuer told AFP that between 10 and 12 people were killed in Maarat al-Numan."
    )
    result = engine.extract(article(text, published=date(2019, 5, 28)))
    assert len(result.strikes) == 1
    figures = {(c.group, c.min, c.max) for c in result.strikes[0].casualties}
    assert ("unknown", 10, 12) in figures and ("civilians", 9, 9) in figures


def test_named_type_replaces_the_generic_word_for_it(engine: OfflineEngine) -> None:
    text = (
        "A US MQ-9 Reaper drone struck a car near Idlib city on Friday, killing a senior al-Qaeda "
        "commander, US Central Command said."
    )
    result = engine.extract(article(text, published=date(2021, 10, 25)))
    assert [s.aircraft for s in result.strikes] == [["MQ-9 Reaper"]]


def test_a_strike_already_told_and_then_authorized_is_still_reported(engine: OfflineEngine) -> None:
    text = (
        "U.S. warplanes struck Islamic State positions in Sirte, Libya, on Monday. A Pentagon spokesman "
        "said the strikes were authorized by the president and were carried out in coordination with "
        "the Government of National Accord."
    )
    result = engine.extract(article(text, published=date(2016, 8, 2)))
    assert [s.coordinated_with for s in result.strikes] == [["Government of National Accord"]]


def test_future_plans_reactions_and_period_totals_are_not_claims(engine: OfflineEngine) -> None:
    text = (
        "U.S. warplanes struck Islamic State positions in Sirte, Libya, on Monday, killing 12 militants, "
        "the Pentagon said.\n\n"
        "A Pentagon spokesman said the strikes will help deny the group a safe haven.\n\n"
        "The UN mission said it was deeply alarmed by reports of civilian casualties.\n\n"
        "More than 280 fighters have been killed since the start of the campaign, medical officials said."
    )
    result = engine.extract(article(text, published=date(2016, 8, 2)))
    statements = " ".join(c.statement for c in result.claims).lower()
    assert "safe haven" not in statements and "alarmed" not in statements and "280" not in statements
    assert any("12 militants" in c.statement or "struck" in c.statement for c in result.claims)


def test_an_age_is_not_a_casualty_count(engine: OfflineEngine) -> None:
    text = (
        "The radical cleric and U.S. citizen Anwar al-Awlaki was killed in a 2011 drone strike in Yemen, and his "
        "16-year-old son was killed in another U.S. drone strike in Yemen two weeks later."
    )
    result = engine.extract(article(text, published=date(2013, 5, 23)))
    figures = {(c.min, c.max) for s in result.strikes for c in s.casualties}
    assert figures and not any(16 in (low, high) for low, high in figures)


def test_conjoined_victims_of_one_group_add_up(engine: OfflineEngine) -> None:
    text = (
        "A US drone strike on the night of 12 January hit a farmhouse on the outskirts of Kunturwarey, killing a "
        "70-year-old woman and two of her grandchildren and injuring four other members of the family."
    )
    result = engine.extract(article(text, published=date(2020, 4, 1)))
    figures = {(c.kind, c.group, c.min, c.max) for s in result.strikes for c in s.casualties}
    assert ("killed", "civilians", 3, 3) in figures and ("injured", "civilians", 4, 4) in figures


def test_conjoined_victims_of_another_group_are_their_own_casualty(engine: OfflineEngine) -> None:
    text = "A US drone strike hit a car near Jilib on Sunday, killing five militants and two civilians, officials said."
    result = engine.extract(article(text, published=date(2020, 4, 1)))
    figures = {(c.kind, c.group, c.min, c.max) for s in result.strikes for c in s.casualties}
    assert figures == {("killed", "militants", 5, 5), ("killed", "civilians", 2, 2)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Activists say at least 70 IS militants were killed in the strikes.", "isil"),
        ("IS fighters seized the town.", "isil"),
        ("ISIS IS DEFEATED IN RAQQA", "is"),
        ("The strike IS CONFIRMED", "is"),
    ],
)
def test_group_abbreviation_norm(sentence: str, expected: str) -> None:
    """ "IS" as Islamic State is parsed as a name; in a line written in capitals it stays the verb."""
    doc = load_nlp()(sentence)
    token = next(t for t in doc if t.text == "IS")
    assert token.norm_ == expected
    if expected == "isil":
        assert not token.tag_.startswith("VB")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((24, None), (30, 30), (24, None)),  # "at least 24" and "kills 30": 24 and up
        ((10, 10), (12, 12), (10, 12)),
        ((None, 250), (200, 200), (None, 250)),  # "as many as 250" and "200"
        ((None, None), (7, 7), (7, 7)),  # "several" adds nothing
        ((None, None), (None, None), (None, None)),
    ],
)
def test_figures_for_one_kind_and_group_span_open_bounds(
    a: tuple[int | None, int | None], b: tuple[int | None, int | None], expected: tuple[int | None, int | None]
) -> None:
    assert spanning_range(a, b) == expected
    assert spanning_range(b, a) == expected
