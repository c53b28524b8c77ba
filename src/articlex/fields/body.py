"""Body: the article text as ordered blocks.

Contract: blocks in reading order; each block's text is whitespace-normalized (lists and
tables keep one line per item/row). The headline (``h1``), figure captions, teaser lines
("ALSO READ: …"), ad labels and link-only lines are not body text. Text that is not wrapped
in a block element (``div`` text separated by ``<br>``) becomes paragraphs. A list of notes
(items that footnote markers in the text point to) is kept however many links it holds, and
a title-long link to another site cites a source: it neither makes a block a teaser list nor
counts toward a link-only list (the site's own teasers link to the site itself). A
layout table (one holding paragraphs or other tables) is read as containers, not as rows. An
empty :class:`Body` when no main content was found.
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from lxml.etree import _Element as Element

from .. import vocab
from ..locate import MainContent
from ..model import Block, BlockKind, Body
from ..options import ExtractOptions
from ..page import Page
from ..prefilter import StartGate, start_gate
from ..text import normalize_space, text_of

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
_SKIP_TAGS = frozenset(
    {"h1", "figure", "figcaption", "form", "head", "title", "header", "hr"}
)
#: Block-level tags whose presence inside a list item / quote / cell means "read as container"
#: (a figure too: read as a container, its caption is skipped as everywhere else).
_NESTED_BLOCK_TAGS = (
    "p", "div", "table", "ul", "ol", "h2", "h3", "h4", "blockquote", "section", "figure",
    "figcaption",
)
#: Block kinds (None: a plain container) that can be a teaser widget inside the main content.
_TEASER_CHECKED = frozenset({None, BlockKind.LIST, BlockKind.TABLE})
#: A teaser widget has at least this many headline links…
_TEASER_MIN_LINKS = 3
#: …with less unlinked text than this per headline link (a title, a date, a one-line dek)…
_TEASER_TEXT_PER_LINK = 120
#: …and never holds this share of the main content's text.
_TEASER_MAX_SHARE = 0.5
#: A block that opens with a teaser heading may be bigger when it is a run of headline links
#: with summaries (less than this much unlinked text per link), but never nearly all of the
#: main content.
_TEASER_HEADED_MAX_SHARE = 0.8
_TEASER_SUMMARY_PER_LINK = 400
#: A main node with this many headline links and less unlinked text per link than this may be
#: a teaser list (home page, section page), not an article…
_TEASER_PAGE_MIN_LINKS = 5
_TEASER_PAGE_TEXT_PER_LINK = 150
#: …and no line of its text is this long (articles have at least one such paragraph).
_TEASER_PAGE_LONGEST_PARAGRAPH = 200
#: A list with this many items that links in the main content point to is a list of notes.
_NOTES_MIN_TARGETS = 2
#: An ``<a>`` with at least this much text reads as a story headline.
_HEADLINE_LINK_CHARS = 20
#: Headings that can open a teaser block, and how long such a heading can be.
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_TEASER_HEADING_CHARS = 60
_LINK_LINE_SHARE = 0.8
_LINK_LIST_SHARE = 0.6


def extract_body(page: Page, main: MainContent | None, options: ExtractOptions) -> Body:
    """The blocks of ``main.node`` in document order (see the module docstring)."""
    if main is None:
        return Body()
    reader = _Reader(main.node, _site_host(page), main.texts)
    out: list[Block] = []
    reader.container(main.node, out)
    if reader.is_teaser_page(out):
        return Body()
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
        """Emit the text collected as a paragraph and start anew. White space alone (most
        runs between blocks) gives no paragraph: it is not handed to :func:`_emit`."""
        if self.parts:
            text = "".join(self.parts)
            if not text.isspace():
                _emit(BlockKind.PARAGRAPH, text, self.links, out)
            self.parts = []
            self.links = 0


class _Reader:
    """Reads one main-content node into blocks; holds per-element text statistics."""

    def __init__(
        self,
        node: Element,
        host: str | None = None,
        texts: dict[Element, tuple[str, int]] | None = None,
    ) -> None:
        self.node = node
        #: Whole text and link text length of blocks already read (by locating).
        self.texts = texts or {}
        self.stats = _text_stats(node, host)
        self.host = host
        #: (chars, link chars, headline links) of the teaser blocks dropped so far.
        self.dropped = (0, 0, 0)
        self.total = self.stats.get(node, (0, 0, 0))[0]
        self.notes = _notes_holders(node)

    def is_teaser_page(self, blocks: list[Block]) -> bool:
        """The best container is itself a list of teasers (a home or section page).

        Many headline links (outside the teaser blocks already dropped), little unlinked text
        per link, and no line of text as long as an article's: a list of stories, so no body
        (rather than a salad of summaries).
        """
        chars, links, headlines = self.stats.get(self.node, (0, 0, 0))
        chars -= self.dropped[0]
        links -= self.dropped[1]
        headlines -= self.dropped[2]
        if headlines < _TEASER_PAGE_MIN_LINKS:
            return False
        if chars - links >= _TEASER_PAGE_TEXT_PER_LINK * headlines:
            return False
        lines = (b.text.split("\n") for b in blocks if b.kind is not BlockKind.HEADING)
        longest = max((len(line) for group in lines for line in group), default=0)
        return longest < _TEASER_PAGE_LONGEST_PARAGRAPH

    def is_teaser_block(self, el: Element) -> bool:
        """A block of teasers for other stories inside the main content.

        Either it opens with a teaser heading ("More stories", "Top video"…), or it is a run
        of headline links with little text of its own around each (a list of stories rather
        than prose that links). Never the bulk of the main content.
        """
        chars, links, headlines = self.stats.get(el, (0, 0, 0))
        if not chars or chars >= _TEASER_HEADED_MAX_SHARE * self.total or el in self.notes:
            return False
        unlinked = chars - links
        small = chars < _TEASER_MAX_SHARE * self.total
        few_words = unlinked < _TEASER_TEXT_PER_LINK * headlines
        if small and headlines >= _TEASER_MIN_LINKS and few_words:
            return True
        if not small and (
            headlines < _TEASER_MIN_LINKS or unlinked >= _TEASER_SUMMARY_PER_LINK * headlines
        ):
            return False
        for text in el.itertext():
            if isinstance(text, str) and text.strip():
                return bool(vocab.TEASER_HEADING_RE.match(text)) and len(text) < 80
        return False

    def container(self, node: Element, out: list[Block]) -> None:
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
                text = text_of(child)
                run.add(text)
                if tag == "a":
                    run.links += len(text)
                else:
                    for a in child.iter("a"):
                        run.links += len(text_of(a))
            else:
                run.flush(out)
                if tag in _HEADING_TAGS and _is_teaser_heading(child):
                    # "More stories", "You may also like": the rest of this container is
                    # teasers, not the story.
                    return
                self.block(child, tag, out)
            run.add(child.tail)
        run.flush(out)

    def block(self, el: Element, tag: str, out: list[Block]) -> None:
        if tag in _SKIP_TAGS:
            return
        kind = _BLOCK_KINDS.get(tag)
        if kind in _TEASER_CHECKED and self.is_teaser_block(el):
            dropped = self.stats[el]
            self.dropped = (
                self.dropped[0] + dropped[0],
                self.dropped[1] + dropped[1],
                self.dropped[2] + dropped[2],
            )
            return
        if kind is None:
            self.container(el, out)
        elif kind is BlockKind.LIST:
            self.items(el, out)
        elif kind is BlockKind.TABLE:
            self.table(el, out)
        elif kind is BlockKind.QUOTE and el.find(".//p") is not None:
            start = len(out)
            self.container(el, out)
            for i in range(start, len(out)):
                if out[i].kind is BlockKind.PARAGRAPH:
                    out[i] = Block(kind=BlockKind.QUOTE, text=out[i].text)
        elif kind is BlockKind.PREFORMATTED:
            _emit(kind, text_of(el).strip("\n"), 0, out)
        else:
            known = self.texts.get(el)
            if known is None:
                _emit(kind, text_of(el), _link_chars(el), out)
            else:
                _emit(kind, known[0], known[1], out)

    def items(self, el: Element, out: list[Block]) -> None:
        if next(el.iterchildren("li", "dt", "dd"), None) is None:
            # A list without items: markup for an indent ("<ul><i>quoted text</i></ul>"),
            # read as any container.
            self.container(el, out)
            return
        notes = el in self.notes
        items: list[str] = []
        links = 0
        total = 0
        for li in el:
            tag = li.tag
            is_item = tag in ("li", "dt", "dd")
            if is_item and next(li.iterchildren(*_NESTED_BLOCK_TAGS), None) is None:
                text = normalize_space(text_of(li))
                if text:
                    items.append(text)
                    total += len(text)
                    links += _own_link_chars(li, self.host)
                continue
            if not is_item and (not isinstance(tag, str) or tag in vocab.INLINE_TAGS):
                continue  # stray inline markup between the items
            # A structured block, not a line: an item holding paragraphs or sub-lists, or a
            # block straight inside the list (often a list in a list, without its <li>), read
            # where it stands.
            _flush_items(items, 0 if notes else links, total, out)
            items, links, total = [], 0, 0
            if is_item:
                self.container(li, out)
            else:
                self.block(li, tag, out)
        _flush_items(items, 0 if notes else links, total, out)

    def table(self, el: Element, out: list[Block]) -> None:
        if el.find(".//table") is not None or el.find(".//p") is not None:
            # A layout table: its cells are containers.
            for cell in el.iter("td", "th"):
                if cell.find(".//td") is None:
                    self.container(cell, out)
            return
        rows: list[str] = []
        for tr in el.iter("tr"):
            cells = [normalize_space(text_of(c)) for c in tr if c.tag in ("td", "th")]
            row = " | ".join(c for c in cells if c)
            if row:
                rows.append(row)
        _emit(BlockKind.TABLE, "\n".join(rows), _link_chars(el), out)


def _next_is_br(br: Element) -> bool:
    """A ``<br>`` that ends a paragraph: followed by another ``<br>`` or a block (or the end)."""
    if br.tail and br.tail.strip():
        return False
    nxt = br.getnext()
    return nxt is None or nxt.tag == "br" or nxt.tag not in vocab.INLINE_TAGS

def _has_block_child(el: Element) -> bool:
    for child in el:
        tag = child.tag
        if tag in _BLOCK_KINDS or tag in ("div", "section", "article", "figure"):
            return True
    return False


def _flush_items(items: list[str], links: int, total: int, out: list[Block]) -> None:
    if not items:
        return
    if links >= _LINK_LIST_SHARE * total:
        return
    _emit(BlockKind.LIST, "\n".join(items), 0, out)


def _notes_holders(node: Element) -> set[Element]:
    """The elements under ``node`` that hold a list of notes, and their ancestors.

    A list of notes has at least :data:`_NOTES_MIN_TARGETS` items that links in ``node`` point
    to by fragment (footnote markers ``<a href="#cite_note-3">``, ``<a href="…/page#fn1">``;
    the part before ``#`` is not compared: saved pages make it absolute). Footnotes and
    references are the story's own text (its sources), however many links they hold; a list
    of teasers is never the target of markers in the prose.
    """
    targets: set[str] = set()
    for a in node.iter("a"):
        href = a.get("href")
        if href and "#" in href:
            fragment = href[href.index("#") + 1 :]
            if fragment:
                targets.add(fragment)
    holders: set[Element] = set()
    if not targets:
        return holders
    counts: dict[Element, int] = {}
    for li in node.iter("li"):
        ident = li.get("id")
        parent = li.getparent()
        if ident and ident in targets and parent is not None:
            counts[parent] = counts.get(parent, 0) + 1
    for parent, count in counts.items():
        if count < _NOTES_MIN_TARGETS:
            continue
        for el in parent.iterancestors():
            if el in holders:
                break
            holders.add(el)
            if el is node:
                break
        holders.add(parent)
    return holders


def _site_host(page: Page) -> str | None:
    """The page's own host without ``www.`` (canonical URL, else the given URL, else the base
    URL), or ``None`` when the page does not say where it lives."""
    for url in (page.canonical_url, page.url, page.base_url):
        host = _host(url) if url else None
        if host:
            return host
    return None


def _host(href: str) -> str | None:
    """The lowercased host of an absolute ``href`` without ``www.``; ``None`` for a relative
    or unreadable one."""
    if not href.startswith(("http:", "https:", "//")):
        return None
    try:
        host = urlsplit(href).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


def _cites_source(a: Element, text: str, host: str | None) -> bool:
    """A link that cites a source: title-length text pointing to another site.

    A site's teasers promote its own stories, so their links stay on its host; a title-long
    link to another host (a bug report, a paper, another outlet's story) is the author citing
    a source, part of the text. Short links to other sites (share buttons: "Facebook") are not.
    Never true when the page's own host is unknown.
    """
    if host is None or len(text) < _HEADLINE_LINK_CHARS:
        return False
    href = a.get("href") or ""
    if href.startswith(_own_prefixes(host)):
        return False  # the page's own host, told without parsing the URL
    other = _host(href)
    return other is not None and other != host


@functools.lru_cache(maxsize=64)
def _own_prefixes(host: str) -> tuple[str, ...]:
    """The beginnings of an absolute link to ``host`` (as :func:`_host` gives it) up to the
    path's ``/``: :func:`_host` of any link beginning with one of them is ``host``. None for
    a host of other characters than ASCII letters, digits, dots and hyphens (an IPv6 host
    is written in brackets)."""
    if not host.isascii() or not host.replace(".", "").replace("-", "").isalnum():
        return ()
    return tuple(
        f"{scheme}{www}{host}/" for scheme in ("http://", "https://", "//") for www in ("", "www.")
    )


def _own_link_chars(el: Element, host: str | None) -> int:
    """Link text under ``el``, links that cite a source left out."""
    total = 0
    for a in el.iter("a"):
        text = text_of(a)
        if not _cites_source(a, text, host):
            total += len(text)
    return total


def _text_stats(
    node: Element, host: str | None = None
) -> dict[Element, tuple[int, int, int]]:
    """(text chars, link text chars, headline links) of every element under ``node``.

    One bottom-up pass (children before parents). A *headline link* is an ``<a>`` whose text
    is as long as a story title and that does not cite a source on another site (see
    :func:`_cites_source`; ``host`` is the page's own).
    """
    stats: dict[Element, tuple[int, int, int]] = {}
    for el in reversed(list(node.iter())):
        text = el.text
        chars = len(text.strip()) if text else 0
        links = 0
        headlines = 0
        if len(el):  # leaves (most elements) have no children to add
            for child in el:
                # every child is measured before its parent (reversed document order)
                sub_chars, sub_links, sub_headlines = stats[child]
                chars += sub_chars
                links += sub_links
                headlines += sub_headlines
                tail = child.tail
                if tail:
                    chars += len(tail.strip())
        if el.tag == "a":
            links = chars
            headline = chars >= _HEADLINE_LINK_CHARS
            if headline and host is not None:
                headline = not _cites_source(el, text_of(el), host)
            headlines = 1 if headline else 0
        stats[el] = (chars, links, headlines)
    return stats


def _is_teaser_heading(el: Element) -> bool:
    text = text_of(el)
    return len(text) <= _TEASER_HEADING_CHARS and vocab.TEASER_HEADING_RE.match(text) is not None


#: Necessary conditions derived from the vocabulary patterns (see :mod:`articlex.prefilter`):
#: a line that fails one cannot match its patterns, which are then not run. Most lines fail
#: them, and a failed gate costs a small fraction of a search.
_TEASER_OR_AD_GATE = start_gate((vocab.INLINE_TEASER_RE, vocab.AD_LABEL_RE))
_CREDIT_GATE = start_gate((), (vocab.CREDIT_LINE_RE,))
_PROMPT_GATE = start_gate((), (vocab.PROMPT_LINE_RE,))


def _may(gate: StartGate | None, text: str) -> bool:
    """Whether ``text`` passes ``gate`` (no gate: it may match)."""
    return gate is None or gate.may_match(text)


def _is_furniture(text: str) -> bool:
    """A short paragraph that is page furniture: a stamp, a byline, an image credit, a prompt."""
    size = len(text)
    return (
        (size <= vocab.FURNITURE_MAX_CHARS and vocab.FURNITURE_LINE_RE.match(text) is not None)
        or (
            size <= vocab.CREDIT_MAX_CHARS
            and _may(_CREDIT_GATE, text)
            and vocab.CREDIT_LINE_RE.search(text) is not None
        )
        or (
            size <= vocab.PROMPT_MAX_CHARS
            and _may(_PROMPT_GATE, text)
            and vocab.PROMPT_LINE_RE.search(text) is not None
        )
    )


def _link_chars(el: Element) -> int:
    return sum(len(text_of(a)) for a in el.iter("a"))


def _emit(kind: BlockKind, raw: str, link_chars: int, out: list[Block]) -> None:
    if kind in (BlockKind.LIST, BlockKind.TABLE, BlockKind.PREFORMATTED):
        text = raw.strip()
    else:
        text = normalize_space(raw)
    if not text:
        return
    if _may(_TEASER_OR_AD_GATE, text) and (
        vocab.INLINE_TEASER_RE.match(text) or vocab.AD_LABEL_RE.match(text)
    ):
        return
    if kind is BlockKind.PARAGRAPH and _is_furniture(text):
        return
    if (
        link_chars >= _LINK_LINE_SHARE * len(text)
        and len(text) < 200
        and kind is not BlockKind.HEADING
    ):
        return
    out.append(Block(kind=kind, text=text))
