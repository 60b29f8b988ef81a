"""Prompt economy: the fixed tokens every request carries (instructions + tool schema) against each article's own.

For every prompt version (``extractor/data/prompts/extract/*.md``) the benchmark captures the exact request instructor
sends for an article with empty text (same id, title, outlet and date as a seed), and asks the llama.cpp
server for its ``prompt_tokens`` with and without the tool definition (``max_tokens`` 1). The tool
definition and the article texts are counted with the server's ``/extras/tokenize/count``. Per seed, the
full request's ``prompt_tokens`` minus the article's own tokens shows the overhead is fixed.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any

from benchmarks.common import BenchContext, BenchResult, Row, at_most, median, seed_articles
from benchmarks.llm_overhead import HttpClock, engine_http_client, llm_settings
from extractor.engines import get_engine
from extractor.engines.llm import GroundedFindings
from extractor.errors import ExtractionError
from extractor.prompts import prompts_dir
from extractor.schemas import Article, ArticleFindings

NAME = "prompt-economy"
FIXED_TARGET_TOKENS = 1200


def without_descriptions(schema: Any) -> Any:
    """The schema with every ``description`` removed (to show what the descriptions cost, not to ship)."""
    if isinstance(schema, dict):
        return {k: without_descriptions(v) for k, v in schema.items() if k != "description"}
    if isinstance(schema, list):
        return [without_descriptions(v) for v in schema]
    return schema


def as_generated(tools: Any) -> Any:
    """The tools with the record schema exactly as pydantic generates it (titles, defaults, ``anyOf``
    nullables, ``Evidence.char_interval``): what the trimmed tool schema is measured against."""
    plain = json.loads(json.dumps(tools))
    for tool in plain:
        tool["function"]["parameters"] = {
            k: v for k, v in ArticleFindings.model_json_schema().items() if k not in ("title", "description")
        }
    return plain


def compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def prompt_versions() -> list[str]:
    """Every extraction prompt shipped, as names ``load_prompt`` takes (``extract/v1`` ...)."""
    return [f"extract/{path.stem}" for path in sorted((prompts_dir() / "extract").glob("*.md"))]


def prompt_tokens(client: Any, body: dict[str, Any]) -> int:
    """``prompt_tokens`` the server reports for this request body, generating one token."""
    response = client.chat.completions.create(**{**body, "max_tokens": 1})
    return response.usage.prompt_tokens


def measure_version(ctx: BenchContext, prompt: str, seeds: list[Article], raw_client: Any) -> dict[str, Any]:
    """Fixed overhead of one prompt version and its per-seed prompt tokens."""
    server = ctx.llama()
    settings = llm_settings(server.base_url, ctx, max_tokens=1).with_overrides(
        prompt=prompt, max_validation_attempts=1, max_transport_attempts=1
    )
    engine = get_engine(settings)
    clock = HttpClock()
    clock.attach(engine_http_client(settings))
    empty = seeds[0].model_copy(update={"text": ""})
    with contextlib.suppress(ExtractionError):
        engine.client.call(GroundedFindings, engine.request(empty, ""), article_id=empty.id)
    body = clock.last_body()
    no_tools = {k: v for k, v in body.items() if k not in ("tools", "tool_choice")}
    system = next(m["content"] for m in body["messages"] if m["role"] == "system")
    bos = server.count_tokens("")
    per_seed = []
    for article in seeds:
        messages = engine.request(article, article.text)["messages"]
        full = prompt_tokens(raw_client, {**body, "messages": messages})
        own = server.count_tokens(article.text) - bos
        per_seed.append(
            {
                "article": article.id,
                "article_tokens": own,
                "prompt_tokens": full,
                "overhead_tokens": full - own,
                "overhead_per_article_token": round((full - own) / own, 3),
            }
        )
    return {
        "prompt": prompt,
        "prompt_hash": engine.prompt.hash,
        "server_prompt_tokens_empty_article": prompt_tokens(raw_client, body),
        "server_prompt_tokens_empty_article_no_tools": prompt_tokens(raw_client, no_tools),
        "instructions_tokens": server.count_tokens(system) - bos,
        "tool_schema_tokens": server.count_tokens(compact(body["tools"])) - bos,
        "tool_schema_tokens_without_descriptions": server.count_tokens(compact(without_descriptions(body["tools"])))
        - bos,
        "tool_schema_tokens_as_generated": server.count_tokens(compact(as_generated(body["tools"]))) - bos,
        "tool_schema_chars": len(compact(body["tools"])),
        "per_seed": per_seed,
    }


def run(ctx: BenchContext) -> BenchResult:
    """Fixed overhead per prompt version (target < 1,200 tokens) and overhead relative to article tokens."""
    import openai

    server = ctx.llama()
    raw_client = openai.OpenAI(base_url=server.base_url, api_key="not-needed", max_retries=0)
    seeds = seed_articles()[: 1 if ctx.quick else None]
    result = BenchResult(details={"versions": []})
    for prompt in prompt_versions():
        m = measure_version(ctx, prompt, seeds, raw_client)
        result.details["versions"].append(m)
        served = m["server_prompt_tokens_empty_article"]
        tools_in_prompt = served != m["server_prompt_tokens_empty_article_no_tools"]
        fixed = served if tools_in_prompt else served + m["tool_schema_tokens"]
        result.rows.append(
            Row(
                NAME,
                f"{prompt}: fixed overhead, instructions + tool schema",
                fixed,
                "tokens",
                f"< {FIXED_TARGET_TOKENS}",
                at_most(fixed, FIXED_TARGET_TOKENS - 1),
                f"instructions and article wrapper {served} tokens as the server bills them (system text alone "
                f"{m['instructions_tokens']}); tool JSON schema {m['tool_schema_tokens']} tokens "
                f"({m['tool_schema_tokens_without_descriptions']} without field descriptions, not an option)"
                + (
                    ""
                    if tools_in_prompt
                    else "; llama.cpp/Gemma enforces the schema as a grammar and leaves it out of "
                    "the prompt, so this server bills only the instructions"
                ),
            )
        )
        generated = served + m["tool_schema_tokens_as_generated"]
        result.rows.append(
            Row(
                NAME,
                f"{prompt}: same, with the schema as pydantic generates it",
                generated,
                "tokens",
                "",
                None,
                f"tool schema {m['tool_schema_tokens_as_generated']} tokens with pydantic's titles, defaults, anyOf "
                "nullables and the extractor-set Evidence.char_interval, which the sent schema leaves out",
            )
        )
        overheads = [s["overhead_tokens"] for s in m["per_seed"]]
        shares = [s["overhead_per_article_token"] for s in m["per_seed"]]
        own = [s["article_tokens"] for s in m["per_seed"]]
        result.rows.append(
            Row(
                NAME,
                f"{prompt}: billed overhead per article token",
                round(median(shares), 2),
                "ratio",
                "",
                None,
                f"median over {len(shares)} seed(s) of {min(own)}-{max(own)} tokens; full request minus article = "
                f"{min(overheads)}-{max(overheads)} tokens (empty-article request: {served})",
            )
        )
    return result
