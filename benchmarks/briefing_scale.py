"""How the store and the briefing scale: ingest throughput and one day's briefing at 1k, 10k, 100k extractions.

Synthetic but realistic records: a year of news (365 days), each day's strikes reported by one to
five outlets with alias spellings of forces and places, dates a day apart, casualty figures that
disagree, claims that assert and deny, and 3% of articles without a publication date. Every
article is stored through ``Store.add`` in its own transaction, exactly as ``extractor ingest``
stores each finished extraction (the extraction itself is not timed here: that is the engine's
cost). The briefing is timed from opening the store file to a finished ``Briefing`` with the
template narrative, for a day in the middle of the year. Undated articles carry no strike date,
so they join any day's event with the same attackers and place: the day's briefing covers its
own articles plus those (``articles_briefed``), and that sum grows faster than the store.

    python benchmarks/briefing_scale.py              # 1k, 10k, 100k
    python benchmarks/briefing_scale.py 1000 20000   # chosen sizes
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from extractor.briefing import brief, render
from extractor.config import Settings
from extractor.schemas import (
    Article,
    ArticleExtraction,
    Casualty,
    Claim,
    Evidence,
    Location,
    RunMetadata,
    StrikeReport,
)
from extractor.store import Store

DAYS = 365
FIRST_DAY = date(2017, 1, 1)
UNDATED_SHARE = 0.03
BRIEF_REPEATS = 7
"""Warm briefing runs per store, median reported (a 10k briefing takes ~15 ms, so single runs are noisy)."""
TEXT_CHARS = 2500

FORCES = {
    "Iraqi Air Force": ["Iraqi Air Force", "Iraqi fighter jets", "Iraqi warplanes", "Iraqi jets"],
    "US-led coalition": ["US-led coalition", "U.S.-led coalition", "international coalition", "coalition forces"],
    "Russian Aerospace Forces": ["Russian Aerospace Forces", "Russian warplanes", "Russian jets", "VKS"],
    "Turkish Air Force": ["Turkish Air Force", "Turkish warplanes", "Turkish jets"],
    "Syrian Air Force": ["Syrian Air Force", "Syrian Arab Air Force", "regime warplanes"],
    "US military": ["US military", "U.S. forces", "American warplanes", "AFRICOM"],
}
PLACES = {
    "Abu Kamal": ["Abu Kamal", "Albu Kamal", "Al-Bukamal", "Abukamal"],
    "Deir ez-Zor": ["Deir ez-Zor", "Deir Ezzor", "Deir al-Zour"],
    "Al-Bab": ["Al-Bab", "al-Bab", "Al Bab"],
}
OTHER_PLACES = [
    "Raqqa",
    "Mosul",
    "Tal Afar",
    "Fallujah",
    "Ramadi",
    "Hit",
    "Rawa",
    "Anah",
    "Al-Qaim",
    "Husaybah",
    "Mayadin",
    "Hajin",
    "Baghuz",
    "Palmyra",
    "Idlib",
    "Maarat al-Numan",
    "Khan Shaykhun",
    "Saraqib",
    "Jisr al-Shughur",
    "Hama",
    "Homs",
    "Douma",
    "Daraa",
    "Manbij",
    "Tabqa",
    "Maskanah",
    "Kobani",
    "Afrin",
    "Azaz",
    "Jarabulus",
    "Sirte",
    "Derna",
    "Benghazi",
    "Jilib",
    "Kismayo",
    "Baidoa",
    "Marib",
    "Saada",
    "Hodeidah",
    "Taiz",
    "Sanaa",
    "Aden",
    "Shabwa",
    "Bayda",
    "Kunduz",
    "Helmand",
]
OUTLETS = [
    "Reuters",
    "AP",
    "AFP",
    "CNN",
    "BBC",
    "Al Jazeera",
    "FNA",
    "TASS",
    "Sputnik",
    "Anadolu",
    "SANA",
    "Rudaw",
    "Kurdistan24",
    "The National",
    "Asharq Al-Awsat",
    "Middle East Eye",
    "Free West Media",
    "DW",
]
CLAIMS = [
    ("Defense Ministry", "asserts", "The strike was carried out jointly with coalition jets"),
    ("Pentagon", "denies", "There was no military-to-military coordination for the strike"),
    ("Local council", "asserts", "Civilians were killed when the strike hit homes"),
    ("Military spokesman", "denies", "No civilians were harmed in the operation"),
    ("Joint Operations Command", "asserts", "Dozens of militants were killed in the raid"),
    ("Observatory", "asserts", "The strike destroyed a weapons depot"),
]
FILLER = (
    "Officials said the operation targeted positions used by the group, and residents reported heavy "
    "explosions through the night. "
)


def _evidence(text: str) -> list[Evidence]:
    return [Evidence(quote=text[:80])]


def synthetic_articles(size: int, seed: int = 7) -> Iterator[tuple[Article, ArticleExtraction]]:
    """``size`` articles with extractions: events per day reported by 1-5 outlets with alias spellings."""
    rng = random.Random(seed)
    made = 0
    day_index = 0
    per_day = max(1, size // DAYS)
    while made < size:
        day = FIRST_DAY + timedelta(days=day_index % DAYS)
        day_index += 1
        budget = min(per_day + rng.randint(0, 2), size - made)
        while budget > 0 and made < size:
            force = rng.choice(list(FORCES))
            canonical_place = rng.choice(list(PLACES) + OTHER_PLACES)
            strike_day = day - timedelta(days=rng.choice((0, 0, 1, 1, 2)))
            killed = rng.randint(0, 60)
            reports = min(budget, rng.choice((1, 1, 2, 2, 3, 4, 5)))
            for _ in range(reports):
                made += 1
                budget -= 1
                spelled_place = rng.choice(PLACES.get(canonical_place, [canonical_place]))
                attackers = [rng.choice(FORCES[force])]
                if rng.random() < 0.2:
                    attackers.append(rng.choice(FORCES[rng.choice(list(FORCES))]))
                published = None if rng.random() < UNDATED_SHARE else day
                text = (
                    f"{attackers[0]} struck {spelled_place} on {strike_day:%A}, killing {killed} militants. "
                    f"[{made}] " + FILLER * (TEXT_CHARS // len(FILLER))
                )
                figure = killed + rng.choice((0, 0, 0, 5, -3))
                strikes = [
                    StrikeReport(
                        attackers=attackers,
                        target="militant positions",
                        target_group="Islamic State",
                        location=Location(place=spelled_place, country="Syria"),
                        strike_date=strike_day if published else None,
                        date_text=f"on {strike_day:%A}",
                        date_precision="day" if published else "unknown",
                        aircraft=["F-16"],
                        casualties=[
                            Casualty(
                                kind="killed",
                                group="militants",
                                min=max(figure, 0),
                                max=max(figure, 0),
                                evidence=_evidence(text),
                            )
                        ],
                        reported_by=[rng.choice(["Defense Ministry", "Observatory", "local sources"])],
                        evidence=_evidence(text),
                    )
                ]
                claims = [
                    Claim(claimant=who, claimant_org=who, stance=stance, statement=statement, evidence=_evidence(text))
                    for who, stance, statement in rng.sample(CLAIMS, rng.randint(0, 3))
                ]
                article = Article(
                    id=f"syn-{made:07d}",
                    title=f"{attackers[0]} strike on {spelled_place}",
                    outlet=rng.choice(OUTLETS),
                    url=f"https://news.example/{made}",
                    published=published,
                    text=text,
                )
                yield (
                    article,
                    ArticleExtraction(
                        article_id=article.id,
                        strikes=strikes,
                        claims=claims,
                        summary=text[:120],
                        metadata=RunMetadata(engine="offline", model="synthetic", prompt_hash="bench"),
                    ),
                )


def _briefing_seconds(path: Path, day: date, settings: Settings) -> tuple[float, object]:
    started = time.perf_counter()
    with Store(path) as store:
        result = brief(day, store=store, settings=settings)
    return time.perf_counter() - started, result


def measure(sizes: tuple[int, ...] = (1000, 10000, 100000)) -> list[dict]:
    """For each size: build a store of that many extractions, time ingest and one day's briefing."""
    settings = Settings(engine="offline", use_cache=False)
    rows: list[dict] = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="briefing-scale-") as folder:
            path = Path(folder) / "store.db"
            records = list(synthetic_articles(size))
            started = time.perf_counter()
            with Store(path) as store:
                for article, extraction in records:
                    store.add(article, extraction)
            ingest_s = time.perf_counter() - started
            del records
            day = FIRST_DAY + timedelta(days=DAYS // 2)
            first_s, briefing = _briefing_seconds(path, day, settings)
            repeats = [_briefing_seconds(path, day, settings)[0] for _ in range(BRIEF_REPEATS)]
            started = time.perf_counter()
            render(briefing, "html")
            render_s = time.perf_counter() - started
            rows.append(
                {
                    "extractions": size,
                    "days": DAYS,
                    "articles_on_day": briefing.counts.articles,
                    "events_on_day": briefing.counts.events,
                    "undated_attached": briefing.counts.undated_attached,
                    "undated_in_store": briefing.counts.undated_attached + briefing.counts.undated_unplaced,
                    "articles_briefed": briefing.counts.articles + briefing.counts.undated_attached,
                    "contested_pairs": briefing.counts.contested_pairs,
                    "ingest_seconds": round(ingest_s, 3),
                    "ingest_per_second": round(size / ingest_s, 1),
                    "brief_first_seconds": round(first_s, 4),
                    "brief_seconds": round(statistics.median(repeats), 4),
                    "render_html_seconds": round(render_s, 4),
                    "db_megabytes": round(sum(p.stat().st_size for p in Path(folder).glob("store.db*")) / 1e6, 1),
                }
            )
    return rows


if __name__ == "__main__":
    chosen = tuple(int(a) for a in sys.argv[1:]) or (1000, 10000, 100000)
    for row in measure(chosen):
        print(json.dumps(row))
