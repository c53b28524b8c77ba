"""The speed rewrites compute exactly what the plain versions did."""

from __future__ import annotations

import re
from typing import Any

import pytest

from articlex.page import Page
from articlex.text import normalize_space


def test_normalize_space_matches_regex() -> None:
    """``str.split`` whitespace is the regex's ``\\s``: over every code point, and samples."""
    space = re.compile(r"\s+")
    assert all(bool(space.fullmatch(c)) == c.isspace() for c in map(chr, range(0x110000)))
    for text in ["", "  a \u00a0 b\n", "\x1c\x1fa\u2028b\u3000", "a\u200bb", "\u0085x\t"]:
        assert normalize_space(text) == space.sub(" ", text).strip()



def test_sponsored_prefilter_keeps_every_widget_name() -> None:
    """The literal prefilter passes each kind of name ``SPONSORED_CLASS_RE`` matches."""
    from articlex import vocab
    from articlex.fields.related import _SPONSORED_HINT_RE

    names = [
        "taboola", "trc_rbox_div", "trc_related_container", "tbl-feed-card", "OUTBRAIN",
        "ob-widget", "ob-dynamic-rec", "revcontent", "x mgid", "mgbox", "zergnet-widget",
        "adblade", "content-ad", "contentad", "x sponsored", "x promoted", "syndicateditem",
        "x rc-widget", "partner-content", "partnercontent", "paid-content", "x dianomi",
        "x nativo",
    ]
    for name in names:
        low = name.lower()
        assert vocab.SPONSORED_CLASS_RE.search(low), name
        assert _SPONSORED_HINT_RE.search(low), name


def test_class_flags_match_the_plain_tests() -> None:
    """The gated, per-word class/id flags equal running every pattern on the whole string."""
    from articlex import vocab
    from articlex.fields.related import (
        _HEADING_TOKENS,
        _PREV_NEXT_HINT_RE,
        _WORD_GATES,
        _class_flags,
        _tokens_of,
    )

    # the vocabulary's patterns got their derived gates (None would only be slower)
    assert all(gate is not None for _bit, gate in _WORD_GATES)
    names = [
        "", " ", "entry-content clearfix", "content-ad", "contentad x", "OUTBRAIN ob-widget",
        "trc_related_container", "related-posts", "relatedContent", "rp4wp-related-posts",
        "jp-relatedposts", "crp_related", "story-alsos", "read-next", "alsoRead", "more-stories",
        "more-on-this", "recirculation", "recent-posts-widget-2", "widget_recent_entries",
        "rpwwt-widget", "popular-posts", "wpp-list", "top-posts", "widget_top-posts",
        "most-popular", "most-read", "trending-posts", "related-tags", "related topics",
        "x related y tags", "PromoSmall", "story-card", "articlecard", "inline-story",
        "Enhancement", "embed-post", "nav-previous", "post-navigation", "older-posts",
        "newer", "widget-title", "sectionTitle", "h-d", "h_e_d", "ti-tle", "t i t l e",
        "masthead", "published-date", "subhead x", "header", "hd", "thead", "Ünïcode-héad",
        "hé-ad", "a İtitle", "x\u00a0related-posts", "related\u2028posts",
        "ne-xt", "p_r_e_v-post", "nav-previous x", "older-posts", "Newer", "nextlink",
        "preview", "pre-view", "o.l.d.e.r", "nav_next",
    ]
    for name in names:
        low = name.lower()
        plain = (
            vocab.SPONSORED_CLASS_RE.search(low) is not None,
            vocab.RELATED_BOX_CLASS_RE.search(low) is not None,
            vocab.TEASER_CARD_CLASS_RE.search(low) is not None,
            _PREV_NEXT_HINT_RE.search(low) is not None,
            bool(_tokens_of(name) & _HEADING_TOKENS),
            bool(_tokens_of(name) & (vocab.PREV_TOKENS | vocab.NEXT_TOKENS)),
        )
        assert _class_flags(name) == (plain if any(plain) else None), name


