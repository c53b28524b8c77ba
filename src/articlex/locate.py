"""Find the main content node of a pruned tree.

Scores are kept in dicts (never written into the DOM). The algorithm:

1. **Text blocks.** Every ``p``, ``pre``, ``blockquote``, ``li``, ``td``, ``h2``–``h4`` and
   every container's own loose text (``div``/``section``/… text and tails between ``<br>``\\ s)
   of at least :data:`_MIN_BLOCK_CHARS` characters is a text block. Its *value* grows with its
   length and falls with its link density (teasers are mostly links).
2. **Credit.** A block credits its parent fully and its grandparent by half; its good
   characters (length × (1 − link density)) are added to every ancestor.
3. **Candidates.** A container's score is its credit, weighted by its own link density and by
   what its name says (``article``/``content`` tokens, ``itemprop=articleBody``).
4. **Widen.** The best candidate is widened to its parent while the parent holds substantially
   more good text than it (an article split over sibling containers, or a lead paragraph
   outside the body wrapper) that is not mostly links (a rail of teasers beside the story),
   as long as the parent is not the whole page.
5. **Tiny pages.** When no block is long enough to count, the whole ``<body>`` is the content
   (when it holds any text).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.etree import _Element as Element

from . import vocab
from .clean import names_content
from .options import ExtractOptions
from .page import Page
from .text import text_of

__all__ = ["MainContent", "locate"]

_TEXT_BLOCK_TAGS = frozenset({"p", "pre", "blockquote", "h2", "h3", "h4", "li", "td", "dd"})
_LOOSE_TEXT_TAGS = frozenset({"div", "section", "article", "main", "td", "span", "font", "center"})
_MIN_BLOCK_CHARS = 25
#: A teaser card inside one link holds at most this many text blocks (headline, excerpt, a
#: stamp; the benchmark pages' cards hold 1-4)…
_MAX_CARD_BLOCKS = 5
#: …and at most this many characters (their longest holds 653).
_MAX_CARD_CHARS = 1000
#: Widen to the parent when it holds this much more good text than the candidate…
_WIDEN_GAIN = 0.25
#: …and at least this many characters (a byline or a stamp is not more story)…
_WIDEN_MIN_CHARS = 200
#: …of which links are at most this share (more is a rail of teasers beside the story).
_WIDEN_MAX_LINKS = 0.3
#: …or, whatever the candidate's size, when the parent adds this much text that is nearly
#: free of links (prose: a lead before the body wrapper, a "read more" part after it).
_WIDEN_PROSE_CHARS = 500
_WIDEN_PROSE_LINKS = 0.1
#: …unless the parent holds nearly all good text of the page (then it is the page wrapper).
_PAGE_SHARE = 1.01
#: How many ancestors that add some text (too little) the widening looks past.
_WIDEN_LEVELS = 3


@dataclass(frozen=True, slots=True, eq=False)
class MainContent:
    """The node holding the article text, with its score and why it won.

    ``texts``: the whole text and the link text length of the text blocks locating read
    (``p``, headings, quotes, …), for the body to reuse (the tree is not changed after)."""

    node: Element
    score: float
    reasons: tuple[str, ...] = ()
    texts: dict[Element, tuple[str, int]] = field(default_factory=dict)


def locate(pruned: Element, page: Page, options: ExtractOptions) -> MainContent | None:
    """The best content container in ``pruned`` (the ``<body>``, or a whole tree that has
    none, as :func:`articlex.clean.pruned` gives it or :func:`articlex.clean.clean` copies it).

    Returns ``None`` when nothing on the page looks like running text.
    """
    body = pruned if pruned.tag == "body" else pruned.find("body")
    if body is None:
        return None
    scores: dict[Element, float] = {}
    #: Per block, in document order: its holder and its good characters.
    blocks: list[tuple[Element, float]] = []
    #: Text and link characters of the blocks each holder holds.
    held: dict[Element, list[int]] = {}
    total_good = 0.0
    texts: dict[Element, tuple[str, int]] = {}
    linked = _inside_links(body)
    for el in body.iter(*_TEXT_BLOCK_TAGS, *_LOOSE_TEXT_TAGS):
        tag = el.tag
        if tag in _TEXT_BLOCK_TAGS:
            length, links = _block_chars(el, texts, el in linked)
            holder = el.getparent()
        else:
            # A container's own loose text: its text and its children's tails (most have
            # none, and the inline children are then not read: see _loose_chars).
            text = el.text
            length = len(text.strip()) if text else 0
            for child in el:
                tail = child.tail
                if tail:
                    length += len(tail.strip())
            if not length:
                continue
            length, links = _loose_chars(el, length)
            if el in linked:
                links = length
            holder = el
        if length < _MIN_BLOCK_CHARS or holder is None:
            continue
        density = min(1.0, links / length)
        value = (1.0 + min(length, 1000) / 100.0) * (1.0 - density)
        kept = length * (1.0 - density)
        total_good += kept
        scores[holder] = scores.get(holder, 0.0) + value
        grand = holder.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + value / 2
        blocks.append((holder, kept))
        sums = held.get(holder)
        if sums is None:
            held[holder] = [length, links]
        else:
            sums[0] += length
            sums[1] += links
    # Every ancestor of a holder holds its blocks too (summed once per holder, not per block).
    text_chars: dict[Element, int] = {}
    link_chars: dict[Element, int] = {}
    lines: dict[Element, set[Element]] = {}
    for holder, (length, links) in held.items():
        line: set[Element] = set()
        node: Element | None = holder
        while node is not None:
            line.add(node)
            text_chars[node] = text_chars.get(node, 0) + length
            link_chars[node] = link_chars.get(node, 0) + links
            node = node.getparent()
        lines[holder] = line
    good = _GoodChars(blocks, lines)
    if not scores:
        return _tiny_page(body)
    best: Element | None = None
    best_score = 0.0
    for cand, raw in scores.items():
        if cand.tag == "html":
            continue
        density = link_chars[cand] / max(1.0, text_chars[cand])
        score = raw * (1.0 - density) * _name_weight(cand)
        if score > best_score:
            best, best_score = cand, score
    if best is None:
        return None
    reasons = [f"text-density score {best_score:.1f}"]
    node = best
    widened = True
    while widened:
        widened = False
        ancestor = node.getparent()
        levels = 0
        while levels < _WIDEN_LEVELS:
            if ancestor is None or ancestor.tag in ("html", "body"):
                break
            gain = good[ancestor] - good[node]
            if good[ancestor] >= _PAGE_SHARE * total_good:
                break
            extra_text = text_chars[ancestor] - text_chars[node]
            extra_links = link_chars[ancestor] - link_chars[node]
            prose = gain >= _WIDEN_PROSE_CHARS and extra_links <= _WIDEN_PROSE_LINKS * extra_text
            more = gain >= max(_WIDEN_GAIN * good[node], _WIDEN_MIN_CHARS)
            if prose or (more and extra_links <= _WIDEN_MAX_LINKS * extra_text):
                reasons.append(f"widened to <{ancestor.tag}> (+{gain:.0f} chars of text)")
                node = ancestor
                widened = True
                break
            if gain > 0:
                levels += 1  # wrappers that add no text at all do not count as a level
            ancestor = ancestor.getparent()
    return MainContent(node=node, score=best_score, reasons=tuple(reasons), texts=texts)


class _GoodChars:
    """Good characters (length × (1 − link density)) of the blocks under a node, summed
    when first asked for, block by block in document order (the same float sum as adding
    each block to every ancestor as it is read, for the few nodes widening looks at)."""

    def __init__(
        self, blocks: list[tuple[Element, float]], lines: dict[Element, set[Element]]
    ) -> None:
        self.blocks = blocks
        self.lines = lines
        self.known: dict[Element, float] = {}

    def __getitem__(self, node: Element) -> float:
        total = self.known.get(node)
        if total is None:
            total = 0.0
            lines = self.lines
            for holder, kept in self.blocks:
                if node in lines[holder]:
                    total += kept
            self.known[node] = total
        return total


def _tiny_page(body: Element) -> MainContent | None:
    """A page whose every text block is shorter than a paragraph: its whole body is the
    content (a note, a test page, a few headings), unless it has no text at all."""
    if not text_of(body).strip():
        return None
    return MainContent(node=body, score=0.0, reasons=("tiny page: the whole body",))


def _inside_links(body: Element) -> set[Element]:
    """The text blocks and loose-text containers inside a link the size of a teaser card: a
    card's ``<a><h3>Title</h3><p>Excerpt</p></a>`` is link text however it is laid out. A
    link holding more (:data:`_MAX_CARD_BLOCKS`, :data:`_MAX_CARD_CHARS`) is no card but
    broken markup: an ``<a>`` left open, which the parser lets swallow the paragraphs after
    it, whose text is the story's."""
    found: set[Element] = set()
    for a in body.iter("a"):
        if len(a):
            inside = list(a.iter(*_TEXT_BLOCK_TAGS, *_LOOSE_TEXT_TAGS))
            if (
                inside
                and sum(1 for el in inside if el.tag in _TEXT_BLOCK_TAGS) <= _MAX_CARD_BLOCKS
                and len(text_of(a)) <= _MAX_CARD_CHARS
            ):
                found.update(inside)
    return found


