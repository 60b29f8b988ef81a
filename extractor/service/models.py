"""Request and response bodies of the HTTP API (the records themselves come from ``extractor.schemas``)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from extractor.articles import parse_article
from extractor.schemas import Article, ArticleExtraction

MAX_TEXT_CHARS = 200_000
MAX_BATCH = 1000
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$"


class Body(BaseModel):
    """Base for request bodies: unknown keys are rejected."""

    model_config = ConfigDict(extra="forbid")


class ArticleInput(Body):
    """An article: its text (header lines ``Title:``, ``Source:``, ``Date:``, ``URL:`` allowed) and metadata.

    Metadata given here wins over header lines. Without an ``id`` the article gets one from its text.
    """

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS, description="Article text, or an HTML page.")
    id: str | None = Field(default=None, pattern=ID_PATTERN, description="Stable id (letters, digits, . _ ~ -).")
    title: str | None = Field(default=None, max_length=1000)
    outlet: str | None = Field(default=None, max_length=300, description="Publishing outlet, e.g. 'Reuters'.")
    url: str | None = Field(default=None, max_length=2000)
    published: date | None = Field(default=None, description="Publication date; relative dates resolve against it.")

    @field_validator("published", mode="before")
    @classmethod
    def _date_as_text(cls, value: object) -> object:
        """A date is written YYYY-MM-DD; a number is not read as seconds since 1970."""
        if value is not None and not isinstance(value, str | date):
            raise ValueError("write the date as YYYY-MM-DD")
        return value

    def to_article(self) -> Article:
        """The Article this input describes (ArticleError when the text is not article text)."""
        article = parse_article(self.text, article_id=self.id, published=self.published)
        overrides = {"title": self.title, "outlet": self.outlet, "url": self.url}
        return article.model_copy(update={k: v for k, v in overrides.items() if v is not None})


class IngestBatch(Body):
    """Several articles for one ingest job."""

    articles: list[ArticleInput] = Field(min_length=1, max_length=MAX_BATCH)


class StoredArticleView(BaseModel):
    """A stored article with every extraction made of it, oldest first (the last is the one briefings read)."""

    article: Article
    extractions: list[ArticleExtraction]


class Health(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    """The service can answer: engine loaded, store open, job runner alive."""

    status: Literal["ready"] = "ready"
    engine: str
    store: str
    pending_job_articles: int = Field(ge=0)
