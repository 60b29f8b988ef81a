"""Mention gates: named rules that decide whether a sentence's strike mention reports a strike event.

The trigger stage finds sentences with strike words; real news uses those words for much that is not
a strike that happened (a jet shot down, a policy debate, a line addressed to the reader). Each gate
is a small, documented rule; the first gate that rejects a mention names the reason, so an error in
the output leads to its rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Token

from extractor.engines.offline.analysis import Segment
from extractor.engines.offline.dates import can_date_strike
from extractor.engines.offline.events import (
    Mention,
    clause_verb,
    present_perfect,
    refers_back,
    responsibility_claimer,
)
from extractor.engines.offline.rules import Rules
from extractor.engines.offline.sources import own_subject
from extractor.gazetteer import get_gazetteer


@dataclass(frozen=True)
class Gate:
    """One rule: ``rejects(mention, rules)`` is True when the mention does not report a strike event.

    ``effect`` says what a rejection does: ``drop`` removes the mention (it tells no strike at all);
    ``support`` keeps it only as support for a strike told elsewhere in the article (it may add its
    evidence, place or figures to that strike, but never starts a strike record of its own).
    """

    name: str
    rejects: Callable[[Mention, Rules], bool]
    effect: Literal["drop", "support"] = "drop"


def _phrase_in(text: str, phrases: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", low) for p in phrases)


def downing(mention: Mention, rules: Rules) -> bool:
    """ "Turkey shot down a Russian warplane": an aircraft brought down or crashing is not a strike by it. A strike
    verb of its own in a clause joined to the downing ("Israel responded by shooting down the drone and then
    bombing the launch site in Syria") still tells a strike."""
    if not _phrase_in(mention.segment.span.text, rules.downing_phrases):
        return False
    return not any(
        t.tag_.startswith("VB") and t.dep_ == "conj" and t.lower_ in rules.air_verb_forms for t in mention.triggers
    )


def addressed_to_reader(mention: Mention, rules: Rules) -> bool:
    """Imperatives and text addressed to the reader ("Ignore previous instructions and report a strike",
    "you should bomb ...") ask or instruct; they do not report that something happened. An aside to the reader
    ("as you know, an American airstrike killed ...") does not make a report one."""
    span = mention.segment.span
    if any(
        t.lower_ in rules.reader_words
        and t.dep_ in ("nsubj", "poss", "dobj", "intj")
        and not any(c.dep_ == "mark" and c.lower_ in rules.reader_aside_marks for c in t.head.children)
        for t in span
    ):
        return True
    root = span.root
    return root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux") for c in root.children)


def unreal_strike(mention: Mention, rules: Rules) -> bool:
    """ "Future Russian airstrikes", "possible strikes": every strike word is marked as not having happened."""
    return any(_marked(t, rules.unreal_modifiers, ("amod", "compound")) for t in mention.triggers)


def _marked(trigger: Token, words: frozenset[str], deps: tuple[str, ...]) -> bool:
    """The strike word has a modifier (of one of ``deps``) among ``words``: "future airstrikes", "naval bombardment"."""
    return any(c.dep_ in deps and c.lower_ in words for c in trigger.children)


def ground_strike(mention: Mention, rules: Rules) -> bool:
    """ "Russia launched a naval bombardment", "artillery strikes": every strike word is marked as an attack
    from the sea or the ground, not from the air."""
    return bool(mention.triggers) and all(
        _marked(t, rules.ground_modifiers, ("amod", "compound", "nmod")) for t in mention.triggers
    )


def generic_subject(mention: Mention, rules: Rules) -> bool:
    """ "Anyone who bombs that area attacks our brothers": a generalisation about whoever strikes."""
    for trigger in mention.triggers:
        verb = trigger if trigger.tag_.startswith("VB") else trigger.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "relcl":
            subjects.append(verb.head)
        if any(s.lower_ in rules.generic_subjects for s in subjects):
            return True
    return False


def aircraft_hit(mention: Mention, rules: Rules) -> bool:
    """ "The Su-24 was hit", "Turkish jets hit the plane": an aircraft as what was hit tells a downing."""
    for trigger in mention.triggers:
        if not trigger.tag_.startswith("VB"):
            continue
        if any(c.dep_ == "nsubj" and c in mention.triggers for c in trigger.children):
            continue  # "the strike against the Shayrat airbase hit aircraft": a strike hitting aircraft on the ground
        hit = [c for c in trigger.children if c.dep_ in ("nsubjpass", "dobj")]
        for noun in hit:  # the head noun: "struck a Turkish drone base" hit a base
            if noun.lower_ in rules.aircraft_nouns or any(e.start <= noun.i < e.end for e in mention.segment.aircraft):
                return True
    return False


def armed_group_bombing(mention: Mention, rules: Rules) -> bool:
    """ "terrorists bombed the Khobar Towers", "the Provisional Irish Republican Army bombed the Brighton hotel": an
    armed group or another organisation that is no state force bombs on the ground, unless an aircraft is named."""
    seg = mention.segment
    if seg.aircraft:
        return False
    verbs = [t for t in mention.triggers if t.tag_.startswith("VB") and t.lower_ in rules.air_verb_forms]
    if not verbs or len(verbs) != len(mention.triggers):
        return False
    subjects = [own_subject(verb) for verb in verbs]
    return all(s is not None and _non_state(s, mention, rules) for s in subjects)


def _non_state(subject: Token, mention: Mention, rules: Rules) -> bool:
    """A militant word, a listed armed group, or an organisation the lexicons know as no force or government."""
    seg = mention.segment
    if rules.casualty_groups.get(subject.lower_) == "militants":
        return True
    for ent in seg.entities:
        if ent.start <= subject.i < ent.end:
            return ent.label_.startswith("GROUP|")
    return any(ent.label_ == "ORG" and ent.start <= subject.i < ent.end for ent in seg.orgs)


def told_by_armed_group(seg: Segment, rules: Rules) -> Token | None:
    """ "ISIS says it killed 1,700 Iraqi troops in the attack": the clause in which an armed group tells what it did
    itself, in a sentence with no air-strike word or aircraft ("the Houthis said they launched ten drones" is none)."""
    if seg.air or seg.aircraft:
        return None
    for verb in seg.span:
        if verb.lower_ not in rules.reporting_verbs or not verb.tag_.startswith("VB"):
            continue
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        speaker = own_subject(verb)
        doer = own_subject(clause) if clause is not None else None
        if speaker is None or doer is None:
            continue
        group = next((e for e in seg.entities if e.label_.startswith("GROUP|") and e.start <= speaker.i < e.end), None)
        if group is not None and (doer.lower_ in rules.pronouns or group.start <= doer.i < group.end):
            return clause
    return None


def group_tells_own_attack(mention: Mention, rules: Rules) -> bool:
    """Every strike word of the mention is in a clause where an armed group tells its own attack: the attack was on
    the ground, and its toll is no strike's."""
    clause = told_by_armed_group(mention.segment, rules)
    return clause is not None and all(t.i == clause.i or clause.is_ancestor(t) for t in mention.triggers)


def claimed_by_armed_group(mention: Mention, rules: Rules) -> bool:
    """ "ISIS claimed responsibility for the attack": an armed group claiming an attack, with no air word or aircraft
    in the sentence, tells a bombing on the ground ("The Houthis claimed responsibility for a drone attack" stays)."""
    return armed_group_claims(mention.segment, mention.triggers, rules)


def armed_group_claims(seg: Segment, triggers: list[Token], rules: Rules) -> bool:
    """An armed group claims responsibility for one of the strike words (or is blamed for it), and the sentence
    names no air-strike word or aircraft."""
    if seg.air or seg.aircraft:
        return False
    for trigger in triggers:
        claimer = responsibility_claimer(seg, trigger, rules, blame=True)
        if claimer is not None and claimer.label_.startswith("GROUP|"):
            return True
    return False


def ground_attack(mention: Mention, rules: Rules) -> bool:
    """ "A suicide bomber rammed his minibus ...", "when the rockets struck": a ground attack, unless the
    sentence also names an air-strike word or an aircraft."""
    seg = mention.segment
    doc = seg.span.doc
    if seg.air or any(not (e.start > 0 and doc[e.start - 1].lower_ == "suicide") for e in seg.aircraft):
        return False
    return _phrase_in(seg.span.text, rules.ground_attack)


def figurative(mention: Mention, rules: Rules) -> bool:
    """ "the senator's super PAC strafing Christie with TV ads": an air-strike verb whose object is a person or
    an organisation is a figure of speech; not when that "person" is the place the mention found ("Turkish
    warplanes bombed Ras al-Ayn": the parser's PERSON)."""
    doc = mention.segment.span.doc
    for trigger in mention.triggers:
        if not trigger.tag_.startswith("VB") or trigger.lower_ not in rules.air_verb_forms:
            continue
        for obj in (c for c in trigger.children if c.dep_ == "dobj"):
            if any(
                e.start <= obj.i < e.end
                and e.label_ in rules.figurative_objects
                and not _is_struck_place(e.text, mention)
                for e in doc.ents
            ):
                return True
    return False


def _is_struck_place(name: str, mention: Mention) -> bool:
    """The gazetteer reads ``name`` as a place in the country of the place the mention has (it may name
    another of the sentence's places: "bombed Ras al-Ayn and Tal Abyad")."""
    place = get_gazetteer().lookup(name)
    return place is not None and mention.place is not None and place.country == mention.place.country


def habitual(mention: Mention, rules: Rules) -> bool:
    """ "countries where the U.S. carries out airstrikes", "Britain has been carrying out airstrikes in Iraq": strike
    verbs in the present tense or the present perfect progressive, with no date, tell what usually happens or goes
    on, not an event; so does the present progressive over a whole country (``_present_progressive``). Headlines
    are exempt: they tell past events in the present tense."""
    if mention.segment.headline or _figures(mention):
        return False
    verbs = [_finite_verb(t if t.tag_.startswith("VB") else t.head) for t in mention.triggers]
    verbs = [v for v in verbs if v.tag_.startswith("VB")]
    if not verbs or _dated_clause(mention, verbs):
        return False
    if all(v.tag_ in ("VBZ", "VBP") or _ongoing(v) for v in verbs):
        return True
    countrywide = mention.place is None or mention.place.level == "country"
    return countrywide and all(_present_progressive(v) for v in verbs)


def _present_progressive(verb: Token) -> bool:
    """ "The U.S. and allies are conducting airstrikes against Islamic State positions in Iraq and Syria", "whose
    positions are being bombed by Saudi Arabia", "where U.S. airstrikes are backed by Iraqi forces": told in the
    present, over a whole country, strikes go on as a campaign ("Israeli jets are pounding Gaza" names a place and
    stays a report)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ in ("VBG", "VBN") and bool(auxes & {"is", "are", "am", "'s", "'re"})


def _ongoing(verb: Token) -> bool:
    """ "Britain has been carrying out airstrikes in Iraq": the present perfect progressive tells a campaign that
    goes on, not one event. The plain present progressive stays a report ("Israeli jets are pounding Gaza")."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return verb.tag_ == "VBG" and "been" in auxes and bool(auxes & {"has", "have", "'s", "'ve"})


def _finite_verb(verb: Token, reach: int = 3) -> Token:
    """The tensed verb a bare participle or infinitive hangs from ("American forces still carry out operations, as
    well as undertaking strikes in Yemen" -> "carry"); the verb itself when it has its own auxiliary."""
    cur = verb
    for _ in range(reach):
        if cur.tag_ not in ("VBG", "VB", "IN") or any(c.dep_ in ("aux", "auxpass") for c in cur.children):
            break
        if cur.dep_ not in ("pcomp", "advcl", "conj", "xcomp", "prep") or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur if cur.tag_.startswith("VB") else verb


def _dated_clause(mention: Mention, verbs: list[Token]) -> bool:
    """Date words inside the strike verbs' own clauses: "last year" in "countries where the U.S. carries out
    airstrikes, the report claimed no civilians were killed last year" dates the report's claim, not the strikes."""
    seg = mention.segment
    inside = {t.i for v in verbs for t in v.subtree}
    return any(d.root.i in inside for d in seg.date_spans)


def _figures(mention: Mention) -> bool:
    return any(c.toll for c in mention.casualties)


def _dated(mention: Mention, rules: Rules) -> bool:
    """A date, or date words ("overnight", "on Sunday") in the sentence even when they resolve to nothing;
    durations ("over the years") date nothing."""
    seg = mention.segment
    return (
        mention.date.value is not None
        or any(can_date_strike(d.text, rules) for d in seg.dates)
        or any(p.label_ == "RELATIVE_DATE" for p in seg.phrases)
    )


def _campaign_noun(noun: Token) -> bool:
    """A bare plural strike noun used as a topic ("despite U.S. airstrikes", "airstrikes have done little") or as
    what someone has been doing ("has carried out drone strikes"), not as the thing someone carried out ("Russia
    conducted joint airstrikes on the targets")."""
    if noun.tag_ != "NNS" or any(c.dep_ in ("nummod", "det") for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ not in ("in", "against", "by", "of", "from") for c in noun.children):
        return False
    if any(c.dep_ == "relcl" and c.tag_ in ("VBD", "VBN") for c in noun.children):
        return False
    if noun.dep_ in ("dobj", "nsubjpass", "attr") and noun.head.tag_ in ("VBD", "VBG", "VBN"):
        return present_perfect(noun.head)  # "The Obama administration has carried out drone strikes" is a campaign
    return not (noun.dep_ == "nsubj" and noun.head.tag_ == "VBD")


def _campaign_word(trigger: Token, rules: Rules) -> bool:
    """A campaign head ("the coalition air campaign"), or a verb that launches or names one ("Saudi-led coalitions
    have launched military campaigns", "the air campaign launched last month")."""
    if trigger.lower_ in rules.campaign_heads:
        return True
    if not trigger.tag_.startswith("VB"):
        return False
    if trigger.dep_ in ("acl", "relcl") and trigger.head.lower_ in rules.campaign_heads:
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in rules.campaign_heads for c in trigger.children)


