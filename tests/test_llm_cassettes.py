"""Replays of real llama.cpp (Gemma 3 270M) exchanges recorded with pytest-recording.

Record again with ``python -m pytest tests/test_llm_cassettes.py --record-mode=rewrite``: the
``cassette_base_url`` fixture then starts a real server on the recorded port.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from tests_paths import REPO

from extractor import Settings, extract
from extractor.articles import read_article
from extractor.grounding import span_is_verified

ARTICLES = REPO / "evals" / "articles"


@pytest.mark.vcr
@pytest.mark.parametrize(("mode", "seed"), [("tools", "003_9cc2b0cbab66e857"), ("tools", "001_4415508b37b0829d")])
def test_recorded_extraction_replays_with_counted_attempts_and_usage(
    mode: str, seed: str, cassette_base_url: str, tmp_path: Path, vcr: Any
) -> None:
    article = read_article(ARTICLES / f"{seed}.txt")
    settings = Settings.from_env(
        engine="llm",
        base_url=cassette_base_url,
        model="gemma-3-270m",
        mode=mode,
        max_tokens=768,
        cache_dir=tmp_path / "cache",
    )
    result = extract(article, settings=settings)
    assert vcr.play_count == len(vcr.requests) or vcr.record_mode != "none"
    assert result.metadata.attempts == len(vcr.requests) >= 1
    recorded_tokens = sum(json.loads(r["body"]["string"])["usage"]["total_tokens"] for r in vcr.responses)
    assert result.metadata.usage.total_tokens == recorded_tokens > 0
    assert all(span_is_verified(article.text, e) for e in result.evidence())
    for sent in vcr.requests:
        body = json.loads(sent.body)
        assert body["model"] == "gemma-3-270m"
        assert ("tools" in body) == (mode == "tools")
        assert "authorization" not in {k.lower() for k in sent.headers}