def test_prefix_reads_what_itertext_yields() -> None:
    """related._prefix joins the same pieces, up to the same one, as the itertext walk."""
    from pathlib import Path

    import lxml.html

    from articlex.fields.related import _prefix

    def reference(el: lxml.html.HtmlElement, n: int) -> str:
        if not len(el):
            return normalize_space((el.text or "")[: n * 2])
        first = el.text
        if first and len(first) >= n:
            return normalize_space(first)
        parts: list[str] = []
        size = 0
        for text in el.itertext():
            parts.append(text)
            size += len(text)
            if size >= n:
                break
        return normalize_space("".join(parts))

    snippet = (
        "<div><p>a<!-- c -->b<b>c<i>d</i>e</b>f<?pi x?>g</p><h3> <a> Next </a> </h3>"
        "<p><span></span><span>\n\n\n\n\n\n\n\n\n</span>Previous<em>post</em></p>"
        "<li>   <strong>Related:</strong> <a href='/x'>A story title here</a> tail</li>"
        "<p>x<!-- c -->after a comment<b>y</b><?pi z?>after a pi</p></div>"
    )
    pages = [snippet] + [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(Path(__file__).parent.glob("fixtures/*/page.html"))[:4]
    ]
    for html in pages:
        root = lxml.html.fromstring(html)
        for el in root.iter():
            if isinstance(el.tag, str):
                for n in (8, 24, 60):
                    assert _prefix(el, n) == reference(el, n)


def test_first_char_is_the_first_of_the_itertext_pieces() -> None:
    """related._first_char (a walk by hand) gives the first non-blank character of the
    pieces ``itertext`` yields, on every element of snippets (comments, processing
    instructions, blank leaves, indentation, nesting) and of the bundled fixture pages."""
    from pathlib import Path

    import lxml.html

    from articlex.fields.related import _first_char

    def reference(el: lxml.html.HtmlElement) -> str:
        for piece in el.itertext():
            if piece.strip():
                return piece.lstrip()[0]
        return ""

    snippets = [
        "<div><a>\n   <span> </span>\n <span>\n Next</span> post</a>"
        "<a><!-- c -->\n<?pi x?> tail <b>b</b></a><a><img src='x'></a><a> </a><a></a>"
        "<a><span><i><b> </b></i>\n</span><span><em></em></span>deep tail</a>"
        "<a>\u00a0\u2003<span><!-- c --></span>\u2003\u00abPrev</a>"
        "<a><div><div><img src='y'></div> </div><h3>\n Title</h3></a></div>"
    ]
    pages = snippets + [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(Path(__file__).parent.glob("fixtures/*/page.html"))[:4]
    ]
    checked = 0
    for html in pages:
        root = lxml.html.fromstring(html)
        for el in root.iter():
            if isinstance(el.tag, str):
                assert _first_char(el) == reference(el), lxml.html.tostring(el)[:200]
                checked += 1
    assert checked > 100


def test_tokens_split_each_word_alone() -> None:
    """related._tokens_of equals splitting the whole string and un-separating each word."""
    from articlex.fields.related import _tokens_of

    split = re.compile(r"[^a-z0-9]+")
    for raw in [
        "", " ", "entry-content clearfix", "nav-previous post_nav", "A-B c_D", "İx K-Kelvin",
        "é-tag ÉTÉ", "x\u00a0y-z", "a--b  c", "---", "日本 語-x", "widget-title sectionTitle",
    ]:
        low = raw.lower()
        expected = {t for t in split.split(low) if t} | {split.sub("", w) for w in low.split()}
        expected.discard("")
        assert _tokens_of.__wrapped__(raw) == frozenset(expected), raw


