"""Read time: the page's stated figure, else an estimate from the body.

Contract: ``stated=True`` when the page prints its own reading time; otherwise
``minutes = ceil(words / options.words_per_minute)`` (at least 1) for a non-empty body, and
``None`` for an empty one. ``words`` is always the body's word count (:func:`count_words`).
"""

from __future__ import annotations

import math

from .. import vocab
from ..model import Body, ReadTime
from ..options import ExtractOptions
from ..page import Page
from ..text import count_words, normalize_space

__all__ = ["extract_read_time"]


def extract_read_time(page: Page, body: Body, options: ExtractOptions) -> ReadTime:
    """See the module docstring."""
    words = count_words(body.text)
    stated = _stated(page)
    if stated is not None:
        minutes, text = stated
        return ReadTime(minutes=minutes, stated=True, text=text, words=words)
    if words == 0:
        return ReadTime(words=0)
    return ReadTime(minutes=max(1, math.ceil(words / options.words_per_minute)), words=words)


def _stated(page: Page) -> tuple[int, str] | None:
    body = page.tree.find("body")
    if body is None:
        return None
    for el in body.iter("span", "div", "p", "li", "time"):
        own = normalize_space(el.text or "")
        if not own or len(own) > 60:
            continue
        match = vocab.READ_TIME_RE.search(own)
        if match:
            minutes = int(match.group("a") or match.group("b"))
            if 0 < minutes < 600:
                return minutes, own
    return None
