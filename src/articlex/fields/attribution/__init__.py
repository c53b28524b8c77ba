"""Attribution: who wrote the story, who published it, which agency filed it, whom it cites.

Contract:

* ``authors`` — people from the byline, in order (see :mod:`.authors`); organizations are
  never authors.
* ``outlet`` — the publishing outlet's name as the page gives it (see :mod:`.outlet`).
* ``agencies`` — canonical names of wire services credited as filers: in the author slot
  (byline, JSON-LD author/publisher), the wire dateline, a closing credit or a contributor
  line (see :mod:`.credits`).
* ``sources`` — outlets and agencies the body cites, first mention first, with ``cited_by``
  and the evidence sentence; never the outlet itself or the filing agencies (see
  :mod:`.citations`).
"""

from __future__ import annotations

from lxml.etree import _Element as Element

from ...locate import MainContent
from ...model import Attribution, Body
from ...options import ExtractOptions
from ...page import Page
from ...text import normalize_space, text_of
from .authors import find_authors
from .citations import find_sources
from .credits import body_credits
from .names import canonical, canonical_outlet, is_agency
from .outlet import find_outlet, publisher_name

__all__ = ["extract_attribution"]

# Elements read after the headline for a dek, and the longest dek considered.
_DEK_ELEMENTS = 4
_DEK_MAX_CHARS = 400
_DEK_CHILDREN = 3


def extract_attribution(
    page: Page, main: MainContent | None, body: Body, options: ExtractOptions
) -> Attribution:
    """See the module docstring."""
    blocks = [block.text for block in body.blocks]
    outlet = find_outlet(page, _dek_texts(page, blocks))
    authors, byline_agencies, newsrooms = find_authors(page, outlet)
    own = canonical_outlet(outlet, page.canonical_url or page.url)
    # An agency's own site names itself in the author slot: that is the outlet, not a credit
    # (the dateline still credits it: "NEW YORK (Reuters) -" on reuters.com).
    slot = [a for a in (*byline_agencies, _agency_publisher(page, own)) if a and a != own]
    agencies = list(dict.fromkeys(slot + body_credits(blocks)))
    # The outlet, the filing agencies and newsrooms named in the byline are not sources.
    self_names = {*agencies, *newsrooms, *([own] if own else [])}
    return Attribution(
        authors=authors,
        outlet=outlet,
        agencies=tuple(agencies),
        sources=find_sources(blocks, self_names=self_names),
    )


def _dek_texts(page: Page, blocks: list[str]) -> list[str]:
    """Texts where a page names itself in its dek ("…reports Asian Lite News"): the
    description meta tags, the elements right after the first ``h1`` and the first body
    blocks."""
    texts = [page.meta_first(key) for key in ("description", "og:description")]
    headings = page.elements("h1")  # listed by the headline stage already
    heading = headings[0] if headings else None
    if heading is not None:
        near = [*heading.itersiblings(), *_parent_siblings(heading)][:_DEK_ELEMENTS]
        # A dek is a small element; a container of the whole story is not read.
        small = [el for el in near if isinstance(el.tag, str) and len(el) <= _DEK_CHILDREN]
        texts += [normalize_space(text_of(el)) for el in small]
    return [t for t in texts if t and len(t) <= _DEK_MAX_CHARS] + blocks[:2]


def _parent_siblings(element: Element) -> list[Element]:
    parent = element.getparent()
    return list(parent.itersiblings())[:_DEK_ELEMENTS] if parent is not None else []


def _agency_publisher(page: Page, own: str | None) -> str | None:
    """An agency named as JSON-LD publisher of a page another outlet shows (AP on SFGate)."""
    name = publisher_name(page)
    if not name:
        return None
    agency = canonical(name)
    return agency if agency and is_agency(agency) and agency != own else None
