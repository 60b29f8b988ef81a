"""``extractor schema export``: write the JSON Schema files of the public models."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from pydantic import BaseModel

from extractor.cli import app
from extractor.schemas import Article, ArticleExtraction, ArticleFindings, Briefing, Claim, StrikeReport

schema_app = typer.Typer(help="JSON Schema files of the records.", no_args_is_help=True)
app.add_typer(schema_app, name="schema")

EXPORTED: dict[str, type[BaseModel]] = {
    "article": Article,
    "article_extraction": ArticleExtraction,
    "article_findings": ArticleFindings,
    "strike_report": StrikeReport,
    "claim": Claim,
    "briefing": Briefing,
}


def schema_files() -> dict[str, str]:
    """File name -> JSON text for every exported model (what ``schemas/`` must hold)."""
    return {
        f"{name}.schema.json": json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
        for name, model in EXPORTED.items()
    }


def openapi_text() -> str | None:
    """The HTTP API's OpenAPI document as ``schemas/openapi.json`` holds it (None without the service extra)."""
    try:
        from extractor.service import openapi_document
    except ImportError:
        return None
    return json.dumps(openapi_document(), indent=2, sort_keys=True) + "\n"


@schema_app.command("export")
def export(directory: Path = typer.Argument(Path("schemas"), help="Folder to write *.schema.json into.")) -> None:
    """Write one JSON Schema file per public model, and the HTTP API's openapi.json."""
    directory.mkdir(parents=True, exist_ok=True)
    files = schema_files()
    openapi = openapi_text()
    if openapi is not None:
        files["openapi.json"] = openapi
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
        typer.echo(directory / name)
