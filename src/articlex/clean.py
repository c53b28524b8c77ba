"""Prune the page tree for the body: drop subtrees that never hold article text.

:func:`pruned` prunes ``Page.tree``'s ``<body>`` in place for a ``with`` block (every change
logged) and restores it when the block ends, also on error: afterwards ``Page.tree``
serializes exactly as before. ``extract()`` locates and reads the body inside that block,
with no copy of the tree. :func:`clean` returns a deep copy of the pruned ``<body>`` instead,
for a caller that keeps it (the same tree; only what is kept is copied). While the tree is
pruned it is incomplete, so a :class:`~articlex.page.Page` must not be read by another
thread during ``extract()``. The vocabulary lives in :mod:`articlex.vocab`.

Two kinds of removal:

* **certain** — tags that never hold article text (:data:`vocab.DROP_TAGS`), site chrome
  landmarks (:data:`vocab.CHROME_TAGS`, chrome ARIA roles) and hidden elements (``hidden``,
  ``aria-hidden="true"``, ``display:none``, ``visibility:hidden``: a reader never sees them,
  however much text they hold — the page behind an open dialog, a template, a honeypot);
* **by name** — the ``drop`` elements given by the caller (related-story blocks) and blocks
  whose class/id tokens name boilerplate (:data:`vocab.BOILERPLATE_TOKENS`) or whose class
  hides them (:data:`vocab.HIDDEN_CLASSES`: a script may show them). Class names are
  a hint, not proof: page wrappers are often named after the layout around the story
  (``has-sidebar``, ``Page-ad-margins``), so a named block that holds most of the paragraph
  text left after the certain removals is kept (the *wrapper guard*). A name that says what
  a block holds rather than where it sits (:data:`vocab.NEVER_WRAPPER_TOKENS`: comments,
  other stories, a photo gallery) is never a wrapper's: such a block goes whatever its size.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import lxml.etree
from lxml.etree import _Element as Element

from . import vocab
from .options import ExtractOptions
from .page import Page
from .text import text_of

__all__ = ["clean", "clear_name_kinds", "names_content", "pruned"]

_TOKEN_SPLIT_RE = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


#: A block named as boilerplate is kept when it holds at least this share of the page's
#: paragraph text (it is then a wrapper of the story, not a widget beside it).
_WRAPPER_SHARE = 0.5
#: …and at least this many characters of paragraph text.
_WRAPPER_MIN_CHARS = 400


@functools.lru_cache(maxsize=8192)
def names_content(cls: str, ident: str) -> bool:
    """Whether a class and an id (``""`` when absent) hold a token of
    :data:`vocab.CONTENT_TOKENS` (cached: class names repeat a lot)."""
    return not _name_tokens(cls, ident).isdisjoint(_CONTENT)


def clean(page: Page, options: ExtractOptions, *, drop: Iterable[Element] = ()) -> Element:
    """Return a pruned deep copy of ``page.tree``'s ``<body>`` (of the whole tree when it has
    none; the ``<head>`` never holds article text), see the module docstring: a copy of what
    :func:`pruned` gives, for a caller that keeps it after ``page.tree`` is whole again.

    Tail text of every removed element is kept (it belongs to the parent), and every ``<br>``
    gets a newline at the start of its tail (so that whole-element text keeps the break).

    Only what is kept is copied: the removals are made in ``page.tree`` itself, logged, and
    undone once the copy is made (also on error), so ``page.tree`` is as it was when this
    returns; no other thread may read ``page.tree`` meanwhile. The copy is the same as one
    that copies the whole ``<body>`` and prunes the copy: :data:`vocab.DROP_TAGS` elements go
    as ``lxml.etree.strip_elements`` takes them (:func:`_strip`), chrome
    (:data:`vocab.CHROME_TAGS`, never judged) as :func:`_remove` takes it from such a
    stripped copy (:func:`_detach`), then the judged removals (:func:`_remove`).
    """
    with pruned(page, options, drop=drop) as source:
        return copy.deepcopy(source)  # keeps the page parser's C class lookup


@contextmanager
def pruned(
    page: Page, options: ExtractOptions, *, drop: Iterable[Element] = ()
) -> Iterator[Element]:
    """``page.tree``'s ``<body>`` (the whole tree when it has none) pruned in place for the
    ``with`` block: the tree :func:`clean` returns a copy of, without the copy (what
    ``extract()`` reads with it is read inside the block). Every change is undone when the
    block ends, also on error: ``page.tree`` then serializes exactly as before. Meanwhile the
    ``<body>`` is taken out of ``<html>``, so that like the copy's root it has no parent, no
    siblings and no ``<head>`` around it; no other thread may read ``page.tree``, and nothing
    in the block may read ``page.tree`` itself (nor :meth:`Page.elements`, which would keep
    a listing of the pruned tree): only the element given.
    """
    undo: list[_Undo] = []
    try:
        yield _prune(page, drop, undo)
    finally:
        _restore(undo)


def _prune(page: Page, drop: Iterable[Element], undo: list[_Undo]) -> Element:
    """Prune ``page.tree`` (see :func:`pruned`), logging every change in ``undo``; returns
    the pruned ``<body>`` (or the root), out of the tree."""
    source = page.tree.find("body")
    if source is None:
        source = page.tree
    chrome, stripped = _outer_removals(source)
    # The one thing the judging walk reads around an element, a section's opening heading,
    # is taken as it was before the chrome goes (``openers``).
    openers = _openers_before(chrome)
    for el in chrome:
        _detach(el, undo)
    _strip(stripped, undo)
    named = [el for el in drop if _inside(source, el)]
    related = set(named)
    doomed: list[Element] = []
    within: dict[Element, Element] = {}
    _judge(source, doomed, named, openers, within)
    # Certain removals first: the wrapper guard weighs a named block against the text a
    # reader can see, not against hidden copies or chrome.
    for el in doomed:
        _remove(el, undo)
    if named:
        for el in _wrapper_guard(source, named, within, related):
            _remove(el, undo)
    # A line break separates words: keep it in the text, so that "FL<br>June" reads as two
    # words wherever the text of an element is taken whole.
    for br in source.iter("br"):
        undo.append(("tail", br, br.tail))
        br.tail = "\n" + br.tail if br.tail else "\n"
    parent = source.getparent()
    if parent is not None:  # its tail goes with it, and comes back with it
        undo.append(("child", parent, (parent.index(source), source)))
        parent.remove(source)
    return source


def _inside(top: Element, el: Element) -> bool:
    """``el`` is a descendant of ``top`` (not ``top`` itself, nor ``<html>`` or ``<body>``)."""
    if el.tag in ("html", "body"):
        return False
    node = el.getparent()
    while node is not None:
        if node is top:
            return True
        node = node.getparent()
    return False


def _strip(outer: list[Element], undo: list[_Undo]) -> None:
    """Take the outermost :data:`vocab.DROP_TAGS` elements ``outer`` (in document order) out
    of the tree as ``lxml.etree.strip_elements(top, *vocab.DROP_TAGS, with_tail=False)`` does
    (the tail of each stays where it was: on its previous sibling, or in its parent's text,
    even when it is only whitespace), logging each change in ``undo``."""
    for el in outer:
        _remove(el, undo, blank_tail=True)


#: The tags whose elements go whole, unjudged.
_CHROME_OR_DROP = vocab.CHROME_TAGS | vocab.DROP_TAGS


def _outer_removals(source: Element) -> tuple[list[Element], list[Element]]:
    """The chrome elements and the :data:`vocab.DROP_TAGS` elements under ``source`` (not
    itself), each in document order, leaving out those inside another of either kind (they
    go with it). One walk for both kinds; each found element's ancestors are read in Python
    (a tag-filtered ``iterancestors`` sets up its tag matcher anew on every call)."""
    chrome: list[Element] = []
    stripped: list[Element] = []
    for el in source.iter(*_CHROME_OR_DROP):
        if el is source:
            continue
        node = el.getparent()
        while node is not None and node is not source:
            if node.tag in _CHROME_OR_DROP:
                break
            node = node.getparent()
        else:
            if node is source:
                (chrome if el.tag in vocab.CHROME_TAGS else stripped).append(el)
    return chrome, stripped


#: One change :func:`_strip`, :func:`_detach` or :func:`_remove` made to ``page.tree``, to
#: undo: ``("tail", el, old)``, ``("text", el, old)`` or ``("child", parent, (index, el))``.
_Undo = tuple[str, Element, Any]


def _detach(el: Element, undo: list[_Undo]) -> None:
    """Take ``el`` out of the tree as :func:`_remove` takes it out of a copy whose
    :data:`vocab.DROP_TAGS` elements are stripped, logging each change in ``undo``.

    In such a copy ``el``'s tail runs on through the tails of the stripped elements that
    follow it. When that text is only whitespace it goes with ``el`` (so the tails of those
    elements are emptied too); otherwise all of it stays in place (``el``'s own tail is moved
    onto its previous sibling or its parent's text, where a reader meets it at the same
    point).
    """
    following: list[Element] = []
    run = el.tail or ""
    nxt = el.getnext()
    while nxt is not None and nxt.tag in vocab.DROP_TAGS:
        following.append(nxt)
        run += nxt.tail or ""
        nxt = nxt.getnext()
    keep = bool(run.strip())
    if not keep:
        for sibling in following:
            if sibling.tail is not None:
                undo.append(("tail", sibling, sibling.tail))
                sibling.tail = None
    _remove(el, undo, blank_tail=keep)


def _restore(undo: list[_Undo]) -> None:
    """Undo the changes logged in ``undo`` (by :func:`_strip`, :func:`_detach` and
    :func:`_remove`), last first, and empty it: the tree is then as it was before them."""
    for kind, el, value in reversed(undo):
        if kind == "child":
            index, child = value
            el.insert(index, child)
        elif kind == "tail":
            el.tail = value
        else:
            el.text = value
    undo.clear()


#: Attributes that are rare and need the full :func:`_verdict`; elements holding none of them
#: are judged by their class and id alone.
_RARE_HINTS = frozenset({"role", "hidden", "aria-hidden", "style"})


#: The attribute names of an element with a class and nothing else (``el.keys()``).
_CLASS_ONLY = ["class"]


#: For an element whose opening child the chrome removal took away or changed: the text that
#: child had when it was a heading, else ``None``.
_Openers = dict[Element, str | None]


def _openers_before(chrome: list[Element]) -> _Openers:
    """What :func:`_is_heading_anchor` would have read before ``chrome`` is removed (with
    the :data:`vocab.DROP_TAGS` elements already gone), for the elements whose opening child
    that removal changes (the rest read the tree as it is)."""
    openers: _Openers = {}
    for el in chrome:
        parent = el.getparent()
        if parent is not None and _opens(el):
            openers[parent] = None  # it opened with chrome, not with a heading
        for heading in el.iterancestors(*_HEADING_TAGS):
            holder = heading.getparent()
            if holder is not None and _opens(heading):
                openers[holder] = _kept_text(heading)
    return openers


def _opens(el: Element) -> bool:
    """``el`` is its parent's first child once the :data:`vocab.DROP_TAGS` elements are gone."""
    return all(s.tag in vocab.DROP_TAGS for s in el.itersiblings(preceding=True))


