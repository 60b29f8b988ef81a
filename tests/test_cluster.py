"""Batches on a real Dask cluster on 127.0.0.1 (a scheduler and two worker processes): the same results as
the local path, the shared cache written by the workers, restarts that skip finished articles, one
store record per article under concurrent ingests, and ``extractor ingest --executor dask``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dask_cluster import DaskCluster
from tests_paths import REPO

from extractor import cluster as cluster_module
from extractor.api import extract_many
from extractor.config import Settings
from extractor.errors import ConfigError
from extractor.ingest import ingest
from extractor.schemas import Article
from extractor.store import Store

pytestmark = pytest.mark.slow
SEEDS = sorted((REPO / "evals" / "articles").glob("*.txt"))


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DaskCluster]:
    running = DaskCluster(tmp_path_factory.mktemp("dask"), workers=2).start()
    yield running
    running.stop()


def _articles(count: int) -> list[Article]:
    from extractor.articles import read_article

    seeds = [read_article(p) for p in SEEDS]
    return [
        seeds[n % len(seeds)].model_copy(
            update={"id": f"c{n:02d}", "text": seeds[n % len(seeds)].text + f"\n\nUpdate {n}: nothing new."}
        )
        for n in range(count)
    ]


def _records(result: object) -> str:
    data = json.loads(result.model_dump_json())  # type: ignore[attr-defined]
    data.pop("metadata")
    return json.dumps(data, sort_keys=True)


def test_dask_gives_the_local_results_and_fills_the_shared_cache(cluster: DaskCluster, tmp_path: Path) -> None:
    articles = _articles(10)
    local = extract_many(articles, settings=Settings(engine="offline", cache_dir=tmp_path / "local", use_cache=False))
    shared = Settings(engine="offline", cache_dir=tmp_path / "shared")
    remote = extract_many(articles, settings=shared, executor="dask", scheduler=cluster.address, concurrency=2)
    assert remote.ok and len(remote.results) == 10
    assert [r.article_id for r in remote.outcomes] == [a.id for a in articles], "results line up with the inputs"
    assert [_records(r) for r in remote.outcomes] == [_records(r) for r in local.outcomes]
    again = extract_many(articles, settings=shared)
    assert all(r.metadata.cache_hit for r in again.results), "the workers wrote the shared cache"


def test_jsonl_restart_skips_finished_articles(cluster: DaskCluster, tmp_path: Path) -> None:
    articles = _articles(8)
    out = tmp_path / "out.jsonl"
    cfg = Settings(engine="offline", cache_dir=tmp_path / "cache", use_cache=False)
    first = extract_many(articles[:5], settings=cfg, output=out, executor="dask", scheduler=cluster.address)
    assert len(first.results) == 5
    second = extract_many(articles, settings=cfg, output=out, executor="dask", scheduler=cluster.address)
    assert sorted(second.skipped) == [a.id for a in articles[:5]]
    assert len(second.results) == 3
    lines = out.read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(line)["article_id"] for line in lines) == [a.id for a in articles]


def test_concurrent_ingests_store_each_article_once(cluster: DaskCluster, tmp_path: Path) -> None:
    """Two ``extractor ingest`` processes on one cluster and one store, with overlapping articles."""
    folders = [tmp_path / "first", tmp_path / "second"]
    for folder, part in zip(folders, (_articles(12)[:8], _articles(12)[4:]), strict=True):
        folder.mkdir()
        for article in part:
            (folder / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    db = tmp_path / "store.db"
    env = {**os.environ, "PYTHONPATH": str(REPO), "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "extractor", "ingest", str(folder), "--db", str(db), "--engine", "offline"]
            + ["--executor", "dask", "--scheduler", cluster.address],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            stdin=subprocess.DEVNULL,
        )
        for folder in folders
    ]
    outputs = [proc.communicate(timeout=500) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], [err[-2000:] for _, err in outputs]
    cfg = Settings(engine="offline", cache_dir=tmp_path / "cache")
    with Store(db) as store:
        assert store.counts() == {"articles": 12, "extractions": 12}
        assert store.integrity_ok()
        again = ingest(_articles(12), store, settings=cfg, executor="dask", scheduler=cluster.address)
    assert (len(again.stored), len(again.skipped)) == (0, 12), "a rerun skips every stored article"


def test_unknown_executor_and_unreachable_scheduler_are_config_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT_S", 3.0)
    cfg = Settings(engine="offline", cache_dir=tmp_path / "cache")
    with pytest.raises(ConfigError, match="unknown executor"):
        extract_many(_articles(1), settings=cfg, executor="ray")
    batch_error = None
    try:
        extract_many(_articles(1), settings=cfg, executor="dask", scheduler="tcp://127.0.0.1:9")
    except ConfigError as exc:
        batch_error = str(exc)
    assert batch_error is not None and "cannot reach the Dask scheduler" in batch_error


def test_cli_ingest_on_a_local_cluster(tmp_path: Path) -> None:
    """No scheduler given: ``--executor dask`` starts a local cluster on 127.0.0.1 and closes it."""
    db = tmp_path / "store.db"
    env = {**os.environ, "PYTHONPATH": str(REPO), "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("EXTRACTOR_DASK_SCHEDULER", None)
    cmd = [sys.executable, "-m", "extractor", "ingest", *map(str, SEEDS), "--db", str(db), "--executor", "dask"]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"stored {len(SEEDS)} extraction(s)" in done.stderr
    with Store(db) as store:
        assert store.counts() == {"articles": len(SEEDS), "extractions": len(SEEDS)}
