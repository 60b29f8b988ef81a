"""``extractor cache stats|clear``."""

from __future__ import annotations

import typer
from rich.console import Console
from rich.table import Table

from extractor.cache import open_cache
from extractor.cli import app
from extractor.config import Settings

cache_app = typer.Typer(help="Inspect or clear the extraction cache.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("stats")
def stats() -> None:
    """Where the cache lives, how many entries and bytes it holds."""
    info = open_cache(Settings.from_env().cache_dir).stats()
    table = Table("field", "value", title="extraction cache")
    for k, v in info.items():
        table.add_row(k, str(v))
    Console().print(table)


@cache_app.command("clear")
def clear() -> None:
    """Delete every cached extraction."""
    removed = open_cache(Settings.from_env().cache_dir).clear()
    typer.echo(f"removed {removed} cached extractions")
