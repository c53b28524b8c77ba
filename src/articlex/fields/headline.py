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
from dataclasses import dataclass
from typing import cast
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from .. import vocab
from ..locate import MainContent
from ..options import ExtractOptions
from ..page import Page
from ..text import count_words, normalize_space

__all__ = ["Headline", "extract_headline"]

_WORD_RE = re.compile(r"[^\W\d_]+")
_SPACELESS_RE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


@dataclass(frozen=True, slots=True)
class Headline:
    """The headline, the standfirst, and which source won for the headline."""

    headline: str | None = None
    standfirst: str | None = None
    source: str | None = None


def extract_headline(page: Page, main: MainContent | None, options: ExtractOptions) -> Headline:
    """See the module docstring."""
    candidates = _candidates(page)
    sites = _site_names(page)
    h1s = [
        (h, text)
        for h in page.tree.iter("h1")
        if (text := normalize_space(h.text_content()))
        and not _is_logo(h)
        and text.casefold() not in sites
    ]
    standfirst = _standfirst(page)
    # 1. An h1 that agrees with structured data or the title is the headline, as printed.
    for _, text in h1s:
        if any(_same(text, value) for _, value in candidates):
            return Headline(headline=text, standfirst=standfirst, source="h1")
    # 2. A headline-sized h1 the page shows is what the reader sees, even when the metadata
    #    carries an SEO variant — as long as it is about the same story (shares a content
    #    word with a candidate). Without one it may be a section label ("Allergies Health
    #    Center"), so a heading that prints the title itself comes first:
    sized = [text for _, text in h1s if _headline_sized(text)]
    for text in sized:
        if any(_shares_a_word(text, value) for _, value in candidates):
            return Headline(headline=text, standfirst=standfirst, source="h1")
    # 3. an h2 that agrees with a candidate (also blogs whose h1 is the site name);
    for h2 in page.tree.iter("h2"):
        text = normalize_space(h2.text_content())
        if text and any(_same(text, value) for _, value in candidates):
            return Headline(headline=text, standfirst=standfirst, source="h2")
    # 4. the h1 anyway when the page has no structured title (only <title>) to prefer.
    if sized and not any(source != "title" for source, _ in candidates):
        return Headline(headline=sized[0], standfirst=standfirst, source="h1")
    if candidates:
        source, value = candidates[0]
        return Headline(headline=value, standfirst=standfirst, source=source)
    if h1s:
        return Headline(headline=h1s[0][1], standfirst=standfirst, source="h1")
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
        names.update(p.strip().casefold() for p in parts[1:] + parts[:1] if p.strip() != kept)
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


def _is_logo(el: HtmlElement) -> bool:
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


_HOME_LINKS = etree.XPath("//a[@href='/' or @href='./' or @href='.' or @href=$root or @href=$bare]")


def _home_link_texts(page: Page) -> set[str]:
    """Case-folded texts (and logo alt texts) of links to the front page: the site's name."""
    texts: set[str] = set()
    parts = urlsplit(page.canonical_url or page.url or "")
    root = f"{parts.scheme}://{parts.netloc}/" if parts.netloc else "/"
    links = cast("list[HtmlElement]", _HOME_LINKS(page.tree, root=root, bare=root.rstrip("/")))
    for link in links[:20]:
        texts.add(normalize_space(link.text_content()).casefold())
        texts.update(normalize_space(img.get("alt") or "").casefold() for img in link.iter("img"))
    texts.discard("")
    return texts


_DEK_CLASS_HINTS = (
    "standfirst",
    "dek",
    "subtitle",
    "sub-title",
    "subheadline",
    "excerpt",
    "summary",
    "lede",
    "intro",
    "strapline",
    "description",
)


def _standfirst(page: Page) -> str | None:
    for el in page.tree.iter("p", "div", "h2", "span"):
        cls = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
        if cls.strip() and any(hint in cls for hint in _DEK_CLASS_HINTS):
            text = normalize_space(el.text_content())
            if 30 <= len(text) <= 500:
                return text
    return None
