"""The resolver gives LLM records the lexicon's names and fills only what the record left empty."""

from __future__ import annotations

from extractor.resolver import resolve_claim, resolve_location, resolve_strike
from extractor.schemas import Claim, Evidence, Location, StrikeReport


def test_aliases_become_one_name_and_the_gazetteer_fills_region_and_country() -> None:
    strike = StrikeReport(
        attackers=["AFRICOM", "U.S. military"],
        target_group="Daesh",
        location=Location(place="Albu Kamal"),
        coordinated_with=["Damascus government"],
        reported_by=["SOHR", "Syrian Observatory for Human Rights"],
        evidence=[Evidence(quote="Jets struck Albu Kamal")],
    )
    resolved = resolve_strike(strike)
    assert resolved.attackers == ["US military"]
    assert resolved.target_group == "Islamic State"
    assert resolved.location == Location(place="Abu Kamal", region="Deir ez-Zor", country="Syria")
    assert resolved.coordinated_with == ["Syrian government"]
    assert resolved.reported_by == ["Syrian Observatory for Human Rights"]
    assert resolved.evidence == strike.evidence


def test_what_the_record_says_is_kept_and_unknown_names_pass_through() -> None:
    location = Location(place="Jilib", region="Lower Juba", country="Somalia")
    assert resolve_location(location) == location
    assert resolve_location(Location(place="Qaryat al-Nowhere")) == Location(place="Qaryat al-Nowhere")
    strike = resolve_strike(StrikeReport(attackers=["Unit 42 of the Hypothetical Navy"]))
    assert strike.attackers == ["Unit 42 of the Hypothetical Navy"]


def test_a_place_in_another_country_than_the_record_says_gets_no_region() -> None:
    resolved = resolve_location(Location(place="Jilib", country="Libya"))
    assert (resolved.region, resolved.country) == (None, "Libya")


def test_claim_organisations_get_one_name() -> None:
    claim = resolve_claim(
        Claim(
            claimant="CENTCOM",
            claimant_org="U.S. Central Command",
            stance="asserts",
            statement="A strike killed a leader",
        )
    )
    assert (claim.claimant, claim.claimant_org) == ("US Central Command", "US Central Command")
