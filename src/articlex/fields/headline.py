"""Headline and standfirst.

Contract: the headline the reader sees, as printed, never with a site-name part. Order, first
hit wins (``source`` records it): an ``h1`` that agrees with a metadata candidate (JSON-LD
``headline``, ``og:title``/``twitter:title``, ``<title>``, site-name parts removed) → a
headline-sized ``h1`` that shares a content word with a candidate (the page prints the story's
headline, the metadata an SEO variant) → an ``h2`` that agrees with a candidate (blogs whose
``h1`` is the site name; pages whose ``h1`` is a section label) → a headline-sized ``h1`` when
the page has only ``<title>`` → the first candidate. Logo ``h1``s (links to the front page) and
``h1``s equal to a site name never count. The standfirst is a dek element near the headline
named as such by its class/id; ``None`` otherwise.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree
from lxml.etree import _Element as Element

from .. import vocab
from ..locate import MainContent
from ..options import ExtractOptions
from ..page import Page
from ..text import count_words, normalize_space, text_of

__all__ = ["Headline", "extract_headline", "lead_paragraphs"]

_WORD_RE = re.compile(r"[^\W\d_]+")
_SPACELESS_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


@dataclass(frozen=True, slots=True)
class Headline:
    """The headline, the standfirst, and which source won for the headline."""

    headline: str | None = None
    standfirst: str | None = None
    source: str | None = None


def extract_headline(
    page: Page,
    main: MainContent | None,
    options: ExtractOptions,
    *,
    lead: Collection[str] | None = None,
) -> Headline:
    """See the module docstring. ``lead``: :func:`lead_paragraphs` of ``main``, read while
    its tree was pruned (``extract()`` reads it inside :func:`articlex.clean.pruned`'s
    block); read from ``main`` here when ``None``."""
    if lead is None:
        lead = lead_paragraphs(main)
    candidates = _candidates(page)
    sites = _site_names(page)
    h1s = [
        (h, text)
        for h in page.elements("h1")
        if (text := normalize_space(text_of(h)))
        and not _is_logo(h)
        and text.casefold() not in sites
    ]
    # 1. An h1 that agrees with structured data or the title is the headline, as printed.
    for h1, text in h1s:
        if any(_same(text, value) for _, value in candidates):
            return Headline(text, _standfirst(page, h1, lead), "h1")
    # 2. A headline-sized h1 the page shows is what the reader sees, even when the metadata
    #    carries an SEO variant — as long as it is about the same story (shares a content
    #    word with a candidate). Without one it may be a section label ("Allergies Health
    #    Center"), so a heading that prints the title itself comes first:
    sized = [(h1, text) for h1, text in h1s if _headline_sized(text)]
    for h1, text in sized:
        if any(_shares_a_word(text, value) for _, value in candidates):
            return Headline(text, _standfirst(page, h1, lead), "h1")
    # 3. an h2 that agrees with a candidate (also blogs whose h1 is the site name);
    for h2 in page.tree.iter("h2"):
        text = normalize_space(text_of(h2))
        if text and any(_same(text, value) for _, value in candidates):
            return Headline(text, _standfirst(page, h2, lead), "h2")
    # 4. the h1 anyway when the page has no structured title (only <title>) to prefer.
    if sized and not any(source != "title" for source, _ in candidates):
        return Headline(sized[0][1], _standfirst(page, sized[0][0], lead), "h1")
    if candidates:
        source, value = candidates[0]
        return Headline(value, None, source)
    if h1s:
        return Headline(h1s[0][1], _standfirst(page, h1s[0][0], lead), "h1")
    return Headline()


def _candidates(page: Page) -> list[tuple[str, str]]:
    """(source, text) from JSON-LD, Open Graph/Twitter and <title>, site names stripped."""
    found: list[tuple[str, str]] = []
    for obj in page.jsonld_of_type(*vocab.ARTICLE_TYPES):
        value = obj.get("headline")
        if isinstance(value, str) and value.strip():
            found.append(("json-ld", normalize_space(html.unescape(value))))
            break
    for key in ("og:title", "twitter:title"):
        value = page.meta_first(key)
        if value:  # some CMSs escape entities twice ("&#8216;")
            found.append(("meta", strip_site_name(normalize_space(html.unescape(value)), page)))
    if page.title:
        found.append(("title", strip_site_name(page.title, page)))
    return found


def _site_names(page: Page) -> set[str]:
    """Case-folded names the page gives itself: og:site_name, application-name, and the
    parts of <title> that are not the headline."""
    names = {
        normalize_space(v).casefold()
        for v in (page.meta_first("og:site_name"), page.meta_first("application-name"))
        if v
    }
    if page.title:
        parts = vocab.TITLE_SEPARATOR_RE.split(page.title)
        kept = strip_site_name(page.title, page)
        names.update(p.strip().casefold() for p in parts if p.strip() not in kept)
    names.discard("")
    return names


def _content_words(text: str) -> set[str]:
    """Words of 4+ letters, and pairs of adjacent characters of space-less scripts."""
    words = {w for w in _WORD_RE.findall(text.casefold()) if len(w) >= 4}
    chars = _SPACELESS_RE.findall(text)
    words.update(a + b for a, b in itertools.pairwise(chars))
    return words


def _shares_a_word(a: str, b: str) -> bool:
    return bool(_content_words(a) & _content_words(b))


def _headline_sized(text: str) -> bool:
    """At least three words (or eight characters of a space-less script), at most 300 chars."""
    if len(text) > 300:
        return False
    return len(text.split()) >= 3 or (len(text) >= 8 and count_words(text) >= 4)


def _is_logo(el: Element) -> bool:
    """A heading that is (or wraps) a link to the site's front page."""
    links = [a for a in el.iterancestors("a")] + list(el.iter("a"))
    return any((a.get("href") or "").rstrip("/") in ("", ".") for a in links)


