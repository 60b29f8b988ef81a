"""``extractor extract PATH...``: files, folders of articles, or ``-`` for stdin."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractor.api import BatchFailure, as_article, extract_many
from extractor.articles import decode_bytes, iter_article_paths, parse_article, read_article, read_capped
from extractor.cli import app, options
from extractor.cli.options import require_paths, settings_from_flags, show_progress
from extractor.cli.terminal import terminal_text
from extractor.errors import ArticleError
from extractor.schemas import Article, ArticleExtraction, Casualty, StrikeReport


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def load_inputs(paths: list[str], published: date | None = None) -> tuple[list[Article], list[BatchFailure]]:
    """Read every input; unreadable ones become failures instead of stopping the batch. ``published``
    (``--published``) overrides every article's publication date."""
    articles, failures = _read_inputs(paths)
    if published is not None:
        articles = [as_article(a, published) for a in articles]
    return articles, failures


def _read_inputs(paths: list[str]) -> tuple[list[Article], list[BatchFailure]]:
    articles: list[Article] = []
    failures: list[BatchFailure] = []
    for spec in paths:
        if spec == "-":
            try:
                articles.append(
                    parse_article(decode_bytes(read_capped(sys.stdin.buffer, "<stdin>"), "<stdin>"), source="<stdin>")
                )
            except ArticleError as exc:
                failures.append(BatchFailure("<stdin>", str(exc)))
            continue
        try:
            files = list(iter_article_paths([spec]))
        except ArticleError as exc:
            failures.append(BatchFailure(spec, str(exc)))
            continue
        if not files:
            failures.append(BatchFailure(spec, f"{spec}: no .txt, .md or .html articles in this folder"))
        for path in files:
            try:
                articles.append(read_article(path))
            except ArticleError as exc:
                failures.append(BatchFailure(path.stem, str(exc)))
    return articles, failures


def _casualty(c: Casualty) -> str:
    if c.min is None and c.max is None:
        n = "unstated number of"
    elif c.min is None:
        n = f"up to {c.max}"
    elif c.max is None or c.max == c.min:
        n = f"{c.min}" if c.max == c.min else f"at least {c.min}"
    else:
        n = f"{c.min}-{c.max}"
    return f"{n} {c.group} {c.kind}"


def _place(s: StrikeReport) -> str:
    return ", ".join(x for x in (s.location.place, s.location.region, s.location.country) if x) or "?"


def _evidence(s: StrikeReport) -> str:
    return "\n".join(
        f"[{e.char_interval.start}:{e.char_interval.end}] “{e.quote}”" for e in s.evidence[:2] if e.char_interval
    )


