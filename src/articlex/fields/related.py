"""Related-story links: inline teaser lines, previous/next navigation and teaser blocks.

Contract:

* Each link is absolute (resolved against ``<base href>`` and the page URL by
  :meth:`Page.absolute`), never ``javascript:``/``mailto:``/fragment-only, never the page's
  own URL (page URL or canonical, compared without fragment and trailing slash).
* ``kind``: ``inline`` for a teaser line inside the text ("ALSO READ: …", "[Related: …]",
  "Lesen Sie auch: …"); ``previous``/``next`` for previous/next-story navigation
  (``rel=prev/next`` or a prev/next label or class); ``list`` for a block of teasers under a
  related heading ("Related", "Read next", "Latest from Top News", "Don't Miss") or inside a
  recommendation widget.
* ``label`` is the block's heading as shown (inline: the teaser label without its colon;
  previous/next: ``None``). ``title`` is the story title: the teaser's heading element when it
  has one, else the link text without kickers, time stamps, comment counts, "Sponsored"
  branding or prev/next labels (``""`` when the page shows no title, e.g. "Next Post »").
* Deduplicated by ``(url, kind)`` in page order: thumbnail and headline links of one teaser
  collapse into one entry, while the same story offered both as "ALSO READ" and as the
  previous story keeps both offers.
* Scope: blocks are recognized by their heading ("Related", "Read next", "Latest from …",
  "Most read", "Don't Miss", in many languages: ``vocab.RELATED_HEADING_RE`` and
  ``vocab.SITEWIDE_HEADING_RE``) or by their markup (``vocab.RELATED_BOX_CLASS_RE``:
  related-posts plugins, ``story-alsos``, recent/popular-posts widgets), in the article
  column and in the side rail alike. A block runs from its heading to the next heading that
  is not a teaser title, or to running prose. Menus, breadcrumbs, page header/footer,
  tag/category/author pages, share/social and comment links never count.
* Sponsored recommendation widgets (Taboola, Outbrain, … see ``vocab.SPONSORED_CLASS_RE``) are
  kept as ``kind=list`` with ``sponsored=True`` for links leaving the site (links back to the
  page's own site inside such a widget are editorial); with
  ``ExtractOptions.include_sponsored=False`` the sponsored links are dropped.

``blocks`` are the elements of ``page.tree`` that hold the inline lines and the teaser blocks:
the body drops them (``clean.pruned(drop=…)``).

Cost: one pass over the body's elements to find candidates, then work proportional to the
candidate blocks; class/id tokens are computed once per element.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from lxml.etree import _Element as Element

from .. import vocab
from ..model import RelatedKind, RelatedLink
from ..options import ExtractOptions
from ..page import Page
from ..prefilter import (
    alternation,
    end_gate,
    literal_gate,
    required_strings,
    shortest,
    start_gate,
)
from ..text import count_words, normalize_space, text_of

__all__ = ["Related", "find_related"]

_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCK_TAGS = frozenset(
    {"div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "figure", "section",
     "article", "header", "footer", "figcaption", "dd", "dt", "table", "tr", "td"}
)
_LABEL_TAGS = frozenset({"div", "span", "p", "strong", "b", "header", "label", "em", "li", "dt"})
_INLINE_TAGS = frozenset({"p", "li", "h2", "h3", "h4", "h5", "h6", "div", "blockquote", "dd"})
_TITLE_TOKENS = frozenset({"title", "headline", "heading", "hed", "subhead", "header"})
_HEADING_TOKENS = frozenset(
    {
        "title",
        "heading",
        "header",
        "subhead",
        "hd",
        "head",
        "widgettitle",
        "sectiontitle",
        "subheading",
        "hed",
    }
)
#: Class/id tokens that give previous/next navigation its direction (see _prev_next_kind).
_DIRECTION_TOKENS = vocab.PREV_TOKENS | vocab.NEXT_TOKENS
#: rel values that make a link previous/next navigation by themselves.
_PREV_NEXT_RELS = vocab.PREV_RELS | vocab.NEXT_RELS
#: How far up _prev_next_kind reads class/id tokens: a direction ("nav-previous", "next")
#: counts on the link, its parent or its grandparent; the navigation context ("post-nav",
#: "pagination") one level further up too. A direction further up names no link of its own:
#: a framework's app root (Next.js's ``<div id="__next">``) holds the site's logo link.
#: The pre-check _maybe_prev_next reads the same elements for a direction.
_PN_DIRECTION_DEPTH = 3
_PN_CONTEXT_DEPTH = 4
_TOKEN_SPLIT_RE = re.compile(r"[^a-z0-9]+")
_NO_TOKENS: frozenset[str] = frozenset()
_MAX_LABEL_CHARS = 60
_MAX_SHORT_LABEL = 40  # a heading-like element that is not h1–h6
_MAX_INLINE_CHARS = 320
_MAX_BLOCK_CLIMB = 6
_MAX_BLOCK_LINKS = 80
_MIN_TITLE_WORDS = 3
_MIN_LIST_TITLE_WORDS = 4  # headingless lists: whole headlines only
# A teaser line's link names a story: one word ("edit" in a "See also [edit]" heading, a
# topic tag after "More on") names none. Counted by count_words, so that a headline in a
# script without spaces counts its characters.
_MIN_INLINE_TITLE_WORDS = 2
_MAX_PROSE_AFTER_LIST = 300
_MAX_CARD_CHARS = 1000  # a teaser card: headline, kicker, a short excerpt
_MAX_SKIP_CHARS = 80
_MAX_SIBLINGS = 4
_MAX_TEASER_BLOCK_CHARS = 1500  # more text than this must be mostly links
_MIN_LINKED_SHARE = 0.2
_MAX_TEASER_LINE_CHARS = 160  # unlinked text in a teaser line (excerpt)
_MAX_CHROME_DEPTH = 3  # a <header>/<footer> this close to <body> is the page's own
_PAGE_CHROME_TOKENS = frozenset({"site", "page", "global", "masthead", "colophon", "theme"})
#: Headings matched at their end ("Tennis latest", "DH Picks", "Popular Discussions").
_HEADING_TAIL_HINT_RE = re.compile(r"(?i)\b(?:latest|picks|popular)\b")
_PAGE_SUFFIX_RE = re.compile(r"(?:/\d+|/page/\d+)?")
_PREV_NEXT_HINT_RE = re.compile(r"prev|next|older|newer")
#: A short bracketed tail of a heading ("[edit]", "[hide]"): a control beside the heading.
_BRACKETED_TAIL_RE = re.compile(r"\s*\[[^\[\]]{1,12}\]$")
#: A literal each alternative of ``vocab.SPONSORED_CLASS_RE`` contains: a cheap necessary
#: condition checked first (that pattern's word boundaries make it ~5x slower per string).
_SPONSORED_HINT_RE = re.compile(
    r"taboola|outbrain|revcontent|mgid|mgbox|zergnet|adblade|content-?ad|sponsored|promoted|trc_r"
    r"|tbl-feed|ob-|syndicateditem|rc-widget|partner|paid|dianomi|nativo"
)
_STORY_SLUG_RE = re.compile(r"(?:\d{3,}|[^/\-]+-[^/\-]+-[^/\-]+)")

# What the candidate pass does with an element, by tag (see _Finder.run). Kinds at or below
# _K_SKIP are not elements (comments, processing instructions).
_K_SKIP = 0
_K_CODE = 1  # script/style/noscript/template: only their class/id hint counts
_K_LINK = 2  # <a>: previous/next candidate
_K_OTHER = 3  # only the class/id flags
_K_LIST = 4  # ul/ol: headingless teaser list
_K_HEADING = 5  # h1: heading candidate
_K_SUBHEADING = 6  # h2–h6: heading or teaser line
_K_PARA = 7  # p: teaser line, or heading when small
_K_QUOTE = 8  # blockquote, dd: teaser line
_K_DIV = 9  # div, li: teaser line when it opens with text or an inline label; heading when small
_K_LABEL = 10  # span, strong, b, header, label, em, dt: heading when small
_TAG_KINDS: dict[str, int] = {
    **dict.fromkeys(("script", "style", "noscript", "template"), _K_CODE),
    "a": _K_LINK,
    "ul": _K_LIST,
    "ol": _K_LIST,
    "h1": _K_HEADING,
    **dict.fromkeys(("h2", "h3", "h4", "h5", "h6"), _K_SUBHEADING),
    "p": _K_PARA,
    "blockquote": _K_QUOTE,
    "dd": _K_QUOTE,
    "div": _K_DIV,
    "li": _K_DIV,
    **dict.fromkeys(("span", "strong", "b", "header", "label", "em", "dt"), _K_LABEL),
}
_H_KINDS = (_K_HEADING, _K_SUBHEADING)
#: First children that make a div/li with no text of its own a teaser line's candidate
#: ("<li><strong>Related:</strong> <a>…</a></li>").
_INLINE_OPENERS = ("strong", "b", "span", "em")
#: Label tags that may hold a few descendants without a title/heading class.
_INLINE_LABEL_TAGS = frozenset({"strong", "b", "span", "header"})


@dataclass(frozen=True, slots=True, eq=False)
class Related:
    """The related links and the elements of ``page.tree`` they were found in."""

    links: tuple[RelatedLink, ...] = ()
    blocks: tuple[Element, ...] = ()


class _Tokens:
    """Class/id tokens per element: split words plus each class word with its separators
    removed ("nav-previous" → {"nav", "previous", "navprevious"}); cached per distinct
    "class id" string, since pages repeat the same class strings many times, and per
    element for one run, since the block checks read the same ancestors again and again."""

    __slots__ = ("_seen",)

    def __init__(self) -> None:
        self._seen: dict[Element, frozenset[str]] = {}

    def __call__(self, el: Element) -> frozenset[str]:
        toks = self._seen.get(el)
        if toks is None:
            cls = el.get(b"class")
            ident = el.get(b"id")
            toks = _tokens_of(f"{cls or ''} {ident or ''}") if cls or ident else _NO_TOKENS
            self._seen[el] = toks
        return toks


@lru_cache(maxsize=8192)
def _tokens_of(raw: str) -> frozenset[str]:
    """The tokens of one "class id" string (see :class:`_Tokens`): the pieces of each word
    between separators, and the word with its separators removed. Tokens never span
    white space, so each word is split alone, and a plain word is its only token."""
    parts: set[str] = set()
    for word in raw.lower().split():
        if word.isascii() and word.isalnum():
            parts.add(word)
        else:
            pieces = _TOKEN_SPLIT_RE.split(word)
            parts.update(pieces)
            parts.add("".join(pieces))
    parts.discard("")
    return frozenset(parts)


def find_related(page: Page, options: ExtractOptions) -> Related:
    """See the module docstring. Pure; returns an empty :class:`Related` on pages without
    a body and never raises for odd markup."""
    body = page.tree.find("body")
    if body is None:
        return Related()
    finder = _Finder(page, options, body)
    finder.run()
    return Related(links=tuple(finder.links.values()), blocks=tuple(finder.blocks))


def _strip_url(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path.rstrip("/"), parts.query, ""))


def _is_block_heading(label: str) -> bool:
    """Whether a heading's text opens a block of other stories."""
    if _BLOCK_HEADING_GATE is not None and not _BLOCK_HEADING_GATE.may_match(label):
        return False
    return bool(vocab.RELATED_HEADING_RE.match(label) or vocab.SITEWIDE_HEADING_RE.match(label))


