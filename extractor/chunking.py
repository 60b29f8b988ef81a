"""Split long articles into overlapping chunks whose offsets point into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Chunk:
    """A slice ``text == source[start:start + len(text)]`` of the article."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def split_text(text: str, max_chars: int, overlap: int = 0) -> list[Chunk]:
    """Cut at paragraph, then sentence, then word boundaries; consecutive chunks share up to ``overlap`` chars.

    Chunks are at most ``max_chars`` long and cover the text in order; each one after the first starts
    inside the previous one, at a word boundary when there is one, so words near a cut are read whole.
    """
    if max_chars <= 0 or len(text) <= max_chars:
        return [Chunk(0, text)]
    overlap = max(0, min(overlap, max_chars // 2))
    chunks: list[Chunk] = []
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            window = text[start + max_chars // 2 : end]
            for sep in ("\n\n", "\n", ". ", " "):
                cut = window.rfind(sep)
                if cut >= 0:
                    end = start + max_chars // 2 + cut + len(sep)
                    break
        chunks.append(Chunk(start, text[start:end]))
        if end >= len(text):
            break
        start = _word_start(text, max(end - overlap, start + 1), end)
    return chunks


def _word_start(text: str, at: int, limit: int) -> int:
    """Move ``at`` forward to the start of the next word (not past ``limit``), so no chunk opens mid-word."""
    if at <= 0 or text[at - 1].isspace():
        return at
    found = _SPACE.search(text, at, limit)
    return found.end() if found and found.end() < limit else at
