"""Gold files: hand-labelled strikes and claims of one article (``evals/gold/<article-id>.json``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field

from extractor.schemas import Claim, Record, StrikeReport


class GoldArticle(Record):
    """What a careful annotator, following ``evals/GUIDELINE.md``, labels in one article."""

    article_id: str = Field(description="Matches the article file stem in the articles folder.")
    strikes: list[StrikeReport] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    alternatives: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Acceptable variants of a labelled value (e.g. spellings of a town): value -> variants.",
    )
    notes: str | None = Field(default=None, description="Annotator's notes on hard calls.")


def load_gold(directory: str | Path) -> dict[str, GoldArticle]:
    """Every ``*.json`` gold file in a folder, keyed by article id."""
    out: dict[str, GoldArticle] = {}
    for path in sorted(Path(directory).glob("*.json")):
        gold = GoldArticle.model_validate_json(path.read_text(encoding="utf-8"))
        out[gold.article_id] = gold
    return out
