"""Run an eval suite: find gold and articles, extract every labelled article, score, build the run.

A suite is a gold folder (``<article-id>.yaml``) and an articles folder (``<article-id>.txt``).
The named suites (``seeds``: ``evals/gold`` + ``evals/articles``; ``dev``; ``holdout``; ``real-dev``;
``real-test``) live in an evals folder given explicitly: ``--evals-dir``, else ``EXTRACTOR_EVALS_DIR``,
else ``evals/`` in the current directory. The package never looks for it anywhere else. Any other
labelled set is scored with ``--gold DIR --articles DIR``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from extractor.api import extract_many
from extractor.articles import iter_article_paths, read_article
from extractor.config import Settings
from extractor.engines import get_engine
from extractor.errors import ArticleError, ExtractorError
from extractor.evaluation.gold import GoldArticle, GoldError, gold_paths, load_gold, read_gold_data
from extractor.evaluation.runs import ArticleRun, EvalRun, RunConfig, now_utc
from extractor.evaluation.scoring import aggregate, score_article
from extractor.schemas import SCHEMA_VERSION, Article, ArticleExtraction

SUITES = {
    "seeds": ("gold", "articles"),
    "dev": ("dev/gold", "dev/articles"),
    "holdout": ("holdout/gold", "holdout/articles"),
    "real-dev": ("real/dev/gold", "real/dev/articles"),
    "real-test": ("real/test/gold", "real/test/articles"),
}
"""Named suites: name -> (gold folder, articles folder), relative to the evals folder."""
EVALS_DIR_ENV = "EXTRACTOR_EVALS_DIR"


class EvalInputError(ExtractorError):
    """The gold or articles of an eval cannot be used (missing folder, bad gold file, unknown suite)."""


@dataclass
class SuiteInputs:
    """Everything an eval reads before extracting: gold, the articles that could be read, and why others not."""

    name: str
    gold_dir: Path
    articles_dir: Path
    gold: dict[str, GoldArticle]
    articles: dict[str, Article]
    unreadable: dict[str, str]


def evals_dir(explicit: Path | None = None) -> Path:
    """The evals folder: ``explicit`` (``--evals-dir``), else ``$EXTRACTOR_EVALS_DIR``, else ``./evals``."""
    if explicit is not None:
        return explicit
    if os.environ.get(EVALS_DIR_ENV):
        return Path(os.environ[EVALS_DIR_ENV])
    return Path.cwd() / "evals"


def suite_dirs(name: str, evals: Path | None = None) -> tuple[Path, Path]:
    """(gold folder, articles folder) of a named suite in the evals folder (see :func:`evals_dir`)."""
    if name not in SUITES:
        raise EvalInputError(f"unknown suite {name!r}: choose one of {', '.join(SUITES)}, or use --gold/--articles")
    folder = evals_dir(evals)
    gold, articles = SUITES[name]
    if not folder.is_dir():
        raise EvalInputError(
            f"suite {name!r}: no evals folder at {folder}; run from the repository, or give it "
            f"(--evals-dir or {EVALS_DIR_ENV}), or use --gold/--articles"
        )
    return folder / gold, folder / articles


def display_path(path: Path, root: Path | None = None) -> str:
    """A path for run files: relative to ``root`` (the folder holding the evals folder) or CWD, else its name."""
    resolved = path.resolve()
    for base in (root, Path.cwd()):
        if base is not None and resolved.is_relative_to(base.resolve()):
            return resolved.relative_to(base.resolve()).as_posix() or "."
    return resolved.name


def load_inputs(gold_dir: Path, articles_dir: Path, name: str = "custom") -> SuiteInputs:
    """Read the labelled articles and their gold; an unreadable article is recorded, not raised."""
    if not gold_dir.is_dir():
        raise EvalInputError(f"{gold_dir}: gold folder not found")
    if not articles_dir.is_dir():
        raise EvalInputError(f"{articles_dir}: articles folder not found")
    try:
        ids = [str(read_gold_data(p)["article_id"]) for p in gold_paths(gold_dir)]
    except GoldError as exc:
        raise EvalInputError(str(exc)) from None
    if not ids:
        raise EvalInputError(f"{gold_dir}: no gold files (*.yaml) in this folder")
    paths = {p.stem: p for p in iter_article_paths([articles_dir])}
    missing = sorted(set(ids) - paths.keys())
    if missing:
        raise EvalInputError(
            f"{articles_dir}: no article file for gold id(s) {', '.join(missing[:5])}"
            + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        )
    articles: dict[str, Article] = {}
    unreadable: dict[str, str] = {}
    for article_id in sorted(set(ids)):
        try:
            articles[article_id] = read_article(paths[article_id])
        except ArticleError as exc:
            message = str(exc)  # "<absolute path>: why": keep run files free of absolute paths
            if exc.source and message.startswith(exc.source):
                message = paths[article_id].name + message[len(exc.source) :]
            unreadable[article_id] = message
    texts: dict[str, str | None] = {article_id: article.text for article_id, article in articles.items()}
    texts |= dict.fromkeys(unreadable)
    try:
        gold = load_gold(gold_dir, texts)
    except GoldError as exc:
        raise EvalInputError(str(exc)) from None
    return SuiteInputs(name, gold_dir, articles_dir, gold, articles, unreadable)


def gold_hash(gold: dict[str, GoldArticle]) -> str:
    """Content hash of a gold set, so runs scored on different gold are told apart."""
    digest = hashlib.sha256()
    for article_id in sorted(gold):
        digest.update(gold[article_id].model_dump_json().encode("utf-8"))
    return digest.hexdigest()[:16]


def run_config(
    settings: Settings, inputs: SuiteInputs, results: list[ArticleExtraction], root: Path | None
) -> RunConfig:
    """What produced the run (the engine's full identity, the model the endpoint says answered) and what it
    was scored against."""
    served = sorted({r.metadata.served_model for r in results if r.metadata.served_model})
    return RunConfig(
        identity=get_engine(settings).identity(),
        served_model=", ".join(served) or None,
        schema_version=SCHEMA_VERSION,
        suite=inputs.name,
        gold_dir=display_path(inputs.gold_dir, root),
        articles_dir=display_path(inputs.articles_dir, root),
        gold_hash=gold_hash(inputs.gold),
        use_cache=settings.use_cache,
    )


def run_eval(
    inputs: SuiteInputs, settings: Settings, *, concurrency: int = 4, progress: bool = False, root: Path | None = None
) -> EvalRun:
    """Extract every readable labelled article and score it; failures score as empty predictions."""
    try:
        batch = extract_many(
            list(inputs.articles.values()), concurrency=concurrency, progress=progress, settings=settings
        )
    except ImportError as exc:
        raise EvalInputError(f"engine {settings.resolved_engine!r} is not available: {exc}") from None
    failures = {f.article_id: f.error for f in batch.failures}
    results = sorted(batch.results, key=lambda r: r.article_id)
    return build_run(inputs, results, failures, run_config(settings, inputs, results, root))


def build_run(
    inputs: SuiteInputs, results: list[ArticleExtraction], failures: dict[str, str], config: RunConfig
) -> EvalRun:
    """Score predictions against the suite's gold; a labelled article without a result is a failure."""
    by_id = {r.article_id: r for r in results}
    failures = failures | inputs.unreadable
    runs = []
    for article_id in sorted(inputs.gold):
        prediction = by_id.get(article_id)
        if prediction is not None and prediction.article is not None:
            prediction = prediction.model_copy(update={"article": None})  # the articles folder holds the text
        failure = None if prediction else failures.get(article_id, "no result returned")
        text = inputs.articles[article_id].text if article_id in inputs.articles else ""
        score = score_article(inputs.gold[article_id], prediction, text, failure)
        runs.append(ArticleRun(article_id=article_id, score=score, prediction=prediction, failure=failure))
    return EvalRun(created_at=now_utc(), config=config, aggregate=aggregate([r.score for r in runs]), articles=runs)


def default_runs_dir(evals: Path | None = None) -> Path:
    """Where run files go: ``runs/`` in the evals folder (see :func:`evals_dir`)."""
    return evals_dir(evals) / "runs"
