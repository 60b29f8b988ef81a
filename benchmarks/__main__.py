"""``python -m benchmarks [--quick] [--only NAME ...]``: run the benchmarks, print a table, write JSON and markdown."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from rich.console import Console

from benchmarks import BENCHMARKS, RESULTS_DIR, run_benchmarks
from benchmarks.common import BenchResult
from benchmarks.report import markdown_table, rich_table


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line: which benchmarks, how thorough, where results go."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer articles and repetitions (a smoke run)")
    parser.add_argument(
        "--only",
        action="append",
        metavar="NAME",
        default=[],
        help="run only this benchmark (repeat or comma-separate); see --list",
    )
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="JSON report path (a .md twin is written beside it) [benchmarks/results/latest.json for a full run, "
        "else benchmarks/results/<names>-<date>.json]",
    )
    return parser.parse_args(argv)


def default_output(names: list[str], quick: bool, today: date) -> Path:
    """Where a run's report goes: only a full run replaces the reference record ``latest.json``; a partial or
    quick run is kept beside it under its benchmarks' names and the day."""
    if not names and not quick:
        return RESULTS_DIR / "latest.json"
    label = "-".join(names) if names else "all"
    return RESULTS_DIR / f"{label}{'-quick' if quick else ''}-{today.isoformat()}.json"


def main(argv: list[str] | None = None) -> int:
    """Run, show and save; exit 0 when every target with a verdict is met, 1 otherwise."""
    args = parse_args(argv)
    console = Console(width=None if sys.stdout.isatty() else 200)
    if args.list:
        for name, (_, description) in BENCHMARKS.items():
            console.print(f"{name:15} {description}", highlight=False)
        return 0
    names = [n.strip() for chunk in args.only for n in chunk.split(",") if n.strip()]

    def progress(name: str, result: BenchResult) -> None:
        verdicts = [r.met for r in result.rows if r.met is not None]
        console.print(
            f"[bold]{name}[/]: {len(result.rows)} rows, {sum(verdicts)}/{len(verdicts)} targets met", highlight=False
        )

    try:
        report = run_benchmarks(names or None, quick=args.quick, on_result=progress)
    except ValueError as exc:
        console.print(f"[red]error:[/] {exc}", highlight=False)
        return 2
    console.print(rich_table(report))
    output: Path = args.output or default_output(names, args.quick, date.today())
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
    markdown_path = output.with_suffix(".md")
    markdown_path.write_text(markdown_table(report), encoding="utf-8")
    console.print(f"wrote {output} and {markdown_path}", highlight=False)
    return 0 if all(r["met"] is not False for r in report["rows"]) else 1


if __name__ == "__main__":
    sys.exit(main())
