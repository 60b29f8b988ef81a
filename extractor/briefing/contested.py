"""Pairing claims that contradict each other: one side asserts what another side denies.

A claim's polarity is negative when its stance is "denies" or its statement is itself negated
("there is no coordination"). Two claims of opposite polarity from different claimants are a
contested pair when they are about the same thing (a shared topic from ``topics.toml``, or
closely matching statements once negations are removed) and about the same strike: made in the
same article, or in articles reporting the same event. An asserting claim is used in at most one
pair (its best match); a denial may answer several assertions ("no coordination" contests both a
"joint strike" and a "coordinates were shared"), so each is shown against the denial.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz

from extractor.briefing.matching import folded
from extractor.data import data_path
from extractor.lexicons import fold, load_lexicon
from extractor.schemas import ArticleExtraction, ArticleRef, Claim, ClaimSide, ContestedPair

TOPICS_FILE = data_path("topics.toml")
TOPIC_MATCH_FLOOR = 0.5
STATEMENT_MATCH_MIN = 0.75


@dataclass(frozen=True)
class Topic:
    name: str
    pattern: re.Pattern[str]
    broader: tuple[str, ...]


@cache
def _topics_data() -> dict:
    return tomllib.loads(TOPICS_FILE.read_text(encoding="utf-8"))


@cache
def negations() -> frozenset[str]:
    """Folded words that turn a statement into a denial ("no", "not", "didnt"...)."""
    return frozenset(_topics_data()["negations"])


@cache
def stopwords() -> frozenset[str]:
    return frozenset(_topics_data()["stopwords"])


@cache
def load_topics() -> tuple[Topic, ...]:
    data = _topics_data()
    return tuple(
        Topic(
            name=row["name"],
            broader=tuple(row.get("broader", ())),
            pattern=re.compile(r"\b(?:" + "|".join(re.escape(fold(s)) for s in row["stems"]) + ")"),
        )
        for row in data["topic"]
    )


@dataclass(frozen=True)
class ClaimView:
    """A claim with its article and the keys contradiction matching needs."""

    ref: ArticleRef
    claim: Claim
    negative: bool
    words: str
    topics: frozenset[str]
    side: str

    @classmethod
    def of(cls, ref: ArticleRef, claim: Claim) -> ClaimView:
        negated, words, topics = statement_keys(claim.statement)
        return cls(
            ref=ref,
            claim=claim,
            negative=claim.stance == "denies" or negated,
            words=words,
            topics=topics,
            side=folded(claim.claimant_org or claim.claimant),
        )


@lru_cache(maxsize=65536)
def statement_keys(statement: str) -> tuple[bool, str, frozenset[str]]:
    """Whether a statement is negated, its content words, and its topics (memoised per statement)."""
    text = folded(statement)
    tokens = text.split()
    negation_words, ignored = negations(), stopwords()
    negated = any(t in negation_words for t in tokens)
    words = " ".join(t for t in tokens if t not in negation_words and t not in ignored)
    return negated, words, _topics_of_folded(_negated_scope(tokens) if negated else text)


_CLAUSE_BREAKS = frozenset({"which", "who", "whom", "whose", "where", "when", "while", "after", "before"})


def _negated_scope(tokens: list[str]) -> str:
    """The words a negation governs: from the first negation to the next relative or time clause. In "she did
    not receive notice of the strike, which killed Soleimani" the killing is not denied, only the notice."""
    negation_words = negations()
    start = next(i for i, t in enumerate(tokens) if t in negation_words)
    end = next((i for i in range(start + 1, len(tokens)) if tokens[i] in _CLAUSE_BREAKS), len(tokens))
    return " ".join(tokens[start:end])


def _topics_of_folded(text: str) -> frozenset[str]:
    """Topics a folded statement is about, narrower topics replacing the broader ones they name."""
    found = [t for t in load_topics() if t.pattern.search(text)]
    dropped = {b for t in found for b in t.broader}
    return frozenset(t.name for t in found if t.name not in dropped)


