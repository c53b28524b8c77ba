"""Dateline: published/modified datetimes and the wire place line.

Contract:

* ``published``/``modified`` keep the page's time of day and offset; they are timezone-aware
  only when the page states a zone (never a made-up one), and naive otherwise. A date-only
  source gives midnight with ``has_time`` false (see ``published_raw``).
* Fallback order, first plausible hit wins, and ``source`` records which: JSON-LD of the
  article itself (``datePublished``; ``dateModified``) → meta tags (most specific first,
  :data:`articlex.vocab.META_PUBLISHED_KEYS`) → JSON-LD ``dateCreated``/``uploadDate`` →
  ``<time datetime>`` →
  visible text next to the headline/byline ("Published Nov. 20, 2019 5:52 AM EST",
  "Updated 3 hours ago", "24 сентября 2018") → a date in the URL path. Implausible values
  (before 1991-08, or after ``options.now`` + 1 day) are skipped, so are JSON-LD objects of
  other types (a video's ``uploadDate`` is not the story's date).
* A date-only or naive winner is refined by another source stating the same moment more
  precisely (time of day, zone); the day never changes.
* ``modified`` is dropped when it is earlier than ``published`` (compared by day when either
  has no time of day); the two are never swapped.
* ``place``: a wire-style line opening one of the first body blocks ("SEOUL, March 25
  (Yonhap) --", "BUFFALO, N.Y. —", "Hong Kong (CNN Business)", "Washington, DC, United
  States:"), as printed, else JSON-LD
  ``dateline``. A sentence that merely starts with a capitalized word is not a place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from typing import Any

from lxml.etree import _Element as Element

from .. import vocab
from ..dates import ParsedDate, parse_date, plausible
from ..locate import MainContent
from ..model import Body, Dateline, DateSource
from ..options import ExtractOptions
from ..page import Page
from ..text import normalize_space, text_of

__all__ = ["extract_dateline"]

_Found = tuple[ParsedDate, DateSource]
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe"})
_TIME_SUFFIX_RE = re.compile(
    r"^\s*(?:,|at|um|à|às|a las|-|\||·)?\s*\d{1,2}[:.h]\d{2}(?::\d{2})?\s*"
    r"(?:[ap]\.?\s?m\.?(?![a-z]))?"
    r"(?:\s*(?:(?:UTC|GMT)?\s?[+-]\d{2}:?\d{2}|[A-Z]{2,4}\b))?",
    re.IGNORECASE,
)
# Visible-text budget around the headline: text chunks after it, and before it.
_CHUNKS_AFTER = 60
_CHUNKS_BEFORE = 12
_MAX_CHUNK = 100
_TIME_PREFIX_RE = re.compile(
    r"(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?(?![a-z]))?(?:\s*(?:UTC|GMT|[A-Z]{2,4}\b))?)\s*[,|·-]?\s*$",
    re.IGNORECASE,
)
_MAX_TIME_TEXT = 25
_MAX_UNLABELLED = 3  # dates without a label looked at before the first one is taken
_MAX_BYLINE = 200
_PLACE_RES = (vocab.PLACE_LINE_RE, vocab.PLACE_AGENCY_LINE_RE, vocab.PLACE_REGION_LINE_RE)


def extract_dateline(
    page: Page, main: MainContent | None, body: Body, options: ExtractOptions
) -> Dateline:
    """See the module docstring."""
    langs = options.languages or tuple(dict.fromkeys([page.lang or "en", "en"]))
    articles = _article_objects(page)
    visible: tuple[_Found | None, _Found | None] | None = None

    def seen() -> tuple[_Found | None, _Found | None]:
        nonlocal visible
        if visible is None:
            visible = _visible_dates(page, langs, options)
        return visible

    published = _structured(
        page, articles, vocab.JSONLD_PUBLISHED_KEYS, vocab.META_PUBLISHED_KEYS, langs, options
    )
    if published is None:
        published = _structured(page, articles, vocab.JSONLD_CREATED_KEYS, (), langs, options)
    if published is None:
        published = _time_element(page.elements("time"), langs, options, modified=False)
    if published is None:
        published = seen()[0]
    if published is None:
        published = _url_date(page, options)
    if published is not None and not (published[0].aware and published[0].has_time):
        published = _refine(published, page, articles, langs, options, seen)
    modified = _structured(
        page, articles, vocab.JSONLD_MODIFIED_KEYS, vocab.META_MODIFIED_KEYS, langs, options
    )
    if modified is None:
        modified = _time_element(page.elements("time"), langs, options, modified=True)
    if modified is None and (published is None or published[1] is DateSource.TEXT):
        modified = seen()[1]
    if published and modified and _earlier(modified[0], published[0]):
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


def _refine(
    found: _Found,
    page: Page,
    articles: list[dict[str, Any]],
    langs: tuple[str, ...],
    options: ExtractOptions,
    seen: Callable[[], tuple[_Found | None, _Found | None]],
) -> _Found:
    """A more precise statement of the same moment, when another source has one: the time of
    day for a date-only value, the zone for a naive one ("2019-11-19 02:24:00" in a meta tag,
    ``<time datetime="2019-11-19 02:24:00 UTC">``). The day never changes; ``source`` and the
    raw text become the refining candidate's."""
    value = found[0]
    raws: list[tuple[str, DateSource]] = []
    for obj in articles:
        for key in (*vocab.JSONLD_PUBLISHED_KEYS, *vocab.JSONLD_CREATED_KEYS):
            if isinstance(obj.get(key), str):
                raws.append((obj[key], DateSource.JSON_LD))
    for key in vocab.META_PUBLISHED_KEYS:
        raws.extend((v, DateSource.META) for v in page.meta.get(key, ()))
    raws.extend(
        (el.get("datetime") or el.get("content") or "", DateSource.TIME_ELEMENT)
        for el in page.elements("time")
        if el.get("datetime") or el.get("content")
    )
    best = found
    for raw, source in raws:
        other = _ok(raw, langs, options)
        if other is None or not _same_moment(value, other):
            continue
        if (other.has_time, other.aware) > (best[0].has_time, best[0].aware):
            best = (other, source)
            if other.has_time and other.aware:
                return best
    if not best[0].has_time:
        text = seen()[0]
        if text is not None and _same_moment(value, text[0]) and text[0].has_time:
            best = text
    return best


