"""Read pages for a batch: HTML files (plain or ``.gz``), directories, globs and WARC files.

Everything is lazy and streaming: :func:`iter_pages` opens one file at a time and yields one
:class:`PageInput` per page, so a directory of a million pages or a multi-gigabyte WARC file
is never held in memory. A file that cannot be read is not an exception: it is yielded as a
``PageInput`` with ``read_error`` set, so the batch writes an error line and goes on.

Ids are stable across runs (``--resume`` relies on it): the path as expanded for a file, and
``PATH#WARC-Record-ID`` for a WARC record. Page content never triggers network or file access:
the WARC reader gets an already opened local file, never a URL.
"""

from __future__ import annotations

import glob
import gzip
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "HTML_SUFFIXES",
    "WARC_SUFFIXES",
    "PageInput",
    "expand_paths",
    "is_warc",
    "iter_pages",
    "total_bytes",
]

# File names read as HTML pages when a directory is walked (a path named explicitly is read
# whatever its name); each may also end in ".gz".
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
# WARC files (gzip/zstd/lz4 compression is detected by the reader itself).
WARC_SUFFIXES = (".warc", ".warc.gz", ".warc.zst", ".warc.lz4")
# HTTP content types of WARC response records that are pages (a record without one is sniffed
# by extract() itself, which refuses non-HTML with NotHTMLError).
_HTML_CONTENT_TYPES = ("text/html", "application/xhtml+xml", "text/xhtml")
_GLOB_CHARS = frozenset("*?[")
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class PageInput:
    """One page to extract.

    Attributes:
        id: stable, unique id of the page (the file path, or ``PATH#<record id>`` in a WARC).
        html: the raw page (bytes as served, or ``str``); ``None`` when it could not be read.
        url: the page's URL when known (``WARC-Target-URI``), else ``None``.
        read_error: why the page could not be read (then ``html`` is ``None``).
        position: bytes of the input files consumed up to and including this page (for
            progress and ETA; compressed bytes for compressed files).
    """

    id: str
    html: bytes | str | None
    url: str | None = None
    read_error: str | None = None
    position: int = 0


