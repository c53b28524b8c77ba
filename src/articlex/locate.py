"""Find the main content node of a pruned tree.

Scores are kept in a dict (never written into the DOM). Each text block (``p``, ``pre``,
``blockquote``, ``li``, headings; text-bearing ``div``s) credits its parent fully and its
grandparent by half, in proportion to its text length and inversely to its link density.
The best-scoring container wins.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml.html import HtmlElement

from .options import ExtractOptions
from .page import Page

__all__ = ["MainContent", "locate"]

_TEXT_BLOCK_TAGS = frozenset({"p", "pre", "blockquote", "h2", "h3", "h4", "li", "td"})
_MIN_BLOCK_CHARS = 25


@dataclass(frozen=True, slots=True, eq=False)
class MainContent:
    """The node holding the article text, with its score and why it won."""

    node: HtmlElement
    score: float
    reasons: tuple[str, ...] = ()


def locate(pruned: HtmlElement, page: Page, options: ExtractOptions) -> MainContent | None:
    """The best content container in ``pruned`` (a copy from :func:`articlex.clean.clean`).

    Returns ``None`` when nothing on the page looks like running text.
    """
    scores: dict[HtmlElement, float] = {}
    body = pruned.find("body")
    if body is None:
        return None
    for el in body.iter(*_TEXT_BLOCK_TAGS, "div"):
        if el.tag == "div" and not (el.text and el.text.strip()):
            continue
        text = el.text_content()
        length = len(text.strip())
        if length < _MIN_BLOCK_CHARS:
            continue
        link_chars = sum(len(a.text_content()) for a in el.iter("a"))
        density = min(1.0, link_chars / max(1, length))
        value = (1.0 + min(length, 1000) / 100.0) * (1.0 - density)
        if value <= 0:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + value
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + value / 2
    if not scores:
        return None
    best, best_score = max(scores.items(), key=lambda item: item[1])
    return MainContent(
        node=best, score=best_score, reasons=(f"text-density score {best_score:.1f}",)
    )
