"""Strike reports: find strike mentions sentence by sentence, then merge mentions of one event."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field, replace
from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from extractor.engines.offline.analysis import DocView, Segment
from extractor.engines.offline.casualties import PART_RULE, CasualtyFinding, Figure, find_casualties, number_value
from extractor.engines.offline.dates import UNKNOWN, DateReader, ResolvedDate
from extractor.engines.offline.matchers import Matchers
from extractor.engines.offline.rules import Rules
from extractor.engines.offline.sources import (
    UNNAMED,
    UNNAMED_HEADS,
    Source,
    hyphen_modifier,
    own_subject,
    source_from,
    subject_of,
)
from extractor.gazetteer import Gazetteer, PlaceInfo, town_or_region
from extractor.lexicons import fold, load_lexicon

_TARGET_PREPS = {"on", "against", "at", "into", "targeting"}
_STRUCK_PREPS = ("on", "against", "targeting")
"""Prepositions whose object is what a strike hit ("strikes on X", "a raid against X", "targeting X")."""
PLACE_LEVEL = {"place": 3, "region": 2, "country": 1}
"""How precise each level of a place is."""
_AREA_PREPS = {"in", "inside", "over", "across", "into", "near", "within", "throughout", "of"}
STATE_KINDS = ("COUNTRY", "DEMONYM", "LEADER")
"""Entity kinds that name a state and so stand for its forces: "Israel", "Israeli", "President Bill Clinton"."""


@dataclass(frozen=True)
class Party:
    """A force or state in a strike, with the key that says which side it is on (its country)."""

    name: str
    key: str
    air: bool
    abroad_only: bool = False
    """The force never strikes its own country (its ``key``) in the news this engine reads."""


@dataclass
class Mention:
    """One sentence's report of a strike (possibly one of several places it names)."""

    segment: Segment
    offset: int
    weak: bool
    anaphoric: bool
    attackers: list[Party] = field(default_factory=list)
    coordinated: list[str] = field(default_factory=list)
    place: PlaceInfo | None = None
    date: ResolvedDate = UNKNOWN
    date_text: str | None = None
    aircraft: list[str] = field(default_factory=list)
    weapons: list[str] = field(default_factory=list)
    casualties: list[CasualtyFinding] = field(default_factory=list)
    target: str | None = None
    target_group: str | None = None
    reporters: list[Source] = field(default_factory=list)
    also: bool = False
    """ "Coalition aircraft also conducted strikes in the area": the same operation as the strike just told."""
    separate: bool = False
    """ "In a separate operation, helicopters struck ...": a new event unless it names the same place."""
    another: bool = False
    """The strike is told as one more ("another airstrike", "a second strike"): one of the ``separate`` marks."""
    figures_only: bool = False
    """A sentence with casualty figures and a town but no strike word ("12 people were killed in Kafranbel,
    a rescuer said"): it can only add to the one strike on that town, never start one."""
    triggers: list[Token] = field(default_factory=list)
    """The strike words of the sentence that made this mention (empty for a figures-only sentence)."""
    gated: bool = False
    """A ``support`` gate judged it talk about strikes, not a report of one."""
    rules: dict[str, str] = field(default_factory=dict)
    """Which rule set each field (attackers, location, strike_date, casualties): the record's debug trail."""

    @property
    def evidence(self) -> tuple[int, int]:
        return self.offset + self.segment.start_char, self.offset + self.segment.end_char


@dataclass
class StrikeEvent:
    """Mentions merged into one strike: one attacking side, one place, one date."""

    mentions: list[Mention]
    attackers: list[Party]
    place: PlaceInfo | None
    date: ResolvedDate
    date_text: str | None
    rules: dict[str, str] = field(default_factory=dict)
    """Which rule set each field of the event (taken from its mentions or set by a merging rule)."""

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(p.key for p in self.attackers)


class ForceTable:
    """Force attributes from forces.toml: the side a force is on, whether it flies, a country's air arm."""

    def __init__(self, matchers: Matchers) -> None:
        self.entries = {e.name: e for e in load_lexicon("force").entries}
        self.country_force = matchers.country_force
        self.capital_country = {
            fold(e.attrs["capital"]): e.name for e in load_lexicon("country").entries if e.attrs.get("capital")
        }
        governments = load_lexicon("government").entries
        self.country_government = {e.attrs.get("country"): e.name for e in governments}
        self.government_country = {e.name: e.attrs.get("country") for e in governments}

    def government_party(self, government: str) -> Party | None:
        """The forces of a government's state ("the U.S. government said it targeted ..." -> US military)."""
        country = self.government_country.get(government)
        return self.country_party(country) if isinstance(country, str) else None

    def party(self, name: str) -> Party:
        entry = self.entries.get(name)
        attrs = entry.attrs if entry else {}
        key = attrs.get("led_by") or attrs.get("country") or name
        return Party(name=name, key=key, air=attrs.get("air", True), abroad_only=attrs.get("abroad_only", False))

    def country_party(self, country: str) -> Party | None:
        force = self.country_force.get(country)
        return self.party(force) if force else None


def _acts(ent: Span, trigger_ids: set[int], country: bool) -> bool:
    """ "Moscow has reacted angrily", "Turkey said": a place as the subject of a verb other than the strike words
    stands for its government and is no strike place; so does a country that is the subject of a relative clause
    ("Russia, which has criticized ...")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    head = root.head
    if root.dep_ == "nsubj" and head.tag_.startswith("VB") and head.i not in trigger_ids:
        return True
    return country and any(  # "the influence of Russia, which ... has criticized this week's U.S.-led airstrikes"
        c.dep_ == "relcl"
        and c.i not in trigger_ids
        and any(s.dep_ == "nsubj" and s.lower_ in ("which", "who") for s in c.children)
        for c in root.children
    )


def _struck_country(root: Token, trigger_ids: set[int]) -> bool:
    """ "the U.S. airstrikes against Syria", "strikes on its ally Syria": a country that a strike word itself is
    on or against is the strike's (country-level) place; "attacks that ... blames on Iran" is not."""
    if root.dep_ == "appos":
        root = root.head
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in ("on", "against") and prep.head.i in trigger_ids


def _shares_strike_noun(root: Token, trigger_ids: set[int]) -> bool:
    """ "US, UK and French air strikes": the parser coordinates the first names with the strike noun itself; names
    listed before a strike noun that carries a capitalised modifier (a state's adjective) share that noun."""
    return any(
        other.i in trigger_ids
        and other.i > root.i
        and other.tag_.startswith("NN")
        and any(c.dep_ in ("amod", "compound") and c.i < other.i and c.text[:1].isupper() for c in other.children)
        for other in root.conjuncts
    )


def _walk(token: Token, stops: set[int], limit: int = 12) -> tuple[list[Token], Token | None]:
    """Heads from ``token`` up to the first token in ``stops`` (returned), or to the root (None)."""
    path = [token]
    cur = token
    for _ in range(limit):
        if cur.head.i == cur.i:
            return path, None
        cur = cur.head
        path.append(cur)
        if cur.i in stops:
            return path, cur
    return path, None


