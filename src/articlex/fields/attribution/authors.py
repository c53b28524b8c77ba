"""Authors: the people credited in the byline, with their author-page URLs.

Fallback order: JSON-LD ``author`` of the article (Persons, arrays, ``@id`` references into
``@graph``), the visible byline element (the first byline-like element outside teaser,
follow, comment and sidebar widgets), the author meta tags. A visible byline that lists more
names than JSON-LD and includes all of them wins (structured data often keeps only the first
author); so does a visible byline that the meta tags confirm when JSON-LD names someone else;
meta tags win over a visible byline that names nobody they name. Organizations in the author
slot are not people; agencies among them are returned as credits.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from lxml.etree import _Element as Element

from ... import vocab
from ...model import Author
from ...page import Page
from ...text import text_of
from .bylines import Byline, parse_byline

__all__ = ["find_authors"]

# Elements whose class/id says byline/author/writer (substrings of the value), rel=author
# links, itemprop=author: the byline candidates (see _byline_candidates).
_CLASS_HINTS = ("yline", "uthor", "riter")
_ID_HINTS = ("yline", "uthor")
_EXACT_HINTS = {"rel": "author", "itemprop": "author"}
_C1, _C2, _C3 = _CLASS_HINTS
_I1, _I2 = _ID_HINTS
# (_hinted's gate reads every hint as holding one of _CLASS_HINTS; a test keeps them in step.)
_NOT_TEXT_TAGS = frozenset({"meta", "link", "script", "style", "noscript"})
# Byline candidates read per page, and the longest byline text considered.
_MAX_CANDIDATES = 40
_MAX_BYLINE_CHARS = 300
_SKIP_TAGS = frozenset({"aside", "nav", "footer"})
_SEGMENT_RE = re.compile(r"[\s_-]+")
# Links in a byline that lead to a social profile or a mail form, not the author page.
_SOCIAL_RE = re.compile(r"twitter\.com|x\.com/|facebook\.com|instagram\.com|linkedin\.com|mailto:")
# A byline element naming more people than this is a list of writers, not a byline.
_MAX_NAMES = 6


def find_authors(page: Page, outlet: str | None) -> tuple[tuple[Author, ...], list[str], list[str]]:
    """The byline's people (with URLs), the agencies and the newsrooms in the author slot."""
    from_jsonld = _jsonld_byline(page, outlet)
    from_page, urls = _visible_byline(page, outlet)
    from_meta = _meta_byline(page, outlet)
    agencies = from_jsonld.agencies + from_page.agencies + from_meta.agencies
    names = _choose(from_jsonld.names, from_page.names, from_meta.names, _all_meta_names(page))
    jsonld_urls = _jsonld_urls(page)
    authors = tuple(
        Author(name, jsonld_urls.get(name.casefold()) or urls.get(name.casefold()))
        for name in names
    )
    outlets = from_jsonld.outlets + from_page.outlets + from_meta.outlets
    return authors, list(dict.fromkeys(agencies)), list(dict.fromkeys(outlets))


def _choose(
    jsonld: list[str], visible: list[str], meta: list[str], every_meta: set[str]
) -> list[str]:
    """Pick one list of names following the module's fallback order (``every_meta``: the
    folded names of all author meta tags, to confirm a visible byline)."""
    folded = {n.casefold() for n in visible}
    if jsonld:
        if len(visible) > len(jsonld) and all(n.casefold() in folded for n in jsonld):
            return visible
        # Structured data naming someone the page shows nowhere (a producer's account), while
        # the meta tags agree with the visible byline: two sources beat one.
        if folded and not folded & {n.casefold() for n in jsonld} and folded & every_meta:
            return visible
        return jsonld
    if visible and meta and not folded & {n.casefold() for n in meta}:
        return meta
    return visible or meta


def _article_objects(page: Page) -> Iterator[dict[str, Any]]:
    yield from page.jsonld_of_type(*vocab.ARTICLE_TYPES)


def _jsonld_people(page: Page) -> list[dict[str, Any]]:
    """The author entries of the first article object that has any, ``@id``s resolved."""
    by_id = {o["@id"]: o for o in page.jsonld if isinstance(o.get("@id"), str)}
    for obj in _article_objects(page):
        value = obj.get("author") or obj.get("creator")
        items = value if isinstance(value, list) else [value]
        people: list[dict[str, Any]] = []
        for item in items:
            if isinstance(item, str):
                people.append({"name": item})
            elif isinstance(item, dict):
                ref = item.get("@id")
                people.append(by_id.get(ref, item) if isinstance(ref, str) else item)
        if people:
            return people
    return []


def _jsonld_byline(page: Page, outlet: str | None) -> Byline:
    result = Byline()
    for person in _jsonld_people(page):
        name = person.get("name")
        if not isinstance(name, str):
            continue
        kind = person.get("@type")
        kinds = {k.casefold() for k in kind} if isinstance(kind, list) else {str(kind).casefold()}
        parsed = parse_byline(name, outlet=outlet)
        result.agencies += parsed.agencies
        result.outlets += parsed.outlets
        if kinds & {"organization", "newsmediaorganization", "corporation"}:
            continue
        result.names += parsed.names
    return result