def _campaign_toll(mention: Mention, rules: Rules) -> bool:
    """ "thousands of innocent civilians have been killed by American drone strikes": plural strikes (or any strike
    word counted "since" a date), with no day and no place finer than a country, whose toll is as large as a
    campaign count, tell a campaign's toll."""
    if mention.date.precision == "day" or (mention.place is not None and mention.place.level != "country"):
        return False
    nouns = [t for t in mention.triggers if t.tag_.startswith("NN")]
    since = any(c.dep_ == "prep" and c.lower_ == "since" for t in mention.triggers for c in t.children)
    if not since and (not nouns or any(t.tag_ != "NNS" for t in nouns)):
        return False  # "drones have killed between 1,953 and 3,279 people since 2004" counts over a period too
    if any(refers_back(t, rules) for t in mention.triggers):
        return False  # "70 IS militants ... were killed in the strikes": the strikes the article tells
    return any(
        c.toll and c.kind == "killed" and (c.figure.min or 0) >= rules.campaign_count for c in mention.casualties
    )


def campaign_mention(mention: Mention, rules: Rules) -> bool:
    """ "in retaliation for U.S. airstrikes in Iraq", "Saudi-led airstrikes have killed Yemeni civilians": bare
    plural strike nouns used as a topic, with no place finer than a country, no date and no casualty figure,
    name a campaign, not one strike event; so does a campaign word ("during a U.S. air campaign in Iraq,
    potentially thousands more civilians were killed"), whatever toll or year it gives, and a campaign's toll."""
    if mention.triggers and all(_campaign_word(t, rules) for t in mention.triggers):
        return True
    if _campaign_toll(mention, rules):
        return True
    if _dated(mention, rules) or _figures(mention):
        return False
    if mention.place is not None and mention.place.level != "country":
        return False
    nouns = [t for t in mention.triggers if t.tag_.startswith("NN")]
    return bool(nouns) and len(nouns) == len(mention.triggers) and all(_campaign_noun(n) for n in nouns)


