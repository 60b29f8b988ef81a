"""Which copies of a text are one report: the store's article key and the rule for later copies.

An article is one outlet's copy of a text on one day. ``copy_key`` is its key in the store; ``same_report`` says
when a later copy of a stored text is the stored report with other metadata rather than another report.
"""

from __future__ import annotations

import re
from datetime import date

from extractor.pagemeta import ORIGIN_RANK
from extractor.schemas import Article


def iso(day: date | None) -> str | None:
    """A date as the store keeps it: ISO text, or None."""
    return day.isoformat() if day else None


_DOMAIN_SUFFIX = re.compile(r"\.(?:(?:com|org|net|int|gov|info|news)(?:\.[a-z]{2})?|co\.[a-z]{2}|[a-z]{2})$")


def _outlet_key(outlet: str | None) -> str:
    """An outlet name as compared: case, spacing, punctuation and a web domain folded, so "BBC", "bbc " and
    "bbc.co.uk", or "Free West Media" and "freewestmedia.com", are one outlet."""
    if not outlet:
        return ""
    name = outlet.strip().casefold().removeprefix("www.")
    if " " not in name:
        name = _DOMAIN_SUFFIX.sub("", name)
    return "".join(ch for ch in name if ch.isalnum())


def copy_key(text_hash: str, outlet: str | None, published: str | None) -> str:
    """An article's key in the store: its text's hash, its publication date (ISO) and its outlet, so the same
    wire story from three outlets, or on two days, is three reports."""
    return f"{text_hash}|{published or ''}|{_outlet_key(outlet)}"


def same_report(outlet: str | None, published: str | None, sources: dict[str, str], article: Article) -> bool:
    """Whether ``article`` (a copy of a stored text) is the stored report (its ``outlet`` and ``published``, and
    where each came from: ``sources``) with other metadata, rather than another outlet's or another day's report.
    For the outlet and the date each: the values agree, or one is unknown, or they come from origins of different
    trust (a header added to a re-saved page whose date or outlet was read from its URL or text). Two outlets,
    or two dates, given by equally trusted origins (two front matters, two pages' markup) are two reports."""
    pairs = (
        ("outlet", _outlet_key(outlet) or None, _outlet_key(article.outlet) or None),
        ("published", published, iso(article.published)),
    )
    unknown = len(ORIGIN_RANK)
    for name, stored, new in pairs:
        if stored is None or new is None or stored == new:
            continue
        stored_rank = ORIGIN_RANK.get(sources.get(name, ""), unknown)
        if stored_rank == ORIGIN_RANK.get(article.field_sources.get(name, ""), unknown):
            return False
    return True


__all__ = ["copy_key", "iso", "same_report"]
