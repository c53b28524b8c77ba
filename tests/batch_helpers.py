"""Stand-ins for ``articlex.extract`` that misbehave on purpose, run inside batch workers.

Module-level functions (worker processes import them by name). A page containing the marker
``HANG`` sleeps far past any time limit; ``DIE`` kills its own process like a crash in C code.
"""

from __future__ import annotations

import os
import signal
import time
from typing import Any

from articlex import Article, extract


def misbehaving_extract(html: Any, *, url: str | None = None, options: Any = None) -> Article:
    """``articlex.extract``, except for the marker pages described in the module docstring."""
    raw = html.encode() if isinstance(html, str) else bytes(html)
    if b"HANG" in raw:
        time.sleep(120)
    if b"DIE" in raw:
        os.kill(os.getpid(), signal.SIGKILL)
    return extract(html, url=url, options=options)


def buggy_extract(html: Any, *, url: str | None = None, options: Any = None) -> Article:
    """Raises a non-articlex exception, as a bug in a field module would."""
    raise KeyError("a bug")


def gzip_member(data: bytes) -> bytes:
    import gzip

    return gzip.compress(data)


def warc_record(
    url: str,
    body: bytes,
    *,
    content_type: str = "text/html; charset=utf-8",
    status: str = "200 OK",
    record_type: str = "response",
    record_id: str = "00000000-0000-0000-0000-000000000000",
    extra_http: bytes = b"",
) -> bytes:
    """One WARC/1.0 record, written by hand from the WARC 1.0 format (headers, CRLF, block)."""
    http = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n".encode()
        + extra_http
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    head = (
        f"WARC/1.0\r\nWARC-Type: {record_type}\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


def article_page(title: str) -> bytes:
    """A small, valid news page with a headline and two paragraphs."""
    para = (
        f"The council voted on {title} late on Tuesday after a long debate, officials said, "
        "and the measure takes effect next month across the whole region."
    )
    return (
        f"<html lang='en'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{para}</p><p>{para}</p></article></body></html>"
    ).encode()
