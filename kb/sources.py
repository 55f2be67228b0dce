"""Read articles from files, folders, JSON, JSON Lines, HTML or stdin into `Article` values.

A batch never stops on one bad input: `read_articles` yields an `InputError` naming the input
(the path, or "path:LINE" for a JSON Lines record) and goes on with the next one.
"""
from __future__ import annotations

import codecs
import hashlib
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from lxml import etree, html as lxml_html

from kb.errors import InputError
from kb.model import Article

DEFAULT_MAX_BYTES = 20_000_000
FORMATS = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html",
           ".json": "json", ".jsonl": "jsonl"}
# Record keys and the JSON types each may have; any other key is ignored.
RECORD_TYPES = {"id": (str, int), "url": (str,), "title": (str,), "published": (str,), "text": (str,)}
# Other spellings of a published date seen in hand-made records; ISO 8601 is tried first.
DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%B %d, %Y %I:%M %p")
# Bytes that never occur in text (C0 controls other than tab, newlines, form feed, DEL).
CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13}) + b"\x7f"
SNIFF_SIZE = 8192
# htmldate's defaults refuse dates before 1995 (archive stories get the page's modified date
# instead) and drop the time of day; prefer the original publication date.
HTML_DATE_PARAMS = {"min_date": "1900-01-01", "original_date": True, "extensive_search": True,
                    "outputformat": "%Y-%m-%dT%H:%M:%S"}
MIN_HTML_WORDS = 6   # trafilatura returns menu words for pages with no article; a sentence has more


def read_articles(path: str | Path, *, published: datetime | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | InputError]:
    """Yield every article under `path` (file, folder or "-"), and an InputError per bad input."""
    if str(path) == "-":
        yield from _guard(_read_stdin(published, max_bytes), "<stdin>")
        return
    root = Path(path)
    if not root.exists():
        yield _named(InputError(f"{root}: no such file or folder"), str(root))
        return
    files = _folder_files(root) if root.is_dir() else [root]
    if root.is_dir() and not files:
        yield _named(InputError(f"{root}: folder holds no {'/'.join(sorted(FORMATS))} files"), str(root))
    for file in files:
        yield from _guard(_read_file(file, published, max_bytes), str(file))