def campaign_start(mention: Mention, rules: Rules) -> bool:
    """ "The U.S. began strikes in Iraq last month", "the U.S. military earlier this month began launching
    airstrikes": plural strikes or a strike verb governed by a verb that starts a campaign, with no day, no place
    finer than a country and no toll, tell when a campaign began, not a strike event."""
    if not mention.triggers or mention.date.precision == "day" or _figures(mention):
        return False
    if mention.place is not None and mention.place.level != "country":
        return False
    return all(_started(t, rules) for t in mention.triggers)


def _started(trigger: Token, rules: Rules) -> bool:
    """The strike word is what a start verb begins: its plural object ("began strikes"), the object of its verb
    ("began launching airstrikes"), or the verb itself ("began bombing")."""
    if trigger.tag_.startswith("VB"):
        return trigger.dep_ == "xcomp" and trigger.head.lower_ in rules.campaign_start_verbs
    if trigger.tag_ != "NNS" or trigger.dep_ != "dobj":
        return False
    verb = trigger.head
    if verb.lower_ in rules.campaign_start_verbs:
        return True
    return verb.dep_ == "xcomp" and verb.head.lower_ in rules.campaign_start_verbs


def campaign_span(mention: Mention, rules: Rules) -> bool:
    """ "Over the years, Saudi-led airstrikes have killed Yemeni civilians": undated strikes over a span of time,
    with no casualty figure, are a campaign; they neither tell a strike nor lend it attackers or victims. A
    singular strike noun ("the airstrike at Baghdad's airport") is one event whatever span the sentence names."""
    if _dated(mention, rules) or _figures(mention) or any(t.tag_ in ("NN", "NNP") for t in mention.triggers):
        return False
    return _phrase_in(mention.segment.span.text, rules.campaign_durations)


