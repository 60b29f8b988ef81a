"""The offline engine: real extraction with spaCy and rule files, no LLM and no network."""

from extractor.engines.offline.engine import ENGINE_VERSION, OfflineEngine

__all__ = ["ENGINE_VERSION", "OfflineEngine"]
