"""The offline engine's rule cases (tests/rule_cases/*.yaml), one parametrised test: each case names its rule."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from extractor import extract
from extractor.config import Settings
from extractor.schemas import Article

CASES = [
    case
    for path in sorted((Path(__file__).parent / "rule_cases").glob("*.yaml"))
    for case in yaml.safe_load(path.read_text(encoding="utf-8"))
]


def _field(record: Any, name: str) -> Any:
    if name in ("place", "region", "country"):
        return getattr(record.location, name)
    if name == "killed":
        return [[c.group, c.min, c.max] for c in record.casualties if c.kind == "killed"]
    value = getattr(record, name)
    return value.isoformat() if isinstance(value, date) else value


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_rule_case(case: dict[str, Any]) -> None:
    paragraphs = case["text"].split("\n\n")  # two blank lines in a folded YAML block end a paragraph
    text = "\n\n".join(" ".join(p.split()) for p in paragraphs)
    article = Article(id="case", text=text, published=case["published"])
    result = extract(article, settings=Settings(engine="offline", use_cache=False))
    assert len(result.strikes) == case["strikes"], (case["rule"], [s.model_dump() for s in result.strikes])
    if "claims" in case:
        assert len(result.claims) == case["claims"], (case["rule"], [c.model_dump() for c in result.claims])
    made = [(c.claimant, c.stance) for c in result.claims]
    for expected_claim in case.get("claimed", []):
        wanted = (expected_claim["claimant"], expected_claim["stance"])
        assert wanted in made, (case["rule"], wanted, made)
        if "statement" in expected_claim:
            statements = [c.statement for c in result.claims if (c.claimant, c.stance) == wanted]
            assert expected_claim["statement"] in statements, (case["rule"], statements)
        if "claimant_org" in expected_claim:
            orgs = [c.claimant_org for c in result.claims if (c.claimant, c.stance) == wanted]
            assert expected_claim["claimant_org"] in orgs, (case["rule"], orgs)
    for claimant in case.get("unclaimed", []):
        assert claimant not in [c.claimant for c in result.claims], (case["rule"], claimant, made)
    for which, index in (("first", 0), ("last", -1)):
        for name, expected in case.get(which, {}).items():
            expected = expected.isoformat() if isinstance(expected, date) else expected
            assert _field(result.strikes[index], name) == expected, (case["rule"], which, name)
