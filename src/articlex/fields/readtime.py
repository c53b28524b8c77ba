"""Read time: the page's stated figure, else an estimate from the body.

Contract: ``stated=True`` with the page's own figure when it prints one ("2 min read",
"Reading time: 4 minutes", "Lesezeit: 3 Min.", "Temps de lecture : 4 min", "3 dk okuma") or
states one in a ``twitter:label``/``twitter:data`` meta pair ("Est. reading time" / "4
minutes"); the first such figure in document order wins (later ones belong to teasers).
Otherwise ``minutes = ceil(words / options.words_per_minute)`` (at least 1) for a non-empty
body, and ``None`` for an empty one. ``words`` is always the body's word count
(:func:`articlex.text.count_words`: characters of space-less scripts such as CJK and Thai are
converted to word equivalents).
"""

from __future__ import annotations

import math
from typing import Any, cast

from lxml import etree

from .. import vocab
from ..model import Body, ReadTime
from ..options import ExtractOptions
from ..page import Page
from ..text import count_words, normalize_space

__all__ = ["extract_read_time"]

_MAX_MINUTES = 600
_MAX_TEXT = 80
_MAX_CHILDREN = 6  # a read-time element is small: "<span><b>2</b> min read</span>"
_MINUTE_TEXT_XPATH = etree.XPath(
    "//body//text()[not(parent::script or parent::style) and ("
    + " or ".join(f"contains(., '{w}')" for w in vocab.READ_TIME_MINUTE_WORDS)
    + ")]"
)


def extract_read_time(page: Page, body: Body, options: ExtractOptions) -> ReadTime:
    """See the module docstring."""
    words = count_words(body.text)
    stated = _stated_in_text(page) or _stated_in_meta(page)
    if stated is not None:
        minutes, text = stated
        return ReadTime(minutes=minutes, stated=True, text=text, words=words)
    if words == 0:
        return ReadTime(words=0)
    return ReadTime(minutes=max(1, math.ceil(words / options.words_per_minute)), words=words)


def _figure(text: str) -> tuple[int, str] | None:
    match = vocab.READ_TIME_RE.search(text)
    if match is None:
        return None
    minutes = int(match.group("a") or match.group("b"))
    return (minutes, normalize_space(match.group(0))) if 0 < minutes < _MAX_MINUTES else None


def _stated_in_text(page: Page) -> tuple[int, str] | None:
    """A figure in a short visible element. Text nodes holding a minute word are picked in C
    by one XPath (no Python walk over the tree), then read with their parent's whole short
    text so "<b>2</b> min read" is found too."""
    pieces = cast("list[Any]", _MINUTE_TEXT_XPATH(page.tree))  # smart strings: .getparent()
    for piece in pieces:
        own = normalize_space(str(piece))
        owner = piece.getparent()
        if piece.is_tail and owner is not None:
            owner = owner.getparent()
        text = own
        if owner is not None and len(own) < _MAX_TEXT and len(owner) <= _MAX_CHILDREN:
            whole = normalize_space(owner.text_content())
            text = whole if len(whole) <= _MAX_TEXT else own
        found = _figure(text)
        if found:
            return found
    return None


def _stated_in_meta(page: Page) -> tuple[int, str] | None:
    """``twitter:labelN`` naming a reading time, with its ``twitter:dataN`` figure."""
    for n in range(1, 5):
        label = page.meta_first(f"twitter:label{n}")
        data = page.meta_first(f"twitter:data{n}")
        if label and data and vocab.READ_TIME_LABEL_RE.search(label):
            digits = "".join(ch for ch in data.split()[0] if ch.isdigit()) if data.split() else ""
            if digits and 0 < int(digits) < _MAX_MINUTES:
                return int(digits), normalize_space(f"{label}: {data}")
    return None
