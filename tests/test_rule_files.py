"""Rule and lexicon files are typed: each one validates against its model, and a misspelt section, an unknown key
or a value of the wrong type is an error naming the file and the key."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from extractor.data.rule_files import RULE_FILES, RuleFileError, validate_rule_file
from extractor.errors import ExtractorError
from extractor.lexicons import data_files


def _parsed(stem: str) -> tuple[dict, str]:
    path = next(p for p in data_files() if p.stem == stem)
    return tomllib.loads(path.read_text(encoding="utf-8")), str(path)


@pytest.mark.parametrize("path", data_files(), ids=lambda p: p.name)
def test_every_rule_file_has_a_model_and_satisfies_it(path: Path) -> None:
    assert path.stem in RULE_FILES, f"{path.name} has no model in extractor/data/rule_files.py"
    validate_rule_file(path.stem, tomllib.loads(path.read_text(encoding="utf-8")), str(path))


def test_a_misspelt_key_names_the_file_and_the_key() -> None:
    data, source = _parsed("claims")
    data["reporting"]["verbz"] = data["reporting"].pop("verbs")
    with pytest.raises(RuleFileError) as caught:
        validate_rule_file("claims", data, source)
    message = str(caught.value)
    assert "claims.toml" in message and "reporting.verbz" in message and "\n" not in message
    assert isinstance(caught.value, ExtractorError)


def test_a_misspelt_section_is_an_error() -> None:
    data, source = _parsed("strike_terms")
    data["gate"] = data.pop("gates")
    with pytest.raises(RuleFileError, match="strike_terms.toml: gate"):
        validate_rule_file("strike_terms", data, source)


def test_a_value_of_the_wrong_type_is_an_error() -> None:
    data, source = _parsed("dates")
    data["publication"]["search_chars"] = "many"
    with pytest.raises(RuleFileError, match=r"publication\.search_chars"):
        validate_rule_file("dates", data, source)
    data, source = _parsed("dates")
    data["relative"]["last week"] = ["fortnight", -1, "week"]
    with pytest.raises(RuleFileError, match="relative.last week"):
        validate_rule_file("dates", data, source)


def test_a_lexicon_entry_with_an_unknown_attribute_is_an_error() -> None:
    data, source = _parsed("forces")
    data["force"][0]["contry"] = "Russia"
    with pytest.raises(RuleFileError, match=r"forces.toml: force\.0\.contry"):
        validate_rule_file("forces", data, source)


def test_a_file_without_a_model_is_an_error() -> None:
    with pytest.raises(RuleFileError, match="no model"):
        validate_rule_file("new_table", {}, "lexicons/new_table.toml")
