"""The Python API as the README documents it: results carry their article, batches line up with
their inputs, dates are ISO or an error, a briefing never invents an empty store (issue 13)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests_paths import REPO

from extractor import ArticleError, ConfigError, brief, extract, extract_many
from extractor.store import StoreError
from extractor.testing.fault_server import FaultServer, first_sentence_findings, ok

SEED = REPO / "evals" / "articles" / "004_b350b929a5cbc7af.txt"


def _offsets_hold(result) -> int:  # noqa: ANN001 - an ArticleExtraction
    """Check every evidence span against the text the result carries; return how many were checked."""
    text = result.article.text
    checked = 0
    for item in [*result.strikes, *result.claims]:
        for ev in item.evidence:
            start, end = ev.char_interval.start, ev.char_interval.end
            assert text[start:end] == ev.quote
            checked += 1
    return checked


@pytest.mark.slow
def test_a_result_carries_the_article_its_offsets_index_for_a_file_with_header_lines() -> None:
    raw = SEED.read_text(encoding="utf-8")
    result = extract(raw, engine="offline", use_cache=False)
    assert result.article is not None and result.article.id == result.article_id
    assert result.article.text != raw and raw.endswith(result.article.text)  # the header is not indexed
    assert result.article.title and result.article.published == date(2017, 1, 24)
    assert result.article.field_sources["title"] == "header_lines"
    assert _offsets_hold(result) > 0


def test_a_cached_result_carries_its_article_too() -> None:
    raw = "---\ntitle: Raid\ndate: 2017-02-24\n---\n" + SEED.read_text(encoding="utf-8").split("\n\n", 1)[1]
    first = extract(raw, engine="offline")
    again = extract(raw, engine="offline")
    assert again.metadata.cache_hit and again.article == first.article
    assert again.article.field_sources["published"] == "front_matter"
    assert _offsets_hold(again) > 0


@pytest.mark.parametrize("value", ["2017-13-01", "yesterday"])
def test_a_published_argument_is_iso_or_an_error(value: str) -> None:
    with pytest.raises(ArticleError, match="YYYY-MM-DD"):
        extract("Jets struck a depot near Mosul.", published=value, engine="offline")


def test_extract_many_returns_one_result_per_input_in_input_order(tmp_path: Path) -> None:
    texts = ["Jets struck a depot.", "Jets struck a bridge.", "Jets struck a depot.", "   ", "Jets struck a depot."]
    with FaultServer(lambda request: ok(first_sentence_findings(request))) as server:
        batch = extract_many(texts, settings=server.settings(cache_dir=tmp_path / "cache"))
        assert server.count == 2  # duplicates are served from one extraction
    assert len(batch.outcomes) == len(texts)
    summaries = [getattr(o, "summary", None) for o in batch.outcomes]
    assert summaries == [
        "Jets struck a depot.",
        "Jets struck a bridge.",
        "Jets struck a depot.",
        None,
        "Jets struck a depot.",
    ]
    assert [f.error for f in batch.failures] == ["input #4: article text is empty"]
    assert [r.summary for r in batch.results] == [s for s in summaries if s]
    assert batch.skipped == []


def test_brief_refuses_a_store_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here yet"):
        brief("2017-01-24", store=str(tmp_path / "typo.db"))
    assert not (tmp_path / "typo.db").exists()


def test_llm_only_options_with_the_offline_engine_are_an_error() -> None:
    with pytest.raises(ConfigError, match="--prompt only apply to the LLM engine"):
        extract("Jets struck a depot.", engine="offline", prompt="extract/v2")


def test_the_model_that_answered_is_recorded_beside_the_requested_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An endpoint serving another model than the one asked for (EXTRACTOR_MODEL=qwen against a Gemma server)."""
    import extractor.testing.fault_server as fault_server
    from extractor.evaluation.suite import SuiteInputs, run_config

    answer = fault_server._completion

    def served_by_gemma(reply, request, model):  # noqa: ANN001, ANN202 - the server's own signature
        body, tokens = answer(reply, request, model)
        return {**body, "model": "gemma-3-270m"}, tokens

    monkeypatch.setattr(fault_server, "_completion", served_by_gemma)
    with FaultServer(lambda request: ok(first_sentence_findings(request)), model="gemma-3-270m") as server:
        cfg = server.settings(model="qwen2.5-7b-instruct", cache_dir=tmp_path / "cache")
        result = extract("Jets struck a depot near Mosul.", settings=cfg)
    assert (result.metadata.model, result.metadata.served_model) == ("qwen2.5-7b-instruct", "gemma-3-270m")
    inputs = SuiteInputs("custom", tmp_path, tmp_path, {}, {}, {})
    config = run_config(cfg, inputs, [result], root=tmp_path)
    assert (config.model, config.served_model) == ("qwen2.5-7b-instruct", "gemma-3-270m")


def test_a_one_model_server_that_echoes_the_requested_name_is_recorded_as_the_model_it_lists(tmp_path: Path) -> None:
    """llama.cpp's servers answer with whatever model name was asked for; /models says what is loaded."""
    with FaultServer(lambda request: ok(first_sentence_findings(request)), model="gemma-3-270m") as server:
        cfg = server.settings(model="qwen2.5-7b-instruct", cache_dir=tmp_path / "cache")
        result = extract("Jets struck a depot near Mosul.", settings=cfg)
    assert (result.metadata.model, result.metadata.served_model) == ("qwen2.5-7b-instruct", "gemma-3-270m")
