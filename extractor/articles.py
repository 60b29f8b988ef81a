"""Read articles from files, folders, stdin or strings, with clear errors for bad input.

An article's metadata is given in YAML front matter (a first line ``---``, ``title:``, ``source:``,
``date:``, ``url:`` keys, a closing ``---``), the unambiguous form; everything after it is the text
offsets point into. Bare header lines (``Title: ...`` then a blank line) are still read where they
cannot be a headline (two or more known keys, or a lone ``Date:`` or ``URL:`` line), with a
:class:`BareHeaderWarning`. HTML pages are reduced to their visible text. Bytes that are not UTF-8
are decoded as Windows-1252 / Latin-1 when charset-normalizer is confident, and the encoding is
recorded on the Article. URLs in the text are never fetched.
"""

from __future__ import annotations

import os
import re
import stat
import warnings
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from extractor.errors import ArticleError
from extractor.pagemeta import read_page_metadata
from extractor.schemas import Article, FieldSource

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
_MAX_OUTLET_WORDS = 8
_HTML_HINT = re.compile(r"<\s*(html|body|p|div|article|!doctype)\b", re.IGNORECASE)
_ISO_SHAPED = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_FRONT_MATTER_FENCE = "---"
WESTERN_ENCODINGS = ["cp1252", "latin_1", "iso8859_15"]
"""Single-byte encodings tried (through charset-normalizer) for pages that are not UTF-8."""


class BareHeaderWarning(UserWarning):
    """Bare ``Key: value`` header lines were read as metadata; YAML front matter says it unambiguously."""


def parse_iso_date(value: date | str) -> date:
    """A date argument: a ``date`` or an ISO ``YYYY-MM-DD`` string; anything else raises ValueError."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}")


def parse_date(value: str) -> date:
    """Parse a publication date header (ISO, else any format dateparser knows); raise ValueError.

    A value shaped like ISO (``2017-13-01``) must be a valid ISO date: it is never re-read in another order.
    """
    value = value.strip()
    if _ISO_SHAPED.match(value):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            raise ValueError(f"invalid date {value!r}: expected YYYY-MM-DD") from None
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


def _front_matter(raw: str) -> tuple[dict[str, str], str] | None:
    """YAML front matter (``---`` lines around a mapping) and the body after it; None when there is none."""
    lines = raw.split("\n")
    if not lines or lines[0].rstrip() != _FRONT_MATTER_FENCE:
        return None
    for i in range(1, len(lines)):
        if lines[i].rstrip() in (_FRONT_MATTER_FENCE, "..."):
            break
    else:
        raise ArticleError("YAML front matter has no closing '---' line")
    import yaml

    try:
        # BaseLoader keeps every scalar a string: dates are read by parse_date, never by YAML's timestamp rules
        data = yaml.load("\n".join(lines[1:i]), Loader=yaml.BaseLoader) or {}  # noqa: S506 - BaseLoader builds no objects
    except yaml.YAMLError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
        raise ArticleError(f"YAML front matter is not valid YAML: {reason}") from None
    if not isinstance(data, dict):
        raise ArticleError("YAML front matter must be a mapping of keys (title, source, date, url)")
    fields: dict[str, str] = {}
    for key, value in data.items():
        name = HEADER_KEYS.get(str(key).lower())
        if name is None or value in (None, ""):
            continue
        if name in fields:
            raise ArticleError(f"YAML front matter gives {name} twice ({key!r})")
        if not isinstance(value, str):
            raise ArticleError(f"YAML front matter: {key} must be a single value")
        fields[name] = value.strip()
    body = "\n".join(lines[i + 1 :])
    return fields, body.lstrip("\n")


def _could_be_headline(fields: dict[str, str]) -> bool:
    """Whether header-looking lines may be the article's first line instead ('Source: US strikes kill 20')."""
    if "published" in fields or "url" in fields:
        return False  # no headline has a Date: or URL: line beside it: a header, even with an odd value (warned)
    outlet = fields.get("outlet")
    if outlet is not None and len(outlet.split()) > _MAX_OUTLET_WORDS:
        return True
    if len(fields) >= 2:
        return False
    return next(iter(fields)) not in ("published", "url")  # no headline starts "Date:" or "URL:"


class HeaderLineWarning(UserWarning):
    """A header line was read with a problem (over-long, repeated or unknown key): said, never silently lost."""


def _split_header(raw: str, source: str | None = None) -> tuple[dict[str, str], str]:
    """Split leading bare ``Key: value`` lines (then a blank line) from the body.

    Lines that could be a headline are left in the text (see :func:`_could_be_headline`). In a block of
    header lines, an over-long value is kept, a repeated key keeps its first value and an unknown key is
    ignored, each with a :class:`HeaderLineWarning` naming the line, instead of the whole block turning
    into article text.
    """
    lines = raw.split("\n")
    end = next((i for i, line in enumerate(lines) if not line.strip()), None)
    if end is None or end == 0:
        return {}, raw
    matches = [_HEADER_LINE.match(line) for line in lines[:end]]
    if not all(matches) or not any(HEADER_KEYS.get(m["key"].lower()) for m in matches if m):
        return {}, raw
    fields: dict[str, str] = {}
    problems: list[str] = []
    for number, m in enumerate(matches, 1):
        assert m is not None
        key = HEADER_KEYS.get(m["key"].lower())
        if key is None:
            problems.append(f"line {number} '{m['key']}:' is not a header key (title, source, date, url): ignored")
        elif key in fields:
            problems.append(f"line {number} repeats '{m['key']}:': the first value is kept")
        else:
            if len(m["value"]) > _MAX_HEADER_VALUE:
                problems.append(
                    f"line {number} '{m['key']}:' is {len(m['value'])} characters long (over {_MAX_HEADER_VALUE}): "
                    "kept as given; check it is metadata"
                )
            fields[key] = m["value"]
    if not fields:
        return {}, raw
    if _could_be_headline(fields):
        if len(fields) >= 2:
            warnings.warn(
                f"{source or 'article'}: the first lines look like header lines, but 'Source:' reads like a headline "
                f"(over {_MAX_OUTLET_WORDS} words): read as article text; add a Date: line or use YAML front matter",
                HeaderLineWarning,
                stacklevel=3,
            )
        return {}, raw
    for problem in problems:
        warnings.warn(f"{source or 'article'}: header {problem}", HeaderLineWarning, stacklevel=3)
    return fields, "\n".join(lines[end + 1 :])


