"""Date recovery on the real-article corpus: with each file's ``Date:`` header removed, is the date read back
from the page (printed stamps, URL), and is it right?

``python -m benchmarks.page_dates [CORPUS_DIR ...]`` prints one row per folder and the wrong cases; the
default folders are ``../shared/corpus/airstrikes`` and ``../shared/corpus/negatives`` beside the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from extractor.articles import parse_article

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = [REPO.parent / "shared" / "corpus" / "airstrikes", REPO.parent / "shared" / "corpus" / "negatives"]
_DATE_HEADER = re.compile(r"^Date:[^\n]*\n", re.MULTILINE)


@dataclass
class Recovery:
    """Counts for one folder: articles with a Date header, and how the header-less copy fared."""

    folder: str
    dated: int = 0
    recovered: int = 0
    wrong: int = 0
    missing: int = 0
    by_origin: Counter[str] = field(default_factory=Counter)
    wrong_cases: list[tuple[str, str, str, str]] = field(default_factory=list)

    def row(self) -> dict[str, object]:
        return {
            "folder": self.folder,
            "dated": self.dated,
            "recovered": self.recovered,
            "wrong": self.wrong,
            "missing": self.missing,
            "by_origin": dict(self.by_origin),
        }


def measure_folder(folder: Path) -> Recovery:
    """Strip the ``Date:`` header of every dated article in ``folder`` and compare what the page gives back."""
    result = Recovery(folder.name)
    for path in sorted(folder.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        head = raw.split("\n\n", 1)[0]
        m = re.search(r"^Date:\s*(\d{4}-\d{2}-\d{2})", head, re.MULTILINE)
        if not m:
            continue
        truth = date.fromisoformat(m.group(1))
        result.dated += 1
        article = parse_article(_DATE_HEADER.sub("", raw, count=1), article_id=path.stem)
        origin = article.field_sources.get("published", "none")
        if article.published is None:
            result.missing += 1
        elif article.published == truth:
            result.recovered += 1
            result.by_origin[origin] += 1
        else:
            result.wrong += 1
            result.wrong_cases.append((path.name, truth.isoformat(), article.published.isoformat(), origin))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.page_dates", description=__doc__)
    parser.add_argument("folders", nargs="*", type=Path, default=DEFAULT_DIRS)
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args(argv)
    results = [measure_folder(f) for f in args.folders]
    if args.json:
        print(json.dumps([r.row() for r in results], indent=2))
        return 0
    for r in results:
        print(
            f"{r.folder}: {r.dated} dated articles; recovered {r.recovered}, wrong {r.wrong}, missing {r.missing}; "
            f"by origin {dict(r.by_origin)}"
        )
        for case in r.wrong_cases:
            print("  wrong:", *case)
    return 0


if __name__ == "__main__":
    sys.exit(main())
