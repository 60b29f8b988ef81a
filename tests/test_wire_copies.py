"""One wire story in several outlets (issue 14, item 7): every outlet's copy is a report of its own, the
extraction is shared, reruns skip stored copies, and an older store file upgrades in place."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from extractor.articles import parse_article
from extractor.briefing import brief
from extractor.config import Settings
from extractor.ingest import ingest
from extractor.schemas import Article, ArticleExtraction, Location, RunMetadata, StrikeReport
from extractor.store import STORE_FORMAT, Store, same_report
from extractor.testing.fault_server import FaultServer, article_text, ok

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "evals" / "articles" / "003_9cc2b0cbab66e857.txt"
REUTERS, AP, BBC = ("reuters", "Reuters", "2017-02-24"), ("ap", "AP", "2017-02-25"), ("bbc", "BBC", "2017-02-24")
WIRE = "Iraqi jets struck Islamic State positions in Abu Kamal on Thursday, killing 12 fighters, the military said."
OFFLINE = Settings(engine="offline")


def wire_copy(name: str, outlet: str, day: str, body: str = WIRE) -> Article:
    """One outlet's copy of a text, as its file with front matter reads."""
    return parse_article(f"---\ntitle: Iraq strikes\nsource: {outlet}\ndate: {day}\n---\n{body}\n", article_id=name)


def one_strike(request: dict[str, object]) -> dict[str, object]:
    """A grounded strike on the article's first sentence."""
    first = article_text(request).split(",")[0]
    return {
        "strikes": [
            {
                "attackers": ["Iraqi Air Force"],
                "location": {"place": "Abu Kamal", "country": "Syria"},
                "strike_date": "2017-02-23",
                "date_precision": "day",
                "evidence": [{"quote": first}],
            }
        ],
        "claims": [],
        "summary": first,
    }


@pytest.fixture
def chat_stub() -> Iterator[FaultServer]:
    with FaultServer(lambda request: ok(one_strike(request))) as server:
        yield server


def llm(stub: FaultServer, tmp_path: Path) -> Settings:
    return stub.llm_settings(tmp_path / "cache", timeout_s=30)


def test_three_outlets_copies_are_three_reports_of_one_extraction(tmp_path: Path, chat_stub: FaultServer) -> None:
    copies = [wire_copy(*REUTERS), wire_copy(*AP), wire_copy(*BBC)]
    with Store(tmp_path / "s.db") as store:
        first = ingest(copies, store, settings=llm(chat_stub, tmp_path))
        assert first.ok and sorted(first.stored) == ["ap", "bbc", "reuters"] and first.skipped == []
        assert len(chat_stub.requests) == 1  # the engine ran once for the one text
        assert store.counts() == {"articles": 3, "extractions": 3}
        payloads = {
            json.dumps(e.model_dump(mode="json", exclude={"article_id", "article"}), sort_keys=True)
            for name in ("reuters", "ap", "bbc")
            for _, e in store.extractions_of(name)
        }
        assert len(payloads) == 1  # one extraction, shared

        again = ingest(copies, store, settings=llm(chat_stub, tmp_path).with_overrides(use_cache=False))
        assert again.stored == [] and sorted(again.skipped) == ["ap", "bbc", "reuters"]
        assert len(chat_stub.requests) == 1 and store.counts() == {"articles": 3, "extractions": 3}

        day = brief("2017-02-24", store=store, settings=OFFLINE)
        assert sorted(a.article_id for a in day.articles) == ["bbc", "reuters"] and day.counts.outlets == 2
        both = brief(since="2017-02-24", until="2017-02-25", store=store, settings=OFFLINE)
        [event] = both.events  # one strike reported by three outlets, not three strikes
        assert sorted(event.article_ids) == ["ap", "bbc", "reuters"]
        assert sorted(s.outlet or "" for s in event.sources) == ["AP", "BBC", "Reuters"]
        assert both.counts.outlets == 3 and both.counts.multi_source_events == 1


def test_a_later_outlets_copy_shares_the_stored_extraction_without_the_engine(
    tmp_path: Path, chat_stub: FaultServer
) -> None:
    with Store(tmp_path / "s.db") as store:
        assert ingest([wire_copy(*REUTERS)], store, settings=llm(chat_stub, tmp_path)).stored == ["reuters"]
        later = ingest([wire_copy(*AP)], store, settings=llm(chat_stub, tmp_path).with_overrides(use_cache=False))
        assert later.ok and later.stored == ["ap"]
        assert len(chat_stub.requests) == 1
        [(_, shared)] = store.extractions_of("ap")
        assert shared.article_id == "ap" and shared.strikes[0].location.place == "Abu Kamal"