def _since(span: Span) -> bool:
    """ "since August 8", "so far this year": a date that starts or bounds a period, not the day of one strike."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return before == "since" or any(t.lower_ in ("since", "so", "far") for t in span)


class StrikeFinder:
    """Finds strike mentions in a doc view and merges them into events."""

    def __init__(self, rules: Rules, matchers: Matchers, gazetteer: Gazetteer, dates: DateReader) -> None:
        self.rules = rules
        self.matchers = matchers
        self.gazetteer = gazetteer
        self.dates = dates
        self.forces = ForceTable(matchers)
        self.explicit_coalition: str | None = None
        self.named_sources: list[Source] = []
        self.air_countries: set[str] = set()
        """The countries of the places named in the sentences with an air-strike word (the article's theatre)."""
        self.place_countries: Counter[str] = Counter()
        """How often the article's sentences (headlines aside) name a place in each country."""
        self.people: list[str] = []
        self.countries: frozenset[str] = frozenset()
        """Countries the article names anywhere: a town's spelling variant counts only in one of them."""
        self.air_phrases = tuple(p.lower() for p in rules.air_nouns)
        self.strike_nouns = frozenset(p.split()[-1].lower() for p in (*rules.air_nouns, *rules.generic_nouns))
        self.site_phrases: dict[str, list[list[str]]] = {}
        """Site words and phrases by their last word, longest first ("oil refinery" before "refinery")."""
        for phrase in sorted((p.split() for p in rules.site_nouns), key=lambda w: (-len(w), w)):
            self.site_phrases.setdefault(phrase[-1], []).append(phrase)
        self.person_titles = rules.office_titles | rules.person_ranks | rules.claimant_roles
        """Words for a person's office, rank or role ("Gov.", "Minister", "commander")."""

    def resolve_ambiguous(self, views: list[DocView]) -> None:
        """Article-wide context: a bare "coalition" means the coalition this article names in full, if any;
        the people and the countries it names."""
        countries: set[str] = set()
        for view in views:
            for seg in view.segments:
                for person in seg.people:
                    name = " ".join(person.text.split())
                    if len(name.split()) >= 2 and name not in self.people:
                        self.people.append(name)
                for ent in seg.entities:
                    kind, name = ent.label_.split("|", 1)
                    if kind == "COUNTRY":
                        countries.add(name)
                    entry = self.forces.entries.get(name) if kind == "FORCE" else None
                    if entry is not None and entry.attrs.get("led_by") and self.explicit_coalition is None:
                        self.explicit_coalition = name
        self.countries = frozenset(countries)

    def _ambiguous(self, alias: str) -> str:
        candidates = self.rules.ambiguous_forces.get(alias, ())
        if self.explicit_coalition in candidates:
            return self.explicit_coalition
        return candidates[0] if candidates else alias

    # -- triggers ---------------------------------------------------------------------------------

    def air_context(self, seg: Segment) -> bool:
        """The segment names an air force, an aircraft or an ambiguous coalition."""
        return self._air_context(seg)

    def _air_context(self, seg: Segment) -> bool:
        for ent in seg.entities:
            kind, name = ent.label_.split("|", 1)
            if kind == "FORCE" and self.forces.party(name).air:
                return True
            if kind == "AMBIGUOUS":
                return True
        return bool(seg.aircraft)

    def _state_strikes(self, noun: Token, seg: Segment) -> bool:
        """ "apparent Israeli strikes", "11 US raids": a strike noun (not an attack or an operation, which may be on
        the ground) owned by a state with an air arm."""
        if not noun.tag_.startswith("NN") or noun.lower_ not in self.rules.owned_nouns:
            return False
        owners = {c.i for c in noun.children if c.dep_ in ("amod", "compound", "poss")}
        for ent in seg.entities:
            kind, name = ent.label_.split("|", 1)
            if ent.root.i in owners and kind in STATE_KINDS:
                party = self.forces.country_party(name)
                if party is not None and party.air:
                    return True
        return False

    def _air_subject(self, verb: Token, seg: Segment) -> bool:
        """Whoever does the verb flies: its subject, or the aircraft agent of a passive ("was killed by an American
        drone")."""
        agent = next((g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
        if agent is not None and agent.tag_ == "NN" and any(e.root.i == agent.i for e in seg.equipment):
            return self._flies(agent, seg)  # one aircraft; "killed by drones since 2004" is a campaign
        subject = verb.head if verb.dep_ in ("acl", "relcl") else subject_of(verb)
        if subject is None and verb.dep_ == "ccomp" and verb.head.lower_ in self.rules.suspicion_verbs:
            subject = subject_of(verb.head)
        return subject is not None and self._flies(subject, seg)

    def _flies(self, subject: Token, seg: Segment) -> bool:
        """The noun phrase names an air force, an ambiguous coalition or an aircraft."""
        if ground_modified(subject, self.rules):
            return False  # "an Islamic State suicide bomber killed 13 US service members"
        idx = {t.i for t in subject.subtree}
        for ent in seg.entities:
            kind, name = ent.label_.split("|", 1)
            if ent.root.i in idx and (kind == "AMBIGUOUS" or (kind == "FORCE" and self.forces.party(name).air)):
                return True
        return any(e.root.i in idx for e in seg.aircraft)

    def non_event(self, trigger: Token) -> bool:
        """True for plans, orders, threats, conditionals, negated, modal or quantified ("every operation") strikes.
        A strike already told and made the subject ("the strikes were authorized by ...") is not a plan."""
        rules = self.rules
        chain = [trigger, *list(trigger.ancestors)[:6]]
        told = trigger.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "det" and c.lower_ in rules.anaphora for c in trigger.children
        )
        for tok in chain[1:]:
            if tok.tag_.startswith("NN") and tok.lower_ in rules.motive_words:
                break  # "threatened retaliation for the airstrike": the threat is of the retaliation, not the strike
            if tok.lower_ in rules.non_event_heads and not (told and tok.i == trigger.head.i):
                return not (self._order_carried_out(tok) or self._ordered_toll(tok, trigger))
            if tok.lower_ in rules.direct_non_event_heads and tok.i == trigger.head.i:
                return True
        for tok in chain[:3]:
            if tok.tag_.startswith("VB") or tok is trigger:
                for child in tok.children:
                    if child.dep_ == "aux" and child.lower_ in rules.modals:
                        return True
                    if _negation(child) and tok.tag_.startswith("VB"):
                        return True
                    if (
                        child.dep_ == "mark"
                        and child.lower_ in rules.conditionals
                        and not _questioned_result(trigger, tok)
                    ):
                        return True
                    if child.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ in rules.conditionals for m in child.children
                    ):
                        return True  # "authorized to launch airstrikes if militants advance"
                if tok.tag_.startswith("VB") and tok.dep_ not in ("csubj", "csubjpass"):
                    break  # a gerund subject ("Carrying out airstrikes ... would be") takes its verb's mood
        for tok in chain[:3]:
            if tok.tag_.startswith("NN") or tok is trigger:
                for child in tok.children:
                    if child.dep_ in ("det", "neg") and child.lower_ in ("no", "any", "every", "not", "never"):
                        return True
        return self._unrealised_infinitive(trigger) or self._planned_subject(trigger)

    def _planned_subject(self, trigger: Token) -> bool:
        """ "a U.S. strike on Syria was in the works", "a strike is likely": the strike word is the subject of a verb
        whose predicate names a plan or a prospect."""
        if trigger.dep_ != "nsubj":
            return False
        for child in trigger.head.children:
            if child.dep_ == "acomp" and child.lower_ in self.rules.plan_predicates:
                return True
            if child.dep_ == "prep":
                phrase = " ".join(t.lower_ for t in child.subtree)
                if phrase in self.rules.plan_predicates:
                    return True
        return False

    def _order_carried_out(self, head: Token) -> bool:
        """ "France ordered its fighter jets to carry out a massive bombardment Sunday night on Raqqa", "The U.S.
        ordered the strikes in Syria on Sept. 23": an order in the past (or named as a noun) whose phrase gives a
        day was carried out on it."""
        if head.lower_ not in self.rules.carried_out:
            return False
        if head.tag_ == "VBD" and any(c.dep_ == "aux" for c in head.children):
            return False  # "had ordered", "did not order"
        if not (head.tag_ == "VBD" or head.tag_.startswith("NN") or head.head.tag_.startswith("NN")):
            return False
        if any(c.dep_ in ("aux", "neg") and c.i < head.i for c in head.children):
            return False
        span = range(head.left_edge.i, head.right_edge.i + 1)
        return any(
            ent.start in span and ent.label_ in ("DATE", "TIME") and self.dates.resolve(ent.text).precision == "day"
            for ent in head.doc.ents
        )

    def _ordered_toll(self, head: Token, trigger: Token) -> bool:
        """ "praised Trump for ordering the drone strike that killed Iran's top general": an ordered strike whose
        relative clause tells, in the past, whom it killed was carried out."""
        return head.lower_ in self.rules.carried_out and any(
            c.dep_ == "relcl" and c.tag_ == "VBD" and c.lower_ in self.rules.killed_words for c in trigger.children
        )

    @staticmethod
    def _unrealised_infinitive(trigger: Token) -> bool:
        """ "has everything it needs to strike ISIS targets", "if it decides to conduct airstrikes", "ask Russia to
        carry out airstrikes": a strike in a "to" clause under a verb that is not past tells what may happen, and so
        does one under a present passive ("is authorized to launch"). Under a past verb or a perfect it happened
        ("U.S. jets were used to strike the convoy", "We have sent the Iraqi Air Force to carry out strikes")."""
        verb = clause_verb(trigger)
        if verb is None or not to_infinitive(verb):
            return False
        governor = verb.head
        if governor is verb:
            return False
        if governor.tag_ == "VBN":  # "is authorized to launch airstrikes"; "have sent the Air Force to carry out"
            return any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in governor.children)
        return governor.tag_ != "VBD"

    def _tally(self, trigger: Token, seg: Segment) -> bool:
        """ "more than 20 air strikes in Somalia this year": a count over a period is a campaign total, not
        one strike event (guideline 2: general air campaigns are not coded)."""
        if not trigger.tag_.startswith("NNS") and not (trigger.dep_ == "compound" and trigger.head.tag_ == "NNS"):
            return False
        noun = trigger if trigger.tag_ == "NNS" else trigger.head
        counted = False
        amounts = list(noun.children)
        if noun.dep_ == "pobj" and noun.head.lower_ == "of":
            if noun.head.head.lower_ in self.rules.measure_nouns or noun.head.head.lower_ in self.rules.part_words:
                return True  # "the number of airstrikes carried out by U.S. forces has declined", "many of the"
            amounts.append(noun.head.head)  # "hundreds of drone strikes"
        for child in amounts:
            if (
                child.dep_ in ("nummod", "amod", "quantmod")
                or child.tag_ == "CD"
                or child.lower_ in self.rules.vague_amounts
            ):
                value = number_value(child, self.rules) or self.rules.vague_amounts.get(child.lower_)
                if value is not None and value >= self.rules.campaign_count:
                    return True  # "hundreds of drone strikes", "over 9,500 air strikes": a campaign total
                if value is not None and value >= 2:
                    counted = True
        if not counted:
            return False
        for span in seg.date_spans:
            if self.dates.resolve(span.text).precision in ("month", "year") or _since(span):
                return True
        return any(t.lower_ in self.rules.tally_words for t in seg.span)

    def tally_verb(self, tok: Token, seg: Segment) -> bool:
        """ "hundreds of drone strikes that have killed hundreds", "the number of airstrikes carried out by U.S.
        forces": the verb of a campaign total's relative clause; "12 coalition countries have conducted over 9,500
        air strikes": the verb whose object is a campaign total."""
        if tok.dep_ in ("relcl", "acl") and self._tally(tok.head, seg):
            return True
        tallied = tok.tag_.startswith("VB") and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in self.strike_nouns and self._tally(c, seg)
            for c in tok.children
        )
        # "carried out as many as 30 airstrikes overnight, which bring the total to 1,000": one night's strikes
        return tallied and not any(
            self.dates.resolve(span.text).precision == "day" and not _since(span) for span in seg.date_spans
        )

    def triggers(
        self, seg: Segment, reported_only: bool = True, follows_air: bool = False, air_story: bool = False
    ) -> tuple[list[Token], bool]:
        """The strike words of a segment that report a strike, and whether any is an air word.

        With ``reported_only=False`` negated, planned and denied strikes count too (for claims about them).
        ``follows_air``: the segment before it, in its paragraph, has an air-strike word, so a strike noun that
        no air word qualifies continues that story ("drone strikes in Afghanistan. ... a September strike in
        Helmand killed 14"). ``air_story``: an earlier segment told an air strike, so a strike noun told as one
        more ("In downtown Gaza City, another strike leveled ...") is another of those strikes.
        """
        found: list[Token] = []
        has_air = False
        air_context = self._air_context(seg)
        for span in seg.air:
            tok = span.root
            if (
                len(span) == 1
                and tok.lower_ in self.rules.air_verb_forms
                and (not tok.tag_.startswith("VB") or (tok.i + 1 < len(tok.doc) and tok.nbor().text == "-"))
            ):
                continue
            if self._tally(tok, seg) or self.tally_verb(tok, seg):
                continue
            if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lower_ in self.rules.warning_heads:
                continue  # "an air-raid alert", "air raid sirens"
            if not reported_only or not self.non_event(tok):
                found.append(tok)
                has_air = True
        for span in seg.generic:
            tok = span.root
            if tok.lower_ in self.rules.generic_verb_forms and not tok.tag_.startswith("VB"):
                continue
            if tok.lower_ in self.rules.generic_noun_forms and not tok.tag_.startswith("NN"):
                continue
            particle = self.rules.particle_verbs.get(tok.lower_)
            if particle is not None and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
                continue
            if tok.lower_ in self.rules.need_air_subject:
                if not (self._air_subject(tok, seg) or self._fires_air_munition(tok)) or self._non_strike_object(tok):
                    continue
            elif (
                not air_context
                and not (
                    tok.lower_ in self.rules.anaphora_nouns
                    and any(c.dep_ == "det" and c.lower_ in self.rules.anaphora for c in tok.children)
                    and not self._named_attack(tok)
                )
                and not self._state_strikes(tok, seg)
                and not (
                    tok.tag_.startswith("NN")
                    and tok.lower_ in self.rules.owned_nouns
                    and (follows_air or (air_story and self._another(tok)))
                )
            ):
                continue
            if ground_modified(tok, self.rules, self.rules.non_strike_objects):
                continue  # "car bomb attacks", "reconnaissance missions"
            if tok.tag_.startswith("VB") and self.ground_munition_subject(tok):
                continue
            if self.tally_verb(tok, seg):
                continue
            if not reported_only or not self.non_event(tok):
                found.append(tok)
        return found, has_air

    def ground_munition_subject(self, verb: Token) -> bool:
        """ "97 rockets launched from Gaza had hit Israel", "shells hit a refugee camp": fired from the ground."""
        subject = subject_of(verb)
        return subject is not None and subject.lower_ in self.rules.ground_munitions

    def _fires_air_munition(self, verb: Token) -> bool:
        """ "The U.S. fired 59 Tomahawk cruise missiles at the Shayrat air base", "dropped the largest non-nuclear
        bomb": a munition fired from the air or the sea makes the verb a strike whoever fires it."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return any(w.lower_ in self.rules.air_munitions for o in objects for w in (o, *o.children) if w.dep_ != "prep")

    def _non_strike_object(self, verb: Token) -> bool:
        """ "spy planes carried out surveillance", "jets dropped leaflets": the verb's object is no strike."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [c for p in verb.children if p.dep_ == "prt" for c in p.children if c.dep_ == "dobj"]
        return any(o.lower_ in self.rules.non_strike_objects for o in objects)

    # -- mentions ---------------------------------------------------------------------------------

    def _role(self, ent: Span, triggers: list[Token], anchors: set[int], seg: Segment) -> str:
        """attacker, coordinated, target, reporter, object or other: how a name relates to the strike."""
        rules = self.rules
        trigger_ids = {t.i for t in triggers}
        root = ent.root
        if root.i in trigger_ids or _shares_strike_noun(root, trigger_ids):
            return "attacker"
        path, stop = _walk(root, trigger_ids | anchors)
        preps = [t.lower_ for t in path[1:] if t.dep_ == "prep" or t.tag_ == "IN"]
        if any(t.lower_ in rules.coordination for t in path[1:]):
            return "coordinated"
        if stop is None:
            return "other"
        entry = path[-2] if len(path) >= 2 else root
        if stop.lower_ in rules.reporting_verbs and stop.i not in trigger_ids:
            return "reporter" if entry.dep_ in ("nsubj", "nsubjpass") else "other"
        provides_coordination = any(c.lower_ in rules.coordination for c in stop.children if c.dep_ in ("dobj", "attr"))
        if stop.i not in trigger_ids and provides_coordination and entry.dep_ in ("nsubj", "nsubjpass"):
            return "coordinated"
        if any(p in rules.never_preps and p not in ("with", "by", "from") for p in preps):
            return "other"
        if "with" in preps:
            joint = any(t.lower_ in rules.joint for t in seg.span)
            return "attacker" if joint or stop.i in trigger_ids or stop.tag_.startswith("VB") else "other"
        if preps and preps[-1] in _TARGET_PREPS and stop.i in trigger_ids:
            return "target"
        if stop.i in trigger_ids:
            if entry.dep_ in ("dobj", "nsubjpass") and stop.tag_.startswith("VB"):
                return "target"
            if entry.dep_ == "acl" and len(path) > 2 and path[0].dep_ == "dobj":
                return "target"  # "Israeli strikes rattling Gaza City": the object of what the strikes did
            if any(t.lower_ in rules.strike_preps and t.lower_ != "of" for t in path[1:-1]):
                return "target"  # "Israel's airstrike outside of Damascus": where it hit, not who struck
            return "attacker" if all(p in ("by", "from", "of") for p in preps) else "target"
        if any(c.dep_ == "agent" for t in triggers for c in t.children):
            return "other"  # "Saudi oil sites shut production after hit by Houthi drones": the agent struck
        if _owned(triggers, seg):
            return "other"  # "Moscow could deploy more aircraft to plug any shortfall caused by US bombing"
        if stop.lower_ in rules.reaction_verbs:
            return "other"  # "Moscow has reacted angrily to the air strikes": it reacts, it did not strike
        if entry.dep_ in ("nsubj", "agent") or (entry.dep_ == "pobj" and preps[-1:] == ["by"]):
            return "attacker"
        if entry.dep_ in ("compound", "poss") and self._killing_by_strike(stop, trigger_ids):
            return "attacker"  # "the U.S. killing of Iranian Gen. Qassem Soleimani in a drone strike"
        if entry.dep_ in ("dobj", "nsubjpass"):
            return "object"
        return "other"

    def _earlier_event(self, noun: Token, triggers: list[Token]) -> bool:
        """ "French warplanes struck targets in retaliation for the attacks on Paris", "... since the attacks on
        Paris": a strike noun set in a time or motive phrase beside another strike word names the event before it,
        so a place tied to it is not where this strike hit."""
        rules = self.rules
        if not noun.tag_.startswith("NN") or noun.dep_ != "pobj" or not any(t.i == noun.i for t in triggers):
            return False
        prep = noun.head
        if not (
            prep.lower_ in rules.other_event_marks or (prep.lower_ == "for" and prep.head.lower_ in rules.motive_words)
        ):
            return False
        return any(t.i != noun.i and t not in prep.subtree for t in triggers)

    def _killing_by_strike(self, noun: Token, trigger_ids: set[int]) -> bool:
        """A killing noun whose "in" or "by" phrase holds a strike word ("killing ... in a drone strike")."""
        if not noun.tag_.startswith("NN") or noun.lower_ not in self.rules.killed_words:
            return False
        return any(
            p.dep_ == "prep" and p.lower_ in ("in", "by") and any(g.i in trigger_ids for g in p.children)
            for p in noun.children
        )

    def _party_for(self, ent: Span) -> tuple[str, Party | None]:
        kind, name = ent.label_.split("|", 1)
        if _negated_name(ent):
            return kind, None
        if kind == "FORCE":
            return kind, self.forces.party(name)
        if kind == "AMBIGUOUS":
            return kind, self.forces.party(self._ambiguous(name))
        if kind in STATE_KINDS:
            return kind, self.forces.country_party(name)  # "President Bill Clinton bombed": the state's forces
        return kind, None

    def _coordinated_name(self, ent: Span) -> str | None:
        kind, name = ent.label_.split("|", 1)
        if kind in ("GOV", "FORCE", "COUNTRY"):
            return name
        if kind == "AMBIGUOUS":
            return self._ambiguous(name)
        if kind == "PLACE":
            country = self.forces.capital_country.get(fold(ent.text)) or self.forces.capital_country.get(fold(name))
            if country:
                return self.forces.country_government.get(country, country)
        return None

    def mentions(self, view: DocView, previous_date: dict[int, tuple[ResolvedDate, str]]) -> list[Mention]:
        """Every strike mention in a doc view, in text order."""
        out: list[Mention] = []
        previous_place: dict[int, PlaceInfo] = {}
        told_by: tuple[int, int, list[Party]] | None = None  # (paragraph, segment, attackers) of the last air word
        air_story = False  # a strike told so far (a mention that is not weak)
        for seg in view.segments:
            follows = told_by is not None and told_by[:2] == (seg.paragraph, seg.index - 1)
            triggers, has_air = self.triggers(seg, follows_air=follows, air_story=air_story)
            before, told_by = told_by, (seg.paragraph, seg.index, []) if seg.air else told_by
            if seg.headline and not any(t.tag_.startswith("VB") for t in seg.span):
                continue
            named = self._places(seg, {}, [], set())
            if not seg.headline:
                self.place_countries.update(p.country for p, _, _ in named if p.country)
            if seg.air and not seg.headline:
                self.air_countries.update(p.country for p, _, _ in named if p.country)
            if not triggers:
                figures = self._figures_mention(view, seg)
                if figures is not None:
                    out.append(figures)
                    air_story = air_story or not figures.weak
                else:
                    self.sources_in(seg)
                self._remember_date(seg, previous_date, [])
                self._remember_place(seg, previous_place, named)
                continue
            continued = follows and not has_air and all(self._continues_air_story(t, seg) for t in triggers)
            for mention in self._mentions_in(view, seg, triggers, has_air, previous_date):
                if continued and before is not None and not mention.attackers and before[2]:
                    mention.attackers, mention.weak = list(before[2]), seg.headline
                    mention.rules["attackers"] = "events.mentions: a strike continuing the air strike just told"
                if seg.air and told_by is not None:
                    told_by[2].extend(p for p in mention.attackers if p not in told_by[2])
                last = previous_place.get(seg.paragraph)
                if (
                    last is not None
                    and not mention.weak
                    and (
                        mention.place is None
                        or (mention.place.level == "country" and mention.place.country == last.country)
                    )
                ):
                    mention.place = last
                out.append(mention)
                air_story = air_story or not mention.weak
            self._remember_place(seg, previous_place, named)
        return out

    def _named_attack(self, noun: Token) -> bool:
        """ "the Paris attacks", "the November 13 attacks", "the Boston bombings": an attack named by its city or
        its day is an event of its own (a terror attack), not a strike told before; a strike or a raid so named
        ("the Shayrat strike") still refers back."""
        return noun.lower_ not in self.rules.owned_nouns and any(
            c.dep_ in ("compound", "nmod", "amod") and c.ent_type_ in ("GPE", "DATE") for c in noun.children
        )

    def _another(self, noun: Token) -> bool:
        """ "another strike", "a second raid": the strike noun is told as one more."""
        return any(c.dep_ in ("amod", "det") and c.lower_ in self.rules.separate_words for c in noun.children)

    def _continues_air_story(self, noun: Token, seg: Segment) -> bool:
        """A strike noun that only the air strike of the sentence before makes one ("a September strike in
        Helmand"): no air force or aircraft in its own sentence, no determiner referring back."""
        return (
            noun.tag_.startswith("NN")
            and noun.lower_ in self.rules.owned_nouns
            and not self._air_context(seg)
            and not refers_back(noun, self.rules)
        )

    def _figures_mention(self, view: DocView, seg: Segment) -> Mention | None:
        """Casualty figures told with a town but no strike word, in a sentence about no other event."""
        rules = self.rules
        if seg.headline or names_other_event(seg.span, rules):
            return None
        group_tokens = armed_group_tokens(seg)
        casualties = [
            c
            for t in toll_cues(seg, rules, group_tokens)
            for c in find_casualties(t, rules, group_tokens)
            if c.figure != Figure(None, None)
        ]
        if not casualties:
            return None
        towns = [info for info, _, _ in self._places(seg, {}, [], set()) if info.level == "place"]
        if len({fold(t.name) for t in towns}) != 1:
            return None
        return Mention(
            segment=seg,
            offset=view.offset,
            weak=True,
            anaphoric=False,
            place=towns[0],
            casualties=_others_inherit_group(casualties, seg),
            reporters=self.sources_in(seg),
            figures_only=True,
        )

    def _remember_place(
        self, seg: Segment, previous_place: dict[int, PlaceInfo], named: list[tuple[PlaceInfo, Span, bool]]
    ) -> None:
        """The most precise place a sentence names (``named``: its places, tied to no strike word), for a strike in
        the next sentence of the paragraph."""
        places = [p for p in named if p[0].level != "country"]
        if places:
            top = max(PLACE_LEVEL[p[0].level] for p in places)
            best = [p for p in places if PLACE_LEVEL[p[0].level] == top]
            by_prep = [p for p in best if p[1].root.dep_ == "pobj" and p[1].root.head.lower_ in self.rules.strike_preps]
            previous_place[seg.paragraph] = (by_prep or best)[-1][0]
        else:
            previous_place.pop(seg.paragraph, None)

    def _remember_date(
        self, seg: Segment, previous_date: dict[int, tuple[ResolvedDate, str]], triggers: list[Token]
    ) -> tuple[ResolvedDate, str] | None:
        found = self._date_of(seg, triggers)
        if found is not None:
            previous_date[seg.paragraph] = found
        else:
            previous_date.pop(seg.paragraph, None)
        return found

    def _date_of(self, seg: Segment, triggers: list[Token]) -> tuple[ResolvedDate, str] | None:
        rules = self.rules
        spans = [self._date_part(d) for d in seg.dates] + [
            p
            for p in seg.phrases
            if p.label_ == "RELATIVE_DATE" and not any(d.start <= p.start < d.end for d in seg.dates)
        ]
        best: tuple[int, ResolvedDate, str] | None = None
        trigger_ids = {t.i for t in triggers}
        for span in spans:
            if not self.dates.is_strike_date(span.text) or _dateline(span, seg, reach=4):
                continue
            resolved = self.dates.resolve(span.text)
            if resolved.value is None and self.gazetteer.lookup(span.text) is not None:
                continue  # "struck refineries near Mayadeen on Wednesday": a town the parser tagged as a date
            path, reached = _walk(span.root, trigger_ids, limit=8)
            if reached is not None and _describes_other_strike(reached, triggers):
                continue  # "when they struck the same research facility that officials said was targeted on Sunday"
            blocked = False
            for tok in path[1:]:
                if tok.i in trigger_ids:
                    break
                remark = any(c.dep_ == "dobj" and c.lower_ in rules.remark_nouns for c in tok.children)
                if tok.tag_.startswith("VB") and tok.lower_ in rules.reaction_verbs:
                    blocked = True  # "Lawmakers debated the Syria strikes on Monday": the debate's day
                    break
                if (
                    tok.tag_.startswith("VB")
                    and tok.lower_ not in rules.reporting_verbs
                    and not remark
                    and any(tok.is_ancestor(t) for t in triggers)
                ):
                    blocked = all(self._told_before(t, tok) for t in triggers if tok.is_ancestor(t))
                    break
                if _own_clause(tok, triggers):
                    blocked = True  # "drones hit the militants and his troops entered Bariire on Monday morning"
                    break
                if (
                    tok.lower_ in rules.reporting_verbs
                    or tok.lower_ in rules.statement_nouns
                    or remark  # "made the comment Sunday ... after a U.S. airstrike killed"
                    or tok.lower_ in ("responded", "response", "briefing", "since")
                    or (tok.tag_.startswith("NN") and tok.lower_ in rules.motive_words)  # "in retaliation for"
                ):
                    blocked = True
                    break
            before = span.start - 1
            while before >= seg.span.start and span.doc[before].lower_ in ("on", "late", "early", "earlier"):
                before -= 1
            owner = span.end < len(span.doc) and span.doc[span.end].tag_ == "POS"  # "claimed Tuesday's deaths"
            reported = blocked or (
                before >= seg.span.start and span.doc[before].lower_ in rules.reporting_verbs and not owner
            )
            if reported and span.text.lower() not in rules.event_time_words and not self._fronted_period(span, seg):
                continue
            if self._describes_person(span, path[1:], seg, trigger_ids):
                continue  # "al-Awlaki, a U.S. citizen by virtue of his birth in New Mexico in 1971, was killed"
            text = self._date_words(span)
            distance = min((abs(span.start - t.i) for t in triggers), default=0)
            if best is None or distance < best[0]:
                best = (distance, resolved, text)
        return (best[1], best[2]) if best else None

    def _fronted_period(self, span: Span, seg: Segment) -> bool:
        """ "In January, Syrian authorities said Israeli warplanes killed two workers": a month or a year put before
        the whole sentence dates what it tells, though the parser hangs it on the reporting verb (a statement is
        dated by its day: "said Sunday")."""
        start = (
            span.start - 1 if span.start > seg.span.start and span.doc[span.start - 1].lower_ == "in" else span.start
        )
        return start == seg.span.start and self.dates.resolve(span.text).precision in ("month", "year")

    def _told_before(self, trigger: Token, verb: Token) -> bool:
        """ "Israel launched its ground offensive on July 17, nine days after launching airstrikes": the strike word
        sits in a phrase set a span of time apart from the verb ("nine days after"), so the verb's date is another
        event's ("Smoke rises after an airstrike in Aleppo on October 4" keeps its date)."""
        marks = self.rules.other_event_marks
        for tok in trigger.ancestors:
            if tok.i == verb.i:
                return False
            if tok.lower_ in marks and tok.dep_ in ("prep", "mark") and any(c.dep_ == "npadvmod" for c in tok.children):
                return True
        return False

    def _date_part(self, span: Span) -> Span:
        """ "on Sunday, two days after the attacks", "near Amerli Saturday": the tagger ran a date and a span or a
        town it did not know into one entity ("Sunday, two days", "Amerli Saturday"); when the whole does not
        resolve and the part before the comma, or after the proper name, does, the date is that part."""
        if self.dates.resolve(span.text).value is not None:
            return span
        doc = span.doc
        comma = next((t.i for t in span if t.text == ","), None)
        if comma is not None and comma > span.start:
            part = doc[span.start : comma]
            if self.dates.resolve(part.text).value is not None:
                return part
        for start in range(span.start + 1, span.end):
            if doc[start - 1].tag_ != "NNP" or not doc[start - 1].text[:1].isupper():
                break
            if self.dates.resolve(doc[start : span.end].text).value is not None:
                return doc[start : span.end]
        return span

    @staticmethod
    def _date_words(span: Span) -> str:
        """The date as written, with a preposition just before it ("On January 22")."""
        doc = span.doc
        start = span.start
        if start > 0 and doc[start - 1].lower_ in ("on", "in", "since", "during", "over", "earlier", "late"):
            start -= 1
        return doc[start : span.end].text

    def _places(
        self, seg: Segment, roles: dict[int, str], triggers: list[Token], anchors: set[int]
    ) -> list[tuple[PlaceInfo, Span, bool]]:
        """Candidate strike places of a segment: (place, span, tied to the strike)."""
        rules = self.rules
        doc = seg.span.doc
        out: list[tuple[PlaceInfo, Span, bool]] = []
        countries = frozenset(e.label_.split("|", 1)[1] for e in seg.entities if e.label_.startswith("COUNTRY|"))
        candidates: list[tuple[Span, PlaceInfo | None]] = []
        for ent in seg.entities:
            kind, name = ent.label_.split("|", 1)
            if kind in ("PLACE", "COUNTRY"):
                candidates.append((ent, self.gazetteer.from_lexicon(kind, name)))
            elif kind == "DEMONYM":
                head = ent.root.head
                if (
                    ent.root.dep_ in ("amod", "compound")
                    and head.lower_ in rules.territory_nouns
                    and not any(e.start <= head.i < e.end for e in seg.entities if not e.label_.startswith("DEMONYM"))
                ):
                    candidates.append((ent, PlaceInfo(name=name, level="country", country=name)))
        candidates.extend(self._named_after_place_noun(seg))
        candidates.extend(self._struck_names(seg, triggers, countries))
        for date in seg.dates:
            start = self._date_part(date).start
            if start > date.start > 0 and doc[date.start - 1].lower_ in rules.locative_preps:
                town = doc[date.start : start]  # "near Amerli Saturday": the town the tagger ran into the date
                candidates.append((town, self.gazetteer.lookup(town.text) or PlaceInfo(name=town.text, level="place")))
        for ent in seg.places:
            if self._person_word(ent):
                continue
            info = self.gazetteer.lookup(ent.text, countries, self.countries)
            if info is None and ent.label_ in ("GPE",) and ent.text[:1].isupper() and not _possessor(ent):
                info = PlaceInfo(name=ent.text, level="place")
            candidates.append((ent, info))
        for ent in seg.people:
            if self._person_word(ent):
                continue
            if ent.root.dep_ == "pobj" and ent.root.head.lower_ in rules.locative_preps and ent.text[:1].isupper():
                candidates.append(
                    (ent, self.gazetteer.lookup(ent.text, countries) or PlaceInfo(name=ent.text, level="place"))
                )
        candidates.sort(key=lambda c: self._site_start(c[0][-1], seg) is None)  # a named site is the most precise
        trigger_ids = {t.i for t in triggers}
        argued = {t.head.i for t in triggers if t.dep_ in ("nsubj", "nsubjpass", "dobj")}
        """Verbs whose subject or object is a strike word: their clause is the strike's own ("as air strikes rained
        down on Gaza City"), not another event."""
        for ent, info in candidates:
            if info is None or roles.get(ent.start) in ("attacker", "coordinated", "reporter") or _dateline(ent, seg):
                continue
            if ent.text.lower() in rules.world_regions:
                continue  # "North Africa", "the Middle East": larger than any one strike's place
            if (ent.root.dep_ in ("conj", "appos") and ent.root.head.lower_ in rules.casualty_groups) or any(
                c.dep_ == "nummod" for c in ent.root.children
            ):
                continue  # "bombs on five U.S. soldiers, two Green Berets and three ...": people, not a place
            if _acts(ent, trigger_ids, info.level == "country"):
                continue
            if ent.label_.startswith("DEMONYM|") and roles.get(ent.start) == "attacker":
                continue
            if hyphen_modifier(ent):
                continue  # "Denver-born son", "a London-based group": a name inside a modifier is no strike place
            if self._affiliation(ent):
                continue
            nxt = doc[ent.end] if ent.end < len(doc) else None
            region_word = nxt is not None and nxt.lower_ in rules.region_words
            if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in rules.region_words:
                region_word = True
            if any(c.i + 1 < len(doc) and doc[c.i + 1].lower_ in rules.region_words for c in ent.root.conjuncts):
                region_word = True  # "in Hama and Idlib provinces": the region word after the last covers both
            info = town_or_region(self.gazetteer, info, region_word) if info.level == "region" else info
            if info.level == "place" and region_word:
                province = (nxt is not None and nxt.lower_ in rules.province_words) or (
                    ent.start >= 2
                    and doc[ent.start - 1].lower_ == "of"
                    and doc[ent.start - 2].lower_ in rules.province_words
                )
                info = self.gazetteer.region(info.name) or (_named_region(info, ent) if province else info)
            path, stop = _walk(ent.root, trigger_ids | anchors)
            preps = [t.lower_ for t in path[1:] if t.dep_ == "prep"]
            if preps and preps[0] in rules.never_preps:
                continue
            if (
                info.level == "country"
                and not ent.label_.startswith("DEMONYM|")
                and not (
                    ent.root.dep_ == "poss"
                    or (ent.root.dep_ == "pobj" and ent.root.head.lower_ in _AREA_PREPS)
                    or _struck_country(ent.root, trigger_ids)
                )
            ):
                continue
            if any(t.lower_ in ("border", "briefing") for t in path[1:3]):
                continue
            if self._venue(path[1:], stop, trigger_ids):
                continue
            if ent.root.dep_ == "poss" and info.level != "country" and ent.root.head.lower_ in rules.org_heads:
                continue
            if ent.root.dep_ == "poss" and self._names_person(ent.root.head, seg):
                continue  # "killed Iran's Qasem Soleimani": the victim's side, not where the strike was
            if names_other_event(path[1:], rules, trigger_ids):
                continue
            if self._describes_person(ent, path[1:], seg, trigger_ids):
                continue
            if stop is not None and _purpose_between(stop, triggers):
                continue
            if stop is not None and self._earlier_event(stop, triggers):
                continue
            if stop is not None and stop.i not in trigger_ids and stop.lower_ in rules.reaction_verbs:
                continue  # "Moscow has reacted to the air strikes, ... announcing an end to a mechanism with Moscow"
            if triggers and any(
                (_purpose_clause(t) or self.other_clause(t)) and t.i not in trigger_ids | argued for t in path
            ):
                continue
            out.append((info, ent, stop is not None))
        return out

    def _person_word(self, ent: Span) -> bool:
        """A name the tagger read as a place that is part of a person named in the article ("Biden", "Soleimani"),
        or a party-and-state tag after a politician's name ("R-Calif.")."""
        doc = ent.doc
        rules = self.rules
        if ent.start > 0 and doc[ent.start - 1].text in ("R-", "D-", "I-") or ent.text[:2] in ("R-", "D-", "I-"):
            return True
        before = [t.text.rstrip(".-") for t in doc[max(0, ent.start - 2) : ent.start] if t.text not in (",", "-")]
        if before and before[-1] in ("R", "D", "I"):
            return True  # "Rand Paul (R., Ky.)", "Rep. Justin Amash, R-Mich."
        if _parenthesised(ent) and self.gazetteer.lookup(ent.text) is None:
            return True  # "Charles Schumer (N.Y.)": a state tag after a name
        if ent.root.dep_ in ("compound", "nmod", "amod") and ent.root.head.lower_ in rules.office_titles:
            return True  # "Former New Mexico Gov. Bill Richardson"
        if ent.start > 0 and doc[ent.start - 1].lower_ in self.person_titles:
            return True  # "Gov. Bill Richardson", "Defense Minister Jean-Yves Le Drian"
        return self._surname(ent.text) and self.gazetteer.lookup(ent.text) is None

    def _affiliation(self, ent: Span) -> bool:
        """A name qualifying a party, a weapon or a ship ("a Maine Republican", "the battleship New Jersey"), a
        country inside an organisation's name ("the Joint Operations Command Center of Russia, Iran and allied
        forces"), or a name found in no atlas qualifying a person's rank or office ("a Green Beret commander")."""
        rules = self.rules
        prep = ent.root.head
        if ent.root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in rules.org_heads:
            return prep.head.text[:1].isupper()  # "the Joint Operations Command Center of Russia, Iran": a name
        if ent.root.dep_ not in ("compound", "amod", "nmod", "npadvmod", "appos"):
            return False
        head = ent.root.head.lower_
        if head in rules.affiliation_heads:
            return True
        return head in self.person_titles and self.gazetteer.lookup(ent.text) is None

    def _venue(self, path: list[Token], stop: Token | None, trigger_ids: set[int]) -> bool:
        """The first verb on the name's way up is a visit or a speech ("arrives in Moscow", "speaking to reporters
        in Sydney"), or, when the way never reaches a strike word, it passes a gathering ("the G20 meeting in
        Antalya")."""
        rules = self.rules
        verb = next((t for t in path if t.tag_.startswith("VB")), None)
        if verb is not None and verb.lower_ in rules.venue_verbs and verb.i not in trigger_ids:
            return True
        reaches_strike = stop is not None and stop.i in trigger_ids
        return not reaches_strike and any(t.lower_ in rules.venue_nouns and t.tag_.startswith("NN") for t in path)

    def _describes_person(self, ent: Span, path: list[Token], seg: Segment, trigger_ids: set[int]) -> bool:
        """ "the strike against Soleimani, a revered figure in Iran", "Samir Khan, who grew up in Charlotte": a place
        (or a date: "a U.S. citizen by virtue of his birth in 1971") inside an appositive or a relative clause that
        describes a person (the victim) says where the person is known, not where or when the strike was, unless the
        clause holds the strike word itself; "Salim Abu-Ahmad, a senior al-Qaeda official, near Idlib" closes the
        appositive with a comma first."""
        doc = ent.doc
        for tok in path:
            if tok.dep_ not in ("appos", "relcl") or tok.i >= ent.start:
                continue
            if any(t.i in trigger_ids for t in tok.subtree):
                continue  # "al-Awlaki, a cleric who died in a drone strike in September 2011": the strike's own
            if not (self._names_person(tok.head, seg) or (tok.head.tag_ == "NNP" and self._surname(tok.head.text))):
                continue
            if tok.dep_ == "relcl" or not any(t.text == "," for t in doc[tok.i : ent.start]):
                return True  # a relative clause holds all it governs ("who grew up in Charlotte, North Carolina")
        return False

    def _surname(self, text: str) -> bool:
        """A word the article writes after the first name of a person it names ("Soleimani" of "Qassem
        Soleimani")."""
        return any(text in name.split()[1:] for name in self.people)

    def _names_person(self, tok: Token, seg: Segment) -> bool:
        """The token is part of a person's name or a person's rank or title ("Gen.", "commander")."""
        rules = self.rules
        if tok.lower_.rstrip(".") in rules.person_ranks or tok.lower_ in rules.office_titles:
            return True
        return any(p.start <= tok.i < p.end for p in seg.people)

    def other_clause(self, tok: Token) -> bool:
        """A verb heading "after militants attacked ...": the clause tells another event (also when the parser
        joined it as a conjunct: "hit a white Toyota ..., three days after a suicide bomber killed 13")."""
        return (
            tok.tag_.startswith("VB")
            and tok.dep_ in ("advcl", "relcl", "ccomp", "conj")
            and any(c.dep_ == "mark" and c.lower_ in self.rules.other_event_marks for c in tok.children)
        )

    def _site_start(self, tok: Token, seg: Segment) -> int | None:
        """Where a site word or phrase ending at ``tok`` starts ("airport", "air base", "oil field"), if it ends
        there and is not the segment's first word."""
        doc = tok.doc
        for words in self.site_phrases.get(tok.lower_, ()):
            first = tok.i - len(words) + 1
            if first <= seg.span.start:
                continue
            if all(doc[first + k].lower_ == w for k, w in enumerate(words)):
                return first
        return None

    def _struck_site(self, site: Token) -> bool:
        """A named site that is struck: the object of a verb or of "on", "against", "targeting" (of "at" after a
        strike word: "fired cruise missiles at the Shayrat air base", not "located at al-Udeid air base"), or the
        subject of a passive ("the Khurais oil field were hit"), itself or as a conjunct; never "a ... refugee camp"
        (a camp in a town, not a named one)."""
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in site.children):
            return False
        while site.dep_ == "conj" and site.head.i != site.i:
            site = site.head
        if site.dep_ == "pobj":
            prep = site.head
            rules = self.rules
            if prep.lower_ in rules.site_nearby_preps or (
                prep.lower_ == "of" and prep.head.lower_ in rules.site_nearby_nouns
            ):
                return True  # "strikes near the Mosul Dam", "in the vicinity of the Mosul Dam"
            struck_at = prep.head.lower_ in self.strike_nouns or prep.head.lower_ in self.rules.generic_verb_forms
            return prep.lower_ in _STRUCK_PREPS or (prep.lower_ == "at" and struck_at)
        return site.dep_ in ("dobj", "nsubjpass") and site.head.tag_.startswith("VB")

    def _site_name_start(self, seg: Segment, site_start: int, known: set[int]) -> int:
        """Where the name before a site word starts: capitalised words ("Shayrat air base"), taking in a whole place
        name the parser or the lexicon found ("Baghdad International Airport", "the Shati refugee camp")."""
        doc = seg.span.doc
        start = site_start
        while start > seg.span.start:
            prev = doc[start - 1]
            place = next((p for p in [*seg.places, *seg.entities] if p.start <= prev.i < p.end), None)
            if place is not None:
                if place.label_.split("|")[0] in ("PLACE", "GPE", "LOC", "FAC"):
                    start = max(place.start, seg.span.start)
                    while start < site_start and doc[start].tag_ == "DT":
                        start += 1  # "the Ain al-Asad Air Base" names "Ain al-Asad Air Base"
                break
            if prev.tag_ != "NNP" or prev.i in known:
                break
            start -= 1
        return start

    def _struck_names(
        self, seg: Segment, triggers: list[Token], countries: frozenset[str]
    ) -> list[tuple[Span, PlaceInfo | None]]:
        """ "Israeli jets bombed Rafah", "struck Khan Younis and Rafah", "struck targets in Tel Gharba and
        al-Kiswah": a proper noun the tagger missed or read as a person is a place when it is the object of a strike
        verb, or of a place preposition on a strike word or its object, and the gazetteer knows it as a town or
        region."""
        if not triggers:
            return []
        doc = seg.span.doc
        known = _named_tokens(seg)
        out: list[tuple[Span, PlaceInfo | None]] = []
        for trigger in triggers:
            for obj in self._struck_objects(trigger):
                for head in (obj, *obj.conjuncts):
                    if head.tag_ != "NNP" or head.i in known:
                        continue
                    start = head.i
                    while start > seg.span.start and doc[start - 1].dep_ == "compound" and doc[start - 1].tag_ == "NNP":
                        start -= 1
                    span = doc[start : head.i + 1]
                    info = self.gazetteer.lookup(span.text, countries, self.countries)
                    if info is not None and info.level in ("place", "region") and not self._person_word(span):
                        out.append((span, info))
        return out

    def _struck_objects(self, trigger: Token) -> list[Token]:
        """The object of a strike verb, and the objects of place prepositions on the strike word or that object,
        and on those ("drone attacks on two oil facilities in Abqaiq and Khurais")."""
        objects = [c for c in trigger.children if c.dep_ == "dobj"] if trigger.tag_.startswith("VB") else []
        heads = [trigger, *objects]
        for _ in range(2):
            found = [
                c
                for head in heads
                for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ in self.rules.listed_place_preps
                for c in prep.children
                if c.dep_ == "pobj"
            ]
            objects.extend(found)
            heads = found
        return objects

    def _named_after_place_noun(self, seg: Segment) -> list[tuple[Span, PlaceInfo | None]]:
        """ "the town of Kafr Nabl": capitalised words after a place noun name a place."""
        doc = seg.span.doc
        out: list[tuple[Span, PlaceInfo | None]] = []
        known = _named_tokens(seg)
        for tok in seg.span:
            site_start = self._site_start(tok, seg)
            if site_start is not None:
                start = self._site_name_start(seg, site_start, known)
                if start < site_start and self._struck_site(tok):
                    name = doc[start:site_start]
                    info = self.gazetteer.lookup(name.text)
                    if info is None or info.level == "place":
                        span = doc[start : tok.i + 1]
                        out.append(
                            (
                                span,
                                PlaceInfo(
                                    name=span.text,
                                    level="place",
                                    region=info.region if info else None,
                                    country=info.country if info else None,
                                ),
                            )
                        )
                continue
            if tok.lower_ in self.rules.named_before_nouns and tok.is_lower and tok.i > seg.span.start:
                written = _name_written_before(doc, tok.i, seg.span.start, known)
                if written is not None and self.gazetteer.lookup(written.text) is None:
                    out.append((doc[written.start : tok.i + 1], PlaceInfo(name=written.text, level="place")))
                continue
            if tok.lower_ != "of" or tok.i == seg.span.start or doc[tok.i - 1].lower_ not in self.rules.place_nouns:
                continue
            start = tok.i + 1
            while start < seg.span.end:  # "the villages of Makhmour and al-Gweir": each name in the list
                end = start
                while end < seg.span.end and end not in known:
                    if doc[end].text[:1].isupper() and doc[end].tag_ == "NNP":
                        end += 1
                    elif _hyphen_particle(doc, end, seg.span.end):
                        end += 3  # "the town of Bir al-Abed", "the city of Deir ez-Zor", "the town of al-Asharah"
                    elif (
                        end > start
                        and doc[end].lower_ in self.rules.name_particles
                        and end + 1 < seg.span.end
                        and doc[end + 1].text[:1].isupper()
                    ):
                        end += 1  # "the cities of Dayr az Zawr"
                    else:
                        break
                if end > start:
                    span = doc[start:end]
                    out.append((span, PlaceInfo(name=span.text, level="place")))
                while end < seg.span.end and end in known:
                    end += 1
                if end == start or end >= seg.span.end or doc[end].lower_ not in (",", "and"):
                    break
                start = end + 1
        return out

    def _mentions_in(
        self,
        view: DocView,
        seg: Segment,
        triggers: list[Token],
        has_air: bool,
        previous_date: dict[int, tuple[ResolvedDate, str]],
    ) -> list[Mention]:
        rules = self.rules
        anchors = {a.i for t in triggers for a in t.ancestors}
        roles: dict[int, str] = {}
        attackers: list[Party] = []
        fallback: list[Party] = []
        coordinated: list[str] = []
        group_tokens = armed_group_tokens(seg)
        target_group: str | None = None
        group_attackers: list[Party] = []
        for ent in seg.entities:
            kind, name = ent.label_.split("|", 1)
            if kind == "GROUP":
                role = self._role(ent, triggers, anchors, seg)
                if role == "attacker" and _agent_of(ent.root, {t.i for t in triggers}):
                    group_attackers.append(armed_group(name))
                if target_group is None or role == "target":
                    target_group = name if role != "attacker" or target_group is None else target_group
                continue
            role = self._role(ent, triggers, anchors, seg)
            roles[ent.start] = role
            kind, party = self._party_for(ent)
            if kind == "GOV" and role == "attacker" and _owns_strike(ent, triggers):
                party = self.forces.government_party(name)  # "a Syrian regime airstrike": the regime's air force
            if role == "coordinated":
                label = self._coordinated_name(ent)
                if label and label not in coordinated:
                    coordinated.append(label)
                continue
            if party is None:
                continue
            if kind == "LEADER" and not _leads(ent, triggers, self.rules.carried_out):
                continue
            if role == "attacker" and (kind in ("FORCE", "AMBIGUOUS") or self._country_attacker(ent, triggers)):
                if party.air or self._strikes_directly(ent, triggers):
                    attackers.append(party)
                elif kind == "FORCE" and self._air_support_of(ent, triggers):
                    air_arm = self.forces.country_party(party.key)
                    if air_arm is not None and air_arm.air:
                        attackers.append(air_arm)
            elif role == "attacker" and kind == "DEMONYM" and party.air and self._air_support_of(ent, triggers):
                attackers.append(party)  # "After carrying out airstrikes, Turkish ground troops invaded"
            elif (
                kind in ("FORCE", "AMBIGUOUS")
                and party.air
                and role in ("object", "other")
                and ent.root.i not in self._speaker_tokens(seg)
                and not _aimed_at(ent.root, {t.i for t in triggers})
                and not _does_other_thing(ent.root, triggers)
            ):
                fallback.append(party)
        attacker_rule = "events._role"
        if not attackers:
            attackers, attacker_rule = self._before_verb(seg, triggers), "events._before_verb"
        if not attackers and not self._reacted_to(triggers):
            attackers, attacker_rule = fallback, "events: an air force named beside the strike words"
        reporters = self.sources_in(seg)
        later_finders: tuple[tuple[str, Callable[[], list[Party]]], ...] = (
            ("events._pronoun_attackers", lambda: self._pronoun_attackers(seg, triggers)),
            ("events._aircraft_owner", lambda: self._aircraft_owner(seg, triggers)),
            ("events._suspected_attackers", lambda: self._suspected_attackers(seg)),
            ("events._responsible", lambda: self._responsible(seg, triggers)),
            ("events: an armed group striking with drones", lambda: group_attackers if seg.aircraft else []),
            ("events._blamed", lambda: self._blamed(seg, triggers)),
            ("events._reporter_country", lambda: self._reporter_country(seg, triggers)),
            ("events._reporting_force", lambda: self._reporting_force(seg, triggers)),
        )
        for name, finder in later_finders:
            if attackers:
                break
            attackers, attacker_rule = finder(), name
        if target_group is not None and any(p.name == target_group for p in attackers):
            target_group = None
        anaphoric = any(t.tag_.startswith("NN") and refers_back(t, rules) for t in triggers)
        if not has_air and any(t.tag_.startswith("VB") and self._air_subject(t, seg) for t in triggers):
            has_air = True
        weak = seg.headline or (not has_air and not attackers)
        carried = previous_date.get(seg.paragraph)
        found_date = self._remember_date(seg, previous_date, triggers)
        toll = self.cumulative_toll(seg, triggers)
        date_rule = "dates: the sentence's date words"
        if found_date is None and carried is not None and not seg.headline:
            found_date, date_rule = carried, "dates: carried from earlier in the paragraph"
        aircraft, weapons = self._equipment(seg)
        casualties = [
            c
            for t in toll_cues(seg, rules, group_tokens)
            for c in self._tied_findings(seg, find_casualties(t, rules, group_tokens), triggers)
        ]
        casualties = [] if toll else _others_inherit_group(casualties, seg)
        target = self._target(triggers)
        places = self._places(seg, roles, triggers, anchors)
        base = Mention(
            segment=seg,
            offset=view.offset,
            weak=weak,
            anaphoric=anaphoric,
            attackers=unique_parties(attackers),
            coordinated=coordinated,
            aircraft=aircraft,
            weapons=weapons,
            casualties=casualties,
            target=target,
            target_group=target_group,
            reporters=reporters,
            triggers=list(triggers),
        )
        if found_date is not None:
            base.date, base.date_text = found_date
            base.rules["strike_date"] = date_rule
        if base.attackers:
            base.rules["attackers"] = attacker_rule
        if casualties:
            base.rules["casualties"] = casualties[0].rule
        trigger_ids = {t.i for t in triggers}
        base.another = any(self._another(t) for t in seg.span if t.i in trigger_ids or t.lower_ in rules.event_nouns)
        base.separate = base.another or self._introduced(triggers, base)
        base.also = (
            not places
            and found_date is None
            and any(
                c.dep_ == "advmod" and c.lower_ == "also"
                for t in triggers
                for c in (t if t.tag_.startswith("VB") else t.head).children
            )
        )
        return [by_day for by_place in self._split_by_place(base, places) for by_day in self._split_by_day(by_place)]

    def _split_by_day(self, mention: Mention) -> list[Mention]:
        """ "two rounds of airstrikes ... on Thursday and Friday": one mention per day (one record per date)."""
        if mention.date.precision != "day":
            return [mention]
        seg = mention.segment
        days = [mention]
        for chosen in (d for d in seg.dates if self.dates.resolve(d.text) == mention.date):
            first = chosen.root.head if chosen.root.dep_ == "conj" else chosen.root
            if not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
                continue  # "on Thursday or Friday" is one strike on either day
            for other in seg.dates:
                if other.root.i != first.i and (other.root.dep_ != "conj" or other.root.head.i != first.i):
                    continue
                day = self.dates.resolve(other.text)
                if day.precision != "day" or any(m.date == day for m in days):
                    continue
                copy = Mention(**{**mention.__dict__, "rules": dict(mention.rules)})
                copy.date, copy.date_text = day, other.text
                copy.rules["strike_date"] = "events._split_by_day"
                days.append(copy)
        return days

    @staticmethod
    def _introduced(triggers: list[Token], mention: Mention) -> bool:
        """ "The most recent attack on an UN shelter occurred Sunday, when an Israeli airstrike killed at least 10
        people in southern Gaza": a strike introduced with "a"/"an", with its own day and its own toll, is a new
        event unless it names the same place or a site inside it (``merging._same_place``)."""
        indefinite = any(
            t.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) for t in triggers
        )
        return indefinite and mention.date.precision == "day" and any(c.toll for c in mention.casualties)

    def cumulative_toll(self, seg: Segment, triggers: list[Token]) -> bool:
        """ "At least 101 children and 96 women have been injured in Israeli strikes": a toll in the present perfect
        over plural strike words adds up a campaign; it is no one strike's figure. English gives a present perfect
        no day of its own, so a day in the sentence ("a figure that does not include carnage from new attacks late
        Friday night") dates something else."""
        if not triggers or any(t.tag_ != "NNS" for t in triggers):
            return False
        rules = self.rules
        return any(
            (t.lower_ in rules.killed_words or t.lower_ in rules.injured_words) and present_perfect(t) for t in seg.span
        )

    def _reacted_to(self, triggers: list[Token]) -> bool:
        """ "Moscow has reacted angrily to the air strikes, ... between Russian and US forces": the strike words
        are what someone reacts to, so a force named elsewhere in the sentence is no sign of who struck."""
        for trig in triggers:
            head = trig.head.head if trig.dep_ == "pobj" else trig.head
            if trig.dep_ in ("dobj", "pobj") and head.lower_ in self.rules.reaction_verbs:
                return True
        return False

    def _speaker_tokens(self, seg: Segment) -> set[int]:
        """Tokens naming who speaks ("A source in the GNA's operation said ..."): a force there is not striking."""
        out: set[int] = set()
        for tok in seg.span:
            if tok.lower_ in self.rules.reporting_verbs and tok.tag_.startswith("VB"):
                subject = own_subject(tok)
                if subject is not None:
                    out.update(t.i for t in subject.subtree)
        return out

    def _before_verb(self, seg: Segment, triggers: list[Token]) -> list[Party]:
        """Forces written just before a strike verb that the parser left without a subject."""
        out: list[Party] = []
        for trig in triggers:
            verb = trig if trig.tag_.startswith("VB") else trig.head if trig.dep_ == "dobj" else None
            if verb is None or own_subject(verb) is not None:
                continue
            start = verb.i
            while start > seg.span.start and seg.span.doc[start - 1].text not in (",", ";", ":", "“", '"'):
                start -= 1
            for ent in seg.entities:
                if start <= ent.start and ent.end <= verb.i:
                    kind, party = self._party_for(ent)
                    if party is not None and (
                        kind in ("FORCE", "AMBIGUOUS") or (kind == "COUNTRY" and ent.root.dep_ != "pobj")
                    ):
                        out.append(party)
        return out

    def _air_support_of(self, ent: Span, triggers: list[Token]) -> bool:
        """The ground force is the subject of an operation that unowned strikes cover, or that it carried them out
        before: "Turkish forces began the ground offensive under the cover of airstrikes", "After carrying out
        airstrikes, Turkish ground troops invaded northeastern Syria"."""
        rules = self.rules
        root = ent.root
        if root.dep_ in ("amod", "compound") and root.head.dep_ == "nsubj":
            root = root.head  # "Turkish ground troops"
        if root.dep_ != "nsubj":
            return False
        verb = root.head
        for trig in triggers:
            if not trig.tag_.startswith("NN") or any(
                (c.dep_ in ("compound", "amod", "poss", "nmod") and c.ent_type_)
                or (c.dep_ == "prep" and c.lower_ != "of")
                for c in trig.children
            ):
                continue  # "under the cover of coalition airstrikes", "of airstrikes from U.S. jets": another's
            head = trig.head
            if trig.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in rules.support_nouns:
                holder = head.head.head  # "under the cover of airstrikes"
                if holder.dep_ == "prep" and holder.head.i == verb.i:
                    return True
            clause = head.head if head.dep_ == "pcomp" else head  # "After carrying out airstrikes, ..."
            if (
                trig.dep_ == "dobj"
                and head.tag_ == "VBG"
                and own_subject(head) is None
                and clause.dep_ in ("advcl", "prep")
                and clause.head.i == verb.i
            ):
                return True  # "After carrying out airstrikes, Turkish ground troops invaded"
        return False

    @staticmethod
    def _strikes_directly(ent: Span, triggers: list[Token]) -> bool:
        """A ground force is a striker only as the subject of the strike words ("forces conducted strikes")."""
        trigger_ids = {t.i for t in triggers}
        tok = ent.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass", "pobj", "compound", "poss"):
            return False
        verb = tok.head if tok.dep_ != "pobj" else tok.head.head
        return verb.i in trigger_ids or any(c.i in trigger_ids for c in verb.children if c.dep_ in ("dobj", "attr"))

    def _country_attacker(self, ent: Span, triggers: list[Token]) -> bool:
        """A country or demonym strikes only as the subject, modifier or "by" agent of the strike words."""
        root = ent.root
        if _shares_strike_noun(root, {t.i for t in triggers}):
            return True
        for trig in triggers:
            if root.head.i == trig.i and root.dep_ in ("compound", "amod", "nsubj", "poss", "nmod"):
                return True
            head = _governing_verb(trig, self.rules) if trig.tag_.startswith("NN") else trig
            subject = subject_of(head)
            if subject is not None and (subject.i == root.i or (root.dep_ == "conj" and root.head.i == subject.i)):
                return True
            if subject is not None and root.head.i == subject.i and root.dep_ in ("compound", "nmod", "amod", "poss"):
                return True  # "U.S. and allied nations launched another round of airstrikes"
            if subject is not None and subject.i != root.i:
                for conj in subject.conjuncts:
                    if conj.i == root.i:
                        return True
            if root.dep_ == "pobj" and root.head.lower_ in ("with", "by") and root.head.head.i in (head.i, trig.i):
                return True  # "jointly with Turkey", "airstrikes by Russia", "was bombed by Israel"
            if _ordered_by(root, trig, self.rules.carried_out):
                return True  # "the drone strike ordered by President Trump"
            if root.dep_ in ("compound", "poss") and self._killing_by_strike(root.head, {trig.i}):
                return True  # "the U.S. killing of Iranian Gen. Qassem Soleimani in a drone strike"
            verb = self._struck_with(trig)
            if root.dep_ == "nsubj" and verb is not None and root.head.i in (verb.i, _participle_head(verb).i):
                return True
        return False

    def _struck_with(self, noun: Token) -> Token | None:
        """The verb a strike noun is the means of ("Israel killed a Palestinian leader ... in an airstrike",
        "Turkey responded with airstrikes"): its subject carried the strike out."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("in", "with") or prep.dep_ != "prep":
            return None
        verb = prep.head
        if not verb.tag_.startswith("VB") or verb.lower_ not in self.rules.instrument_verbs:
            return None
        return verb

    def _responsible(self, seg: Segment, triggers: list[Token]) -> list[Party]:
        """ "The Houthis claimed responsibility for a drone attack": the claiming side carried it out."""
        for trig in triggers:
            ent = responsibility_claimer(seg, trig, self.rules)
            if ent is None:
                continue
            kind, name = ent.label_.split("|", 1)
            if kind == "GROUP":
                return [armed_group(name)]
            party = self._party_for(ent)[1]
            if party is not None:
                return [party]
        return []

    def _blamed(self, seg: Segment, triggers: list[Token]) -> list[Party]:
        """ "Syria blamed Israel for airstrikes on the T-4 air base": the side a source blames for an air strike is
        its attacker as the article tells it (whoever disputes it makes a claim). Only for an air-strike word: the
        side blamed for "the attack on the embassy" did not strike from the air."""
        air = {t.i for span in seg.air for t in span}
        for trig in triggers:
            blamed = blamed_for(trig, self.rules) if trig.i in air else None
            ent = None if blamed is None else next((e for e in seg.entities if e.start <= blamed.i < e.end), None)
            if ent is None:
                continue
            kind, name = ent.label_.split("|", 1)
            if kind == "GROUP":
                return [armed_group(name)] if seg.aircraft else []
            party = self._party_for(ent)[1]
            if party is not None:
                return [party]
        return []

    def _aircraft_owner(self, seg: Segment, triggers: list[Token]) -> list[Party]:
        """ "Iraqi F-16 fighter jets struck ...": a demonym on the aircraft that strike names their force."""
        trigger_ids = {t.i for t in triggers}
        for craft in seg.aircraft:
            root = craft.root
            striking = (root.dep_ in ("nsubj", "nsubjpass") and root.head.i in trigger_ids) or (
                root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.i in trigger_ids
            )
            if not striking:
                continue
            for ent in seg.entities:
                kind, name = ent.label_.split("|", 1)
                if (
                    kind in ("DEMONYM", "COUNTRY")
                    and not _negated_name(ent)
                    and ent.end <= craft.start
                    and (ent.root.head.i == root.i or ent.end == craft.start)
                ):
                    party = self.forces.country_party(name)
                    if party is not None:
                        return [party]
        return []

    def _suspected_attackers(self, seg: Segment) -> list[Party]:
        """ "warplanes believed to be Russian struck ...", "targeted by a drone believed to be Turkish": the
        suspected country's force is the attacker."""
        for ent in seg.entities:
            kind, name = ent.label_.split("|", 1)
            root = ent.root
            if kind not in ("DEMONYM", "COUNTRY", "FORCE") or root.dep_ not in ("acomp", "attr", "pobj"):
                continue
            verb = root.head.head if root.dep_ == "pobj" else root.head
            if verb.lower_ == "be" and verb.dep_ == "xcomp":
                verb = verb.head
            if verb.lower_ not in self.rules.suspicion_verbs:
                continue
            subject = verb.head if verb.dep_ == "acl" else subject_of(verb)
            if subject is not None and any(e.root.i == subject.i for e in seg.aircraft):
                party = self._party_for(ent)[1]
                if party is not None:
                    return [party]
        return []

    def _reporter_country(self, seg: Segment, triggers: list[Token]) -> list[Party]:
        """ "The Turkish defence ministry said jets hit ...": bare aircraft reported by a state's own military
        or ministry belong to that state."""
        for trig in triggers:
            head = trig.head if trig.tag_.startswith("NN") else trig
            subject = subject_of(head)
            if subject is None or not any(e.root.i == subject.i for e in seg.aircraft):
                continue
            if any(c.dep_ in ("poss", "amod", "compound") and c.text[:1].isupper() for c in subject.children):
                continue
            speaker = self._reporting_speaker(head)
            if speaker is None or speaker.lower_ not in self.rules.state_speakers:
                continue
            for ent in seg.entities:
                kind, name = ent.label_.split("|", 1)
                if kind in ("DEMONYM", "COUNTRY") and ent.root.head.i == speaker.i:
                    party = self.forces.country_party(name)
                    if party is not None:
                        return [party]
        return []

    def _reporting_speaker(self, tok: Token) -> Token | None:
        """The subject of the reporting verb above ``tok`` ("The Turkish defence ministry said jets hit ...")."""
        verb = next((a for a in tok.ancestors if a.lower_ in self.rules.reporting_verbs), None)
        return own_subject(verb) if verb is not None else None

    def _reporting_force(self, seg: Segment, triggers: list[Token]) -> list[Party]:
        """ "U.S. Central Command said Tuesday that five airstrikes had been carried out near Kobani", "The U.S.
        military ... said airstrikes overnight Sunday killed 13 Taliban", "U.S. Army Col. Steven Warren said Friday
        that a drone strike the previous night killed everyone in the targeted vehicle": a strike told with no doer
        (in the passive with no agent, or as a strike noun doing the verb), by an air force's own command or one of
        its officers, is that force's."""
        for trig in triggers:
            if trig.tag_.startswith("NN") and trig.dep_ == "nsubj" and trig.head.tag_.startswith("VB"):
                if refers_back(trig, self.rules):
                    continue  # "the Friday strikes", "the strikes": one told before, whoever speaks of it
                verb = trig.head
            else:
                verb = trig if trig.tag_.startswith("VB") else trig.head
                if not verb.tag_.startswith("VB") or not any(c.dep_ == "auxpass" for c in verb.children):
                    continue
            if any(c.dep_ == "agent" for c in verb.children):
                continue
            speaker = self._reporting_speaker(verb)
            if speaker is None:
                continue
            for ent in seg.entities:
                kind = ent.label_.split("|", 1)[0]
                titled = speaker.left_edge.i <= ent.start and ent.end <= speaker.i  # "U.S. Army Col. Steven Warren"
                if kind == "FORCE" and (ent.root.i == speaker.i or titled):
                    party = self._party_for(ent)[1]
                    if party is not None and party.air:
                        return [party]
        return []

    def _pronoun_attackers(self, seg: Segment, triggers: list[Token]) -> list[Party]:
        """ "AFRICOM said it carried out a strike", "the U.S. government has acknowledged that it targeted and killed
        ...", "The Obama administration said it carried out", "Turkey's military assault ..., as its troops launched
        airstrikes": the reporting force, government or leader's state, or the state owning the subject, is the
        attacker."""
        for trig in triggers:
            head = trig.head if trig.tag_.startswith("NN") else trig
            subject = subject_of(head)
            if subject is None:
                continue
            owner = next(
                (c for c in subject.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "our")), None
            )
            if subject.lower_ not in ("it", "we", "they") and owner is None:
                continue
            for ent in seg.entities:
                kind, name = ent.label_.split("|", 1)
                speaker = (
                    ent.root.head if ent.root.dep_ in ("compound", "poss") else ent.root
                )  # "The Obama administration"
                if kind not in ("FORCE", "AMBIGUOUS", "COUNTRY", "GOV", "LEADER") or ent.end > subject.i:
                    continue
                if speaker.dep_ != "nsubj" or (ent.root.dep_ == "compound" and kind != "LEADER"):
                    continue
                if ent.root.dep_ == "poss" and kind not in ("COUNTRY", "GOV", "FORCE"):
                    continue  # "Turkey's ongoing military assault ..., as its troops launched airstrikes"
                party = self.forces.government_party(name) if kind == "GOV" else self._party_for(ent)[1]
                if party is not None:
                    return [party]
        return []

    def sources_in(self, seg: Segment) -> list[Source]:
        """Every source a segment names: subjects of reporting verbs and objects of "according to"."""
        rules = self.rules
        found: list[Source] = []
        for tok in seg.span:
            if tok.lower_ in rules.reporting_verbs and tok.tag_.startswith("VB") and self._reports_content(tok):
                subject = (
                    own_subject(tok) or self._participle_subject(tok)
                    if tok.dep_ == "advcl" and tok.head.lower_ not in rules.reporting_verbs
                    else subject_of(tok)
                )
                if subject is not None and subject.lower_ in self.strike_nouns:
                    subject = next((c for c in subject.conjuncts if c.i > subject.i), None)
                if _passive(tok) and tok.lower_ != "quoted":
                    subject = _agent(tok)  # "Moscow has been accused of ...": the one accused makes no claim
                elif subject is None or not seg.span.start <= subject.i < seg.span.end:
                    subject = self._name_before(seg, tok)
                if subject is not None:
                    source = source_from(subject, seg, rules)
                    if source is not None and source.person and source.org is None:
                        source = replace(source, org=self._clause_org(seg, tok))
                    if source is not None:
                        found.append(source)
                speaker = self._quoted_speaker(tok)
                if speaker is not None:
                    source = source_from(speaker, seg, rules)
                    if source is not None:
                        found.append(replace(source, relayed_from=True))
            elif (tok.lower_ in rules.characterising_verbs or tok.lower_ in rules.naming_verbs) and tok.tag_.startswith(
                "VB"
            ):
                subject = own_subject(tok) if self._names_strike_as(tok) and not to_infinitive(tok) else None
                if subject is not None and subject.lower_ in rules.pronouns:
                    # "Elaraby condemned what he called ...", "al Mekdad said ... what he described as ..."
                    named = (own_subject(v) for v in tok.ancestors if v.tag_.startswith("VB"))
                    subject = next((s for s in named if s is not None and s.lower_ not in rules.pronouns), subject)
                source = source_from(subject, seg, rules) if subject is not None else None
                if source is not None:
                    found.append(source)
            elif tok.lower_ in rules.claim_nouns and tok.tag_.startswith("NN"):
                holder = self._claim_holder(tok)
                source = source_from(holder, seg, rules) if holder is not None else None
                if source is not None:
                    found.append(source)
        for phrase in seg.phrases:
            if phrase.label_ != "ACCORDING":
                continue
            last = phrase[-1]
            obj = next((c for c in last.children if c.dep_ in ("pobj", "dobj")), None)
            if obj is None and phrase.end < seg.span.end:
                obj = seg.span.doc[phrase.end]
                while (
                    obj.head.i != obj.i
                    and phrase.end <= obj.head.i < seg.span.end
                    and obj.dep_ in ("compound", "amod", "det")
                ):
                    obj = obj.head
            if obj is not None:
                source = source_from(obj, seg, rules)
                if source is not None:
                    relayed = not phrase.text.lower().endswith(" by")
                    found.append(replace(source, relayed_from=relayed))
        return [self.resolve_source(s) for s in found]

    def note_subject(self, seg: Segment, sources: list[Source]) -> None:
        """ "Pompeo sought Tuesday to place the killing ... . 'I know that ...,' he said": a person who is the subject
        of a sentence is who a following "he said" most likely stands for, also when the sentence reports someone
        else ("Jen Psaki made clear ... that the U.S. had warned the Syrian government").
        """
        subject = own_subject(seg.span.root)
        if subject is None or any(subject.text in s.claimant.split() for s in sources):
            return
        if any(p.start <= subject.i < p.end for p in seg.people):
            source = source_from(subject, seg, self.rules)
        elif subject.tag_ == "NNP" and self._surname(subject.text):
            source = Source(claimant=subject.text, org=None, person=True, generic=False, anaphoric=False)
        else:
            return  # the tagger missed "Pompeo" at the start of the sentence; the article named him in full before
        if source is not None and source.person:
            self.resolve_source(source)

    def _participle_subject(self, verb: Token) -> Token | None:
        """ "The Pentagon issued a statement, saying ...": a reporting participle hung from a verb that puts out a
        statement speaks for that verb's subject."""
        head = verb.head
        issues = any(c.dep_ == "dobj" and c.lower_ in self.rules.statement_nouns for c in head.children)
        return own_subject(head) if verb.tag_ == "VBG" and issues else None

    def _reports_content(self, verb: Token) -> bool:
        """A reporting verb that also names a plain act ("Israel responded by shooting down the drone", "released a
        video", "were being briefed") reports only with a clause, a quote or a statement noun, and not passive. A verb
        with "what" as its object, or in a clause on a noun that is no strike, speaks of that thing, not of the
        sentence ("targeting what officials described as ISIS artillery units")."""
        rules = self.rules
        if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.tag_ == "WP" for c in verb.children):
            return False
        if not any(c.dep_.startswith("nsubj") for c in verb.children) and any(
            c.dep_ == "xcomp" and to_infinitive(c) and verb.i + 1 < len(verb.doc) and verb.nbor().lower_ == "to"
            for c in verb.children
        ):
            return False  # "Al Qaeda veterans said to be plotting an imminent attack": hearsay, nobody speaks
        if (
            verb.dep_ == "relcl"
            and verb.head.lower_ not in self.strike_nouns
            and any(t.tag_ in ("WDT", "WP") and t.i < verb.i for t in verb.subtree)
        ):
            return False  # "a terror cell called The Khorasan Group, which the Pentagon said was nearing ..."
        if verb.lower_ not in rules.content_verbs:
            return True
        children = list(verb.children)
        if _passive(verb):
            return False
        if any(c.dep_ in ("ccomp", "parataxis") for c in children) or verb.dep_ == "parataxis":
            return True
        return any(c.dep_ == "dobj" and c.lower_ in rules.statement_nouns for c in children)

    def _quoted_speaker(self, verb: Token) -> Token | None:
        """ "Voice of America quotes Palestinian emergency workers as saying 30 people were injured": the object of
        a reporting verb followed by "as saying" is the original speaker, relayed by the verb's subject."""
        says = any(
            c.dep_ == "prep"
            and c.lower_ == "as"
            and any(g.dep_ == "pcomp" and g.lower_ in self.rules.reporting_verbs for g in c.children)
            for c in verb.children
        )
        return next((c for c in verb.children if c.dep_ == "dobj"), None) if says else None

    def _names_strike_as(self, verb: Token) -> bool:
        """ "Syria's government called the attacks against its territory a flagrant violation": a verb that names
        what its object is, with a strike noun as that object; or names as a strike what it speaks of ("condemned
        what he called Israeli strikes on Syrian territories")."""
        if self.named_strike(verb) is not None:
            return True
        return (
            verb.lower_ in self.rules.characterising_verbs
            and any(c.dep_ == "oprd" for c in verb.children)
            and any(
                c.dep_ == "dobj" and c.lower_ in self.strike_nouns and c.lower_ not in self.rules.campaign_heads
                for c in verb.children
            )
        )

    def named_strike(self, verb: Token) -> Token | None:
        """ "what he called Israeli strikes", "what it described as Israeli attacks on the research facility": the
        strike noun a source gives as the name of what it speaks of, an air strike word or one a state owns ("in
        what it described as a mission to destroy a network of tunnels" names no strike)."""
        if verb.lower_ not in self.rules.naming_verbs or not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "what" for c in verb.children
        ):
            return None
        named = [c for c in verb.children if c.dep_ == "oprd"] + [
            g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"
        ]
        for noun in named:
            if noun.lower_ not in self.strike_nouns:
                continue
            phrase = " ".join(t.lower_ for t in noun.subtree if t.i <= noun.i)
            if any(phrase.endswith(air) for air in self.air_phrases) or any(
                c.dep_ in ("amod", "compound", "poss") and c.text[:1].isupper() for c in noun.children
            ):
                return noun
        return None

    @staticmethod
    def _claim_holder(noun: Token) -> Token | None:
        """ "despite Russia's insistence that they hit 20 Islamic State targets": the possessor of a claim noun
        that carries a "that" clause holds the claim."""
        holder = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = any(
            c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in noun.children
        )
        return holder if clause else None

    @staticmethod
    def _clause_org(seg: Segment, verb: Token) -> str | None:
        """ "The Pentagon responded with spokesman X telling ...": the organisation heading the clause."""
        root = verb
        while root.head.i != root.i and seg.span.start <= root.head.i < seg.span.end:
            root = root.head
        subject = own_subject(root) if root.i != verb.i else None
        if subject is None:
            return None
        for ent in seg.orgs:
            if ent.label_ == "ORG" and ent.start <= subject.i < ent.end:
                return " ".join(w for w in ent.text.split() if w.lower() != "the")
        return None

    @staticmethod
    def _name_before(seg: Segment, verb: Token) -> Token | None:
        """ "..., the Syrian Observatory for Human Rights said": a name just before a verb left without a subject."""
        names = [e for e in (*seg.orgs, *seg.people) if e.label_ in ("ORG", "PERSON") and 0 < verb.i - e.end + 1 <= 2]
        return names[0].root if names else None

    def _role_of_named_org(self, source: Source) -> Source:
        """ "The head of the observatory said ...": a role of an organisation named before is that organisation's
        speaker ("Syrian Observatory for Human Rights head")."""
        head = (source.org or "").lower()
        for earlier in reversed(self.named_sources):
            org = earlier.org or earlier.claimant
            if not earlier.person and head in org.lower().split():
                role = source.claimant.split()[0]
                return replace(source, claimant=f"{org} {role}", org=org, generic=False, anaphoric=False)
        return source

    def resolve_source(self, source: Source) -> Source:
        """Pronouns and "the statement" stand for the last named source; surnames for the full name."""
        if source.anaphoric:
            wanted_person = source.person or source.claimant.lower() in ("he", "she", "him", "her")
            head = source.claimant.lower().split()[-1] if source.claimant.strip() else ""
            if source.org is not None and source.person:
                owned = self._role_of_named_org(source)
                if not owned.anaphoric:
                    return owned
            if head in UNNAMED_HEADS:
                earlier_sources = [s for s in self.named_sources if head in s.claimant.lower().split()]
                if earlier_sources:
                    return earlier_sources[-1]
                return replace(source, claimant=UNNAMED, generic=False, anaphoric=False, unnamed=True)
            same_role = [
                s for s in self.named_sources if head in self.rules.claimant_roles and head in s.claimant.lower()
            ]
            if same_role:
                return same_role[-1]  # "a U.S. official told The Associated Press ... According to the official"
            if not wanted_person and head in self.rules.org_heads:
                for earlier in reversed(self.named_sources):
                    names = f"{earlier.claimant} {earlier.org or ''} {earlier.reported_name}".lower().split()
                    if head in names:
                        return earlier  # "AFRICOM said ... , the command said": US Africa Command
                return replace(source, anaphoric=False)  # "the Ministry" is no earlier source of another kind
            for earlier in reversed(self.named_sources):
                if not wanted_person or earlier.person:
                    return earlier
            return source
        if source.person:
            for full in self.people:
                if full != source.claimant and fold(full).endswith(" " + fold(source.claimant)):
                    source = replace(source, claimant=full)
                    break
        if not source.generic:
            self.named_sources.append(source)
        return source

    def _equipment(self, seg: Segment) -> tuple[list[str], list[str]]:
        aircraft: list[str] = []
        weapons: list[str] = []
        for ent in seg.equipment:
            kind, name = ent.label_.split("|", 1)
            if kind == "AIRCRAFT" and self.matchers.aircraft_listed.get(name, True):
                value = _as_written(ent.text)
                if value.lower() == f"{name.lower()}s":
                    value = name
                if value not in aircraft:
                    aircraft.append(value)
            elif kind == "WEAPON":
                value = ent.text.lower() if not any(c.isupper() for c in ent.text[1:]) else ent.text
                if value not in weapons:
                    weapons.append(value)
        return aircraft, weapons

    def _tied_findings(
        self, seg: Segment, findings: list[CasualtyFinding], triggers: list[Token]
    ) -> list[CasualtyFinding]:
        """The findings of one casualty word that belong to the strike; a counted part ("10 people, nine of them
        children") goes with the whole it is part of, the first finding."""
        whole = bool(findings) and self._tied(seg, findings[0], triggers)
        return [f for f in findings if (whole if f.rule == PART_RULE else self._tied(seg, f, triggers))]

    def _tied(self, seg: Segment, finding: CasualtyFinding, triggers: list[Token]) -> bool:
        """A casualty belongs to the strike when its words are in the strike's clause, not another event's."""
        doc = seg.span.doc
        cue = doc.char_span(finding.start_char, finding.end_char, alignment_mode="expand")
        if cue is None:
            return False
        kill = next((t for t in cue if t.lower_ in self.rules.killed_words | self.rules.injured_words), cue.root)
        trigger_ids = {t.i for t in triggers}
        if self.other_clause(kill) and kill.i not in trigger_ids:
            return False
        if kill.tag_ == "JJ" and kill.dep_ in ("oprd", "dobj"):
            # "Turkey's ongoing military assault has left 150 Kurdish forces dead ... as its troops launched
            # airstrikes": what left them dead is the assault, not the strikes
            subject = own_subject(kill.head)
            if subject is not None and subject.tag_.startswith("NN") and subject.i not in trigger_ids:
                return False
        if kill.i in trigger_ids or any(kill.is_ancestor(t) for t in triggers):
            return True
        for tok in [kill, *kill.ancestors]:
            if tok.i in trigger_ids:
                return True
            if tok is not kill and tok.tag_.startswith("NN") and tok.i not in trigger_ids:
                return False
            if any(tok.is_ancestor(t) for t in triggers):
                return True
        return False

    @staticmethod
    def _target(triggers: list[Token]) -> str | None:
        for trig in triggers:
            for child in trig.children:
                obj = None
                if child.dep_ == "prep" and child.lower_ in _STRUCK_PREPS:
                    obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                elif child.dep_ == "dobj" and trig.tag_.startswith("VB"):
                    obj = child
                if obj is None or obj.i in {t.i for t in triggers} or obj.ent_type_ in ("DATE", "TIME"):
                    continue
                start = obj.left_edge.i
                end = obj.i + 1
                for sub in obj.children:
                    if sub.dep_ == "prep" and sub.lower_ == "of":
                        inner = next((c for c in sub.children if c.dep_ == "pobj"), None)
                        if inner is not None:
                            end = inner.i + 1
                doc = obj.doc
                words = [t for t in doc[start:end] if not t.is_space]
                while words and words[0].lower_ in ("the", "a", "an"):
                    words = words[1:]
                if words and len(words) <= 10:
                    return doc[words[0].i : words[-1].i + 1].text
        return None

    def _split_by_place(self, base: Mention, places: list[tuple[PlaceInfo, Span, bool]]) -> list[Mention]:
        """One mention per distinct town the sentence ties to the strike; regions and countries fill in; each
        records how its place was read."""
        out = self._placed(base, places)
        for mention in out:
            mention.rules = dict(base.rules)
            if mention.place is not None:
                mention.rules["location"] = f"events._places: {_PLACE_RULES[mention.place.level]}"
        return out

    def _placed(self, base: Mention, places: list[tuple[PlaceInfo, Span, bool]]) -> list[Mention]:
        tied = [p for p in places if p[2]] or places
        regions_named = {
            fold(p[0].region)
            for p in tied
            if p[0].level == "place" and p[0].region and fold(p[0].region) != fold(p[0].name)
        }
        tied = [
            (PlaceInfo(name=i.name, level="region", region=i.region or i.name, country=i.country), s, t)
            if i.level == "place" and fold(i.name) in regions_named and fold(i.region or "") == fold(i.name)
            else (i, s, t)
            for i, s, t in tied
        ]
        # A reference point ("southwest of Damascus") comes last: it only contains the town it locates.
        directions = self.rules.directions
        tied.sort(key=lambda p: p[0].level == "place" and _reference_point(p[1], directions))
        towns: list[tuple[PlaceInfo, Span]] = []
        for info, span, _ in tied:
            if info.level != "place" or any(fold(info.name) == fold(t[0].name) for t in towns):
                continue
            if any(t[1].start <= span.start and span.end <= t[1].end for t in towns):
                continue  # "Mosul" inside the site "Mosul Dam" is the site's name, not a second place
            towns.append((info, span))
        coarse = [p for p in tied if p[0].level != "place"]
        region = next((p[0] for p in coarse if p[0].level == "region"), None)
        country = next((p[0] for p in coarse if p[0].level == "country"), None)

        def complete(info: PlaceInfo) -> PlaceInfo:
            reg = info.region or (
                region.name if region and (not info.country or region.country == info.country) else None
            )
            ctry = (
                info.country
                or (region.country if region and reg == region.name else None)
                or (country.name if country else None)
            )
            return PlaceInfo(name=info.name, level=info.level, region=reg, country=ctry)

        regions = [p for p in coarse if p[0].level == "region"]
        joined = [r for r in regions if _conjoined(r[1], [s for _, s, _ in regions])]
        if not towns and len({fold(r[0].name) for r in joined}) > 1:
            out: list[Mention] = []
            for info, _, _ in joined:
                if any(fold(info.name) == fold(m.place.name) for m in out if m.place is not None):
                    continue
                mention = replace(base)
                mention.place = PlaceInfo(name=info.name, level="region", region=info.name, country=info.country)
                out.append(mention)
            return out
        if not towns:
            if region is not None:
                base.place = complete(
                    PlaceInfo(name=region.name, level="region", region=region.name, country=region.country)
                )
            elif country is not None:
                base.place = country
            return [base]
        linked = [towns[0]] + [t for t in towns[1:] if _conjoined(t[1], [s for _, s in towns])]
        if len(linked) == 1:
            first = towns[0][0]
            container = next((t[0] for t in towns[1:] if t[0].region or t[0].country), None)
            if container is not None and not first.country:
                first = PlaceInfo(name=first.name, level="place", region=container.region, country=container.country)
            base.place = complete(first)
            return [base]
        towns = linked
        out = []
        for info, span in towns:
            own_region = info.region
            own_country = info.country
            for cinfo, cspan, _ in coarse:
                if cspan.start > span.start and (
                    cspan.root.head.i == span.root.i or cspan.root.head.head.i == span.root.i
                ):
                    if cinfo.level == "region" and own_region is None:
                        own_region = cinfo.name
                    if own_country is None:
                        own_country = cinfo.country
            copy = Mention(**{**base.__dict__})
            copy.place = complete(PlaceInfo(name=info.name, level="place", region=own_region, country=own_country))
            out.append(copy)
        return out


