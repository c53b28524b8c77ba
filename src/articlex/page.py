"""Decode and parse a page once into a read-only :class:`Page`.

This is the only stage that raises for bad input (see :mod:`articlex.errors`). Everything
later reads the ``Page``; ``Page.tree`` is the same when each stage returns (only
:func:`articlex.clean.clean` changes it while it runs, and puts every change back).

Decoding order for ``bytes``: byte-order mark → ``<meta charset>`` / ``http-equiv`` declaration
in the first 4 KiB (validated: a declaration the bytes contradict is ignored) → UTF-8 if the
bytes are valid UTF-8 → the legacy encoding under which the bytes read most like words
(:func:`_guess_legacy`, when nothing was declared) → bs4's ``UnicodeDammit`` → cp1252.
"""

from __future__ import annotations

import codecs
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
from lxml.etree import _Element as Element

from .errors import EmptyInputError, InputTooLargeError, NotHTMLError, ParseError
from .options import ExtractOptions
from .text import normalize_space, text_of

__all__ = ["Page", "decode_html", "parse_page"]

# Magic numbers of binary formats that are sometimes handed to an HTML extractor by mistake.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET_RE = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]{2,40})""", re.IGNORECASE
)
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)
_TAG_RE = re.compile(
    r"<\s*(?:html|head|body|div|p|a|span|meta|title|article|table|br|h[1-6]|!doctype)\b",
    re.IGNORECASE,
)
# Each leading comment must end at its own first "-->": a lazy ".*?" there could also span
# several comments, and on a page with many comments and no feed root the match backtracks
# exponentially (a real page hung extract() for minutes).
_FEED_RE = re.compile(
    r"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--(?:(?!-->).)*-->\s*)*"
    r"<(rss|feed|rdf:RDF|urlset|sitemapindex)\b",
    re.IGNORECASE | re.DOTALL,
)
# WHATWG: these labels mean windows-1252 in browsers.
_ENCODING_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-user-defined": "cp1252",
}
_SKIP_URL_SCHEMES = (
    "javascript:",
    "data:",
    "mailto:",
    "tel:",
    "sms:",
    "about:",
    "file:",
    "vbscript:",
    "blob:",
    "chrome:",
    "whatsapp:",
    "fb-messenger:",
)


