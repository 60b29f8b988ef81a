"""The briefing of a 100k-article store on SQLite and on PostgreSQL, side by side.

The same synthetic year of news as ``briefing_scale`` (one to five outlets per strike, alias spellings, 3%
undated articles) is bulk-loaded into a SQLite file and into a PostgreSQL schema (rows written in batches of
one transaction each, as ``Store.add`` would write them, without the engine and without a transaction per
article), then the briefing of one day and of a week is timed on each: opened store to finished ``Briefing``,
the first run and the median of warm runs. The two briefings are also compared (generation time aside).

    python -m benchmarks.store_backends                      # 100k, PostgreSQL at EXTRACTOR_TEST_PG
    python -m benchmarks.store_backends 10000 --pg URL       # another size or server

Not a test: figures depend on the machine; they go in docs/scaling.md and the README's benchmark table.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import islice
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from benchmarks.briefing_scale import DAYS, FIRST_DAY, synthetic_articles
from extractor.briefing import brief
from extractor.config import Settings
from extractor.schemas import Article, ArticleExtraction, Briefing
from extractor.store import Store, copy_key, strike_index_rows

BATCH = 2000
REPEATS = 5
SETTINGS = Settings(engine="offline", use_cache=False)
FIXED = datetime(2026, 1, 1, tzinfo=UTC)


def _rows(
    batch: list[tuple[Article, ArticleExtraction]], first: int, now: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """The articles, extractions and strike-index rows ``Store.add`` would write for these records."""
    articles, extractions, strikes = [], [], []
    for n, (article, extraction) in enumerate(batch, first):
        identity = extraction.metadata.identity
        published = article.published.isoformat() if article.published else None
        articles.append(
            {
                "pk": n,
                "article_id": article.id,
                "text_hash": article.text_hash,
                "copy_key": copy_key(article.text_hash, article.outlet, published),
                "title": article.title,
                "outlet": article.outlet,
                "url": article.url,
                "published": published,
                "text": article.text,
                "ingested_at": now,
                "latest_extraction": n,
                "field_sources": "{}",
            }
        )
        extractions.append(
            {
                "id": n,
                "article_pk": n,
                "identity_key": identity.key,
                "identity": identity.model_dump_json(),
                "engine": identity.engine,
                "schema_version": extraction.metadata.schema_version,
                "stored_at": now,
                "payload": extraction.model_copy(update={"article": None}).model_dump_json(),
            }
        )
        strikes += strike_index_rows(n, extraction)
    return articles, extractions, strikes


def _insert(table: str, rows: list[dict[str, Any]]) -> sa.TextClause:
    columns = list(rows[0])
    return sa.text(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(':' + c for c in columns)})")


def bulk_load(targets: dict[str, str], records: Iterable[tuple[Article, ArticleExtraction]]) -> dict[str, float]:
    """Write the records into every target store (created and migrated first); seconds spent per target."""
    engines = {}
    for name, target in targets.items():
        Store(target).close()  # schema by the store's own migrations
        url = target if "://" in target else f"sqlite:///{target}"
        engines[name] = sa.create_engine(url)
    spent = dict.fromkeys(targets, 0.0)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    iterator: Iterator[tuple[Article, ArticleExtraction]] = iter(records)
    first = 1
    while batch := list(islice(iterator, BATCH)):
        tables = list(zip(("articles", "extractions", "strike_index"), _rows(batch, first, now), strict=True))
        first += len(batch)
        for name, engine in engines.items():
            started = time.perf_counter()
            with engine.begin() as conn:
                for table, rows in tables:
                    if rows:
                        conn.execute(_insert(table, rows), rows)
            spent[name] += time.perf_counter() - started
    for name, engine in engines.items():
        started = time.perf_counter()
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                for table, column in (("articles", "pk"), ("extractions", "id")):
                    conn.exec_driver_sql(
                        f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), (SELECT max({column}) "
                        f"FROM {table}))"
                    )
                conn.exec_driver_sql("ANALYZE")
            else:
                conn.exec_driver_sql("ANALYZE")
        spent[name] += time.perf_counter() - started
        engine.dispose()
    return {name: round(seconds, 1) for name, seconds in spent.items()}


def _timed_brief(target: str, since: date, until: date) -> tuple[float, float, Briefing]:
    """Seconds to open the store (SQLite runs ``PRAGMA quick_check`` over the whole file), seconds to brief."""
    started = time.perf_counter()
    with Store(target) as store:
        opened = time.perf_counter()
        result = brief(since=since, until=until, store=store, settings=SETTINGS)
        done = time.perf_counter()
    return opened - started, done - opened, result


def measure(size: int, pg_url: str) -> dict[str, Any]:
    """Load ``size`` synthetic articles into SQLite and PostgreSQL; time a day's and a week's briefing on each."""
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    try:
        with tempfile.TemporaryDirectory(prefix="store-backends-") as folder:
            targets = {
                "sqlite": str(Path(folder) / "store.db"),
                "postgresql": f"{pg_url}{'&' if '?' in pg_url else '?'}options=-csearch_path%3D{schema}",
            }
            load = bulk_load(targets, synthetic_articles(size))
            middle = FIRST_DAY + timedelta(days=DAYS // 2)
            periods = {"day": (middle, middle), "week": (middle - timedelta(days=6), middle)}
            out: dict[str, Any] = {"articles": size, "load_seconds": load, "briefings": {}}
            for period, (since, until) in periods.items():
                row: dict[str, Any] = {}
                made: dict[str, str] = {}
                for name, target in targets.items():
                    first_open, first_brief, briefing = _timed_brief(target, since, until)
                    warm = [_timed_brief(target, since, until)[:2] for _ in range(REPEATS)]
                    row[name] = {
                        "first_seconds": round(first_open + first_brief, 3),
                        "median_seconds": round(statistics.median(o + b for o, b in warm), 3),
                        "median_open_seconds": round(statistics.median(o for o, _ in warm), 3),
                        "median_brief_seconds": round(statistics.median(b for _, b in warm), 3),
                        "articles": briefing.counts.articles,
                        "events": briefing.counts.events,
                    }
                    made[name] = briefing.model_copy(update={"generated_at": FIXED}).model_dump_json()
                row["identical_json"] = made["sqlite"] == made["postgresql"]
                out["briefings"][period] = row
            out["sqlite_megabytes"] = round(sum(p.stat().st_size for p in Path(folder).glob("store.db*")) / 1e6, 1)
            with admin.connect() as conn:
                size_bytes = conn.exec_driver_sql(
                    "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
                    f"ON n.oid = c.relnamespace WHERE n.nspname = '{schema}' AND c.relkind = 'r'"
                ).scalar()
            out["postgresql_megabytes"] = round(float(size_bytes or 0) / 1e6, 1)
            return out
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def add_rate(count: int, pg_url: str) -> dict[str, float]:
    """``Store.add`` calls per second (one transaction each, as ``extractor ingest`` stores each finished article)
    into a new SQLite file and a new PostgreSQL schema."""
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    records = list(synthetic_articles(count, seed=11))
    rates = {}
    try:
        with tempfile.TemporaryDirectory(prefix="store-adds-") as folder:
            targets = {
                "sqlite": str(Path(folder) / "store.db"),
                "postgresql": f"{pg_url}{'&' if '?' in pg_url else '?'}options=-csearch_path%3D{schema}",
            }
            for name, target in targets.items():
                with Store(target) as store:
                    started = time.perf_counter()
                    for article, extraction in records:
                        store.add(article, extraction)
                    rates[name] = round(count / (time.perf_counter() - started), 1)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()
    return rates


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.store_backends", description=__doc__)
    parser.add_argument("size", nargs="?", type=int, default=100_000, help="articles in the store [100000]")
    parser.add_argument("--pg", default=os.environ.get("EXTRACTOR_TEST_PG"), help="PostgreSQL URL [EXTRACTOR_TEST_PG]")
    parser.add_argument("--adds", type=int, metavar="N", help="instead: Store.add calls per second for N articles")
    args = parser.parse_args(argv)
    if not args.pg:
        parser.error("no PostgreSQL URL: pass --pg or set EXTRACTOR_TEST_PG (`bash .ci/postgres` prints one)")
    result = add_rate(args.adds, args.pg) if args.adds else measure(args.size, args.pg)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
