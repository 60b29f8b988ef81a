"""HTML report of one eval run: summary table, then per article the text with gold and predicted
evidence highlighted and a field-by-field diff of matched strikes and claims.

The page is one self-contained file (inline CSS, no scripts, no external assets). Everything taken
from articles, gold or predictions is escaped by jinja2 autoescaping, and a Content-Security-Policy
forbids scripts, so an article containing ``<script>`` shows as text and never runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from extractor.data import data_path
from extractor.evaluation.gold import GoldArticle
from extractor.evaluation.runs import ArticleRun, EvalRun
from extractor.evaluation.scoring import STRIKE_FIELDS, Counts
from extractor.evaluation.suite import SuiteInputs
from extractor.grounding import ground_quote, span_is_verified
from extractor.schemas import ArticleExtraction, Casualty, Claim, Evidence, StrikeReport

TEMPLATE = "eval_report.html.j2"
TEMPLATE_DIR = data_path("templates")


@dataclass(frozen=True)
class Highlight:
    """One evidence span to mark: where, whose (gold or predicted) and a label saying which item."""

    start: int
    end: int
    side: str
    label: str


@dataclass
class Segment:
    """A run of text covered by the same set of highlights."""

    text: str
    gold: list[str] = field(default_factory=list)
    predicted: list[str] = field(default_factory=list)

    @property
    def css_class(self) -> str:
        if self.gold and self.predicted:
            return "both"
        return "gold" if self.gold else "pred" if self.predicted else ""

    @property
    def title(self) -> str:
        return "; ".join([*(f"gold {x}" for x in self.gold), *(f"predicted {x}" for x in self.predicted)])


def split_segments(text: str, highlights: list[Highlight]) -> list[Segment]:
    """Cut the text at every highlight boundary so overlapping spans are each shown."""
    cuts = sorted({0, len(text), *(h.start for h in highlights), *(h.end for h in highlights)})
    segments = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if start >= end:
            continue
        covering = [h for h in highlights if h.start <= start and end <= h.end]
        segments.append(
            Segment(
                text[start:end],
                gold=[h.label for h in covering if h.side == "gold"],
                predicted=[h.label for h in covering if h.side == "predicted"],
            )
        )
    return segments


def locate(text: str, evidence: Evidence) -> tuple[int, int] | None:
    """Offsets of an evidence quote: its verified span, else wherever the quote is found, else None."""
    if span_is_verified(text, evidence):
        ci = evidence.char_interval
        return ci.start, ci.end  # type: ignore[union-attr]
    found = ground_quote(text, evidence.quote)
    return (found.start, found.end) if found else None


def _item_evidence(strikes: list[StrikeReport], claims: list[Claim]) -> list[tuple[str, Evidence]]:
    out = []
    for i, s in enumerate(strikes, 1):
        out += [(f"strike {i}", e) for e in s.evidence]
        out += [(f"strike {i} casualty", e) for c in s.casualties for e in c.evidence]
    for i, c in enumerate(claims, 1):
        out += [(f"claim {i}", e) for e in c.evidence]
    return out


def highlights_for(
    text: str, gold: GoldArticle, prediction: ArticleExtraction | None
) -> tuple[list[Highlight], list[str]]:
    """Gold and predicted evidence spans in the text, and the predicted quotes not found in it."""
    found: list[Highlight] = []
    missing: list[str] = []
    sides = [("gold", gold.strikes, gold.claims)]
    if prediction is not None:
        sides.append(("predicted", prediction.strikes, prediction.claims))
    for side, strikes, claims in sides:
        for label, evidence in _item_evidence(strikes, claims):
            span = locate(text, evidence)
            if span is not None:
                found.append(Highlight(span[0], span[1], side, label))
            elif side == "predicted":
                missing.append(f"{label}: {evidence.quote}")
    return found, missing


def _casualty(c: Casualty) -> str:
    if c.min is None and c.max is None:
        figure = "?"
    elif c.min is None or c.max is None or c.min == c.max:
        figure = str(c.min if c.min is not None else f"≤{c.max}")
    else:
        figure = f"{c.min}-{c.max}"
    return f"{figure} {c.group} {c.kind}"


def field_value(strike: StrikeReport, name: str) -> str:
    """A field of a strike as the report shows it."""
    if name in ("place", "region", "country"):
        return getattr(strike.location, name) or ""
    if name == "strike_date":
        return f"{strike.strike_date} ({strike.date_precision})" if strike.strike_date else ""
    if name == "casualties":
        return "; ".join(map(_casualty, strike.casualties))
    value = getattr(strike, name)
    return ", ".join(value) if isinstance(value, list) else (value or "")


def verdict(counts: Counts) -> str:
    """One word for a field's counts: ok, partial, wrong, missed, extra, or empty."""
    if counts.empty:
        return "empty"
    if counts.fp == 0 and counts.fn == 0:
        return "ok"
    if counts.tp:
        return "partial"
    if counts.fp and counts.fn:
        return "wrong"
    return "missed" if counts.fn else "extra"