def test_word_count_matches_the_regex() -> None:
    """``count_words``' token shortcut counts exactly the ``_WORD_RE`` matches: ``isalnum`` is
    ``[^\\W_]`` over every code point, and mixed samples agree."""
    import itertools

    from articlex import text

    alnum = re.compile(r"[^\W_]")
    assert all(bool(alnum.fullmatch(c)) == c.isalnum() for c in map(chr, range(0x110000)))
    pieces = ["a", "Japan’s", "worst-hit", "--", "'", "’x", "x-", "_", "a_b", "3.5", "“Q”",
              "—", "\u00a0", " ", "\n", "東京", "x'-y", "١٢", "é", "ǅ", ",", ".", "-.", "',"]
    for size in (1, 2, 3):
        for combo in itertools.product(pieces, repeat=size):
            sample = "".join(combo)
            assert text._count_spaced(sample) == len(text._WORD_RE.findall(sample)), sample


_BYLINE_XPATH = (
    "//@class[contains(.,'yline') or contains(.,'uthor') or contains(.,'riter')]/.."
    " | //@id[contains(.,'yline') or contains(.,'uthor')]/.."
    " | //@rel[.='author']/.. | //@itemprop[.='author']/.."
)


def test_byline_candidates_are_the_xpath_union(benchmarks_dir: object) -> None:
    """The lazy attribute walk yields what the four-way XPath union found, in its order,
    with and without the related stage's cached body elements (benchmark pages and odd
    markup: hints in <html>/<head>, substrings, exact values only, several hints at once)."""
    import gzip
    from pathlib import Path

    from lxml import etree

    from articlex.fields.attribution.authors import _byline_candidates
    from articlex.fields.related import find_related
    from articlex.options import DEFAULT_OPTIONS
    from articlex.page import parse_page

    xpath = etree.XPath(_BYLINE_XPATH)
    odd = (
        "<html class='authorpage'><head><link rel='author' href='/a'><title id='byline'>T"
        "</title></head><body itemprop='author'><div class='Byline'>x</div>"
        "<p rel='authors'>y</p><p rel='author' class='writer' id='author'>z</p><br>"
        "<span itemprop=' author'>q</span><a itemprop='author'>w</a><i id='writer'>v</i>"
        "<b class='co-author'>u</b><em id='x-byline-y'>t</em>&amp;</body></html>"
    )
    files = sorted(Path(str(benchmarks_dir), "scrapinghub", "html").glob("*.html.gz"))[::4]
    htmls = [odd, "<html><body><p>no hints</p></body></html>"]
    htmls += [gzip.decompress(f.read_bytes()).decode("utf-8", "replace") for f in files]
    for html in htmls:
        for related in (False, True):
            page = parse_page(html, options=DEFAULT_OPTIONS)
            if related:
                find_related(page, DEFAULT_OPTIONS)
                assert page._cache.get("body_elements")
            assert list(_byline_candidates(page)) == xpath(page.tree)


def test_page_elements_are_the_tree_walk() -> None:
    """``Page.elements`` lists what a walk of the whole tree finds (head and body, nested,
    none), once per page: the stages that share it get the same list object."""
    from articlex.options import DEFAULT_OPTIONS
    from articlex.page import parse_page

    html = (
        "<html><head><title>T</title></head><body><h1>A<h1>B</h1></h1><div><h1>C</h1></div>"
        "<!-- <h1>no</h1> --><p>x</p></body></html>"
    )
    page = parse_page(html, options=DEFAULT_OPTIONS)
    for tag in ("h1", "title", "time", "p"):
        listed = page.elements(tag)
        assert listed == list(page.tree.iter(tag))
        assert page.elements(tag) is listed
    assert [h.text for h in page.elements("h1")] == ["A", "B", "C"]


def _jsonld_page(script: str) -> str:
    return (
        f'<html><head><script type="application/ld+json">{script}</script></head>'
        "<body><p>Text</p></body></html>"
    )