def armed_group(name: str) -> Party:
    """An armed group as the side that struck (it claimed, launched or is blamed for the strike)."""
    return Party(name=name, key=name, air=True)


def _agent_of(root: Token, trigger_ids: set[int]) -> bool:
    """The name is who carried out the strike word: the subject of the strike verb or of the verb that launched the
    strike noun ("Houthi rebels launched drone attacks"), or "by" the strike noun ("a drone strike ... by Houthi
    rebels")."""
    head = root.head
    if root.dep_ == "nsubj":
        return head.i in trigger_ids or any(c.dep_ == "dobj" and c.i in trigger_ids for c in head.children)
    return root.dep_ == "pobj" and head.lower_ == "by" and head.head.i in trigger_ids


def _name_written_before(doc: Doc, end: int, floor: int, known: set[int]) -> Span | None:
    """The capitalised name written right before token ``end`` ("Dara-i-Pech" in "the Dara-i-Pech district"),
    hyphenated parts included; None when there is none or it belongs to an entity."""
    start = end
    while start > floor and start - 1 not in known:
        prev = doc[start - 1]
        glued = start < end and not prev.whitespace_ and start - 2 >= floor and not doc[start - 2].whitespace_
        if (prev.tag_ == "NNP" and prev.text[:1].isupper()) or (glued and (prev.text == "-" or prev.is_lower)):
            start -= 1
            continue
        break
    if start == end or start - 1 in known or not doc[start].text[:1].isupper():
        return None
    return doc[start:end]


