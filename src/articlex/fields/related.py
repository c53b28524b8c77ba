"""Related-story links: inline teaser lines, previous/next navigation and teaser blocks.

Contract (first cut): links are absolute, deduplicated by URL in page order, never the page's
own URL, never ``javascript:``/``mailto:``. Inline: a paragraph starting with a teaser phrase
("ALSO READ:"). Previous/next: ``rel=prev/next`` or a "Previous Story"/"Next Story" label.
Lists: the links under a heading that names a related block ("Latest from …", "Don't Miss").
Sponsored widgets (``vocab.SPONSORED_TOKENS``) are kept with ``sponsored=True`` unless
``options.include_sponsored`` is false. ``blocks`` are the elements the body must drop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml.html import HtmlElement

from .. import vocab
from ..model import RelatedKind, RelatedLink
from ..options import ExtractOptions
from ..page import Page
from ..text import normalize_space

__all__ = ["Related", "find_related"]

_PREV_NEXT_RE = re.compile(r"^\s*(previous|prev|next)\s+(?:story|post|article)\b", re.IGNORECASE)
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


@dataclass(frozen=True, slots=True, eq=False)
class Related:
    """The related links and the elements of ``page.tree`` they were found in."""

    links: tuple[RelatedLink, ...] = ()
    blocks: tuple[HtmlElement, ...] = ()


def find_related(page: Page, options: ExtractOptions) -> Related:
    """See the module docstring."""
    body = page.tree.find("body")
    if body is None:
        return Related()
    own = {u.rstrip("/") for u in (page.url, page.canonical_url) if u}
    links: dict[str, RelatedLink] = {}
    blocks: list[HtmlElement] = []

    def add(a: HtmlElement, kind: RelatedKind, label: str | None, sponsored: bool = False) -> None:
        url = page.absolute(a.get("href"))
        title = normalize_space(a.text_content())
        if not url or not title or url.rstrip("/") in own or url in links:
            return
        if sponsored and not options.include_sponsored:
            return
        links[url] = RelatedLink(url=url, title=title, kind=kind, label=label, sponsored=sponsored)

    for el in body.iter("p", "div", "span", "a", *_HEADINGS):
        text = normalize_space(el.text_content())
        if not text or len(text) > 300:
            continue
        if el.tag == "p":
            teaser = vocab.INLINE_TEASER_RE.match(text)
            if teaser:
                anchors = list(el.iter("a"))
                for a in anchors:
                    add(a, RelatedKind.INLINE, normalize_space(teaser.group(0)).rstrip(":-–— "))
                if anchors:
                    blocks.append(el)
                continue
        nav = _PREV_NEXT_RE.match(text) if el.tag in ("a", "div", "span") else None
        if el.tag == "a" and (el.get("rel") or "").lower() in ("prev", "next"):
            kind = RelatedKind.PREVIOUS if el.get("rel", "").lower() == "prev" else RelatedKind.NEXT
            add(el, kind, None)
        elif nav and el.tag == "a":
            kind = RelatedKind.NEXT if nav.group(1).lower() == "next" else RelatedKind.PREVIOUS
            el_title = _PREV_NEXT_RE.sub("", text).strip()
            url = page.absolute(el.get("href"))
            if url and el_title and url not in links and url.rstrip("/") not in own:
                links[url] = RelatedLink(url=url, title=el_title, kind=kind)
        elif el.tag in _HEADINGS and vocab.RELATED_HEADING_RE.match(text):
            container = el.getparent()
            if container is None:
                continue
            for a in container.iter("a"):
                if a is el or el in a.iterancestors():
                    continue
                if len(normalize_space(a.text_content())) >= 15:
                    add(a, RelatedKind.LIST, text.strip(" -–—:"))
            blocks.append(container)
    return Related(links=tuple(links.values()), blocks=tuple(blocks))
