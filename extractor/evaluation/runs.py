"""Run files: what one eval produced (config, per-article scores and outputs, aggregates), and the gate.

A run file is JSON written to ``evals/runs/<timestamp>-<suite>-<engine>-<model>.json``. It holds no
absolute paths, so two runs of the same configuration differ only in timestamps, latencies and cache hits.
:func:`compare_runs` is the prompt-change gate (rules in ``docs/evaluation.md``): it refuses runs over
different article sets unless asked, and the candidate fails when its micro F1 on strikes, claims or
any strike field is below the baseline's by more than a threshold, when more articles fail, when its
schema-valid rate is lower, or when it drops more ungrounded items.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, model_validator

from extractor.errors import ExtractorError, first_validation_error
from extractor.evaluation.scoring import STRIKE_FIELDS, Aggregate, ArticleScore, Counts
from extractor.schemas import SCHEMA_VERSION, ArticleExtraction, EngineIdentity

RUN_FORMAT_VERSION = 2
"""2: the run's ``config.identity`` (an ``EngineIdentity``) replaced flat engine/model/endpoint/prompt fields."""
DEFAULT_THRESHOLD = 0.02


class RunFileError(ExtractorError):
    """A run file is missing, unreadable or not a run file."""


class RunConfig(BaseModel):
    """How the predictions of a run were produced (the engine's identity) and what they were scored against."""

    identity: EngineIdentity
    served_model: str | None = Field(
        default=None, description="The model(s) the endpoint said answered, from its responses (comma-separated)."
    )
    schema_version: str = SCHEMA_VERSION
    suite: str = Field(description="Suite name ('seeds'), or 'custom' for --gold/--articles.")
    gold_dir: str = Field(description="Gold folder, relative to the repository root (or its name only).")
    articles_dir: str
    gold_hash: str = Field(description="Hash of the gold files' content: runs on different gold do not compare.")
    use_cache: bool = True

    @model_validator(mode="before")
    @classmethod
    def _legacy(cls, data: Any) -> Any:
        """Read format-1 run files, whose engine, model, endpoint and prompt were flat keys."""
        if isinstance(data, dict) and "identity" not in data and "engine" in data:
            data = dict(data)
            keys = ("engine", "model", "endpoint", "prompt_id", "prompt_hash")
            data["identity"] = {k: data.pop(k) for k in keys if k in data}
        return data

    @property
    def engine(self) -> str:
        return self.identity.engine

    @property
    def model(self) -> str | None:
        return self.identity.model


class ArticleRun(BaseModel):
    """One article of a run: its score, and the prediction scored (None when extraction failed)."""

    article_id: str
    score: ArticleScore
    prediction: ArticleExtraction | None = None
    failure: str | None = None


class EvalRun(BaseModel):
    """A whole run file."""

    format_version: int = RUN_FORMAT_VERSION
    created_at: datetime
    config: RunConfig
    aggregate: Aggregate
    articles: list[ArticleRun]


def now_utc() -> datetime:
    """The current time in UTC, to the second (run files are read by people)."""
    return datetime.now(UTC).replace(microsecond=0)


def _slug(value: str | None) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", value or "default").strip("_") or "default"


def run_filename(run: EvalRun) -> str:
    """``<timestamp>-<suite>-<engine>-<model>.json``, e.g. ``20250101T120000Z-seeds-offline-default.json``."""
    stamp = run.created_at.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    cfg = run.config
    return f"{stamp}-{_slug(cfg.suite)}-{_slug(cfg.engine)}-{_slug(cfg.model)}.json"


def write_run(run: EvalRun, destination: str | Path) -> Path:
    """Write a run as indented JSON; ``destination`` is a ``.json`` file or a folder to name it in."""
    path = Path(destination)
    if path.suffix != ".json":
        path = path / run_filename(run)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(run.model_dump_json(indent=2) + "\n", encoding="utf-8")
    return path


def load_run(path: str | Path) -> EvalRun:
    """Read a run file; raise RunFileError with one line when it is missing or malformed."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RunFileError(f"{path}: cannot read run file: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise RunFileError(f"{path}: not a run file (not UTF-8 text)") from None
    try:
        return EvalRun.model_validate_json(raw)
    except ValidationError as exc:
        raise RunFileError(f"{path}: not a valid run file: {first_validation_error(exc)}") from None


# ---------------------------------------------------------------- comparison (the gate)


class ComparisonError(RunFileError):
    """Two runs that cannot be compared (different article sets)."""


MetricKind = Literal["f1", "rate", "count"]


class MetricDelta(BaseModel):
    """One gated metric in both runs.

    ``f1``: higher is better, a drop larger than the threshold regresses. ``rate`` (schema-valid rate):
    higher is better, any drop regresses. ``count`` (failures, dropped ungrounded items): lower is
    better, any rise regresses.
    """

    name: str
    baseline: float
    candidate: float
    kind: MetricKind = "f1"
    gated: bool = Field(default=True, description="False when neither run has anything to count for it.")

    @property
    def delta(self) -> float:
        return round(self.candidate - self.baseline, 6)

    def regressed(self, threshold: float) -> bool:
        if not self.gated:
            return False
        if self.kind == "f1":
            return self.baseline - self.candidate > threshold + 1e-9
        if self.kind == "rate":
            return self.candidate < self.baseline - 1e-9
        return self.candidate > self.baseline


class ArticleDelta(BaseModel):
    """One article's strike and claim F1 in both runs (None where a run lacks the article)."""

    article_id: str
    baseline_strike_f1: float | None
    candidate_strike_f1: float | None
    baseline_claim_f1: float | None
    candidate_claim_f1: float | None
    baseline_failure: str | None = None
    candidate_failure: str | None = None