def _phrase_head(tok: Token) -> Token:
    """The head noun of the phrase a name is a compound in ("Mosul" in "the Mosul Dam" gives "Dam")."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _reference_point(span: Span, directions: frozenset[str]) -> bool:
    """ "Daraya, a city southwest of Damascus", "a town 20 miles south of Kirkuk": the town after a direction word and
    "of" locates another place."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in directions


def _conjoined(span: Span, others: list[Span]) -> bool:
    """ "Albu Kamal in Syria and Husaiba in Iraq": the town is joined by "and" to another town of the list; a name
    inside a noun phrase stands for the phrase ("near the Mosul Dam and Baghdad")."""
    head = _phrase_head(span.root)
    roots = {
        _phrase_head(o.root).i
        for o in others
        if o.root.i != span.root.i and not o.start <= head.i < o.end and not span.start <= o.root.i < span.end
    }
    tok = head
    chain = {tok.i, *(c.i for c in tok.conjuncts)}
    for _ in range(3):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
        chain.add(tok.i)
        if tok.dep_ == "pobj" and tok.head.head is not None:
            chain.add(tok.head.head.i)
    return bool(chain & roots)


_PLACE_RULES = {
    "place": "a town or site tied to the strike words",
    "region": "a province tied to the strike words",
    "country": "a country tied to the strike words",
}


