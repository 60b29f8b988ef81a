"""``extractor ingest PATH...`` (extract into the store) and ``extractor brief`` (a day's briefing)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console

from extractor.briefing import brief, render, resolve_period
from extractor.briefing.build import existing_store_path
from extractor.cli import app, options
from extractor.cli.extract_command import load_inputs, report_failures
from extractor.cli.options import require_paths, settings_from_flags, show_progress
from extractor.ingest import ingest
from extractor.store import Store

DB_HELP = (
    "Store: a SQLite file or a database URL such as postgresql+psycopg://user:pw@host/db "
    "(env EXTRACTOR_DB; default ~/.local/share/extractor/extractor.db)."
)


class BriefFormat(StrEnum):
    md = "md"
    html = "html"
    json = "json"


@app.command("ingest")
def ingest_command(
    paths: list[str] = typer.Argument(..., metavar="PATH", help="Article files, folders of articles, or - for stdin."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    engine: options.Engine = None,
    model: options.Model = None,
    base_url: options.BaseUrl = None,
    prompt: options.Prompt = None,
    mode: options.Mode = None,
    concurrency: options.Concurrency = 4,
    executor: options.Executor = "local",
    scheduler: options.Scheduler = None,
    no_cache: options.NoCache = False,
    refresh: bool = typer.Option(
        False, "--refresh", is_flag=True, help="Re-extract articles already stored and overwrite them."
    ),
    progress: options.Progress = None,
    published: options.Published = None,
) -> None:
    """Extract articles into the briefing store.

    Each article is saved as it finishes. Exit 1 if any failed (each is listed), 2 if a path does not exist.
    An article already stored is skipped, but a copy with new metadata (a header added, a corrected date)
    updates the stored one. An article with no date anywhere is briefed on the day it is first ingested.
    """
    require_paths(paths)
    when = options.published_flag(published)
    err = Console(stderr=True, soft_wrap=True)
    cfg = settings_from_flags(engine, model, base_url, prompt, mode, no_cache, refresh)
    articles, failures = load_inputs(paths, when)
    with Store(db) as store:
        result = ingest(
            articles,
            store,
            settings=cfg,
            concurrency=concurrency,
            progress=show_progress(progress),
            executor=executor,
            scheduler=scheduler,
        )
        counts = store.counts()
    failures += result.failures
    err.print(
        f"stored {len(result.stored)} extraction(s), skipped {len(result.skipped)} already stored"
        + (f", updated the metadata of {len(result.updated)}" if result.updated else "")
        + f", {len(failures)} failed; {store.location} holds {counts['articles']} article(s) and "
        f"{counts['extractions']} extraction(s)",
        highlight=False,
    )
    report_failures(err, failures)
    if failures:
        raise typer.Exit(1)


@app.command("brief")
def brief_command(
    day: str | None = typer.Option(
        None, "--date", help="Briefing for articles published on this day (YYYY-MM-DD) [default: today]."
    ),
    since: str | None = typer.Option(None, help="First publication day of a range (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, help="Last publication day of a range (default: today)."),
    fmt: BriefFormat | None = typer.Option(
        None, "--format", "-f", help="md, html or json (default: from --output's suffix, else md)."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the briefing here instead of stdout."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    engine: str | None = typer.Option(None, help="Summary writer: auto (LLM when configured), llm or offline."),
    model: str | None = typer.Option(None, help="Model name for the LLM summary (env EXTRACTOR_MODEL)."),
    base_url: options.BaseUrl = None,
    mode: options.Mode = None,
    no_cache: bool = typer.Option(False, "--no-cache", is_flag=True, help="Neither read nor write the summary cache."),
    refresh: bool = typer.Option(False, "--refresh", is_flag=True, help="Rewrite a cached LLM summary."),
) -> None:
    """A briefing of a day's strikes (today by default).

    Merges the strikes reported in articles published on a day (or a range of days) into events.
    """
    resolve_period(day, since, until)
    path = existing_store_path(db)
    chosen = fmt or _format_from_suffix(output)
    cfg = settings_from_flags(engine, model, base_url, None, mode, no_cache, refresh)
    with Store(path) as store:
        briefing = brief(
            day, store=store, since=since, until=until, settings=cfg, include_texts=chosen is BriefFormat.html
        )
    text = render(briefing, chosen.value)
    if output is None:
        sys.stdout.write(text)
        return
    output.write_text(text, encoding="utf-8")
    Console(stderr=True, soft_wrap=True).print(
        f"wrote {chosen.value} briefing ({briefing.counts.events} event(s) from "
        f"{briefing.counts.articles} article(s)) to {output}",
        highlight=False,
    )


def _format_from_suffix(output: Path | None) -> BriefFormat:
    suffix = output.suffix.lower().lstrip(".") if output else ""
    return {"html": BriefFormat.html, "htm": BriefFormat.html, "json": BriefFormat.json}.get(suffix, BriefFormat.md)