def test_jsonld_wrapper_and_depth_gates() -> None:
    """The JSON-LD reader's gates refuse nothing the full tests accept: a wrapped script is
    unwrapped, one nested past the limit is dropped however few brackets it spends on other
    things, and one nested just to the limit is kept."""
    import json

    from articlex.options import DEFAULT_OPTIONS
    from articlex.page import _MAX_JSONLD_DEPTH, parse_page

    article = '{"@type": "NewsArticle", "headline": "H"}'
    for wrapped in [
        f"<!--{article}-->",
        f"  <![CDATA[{article}]]>\n",
        f"{article} -->",
        f"<!-- {article}",
        article,
    ]:
        page = parse_page(_jsonld_page(wrapped), options=DEFAULT_OPTIONS)
        assert page.jsonld_of_type("NewsArticle"), wrapped

    def nested(depth: int) -> str:
        value: object = "x"
        for _ in range(depth - 1):
            value = [value]
        return json.dumps({"@type": "NewsArticle", "a": value})

    kept = parse_page(_jsonld_page(nested(_MAX_JSONLD_DEPTH)), options=DEFAULT_OPTIONS)
    dropped = parse_page(_jsonld_page(nested(_MAX_JSONLD_DEPTH + 1)), options=DEFAULT_OPTIONS)
    assert kept.jsonld and not dropped.jsonld


def test_text_of_is_text_content() -> None:
    """``text_of`` (the element's own ``text`` when it has no children, else the text
    serializer) is ``text_content()`` for every element of odd markup."""
    import lxml.etree
    import lxml.html

    from articlex.text import text_of

    root = lxml.html.fromstring(
        "<div>a<p></p><p>x &amp; y\u00a0z</p><a href='#'>link<b>bold</b>tail</a>"
        "<span>s</span>after<br>br tail<!-- c --><em> sp </em><i></i>\u2028end</div>"
    )
    for el in root.iter(lxml.etree.Element):
        assert text_of(el) == el.text_content(), el.tag
    assert text_of(root.find(".//i")) == ""


def test_spaceless_lead_bytes_cover_the_pattern() -> None:
    """Every character ``_SPACELESS_RE`` matches has one of ``_SPACELESS_LEADS`` as the lead
    byte of its UTF-8, so ``count_words`` skips the pattern only on text that has none."""
    from articlex import text

    for code in range(0x110000):
        char = chr(code)
        if text._SPACELESS_RE.fullmatch(char):
            assert char.encode()[:1] in text._SPACELESS_LEADS, hex(code)
            assert text._may_be_spaceless(f"é{char}")
    assert not text._may_be_spaceless("plain “quotes” — and ä ß ё 한국")


def test_mention_gate_matches_the_mention_pattern() -> None:
    """``may_mention``'s literal-led pattern finds what ``_MENTION_RE`` finds (same spans),
    on every alias in odd left and right contexts and on prose."""
    from articlex.fields.attribution import names

    gate, full = names._MENTION_GATE_RE, names._MENTION_RE
    aliases = sorted({v for alias in names._ALIAS for v in names._variants(alias)})
    befores = ["", " ", "x", "_", "/", "@", "#", ".", "-", "(", "“", "é", "1", "\n"]
    afters = ["", " ", "s", "-", "/", "@", ".", ")", "’s", "1"]
    samples = ["Reuters reported that dpa and DPA, per n-tv.", "The Associated Press of "
               "Pakistan said", "ČTK and čtk", "xAFP AFP/Getty (AP) Ap ANI ani"]
    for alias in aliases:
        for before in befores:
            samples += [f"{before}{alias}{after}" for after in afters]
        samples.append(alias.lower())
        samples.append(alias.upper())
    for sample in samples:
        spans = [m.span() for m in full.finditer(sample)]
        assert [m.span() for m in gate.finditer(sample)] == spans, sample
        assert names.may_mention(sample) == bool(spans), sample


