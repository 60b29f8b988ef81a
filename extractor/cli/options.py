"""Options shared by the commands that run an engine (extract, ingest, eval), defined once."""

from __future__ import annotations

from typing import Annotated

import typer

from extractor.config import Settings

Engine = Annotated[str | None, typer.Option(help="auto (default), llm or offline.")]
Model = Annotated[str | None, typer.Option(help="Model name for the LLM engine (env EXTRACTOR_MODEL).")]
BaseUrl = Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint (env EXTRACTOR_BASE_URL).")]
Prompt = Annotated[str | None, typer.Option(help="Prompt name (e.g. extract/v1) or a template path.")]
Mode = Annotated[str | None, typer.Option(help="instructor mode: tools, json or md_json.")]
Concurrency = Annotated[int, typer.Option(min=1, help="Articles in flight at once (LLM engine).")]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the extraction cache.")]
Refresh = Annotated[bool, typer.Option("--refresh", help="Ignore cached results and overwrite them.")]
Progress = Annotated[bool, typer.Option("--progress", help="Show a progress bar on stderr.")]


def settings_from_flags(
    engine: str | None,
    model: str | None,
    base_url: str | None,
    prompt: str | None,
    mode: str | None,
    no_cache: bool,
    refresh: bool,
) -> Settings:
    """Settings from the environment, with the command's flags taking precedence."""
    return Settings.from_env(
        engine=engine, model=model, base_url=base_url, prompt=prompt, mode=mode, use_cache=not no_cache, refresh=refresh
    )