def _same_moment(a: ParsedDate, b: ParsedDate) -> bool:
    """Same wall-clock day, and the same wall-clock time when both give one."""
    if a.value.date() != b.value.date():
        return False
    if a.has_time and b.has_time:
        return a.value.replace(tzinfo=None, microsecond=0) == b.value.replace(
            tzinfo=None, microsecond=0
        )
    return True


def _earlier(a: ParsedDate, b: ParsedDate) -> bool:
    """``a`` strictly before ``b``, by day when either lacks a time of day."""
    if not (a.has_time and b.has_time):
        return (
            _utc(a.value).date() < _utc(b.value).date()
            if a.aware and b.aware
            else (a.value.date() < b.value.date())
        )
    return _utc(a.value) < _utc(b.value)


def _utc(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


def _article_objects(page: Page) -> list[dict[str, Any]]:
    """JSON-LD objects that describe the page's story: article types first, then pages."""
    primary = list(page.jsonld_of_type(*vocab.JSONLD_DATE_TYPES))
    secondary = [o for o in page.jsonld_of_type(*vocab.JSONLD_PAGE_TYPES) if o not in primary]
    return primary + secondary


def _structured(
    page: Page,
    articles: list[dict[str, Any]],
    jsonld_keys: tuple[str, ...],
    meta_keys: tuple[str, ...],
    langs: tuple[str, ...],
    options: ExtractOptions,
) -> _Found | None:
    for obj in articles:
        for key in jsonld_keys:
            value = obj.get(key)
            if isinstance(value, list) and value:
                value = value[0]
            if isinstance(value, str):
                found = _ok(value, langs, options)
                if found:
                    return found, DateSource.JSON_LD
    for key in meta_keys:
        for value in page.meta.get(key, ()):
            found = _ok(value, langs, options)
            if found:
                return found, DateSource.META
    return None


def _ok(raw: str, langs: tuple[str, ...], options: ExtractOptions) -> ParsedDate | None:
    parsed = parse_date(raw, languages=langs, now=options.now)
    if parsed is not None and plausible(parsed.value, options.now):
        return parsed
    return None


def _time_element(
    times: list[Element], langs: tuple[str, ...], options: ExtractOptions, *, modified: bool
) -> _Found | None:
    """The ``<time datetime>`` of the story (``times``: the page's, in document order): an
    explicitly marked one, else (for published) the first one in the document."""
    first: Element | None = None
    for el in times:
        stamp = el.get("datetime") or el.get("content")
        if not stamp:
            continue
        marks = f"{el.get('class') or ''} {el.get('itemprop') or ''}".lower()
        is_modified = "modif" in marks or "updat" in marks
        if is_modified == modified and (is_modified or "publish" in marks or el.get("pubdate")):
            found = _ok(stamp, langs, options)
            if found:
                return found, DateSource.TIME_ELEMENT
        if first is None and not is_modified:
            first = el
    if not modified and first is not None:
        found = _ok(first.get("datetime") or first.get("content") or "", langs, options)
        if found:
            return found, DateSource.TIME_ELEMENT
    return None


def _url_date(page: Page, options: ExtractOptions) -> _Found | None:
    for url in (page.canonical_url, page.url):
        match = vocab.URL_DATE_RE.search(url or "")
        if match:
            try:
                value = datetime(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
            if plausible(value, options.now):
                return ParsedDate(value=value, raw=match.group(0), has_time=False), DateSource.URL
    return None


def _headline_anchor(page: Page) -> Element | None:
    """The first ``h1`` with text that is not a logo link; None when there is none."""
    for h1 in page.elements("h1"):
        text = normalize_space(text_of(h1))
        if text and not _is_logo(h1):
            return h1
    return None


def _is_logo(el: Element) -> bool:
    """A heading that is (inside) a link to the site's front page."""
    for node in (el, *el.iterancestors("a")):
        if node.tag == "a" and (node.get("href") or "").rstrip("/") in ("", "/", "."):
            return True
    link = el.find("a")
    return link is not None and (link.get("href") or "").rstrip("/") in ("", "/")


def _chunks(page: Page, anchor: Element | None) -> Iterator[tuple[Element, str]]:
    """Visible text chunks (with the element holding them) around ``anchor``: a few before
    it, then the ones after."""
    root = page.tree.find("body")
    if root is None:
        root = page.tree
    before: list[tuple[Element, str]] = []
    after = 0
    started = anchor is None
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            if started and el.tail and el.tail.strip():
                yield el, el.tail
            continue
        if el is anchor:
            started = True
            yield from reversed(before)
            continue
        for piece in (el.text, el.tail):
            if not piece or not piece.strip():
                continue
            if started:
                after += 1
                if after > _CHUNKS_AFTER:
                    return
                yield el, piece
            else:
                before.append((el, piece))
                if len(before) > _CHUNKS_BEFORE:
                    before.pop(0)


def _visible_dates(
    page: Page, langs: tuple[str, ...], options: ExtractOptions
) -> tuple[_Found | None, _Found | None]:
    """(published, modified) from short date lines next to the headline.

    A date after an "Updated" label is ``modified``. Among the first few other dates, one in a
    byline or after a "Published/Posted" label wins over one that merely comes first (a fact
    check prints the claim's date above the article's)."""
    dated: list[_Found] = []
    modified: _Found | None = None
    previous = ""
    anchor = _headline_anchor(page)
    chunks = list(_chunks(page, anchor))
    for index, (holder, piece) in enumerate(chunks):
        text = normalize_space(piece)
        if len(text) > _MAX_CHUNK:
            previous = ""
            continue
        match = vocab.VISIBLE_DATE_RE.search(text)
        if match is None:
            previous = text
            continue
        candidate = _with_time(text, match, chunks[index + 1][1] if index + 1 < len(chunks) else "")
        found = _ok(candidate, langs, options) or _ok(match.group(0), langs, options)
        labelled = vocab.VISIBLE_MODIFIED_RE.search(text[: match.start()] or previous)
        before = text[: match.start()] or previous
        previous = text
        if found is None or _in_data_or_caption(holder, anchor):
            continue
        if labelled:
            modified = modified or (found, DateSource.TEXT)
            continue
        if _in_byline(holder, before):
            return (found, DateSource.TEXT), modified
        dated.append((found, DateSource.TEXT))
        if len(dated) >= _MAX_UNLABELLED:
            break
    return (dated[0] if dated else None), modified


def _with_time(text: str, match: re.Match[str], following: str) -> str:
    """The matched date with the time of day printed after it — in the same text or in the
    next short text ("January 18, 2017" + "11:00 PM PST") — or before it ("7:07 PM EST Nov
    19, 2019")."""
    date = match.group(0)
    suffix = _TIME_SUFFIX_RE.match(text[match.end() :])
    if suffix and suffix.group(0).strip():
        return date + suffix.group(0)
    prefix = _TIME_PREFIX_RE.search(text[: match.start()])
    if prefix:
        return f"{date} {prefix.group(1)}"
    after = normalize_space(following)
    if len(after) <= _MAX_TIME_TEXT:
        suffix = _TIME_SUFFIX_RE.match(after)
        if suffix and suffix.end() == len(after):
            return f"{date} {after}"
    return date


def _in_byline(holder: Element, before: str) -> bool:
    """The date follows a "Published/Posted" label, or sits in a short byline ("By …")."""
    if vocab.VISIBLE_PUBLISHED_RE.search(before):
        return True
    for node in (holder, holder.getparent()):
        if node is None:
            return False
        text = normalize_space(text_of(node))
        if len(text) <= _MAX_BYLINE and vocab.BYLINE_PREFIX_RE.match(text):
            return True
    return False


def _in_data_or_caption(el: Element, anchor: Element | None) -> bool:
    """Dates in data tables (infoboxes, listings) and photo captions are not the story's. A
    table that also holds the headline is page layout, not data."""
    for node in (el, *el.iterancestors()):
        layout = node.tag == "table" and anchor is not None and _contains(node, anchor)
        if node.tag in vocab.DATE_DATA_TAGS and not layout:
            return True
        if any(token in (node.get("class") or "").lower() for token in vocab.CAPTION_TOKENS):
            return True
    return False


def _contains(outer: Element, inner: Element) -> bool:
    return any(node is outer for node in inner.iterancestors())


def _place(page: Page, body: Body) -> tuple[str | None, str | None]:
    for block in body.blocks[:6]:
        text = block.text.lstrip()
        for regex in _PLACE_RES:
            match = regex.match(text)
            if match is None:
                continue
            place = match.group("place").strip(" ,")
            first = re.split(r"[ ,/]", place, maxsplit=1)[0]
            if first.upper() in vocab.NOT_A_PLACE_WORDS or sum(ch.isalpha() for ch in place) < 3:
                continue
            return place, match.group(0).strip()
    for obj in page.jsonld:
        value = obj.get("dateline")
        if isinstance(value, str) and value.strip():
            return value.strip(), value.strip()
    return None, None