def clause_verb(tok: Token) -> Token | None:
    """The token itself when it is a verb, else the nearest verb above it: the verb of its clause."""
    if tok.tag_.startswith("VB"):
        return tok
    return next((a for a in tok.ancestors if a.tag_.startswith("VB")), None)


def _hyphen_particle(doc: Doc, i: int, limit: int) -> bool:
    """ "al-Abed" in "Bir al-Abed": a short lowercase article joined by a hyphen to a capitalised name piece."""
    if i + 2 >= limit:
        return False
    particle, hyphen, piece = doc[i], doc[i + 1], doc[i + 2]
    return (
        particle.is_lower
        and particle.is_alpha
        and len(particle) <= 3
        and not particle.whitespace_
        and hyphen.text == "-"
        and not hyphen.whitespace_
        and piece.text[:1].isupper()
    )


def counted_since(cue: Token) -> bool:
    """ "At least 412 people have been killed in and around Kobane since mid-September", "66 people have been
    killed ..., since Israel assassinated the head of Hamas's armed wing": a toll counted from a point in time adds
    up every death since then; it is no one strike's figure (a conjoined "and five have died" shares the count)."""
    for verb in (cue, cue.head) if cue.dep_ == "conj" else (cue,):
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "since":
                return True
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in child.children):
                return True
    return False


