"""Versioned prompt templates: loaded from ``extractor/data/prompts/``, identified by name and content hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import jinja2

from extractor.data import data_path
from extractor.errors import ConfigError

USER_MARKER = "<!-- user -->"
DEFAULT_EXTRACT_PROMPT = "extract/v2"


def prompts_dir() -> Path:
    """The packaged prompt templates (``extractor/data/prompts``)."""
    return data_path("prompts")


@dataclass(frozen=True)
class PromptTemplate:
    """A prompt's identity (``name`` + ``hash``) and its jinja2 source."""

    name: str
    source: str

    @property
    def hash(self) -> str:
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()[:16]

    def render(self, **values: object) -> list[dict[str, str]]:
        """Render to chat messages: instructions as system, the fenced article as user."""
        rendered = _compiled(self.source).render(**values)
        system, _, user = rendered.partition(USER_MARKER)
        messages = [{"role": "system", "content": system.strip()}]
        if user.strip():
            messages.append({"role": "user", "content": user.strip()})
        return messages


def load_prompt(name: str | None = None) -> PromptTemplate:
    """Load ``extractor/data/prompts/<name>.md`` (e.g. ``extract/v1``), or a template file given by path."""
    name = name or DEFAULT_EXTRACT_PROMPT
    path = Path(name)
    if path.suffix == ".md" and path.is_file():
        return _load(str(path.resolve()), path.stem, path.stat().st_mtime_ns)
    path = prompts_dir() / f"{name}.md"
    if not path.is_file():
        raise ConfigError(f"no prompt named {name!r} (looked for {path})")
    return _load(str(path), name, path.stat().st_mtime_ns)


@lru_cache(maxsize=32)
def _compiled(source: str) -> jinja2.Template:
    """Each template source is compiled once (rendering is on the per-request path)."""
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True, autoescape=False)
    return env.from_string(source)


@lru_cache(maxsize=32)
def _load(path: str, name: str, mtime_ns: int) -> PromptTemplate:
    return PromptTemplate(name=name, source=Path(path).read_text(encoding="utf-8"))


def fence_for(text: str, *fields: str | None) -> str:
    """A delimiter token derived from the text that neither the text nor any other field of the article contains."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    for i in range(0, len(digest) - 12):
        token = digest[i : i + 12]
        if token not in text and not any(token in f for f in fields if f):
            return token
    raise ConfigError("could not find a safe delimiter for this article")


def inline_field(value: str | None) -> str | None:
    """A metadata field (title, outlet) made safe to quote on one prompt line: line breaks, quotes, backslashes
    and control characters escaped as in JSON, so it cannot end its quotes or start a line of its own."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False)[1:-1]