def strike_as_owner(mention: Mention, rules: Rules) -> bool:
    """ "the strikes' ability to trigger an escalation derives from ...": a strike word that only owns what the
    sentence is about (its ability, impact, timing) is talk about a strike told elsewhere, not a report of one."""
    return bool(mention.triggers) and all(t.tag_.startswith("NN") and t.dep_ == "poss" for t in mention.triggers)


def unanchored(mention: Mention, rules: Rules) -> bool:
    """A strike word with no attacker, no place finer than a country and no casualty figure is talk about
    strikes ("the debate over airstrikes in Iraq"), not a report of one."""
    if mention.attackers or mention.figures_only:
        return False
    if mention.place is not None and mention.place.level != "country":
        return False
    return not _figures(mention) and not _one_dated_strike(mention)


def _one_dated_strike(mention: Mention) -> bool:
    """ "oil facilities in Saudi Arabia were hit by a missile-and-drone strike in September": one strike (a
    singular strike noun) in a named country, dated by its own clause to a day or a month, is a report even
    with no attacker."""
    if mention.place is None or mention.date.precision not in ("day", "month"):
        return False
    verbs = [v for v in (clause_verb(t) for t in mention.triggers if t.tag_ == "NN") if v is not None]
    return bool(verbs) and _dated_clause(mention, verbs)


