"""Choose the real-news gold articles and split them into dev and test (run once, 2026-12-06).

Rule: every corpus article of at most 20,000 characters, ordered by sha256("extractor-real-gold:" + file
name); take them in that order, at most 6 per outlet, until 64 are chosen. Then order the chosen by
sha256("extractor-real-split:" + article id): the first 22 are the test split, the other 42 the dev split.
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


def main(corpus: Path = CORPUS) -> None:
    paths = [p for p in corpus.glob("*.txt") if len(p.read_text(encoding="utf-8")) <= MAX_CHARS]
    paths.sort(key=lambda p: digest("extractor-real-gold", p.name))
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
    main(*(Path(a) for a in sys.argv[1:]))
