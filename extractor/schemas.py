"""The project's contract: typed records for articles, strike reports, claims and briefings.

This module imports nothing else from ``extractor``. Field descriptions are written for
the model that fills them: they are sent to the LLM as part of the tool definition.
"""

from __future__ import annotations

import functools
import hashlib
import json
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "2.0"
"""2.0: ``RunMetadata.identity`` (an ``EngineIdentity``) replaced the flat engine/model/prompt fields."""

CasualtyKind = Literal["killed", "injured"]
CasualtyGroup = Literal["militants", "civilians", "soldiers", "unknown"]
DatePrecision = Literal["day", "week", "month", "year", "unknown"]
Stance = Literal["asserts", "denies"]
FieldSource = Literal[
    "front_matter",
    "header_lines",
    "html_title",
    "argument",
    "file_name",
    "text_hash",
    "html_meta",
    "page_text",
    "url",
    "first_seen",
]
"""Where an article's field came from. Metadata read from the page itself: ``html_meta`` (``<meta>`` tags,
JSON-LD), ``page_text`` (printed stamps, the headline line, an agency tag), ``url`` (a date in the path, the
host); ``first_seen``: no date anywhere, so the day the store first saw the article."""


class Record(BaseModel):
    """Base for every record: unknown keys are rejected so typos never pass silently."""

    model_config = ConfigDict(extra="forbid")


class CharInterval(Record):
    """A half-open span ``[start, end)`` of character offsets into the article text; never empty."""

    start: int = Field(ge=0, description="Offset of the first character.")
    end: int = Field(ge=0, description="Offset one past the last character.")

    @model_validator(mode="after")
    def _not_empty(self) -> CharInterval:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be greater than start ({self.start})")
        return self


class Evidence(Record):
    """A supporting span of the article."""

    quote: str = Field(
        min_length=1,
        description="Exact words from the article (a clause or sentence), not paraphrased.",
    )
    char_interval: CharInterval | None = Field(
        default=None,
        description="Set by the extractor after it finds the quote in the text; leave null.",
    )


class Article(Record):
    """One news article: its text and what is known about where and when it appeared."""

    id: str = Field(description="Stable identifier: the file stem, or a hash of the text.")
    title: str | None = None
    outlet: str | None = Field(default=None, description="Publishing outlet, e.g. 'Reuters'.")
    url: str | None = None
    published: date | None = Field(default=None, description="Publication date, if known.")
    text: str = Field(description="The article body that all offsets point into.")
    field_sources: dict[str, FieldSource] = Field(
        default_factory=dict,
        description="Where each known field came from: YAML front matter, bare header lines, the HTML "
        "<title>, an argument of the call, the file name, a hash of the text (for id), the page's markup "
        "(html_meta), its printed text (page_text), its URL, or the day it was first seen (first_seen).",
    )
    encoding: str | None = Field(default=None, description="How the file's bytes were decoded (e.g. utf-8, cp1252).")

    @staticmethod
    def id_for_text(text: str) -> str:
        """Content-derived id, so the same text always gets the same id."""
        return "sha-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    @property
    def text_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class Location(Record):
    """Where the strike hit."""

    place: str | None = Field(default=None, description="Town, village or site, as written.")
    region: str | None = Field(default=None, description="Province, governorate or state; null if unstated.")
    country: str | None = Field(default=None, description="Country, in English.")


class Casualty(Record):
    """One casualty figure."""

    kind: CasualtyKind
    group: CasualtyGroup = Field(
        default="unknown",
        description="militants = armed-group members; soldiers = state forces.",
    )
    min: int | None = Field(default=None, ge=0, description="Lowest number stated.")
    max: int | None = Field(default=None, ge=0, description="Highest number stated.")
    evidence: list[Evidence] = Field(default_factory=list, description="Quote with the figure.")


