"""Extraction engines: ``llm`` (instructor over an OpenAI-compatible endpoint) and ``offline``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any, Protocol

from extractor.config import ENGINES, Settings
from extractor.errors import ConfigError
from extractor.schemas import Article, ArticleExtraction


class Engine(Protocol):
    """What every engine provides: an identity for cache keys and one-article extraction."""

    name: str

    def cache_parts(self) -> dict[str, Any]: ...

    def extract(self, article: Article) -> ArticleExtraction: ...


class BatchEngine(Engine, Protocol):
    """An engine that is faster over many articles at once (the offline engine uses ``nlp.pipe``)."""

    def extract_batch(self, articles: Iterable[Article]) -> Iterator[tuple[Article, ArticleExtraction | Exception]]:
        """Yield each article with its extraction, or the exception that stopped it."""


_engines: dict[Settings, Engine] = {}


def get_engine(settings: Settings) -> Engine:
    """One engine per configuration per process, so models and clients load once."""
    key = replace(settings, use_cache=True, refresh=False)
    if key not in _engines:
        name = settings.resolved_engine
        if name == "llm":
            from extractor.engines.llm import LLMEngine

            _engines[key] = LLMEngine(settings)
        elif name == "offline":
            from extractor.engines.offline import OfflineEngine

            _engines[key] = OfflineEngine(settings)
        else:
            raise ConfigError(f"unknown engine {name!r}: choose one of {', '.join(ENGINES)}")
    return _engines[key]