def _prev_next_label(text: str) -> bool:
    """Whether ``text`` opens with a previous/next label ("« Previous", "Next post:")."""
    if _PREV_NEXT_GATE is not None and not _PREV_NEXT_GATE.may_match(text):
        return False
    return vocab.PREV_NEXT_LABEL_RE.match(text) is not None


#: first character (after white space) of a link's text → whether :func:`_prev_next_label`
#: refuses every text it begins (see :meth:`StartGate.refuses_first`): most links are ruled
#: out by one dict lookup instead of a call to the gate.
_PN_REFUSED_FIRST: dict[str, bool] = {}


#: first two characters (after white space) of a link's text → whether no previous/next label
#: begins with them (:meth:`StartGate.refuses_start`): "Police …", "Sports" and "Airlines"
#: are ruled out by a dict lookup, not by the gate's longer comparison.
_PN_REFUSED_START: dict[str, bool] = {}


def _may_be_pn_label(text: str) -> bool:
    """``_prev_next_label(text)``, with texts ruled out by their first two characters first."""
    stripped = text.lstrip()
    if not stripped:
        return False
    start = stripped[:2]
    refused = _PN_REFUSED_START.get(start)
    if refused is None:
        if len(_PN_REFUSED_START) > 4096:
            _PN_REFUSED_START.clear()
        refused = _PN_REFUSED_START[start] = (
            _PREV_NEXT_GATE is not None and _PREV_NEXT_GATE.refuses_start(start)
        )
    return not refused and _prev_next_label(text)


def _pn_refused_first(first: str) -> bool:
    """Whether :func:`_prev_next_label` refuses every text that begins with ``first`` after
    white space (remembered in :data:`_PN_REFUSED_FIRST`)."""
    refused = _PN_REFUSED_FIRST.get(first)
    if refused is None:
        refused = _PN_REFUSED_FIRST[first] = (
            _PREV_NEXT_GATE is not None and _PREV_NEXT_GATE.refuses_first(first)
        )
    return refused


def _first_char(el: Element) -> str:
    """The first character of ``text_of(el)`` that is not white space (``""`` when none),
    read from the first text pieces only: the pieces ``el.itertext()`` yields (those
    ``text_of`` joins), walked by hand up to the first that is not blank (``itertext``
    costs more to set up than the walk of a link's few nodes)."""
    text: str | None = el.text
    if text and not text.isspace():
        return text.lstrip()[0]
    if not len(el):
        return ""
    for text in _text_pieces(el):
        if not text.isspace():
            return text.lstrip()[0]
    return ""


def _labelled_pn(a: Element) -> bool:
    """Whether the text :meth:`_Finder._prev_next_kind` reads from link ``a`` opens with a
    previous/next label, its whole text read only when its first character may begin one."""
    first = _first_char(a)
    if not first or _pn_refused_first(first):
        return False
    return _prev_next_label(normalize_space(text_of(a)))


def _opens_block(head: str) -> bool:
    """Whether the head (leading text) of a heading-like element may open a block: a block
    heading, or a short text naming a list at its end ("Tennis latest")."""
    if _HEAD_GATE is not None and not _HEAD_GATE.may_match(head):
        return False
    return _is_block_heading(head) or (
        len(head) <= _MAX_LABEL_CHARS and _HEADING_TAIL_HINT_RE.search(head) is not None
    )


_Flags = tuple[bool, bool, bool, bool, bool, bool]


def _class_flags(raw: str) -> _Flags | None:
    """(sponsored widget, related-posts box, teaser card, previous/next hint, heading token,
    previous/next direction token) for a "class id" string, or ``None`` when it says none
    of these (most strings). Each test runs only when a necessary literal test passes on
    one of the string's words (see :func:`_word_mask`, cached: a new page's strings are
    mostly new, its words mostly not); only the strings that pass one are cached
    (:func:`_masked_flags`), as caching every string cost more than it saved."""
    mask = 0
    known = _WORD_MASKS.get
    for word in raw.lower().split():
        bits = known(word)
        if bits is None:
            if len(_WORD_MASKS) > _MAX_WORD_MASKS:
                _WORD_MASKS.clear()
            bits = _WORD_MASKS[word] = _word_mask(word)
        mask |= bits
    return _masked_flags(raw, mask) if mask else None


#: class/id word → its :func:`_word_mask`: a plain dict read in :func:`_class_flags`' loop
#: (a dict lookup costs a fraction of a call through ``lru_cache``, and most words of a new
#: page's class strings are known ones: "container", "col-md-8"), emptied when it grows
#: past :data:`_MAX_WORD_MASKS` entries.
_WORD_MASKS: dict[str, int] = {}
_MAX_WORD_MASKS = 16384


