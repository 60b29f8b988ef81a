"""``extractor serve`` as a real process on 127.0.0.1: every endpoint, problem details, limits, metrics."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from service_server import ServiceProcess, wait_for_job
from tests_paths import REPO

from extractor.articles import read_article

pytestmark = pytest.mark.slow

ARTICLES = sorted((REPO / "evals" / "articles").glob("*.txt"))
SEED = "004_b350b929a5cbc7af"  # published 2017-01-24


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceProcess]:
    folder = tmp_path_factory.mktemp("service")
    with ServiceProcess(folder, "--max-body", "65536", "--rate", "500", "--burst", "500") as proc:
        yield proc


@pytest.fixture
def client(server: ServiceProcess) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=60) as http:
        yield http


def _article_body(path: Path) -> dict[str, object]:
    article = read_article(path)
    return {
        "id": article.id,
        "text": article.text,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
    }


def _is_problem(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["title"]
    assert "Traceback" not in response.text
    return body


def test_extract_text_returns_grounded_records(client: httpx.Client) -> None:
    text = (REPO / "evals" / "articles" / f"{SEED}.txt").read_text(encoding="utf-8")
    response = client.post("/v1/extract", json={"text": text})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["strikes"], "the seed article reports strikes"
    body = read_article(REPO / "evals" / "articles" / f"{SEED}.txt").text
    for strike in result["strikes"]:
        for ev in strike["evidence"]:
            span = ev["char_interval"]
            assert body[span["start"] : span["end"]] == ev["quote"]
    assert result["metadata"]["identity"]["engine"] == "offline"


def test_extract_article_with_metadata_uses_it(client: httpx.Client) -> None:
    body = _article_body(ARTICLES[0]) | {"id": "given-id", "outlet": "Given Outlet"}
    result = client.post("/v1/extract", json=body).json()
    assert result["article_id"] == "given-id"


def test_second_extract_comes_from_the_cache_and_metrics_count_it(client: httpx.Client) -> None:
    body = {"text": "Jets struck a depot near Idlib on Monday, the observatory said.", "id": "cache-probe"}
    first = client.post("/v1/extract", json=body).json()
    second = client.post("/v1/extract", json=body).json()
    assert first["metadata"]["cache_hit"] is False and second["metadata"]["cache_hit"] is True
    metrics = client.get("/metrics")
    assert metrics.status_code == 200 and metrics.headers["content-type"].startswith("text/plain")
    text = metrics.text
    assert 'extractor_extractions_total{cache="hit",engine="offline"}' in text
    assert 'extractor_http_requests_total{method="POST",route="/v1/extract",status="200"}' in text
    assert "extractor_http_request_duration_seconds_bucket" in text
    assert "extractor_llm_tokens_total" in text and "extractor_llm_retries_total" in text


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"text": ""}, "text"),
        ({"text": "a\x00b"}, "binary"),
        ({"text": "x", "published": 0}, "published"),
        ({"text": "x", "colour": "red"}, "colour"),
        ({"text": "x", "id": "../etc/passwd"}, "id"),
    ],
)
def test_bad_extract_input_is_a_problem_detail(client: httpx.Client, body: dict, where: str) -> None:
    problem = _is_problem(client.post("/v1/extract", json=body), 422)
    assert where in problem["detail"]


def test_malformed_json_is_a_problem_detail(client: httpx.Client) -> None:
    response = client.post("/v1/extract", content=b"{not json", headers={"content-type": "application/json"})
    _is_problem(response, 422 if response.status_code == 422 else 400)


def test_unknown_route_and_method_are_problem_details(client: httpx.Client) -> None:
    _is_problem(client.get("/v2/nothing"), 404)
    response = client.delete("/v1/extract")
    _is_problem(response, 405)
    assert "POST" in response.headers["allow"]


def test_body_over_the_limit_is_413(client: httpx.Client) -> None:
    problem = _is_problem(client.post("/v1/extract", json={"text": "word " * 20_000}), 413)
    assert "65536" in problem["detail"]


def test_ingest_batch_then_job_article_and_briefing(client: httpx.Client) -> None:
    response = client.post("/v1/ingest", json={"articles": [_article_body(p) for p in ARTICLES]})
    assert response.status_code == 202, response.text
    job = response.json()
    assert response.headers["location"] == f"/v1/jobs/{job['id']}"
    assert job["total"] == len(ARTICLES)
    job = wait_for_job(client, job["id"])
    assert (job["done"], job["failed"], job["pending"]) == (len(ARTICLES), 0, 0)

    view = client.get(f"/v1/articles/{SEED}").json()
    assert view["article"]["id"] == SEED and view["article"]["published"] == "2017-01-24"
    assert view["extractions"] and view["extractions"][-1]["strikes"]
    text = view["article"]["text"]
    for strike in view["extractions"][-1]["strikes"]:
        for ev in strike["evidence"]:
            assert text[ev["char_interval"]["start"] : ev["char_interval"]["end"]] == ev["quote"]

    briefing = client.get("/v1/briefings/2017-01-24")
    assert briefing.headers["content-type"] == "application/json"
    data = briefing.json()
    assert data["since"] == data["until"] == "2017-01-24" and data["counts"]["events"] >= 1
    assert SEED in {a["article_id"] for a in data["articles"]}

    markdown = client.get("/v1/briefings/2017-01-24.md")
    assert markdown.headers["content-type"].startswith("text/markdown") and markdown.text.startswith("# ")
    html = client.get("/v1/briefings/2017-01-24", headers={"Accept": "text/html"})
    assert html.headers["content-type"].startswith("text/html") and "<html" in html.text
    assert "script-src" not in html.headers["content-security-policy"]
    md_by_accept = client.get("/v1/briefings/2017-01-24", headers={"Accept": "text/markdown, text/html;q=0.5"})
    generated = re.compile(r"_Generated [^_]*\._")  # the footer's minute may differ between the two renders
    assert generated.search(markdown.text), "the footer pattern must match, or this comparison proves nothing"
    assert generated.sub("", md_by_accept.text) == generated.sub("", markdown.text)

    period = client.get("/v1/briefings", params={"since": "2017-01-01", "until": "2017-02-28"}).json()
    assert period["counts"]["articles"] >= 2


def test_single_article_ingest_and_resubmission_skip(client: httpx.Client) -> None:
    body = _article_body(ARTICLES[1])
    first = wait_for_job(client, client.post("/v1/ingest", json=body).json()["id"])
    again = wait_for_job(client, client.post("/v1/ingest", json=body).json()["id"])
    assert first["done"] == again["done"] == 1
    view = client.get(f"/v1/articles/{body['id']}").json()
    assert len(view["extractions"]) == 1, "the same article and engine are stored once"


def test_job_failures_are_listed(client: httpx.Client) -> None:
    response = client.post("/v1/ingest", json={"articles": [{"text": "fine text about nothing"}, {"text": "<p></p>"}]})
    problem = _is_problem(response, 422)
    assert "articles[1]" in problem["detail"]


def test_briefing_errors(client: httpx.Client) -> None:
    _is_problem(client.get("/v1/briefings/2017-02-30"), 400)
    _is_problem(client.get("/v1/briefings/yesterday"), 422)
    _is_problem(client.get("/v1/briefings", params={"since": "2017-02-01", "until": "2017-01-01"}), 400)
    _is_problem(client.get("/v1/briefings", params={"since": "2000-01-01", "until": "2017-01-01"}), 400)
    _is_problem(client.get("/v1/briefings/2017-01-24", headers={"Accept": "image/png"}), 406)


def test_missing_things_are_404(client: httpx.Client) -> None:
    _is_problem(client.get("/v1/articles/no-such-article"), 404)
    _is_problem(client.get("/v1/jobs/" + "0" * 32), 404)
    _is_problem(client.get("/v1/jobs/not-a-job-id"), 422)


def test_health_and_readiness(client: httpx.Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready" and ready["engine"] == "offline"


def test_cors_is_off_by_default(client: httpx.Client) -> None:
    preflight = client.options(
        "/v1/extract",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert "access-control-allow-origin" not in preflight.headers
    simple = client.get("/healthz", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


def test_no_traceback_in_any_response_so_far(server: ServiceProcess) -> None:
    """Tracebacks may go to the server log, never to a client; nothing here should even log one."""
    assert "Traceback" not in server.output()


def test_rate_limit_answers_429_with_retry_after(tmp_path: Path) -> None:
    with ServiceProcess(tmp_path, "--rate", "1", "--burst", "3") as proc, httpx.Client(base_url=proc.base_url) as http:
        statuses = [http.get("/v1/jobs/" + "0" * 32).status_code for _ in range(6)]
        assert statuses[:3] == [404, 404, 404]
        assert 429 in statuses[3:]
        limited = http.get("/v1/jobs/" + "0" * 32)
        problem = _is_problem(limited, 429)
        assert int(limited.headers["retry-after"]) >= 1 and "retry" in problem["detail"]
        assert http.get("/healthz").status_code == 200, "health probes are not rate-limited"


def test_openapi_is_served_and_matches_the_committed_file(client: httpx.Client) -> None:
    committed = json.loads((REPO / "schemas" / "openapi.json").read_text(encoding="utf-8"))
    assert client.get("/openapi.json").json() == committed
