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
import re

import lxml.etree
from lxml.html import HtmlElement

from .. import vocab
from ..model import Body, ReadTime
from ..options import ExtractOptions
from ..page import Page
from ..text import count_words, normalize_space

__all__ = ["extract_read_time"]

_MAX_MINUTES = 600
_MAX_TEXT = 80
_MAX_CHILDREN = 6  # a read-time element is small: "<span><b>2</b> min read</span>"
_W1, _W2, _W3, _W4 = vocab.READ_TIME_MINUTE_WORDS
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
#: A number, then a minute word: what every figure READ_TIME_RE reads holds (its minute words
#: all start with one of these; a test keeps the two patterns in step).
_NUMBER_MINUTES_RE = re.compile(
    r"\d\s*(?:-\s*)?(?:" + "|".join(map(re.escape, vocab.READ_TIME_MINUTE_WORDS)) + ")",
    re.IGNORECASE,
)
#: The minute words written in ASCII, as bytes (see _number_minutes).
_ASCII_MINUTE_WORDS = tuple(w.encode() for w in vocab.READ_TIME_MINUTE_WORDS if w.isascii())
#: UTF-8 of the non-ASCII characters that _NUMBER_MINUTES_RE's letters match: "İ", "ı", the
#: Kelvin sign, and the lead byte of Cyrillic U+0400-U+043F ("мин" in either case).
_NON_ASCII_LETTERS = ("İ".encode(), "ı".encode(), "\u212a".encode(), b"\xd0")


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
    """A figure in a short visible element. Text holding a minute word is picked by a cheap
    substring filter, then read with its element's whole short text so "<b>2</b> min read"
    is found too. (A Python walk: measured faster than an XPath text() query here.)

    Most pages print no number before a minute word at all: one search of the body's whole
    text tells, and the walk is skipped. (Every figure READ_TIME_RE reads holds such a
    number, and an element's text is a stretch of the body's text with the same characters,
    its whitespace runs at most collapsed.)"""
    body = page.tree.find("body")
    if body is None:
        return None
    tail = body.tail
    if (not tail or tail.isspace()) and not _number_minutes(
        lxml.etree.tostring(body, method="text", encoding="utf-8", with_tail=False)
    ):
        return None
    for el in body.iter():
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS:
            continue
        text, tail = el.text, el.tail
        if text and _hint(text):
            found = _read_in(text, el)
            if found:
                return found
        if tail and _hint(tail):
            parent = el.getparent()
            found = _read_in(tail, parent if parent is not None else el)
            if found:
                return found
    return None


def _number_minutes(data: bytes) -> bool:
    """Whether ``_NUMBER_MINUTES_RE`` finds a match in the text whose UTF-8 is ``data``.

    Read in the bytes (the tree's text serialized as UTF-8, never decoded), several times
    cheaper on a whole page than the pattern, which tries every digit, or than lowering the
    text. Every character the pattern's case-insensitive letters match is an ASCII letter
    or holds one of ``_NON_ASCII_LETTERS`` (a test checks it over every code point); text
    holding one of those is searched with the pattern itself. Otherwise each ASCII minute
    word in the ASCII-lowered bytes (UTF-8 sequences hold no ASCII bytes) is checked for a
    digit before it, over whitespace and one hyphen: what the pattern reads backwards from
    the word.
    """
    if any(letter in data for letter in _NON_ASCII_LETTERS):
        return _NUMBER_MINUTES_RE.search(data.decode("utf-8", "replace")) is not None
    low = data.lower()
    for word in _ASCII_MINUTE_WORDS:
        at = low.find(word)
        while at >= 0:
            char, end = _char_before(low, at)
            while char.isspace():
                char, end = _char_before(low, end)
            if char == "-":
                char, end = _char_before(low, end)
                while char.isspace():
                    char, end = _char_before(low, end)
            if char.isdecimal():
                return True
            at = low.find(word, at + 1)
    return False


def _char_before(data: bytes, end: int) -> tuple[str, int]:
    """The character of UTF-8 ``data`` that ends at byte ``end``, and where it starts (``""``
    at the start of the data)."""
    start = end - 1
    while start > 0 and 0x80 <= data[start] < 0xC0:  # continuation bytes
        start -= 1
    return (data[start:end].decode("utf-8", "replace") if start >= 0 else ""), start


def _hint(piece: str) -> bool:
    """Cheap filter: the piece holds one of the minute words."""
    low = piece.lower()
    return _W1 in low or _W2 in low or _W3 in low or _W4 in low


def _read_in(piece: str, owner: HtmlElement) -> tuple[int, str] | None:
    """The figure in ``piece``, read with ``owner``'s whole text when that is short."""
    own = normalize_space(piece)
    text = own
    if len(own) < _MAX_TEXT and len(owner) <= _MAX_CHILDREN:
        whole = normalize_space(owner.text_content())
        text = whole if len(whole) <= _MAX_TEXT else own
    return _figure(text)


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