@dataclass(frozen=True, slots=True, eq=False)
class Page:
    """One parsed page. Built once by :func:`parse_page`; read-only by contract.

    ``tree`` must be as it was when a stage returns. The body is read from ``tree`` pruned in
    place inside :func:`articlex.clean.pruned`'s ``with`` block, which puts every change back
    when it ends (also on error; :func:`articlex.clean.clean` returns a copy of that pruned
    tree instead), so a ``Page`` must not be read by another thread while ``extract()`` runs
    on it.
    It holds no ``script``/``style``/``noscript``/``template``/``svg`` elements (removed by
    :func:`parse_page` once the JSON-LD is read; no stage reads them).
    """

    tree: Element
    url: str | None
    base_url: str | None
    canonical_url: str | None
    lang: str | None
    title: str | None
    meta: Mapping[str, tuple[str, ...]]
    jsonld: tuple[dict[str, Any], ...]
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def elements(self, tag: str) -> list[Element]:
        """The elements named ``tag``, in document order (the whole tree), listed once per page
        and kept in ``_cache``: several stages read the ``h1`` headings, and each listing walks
        the whole tree, cold in memory by then (stages run after the walk must not change the
        tree, as for the ``body_elements`` list the related stage keeps)."""
        key = "elements:" + tag
        found: list[Element] | None = self._cache.get(key)
        if found is None:
            found = self._cache[key] = list(self.tree.iter(tag))
        return found

    def meta_first(self, *keys: str) -> str | None:
        """The first non-empty meta content among ``keys`` (lowercase name/property/itemprop)."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value.strip():
                    return value.strip()
        return None

    def jsonld_of_type(self, *types: str) -> tuple[dict[str, Any], ...]:
        """JSON-LD objects whose ``@type`` (a string or a list) is one of ``types``."""
        wanted = {t.lower() for t in types}
        found = []
        for obj in self.jsonld:
            kind = obj.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k.lower() in wanted for k in kinds):
                found.append(obj)
        return tuple(found)

    def absolute(self, href: str | None) -> str | None:
        """Resolve ``href`` against the base URL.

        Returns ``None`` for empty hrefs, fragment-only links and non-navigational schemes
        (``javascript:``, ``data:``, ``mailto:``, ``tel:`` …), which are never emitted as links.
        """
        if not href:
            return None
        href = href.strip()
        if not href or href.startswith("#"):
            return None
        if href.isascii() and not href.endswith("?") and _URL_PLAIN_RE.fullmatch(href):
            base: tuple[bool, str | None] | None = self._cache.get("base")
            if base is None:
                base = self._cache["base"] = _base_origin(self.base_url)
            readable, origin = base
            if readable and href.startswith(("http://", "https://")):
                host = href[8:9] if href[4] == "s" else href[7:8]
                if host and host not in "/?":
                    return href
            elif origin is not None and href[0] == "/" and href[1:2] != "/" and "/." not in href:
                return origin + href
        return self._resolve(href)

    def _resolve(self, href: str) -> str | None:
        """:meth:`absolute` of a stripped ``href`` by ``urljoin`` (the general case)."""
        lowered = href[:16].lower().replace(" ", "")
        if lowered.startswith(_SKIP_URL_SCHEMES):
            return None
        try:
            resolved = urljoin(self.base_url, href) if self.base_url else href
            parts = urlsplit(resolved)
        except ValueError:
            return None
        if parts.scheme and parts.scheme not in ("http", "https"):
            return None
        if not parts.scheme and not parts.netloc:
            return None if self.base_url else href
        return resolved


#: An href that ``urljoin`` and ``urlsplit`` read back unchanged when it is absolute http(s)
#: with a host, or append to the base's origin when it is a path from the root: none of the
#: characters they strip (tab, CR, LF) or split on beyond scheme/host/path/query (``#``,
#: ``;`` of params, ``[]`` of an IPv6 host, checked for balance). With ASCII only
#: (``urlsplit`` checks a non-ASCII host's NFKC form), no empty query (a trailing ``?`` is
#: dropped) and, for a path, no dot segment (each starts with ``/.``; they are resolved),
#: :meth:`Page.absolute` returns it without the two parses of ``urljoin`` and the third of
#: ``urlsplit`` (a test compares both ways on generated hrefs).
_URL_PLAIN_RE = re.compile(r"[^\t\r\n#;\[\]]*")


def _base_origin(base_url: str | None) -> tuple[bool, str | None]:
    """Whether ``urljoin`` can read ``base_url`` (it raises for every href otherwise), and
    the ``scheme://host`` it writes before a path from the root of an http(s) base with a
    host (``None`` without one)."""
    if not base_url:
        return True, None
    try:
        parts = urlsplit(base_url)
    except ValueError:
        return False, None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return True, None
    origin = f"{parts.scheme}://{parts.netloc}"
    try:
        urlsplit(origin + "/")  # what the slow path's last check would read
    except ValueError:
        return True, None
    return True, origin


def parse_page(html: Any, *, url: str | None = None, options: ExtractOptions) -> Page:
    """Decode ``html`` (bytes, str or a ``bs4.BeautifulSoup``) and parse it into a :class:`Page`.

    Raises:
        EmptyInputError, NotHTMLError, InputTooLargeError, ParseError: see :mod:`articlex.errors`.
        TypeError: ``html`` is of another type.
    """
    text, data = _to_text(html, options)
    declaration = _XML_DECL_RE.match(text)
    if declaration:
        text = text[declaration.end() :]
        data = None  # (the declaration may hold non-ASCII: its length in bytes is unknown)
    if data is None:
        data = _utf8(text)
    # NUL characters are dropped. Looked for in the UTF-8 bytes, where U+0000 is the only
    # source of a 0x00 byte: searching bytes is several times faster than searching a str.
    if b"\x00" in data:
        text = text.replace("\x00", "")
        data = data.replace(b"\x00", b"")
    if not text or text.isspace():  # (what strip() strips: no stripped copy of the page)
        raise EmptyInputError("the input is empty or only whitespace")
    _check_looks_like_html(text)
    tree = _parse_tree(data)
    meta = _collect_meta(tree)
    base_url = _base_url(tree, url)
    jsonld = _collect_jsonld(tree)
    lxml.etree.strip_elements(tree, *_NEVER_READ_TAGS, with_tail=False)
    page = Page(
        tree=tree,
        url=url,
        base_url=base_url,
        canonical_url=None,
        lang=None,
        title=_title(tree),
        meta=MappingProxyType(meta),
        jsonld=jsonld,
    )
    object.__setattr__(page, "canonical_url", _canonical(page))
    object.__setattr__(page, "lang", _language(page))
    return page


def _utf8(text: str) -> bytes:
    """``text`` as UTF-8, the bytes the parser reads (lxml parses UTF-8 bytes a little faster
    than a ``str``, and the encoding is needed anyway to find lone surrogates). A lone surrogate
    (from a bad decode upstream) cannot be encoded, and lxml would silently drop the text
    around it: it is replaced, as a decoder would (the regex is the slow path)."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE_RE.sub("\ufffd", text).encode("utf-8")


