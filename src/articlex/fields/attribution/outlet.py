"""Outlet: the name of the publishing outlet.

Fallback order: the page's own phrasing in its dek ("…reports Asian Lite News", in the
description meta tags or the first body blocks);
then, among ``og:site_name``, the ``<title>`` suffix, JSON-LD ``publisher`` and the Twitter
handle, the first that agrees with the domain (so an edition label such as "U.S." or a
platform label such as "Hosted" loses to "Reuters" / "AP"); then ``og:site_name`` (a
lowercase slug such as "usatoday" is replaced by the known brand, "USA Today"), the title
suffix, the publisher, ``application-name``; the domain as a last resort.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import urlsplit

from ... import vocab
from ...page import Page
from ...prefilter import required_strings
from ...text import normalize_space
from .names import canonical

__all__ = ["find_outlet", "publisher_name"]

_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or"})
_MAX_SUFFIX_WORDS = 5
# Strings one of which every REPORTS_OUTLET_RE match holds ("reports"; derived from it).
_REPORTS_STRINGS = required_strings(vocab.REPORTS_OUTLET_RE)


def find_outlet(page: Page, deks: Sequence[str] = ()) -> str | None:
    """The publishing outlet's name (see the module docstring); ``deks`` are the texts where
    the page may name itself ("…reports Asian Lite News")."""
    for text in deks:
        if _REPORTS_STRINGS is not None and not any(s in text for s in _REPORTS_STRINGS):
            continue  # most deks say "reports" nowhere: the pattern tries every space
        match = vocab.REPORTS_OUTLET_RE.search(text)
        if match:
            return match.group("outlet").strip()
    host = _host(page)
    core = _domain_core(host)
    site = _clean(page.meta_first("og:site_name"))
    suffix = _title_suffix(page, core)
    publisher = publisher_name(page)
    handle = _handle(page)
    ordered = [site, suffix, publisher, handle]
    if core:
        for candidate in ordered:
            if candidate and _agrees(candidate, core) and not _is_slug(candidate):
                return candidate
    if site and _is_slug(site):
        site = canonical(site) or (suffix if suffix and _agrees(suffix, core) else site)
    app = _clean(page.meta_first("application-name"))
    for candidate in (site, suffix, publisher, app):
        if candidate:
            return candidate
    return host or None


def _clean(value: str | None) -> str | None:
    """A site name without a tagline ("Yahoo News - Latest News & Headlines" → "Yahoo News")."""
    if not value:
        return None
    value = normalize_space(value)
    return vocab.TITLE_SEPARATOR_RE.split(value)[0] or None


def _host(page: Page) -> str:
    url = page.canonical_url or page.url or ""
    return (urlsplit(url).hostname or "").removeprefix("www.")


def _domain_core(host: str) -> str:
    """The registrable label of a host: "hosted.ap.org" → "ap", "bbc.co.uk" → "bbc"."""
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else ""


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.casefold())


def _agrees(name: str, core: str) -> bool:
    """Whether a site name matches the domain ("Houston Chronicle" ~ chron.com)."""
    key = _key(name)
    if not key or not core:
        return False
    return core in key or (len(key) >= 3 and key in core)


def _is_slug(name: str) -> bool:
    """A lowercase one-word machine name ("usatoday", "cleveland") rather than a brand."""
    return name.islower() and " " not in name


def _title_suffix(page: Page, core: str) -> str | None:
    """The site-name end of ``<title>`` ("Headline - Reuters"), or its start when that one
    agrees with the domain ("BBC News - Headline")."""
    if not page.title:
        return None
    parts = [p.strip() for p in vocab.TITLE_SEPARATOR_RE.split(page.title) if p.strip()]
    if len(parts) < 2:
        return None
    last, first = parts[-1], parts[0]
    if core and not _agrees(last, core) and _agrees(first, core):
        return first if len(first.split()) <= _MAX_SUFFIX_WORDS else None
    return last if len(last.split()) <= _MAX_SUFFIX_WORDS else None


def publisher_name(page: Page) -> str | None:
    """The JSON-LD ``publisher`` name (the article's first, else any object's)."""
    for obj in (*page.jsonld_of_type(*vocab.ARTICLE_TYPES), *page.jsonld):
        publisher = obj.get("publisher")
        if isinstance(publisher, list) and publisher:
            publisher = publisher[0]
        name = publisher.get("name") if isinstance(publisher, dict) else publisher
        if isinstance(name, str) and name.strip():
            return normalize_space(name)
    return None


def _handle(page: Page) -> str | None:
    """The site's Twitter handle, when it is a known outlet ("@Reuters" → "Reuters")."""
    handle = page.meta_first("twitter:site")
    if not handle:
        return None
    return canonical(handle.lstrip("@/")) or None