class StrikeReport(Record):
    """One air strike event: one set of attackers, one place, one date."""

    attackers: list[str] = Field(description="Forces that carried out the strike, full names, e.g. 'US-led coalition'.")
    target: str | None = Field(default=None, description="What was hit, e.g. 'weapons depot'.")
    target_group: str | None = Field(
        default=None, description="Armed group targeted, canonical name, e.g. 'Islamic State'."
    )
    location: Location = Field(default_factory=Location)
    strike_date: date | None = Field(default=None, description="Date of the strike.")
    date_text: str | None = Field(default=None, description="Date words as written, e.g. 'on Sunday'.")
    date_precision: DatePrecision = Field(default="unknown", description="How exact strike_date is.")
    aircraft: list[str] = Field(default_factory=list, description="Aircraft types, e.g. 'F-16'.")
    weapons: list[str] = Field(default_factory=list, description="Munitions, e.g. 'Hellfire missiles'.")
    casualties: list[Casualty] = Field(default_factory=list)
    coordinated_with: list[str] = Field(
        default_factory=list,
        description="Parties it was coordinated with that did not strike.",
    )
    reported_by: list[str] = Field(default_factory=list, description="Who reports the strike, per the article.")
    evidence: list[Evidence] = Field(default_factory=list, description="Quotes describing this strike (at least one).")


class Claim(Record):
    """A statement someone makes about the strikes."""

    claimant: str = Field(description="Who makes the claim, as named.")
    claimant_org: str | None = Field(default=None, description="Organisation the claimant speaks for.")
    stance: Stance = Field(description="'denies' if the claimant rejects or contradicts it.")
    statement: str = Field(description="What is claimed, in under 20 words.")
    quote: str | None = Field(default=None, description="Claimant's exact words, if quoted.")
    evidence: list[Evidence] = Field(default_factory=list, description="Quote where the claim is made.")


class Usage(Record):
    """Tokens spent, summed over every attempt including failed ones."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
        )


IdentityParam = str | int | float | bool | None


class EngineIdentity(Record):
    """Exactly what produced a result: two results with equal identities were made the same way.

    The cache key, the store's unique key, run files and every result's metadata carry it, so a
    change to the engine's code, its rule data, its prompt, its schema or its parameters gives a
    new identity, and results made before the change are never served as current. Hashes are
    ``None`` only in results written before identities existed (schema 1.0).
    """

    engine: str = Field(description="Engine name, e.g. 'offline' or 'llm'.")
    model: str | None = Field(default=None, description="Model requested (LLM) or parser model (offline).")
    endpoint: str | None = Field(default=None, description="LLM endpoint base URL, credentials removed.")
    prompt_id: str | None = None
    prompt_hash: str | None = None
    schema_hash: str | None = Field(default=None, description="Hash of the response model's JSON Schema.")
    data_hash: str | None = Field(default=None, description="Hash of the lexicons and rule data the engine reads.")
    code_hash: str | None = Field(default=None, description="Hash of the engine's own source files, at run time.")
    params: dict[str, IdentityParam] = Field(default_factory=dict, description="Generation and chunking parameters.")

    @property
    def key(self) -> str:
        """A stable hash of the whole identity: the store's unique key and part of cache keys."""
        blob = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False).encode("utf-8")
        return hashlib.sha256(blob).hexdigest()[:32]

    def differences(self, other: EngineIdentity) -> list[str]:
        """Names of the parts that differ between two identities, in field order."""
        return [name for name in type(self).model_fields if getattr(self, name) != getattr(other, name)]


_LEGACY_IDENTITY_KEYS = ("engine", "model", "prompt_id", "prompt_hash")


def _fold_legacy_identity(data: Any) -> Any:
    """Accept the flat ``engine``/``model``/``prompt_*`` keys of schema 1.0 files as an ``identity``."""
    if isinstance(data, dict) and "identity" not in data and "engine" in data:
        data = dict(data)
        data["identity"] = {k: data.pop(k) for k in _LEGACY_IDENTITY_KEYS if k in data}
    return data


class RunMetadata(Record):
    """How an extraction was produced, so any result can be traced and reproduced."""

    identity: EngineIdentity
    served_model: str | None = Field(
        default=None, description="The model the endpoint says answered (its response's `model`)."
    )
    schema_version: str = SCHEMA_VERSION
    cache_hit: bool = False
    usage: Usage = Field(default_factory=Usage)
    attempts: int = 0
    latency_ms: float = 0.0
    dropped_ungrounded: int = Field(
        default=0, description="Items removed because their evidence was not found in the text."
    )
    dropped_unsupported: int = Field(
        default=0,
        description="Fields (attackers, place, date, figures) or claims removed because their evidence does not "
        "support them.",
    )
    chunks: int = 1
    created_at: datetime | None = None

    @model_validator(mode="before")
    @classmethod
    def _legacy(cls, data: Any) -> Any:
        return _fold_legacy_identity(data)

    @property
    def engine(self) -> str:
        return self.identity.engine

    @property
    def model(self) -> str | None:
        return self.identity.model

    @property
    def prompt_id(self) -> str | None:
        return self.identity.prompt_id

    @property
    def prompt_hash(self) -> str | None:
        return self.identity.prompt_hash


