"""Code hashes: what source produced a result, computed from the files at run time.

An engine's code hash covers its own modules and every ``extractor`` module they import, directly
or through others (imports inside functions included), so editing any rule's source changes the
hash and the next extraction misses the cache: no version number to remember to bump.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
from functools import cache
from pathlib import Path

PACKAGE = "extractor"
_FROM_IMPORT = re.compile(r"^\s*from\s+(extractor(?:\.\w+)*)\s+import\s+(\([^)]*\)|[^\n]+)", re.MULTILINE)
_PLAIN_IMPORT = re.compile(r"^\s*import\s+(extractor(?:\.\w+)*)", re.MULTILINE)


def _source_file(module: str) -> Path | None:
    """The ``.py`` file of a module of this package (a package's ``__init__.py``), or None."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None or not spec.origin.endswith(".py"):
        return None
    return Path(spec.origin)


def _imported_modules(source: str) -> set[str]:
    """``extractor`` modules a source file imports: ``from A import b`` names ``A`` and, if it is one, ``A.b``."""
    found = set(_PLAIN_IMPORT.findall(source))
    for module, names in _FROM_IMPORT.findall(source):
        found.add(module)
        for name in re.findall(r"\b(\w+)\b(?:\s+as\s+\w+)?", names.strip("()")):
            if name != "as":
                found.add(f"{module}.{name}")
    return found


@cache
def module_closure(*roots: str) -> tuple[Path, ...]:
    """The source files of ``roots`` and of every package module they import, transitively, sorted.

    A root that is a package brings all its modules; an imported package brings its ``__init__`` only
    (``extractor/__init__.py`` re-exports the whole API, none of which shapes an engine's results).
    """
    seen: dict[str, Path] = {}
    todo = list(roots)
    for root in roots:
        path = _source_file(root)
        if path is not None and path.name == "__init__.py":
            for file in sorted(path.parent.rglob("*.py")):
                parts = file.relative_to(path.parent).with_suffix("").parts
                if parts[-1] == "__init__":
                    parts = parts[:-1]
                todo.append(".".join((root, *parts)))
    while todo:
        module = todo.pop()
        if module in seen or not (module == PACKAGE or module.startswith(PACKAGE + ".")):
            continue
        try:
            path = _source_file(module)
        except (ImportError, ValueError):
            path = None
        if path is None:
            continue
        seen[module] = path
        source = path.read_text(encoding="utf-8")
        todo.extend(_imported_modules(source))
    return tuple(sorted(set(seen.values())))


@cache
def code_hash(*roots: str) -> str:
    """Short hash of the source files :func:`module_closure` finds (paths relative to the package)."""
    digest = hashlib.sha256()
    for path in module_closure(*roots):
        relative = _relative(path)
        digest.update(relative.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _relative(path: Path) -> str:
    """``extractor/engines/llm.py`` from wherever the package lives (a checkout, a wheel, a copy)."""
    parts = path.parts
    index = len(parts) - 1 - parts[::-1].index(PACKAGE) if PACKAGE in parts else 0
    return "/".join(parts[index:])
