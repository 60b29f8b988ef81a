"""Options shared by the commands that run an engine (extract, ingest, eval), defined once."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from extractor.config import Settings, refuse_unused_llm_options
from extractor.errors import ArticleError

Engine = Annotated[
    str | None, typer.Option(metavar="auto|llm|offline", help="Engine (env EXTRACTOR_ENGINE) [default: auto].")
]
Model = Annotated[str | None, typer.Option(metavar="NAME", help="Model name for the LLM engine (env EXTRACTOR_MODEL).")]
BaseUrl = Annotated[
    str | None, typer.Option(metavar="URL", help="OpenAI-compatible endpoint (env EXTRACTOR_BASE_URL).")
]
Prompt = Annotated[
    str | None, typer.Option(metavar="NAME|FILE", help="Prompt name (e.g. extract/v1) or a template path; LLM engine.")
]
Mode = Annotated[str | None, typer.Option(metavar="tools|json|md_json", help="instructor mode (LLM engine).")]
Concurrency = Annotated[
    int, typer.Option(min=1, metavar="N", help="Articles in flight at once (LLM engine; 1 for a one-slot server).")
]
Executor = Annotated[
    str,
    typer.Option(
        help="Where extraction runs: local (this process) or dask (a Dask cluster; the cluster extra).",
    ),
]
Scheduler = Annotated[
    str | None,
    typer.Option(
        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (env EXTRACTOR_DASK_SCHEDULER); "
        "without one, --executor dask starts a local cluster on 127.0.0.1.",
    ),
]
NoCache = Annotated[bool, typer.Option("--no-cache", is_flag=True, help="Neither read nor write the extraction cache.")]
Refresh = Annotated[bool, typer.Option("--refresh", is_flag=True, help="Ignore cached results and overwrite them.")]
Published = Annotated[
    str | None,
    typer.Option(
        "--published",
        metavar="YYYY-MM-DD",
        help="Publication date of every input, overriding headers and the date read from the page.",
    ),
]
Progress = Annotated[
    bool | None,
    typer.Option(
        "--progress/--no-progress",
        help="Progress bar on stderr [default: shown when stderr is a terminal].",
        show_default=False,
    ),
]


def show_progress(flag: bool | None) -> bool:
    """One default for every command: a progress bar when stderr is a terminal, unless a flag says otherwise."""
    return sys.stderr.isatty() if flag is None else flag


def require_paths(paths: list[str]) -> None:
    """Exit 2 (bad input) when a path named on the command line does not exist, before any work starts."""
    missing = [p for p in paths if p != "-" and not Path(p).exists() and not Path(p).is_symlink()]
    if missing:
        raise ArticleError("no such file or folder", missing[0])


def settings_from_flags(
    engine: str | None,
    model: str | None,
    base_url: str | None,
    prompt: str | None,
    mode: str | None,
    no_cache: bool,
    refresh: bool,
) -> Settings:
    """Settings from the environment, with the command's flags taking precedence.

    LLM-only flags (--prompt, --model, --mode, --base-url) with the offline engine are an error.
    """
    cfg = Settings.from_env(
        engine=engine, model=model, base_url=base_url, prompt=prompt, mode=mode, use_cache=not no_cache, refresh=refresh
    )
    refuse_unused_llm_options(cfg, {"prompt": prompt, "model": model, "mode": mode, "base_url": base_url})
    return cfg


def published_flag(value: str | None) -> date | None:
    """``--published`` as a date; a one-line bad-input error (exit 2) when it is not ``YYYY-MM-DD``."""
    if value is None:
        return None
    from extractor.articles import parse_iso_date

    try:
        return parse_iso_date(value)
    except ValueError as exc:
        raise ArticleError(f"--published: {exc}") from None
