"""Settings from flags and environment: which engine, which endpoint, where the cache lives."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

N = TypeVar("N", int, float)
LLM_ONLY_OPTIONS = {"prompt": "--prompt", "model": "--model", "mode": "--mode", "base_url": "--base-url"}
"""Options only the LLM engine reads: option name -> CLI flag."""


def default_cache_dir() -> Path:
    """``EXTRACTOR_CACHE_DIR``, else the platform's user cache folder."""
    if os.environ.get("EXTRACTOR_CACHE_DIR"):
        return Path(os.environ["EXTRACTOR_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "extractor"


def _env_number(name: str, default: N, kind: Callable[[str], N]) -> N:
    """A positive number from the environment; a clear configuration error (not a crash) otherwise."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = kind(raw.strip())
    except ValueError:
        value = None
    if value is None or not 0 < value < float("inf"):
        from extractor.errors import ConfigError

        raise ConfigError(f"{name}={raw!r} is not a positive number")
    return value


@dataclass(frozen=True)
class Settings:
    """Everything that decides how an extraction runs. ``api_key`` is never printed or cached."""

    engine: str = "auto"
    base_url: str | None = None
    model: str | None = None
    api_key: str | None = field(default=None, repr=False)
    mode: str = "tools"
    prompt: str | None = None
    cache_dir: Path = field(default_factory=default_cache_dir)
    use_cache: bool = True
    refresh: bool = False
    timeout_s: float = 120.0
    max_transport_attempts: int = 4
    max_validation_attempts: int = 3
    deadline_s: float = 600.0
    max_tokens: int = 2048
    temperature: float = 0.0
    chunk_chars: int = 12000
    chunk_overlap: int = 1000

    @classmethod
    def from_env(cls, **overrides: Any) -> Settings:
        """Read ``EXTRACTOR_*`` and ``OPENAI_API_KEY``; explicit non-None overrides win."""
        env = os.environ
        base = cls(
            engine=env.get("EXTRACTOR_ENGINE", "auto"),
            base_url=env.get("EXTRACTOR_BASE_URL") or env.get("OPENAI_BASE_URL") or None,
            model=env.get("EXTRACTOR_MODEL") or None,
            api_key=env.get("OPENAI_API_KEY") or None,
            mode=env.get("EXTRACTOR_MODE", "tools"),
            prompt=env.get("EXTRACTOR_PROMPT") or None,
            timeout_s=_env_number("EXTRACTOR_TIMEOUT", 120.0, float),
            chunk_chars=_env_number("EXTRACTOR_CHUNK_CHARS", 12000, int),
        )
        return base.with_overrides(**overrides)

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with every override that is not None applied (unknown names raise TypeError)."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})

    @property
    def public_endpoint(self) -> str | None:
        """The endpoint's base URL without credentials, query or fragment (safe to write in run files)."""
        if not self.base_url:
            return None
        parts = urlsplit(self.base_url)
        return urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], parts.path, "", ""))

    @property
    def resolved_engine(self) -> str:
        """``auto`` means the LLM engine when an endpoint or key is configured, else offline."""
        if self.engine != "auto":
            return self.engine
        return "llm" if (self.base_url or self.api_key) else "offline"


def refuse_unused_llm_options(settings: Settings, given: Mapping[str, object]) -> None:
    """Raise ConfigError when options only the LLM engine reads were given but the offline engine runs.

    ``given`` holds the options the caller passed explicitly (flags or keyword arguments), not the
    environment: a ``--prompt`` the engine would ignore must not let an eval pass as if it were scored.
    """
    if settings.resolved_engine != "offline":
        return
    unused = [flag for name, flag in LLM_ONLY_OPTIONS.items() if given.get(name) is not None]
    if unused:
        from extractor.errors import ConfigError

        raise ConfigError(
            f"{', '.join(unused)} only apply to the LLM engine, and the offline engine would run and ignore "
            f"{'them' if len(unused) > 1 else 'it'}: use --engine llm with an endpoint, or drop "
            f"{'them' if len(unused) > 1 else 'it'}"
        )
