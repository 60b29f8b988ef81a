"""Write the dev-set gold files from compact hand-written specs (evals/dev/gold/<id>.json).

Every evidence quote is grounded with ``extractor.grounding.ground_quote`` against
``read_article(path).text``; the script fails if a quote is not found verbatim or occurs twice.
Run: /work/venv/bin/python evals/dev/build_gold.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from extractor.articles import read_article
from extractor.evaluation.gold import GoldArticle
from extractor.grounding import ground_quote

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gold_specs import SPECS  # noqa: E402


def _ev(text: str, quotes: list[str], where: str) -> list[dict]:
    out = []
    for q in quotes:
        span = ground_quote(text, q)
        if span is None:
            raise SystemExit(f"{where}: quote not found: {q!r}")
        quote = text[span.start:span.end]
        if text.count(quote) != 1:
            raise SystemExit(f"{where}: quote not unique: {q!r}")
        out.append({"quote": quote, "char_interval": {"start": span.start, "end": span.end}})
    return out


def build(article_id: str, spec: dict) -> GoldArticle:
    text = read_article(HERE / "articles" / f"{article_id}.txt").text
    strikes = []
    for i, s in enumerate(spec.get("strikes", [])):
        s = dict(s)
        s["evidence"] = _ev(text, s["evidence"], f"{article_id} strike {i}")
        cas = []
        for c in s.get("casualties", []):
            c = dict(c)
            c["evidence"] = _ev(text, c["evidence"], f"{article_id} casualty")
            cas.append(c)
        s["casualties"] = cas
        strikes.append(s)
    claims = []
    for c in spec.get("claims", []):
        c = dict(c)
        c["evidence"] = _ev(text, c["evidence"], f"{article_id} claim {c['claimant']}")
        claims.append(c)
    return GoldArticle.model_validate({
        "article_id": article_id, "strikes": strikes, "claims": claims,
        "alternatives": spec.get("alternatives", {}), "notes": spec.get("notes"),
    })


def main() -> None:
    (HERE / "gold").mkdir(exist_ok=True)
    for article_id, spec in SPECS.items():
        gold = build(article_id, spec)
        path = HERE / "gold" / f"{article_id}.json"
        path.write_text(json.dumps(gold.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", path.name, len(gold.strikes), "strikes", len(gold.claims), "claims")


if __name__ == "__main__":
    main()