def is_warc(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names a WARC file (by its suffix)."""
    return str(path).lower().endswith(WARC_SUFFIXES)


def _is_html_name(name: str) -> bool:
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    return lowered.endswith(HTML_SUFFIXES)


def expand_paths(inputs: Iterable[str]) -> Iterator[Path]:
    """Expand INPUT arguments into file paths, in order, each path once.

    A directory is walked recursively (sorted) for HTML and WARC files; an argument with
    glob characters is expanded (``**`` allowed, sorted); anything else is taken as one file
    path, even if it does not exist (reading it then yields a read error).
    """
    seen: set[str] = set()
    for raw in inputs:
        for path in _expand_one(raw):
            key = os.path.normpath(os.path.abspath(path))
            if key not in seen:
                seen.add(key)
                yield path


def _expand_one(raw: str) -> Iterator[Path]:
    path = Path(raw)
    if path.is_dir():
        yield from _walk(path)
    elif _GLOB_CHARS.intersection(raw) and not path.exists():
        for match in sorted(glob.glob(raw, recursive=True)):
            found = Path(match)
            if found.is_dir():
                yield from _walk(found)
            else:
                yield found
    else:
        yield path


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if _is_html_name(name) or is_warc(name):
                yield Path(dirpath) / name


def total_bytes(paths: Iterable[Path]) -> int:
    """Sum of the sizes of the files that exist among ``paths`` (for progress and ETA)."""
    total = 0
    for path in paths:
        try:
            total += path.stat().st_size
        except OSError:
            continue
    return total


def iter_pages(
    inputs: Iterable[str | os.PathLike[str]], *, max_bytes: int = 20_000_000
) -> Iterator[PageInput]:
    """Yield one :class:`PageInput` per page in ``inputs`` (paths, dirs, globs; see
    :func:`expand_paths`), lazily, in order.

    Args:
        inputs: INPUT arguments as given on the command line.
        max_bytes: a page (decompressed) larger than this is not read into memory: it is
            yielded with ``read_error`` set.
    """
    offset = 0
    for path in expand_paths(str(p) for p in inputs):
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        if is_warc(path):
            yield from _iter_warc(path, max_bytes=max_bytes, offset=offset)
        else:
            yield _read_html_file(path, max_bytes=max_bytes, position=offset + size)
        offset += size


def _read_html_file(path: Path, *, max_bytes: int, position: int) -> PageInput:
    page_id = str(path)
    try:
        with path.open("rb") as raw:
            head = raw.read(2)
            raw.seek(0)
            if head == b"\x1f\x8b":
                with gzip.GzipFile(fileobj=raw) as unzipped:
                    data = _read_bounded(unzipped, max_bytes)
            else:
                data = _read_bounded(raw, max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return PageInput(page_id, None, read_error=f"cannot read: {reason}", position=position)
    if data is None:
        return PageInput(
            page_id,
            None,
            read_error=f"the page is larger than max_bytes={max_bytes:,} (decompressed)",
            position=position,
        )
    return PageInput(page_id, data, position=position)


def _read_bounded(stream: Any, max_bytes: int) -> bytes | None:
    """Read all of ``stream``, or ``None`` once it exceeds ``max_bytes`` (no zip bombs)."""
    parts: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > max_bytes:
            return None
        parts.append(chunk)


def _iter_warc(path: Path, *, max_bytes: int, offset: int) -> Iterator[PageInput]:
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        yield PageInput(
            str(path),
            None,
            read_error="reading WARC files needs the 'warc' extra: pip install 'articlex[warc]'",
            position=offset,
        )
        return
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield PageInput(
            str(path), None, read_error=f"cannot read: {exc.strerror or exc}", position=offset
        )
        return
    with stream:
        records = ArchiveIterator(
            stream,
            record_types=WarcRecordType.response,
            parse_http=True,
            auto_decode="all",
            fsspec_args=False,
        )
        index = 0
        try:
            for record in records:
                index += 1
                page = _warc_page(record, path, index, max_bytes, offset)
                if page is not None:
                    yield page
        except (OSError, ValueError) as exc:
            yield PageInput(
                f"{path}#error-after-record-{index}",
                None,
                read_error=f"the WARC file is damaged after record {index}: {exc}",
                position=offset,
            )


def _warc_page(
    record: Any, path: Path, index: int, max_bytes: int, offset: int
) -> PageInput | None:
    """The page in one WARC response record, or ``None`` when it is not an HTML page."""
    http = record.http_headers
    if http is None:
        return None
    status = http.status_code
    if status is None or not 200 <= status < 300:
        return None
    ctype = (http.get("Content-Type") or "").split(";")[0].strip().lower()
    if ctype and ctype not in _HTML_CONTENT_TYPES:
        return None
    record_id = (record.record_id or f"record-{index}").strip("<>")
    page_id = f"{path}#{record_id}"
    url = record.headers.get("WARC-Target-URI") or None
    position = offset + int(record.stream_pos)
    data = record.reader.read(max_bytes + 1)
    if len(data) > max_bytes:
        return PageInput(
            page_id,
            None,
            url=url,
            read_error=f"the page is larger than max_bytes={max_bytes:,}",
            position=position,
        )
    return PageInput(page_id, _with_http_charset(data, record.http_charset), url, None, position)


def _with_http_charset(data: bytes, charset: str | None) -> bytes | str:
    """Use the HTTP header's charset only where extract() would otherwise have to guess: the
    bytes are not valid UTF-8 and the page declares no charset of its own. Otherwise the raw
    bytes go to extract(), whose decoder reads BOMs and ``<meta charset>``."""
    if not charset or not data:
        return data
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return data
    if b"charset" in data[:4096].lower():
        return data
    label = charset.strip().strip("\"'").lower()
    # WHATWG: these labels mean windows-1252 in browsers.
    if label in ("iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"):
        label = "cp1252"
    try:
        return data.decode(label)
    except (LookupError, UnicodeDecodeError, ValueError):
        return data
