"""The LLM path end to end against a real llama.cpp server (Gemma 3 270M): mechanics, not quality."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests_paths import REPO

from extractor import ArticleExtraction, Settings, extract
from extractor.articles import read_article
from extractor.grounding import span_is_verified
from extractor.prompts import prompts_dir

pytestmark = pytest.mark.live
SEED = REPO / "evals" / "articles" / "003_9cc2b0cbab66e857.txt"


def test_extract_via_llama_server_is_grounded_counted_and_cached(llama_server: str, tmp_path: Path) -> None:
    article = read_article(SEED)
    settings = Settings.from_env(
        engine="llm", base_url=llama_server, model="gemma-3-270m", max_tokens=768, cache_dir=tmp_path / "cache"
    )
    first = extract(article, settings=settings)
    assert ArticleExtraction.model_validate_json(first.model_dump_json()) == first
    m = first.metadata
    assert (m.engine, m.model, m.prompt_id, m.cache_hit) == ("llm", "gemma-3-270m", "extract/v2", False)
    assert len(m.prompt_hash or "") == 16
    assert m.attempts >= 1
    assert m.usage.prompt_tokens > 500 and m.usage.completion_tokens > 0
    assert m.usage.total_tokens == m.usage.prompt_tokens + m.usage.completion_tokens
    assert all(span_is_verified(article.text, e) for e in first.evidence())

    second = extract(article, settings=settings)
    assert second.metadata.cache_hit
    assert second.metadata.latency_ms < 50
    assert second.model_dump(exclude={"metadata"}) == first.model_dump(exclude={"metadata"})

    changed = tmp_path / "v1-edited.md"
    changed.write_text((prompts_dir() / "extract" / "v1.md").read_text(encoding="utf-8") + "\nBe concise.\n")
    third = extract(article, settings=settings.with_overrides(prompt=str(changed)))
    assert not third.metadata.cache_hit
    assert third.metadata.prompt_hash != m.prompt_hash
