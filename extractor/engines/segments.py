"""Very long articles read in segments, so time and memory grow linearly with their size.

The offline engine keeps every parsed piece of an article (spaCy Docs with their tensors) until the
article is done, and some of its merging steps compare every item with every other. A 400 KB single
line took 20 s and 1.3 GB; 5 MB did not finish. An article longer than ``SEGMENT_CHARS`` is therefore
cut (at paragraph, sentence or word boundaries, ``extractor.chunking``) into segments that are extracted
one after another as articles of their own; their items are put back together with offsets into the
whole text. Only one segment's parse is alive at a time. Articles of news length are untouched.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import Any

from extractor.chunking import split_text
from extractor.schemas import Article, ArticleExtraction, CharInterval, Claim, Evidence, FieldRule, StrikeReport

SEGMENT_CHARS = 50_000


def _shifted(evidence: list[Evidence], by: int) -> list[Evidence]:
    return [
        e.model_copy(
            update={"char_interval": CharInterval(start=e.char_interval.start + by, end=e.char_interval.end + by)}
        )
        if e.char_interval is not None
        else e
        for e in evidence
    ]


def _shift_strike(strike: StrikeReport, by: int) -> StrikeReport:
    casualties = [c.model_copy(update={"evidence": _shifted(c.evidence, by)}) for c in strike.casualties]
    return strike.model_copy(update={"evidence": _shifted(strike.evidence, by), "casualties": casualties})


def _shift_claim(claim: Claim, by: int) -> Claim:
    return claim.model_copy(update={"evidence": _shifted(claim.evidence, by)})


class SegmentedEngine:
    """Wraps an engine: articles longer than ``segment_chars`` are extracted segment by segment."""

    def __init__(self, inner: Any, segment_chars: int = SEGMENT_CHARS) -> None:
        self.inner = inner
        self.segment_chars = segment_chars

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    @property
    def name(self) -> str:
        return self.inner.name

    def cache_parts(self) -> dict[str, Any]:
        return self.inner.cache_parts()

    def extract(self, article: Article) -> ArticleExtraction:
        if len(article.text) <= self.segment_chars:
            return self.inner.extract(article)
        return self._extract_segments(article)

    def extract_batch(self, articles: Iterable[Article]) -> Iterator[tuple[Article, ArticleExtraction | Exception]]:
        """News-length articles go to the engine's batch parser; very long ones are read in segments."""
        short: list[Article] = []
        for article in articles:
            if len(article.text) <= self.segment_chars:
                short.append(article)
                continue
            try:
                yield article, self._extract_segments(article)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
                yield article, exc
        if short:
            yield from self.inner.extract_batch(short)

    def _extract_segments(self, article: Article) -> ArticleExtraction:
        started = time.perf_counter()
        strikes: list[StrikeReport] = []
        claims: list[Claim] = []
        field_rules: list[FieldRule] = []
        summaries: list[str] = []
        last: ArticleExtraction | None = None
        segments = split_text(article.text, self.segment_chars)
        for segment in segments:
            part = article.model_copy(update={"text": segment.text})
            last = self.inner.extract(part)
            field_rules += [r.model_copy(update={"strike": r.strike + len(strikes)}) for r in last.field_rules]
            strikes += [_shift_strike(s, segment.start) for s in last.strikes]
            claims += [_shift_claim(c, segment.start) for c in last.claims]
            if last.summary and len(summaries) < 3:
                summaries.append(last.summary)
        if last is None:  # split_text always returns at least one segment
            return self.inner.extract(article)
        metadata = last.metadata.model_copy(
            update={"chunks": len(segments), "latency_ms": (time.perf_counter() - started) * 1000}
        )
        return ArticleExtraction(
            article_id=article.id,
            strikes=strikes,
            claims=claims,
            summary=" ".join(summaries),
            metadata=metadata,
            field_rules=field_rules,
        )


def segmented_offline_engine(settings: Any) -> SegmentedEngine:
    """The offline engine, reading very long articles in segments (what ``--engine offline`` runs)."""
    from extractor.engines.offline import OfflineEngine

    return SegmentedEngine(OfflineEngine(settings))