def _kept_text(el: Element) -> str:
    """The text of ``el`` once the :data:`vocab.DROP_TAGS` elements under it are gone."""
    if next(el.iter(*vocab.DROP_TAGS), None) is None:
        return text_of(el)
    bare = copy.deepcopy(el)
    lxml.etree.strip_elements(bare, *vocab.DROP_TAGS, with_tail=False)
    return text_of(bare)


def _judge(
    start: Element,
    certain: list[Element],
    named: list[Element],
    openers: _Openers,
    within: dict[Element, Element] | None = None,
) -> None:
    """Append every element under ``start`` (not itself) that :func:`_verdict` removes
    whatever its size (``_CERTAIN``, ``_UNGUARDED``) to ``certain`` and every one it leaves to
    the wrapper guard (``_NAMED``) to ``named``, in document order; in ``within`` (when
    given), each such named element inside another one is mapped to the innermost of them.

    The elements inside one that goes whatever its size are not judged (they go with it: none
    is in either list). One walk in Python: cheaper than selecting the elements with hints
    by XPath (libxml2 tests each attribute of every element slowly). Most elements carry none
    of the rare attributes and are judged by their class and id alone (:func:`_name_verdict`).
    """
    elements = start.iter(lxml.etree.Element)
    next(elements)  # ``start`` itself is never removed
    # While ``skipping``, the walk is inside a removed element: it resumes at ``resume``, the
    # first element after that one's subtree (``None``: there is none).
    skipping = False
    resume: Element | None = None
    # The named elements the walk is inside, innermost last, with the element each ends
    # before; ``close`` is the innermost one's (``_UNSEEN`` when there is none).
    opened: list[tuple[Element, Element | None]] = []
    close: Any = _UNSEEN
    for el in elements:
        if skipping:
            if el is not resume:
                continue
            skipping = False
        if el is close:
            while opened and opened[-1][1] is el:
                opened.pop()
            close = opened[-1][1] if opened else _UNSEEN
        keys = el.keys()
        if not keys:
            continue
        # a third of the elements carry a class alone: no rare-attribute test for them
        if keys == _CLASS_ONLY or _RARE_HINTS.isdisjoint(keys):
            if "id" in keys:
                cls = el.get(b"class")
                ident = el.get(b"id")
                kind = _name_kind(cls or "", ident or "")
            elif "class" in keys:
                cls = el.get(b"class")
                ident = None
                kind = _KIND_BY_CLASS.get(cls, _UNSEEN)
                if kind is _UNSEEN:
                    kind = _class_kind(cls or "")  # (a str: "class" is among the keys)
            else:
                continue
            if kind is None:
                continue  # most elements: what their names say is to keep them
            verdict = _name_verdict(el, cls, ident, openers, kind)
        else:
            verdict = _verdict(el, openers)
        if verdict is _NAMED:
            named.append(el)
            if within is not None:
                if opened:
                    within[el] = opened[-1][0]
                close = _after(el, start)
                opened.append((el, close))
        elif verdict is not None:
            certain.append(el)
            resume = _after(el, start)
            skipping = True


