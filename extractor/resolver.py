"""Resolver: one spelling per force, armed group, place and reporting body in an engine's records.

A model writes "ISIL", "Daesh" or "the Islamic State group" and leaves a province out when the article
does not repeat it; the offline engine already writes lexicon names. Resolving LLM records the same
way lets the briefing merge outlets and the scorer compare like with like. Only names the lexicons
know are changed, and a region or country is only filled where the record left it empty.
"""

from __future__ import annotations

from extractor.gazetteer import get_gazetteer
from extractor.lexicons import canonical_force, canonical_group, canonical_place, canonical_source, load_lexicon
from extractor.schemas import Claim, Location, StrikeReport


def _unique(names: list[str]) -> list[str]:
    """Names in first-seen order, each once, empty ones dropped."""
    return list(dict.fromkeys(name for name in names if name))


def _party(name: str) -> str:
    """A coordinating party: a government or a force, by its lexicon name."""
    government = load_lexicon("government").lookup(name)
    return government.name if government is not None else canonical_force(name) or name


def resolve_location(location: Location) -> Location:
    """Lexicon spelling of the place; its region and country from the gazetteer where left empty."""
    place = canonical_place(location.place) if location.place else None
    region, country = location.region, location.country
    if place and (not region or not country):
        countries = frozenset({country}) if country else frozenset()
        found = get_gazetteer().lookup(place, countries)
        if found is not None and (not country or not found.country or found.country == country):
            region = region or (found.region if found.level == "place" else None)
            country = country or found.country
    return Location(place=place, region=canonical_place(region) if region else None, country=country)


def resolve_strike(strike: StrikeReport) -> StrikeReport:
    """The strike with lexicon names for its attackers, target group, place and sources."""
    return strike.model_copy(
        update={
            "attackers": _unique([canonical_force(a) or a for a in strike.attackers]),
            "target_group": canonical_group(strike.target_group) if strike.target_group else None,
            "location": resolve_location(strike.location),
            "coordinated_with": _unique([_party(c) for c in strike.coordinated_with]),
            "reported_by": _unique([canonical_source(r) or r for r in strike.reported_by]),
        }
    )


def resolve_claim(claim: Claim) -> Claim:
    """The claim with one name for its claimant's organisation."""
    return claim.model_copy(
        update={
            "claimant": canonical_source(claim.claimant) or claim.claimant,
            "claimant_org": canonical_source(claim.claimant_org) if claim.claimant_org else None,
        }
    )
