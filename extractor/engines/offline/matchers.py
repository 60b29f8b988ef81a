"""Phrase matchers built from the lexicons: forces, groups, places, equipment and strike words in one pass."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extractor.engines.offline.rules import Rules, lexicon_entries

ENTITY_KINDS = {"force": "FORCE", "group": "GROUP", "place": "PLACE", "country": "COUNTRY", "government": "GOV"}
_SHORT_CAPS = re.compile(r"^[A-Z][A-Z.]{0,3}$")


def _case_sensitive(alias: str) -> bool:
    """Short all-capital aliases ("IS", "US", "LNA") are matched by exact case, so "is" and "us" are not."""
    return bool(_SHORT_CAPS.match(alias)) and len(alias.replace(".", "")) <= 3


@dataclass
class DocMatches:
    """What the matchers found in one doc, as labelled spans (label ``KIND|canonical name``)."""

    entities: list[Span]
    equipment: list[Span]
    air_triggers: list[Span]
    generic_triggers: list[Span]
    phrases: list[Span]


def _inside_longer_name(span: Span) -> bool:
    """A lexicon name that is the tail of a longer proper name ("Syrian Army" in "New Syrian Army")."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return (
        before.tag_ == "NNP"
        and before.text[:1].isupper()
        and before.head.i in range(span.start, span.end)
        and before.ent_iob_ == "I"
        and span[0].ent_iob_ == "I"
    )


def _lowercase_place(span: Span) -> bool:
    """A place or country name written without a capital is a common word ("the strike hit" is not Hit, Iraq)."""
    return span.label_.startswith(("PLACE|", "COUNTRY|")) and not any(ch.isupper() for ch in span.text)


class Matchers:
    """PhraseMatchers over one vocab; built once per pipeline and reused for every doc."""

    def __init__(self, nlp: Language, rules: Rules) -> None:
        self.entity_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entity_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.equipment_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.equipment_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.strings = nlp.vocab.strings
        make = nlp.make_doc
        self.demonym_country: dict[str, str] = {}
        self.country_force: dict[str, str] = {}
        self.aircraft_listed: dict[str, bool] = {}

        def add(lower: PhraseMatcher, exact: PhraseMatcher, label: str, names: list[str]) -> None:
            lows = [make(n) for n in names if not _case_sensitive(n)]
            exacts = [make(n) for n in names if _case_sensitive(n)]
            if lows:
                lower.add(label, lows)
            if exacts:
                exact.add(label, exacts)

        generic_aircraft: list[str] = []
        for entry in lexicon_entries("aircraft_type"):
            self.aircraft_listed[entry.name] = not entry.attrs.get("generic", False) or entry.name == "drone"
            add(self.equipment_lower, self.equipment_exact, f"AIRCRAFT|{entry.name}", [entry.name, *entry.aliases])
            if entry.attrs.get("generic"):
                generic_aircraft.extend([entry.name, *entry.aliases])
        for entry in lexicon_entries("weapon"):
            add(self.equipment_lower, self.equipment_exact, f"WEAPON|{entry.name}", [entry.name, *entry.aliases])

        for kind, tag in ENTITY_KINDS.items():
            for entry in lexicon_entries(kind):
                names = [entry.name, *entry.aliases]
                if kind == "force":
                    for demonym in entry.attrs.get("demonyms", []):
                        names.extend(f"{demonym} {word}" for word in generic_aircraft)
                    if entry.attrs.get("default_for_country") and entry.attrs.get("country"):
                        self.country_force.setdefault(entry.attrs["country"], entry.name)
                if kind == "country":
                    for demonym in entry.attrs.get("demonyms", []):
                        self.demonym_country.setdefault(demonym.lower(), entry.name)
                    add(self.entity_lower, self.entity_exact, f"DEMONYM|{entry.name}", entry.attrs.get("demonyms", []))
                    leaders = [make(n) for n in entry.attrs.get("leaders", [])]
                    if leaders:  # by exact case: "trump" and "TRUMP" in a transcript are no president
                        self.entity_exact.add(f"LEADER|{entry.name}", leaders)
                add(self.entity_lower, self.entity_exact, f"{tag}|{entry.name}", names)
        for alias in rules.ambiguous_forces:
            self.entity_lower.add(f"AMBIGUOUS|{alias}", [make(alias)])

        self.cues.add("AIR", [make(p) for p in rules.air_nouns + rules.air_verbs])
        self.cues.add("GENERIC", [make(p) for p in rules.generic_nouns + rules.generic_verbs])
        self.cues.add("ACCORDING", [make(p) for p in rules.according])
        self.cues.add("DENY_PHRASE", [make(p) for p in rules.denial_phrases])
        self.cues.add("RELATIVE_DATE", [make(p) for p in rules.relative_dates])

    def _spans(self, doc: Doc, *matchers: PhraseMatcher) -> list[Span]:
        """Matched spans without a leading article ("the U.S." -> "U.S."), so a span's root is the name itself."""
        spans = []
        for matcher in matchers:
            for match_id, start, end in matcher(doc):
                while end - start > 1 and doc[start].lower_ in ("the", "a", "an"):
                    start += 1
                spans.append(Span(doc, start, end, label=self.strings[match_id]))
        return spans

    def find(self, doc: Doc) -> DocMatches:
        """Every lexicon and cue match in ``doc``; overlapping names resolved longest-first."""
        entities = [
            s
            for s in filter_spans(self._spans(doc, self.entity_lower, self.entity_exact))
            if not _inside_longer_name(s) and not _lowercase_place(s)
        ]
        equipment = filter_spans(self._spans(doc, self.equipment_lower, self.equipment_exact))
        cues = self._spans(doc, self.cues)
        air = filter_spans([s for s in cues if s.label_ == "AIR"])
        air_tokens = {i for s in air for i in range(s.start, s.end)}
        generic = [s for s in cues if s.label_ == "GENERIC" and s.start not in air_tokens]
        phrases = [s for s in cues if s.label_ not in ("AIR", "GENERIC")]
        return DocMatches(
            entities=entities, equipment=equipment, air_triggers=air, generic_triggers=generic, phrases=phrases
        )


_built: dict[int, Matchers] = {}


def get_matchers(nlp: Language, rules: Rules) -> Matchers:
    """The matchers for this pipeline, built on first use."""
    key = id(nlp)
    if key not in _built:
        _built[key] = Matchers(nlp, rules)
    return _built[key]