def _after(el: Element, top: Element) -> Element | None:
    """The first element after ``el``'s subtree in document order, inside ``top`` (``None``
    when ``el``'s subtree runs to the end of ``top``'s)."""
    node = el
    while node is not top:
        nxt = node.getnext()
        while nxt is not None:
            if isinstance(nxt.tag, str):
                return nxt
            nxt = nxt.getnext()
        parent = node.getparent()
        if parent is None:
            return None
        node = parent
    return None


def _wrapper_guard(
    start: Element,
    named: list[Element],
    within: dict[Element, Element] | None = None,
    related: set[Element] | frozenset[Element] = frozenset(),
) -> list[Element]:
    """The ``named`` elements that are not the story's wrapper, to remove.

    The caller's related blocks (``related``, also in ``named``) are held to the guard too (a
    block that holds most of the page's text is the story's wrapper, whatever its heading
    says). A block named by its class/id that holds an embedded post
    (:func:`_holds_embedded_post`) is kept whatever its size: a tweet quoted in the story,
    in a wrapper named "social-media-embed" as share bars are named; so is a block named only
    by a hiding class that holds :data:`_WRAPPER_MIN_CHARS` of paragraphs (:func:`_hidden_only`).
    Text is measured before any of them is removed; each paragraph's text is measured once,
    and only when needed: a block holding less paragraph text than :data:`_WRAPPER_MIN_CHARS`
    (most) goes whatever the page's total, which is then not summed. A block inside a removed
    one holds no more text than it, so it goes too, with it: a named element that ``within``
    maps to one removed earlier in ``named`` is neither measured nor listed.
    """
    sizes: dict[Element, int] = {}

    def size(p: Element) -> int:
        known = sizes.get(p)
        if known is None:
            known = sizes[p] = len(text_of(p))
        return known

    # Paragraphs are the measure once they hold _WRAPPER_MIN_CHARS (the first few do).
    chars = 0
    for p in start.iter("p"):
        chars += size(p)
        if chars >= _WRAPPER_MIN_CHARS:
            break
    by_paragraphs = chars >= _WRAPPER_MIN_CHARS
    floor: float | None = None  # max(_WRAPPER_MIN_CHARS, _WRAPPER_SHARE * total), when needed
    if not by_paragraphs:
        floor = max(_WRAPPER_MIN_CHARS, _WRAPPER_SHARE * len(text_of(start)))
    doomed: list[Element] = []
    gone: set[Element] = set()
    for el in named:
        if within is not None:
            outer = within.get(el)
            if outer is not None and outer in gone:
                gone.add(el)
                continue
        if by_paragraphs:
            chars = 0
            for p in el.iter("p"):
                chars += size(p)
            if chars >= _WRAPPER_MIN_CHARS and floor is None:
                total = sum(size(p) for p in start.iter("p"))
                floor = max(_WRAPPER_MIN_CHARS, _WRAPPER_SHARE * total)
        else:
            chars = len(text_of(el))
        if (chars < _WRAPPER_MIN_CHARS or (floor is not None and chars < floor)) and not (
            el not in related
            and (
                _holds_embedded_post(el)
                or (chars >= _WRAPPER_MIN_CHARS and _hidden_only(el))
            )
        ):
            doomed.append(el)
            gone.add(el)
    return doomed