def test_descriptor_gate_passes_every_description() -> None:
    """Every text ``SOURCE_DESCRIPTOR_RE`` finds a description in holds one of the strings
    the citation gate tests (so skipping the others changes nothing)."""
    import itertools

    from articlex import vocab
    from articlex.fields.attribution import citations

    assert citations._DESCRIPTOR_STRINGS
    found = 0
    for base, kind, adj in itertools.product(
        ["", "Seoul-based ", "New York-based "],
        ["news agency", "wire service", "newspaper", "daily", "broadcaster", "news organization",
         "news organisation", "publication", "outlet", "network", "news  agency"],
        ["", "state-run ", "official "],
    ):
        text = f"said the {base}{adj}{kind}, citing"
        if vocab.SOURCE_DESCRIPTOR_RE.search(text):
            found += 1
            assert citations._may_describe(text)
            assert any(s in text for s in citations._DESCRIPTOR_STRINGS), text
    assert found > 50
    assert not citations._may_describe("The agency said")


def test_flags_by_class_equal_the_class_id_string_flags() -> None:
    """related's per-class dict gives an element without id what _class_flags gives its
    "class " string, also once the dict was emptied for growing too large."""
    from articlex.fields import related

    names = [None, "", "related-posts", "x taboola", "nav-next", "widget-title", "row", "a  b"]
    for name in names:
        expected = related._class_flags(f"{name} ") if name else None
        assert related._flags_of_class(name) == expected, name
        assert related._FLAGS_BY_CLASS[name] == expected, name
    for i in range(8200):
        related._flags_of_class(f"c{i}")
    assert len(related._FLAGS_BY_CLASS) <= 8194
    assert related._flags_of_class("related-posts") == related._class_flags("related-posts ")


def test_word_masks_table_is_bounded_and_gives_the_gates_answers() -> None:
    """_class_flags reads each word's gate mask from a plain dict: it holds _word_mask's
    answer for every word it keeps, never grows past its bound, and the flags are the same
    before and after it was emptied."""
    from articlex.fields import related

    names = ["related-posts x", "nav-next", "widget-title row", "taboola", "plain words only"]
    before = [related._class_flags(name) for name in names]
    for word, bits in related._WORD_MASKS.items():
        assert bits == related._word_mask(word), word
    for i in range(related._MAX_WORD_MASKS + 50):
        related._class_flags(f"w{i}")
    assert len(related._WORD_MASKS) <= related._MAX_WORD_MASKS + 1
    assert [related._class_flags(name) for name in names] == before
    related.clear_flags_by_class()
    assert not related._WORD_MASKS
    assert [related._class_flags(name) for name in names] == before


def test_body_reusing_located_texts_is_the_body_reading_them(benchmarks_dir: object) -> None:
    """The body read with the block texts locating measured (``MainContent.texts``) is the
    body read from the tree alone (every 4th scrapinghub page)."""
    import dataclasses
    import gzip
    from pathlib import Path

    from articlex.clean import clean
    from articlex.fields.body import extract_body
    from articlex.fields.related import find_related
    from articlex.locate import locate
    from articlex.options import DEFAULT_OPTIONS
    from articlex.page import parse_page

    files = sorted(Path(str(benchmarks_dir), "scrapinghub", "html").glob("*.html.gz"))[::4]
    reused = 0
    for file in files:
        page = parse_page(gzip.decompress(file.read_bytes()), options=DEFAULT_OPTIONS)
        pruned = clean(page, DEFAULT_OPTIONS, drop=find_related(page, DEFAULT_OPTIONS).blocks)
        main = locate(pruned, page, DEFAULT_OPTIONS)
        if main is None:
            continue
        reused += len(main.texts)
        plain = dataclasses.replace(main, texts={})
        assert extract_body(page, main, DEFAULT_OPTIONS) == extract_body(
            page, plain, DEFAULT_OPTIONS
        ), file.name
    assert reused