@cache
def _country_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Folded names, aliases and demonyms of countries and of forces, each with the country it stands for."""
    names: dict[str, str] = {}
    for entry in load_lexicon("country").entries:
        for name in (entry.name, *entry.aliases, *entry.attrs.get("demonyms", ())):
            names.setdefault(fold(name), entry.name)
    for entry in load_lexicon("force").entries:
        country = entry.attrs.get("country")
        if country:
            for name in (entry.name, *entry.aliases, *entry.attrs.get("demonyms", ())):
                names.setdefault(fold(name), country)
    for name, country in _topics_data().get("side_countries", {}).items():
        names.setdefault(fold(name), country)
    return tuple((re.compile(rf"\b{re.escape(n)}\b"), c) for n, c in names.items() if n)


@lru_cache(maxsize=65536)
def countries_named(text: str) -> frozenset[str]:
    """Countries a text names, by country, force or spokesman's name ("Turkish warplanes" -> Turkey)."""
    folded_text = folded(text)
    return frozenset(country for pattern, country in _country_patterns() if pattern.search(folded_text))


def other_parties_only(pos: ClaimView, neg: ClaimView) -> bool:
    """An assertion about parties that do not include the denier: "Russia and Turkey struck jointly" does not
    contradict the Pentagon's "no coordination" (a US denial). Unknown on either side means it may."""
    asserted = countries_named(pos.claim.statement)
    denier = countries_named(" ".join(x for x in (neg.claim.claimant_org, neg.claim.claimant) if x))
    return bool(asserted) and bool(denier) and not asserted & denier


def match_score(a: ClaimView, b: ClaimView) -> tuple[float, str]:
    """How surely two claims are about the same thing (0-1), and the topic they share."""
    return _match_score(a.words, a.topics, b.words, b.topics)


@lru_cache(maxsize=65536)
def _match_score(a_words: str, a_topics: frozenset[str], b_words: str, b_topics: frozenset[str]) -> tuple[float, str]:
    text = fuzz.token_set_ratio(a_words, b_words) / 100 if a_words and b_words else 0.0
    shared = a_topics & b_topics
    if shared:
        overlap = len(shared) / len(a_topics | b_topics)
        topic = next(t.name for t in load_topics() if t.name in shared)
        return max(text, TOPIC_MATCH_FLOOR + 0.5 * overlap), topic
    return (text, "statement") if text >= STATEMENT_MATCH_MIN else (0.0, "")


def _side(view: ClaimView) -> ClaimSide:
    c = view.claim
    return ClaimSide(
        article_id=view.ref.article_id,
        outlet=view.ref.outlet,
        claimant=c.claimant,
        claimant_org=c.claimant_org,
        stance=c.stance,
        statement=c.statement,
        quote=c.quote,
        evidence=list(c.evidence),
    )


def contested_pairs(
    articles: Iterable[tuple[ArticleRef, ArticleExtraction]], events_of: dict[str, list[str]]
) -> list[ContestedPair]:
    """Contradicting claim pairs among the articles; ``events_of`` maps article ids to their event ids."""
    positives: list[ClaimView] = []
    negatives_by_article: dict[str, list[ClaimView]] = defaultdict(list)
    for ref, extraction in articles:
        for claim in extraction.claims:
            view = ClaimView.of(ref, claim)
            (negatives_by_article[ref.article_id] if view.negative else positives).append(view)
    articles_of_event: dict[str, set[str]] = defaultdict(set)
    for article_id, event_ids in events_of.items():
        for event_id in event_ids:
            articles_of_event[event_id].add(article_id)

    linked_of: dict[str, list[str]] = {}
    candidates: list[tuple[float, str, int, ClaimView, ClaimView]] = []
    for order, pos in enumerate(positives):
        linked = linked_of.get(pos.ref.article_id)
        if linked is None:
            ids = {pos.ref.article_id}
            for event_id in events_of.get(pos.ref.article_id, []):
                ids |= articles_of_event[event_id]
            linked = linked_of[pos.ref.article_id] = sorted(ids)
        for article_id in linked:
            for neg in negatives_by_article.get(article_id, []):
                if neg.side == pos.side or other_parties_only(pos, neg):
                    continue
                score, topic = match_score(pos, neg)
                if score > 0:
                    candidates.append((score, topic, order, pos, neg))

    candidates.sort(key=lambda c: (-c[0], c[2]))
    used: set[int] = set()
    pairs: list[ContestedPair] = []
    for score, topic, _, pos, neg in candidates:
        if id(pos) in used:
            continue
        used.add(id(pos))
        event_ids = sorted(
            set(events_of.get(pos.ref.article_id, [])) | set(events_of.get(neg.ref.article_id, [])),
            key=lambda e: int(e[1:]) if e[1:].isdigit() else 0,
        )
        pairs.append(
            ContestedPair(
                topic=topic,
                similarity=round(min(score, 1.0), 3),
                asserted=_side(pos),
                denied=_side(neg),
                event_ids=event_ids,
            )
        )
    return pairs