def test_one_copy_repeated_in_a_batch_or_rerun_is_stored_once(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        result = ingest([wire_copy(*REUTERS), wire_copy("again", "reuters ", "2017-02-24")], store, settings=OFFLINE)
        assert result.stored == ["reuters"] and result.skipped == ["again"]
        assert ingest([wire_copy(*REUTERS)], store, settings=OFFLINE).skipped == ["reuters"]
        assert store.counts()["articles"] == 1


def test_copies_with_one_file_name_from_three_outlets_get_three_ids(tmp_path: Path) -> None:
    copies = [wire_copy("story", outlet, day) for _, outlet, day in (REUTERS, AP, BBC)]
    with Store(tmp_path / "s.db") as store:
        result = ingest(copies, store, settings=OFFLINE)
        assert result.ok and len(set(result.stored)) == 3 and result.stored[0] == "story"
        assert store.counts()["articles"] == 3


@pytest.mark.slow
def test_cli_ingest_of_a_seed_article_from_three_outlets_stores_three(tmp_path: Path) -> None:
    body = SEED.read_text(encoding="utf-8").split("\n", 3)[3]
    folder = tmp_path / "wire"
    folder.mkdir()
    for name, outlet, day in (REUTERS, AP, BBC):
        (folder / f"{name}.txt").write_text(f"---\nsource: {outlet}\ndate: {day}\n---\n{body}", encoding="utf-8")
    db = tmp_path / "s.db"
    env = {**os.environ, "EXTRACTOR_ENGINE": "offline", "EXTRACTOR_CACHE_DIR": str(tmp_path / "cache")}
    cmd = [sys.executable, "-m", "extractor", "ingest", str(folder), "--db", str(db), "--no-progress"]
    first = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert "stored 3 extraction(s), skipped 0 already stored, 0 failed" in first.stderr
    rerun = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert "stored 0 extraction(s), skipped 3 already stored, 0 failed" in rerun.stderr
    day = subprocess.run(
        [sys.executable, "-m", "extractor", "brief", "--date", "2017-02-24", "--db", str(db), "-f", "json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert day.returncode == 0, day.stderr
    briefing = json.loads(day.stdout)
    assert briefing["counts"]["articles"] == 2 and briefing["counts"]["outlets"] == 2


FORMAT_2_SCHEMA = """
CREATE TABLE articles (pk INTEGER PRIMARY KEY, article_id TEXT NOT NULL UNIQUE, text_hash TEXT NOT NULL UNIQUE,
    title TEXT, outlet TEXT, url TEXT, published TEXT, text TEXT NOT NULL, ingested_at TEXT NOT NULL,
    latest_extraction INTEGER, field_sources TEXT);
CREATE INDEX articles_by_published ON articles (published, latest_extraction);
CREATE TABLE extractions (id INTEGER PRIMARY KEY, article_pk INTEGER NOT NULL REFERENCES articles (pk),
    identity_key TEXT NOT NULL, identity TEXT NOT NULL, engine TEXT NOT NULL, schema_version TEXT NOT NULL,
    stored_at TEXT NOT NULL, payload TEXT NOT NULL, UNIQUE (article_pk, identity_key));
CREATE TABLE strike_index (extraction_id INTEGER NOT NULL REFERENCES extractions (id), ordinal INTEGER NOT NULL,
    attackers TEXT NOT NULL, place TEXT, region TEXT, strike_date TEXT, date_precision TEXT NOT NULL,
    PRIMARY KEY (extraction_id, ordinal)) WITHOUT ROWID;
CREATE INDEX strike_index_by_place ON strike_index (place, attackers);
PRAGMA user_version = 2;
"""


def test_a_format_2_store_upgrades_in_place_and_then_keeps_each_outlets_copy(tmp_path: Path) -> None:
    path = tmp_path / "format2.db"
    reuters = wire_copy(*REUTERS)
    strike = StrikeReport(attackers=["Iraqi Air Force"], location=Location(place="Abu Kamal"))
    extraction = ArticleExtraction(article_id="reuters", strikes=[strike], metadata=RunMetadata(engine="offline"))
    identity = extraction.metadata.identity
    old = sqlite3.connect(path)
    old.executescript(FORMAT_2_SCHEMA)
    old.execute(
        "INSERT INTO articles VALUES (1, 'reuters', ?, 'Iraq strikes', 'Reuters', NULL, '2017-02-24', ?, "
        "'2026-01-01T00:00:00+00:00', 1, ?)",
        (reuters.text_hash, reuters.text, json.dumps({"outlet": "front_matter", "published": "front_matter"})),
    )
    old.execute(
        "INSERT INTO extractions VALUES (1, 1, ?, ?, 'offline', '1.0', '2026-01-01', ?)",
        (identity.key, identity.model_dump_json(), extraction.model_dump_json()),
    )
    old.execute("INSERT INTO strike_index VALUES (1, 0, '[\"Iraqi Air Force\"]', 'Abu Kamal', NULL, NULL, 'day')")
    old.commit()
    old.close()

    with Store(path) as store:
        assert store.user_version() == STORE_FORMAT
        assert store.integrity_ok() and store._exec("PRAGMA foreign_key_check").fetchall() == []
        assert [a.ref.article_id for a in store.published_between(date(2017, 2, 24), date(2017, 2, 24))] == ["reuters"]
        assert store.has_copy(reuters, identity) and not store.has_copy(wire_copy(*BBC), identity)
        bbc = wire_copy(*BBC)
        assert store.add(bbc, extraction.model_copy(update={"article_id": "bbc"}), identity).added
        assert not store.add(reuters, extraction, identity).added
        assert store.counts() == {"articles": 2, "extractions": 2}
    with Store(path) as again:  # an upgraded file opens as it is
        assert again.counts() == {"articles": 2, "extractions": 2}
        assert again.user_version() == STORE_FORMAT


def test_which_later_copies_are_the_same_report() -> None:
    stored = {"outlet": "page_text", "published": "page_text"}
    assert same_report("freewestmedia.com", "2017-01-24", stored, wire_copy("x", "Free West Media", "2017-01-24"))
    assert same_report("Reuters", "2017-02-20", stored, wire_copy("x", "Reuters", "2017-02-24"))  # a header's date
    headed = {"outlet": "front_matter", "published": "front_matter"}
    assert not same_report("Reuters", "2017-02-24", headed, wire_copy(*AP))  # two outlets' headers
    assert not same_report("Reuters", "2017-02-23", headed, wire_copy(*REUTERS))  # two days' headers
    assert same_report(None, None, {}, wire_copy(*AP)) and same_report(
        "bbc.co.uk", "2017-02-24", headed, wire_copy(*BBC)
    )
