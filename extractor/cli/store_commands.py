"""``extractor store check`` (is the store sound, which articles can be read) and ``extractor store migrate``."""

from __future__ import annotations

from datetime import date

import typer

from extractor.cli import app
from extractor.cli.brief_commands import DB_HELP
from extractor.cli.terminal import terminal_text

store_app = typer.Typer(help="Check or migrate the extraction store.", no_args_is_help=True)
app.add_typer(store_app, name="store")


@store_app.command("check")
def check(db: str | None = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Run SQLite's quick check and read every article; name what is damaged; exit 1 if anything is."""
    from extractor.store import Store

    with Store(db) as store:
        problems = store.problems
        readable = store.published_between(date.min, date.max)
        for problem in problems:
            typer.echo(f"damaged: {terminal_text(problem, one_line=True)}", err=True)
        for name in store.damaged:
            typer.echo(f"unreadable article: {terminal_text(name, one_line=True)}", err=True)
        typer.echo(f"{store.location}: {len(readable)} dated article(s) readable, {len(store.damaged)} damaged")
    if problems or store.damaged:
        raise typer.Exit(1)


@store_app.command("migrate")
def migrate(db: str | None = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Create the store, or upgrade its schema to this version's (Alembic; SQLite or PostgreSQL)."""
    from extractor.store import Store

    with Store(db, migrate=False) as store:
        before = store.revision() or "none"
        after = store.migrate()
        typer.echo(f"{store.location}: schema revision {after}" + (f" (was {before})" if before != after else ""))
