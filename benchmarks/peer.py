"""A peer on the same articles and server: LangExtract (its OpenAI provider with ``base_url``) against ``extract()``.

Both sides get the same seed articles, the same local llama.cpp server, temperature 0, the same output
budget and one chunk per article. Requests and billed tokens are counted at the HTTP layer (event hooks)
for LangExtract and from run metadata for ours; runs alternate per article (ours first, then theirs, then
the reverse). LangExtract's schema-constrained mode is tried once and its failure recorded.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from benchmarks.common import BenchContext, BenchResult, Row, seed_articles
from benchmarks.llm_overhead import llm_settings
from extractor.api import extract
from extractor.errors import ExtractionError
from extractor.schemas import Article
from extractor.testing.llama_server import MODEL_ALIAS

NAME = "peer"
MAX_TOKENS = 64
DESCRIPTION = (
    "Extract air strikes, casualty figures and claims about the strikes, in order of appearance. "
    "Use exact text from the article; do not paraphrase."
)
EXAMPLE_TEXT = (
    "Iraqi jets struck Islamic State positions in Al-Bukamal on Sunday, killing 30 militants, the Defense "
    "Ministry said. A coalition spokesman denied any coordination."
)


@dataclass
class UsageMeter:
    """httpx hooks on the peer's client: requests sent and usage tokens the server reported."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    errors: list[str] = field(default_factory=list)

    def attach(self, client: httpx.Client) -> None:
        client.event_hooks["request"].append(self._on_request)
        client.event_hooks["response"].append(self._on_response)

    def _on_request(self, request: httpx.Request) -> None:
        self.requests += 1

    def _on_response(self, response: httpx.Response) -> None:
        response.read()
        try:
            usage = json.loads(response.content).get("usage") or {}
        except ValueError:
            usage = {}
        if response.status_code >= 400:
            self.errors.append(f"HTTP {response.status_code}")
        self.prompt_tokens += usage.get("prompt_tokens") or 0
        self.completion_tokens += usage.get("completion_tokens") or 0


@contextmanager
def captured_peer_warnings() -> Iterator[list[str]]:
    """Collect LangExtract's (absl) warnings, such as chunks dropped for unparsable output, instead of printing."""
    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage().split(". Set resolver_params")[0][:200])

    logger = logging.getLogger("absl")
    handler, propagate = Collect(level=logging.WARNING), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield messages
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate


def examples() -> list[Any]:
    """One worked example in LangExtract's format: a strike, a casualty figure and a denial."""
    import langextract as lx

    return [
        lx.data.ExampleData(
            text=EXAMPLE_TEXT,
            extractions=[
                lx.data.Extraction(
                    extraction_class="strike",
                    extraction_text="Iraqi jets struck Islamic State positions in Al-Bukamal on Sunday",
                    attributes={
                        "attackers": "Iraqi Air Force",
                        "place": "Al-Bukamal",
                        "date": "Sunday",
                        "target_group": "Islamic State",
                    },
                ),
                lx.data.Extraction(
                    extraction_class="casualties",
                    extraction_text="killing 30 militants",
                    attributes={"kind": "killed", "group": "militants", "count": "30"},
                ),
                lx.data.Extraction(
                    extraction_class="claim",
                    extraction_text="A coalition spokesman denied any coordination",
                    attributes={"claimant": "coalition spokesman", "stance": "denies"},
                ),
            ],
        )
    ]


def peer_model(base_url: str) -> tuple[Any, UsageMeter]:
    """LangExtract's OpenAI provider pointed at the local server, with a usage meter on its HTTP client."""
    from langextract.providers.openai import OpenAILanguageModel

    model = OpenAILanguageModel(
        model_id=MODEL_ALIAS,
        api_key="not-needed",
        base_url=base_url,
        temperature=0.0,
        max_workers=1,
        max_output_tokens=MAX_TOKENS,
    )
    meter = UsageMeter()
    meter.attach(model._client._client)
    return model, meter


def peer_extract(article: Article, base_url: str, chunk_chars: int) -> dict[str, Any]:
    """One LangExtract run on one article (JSON-object mode, one chunk); wall time, requests, tokens, items."""
    import langextract as lx
    from langextract.prompt_validation import PromptValidationLevel

    model, meter = peer_model(base_url)
    started = time.perf_counter()
    error = None
    items = 0
    try:
        annotated = lx.extract(
            article.text,
            prompt_description=DESCRIPTION,
            examples=examples(),
            model=model,
            max_char_buffer=chunk_chars,
            use_schema_constraints=False,
            show_progress=False,
            prompt_validation_level=PromptValidationLevel.OFF,
            batch_length=1,
            max_workers=1,
        )
        items = len(annotated.extractions or [])
    except Exception as exc:  # noqa: BLE001 - a peer failure is a finding to record, not a crash
        error = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"
    return {
        "wall_s": time.perf_counter() - started,
        "requests": meter.requests,
        "prompt_tokens": meter.prompt_tokens,
        "completion_tokens": meter.completion_tokens,
        "items": items,
        "error": error,
    }


