"""Result identity: every result knows exactly what produced it, and a change to any of it misses the cache."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests_paths import REPO

from extractor.config import Settings
from extractor.engines import get_engine
from extractor.provenance import module_closure
from extractor.schemas import ArticleExtraction, EngineIdentity, RunMetadata

IDENTITY = EngineIdentity(
    engine="llm",
    model="m",
    endpoint="http://127.0.0.1:1/v1",
    prompt_id="extract/v2",
    prompt_hash="p1",
    schema_hash="s1",
    data_hash="d1",
    code_hash="c1",
    params={"temperature": 0.0},
)

EXTRACT_TWICE = """
import json, sys
from extractor import extract
from extractor.config import Settings
settings = Settings(engine="offline", cache_dir=sys.argv[1])
result = extract("Russian warplanes struck Idlib on Sunday, killing 7 civilians.", settings=settings)
import extractor
print(json.dumps({"hit": result.metadata.cache_hit, "code_hash": result.metadata.identity.code_hash,
                  "package": extractor.__file__}))
"""


def test_every_part_of_the_identity_changes_its_key() -> None:
    changed = {
        "engine": "offline",
        "model": "m2",
        "endpoint": "http://h/v1",
        "prompt_id": "extract/v1",
        "prompt_hash": "p2",
        "schema_hash": "s2",
        "data_hash": "d2",
        "code_hash": "c2",
        "params": {"temperature": 0.5},
    }
    assert set(changed) == set(EngineIdentity.model_fields)
    for name, value in changed.items():
        other = IDENTITY.model_copy(update={name: value})
        assert other.key != IDENTITY.key, name
        assert IDENTITY.differences(other) == [name]
    assert IDENTITY.model_copy().key == IDENTITY.key


def test_schema_1_metadata_is_read_as_an_identity() -> None:
    old = {"engine": "llm", "model": "m", "prompt_id": "extract/v1", "prompt_hash": "p", "attempts": 2}
    meta = RunMetadata.model_validate(old)
    assert meta.identity == EngineIdentity(engine="llm", model="m", prompt_id="extract/v1", prompt_hash="p")
    assert (meta.engine, meta.model, meta.prompt_hash, meta.attempts) == ("llm", "m", "p", 2)
    assert "identity" in json.loads(meta.model_dump_json()) and "engine" not in json.loads(meta.model_dump_json())


def test_offline_code_hash_covers_its_package_and_the_modules_it_uses_only() -> None:
    files = {p.relative_to(REPO).as_posix() for p in module_closure("extractor.engines.offline")}
    engine_files = {p.relative_to(REPO).as_posix() for p in (REPO / "extractor/engines/offline").glob("*.py")}
    assert engine_files <= files
    assert {"extractor/lexicons.py", "extractor/gazetteer.py", "extractor/schemas.py"} <= files
    assert not files & {
        "extractor/api.py",
        "extractor/store.py",
        "extractor/engines/llm.py",
        "extractor/cli/__init__.py",
    }


def test_llm_code_hash_covers_the_resolver_and_the_structured_call_client() -> None:
    files = {p.relative_to(REPO).as_posix() for p in module_closure("extractor.engines.llm")}
    assert {
        "extractor/engines/llm.py",
        "extractor/resolver.py",
        "extractor/structured.py",
        "extractor/gazetteer.py",
        "extractor/chunking.py",
        "extractor/prompts.py",
    } <= files
    assert not any(f.startswith("extractor/engines/offline/") for f in files)


def test_every_result_carries_the_full_identity_of_its_engine(tmp_path: Path) -> None:
    settings = Settings(engine="llm", base_url="http://127.0.0.1:9/v1", model="m", cache_dir=tmp_path)
    identity = get_engine(settings).identity()
    assert identity.prompt_hash and identity.schema_hash and identity.data_hash and identity.code_hash
    assert identity.params["chunk_overlap"] == settings.chunk_overlap


def _extract_in(package_root: Path, cache: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    proc = subprocess.run(
        [sys.executable, "-c", EXTRACT_TWICE, str(cache)],
        cwd=package_root,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


@pytest.mark.slow
def test_changing_one_rule_source_file_and_nothing_else_misses_the_cache(tmp_path: Path) -> None:
    copy = tmp_path / "pkg"
    shutil.copytree(REPO / "extractor", copy / "extractor", ignore=shutil.ignore_patterns("__pycache__"))
    cache = tmp_path / "cache"
    first = _extract_in(copy, cache)
    assert Path(str(first["package"])).is_relative_to(copy)
    again = _extract_in(copy, cache)
    assert (first["hit"], again["hit"]) == (False, True)

    unrelated = copy / "extractor" / "cli" / "cache_commands.py"
    unrelated.write_text(unrelated.read_text(encoding="utf-8") + "\n# not engine code\n", encoding="utf-8")
    assert _extract_in(copy, cache)["hit"] is True

    rule = copy / "extractor" / "engines" / "offline" / "rules.py"
    rule.write_text(rule.read_text(encoding="utf-8") + "\nRULES_EDITED = True\n", encoding="utf-8")
    changed = _extract_in(copy, cache)
    assert changed["hit"] is False and changed["code_hash"] != first["code_hash"]
    assert _extract_in(copy, cache)["hit"] is True


def test_an_extraction_round_trips_with_its_identity() -> None:
    result = ArticleExtraction(article_id="a", metadata=RunMetadata(identity=IDENTITY))
    assert ArticleExtraction.model_validate_json(result.model_dump_json()).metadata.identity == IDENTITY
