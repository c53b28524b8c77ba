"""Dateline: published/modified datetimes and the wire place line.

Contract: ``published``/``modified`` keep the page's time of day and offset (naive when the
page gives no zone). Fallback order, first plausible hit wins: JSON-LD → meta tags →
``<time datetime>`` → the URL path. Implausible dates (before 1991-08 or after
``options.now``) are skipped. ``modified`` is dropped when it is earlier than ``published``.
``place`` comes from a wire-style line at the head of the body, else JSON-LD ``dateline``.
"""

from __future__ import annotations

from datetime import datetime, timezone

from .. import vocab
from ..dates import ParsedDate, parse_date, plausible
from ..locate import MainContent
from ..model import Body, Dateline, DateSource
from ..options import ExtractOptions
from ..page import Page

__all__ = ["extract_dateline"]


def extract_dateline(
    page: Page, main: MainContent | None, body: Body, options: ExtractOptions
) -> Dateline:
    """See the module docstring."""
    langs = options.languages or tuple(dict.fromkeys([page.lang or "en", "en"]))
    published = _find(
        page, vocab.JSONLD_PUBLISHED_KEYS, vocab.META_PUBLISHED_KEYS, langs, options, use_url=True
    )
    modified = _find(
        page, vocab.JSONLD_MODIFIED_KEYS, vocab.META_MODIFIED_KEYS, langs, options, use_url=False
    )
    if published and modified and _key(modified[0].value) < _key(published[0].value):
        modified = None
    place, text = _place(page, body)
    return Dateline(
        published=published[0].value if published else None,
        modified=modified[0].value if modified else None,
        place=place,
        text=text,
        source=published[1] if published else None,
        published_raw=published[0].raw if published else None,
        modified_raw=modified[0].raw if modified else None,
        modified_source=modified[1] if modified else None,
    )


def _key(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def _find(
    page: Page,
    jsonld_keys: tuple[str, ...],
    meta_keys: tuple[str, ...],
    langs: tuple[str, ...],
    options: ExtractOptions,
    *,
    use_url: bool,
) -> tuple[ParsedDate, DateSource] | None:
    candidates: list[tuple[str, DateSource]] = []
    for obj in page.jsonld:
        for key in jsonld_keys:
            value = obj.get(key)
            if isinstance(value, str):
                candidates.append((value, DateSource.JSON_LD))
    for key in meta_keys:
        value = page.meta_first(key)
        if value:
            candidates.append((value, DateSource.META))
    if use_url:
        for el in page.tree.iter("time"):
            value = el.get("datetime")
            if value:
                candidates.append((value, DateSource.TIME_ELEMENT))
                break
    for raw, source in candidates:
        parsed = parse_date(raw, languages=langs, now=options.now)
        if parsed and plausible(parsed.value, options.now):
            return parsed, source
    if use_url:
        for url in (page.canonical_url, page.url):
            match = vocab.URL_DATE_RE.search(url or "")
            if match:
                try:
                    value = datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
                except ValueError:
                    continue
                if plausible(value, options.now):
                    return ParsedDate(
                        value=value, raw=match.group(0), has_time=False
                    ), DateSource.URL
    return None


def _place(page: Page, body: Body) -> tuple[str | None, str | None]:
    if body.blocks:
        match = vocab.PLACE_LINE_RE.match(body.blocks[0].text)
        if match:
            return match.group("place"), match.group(0).strip()
    for obj in page.jsonld:
        value = obj.get("dateline")
        if isinstance(value, str) and value.strip():
            return value.strip(), value.strip()
    return None, None