def _hidden_only(el: Element) -> bool:
    """Whether ``el`` is named for removal only by a hiding class (:func:`hidden_by_class`),
    not by a boilerplate token: a script may show it, and when it holds paragraphs of prose
    (the rest of an article behind "Read more") the guard keeps it."""
    cls = el.get("class")
    if not cls or not hidden_by_class(cls):
        return False
    return not _named_boilerplate(_name_tokens(cls, el.get("id") or ""))


_CERTAIN = "certain"
_NAMED = "named"
_UNGUARDED = "unguarded"


def _verdict(el: Element, openers: _Openers) -> str | None:
    """``_CERTAIN`` / ``_UNGUARDED`` / ``_NAMED`` removal, or ``None`` to keep (``el`` has
    attributes)."""
    get = el.get
    role = get("role")
    if role and role.lower() in vocab.CHROME_ROLES:
        return _NAMED if el.tag in ("main", "article") else _CERTAIN
    if get("hidden") is not None or get("aria-hidden") == "true":
        return _CERTAIN
    style = get("style")
    if style and _HIDDEN_STYLE_RE.search(style):
        return _CERTAIN
    cls = get("class")
    ident = get("id")
    return _name_verdict(el, cls, ident, openers, _name_kind(cls or "", ident or ""))


def _name_verdict(
    el: Element,
    cls: str | None,
    ident: str | None,
    openers: _Openers,
    kind: str | None,
) -> str | None:
    """What ``el``'s class/id (``cls``, ``ident``, whose :func:`_name_kind` is ``kind``) say:
    ``_UNGUARDED`` / ``_NAMED`` removal, or ``None`` — also for the article body
    (``itemprop=articleBody``) and for a section whose id is its heading's slug."""
    if kind is None or el.get("itemprop") == "articleBody":
        return None
    if (
        ident
        and _is_heading_anchor(el, ident, openers)
        and not (cls and _named_boilerplate(_name_tokens(cls, "")))
    ):
        return None
    if el.tag == "a" and _in_running_text(el) and not (cls and hidden_by_class(cls)):
        return None
    return kind


