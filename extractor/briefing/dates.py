"""Flagging articles whose dates cannot be trusted as they stand.

Three cases: no publication date at all; a strike dated after the article was published
(beyond what the date's precision allows); a strike dated far from publication, which usually
means a relative date ("on Sunday") was resolved against the wrong day, or the article is a
retrospective that should not count as today's news.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from extractor.briefing.matching import date_interval
from extractor.schemas import ArticleExtraction, ArticleRef, DateFlag

FAR_FROM_PUBLICATION = timedelta(days=30)


def date_flags(
    articles: Iterable[tuple[ArticleRef, ArticleExtraction]], event_of: dict[str, list[str]]
) -> list[DateFlag]:
    """One flag per article and problem; ``event_of`` maps article ids to the events they feed."""
    flags: list[DateFlag] = []
    for ref, extraction in articles:
        events = ", ".join(event_of.get(ref.article_id, []))
        common: dict[str, Any] = {
            "article_id": ref.article_id,
            "outlet": ref.outlet,
            "title": ref.title,
            "published": ref.published,
        }
        if ref.published_source == "first_seen":
            detail = f"date unknown: first seen {ref.published}; no date in a header, the page or its URL"
            flags.append(DateFlag(**common, kind="date_unknown_first_seen", detail=detail))
            continue
        if ref.published is None:
            detail = "no publication date"
            detail += f"; placed only as an extra source of {events} (attackers and place match)" if events else ""
            flags.append(DateFlag(**common, kind="no_publication_date", detail=detail))
            continue
        after, far = None, None
        for strike in extraction.strikes:
            span = date_interval(strike.strike_date, strike.date_precision)
            if span is None or strike.strike_date is None:
                continue
            if span[0] > ref.published and (after is None or strike.strike_date > after):
                after = strike.strike_date
            distance = max(ref.published - span[1], span[0] - ref.published)
            if distance > FAR_FROM_PUBLICATION and (
                far is None or abs(strike.strike_date - ref.published) > abs(far - ref.published)
            ):
                far = strike.strike_date
        if after is not None:
            flags.append(
                DateFlag(
                    **common,
                    kind="strike_after_publication",
                    strike_date=after,
                    detail=f"strike dated {after.isoformat()}, after publication on {ref.published.isoformat()}",
                )
            )
        if far is not None:
            days = abs((far - ref.published).days)
            flags.append(
                DateFlag(
                    **common,
                    kind="far_from_publication",
                    strike_date=far,
                    detail=f"strike dated {far.isoformat()}, {days} days from publication on "
                    f"{ref.published.isoformat()}",
                )
            )
    return flags
