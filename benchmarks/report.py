"""Render a benchmark report as a rich table (terminal) or a markdown table (README, docs)."""

from __future__ import annotations

from typing import Any

from rich.table import Table

MET_MARK = {True: "yes", False: "NO", None: "-"}


def value_text(row: dict[str, Any]) -> str:
    """The value with its unit, or ``n/a`` when nothing was measured."""
    value = row["value"]
    if value is None:
        return "n/a"
    unit = row.get("unit") or ""
    if isinstance(value, float):
        value = f"{value:g}" if abs(value) >= 0.001 or value == 0 else f"{value:.2e}"
    return f"{value} {unit}".strip()


def machine_line(report: dict[str, Any]) -> str:
    """Date, CPU, cores, Python and load: the context every absolute time needs."""
    m = report["machine"]
    load = m.get("load_average") or []
    load_end = m.get("load_average_end") or []
    return (
        f"{m['date']} · {m['cpu']} · {m['usable_cores']}/{m['logical_cores']} cores · Python {m['python']} · "
        f"{report['mode']} mode · {report.get('seconds', 0):.0f} s · load average "
        f"{load[0] if load else 0:.1f} at start, {load_end[0] if load_end else 0:.1f} at end (shared machine)"
    )


def rich_table(report: dict[str, Any]) -> Table:
    """All rows of a report as one rich table, titled with the machine line."""
    table = Table(title="extractor benchmarks", caption=machine_line(report), show_lines=False)
    for column, justify in (
        ("benchmark", "left"),
        ("measure", "left"),
        ("value", "right"),
        ("target", "left"),
        ("met", "center"),
        ("notes", "left"),
    ):
        table.add_column(column, justify=justify, overflow="fold")  # type: ignore[arg-type]
    for row in report["rows"]:
        met = row["met"]
        style = "red" if met is False else None
        table.add_row(
            row["benchmark"],
            row["name"],
            value_text(row),
            row["target"] or "-",
            MET_MARK[met],
            row["notes"],
            style=style,
        )
    return table


def markdown_table(report: dict[str, Any]) -> str:
    """All rows of a report as a markdown table, preceded by the machine line."""

    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [
        f"Run: {machine_line(report)}",
        "",
        "| benchmark | measure | value | target | met | notes |",
        "| --- | --- | ---: | --- | :---: | --- |",
    ]
    for row in report["rows"]:
        lines.append(
            f"| {row['benchmark']} | {cell(row['name'])} | {cell(value_text(row))} | "
            f"{cell(row['target'] or '-')} | {MET_MARK[row['met']]} | {cell(row['notes'])} |"
        )
    return "\n".join(lines) + "\n"
