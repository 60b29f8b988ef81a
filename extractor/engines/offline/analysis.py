"""One parsed article seen by the rules: sentences cut at line breaks, furniture marked, matches indexed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span

from extractor.engines.offline.dates import WEEKDAYS
from extractor.engines.offline.matchers import DocMatches, Matchers
from extractor.engines.offline.rules import Rules
from extractor.engines.offline.sections import furniture_spans, headline_like

PLACE_ENT_LABELS = ("GPE", "LOC", "FAC")
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3}(?:, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})?(?: \([^()\n]{1,30}\))?"
    r"|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}(?:, [A-Z][\w'’.-]+)? \([^()\n]{1,30}\))\s*[—–-]{1,2}\s+(?=\S)"
)


@dataclass
class Segment:
    """A sentence (or the part of one on a single line) and what the matchers found in it."""

    span: Span
    index: int
    paragraph: int
    headline: bool
    dateline_start: int | None = None
    """Index of the first token of the dateline cut off this segment ("Washington (CNN)"), if any."""
    entities: list[Span] = field(default_factory=list)
    equipment: list[Span] = field(default_factory=list)
    air: list[Span] = field(default_factory=list)
    generic: list[Span] = field(default_factory=list)
    phrases: list[Span] = field(default_factory=list)
    dates: list[Span] = field(default_factory=list)
    places: list[Span] = field(default_factory=list)
    people: list[Span] = field(default_factory=list)
    orgs: list[Span] = field(default_factory=list)

    @property
    def start_char(self) -> int:
        return self.span.start_char

    @property
    def aircraft(self) -> list[Span]:
        """The aircraft the segment names (its equipment also holds weapons)."""
        return [e for e in self.equipment if e.label_.startswith("AIRCRAFT|")]

    @property
    def date_spans(self) -> list[Span]:
        """The segment's date entities and relative date phrases ("overnight", "last week")."""
        return [*self.dates, *(p for p in self.phrases if p.label_ == "RELATIVE_DATE")]

    @property
    def end_char(self) -> int:
        return self.span.end_char


def _segments_of(doc: Doc) -> list[Span]:
    """Sentences split again wherever a line break falls inside one."""
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if tok.is_space and "\n" in tok.text:
                if tok.i > start:
                    out.append(doc[start : tok.i])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start : sent.end])
    return [s for s in out if s.text.strip()]


@cache
def _wire_dateline(agencies: tuple[str, ...]) -> re.Pattern[str]:
    """A known outlet in brackets, after a place or opening the line, with no dash after it: "Washington (CNN)
    Russia launched ...", "(CNN) Aerial bombardments blew apart ..."."""
    outlets = "|".join(re.escape(a) for a in sorted(agencies, key=len, reverse=True))
    return re.compile(
        r"^(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3}(?:, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})? )?"
        rf"\((?:{outlets})\)\s*(?:[—–-]{{1,2}}\s+)?(?=\S)"
    )


def _after_dateline(span: Span, rules: Rules) -> Span:
    """ "BEIRUT (AFP) - Air strikes ...", "Washington (CNN) Russia launched ...": the sentence without the
    dateline the story was filed under."""
    match = _DATELINE.match(span.text) or _wire_dateline(rules.wire_agencies).match(span.text)
    if match is None:
        return span
    cut = span.doc.char_span(span.start_char + match.end(), span.end_char, alignment_mode="contract")
    return cut if cut is not None and len(cut) > 0 else span


def _day_time(ent: Span) -> bool:
    """A time the tagger did not call a date but that names the day: "Monday night", "late Thursday evening"."""
    return ent.label_ == "TIME" and any(t.lower_ in WEEKDAYS for t in ent)


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end] if end > start else None


@dataclass
class DocView:
    """Everything the rules read about one doc (one article, or one piece of a long one)."""

    doc: Doc
    offset: int
    segments: list[Segment]
    token_segment: list[int]


def build_view(doc: Doc, offset: int, matchers: Matchers, rules: Rules) -> DocView:
    """Cut the doc into segments, drop page furniture, and bucket every match by segment."""
    matches: DocMatches = matchers.find(doc)
    text = doc.text
    furniture = furniture_spans(text, rules)
    segments: list[Segment] = []
    token_segment = [-1] * len(doc)
    paragraph = 0
    last_end = 0
    for raw in _segments_of(doc):
        span = _trim(raw)
        if span is None:
            continue
        whole = span
        if not segments or "\n" in text[last_end : span.start_char]:
            span = _after_dateline(span, rules)
        if "\n" in text[last_end : span.start_char]:
            paragraph += 1
        last_end = span.end_char
        if any(s < span.end_char and span.start_char < e for s, e in furniture):
            continue
        seg = Segment(
            span=span,
            index=len(segments),
            paragraph=paragraph,
            headline=headline_like(span.text),
            dateline_start=whole.start if whole.start != span.start else None,
        )
        for i in range(span.start, span.end):
            token_segment[i] = seg.index
        segments.append(seg)

    def bucket(spans: list[Span], attr: str) -> None:
        for s in spans:
            idx = token_segment[s.start]
            if idx >= 0 and token_segment[s.end - 1] == idx:
                getattr(segments[idx], attr).append(s)

    bucket(matches.entities, "entities")
    bucket(matches.equipment, "equipment")
    bucket(matches.air_triggers, "air")
    bucket(matches.generic_triggers, "generic")
    bucket(matches.phrases, "phrases")
    lexicon_tokens = {i for s in matches.entities for i in range(s.start, s.end)}
    ents = doc.ents
    bucket([e for e in ents if e.label_ == "DATE" or _day_time(e)], "dates")
    bucket(
        [
            e
            for e in ents
            if e.label_ in PLACE_ENT_LABELS and not any(i in lexicon_tokens for i in range(e.start, e.end))
        ],
        "places",
    )
    bucket([e for e in ents if e.label_ == "PERSON"], "people")
    bucket([e for e in ents if e.label_ in ("ORG", "NORP")], "orgs")
    return DocView(doc=doc, offset=offset, segments=segments, token_segment=token_segment)
