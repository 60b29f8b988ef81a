"""Choose the real-news gold articles and split them into dev and test (run once, 2026-12-06).

Rule: every corpus article of at most 20,000 characters, ordered by sha256("extractor-real-gold:" + file
name); take them in that order, at most 6 per outlet, until 64 are chosen. Then order the chosen by
sha256("extractor-real-split:" + article id): the first 22 are the test split, the other 42 the dev split.

Later additions to dev (``python select_split.py --more N CAP``) walk the same order past the articles
already chosen and take the next N, at most CAP per outlet counting every article already chosen:
2026-12-07, 20 with CAP 8, then 24 with CAP 10, then 32 with CAP 12, then 32 with CAP 14,
then 32 with CAP 16, then 32 with CAP 19, then 32 with CAP 24, then 21 with CAP 30 (asked for 24; the cap
allowed 21). The test split never grows.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "airstrikes"
HERE = Path(__file__).resolve().parent
CHOSEN, PER_OUTLET, MAX_CHARS, TEST = 64, 6, 20_000, 22


def digest(salt: str, name: str) -> str:
    return hashlib.sha256(f"{salt}:{name}".encode()).hexdigest()


def outlet(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("Source:"):
            return line[7:].strip()
        if not line.strip():
            break
    return "?"


def ordered(corpus: Path) -> list[Path]:
    """Every short enough corpus article, in the fixed hash order."""
    paths = [p for p in corpus.glob("*.txt") if len(p.read_text(encoding="utf-8")) <= MAX_CHARS]
    return sorted(paths, key=lambda p: digest("extractor-real-gold", p.name))


def more(count: int, cap: int, corpus: Path = CORPUS) -> None:
    """Copy the next ``count`` articles in the order into dev/articles, at most ``cap`` per outlet."""
    chosen = {p.name for split in ("dev", "test") for p in (HERE / split / "articles").glob("*.txt")}
    paths = ordered(corpus)
    per = Counter(outlet(p) for p in paths if p.name in chosen)
    taken: list[Path] = []
    for path in paths:
        if path.name in chosen or per[outlet(path)] >= cap:
            continue
        per[outlet(path)] += 1
        taken.append(path)
        if len(taken) == count:
            break
    for path in taken:
        shutil.copyfile(path, HERE / "dev" / "articles" / path.name)
    print("dev +", len(taken))


def main(corpus: Path = CORPUS) -> None:
    paths = ordered(corpus)
    taken: list[Path] = []
    per: Counter[str] = Counter()
    for path in paths:
        if per[outlet(path)] < PER_OUTLET:
            per[outlet(path)] += 1
            taken.append(path)
        if len(taken) == CHOSEN:
            break
    taken.sort(key=lambda p: digest("extractor-real-split", p.stem))
    for split, chosen in (("test", taken[:TEST]), ("dev", taken[TEST:])):
        folder = HERE / split / "articles"
        folder.mkdir(parents=True, exist_ok=True)
        for path in chosen:
            shutil.copyfile(path, folder / path.name)
        print(split, len(chosen))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--more"]:
        more(int(sys.argv[2]), int(sys.argv[3]))
    else:
        main(*(Path(a) for a in sys.argv[1:]))
