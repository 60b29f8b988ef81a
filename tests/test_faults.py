"""LLM faults against a real local HTTP server: bounded retries, clear errors, counted attempts, nothing cached.

The fault server's answers are hand-written JSON to exercise error handling; they say nothing about
model quality.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from tests_paths import REPO

from extractor import extract, extract_many
from extractor.api import as_article
from extractor.cache import ExtractionCache
from extractor.config import Settings
from extractor.errors import ResponseError, TransportError
from extractor.grounding import span_is_verified
from extractor.testing.fault_server import (
    FaultServer,
    Reply,
    article_text,
    delay,
    drop,
    first_sentence_findings,
    malformed,
    ok,
    rate_limited,
    refusal,
    refused_base_url,
    schema_invalid,
    server_error,
    timeout,
    truncated,
    unavailable,
    ungrounded,
)

TEXT = (
    "Iraqi jets struck Islamic State positions near Mosul on Monday, killing 12 militants. "
    "The Joint Operations Command said the raid destroyed a weapons depot."
)
ARTICLE = as_article(TEXT)
GOOD = {
    "strikes": [
        {
            "attackers": ["Iraqi Air Force"],
            "location": {"place": "Mosul", "country": "Iraq"},
            "casualties": [
                {
                    "kind": "killed",
                    "group": "militants",
                    "min": 12,
                    "max": 12,
                    "evidence": [{"quote": "killing 12 militants"}],
                }
            ],
            "evidence": [{"quote": "Iraqi jets struck Islamic State positions near Mosul on Monday"}],
        }
    ],
    "claims": [],
    "summary": "Iraqi jets struck near Mosul.",
}


def settings(server_url: str, tmp_path: Path, **overrides: Any) -> Settings:
    """Small budgets so every fault test runs in about a second."""
    base = dict(
        engine="llm",
        base_url=server_url,
        model="fault-model",
        cache_dir=tmp_path / "cache",
        timeout_s=1.0,
        max_transport_attempts=3,
        max_validation_attempts=2,
        deadline_s=20.0,
    )
    return Settings(**{**base, **overrides})


def cache_entries(tmp_path: Path) -> int:
    cache = ExtractionCache(tmp_path / "cache")
    try:
        return cache.stats()["entries"]
    finally:
        cache.close()


TRANSIENT = {
    "timeout": ([timeout(10)], "request timed out"),
    "dropped connection": ([drop()], "connection failed"),
    "429": ([rate_limited(retry_after=0.1)], "HTTP 429 Too Many Requests"),
    "500": ([server_error(500)], "HTTP 500 Internal Server Error"),
    "503": ([unavailable()], "HTTP 503 Service Unavailable"),
}


@pytest.mark.parametrize("fault", list(TRANSIENT))
def test_transient_fault_is_retried_up_to_the_cap_then_fails_naming_the_article(fault: str, tmp_path: Path) -> None:
    script, message = TRANSIENT[fault]
    with FaultServer(script) as server:
        cfg = settings(server.base_url, tmp_path, timeout_s=0.3)
        with pytest.raises(TransportError) as info:
            extract(ARTICLE, settings=cfg)
        assert server.count_after(3) == 3
    err = info.value
    assert str(err).startswith(f"article {ARTICLE.id}: endpoint failed after 3 attempt(s): {message}")
    assert "\n" not in str(err)
    assert err.attempts == 3 and err.usage.total_tokens == 0
    assert [f.kind for f in err.failures] == ["transport"] * 3
    assert cache_entries(tmp_path) == 0


def test_connection_refused_is_retried_then_fails(tmp_path: Path) -> None:
    with refused_base_url() as url, pytest.raises(TransportError, match=r"Connection refused") as info:
        extract(ARTICLE, settings=settings(url, tmp_path))
    assert info.value.attempts == 3 and len(info.value.failures) == 3
    assert cache_entries(tmp_path) == 0


INVALID = {
    "truncated": (truncated(GOOD), ResponseError, 1, "output truncated at the max_tokens limit"),
    "malformed JSON": (
        malformed(),
        ResponseError,
        2,
        "invalid model output after 2 attempt(s): invalid output: GroundedFindings: Invalid JSON",
    ),
    "schema-invalid JSON": (schema_invalid(), ResponseError, 2, "strikes.0.attackers: Input should be a valid"),
    "refusal": (refusal(), ResponseError, 2, "the model replied in plain text without calling the tool"),
    "HTTP 400": (server_error(400), TransportError, 1, "endpoint refused the request: HTTP 400 Bad Request"),
}


@pytest.mark.parametrize("fault", list(INVALID))
def test_invalid_output_is_reasked_up_to_the_cap_with_tokens_counted_and_nothing_cached(
    fault: str, tmp_path: Path
) -> None:
    reply, error, attempts, message = INVALID[fault]
    with FaultServer([reply]) as server:
        with pytest.raises(error) as info:
            extract(ARTICLE, settings=settings(server.base_url, tmp_path))
        assert server.count == attempts
        reported = server.tokens_reported
    err = info.value
    assert str(err).startswith(f"article {ARTICLE.id}: ") and message in str(err) and "\n" not in str(err)
    assert err.attempts == attempts
    assert err.usage.total_tokens == reported  # tokens spent on failed answers are still reported
    assert cache_entries(tmp_path) == 0


def test_reask_feeds_the_validation_error_back_to_the_model(tmp_path: Path) -> None:
    with FaultServer([schema_invalid(), ok(GOOD)]) as server:
        result = extract(ARTICLE, settings=settings(server.base_url, tmp_path))
        second = server.requests[1]
    assert result.metadata.attempts == 2 and len(result.strikes) == 1
    assert "Validation Error found" in json.dumps(second["messages"][-1])
    assert len(second["messages"]) > len(server.requests[0]["messages"])


def test_quotes_not_in_the_article_are_reasked_then_dropped_and_counted(tmp_path: Path) -> None:
    with FaultServer([ungrounded()]) as server:
        result = extract(ARTICLE, settings=settings(server.base_url, tmp_path))
        assert server.count == 2
        assert "not in the article text" in json.dumps(server.requests[1]["messages"])
        assert result.metadata.usage.total_tokens == server.tokens_reported
    assert result.strikes == [] and result.metadata.dropped_ungrounded == 1
    assert result.metadata.attempts == 2
    assert "500" not in result.model_dump_json(exclude={"metadata"})


def test_a_mix_of_grounded_and_invented_items_keeps_only_the_grounded(tmp_path: Path) -> None:
    mixed = {
        **GOOD,
        "claims": [
            {
                "claimant": "Ministry",
                "stance": "asserts",
                "statement": "500 died",
                "evidence": [{"quote": "500 people died in the raid"}],
            }
        ],
    }
    with FaultServer([ok(mixed)]) as server:
        result = extract(ARTICLE, settings=settings(server.base_url, tmp_path))
    assert len(result.strikes) == 1 and result.claims == [] and result.metadata.dropped_ungrounded == 1
    spans = result.strikes[0].evidence + result.strikes[0].casualties[0].evidence
    assert spans and all(span_is_verified(TEXT, e) for e in spans)


RECOVERIES = {
    "500 then ok": [server_error(500), ok(GOOD)],
    "dropped then ok": [drop(), ok(GOOD)],
    "503 then ok": [unavailable(), ok(GOOD)],
    "timeout then ok": [timeout(5), ok(GOOD)],
    "malformed then ok": [malformed(), ok(GOOD)],
    "ungrounded then ok": [ungrounded(), ok(GOOD)],
}


@pytest.mark.parametrize("fault", list(RECOVERIES))
def test_a_good_answer_after_a_fault_succeeds_with_attempts_counted_and_is_cached(fault: str, tmp_path: Path) -> None:
    with FaultServer(RECOVERIES[fault]) as server:
        cfg = settings(server.base_url, tmp_path, timeout_s=0.5)
        result = extract(ARTICLE, settings=cfg)
        assert result.metadata.attempts == 2 == server.count
        assert result.metadata.dropped_ungrounded == 0  # nothing was dropped from the answer kept
        assert result.metadata.usage.total_tokens == server.tokens_reported > 0
        assert len(result.strikes) == 1 and all(span_is_verified(TEXT, e) for e in result.strikes[0].evidence)
        again = extract(ARTICLE, settings=cfg)
        assert again.metadata.cache_hit and server.count == 2
    assert cache_entries(tmp_path) == 1


def test_retry_after_is_honoured(tmp_path: Path) -> None:
    with FaultServer([rate_limited(retry_after=1.2), rate_limited(retry_after=0.4), ok(GOOD)]) as server:
        result = extract(ARTICLE, settings=settings(server.base_url, tmp_path))
        first, second, third = server.arrivals
    assert result.metadata.attempts == 3
    assert 1.2 <= second - first < 1.2 + 0.5
    assert 0.4 <= third - second < 0.4 + 0.5


def test_retry_after_beyond_the_deadline_fails_at_once_instead_of_sleeping(tmp_path: Path) -> None:
    with FaultServer([rate_limited(retry_after=30)]) as server:
        started = time.monotonic()
        with pytest.raises(TransportError, match=r"deadline of 3s reached.*HTTP 429") as info:
            extract(ARTICLE, settings=settings(server.base_url, tmp_path, deadline_s=3, max_transport_attempts=10))
        assert time.monotonic() - started < 2.5
        assert server.count == 1
    assert info.value.attempts == 1


def test_the_deadline_bounds_an_article_however_many_attempts_are_allowed(tmp_path: Path) -> None:
    with FaultServer([ok(GOOD), timeout(30)]) as server:
        cfg = settings(server.base_url, tmp_path, timeout_s=10, deadline_s=1.5, max_transport_attempts=50)
        extract(TEXT + " Warm-up.", settings=cfg)  # the first answer is good: the client is now loaded
        started = time.monotonic()
        with pytest.raises(TransportError, match="deadline of 1.5s reached") as info:
            extract(ARTICLE, settings=cfg)
        elapsed = time.monotonic() - started
    assert 1.5 <= elapsed < 1.5 + 0.5  # no request outlives the deadline, whatever timeout_s says
    assert info.value.attempts == 1 and server.count == 2


def test_the_fault_server_serves_requests_concurrently(tmp_path: Path) -> None:
    articles = [f"Jets struck village number {i} on Monday." for i in range(8)]
    with FaultServer(lambda request: delay(0.6, ok(first_sentence_findings(request)))) as server:
        cfg = settings(server.base_url, tmp_path)
        extract(articles[0], settings=cfg)  # warm the client
        started = time.monotonic()
        batch = extract_many(articles[1:], concurrency=7, settings=cfg)
        elapsed = time.monotonic() - started
    assert batch.ok and len(batch.results) == 7
    assert elapsed < 0.6 * 3  # seven 0.6 s answers in flight at once, not one after another


def test_models_endpoint_and_request_records(tmp_path: Path) -> None:
    import urllib.request

    with FaultServer(ok(GOOD)) as server:
        with urllib.request.urlopen(server.base_url + "/models", timeout=5) as response:
            listed = json.load(response)
        extract(ARTICLE, settings=settings(server.base_url, tmp_path))
        assert listed["data"][0]["id"] == "fault-model"
        # the engine lists the endpoint's models once, to record which model answered
        assert server.paths == ["GET /v1/models", "POST /v1/chat/completions", "GET /v1/models"]
        assert article_text(server.requests[0]) == TEXT


def _by_article(request: dict[str, Any]) -> Reply:
    text = article_text(request)
    if "ALWAYS-500" in text:
        return server_error(500)
    if "ALWAYS-GARBAGE" in text:
        return malformed()
    return ok(first_sentence_findings(request))


@pytest.mark.slow
def test_cli_lists_each_failed_article_at_the_end_and_exits_1(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Jets struck a depot near Raqqa on Sunday.", encoding="utf-8")
    (folder / "flaky.txt").write_text("Jets struck ALWAYS-500 a bridge on Monday.", encoding="utf-8")
    (folder / "garbage.txt").write_text("Jets struck ALWAYS-GARBAGE a road on Friday.", encoding="utf-8")
    with FaultServer(_by_article) as server:
        env = {**os.environ, "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")}
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "extractor",
                "extract",
                str(folder),
                "--engine",
                "llm",
                "--base-url",
                server.base_url,
                "--model",
                "fault-model",
                "-f",
                "jsonl",
            ],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines[-3] == "2 failed:"
    assert sorted(lines[-2:]) == sorted(
        [
            "  ✗ article flaky: endpoint failed after 4 attempt(s): HTTP 500 Internal Server Error: "
            "fault server: HTTP 500 (attempts: 4, tokens: 0)",
            next(line for line in lines if "article garbage:" in line),
        ]
    )
    assert "invalid model output after 3 attempt(s)" in next(line for line in lines if "article garbage:" in line)
    assert [json.loads(line)["article_id"] for line in proc.stdout.splitlines()] == ["good"]