def _owns_strike(ent: Span, triggers: list[Token]) -> bool:
    """The name modifies a strike noun ("a Syrian regime airstrike", "the Assad government's air raids")."""
    root = ent.root
    return root.dep_ in ("compound", "amod", "poss", "nmod") and any(
        t.i == root.head.i and t.tag_.startswith("NN") for t in triggers
    )


def _named_tokens(seg: Segment) -> set[int]:
    """The tokens of every name the lexicons or the tagger found in a sentence (entities and places)."""
    return {i for e in (*seg.entities, *seg.places) for i in range(e.start, e.end)}


def armed_group_tokens(seg: Segment) -> set[int]:
    """The tokens of the armed groups a sentence names."""
    return {i for e in seg.entities if e.label_.startswith("GROUP|") for i in range(e.start, e.end)}


def groups_on_ground(seg: Segment, group_tokens: set[int]) -> set[int]:
    """The armed groups' tokens (``group_tokens``) of a sentence with no air-strike word or aircraft, where what
    they do is done on the ground; none in a sentence that speaks of the air ("the Houthis' drone attack")."""
    return set() if seg.air or seg.aircraft else group_tokens


def toll_cues(seg: Segment, rules: Rules, group_tokens: set[int]) -> list[Token]:
    """The killed and injured words of a sentence that can give a strike's toll: not a count since a point in time
    (``counted_since``), not a killing on the ground (``killed_on_ground``)."""
    on_ground = groups_on_ground(seg, group_tokens)
    return [
        t
        for t in seg.span
        if (t.lower_ in rules.killed_words or t.lower_ in rules.injured_words)
        and not counted_since(t)
        and not killed_on_ground(t, rules, on_ground)
    ]


