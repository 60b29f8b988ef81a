"""Read articles from files, folders, stdin or strings, with clear errors for bad input.

An article file may start with header lines (``Title:``, ``Source:``, ``Date:``, ``URL:``)
followed by a blank line; everything after that blank line is the text offsets point into.
HTML pages are reduced to their visible text. URLs in the text are never fetched.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from extractor.errors import ArticleError
from extractor.schemas import Article

HEADER_KEYS = {
    "title": "title",
    "source": "outlet",
    "outlet": "outlet",
    "date": "published",
    "published": "published",
    "url": "url",
}
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z]+):[ \t]*(?P<value>.*?)[ \t]*$")
_MAX_HEADER_VALUE = 300
_HTML_HINT = re.compile(r"<\s*(html|body|p|div|article|!doctype)\b", re.IGNORECASE)


def parse_date(value: str) -> date:
    """Parse a publication date (ISO first, then any format dateparser knows); raise ValueError."""
    value = value.strip()
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        raise ValueError(f"unrecognised date {value!r}")
    return parsed.date()


class _VisibleText(HTMLParser):
    """Collect the visible text of an HTML page, dropping scripts and styles."""

    _SKIP = {"script", "style", "noscript", "template", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "tr", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skip += 1
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = (self.title or "") + data.strip()
        elif not self._skip:
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str | None, str]:
    """Visible text of an HTML page and its <title>, with paragraphs kept apart."""
    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(parser.parts))
    text = re.sub(r" ?\n[ \n]*\n ?", "\n\n", text)
    return parser.title, text.strip()


def _split_header(raw: str) -> tuple[dict[str, str], str]:
    """Split leading ``Key: value`` lines (known keys only, then a blank line) from the body."""
    lines = raw.split("\n")
    fields: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not line.strip():
            if fields:
                return fields, "\n".join(lines[i + 1 :])
            return {}, raw
        m = _HEADER_LINE.match(line)
        key = m and HEADER_KEYS.get(m["key"].lower())
        if not key or len(m["value"]) > _MAX_HEADER_VALUE or key in fields:
            return {}, raw
        fields[key] = m["value"]
    return {}, raw


def parse_article(
    raw: str, *, article_id: str | None = None, source: str | None = None, published: date | str | None = None
) -> Article:
    """Build an Article from raw text (header lines optional); raise ArticleError on bad input."""
    if "\x00" in raw:
        raise ArticleError("looks like a binary file (contains NUL bytes), not article text", source)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    fields, body = _split_header(raw)
    title = fields.get("title")
    was_html = bool(_HTML_HINT.search(body[:2000]))
    if was_html:
        html_title, body = html_to_text(body)
        title = title or html_title
    if not body.strip():
        raise ArticleError(
            "article text is empty (an HTML page with no visible text)" if was_html else "article text is empty", source
        )
    when = published if published is not None else fields.get("published") or None
    if isinstance(when, str):
        try:
            when = parse_date(when)
        except ValueError:
            raise ArticleError(f"malformed Date header {when!r}: use YYYY-MM-DD", source) from None
    return Article(
        id=article_id or Article.id_for_text(body),
        title=title or None,
        outlet=fields.get("outlet") or None,
        url=fields.get("url") or None,
        published=when,
        text=body,
    )


MAX_ARTICLE_BYTES = 16 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
_MAGIC = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (or .docx/.odt)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip file",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


def decode_bytes(data: bytes, source: str | None = None) -> str:
    """Decode article bytes as UTF-8 (or BOM-marked UTF-16); refuse binary or other encodings clearly."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise ArticleError(f"looks like {kind}, not article text; convert it to plain UTF-8 text", source)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ArticleError("not valid UTF-16 text despite its byte-order mark", source) from None
    if b"\x00" in data[:8192]:
        raise ArticleError("looks like a binary file (contains NUL bytes), not article text", source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"not valid UTF-8 text (byte {exc.start}); convert it to UTF-8 first", source) from None


def _file_kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return kind
    return "not a regular file"


def read_file_bytes(path: str | Path) -> bytes:
    """Bytes of a regular file; refuse folders, pipes and devices (a FIFO would block forever) clearly."""
    path = Path(path)
    if path.is_symlink() and not path.exists():
        try:
            os.stat(path)
            reason = "dangling"
        except OSError as exc:
            reason = exc.strerror or "dangling"
        raise ArticleError(f"cannot read file: broken symbolic link ({reason})", str(path))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        if isinstance(exc, IsADirectoryError):
            raise ArticleError("is a folder, not an article file", str(path)) from None
        raise ArticleError(f"cannot read file: {exc.strerror or exc}", str(path)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = _file_kind(info.st_mode)
            raise ArticleError(
                f"is {kind}, not an article file" + ("; pipe text in with -" if "pipe" in kind else ""), str(path)
            )
        if info.st_size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"file is {info.st_size:,} bytes; articles larger than "
                f"{MAX_ARTICLE_BYTES // (1024 * 1024)} MiB are refused",
                str(path),
            )
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read(MAX_ARTICLE_BYTES + 1)
    except OSError as exc:
        raise ArticleError(f"cannot read file: {exc.strerror or exc}", str(path)) from None
    finally:
        os.close(fd)


def read_article(path: str | Path) -> Article:
    """Read one article file; its id is the file stem."""
    path = Path(path)
    return parse_article(decode_bytes(read_file_bytes(path), str(path)), article_id=path.stem, source=str(path))


def iter_article_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files and folders (their ``.txt``, ``.md`` and ``.html`` entries, sorted) into file paths.

    Folder entries with those suffixes are yielded even when they are not readable files (broken
    links, pipes, sub-folders), so reading them reports an error instead of skipping them silently.
    """
    for p in paths:
        p = Path(p)
        if p.is_dir():
            try:
                entries = sorted(p.iterdir())
            except OSError as exc:
                raise ArticleError(f"cannot list folder: {exc.strerror or exc}", str(p)) from None
            yield from (f for f in entries if f.suffix.lower() in ARTICLE_SUFFIXES and not f.name.startswith("."))
        elif p.exists() or p.is_symlink():
            yield p
        else:
            raise ArticleError("no such file or folder", str(p))