@lru_cache(maxsize=4096)
def _masked_flags(raw: str, mask: int) -> _Flags | None:
    """:func:`_class_flags` of ``raw``, whose words passed the gates of the bits of ``mask``."""
    low = raw.lower()
    flags = (
        bool(mask & 1) and vocab.SPONSORED_CLASS_RE.search(low) is not None,
        bool(mask & 2) and vocab.RELATED_BOX_CLASS_RE.search(low) is not None,
        bool(mask & 4) and vocab.TEASER_CARD_CLASS_RE.search(low) is not None,
        bool(mask & 8) and _PREV_NEXT_HINT_RE.search(low) is not None,
        bool(mask & 16) and not _tokens_of(raw).isdisjoint(_HEADING_TOKENS),
        bool(mask & 32) and not _tokens_of(raw).isdisjoint(_DIRECTION_TOKENS),
    )
    return flags if any(flags) else None


def _word_mask(word: str) -> int:
    """Which of :func:`_class_flags`' tests may pass for a string holding ``word`` (one
    bit per test). A gate's literals hold no spaces, and tokens never span words, so a
    string passes a gate only if one of its words does."""
    if _ANY_WORD_GATE is not None and _ANY_WORD_GATE.search(word) is None:
        return 0  # most words: no gate's literal at all
    mask = 0
    for bit, gate in _WORD_GATES:
        if gate is None or gate.search(word) is not None:
            mask |= bit
    return mask


#: Each heading token spelled with any separators between its letters: a class/id word
#: is the token, or is it with its separators removed, only if this matches.
_HEADING_TOKEN_GATE = re.compile(alternation(tuple(shortest(_HEADING_TOKENS)), "[^a-z0-9]*"))
#: The same for the previous/next direction tokens.
_DIRECTION_TOKEN_GATE = re.compile(alternation(tuple(shortest(_DIRECTION_TOKENS)), "[^a-z0-9]*"))
#: Cheap necessary conditions for the text patterns (see :mod:`articlex.prefilter`): most
#: texts' first letter rules a pattern out at a fraction of its cost.
_BLOCK_HEADING_GATE = start_gate((vocab.RELATED_HEADING_RE, vocab.SITEWIDE_HEADING_RE))
_HEAD_GATE = start_gate(
    (vocab.RELATED_HEADING_RE, vocab.SITEWIDE_HEADING_RE), (_HEADING_TAIL_HINT_RE,)
)
_INLINE_GATE = start_gate((vocab.RELATED_INLINE_RE,))
_PREV_NEXT_GATE = start_gate((vocab.PREV_NEXT_LABEL_RE,))
_TITLE_TAIL_GATE = end_gate(vocab.RELATED_TITLE_TAIL_RE)
_VENDOR_HOST_STRINGS = required_strings(vocab.SPONSOR_VENDOR_HOST_RE)
#: The per-word gates of :func:`_class_flags`, by bit (``None``: no gate, always test).
_WORD_GATES: tuple[tuple[int, re.Pattern[str] | None], ...] = (
    (1, _SPONSORED_HINT_RE),
    (2, literal_gate(vocab.RELATED_BOX_CLASS_RE)),
    (4, literal_gate(vocab.TEASER_CARD_CLASS_RE)),
    (8, _PREV_NEXT_HINT_RE),
    (16, _HEADING_TOKEN_GATE),
    (32, _DIRECTION_TOKEN_GATE),
)
_GATE_STRINGS = [
    required_strings(pattern)
    for pattern in (
        _SPONSORED_HINT_RE,
        vocab.RELATED_BOX_CLASS_RE,
        vocab.TEASER_CARD_CLASS_RE,
        _PREV_NEXT_HINT_RE,
    )
]
#: One search that every word passing one of :data:`_WORD_GATES` passes (the strings those
#: gates need, and the token gates): one scan of a word instead of one per gate, most words
#: passing none.
_ANY_WORD_GATE = (
    re.compile(
        alternation(tuple(shortest({s for group in _GATE_STRINGS if group for s in group})))
        + "|"
        + _HEADING_TOKEN_GATE.pattern
        + "|"
        + _DIRECTION_TOKEN_GATE.pattern
    )
    if all(_GATE_STRINGS)
    else None
)


#: class attribute (of an element without id) → its :func:`_class_flags`: a plain dict
#: lookup for the most common case, emptied when it grows past 8192 entries.
_FLAGS_BY_CLASS: dict[str | None, _Flags | None] = {None: None}
_UNSEEN: Any = object()


def clear_flags_by_class() -> None:
    """Empty the stage's per-string tables: :data:`_FLAGS_BY_CLASS` (it keeps its entry for
    elements without a class), the previous/next label refusals by first characters and the
    word masks (:data:`_WORD_MASKS`, bounded on its own by :data:`_MAX_WORD_MASKS`)."""
    _clear_class_tables()
    _WORD_MASKS.clear()


def _clear_class_tables() -> None:
    """Empty the per-string tables but the word masks (when the class table is full)."""
    _FLAGS_BY_CLASS.clear()
    _FLAGS_BY_CLASS[None] = None
    _PN_REFUSED_FIRST.clear()
    _PN_REFUSED_START.clear()


def _flags_of_class(cls: str | None) -> _Flags | None:
    """:func:`_class_flags` of an element with class ``cls`` and no id, remembered."""
    if len(_FLAGS_BY_CLASS) > 8192:
        _clear_class_tables()
    flags = _class_flags(f"{cls} ") if cls else None
    _FLAGS_BY_CLASS[cls] = flags
    return flags


def _element_flags(el: Element) -> _Flags | None:
    """:func:`_class_flags` of ``el``'s class and id (``None`` without either). The candidate
    pass of :meth:`_Finder.run` does the same inline, being the hot loop."""
    cls = el.get(b"class")
    ident = el.get(b"id")
    if ident is None:
        flags = _FLAGS_BY_CLASS.get(cls, _UNSEEN)
        return _flags_of_class(cls) if flags is _UNSEEN else flags
    return _class_flags(f"{cls or ''} {ident}")


def _pn_hinted(el: Element) -> bool:
    """Whether ``el``'s class/id hints at previous/next navigation."""
    flags = _element_flags(el)
    return flags is not None and flags[3]


def _below(el: Element, levels: int) -> list[Element]:
    """The nodes at most ``levels`` levels below ``el`` (children, grandchildren, …)."""
    found: list[Element] = []
    level = [el]
    for _ in range(levels):
        level = [child for node in level for child in node]
        found += level
    return found


def _is_sponsor_box(el: Element) -> bool:
    """Whether ``el``'s class/id names a sponsored recommendation widget."""
    flags = _element_flags(el)
    return flags is not None and flags[0]


def _few_descendants(el: Element) -> bool:
    """Whether ``el`` has at most four descendants (a label's size)."""
    return next(islice(el.iterdescendants(), 4, None), None) is None


def _prefix(el: Element, n: int) -> str:
    """The leading text of ``el`` in reading order, about ``n`` characters of it, without
    walking the rest of a large subtree: the text pieces ``el.itertext()`` yields, joined
    until they hold ``n`` characters (read by hand: ``itertext`` costs more per node)."""
    if not len(el):
        return normalize_space((el.text or "")[: n * 2])
    first = el.text
    if first and len(first) >= n:  # what the walk below stops at after its first piece
        return normalize_space(first)
    parts: list[str] = [first] if first else []
    size = len(first) if first else 0
    # children without children (the common case: "<h3><a>Title</a></h3>") are read
    # directly: their text, then their tail
    for child in el:
        if len(child):
            return _prefix_walk(el, n)
        if isinstance(child.tag, str):
            text = child.text
            if text:
                parts.append(text)
                size += len(text)
                if size >= n:
                    break
        text = child.tail
        if text:
            parts.append(text)
            size += len(text)
            if size >= n:
                break
    return normalize_space("".join(parts))


def _prefix_walk(el: Element, n: int) -> str:
    """:func:`_prefix` of an element with grandchildren: a walk of the subtree."""
    first = el.text
    parts: list[str] = []
    size = 0
    if first:
        parts.append(first)
        size = len(first)
    for text in _text_pieces(el):
        parts.append(text)
        size += len(text)
        if size >= n:
            break
    return normalize_space("".join(parts))