def killed_on_ground(verb: Token, rules: Rules, armed_groups: Container[int] = ()) -> bool:
    """ "Israeli soldiers stopped the attempted attack, killing one of the attackers", "Five were killed fighting
    militants": a killing by soldiers or fighters, or deaths in combat, is no strike's toll; nor is a killing whose
    subject is an armed group (``armed_groups``: its tokens, in a sentence with no air word: "ISIS killed between
    560 and 770 Iraqi soldiers near the city of Tikrit")."""
    if verb.lower_ not in rules.killed_words or not verb.tag_.startswith("VB"):
        return False
    if any(c.dep_ in ("xcomp", "advcl") and c.tag_ == "VBG" and c.lower_ in rules.other_events for c in verb.children):
        return True
    if verb.lower_ in rules.victim_subject_words:
        return False  # "At least 25 fighters died when the US bombed bases": the subject is the victim
    subject = own_subject(verb)
    if subject is None and verb.dep_ in ("advcl", "xcomp", "conj"):
        subject = own_subject(verb.head)
    return (
        subject is not None
        and subject.dep_ == "nsubj"
        and (rules.casualty_groups.get(subject.lower_) in ("soldiers", "militants") or subject.i in armed_groups)
    )


def present_perfect(verb: Token) -> bool:
    """ "has carried out", "have been injured": a present perfect, not "had carried out" or "carried out"."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


def _aimed_at(tok: Token, trigger_ids: set[int]) -> bool:
    """ "a no-fly zone against the Syrian Air Force", "missiles against U.S. military and coalition forces", "bombs
    hit an office of the Syrian Democratic Forces — an overarching coalition": what a target preposition or a strike
    verb takes (or a conjunct, apposition or owner in it) is aimed at, it does not strike."""
    while tok.head.i != tok.i:
        if tok.dep_ in ("conj", "appos", "compound"):
            tok = tok.head
        elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.tag_.startswith("NN"):
            tok = tok.head.head
        else:
            break
    if tok.dep_ == "pobj":
        return tok.head.lower_ in _TARGET_PREPS
    return tok.dep_ in ("dobj", "nsubjpass") and tok.head.i in trigger_ids


def _leads(ent: Span, triggers: list[Token], orders: frozenset[str]) -> bool:
    """A head of state strikes only as the subject or owner of the strike word itself ("President Bill Clinton
    bombed Yugoslavia", "Trump's air raid"), or as who gave the order ("Trump ordered the strike that killed
    Soleimani", "the drone strike ordered by President Trump"; ``orders``: the order verbs that tell a strike carried
    out); "Obama resisted portraying the attack as ..." names no striker."""
    root = ent.root
    if any(root.head.i == t.i and root.dep_ in ("nsubj", "poss", "compound", "nmod") for t in triggers):
        return True
    return any(_ordered_by(root, t, orders) for t in triggers) or (
        root.dep_ == "nsubj"
        and root.head.lower_ in orders
        and any(c.dep_ == "dobj" and c.i in {t.i for t in triggers} for c in root.head.children)
    )


def _participle_head(verb: Token) -> Token:
    """ "Turkey pressed its assault ..., pounding the region with airstrikes": a participle clause's subject is
    its head verb's; other verbs are their own."""
    return verb.head if verb.dep_ == "advcl" and verb.tag_ == "VBG" else verb


