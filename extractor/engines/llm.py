"""LLM engine: instructor over the ``openai`` client, against any OpenAI-compatible endpoint.

Grounding is enforced by code: every evidence quote must be found in the article. A quote
that is not there fails validation and is fed back to the model (instructor re-ask); items
still ungrounded after the last attempt are dropped and counted, never kept silently.
Transport retries, re-asks and error mapping live in :mod:`extractor.structured`.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime
from typing import Any

from pydantic import ValidationError, ValidationInfo, model_validator

from extractor.chunking import Chunk, split_text
from extractor.config import Settings
from extractor.errors import ResponseError
from extractor.grounding import ground_evidence, ground_quote
from extractor.lexicons import data_hash
from extractor.prompts import PromptTemplate, fence_for, inline_field, load_prompt
from extractor.provenance import code_hash
from extractor.redaction import masked_model
from extractor.resolver import resolve_claim, resolve_strike
from extractor.schemas import (
    Article,
    ArticleExtraction,
    ArticleFindings,
    Casualty,
    Claim,
    EngineIdentity,
    Evidence,
    RunMetadata,
    StrikeReport,
    schema_hash,
)
from extractor.structured import (
    Attempts,
    StructuredClient,
    client_for,
    completion_arguments,
    describe_failure,
    is_truncated,
    last_completion,
    plain_text_reply,
    root_cause,
)
from extractor.support import casualty_problem, claim_problems, is_clause, strike_problems, without_unsupported


def _ground(text: str, evidence: Evidence, hint: int) -> Evidence | None:
    """Verified evidence: offsets kept when they point at the quote, else the quote found from ``hint`` on."""
    if evidence.char_interval is not None:
        checked = ground_evidence(text, evidence)
        if checked is not None and checked.char_interval == evidence.char_interval:
            return checked
    span = ground_quote(text, evidence.quote, hint)
    return None if span is None else Evidence(quote=text[span.start : span.end], char_interval=span)


def _casualty_problem(text: str, casualty: Casualty, hint: int) -> str | None:
    """Why a casualty figure is not grounded (no quote, a quote not in the text, a number the quote lacks)."""
    if not casualty.evidence and (casualty.min is not None or casualty.max is not None):
        return f"casualty figure {casualty.max if casualty.max is not None else casualty.min} has no evidence quote"
    grounded = [_ground(text, e, hint) for e in casualty.evidence]
    absent = [e.quote for e, g in zip(casualty.evidence, grounded, strict=True) if g is None]
    if absent:
        return f"casualty quote {absent[0][:80]!r} is not in the article text"
    casualty.evidence = [g for g in grounded if g is not None]
    problem = casualty_problem(casualty)
    return problem.message if problem is not None else None


def _supported(item: Any, text: str, published: date | None, problems: list[str], unsupported: list[str]) -> Any:
    """The item with the fields its evidence does not support removed (each named in ``problems`` and counted
    in ``unsupported``), or None when none of its evidence is a clause."""
    clauses = [e for e in item.evidence if is_clause(e.quote)]
    found = strike_problems(item, published, text) if isinstance(item, StrikeReport) else claim_problems(item, text)
    if not found:
        return item
    problems.extend(p.message for p in found)
    if not clauses or (isinstance(item, Claim) and any(p.field == "claimant" for p in found)):
        unsupported.append(type(item).__name__)
        return None
    unsupported.extend(f"{type(item).__name__}.{p.field}" for p in found if p.field != "evidence")
    item.evidence = clauses
    return without_unsupported(item, found, text) if isinstance(item, StrikeReport) else item


def _ground_items(
    items: list[Any],
    text: str,
    lenient: bool,
    dropped: list[str],
    hint: int = 0,
    published: date | None = None,
    unsupported: list[str] | None = None,
) -> list[Any]:
    """Verify every evidence quote of every item, and that the quotes support every field; return what holds.

    Strict mode raises a ValueError naming what is not grounded or not supported (so instructor re-asks);
    lenient mode drops ungrounded items, recording each in ``dropped``, and the fields their evidence does
    not support (attackers, place, date, figures, claimant), recording each in ``unsupported``. ``hint``
    is where the chunk the model saw starts, so a quote that occurs twice gets the occurrence the model read.
    """
    unsupported = unsupported if unsupported is not None else []
    kept: list[Any] = []
    missing: list[str] = []
    problems: list[str] = []
    for item in items:
        evidence = list(item.evidence)
        if isinstance(item, Claim) and item.quote and not evidence:
            evidence = [Evidence(quote=item.quote)]
        grounded = [_ground(text, e, hint) for e in evidence]
        if not grounded or any(g is None for g in grounded):
            missing.extend(e.quote for e, g in zip(evidence, grounded, strict=True) if g is None)
            if not grounded:
                missing.append(f"<no evidence for {type(item).__name__}>")
            dropped.append(type(item).__name__)
            continue
        item.evidence = [g for g in grounded if g is not None]
        if isinstance(item, StrikeReport):
            supported = []
            for casualty in item.casualties:
                problem = _casualty_problem(text, casualty, hint)
                if problem is None:
                    supported.append(casualty)
                else:
                    problems.append(problem)
                    dropped.append("Casualty")
            item.casualties = supported
        if isinstance(item, Claim) and item.quote and _ground(text, Evidence(quote=item.quote), hint) is None:
            item.quote = None
        item = _supported(item, text, published, problems, unsupported)
        if item is not None:
            kept.append(item)
    if (missing or problems) and not lenient:
        parts = []
        if missing:
            parts.append(
                "these evidence quotes are not in the article text: " + "; ".join(repr(q[:80]) for q in missing[:5])
            )
        if problems:
            parts.append("; ".join(problems[:5]))
        raise ValueError(
            ". ".join(parts) + ". Copy quotes verbatim from the article: whole clauses that name the attackers, "
            "the place, the date, the numbers and the speaker you report, or leave out what the article does not say."
        )
    return kept


def _tool_schema(node: Any) -> Any:
    """A JSON Schema trimmed for the model: no auto ``title`` or ``default`` keys (the field name and
    ``required`` say it), no ``additionalProperties: false`` (pydantic still forbids extra keys, and
    an answer with one is re-asked), and ``anyOf: [{type: X}, {type: null}]`` as ``type: [X, "null"]``.

    The constrained forms (a ``format`` or ``minimum`` beside the type) keep their ``anyOf``, since a
    type list would drop the constraint from grammar-constrained decoding (llama.cpp).
    """
    if isinstance(node, list):
        return [_tool_schema(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key in ("title", "default") or (key == "additionalProperties" and value is False):
            continue
        if key in ("properties", "$defs"):
            out[key] = {name: _tool_schema(sub) for name, sub in value.items()}
        else:
            out[key] = _tool_schema(value)
    branches = out.get("anyOf")
    if isinstance(branches, list) and len(branches) == 2 and {"type": "null"} in branches:
        other = branches[1 - branches.index({"type": "null"})]
        if set(other) == {"type"} and isinstance(other["type"], str):
            out.pop("anyOf")
            out = {"type": [other["type"], "null"], **out}
    return out


class GroundedFindings(ArticleFindings):
    """Air strikes and claims in one news article, with verbatim evidence."""

    @classmethod
    def model_json_schema(cls, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """The tool schema the model sees: every description kept; no auto titles, defaults or offsets.

        Offsets are computed by the code, so ``Evidence.char_interval`` is left out of what the model
        is asked to fill (saves ~300 prompt tokens per request on endpoints that bill the schema).
        """
        schema = super().model_json_schema(*args, **kwargs)
        name = schema.get("title", cls.__name__)
        schema = _tool_schema(schema)
        defs = schema.get("$defs", {})
        defs.get("Evidence", {}).get("properties", {}).pop("char_interval", None)
        defs.pop("CharInterval", None)
        return {"title": name, **schema}

    @model_validator(mode="after")
    def _verify_evidence(self, info: ValidationInfo) -> GroundedFindings:
        ctx = info.context or {}
        text = ctx.get("text")
        if text is None:
            return self
        lenient = bool(ctx.get("lenient"))
        hint = int(ctx.get("hint", 0))
        published = ctx.get("published")
        dropped: list[str] = []
        unsupported: list[str] = []
        ctx["dropped"] = dropped  # counts for this answer only, not for earlier re-asked ones
        ctx["unsupported"] = unsupported
        self.strikes = _ground_items(self.strikes, text, lenient, dropped, hint, published, unsupported)
        self.claims = _ground_items(self.claims, text, lenient, dropped, hint, published, unsupported)
        if lenient and (dropped or unsupported):
            self.summary = ""  # an answer that invented evidence does not get to summarise the article
        return self


class LLMEngine:
    """Extracts with an LLM through the structured-call client; one instance per settings, safe across threads."""

    name = "llm"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.client: StructuredClient = client_for(settings)
        self.model = self.client.model
        self.prompt: PromptTemplate = load_prompt(settings.prompt)
        self._identity: EngineIdentity | None = None

    def identity(self) -> EngineIdentity:
        """Model, endpoint, prompt, tool schema, the lexicons the resolver reads, this engine's code, parameters."""
        if self._identity is None:
            s = self.settings
            self._identity = EngineIdentity(
                engine=self.name,
                model=self.model,
                endpoint=s.public_endpoint or "openai",
                prompt_id=self.prompt.name,
                prompt_hash=self.prompt.hash,
                schema_hash=schema_hash(GroundedFindings),
                data_hash=data_hash(),
                code_hash=code_hash(__name__),
                params={
                    "mode": s.mode,
                    "temperature": s.temperature,
                    "max_tokens": s.max_tokens,
                    "validation_attempts": s.max_validation_attempts,
                    "chunk_chars": s.chunk_chars,
                    "chunk_overlap": s.chunk_overlap,
                },
            )
        return self._identity

    def messages(self, article: Article, text: str) -> list[dict[str, str]]:
        """The exact chat messages sent for one article (or one chunk of it)."""
        title, outlet = inline_field(article.title), inline_field(article.outlet)
        return self.prompt.render(
            article_id=inline_field(article.id),
            title=title,
            outlet=outlet,
            published=article.published.isoformat() if article.published else None,
            text=text,
            fence=fence_for(text, title, outlet, article.id),
        )

    def request(self, article: Article, text: str) -> dict[str, Any]:
        """The request body for one article (or one chunk of it)."""
        return self.client.request(self.messages(article, text))

    def extract(self, article: Article) -> ArticleExtraction:
        """Extract one article, chunk by chunk when it is long, within the settings' deadline."""
        start = time.perf_counter()
        deadline = time.monotonic() + self.settings.deadline_s
        tally = Attempts()
        strikes: list[StrikeReport] = []
        claims: list[Claim] = []
        summaries: list[str] = []
        dropped = unsupported = 0
        earlier_spans: set[tuple[str, tuple[tuple[int, int], ...]]] = set()
        chunks = split_text(article.text, self.settings.chunk_chars, self.settings.chunk_overlap)
        for number, chunk in enumerate(chunks, 1):
            where = f"chunk {number}/{len(chunks)}" if len(chunks) > 1 else ""
            findings, n_dropped, n_unsupported = self._extract_chunk(article, chunk, where, tally, deadline)
            dropped += n_dropped
            unsupported += n_unsupported
            this_chunk: set[tuple[str, tuple[tuple[int, int], ...]]] = set()
            items: list[StrikeReport | Claim] = [*findings.strikes, *findings.claims]
            for item in items:
                spans = _span_signature(item)
                if item in strikes or item in claims or spans in earlier_spans:
                    continue  # the same item read again in the overlap of two chunks
                this_chunk.add(spans)
                if isinstance(item, StrikeReport):
                    strikes.append(item)
                else:
                    claims.append(item)
            earlier_spans |= this_chunk
            if findings.summary:
                summaries.append(findings.summary)
        return ArticleExtraction(
            article_id=article.id,
            strikes=[resolve_strike(s) for s in strikes],
            claims=[resolve_claim(c) for c in claims],
            summary=" ".join(summaries[:1]) if len(chunks) == 1 else " ".join(summaries[:3]),
            metadata=RunMetadata(
                identity=self.identity(),
                served_model=self.client.served_model(tally.served_model),
                usage=tally.usage,
                attempts=tally.count,
                latency_ms=(time.perf_counter() - start) * 1000,
                dropped_ungrounded=dropped,
                dropped_unsupported=unsupported,
                chunks=len(chunks),
                created_at=datetime.now(UTC),
            ),
        )

    def _extract_chunk(
        self, article: Article, chunk: Chunk, where: str, tally: Attempts, deadline: float
    ) -> tuple[ArticleFindings, int, int]:
        context: dict[str, Any] = {"text": article.text, "hint": chunk.start, "published": article.published}
        findings = self.client.call(
            GroundedFindings,
            self.request(article, chunk.text),
            tally=tally,
            label=where or "the article",
            article_id=article.id,
            context=context,
            deadline=deadline,
            salvage=lambda exc: self._salvage(article, exc, tally, chunk.start, where),
        )
        if isinstance(findings, tuple):
            return (masked_model(findings[0]), *findings[1:])
        return findings, len(context.get("dropped", [])), len(context.get("unsupported", []))

    def _salvage(
        self, article: Article, exc: Exception, tally: Attempts, hint: int, where: str
    ) -> tuple[ArticleFindings, int, int]:
        """After the last re-ask, keep the grounded items of the last answer; drop and count the rest."""
        cause = root_cause(exc)
        prefix = f"{where}: " if where else ""

        def fail(message: str) -> ResponseError:
            return ResponseError(
                self.client.redact(prefix + message),
                article_id=article.id,
                attempts=tally.count,
                usage=tally.usage,
                failures=tally.failures,
            )

        if is_truncated(exc):
            raise fail(
                f"output truncated at the max_tokens limit ({self.settings.max_tokens}); raise max_tokens "
                "or lower chunk_chars"
            ) from None
        last = last_completion(exc)
        if isinstance(cause, IndexError) and not getattr(last, "choices", None):
            raise fail(f"the endpoint answered with no choices (an empty completion) after {tally.count} attempt(s)")
        if cause is not exc and not isinstance(cause, (ValidationError, ValueError)):
            raise fail(f"request failed: {describe_failure(cause)}") from None
        plain = plain_text_reply(last) if self.settings.mode == "tools" else None
        if plain is not None:
            raise fail(
                f"no structured answer after {tally.count} attempt(s): the model replied in plain text "
                f"without calling the tool (a refusal?): {plain[:120]!r}"
            ) from None
        raw = completion_arguments(last)
        if raw:
            lenient: dict[str, Any] = {
                "text": article.text,
                "hint": hint,
                "published": article.published,
                "lenient": True,
                "dropped": [],
                "unsupported": [],
            }
            try:
                findings = GroundedFindings.model_validate_json(raw, context=lenient)
                return findings, len(lenient["dropped"]), len(lenient["unsupported"])
            except (ValidationError, ValueError):
                pass
        detail = describe_failure(cause) if raw else "no structured output in the reply"
        raise fail(f"invalid model output after {tally.count} attempt(s): {detail}") from None


def _span_signature(item: StrikeReport | Claim) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Kind of item and the evidence spans it rests on: equal for one item read from two overlapping chunks."""
    spans = sorted((e.char_interval.start, e.char_interval.end) for e in item.evidence if e.char_interval)
    return type(item).__name__, tuple(spans)
