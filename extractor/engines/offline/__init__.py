"""The offline engine: real extraction with spaCy and rule files, no LLM and no network."""

from extractor.engines.offline.engine import OfflineEngine

__all__ = ["OfflineEngine"]