TracedField = Literal["attackers", "location", "strike_date", "casualties"]


class FieldRule(Record):
    """Which engine rule set one field of one strike record, so an error in the output leads to its rule."""

    strike: int = Field(ge=0, description="Index of the strike in ``strikes``.")
    field: TracedField
    rule: str = Field(min_length=1, description="The rule, as module.function or module: step.")


class ArticleExtraction(Record):
    """Everything extracted from one article, with provenance."""

    article_id: str
    article: Article | None = Field(
        default=None,
        description="The article these results index: every char_interval points into article.text.",
    )
    strikes: list[StrikeReport] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    summary: str = Field(default="", description="1-3 sentence summary of the strikes reported.")
    metadata: RunMetadata
    field_rules: list[FieldRule] = Field(
        default_factory=list,
        description="The offline engine's trail: the rule behind each field of each strike (empty for the LLM).",
    )

    def evidence(self) -> list[Evidence]:
        """Every evidence span of the extraction: strikes', their casualties', and claims', in order."""
        spans: list[Evidence] = []
        for strike in self.strikes:
            spans.extend(strike.evidence)
            for casualty in strike.casualties:
                spans.extend(casualty.evidence)
        for claim in self.claims:
            spans.extend(claim.evidence)
        return spans


class ArticleFindings(Record):
    """What an engine is asked to return for one article (the LLM's response model)."""

    strikes: list[StrikeReport] = Field(
        default_factory=list, description="Every distinct air strike the article reports as having happened."
    )
    claims: list[Claim] = Field(
        default_factory=list, description="Statements asserting or denying facts about the strikes."
    )
    summary: str = Field(default="", description="1-3 sentences, from article facts only.")


@functools.cache
def schema_hash(model: type[BaseModel]) -> str:
    """Hash of a model's JSON Schema: part of every cache key, so schema edits miss the cache."""
    blob = json.dumps(model.model_json_schema(), sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:16]


# --- Briefings: one period's strike events merged across outlets, with conflicts and date problems. ---

DateFlagKind = Literal[
    "no_publication_date", "date_unknown_first_seen", "strike_after_publication", "far_from_publication"
]
NarrativeAuthor = Literal["llm", "template"]


class ArticleRef(Record):
    """An article a briefing rests on: what a reader needs to find it, and the id citations use."""

    article_id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    published_source: FieldSource | None = Field(
        default=None,
        description="Where the publication date came from (header, page text, URL...); first_seen when the "
        "article has no date anywhere and is briefed on the day the store first saw it.",
    )
    first_seen: date | None = Field(default=None, description="Day the store first saw the article (UTC).")


class EventSource(Record):
    """One article's report of a briefing event, as that article wrote it."""

    article_id: str
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    undated_match: bool = Field(
        default=False, description="True for an undated article attached because attackers and place match."
    )
    attackers: list[str] = Field(default_factory=list, description="Attackers as the article named them.")
    place: str | None = Field(default=None, description="Place as the article wrote it.")
    strike_date: date | None = None
    date_precision: DatePrecision = "unknown"
    date_text: str | None = None
    reported_by: list[str] = Field(default_factory=list)
    quote: str | None = Field(default=None, description="First evidence quote for the strike.")
    evidence: list[Evidence] = Field(
        default_factory=list, description="Every evidence quote for the strike, with its offsets into the article."
    )


class FigureValue(Record):
    """One source's number for a figure (e.g. militants killed), and who gives it."""

    article_id: str
    outlet: str | None = None
    reported_by: list[str] = Field(default_factory=list)
    min: int | None = None
    max: int | None = None
    quote: str | None = None


class FigureRange(Record):
    """A casualty figure of one event across its sources: the overall range and who says what."""

    kind: CasualtyKind
    group: CasualtyGroup
    low: int | None = Field(default=None, description="Lowest number any source gives.")
    high: int | None = Field(default=None, description="Highest number any source gives.")
    conflicting: bool = Field(default=False, description="True when sources give different numbers.")
    values: list[FigureValue] = Field(default_factory=list)


