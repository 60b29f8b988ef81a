"""An extractive summary: the article's own sentences that report its strikes."""

from __future__ import annotations

from extractor.engines.offline.events import Mention, StrikeEvent

MAX_SENTENCES = 3


def _score(mention: Mention) -> int:
    return (
        2 * bool(mention.attackers)
        + bool(mention.place)
        + bool(mention.date.value)
        + bool(mention.casualties)
        - 3 * mention.weak
    )


def extractive_summary(events: list[StrikeEvent], text: str) -> str:
    """Up to three sentences, the best-described mention of each event first, kept in text order."""
    chosen: dict[tuple[int, int], int] = {}
    for event in events:
        best = max(event.mentions, key=_score)
        chosen.setdefault(best.evidence, _score(best))
    if len(chosen) < MAX_SENTENCES:
        extra = sorted(
            ((m.evidence, _score(m)) for e in events for m in e.mentions if m.evidence not in chosen),
            key=lambda kv: -kv[1],
        )
        for span, score in extra:
            if len(chosen) >= MAX_SENTENCES:
                break
            chosen.setdefault(span, score)
    spans = sorted(sorted(chosen, key=lambda s: -chosen[s])[:MAX_SENTENCES])
    return " ".join(" ".join(text[s:e].split()) for s, e in spans)
