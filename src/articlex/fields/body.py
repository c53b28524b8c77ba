"""Body: the article text as ordered blocks.

Contract: blocks in reading order; each block's text is whitespace-normalized (lists and
tables keep one line per item/row). Teaser lines ("ALSO READ: …"), ad labels and link-only
lines are not body text. An empty :class:`Body` when no main content was found.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .. import vocab
from ..locate import MainContent
from ..model import Block, BlockKind, Body
from ..options import ExtractOptions
from ..page import Page
from ..text import normalize_space

__all__ = ["extract_body"]

_BLOCK_KINDS: dict[str, BlockKind] = {
    "p": BlockKind.PARAGRAPH,
    "h2": BlockKind.HEADING,
    "h3": BlockKind.HEADING,
    "h4": BlockKind.HEADING,
    "h5": BlockKind.HEADING,
    "h6": BlockKind.HEADING,
    "blockquote": BlockKind.QUOTE,
    "ul": BlockKind.LIST,
    "ol": BlockKind.LIST,
    "table": BlockKind.TABLE,
    "pre": BlockKind.PREFORMATTED,
}
_CONTAINER_TAGS = frozenset({"div", "section", "article", "main", "span", "font", "center", "td"})


def extract_body(page: Page, main: MainContent | None, options: ExtractOptions) -> Body:
    """The blocks of ``main.node`` in document order (see the module docstring)."""
    if main is None:
        return Body()
    blocks: list[Block] = []
    _collect(main.node, blocks)
    return Body(blocks=tuple(blocks))


def _collect(node: HtmlElement, out: list[Block]) -> None:
    if node.text and node.text.strip() and node.tag in _CONTAINER_TAGS:
        _emit(BlockKind.PARAGRAPH, node.text, 0, out)
    for child in node:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        kind = _BLOCK_KINDS.get(tag)
        if kind is not None:
            _emit_element(child, kind, out)
        elif tag == "br":
            pass
        else:
            _collect(child, out)
        if child.tail and child.tail.strip() and node.tag in _CONTAINER_TAGS:
            _emit(BlockKind.PARAGRAPH, child.tail, 0, out)


def _emit_element(el: HtmlElement, kind: BlockKind, out: list[Block]) -> None:
    if kind is BlockKind.LIST:
        items = [normalize_space(li.text_content()) for li in el.iter("li")]
        text = "\n".join(i for i in items if i)
    elif kind is BlockKind.TABLE:
        rows = []
        for tr in el.iter("tr"):
            cells = [normalize_space(c.text_content()) for c in tr if c.tag in ("td", "th")]
            row = " | ".join(c for c in cells if c)
            if row:
                rows.append(row)
        text = "\n".join(rows)
    elif kind is BlockKind.PREFORMATTED:
        text = el.text_content().strip("\n")
    else:
        text = el.text_content()
    link_chars = sum(len(a.text_content()) for a in el.iter("a"))
    _emit(kind, text, link_chars, out)


def _emit(kind: BlockKind, raw: str, link_chars: int, out: list[Block]) -> None:
    if kind in (BlockKind.LIST, BlockKind.TABLE, BlockKind.PREFORMATTED):
        text = raw.strip()
    else:
        text = normalize_space(raw)
    if not text:
        return
    if vocab.INLINE_TEASER_RE.match(text) or vocab.AD_LABEL_RE.match(text):
        return
    if link_chars >= 0.8 * len(text) and len(text) < 200 and kind is not BlockKind.HEADING:
        return
    out.append(Block(kind=kind, text=text))