def _text_pieces(el: Element) -> Iterator[str]:
    """The non-empty text pieces below ``el`` in document order, ``el.text`` left out: what
    ``el.itertext()`` yields after it, read by a walk in Python (``itertext`` costs more to
    set up than the walk of the few nodes a caller reads before it stops)."""
    # a stack of child iterators, each with the element whose tail follows its children
    stack: list[tuple[Iterator[Element], Element | None]] = [(iter(el), None)]
    while stack:
        children, owner = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            text = owner.tail if owner is not None else None
        elif isinstance(child.tag, str):
            text = child.text
            stack.append((iter(child), child))
        else:  # a comment or processing instruction: only its tail is text
            text = child.tail
        if text:
            yield text


def _host(url: str) -> str:
    host = urlsplit(url).netloc.lower()
    return host[4:] if host.startswith("www.") else host


class _Finder:
    """One extraction run (state shared by the passes)."""

    def __init__(self, page: Page, options: ExtractOptions, body: Element) -> None:
        self.page = page
        self.options = options
        self.body = body
        self.tokens = _Tokens()
        self.own = {_strip_url(u) for u in (page.url, page.canonical_url) if u}
        self.own_paths = {urlsplit(u).path.rstrip("/") for u in (page.url, page.canonical_url) if u}
        self.site = _host(page.canonical_url or page.url or "")
        self.links: dict[str, RelatedLink] = {}
        self.blocks: list[Element] = []
        # claimed block → the last document position it covers
        # claimed block → (its document position, the last position it covers)
        self.claimed: dict[Element, tuple[int, int]] = {}
        self.order: dict[Element, int] = {}
        self.elements: list[Element] = []
        self.urls: dict[tuple[Element, bool], str | None] = {}
        self.hrefs: dict[str | None, tuple[str | None, bool, bool]] = {}
        # (block, heading) → the block's section links, as _block_for found them
        self.sections: dict[tuple[Element, Element], list[Element]] = {}
        # block → {element: whether a link under it is skipped} (see _skipped_between)
        self.skipped: dict[Element, dict[Element, bool]] = {}
        self.last_taken = 0

    # ------------------------------------------------------------------ driver

    def run(self) -> None:
        """Collect candidates in one pass, then resolve them in page order."""
        headings: list[tuple[Element, str]] = []
        inline: list[tuple[Element, str]] = []
        widgets: list[Element] = []
        prevnext: list[Element] = []
        boxes: list[Element] = []
        lists: list[Element] = []
        cards: list[Element] = []
        # Listing the elements first keeps one live proxy per element for the whole run, so
        # the walks below (itertext, ancestors, descendants) reuse them instead of building
        # new ones; the list is kept on the page for the later stages for the same reason.
        elements = list(self.body.iter())
        self.page._cache["body_elements"] = elements
        self.elements = elements
        self.order = dict(zip(elements, range(len(elements)), strict=True))  # document order
        # A link is a prev/next candidate when its class/id, its parent's or its
        # grandparent's hints at previous/next navigation (see _maybe_prev_next): the
        # children and grandchildren of each hinted element are noted when it is met, before
        # them in document order (a set lookup per link instead of a walk up from each).
        hinted_below: set[Element] = set()
        # Elements with a direction token (see _maybe_prev_next).
        directional: set[Element] = set()
        root = self.body.getparent()
        if root is not None and _pn_hinted(root):
            hinted_below.update(_below(root, _PN_DIRECTION_DEPTH - 1))
        kinds = _TAG_KINDS
        opens: dict[str, bool] = {}  # head → _opens_block(head): heads repeat within a page
        by_class = _FLAGS_BY_CLASS
        for el in elements:
            tag = el.tag
            # comments and processing instructions (tag: a function) are "other" elements
            # whose class and id read as None. Attribute names are given as bytes: lxml
            # encodes a str name on every call (~15% of a get).
            kind = kinds.get(tag, _K_OTHER)
            cls = el.get(b"class")
            ident = el.get(b"id")
            if ident is None:  # most elements: a dict lookup by class alone (_element_flags)
                flags = by_class.get(cls, _UNSEEN)
                if flags is _UNSEEN:
                    flags = _flags_of_class(cls)
            else:
                flags = _class_flags(f"{cls or ''} {ident}")
            if flags is not None:
                sponsor, box, card, pn_hint, _heading_tok, direction = flags
                if pn_hint:
                    hinted_below.update(_below(el, _PN_DIRECTION_DEPTH - 1))
                if direction:
                    directional.add(el)
                if kind <= _K_LINK or not isinstance(tag, str):
                    pass
                elif sponsor:
                    if not any(w in el.iterancestors() for w in widgets):
                        widgets.append(el)
                elif box and tag not in ("article", "main"):
                    boxes.append(el)
                elif card and tag not in ("article", "main", "body", "p"):
                    cards.append(el)
            # What the element may be, and its head (leading text) when it may be a heading
            # or a teaser line; the cheapest tests first, el.text read at most once.
            if kind == _K_DIV:  # div, li
                size = len(el)
                text = el.text
                heading_like = size <= 3
                if (text and not text.isspace()) or (size and el[0].tag in _INLINE_OPENERS):
                    inline_like = True
                elif not size or not heading_like:
                    continue  # no text of its own: not a line; too big for a label
                elif not (flags is not None and flags[4]) or not _few_descendants(el):
                    continue  # _label_shape: a block tag holding tags is no label
                else:
                    inline_like = False
                if not heading_like and next(el.iter("a"), None) is None:
                    continue  # _inline_label would refuse it (no link): skip reading its text
            elif kind == _K_LINK:
                if self._maybe_prev_next(el, flags, hinted_below, directional) and (
                    self._prev_next_kind(el) is not None
                ):
                    prevnext.append(el)
                continue
            elif kind == _K_LABEL:  # span, strong, b, header, label, em, dt
                size = len(el)
                if size > 3:
                    continue
                if size and (
                    (tag not in _INLINE_LABEL_TAGS and not (flags is not None and flags[4]))
                    or not _few_descendants(el)
                ):
                    continue  # _label_shape
                text = None
                heading_like, inline_like = True, False
            elif kind <= _K_OTHER:
                continue
            elif kind == _K_LIST:
                if len(el) >= 2:
                    lists.append(el)
                continue
            else:
                size = len(el)
                text = None
                if kind == _K_PARA:
                    heading_like, inline_like = size <= 3, True
                elif kind == _K_SUBHEADING:  # h2–h6
                    heading_like = inline_like = True
                elif kind == _K_HEADING:  # h1: a heading, never a teaser line
                    heading_like, inline_like = True, False
                else:  # _K_QUOTE: blockquote, dd
                    heading_like, inline_like = False, True
                if not heading_like and (not size or next(el.iter("a"), None) is None):
                    continue  # _inline_label would refuse it (no link): skip reading its text
            if not size:
                if text is None:
                    text = el.text
                if not text or text.isspace():
                    continue
                head = normalize_space(text[: _MAX_LABEL_CHARS * 2])  # = _prefix(el, …)
            else:
                head = _prefix(el, _MAX_LABEL_CHARS)
            if not head:
                continue
            # The label _heading_text reads is the whole text, never shorter than its head:
            # a head longer than the label may be cannot open a block.
            if heading_like and len(head) <= (
                _MAX_LABEL_CHARS if kind in _H_KINDS else _MAX_SHORT_LABEL
            ):
                opened = opens.get(head)
                if opened is None:
                    opened = opens[head] = _opens_block(head)
                if opened:
                    label = self._heading_text(el, tag)
                    if label is not None and _is_block_heading(label):
                        headings.append((el, label))
            # a teaser line needs a link inside (_inline_label): never a leaf
            if (
                inline_like
                and size
                and (_INLINE_GATE is None or _INLINE_GATE.may_match(head))
                and vocab.RELATED_INLINE_RE.match(head)
            ):
                teaser = self._inline_label(el)
                if teaser is not None:
                    inline.append((el, teaser))
        events: list[tuple[int, int, str, Element, str]] = []
        order = self.order
        for el, label in inline:
            events.append((order.get(el, 0), 0, "inline", el, label))
        for el in prevnext:
            events.append((order.get(el, 0), 1, "prevnext", el, ""))
        for el, label in headings:
            events.append((order.get(el, 0), 2, "heading", el, label))
        for el in widgets:
            events.append((order.get(el, 0), 3, "widget", el, ""))
        for el in boxes:
            events.append((order.get(el, 0), -1, "box", el, ""))
        for el in lists:
            events.append((order.get(el, 0), 4, "teasers", el, ""))
        for el in cards:
            events.append((order.get(el, 0), 5, "card", el, ""))
        events.sort(key=lambda e: (e[0], e[1]))
        inline_done: set[Element] = set()
        for _pos, _prio, what, el, label in events:
            if what == "inline":
                if any(a in inline_done for a in el.iterancestors()):
                    continue
                if self._take_inline(el, label):
                    inline_done.add(el)
            elif what == "prevnext":
                self._take_prev_next(el)
            elif what == "heading":
                self._take_heading_block(el, label)
            elif what == "box":
                self._take_related_box(el)
            elif what == "teasers":
                self._take_teaser_list(el)
            elif what == "card":
                self._take_inline_card(el)
            else:
                self._take_widget(el)

    # ------------------------------------------------------------------ candidates

    def _heading_text(self, el: Element, tag: str) -> str | None:
        """The text of a heading-like element (h1–h6, or a short label element whose class
        says title/heading, or a short element holding only a few inline children)."""
        if tag in _HEADING_TAGS:
            text = normalize_space(text_of(el))
            if text.endswith("]"):  # "See also [edit]": the tail is an affordance, not the label
                text = _BRACKETED_TAIL_RE.sub("", text) or text
            return text if 0 < len(text) <= _MAX_LABEL_CHARS else None
        if not self._label_shape(el, tag):
            return None
        text = normalize_space(text_of(el))
        if not text or len(text) > _MAX_SHORT_LABEL:
            return None
        return text

    def _label_shape(self, el: Element, tag: str) -> bool:
        """Whether a non-``h1``–``h6`` element has a label's shape (checked before its text
        is read): a label tag with at most four descendants, and with none unless it is an
        inline tag or its class/id says title/heading."""
        if tag not in _LABEL_TAGS:
            return False
        n = 0
        for _ in el.iterdescendants():
            n += 1
            if n > 4:
                return False
        return not (
            n > 0 and tag not in _INLINE_LABEL_TAGS and self.tokens(el).isdisjoint(_HEADING_TOKENS)
        )

    def _inline_label(self, el: Element) -> str | None:
        """The teaser label when ``el`` is a short teaser line ("ALSO READ: <a>…</a>")."""
        head = _prefix(el, 24)
        if not head or not vocab.RELATED_INLINE_RE.match(head):
            return None
        if next(el.iterdescendants("a"), None) is None:
            return None
        if el.tag not in _HEADING_TAGS and any(
            isinstance(d.tag, str) and (d.tag in _HEADING_TAGS or d.tag == "header")
            for d in el.iterdescendants()
        ):
            return None
        if not self.tokens(el).isdisjoint(vocab.RELATED_SKIP_TOKENS):
            return None
        text = normalize_space(text_of(el))
        if not text or len(text) > _MAX_INLINE_CHARS:
            return None
        m = vocab.RELATED_INLINE_RE.match(text)
        if m is None:
            return None
        label = normalize_space(m.group(0)).strip(" :-–—|»>[(•")
        if label.lower() in vocab.RELATED_INLINE_NEEDS_SEPARATOR and not m.group("sep").strip():
            return None
        rest = text[m.end() :].strip()
        if not rest:
            return None
        linked = sum(len(normalize_space(text_of(a))) for a in el.iter("a"))
        return label if linked >= 0.6 * len(rest.strip(" []()")) else None

    # ------------------------------------------------------------------ inline

    def _take_inline(self, el: Element, label: str) -> bool:
        found = False
        for a in el.iter("a"):
            url = self._story_url(a)
            if url is None:
                continue
            title = self._title(a)
            if not title or count_words(title) < _MIN_INLINE_TITLE_WORDS:
                continue
            self._add(url, title, RelatedKind.INLINE, label or None, False)
            found = True
        if found:
            self.blocks.append(el)
            self._claim(el, None)
        return found

    # ------------------------------------------------------------------ previous / next

    def _maybe_prev_next(
        self,
        a: Element,
        flags: _Flags | None,
        hinted_below: set[Element],
        directional: set[Element],
    ) -> bool:
        """Cheap pre-check before :meth:`_prev_next_kind`: a ``rel``, a previous/next hint in
        the class/id of the link (its ``flags``), its parent or grandparent (``hinted_below``:
        the elements one or two levels below an element with such a hint), or a
        previous/next label opening its text. A link with a ``rel`` that
        does not say prev/next is let through only when :meth:`_prev_next_kind` may find a
        kind for it: a direction token on it or one of the two ancestors it reads (members
        of ``directional``: elements whose flags say so), or a label opening its text."""
        rel = a.get(b"rel")
        if rel:
            if not _PREV_NEXT_RELS.isdisjoint(rel.lower().split()):
                return True
            node: Element | None = a
            for _ in range(_PN_DIRECTION_DEPTH):  # = where _prev_next_kind reads a direction
                if node is None or node is self.body:
                    break
                if node in directional:
                    return True
                node = node.getparent()
            return _labelled_pn(a)
        if flags is not None and flags[3]:
            return True
        if a in hinted_below:
            return True
        if len(a):  # as for a rel link
            return _labelled_pn(a)
        # A leaf's text after its leading white space (indented markup: "<a>\n    Next</a>"):
        # a label ends within 16 characters of its first one, and spaces inside it are \s*.
        text = a.text
        return bool(text and _may_be_pn_label(text.lstrip()[:16]))

    def _prev_next_kind(self, a: Element) -> RelatedKind | None:
        rel = (a.get(b"rel") or "").lower().split()
        if not vocab.PREV_RELS.isdisjoint(rel):
            return RelatedKind.PREVIOUS
        if not vocab.NEXT_RELS.isdisjoint(rel):
            return RelatedKind.NEXT
        text = normalize_space(text_of(a))
        m = vocab.PREV_NEXT_LABEL_RE.match(text) if text and _prev_next_label(text) else None
        context = False
        direction: RelatedKind | None = None
        for depth, anc in enumerate(chain((a,), a.iterancestors())):
            if depth >= _PN_CONTEXT_DEPTH or anc is self.body:
                break
            toks = self.tokens(anc)
            if depth >= _PN_DIRECTION_DEPTH:
                pass
            elif not toks.isdisjoint(vocab.PREV_TOKENS):
                direction = direction or RelatedKind.PREVIOUS
            elif not toks.isdisjoint(vocab.NEXT_TOKENS):
                direction = direction or RelatedKind.NEXT
            if not toks.isdisjoint(vocab.PREV_NEXT_CONTEXT_TOKENS):
                context = True
        if m is not None:
            word = m.group("dir").lower()
            labelled = (
                RelatedKind.NEXT
                if word
                in (
                    "next",
                    "newer",
                    "nächste",
                    "nächster",
                    "nächstes",
                    "suivant",
                    "siguiente",
                    "próximo",
                    "successivo",
                    "selanjutnya",
                )
                else RelatedKind.PREVIOUS
            )
            words = m.group(0).strip().split()
            if len(words) > 1 or (direction is not None and context):
                return labelled
        if direction is not None and context:
            return direction
        return None

    def _take_prev_next(self, a: Element) -> None:
        kind = self._prev_next_kind(a)
        if kind is None:
            return
        url = self._story_url(a, allow_short=True)
        if url is None or self._is_same_article_page(url):
            return
        if self._inside(a, {"comment", "comments", "commentlist"}):
            return
        title = self._title(a)
        m = vocab.PREV_NEXT_LABEL_RE.match(title)
        if m is not None and (
            m.group("word") or m.group("sep") or m.group("arrow") or m.end() >= len(title)
        ):
            # "Previous Post: Title", "« Older", "Next" — a label, not the start of a title
            title = title[m.end() :].strip()
        if vocab.PREV_NEXT_LABEL_RE.fullmatch(title):
            title = ""
        self._add(url, title, kind, None, False)

    def _is_same_article_page(self, url: str) -> bool:
        """Pagination of this article ("/story/2/", "?page=2") is not another story."""
        path = urlsplit(url).path.rstrip("/")
        for own in self.own_paths:
            if own and path.startswith(own) and _PAGE_SUFFIX_RE.fullmatch(path[len(own) :]):
                return True
        return False

    # ------------------------------------------------------------------ blocks

    def _take_heading_block(self, heading: Element, label: str) -> None:
        if self._is_claimed(heading):
            return
        if self._in_chrome(heading):
            return
        label = label.strip(" :-–—»›>…").strip() or label
        container = self._block_for(heading)
        if container is None:
            self._take_sibling_block(heading, label)
            return
        sponsored_block = bool(self._sponsored_ctx(container))
        got = self._take_links(container, label, sponsored_block, skip=heading)
        if got:
            self.blocks.extend(self._section_children(container, heading, self.last_taken))
            self._claim(container, self.last_taken)

    def _section_children(
        self, container: Element, heading: Element, last: int
    ) -> list[Element]:
        """The children of ``container`` from the one holding ``heading`` to the one holding
        the last taken link: what the body must drop (not the rest of a shared container)."""
        kids = [c for c in container if isinstance(c.tag, str)]
        first_i = last_i = None
        for i, kid in enumerate(kids):
            start = self.order.get(kid, 0)
            end = self._end(kid)
            if first_i is None and start <= self.order.get(heading, 0) <= end:
                first_i = i
            if start <= last <= end:
                last_i = i
        if first_i is None or last_i is None or last_i < first_i:
            return [container]
        if first_i == 0 and last_i == len(kids) - 1:
            return [container]
        return kids[first_i : last_i + 1]

    def _end(self, el: Element) -> int:
        """The document position of ``el``'s last descendant: the one before the first node
        that follows ``el``'s subtree (found by climbing, not by walking the subtree)."""
        order = self.order
        if el in order:
            node: Element | None = el
            while node is not None and node is not self.body:
                nxt = node.getnext()
                if nxt is not None:
                    pos = order.get(nxt)
                    if pos is None:
                        break
                    return pos - 1
                node = node.getparent()
            else:
                if node is not None:  # the subtree ends where the body does
                    return len(self.elements) - 1
        last = el
        for last in el.iter():  # noqa: B007 — walk to the last descendant
            pass
        return order.get(last, 0)

    def _take_sibling_block(self, heading: Element, label: str) -> None:
        """A heading set directly in the article text ("<h3>You may also like</h3><div>…")
        heads the few siblings that follow it, up to the next heading."""
        node = heading
        parent = node.getparent()
        while (
            node.getnext() is None
            and parent is not None
            and parent is not self.body
            and len(parent) == 1
        ):
            node, parent = parent, parent.getparent()
        siblings: list[Element] = []
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            if sib.tag in _HEADING_TAGS or len(siblings) >= _MAX_SIBLINGS:
                break
            if sib.tag == "p" and len(text_of(sib)) > 300:
                break
            siblings.append(sib)
        if not siblings:
            return
        sponsored_block = bool(self._sponsored_ctx(heading))
        taken = [sib for sib in siblings if self._take_links(sib, label, sponsored_block, None)]
        if taken:
            # the heading stays: the body reads it as the end of the story text
            self.blocks.extend(taken)
            for sib in taken:
                self._claim(sib, None)

    def _block_for(self, heading: Element) -> Element | None:
        """The smallest ancestor of ``heading`` that holds story links besides the heading's
        own, unless it grows into the article text or another block."""
        # Every level's section starts after the heading and stops at the same element, so
        # one scan of the document-order list serves all levels: each goes on from the
        # last one's end to its own.
        elements = self.elements
        pos = self._end(heading) + 1
        anchors: list[Element] = []
        count = 0
        stopped = False
        node = heading
        for _ in range(_MAX_BLOCK_CLIMB):
            parent = node.getparent()
            if parent is None or parent is self.body or parent.tag in ("html", "body"):
                return None
            node = parent
            end = self._end(node)
            while not stopped and pos <= end:
                el = elements[pos]
                pos += 1
                tag = el.tag
                if not isinstance(tag, str):
                    continue
                if tag == "a":
                    anchors.append(el)
                    if self._story_url(el) is not None:
                        count += 1
                elif self._ends_section(el, tag):
                    stopped = True
            if count:
                if count > _MAX_BLOCK_LINKS or self._holds_article_text(node):
                    return None
                self.sections[(node, heading)] = anchors
                return node
        return None

    def _section_anchors(
        self, container: Element, heading: Element | None
    ) -> Iterator[Element]:
        """The links of ``container`` after ``heading`` (all of them without one), up to the
        next heading that is not a teaser title: a heading with no link in or around it
        ("Upcoming Events") opens another section."""
        known = self.sections.get((container, heading)) if heading is not None else None
        if known is not None:  # scanned by _block_for
            yield from known
            return
        first = self.order.get(container)
        if first is None:  # not in the body's element list: walk it
            start = self.order.get(heading, -1) if heading is not None else -1
            nodes: Iterator[Element] = (
                el
                for el in container.iter()
                if self.order.get(el, 0) > start
                and not (heading is not None and heading in el.iterancestors())
            )
        else:
            # the container's subtree is a run of the document-order list; the heading's
            # own subtree (a run inside it) is left out
            if heading is not None:
                first = self._end(heading) + 1
            nodes = iter(self.elements[first : self._end(container) + 1])
        for el in nodes:
            tag = el.tag
            if not isinstance(tag, str):
                continue
            if tag == "a":
                yield el
            elif heading is not None and self._ends_section(el, tag):
                return

    def _ends_section(self, el: Element, tag: str) -> bool:
        """Whether ``el`` (not a link) ends a heading's section: a heading with no link in or
        around it, or a paragraph of running text."""
        return bool(
            (
                tag in _HEADING_TAGS
                and next(el.iterdescendants("a"), None) is None
                and not any(anc.tag == "a" for anc in el.iterancestors())
                and normalize_space(text_of(el))
            )
            or (tag == "p" and self._is_prose(el))
        )

    def _is_prose(self, p: Element) -> bool:
        """A paragraph of running text (much text outside links): the story resumes here."""
        size = len(text_of(p) or "")
        if size <= _MAX_TEASER_LINE_CHARS:
            return False
        linked = sum(len(text_of(a) or "") for a in p.iter("a"))
        return size - linked > _MAX_TEASER_LINE_CHARS

    def _holds_article_text(self, node: Element) -> bool:
        """Whether ``node`` holds running text (the story), not a list of teasers: two long
        paragraphs, or much text of which little is link text (themes that set paragraphs
        in ``<div>``s)."""
        long_paras = 0
        for p in node.iter("p"):
            if len(text_of(p) or "") > 300:
                long_paras += 1
                if long_paras >= 2:
                    return True
        size = len(text_of(node) or "")
        if size <= _MAX_TEASER_BLOCK_CHARS:
            return False
        linked = sum(len(text_of(a) or "") for a in node.iter("a"))
        return linked < _MIN_LINKED_SHARE * size

    def _is_related_box(self, el: Element) -> bool:
        """Whether ``el``'s class/id names a related-posts block (``relatedContent``,
        ``rp4wp-related-posts``, ``jp-relatedposts``, ``story-alsos``, ``read-next`` …)."""
        cls = el.get("class")
        ident = el.get("id")
        if not cls and not ident:
            return False
        raw = f"{cls or ''} {ident or ''}".lower()
        if vocab.RELATED_BOX_CLASS_RE.search(raw) is None:
            return False
        return el.tag not in ("body", "html", "a", "article", "main")

    def _take_related_box(self, box: Element) -> None:
        if self._is_claimed(box):
            return
        if self._in_chrome(box) or self._holds_article_text(box):
            return
        if next(box.iterdescendants("h1"), None) is not None:
            return
        if next(islice(box.iter("a"), _MAX_BLOCK_LINKS, None), None) is not None:
            return  # more than _MAX_BLOCK_LINKS links
        named = 0  # several named blocks in one box: each heading takes its own part
        for el in box.iter(*_HEADING_TAGS):
            if _is_block_heading(normalize_space(text_of(el))):
                named += 1
                if named > 1:
                    return
        label = self._widget_label(box)
        if label is not None:
            label = label.strip(" :-–—»›>…").strip() or label
        if self._take_links(box, label, bool(self._sponsored_ctx(box)), skip=None):
            self.blocks.append(box)
            self._claim(box, None)

    def _take_teaser_list(self, ul: Element) -> None:
        """A headingless list that closes the story text and only links other stories of the
        site, one whole headline per item ("<ul><li><a>Title</a></li>…</ul>" after the last
        paragraph): the list-of-teasers shape, without a heading to name it."""
        # the cheap, most selective conditions first: menus and link lists rarely follow prose
        prev = ul.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is None or prev.tag in _HEADING_TAGS or not self._prose_before(ul):
            return
        if self._is_claimed(ul) or self._in_chrome(ul):
            return
        after = 0  # prose after the list: a closing note or bio is fine, more text is not
        for nxt in ul.itersiblings():
            if isinstance(nxt.tag, str) and nxt.tag == "p" and self._is_prose(nxt):
                after += len(text_of(nxt) or "")
                if after > _MAX_PROSE_AFTER_LIST:
                    return
        anchors: list[Element] = []
        for li in ul:
            if not isinstance(li.tag, str):
                continue
            if li.tag != "li":
                return
            links = list(li.iter("a"))
            if len(links) != 1:
                return
            text = normalize_space(text_of(li))
            if not text or normalize_space(text_of(links[0])) != text:
                return
            anchors.append(links[0])
        stories = []
        for a in anchors:
            url = self._story_url(a)
            title = self._title(a)
            if url is None or _host(url) != self.site or not self._looks_like_story(url, title):
                return
            if len(title.split()) < _MIN_LIST_TITLE_WORDS:
                return
            stories.append((url, title))
        if len(stories) < 2:
            return
        for url, title in stories:
            self._add(url, title, RelatedKind.LIST, None, False)
        self.blocks.append(ul)
        self._claim(ul, None)

    def _take_inline_card(self, card: Element) -> None:
        """A lone teaser card set inside the story text (a promo "enhancement" between
        paragraphs): one story of the site, its headline, maybe a picture and an excerpt."""
        parent = card.getparent()
        if self._is_claimed(card) or parent is None:
            return
        prose = sum(
            1
            for sib in parent
            if isinstance(sib.tag, str) and sib.tag == "p" and self._is_prose(sib)
        )
        if prose < 2 or len(text_of(card) or "") > _MAX_CARD_CHARS:
            return
        if any(self._is_prose(p) for p in card.iter("p")):
            return
        urls: dict[str, tuple[int, str]] = {}
        for a in card.iter("a"):
            url = self._story_url(a)
            if url is None:
                continue
            title, rank = self._scored_title(a)
            if _host(url) != self.site:
                return
            score = rank * 1000 + min(len(title), 999)
            if url not in urls or score > urls[url][0]:
                urls[url] = (score, title)
        stories = [
            (u, t) for u, (_s, t) in urls.items() if len(t.split()) >= _MIN_LIST_TITLE_WORDS
        ]
        if len(stories) != 1 or len(urls) > 2:
            return
        url, title = stories[0]
        self._add(url, title, RelatedKind.LIST, None, False)
        self.blocks.append(card)
        self._claim(card, None)

    def _prose_before(self, el: Element) -> bool:
        """Whether running prose precedes ``el`` among its siblings (it closes a text)."""
        for prev in el.itersiblings(preceding=True):
            if isinstance(prev.tag, str) and prev.tag == "p" and self._is_prose(prev):
                return True
        return False

    def _take_widget(self, widget: Element) -> None:
        if self._is_claimed(widget):
            return
        if self._in_chrome(widget) and not self._sponsored_ctx(widget):
            return
        label = self._widget_label(widget)
        got = self._take_links(widget, label, True, skip=None)
        self.blocks.append(widget)
        self._claim(widget, None)
        _ = got

    def _widget_label(self, widget: Element) -> str | None:
        """The block's own heading: the first heading-like element that is not a teaser's
        title (teaser titles sit inside links)."""
        for el in widget.iter():
            if not isinstance(el.tag, str) or el.tag == "a":
                continue
            toks = self.tokens(el)
            if el.tag in _HEADING_TAGS or el.tag == "label" or not toks.isdisjoint(_HEADING_TOKENS):
                if any(anc.tag == "a" for anc in el.iterancestors()):
                    continue
                linked = next(el.iterdescendants("a"), None) is not None
                if el.tag in _HEADING_TAGS and linked and not (
                    _is_block_heading(normalize_space(text_of(el)))
                ):
                    continue
                if linked and el.tag not in _HEADING_TAGS:
                    found = el.xpath("./text()|./span/text()")
                    pieces = found if isinstance(found, list) else []
                    text = normalize_space("".join(t for t in pieces if isinstance(t, str)))
                else:
                    text = normalize_space(text_of(el))
                if (
                    text
                    and len(text) <= _MAX_LABEL_CHARS
                    and not vocab.RELATED_FURNITURE_TITLE_RE.match(text)
                ):
                    return text
        return None

    def _take_links(
        self,
        container: Element,
        label: str | None,
        sponsored_block: bool,
        skip: Element | None,
    ) -> bool:
        """Add the story links of one block; returns whether any was found."""
        best: dict[str, tuple[int, str]] = {}  # url -> (score, title)
        order: list[str] = []
        sponsored_of: dict[str, bool] = {}
        self.last_taken = 0
        for a in self._section_anchors(container, skip):
            self.last_taken = max(self.last_taken, self.order.get(a, 0))
            if self._skipped_between(a, container):
                continue
            url = self._story_url(a, allow_short=sponsored_block)
            if url is None:
                continue
            title, rank = self._scored_title(a)
            score = rank * 1000 + min(len(title), 999)
            if not title or vocab.RELATED_FURNITURE_TITLE_RE.match(title):
                continue
            if not sponsored_block and not self._looks_like_story(url, title):
                continue
            if url not in best:
                order.append(url)
                best[url] = (score, title)
                sponsored_of[url] = False
            elif score > best[url][0]:
                best[url] = (score, title)
            if sponsored_block and (
                _host(url) != self.site or "sponsored" in (a.get("rel") or "").lower()
            ):
                sponsored_of[url] = True
        for url in order:
            self._add(url, best[url][1], RelatedKind.LIST, label, sponsored_of[url])
        return bool(order)

    # ------------------------------------------------------------------ claims

    def _claim(self, el: Element, end: int | None) -> None:
        """Mark ``el`` as a taken block, up to document position ``end`` (whole by default)."""
        self.claimed[el] = (self.order.get(el, 0), self._end(el) if end is None else end)

    def _is_claimed(self, el: Element) -> bool:
        """Whether ``el`` lies in the covered part of a claimed block. A block covers at most
        its own subtree, so a position inside the covered run means a descendant."""
        pos = self.order.get(el, 0)
        return any(start <= pos <= end for start, end in self.claimed.values())

    # ------------------------------------------------------------------ context checks

    def _in_chrome(self, el: Element) -> bool:
        """Inside site navigation: nav, a page-level header/footer, a menu."""
        for anc in el.iterancestors():
            if anc is self.body:
                return False
            tag = anc.tag
            if tag == "nav":
                return True
            if tag in ("header", "footer") and not self._in_article(anc) and (
                self._depth(anc) <= _MAX_CHROME_DEPTH
                or not self.tokens(anc).isdisjoint(_PAGE_CHROME_TOKENS)
            ):
                return True
            toks = self.tokens(anc)
            if not toks.isdisjoint(vocab.MENU_TOKENS):
                return True
            if (anc.get(b"role") or "").lower() in ("navigation", "banner", "contentinfo", "menu"):
                return True
        return False

    def _depth(self, el: Element) -> int:
        depth = 0
        for anc in el.iterancestors():
            if anc is self.body:
                break
            depth += 1
        return depth

    def _in_article(self, el: Element) -> bool:
        return any(anc.tag in ("article", "main") for anc in el.iterancestors())

    def _sponsored_ctx(self, el: Element) -> bool:
        for anc in chain((el,), el.iterancestors()):
            if anc is self.body:
                return False
            if _is_sponsor_box(anc):
                return True
        return False

    def _skipped_between(self, a: Element, container: Element) -> bool:
        """Whether ``a`` sits in a menu, tag list, author credit, share bar … inside the
        block. Only small elements count: a whole teaser card whose class names its
        categories ("post category-politics tag-x") is not a tag list."""
        known = self.skipped.get(container)
        if known is None:
            known = self.skipped[container] = {}
        # Links of one block share their ancestors: each element's answer (whether it or an
        # ancestor below the container skips) is remembered for the block.
        path: list[Element] = []
        node: Element | None = a
        skipped = False
        while node is not None and node is not container:
            seen = known.get(node)
            if seen is not None:
                skipped = seen
                break
            if self._skips(node):
                skipped = True
                break
            path.append(node)
            node = node.getparent()
        for el in path:
            known[el] = skipped
        return skipped

    def _skips(self, el: Element) -> bool:
        """Whether links inside ``el`` are no stories (see :meth:`_skipped_between`)."""
        if el.tag == "nav":
            return True
        toks = self.tokens(el)
        if not toks.isdisjoint(vocab.COMMERCE_TOKENS):
            return True
        return not toks.isdisjoint(vocab.RELATED_SKIP_TOKENS) and (
            len(text_of(el)) <= _MAX_SKIP_CHARS
        )

    def _inside(self, el: Element, tokens: set[str]) -> bool:
        for anc in el.iterancestors():
            if anc is self.body:
                return False
            if not self.tokens(anc).isdisjoint(tokens):
                return True
        return False

    # ------------------------------------------------------------------ urls and titles

    def _story_url(self, a: Element, *, allow_short: bool = False) -> str | None:
        """The absolute URL of ``a`` if it can be a story: not own, not a vendor, not a
        tag/author/section index (unless ``allow_short``, for sponsored and prev/next).
        Memoized per link: blocks are sized by counting their story links level by level."""
        key = (a, allow_short)
        if key in self.urls:
            return self.urls[key]
        url = self._story_url_of(a, allow_short)
        self.urls[key] = url
        return url

    def _story_url_of(self, a: Element, allow_short: bool) -> str | None:
        """See :meth:`_story_url`; the facts of each distinct href are read once a run."""
        href = a.get(b"href")
        facts = self.hrefs.get(href)
        if facts is None:
            facts = self.hrefs[href] = self._href_facts(href)
        url, story, short = facts
        return url if (short if allow_short else story) else None

    def _href_facts(self, href: str | None) -> tuple[str | None, bool, bool]:
        """(absolute URL without fragment, whether it can be a story, whether it can be one
        when short paths are allowed)."""
        url = self.page.absolute(href)
        if url is None:
            return None, False, False
        url = url.split("#", 1)[0] if "#" in url else url
        parts = urlsplit(url)
        netloc = parts.netloc.lower()
        stripped = urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), parts.query, ""))
        if stripped in self.own:  # = _strip_url(url)
            return url, False, False
        host = netloc[4:] if netloc.startswith("www.") else netloc  # = _host(url)
        if (
            _VENDOR_HOST_STRINGS is None or any(s in host for s in _VENDOR_HOST_STRINGS)
        ) and vocab.SPONSOR_VENDOR_HOST_RE.search(host):
            return url, False, False
        path = parts.path
        index = (path.strip("/") == "" and not parts.query) or bool(
            vocab.NON_STORY_PATH_RE.search(path)
        )
        return url, not index, True

    def _looks_like_story(self, url: str, title: str) -> bool:
        """Teaser titles have a few words; one-word links with a short path are sections."""
        if len(title.split()) >= _MIN_TITLE_WORDS:
            return True
        last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
        return bool(_STORY_SLUG_RE.search(last)) and len(title) >= 8

    def _title(self, a: Element) -> str:
        return self._scored_title(a)[0]

    def _scored_title(self, a: Element) -> tuple[str, int]:
        """The story title of a teaser link and how sure we are (heading child > cleaned
        text > image alt / title attribute)."""
        inner = [el for el in a.iter() if el is not a and isinstance(el.tag, str)]
        for pick in (
            [el for el in inner if el.tag in _HEADING_TAGS],
            [el for el in inner if not self.tokens(el).isdisjoint(_TITLE_TOKENS)],
        ):
            for el in pick:
                text = normalize_space(text_of(el))
                if text and not vocab.PREV_NEXT_LABEL_RE.fullmatch(text + " "):
                    title = self._clean_title(text)
                    # a one- or two-word "title" is a kicker more often than a headline
                    return title, 3 if len(title.split()) > _MIN_TITLE_WORDS else 2
        # without noise spans; an anchor holding only a paragraph is read whole
        text = normalize_space("".join(self._title_text(a))) or normalize_space(text_of(a))
        if text:
            return self._clean_title(text), 2
        for attr in ("title", "aria-label"):
            value = normalize_space(a.get(attr) or "")
            if value:
                return self._clean_title(value), 1
        img = next(a.iterdescendants("img"), None)
        if img is not None:
            alt = normalize_space(img.get("alt") or "")
            if alt:
                return self._clean_title(alt), 1
        return "", 0

    def _title_text(self, el: Element) -> Iterator[str]:
        """The text of ``el`` without kicker/time/count/branding/excerpt descendants."""
        if el.text:
            yield el.text
        for child in el:
            if isinstance(child.tag, str) and not self._noise(child):
                block = child.tag in _BLOCK_TAGS
                if block:
                    yield " "
                yield from self._title_text(child)
                if block:
                    yield " "
            if child.tail:
                yield child.tail

    def _noise(self, el: Element) -> bool:
        if el.tag in ("time", "script", "style", "svg", "img", "figure", "small", "p"):
            return True
        return not self.tokens(el).isdisjoint(_TITLE_NOISE_TOKENS)

    def _clean_title(self, text: str) -> str:
        if _TITLE_TAIL_GATE is None or _TITLE_TAIL_GATE.may_match(text):
            text = vocab.RELATED_TITLE_TAIL_RE.sub("", text)
        return text.strip(" |·•-–—»›")

    # ------------------------------------------------------------------ output

    def _add(
        self, url: str, title: str, kind: RelatedKind, label: str | None, sponsored: bool
    ) -> None:
        if sponsored and not self.options.include_sponsored:
            return
        known = self.links.get(url)
        if known is not None:
            if not known.title and title and known.kind is kind:
                self.links[url] = RelatedLink(
                    url=url, title=title, kind=kind, label=known.label, sponsored=known.sponsored
                )
            return
        self.links[url] = RelatedLink(
            url=url, title=title, kind=kind, label=label, sponsored=sponsored
        )


#: Descendants of a teaser link whose text is not part of the title: kickers, time stamps,
#: comment/view counts, sponsor branding, excerpts, screen-reader and label spans.
_TITLE_NOISE_TOKENS: frozenset[str] = frozenset(
    {
        "kicker",
        "eyebrow",
        "category",
        "cat",
        "section",
        "time",
        "date",
        "timestamp",
        "ago",
        "meta",
        "byline",
        "author",
        "comments",
        "comment",
        "count",
        "views",
        "branding",
        "brand",
        "sponsor",
        "sponsored",
        "excerpt",
        "summary",
        "description",
        "dek",
        "standfirst",
        "label",
        "navlabel",
        "postnavlabel",
        "srtext",
        "screenreadertext",
        "sronly",
        "visuallyhidden",
        "icon",
        "duration",
        "tag",
        "badge",
        "flag",
        "info",
        "details",
        "source",
    }
)