def _to_text(html: Any, options: ExtractOptions) -> tuple[str, bytes | None]:
    """The page as text, and its UTF-8 when the input already was that (``None`` otherwise:
    the caller encodes the text)."""
    if isinstance(html, str):
        if len(html) > options.max_bytes:
            raise InputTooLargeError(
                f"the input has {len(html):,} characters, more than max_bytes={options.max_bytes:,}"
            )
        return html, None
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        if len(data) > options.max_bytes:
            raise InputTooLargeError(
                f"the input has {len(data):,} bytes, more than max_bytes={options.max_bytes:,}"
            )
        return _decode(data)
    if type(html).__name__ == "BeautifulSoup" and hasattr(html, "decode"):
        return str(html.decode()), None
    raise TypeError(f"extract() takes bytes, str or bs4.BeautifulSoup, not {type(html).__name__}")


def decode_html(data: bytes) -> str:
    """Decode the raw bytes of a page (see the module docstring for the order).

    Raises:
        EmptyInputError: nothing but whitespace.
        NotHTMLError: a known binary format, or bytes that are mostly control characters.
    """
    return _decode(data)[0]


def _decode(data: bytes) -> tuple[str, bytes | None]:
    """:func:`decode_html`'s text, and ``data`` itself when that text is ``data`` read as
    strict UTF-8 (most pages): its UTF-8 is then ``data``, byte for byte, and the parser
    reads it without the text being encoded again (``None`` otherwise)."""
    if not data.strip():
        raise EmptyInputError("the input is empty or only whitespace")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), None
    head = data[:16]
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise NotHTMLError(f"the input is {what}, not HTML")
    utf16 = _sniff_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), None
    _check_not_binary(data)
    declared = _declared_encoding(data[:4096])
    if declared:
        try:
            return data.decode(declared), (data if declared == "utf-8" else None)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError:
        pass
    if declared == "utf-8" or _mostly_utf8(data):
        return data.decode("utf-8", errors="replace"), None
    return _detect(data, declared), None


def _declared_encoding(head: bytes) -> str | None:
    match = _META_CHARSET_RE.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii", errors="ignore").strip().lower()
    label = _ENCODING_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name if label else None
    except LookupError:
        return None
    if name in ("utf-7",):
        return None  # WHATWG: never honoured (it can smuggle markup past filters)
    if name is not None and name.startswith(("utf-16", "utf-32")):
        return "utf-8"  # WHATWG: a declaration readable as ASCII cannot be UTF-16/32
    return name


def _sniff_utf16(data: bytes) -> str | None:
    sample = data[:2048]
    if len(sample) < 16:
        return None
    even_nul = sample[0::2].count(0)
    odd_nul = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nul > 0.4 * half and even_nul < 0.05 * half:
        return "utf-16-le"
    if even_nul > 0.4 * half and odd_nul < 0.05 * half:
        return "utf-16-be"
    return None


