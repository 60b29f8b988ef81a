"""The FastAPI app: routes over the library's ``extract``, ``ingest``, ``brief`` and the store.

Every route is a plain function run in the server's thread pool. The offline engine is called by
one thread at a time (spaCy pipelines are not documented as thread-safe); LLM calls run
concurrently. Errors are problem details (``extractor.service.problems``).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager, nullcontext
from datetime import date
from typing import Annotated, Any

from fastapi import Body, FastAPI, Path, Request
from fastapi.middleware.cors import CORSMiddleware
from starlette.exceptions import HTTPException
from starlette.responses import Response

from extractor.api import extract
from extractor.briefing import BriefingError, brief, render
from extractor.config import Settings
from extractor.engines import get_engine
from extractor.errors import ArticleError
from extractor.schemas import ArticleExtraction, Briefing
from extractor.service.config import ServiceConfig
from extractor.service.jobs import Job, JobRunner, JobStore, settings_for_jobs
from extractor.service.metrics import CONTENT_TYPE, Metrics, MetricsMiddleware
from extractor.service.models import ID_PATTERN, ArticleInput, Health, IngestBatch, Readiness, StoredArticleView
from extractor.service.problems import PROBLEM_TYPE, Problem, install
from extractor.service.security import Guard, redact_logs
from extractor.store import Store

log = logging.getLogger("extractor.service")
API_VERSION = "1"
JOB_ID_PATTERN = r"^[0-9a-f]{32}$"
DAY_PATTERN = r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(\.(json|md|html))?$"
BRIEFING_TYPES = {"json": "application/json", "md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8"}
HTML_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'"


def _problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    content = {PROBLEM_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    return {status: {"description": _DESCRIPTIONS[status], "content": content} for status in statuses}


_DESCRIPTIONS = {
    400: "Bad request (an impossible period)",
    401: "Missing or unknown API key",
    404: "Not found",
    406: "None of the accepted media types can be produced",
    413: "Request body too large",
    422: "Invalid request, or text that is not article text",
    429: "Rate limit exceeded (see Retry-After)",
    500: "Unexpected error",
    502: "The LLM endpoint failed after every retry",
    503: "Not ready, or the store or engine is unavailable",
}
COMMON = (400, 401, 413, 422, 429, 500)


class ServiceState:
    """What the routes share: config, metrics, job file and runner, and the offline engine's lock."""

    def __init__(self, config: ServiceConfig) -> None:
        self.config = config
        self.settings: Settings = config.settings
        self.metrics = Metrics()
        self.jobs = JobStore(config.jobs_path())
        self.runner = JobRunner(
            self.jobs,
            self.ingest_articles,
            chunk=config.job_chunk,
            on_outcome=lambda ok: self.metrics.job_articles.labels(outcome="done" if ok else "failed").inc(),
        )
        self.ready = threading.Event()
        self._engine_lock = threading.Lock()

    def engine_guard(self) -> Any:
        """The offline engine runs one call at a time; the LLM engine needs no lock."""
        return self._engine_lock if self.settings.resolved_engine == "offline" else nullcontext()

    @contextmanager
    def store(self) -> Iterator[Store]:
        with Store(self.config.store_path()) as store:
            yield store

    def ingest_articles(self, articles: list[Any]) -> dict[str, str]:
        """Extract and store a chunk of job articles; ``article id -> failure line`` for those that failed."""
        from extractor.ingest import ingest

        with self.engine_guard(), self.store() as store:
            result = ingest(
                articles, store, settings=settings_for_jobs(self.settings), concurrency=self.config.job_chunk
            )
        return {f.article_id: f.error for f in result.failures}

    def warm_up(self) -> None:
        """Load the engine and open the store once, then declare the service ready."""
        get_engine(self.settings)
        with self.store():
            pass
        self.ready.set()