def _prev_next_pages() -> list[str]:
    """Small pages of links mixing what the previous/next pre-check reads: rel values, a
    direction or context class on the link or one of its ancestors (up to four levels),
    indentation before the label, and labels that are and are not previous/next."""
    import itertools

    rels = ["", ' rel="nofollow"', ' rel="prev"', ' rel="next noopener"', ' rel="tag"']
    classes = ["nav-previous", "post-next", "post-navigation", "menu", "other"]
    labels = ["« Previous", "Next post:", "Older", "News today", "Nextdoor app", "→ next"]
    indents = ["", "\n" + " " * 20]
    pages = []
    for rel, cls, depth, label, indent in itertools.product(
        rels, classes, range(5), labels, indents
    ):
        link = (
            f'<a href="/2024/05/some-other-story/"{rel}{f" class={cls!r}" if depth == 0 else ""}>'
            f"{indent}<span>{label}</span>{indent}Some other story title</a>"
        )
        for level in range(1, 5):
            attr = f' class="{cls}"' if level == depth else ""
            link = f"<div{attr}>{link}</div>"
        pages.append(link)
    return pages


def test_prev_next_precheck_never_refuses_a_link_the_full_test_takes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``_Finder._maybe_prev_next`` is a shortcut in front of ``_prev_next_kind``: with it
    replaced by "always check", every page gives the same related links."""
    from articlex.fields import related
    from articlex.options import DEFAULT_OPTIONS
    from articlex.page import parse_page

    url = "https://news.example.com/2024/05/the-story-itself/"
    text = "<p>" + "The story itself has a long paragraph of plain text. " * 12 + "</p>"
    htmls = [
        f"<html><body><article><h1>The story</h1>{text}{nav}</article></body></html>"
        for nav in _prev_next_pages()
    ]

    def links(html: str) -> list[tuple[str, str, str]]:
        page = parse_page(html, url=url, options=DEFAULT_OPTIONS)
        found = related.find_related(page, DEFAULT_OPTIONS).links
        return [(link.kind.value, link.url, link.title) for link in found]

    shortcut = [links(html) for html in htmls]
    monkeypatch.setattr(related._Finder, "_maybe_prev_next", lambda *args: True)
    plain = [links(html) for html in htmls]
    assert shortcut == plain
    # the table holds both kinds of page: links taken as previous/next, and links that are not
    kinds = {kind for found in plain for kind, _u, _t in found}
    assert {"previous", "next"} <= kinds
    assert any(not found for found in plain)


_BODY_SNIPPETS = [
    "<p>Plain paragraph one with enough words to count as text. " * 3 + "</p>",
    '<p>A paragraph with <a href="/x">a link</a> and <b>bold <i>nested</i></b> text.</p>'
    "<p>Line one<br>line two<br/>line three, after breaks.</p>",
    "<h2>A subheading</h2><p>Text under it, long enough to be a paragraph of the story.</p>"
    "<blockquote><p>A quote inside</p> with a tail</blockquote>",
    "<ul><li>First item of a list</li><li>Second <a href='/y'>linked</a> item</li></ul>"
    "<p>After the list, more story text follows in this paragraph here.</p>",
    "<div>Loose text in a div <span>with a span</span> and a tail.<p>Then a paragraph.</p>"
    "trailing words</div><figure><img src='a.jpg'><figcaption>Photo: Agency</figcaption>"
    "</figure><p>Last paragraph of the story with some words in it.</p>",
]


@pytest.mark.parametrize("case", range(len(_BODY_SNIPPETS) + 1))
def test_body_reusing_located_texts_on_bundled_pages(case: int) -> None:
    """As the benchmark-page test above, on pages that ship with the repository (the
    example page and small snippets: links, line breaks, quotes, lists, loose text), so
    that it runs without ``../shared``."""
    import dataclasses
    from importlib import resources

    from articlex.clean import clean
    from articlex.fields.body import extract_body
    from articlex.fields.related import find_related
    from articlex.locate import locate
    from articlex.options import DEFAULT_OPTIONS
    from articlex.page import parse_page

    if case == len(_BODY_SNIPPETS):
        html = resources.files("articlex").joinpath("data/example.html").read_bytes()
    else:
        story = " ".join(_BODY_SNIPPETS[: case + 1])
        html = f"<html><body><article><h1>Title</h1>{story}</article></body></html>".encode()
    page = parse_page(html, options=DEFAULT_OPTIONS)
    pruned = clean(page, DEFAULT_OPTIONS, drop=find_related(page, DEFAULT_OPTIONS).blocks)
    main = locate(pruned, page, DEFAULT_OPTIONS)
    assert main is not None
    assert main.texts  # the shortcut is exercised
    plain = dataclasses.replace(main, texts={})
    assert extract_body(page, main, DEFAULT_OPTIONS) == extract_body(page, plain, DEFAULT_OPTIONS)


def _urljoin_absolute(page: Page, href: str | None) -> str | None:
    """``Page.absolute`` without its fast path: the stripped href resolved by
    ``Page._resolve`` (``urljoin`` then ``urlsplit``, the general case)."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    return page._resolve(href)


