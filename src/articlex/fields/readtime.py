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

import itertools
import math
import re

import lxml.etree
from lxml.etree import _Element as Element

from .. import vocab
from ..model import Body, ReadTime
from ..options import ExtractOptions
from ..page import Page
from ..text import count_words, normalize_space, text_of

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


def _case_mixes(word: str) -> tuple[bytes, ...]:
    """The UTF-8 of ``word`` with each letter in either case ("мин", "Мин", "мИн", …)."""
    cases = [dict.fromkeys((c.lower(), c.upper())) for c in word]
    return tuple("".join(mix).encode() for mix in itertools.product(*cases))


#: UTF-8 of the non-ASCII characters that the letters of the ASCII minute words match ("İ",
#: "ı", the Kelvin sign): only the pattern reads text holding one (see _number_minutes).
_NON_ASCII_LETTERS = ("İ".encode(), "ı".encode(), "\u212a".encode())
#: The other minute words in each mix of cases ("мин", "МИН", …; their letters match only
#: those), by their first byte (one test of it rules most pages out): the same for them.
_OTHER_WORD_MIXES: dict[int, tuple[bytes, ...]] = {}
for _word in vocab.READ_TIME_MINUTE_WORDS:
    if not _word.isascii():
        for _mix in _case_mixes(_word):
            _OTHER_WORD_MIXES[_mix[0]] = (*_OTHER_WORD_MIXES.get(_mix[0], ()), _mix)


def _without_end_checks(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` (READ_TIME_RE) without the tests after its two figures that the next
    character is no letter (``(?![a-z])``, ``\\b``), or ``None`` when it has not exactly those.

    It then finds a figure in every text that holds a stretch READ_TIME_RE finds one in (the
    pattern has no other look-around and no anchor), including the body's whole text, where
    an element's text runs into the next one's ("Lesezeit: 3 Min" + "Artikel")."""
    text = pattern.pattern
    if text.count("(?![a-z])") != 1 or text.count("\\b") != 1 or text.count(")\\b)") != 1:
        return None
    return re.compile(text.replace("(?![a-z])", "").replace(")\\b)", "))"), pattern.flags)


#: Finds a figure in the body's whole text whenever some element's text holds one.
_FIGURE_ANYWHERE_RE = _without_end_checks(vocab.READ_TIME_RE)
#: The most characters a _FIGURE_ANYWHERE_RE match spans in text whose whitespace runs are
#: single spaces (a test derives the pattern's width and checks it is no more).
_FIGURE_MAX_CHARS = 48
#: Up to _FIGURE_MAX_CHARS characters, a whitespace run counting as one.
_STRETCH_RE = re.compile(rf"(?:\s+|\S){{0,{_FIGURE_MAX_CHARS}}}")


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
    its whitespace runs at most collapsed.) Of the pages that do ("10 minutes ago"), most
    have no figure READ_TIME_RE reads in their text either: ``_FIGURE_ANYWHERE_RE`` tells."""
    body = page.tree.find("body")
    if body is None:
        return None
    tail = body.tail
    if not tail or tail.isspace():
        data = lxml.etree.tostring(body, method="text", encoding="utf-8", with_tail=False)
        if not _number_minutes(data):
            return None
        if not _may_hold_figure(data.decode("utf-8")):
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
    text. Every character the case-insensitive letters of the ASCII minute words match is an
    ASCII letter or one of ``_NON_ASCII_LETTERS``, and the other minute words match only
    their mixes of cases (``_OTHER_WORD_MIXES``; a test checks both over every code point);
    text holding one of those is searched with the pattern itself. Otherwise each ASCII
    minute word in the ASCII-lowered bytes (UTF-8 sequences hold no ASCII bytes) is checked
    for a digit before it, over whitespace and one hyphen: what the pattern reads backwards
    from the word.
    """
    if any(_holds(data, letter) for letter in _NON_ASCII_LETTERS) or any(
        bytes((lead,)) in data and any(_holds(data, mix) for mix in mixes)
        for lead, mixes in _OTHER_WORD_MIXES.items()
    ):
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


def _holds(data: bytes, needle: bytes) -> bool:
    """``needle in data``, ruled out first by its first and last bytes: a search for one byte
    is a ``memchr``, many times faster over a page than a search for several bytes, and most
    pages hold neither end of these letters and words ("İ" is C4 B0, the Kelvin sign E2 84 AA:
    the curly quotes hold E2, but hardly any English text holds AA)."""
    return needle[-1:] in data and needle[:1] in data and needle in data


def _may_hold_figure(text: str) -> bool:
    """Whether ``_FIGURE_ANYWHERE_RE`` finds a figure in ``text`` (``True`` without it).

    Searched only around each number before a minute word (``_NUMBER_MINUTES_RE``), which
    every figure holds: the pattern reads whitespace only as ``\\s*``/``\\s+`` between other
    characters, so it takes whole runs and finds the same figures with each run made one
    space; a figure then spans at most ``_FIGURE_MAX_CHARS`` characters, and the stretch
    searched reaches that far on each side (a run counting as one). Overlapping stretches are
    searched as one (a text of many numbers costs one search, not one per number). (The
    pattern over the whole text tries every letter a phrase may start with: several times
    slower.)"""
    if _FIGURE_ANYWHERE_RE is None:
        return True
    backwards = ""
    first = last_end = -1  # the stretch being gathered: from first to the reach of last_end
    for number in _NUMBER_MINUTES_RE.finditer(text):
        start, end = number.span()
        # A stretch reaches at least _FIGURE_MAX_CHARS characters past last_end.
        if first >= 0 and start > last_end + _FIGURE_MAX_CHARS:
            reach = _stretch_end(text, last_end)
            begin = len(text) - _stretch_end(backwards, len(text) - start)
            if begin > reach:
                if _figure_between(text, first, reach):
                    return True
                first = begin
        elif first < 0:
            backwards = text[::-1]
            first = len(text) - _stretch_end(backwards, len(text) - start)
        last_end = end
    if first < 0:
        return False
    return _figure_between(text, first, _stretch_end(text, last_end))


def _figure_between(text: str, first: int, last: int) -> bool:
    """Whether ``_FIGURE_ANYWHERE_RE`` finds a figure in ``text[first:last]``, searched with
    each whitespace run made one space: the same answer (see :func:`_may_hold_figure`), and
    a long run cannot make the pattern's ``\\s*:?\\s*`` backtrack over it at length."""
    flat = " ".join(text[first:last].split())
    return _FIGURE_ANYWHERE_RE is None or _FIGURE_ANYWHERE_RE.search(flat) is not None


def _stretch_end(text: str, at: int) -> int:
    """Where the stretch of ``text`` from ``at`` holding ``_FIGURE_MAX_CHARS`` characters
    ends, a whitespace run counting as one (or the end of ``text``)."""
    match = _STRETCH_RE.match(text, at)
    return match.end() if match else at


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


def _read_in(piece: str, owner: Element) -> tuple[int, str] | None:
    """The figure in ``piece``, read with ``owner``'s whole text when that is short."""
    own = normalize_space(piece)
    text = own
    if len(own) < _MAX_TEXT and len(owner) <= _MAX_CHILDREN:
        whole = normalize_space(text_of(owner))
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
