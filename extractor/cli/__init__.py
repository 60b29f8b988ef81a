"""Command line: a thin shell over the Python API. Errors print one line and exit non-zero."""

from __future__ import annotations

import sys

import typer
from pydantic import ValidationError

from extractor.errors import ExtractorError

app = typer.Typer(
    name="extractor",
    help="Extract typed, source-grounded strike reports and claims from news articles.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

from extractor.cli import brief_commands, cache_commands, eval_command, extract_command, schema_commands  # noqa: E402, F401


def main() -> None:
    """Entry point: run the app; turn known errors into one line on stderr and exit code 2."""
    try:
        app()
    except ExtractorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(2)
    except ValidationError as exc:
        first = exc.errors()[0]
        print(f"error: invalid {exc.title}: {'.'.join(map(str, first['loc']))}: {first['msg']}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        sys.exit(130)
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        sys.exit(2)