class BriefingEvent(Record):
    """One strike as the briefing counts it: the same strike from several outlets is one event."""

    id: str = Field(description="Event id within this briefing, e.g. 'E1'.")
    attackers: list[str] = Field(description="Canonical attacker names across all sources.")
    place: str | None = Field(default=None, description="Canonical place name.")
    region: str | None = None
    country: str | None = None
    date_start: date | None = Field(default=None, description="Earliest strike date any source gives.")
    date_end: date | None = Field(default=None, description="Latest strike date any source gives.")
    date_precision: DatePrecision = "unknown"
    targets: list[str] = Field(default_factory=list)
    target_groups: list[str] = Field(default_factory=list)
    coordinated_with: list[str] = Field(default_factory=list)
    sources: list[EventSource] = Field(default_factory=list)
    figures: list[FigureRange] = Field(default_factory=list)

    @property
    def article_ids(self) -> list[str]:
        return list(dict.fromkeys(s.article_id for s in self.sources))


class ClaimSide(Record):
    """One side of a contested pair: who said it, where, and in what words."""

    article_id: str
    outlet: str | None = None
    claimant: str
    claimant_org: str | None = None
    stance: Stance
    statement: str
    quote: str | None = None
    evidence: list[Evidence] = Field(default_factory=list, description="Where the claim is made, with offsets.")


class ContestedPair(Record):
    """Two claims about the same thing from different sides: one asserts, the other denies."""

    topic: str = Field(description="What the two claims are about, e.g. 'coordination'.")
    similarity: float = Field(ge=0, le=1, description="How closely the statements match (0-1).")
    asserted: ClaimSide
    denied: ClaimSide
    event_ids: list[str] = Field(default_factory=list, description="Events the claims' articles report.")


class DateFlag(Record):
    """An article whose dates cannot be trusted as they stand."""

    article_id: str
    outlet: str | None = None
    title: str | None = None
    published: date | None = None
    kind: DateFlagKind
    strike_date: date | None = None
    detail: str


class NarrativeSentence(Record):
    """One sentence of the briefing summary and the article ids it rests on."""

    text: str = Field(min_length=1, description="One plain sentence, facts from the events only.")
    article_ids: list[str] = Field(
        min_length=1, description="Ids of the articles this sentence rests on, copied from the events."
    )


class Narrative(Record):
    """The briefing's prose summary: cited sentences, and who wrote them."""

    sentences: list[NarrativeSentence] = Field(default_factory=list)
    written_by: NarrativeAuthor = "template"
    model: str | None = None
    dropped_sentences: int = Field(default=0, description="Sentences removed because their citations were bad.")
    note: str | None = None


class HeadlineCounts(Record):
    """The numbers at the top of a briefing."""

    articles: int = Field(default=0, description="Articles published in the period.")
    outlets: int = 0
    undated_attached: int = Field(default=0, description="Undated articles attached to an event as extra sources.")
    undated_first_seen: int = Field(
        default=0, description="Undated articles that join no dated day, briefed on the day they were first seen."
    )
    undated_unplaced: int = Field(default=0, description="Undated articles in the store not placed in this briefing.")
    strike_reports: int = 0
    events: int = Field(default=0, description="Strike events of the period (earlier strikes mentioned excluded).")
    earlier_events: int = Field(default=0, description="Strikes dated over a week before the period, mentioned.")
    multi_source_events: int = 0
    contested_pairs: int = 0
    date_flags: int = 0
    killed_low: int | None = None
    killed_high: int | None = None
    injured_low: int | None = None
    injured_high: int | None = None


class ArticleText(Record):
    """An article's text, carried by a briefing only when asked (the HTML highlights the evidence in it)."""

    article_id: str
    text: str


class Briefing(Record):
    """A period's briefing: counts, merged events, contested claims, date flags and a cited summary."""

    since: date
    until: date
    generated_at: datetime
    counts: HeadlineCounts = Field(default_factory=HeadlineCounts)
    events: list[BriefingEvent] = Field(default_factory=list)
    earlier_events: list[BriefingEvent] = Field(
        default_factory=list,
        description="Strikes the articles mention that are dated more than a week before the period: background, "
        "kept out of the headline counts and figures.",
    )
    contested: list[ContestedPair] = Field(default_factory=list)
    date_flags: list[DateFlag] = Field(default_factory=list)
    narrative: Narrative = Field(default_factory=Narrative)
    articles: list[ArticleRef] = Field(default_factory=list)
    texts: list[ArticleText] = Field(
        default_factory=list,
        description="The briefed articles' texts when asked for (HTML); evidence offsets index them.",
    )
