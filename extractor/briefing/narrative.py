"""The briefing's prose summary: sentences that each cite the articles they rest on.

With an LLM configured it is written through the structured-call client (prompt ``brief/v1``),
cached like extractions, and every citation is verified against the events the model was given: a sentence
citing an unknown id fails validation and is re-asked; still wrong after the last attempt, it is
dropped and counted. Without an LLM (or if the LLM call fails) a deterministic template writes it
from the same data.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from pydantic import Field, ValidationError, ValidationInfo, model_validator

from extractor.briefing.narrative_check import sentence_problem
from extractor.cache import cache_key, open_cache
from extractor.config import Settings
from extractor.errors import ExtractorError, ResponseError
from extractor.prompts import fence_for, load_prompt
from extractor.provenance import code_hash
from extractor.schemas import (
    BriefingEvent,
    ContestedPair,
    DateFlag,
    EngineIdentity,
    Narrative,
    NarrativeSentence,
    Record,
    schema_hash,
)

BRIEF_PROMPT = "brief/v1"
EVENTS_GIVEN_TO_LLM = 40
EVENTS_IN_TEMPLATE = 8
CONTESTED_IN_TEMPLATE = 5


class NarrativeDraft(Record):
    """What the LLM returns: a short summary as cited sentences (the response model)."""

    sentences: list[NarrativeSentence] = Field(
        description="3 to 8 sentences summarising the events, most important first; each cites its article ids."
    )

    @model_validator(mode="after")
    def _verify_citations(self, info: ValidationInfo) -> NarrativeDraft:
        ctx = info.context or {}
        known = ctx.get("known_ids")
        if known is None:
            return self
        kept, bad = split_by_citations(self.sentences, known)
        data = ctx.get("data")
        unsupported = [(s, sentence_problem(s, data)) for s in kept] if data is not None else []
        unsupported = [(s, why) for s, why in unsupported if why is not None]
        kept = [s for s in kept if all(s is not u for u, _ in unsupported)]
        bad += [s for s, _ in unsupported]
        if bad and not ctx.get("lenient"):
            unknown = sorted({a for s in bad for a in s.article_ids if a not in known})
            problems = []
            if unknown:
                problems.append(f"sentences cite article ids that are not in the events: {unknown[:10]}")
            problems += [f"{s.text[:60]!r}: {why}" for s, why in unsupported[:5]]
            raise ValueError(
                "; ".join(problems) + ". Cite only article_id values that appear in the data, and write only "
                "the attackers, places and figures of the events each sentence cites."
            )
        ctx["dropped_sentences"] = len(bad)
        self.sentences = kept
        return self


def split_by_citations(
    sentences: Iterable[NarrativeSentence], known_ids: set[str]
) -> tuple[list[NarrativeSentence], list[NarrativeSentence]]:
    """Sentences whose citations are all known and non-empty, and the rest."""
    kept: list[NarrativeSentence] = []
    bad: list[NarrativeSentence] = []
    for sentence in sentences:
        ok = bool(sentence.article_ids) and all(a in known_ids for a in sentence.article_ids)
        (kept if ok else bad).append(sentence)
    return kept, bad


def narrative_data(
    since: date, until: date, events: list[BriefingEvent], contested: list[ContestedPair], date_flags: list[DateFlag]
) -> dict[str, Any]:
    """The facts a summary may use, compact and in a stable order (also the narrative's cache key)."""
    return {
        "period": {"since": since.isoformat(), "until": until.isoformat()},
        "events": [
            {
                "event_id": e.id,
                "attackers": e.attackers,
                "place": e.place,
                "region": e.region,
                "country": e.country,
                "date_start": e.date_start.isoformat() if e.date_start else None,
                "date_end": e.date_end.isoformat() if e.date_end else None,
                "targets": e.targets,
                "target_groups": e.target_groups,
                "sources": [{"article_id": s.article_id, "outlet": s.outlet} for s in e.sources],
                "figures": [
                    {
                        "kind": f.kind,
                        "group": f.group,
                        "low": f.low,
                        "high": f.high,
                        "by_source": [{"article_id": v.article_id, "min": v.min, "max": v.max} for v in f.values],
                    }
                    for f in e.figures
                ],
            }
            for e in events[:EVENTS_GIVEN_TO_LLM]
        ],
        "contested": [
            {
                "topic": p.topic,
                "asserts": {
                    "article_id": p.asserted.article_id,
                    "claimant": p.asserted.claimant,
                    "organisation": p.asserted.claimant_org,
                    "statement": p.asserted.statement,
                },
                "denies": {
                    "article_id": p.denied.article_id,
                    "claimant": p.denied.claimant,
                    "organisation": p.denied.claimant_org,
                    "statement": p.denied.statement,
                },
            }
            for p in contested
        ],
        "date_flags": [{"article_id": f.article_id, "kind": f.kind, "detail": f.detail} for f in date_flags],
    }


def cited_ids(data: dict[str, Any]) -> set[str]:
    """Every article id the data mentions: the only ids a sentence may cite."""
    ids = {s["article_id"] for e in data["events"] for s in e["sources"]}
    ids |= {side["article_id"] for p in data["contested"] for side in (p["asserts"], p["denies"])}
    ids |= {f["article_id"] for f in data["date_flags"]}
    return ids


def write_narrative(data: dict[str, Any], settings: Settings) -> Narrative:
    """LLM narrative when an LLM is configured (falling back to the template if it fails), else the template."""
    if not data["events"] and not data["contested"]:
        return Narrative(written_by="template")
    if settings.resolved_engine != "llm":
        return template_narrative(data)
    try:
        return llm_narrative(data, settings)
    except ExtractorError as exc:
        fallback = template_narrative(data)
        fallback.note = f"LLM summary failed ({str(exc).splitlines()[0][:200]}); template summary shown"
        return fallback


def narrative_identity(settings: Settings, client_model: str) -> EngineIdentity:
    """What writes an LLM narrative: model, endpoint, prompt, response schema, this module's code, parameters."""
    prompt = load_prompt(BRIEF_PROMPT)
    return EngineIdentity(
        engine="briefing-narrative",
        model=client_model,
        endpoint=settings.public_endpoint or "openai",
        prompt_id=prompt.name,
        prompt_hash=prompt.hash,
        schema_hash=schema_hash(NarrativeDraft),
        code_hash=code_hash(__name__),
        params={"mode": settings.mode, "temperature": settings.temperature, "max_tokens": settings.max_tokens},
    )


def llm_narrative(data: dict[str, Any], settings: Settings) -> Narrative:
    """One structured call with citation-verifying validation; cached on the narrative's identity and data."""
    from extractor.structured import client_for, completion_arguments, last_completion

    client = client_for(settings)
    prompt = load_prompt(BRIEF_PROMPT)
    data_json = json.dumps(data, ensure_ascii=False, indent=1)
    key = cache_key(identity=narrative_identity(settings, client.model).key, data=data_json)
    cache = open_cache(settings.cache_dir) if settings.use_cache else None
    if cache is not None and not settings.refresh:
        hit = cache.get(key, model=Narrative)
        if hit is not None:
            return hit
    known = cited_ids(data)
    context: dict[str, Any] = {"known_ids": known, "data": data}
    messages = prompt.render(
        data=data_json, fence=fence_for(data_json), since=data["period"]["since"], until=data["period"]["until"]
    )

    def salvage(exc: Exception) -> NarrativeDraft:
        """After the last re-ask: keep the well-cited sentences of the last answer, drop and count the rest."""
        raw = completion_arguments(last_completion(exc))
        if raw:
            lenient: dict[str, Any] = {"known_ids": known, "lenient": True, "data": data}
            try:
                draft = NarrativeDraft.model_validate_json(raw, context=lenient)
                context["dropped_sentences"] = lenient.get("dropped_sentences", 0)
                return draft
            except (ValidationError, ValueError):
                pass
        raise ResponseError(
            f"no usable summary from the model: {str(exc).splitlines()[0][:200] if str(exc) else exc!r}",
            article_id="briefing",
        )

    draft: NarrativeDraft = client.call(
        NarrativeDraft, client.request(messages), label="briefing narrative", context=context, salvage=salvage
    )
    narrative = Narrative(
        sentences=draft.sentences,
        written_by="llm",
        model=client.model,
        dropped_sentences=context.get("dropped_sentences", 0),
    )
    if cache is not None:
        cache.set(key, narrative)
    return narrative


# --- the deterministic template ------------------------------------------------------------------


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _when(event: dict[str, Any]) -> str:
    start, end = event["date_start"], event["date_end"]
    if not start:
        return ""
    if start == end:
        return f" on {start}"
    return f" between {start} and {end}"


def figure_text(low: int | None, high: int | None) -> str:
    """``250``, ``200-250``, ``at least 4`` or ``up to 250``."""
    if low is not None and high is not None:
        return str(low) if low == high else f"{low}\u2013{high}"
    if low is not None:
        return f"at least {low}"
    return f"up to {high}" if high is not None else "an unknown number of"


def _figure_clause(figures: list[dict[str, Any]]) -> str:
    parts = []
    for f in figures:
        noun = f"{f['group']} {f['kind']}" if f["group"] != "unknown" else f"people {f['kind']}"
        if len({(v["min"], v["max"]) for v in f["by_source"]}) > 1:
            parts.append(f"sources put {noun} at {figure_text(f['low'], f['high'])}")
        else:
            only = f["by_source"][0]
            parts.append(f"{figure_text(only['min'], only['max'])} {noun}")
    return "; " + "; ".join(parts) if parts else ""


def _event_sentence(event: dict[str, Any]) -> NarrativeSentence:
    attackers = _join(event["attackers"]) or "Unidentified forces"
    target = (
        event["targets"][0]
        if event["targets"]
        else (f"{event['target_groups'][0]} targets" if event["target_groups"] else "targets")
    )
    where = ", ".join(x for x in (event["place"], event["region"], event["country"]) if x)
    ids = list(dict.fromkeys(s["article_id"] for s in event["sources"]))
    named = list(dict.fromkeys(s["outlet"] for s in event["sources"] if s["outlet"]))
    unnamed = len({s["article_id"] for s in event["sources"] if not s["outlet"]})
    outlets = named + ([f"{unnamed} article(s) of unknown outlet"] if unnamed else [])
    if len(ids) > 1:
        reported = f"reported by {len(ids)} sources ({_join(outlets)})"
    else:
        reported = f"reported by {named[0]}" if named else "reported by one article of unknown outlet"
    text = (
        f"{attackers} struck {target}{' in ' + where if where else ''}{_when(event)}, {reported}"
        f"{_figure_clause(event['figures'])}."
    )
    return NarrativeSentence(text=text, article_ids=ids)


def _who(side: dict[str, Any]) -> str:
    org = side.get("organisation")
    return f"{side['claimant']} ({org})" if org and org != side["claimant"] else side["claimant"]


def template_narrative(data: dict[str, Any]) -> Narrative:
    """A deterministic summary: top events, contested claims, date problems; each sentence cited."""
    sentences = [_event_sentence(e) for e in data["events"][:EVENTS_IN_TEMPLATE]]
    for pair in data["contested"][:CONTESTED_IN_TEMPLATE]:
        a, d = pair["asserts"], pair["denies"]
        sentences.append(
            NarrativeSentence(
                text=f"On {pair['topic']}, {_who(a)} says \u201c{a['statement']}\u201d, which {_who(d)} contradicts: "
                f"\u201c{d['statement']}\u201d.",
                article_ids=list(dict.fromkeys([a["article_id"], d["article_id"]])),
            )
        )
    flagged = list(dict.fromkeys(f["article_id"] for f in data["date_flags"]))
    if flagged:
        undated = len({f["article_id"] for f in data["date_flags"] if f["kind"] == "no_publication_date"})
        detail = f", {undated} of them with no publication date" if undated else ""
        sentences.append(
            NarrativeSentence(
                text=f"{len(flagged)} article{'s have' if len(flagged) != 1 else ' has'} unreliable dates{detail}; "
                f"see the date flags.",
                article_ids=flagged,
            )
        )
    kept, bad = split_by_citations(sentences, cited_ids(data))
    return Narrative(sentences=kept, written_by="template", dropped_sentences=len(bad))
