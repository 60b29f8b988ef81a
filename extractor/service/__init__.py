"""The HTTP service (``extractor serve``): extraction, ingest jobs, briefings and articles over a JSON API.

Needs the ``service`` extra (FastAPI, uvicorn, prometheus-client). The embedded defaults stay as
they are: the service runs the same engines, cache and store as the CLI, in one process.
"""

from __future__ import annotations

from extractor.service.app import create_app, openapi_document
from extractor.service.config import ServiceConfig

__all__ = ["ServiceConfig", "create_app", "openapi_document"]
