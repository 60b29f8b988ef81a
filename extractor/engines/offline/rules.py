"""The engine's rule data, read once from ``extractor/data/lexicons/*.toml`` into sets and tables."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from extractor.lexicons import Entry, load_lexicon, load_rules


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


@dataclass(frozen=True)
class Rules:
    """Cue words and tables the offline engine reads; every value comes from a data file."""

    air_nouns: tuple[str, ...]
    air_verbs: tuple[str, ...]
    generic_nouns: tuple[str, ...]
    generic_verbs: tuple[str, ...]
    need_air_subject: frozenset[str]
    passive_damage: frozenset[str]
    anaphora: frozenset[str]
    anaphora_nouns: frozenset[str]
    other_events: frozenset[str]
    territory_nouns: frozenset[str]
    non_air_modifiers: frozenset[str]
    air_verb_forms: frozenset[str]
    generic_verb_forms: frozenset[str]
    generic_noun_forms: frozenset[str]
    non_event_heads: frozenset[str]
    direct_non_event_heads: frozenset[str]
    modals: frozenset[str]
    conditionals: frozenset[str]
    coordination: frozenset[str]
    other_event_marks: frozenset[str]
    place_nouns: frozenset[str]
    joint: frozenset[str]
    strike_preps: frozenset[str]
    never_preps: frozenset[str]
    region_words: frozenset[str]
    reporting_verbs: frozenset[str]
    content_verbs: frozenset[str]
    according: tuple[str, ...]
    statement_nouns: frozenset[str]
    motive_words: frozenset[str]
    judgement_words: frozenset[str]
    plan_words: frozenset[str]
    topic_nouns: frozenset[str]
    pronouns: frozenset[str]
    denial_verbs: frozenset[str]
    negations: frozenset[str]
    denial_topics: frozenset[str]
    denial_phrases: tuple[str, ...]
    claimant_roles: frozenset[str]
    org_heads: frozenset[str]
    killed_words: frozenset[str]
    injured_words: frozenset[str]
    casualty_groups: dict[str, str]
    person_ranks: frozenset[str]
    officer_nouns: frozenset[str]
    number_words: dict[str, int]
    scale_words: dict[str, int]
    vague_amounts: dict[str, int]
    no_figure: tuple[str, ...]
    kin_words: frozenset[str]
    victim_naming_words: frozenset[str]
    victim_subject_words: frozenset[str]
    part_marks: frozenset[str]
    qualifiers: dict[str, str]
    relative_dates: dict[str, tuple[str, int, str]]
    date_leading: frozenset[str]
    date_trailing: tuple[str, ...]
    date_skip: tuple[str, ...]
    publication_cues: tuple[str, ...]
    publication_chars: int
    tail_starts: tuple[str, ...]
    line_contains: tuple[str, ...]
    wire_agencies: tuple[str, ...]
    line_equals: frozenset[str]
    ambiguous_forces: dict[str, tuple[str, ...]]
    suspicion_verbs: frozenset[str] = frozenset()
    reaction_verbs: frozenset[str] = frozenset()
    state_speakers: frozenset[str] = frozenset()
    force_references: frozenset[str] = frozenset()
    force_voice_words: frozenset[str] = frozenset()
    tally_words: frozenset[str] = frozenset()
    campaign_count: int = 50
    measure_nouns: frozenset[str] = frozenset()
    part_words: frozenset[str] = frozenset()
    responsibility_nouns: frozenset[str] = frozenset()
    blame_verbs: frozenset[str] = frozenset()
    support_nouns: frozenset[str] = frozenset()
    denial_objects: frozenset[str] = frozenset()
    vague_denial_topics: frozenset[str] = frozenset()
    witnesses: frozenset[str] = frozenset()
    site_nouns: frozenset[str] = frozenset()
    site_nearby_preps: frozenset[str] = frozenset()
    site_nearby_nouns: frozenset[str] = frozenset()
    named_before_nouns: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    locative_preps: frozenset[str] = frozenset()
    listed_place_preps: frozenset[str] = frozenset()
    directions: frozenset[str] = frozenset()
    downing_phrases: tuple[str, ...] = ()
    reader_words: frozenset[str] = frozenset()
    reader_aside_marks: frozenset[str] = frozenset()
    unreal_modifiers: frozenset[str] = frozenset()
    ground_modifiers: frozenset[str] = frozenset()
    generic_subjects: frozenset[str] = frozenset()
    aircraft_nouns: frozenset[str] = frozenset()
    ground_attack: tuple[str, ...] = ()
    no_comment: tuple[str, ...] = ()
    figurative_objects: frozenset[str] = frozenset()
    separate_words: frozenset[str] = frozenset()
    event_nouns: frozenset[str] = frozenset()
    reaction_words: frozenset[str] = frozenset()
    future_modals: frozenset[str] = frozenset()
    ground_munitions: frozenset[str] = frozenset()
    possibility_modals: frozenset[str] = frozenset()
    opinion_verbs: frozenset[str] = frozenset()
    event_time_words: frozenset[str] = frozenset()
    demand_words: frozenset[str] = frozenset()
    campaign_heads: frozenset[str] = frozenset()
    campaign_start_verbs: frozenset[str] = frozenset()
    campaign_durations: tuple[str, ...] = ()
    non_strike_objects: frozenset[str] = frozenset()
    air_munitions: frozenset[str] = frozenset()
    partitive_nouns: frozenset[str] = frozenset()
    instrument_verbs: frozenset[str] = frozenset()
    warning_heads: frozenset[str] = frozenset()
    owned_nouns: frozenset[str] = frozenset()
    particle_verbs: dict[str, str] = field(default_factory=dict)
    """Verb forms that are strike verbs only with their particle ("took out" a convoy, not "took off")."""
    carried_out: frozenset[str] = frozenset()
    """Order heads that, past or nominal and with the strike's own day in their phrase, tell an order carried out."""
    plan_predicates: frozenset[str] = frozenset()
    """What a strike word as a subject is said to be that makes it a plan ("in the works", "likely")."""
    province_words: frozenset[str] = frozenset()
    office_titles: frozenset[str] = frozenset()
    affiliation_heads: frozenset[str] = frozenset()
    world_regions: frozenset[str] = frozenset()
    venue_verbs: frozenset[str] = frozenset()
    venue_nouns: frozenset[str] = frozenset()
    harm_words: frozenset[str] = frozenset()
    strike_words: frozenset[str] = frozenset()
    """Every single word that names a strike: the head of each air phrase, generic nouns and verbs, air verbs."""
    claim_nouns: frozenset[str] = frozenset()
    blame_words: frozenset[str] = frozenset()
    characterising_verbs: frozenset[str] = frozenset()
    disposition_words: frozenset[str] = frozenset()
    no_comment_verbs: frozenset[str] = frozenset()
    no_comment_objects: frozenset[str] = frozenset()
    remark_nouns: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()