_BASES = [
    None,
    "",
    "https://example.com/a/b",
    "http://Example.COM",
    "HTTPS://example.com/dir/?q=1#f",
    "https://user@example.com:8080/x;p",
    "ftp://example.com/a",
    "http:///nohost",
    "http://[broken",
    "http://xn--80ak6aa92e.com/",
    "http://exa\u2100mple.com/",
]


def _href_strategy() -> Any:
    from hypothesis import strategies as st

    prefixes = st.sampled_from(
        ["http://", "https://", "/", "//", "", "HTTP://", "http:///", "https://?", "./", "../"]
    )
    rest = st.text(alphabet="ab/.:?#;[]@ %\t\n\u00e9\u2100=-_", max_size=24)
    return st.tuples(prefixes, rest).map("".join)


def test_absolute_fast_path_is_urljoin() -> None:
    """``Page.absolute``'s fast path (absolute http(s) hrefs and paths from the root) gives
    what ``urljoin`` and ``urlsplit`` give, for every base and generated href."""
    from hypothesis import given, settings
    from hypothesis import strategies as st
    from lxml.html import document_fromstring

    tree = document_fromstring("<html><body></body></html>")

    @settings(max_examples=3000, deadline=None, derandomize=True)
    @given(st.sampled_from(_BASES), _href_strategy())
    def check(base: str | None, href: str) -> None:
        page = Page(tree, base, base, None, None, None, {}, ())
        assert page.absolute(href) == _urljoin_absolute(page, href), (base, href)
        assert page.absolute(" " + href) == _urljoin_absolute(page, " " + href), (base, href)

    check()
    samples = ["https://x.com/a?b=1", "/news/2020/story", "/a?x=1&y=2", "http://h", "/"]
    for base in _BASES:
        page = Page(tree, base, base, None, None, None, {}, ())
        for href in samples:
            assert page.absolute(href) == _urljoin_absolute(page, href), (base, href)


def test_extract_reading_the_pruned_tree_is_extract_reading_a_copy(
    benchmarks_dir: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """extract() reads the body from the page tree pruned in place (``clean.pruned``), then
    the headline from the whole tree again: the same Article as reading a pruned copy that
    stays pruned (``clean.clean``, as extract() did before), on every 3rd benchmark page."""
    import gzip
    from collections.abc import Iterable, Iterator
    from contextlib import contextmanager
    from pathlib import Path

    from lxml.etree import _Element

    from articlex import api
    from articlex.clean import clean
    from articlex.options import ExtractOptions

    @contextmanager
    def copied(
        page: Page, options: ExtractOptions, *, drop: Iterable[_Element] = ()
    ) -> Iterator[_Element]:
        yield clean(page, options, drop=drop)

    files = [
        file
        for dataset in ("scrapinghub", "readability")
        for file in sorted(Path(str(benchmarks_dir), dataset, "html").glob("*.html.gz"))[::3]
    ]
    pages = [gzip.decompress(file.read_bytes()) for file in files]
    in_place = [api.extract(data, url="https://example.com/a").to_dict() for data in pages]
    monkeypatch.setattr(api, "pruned", copied)
    for file, data, got in zip(files, pages, in_place, strict=True):
        assert got == api.extract(data, url="https://example.com/a").to_dict(), file.name
