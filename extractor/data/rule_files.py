"""Typed models of the rule and lexicon files in ``lexicons/``: every section and key is declared, so a
misspelt section, an unknown key or a value of the wrong type fails on load, naming the file and the key."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extractor.errors import ExtractorError

Words = list[str]


class Table(BaseModel):
    """A TOML table whose keys are all declared: an unknown key is an error, not a silently ignored rule."""

    model_config = ConfigDict(extra="forbid", frozen=True)


# ---------------------------------------------------------------- strike_terms.toml


class AirTerms(Table):
    nouns: Words
    verbs: Words
    warning_heads: Words


class GenericTerms(Table):
    nouns: Words
    verbs: Words
    need_air_subject: Words
    passive_damage: Words
    non_strike_objects: Words
    air_munitions: Words
    partitive_nouns: Words
    instrument_verbs: Words
    owned_nouns: Words
    particle_verbs: dict[str, str]


class OtherEvents(Table):
    nouns: Words
    territory_nouns: Words
    non_air_modifiers: Words
    ground_munitions: Words


class Anaphora(Table):
    determiners: Words
    nouns: Words
    separate: Words
    event_nouns: Words


class NonEvent(Table):
    heads: Words
    direct_heads: Words
    modals: Words
    conditionals: Words
    carried_out: Words
    predicates: Words


class Clauses(Table):
    other_event_marks: Words
    site_nouns: Words
    site_nearby_preps: Words
    site_nearby_nouns: Words
    named_before_nouns: Words
    name_particles: Words
    place_nouns: Words


class WordList(Table):
    words: Words


class VerbList(Table):
    verbs: Words


class Tally(Table):
    words: Words
    campaign_count: int = Field(ge=2)
    measure_nouns: Words
    part_words: Words


class NounList(Table):
    nouns: Words


class Responsibility(Table):
    nouns: Words
    blame_verbs: Words


class PlacePrepositions(Table):
    strike: Words
    locative: Words
    listed: Words
    never: Words
    directions: Words
    region_words: Words
    province_words: Words


class NonPlaces(Table):
    affiliation_heads: Words
    venue_verbs: Words
    venue_nouns: Words
    world_regions: Words


class GateWords(Table):
    downing: Words
    reader_words: Words
    reader_aside_marks: Words
    unreal_modifiers: Words
    ground_modifiers: Words
    ground_attack: Words
    figurative_objects: Words
    campaign_heads: Words
    campaign_durations: Words
    campaign_start_verbs: Words
    generic_subjects: Words
    aircraft_nouns: Words


class StrikeTerms(Table):
    air: AirTerms
    generic: GenericTerms
    other_events: OtherEvents
    anaphora: Anaphora
    non_event: NonEvent
    clauses: Clauses
    coordination: WordList
    air_support: NounList
    joint: WordList
    place_prepositions: PlacePrepositions
    non_places: NonPlaces
    suspicion: VerbList
    reactions: VerbList
    tally: Tally
    responsibility: Responsibility
    gates: GateWords


# ---------------------------------------------------------------- claims.toml


class Reporting(Table):
    verbs: Words
    needs_content: Words
    according: Words
    statement_nouns: Words
    pronouns: Words
    reaction_words: Words
    no_comment: Words
    future_modals: Words
    possibility_modals: Words
    opinion_verbs: Words
    topic_nouns: Words
    motive_words: Words
    judgement_words: Words
    plan_words: Words
    demand_words: Words
    claim_nouns: Words
    blame_words: Words
    characterising_verbs: Words
    harm_words: Words
    disposition_words: Words
    no_comment_verbs: Words
    no_comment_objects: Words
    remark_nouns: Words
    naming_verbs: Words


class Denial(Table):
    verbs: Words
    negations: Words
    topics: Words
    vague_topics: Words
    objects: Words
    phrases: Words


class Claimant(Table):
    state_speakers: Words
    force_references: Words
    force_voice_words: Words
    witnesses: Words
    roles: Words
    office_titles: Words
    abbreviated_titles: Words
    org_heads: Words


class ClaimCues(Table):
    reporting: Reporting
    denial: Denial
    claimant: Claimant


# ---------------------------------------------------------------- casualties.toml


class CasualtyKinds(Table):
    killed: Words
    injured: Words
    victim_subject: Words


class CasualtyGroups(Table):
    militants: Words
    civilians: Words
    soldiers: Words
    unknown: Words


class Titles(Table):
    ranks: Words
    officers: Words


class Qualifiers(Table):
    lower: Words
    upper: Words
    approximate: Words
    range_words: Words


class CasualtyCues(Table):
    kind: CasualtyKinds
    group: CasualtyGroups
    titles: Titles
    numbers: dict[str, int]
    scales: dict[str, int]
    vague: dict[str, int]
    kin: WordList
    naming: WordList
    parts: WordList
    no_figure: WordList
    qualifiers: Qualifiers


# ---------------------------------------------------------------- dates.toml

RelativeDate = tuple[Literal["day", "week", "month", "year"], int, Literal["day", "week", "month", "year"]]
"""[unit of the shift, how many units back, precision of the result]."""


class DateFiller(Table):
    leading: Words
    trailing: Words


class PublicationCues(Table):
    cues: Words
    search_chars: int = Field(gt=0)


class DateCues(Table):
    relative: dict[str, RelativeDate]
    filler: DateFiller
    event_time: WordList
    skip: WordList
    publication: PublicationCues


# ---------------------------------------------------------------- boilerplate.toml, support.toml


class Boilerplate(Table):
    tail_starts: Words
    line_contains: Words
    line_equals: Words
    wire_agencies: Words
    name_card_end: str


class SupportClause(Table):
    min_words: int = Field(gt=0)
    verbs: Words


class SupportNames(Table):
    generic: Words
    nameless_attackers: Words
    nameless_claimants: Words


class SupportCues(Table):
    clause: SupportClause
    names: SupportNames


# ---------------------------------------------------------------- name lexicons


class NameEntry(Table):
    name: str = Field(min_length=1)
    aliases: Words = []


class ForceEntry(NameEntry):
    country: str | None = None
    demonyms: Words = []
    default_for_country: bool = False
    air: bool = True
    led_by: str | None = None
    abroad_only: bool = False


class AmbiguousAlias(Table):
    alias: str
    candidates: Words


class Forces(Table):
    force: list[ForceEntry]
    ambiguous: list[AmbiguousAlias] = []


class Groups(Table):
    group: list[NameEntry]
    abbreviations: dict[str, str] = {}


class PlaceEntry(NameEntry):
    region: str | None = None
    country: str | None = None
    type: str | None = None
    admin1: str | None = None


class GazetteerSettings(Table):
    alternate_names_for: Words
    """Countries whose towns are also looked up by GeoNames' alternate spellings."""