#: Every byte but the control bytes that text never holds (below 9, and 14–31): deleting
#: them from a sample leaves those (one C pass instead of a Python test per byte).
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def _check_not_binary(data: bytes) -> None:
    sample = data[:8192]
    controls = len(sample.translate(None, _NOT_CONTROL_BYTES))
    if controls > 0.1 * len(sample):
        raise NotHTMLError(
            f"the input looks binary ({controls} control bytes in the first {len(sample)}),"
            " not HTML"
        )


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few broken sequences: more valid non-ASCII characters than broken ones.
    (A legacy single-byte page with a few accented letters has broken sequences and *no*
    valid multi-byte ones, so it goes on to detection instead of losing its accents.)"""
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    if bad > max(3, len(decoded) // 2000):
        return False
    valid = len(_NON_ASCII_RE.findall(decoded))
    return valid > bad


_NON_ASCII_RE = re.compile("[^\x00-\x7f\ufffd]")


#: Legacy encodings tried on undeclared, non-UTF-8 pages, most common first (ties keep order).
_LEGACY_ENCODINGS = (
    "cp1252",
    "cp1251",
    "koi8-r",
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "cp874",
    "shift_jis",
    "euc-jp",
    "gb18030",
    "big5",
    "euc-kr",
)
_WORD_RE = re.compile(r"[^\W\d_]+")


def _plausibility(text: str) -> float:
    """How much ``text`` reads like real words (higher is better).

    Each word with non-ASCII letters scores its weight when it is plausible: one script (kana
    and Han count as one, as Japanese mixes them), a natural case pattern (lower, Capitalized
    or UPPER) and, for Latin script, mostly ASCII letters (a Latin word made of accented
    letters only is mojibake of another script). Implausible words and replacement characters
    score against. Han, kana and Hangul weigh two per character (two bytes each in their
    legacy encodings), kana three (Japanese read as Chinese loses its kana).
    """
    score = -5.0 * text.count("\ufffd")
    for word in _WORD_RE.findall(text):
        if word.isascii():
            continue
        scripts = {_script(c) for c in word}
        cased = word == word.lower() or word == word.upper() or word[1:] == word[1:].lower()
        plausible = len(scripts) == 1 and cased
        if plausible and scripts == {"LATIN"}:
            plausible = sum(not c.isascii() for c in word) * 2 <= len(word) or len(word) <= 2
        weight = 0.0
        for c in word:
            weight += _SCRIPT_WEIGHT.get(unicodedata.name(c, "?").split(" ")[0], 1.0)
        score += weight if plausible else -weight
    return score


#: Script groups for :func:`_plausibility` (first word of the Unicode character name).
_SCRIPT_GROUP = {"CJK": "HAN", "HIRAGANA": "HAN", "KATAKANA": "HAN", "HALFWIDTH": "HAN"}
_SCRIPT_WEIGHT = {"CJK": 2.0, "HANGUL": 2.0, "HIRAGANA": 3.0, "KATAKANA": 3.0}


def _script(char: str) -> str:
    if char.isascii():
        return "LATIN"
    first = unicodedata.name(char, "?").split(" ")[0]
    return _SCRIPT_GROUP.get(first, first)


def _guess_legacy(data: bytes) -> str | None:
    """The legacy encoding under which the page's non-ASCII bytes read most like words."""
    sample = data[:65536]
    best: str | None = None
    best_score = 0.0
    for encoding in _LEGACY_ENCODINGS:
        score = _plausibility(sample.decode(encoding, errors="replace"))
        if best is None or score > best_score:
            best, best_score = encoding, score
    return best


def _detect(data: bytes, declared: str | None) -> str:
    if not declared:
        guess = _guess_legacy(data)
        if guess is not None:
            return data.decode(guess, errors="replace")
    from bs4.dammit import UnicodeDammit  # bs4's detection, only on the slow path

    dammit = UnicodeDammit(
        data, known_definite_encodings=[declared] if declared else [], is_html=True
    )
    if dammit.unicode_markup is not None:
        return str(dammit.unicode_markup)
    return data.decode("cp1252", errors="replace")


