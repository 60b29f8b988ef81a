"""Extraction engines: ``llm`` (instructor over an OpenAI-compatible endpoint) and ``offline``.

Engines are listed in :data:`ENGINES`, a table of names to the class that implements each one,
imported only when that engine is first used (the LLM engine's libraries cost time to import).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import Protocol, runtime_checkable

from extractor.config import Settings
from extractor.errors import ConfigError
from extractor.schemas import Article, ArticleExtraction, EngineIdentity


class Engine(Protocol):
    """What callers use of an engine: its name, its identity (for cache and store keys), and extraction."""

    name: str

    def identity(self) -> EngineIdentity:
        """Exactly what produces this engine's results (code, data, prompt, schema, model, parameters)."""
        ...

    def extract(self, article: Article) -> ArticleExtraction:
        """One article's strikes and claims; raises ``ExtractionError`` when it cannot."""
        ...


@runtime_checkable
class BatchEngine(Engine, Protocol):
    """An engine that is faster over many articles at once (the offline engine uses ``nlp.pipe``)."""

    def extract_batch(self, articles: Iterable[Article]) -> Iterator[tuple[Article, ArticleExtraction | Exception]]:
        """Yield each article with its extraction, or the exception that stopped it."""
        ...


ENGINES: dict[str, str] = {
    "llm": "extractor.engines.llm:LLMEngine",
    "offline": "extractor.engines.segments:segmented_offline_engine",  # very long articles read in segments
}
"""Engine name -> ``module:class`` of its implementation. ``--engine auto`` picks one of these."""

_engines: dict[Settings, Engine] = {}


def engine_class(name: str) -> Callable[[Settings], Engine]:
    """The class implementing engine ``name`` (imported now)."""
    if name not in ENGINES:
        raise ConfigError(f"unknown engine {name!r}: choose one of auto, {', '.join(ENGINES)}")
    module, _, attribute = ENGINES[name].partition(":")
    factory: Callable[[Settings], Engine] = getattr(importlib.import_module(module), attribute)
    return factory


def get_engine(settings: Settings) -> Engine:
    """One engine per configuration per process, so models and clients load once."""
    key = replace(settings, use_cache=True, refresh=False)
    if key not in _engines:
        _engines[key] = engine_class(settings.resolved_engine)(settings)
    return _engines[key]