def print_extraction(console: Console, result: ArticleExtraction) -> None:
    """One article: a field/value table per strike, a table of claims, then the summary."""
    m = result.metadata
    console.rule(
        f"[bold]{escape(terminal_text(result.article_id, one_line=True))}[/] · {m.engine}"
        f"{'/' + escape(terminal_text(m.model, one_line=True)) if m.model else ''} · "
        f"{'cache hit' if m.cache_hit else 'fresh'} · {m.latency_ms:.1f} ms"
    )
    if not result.strikes:
        console.print("no strike reports")
    for i, s in enumerate(result.strikes, 1):
        table = Table(
            title=f"strike {i} of {len(result.strikes)}", show_header=False, expand=True, title_justify="left"
        )
        table.add_column("field", style="bold", width=16, no_wrap=True)
        table.add_column("value", overflow="fold", ratio=1)
        date = f"{s.strike_date or 'unknown'} ({s.date_precision})" + (f" “{s.date_text}”" if s.date_text else "")
        rows = [
            ("attackers", ", ".join(s.attackers)),
            ("target", " / ".join(x for x in (s.target, s.target_group) if x)),
            ("place", _place(s)),
            ("date", date),
            ("aircraft", ", ".join(s.aircraft)),
            ("weapons", ", ".join(s.weapons)),
            ("casualties", "; ".join(map(_casualty, s.casualties))),
            ("coordinated with", ", ".join(s.coordinated_with)),
            ("reported by", ", ".join(s.reported_by)),
            ("evidence", _evidence(s)),
        ]
        for field, value in rows:
            if value:
                table.add_row(field, escape(terminal_text(value)))  # article text is data: no markup, no escapes
        console.print(table)
    if not result.claims:
        console.print("no claims")
    else:
        claims = Table(title=f"{len(result.claims)} claim(s)", show_lines=True, expand=True, title_justify="left")
        claims.add_column("claimant", overflow="fold", ratio=2)
        claims.add_column("stance", width=8)
        claims.add_column("statement", overflow="fold", ratio=5)
        for c in result.claims:
            who = c.claimant + (f" ({c.claimant_org})" if c.claimant_org and c.claimant_org != c.claimant else "")
            claims.add_row(escape(terminal_text(who)), c.stance, escape(terminal_text(c.statement)))
        console.print(claims)
    if result.summary:
        console.print(f"[bold]summary[/] {escape(terminal_text(result.summary))}", highlight=False)
    if m.dropped_ungrounded:
        console.print(f"[yellow]{m.dropped_ungrounded} item(s) dropped: evidence not found in the text[/]")


def report_failures(console: Console, failures: list[BatchFailure]) -> None:
    """List every failed article at the end, one unwrapped line each (so logs can grep them)."""
    if failures:
        console.print(f"[red]{len(failures)} failed:[/]", soft_wrap=True)
        for f in failures:
            line = escape(terminal_text(f.error, one_line=True))
            console.print(f"  [red]✗[/] {line}", markup=True, highlight=False, soft_wrap=True)


@app.command("extract")
def extract_command(
    paths: list[str] = typer.Argument(
        ..., metavar="PATH", help="Article files, folders of .txt/.md/.html files, or - for stdin."
    ),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, json or jsonl."),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="Write results here (JSONL: appended as each article finishes; a rerun skips finished articles).",
    ),
    engine: options.Engine = None,
    model: options.Model = None,
    base_url: options.BaseUrl = None,
    prompt: options.Prompt = None,
    mode: options.Mode = None,
    concurrency: options.Concurrency = 4,
    executor: options.Executor = "local",
    scheduler: options.Scheduler = None,
    no_cache: options.NoCache = False,
    refresh: options.Refresh = False,
    progress: options.Progress = None,
    published: options.Published = None,
) -> None:
    """Extract strike reports and claims from articles.

    Exit 1 if any article failed (each is listed), 2 if a path does not exist.
    """
    require_paths(paths)
    when = options.published_flag(published)
    console = Console()
    err = Console(stderr=True, soft_wrap=True)
    cfg = settings_from_flags(engine, model, base_url, prompt, mode, no_cache, refresh)
    articles, failures = load_inputs(paths, when)
    jsonl_out = output if output is not None and (fmt is OutputFormat.jsonl or output.suffix == ".jsonl") else None
    batch = extract_many(
        articles,
        concurrency=concurrency,
        progress=show_progress(progress),
        output=jsonl_out,
        settings=cfg,
        executor=executor,
        scheduler=scheduler,
    )
    failures += batch.failures
    results = batch.results
    if jsonl_out is not None:
        err.print(
            f"wrote {len(results)} result(s) to {jsonl_out}"
            + (f"; skipped {len(batch.skipped)} already there" if batch.skipped else "")
        )
    elif fmt is OutputFormat.table:
        for r in results:
            print_extraction(console, r)
    else:
        lines = [r.model_dump(mode="json") for r in results]
        text = (
            json.dumps(lines, indent=2, ensure_ascii=False) + "\n"
            if fmt is OutputFormat.json
            else "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)
        )
        if output is not None:
            output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    report_failures(err, failures)
    if failures:
        raise typer.Exit(1)