def _strike_title(s: StrikeReport) -> str:
    where = ", ".join(x for x in (s.location.place, s.location.region, s.location.country) if x) or "?"
    return f"{', '.join(s.attackers) or '?'} · {where} · {s.strike_date or '?'}"


_RULE_FIELD = {"place": "location", "region": "location", "country": "location"}
"""Scored location fields share the rule that read the location."""


def article_view(inputs: SuiteInputs, run_article: ArticleRun) -> dict:
    """Everything the template shows for one article."""
    gold = inputs.gold[run_article.article_id]
    article = inputs.articles.get(run_article.article_id)
    text = article.text if article else ""
    prediction: ArticleExtraction | None = run_article.prediction
    score = run_article.score
    highlights, missing = highlights_for(text, gold, prediction)
    strikes = prediction.strikes if prediction else []
    claims = prediction.claims if prediction else []
    rules: dict[tuple[int, str], str] = (
        {(r.strike, r.field): r.rule for r in prediction.field_rules} if prediction else {}
    )
    strike_pairs = [
        {
            "gold_index": p.gold + 1,
            "predicted_index": p.predicted + 1,
            "similarity": p.similarity,
            "rows": [
                {
                    "field": f,
                    "gold": field_value(gold.strikes[p.gold], f),
                    "predicted": field_value(strikes[p.predicted], f),
                    "verdict": verdict(p.fields[f]),
                    "rule": rules.get((p.predicted, _RULE_FIELD.get(f, f)), ""),
                }
                for f in STRIKE_FIELDS
            ],
        }
        for p in score.strike_pairs
    ]
    claim_pairs = [
        {
            "gold_index": p.gold + 1,
            "predicted_index": p.predicted + 1,
            "gold": gold.claims[p.gold],
            "predicted": claims[p.predicted],
            "claimant_similarity": p.claimant_similarity,
            "statement_similarity": p.statement_similarity,
        }
        for p in score.claim_pairs
    ]
    matched_gold_strikes = {p.gold for p in score.strike_pairs}
    matched_pred_strikes = {p.predicted for p in score.strike_pairs}
    matched_gold_claims = {p.gold for p in score.claim_pairs}
    matched_pred_claims = {p.predicted for p in score.claim_pairs}
    return {
        "id": run_article.article_id,
        "title": article.title if article else None,
        "score": score,
        "failure": run_article.failure,
        "segments": split_segments(text, highlights),
        "unfound_quotes": missing,
        "strike_pairs": strike_pairs,
        "missed_strikes": [
            (i + 1, _strike_title(s)) for i, s in enumerate(gold.strikes) if i not in matched_gold_strikes
        ],
        "extra_strikes": [
            (i + 1, _strike_title(s), "; ".join(f"{f}: {rule}" for (k, f), rule in rules.items() if k == i))
            for i, s in enumerate(strikes)
            if i not in matched_pred_strikes
        ],
        "claim_pairs": claim_pairs,
        "missed_claims": [(i + 1, c) for i, c in enumerate(gold.claims) if i not in matched_gold_claims],
        "extra_claims": [(i + 1, c) for i, c in enumerate(claims) if i not in matched_pred_claims],
    }


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_report(run: EvalRun, inputs: SuiteInputs) -> str:
    """The report as one HTML string."""
    agg = run.aggregate
    summary = [
        ("strikes", agg.strikes, agg.macro.strikes),
        *((f"· {f}", agg.fields[f], agg.macro.fields[f]) for f in STRIKE_FIELDS),
        ("claims", agg.claims, agg.macro.claims),
    ]
    articles = [article_view(inputs, a) for a in run.articles if a.article_id in inputs.gold]
    return _environment().get_template(TEMPLATE).render(run=run, agg=agg, summary=summary, articles=articles)


def write_report(run: EvalRun, inputs: SuiteInputs, path: str | Path) -> Path:
    """Render the report and write it to ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(run, inputs), encoding="utf-8")
    return path
