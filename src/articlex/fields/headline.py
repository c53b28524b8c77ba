"""Headline and standfirst.

Contract: the headline the reader sees, without a site-name suffix. Fallback order: the
article's ``h1`` when it agrees with structured data, JSON-LD ``headline``, ``og:title``,
``h1``, ``<title>`` (site suffix removed). The standfirst is a dek/summary element near the
headline or the description meta when the page shows it as a dek; ``None`` otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import vocab
from ..locate import MainContent
from ..options import ExtractOptions
from ..page import Page
from ..text import normalize_space

__all__ = ["Headline", "extract_headline"]


@dataclass(frozen=True, slots=True)
class Headline:
    """The headline, the standfirst, and which source won for the headline."""

    headline: str | None = None
    standfirst: str | None = None
    source: str | None = None


def extract_headline(page: Page, main: MainContent | None, options: ExtractOptions) -> Headline:
    """See the module docstring."""
    candidates: list[tuple[str, str]] = []
    for obj in page.jsonld_of_type("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle"):
        value = obj.get("headline")
        if isinstance(value, str) and value.strip():
            candidates.append(("json-ld", normalize_space(value)))
            break
    og = page.meta_first("og:title", "twitter:title")
    if og:
        candidates.append(("meta", strip_site_name(normalize_space(og), page)))
    h1s = [normalize_space(h.text_content()) for h in page.tree.iter("h1")]
    h1s = [h for h in h1s if h]
    title = strip_site_name(page.title, page) if page.title else None
    # An h1 that matches another candidate is the reader's headline, exactly as printed.
    for h1 in h1s:
        if any(_same(h1, c) for _, c in candidates) or (title and _same(h1, title)):
            return Headline(headline=h1, standfirst=_standfirst(page), source="h1")
    if candidates:
        source, value = candidates[0]
        return Headline(headline=value, standfirst=_standfirst(page), source=source)
    if h1s:
        return Headline(headline=h1s[0], standfirst=_standfirst(page), source="h1")
    if title:
        return Headline(headline=title, standfirst=_standfirst(page), source="title")
    return Headline()


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
    longest = max(parts, key=len)
    return longest if len(longest) >= 0.5 * len(title) else title


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
