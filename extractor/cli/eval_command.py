"""``extractor eval``: score an engine on a labelled suite, write a run file, gate against a baseline.

Exit codes: 0 ok, 1 the candidate is below the baseline, 2 bad input (one-line error).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractor.cli import app, options
from extractor.cli.options import settings_from_flags, show_progress
from extractor.evaluation.report import write_report
from extractor.evaluation.runs import DEFAULT_THRESHOLD, Comparison, EvalRun, compare_runs, load_run, write_run
from extractor.evaluation.scoring import PRF, STRIKE_FIELDS, Counts
from extractor.evaluation.suite import (
    EvalInputError,
    default_runs_dir,
    evals_dir,
    gold_hash,
    load_inputs,
    run_eval,
    suite_dirs,
)

AllowDifferentArticles = Annotated[
    bool,
    typer.Option(
        "--allow-different-articles",
        help="Compare runs over different article sets (refused by default: their aggregates differ).",
    ),
]
EvalsDir = typer.Option(
    None,
    "--evals-dir",
    help="Evals folder holding the named suites [env EXTRACTOR_EVALS_DIR, else ./evals].",
)

eval_app = typer.Typer(
    help="Score an engine against gold labels; gate changes.\n\nExtract labelled articles, score them and "
    "write a run file; compare runs (the prompt-change gate, rules in docs/evaluation.md)."
)
app.add_typer(eval_app, name="eval")


def _f(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def print_run(console: Console, run: EvalRun) -> None:
    """Summary table (strikes, claims, per-field micro P/R/F1 + macro F1), costs, then per-article rows."""
    agg = run.aggregate
    cfg = run.config
    identity = cfg.identity
    title = f"eval {cfg.suite} · {cfg.engine}{'/' + cfg.model if cfg.model else ''}" + (
        f" · prompt {identity.prompt_id} ({identity.prompt_hash})" if identity.prompt_id else ""
    )
    table = Table(title=title, show_edge=True)
    for col in ("metric", "TP", "FP", "FN", "precision", "recall", "F1", "macro F1"):
        table.add_column(col, justify="left" if col == "metric" else "right")

    def row(name: str, counts: Counts, macro: PRF, style: str | None = None) -> None:
        scores = ["—"] * 3 if counts.empty else [_f(counts.precision), _f(counts.recall), _f(counts.f1)]
        table.add_row(
            name,
            str(counts.tp),
            str(counts.fp),
            str(counts.fn),
            *scores,
            _f(macro.f1) if macro.articles else "—",
            style=style,
        )

    row("strikes", agg.strikes, agg.macro.strikes, "bold")
    for field in STRIKE_FIELDS:
        row(f"  {field}", agg.fields[field], agg.macro.fields[field])
    row("claims", agg.claims, agg.macro.claims, "bold")
    row("  complete statements", agg.complete_claims, agg.macro.complete_claims)
    console.print(table)
    console.print(
        f"grounding {_f(agg.grounding_rate)} ({agg.verified_spans}/{agg.evidence_spans} spans) · "
        f"schema-valid {_f(agg.schema_valid_rate)} · failures {agg.failures}/{agg.articles} · "
        f"cache hits {agg.cache_hits} · tokens {agg.usage.total_tokens} · "
        f"latency {agg.latency_ms_total:.0f} ms total, {agg.latency_ms_mean:.0f} ms/article",
        highlight=False,
        soft_wrap=True,
    )
    per_article = Table(title="per article (gold/predicted/matched)")
    per_article.add_column("article", no_wrap=True)
    for col in ("strikes", "strike F1", "claims", "claim F1", "grounding"):
        per_article.add_column(col, no_wrap=True, justify="right")
    for a in run.articles:
        s = a.score
        per_article.add_row(
            a.article_id,
            f"{s.gold_strikes}/{s.predicted_strikes}/{s.strikes.tp}",
            _f(s.strikes.f1),
            f"{s.gold_claims}/{s.predicted_claims}/{s.claims.tp}",
            _f(s.claims.f1),
            _f(s.grounding_rate) + (" failed" if a.failure else ""),
        )
    console.print(per_article)
    failed = [a for a in run.articles if a.failure]
    if failed:  # one whole line each, never a squeezed column
        console.print(f"[red]{len(failed)} failed:[/]")
        for a in failed:
            console.print(f"  {escape(a.article_id)}: {escape(a.failure or '')}", highlight=False, soft_wrap=True)


def print_comparison(console: Console, comparison: Comparison, name_a: str, name_b: str) -> None:
    """Both runs side by side per gated metric and per article, then the verdict."""
    console.print(f"A (baseline)  = {name_a}\nB (candidate) = {name_b}", highlight=False, soft_wrap=True)
    table = Table(title="gated metrics (micro F1, then run health)")
    for col in ("metric", "A", "B", "B - A", "status"):
        table.add_column(col, justify="left" if col in ("metric", "status") else "right")
    for m in comparison.metrics:
        status = (
            "[red]REGRESSED[/]" if m.regressed(comparison.threshold) else "nothing to score" if not m.gated else "ok"
        )
        if m.kind == "count":
            values = (f"{m.baseline:.0f}", f"{m.candidate:.0f}", f"{m.delta:+.0f}")
        else:
            values = (_f(m.baseline), _f(m.candidate), f"{m.delta:+.3f}")
        table.add_row(m.name, *values, status)
    console.print(table)
    articles = Table(title="per article")
    articles.add_column("article", no_wrap=True)
    for col in ("strike F1 A", "strike F1 B", "claim F1 A", "claim F1 B"):
        articles.add_column(col, no_wrap=True, justify="right")
    for a in comparison.articles:
        articles.add_row(
            a.article_id,
            _f(a.baseline_strike_f1),
            _f(a.candidate_strike_f1),
            _f(a.baseline_claim_f1),
            _f(a.candidate_claim_f1),
        )
    console.print(articles)
    for a in comparison.articles:
        for side, failure in (("A", a.baseline_failure), ("B", a.candidate_failure)):
            if failure:
                console.print(
                    f"  failed in {side}: {escape(a.article_id)}: {escape(failure)}", highlight=False, soft_wrap=True
                )
    for warning in comparison.warnings:
        console.print(f"[yellow]warning:[/] {warning}")
    if comparison.regressed:
        names = ", ".join(m.name for m in comparison.regressions)
        console.print(f"[red]FAIL[/]: candidate is worse than the baseline on: {names}", soft_wrap=True)
    else:
        console.print(
            f"[green]PASS[/]: no F1 below the baseline by more than {comparison.threshold}; "
            "no more failures or dropped items, no lower schema-valid rate"
        )


def _check_threshold(threshold: float) -> None:
    if not 0 <= threshold <= 1:
        raise EvalInputError(f"--threshold must be between 0 and 1, got {threshold}")


@eval_app.callback(invoke_without_command=True)
def eval_main(
    ctx: typer.Context,
    suite: str | None = typer.Option(
        None, help="Named suite: seeds [default], dev, holdout, real-dev or real-test (in --evals-dir)."
    ),
    gold: Path | None = typer.Option(None, "--gold", help="Folder of gold files <article-id>.json."),
    articles: Path | None = typer.Option(None, "--articles", help="Folder of articles <article-id>.txt."),
    engine: options.Engine = None,
    model: options.Model = None,
    base_url: options.BaseUrl = None,
    prompt: options.Prompt = None,
    mode: options.Mode = None,
    concurrency: options.Concurrency = 4,
    no_cache: options.NoCache = False,
    refresh: options.Refresh = False,
    html: bool = typer.Option(False, "--html", help="Also write an HTML report next to the run file."),
    baseline: Path | None = typer.Option(None, "--baseline", help="Run file to gate against: exit 1 when below."),
    threshold: float = typer.Option(DEFAULT_THRESHOLD, help="Largest allowed F1 drop against --baseline."),
    runs_dir: Path | None = typer.Option(None, "--runs-dir", help="Folder for the run file [evals/runs]."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the run file exactly here (.json)."),
    allow_different_articles: AllowDifferentArticles = False,
    progress: options.Progress = None,
    evals: Path | None = EvalsDir,
) -> None:
    """Run an eval: extract the labelled articles, score them, print tables and write a run file."""
    if ctx.invoked_subcommand is not None:
        return
    _check_threshold(threshold)
    if (gold is None) != (articles is None):
        raise EvalInputError("--gold and --articles go together: give both folders")
    if suite is not None and gold is not None:
        raise EvalInputError("give either --suite or --gold/--articles, not both")
    folder = evals_dir(evals)
    root = folder.parent
    if gold is not None and articles is not None:
        name, gold_dir, articles_dir = "custom", gold, articles
    else:
        name = suite or "seeds"
        gold_dir, articles_dir = suite_dirs(name, folder)
    base_run = load_run(baseline) if baseline is not None else None
    if output is not None and output.suffix != ".json":
        raise EvalInputError(f"{output}: --output must be a .json file")
    cfg = settings_from_flags(engine, model, base_url, prompt, mode, no_cache, refresh)
    inputs = load_inputs(gold_dir, articles_dir, name)
    run = run_eval(inputs, cfg, concurrency=concurrency, progress=show_progress(progress), root=root)
    console = Console()
    print_run(console, run)
    path = write_run(run, output or runs_dir or default_runs_dir(folder))
    console.print(f"wrote run file {path}", highlight=False, soft_wrap=True)
    if html:
        report = write_report(run, inputs, path.with_suffix(".html"))
        console.print(f"wrote report {report}", highlight=False, soft_wrap=True)
    if base_run is not None:
        comparison = compare_runs(base_run, run, threshold, allow_different_articles=allow_different_articles)
        print_comparison(console, comparison, str(baseline), str(path))
        if comparison.regressed:
            raise typer.Exit(1)


@eval_app.command("compare")
def compare_command(
    run_a: Path = typer.Argument(..., help="Baseline run file (A)."),
    run_b: Path = typer.Argument(..., help="Candidate run file (B)."),
    threshold: float = typer.Option(DEFAULT_THRESHOLD, help="Largest allowed F1 drop of B against A."),
    allow_different_articles: AllowDifferentArticles = False,
) -> None:
    """Show two runs side by side; exit 1 when B is worse than A (the gate's rules: docs/evaluation.md)."""
    _check_threshold(threshold)
    comparison = compare_runs(
        load_run(run_a), load_run(run_b), threshold, allow_different_articles=allow_different_articles
    )
    print_comparison(Console(), comparison, str(run_a), str(run_b))
    if comparison.regressed:
        raise typer.Exit(1)


@eval_app.command("report")
def report_command(
    run_file: Path = typer.Argument(..., help="Run file to render."),
    gold: Path | None = typer.Option(None, "--gold", help="Gold folder [the run's, relative to the repository]."),
    articles: Path | None = typer.Option(None, "--articles", help="Articles folder [the run's]."),
    output: Path | None = typer.Option(None, "--output", "-o", help="HTML file [next to the run file]."),
    evals: Path | None = EvalsDir,
) -> None:
    """Write the HTML report of an existing run file, without extracting again."""
    run = load_run(run_file)
    root = evals_dir(evals).parent
    gold_dir = gold or root / run.config.gold_dir
    articles_dir = articles or root / run.config.articles_dir
    inputs = load_inputs(gold_dir, articles_dir, run.config.suite)
    if gold_hash(inputs.gold) != run.config.gold_hash:
        raise EvalInputError(
            f"{gold_dir}: gold differs from the gold this run was scored on (gold_hash); rerun the eval instead"
        )
    path = write_report(run, inputs, output or run_file.with_suffix(".html"))
    Console().print(f"wrote report {path}", highlight=False, soft_wrap=True)
