"""The import-linter contracts in pyproject.toml name every module of the package, so a new one is covered."""

from __future__ import annotations

import tomllib

from tests_paths import REPO

PACKAGE = REPO / "extractor"


def contracts() -> dict[str, dict]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return {c["name"]: c for c in config["tool"]["importlinter"]["contracts"]}


def top_level_modules() -> set[str]:
    """``extractor.<name>`` for every module file and subpackage directly in the package."""
    names = {p.stem for p in PACKAGE.glob("*.py") if p.stem not in ("__init__", "__main__")}
    names |= {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    return {f"extractor.{name}" for name in names}


def test_the_product_contract_lists_every_module_but_the_test_tools() -> None:
    contract = contracts()["The product never imports the test tools"]
    assert set(contract["source_modules"]) == top_level_modules() - {"extractor.testing"}
    assert contract["forbidden_modules"] == ["extractor.testing"]


def test_the_schemas_contract_forbids_every_other_module() -> None:
    contract = contracts()["The schemas import nothing of ours"]
    assert set(contract["forbidden_modules"]) == top_level_modules() - {"extractor.schemas"}


def test_the_store_and_cache_contract_forbids_the_engines() -> None:
    contract = contracts()["The store and the cache know no engine"]
    assert {"extractor.engines", "extractor.structured", "extractor.api"} <= set(contract["forbidden_modules"])
    assert set(contract["source_modules"]) == {"extractor.store", "extractor.cache"}
