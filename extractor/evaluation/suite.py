"""Run an eval suite: find gold and articles, extract every labelled article, score, build the run.

A suite is a gold folder (``<article-id>.json``) and an articles folder (``<article-id>.txt``).
The named suites (``seeds``: ``evals/gold`` + ``evals/articles``; ``dev``; ``holdout``; ``real-dev``;
``real-test``) are found by walking up
from the current directory to a folder holding ``evals/gold``, else next to the installed package
(an editable install in a checkout). Any other labelled set is scored with ``--gold DIR --articles DIR``.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from extractor.api import extract_many
from extractor.articles import iter_article_paths, read_article
from extractor.config import Settings
from extractor.errors import ArticleError, ExtractorError
from extractor.evaluation.gold import GoldArticle, GoldError, gold_paths, load_gold, read_gold_data
from extractor.evaluation.runs import ArticleRun, EvalRun, RunConfig, now_utc
from extractor.evaluation.scoring import aggregate, score_article
from extractor.prompts import load_prompt
from extractor.schemas import SCHEMA_VERSION, Article, ArticleExtraction

SUITES = {
    "seeds": ("evals/gold", "evals/articles"),
    "dev": ("evals/dev/gold", "evals/dev/articles"),
    "holdout": ("evals/holdout/gold", "evals/holdout/articles"),
    "real-dev": ("evals/real/dev/gold", "evals/real/dev/articles"),
    "real-test": ("evals/real/test/gold", "evals/real/test/articles"),
}
"""Named suites: name -> (gold folder, articles folder), relative to the repository root."""


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


def find_repo_root(start: Path | None = None) -> Path | None:
    """The nearest folder at or above ``start`` (default CWD) holding ``evals/gold``; else the package's checkout."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "evals" / "gold").is_dir():
            return folder
    checkout = Path(__file__).resolve().parents[2]
    return checkout if (checkout / "evals" / "gold").is_dir() else None


def suite_dirs(name: str, root: Path | None = None) -> tuple[Path, Path]:
    """(gold folder, articles folder) of a named suite."""
    if name not in SUITES:
        raise EvalInputError(f"unknown suite {name!r}: choose one of {', '.join(SUITES)}, or use --gold/--articles")
    root = root or find_repo_root()
    if root is None:
        raise EvalInputError(
            f"suite {name!r}: no evals/gold found above {Path.cwd()}; run from the repository or use --gold/--articles"
        )
    gold, articles = SUITES[name]
    return root / gold, root / articles


def display_path(path: Path, root: Path | None = None) -> str:
    """A path for run files: relative to the repository root or CWD, else only the folder's name."""
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


def _endpoint(url: str | None) -> str | None:
    """The base URL without credentials, query or fragment."""
    if not url:
        return None
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, "", ""))


def run_config(
    settings: Settings, inputs: SuiteInputs, results: list[ArticleExtraction], root: Path | None
) -> RunConfig:
    """What produced the run: engine, model, endpoint and prompt (from results, else from settings)."""
    engine = settings.resolved_engine
    meta = results[0].metadata if results else None
    prompt_id, prompt_hash = (meta.prompt_id, meta.prompt_hash) if meta else (None, None)
    if engine == "llm" and prompt_id is None:
        template = load_prompt(settings.prompt)
        prompt_id, prompt_hash = template.name, template.hash
    served = sorted({r.metadata.served_model for r in results if r.metadata.served_model})
    return RunConfig(
        engine=engine,
        model=settings.model or (meta.model if meta else None),
        served_model=", ".join(served) or None,
        endpoint=_endpoint(settings.base_url) if engine == "llm" else None,
        prompt_id=prompt_id,
        prompt_hash=prompt_hash,
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


def default_runs_dir(root: Path | None) -> Path:
    """Where run files go: ``evals/runs`` of the repository, else of the current directory."""
    return (root or Path(os.getcwd())) / "evals" / "runs"