class Places(Table):
    place: list[PlaceEntry]
    gazetteer: GazetteerSettings | None = None


class CountryEntry(NameEntry):
    demonyms: Words = []
    capital: str | None = None
    leaders: Words = []


class Countries(Table):
    country: list[CountryEntry]


class GovernmentEntry(NameEntry):
    country: str


class Governments(Table):
    government: list[GovernmentEntry]


class Sources(Table):
    source: list[NameEntry]


class AircraftEntry(NameEntry):
    generic: bool = False


class AircraftTypes(Table):
    aircraft_type: list[AircraftEntry]


class Weapons(Table):
    weapon: list[NameEntry]


RULE_FILES: dict[str, type[Table]] = {
    "strike_terms": StrikeTerms,
    "claims": ClaimCues,
    "casualties": CasualtyCues,
    "dates": DateCues,
    "boilerplate": Boilerplate,
    "support": SupportCues,
    "forces": Forces,
    "groups": Groups,
    "places": Places,
    "countries": Countries,
    "governments": Governments,
    "sources": Sources,
    "aircraft_types": AircraftTypes,
    "weapons": Weapons,
}
"""Every file in ``lexicons/`` by stem, with the model it must satisfy."""


class RuleFileError(ExtractorError):
    """A rule or lexicon file that does not satisfy its model: the file, the key and what is wrong, one line."""


def validate_rule_file(stem: str, data: dict, source: str) -> None:
    """Check the parsed TOML of ``lexicons/<stem>.toml`` against its model; a file without one is an error."""
    model = RULE_FILES.get(stem)
    if model is None:
        raise RuleFileError(f"{source}: no model for this file; declare it in extractor/data/rule_files.py")
    try:
        model.model_validate(data)
    except ValidationError as exc:
        problems = [f"{'.'.join(str(part) for part in e['loc'])}: {e['msg']}" for e in exc.errors()[:3]]
        raise RuleFileError(f"{source}: {'; '.join(problems)}") from None