def parse_article(
    raw: str,
    *,
    article_id: str | None = None,
    source: str | None = None,
    published: date | str | None = None,
    encoding: str | None = None,
    html: bool | None = None,
) -> Article:
    """Build an Article from raw text (front matter or header lines optional); raise ArticleError on bad input.

    ``published`` given here must be a date or an ISO ``YYYY-MM-DD`` string. The Article records where
    each metadata field came from (``field_sources``) and, for bytes read from a file, the ``encoding``.
    ``html`` says whether the body is an HTML page (a ``.html`` file is, whatever its first lines look like);
    None guesses from the body's start (raw text from stdin or the API).
    """
    if "\x00" in raw:
        raise ArticleError("looks like a binary file (contains NUL bytes), not article text", source)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    try:
        matter = _front_matter(raw)
    except ArticleError as exc:
        raise ArticleError(str(exc), source) from None
    if matter is not None:
        fields, body = matter
        origin: FieldSource = "front_matter"
    else:
        fields, body = _split_header(raw, source)
        origin = "header_lines"
        if fields:
            warnings.warn(  # one message for every file, so Python shows it once per run, not per article
                "bare 'Key: value' header lines read as article metadata; YAML front matter (--- ... ---) is the "
                "unambiguous form (field_sources says which articles used which)",
                BareHeaderWarning,
                stacklevel=2,
            )
    sources: dict[str, FieldSource] = {name: origin for name, value in fields.items() if value not in ("", None)}
    title = fields.get("title")
    was_html = html if html is not None else bool(_HTML_HINT.search(body[:2000]))
    page_html, html_title = None, None
    if was_html:
        page_html = body
        html_title, body = html_to_text(body)
    if not body.strip():
        raise ArticleError(
            "article text is empty (an HTML page with no visible text)" if was_html else "article text is empty", source
        )
    when: date | None = None
    if published is not None:
        try:
            when = parse_iso_date(published)
        except ValueError as exc:
            raise ArticleError(f"published: {exc}", source) from None
        sources["published"] = "argument"
    elif fields.get("published"):
        value = fields["published"]
        try:
            when = parse_date(value)
        except ValueError:
            raise ArticleError(f"malformed Date header {value!r}: use YYYY-MM-DD", source) from None
    outlet = fields.get("outlet") or None
    if not (title and outlet and when):
        page = read_page_metadata(body, html=page_html, url=fields.get("url"))
        known: tuple[tuple[str, object], ...] = (("title", title), ("outlet", outlet), ("published", when))
        for name, given in known:
            if not given and getattr(page, name):
                sources[name] = page.origins[name]
        title, outlet, when = title or page.title, outlet or page.outlet, when or page.published
    if not title and html_title:
        title, sources["title"] = html_title, "html_title"
    sources["id"] = "file_name" if article_id else "text_hash"
    return Article(
        id=article_id or Article.id_for_text(body),
        title=title or None,
        outlet=outlet,
        url=fields.get("url") or None,
        published=when,
        text=body,
        field_sources=sources,
        encoding=encoding,
    )


MAX_ARTICLE_BYTES = 16 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
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
    """Decode article bytes (see :func:`decode_article_bytes`); the text only."""
    return decode_article_bytes(data, source)[0]


def decode_article_bytes(data: bytes, source: str | None = None) -> tuple[str, str]:
    """Decode article bytes and name the encoding used: UTF-8 (or BOM-marked UTF-8/16), else a
    Windows-1252/Latin-1 page when charset-normalizer decodes it with confidence; refuse binary or
    undecidable bytes clearly."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise ArticleError(f"looks like {kind}, not article text; convert it to plain UTF-8 text", source)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ArticleError("not valid UTF-16 text despite its byte-order mark", source) from None
    if b"\x00" in data[:8192]:
        raise ArticleError("looks like a binary file (contains NUL bytes), not article text", source)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=WESTERN_ENCODINGS).best()
    if best is None:
        raise ArticleError(
            f"not valid UTF-8 text (byte {first_bad}), and not confidently Windows-1252 or Latin-1; "
            "convert it to UTF-8 first",
            source,
        )
    return str(best), best.encoding


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


def too_large(size: int, source: str | None) -> ArticleError:
    """The error for an article over the size cap (files, stdin and the Python API share one cap)."""
    return ArticleError(
        f"article is {size:,} bytes or more; articles larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MiB are refused",
        source,
    )


def read_capped(stream: BinaryIO, source: str) -> bytes:
    """Read a stream (stdin) up to the article size cap; more than that is refused, not held in memory."""
    data = stream.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise too_large(len(data), source)
    return data


def read_article(path: str | Path) -> Article:
    """Read one article file; its id is the file stem."""
    path = Path(path)
    text, encoding = decode_article_bytes(read_file_bytes(path), str(path))
    html = True if path.suffix.lower() in HTML_SUFFIXES else None
    return parse_article(text, article_id=path.stem, source=str(path), encoding=encoding, html=html)


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