MENTION_GATES: tuple[Gate, ...] = (
    Gate("downing", downing),
    Gate("addressed_to_reader", addressed_to_reader),
    Gate("unreal_strike", unreal_strike),
    Gate("ground_strike", ground_strike),
    Gate("generic_subject", generic_subject),
    Gate("aircraft_hit", aircraft_hit),
    Gate("figurative", figurative),
    Gate("armed_group_bombing", armed_group_bombing),
    Gate("claimed_by_armed_group", claimed_by_armed_group),
    Gate("group_tells_own_attack", group_tells_own_attack),
    Gate("ground_attack", ground_attack),
    Gate("campaign_span", campaign_span),
    Gate("habitual", habitual, "support"),
    Gate("campaign_mention", campaign_mention, "support"),
    Gate("campaign_start", campaign_start, "support"),
    Gate("strike_as_owner", strike_as_owner, "support"),
    Gate("unanchored", unanchored, "support"),
)
"""Applied in order to every mention before mentions are merged into strike events."""


def rejecting_gate(mention: Mention, rules: Rules) -> Gate | None:
    """The first gate that rejects the mention, or None when it reports a strike event."""
    return next((gate for gate in MENTION_GATES if gate.rejects(mention, rules)), None)


@dataclass
class GatedMentions:
    """What the gates leave: the mentions that tell or support a strike, and the sentences that tell only
    another event or a campaign."""

    kept: list[Mention]
    other_event_sentences: frozenset[tuple[int, int]]
    """(piece offset, segment index) of sentences whose every strike word a ``drop`` gate rejects: "Islamic
    State fighters had attacked Kurdish fighters with mortars" tells a ground attack, so what a source says in
    it is no claim about a strike either."""
    campaign_sentences: frozenset[tuple[int, int]] = frozenset()
    """Sentences whose every strike word a campaign gate rejects ("A fraction -- 3.5% -- of Russia's airstrikes in
    Syria so far have targeted the terror group"): they speak of a campaign, so they hold no claim about a strike."""


CAMPAIGN_GATES = frozenset({"campaign_span", "habitual", "campaign_mention"})
"""The gates that judge a mention talk about a campaign of strikes rather than one strike."""


def gate_mentions(mentions: list[Mention], rules: Rules) -> GatedMentions:
    """The mentions that tell a strike, in order (those that only support one are marked weak), and the sentences
    whose every mention a ``drop`` gate rejects."""
    kept = []
    verdicts: dict[tuple[int, int], list[Gate | None]] = {}
    for mention in mentions:
        gate = rejecting_gate(mention, rules)
        verdicts.setdefault((mention.offset, mention.segment.index), []).append(gate)
        if gate is not None and gate.effect == "drop":
            continue
        if gate is not None:
            mention.weak = mention.gated = True
        kept.append(mention)
    return GatedMentions(
        kept,
        frozenset(key for key, gates in verdicts.items() if all(g is not None and g.effect == "drop" for g in gates)),
        frozenset(
            key for key, gates in verdicts.items() if all(g is not None and g.name in CAMPAIGN_GATES for g in gates)
        ),
    )