def _block_chars(
    el: Element, texts: dict[Element, tuple[str, int]], linked: bool = False
) -> tuple[int, int]:
    """(text length, link text length) of a text block element (all of it when the block is
    ``linked``: inside a link); its whole text and link text length go in ``texts`` (see
    :class:`MainContent`)."""
    text = text_of(el)
    length = len(text.strip())
    links = 0
    if linked:
        links = len(text)
    elif length:
        for a in el.iter("a"):
            links += len(text_of(a))
    texts[el] = (text, links)
    return length, links


def _loose_chars(el: Element, length: int) -> tuple[int, int]:
    """(length, link length) of a container's own loose text: its text and its children's tails
    (``length``, measured by the caller, not 0), plus inline children (links, emphasis)
    between them."""
    links = 0
    for child in el:
        tag = child.tag
        if tag in vocab.INLINE_TAGS:
            n = len(text_of(child))
            length += n
            if tag == "a":
                links += n
    return length, links


def _name_weight(el: Element) -> float:
    """What an element's name says about it: >1 for article containers."""
    weight = 1.0
    if el.get("itemprop") == "articleBody":
        weight *= 1.5
    if names_content(el.get("class") or "", el.get("id") or ""):
        weight *= 1.25
    if el.tag == "article":
        weight *= 1.1
    return weight
