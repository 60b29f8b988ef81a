"""A trivial keyword baseline, scored on a gold suite for calibration: what the engine's score is worth.

Per article: one strike when any sentence has an air-strike keyword, with the first force, place and
country the lexicons find in those sentences; one asserting claim per keyword sentence with "said",
its claimant the capitalised words before "said". No parsing, no rules beyond that.

``python -m benchmarks.keyword_baseline [SUITE]`` (default ``real-test``) prints strike and claim P/R/F1.
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime
from pathlib import Path

from extractor.evaluation.runs import RunConfig
from extractor.evaluation.suite import build_run, gold_hash, load_inputs, suite_dirs
from extractor.lexicons import load_lexicon
from extractor.schemas import (
    SCHEMA_VERSION,
    Article,
    ArticleExtraction,
    CharInterval,
    Claim,
    Evidence,
    Location,
    RunMetadata,
    StrikeReport,
)

KEYWORDS = re.compile(r"\b(air ?strikes?|air raids?|drone strikes?|warplanes?|bombed|bombing raids?)\b", re.IGNORECASE)
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
CLAIMANT = re.compile(r"((?:[A-Z][\w.'-]+ ){1,3})said")


def _names(kind: str) -> list[tuple[re.Pattern[str], str]]:
    """(pattern, canonical name) for every name and alias of a lexicon, longest first."""
    pairs = [(alias, entry.name) for entry in load_lexicon(kind).entries for alias in (entry.name, *entry.aliases)]
    pairs.sort(key=lambda pair: -len(pair[0]))
    return [(re.compile(rf"\b{re.escape(alias)}\b"), name) for alias, name in pairs if len(alias) > 2]


def _first(patterns: list[tuple[re.Pattern[str], str]], texts: list[str]) -> str | None:
    for text in texts:
        for pattern, name in patterns:
            if pattern.search(text):
                return name
    return None


def keyword_extraction(article: Article, forces: list, places: list, countries: list) -> ArticleExtraction:
    """The baseline's records for one article."""
    spans = [(m.start(), m.end()) for m in SENTENCE.finditer(article.text) if KEYWORDS.search(m.group(0))]
    texts = [article.text[s:e] for s, e in spans]
    strikes, claims = [], []
    if spans:
        start, end = spans[0]
        evidence = [Evidence(quote=article.text[start:end], char_interval=CharInterval(start=start, end=end))]
        attacker = _first(forces, texts)
        strikes.append(
            StrikeReport(
                attackers=[attacker] if attacker else [],
                location=Location(place=_first(places, texts), country=_first(countries, texts)),
                evidence=evidence,
            )
        )
        for (start, end), text in zip(spans, texts, strict=True):
            found = CLAIMANT.search(text)
            if found:
                claims.append(
                    Claim(
                        claimant=found.group(1).strip(),
                        stance="denies" if "denied" in text else "asserts",
                        statement=" ".join(text.split()[:19]),
                        evidence=[
                            Evidence(quote=article.text[start:end], char_interval=CharInterval(start=start, end=end))
                        ],
                    )
                )
    return ArticleExtraction(
        article_id=article.id,
        strikes=strikes,
        claims=claims,
        metadata=RunMetadata(engine="keyword-baseline", model="keywords", created_at=datetime.now(UTC)),
    )


def main(suite: str = "real-test") -> None:
    """Score the baseline on a named suite and print strike and claim P/R/F1."""
    root = Path(__file__).resolve().parents[1]
    gold_dir, articles_dir = suite_dirs(suite, root / "evals")
    inputs = load_inputs(gold_dir, articles_dir, suite)
    forces, places, countries = _names("force"), _names("place"), _names("country")
    results = [keyword_extraction(a, forces, places, countries) for a in inputs.articles.values()]
    config = RunConfig(
        engine="keyword-baseline",
        schema_version=SCHEMA_VERSION,
        suite=suite,
        gold_dir=str(gold_dir.relative_to(root)),
        articles_dir=str(articles_dir.relative_to(root)),
        gold_hash=gold_hash(inputs.gold),
    )
    run = build_run(inputs, results, {}, config)
    for name, counts in (("strikes", run.aggregate.strikes), ("claims", run.aggregate.claims)):
        print(f"{suite} keyword baseline {name}: P {counts.precision:.2f} R {counts.recall:.2f} F1 {counts.f1:.2f}")


if __name__ == "__main__":
    main(*sys.argv[1:])
