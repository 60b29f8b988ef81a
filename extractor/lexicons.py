"""Name lexicons kept as data (``extractor/data/lexicons/*.toml``): forces, armed groups, places.

One table serves the offline engine (finding names), the scorer and the briefing (matching
names written differently by different outlets).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache, cached_property
from pathlib import Path

from extractor.data import data_path
from extractor.data.rule_files import RuleFileError, validate_rule_file

LEXICON_DIR = data_path("lexicons")


_UNDECOMPOSED = str.maketrans(
    {"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "œ": "oe"}
)
"""Letters with no accent to strip that NFKD leaves whole ("Diyarbakır", "Şırnak" are "Diyarbakir", "Sirnak")."""


def fold(name: str) -> str:
    """Comparison key: accents, case, punctuation and leading articles removed."""
    name = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    name = "".join(c for c in name if not unicodedata.combining(c)).lower()
    name = re.sub(r"[\u2019'`]", "", name)
    name = re.sub(r"[^a-z0-9]+", " ", name).strip()
    return re.sub(r"^(the|al|el|ad|as|ar|an) ", "", name)


@dataclass(frozen=True)
class Entry:
    """A canonical name, its aliases and optional attributes (country, region...)."""

    name: str
    aliases: tuple[str, ...] = ()
    attrs: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Lexicon:
    """Canonical names with alias lookup by folded key."""

    kind: str
    entries: tuple[Entry, ...]

    @cached_property
    def index(self) -> dict[str, Entry]:
        """Folded alias -> entry, built once per lexicon (lookups are on hot paths)."""
        return _index(self)

    def canonical(self, name: str | None) -> str | None:
        """Canonical name for ``name`` if it is a known alias, else ``name`` unchanged."""
        if not name:
            return name
        entry = self.index.get(fold(name))
        return entry.name if entry else name

    def lookup(self, name: str) -> Entry | None:
        return self.index.get(fold(name))


def _index(lexicon: Lexicon) -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for entry in lexicon.entries:
        for alias in (entry.name, *entry.aliases):
            out.setdefault(fold(alias), entry)
    return out


_FILE_STEMS = {"country": "countries"}


@cache
def load_lexicon(kind: str) -> Lexicon:
    """Load ``lexicons/<kind>s.toml`` (force, group, place, country, government, source, aircraft_type, weapon)."""
    data = load_rules(_FILE_STEMS.get(kind, f"{kind}s"))
    entries = tuple(
        Entry(
            name=row["name"],
            aliases=tuple(row.get("aliases", ())),
            attrs={k: v for k, v in row.items() if k not in {"name", "aliases"}},
        )
        for row in data.get(kind, [])
    )
    return Lexicon(kind=kind, entries=entries)


def canonical_force(name: str | None) -> str | None:
    return load_lexicon("force").canonical(name)


def canonical_group(name: str | None) -> str | None:
    return load_lexicon("group").canonical(name)


def canonical_place(name: str | None) -> str | None:
    return load_lexicon("place").canonical(name)


def canonical_country(name: str | None) -> str | None:
    return load_lexicon("country").canonical(name)


def canonical_source(name: str | None) -> str | None:
    """One name for a reporting organisation written several ways ("AFRICOM" -> "US Africa Command")."""
    return load_lexicon("source").canonical(name)


@cache
def load_rules(name: str) -> dict:
    """Load a rule table ``lexicons/<name>.toml`` as a plain dict (cue words, patterns, settings), checked
    against its model in :mod:`extractor.data.rule_files` (an unknown or misspelt key is an error)."""
    path = LEXICON_DIR / f"{name}.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise RuleFileError(f"{path}: not valid TOML: {exc}") from None
    validate_rule_file(name, data, str(path))
    return data


def data_files() -> list[Path]:
    """Every lexicon and rule file, sorted, so a hash over them changes when any one is edited."""
    return sorted(LEXICON_DIR.glob("*.toml"))


def data_hash() -> str:
    """Short hash of all lexicon and rule files: part of cache keys, so editing a lexicon misses the cache."""
    import hashlib

    digest = hashlib.sha256()
    for path in data_files():
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def shift_date(base: date, unit: str, offset: int) -> date:
    """Apply a relative-date rule (``dates.toml`` ``[relative]``: unit and offset) to ``base``: the first day
    of the day, week (Monday), month or year ``offset`` units away."""
    if unit == "day":
        return base + timedelta(days=offset)
    if unit == "week":
        return base - timedelta(days=base.weekday()) + timedelta(weeks=offset)
    if unit == "month":
        month_index = base.year * 12 + base.month - 1 + offset
        return date(month_index // 12, month_index % 12 + 1, 1)
    return date(base.year + offset, 1, 1)