def _check_looks_like_html(text: str) -> None:
    """Raise :class:`NotHTMLError` for JSON, a feed or sitemap, or text without markup.

    The patterns read the first 64 Ki characters as a slice of them would be read (``pos``
    and ``endpos`` instead of copying them: the page is a few hundred KiB)."""
    first = _NON_SPACE_RE.search(text, 0, _HEAD_CHARS)
    if (
        first is not None
        and first.group() in ("{", "[")
        and (not _TAG_RE.search(text, 0, 4096) or _is_json(text))
    ):
        raise NotHTMLError("the input looks like JSON, not HTML")
    if _FEED_RE.match(text, 0, _HEAD_CHARS):
        raise NotHTMLError("the input is an XML feed or sitemap, not an HTML page")
    if not _TAG_RE.search(text, 0, _HEAD_CHARS) and not _TAG_RE.search(
        text, max(0, len(text) - _HEAD_CHARS)
    ):
        raise NotHTMLError("the input has no HTML markup (plain text?)")


_HEAD_CHARS = 65536
#: The first character that is not white space (``\S``: what ``str.lstrip()`` leaves first).
_NON_SPACE_RE = re.compile(r"\S")


def _is_json(text: str) -> bool:
    """Whether ``text`` parses as JSON (a JSON document can hold HTML in its strings)."""
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def html_parser(*, huge_tree: bool = False) -> lxml.etree.HTMLParser:
    """An HTML parser of the decoded page's UTF-8 bytes (see :func:`_utf8`: the encoding is
    fixed, whatever a meta charset in the page says).

    Its elements are lxml's own C element class (``lxml.etree._Element``, imported here and in
    the stages as ``Element``), not ``lxml.html``'s ``HtmlElement``: a Python subclass, whose
    objects cost more to make, free and call methods on, for helpers (``text_content()``, form
    classes …) no stage uses. Every element object a walk of the tree meets is made on the way
    (``benchmarks/ab.py``: 1.2–2.5% of ``extract()`` in two measurements). Copies of the tree
    (``copy.deepcopy``) keep the parser, hence the class.
    """
    return lxml.etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        encoding="utf-8",
        huge_tree=huge_tree,
    )


_PARSER = html_parser()
# Past 255 levels of nesting libxml2 stops parsing and silently drops the rest of the page;
# with huge_tree it goes to 2048 levels. Pages nested that deep are re-parsed with it and then
# flattened back to _MAX_DEPTH levels (the text below is kept, the deep tags are dropped), so
# no later stage meets a tree deeper than the default parser would build.
_HUGE_PARSER = html_parser(huge_tree=True)
_MAX_DEPTH = 200
#: Elements no stage reads once the JSON-LD is collected (code, and inline SVG drawings: the
#: icons of share bars and menus, whose path/use/g elements are 4% of a news page's elements
#: on average and a quarter of some): removed from the tree after parsing, so that every later
#: walk of the tree is shorter. (The body never held them, and the headline, date and
#: related-title readers skipped them already; an icon's ``<title>`` is no link text.)
_NEVER_READ_TAGS = ("script", "style", "noscript", "template", "svg")


def _parse_tree(text: bytes) -> Element:
    root = _parse_with(_PARSER, text)
    if _hit_depth_limit(_PARSER):
        root = _parse_with(_HUGE_PARSER, text)
        if _hit_depth_limit(_HUGE_PARSER):
            raise ParseError(
                "the page nests elements more than 2048 levels deep; the HTML parser cannot"
                " read past that point"
            )
        _flatten_deep(root, _MAX_DEPTH)
    return root