def create_app(config: ServiceConfig | None = None) -> FastAPI:
    """The app for ``config``; the lifespan warms the engine up and runs the job thread."""
    cfg = config or ServiceConfig.from_env()
    cfg.check()
    state = ServiceState(cfg)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        redact_logs(cfg.api_keys)
        await asyncio.to_thread(state.warm_up)
        state.runner.start()
        try:
            yield
        finally:
            await asyncio.to_thread(state.runner.stop)

    app = FastAPI(
        title="extractor",
        version=API_VERSION,
        summary="Typed, source-grounded strike reports and claims from news articles; daily briefings.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        responses=_problem_responses(*COMMON),
    )
    app.state.service = state
    install(app)
    _routes(app, state)
    if cfg.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=list(cfg.cors_origins), allow_methods=["GET", "POST"], allow_headers=["*"]
        )
    app.add_middleware(
        Guard,
        api_keys=cfg.api_keys,
        max_body_bytes=cfg.max_body_bytes,
        rate_per_s=cfg.rate_per_s,
        rate_burst=cfg.rate_burst,
    )
    app.add_middleware(MetricsMiddleware, metrics=state.metrics)
    _add_problem_schema(app)
    return app


def _routes(app: FastAPI, state: ServiceState) -> None:
    @app.post(
        "/v1/extract",
        response_model=ArticleExtraction,
        responses=_problem_responses(422, 502, 503),
        tags=["extraction"],
        summary="Extract strike reports and claims from one article",
    )
    def extract_article(body: ArticleInput) -> Response:
        article = body.to_article()
        with state.engine_guard():
            result = extract(article, settings=state.settings)
        state.metrics.observe_extraction(result)
        return Response(result.model_dump_json(), media_type="application/json")

    @app.post(
        "/v1/ingest",
        status_code=202,
        response_model=Job,
        responses=_problem_responses(422, 503),
        tags=["ingest"],
        summary="Queue one article or a batch for extraction into the store; returns the job",
    )
    def ingest_articles(
        body: Annotated[ArticleInput | IngestBatch, Body(description="One article, or {'articles': [...]}.")],
    ) -> Response:
        inputs = body.articles if isinstance(body, IngestBatch) else [body]
        articles = []
        for number, item in enumerate(inputs):
            try:
                articles.append(item.to_article())
            except ArticleError as exc:
                raise ArticleError(f"articles[{number}]: {exc}") from None
        job = state.jobs.create(articles)
        state.runner.wake()
        return Response(
            job.model_dump_json(),
            status_code=202,
            media_type="application/json",
            headers={"Location": f"/v1/jobs/{job.id}"},
        )

    @app.get(
        "/v1/jobs/{job_id}",
        response_model=Job,
        responses=_problem_responses(404),
        tags=["ingest"],
        summary="An ingest job's progress and failures",
    )
    def job_progress(job_id: Annotated[str, Path(pattern=JOB_ID_PATTERN)]) -> Job:
        job = state.jobs.get(job_id)
        if job is None:
            raise HTTPException(404, f"no job {job_id}")
        return job

    briefing_content = {
        "application/json": {"schema": {"$ref": "#/components/schemas/Briefing"}},
        "text/markdown": {"schema": {"type": "string"}},
        "text/html": {"schema": {"type": "string"}},
    }

    @app.get(
        "/v1/briefings/{day}",
        response_model=Briefing,
        responses={200: {"content": briefing_content}, **_problem_responses(400, 406, 422, 503)},
        tags=["briefings"],
        summary="A day's briefing: JSON, Markdown or HTML by Accept header or by suffix (.json, .md, .html)",
    )
    def briefing_of_day(
        day: Annotated[str, Path(pattern=DAY_PATTERN, description="YYYY-MM-DD, optionally .json, .md or .html")],
        request: Request,
    ) -> Response:
        stem, _, suffix = day.partition(".")
        fmt = suffix or _negotiate(request.headers.get("accept"))
        return _briefing_response(state, stem, stem, fmt)

    @app.get(
        "/v1/briefings",
        response_model=Briefing,
        responses={200: {"content": briefing_content}, **_problem_responses(400, 406, 422, 503)},
        tags=["briefings"],
        summary="A period's briefing (since..until, both included): JSON, Markdown or HTML by Accept header",
    )
    def briefing_of_period(request: Request, since: date, until: date | None = None) -> Response:
        fmt = _negotiate(request.headers.get("accept"))
        return _briefing_response(state, since, until or date.today(), fmt)

    @app.get(
        "/v1/articles/{article_id}",
        response_model=StoredArticleView,
        responses=_problem_responses(404, 503),
        tags=["store"],
        summary="A stored article with its extractions and their evidence",
    )
    def stored_article(article_id: Annotated[str, Path(pattern=ID_PATTERN)]) -> Response:
        with state.store() as store:
            article = store.article(article_id)
            if article is None:
                raise HTTPException(404, f"no article {article_id} in the store")
            extractions = [extraction for _, extraction in store.extractions_of(article_id)]
        view = StoredArticleView(article=article, extractions=extractions)
        return Response(view.model_dump_json(), media_type="application/json")

    @app.get("/healthz", response_model=Health, tags=["operations"], summary="Liveness: the process answers")
    def healthz() -> Health:
        return Health()

    @app.get(
        "/readyz",
        response_model=Readiness,
        responses=_problem_responses(503),
        tags=["operations"],
        summary="Readiness: engine loaded, store open, job runner alive",
    )
    def readyz() -> Readiness:
        if not state.ready.is_set() or not state.runner.alive:
            raise HTTPException(503, "starting up" if not state.ready.is_set() else "the job runner stopped")
        with state.store():
            pass
        return Readiness(
            engine=state.settings.resolved_engine,
            store="ok",
            pending_job_articles=state.jobs.counts().get("pending", 0),
        )

    @app.get(
        "/metrics",
        response_class=Response,
        responses={200: {"content": {CONTENT_TYPE.split(";")[0]: {"schema": {"type": "string"}}}}},
        tags=["operations"],
        summary="Prometheus metrics: requests, latency, cache hits, LLM tokens, retries",
    )
    def metrics() -> Response:
        return Response(state.metrics.render(), media_type=CONTENT_TYPE)


