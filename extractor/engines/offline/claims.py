"""Claims: who says what about the strikes, and whether they assert or deny it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from extractor.engines.offline.analysis import DocView, Segment
from extractor.engines.offline.events import (
    StrikeEvent,
    StrikeFinder,
    armed_group_tokens,
    blamed_for,
    ground_modified,
    groups_on_ground,
    killed_on_ground,
    names_other_event,
    present_perfect,
    to_infinitive,
)
from extractor.engines.offline.gates import armed_group_claims, told_by_armed_group
from extractor.engines.offline.records import evidence_at
from extractor.engines.offline.rules import Rules
from extractor.engines.offline.sources import Source, demonym_form, org_key, own_subject, subject_of
from extractor.lexicons import canonical_source
from extractor.schemas import Claim, Evidence, Stance

MAX_STATEMENT_WORDS = 19
"""The guideline asks for statements under 20 words."""
_DANGLING = ("IN", "DT", "CC", "TO", "PRP$", "WDT", "WP", "POS", "MD")
"""Tags a statement cut at the word limit must not end on."""
MIN_STATEMENT_WORDS = 3
"""A statement says something only with a subject and a predicate ("Israel was involved")."""
_DROP_TIERS = (
    ("appos", "prn", "parataxis", "relcl", "dep"),
    ("participle",),
    ("advcl", "participle", "npadvmod", "intj"),
)
"""Dependents dropped from a long statement, tier by tier, until it fits: asides first, then a trailing
participle clause ("..., ramping up a newly muscular presence"), then other circumstances; in a tier the smallest
dependent that makes it fit goes, else the largest. The clause's head, its strike words, figures and coordination
partners stay; what still does not fit is cut at the word limit."""


def _drop_kind(tok: Token) -> str:
    """The dependency a statement word is dropped by; a trailing "-ing" clause with no subordinator is its own."""
    if (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.i > tok.head.i
        and not any(c.dep_ == "mark" for c in tok.children)
    ):
        return "participle"
    return tok.dep_


_QUOTE_MARKS = frozenset("“”\"‘’'`")
_QUOTE = re.compile(r"[“\"‘]([^“”\"‘’]{12,}?)[”\"’]|“([^”]{12,})$|^([^“]{12,}?)”")
_OPEN_MARKS = '“"‘'
_BACK_DETERMINERS = frozenset({"the", "this", "these", "those"})
"""Determiners by which a strike noun points back to a strike already told ("the Saudi strikes")."""
_COPULAS = frozenset({"is", "was", "are", "were", "be", "been"})
"""Forms of "be" that link a goal word to what it is ("The goal of the airstrikes is to force ...")."""


@dataclass
class _Draft:
    claim: Claim
    key: tuple[str, str, str, int]


def _someone_else(verb: Token, source: Source) -> bool:
    """The verb has its own named subject, and it is not the source ("officials from that country denied" in a
    witness's sentence)."""
    subject = own_subject(verb)
    if subject is None or subject.tag_ == "PRP":
        return False
    named = {t.lower_ for t in subject.subtree if t.is_alpha}
    source_words = set(f"{source.claimant} {source.org or ''}".lower().split())
    return not named & source_words


def _quote_in(text: str) -> tuple[int, int] | None:
    """The longest quoted stretch of a segment (offsets inside it), open or closed at its edges."""
    best: tuple[int, int] | None = None
    for match in _QUOTE.finditer(text):
        for group in (1, 2, 3):
            if match.group(group):
                start, end = match.span(group)
                if best is None or end - start > best[1] - best[0]:
                    best = (start, end)
    return best


def _as_clause(tok: Token) -> bool:
    """ "as measured" parsed as a clause of its own: an adverbial clause opened by "as"."""
    return tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in tok.children)


