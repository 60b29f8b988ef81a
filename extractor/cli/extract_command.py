"""``extractor extract PATH...``: files, folders of articles, or ``-`` for stdin."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from extractor.api import BatchFailure, extract_many
from extractor.articles import decode_bytes, iter_article_paths, parse_article, read_article
from extractor.cli import app
from extractor.config import Settings
from extractor.errors import ArticleError
from extractor.schemas import Article, ArticleExtraction, Casualty, StrikeReport


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


def load_inputs(paths: list[str]) -> tuple[list[Article], list[BatchFailure]]:
    """Read every input; unreadable ones become failures instead of stopping the batch."""
    articles: list[Article] = []
    failures: list[BatchFailure] = []
    for spec in paths:
        if spec == "-":
            try:
                articles.append(parse_article(decode_bytes(sys.stdin.buffer.read(), "<stdin>"), source="<stdin>"))
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


def settings_from_flags(engine: str | None, model: str | None, base_url: str | None, prompt: str | None,
                        mode: str | None, no_cache: bool, refresh: bool) -> Settings:
    return Settings.from_env(engine=engine, model=model, base_url=base_url, prompt=prompt, mode=mode,
                             use_cache=not no_cache, refresh=refresh)


def _casualty(c: Casualty) -> str:
    n = f"{c.min}" if c.min == c.max or c.max is None else (f"{c.min}-{c.max}" if c.min is not None else f"≤{c.max}")
    return f"{n} {c.group} {c.kind}"


def _place(s: StrikeReport) -> str:
    return ", ".join(x for x in (s.location.place, s.location.region, s.location.country) if x) or "?"


def print_extraction(console: Console, result: ArticleExtraction) -> None:
    """One article as rich tables: strikes, then claims, then the summary."""
    m = result.metadata
    console.rule(f"[bold]{result.article_id}[/] · {m.engine}{'/' + m.model if m.model else ''} · "
                 f"{'cache hit' if m.cache_hit else 'fresh'} · {m.latency_ms:.1f} ms")
    strikes = Table(title=f"{len(result.strikes)} strike report(s)", show_lines=True, expand=True)
    for col in ("attackers", "target", "place", "date", "aircraft / weapons", "casualties", "coordinated with",
                "reported by"):
        strikes.add_column(col, overflow="fold")
    for s in result.strikes:
        date = f"{s.strike_date or '?'} ({s.date_precision})" + (f"\n“{s.date_text}”" if s.date_text else "")
        strikes.add_row(", ".join(s.attackers), " / ".join(x for x in (s.target, s.target_group) if x) or "?",
                        _place(s), date, ", ".join(s.aircraft + s.weapons), "\n".join(map(_casualty, s.casualties)),
                        ", ".join(s.coordinated_with), ", ".join(s.reported_by))
    console.print(strikes)
    claims = Table(title=f"{len(result.claims)} claim(s)", show_lines=True, expand=True)
    for col in ("claimant", "organisation", "stance", "statement"):
        claims.add_column(col, overflow="fold")
    for c in result.claims:
        claims.add_row(c.claimant, c.claimant_org or "", c.stance, c.statement)
    console.print(claims)
    if result.summary:
        console.print(f"[italic]{result.summary}[/]")
    if m.dropped_ungrounded:
        console.print(f"[yellow]{m.dropped_ungrounded} item(s) dropped: evidence not found in the text[/]")


def report_failures(console: Console, failures: list[BatchFailure]) -> None:
    """List every failed article at the end, one unwrapped line each (so logs can grep them)."""
    if failures:
        console.print(f"[red]{len(failures)} failed:[/]", soft_wrap=True)
        for f in failures:
            console.print(f"  [red]✗[/] {escape(f.error)}", markup=True, highlight=False, soft_wrap=True)


@app.command("extract")
def extract_command(
    paths: list[str] = typer.Argument(..., help="Article files, folders of .txt files, or - for stdin."),
    fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", "-f", help="table, json or jsonl."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write results here (JSONL: appended as "
                                       "each article finishes; a rerun skips finished articles)."),
    engine: str | None = typer.Option(None, help="auto (default), llm or offline."),
    model: str | None = typer.Option(None, help="Model name for the LLM engine [env EXTRACTOR_MODEL]."),
    base_url: str | None = typer.Option(None, help="OpenAI-compatible endpoint [env EXTRACTOR_BASE_URL]."),
    prompt: str | None = typer.Option(None, help="Prompt name (e.g. extract/v1) or a template path."),
    mode: str | None = typer.Option(None, help="instructor mode: tools, json or md_json."),
    concurrency: int = typer.Option(4, min=1, help="Articles in flight at once (LLM engine)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Neither read nor write the cache."),
    refresh: bool = typer.Option(False, "--refresh", help="Ignore cached results and overwrite them."),
    progress: bool = typer.Option(False, "--progress", help="Show a progress bar on stderr."),
) -> None:
    """Extract strike reports and claims; exit 1 if any article failed."""
    console = Console()
    err = Console(stderr=True, soft_wrap=True)
    articles, failures = load_inputs(paths)
    cfg = settings_from_flags(engine, model, base_url, prompt, mode, no_cache, refresh)
    jsonl_out = output if output is not None and (fmt is OutputFormat.jsonl or output.suffix == ".jsonl") else None
    batch = extract_many(articles, concurrency=concurrency, progress=progress, output=jsonl_out, settings=cfg)
    failures += batch.failures
    order = {a.id: i for i, a in enumerate(articles)}
    results = sorted(batch.results, key=lambda r: order.get(r.article_id, 0))
    if jsonl_out is not None:
        err.print(f"wrote {len(results)} result(s) to {jsonl_out}"
                  + (f"; skipped {len(batch.skipped)} already there" if batch.skipped else ""))
    elif fmt is OutputFormat.table:
        for r in results:
            print_extraction(console, r)
    else:
        lines = [r.model_dump(mode="json") for r in results]
        text = (json.dumps(lines, indent=2, ensure_ascii=False) + "\n" if fmt is OutputFormat.json
                else "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines))
        if output is not None:
            output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    report_failures(err, failures)
    if failures:
        raise typer.Exit(1)
