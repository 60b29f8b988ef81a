"""The exported JSON Schema files in schemas/ match the models (a drift test)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from tests_paths import REPO

from extractor.cli.schema_commands import schema_files
from extractor.schemas import ArticleFindings, Casualty, CharInterval, Evidence, StrikeReport, schema_hash


def test_schema_files_match_the_models() -> None:
    expected = schema_files()
    folder = REPO / "schemas"
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.schema.json")}
    assert set(on_disk) == set(expected), "run `extractor schema export` to refresh schemas/"
    for name, text in expected.items():
        assert on_disk[name] == text, f"{name} drifted from the models: run `extractor schema export`"


def test_unknown_fields_are_rejected() -> None:
    with pytest.raises(ValidationError):
        StrikeReport.model_validate({"attackers": ["X"], "attacker_count": 2})


@pytest.mark.parametrize(("start", "end"), [(5, 5), (7, 3), (0, 0)])
def test_an_empty_or_reversed_interval_is_rejected(start: int, end: int) -> None:
    with pytest.raises(ValidationError, match="greater than start"):
        CharInterval(start=start, end=end)
    with pytest.raises(ValidationError):
        Evidence.model_validate({"quote": "x", "char_interval": {"start": start, "end": end}})
    assert CharInterval(start=start, end=start + 1).end == start + 1


def test_negative_casualties_are_rejected() -> None:
    with pytest.raises(ValidationError):
        Casualty(kind="killed", min=-1)


def test_schema_hash_changes_with_the_schema() -> None:
    class Wider(ArticleFindings):
        extra_field: int = 0

    assert schema_hash(ArticleFindings) != schema_hash(Wider)