def our_extract(article: Article, settings: Any) -> dict[str, Any]:
    """One ``extract()`` on one article; wall time, requests, tokens, grounded items kept."""
    started = time.perf_counter()
    try:
        result = extract(article, settings=settings)
        usage, requests, items, error = (
            result.metadata.usage,
            result.metadata.attempts,
            len(result.strikes) + len(result.claims),
            None,
        )
    except ExtractionError as exc:
        usage, requests, items, error = exc.usage, exc.attempts, 0, str(exc).splitlines()[0][:200]
    return {
        "wall_s": time.perf_counter() - started,
        "requests": requests,
        "prompt_tokens": usage.prompt_tokens,
        "completion_tokens": usage.completion_tokens,
        "items": items,
        "error": error,
    }


def schema_mode_error(base_url: str) -> str | None:
    """Try LangExtract's schema-constrained mode once; the error it meets on this server, or None if it works."""
    import langextract as lx
    from langextract import factory

    config = factory.ModelConfig(
        model_id=MODEL_ALIAS,
        provider="OpenAILanguageModel",
        provider_kwargs={"api_key": "not-needed", "base_url": base_url, "temperature": 0.0, "max_output_tokens": 8},
    )
    try:
        lx.extract(
            "Russian jets struck Idlib on Monday.",
            prompt_description=DESCRIPTION,
            examples=examples(),
            config=config,
            use_schema_constraints=True,
            show_progress=False,
        )
    except Exception as exc:  # noqa: BLE001 - the failure is what we record
        text = str(exc)
        reason = "response_format type 'json_schema' rejected: llama-cpp-python accepts only 'text' or 'json_object'"
        return reason if "json_schema" in text else f"{type(exc).__name__}: {text.splitlines()[0][:200]}"
    return None


def run(ctx: BenchContext) -> BenchResult:
    """Per-article requests, tokens and wall time of LangExtract and of ``extract()``, alternating order."""
    import warnings

    try:
        import langextract  # noqa: F401
    except ImportError as exc:
        return BenchResult(
            rows=[
                Row(
                    NAME,
                    "langextract vs extract()",
                    None,
                    "",
                    "",
                    None,
                    f"langextract is not installed ({exc}); pip install langextract",
                )
            ]
        )
    server = ctx.llama()
    settings = llm_settings(server.base_url, ctx, max_tokens=MAX_TOKENS)
    articles = seed_articles()[: 1 if ctx.quick else 2]
    ours_runs, peer_runs = [], []
    with warnings.catch_warnings(), captured_peer_warnings() as peer_warnings:
        warnings.simplefilter("ignore")
        schema_error = schema_mode_error(server.base_url)
        for index, article in enumerate(articles):
            order = ("ours", "peer") if index % 2 == 0 else ("peer", "ours")
            for side in order:
                if side == "ours":
                    ours_runs.append({"article": article.id, **our_extract(article, settings)})
                else:
                    peer_runs.append(
                        {"article": article.id, **peer_extract(article, server.base_url, settings.chunk_chars)}
                    )
    result = BenchResult(
        details={
            "max_tokens": MAX_TOKENS,
            "articles": [a.id for a in articles],
            "langextract_schema_mode": schema_error or "works",
            "langextract_warnings": peer_warnings,
            "langextract": peer_runs,
            "extractor": ours_runs,
        }
    )

    def total(runs: list[dict[str, Any]], key: str) -> float:
        return sum(r[key] for r in runs)

    count = len(articles)
    ours_tokens = total(ours_runs, "prompt_tokens") + total(ours_runs, "completion_tokens")
    peer_tokens = total(peer_runs, "prompt_tokens") + total(peer_runs, "completion_tokens")
    peer_errors = [r["error"] for r in peer_runs if r["error"]]
    dropped = [m for m in peer_warnings if "omitted" in m]
    common = (
        f"{count} seed article(s), same server, temperature 0, max_tokens {MAX_TOKENS}, one chunk each; "
        f"LangExtract in JSON-object mode (its schema mode fails here: {schema_error or 'no, it works'})"
    )
    result.rows.append(
        Row(
            NAME,
            "requests per article, LangExtract / extract()",
            f"{total(peer_runs, 'requests') / count:g} / {total(ours_runs, 'requests') / count:g}",
            "requests",
            "",
            None,
            common,
        )
    )
    result.rows.append(
        Row(
            NAME,
            "tokens per article, LangExtract / extract()",
            round(peer_tokens / ours_tokens, 2) if ours_tokens else None,
            "ratio",
            "",
            None,
            f"{peer_tokens / count:.0f} vs {ours_tokens / count:.0f} prompt+completion tokens per "
            "article, as the server reported them",
        )
    )
    result.rows.append(
        Row(
            NAME,
            "wall time per article, LangExtract / extract()",
            round(total(peer_runs, "wall_s") / total(ours_runs, "wall_s"), 2),
            "ratio",
            "",
            None,
            f"{total(peer_runs, 'wall_s') / count:.1f} s vs {total(ours_runs, 'wall_s') / count:.1f} s; "
            f"items kept {total(peer_runs, 'items'):g} vs {total(ours_runs, 'items'):g} (not a quality "
            "measure: Gemma 270M)"
            + (f"; LangExtract errors: {'; '.join(peer_errors)}" if peer_errors else "")
            + (f"; LangExtract dropped {len(dropped)} chunk(s) it could not parse" if dropped else ""),
        )
    )
    return result