class ClaimFinder:
    """Finds claims in segments that attribute something about a strike to a source."""

    def __init__(self, rules: Rules, finder: StrikeFinder) -> None:
        self.rules = rules
        self.finder = finder

    def _topic(self, seg: Segment, found: tuple[list[Token], bool]) -> bool:
        """The segment is about a strike: a strike word, or a coordination word next to a party."""
        if self._motive(seg):
            return False
        triggers, has_air = found
        if has_air or (triggers and self.finder.air_context(seg)):
            return True
        if self._named_as_strike(seg) is not None:
            return True  # "condemned what it described as Israeli attacks on the research facility"
        if any(t.lower_ in self.rules.topic_nouns for t in triggers):
            return True
        if self._denies_topic(seg) or self._toll(seg, triggers):
            return True
        parties = any(e.label_.split("|")[0] in ("FORCE", "GOV", "COUNTRY", "AMBIGUOUS") for e in seg.entities)
        return parties and any(t.lower_ in self.rules.coordination for t in seg.span)

    def _motive(self, seg: Segment) -> bool:
        """ "The airstrikes were a response to car bomb attacks", "were in retaliation for", "as justification for",
        "Israel's airstrikes send a signal to Iran": a motive or a meaning, not a fact about a strike."""
        strike_nouns = self.finder.strike_nouns
        for tok in seg.span:
            if tok.lower_ not in self.rules.motive_words:
                continue
            if tok.dep_ in ("attr", "ROOT", "ccomp"):
                return True
            if tok.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.lower_ in strike_nouns for c in tok.head.children):
                return True
            prep = tok.head
            if tok.dep_ == "pobj" and prep.dep_ == "prep" and (prep.head.lower_ in _COPULAS or prep.lower_ == "as"):
                return True  # "the airstrikes were in retaliation for", "cited the chemical attack as justification"
            goal = tok.dep_ == "nsubj" and tok.head.lower_ in _COPULAS
            if goal and any(c.lower_ in strike_nouns for c in tok.subtree):
                return True
        return False

    def _strike_clause(self, seg: Segment) -> bool:
        """ "The Washington Post reports that the missile struck a trio of militants", "The sources said that one
        strike hit a car": a reported clause headed by a strike verb, next to a strike the article tells, is about
        that strike even with no air word in it."""
        clause = self._claimed_clause(seg)
        if clause is None or not clause.tag_.startswith("VB") or self.finder.ground_munition_subject(clause):
            return False
        if self.finder.tally_verb(clause, seg):
            return False  # "Since August 8, the U.S. military has carried out 90 airstrikes": a campaign total
        rules = self.rules
        if clause.lower_ not in rules.generic_verb_forms:
            return False
        if clause.lower_ not in rules.need_air_subject:
            return True
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        return passive and clause.lower_ in rules.passive_damage and not self._ground_cause(clause)

    def _refers_to_told_strike(self, seg: Segment) -> bool:
        """A definite strike noun that someone is blamed for or involved in ("denied any involvement in the Saudi
        strikes", "blamed Iran for the Saudi attacks") refers back to a strike the article tells, wherever it stands
        in the article. A definite strike noun as the subject of a judgement ("the drone strike was a big deal") is
        not enough."""
        rules = self.rules
        for span in (*seg.air, *seg.generic):
            tok = span.root
            if not tok.tag_.startswith("NN") or not (span in seg.air or tok.lower_ in rules.anaphora_nouns):
                continue
            if any(c.lower_ in rules.separate_words for c in tok.children):
                continue
            if not any(c.dep_ == "det" and c.lower_ in _BACK_DETERMINERS for c in tok.children):
                continue
            if any(
                e.label_.startswith("GROUP|") and e.root.head.i == tok.i and e.root.dep_ in ("compound", "poss", "amod")
                for e in seg.entities
            ):
                continue  # "called the ISIS attacks in northern Syria barbaric": an armed group's, on the ground
            prep = tok.head
            if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lower_ in rules.blame_words:
                return True
            if (
                tok.dep_ == "dobj"
                and tok.head.lower_ in rules.characterising_verbs
                and tok.lower_ not in rules.campaign_heads
            ):
                return True
        return False

    def _outlook(self, seg: Segment) -> bool:
        """What someone will do, is disposed to do or feels, not what happened: "the strikes will help deny ISIL a
        haven", "US forces would continue to support ...", "the UN was deeply alarmed by reports ...", "Russia said it
        was willing to cooperate with the United States in carrying out attacks in Syria", "Tel Aviv and Haifa can be
        targeted"."""
        rules = self.rules
        for tok in seg.span:
            if tok.lower_ in rules.reaction_words and (
                tok.dep_ in ("ccomp", "ROOT", "xcomp")
                or (tok.dep_ in ("acomp", "attr") and tok.head.dep_ in ("ccomp", "ROOT"))
            ):
                return True
            if (
                tok.lower_ in rules.disposition_words
                and any(c.dep_ == "xcomp" for c in tok.children)
                and (tok.dep_ in ("ccomp", "ROOT") or (tok.dep_ == "acomp" and tok.head.dep_ in ("ccomp", "ROOT")))
            ):
                return True
            if not tok.tag_.startswith("VB") or tok.dep_ not in ("ccomp", "ROOT", "xcomp"):
                continue
            if tok.lower_ in rules.opinion_verbs and tok.dep_ != "xcomp" and self._holds_opinion(tok):
                return True
            if _negated(tok):
                continue
            auxes = [c.lower_ for c in tok.children if c.dep_ == "aux"]
            if any(a in rules.future_modals for a in auxes):
                return True
            if (
                any(a in rules.possibility_modals for a in auxes)
                and not any(a in ("have", "'ve") for a in auxes)
                and tok.lower_ not in rules.reporting_verbs  # "he could absolutely confirm that the strikes ..."
            ):
                return True
        return False

    def _holds_opinion(self, verb: Token) -> bool:
        """ "I support the administration's move to conduct airstrikes", "The U.S. has warned American citizens": a
        speaker's stance or warning; "US jets supported Kurdish fighters" (a strike or aircraft subject) stays."""
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        nouns = self.finder.strike_nouns | self.rules.aircraft_nouns
        return bool(subjects) and not any(s.lower_ in nouns for s in subjects)

    def _judgement_or_plan(self, seg: Segment) -> bool:
        """ "Brennan said that drone strikes are ethical", "no further strikes were planned", "we have called for
        airstrikes", "called the U.S. airstrike a mistake": a judgement, a plan or a demand of strikes, not a fact about
        one (guideline section 4). Calling a strike something else ("called the attacks a flagrant violation")
        asserts that it happened and stays a claim, as the real-dev gold labels it."""
        rules = self.rules
        nouns = self.finder.strike_nouns
        for tok in seg.span:
            judged = tok if tok.dep_ != "conj" else tok.head
            if tok.lower_ in rules.judgement_words and judged.dep_ in ("acomp", "attr"):
                verb = judged.head
            elif tok.lower_ in rules.judgement_words and judged.dep_ in ("oprd", "ccomp", "xcomp"):
                verb = judged.head  # "called the U.S. airstrike a mistake", "called the strikes necessary"
            elif tok.lower_ in rules.judgement_words and judged.dep_ in ("pobj", "amod") and judged.head.lower_ == "as":
                verb = judged.head.head  # "described the drone strike against Soleimani as measured"
            elif tok.lower_ in rules.judgement_words and _as_clause(judged):
                verb = judged.head  # the same, parsed as a clause: "described the drone strike as measured"
            elif tok.lower_ in rules.plan_words and tok.tag_.startswith("VB") and tok.dep_ in ("ccomp", "ROOT"):
                verb = tok
            elif tok.tag_.startswith("VB") and (
                tok.lower_ in rules.demand_words or tok.lower_ in rules.characterising_verbs
            ):
                asked = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children]
                if any(g.dep_ == "pobj" and g.lower_ in nouns for g in asked):
                    return True  # "We have called for airstrikes such as those"
                if tok.lower_ not in rules.demand_words:
                    continue
                verb = tok  # "urged airstrikes on the group"
            elif tok.lower_ in rules.plan_words and tok.tag_.startswith("NN"):
                planned = [c for c in tok.children if c.dep_ == "acl" and to_infinitive(c)]
                if not planned:
                    continue
                verb = planned[0]  # "with plans to intensify airstrikes in Iraq"
            else:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in nouns for c in verb.children):
                return True
        return False

    def _unreal_strikes(self, seg: Segment, triggers: list[Token]) -> bool:
        """ "the U.S. military is authorized to launch targeted airstrikes if militants advance": every strike word
        in the sentence is planned, conditional or modal, and nothing is said of aircraft, casualties or
        coordination. Where a reporting verb reports a clause with strike words, that clause is what is claimed
        ("Since the president announced that he's authorized airstrikes ..., the U.S. military has carried out a
        series of attacks": the announcement is of a plan)."""
        rules = self.rules
        words: list[Token] = list(seg.span)
        clause = self._claimed_clause(seg)
        if clause is not None:
            inside = [t for t in triggers if clause.is_ancestor(t) or t.i == clause.i]
            if inside:
                triggers, words = inside, list(clause.subtree)
        if not triggers or not all(self.finder.non_event(t) and not self._happened(t) for t in triggers):
            return False
        told = rules.killed_words | rules.injured_words | rules.coordination | rules.harm_words
        return not any(
            t.lower_ in told or (t.lower_ in rules.aircraft_nouns and t.dep_ != "compound") for t in words
        )  # an aircraft, not the "drone" of "drone strikes"

    def _happened(self, trigger: Token) -> bool:
        """ "called the attacks a flagrant violation", "airstrikes were called after Afghan troops advised": a strike
        named as what something was, or as the subject of a past passive, took place."""
        head = trigger.head
        if trigger.dep_ == "dobj" and head.lower_ in self.rules.characterising_verbs:
            return True
        verb = head.head if trigger.dep_ == "pobj" and head.lower_ == "as" else head
        named = self.finder.named_strike(verb)
        if named is not None and named.i == trigger.i:
            return True  # "condemned what he called Israeli strikes on Syrian territories"
        return trigger.dep_ == "nsubjpass" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in head.children)

    def _no_comment(self, seg: Segment) -> bool:
        """ "Obama declined to comment on the airstrikes", "Mr. Obama declined over the weekend to confirm or comment
        directly on the airstrikes": saying nothing is no claim (guideline section 4). A refusal added to a claim ("He
        said the aircraft destroyed an IS tank ..., but declined to say how many militants were killed") keeps it."""
        text = seg.span.text.lower()
        if any(phrase in text for phrase in self.rules.no_comment):
            return True
        rules = self.rules
        return any(
            tok.lower_ in rules.no_comment_verbs
            and tok.dep_ == "ROOT"
            and any(c.dep_ == "xcomp" and c.lower_ in rules.no_comment_objects for c in tok.children)
            for tok in seg.span
        )

    def _question(self, seg: Segment) -> bool:
        """ "Do the American people want to spend their money this way, on drones that kill our women and
        children?": a question asserts nothing."""
        return seg.span.text.rstrip(" \"”’'").endswith("?")

    def _toll(self, seg: Segment, triggers: list[Token]) -> bool:
        """ "A rescuer told AFP that between 10 and 12 people were killed in Kafranbel": a toll given by a
        source, in an article about strikes, is a claim about them unless the sentence names another event."""
        rules = self.rules
        if names_other_event(seg.span, rules, {t.i for t in triggers}):
            return False
        if any(t.tag_.startswith("VB") and self.finder.ground_munition_subject(t) for t in seg.span):
            return False  # "Ten people were killed when shells hit a refugee camp": the shelling's toll
        if any(t.lower_ == "since" for t in seg.span):
            return False  # a total over a period ("killed since the start of the campaign"), not one strike's toll
        groups = groups_on_ground(seg, armed_group_tokens(seg))
        if any(killed_on_ground(t, rules, groups) for t in seg.span if t.tag_.startswith("VB")):
            return False
        kills = [t for t in seg.span if t.lower_ in rules.killed_words or t.lower_ in rules.injured_words]
        if any(present_perfect(t) for t in kills):
            return False  # "the 20-day war has killed more than 1,050 Palestinians": a running total
        return bool(kills) and any(rules.casualty_groups.get(t.lower_) for t in seg.span)

    def _denies_topic(self, seg: Segment) -> bool:
        """ "AFRICOM denied that any civilians were harmed", "the Taliban said the allegations were false":
        a denial of casualties or of reports is a claim even without a strike word."""
        rules = self.rules
        denial = any(t.lower_ in rules.denial_verbs and t.tag_.startswith("VB") for t in seg.span)
        if not denial:
            text = seg.span.text.lower()
            denial = any(re.search(rf"\b{re.escape(p)}\b", text) for p in rules.denial_phrases)
        if not denial:
            return any(  # "no civilians were harmed", "Russian jets had not flown over Idlib"; not a "no-fly zone"
                t.lower_ in rules.negations
                and t.dep_ in ("det", "neg")
                and t.head.lower_ in rules.denial_topics
                and not (t.i + 1 < len(t.doc) and t.nbor().text == "-")
                and not any(c.tag_ in ("JJR", "RBR") for c in t.head.children)  # "no greater responsibility than"
                and not self._ground_cause(t.head)
                for t in seg.span
            )
        if not seg.air and self._only_ground_events(seg):
            return False  # "denies deliberately carrying out a chemical attack"
        return any(
            t.lower_ in rules.denial_topics or (t.lower_ in rules.denial_objects and not self._reports_other(t))
            for t in seg.span
        )

    def _ground_fire(self, seg: Segment) -> bool:
        """ "several people wounded, including another three soldiers injured Thursday morning by rockets from Gaza",
        "government forces pounded the nearby village ... with artillery and rockets": a sentence with no air word
        whose harm comes by, with or from a ground munition (or that munition does the verb) tells of ground fire,
        not of a strike."""
        if seg.air or self.finder.air_context(seg):
            return False
        munitions = self.rules.ground_munitions
        fired: list[Token | None] = [
            t
            for t in seg.span
            if t.lower_ in munitions and t.dep_ == "pobj" and t.head.lower_ in ("by", "with", "from")
        ]
        fired += [subject_of(v) for v in seg.span if v.tag_.startswith("VB") and self.finder.ground_munition_subject(v)]
        return any(t is not None and not self._in_other_event_clause(t) for t in fired)

    def _in_other_event_clause(self, tok: Token) -> bool:
        """ "Israel's military said it struck two rocket launchers ... after a rocket hit southern Israel": the
        word is in a clause or phrase that tells the event before or after the one the sentence is about."""
        marks = self.rules.other_event_marks
        return any(self.finder.other_clause(a) or (a.dep_ == "prep" and a.lower_ in marks) for a in tok.ancestors)

    def _only_ground_events(self, seg: Segment) -> bool:
        """Every strike noun of the segment is made another kind of attack by its modifier ("a chemical attack",
        "car bomb attacks"), and there is at least one."""
        nouns = [t for t in seg.span if t.tag_.startswith("NN") and t.lower_ in self.finder.strike_nouns]
        return bool(nouns) and all(ground_modified(n, self.rules) for n in nouns)

    def _ground_cause(self, head: Token) -> bool:
        """ "the soldier was not killed in an IED attack but died seizing a Taliban weapons cache": a denied death
        whose cause is a ground attack is no denial about a strike."""
        return any(ground_modified(n, self.rules) for n in head.subtree)

    def _reports_other(self, noun: Token) -> bool:
        """ "reports from Iraqi officials that the ambassador had been evacuated were false": reports (claims,
        allegations) whose own content clause names no strike, aircraft, harm or casualty are about something else."""
        content = [c for c in noun.children if c.dep_ in ("acl", "relcl") or (c.dep_ == "prep" and c.lower_ == "of")]
        if not content:
            return False
        vocabulary = self._strike_vocabulary
        return not any(t.lower_ in vocabulary for c in content for t in c.subtree)

    @cached_property
    def _strike_vocabulary(self) -> frozenset[str]:
        """Words that say something of a strike: strike words, aircraft, harm, casualties, coordination."""
        rules = self.rules
        return (
            rules.killed_words
            | rules.injured_words
            | rules.coordination
            | rules.aircraft_nouns
            | rules.harm_words
            | rules.strike_words
            | frozenset(rules.casualty_groups)
        )

    def _stance(self, seg: Segment, source: Source) -> Stance:
        rules = self.rules
        for tok in seg.span:
            low = tok.lower_
            negated = _negated(tok)
            if low in rules.denial_verbs and tok.tag_.startswith("VB") and not negated:
                if _someone_else(tok, source):
                    continue  # "Witnesses said they saw two aircraft ..., but officials from that country denied"
                return "denies"
            if tok.i + 1 < len(tok.doc) and tok.lower_ == "not" and tok.nbor().lower_ == "only":
                continue  # "not only aimed at ISIS, but also ..." negates nothing
            if low in rules.negations and tok.dep_ in ("neg", "det", "advmod", "preconj"):
                head = tok.head
                if head.lower_ in rules.denial_topics or any(
                    c.lower_ in rules.denial_topics
                    for c in head.children
                    if c.dep_ in ("dobj", "nsubj", "attr", "nsubjpass")
                ):
                    return "denies"
        text = seg.span.text.lower()
        if any(re.search(rf"\b{re.escape(p)}\b", text) for p in rules.denial_phrases):
            return "denies"
        return "asserts"

    def _proposition(self, seg: Segment) -> str:
        words = {t.lower_ for t in seg.span}
        if words & self.rules.coordination:
            return "coordination"
        if words & (self.rules.killed_words | self.rules.injured_words | {"destroyed", "destroying"}):
            return "results"
        return "occurrence"

    def _claimed_clause(self, seg: Segment) -> Token | None:
        """The head of the clause a reporting verb reports (before or after it), if the segment holds it."""
        for tok in seg.span:
            if tok.lower_ in self.rules.reporting_verbs and tok.tag_.startswith("VB"):
                clause = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
                if clause is None:
                    clause = _said_in_statement(tok)
                if clause is not None and self._holds(seg, clause):
                    return clause
        return None

    @staticmethod
    def _holds(seg: Segment, clause: Token) -> bool:
        """The segment holds the clause, but for a dateline cut off it ("Washington (CNN) Russia launched ...")
        or words of an earlier line the parser hung from it."""
        if clause.right_edge.i >= seg.span.end or clause.i < seg.span.start:
            return False
        start = seg.span.start if seg.dateline_start is None else seg.dateline_start
        doc = seg.span.doc
        return clause.left_edge.i >= start or "\n" in doc.text[clause.left_edge.idx : seg.start_char]

    def _content(self, seg: Segment, named: Span | None) -> tuple[str, int, int]:
        """The words claimed: the strike a source names (``named``: "what he described as the latest Israeli
        strike on Syria"), the clause reported by a reporting verb (before or after it), else the segment."""
        clause = self._claimed_clause(seg)
        if named is not None and (clause is None or clause.is_ancestor(named.root)):
            return named.text, named.start_char, named.end_char
        if clause is not None:
            start = max(clause.left_edge.i, seg.span.start)
            while start < clause.i and seg.span.doc[start].dep_ == "mark":
                start += 1
            span = seg.span.doc[start : _clause_end(clause, seg) + 1]
            return span.text, span.start_char, span.end_char
        told = self._object_told(seg)
        if told is not None:
            return told.text, told.start_char, told.end_char
        return seg.span.text, seg.start_char, seg.end_char

    def _named_as_strike(self, seg: Segment) -> Span | None:
        """ "condemned what he called Israeli strikes on Syrian territories": the strike as the source names it."""
        for verb in seg.span:
            if verb.tag_.startswith("VB"):
                noun = self.finder.named_strike(verb)
                if noun is not None and seg.span.start <= noun.left_edge.i and noun.right_edge.i < seg.span.end:
                    return seg.span.doc[noun.left_edge.i : noun.right_edge.i + 1]
        return None

    def _object_told(self, seg: Segment) -> Span | None:
        """ "The Britain-based Syrian Observatory for Human Rights reported new airstrikes by the US-led coalition on
        the outskirts of town overnight", "with Palestinian leaders accusing Israeli forces of attacking a Gaza City
        refugee camp": what a reporting verb takes as its object, when that names a strike or its toll."""
        rules = self.rules
        strike_words = {s.root.i for s in (*seg.air, *seg.generic)}
        for verb in seg.span:
            if verb.lower_ not in rules.reporting_verbs or not verb.tag_.startswith("VB"):
                continue
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is None or _negated(verb) or verb.lower_ in rules.denial_verbs:
                continue
            if obj.i not in strike_words and verb.lower_ not in rules.blame_words:
                continue
            after = [
                t
                for c in verb.children
                if c.i >= obj.i and c.dep_ in ("dobj", "prep", "advcl", "npadvmod", "advmod")
                for t in c.subtree
            ]
            if not any(t.i in strike_words for t in after):
                continue
            start, end = min(t.i for t in after), max(t.i for t in after) + 1
            if seg.span.start <= start and end <= seg.span.end:
                return seg.span.doc[start:end]
        return None

    def _blamed(self, seg: Segment) -> str | None:
        """ "The US blamed Russia for the attack", "blamed the attacks on Israeli airstrikes": a blame names who
        carried out the strike, so its proposition is "Russia carried out the attack" (a blame for a killing, or of
        a pronoun, or a negated one, keeps its own words)."""
        doc = seg.span.doc
        for span in (*seg.air, *seg.generic):
            strike = span.root
            if strike.dep_ not in ("pobj", "dobj") or strike.lower_ not in self.finder.strike_nouns:
                continue
            doer = blamed_for(strike, self.rules)
            verb = strike.head.head if strike.dep_ == "pobj" else strike.head
            if doer is None or doer.pos_ == "PRON" or _negated(verb):
                continue
            doer_text = doc[doer.left_edge.i : doer.right_edge.i + 1].text
            strike_text = doc[strike.left_edge.i : strike.right_edge.i + 1].text
            return f"{doer_text[:1].upper()}{doer_text[1:]} carried out {strike_text}"
        return None

    def _clause_off_topic(self, seg: Segment) -> bool:
        """ "Aside from the drone strikes, a senior U.S. defense official told Fox News that there are currently
        about 1,400 Marines aboard U.S. Naval vessels": the strike words lie outside the reported clause, which
        says nothing about a strike, its results, its coordination or a denial."""
        clause = self._claimed_clause(seg)
        if clause is None or any(mark in seg.span.text for mark in _QUOTE_MARKS - {"'", "’"}):
            return False  # a quoted account goes on in the next sentence: "People were shopping for iftar," said X
        rules = self.rules
        inside = {t.i for t in clause.subtree}
        strike_words = {s.root.i for s in (*seg.air, *seg.generic, *seg.equipment)}
        topical = (
            rules.killed_words
            | rules.injured_words
            | rules.coordination
            | rules.denial_topics
            | rules.denial_objects
            | rules.topic_nouns
        )
        return not any(i in strike_words or seg.span.doc[i].lower_ in topical for i in inside)

    def _statement_of(self, doc: Doc, start_char: int, end_char: int) -> str:
        """The proposition of a stretch of text in under 20 words: dependents that carry asides and
        circumstances are dropped (largest first) before any word of its head clause, and apostrophes stay."""
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None or len(span) == 0:
            return ""
        kept = {t.i for t in span if t.text not in _QUOTE_MARKS and not t.is_space}
        for tok in span:
            if (
                tok.lower_ in self.rules.reporting_verbs
                and tok.i != span.root.i
                and tok.dep_ in ("parataxis", "ccomp", "advcl", "conj")
                and tok.i > tok.head.i
            ):
                kept -= {d.i for d in tok.subtree}
        for tok in span:
            if tok.lower_ == "according" and tok.dep_ == "prep" and tok.i != span.root.i:
                kept -= {d.i for d in tok.subtree}
        protected = {span.root.i} | {d.i for t in span if self._essential(t) for d in self._kept_with(t)}
        protected |= {t.i for t in span if t.i + 1 < len(doc) and doc[t.i + 1].text in ("-", "–")}

        def words() -> int:
            return sum(1 for i in kept if not doc[i].is_punct)

        for tier in _DROP_TIERS:
            while words() > MAX_STATEMENT_WORDS:
                candidates = [
                    t
                    for t in span
                    if t.i in kept
                    and _drop_kind(t) in tier
                    and not any(d.i in protected for d in t.subtree)
                    and t.i != span.root.i
                    and not (t.dep_ == "relcl" and t.head.lower_ in self.finder.strike_nouns)
                ]
                if not candidates:
                    break
                excess = words() - MAX_STATEMENT_WORDS

                sizes = {t.i: sum(1 for d in t.subtree if d.i in kept and not d.is_punct) for t in candidates}
                enough = [t for t in candidates if sizes[t.i] >= excess]
                drop = min(enough, key=lambda t: sizes[t.i]) if enough else max(candidates, key=lambda t: sizes[t.i])
                kept -= {d.i for d in drop.subtree}
        order = sorted(kept)
        if sum(1 for i in order if not doc[i].is_punct) > MAX_STATEMENT_WORDS:
            order = [i for i in order if sum(1 for j in order if j <= i and not doc[j].is_punct) <= MAX_STATEMENT_WORDS]
            while order and (
                doc[order[-1]].is_punct or doc[order[-1]].tag_ in _DANGLING or doc[order[-1]].dep_ == "aux"
            ):
                order.pop()  # a cut statement ends on a content word: "... in the northern town of" -> "... Friday"
        text_words: list[str] = []
        for i in order:
            tok = doc[i]
            text_words.append(tok.text + (" " if tok.whitespace_ or (i + 1 not in kept) else ""))
        statement = re.sub(r"\s+", " ", "".join(text_words))
        statement = re.sub(r"\s+([,.;:!?])", r"\1", statement)
        statement = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", statement).strip(" ,.;:-—–")
        statement = re.sub(r"^(?:that|which|and|but)\s+", "", statement, flags=re.IGNORECASE)
        return statement[:1].upper() + statement[1:] if statement else ""

    def _kept_with(self, tok: Token) -> list[Token]:
        """An essential word and what it cannot lose: "coordination" keeps "with the Federal Government"."""
        if tok.lower_ in self.rules.coordination:
            partners = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "by")]
            return [tok, *(d for p in partners for d in p.subtree)]
        return [tok]

    def _essential(self, tok: Token) -> bool:
        """Words a statement keeps: figures, strike and casualty words, and coordination words."""
        low = tok.lower_
        rules = self.rules
        return (
            tok.like_num
            or low in rules.killed_words
            or low in rules.injured_words
            or low in rules.coordination
            or low in rules.air_verb_forms
            or low in self.finder.strike_nouns
            or tok.dep_ == "neg"
        )

    def _event_of(self, seg: Segment, events: list[StrikeEvent], offset: int) -> int:
        for index, event in enumerate(events):
            if any(m.segment.index == seg.index and m.offset == offset for m in event.mentions):
                return index
        return -1

    def _primary(self, sources: list[Source]) -> Source | None:
        """The original source of a relayed statement: a named source behind an outlet wins, and a wire agency
        named after "according to" is only the outlet when the sentence names who spoke ("Israeli officials
        confirmed the airstrike, according to AP")."""
        named = [s for s in sources if not s.generic and not s.anaphoric]
        people = [s for s in named if s.person]
        if people:
            return people[0]
        relayed = [s for s in named if s.relayed_from and not (self._wire_agency(s) and len(named) > 1)]
        if relayed:
            return relayed[0]
        if named:
            return named[0]
        unnamed = [s for s in sources if s.unnamed]
        return unnamed[0] if unnamed else None

    def _force_voice(
        self, seg: Segment, sources: list[Source], offset: int, events: list[StrikeEvent]
    ) -> Source | None:
        """ "KDF jets struck a convoy near El Wak ..., according to the military": unnamed forces speaking of the
        strike the sentence tells (or the last one told before it) are that strike's attacking force."""
        if not any(s.force for s in sources):
            return None
        index = self._event_of(seg, events, offset)
        if index < 0:
            before = [
                (m.offset, m.segment.index, i)
                for i, e in enumerate(events)
                for m in e.mentions
                if (m.offset, m.segment.index) < (offset, seg.index)
            ]
            index = max(before)[2] if before else -1
        if index < 0 or not events[index].attackers:
            return None
        name = self._force_name(events[index].attackers[0].name, next(s.claimant for s in sources if s.force))
        return Source(claimant=name, org=name, person=False, generic=False, anaphoric=False)

    def _force_name(self, force: str, said: str) -> str:
        """The name an unnamed force speaks under: "the military" of an Israeli strike is the "Israeli military"
        (as it is quoted), not the air arm that struck; other words ("the air force") name the striking force."""
        word = said.lower().split()[-1] if said.strip() else ""
        entry = self.finder.forces.entries.get(force)
        demonyms = entry.attrs.get("demonyms") if entry is not None else None
        if word in self.rules.force_voice_words and isinstance(demonyms, list) and demonyms:
            return f"{demonyms[0]} {word}"
        return force

    def _wire_agency(self, source: Source) -> bool:
        """A news agency ("AP", "the Associated Press", "Reuters"): it relays what others said."""
        return (canonical_source(source.claimant) or source.claimant) in self.rules.wire_agencies

    def claims(
        self,
        views: list[DocView],
        text: str,
        events: list[StrikeEvent],
        other_events: frozenset[tuple[int, int]] = frozenset(),
    ) -> list[Claim]:
        """Every claim about the strikes, one per claimant, proposition, stance and strike. ``other_events``
        holds the sentences that tell no strike event: only other events (ground attacks, downings) or campaigns."""
        drafts: list[_Draft] = []
        self.finder.named_sources = []
        told = {(m.offset, m.segment.index) for e in events for m in e.mentions}
        near = {(m.offset, m.segment.paragraph + d) for e in events for m in e.mentions for d in (-1, 0, 1)}
        for view in views:
            previous: tuple[int, Source] | None = None
            for seg in view.segments:
                if seg.headline:
                    previous = None
                    continue
                sources = self.finder.sources_in(seg)
                self.finder.note_subject(seg, sources)
                source = self._primary(sources) or self._force_voice(seg, sources, view.offset, events)
                seg_text = seg.span.text
                quoted = _quote_in(seg_text)
                if (
                    source is None
                    and previous is not None
                    and previous[0] == seg.paragraph
                    and (seg_text[:1] in _OPEN_MARKS or quoted is not None)
                ):
                    source = previous[1]
                if source is None:
                    continue
                previous = (seg.paragraph, source)
                refers_back = self._refers_to_told_strike(seg)
                near_told = self._about_told_strike(seg, view.offset, told, near)
                found = self.finder.triggers(seg, reported_only=False)  # planned and denied strikes count here
                on_topic = self._topic(seg, found) or (
                    (refers_back or (near_told and self._strike_clause(seg))) and not self._motive(seg)
                )
                if not on_topic or self._outlook(seg) or self._no_comment(seg) or self._question(seg):
                    continue
                if self._judgement_or_plan(seg) or (view.offset, seg.index) in other_events:
                    continue
                if self.finder.cumulative_toll(seg, found[0]):
                    continue  # "At least 101 children and 96 women have been injured in Israeli strikes": a total
                if told_by_armed_group(seg, self.rules) is not None or armed_group_claims(seg, found[0], self.rules):
                    continue  # "ISIS says it killed 1,700 Iraqi troops", "the Taliban claimed responsibility"
                if self._clause_off_topic(seg) or self._ground_fire(seg):
                    continue
                if not (near_told or refers_back):
                    continue
                denial = self._denial_clause(seg)
                if denial is None and self._unreal_strikes(seg, found[0]) and self._stance(seg, source) == "asserts":
                    continue
                if denial is None:
                    drafts.append(self._draft(view, seg, source, quoted, text, events))
                else:
                    drafts.extend(self._split_drafts(view, seg, source, denial, text, events))
        return [claim for claim in self._merge(drafts) if self._states_strike(claim)]

    def _states_strike(self, claim: Claim) -> bool:
        """A claim about a strike says something of a strike: its statement names a strike, an aircraft, harm,
        casualties or coordination, or what a denial is about (involvement, the allegations). "There are currently
        about 1,400 Marines aboard U.S. Naval vessels", said next to a strike, is no claim about it; nor is a bare
        noun phrase ("The airstrikes", cut from "Before Obama announced the airstrikes, ..."), nor a denial of
        something else ("the U.S. saw no role for Assad in Syria's future")."""
        if len(claim.statement.split()) < MIN_STATEMENT_WORDS:
            return False
        rules = self.rules
        words = set(re.findall(r"[a-z]+", claim.statement.lower()))
        vocabulary = self._strike_vocabulary
        if claim.stance == "denies":  # "Israel was involved", "the allegations": what a denial is about
            vocabulary |= rules.denial_objects | (rules.denial_topics - rules.vague_denial_topics)
        return bool(words & vocabulary)

    def _about_told_strike(
        self, seg: Segment, offset: int, told: set[tuple[int, int]], near: set[tuple[int, int]]
    ) -> bool:
        """A claim is about a strike the article reports: made in a sentence that tells one of its strikes, or in
        the same or a neighbouring paragraph. Talk about strikes elsewhere in a policy piece is not a claim
        about the strikes it reports."""
        return (offset, seg.index) in told or (offset, seg.paragraph) in near

    def _denial_clause(self, seg: Segment) -> Token | None:
        """ "X struck Y, AFRICOM said, adding that no civilians were killed": the verb of a denied clause
        added to an asserted strike (two claims: the strike is asserted, the casualties denied)."""
        rules = self.rules
        for tok in seg.span:
            if tok.lower_ not in rules.negations or tok.dep_ not in ("neg", "det", "advmod", "preconj"):
                continue
            head = tok.head
            if head.lower_ not in rules.denial_topics and not any(
                c.lower_ in rules.denial_topics
                for c in head.children
                if c.dep_ in ("dobj", "nsubj", "attr", "nsubjpass")
            ):
                continue
            verb = head
            while not verb.tag_.startswith("VB") and verb.head.i != verb.i:
                verb = verb.head
            reported = verb.head.lower_ in rules.reporting_verbs or _joins_reported_clause(verb, rules)
            if verb.dep_ not in ("ccomp", "advcl", "conj", "xcomp") or not reported:
                continue
            clause = verb.head if verb.head.dep_ in ("advcl", "conj") else verb
            inside = {t.i for t in clause.subtree}
            triggers, _ = self.finder.triggers(seg)
            if any(t.i not in inside for t in triggers):
                return verb
        return None

    def _split_drafts(
        self, view: DocView, seg: Segment, source: Source, verb: Token, text: str, events: list[StrikeEvent]
    ) -> list[_Draft]:
        """An asserting claim for the strike and a denying claim for the clause added to it."""
        clause = verb.head if verb.head.dep_ in ("advcl", "conj") else verb
        inside = {t.i for t in clause.subtree}
        told = verb.head.subtree if _joins_reported_clause(verb, self.rules) else seg.span  # that clause asserts
        asserted = [t for t in told if t.i not in inside]
        while asserted and (asserted[-1].is_punct or asserted[-1].lower_ in ("and", "but")):
            asserted = asserted[:-1]
        denied = [t for t in verb.subtree if t.dep_ != "mark" or t.head.i != verb.i]
        base = view.offset
        evidence = [e for e in [evidence_at(text, base + seg.start_char, base + seg.end_char)] if e]
        event = self._event_of(seg, events, view.offset)
        out = []
        stances: tuple[tuple[Stance, list[Token]], ...] = (("asserts", asserted), ("denies", denied))
        for stance, tokens in stances:
            if not tokens:
                continue
            statement = self._statement_of(
                seg.span.doc, min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)
            )
            claimant, org = self._names(source)
            claim = Claim(
                claimant=claimant,
                claimant_org=org,
                stance=stance,
                statement=statement or source.claimant,
                quote=None,
                evidence=list(evidence),
            )
            words = {t.lower_ for t in tokens}
            proposition = (
                "coordination"
                if words & self.rules.coordination
                else ("results" if words & (self.rules.killed_words | self.rules.injured_words) else "occurrence")
            )
            out.append(_Draft(claim=claim, key=(org_key(source.claimant), proposition, stance, event)))
        return out

    def _names(self, source: Source) -> tuple[str, str | None]:
        """The claimant and its organisation as a claim writes them: one name per known outlet or body, and a
        country's body in the demonym form ("Syrian government")."""
        claimant = demonym_form(canonical_source(source.claimant) or source.claimant, self.rules)
        org = canonical_source(source.org)
        return claimant, demonym_form(org, self.rules) if org else None

    def _draft(
        self,
        view: DocView,
        seg: Segment,
        source: Source,
        quoted: tuple[int, int] | None,
        text: str,
        events: list[StrikeEvent],
    ) -> _Draft:
        base = view.offset + seg.start_char
        quote = None
        if quoted is not None:
            start, end = base + quoted[0], base + quoted[1]
            item = evidence_at(text, start, end)
            quote = item.quote.strip(" ,.") if item else None
        named = self._named_as_strike(seg)
        _, content_start, content_end = self._content(seg, named)
        if quote is not None and len(quote.split()) < 6:
            quote = None
        if named is not None and quoted is not None and not quoted[0] <= named.start_char - seg.start_char < quoted[1]:
            quoted = None  # "condemned what he called Israeli strikes ... and called for the Council to '...'"
        if quote is not None and quoted is not None:
            statement = self._statement_of(seg.span.doc, seg.start_char + quoted[0], seg.start_char + quoted[1])
        else:
            statement = self._blamed(seg) or self._statement_of(seg.span.doc, content_start, content_end)
        evidence: list[Evidence] = [e for e in [evidence_at(text, base, view.offset + seg.end_char)] if e]
        stance = self._stance(seg, source)
        claimant, org = self._names(source)
        claim = Claim(
            claimant=claimant,
            claimant_org=org,
            stance=stance,
            statement=statement or source.claimant,
            quote=quote or None,
            evidence=evidence,
        )
        key = (org_key(source.claimant), self._proposition(seg), stance, self._event_of(seg, events, view.offset))
        return _Draft(claim=claim, key=key)

    @staticmethod
    def _merge(drafts: list[_Draft]) -> list[Claim]:
        merged: dict[tuple[str, str, str, int], Claim] = {}
        for draft in drafts:
            current = merged.get(draft.key)
            if current is None:
                merged[draft.key] = draft.claim
                continue
            for item in draft.claim.evidence:
                if item not in current.evidence:
                    current.evidence.append(item)
            if current.quote is None and draft.claim.quote:
                current.quote = draft.claim.quote
        return list(merged.values())


