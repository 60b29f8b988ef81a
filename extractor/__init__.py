"""extractor: typed, source-grounded records of air strikes and the claims made about them.

>>> from extractor import extract
>>> result = extract("Title: ...\\nDate: 2017-01-24\\n\\nRussian warplanes struck ...")
"""

from extractor.api import BatchFailure, BatchResult, aextract, extract, extract_many
from extractor.briefing import brief
from extractor.config import Settings
from extractor.errors import (
    ArticleError,
    ConfigError,
    ExtractionError,
    ExtractorError,
    ResponseError,
    TransportError,
)
from extractor.schemas import (
    Article,
    ArticleExtraction,
    Casualty,
    CharInterval,
    Claim,
    EngineIdentity,
    Evidence,
    Location,
    RunMetadata,
    StrikeReport,
)

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleError",
    "ArticleExtraction",
    "BatchFailure",
    "BatchResult",
    "Casualty",
    "CharInterval",
    "Claim",
    "ConfigError",
    "EngineIdentity",
    "Evidence",
    "ExtractionError",
    "ExtractorError",
    "Location",
    "ResponseError",
    "RunMetadata",
    "Settings",
    "StrikeReport",
    "TransportError",
    "aextract",
    "brief",
    "extract",
    "extract_many",
]