def _in_running_text(el: Element) -> bool:
    """Whether text runs on both sides of ``el`` ("… the ``<a class="popup">sequel</a>`` of
    …"): a link there is part of a sentence, whatever its name says (a link that opens a popup
    note or a settings dialog); removing it would leave a hole. (Other inline elements named
    like boilerplate in running text, an ad label's span, still go.)"""
    tail = el.tail
    if not tail or tail.isspace():
        return False
    prev = el.getprevious()
    if prev is not None:
        before = prev.tail
    else:
        parent = el.getparent()
        before = parent.text if parent is not None else None
    return bool(before and not before.isspace())


def _holds_embedded_post(el: Element) -> bool:
    """Whether a ``blockquote`` under ``el`` is a social network's embedded post
    (:data:`vocab.EMBEDDED_POST_CLASSES`): a tweet quoted in the story, not a share bar."""
    for quote in el.iter("blockquote"):
        cls = quote.get("class")
        if cls and not vocab.EMBEDDED_POST_CLASSES.isdisjoint(cls.lower().split()):
            return True
    return False


#: :func:`_name_kind` of the class strings of elements without an id seen lately (a page
#: repeats its class strings many times; ids are mostly unique, not worth remembering).
_KIND_BY_CLASS: dict[str | None, str | None] = {}
_UNSEEN: Any = object()  # a marker: no kind, compared by identity


