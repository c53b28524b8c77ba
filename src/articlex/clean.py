"""Prune a *copy* of the page tree: drop subtrees that never hold article text.

``Page.tree`` is never touched; :func:`clean` returns a deep copy with boilerplate removed.
The vocabulary lives in :mod:`articlex.vocab`.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable

from lxml.html import HtmlElement

from . import vocab
from .options import ExtractOptions
from .page import Page

__all__ = ["class_tokens", "clean"]

_TOKEN_SPLIT_RE = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def class_tokens(el: HtmlElement) -> frozenset[str]:
    """The lowercased alphanumeric tokens of an element's ``class`` and ``id``."""
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if not raw.strip():
        return frozenset()
    return frozenset(t for t in _TOKEN_SPLIT_RE.split(raw) if t)


def clean(page: Page, options: ExtractOptions, *, drop: Iterable[HtmlElement] = ()) -> HtmlElement:
    """Return a pruned deep copy of ``page.tree``.

    Removed: :data:`vocab.DROP_TAGS`, site chrome (:data:`vocab.CHROME_TAGS`, chrome ARIA
    roles), hidden elements, blocks whose class/id tokens are boilerplate (unless they also
    carry a content token), and the ``drop`` elements (elements of ``page.tree``, mapped into
    the copy by their path).
    """
    root = page.tree.getroottree()
    paths = [root.getpath(el) for el in drop]
    pruned: HtmlElement = copy.deepcopy(page.tree)
    pruned_root = pruned.getroottree()
    doomed: list[HtmlElement] = []
    for path in paths:
        found = pruned_root.xpath(path)
        if isinstance(found, list) and found:
            target = found[0]
            if isinstance(target, HtmlElement):
                doomed.append(target)
    body = pruned.find("body")
    for el in (body if body is not None else pruned).iter():
        if not isinstance(el, HtmlElement):
            continue
        if _is_boilerplate(el):
            doomed.append(el)
    for el in doomed:
        _remove(el)
    return pruned


def _is_boilerplate(el: HtmlElement) -> bool:
    tag = el.tag
    if not isinstance(tag, str):
        return True
    if tag in vocab.DROP_TAGS or tag in vocab.CHROME_TAGS:
        return True
    if tag in ("html", "body"):
        return False
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style and _HIDDEN_STYLE_RE.search(style):
        return True
    role = (el.get("role") or "").lower()
    if role in vocab.CHROME_ROLES:
        return True
    tokens = class_tokens(el)
    return bool(tokens & vocab.BOILERPLATE_TOKENS and not tokens & vocab.CONTENT_TOKENS)


def _remove(el: HtmlElement) -> None:
    """Remove ``el`` but keep its tail text (the text after it belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
