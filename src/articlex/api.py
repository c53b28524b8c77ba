"""``extract()``: the stages in order. This is the only module that knows the order."""

from __future__ import annotations

from typing import Any

from .clean import pruned
from .fields.attribution import extract_attribution
from .fields.body import extract_body
from .fields.dateline import extract_dateline
from .fields.headline import extract_headline, lead_paragraphs
from .fields.readtime import extract_read_time
from .fields.related import find_related
from .locate import locate
from .model import Article
from .options import DEFAULT_OPTIONS, ExtractOptions
from .page import parse_page

__all__ = ["extract"]


def extract(html: Any, *, url: str | None = None, options: ExtractOptions | None = None) -> Article:
    """Extract the article from one news page.

    Args:
        html: the page as ``bytes`` (any encoding), ``str``, or a ``bs4.BeautifulSoup``.
        url: the page's URL, to resolve relative links and as the fallback canonical URL.
        options: an :class:`ExtractOptions`; the defaults when ``None``.

    Returns:
        The :class:`Article`. Missing fields are ``None`` or empty; they never raise.

    Raises:
        articlex.InputError: the input cannot be read as an HTML page (empty, binary, too
            large, not HTML).
        TypeError: ``html`` is not bytes, str or a BeautifulSoup.
    """
    opts = options if options is not None else DEFAULT_OPTIONS
    page = parse_page(html, url=url, options=opts)
    # Related blocks are found on the full tree first, so the body can leave them out.
    related = find_related(page, opts)
    # The body is read from the page's own tree with the boilerplate taken out, for this
    # block only (no copy); what the later stages need of that pruned tree is read in it.
    with pruned(page, opts, drop=related.blocks) as tree:
        main = locate(tree, page, opts)
        body = extract_body(page, main, opts)
        lead = lead_paragraphs(main)
    headline = extract_headline(page, main, opts, lead=lead)
    dateline = extract_dateline(page, main, body, opts)
    read_time = extract_read_time(page, body, opts)
    attribution = extract_attribution(page, main, body, opts)
    return Article(
        url=page.canonical_url,
        headline=headline.headline,
        standfirst=headline.standfirst,
        language=page.lang,
        dateline=dateline,
        read_time=read_time,
        body=body,
        attribution=attribution,
        related=related.links,
        headline_source=headline.source,
    )
