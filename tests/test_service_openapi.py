"""schemas/openapi.json is the app's OpenAPI document, generated from the same pydantic schemas (a drift test)."""

from __future__ import annotations

import json

from tests_paths import REPO

from extractor.cli.schema_commands import openapi_text
from extractor.service import openapi_document


def test_committed_openapi_matches_the_app() -> None:
    expected = openapi_text()
    assert expected is not None
    on_disk = (REPO / "schemas" / "openapi.json").read_text(encoding="utf-8")
    assert on_disk == expected, "schemas/openapi.json drifted from the app: run `extractor schema export`"


def test_openapi_uses_the_record_schemas_and_problem_details() -> None:
    document = openapi_document()
    schemas = document["components"]["schemas"]
    for name in ("ArticleExtraction", "Briefing", "Article", "Problem", "Job"):
        assert name in schemas
    extract = document["paths"]["/v1/extract"]["post"]
    assert extract["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/ArticleExtraction")
    assert "application/problem+json" in extract["responses"]["422"]["content"]
    assert json.dumps(schemas["StrikeReport"]["properties"]["evidence"])  # records come from extractor.schemas
    operations = {(path, method) for path, item in document["paths"].items() for method in item}
    assert operations == {
        ("/v1/extract", "post"),
        ("/v1/ingest", "post"),
        ("/v1/jobs/{job_id}", "get"),
        ("/v1/briefings/{day}", "get"),
        ("/v1/briefings", "get"),
        ("/v1/articles/{article_id}", "get"),
        ("/healthz", "get"),
        ("/readyz", "get"),
        ("/metrics", "get"),
    }
