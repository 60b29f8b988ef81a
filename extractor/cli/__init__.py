"""Command line: a thin shell over the Python API. Errors print one line and exit non-zero."""

from __future__ import annotations

import os
import sys
import warnings

import typer
from pydantic import ValidationError

from extractor.errors import ExtractorError, first_validation_error

EXIT_CODES = (
    "Exit codes (every command): 0 done; 1 some articles failed (each listed) or the eval gate failed; "
    "2 bad input or configuration (a missing file or folder, a bad flag or date, an unreadable gold, run or "
    "store file), one line on stderr; 3 internal error; 130 interrupted."
)

app = typer.Typer(
    name="extractor",
    help="Extract typed, source-grounded strike reports and claims from news articles.",
    epilog=EXIT_CODES,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        from extractor import __version__

        typer.echo(f"extractor {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", is_flag=True, callback=_print_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Extract typed, source-grounded strike reports and claims from news articles."""


from extractor.cli import (  # noqa: E402, F401
    brief_commands,
    cache_commands,
    eval_command,
    extract_command,
    schema_commands,
    serve_command,
    store_commands,
)


def main() -> None:
    """Entry point: run the app; errors become one line on stderr, never a traceback.

    Exit codes: 0 done, 1 some articles failed (listed), 2 bad input or configuration,
    3 an unexpected internal error (set ``EXTRACTOR_DEBUG=1`` to see its traceback), 130 interrupted.
    """
    warnings.showwarning = _show_warning
    try:
        app()
    except ExtractorError as exc:
        _fail(f"error: {_one_line(str(exc))}", 2)
    except ValidationError as exc:
        _fail(f"error: invalid {exc.title}: {first_validation_error(exc)}", 2)
    except KeyboardInterrupt:
        _fail("error: interrupted", 130)
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        _fail(f"error: {exc.strerror or _one_line(str(exc))}{where}", 2)
    except Exception as exc:
        if os.environ.get("EXTRACTOR_DEBUG"):
            raise
        _fail(
            f"error: unexpected {type(exc).__name__}: {_one_line(str(exc))} "
            "(this is a bug; rerun with EXTRACTOR_DEBUG=1 for the traceback)",
            3,
        )


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: object = None,
    line: object = None,
) -> None:
    """Warnings (e.g. bare header lines) as one ``warning: ...`` line on stderr, without source locations."""
    print(f"warning: {_one_line(str(message))}", file=sys.stderr)


def _one_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else ""


def _fail(message: str, code: int) -> None:
    try:
        print(message, file=sys.stderr)
    finally:
        sys.exit(code)