def _class_kind(cls: str) -> str | None:
    """:func:`_name_kind` of a class without an id, remembered in ``_KIND_BY_CLASS`` (emptied
    when it grows large)."""
    if len(_KIND_BY_CLASS) >= 8192:
        clear_name_kinds()
    kind = _KIND_BY_CLASS[cls] = _name_kind(cls, "")
    return kind


def clear_name_kinds() -> None:
    """Forget the class strings :func:`_class_kind` remembers (``benchmarks/cache_warmth.py``
    empties the table to time pages the way a crawl of new sites meets them)."""
    _KIND_BY_CLASS.clear()


def _name_kind(cls: str, ident: str) -> str | None:
    """``_UNGUARDED`` when the names say what a block holds, ``_NAMED`` when they name
    boilerplate or the class hides the block (:func:`hidden_by_class`: the wrapper guard
    still keeps a hidden block that holds most of the page's text, an article a script
    shows), else ``None``. Most names hold no token of these vocabularies: one set test
    tells them."""
    words = _name_words(cls, ident)
    if _REMOVING.isdisjoint(words):
        return None  # (a set test reads the list as it is: no set is built for most names)
    tokens = set(words)
    if _never_wrapper(tokens):
        return _UNGUARDED
    if _named_boilerplate(tokens) or (not _HIDING.isdisjoint(tokens) and hidden_by_class(cls)):
        return _NAMED
    return None


def _name_tokens(cls: str, ident: str) -> set[bytes]:
    """The lowercased alphanumeric runs of a class and an id, as UTF-8 bytes (every vocabulary
    token is one such run: a token matches a name when the name holds it between
    non-alphanumerics). Splitting the bytes by a translation table is ~2x cheaper than by a
    regex; characters outside ASCII encode to bytes >= 0x80, separators like the rest."""
    return set(_name_words(cls, ident))


def _name_words(cls: str, ident: str) -> list[bytes]:
    """:func:`_name_tokens` as a list (repeats kept)."""
    name = f"{cls} {ident}"
    # An ASCII name is lowered by the table; str.lower() can make ASCII letters of others
    # ("\u212a", the Kelvin sign, lowers to "k"), so they are lowered first.
    raw = name.encode() if name.isascii() else name.lower().encode("utf-8", "surrogatepass")
    return raw.translate(_LOWER_ALNUM).split()


