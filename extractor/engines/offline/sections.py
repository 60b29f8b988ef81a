"""Page furniture: comment sections, sharing widgets, captions and credits that are not article text."""

from __future__ import annotations

import re

from extractor.engines.offline.rules import Rules

_LINE = re.compile(r"[^\n]*(?:\n|$)")


def furniture_spans(text: str, rules: Rules) -> list[tuple[int, int]]:
    """Character ranges to ignore: furniture lines, and everything after the start of the page's tail."""
    spans: list[tuple[int, int]] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        if start >= len(text):
            break
        line = match.group(0).strip()
        if not line:
            continue
        low = line.lower()
        if len(low) < 120 and any(low.startswith(cue) for cue in rules.tail_starts) and start > len(text) // 4:
            spans.append((start, len(text)))
            break
        if low.strip(" .:|-") in rules.line_equals or any(cue in low for cue in rules.line_contains):
            spans.append((start, end))
    return spans


def headline_like(sentence_text: str) -> bool:
    """A short line without closing punctuation or ending in "?": a headline, link or label, not a report."""
    stripped = sentence_text.strip()
    if not stripped:
        return True
    if stripped.endswith("?"):
        return True
    if stripped[-1] in ".!\"”’'…)":
        return False
    return len(stripped.split()) <= 20
