"""Find evidence quotes in article text and compute their offsets.

A quote is grounded when it occurs in the text exactly, or after normalising whitespace,
typographic quotes and dashes. Offsets always point into the original text.
"""

from __future__ import annotations

from extractor.schemas import CharInterval, Evidence

_CHAR_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)
_EDGE = " \t\r\n\"'\u201c\u201d\u2018\u2019.,;:\u2026"


def _normalise(text: str) -> tuple[str, list[int]]:
    """Map typographic variants to ASCII, collapse whitespace runs, and keep an offset map."""
    out: list[str] = []
    index: list[int] = []
    previous_space = False
    for i, ch in enumerate(text.translate(_CHAR_MAP)):
        if ch.isspace():
            if previous_space:
                continue
            ch, previous_space = " ", True
        else:
            previous_space = False
        out.append(ch)
        index.append(i)
    return "".join(out), index


def _lower(text: str) -> str:
    """Lower-case without changing the length (so offsets stay aligned)."""
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def ground_quote(text: str, quote: str, start_hint: int = 0) -> CharInterval | None:
    """Locate ``quote`` in ``text``; return its span in the original text, or None if absent."""
    quote = quote.strip(_EDGE) or quote.strip()
    if not quote:
        return None
    at = text.find(quote, start_hint)
    if at < 0:
        at = text.find(quote)
    if at >= 0:
        return CharInterval(start=at, end=at + len(quote))
    norm_text, index = _normalise(text)
    norm_quote, _ = _normalise(quote)
    norm_quote = norm_quote.strip()
    if not norm_quote:
        return None
    at = norm_text.find(norm_quote)
    if at < 0:
        at = _lower(norm_text).find(_lower(norm_quote))
    if at < 0:
        return None
    start = index[at]
    end = index[at + len(norm_quote) - 1] + 1
    return CharInterval(start=start, end=end)


def ground_evidence(text: str, evidence: Evidence) -> Evidence | None:
    """Return the evidence with verified offsets, or None when its quote is not in the text."""
    ci = evidence.char_interval
    if (
        ci is not None
        and 0 <= ci.start < ci.end <= len(text)
        and _normalise(text[ci.start : ci.end])[0] == _normalise(evidence.quote.strip(_EDGE))[0]
    ):
        return Evidence(quote=text[ci.start : ci.end], char_interval=ci)
    found = ground_quote(text, evidence.quote)
    if found is None:
        return None
    return Evidence(quote=text[found.start : found.end], char_interval=found)


def span_is_verified(text: str, evidence: Evidence) -> bool:
    """True when the evidence offsets point at exactly its quote in the text."""
    ci = evidence.char_interval
    return ci is not None and 0 <= ci.start < ci.end <= len(text) and text[ci.start : ci.end] == evidence.quote
