"""The SQLite store: idempotent ingest, one extraction per engine identity, many writers at once, kills."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from extractor.briefing import brief
from extractor.config import Settings
from extractor.ingest import ingest
from extractor.prompts import load_prompt
from extractor.schemas import Article, ArticleExtraction, EngineIdentity, Location, RunMetadata, StrikeReport
from extractor.store import STORE_FORMAT, Store
from extractor.testing.fault_server import FaultServer, article_text, hang, ok

REPO = Path(__file__).resolve().parent.parent


def findings_from_first_sentence(request: dict[str, Any]) -> dict[str, Any]:
    """A strike grounded on the article's first sentence: '<Force> struck <Place> ...'."""
    first = article_text(request).split(".")[0]
    force, place = re.match(r"(.+?) struck (\w[\w-]*)", first).groups()
    system = request["messages"][0]["content"]
    return {
        "strikes": [
            {
                "attackers": [force],
                "location": {"place": place, "country": "Syria"},
                "strike_date": "2017-02-24" if "VERSION TWO" not in system else "2017-02-23",
                "date_precision": "day",
                "evidence": [{"quote": first}],
            }
        ],
        "claims": [],
        "summary": first,
    }


@pytest.fixture
def chat_stub() -> Iterator[FaultServer]:
    with FaultServer(lambda request: ok(findings_from_first_sentence(request))) as server:
        yield server


def make_article(i: int, published: date | None = date(2017, 2, 24), outlet: str = "Wire") -> Article:
    text = (
        f"Iraqi jets struck Town{i} late on Thursday or early on Friday. "
        f"Officials said the strike number {i} hit a depot."
    )
    return Article(id=f"art{i:03d}", outlet=outlet, published=published, text=text)


def extraction_for(article: Article, place: str, prompt_hash: str = "p1") -> ArticleExtraction:
    strike = StrikeReport(
        attackers=["Iraqi Air Force"],
        location=Location(place=place),
        strike_date=article.published,
        date_precision="day",
    )
    return ArticleExtraction(
        article_id=article.id, strikes=[strike], metadata=RunMetadata(engine="llm", model="m", prompt_hash=prompt_hash)
    )


def llm_settings(stub: FaultServer, tmp_path: Path, prompt: str | None = None) -> Settings:
    return stub.llm_settings(tmp_path / "cache", prompt=prompt, timeout_s=30)