#: a-z and 0-9 as themselves, A-Z as a-z, every other byte as a space.
_LOWER_ALNUM = bytes(
    b if 0x61 <= b <= 0x7A or 0x30 <= b <= 0x39 else b + 0x20 if 0x41 <= b <= 0x5A else 0x20
    for b in range(256)
)
#: The vocabulary's class/id tokens as bytes, to compare with :func:`_name_tokens`.
_BOILERPLATE = frozenset(t.encode() for t in vocab.BOILERPLATE_TOKENS)
_CONTENT = frozenset(t.encode() for t in vocab.CONTENT_TOKENS)
_NEVER_WRAPPER = frozenset(t.encode() for t in vocab.NEVER_WRAPPER_TOKENS)
_STORY_CONTAINER = frozenset(t.encode() for t in vocab.STORY_CONTAINER_TOKENS)
#: The longest token of each hidden class name (:data:`vocab.HIDDEN_CLASSES`): "none" of
#: "d-none" (not "d", which many names hold).
_HIDING = frozenset(max(_name_words(name, ""), key=len) for name in vocab.HIDDEN_CLASSES)
#: The tokens without one of which a name never says to remove (see :func:`_name_kind`).
_REMOVING = _NEVER_WRAPPER | _BOILERPLATE | _HIDING


def hidden_by_class(cls: str) -> bool:
    """Whether the class attribute ``cls`` hides its element on screen: it holds a name of
    :data:`vocab.HIDDEN_CLASSES` and none that shows the element again at some screen size
    (:data:`vocab.HIDDEN_OVERRIDE_CLASS_RE`)."""
    names = cls.lower().split()
    if vocab.HIDDEN_CLASSES.isdisjoint(names):
        return False
    return not any(vocab.HIDDEN_OVERRIDE_CLASS_RE.fullmatch(name) for name in names)


_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _is_heading_anchor(el: Element, ident: str, openers: _Openers) -> bool:
    """``ident`` is the slug of the heading that opens ``el`` (a document section).

    Documentation generators and many CMSs give every section the id of its heading's words
    (``<div id="sharing-with-a-single-developer"><h2>Sharing with a single developer``): such an
    id names the section's subject, not a widget, whatever words it happens to hold.
    ``openers`` overrides what opens ``el`` (see :func:`_openers_before`).
    """
    if el in openers:
        text = openers[el]
        if text is None:
            return False
    else:
        first = next(el.iterchildren(), None)
        if first is None or first.tag not in _HEADING_TAGS:
            return False
        text = text_of(first)
    words = [t for t in _TOKEN_SPLIT_RE.split(text.lower()) if t]
    slug = [t for t in _TOKEN_SPLIT_RE.split(ident.lower()) if t]
    return len(slug) >= 2 and words == slug


def _named_boilerplate(tokens: set[bytes]) -> bool:
    """Class/id tokens name boilerplate (:data:`vocab.BOILERPLATE_TOKENS`) and no content."""
    return not tokens.isdisjoint(_BOILERPLATE) and tokens.isdisjoint(_CONTENT)


def _never_wrapper(tokens: set[bytes]) -> bool:
    """Class/id tokens name what a block holds (comments, other stories, a gallery) and none
    of the words that name the story's own container.

    Only :data:`vocab.STORY_CONTAINER_TOKENS` overrule such a name: "comment-text" and
    "user-post" are the text and the post of a reader's comment, not the story."""
    return not tokens.isdisjoint(_NEVER_WRAPPER) and tokens.isdisjoint(_STORY_CONTAINER)


def _remove(el: Element, undo: list[_Undo] | None = None, *, blank_tail: bool = False) -> None:
    """Remove ``el`` but keep its tail text (the text after it belongs to the parent): the
    tail is appended to the previous sibling's tail, or to the parent's text when ``el`` is
    the first child. A tail of only whitespace goes with ``el`` unless ``blank_tail``.
    Each change is logged in ``undo`` when given (see :func:`_restore`); ``el`` leaves with
    its own tail still on it, and gets it back when put back. Nothing happens when ``el``
    has no parent (it is already out of the tree)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and (blank_tail or tail.strip()):
        prev = el.getprevious()
        if prev is not None:
            if undo is not None:
                undo.append(("tail", prev, prev.tail))
            prev.tail = (prev.tail or "") + tail
        else:
            if undo is not None:
                undo.append(("text", parent, parent.text))
            parent.text = (parent.text or "") + tail
    if undo is not None:
        undo.append(("child", parent, (parent.index(el), el)))
    parent.remove(el)