def _same(a: str, b: str) -> bool:
    return a.casefold().replace("’", "'") == b.casefold().replace("’", "'")


def strip_site_name(title: str, page: Page) -> str:
    """Drop a trailing (or leading) site-name part of a title ("Headline | Site")."""
    parts = vocab.TITLE_SEPARATOR_RE.split(title)
    if len(parts) < 2:
        return title
    site = (page.meta_first("og:site_name", "application-name") or "").casefold()
    if site:
        kept = [p for p in parts if p.casefold() != site and not site.startswith(p.casefold())]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    home = _home_link_texts(page)
    if home:
        kept = [p for p in parts if p.strip().casefold() not in home]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    longest = max(parts, key=len)
    return longest if len(longest) >= 0.5 * len(title) else title


def _home_link_texts(page: Page) -> frozenset[str]:
    """Case-folded texts (and logo alt texts) of links to the front page: the site's name.

    Read once per page (kept in ``page._cache``): the title and each title meta tag may ask,
    and each reading walks every link of the page."""
    cached: frozenset[str] | None = page._cache.get("home_link_texts")
    if cached is None:
        cached = page._cache["home_link_texts"] = frozenset(_read_home_link_texts(page))
    return cached


def _read_home_link_texts(page: Page) -> set[str]:
    texts: set[str] = set()
    parts = urlsplit(page.canonical_url or page.url or "")
    root = f"{parts.scheme}://{parts.netloc}/" if parts.netloc else "/"
    home = {"/", "./", ".", root, root.rstrip("/")}
    # A Python filter over the links: measured faster than the same test in XPath.
    links = (a for a in page.tree.iter("a") if a.get("href") in home)
    for link in itertools.islice(links, 20):
        texts.add(normalize_space(text_of(link)).casefold())
        texts.update(normalize_space(img.get("alt") or "").casefold() for img in link.iter("img"))
    texts.discard("")
    return texts


