"""Real articles about other things (../shared/corpus/negatives, 400): at most 4 may get a strike record."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor import extract_many
from extractor.articles import read_article
from extractor.config import Settings

NEGATIVES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "negatives"
MAX_WITH_STRIKES = 4


@pytest.mark.slow
def test_at_most_four_negative_articles_get_a_strike_record() -> None:
    paths = sorted(NEGATIVES.glob("*.txt"))
    assert len(paths) == 400, f"expected the 400 negative articles in {NEGATIVES}"
    batch = extract_many([read_article(p) for p in paths], settings=Settings(engine="offline", use_cache=False))
    assert not batch.failures
    with_strikes = sorted(r.article_id for r in batch.results if r.strikes)
    assert len(with_strikes) <= MAX_WITH_STRIKES, with_strikes
