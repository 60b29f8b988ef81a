"""``python -m benchmarks.support_check [FOLDER ...]``: how many offline-engine items the support check rejects.

The LLM engine drops fields their evidence does not support (``extractor.support``). The offline engine's
records are built from the text, so they should pass the same check; this counts the ones that do not, per
field, on the synthetic eval sets (default: evals/articles, evals/dev/articles, evals/holdout/articles), and
separates relative dates in articles without a publication date (which the check cannot verify).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from extractor.articles import iter_article_paths, read_article
from extractor.config import Settings
from extractor.engines import get_engine
from extractor.support import claim_problems, strike_problems

DEFAULT_FOLDERS = ("evals/articles", "evals/dev/articles", "evals/holdout/articles")


def measure(folders: list[str]) -> Counter[str]:
    """Counts: items, items rejected, and rejections per field."""
    engine = get_engine(Settings(engine="offline", use_cache=False))
    counts: Counter[str] = Counter()
    for path in iter_article_paths(folders):
        article = read_article(path)
        result = engine.extract(article)
        for strike in result.strikes:
            counts["strikes"] += 1
            problems = strike_problems(strike, article.published, article.text)
            counts["strikes rejected"] += bool(problems)
            for problem in problems:
                late = problem.field == "strike_date" and article.published is None
                counts[f"strike {problem.field}{' (no publication date)' if late else ''}"] += 1
        for claim in result.claims:
            counts["claims"] += 1
            problems = claim_problems(claim, article.text)
            counts["claims rejected"] += bool(problems)
            for problem in problems:
                counts[f"claim {problem.field}"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    folders = list(argv if argv is not None else sys.argv[1:]) or [f for f in DEFAULT_FOLDERS if Path(f).is_dir()]
    for name, count in measure(folders).items():
        print(f"{name:45} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
