"""Attribution: authors, outlet, wire agencies and cited sources.

Contract (first cut): authors from JSON-LD ``author`` Persons, else ``meta[name=author]``;
an author that is an organization or the outlet itself is not a person. Outlet: the
standfirst's "…reports X" phrasing, ``og:site_name``, JSON-LD ``publisher``, the domain.
Agencies: agency names credited in parentheses at the end or in a wire dateline. Sources:
agencies the body cites with a reporting verb, in order of first mention.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .. import vocab
from ..locate import MainContent
from ..model import Attribution, Author, Body, CitedSource
from ..options import ExtractOptions
from ..page import Page
from ..text import normalize_space
from .headline import extract_headline

__all__ = ["extract_attribution"]

_ALIAS_TO_AGENCY: dict[str, str] = {
    alias: name for name, aliases in vocab.AGENCIES.items() for alias in aliases
}
_AGENCY_RE = re.compile(
    r"\b("
    + "|".join(re.escape(a) for a in sorted(_ALIAS_TO_AGENCY, key=len, reverse=True))
    + r")\b"
)
_CREDIT_RE = re.compile(r"\((" + "|".join(re.escape(a) for a in _ALIAS_TO_AGENCY) + r")\)\s*$")
_REPORTING_RE = re.compile(
    r"\b(report\w*|said|says|citing|cited|according to|carried by|quoted|told)\b", re.IGNORECASE
)
_SENTENCE_RE = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")


def extract_attribution(
    page: Page, main: MainContent | None, body: Body, options: ExtractOptions
) -> Attribution:
    """See the module docstring."""
    outlet = _outlet(page, main, options)
    return Attribution(
        authors=_authors(page, outlet),
        outlet=outlet,
        agencies=_agencies(body),
        sources=_sources(body),
    )


def _authors(page: Page, outlet: str | None) -> tuple[Author, ...]:
    found: list[Author] = []
    for obj in page.jsonld_of_type("NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle"):
        value = obj.get("author")
        items = value if isinstance(value, list) else [value]
        for item in items:
            if isinstance(item, dict) and item.get("@type") in ("Person", None):
                name = item.get("name")
                if isinstance(name, str):
                    url = item.get("url")
                    found.append(
                        Author(normalize_space(name), url if isinstance(url, str) else None)
                    )
        if found:
            break
    if not found:
        name = page.meta_first("author")
        if name and not name.startswith("http"):
            found.append(Author(normalize_space(name)))
    site = (outlet or "").casefold()
    people = [a for a in found if a.name and not _is_org(a.name, site)]
    return tuple(dict.fromkeys(people))


def _is_org(name: str, site: str) -> bool:
    folded = name.casefold()
    if site and (folded == site or folded in site or site in folded):
        return True
    return name in _ALIAS_TO_AGENCY


def _outlet(page: Page, main: MainContent | None, options: ExtractOptions) -> str | None:
    standfirst = extract_headline(page, main, options).standfirst
    if standfirst:
        match = vocab.REPORTS_OUTLET_RE.search(standfirst)
        if match:
            return match.group("outlet").strip()
    site = page.meta_first("og:site_name", "application-name")
    if site:
        return normalize_space(site)
    for obj in page.jsonld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return normalize_space(publisher["name"])
    host = urlsplit(page.canonical_url or page.url or "").hostname
    if host:
        return host.removeprefix("www.")
    return None


def _agencies(body: Body) -> tuple[str, ...]:
    found: list[str] = []
    for block in body.blocks[-2:]:
        match = _CREDIT_RE.search(block.text)
        if match:
            found.append(_ALIAS_TO_AGENCY[match.group(1)])
    if body.blocks:
        head = vocab.PLACE_LINE_RE.match(body.blocks[0].text)
        if head and head.group("agency") in _ALIAS_TO_AGENCY:
            found.append(_ALIAS_TO_AGENCY[head.group("agency")])
    return tuple(dict.fromkeys(found))


def _sources(body: Body) -> tuple[CitedSource, ...]:
    seen: dict[str, CitedSource] = {}
    for block in body.blocks:
        for sentence in _SENTENCE_RE.split(block.text):
            if not _REPORTING_RE.search(sentence):
                continue
            names = [_ALIAS_TO_AGENCY[m.group(1)] for m in _AGENCY_RE.finditer(sentence)]
            names = [n for n in names if not sentence.rstrip().endswith(f"({n})")]
            first = names[0] if names else None
            for name in names:
                if name not in seen:
                    cited_by = first if name != first and "cit" in sentence.lower() else None
                    seen[name] = CitedSource(name=name, cited_by=cited_by, evidence=sentence)
    return tuple(seen.values())