def read_one(path: str | Path, *, published: datetime | None = None,
             max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read the single article in one file (or "-"); raise InputError on any problem."""
    if str(path) != "-" and Path(path).is_dir():
        raise InputError(f"{path}: is a folder; read it with read_articles")
    results = list(read_articles(path, published=published, max_bytes=max_bytes))
    for result in results:
        if isinstance(result, InputError):
            raise result
    if len(results) != 1:
        raise InputError(f"{path}: holds {len(results)} articles, expected one")
    return results[0]


def _guard(results: Iterable, source: str) -> Iterator[Article | InputError]:
    """Pass results through, turning an error raised mid-way into a yielded one.

    Every yielded error carries `.source` (the input it names), so a batch report can list
    one outcome per input rather than per path argument.
    """
    try:
        for result in results:
            yield _named(result, source) if isinstance(result, InputError) else result
    except InputError as err:
        yield _named(err, source)
    except OSError as err:
        yield _named(InputError(f"{source}: cannot read ({err.strerror or err})"), source)


def _named(err: InputError, source: str) -> InputError:
    """Attach the input's name to `err` unless a narrower one (a record's) is already there."""
    if not getattr(err, "source", None):
        err.source = source
    return err


def _folder_files(root: Path) -> list[Path]:
    """List readable files under `root`, recursively, sorted, without hidden files or folders."""
    found = []
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        found += [Path(folder, n) for n in names
                  if not n.startswith(".") and Path(n).suffix.lower() in FORMATS]
    return sorted(found)


def _read_file(file: Path, published: datetime | None, max_bytes: int) -> Iterator[Article | InputError]:
    kind = FORMATS.get(file.suffix.lower(), "text")
    source = str(file)
    if kind == "jsonl":
        with file.open("rb") as fh:
            yield from _read_jsonl(fh, source, published, max_bytes)
        return
    data = _read_bytes(file, max_bytes)
    if kind == "json":
        yield from _read_json(_decode(data, source), source, published)
    elif kind == "html" or (kind == "text" and _looks_like_html(data)):
        yield _html_article(data, source, published)
    else:
        yield _text_article(data, source, published)


def _read_stdin(published: datetime | None, max_bytes: int) -> Iterator[Article | InputError]:
    """Read stdin as JSON Lines if it starts with "{", as HTML if with "<", else as plain text."""
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"<stdin>: input is over the limit of {max_bytes:,} bytes")
    if data.lstrip().startswith(b"{"):
        yield from _read_jsonl(io.BytesIO(data), "<stdin>", published, max_bytes)
    elif _looks_like_html(data):
        yield _html_article(data, "<stdin>", published)
    else:
        yield _text_article(data, "<stdin>", published)


def _read_bytes(file: Path, max_bytes: int) -> bytes:
    """Read a whole file, refusing one over `max_bytes` before reading any of it."""
    size = file.stat().st_size
    if size > max_bytes:
        raise InputError(f"{file}: file is {size:,} bytes, over the limit of {max_bytes:,}")
    with file.open("rb") as fh:
        data = fh.read(max_bytes + 1)   # the file may have grown since stat()
    if len(data) > max_bytes:
        raise InputError(f"{file}: file is over the limit of {max_bytes:,} bytes")
    return data


def _decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (BOM allowed), or UTF-16 when a BOM says so; refuse empty and binary data."""
    if not data:
        raise InputError(f"{source}: empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_as(data, "utf-16", source)
    else:
        _refuse_binary(data, source)
        text = _decode_as(data, "utf-8-sig", source)
    if not text.strip():
        raise InputError(f"{source}: empty file (only whitespace)")
    return text


def _decode_as(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as err:
        label = "UTF-8" if encoding.startswith("utf-8") else "UTF-16"
        raise InputError(f"{source}: not valid {label} (bad byte at offset {err.start})") from None


def _refuse_binary(data: bytes, source: str) -> None:
    """Refuse data with NUL bytes, or whose first bytes are more than 10% control codes."""
    if b"\x00" in data:
        raise InputError(f"{source}: binary file (contains NUL bytes)")
    head = data[:SNIFF_SIZE]
    if len(head.translate(None, CONTROL_BYTES)) < 0.9 * len(head):
        raise InputError(f"{source}: binary file (mostly control bytes)")


def _looks_like_html(data: bytes) -> bool:
    head = data[:512].lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _short_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def _text_article(data: bytes, source: str, published: datetime | None) -> Article:
    # The stamp inside the text, if any, is found by kb.cleaning and takes precedence there.
    return Article(id=_short_hash(data), raw_text=_decode(data, source), source=source,
                   published=published)


def _html_article(data: bytes, source: str, published: datetime | None) -> Article:
    """Reduce HTML to its main text with trafilatura, keeping title, date and canonical URL."""
    import trafilatura   # imported here: it is slow to load and only HTML needs it

    html = _decode(data, source)
    found = trafilatura.extract(html, output_format="json", with_metadata=True,
                                include_comments=False, date_extraction_params=HTML_DATE_PARAMS)
    meta = json.loads(found) if found else {}
    lines = [line.strip() for line in (meta.get("text") or "").splitlines() if line.strip()]
    if not any(len(line.split()) >= MIN_HTML_WORDS for line in lines):
        raise InputError(f"{source}: no article text found in the HTML")
    stamp = meta.get("date") or _meta_published(html)
    date = _parse_published(stamp, source) if stamp else None
    return Article(id=_short_hash(data), raw_text="\n\n".join(lines), source=source,
                   url=meta.get("source") or None, headline=meta.get("title") or None,
                   published=date or published, raw_html=html,
                   authors=_split_authors(meta.get("author")), byline=_byline_text(html))


# The element a page sets its byline in: one whose class or itemprop is a byline's or an author's
# ("byline", "author", "author-line", "authorline"; not "author-bio" or "comment-author"), looked
# for inside the page's <article> or <main> when it has one. trafilatura keeps the names as the
# authors and drops the rest, where pages print the place the story was filed from ("By A · Oslo").
_BYLINE_CLASSES = {"byline", "by-line", "author", "authors", "author-line", "authorline", "author-name"}


def _byline_text(html: str) -> str | None:
    """The text of the page's first byline element (the outermost of nested ones), else None. The
    page is parsed here on its own: trafilatura builds and cleans its tree inside `extract`."""
    try:
        root = lxml_html.fromstring(html)
    except (ValueError, etree.ParserError):
        return None   # a page lxml cannot build a tree of has no byline we can read
    story = next(iter(root.xpath("//article | //main")), root)
    for element in story.iter(tag=etree.Element):
        marks = f"{element.get('class', '')} {element.get('itemprop', '')}".lower().split()
        if _BYLINE_CLASSES.intersection(marks):
            text = " ".join(element.text_content().split())
            if text:
                return text
    return None


# A page's own publication tag, read when the date finder has found none: <meta name="published"
# content="2003-06-06T18:05:00+02:00">, and the forms of the same tag it also knows ("pubdate",
# "dc.date.issued"), which cost nothing to accept again.
_META_PUBLISHED = re.compile(
    r"""<meta\s+(?:name|property|itemprop)=["'](?:[\w.:-]*publi(?:shed|cation)[\w.:-]*|pubdate|dc\.date[\w.]*)["']"""
    r"""\s+content=["'](?P<stamp>\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)["']""", re.I)


def _meta_published(html: str) -> str | None:
    match = _META_PUBLISHED.search(html)
    return match["stamp"] if match else None


def _split_authors(value: str | None) -> list[str]:
    """trafilatura joins several authors with '; '."""
    return [name.strip() for name in (value or "").split(";") if name.strip()]


def _read_json(text: str, source: str, published: datetime | None) -> Iterator[Article | InputError]:
    """Yield the record in a .json file, or each record of a list (source "path[INDEX]")."""
    value = _json_value(text, source, lambda err: f"at line {err.lineno} ({err.msg})")
    if not isinstance(value, list):
        yield _record_article(value, source, published)
        return
    for index, record in enumerate(value):
        try:
            yield _record_article(record, f"{source}[{index}]", published)
        except InputError as err:
            yield _named(err, f"{source}[{index}]")


def _read_jsonl(fh: BinaryIO, source: str, published: datetime | None,
                max_bytes: int) -> Iterator[Article | InputError]:
    """Yield one article or error per non-blank line; the size limit applies to each line."""
    for number, line in _lines(fh, max_bytes):
        where = f"{source}:{number}"
        try:
            if line is None:
                raise InputError(f"{where}: line is over the limit of {max_bytes:,} bytes")
            if number == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if line.strip():
                yield _record_article(_json_line(line, where), where, published)
        except InputError as err:
            yield _named(err, where)


def _lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """Yield (number, line) pairs, with None for a line longer than `limit` (skipped unread)."""
    number = 0
    while chunk := fh.readline(limit + 1):
        number += 1
        if len(chunk) <= limit or chunk.endswith(b"\n"):
            yield number, chunk
            continue
        while (rest := fh.readline(limit)) and not rest.endswith(b"\n"):
            pass
        yield number, None


def _json_line(line: bytes, where: str) -> object:
    _refuse_binary(line, where)
    text = _decode_as(line, "utf-8", where)
    return _json_value(text, where, lambda err: f"({err.msg} at column {err.colno})")


def _json_value(text: str, where: str, locate) -> object:
    """Parse JSON, turning every way it can fail into an InputError naming `where`."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"{where}: malformed JSON {locate(err)}") from None
    except RecursionError:   # "[[[[..." nested deeper than the parser's stack
        raise InputError(f"{where}: JSON nested too deeply to read") from None
    except ValueError as err:   # e.g. an integer of more than 4,300 digits
        raise InputError(f"{where}: JSON value cannot be read ({err})") from None


def _record_article(record: object, source: str, published: datetime | None) -> Article:
    """Turn one {"id","url","title","published","text"} record into an Article."""
    if not isinstance(record, dict):
        raise InputError(f"{source}: expected a JSON object, got {type(record).__name__}")
    _check_types(record, source)
    text = record.get("text")
    if not text or not text.strip():
        raise InputError(f"{source}: record has no text")
    stamp = record.get("published")
    return Article(
        id=_record_id(record.get("id"), text),
        raw_text=text,
        source=source,
        url=record.get("url") or None,
        headline=record.get("title") or None,
        published=_parse_published(stamp, source) if stamp else published,
    )


def _check_types(record: dict, source: str) -> None:
    for key, types in RECORD_TYPES.items():
        value = record.get(key)
        # bool is an int to Python but never a sensible id
        if value is not None and (not isinstance(value, types) or isinstance(value, bool)):
            wanted = " or ".join(t.__name__ for t in types)
            raise InputError(f"{source}: field {key!r} must be {wanted}, got {type(value).__name__}")


def _record_id(raw: str | int | None, text: str) -> str:
    """Keep a record's own id in a safe alphabet; fall back to a hash of its text."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", str(raw)).strip("-.")[:128] if raw is not None else ""
    return cleaned or _short_hash(text.encode("utf-8"))


def _parse_published(value: str, source: str) -> datetime:
    """Parse an ISO 8601 date(-time), or a spelled-out date; refuse impossible dates."""
    value = value.strip()
    try:
        return datetime.fromisoformat(value)
    except ValueError as err:
        reason = str(err)
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    raise InputError(f"{source}: impossible published date {value!r} ({reason})")
