"""Small text helpers shared by the stages."""

from __future__ import annotations

import re
from itertools import filterfalse

import lxml.etree
from lxml.etree import _Element as Element

__all__ = ["count_words", "normalize_space", "text_of"]

# Ordinary words: letters/digits with inner apostrophes or hyphens ("Japan’s", "worst-hit").
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Scripts written without spaces between words: Han, Hiragana, Katakana, Thai, Lao, Khmer,
# Myanmar, Tibetan. A run of them is not one word.
_SPACELESS_RE = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u0f00-\u0fff"
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
)
# The UTF-8 lead bytes of those ranges (U+0E00-U+1FFF: E0, E1; U+3000-U+9FFF: E3-E9;
# U+F000-U+FFFF: EF); a test keeps them in step with the pattern.
_SPACELESS_LEADS = tuple(bytes([lead]) for lead in (0xE0, 0xE1, *range(0xE3, 0xEA), 0xEF))
# Characters of space-less scripts per word-equivalent (Chinese averages ~1.5-2 characters a
# word; Japanese and Thai somewhat more). 2 keeps estimates close across them.
CHARS_PER_WORD_SPACELESS = 2


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace (incl. NBSP) to one space and strip the ends.

    ``str.split()`` splits on exactly the characters ``\\s`` matches (``str.isspace``), so
    this equals ``re.sub(r"\\s+", " ", text).strip()``, at a fraction of the cost."""
    return " ".join(text.split())


def text_of(el: Element) -> str:
    """All the text under ``el``, its own tail left out: the same string as
    ``el.text_content()`` (both are libxml2's node content), at about 60% of the cost
    (the text serializer, not an XPath ``string()`` evaluation per call). An element without
    children (most links, many paragraphs) is its own ``text``, read without the serializer."""
    if not len(el):
        return el.text or ""
    text = lxml.etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    assert isinstance(text, str)
    return text


def count_words(text: str) -> int:
    """Count words; characters of space-less scripts count ``1 / CHARS_PER_WORD_SPACELESS``.

    ``"Japan’s PM"`` → 2. ``"東京都"`` → 1 (3 characters / 2, rounded down, at least 1 when any).
    """
    spaceless = len(_SPACELESS_RE.findall(text)) if _may_be_spaceless(text) else 0
    if spaceless:
        rest = _SPACELESS_RE.sub(" ", text)
        extra = max(1, spaceless // CHARS_PER_WORD_SPACELESS)
        return _count_spaced(rest) + extra
    return _count_spaced(text)


def _may_be_spaceless(text: str) -> bool:
    """Whether ``text`` may hold a character of ``_SPACELESS_RE``: one of their UTF-8 lead
    bytes is in its UTF-8 (a memchr each; the pattern tests every character, ~80
    instructions each). ASCII text holds none."""
    if text.isascii():
        return False
    data = text.encode("utf-8", "surrogatepass")
    return any(lead in data for lead in _SPACELESS_LEADS)


def _count_spaced(text: str) -> int:
    """The number of ``_WORD_RE`` matches in ``text``, read mostly without the regex.

    A word holds no whitespace (only letters, digits and joiners), so the count is the sum
    over the whitespace-split tokens; a token of letters and digits only is one word
    (``str.isalnum`` tests exactly the characters ``[^\\W_]`` matches); the regex reads the
    other tokens ("Japan’s", "—") joined by spaces. Most tokens of prose are plain words,
    and the split is several times cheaper per character than the regex.

    Commas and full stops, which end a tenth of the tokens of prose ("word,"), are made
    spaces first: neither is a word character nor a joiner, so a match never holds one, and
    a space where one stood ends and starts matches exactly as it did ("3,000" is two).
    """
    tokens = text.replace(",", " ").replace(".", " ").split()
    others = list(filterfalse(str.isalnum, tokens))
    if not others:
        return len(tokens)
    return len(tokens) - len(others) + len(_WORD_RE.findall(" ".join(others)))
