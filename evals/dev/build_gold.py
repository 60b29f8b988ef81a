"""Write a synthetic set's gold files from compact hand-written specs (<set>/gold/<id>.json).

Every evidence quote is grounded with ``extractor.grounding.ground_quote`` against
``read_article(path).text``; the script fails if a quote is not found verbatim or occurs twice.
The set folder holds ``gold_specs.py`` (a ``SPECS`` dict), ``articles/`` and ``gold/``.
Run: /work/venv/bin/python evals/dev/build_gold.py                  (the dev set, evals/dev)
     /work/venv/bin/python evals/dev/build_gold.py evals/holdout    (any other set folder)
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from extractor.articles import read_article
from extractor.evaluation.gold import GoldArticle
from extractor.grounding import ground_quote

HERE = Path(__file__).resolve().parent


def S(
    attackers,
    place,
    region,
    country,
    *,
    target=None,
    target_group=None,
    date=None,
    date_text=None,
    precision="unknown",
    aircraft=(),
    weapons=(),
    casualties=(),
    coordinated_with=(),
    reported_by=(),
    evidence=(),
):
    """A strike spec (evidence as quotes; grounded by ``build``)."""
    return {
        "attackers": list(attackers),
        "target": target,
        "target_group": target_group,
        "location": {"place": place, "region": region, "country": country},
        "strike_date": date,
        "date_text": date_text,
        "date_precision": precision,
        "aircraft": list(aircraft),
        "weapons": list(weapons),
        "casualties": list(casualties),
        "coordinated_with": list(coordinated_with),
        "reported_by": list(reported_by),
        "evidence": list(evidence),
    }


def K(kind, group, lo, hi, *evidence):
    """A casualty spec."""
    return {"kind": kind, "group": group, "min": lo, "max": hi, "evidence": list(evidence)}


def CL(claimant, org, stance, statement, evidence, quote=None):
    """A claim spec."""
    return {
        "claimant": claimant,
        "claimant_org": org,
        "stance": stance,
        "statement": statement,
        "quote": quote,
        "evidence": list(evidence),
    }


def load_specs(folder: Path) -> dict:
    """The ``SPECS`` dict of ``<folder>/gold_specs.py``."""
    path = folder / "gold_specs.py"
    if not path.is_file():
        raise SystemExit(f"no gold_specs.py in {folder}")
    spec = importlib.util.spec_from_file_location(f"gold_specs_{folder.name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.SPECS


def _ev(text: str, quotes: list[str], where: str) -> list[dict]:
    out = []
    for q in quotes:
        span = ground_quote(text, q)
        if span is None:
            raise SystemExit(f"{where}: quote not found: {q!r}")
        quote = text[span.start : span.end]
        if text.count(quote) != 1:
            raise SystemExit(f"{where}: quote not unique: {q!r}")
        out.append({"quote": quote, "char_interval": {"start": span.start, "end": span.end}})
    return out


def build(article_id: str, spec: dict, folder: Path = HERE) -> GoldArticle:
    text = read_article(folder / "articles" / f"{article_id}.txt").text
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
    return GoldArticle.model_validate(
        {
            "article_id": article_id,
            "strikes": strikes,
            "claims": claims,
            "alternatives": spec.get("alternatives", {}),
            "notes": spec.get("notes"),
        }
    )


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1:
        raise SystemExit("usage: build_gold.py [SET_FOLDER]   (default: evals/dev)")
    folder = Path(args[0]).resolve() if args else HERE
    specs = load_specs(folder)
    (folder / "gold").mkdir(exist_ok=True)
    for article_id, spec in specs.items():
        gold = build(article_id, spec, folder)
        path = folder / "gold" / f"{article_id}.json"
        path.write_text(json.dumps(gold.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print("wrote", path.name, len(gold.strikes), "strikes", len(gold.claims), "claims")


if __name__ == "__main__":
    main()