def test_same_text_twice_is_one_article_and_one_extraction(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        first = make_article(1, published=None)
        again = first.model_copy(update={"id": "renamed-copy", "published": date(2017, 2, 24), "title": "Now titled"})
        assert store.add(first, extraction_for(first, "Abu Kamal")).added
        outcome = store.add(again, extraction_for(again, "Abu Kamal"))
        assert outcome == type(outcome)(article_id="art001", added=False)
        assert store.counts() == {"articles": 1, "extractions": 1}
        # A later copy fills metadata the first one lacked: the article is now placed on its day.
        day = store.published_between(date(2017, 2, 24), date(2017, 2, 24))
        assert [a.ref.article_id for a in day] == ["art001"] and day[0].ref.title == "Now titled"


def test_different_texts_with_the_same_id_both_kept(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        a = make_article(1)
        b = make_article(2).model_copy(update={"id": "art001"})
        store.add(a, extraction_for(a, "X"))
        outcome = store.add(b, extraction_for(b, "Y"))
        assert outcome.added and outcome.article_id.startswith("art001~")
        assert store.counts() == {"articles": 2, "extractions": 2}
        assert store.extractions_of(outcome.article_id)[0][1].article_id == outcome.article_id


def test_ingest_twice_skips_stored_articles_and_calls_no_model(tmp_path: Path, chat_stub: FaultServer) -> None:
    articles = [make_article(i) for i in range(3)] + [make_article(0).model_copy(update={"id": "dup"})]
    cfg = llm_settings(chat_stub, tmp_path)
    with Store(tmp_path / "s.db") as store:
        first = ingest(articles, store, settings=cfg)
        assert first.ok and sorted(first.stored) == ["art000", "art001", "art002"]
        assert first.skipped == ["dup"]
        calls = len(chat_stub.requests)
        assert calls == 3
        second = ingest(articles, store, settings=cfg.with_overrides(use_cache=False))
        assert second.stored == [] and sorted(second.skipped) == ["art000", "art001", "art002", "dup"]
        assert len(chat_stub.requests) == calls
        assert store.counts() == {"articles": 3, "extractions": 3}


def test_new_prompt_version_adds_an_extraction_and_the_briefing_uses_it(tmp_path: Path, chat_stub: FaultServer) -> None:
    articles = [make_article(i) for i in range(2)]
    v2 = tmp_path / "extract_v2.md"
    v2.write_text(load_prompt("extract/v1").source.replace("Rules:", "VERSION TWO rules:"), encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        assert ingest(articles, store, settings=llm_settings(chat_stub, tmp_path)).ok
        before = brief("2017-02-24", store=store, settings=Settings(engine="offline"))
        assert {e.date_start for e in before.events} == {date(2017, 2, 24)}
        result = ingest(articles, store, settings=llm_settings(chat_stub, tmp_path, prompt=str(v2)))
        assert sorted(result.stored) == ["art000", "art001"]
        assert store.counts() == {"articles": 2, "extractions": 4}
        versions = store.extractions_of("art000")
        assert len({identity.prompt_hash for identity, _ in versions}) == 2
        after = brief("2017-02-24", store=store, settings=Settings(engine="offline"))
        assert {e.date_start for e in after.events} == {date(2017, 2, 23)}


def test_latest_stored_extraction_wins_for_constructed_records(tmp_path: Path) -> None:
    a = make_article(5)
    with Store(tmp_path / "s.db") as store:
        store.add(a, extraction_for(a, "Old Place", prompt_hash="p1"))
        store.add(a, extraction_for(a, "New Place", prompt_hash="p2"))
        store.add(a, extraction_for(a, "Old Place", prompt_hash="p1"))  # already stored: not made latest again
        assert [e.place for e in brief("2017-02-24", store=store, settings=Settings(engine="offline")).events] == [
            "New Place"
        ]
        identities = [identity for identity, _ in store.extractions_of("art005")]
        assert identities == [EngineIdentity(engine="llm", model="m", prompt_hash=h) for h in ("p1", "p2")]


@pytest.mark.slow
def test_killed_ingest_keeps_finished_articles_and_a_rerun_finishes_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(5):
        article = make_article(i)
        (folder / f"{article.id}.txt").write_text(f"Date: 2017-02-24\n\n{article.text}", encoding="utf-8")
    hang_on = {"value": "Town3"}
    stub = FaultServer(
        lambda req: hang() if hang_on["value"] in article_text(req) else ok(findings_from_first_sentence(req))
    )
    db = tmp_path / "s.db"
    env = {
        **os.environ,
        "EXTRACTOR_BASE_URL": stub.base_url,
        "EXTRACTOR_MODEL": "stub",
        "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache"),
    }
    cmd = [
        sys.executable,
        "-m",
        "extractor",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--concurrency",
        "1",
        "--no-progress",
        "--engine",
        "llm",
    ]
    try:
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(hang_on["value"] in article_text(r) for r in stub.requests):
            time.sleep(0.05)
        time.sleep(0.3)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        with Store(db) as store:
            assert store.counts() == {"articles": 3, "extractions": 3}
        hang_on["value"] = "never-matches"
        rerun = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
        assert rerun.returncode == 0, rerun.stderr
        assert "stored 2 extraction(s), skipped 3 already stored, 0 failed" in rerun.stderr
        with Store(db) as store:
            assert store.counts() == {"articles": 5, "extractions": 5}
    finally:
        stub.close()


@pytest.mark.slow
def test_several_cli_ingests_into_one_file_at_once_store_each_article_once(tmp_path: Path) -> None:
    shared = [
        f"Date: 2017-02-24\n\nSyrian warplanes struck Town{i} in Idlib province on Friday, residents said.\n"
        for i in range(10)
    ]
    procs = []
    for worker in range(3):
        folder = tmp_path / f"in{worker}"
        folder.mkdir()
        for i, text in enumerate(shared):
            (folder / f"shared{i}.txt").write_text(text, encoding="utf-8")
        for i in range(10):
            own = f"Date: 2017-02-24\n\nRussian jets struck Village{worker}x{i} near Hama on Thursday.\n"
            (folder / f"own{worker}_{i}.txt").write_text(own, encoding="utf-8")
        env = {**os.environ, "EXTRACTOR_ENGINE": "offline", "EXTRACTOR_CACHE_DIR": str(tmp_path / f"cache{worker}")}
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "extractor",
                    "ingest",
                    str(folder),
                    "--db",
                    str(tmp_path / "shared.db"),
                    "--no-progress",
                ],
                cwd=REPO,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
    with Store(tmp_path / "shared.db") as store:
        assert store.counts() == {"articles": 40, "extractions": 40}
        assert store.integrity_ok()


FORMAT_1_SCHEMA = """
CREATE TABLE articles (pk INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, text_hash TEXT NOT NULL UNIQUE,
    title TEXT, outlet TEXT, url TEXT, published TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL,
    latest_extraction INTEGER);
CREATE INDEX articles_by_published ON articles (published, latest_extraction);
CREATE TABLE extractions (id INTEGER PRIMARY KEY, article_pk INTEGER NOT NULL REFERENCES articles (pk),
    engine TEXT NOT NULL, model TEXT NOT NULL, prompt_hash TEXT NOT NULL, schema_version TEXT NOT NULL,
    stored_at TEXT NOT NULL, payload TEXT NOT NULL, UNIQUE (article_pk, engine, model, prompt_hash, schema_version));
CREATE TABLE strike_index (extraction_id INTEGER NOT NULL REFERENCES extractions (id), ordinal INTEGER NOT NULL,
    attackers TEXT NOT NULL, place TEXT, region TEXT, strike_date TEXT, date_precision TEXT NOT NULL,
    PRIMARY KEY (extraction_id, ordinal)) WITHOUT ROWID;
CREATE INDEX strike_index_by_place ON strike_index (place, attackers);
PRAGMA user_version = 1;
"""


def test_a_format_1_store_is_migrated_to_engine_identities_keeping_every_extraction(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    old = sqlite3.connect(path)
    old.executescript(FORMAT_1_SCHEMA)
    a = make_article(7)
    legacy = extraction_for(a, "Old Place").model_dump(mode="json")
    legacy["metadata"] = {"engine": "offline", "model": "en_core_web_sm-3.8.0+rules-0.2.0", "schema_version": "1.0"}
    old.execute(
        "INSERT INTO articles VALUES (1, ?, ?, NULL, ?, NULL, '2017-02-24', ?, '2026-01-01', 1)",
        (a.id, a.text_hash, a.outlet, a.text),
    )
    old.execute(
        "INSERT INTO extractions VALUES (1, 1, 'offline', 'en_core_web_sm-3.8.0+rules-0.2.0', '', '1.0', "
        "'2026-01-01', ?)",
        (json.dumps(legacy),),
    )
    old.execute("INSERT INTO strike_index VALUES (1, 0, '[\"Iraqi Air Force\"]', 'Old Place', NULL, NULL, 'day')")
    old.commit()
    old.close()

    with Store(path) as store:
        assert store.user_version() == STORE_FORMAT
        assert store.integrity_ok()
        [(identity, extraction)] = store.extractions_of(a.id)
        assert identity == EngineIdentity(engine="offline", model="en_core_web_sm-3.8.0+rules-0.2.0")
        assert extraction.metadata.identity == identity and extraction.strikes[0].location.place == "Old Place"
        assert [s.ref.article_id for s in store.published_between(date(2017, 2, 24), date(2017, 2, 24))] == [a.id]
        assert store.attackers_at("Old Place")
        current = extraction_for(a, "New Place")
        assert store.stored_text_hashes([a.text_hash], current.metadata.identity) == set()
        assert store.add(a, current).added
        assert [e.strikes[0].location.place for _, e in store.extractions_of(a.id)] == ["Old Place", "New Place"]
        assert store._exec("PRAGMA foreign_key_check").fetchall() == []
    with Store(path) as again:  # a migrated file opens as it is
        assert again.counts() == {"articles": 1, "extractions": 2}