@cache
def load_engine_rules() -> Rules:
    """Read every rule file once per process."""
    strike = load_rules("strike_terms")
    claims = load_rules("claims")
    cas = load_rules("casualties")
    dates = load_rules("dates")
    page = load_rules("boilerplate")
    forces = load_rules("forces")
    groups: dict[str, str] = {}
    for group in ("unknown", "soldiers", "civilians", "militants"):
        for word in cas["group"][group]:
            groups.setdefault(word.lower(), group)
    qualifiers: dict[str, str] = {}
    for bound, phrases in cas["qualifiers"].items():
        if bound != "range_words":
            for phrase in phrases:
                qualifiers[phrase.lower()] = bound
    return Rules(
        air_nouns=tuple(strike["air"]["nouns"]),
        warning_heads=_words(strike["air"]["warning_heads"]),
        air_verbs=tuple(strike["air"]["verbs"]),
        generic_nouns=tuple(strike["generic"]["nouns"]),
        generic_verbs=tuple(strike["generic"]["verbs"]),
        need_air_subject=_words(strike["generic"]["need_air_subject"]),
        passive_damage=_words(strike["generic"]["passive_damage"]),
        anaphora=_words(strike["anaphora"]["determiners"]),
        anaphora_nouns=_words(strike["anaphora"]["nouns"]),
        other_events=_words(strike["other_events"]["nouns"]),
        territory_nouns=_words(strike["other_events"]["territory_nouns"]),
        non_air_modifiers=_words(strike["other_events"]["non_air_modifiers"]),
        ground_munitions=_words(strike["other_events"].get("ground_munitions", [])),
        air_verb_forms=_words(strike["air"]["verbs"]) - _words(strike["air"]["nouns"]),
        generic_verb_forms=_words(strike["generic"]["verbs"]) - _words(strike["generic"]["nouns"]),
        generic_noun_forms=_words(strike["generic"]["nouns"]) - _words(strike["generic"]["verbs"]),
        non_event_heads=_words(strike["non_event"]["heads"]),
        direct_non_event_heads=_words(strike["non_event"]["direct_heads"]),
        modals=_words(strike["non_event"]["modals"]),
        conditionals=_words(strike["non_event"]["conditionals"]),
        coordination=_words(strike["coordination"]["words"]),
        other_event_marks=_words(strike["clauses"]["other_event_marks"]),
        place_nouns=_words(strike["clauses"]["place_nouns"]),
        joint=_words(strike["joint"]["words"]),
        strike_preps=_words(strike["place_prepositions"]["strike"]),
        never_preps=_words(strike["place_prepositions"]["never"]),
        region_words=_words(strike["place_prepositions"]["region_words"]),
        reporting_verbs=_words(claims["reporting"]["verbs"]),
        content_verbs=_words(claims["reporting"]["needs_content"]),
        according=tuple(p.lower() for p in claims["reporting"]["according"]),
        statement_nouns=_words(claims["reporting"]["statement_nouns"]),
        motive_words=_words(claims["reporting"]["motive_words"]),
        judgement_words=_words(claims["reporting"]["judgement_words"]),
        plan_words=_words(claims["reporting"]["plan_words"]),
        topic_nouns=_words(claims["reporting"]["topic_nouns"]),
        pronouns=_words(claims["reporting"]["pronouns"]),
        denial_verbs=_words(claims["denial"]["verbs"]),
        negations=_words(claims["denial"]["negations"]),
        denial_topics=_words(claims["denial"]["topics"]),
        denial_phrases=tuple(p.lower() for p in claims["denial"]["phrases"]),
        claimant_roles=_words(claims["claimant"]["roles"]),
        org_heads=_words(claims["claimant"]["org_heads"]),
        killed_words=_words(cas["kind"]["killed"]),
        victim_subject_words=_words(cas["kind"]["victim_subject"]),
        injured_words=_words(cas["kind"]["injured"]),
        casualty_groups=groups,
        person_ranks=_words(cas["titles"]["ranks"]),
        officer_nouns=_words(cas["titles"]["officers"]),
        number_words={k.lower(): int(v) for k, v in cas["numbers"].items()},
        scale_words={k.lower(): int(v) for k, v in cas["scales"].items()},
        vague_amounts={k.lower(): int(v) for k, v in cas["vague"].items()},
        no_figure=tuple(w.lower() for w in cas["no_figure"]["words"]),
        kin_words=_words(cas["kin"]["words"]),
        victim_naming_words=_words(cas["naming"]["words"]),
        part_marks=_words(cas["parts"]["words"]),
        qualifiers=qualifiers,
        relative_dates={k.lower(): (v[0], int(v[1]), v[2]) for k, v in dates["relative"].items()},
        date_leading=_words(dates["filler"]["leading"]),
        date_trailing=tuple(w.lower() for w in dates["filler"]["trailing"]),
        date_skip=tuple(w.lower() for w in dates["skip"]["words"]),
        event_time_words=_words(dates["event_time"]["words"]),
        publication_cues=tuple(w.lower() for w in dates["publication"]["cues"]),
        publication_chars=int(dates["publication"]["search_chars"]),
        tail_starts=tuple(w.lower() for w in page["tail_starts"]),
        line_contains=tuple(w.lower() for w in page["line_contains"]),
        wire_agencies=tuple(page["wire_agencies"]),
        line_equals=_words(page["line_equals"]),
        ambiguous_forces={a["alias"].lower(): tuple(a["candidates"]) for a in forces.get("ambiguous", [])},
        suspicion_verbs=_words(strike.get("suspicion", {}).get("verbs", [])),
        reaction_verbs=_words(strike["reactions"]["verbs"]),
        state_speakers=_words(claims.get("claimant", {}).get("state_speakers", [])),
        force_references=_words(claims["claimant"]["force_references"]),
        force_voice_words=_words(claims["claimant"]["force_voice_words"]),
        tally_words=_words(strike.get("tally", {}).get("words", [])),
        campaign_count=int(strike.get("tally", {}).get("campaign_count", 50)),
        measure_nouns=_words(strike["tally"]["measure_nouns"]),
        part_words=_words(strike["tally"]["part_words"]),
        responsibility_nouns=_words(strike["responsibility"]["nouns"]),
        blame_verbs=_words(strike["responsibility"]["blame_verbs"]),
        support_nouns=_words(strike["air_support"]["nouns"]),
        denial_objects=_words(claims["denial"].get("objects", [])),
        vague_denial_topics=_words(claims["denial"]["vague_topics"]),
        witnesses=_words(claims["claimant"].get("witnesses", [])),
        site_nouns=_words(strike["clauses"].get("site_nouns", [])),
        site_nearby_preps=_words(strike["clauses"]["site_nearby_preps"]),
        site_nearby_nouns=_words(strike["clauses"]["site_nearby_nouns"]),
        named_before_nouns=_words(strike["clauses"].get("named_before_nouns", [])),
        name_particles=_words(strike["clauses"]["name_particles"]),
        locative_preps=_words(strike["place_prepositions"].get("locative", [])),
        listed_place_preps=_words(strike["place_prepositions"]["listed"]),
        directions=_words(strike["place_prepositions"]["directions"]),
        separate_words=_words(strike["anaphora"].get("separate", [])),
        event_nouns=_words(strike["anaphora"].get("event_nouns", [])),
        reaction_words=_words(claims["reporting"].get("reaction_words", [])),
        future_modals=_words(claims["reporting"].get("future_modals", [])),
        possibility_modals=_words(claims["reporting"].get("possibility_modals", [])),
        opinion_verbs=_words(claims["reporting"].get("opinion_verbs", [])),
        demand_words=_words(claims["reporting"].get("demand_words", [])),
        claim_nouns=_words(claims["reporting"].get("claim_nouns", [])),
        blame_words=_words(claims["reporting"].get("blame_words", [])),
        characterising_verbs=_words(claims["reporting"].get("characterising_verbs", [])),
        disposition_words=_words(claims["reporting"].get("disposition_words", [])),
        no_comment_verbs=_words(claims["reporting"].get("no_comment_verbs", [])),
        no_comment_objects=_words(claims["reporting"].get("no_comment_objects", [])),
        remark_nouns=_words(claims["reporting"]["remark_nouns"]),
        naming_verbs=_words(claims["reporting"]["naming_verbs"]),
        downing_phrases=tuple(w.lower() for w in strike["gates"]["downing"]),
        reader_words=_words(strike["gates"]["reader_words"]),
        reader_aside_marks=_words(strike["gates"]["reader_aside_marks"]),
        unreal_modifiers=_words(strike["gates"]["unreal_modifiers"]),
        ground_modifiers=_words(strike["gates"]["ground_modifiers"]),
        generic_subjects=_words(strike["gates"]["generic_subjects"]),
        aircraft_nouns=_words(strike["gates"]["aircraft_nouns"]),
        ground_attack=tuple(w.lower() for w in strike["gates"]["ground_attack"]),
        no_comment=tuple(w.lower() for w in claims["reporting"]["no_comment"]),
        figurative_objects=frozenset(strike["gates"]["figurative_objects"]),
        campaign_heads=_words(strike["gates"]["campaign_heads"]),
        campaign_start_verbs=_words(strike["gates"]["campaign_start_verbs"]),
        campaign_durations=tuple(w.lower() for w in strike["gates"]["campaign_durations"]),
        non_strike_objects=_words(strike["generic"]["non_strike_objects"]),
        air_munitions=_words(strike["generic"]["air_munitions"]),
        partitive_nouns=_words(strike["generic"]["partitive_nouns"]),
        instrument_verbs=_words(strike["generic"]["instrument_verbs"]),
        owned_nouns=_words(strike["generic"]["owned_nouns"]),
        carried_out=_words(strike["non_event"]["carried_out"]),
        plan_predicates=_words(strike["non_event"]["predicates"]),
        particle_verbs={k.lower(): v.lower() for k, v in strike["generic"]["particle_verbs"].items()},
        province_words=_words(strike["place_prepositions"]["province_words"]),
        office_titles=_words(claims["claimant"]["office_titles"]),
        affiliation_heads=_words(strike["non_places"]["affiliation_heads"]),
        world_regions=_words(strike["non_places"]["world_regions"]),
        venue_verbs=_words(strike["non_places"]["venue_verbs"]),
        venue_nouns=_words(strike["non_places"]["venue_nouns"]),
        harm_words=_words(claims["reporting"]["harm_words"]),
        strike_words=_words(
            [phrase.split()[-1] for phrase in strike["air"]["nouns"]]
            + strike["air"]["verbs"]
            + strike["generic"]["nouns"]
            + strike["generic"]["verbs"]
        ),
    )


def lexicon_entries(kind: str) -> tuple[Entry, ...]:
    """Entries of one name lexicon (force, group, place, country, government, aircraft_type, weapon)."""
    return load_lexicon(kind).entries