def _standfirst(page: Page, anchor: Element | None, lead: Collection[str]) -> str | None:
    """The dek printed right after the headline element ``anchor``, or None.

    Within the few elements that follow the headline (stopping where the story text starts):
    an element whose class/id names it a dek (:data:`articlex.vocab.DEK_TOKENS`), an ``h2``
    that directly follows the headline, or an element that prints the description meta —
    unless that is just the story's first paragraph. Captions, bylines and date lines are not
    deks."""
    if anchor is None:
        return None
    description = normalize_space(page.meta_first("og:description", "description") or "")
    first_text = True
    for el in _following(anchor, _DEK_WINDOW):
        if el.tag in _NON_TEXT_TAGS:
            continue
        own = (el.text or "").strip()
        if el.tag not in _DEK_TAGS:
            first_text = first_text and not own
            continue
        hinted = _dek_hinted(el)
        if not (hinted or own or el.tag == "h2"):
            continue
        text = normalize_space(text_of(el))
        is_first, first_text = first_text, False
        if not _DEK_MIN <= len(text) <= _DEK_MAX or _not_a_dek(el, text):
            if el.tag == "p" and len(text) > _DEK_MAX:
                return None  # the story text has started
            continue
        if hinted or (el.tag == "h2" and is_first):
            return text
        if description and _same(text, description) and text not in lead:
            return text
    return None


_DEK_TAGS = frozenset({"p", "div", "h2", "h3", "span"})
_NON_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
_DEK_WINDOW = 40  # elements after the headline
_FIGURE_TAGS = frozenset({"figure", "figcaption"})
_DEK_MIN, _DEK_MAX = 20, 400
_CAMEL_RE = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TOKEN_SPLIT_RE = re.compile(r"[^a-z0-9]+")
# Any dek token anywhere in a lowercased class/id (the cheap test before the split).
_DEK_TOKEN_RE = re.compile("|".join(map(re.escape, sorted(vocab.DEK_TOKENS))))


def _following(el: Element, limit: int) -> list[Element]:
    """The first ``limit`` elements after ``el`` in document order, its own descendants left
    out (XPath's ``following::*``; this walk stops at ``limit``, the XPath axis measured ~5x
    slower as it reads the rest of the page first)."""
    found: list[Element] = []
    node: Element | None = el
    while node is not None:
        for sibling in node.itersiblings():
            for following in sibling.iter(etree.Element):
                found.append(following)
                if len(found) >= limit:
                    return found
        node = node.getparent()
    return found


def _dek_hinted(el: Element) -> bool:
    """Whether the element's class/id names it a dek (a token in ``vocab.DEK_TOKENS``).

    Each token is a stretch of the lowercased class/id (split at camel humps and other
    characters than letters and digits): a class/id holding none of the dek tokens at all,
    most of them, is not split."""
    raw = f"{el.get('class') or ''} {el.get('id') or ''}"
    if _DEK_TOKEN_RE.search(raw.lower()) is None:
        return False
    return bool(_class_tokens(raw) & vocab.DEK_TOKENS)


def _class_tokens(raw: str) -> set[str]:
    return set(_TOKEN_SPLIT_RE.split(_CAMEL_RE.sub(" ", raw).lower())) - {""}


def _not_a_dek(el: Element, text: str) -> bool:
    """Captions (an image inside, or the element inside a figure: "lead-asset-caption"
    reads as a "lead"), bylines ("By …") and date lines are not deks."""
    if next(el.iter("img", "figure"), None) is not None:
        return True
    if any(anc.tag in _FIGURE_TAGS for anc in el.iterancestors()):
        return True
    if vocab.BYLINE_PREFIX_RE.match(text):
        return True
    return len(text) < 80 and bool(vocab.VISIBLE_DATE_RE.search(text))


def lead_paragraphs(main: MainContent | None) -> set[str]:
    """The first few paragraphs of the story (a description meta often repeats one)."""
    found: set[str] = set()
    if main is not None:
        for p in main.node.iter("p"):
            text = normalize_space(text_of(p))
            if len(text) >= _DEK_MIN:
                found.add(text)
                if len(found) >= 3:
                    break
    return found