def _parse_with(parser: lxml.etree.HTMLParser, text: bytes) -> Element:
    try:
        root = lxml.etree.fromstring(text, parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise ParseError(f"lxml could not parse the document: {exc}") from exc
    if root is None:
        raise ParseError("lxml returned no document")
    return root


def _hit_depth_limit(parser: lxml.etree.HTMLParser) -> bool:
    error = parser.error_log.last_error
    return error is not None and "Excessive depth" in (error.message or "")


def _flatten_deep(root: Element, limit: int) -> None:
    """Strip the tags (keeping their text) below every element at depth ``limit``."""
    depth = 0
    cut: list[Element] = []
    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth == limit:
                cut.append(element)
        else:
            depth -= 1
    for element in cut:
        lxml.etree.strip_tags(element, "*")


def _collect_meta(tree: Element) -> dict[str, tuple[str, ...]]:
    collected: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        content = el.get("content")
        if content is None:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                collected.setdefault(key.strip().lower(), []).append(content)
    return {k: tuple(v) for k, v in collected.items()}


_JSONLD_CLEAN_RE = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")


def _collect_jsonld(tree: Element) -> tuple[dict[str, Any], ...]:
    found: list[dict[str, Any]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = script.text or ""
        # The wrapper regex tries its tail part at every character: run it only on a script
        # that holds one of the wrapper's markers (most hold none).
        if "<!" in raw or "-->" in raw or "]]>" in raw:
            raw = _JSONLD_CLEAN_RE.sub("", raw)
        raw = raw.strip()
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except RecursionError:
            continue  # nested deeper than any real JSON-LD; skipped like malformed JSON
        except ValueError:
            try:
                data = json.loads(raw.replace("\n", " ").replace("\t", " "), strict=False)
            except (ValueError, RecursionError):
                continue
        # Each container opens with a "{" or "[" of the text: fewer of them than the limit
        # cannot nest deeper than it (the walk is then skipped).
        if raw.count("{") + raw.count("[") > _MAX_JSONLD_DEPTH and _json_depth_exceeds(
            data, _MAX_JSONLD_DEPTH
        ):
            continue
        _flatten_jsonld(data, found, depth=0)
    return tuple(found)


# Real JSON-LD nests a few levels (graph → article → author → address); anything deeper is
# garbage that would only make the field modules' recursive walks hit the recursion limit.
_MAX_JSONLD_DEPTH = 32


def _json_depth_exceeds(data: Any, limit: int) -> bool:
    """Whether parsed JSON nests deeper than ``limit`` containers (checked without recursion)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


def _flatten_jsonld(data: Any, out: list[dict[str, Any]], depth: int) -> None:
    if depth > 5:
        return
    if isinstance(data, list):
        for item in data:
            _flatten_jsonld(item, out, depth + 1)
    elif isinstance(data, dict):
        graph = data.get("@graph")
        if "@type" in data:
            out.append(data)
        if isinstance(graph, (list, dict)):
            _flatten_jsonld(graph, out, depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, dict) and "@type" in main:
            out.append(main)


def _title(tree: Element) -> str | None:
    for el in tree.iter("title"):
        text = normalize_space(text_of(el))
        if text:
            return text
    return None


def _base_url(tree: Element, url: str | None) -> str | None:
    for el in tree.iter("base"):
        href = (el.get("href") or "").strip()
        if href and not href.lower().startswith(_SKIP_URL_SCHEMES):
            try:
                return urljoin(url, href) if url else href
            except ValueError:
                break
        break
    return url


def _canonical(page: Page) -> str | None:
    for el in page.tree.iter("link"):
        rel = (el.get("rel") or "").lower().split()
        if "canonical" in rel:
            resolved = page.absolute(el.get("href"))
            if resolved and urlsplit(resolved).netloc:
                return resolved
    og = page.absolute(page.meta_first("og:url"))
    if og and urlsplit(og).netloc:
        return og
    return page.url


_LANG_RE = re.compile(r"^[a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?$")


def _language(page: Page) -> str | None:
    candidates = [
        page.tree.get("lang"),
        page.tree.get("xml:lang"),
        page.meta_first("content-language", "og:locale", "language", "dc.language"),
    ]
    for obj in page.jsonld:
        value = obj.get("inLanguage")
        if isinstance(value, str):
            candidates.append(value)
    for value in candidates:
        if value and _LANG_RE.match(value.strip()):
            code: str = value.strip().replace("_", "-").split("-")[0].lower()
            return code
    return None
