"""Body: the article text as ordered blocks.

Contract: blocks in reading order; each block's text is whitespace-normalized (lists and
tables keep one line per item/row). The headline (``h1``), figure captions, teaser lines
("ALSO READ: …"), ad labels and link-only lines are not body text. Text that is not wrapped
in a block element (``div`` text separated by ``<br>``) becomes paragraphs. A layout table
(one holding paragraphs or other tables) is read as containers, not as rows. An empty
:class:`Body` when no main content was found.
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
    "dl": BlockKind.LIST,
    "table": BlockKind.TABLE,
    "pre": BlockKind.PREFORMATTED,
}
#: Never body text inside the main content.
_SKIP_TAGS = frozenset({"h1", "figcaption", "form", "head", "title", "header", "hr"})
#: Block-level tags whose presence inside a list item / quote / cell means "read as container".
_NESTED_BLOCK_TAGS = ("p", "div", "table", "ul", "ol", "h2", "h3", "h4", "blockquote", "section")
_LINK_LINE_SHARE = 0.8
_LINK_LIST_SHARE = 0.6


def extract_body(page: Page, main: MainContent | None, options: ExtractOptions) -> Body:
    """The blocks of ``main.node`` in document order (see the module docstring)."""
    if main is None:
        return Body()
    out: list[Block] = []
    _container(main.node, out)
    return Body(blocks=tuple(out))


class _Run:
    """Loose inline text collected between block elements."""

    __slots__ = ("links", "parts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.links = 0

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)

    def flush(self, out: list[Block]) -> None:
        if self.parts:
            _emit(BlockKind.PARAGRAPH, "".join(self.parts), self.links, out)
            self.parts = []
            self.links = 0


def _container(node: HtmlElement, out: list[Block]) -> None:
    """Emit the blocks of a container: its block children and its loose inline text."""
    run = _Run()
    run.add(node.text)
    for child in node:
        tag = child.tag
        if not isinstance(tag, str):
            run.add(child.tail)
            continue
        if tag == "br":
            if run.parts and _next_is_br(child):
                run.flush(out)
            else:
                run.add(" ")
        elif tag in vocab.INLINE_TAGS and not _has_block_child(child):
            text = child.text_content()
            run.add(text)
            if tag == "a":
                run.links += len(text)
            else:
                for a in child.iter("a"):
                    run.links += len(a.text_content())
        else:
            run.flush(out)
            _block(child, tag, out)
        run.add(child.tail)
    run.flush(out)


def _next_is_br(br: HtmlElement) -> bool:
    """A ``<br>`` that ends a paragraph: followed by another ``<br>`` or a block (or the end)."""
    if br.tail and br.tail.strip():
        return False
    nxt = br.getnext()
    return nxt is None or nxt.tag == "br" or nxt.tag not in vocab.INLINE_TAGS


def _has_block_child(el: HtmlElement) -> bool:
    for child in el:
        if child.tag in _BLOCK_KINDS or child.tag in ("div", "section", "article", "figure"):
            return True
    return False


def _block(el: HtmlElement, tag: str, out: list[Block]) -> None:
    if tag in _SKIP_TAGS:
        return
    kind = _BLOCK_KINDS.get(tag)
    if kind is None:
        _container(el, out)
    elif kind is BlockKind.LIST:
        _list(el, out)
    elif kind is BlockKind.TABLE:
        _table(el, out)
    elif kind is BlockKind.QUOTE and el.find(".//p") is not None:
        start = len(out)
        _container(el, out)
        for i in range(start, len(out)):
            if out[i].kind is BlockKind.PARAGRAPH:
                out[i] = Block(kind=BlockKind.QUOTE, text=out[i].text)
    elif kind is BlockKind.PREFORMATTED:
        _emit(kind, el.text_content().strip("\n"), 0, out)
    else:
        _emit(kind, el.text_content(), _link_chars(el), out)


def _list(el: HtmlElement, out: list[Block]) -> None:
    items: list[str] = []
    links = 0
    total = 0
    for li in el:
        if li.tag not in ("li", "dt", "dd"):
            continue
        if next(li.iterchildren(*_NESTED_BLOCK_TAGS), None) is not None:
            # A list item holding paragraphs or sub-lists: a structured block, not a line.
            _flush_items(items, links, total, out)
            items, links, total = [], 0, 0
            _container(li, out)
            continue
        text = normalize_space(li.text_content())
        if text:
            items.append(text)
            total += len(text)
            links += _link_chars(li)
    _flush_items(items, links, total, out)


def _flush_items(items: list[str], links: int, total: int, out: list[Block]) -> None:
    if not items:
        return
    if links >= _LINK_LIST_SHARE * total:
        return
    _emit(BlockKind.LIST, "\n".join(items), 0, out)


def _table(el: HtmlElement, out: list[Block]) -> None:
    if el.find(".//table") is not None or el.find(".//p") is not None:
        # A layout table: its cells are containers.
        for cell in el.iter("td", "th"):
            if cell.find(".//td") is None:
                _container(cell, out)
        return
    rows: list[str] = []
    for tr in el.iter("tr"):
        cells = [normalize_space(c.text_content()) for c in tr if c.tag in ("td", "th")]
        row = " | ".join(c for c in cells if c)
        if row:
            rows.append(row)
    _emit(BlockKind.TABLE, "\n".join(rows), _link_chars(el), out)


def _link_chars(el: HtmlElement) -> int:
    return sum(len(a.text_content()) for a in el.iter("a"))


def _emit(kind: BlockKind, raw: str, link_chars: int, out: list[Block]) -> None:
    if kind in (BlockKind.LIST, BlockKind.TABLE, BlockKind.PREFORMATTED):
        text = raw.strip()
    else:
        text = normalize_space(raw)
    if not text:
        return
    if vocab.INLINE_TEASER_RE.match(text) or vocab.AD_LABEL_RE.match(text):
        return
    if (
        link_chars >= _LINK_LINE_SHARE * len(text)
        and len(text) < 200
        and kind is not BlockKind.HEADING
    ):
        return
    out.append(Block(kind=kind, text=text))