def _briefing_response(state: ServiceState, since: date | str, until: date | str, fmt: str) -> Response:
    start = since if isinstance(since, date) else _day(since)
    end = until if isinstance(until, date) else _day(until)
    if end < start:
        raise BriefingError(f"until {end.isoformat()} is before since {start.isoformat()}")
    if (end - start).days + 1 > state.config.max_period_days:
        raise BriefingError(f"a briefing covers at most {state.config.max_period_days} days")
    with state.store() as store:
        briefing = brief(since=start, until=end, store=store, settings=state.settings, include_texts=fmt == "html")
    headers = {"Content-Security-Policy": HTML_POLICY} if fmt == "html" else None
    return Response(render(briefing, fmt), media_type=BRIEFING_TYPES[fmt], headers=headers)  # type: ignore[arg-type]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BriefingError(f"not a calendar day: {text!r} (YYYY-MM-DD)") from None


def _negotiate(accept: str | None) -> str:
    """The briefing format the ``Accept`` header prefers: json (also for none or ``*/*``), md or html."""
    if not accept or not accept.strip():
        return "json"
    offers = {"application/json": "json", "text/markdown": "md", "text/html": "html"}
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        media = media.lower()
        if media in offers:
            ranked.append((quality, -position, offers[media]))
        elif media in ("*/*", "application/*"):
            ranked.append((quality, -position, "json"))
        elif media == "text/*":
            ranked.append((quality, -position, "md"))
    if not ranked:
        raise HTTPException(406, "briefings are served as application/json, text/markdown or text/html")
    return max(ranked)[2]


def _add_problem_schema(app: FastAPI) -> None:
    """Put the Problem schema in the OpenAPI components, where the error responses point."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = build()
            schemas = document.setdefault("components", {}).setdefault("schemas", {})
            for name, schema in Problem.model_json_schema(ref_template="#/components/schemas/{model}").items():
                if name == "$defs":
                    schemas.update(schema)
            schemas["Problem"] = {
                k: v
                for k, v in Problem.model_json_schema(ref_template="#/components/schemas/{model}").items()
                if k != "$defs"
            }
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document of the app (what ``schemas/openapi.json`` holds)."""
    return create_app(ServiceConfig(settings=Settings())).openapi()
