"""``extractor serve``: the HTTP API (needs the ``service`` extra)."""

from __future__ import annotations

from pathlib import Path

import typer

from extractor.cli import app, options
from extractor.cli.options import settings_from_flags
from extractor.errors import ConfigError


@app.command("serve")
def serve_command(
    host: str = typer.Option("127.0.0.1", help="Address to bind; any but loopback needs EXTRACTOR_API_KEYS."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    db: str | None = typer.Option(None, "--db", help="Store file or database URL (env EXTRACTOR_DB)."),
    jobs_db: Path | None = typer.Option(None, "--jobs-db", help="Ingest job file (default: <store>.jobs.db)."),
    max_body: int = typer.Option(1_048_576, "--max-body", help="Largest request body, in bytes."),
    rate: float = typer.Option(20.0, "--rate", help="Requests a second per API key (or per client without keys)."),
    burst: int = typer.Option(40, "--burst", help="Requests a caller may send at once above the rate."),
    cors_origin: list[str] = typer.Option(
        [], "--cors-origin", help="Allow browser calls from this origin (off by default)."
    ),
    engine: options.Engine = None,
    model: options.Model = None,
    base_url: options.BaseUrl = None,
    prompt: options.Prompt = None,
    mode: options.Mode = None,
    no_cache: options.NoCache = False,
    log_level: str = typer.Option("info", help="uvicorn log level."),
) -> None:
    """Serve the HTTP API with uvicorn.

    Extract, ingest jobs, briefings, articles, health and metrics endpoints.
    """
    try:
        import uvicorn

        from extractor.service import ServiceConfig, create_app
    except ImportError as exc:
        raise ConfigError(
            f"`extractor serve` needs the service extra: pip install 'extractor[service]' ({exc.name})"
        ) from None
    config = ServiceConfig.from_env(
        host=host,
        port=port,
        db=db,
        jobs_db=jobs_db,
        max_body_bytes=max_body,
        rate_per_s=rate,
        rate_burst=burst,
        cors_origins=tuple(cors_origin),
        settings=settings_from_flags(engine, model, base_url, prompt, mode, no_cache, False),
    )
    uvicorn.run(
        create_app(config),
        host=host,
        port=port,
        log_level=log_level,
        proxy_headers=False,
        server_header=False,
        timeout_graceful_shutdown=30,
    )
