"""Gold files: hand-labelled strikes and claims of one article, as data (``<article-id>.yaml``).

A gold file names its fields and gives every evidence item as a verbatim quote of the article; the
loader grounds each quote in the article text and computes its offsets, so a gold file never
carries hand-computed offsets and a quote that is not in the text is an error naming the file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import Field, ValidationError

from extractor.errors import ExtractorError, first_validation_error
from extractor.grounding import ground_quote
from extractor.schemas import Claim, Record, StrikeReport

GOLD_SUFFIXES = (".yaml", ".yml", ".json")
"""File endings read as gold files."""


class GoldError(ExtractorError):
    """A gold file cannot be used: not valid YAML/JSON, not a valid record, or a quote not in its article."""


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


def read_gold_data(path: Path) -> dict[str, Any]:
    """The raw mapping of one gold file (YAML or JSON); its article id defaults to the file stem."""
    try:
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw) if path.suffix == ".json" else yaml.safe_load(raw)
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise GoldError(f"{path}: cannot read gold file: {reason}") from None
    if not isinstance(data, dict):
        raise GoldError(f"{path}: a gold file is a mapping with article_id, strikes, claims")
    data.setdefault("article_id", path.stem)
    return data


def _grounded(items: Any, text: str | None, where: str) -> list[dict[str, Any]]:
    """Evidence items (a quote string, or a mapping with ``quote``) with offsets found in ``text``.

    With no text (the article could not be read) the quotes are kept without offsets.
    """
    out: list[dict[str, Any]] = []
    for item in items or []:
        quote = item.get("quote") if isinstance(item, dict) else item
        if not isinstance(quote, str) or not quote.strip():
            raise GoldError(f"{where}: an evidence item must be a non-empty quote")
        if text is None:
            out.append({"quote": quote})
            continue
        span = ground_quote(text, quote)
        if span is None:
            raise GoldError(f"{where}: quote not in the article: {quote[:80]!r}")
        out.append({"quote": text[span.start : span.end], "char_interval": span.model_dump()})
    return out


def ground_gold(data: Mapping[str, Any], text: str | None, source: str) -> GoldArticle:
    """Validate one gold mapping and ground every evidence quote in the article ``text``."""
    data = dict(data)
    strikes = []
    for i, strike in enumerate(data.get("strikes") or []):
        strike = dict(strike)
        strike["evidence"] = _grounded(strike.get("evidence"), text, f"{source}: strike {i + 1}")
        casualties = []
        for j, casualty in enumerate(strike.get("casualties") or []):
            casualty = dict(casualty)
            casualty["evidence"] = _grounded(
                casualty.get("evidence"), text, f"{source}: strike {i + 1} casualty {j + 1}"
            )
            casualties.append(casualty)
        strike["casualties"] = casualties
        strikes.append(strike)
    claims = []
    for k, claim in enumerate(data.get("claims") or []):
        claim = dict(claim)
        claim["evidence"] = _grounded(claim.get("evidence"), text, f"{source}: claim {k + 1}")
        claims.append(claim)
    data["strikes"], data["claims"] = strikes, claims
    try:
        return GoldArticle.model_validate(data)
    except ValidationError as exc:
        raise GoldError(f"{source}: invalid gold file: {first_validation_error(exc)}") from None


def gold_paths(directory: Path) -> list[Path]:
    """The gold files of a folder, sorted."""
    return sorted(p for p in directory.iterdir() if p.suffix in GOLD_SUFFIXES and p.is_file())


def load_gold(directory: str | Path, texts: Mapping[str, str | None]) -> dict[str, GoldArticle]:
    """Every gold file in a folder, grounded in ``texts`` (article id -> article text), keyed by article id."""
    folder = Path(directory)
    if not folder.is_dir():
        raise GoldError(f"{folder}: gold folder not found")
    out: dict[str, GoldArticle] = {}
    for path in gold_paths(folder):
        data = read_gold_data(path)
        article_id = str(data["article_id"])
        if article_id in out:
            raise GoldError(f"{path}: article id {article_id!r} is labelled twice")
        if article_id not in texts:
            raise GoldError(f"{path}: no article {article_id!r} to ground its quotes in")
        out[article_id] = ground_gold(data, texts[article_id], str(path))
    if not out:
        raise GoldError(f"{folder}: no gold files (*.yaml) in this folder")
    return out


def gold_to_data(gold: GoldArticle) -> dict[str, Any]:
    """A gold record as the data a gold file holds: quotes without offsets, empty fields left out."""
    data = gold.model_dump(mode="json", exclude_none=False)

    def quotes(evidence: list[dict[str, Any]]) -> list[str]:
        return [ev["quote"] for ev in evidence]

    for strike in data["strikes"]:
        strike["evidence"] = quotes(strike["evidence"])
        for casualty in strike["casualties"]:
            casualty["evidence"] = quotes(casualty["evidence"])
    for claim in data["claims"]:
        claim["evidence"] = quotes(claim["evidence"])
    return data