def _before_speaker(clause: Token) -> int:
    """Where a reported clause ends: its last word, or the word before the comma that opens the speaker when the
    parser hung the speaker inside it ("..., killing 12 civilians, the Syrian Observatory for Human Rights said":
    the observatory read as an apposition of "civilians")."""
    doc = clause.doc
    end = clause.right_edge.i
    verb = clause.head
    if verb.i <= end or clause.dep_ != "ccomp" or any(c.dep_ == "nsubj" for c in verb.children):
        return end  # the speaker is the verb's own subject, outside the clause
    for tok in doc[clause.i : end + 1]:
        if tok.text == "," and not any(t.tag_.startswith("VB") for t in doc[tok.i + 1 : verb.i]):
            return tok.i - 1  # the first comma after which only the speaker's words come
    return end


_VERB_OBJECTS = frozenset({"dobj", "attr", "ccomp", "xcomp", "prep", "acomp", "oprd", "dative", "agent"})
"""Dependents that complete a verb: a reported clause ending on a verb with none of them was cut short."""


def _clause_end(clause: Token, seg: Segment) -> int:
    """The last token of a reported clause; when it ends on a verb left without its object and the sentence runs on
    with no break, the object was hung elsewhere by the parser ("acknowledged that it targeted and killed American
    citizen Anwar al-Awlaki in a drone attack"), and the clause runs to the end of the sentence."""
    end = _before_speaker(clause)
    doc = seg.span.doc
    last = doc[end]
    if (
        end + 1 < seg.span.end
        and last.tag_.startswith("VB")
        and not doc[end + 1].is_punct
        and not any(c.dep_ in _VERB_OBJECTS for c in last.children)
    ):
        end = max(t.i for t in seg.span if not t.is_punct and not t.is_space)
    return end


def _said_in_statement(verb: Token) -> Token | None:
    """ "The Pentagon said in a statement that the strikes destroyed 12 refineries": the parser hangs the "that"
    clause on the noun of the medium, not on the reporting verb; it is still what the verb reports."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            for clause in noun.children:
                if clause.dep_ in ("acl", "ccomp") and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
                ):
                    return clause
    return None


def _negated(verb: Token) -> bool:
    """ "did not blame", "wasn't": the word has a negation of its own."""
    return any(c.dep_ == "neg" for c in verb.children)


def _joins_reported_clause(verb: Token, rules: Rules) -> bool:
    """ "said there were three airstrikes ..., but that fighters were not able to approach": a clause joined to the
    clause a reporting verb reports."""
    return verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and verb.head.head.lower_ in rules.reporting_verbs