def _jsonld_urls(page: Page) -> dict[str, str]:
    """Author-page URLs given in JSON-LD (``url``, else the first ``sameAs``), absolute."""
    urls: dict[str, str] = {}
    for person in _jsonld_people(page):
        name, url = person.get("name"), person.get("url") or person.get("sameAs")
        if isinstance(url, list):
            url = next((u for u in url if isinstance(u, str)), None)
        if isinstance(name, str) and isinstance(url, str):
            tidy = parse_byline(name).names
            absolute = page.absolute(url)
            if tidy and absolute:
                urls[tidy[0].casefold()] = absolute
    return urls


def _meta_byline(page: Page, outlet: str | None) -> Byline:
    result = Byline()
    for key in vocab.META_AUTHOR_KEYS:
        for value in page.meta.get(key, ()):
            if value and not value.lstrip().startswith(("http", "/", "@")):
                parsed = parse_byline(value, outlet=outlet)
                result.names += parsed.names
                result.agencies += parsed.agencies
                result.outlets += parsed.outlets
        if result.names:
            break
    result.names = list(dict.fromkeys(result.names))
    return result


def _all_meta_names(page: Page) -> set[str]:
    """Folded person names of every author meta tag."""
    names: set[str] = set()
    for key in vocab.META_AUTHOR_KEYS:
        for value in page.meta.get(key, ()):
            if value and not value.lstrip().startswith(("http", "/", "@")):
                names.update(n.casefold() for n in parse_byline(value).names)
    return names


def _visible_byline(page: Page, outlet: str | None) -> tuple[Byline, dict[str, str]]:
    """Names from the first byline element that yields any, and author-page links."""
    urls: dict[str, str] = {}
    agencies: list[str] = []
    outlets: list[str] = []
    marks: dict[Element, bool] = {}
    for element in islice(_byline_candidates(page), _MAX_CANDIDATES):
        if element.tag in _NOT_TEXT_TAGS or _in_widget(element, marks):
            continue
        text = "\n".join(t for t in element.itertext() if isinstance(t, str) and t.strip())
        if not text or len(text) > _MAX_BYLINE_CHARS:
            continue
        parsed = parse_byline(text, outlet=outlet)
        agencies += parsed.agencies
        outlets += parsed.outlets
        if parsed.names and len(parsed.names) <= _MAX_NAMES:
            urls.update(_link_urls(page, element))
            return Byline(parsed.names, agencies, outlets), urls
    return Byline([], agencies, outlets), urls


def _byline_candidates(page: Page) -> Iterator[Element]:
    """The elements with a byline hint in their attributes, in document order: a class
    holding one of ``_CLASS_HINTS``, an id holding one of ``_ID_HINTS``, or an attribute of
    ``_EXACT_HINTS`` with exactly its value.

    Read lazily (the caller stops at the first byline, most often halfway down the page) with
    one ``items()`` per element, several times cheaper than four XPath scans of the tree. The
    body's elements are the list the related stage keeps on the page, when there is one
    (their proxies exist already).
    """
    root = page.tree
    yield from _hinted((root,))
    cached = page._cache.get("body_elements")
    for child in root:
        if cached and cached[0] is child:
            yield from _hinted(cached)
        else:
            yield from _hinted(child.iter())


def _hinted(elements: Iterable[Element]) -> Iterator[Element]:
    """The elements of ``elements`` that carry a byline hint (see :func:`_byline_candidates`).

    Every hint is an attribute value holding one of ``_CLASS_HINTS`` ("author" holds
    "uthor"): the values of most elements hold none, which one ``values()`` and three
    substring tests tell, and their names are not read."""
    for element in elements:
        # (lxml-stubs type attribute values as str | bytes; an HTML tree's are str)
        values = "\0".join(element.values())  # type: ignore[arg-type]
        if (_C1 in values or _C2 in values or _C3 in values) and _has_hint(element):
            yield element


def _has_hint(element: Element) -> bool:
    """Whether ``element`` carries a byline hint (see :func:`_byline_candidates`)."""
    for name, value in element.items():
        if name == "class":
            hit = _C1 in value or _C2 in value or _C3 in value
        elif name == "id":
            hit = _I1 in value or _I2 in value
        else:
            hit = _EXACT_HINTS.get(name) == value  # type: ignore[arg-type]
        if hit:
            return True
    return False


def _in_widget(element: Element, marks: dict[Element, bool]) -> bool:
    """Whether the element sits in a teaser, bio, follow or related widget, or aside/footer.

    ``marks`` remembers, for the page's candidates, which ancestors were read (a byline's
    candidates are often nested and share them)."""
    node: Element | None = element
    depth = 0
    while node is not None and depth < 8 and node.tag != "body":
        marked = marks.get(node)
        if marked is None:
            marked = marks[node] = _marks_widget(node)
        if marked:
            return True
        node = node.getparent()
        depth += 1
    return False


def _marks_widget(node: Element) -> bool:
    """Whether ``node`` itself is an aside/nav/footer or names a widget in its class/id."""
    if node.tag in _SKIP_TAGS:
        return True
    segments = _SEGMENT_RE.split(f"{node.get('class') or ''} {node.get('id') or ''}".lower())
    return bool(vocab.BYLINE_SKIP_SEGMENTS.intersection(segments))


def _link_urls(page: Page, element: Element) -> dict[str, str]:
    """Author-page links inside (or being) the byline element, keyed by folded name."""
    urls: dict[str, str] = {}
    anchors = [element] if element.tag == "a" else list(element.iter("a"))
    for anchor in anchors:
        href = page.absolute(anchor.get("href"))
        names = parse_byline(text_of(anchor)).names
        if href and len(names) == 1 and not _SOCIAL_RE.search(href):
            urls.setdefault(names[0].casefold(), href)
    return urls