def _ordered_by(root: Token, trigger: Token, orders: frozenset[str]) -> bool:
    """ "the drone strike ordered by President Trump", "the Jan. 3 drone strike ... was ordered by Trump": the name
    is the agent of an order verb on the strike word or with the strike word as its subject."""
    verb = root.head.head
    on_strike = (verb.dep_ == "acl" and verb.head.i == trigger.i) or any(
        c.dep_ == "nsubjpass" and c.i == trigger.i for c in verb.children
    )
    return root.dep_ == "pobj" and root.head.dep_ == "agent" and verb.lower_ in orders and on_strike


def _owned(triggers: list[Token], seg: Segment) -> bool:
    """A strike word names its own striker ("US bombing", "Israel's airstrikes"), so the subject of another verb
    in the sentence is not one."""
    own = {c.i for t in triggers for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod")}
    return any(e.root.i in own and e.label_.split("|", 1)[0] in ("FORCE", "GROUP", *STATE_KINDS) for e in seg.entities)


def _passive(verb: Token) -> bool:
    """ "were being briefed", "has been accused": the verb is in the passive."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _agent(verb: Token) -> Token | None:
    """The "by" phrase's noun of a passive verb ("was accused by rights groups" -> "groups")."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _possessor(ent: Span) -> bool:
    """ "Hannity's guest host": a name written as a possessor."""
    return ent.root.dep_ == "poss" or ent.text.endswith(("'s", "’s"))


def _parenthesised(ent: Span) -> bool:
    """The name alone inside parentheses: "(N.Y.)"."""
    doc = ent.doc
    return ent.start > 0 and ent.end < len(doc) and doc[ent.start - 1].text == "(" and doc[ent.end].text == ")"


def _negation(tok: Token) -> bool:
    """A negation word, also when the parser reads a curly "n’t" as punctuation."""
    return tok.dep_ == "neg" or tok.lower_ in ("n't", "n’t", "not", "never")


def _negated_name(ent: Span) -> bool:
    """ "non-Syrian spy planes": a nationality negated by its prefix names nobody."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].text == "-" and doc[ent.start - 2].lower_ == "non"


def _governing_verb(noun: Token, rules: Rules) -> Token:
    """The verb whose object is "a round of" or "a wave of" a strike noun ("nations launched another round of
    airstrikes"); else the noun's head."""
    of = noun.head
    measure = of.head
    if (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and measure.lower_ in rules.partitive_nouns
        and measure.dep_ in ("dobj", "nsubjpass")
        and measure.head.tag_.startswith("VB")
    ):
        return measure.head
    return noun.head


def _named_region(info: PlaceInfo, ent: Span) -> PlaceInfo:
    """ "the Yemeni province of Mareb": a name the text calls a province is a region even when the atlas spells it
    otherwise (Marib) or knows only the town; it keeps the spelling of the text and the town's country."""
    name = ent.text if ent.text[:1].isupper() else info.name
    return PlaceInfo(name=name, level="region", region=name, country=info.country)


def _purpose_clause(tok: Token) -> bool:
    """ "... as part of the operation to liberate Mosul": a place in a purpose clause is not the strike's."""
    return tok.dep_ == "advcl" and to_infinitive(tok)


def responsibility_claimer(seg: Segment, trigger: Token, rules: Rules, blame: bool = False) -> Span | None:
    """The named party that "claimed responsibility for" the strike word ``trigger``, if any: the subject (of the
    verb, or of the statement that claims it: "ISIS released a statement claiming responsibility for the
    bombings"), or the party its spokesman speaks for ("Taliban spokesman Zabihullah Mujahid claimed
    responsibility"); with ``blame``, also the party blamed for it ("Turkish authorities blamed ISIS for the
    attack"), which tells the gates what kind of attack it was (``StrikeFinder._blamed`` names the side blamed for
    an air strike its attacker)."""
    prep = trigger.head
    if prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    noun = prep.head
    if blame and noun.lower_ in rules.blame_verbs and noun.tag_.startswith("VB"):
        blamed = blamed_for(trigger, rules)
        return None if blamed is None else next((e for e in seg.entities if e.start <= blamed.i < e.end), None)
    if noun.lower_ not in rules.responsibility_nouns or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
        verb = verb.head.head  # "released a statement claiming responsibility"
    subject = subject_of(verb)
    if subject is None:
        return None
    named = next((e for e in seg.entities if e.start <= subject.i < e.end), None)
    return named or next((e for e in seg.entities if subject.left_edge.i <= e.start and e.end <= subject.i), None)


def blamed_for(strike: Token, rules: Rules) -> Token | None:
    """Who is blamed for the strike word: "Turkish authorities blamed ISIS for the attack" (the blame verb's object,
    ``strike`` in its "for" phrase), or "blamed the attacks on Israeli airstrikes" (``strike`` the object, the
    blamed in the "on" phrase)."""
    prep = strike.head
    if prep.dep_ == "prep" and prep.lower_ == "for":
        verb = prep.head
        if verb.lower_ in rules.blame_verbs and verb.tag_.startswith("VB"):
            return next((c for c in verb.children if c.dep_ == "dobj"), None)
        return None
    verb = strike.head
    if strike.dep_ != "dobj" or verb.lower_ not in rules.blame_verbs or not verb.tag_.startswith("VB"):
        return None
    on = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    return None if on is None else next((c for c in on.children if c.dep_ == "pobj"), None)


def to_infinitive(tok: Token) -> bool:
    """ "to avenge", "to strike": a verb with its "to", which tells a purpose, a plan or what may happen."""
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _purpose_between(anchor: Token, triggers: list[Token]) -> bool:
    """ "Tel Aviv and Haifa can be targeted to avenge a general killed by a U.S. drone strike in Baghdad": every
    strike word under ``anchor`` sits inside a purpose clause below it, so a place tied to the anchor belongs to
    the outer clause (a threat, a plan), not to the strike."""
    chains = []
    for trigger in triggers:
        if trigger.i == anchor.i:
            return False
        if anchor.is_ancestor(trigger):
            between = takewhile(lambda a: a.i != anchor.i, trigger.ancestors)
            chains.append(any(t.dep_ in ("advcl", "xcomp") and to_infinitive(t) for t in between))
    return bool(chains) and all(chains)


def _dateline(span: Span, seg: Segment, reach: int = 1) -> bool:
    """ "MOGADISHU — ...", "Baghdad (AFP) -", "BAGHDAD, Nov. 13 (Xinhua) --": the place or date the story
    was filed from, written within ``reach`` tokens of the sentence head, not where or when a strike hit."""
    if span.start - seg.span.start > reach:
        return False
    following = span.doc[span.end : min(span.end + 4, len(span.doc))].text
    return span.text.isupper() or following.lstrip()[:1] in ("—", "–", "-", ":", "(")


def names_other_event(tokens: Iterable[Token], rules: Rules, skip: Container[int] = ()) -> bool:
    """A noun for another kind of event (a car bomb, clashes, shelling) among ``tokens``, outside ``skip``."""
    return any(t.lower_ in rules.other_events and t.tag_.startswith("NN") and t.i not in skip for t in tokens)


def _others_inherit_group(casualties: list[CasualtyFinding], seg: Segment) -> list[CasualtyFinding]:
    """ "killing 17 Taliban fighters and wounding eight others": "others" are of the group named before."""
    text, base = seg.span.text, seg.span.start_char  # the segment's own text: Doc.text rebuilds the whole doc
    out: list[CasualtyFinding] = []
    for finding in casualties:
        words = text[finding.start_char - base : finding.end_char - base].lower().split()
        if finding.group == "unknown" and words and words[-1] == "others":
            earlier = next(
                (c for c in reversed(out) if c.group != "unknown" and c.end_char <= finding.start_char), None
            )
            if earlier is not None:
                finding = replace(finding, group=earlier.group)
        out.append(finding)
    return out


def _as_written(text: str) -> str:
    """An equipment name as written, without a plural "s" after a designation ("F-16s" -> "F-16") and without
    the generic words after it ("F-16 fighter jets" -> "F-16")."""
    text = " ".join(text.split())
    words = text.split()
    if len(words) > 1 and any(ch.isdigit() for ch in words[0]) and all(w.islower() for w in words[1:]):
        text = words[0]
    if len(text) > 2 and text.endswith("s") and text[-2].isdigit():
        return text[:-1]
    return text


def ground_modified(noun: Token, rules: Rules, also: Container[str] = ()) -> bool:
    """ "a chemical attack", "car bomb attacks", "a suicide bomber": a modifier (or one of ``also``) makes the noun
    something other than an air strike or an aircraft."""
    return any(
        c.dep_ in ("compound", "amod") and (c.lower_ in rules.non_air_modifiers or c.lower_ in also)
        for c in noun.children
    )


def refers_back(noun: Token, rules: Rules) -> bool:
    """ "the strike", "those raids", "its attack": a strike noun whose determiner points to a strike told before."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in rules.anaphora for c in noun.children)


def _does_other_thing(noun: Token, triggers: list[Token]) -> bool:
    """ "No one was harmed in the strikes, but U.S. forces in the region remained on high alert": a force that is
    the subject of a verb that is no strike word and governs none does something else."""
    verb = noun.head
    return (
        noun.dep_ in ("nsubj", "nsubjpass")
        and verb.tag_.startswith("VB")
        and all(t.i != verb.i and not verb.is_ancestor(t) for t in triggers)
    )


def _questioned_result(trigger: Token, verb: Token) -> bool:
    """ "Officials have not said whether the attack Thursday on a location in Raqqa killed 'John'": a strike named
    with "the" as the subject of a "whether" clause happened; what is in doubt is what it did."""
    return (
        trigger.dep_ in ("nsubj", "nsubjpass")
        and trigger.head.i == verb.i
        and trigger.tag_.startswith("NN")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children)
        and any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children)
    )


def _describes_other_strike(trigger: Token, triggers: list[Token]) -> bool:
    """The strike word sits in a relative clause on what another strike word of the sentence struck ("they struck
    the same research facility that officials said was targeted on Sunday"): it describes an earlier strike."""
    others = {t.i for t in triggers if t.i != trigger.i}
    for tok in trigger.ancestors:
        if tok.i in others:
            return False
        if tok.dep_ == "relcl":
            return any(a.i in others for a in tok.ancestors)
    return False


def _own_clause(verb: Token, triggers: list[Token]) -> bool:
    """A verb with its own subject, joined to a strike verb as a conjunct and governing none: another event."""
    return (
        verb.tag_.startswith("VB")
        and verb.dep_ == "conj"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and all(t.i != verb.i and not verb.is_ancestor(t) for t in triggers)
    )


def unique_parties(parties: list[Party]) -> list[Party]:
    """Parties without repeats, in order of first mention."""
    seen: dict[str, Party] = {}
    for party in parties:
        seen.setdefault(party.name, party)
    return list(seen.values())