class Comparison(BaseModel):
    """Two runs side by side, and whether the candidate falls below the baseline."""

    threshold: float
    metrics: list[MetricDelta]
    articles: list[ArticleDelta]
    warnings: list[str] = Field(default_factory=list)

    @property
    def regressions(self) -> list[MetricDelta]:
        return [m for m in self.metrics if m.regressed(self.threshold)]

    @property
    def regressed(self) -> bool:
        return bool(self.regressions)


def gated_counts(aggregate: Aggregate) -> dict[str, Counts]:
    """The micro counts the gate looks at: strikes, claims, complete claims and every strike field."""
    return {
        "strikes": aggregate.strikes,
        "claims": aggregate.claims,
        "claims:complete": aggregate.complete_claims,
        **{f"field:{f}": aggregate.fields.get(f, Counts()) for f in STRIKE_FIELDS},
    }


def compare_runs(
    baseline: EvalRun,
    candidate: EvalRun,
    threshold: float = DEFAULT_THRESHOLD,
    *,
    allow_different_articles: bool = False,
) -> Comparison:
    """Compare the gated metrics and per-article scores; see :class:`MetricDelta` for what regresses.

    Runs over different article sets are refused (ComparisonError) unless ``allow_different_articles``:
    their aggregates do not measure the same thing.
    """
    a_by_id = {a.article_id: a for a in baseline.articles}
    b_by_id = {a.article_id: a for a in candidate.articles}
    warnings = []
    if a_by_id.keys() != b_by_id.keys():
        only_a, only_b = sorted(a_by_id.keys() - b_by_id.keys()), sorted(b_by_id.keys() - a_by_id.keys())
        detail = (
            f"runs over different articles (suite {baseline.config.suite!r}: {len(a_by_id)}, "
            f"suite {candidate.config.suite!r}: {len(b_by_id)}; {len(only_a)} only in A, {len(only_b)} only in B)"
        )
        if not allow_different_articles:
            raise ComparisonError(
                f"cannot compare {detail}; compare runs of the same suite, or pass --allow-different-articles"
            )
        warnings.append(f"{detail}: aggregates are not comparable")
    base, cand = gated_counts(baseline.aggregate), gated_counts(candidate.aggregate)
    metrics = [
        MetricDelta(
            name=name,
            baseline=base[name].f1,
            candidate=cand[name].f1,
            gated=not (base[name].empty and cand[name].empty),
        )
        for name in base
    ]
    a_agg, b_agg = baseline.aggregate, candidate.aggregate
    metrics += [
        MetricDelta(name="failures", baseline=a_agg.failures, candidate=b_agg.failures, kind="count"),
        MetricDelta(
            name="schema-valid rate", baseline=a_agg.schema_valid_rate, candidate=b_agg.schema_valid_rate, kind="rate"
        ),
        MetricDelta(
            name="dropped ungrounded",
            baseline=a_agg.dropped_ungrounded,
            candidate=b_agg.dropped_ungrounded,
            kind="count",
        ),
    ]
    rows = []
    for article_id in sorted(a_by_id.keys() | b_by_id.keys()):
        a, b = a_by_id.get(article_id), b_by_id.get(article_id)
        rows.append(
            ArticleDelta(
                article_id=article_id,
                baseline_strike_f1=a.score.strikes.f1 if a else None,
                candidate_strike_f1=b.score.strikes.f1 if b else None,
                baseline_claim_f1=a.score.claims.f1 if a else None,
                candidate_claim_f1=b.score.claims.f1 if b else None,
                baseline_failure=a.failure if a else None,
                candidate_failure=b.failure if b else None,
            )
        )
    if baseline.config.gold_hash != candidate.config.gold_hash:
        warnings.append("the runs were scored against different gold files (gold_hash differs)")
    changed = [
        name for name in baseline.config.identity.differences(candidate.config.identity) if name not in ("engine",)
    ]
    if changed and baseline.config.engine == candidate.config.engine:
        warnings.append(f"the runs were made by different engine set-ups: {', '.join(changed)} differ")
    if baseline.config.schema_version != candidate.config.schema_version:
        warnings.append(
            f"schema versions differ: {baseline.config.schema_version} vs {candidate.config.schema_version}"
        )
    return Comparison(threshold=threshold, metrics=metrics, articles=rows, warnings=warnings)
