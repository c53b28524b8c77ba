"""Property: extract() on any input only returns an Article or raises an ArticlexError.

Arbitrary bytes, arbitrary strings (lone surrogates included), random tag soup, and real
benchmark pages mutated at random (bytes flipped, cut, spliced, duplicated). Examples are
bounded so the file runs in seconds.
"""

from __future__ import annotations

import gzip

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import articlex
from articlex import Article, ArticlexError
from batch_helpers import article_page
from conftest import shared_benchmarks

SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)


def _check(data: bytes | str) -> None:
    try:
        result = articlex.extract(data, url="https://example.com/a/b")
    except ArticlexError as exc:
        assert str(exc)  # every error says what was wrong
        return
    assert isinstance(result, Article)
    result.to_json()  # the result is always serializable


def _real_pages() -> list[bytes]:
    root = shared_benchmarks()
    if root is None:
        return [article_page("Storm hits coast"), article_page("Bridge reopens")]
    paths = sorted(
        (root / "scrapinghub" / "html").glob("*.html.gz"), key=lambda p: p.stat().st_size
    )
    # Four small real pages (mutating a large page makes every example slow).
    return [gzip.decompress(p.read_bytes()) for p in paths[:4]]


PAGES = _real_pages()

TAGS = [
    "html",
    "head",
    "body",
    "article",
    "div",
    "p",
    "a",
    "span",
    "h1",
    "time",
    "script",
    "meta",
    "title",
    "table",
    "td",
    "li",
    "ul",
    "br",
    "figure",
    "aside",
    "nav",
    "footer",
]
ATTRS = [
    "class='byline'",
    "href='javascript:x'",
    "href='/a'",
    "rel='canonical'",
    "property='og:url' content='data:x'",
    "type='application/ld+json'",
    "itemprop='author'",
    "datetime='2024-13-45'",
    "lang='zz'",
    "charset='utf-7'",
]
_PIECE = st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"),
    st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.tuples(st.sampled_from(TAGS), st.sampled_from(ATTRS)).map(lambda ta: f"<{ta[0]} {ta[1]}>"),
    st.text(max_size=40),
    st.sampled_from(
        [
            "By ",
            "Reuters",
            "AP",
            "5 min read",
            "Related:",
            "&amp;",
            "&#0;",
            "<!--",
            "-->",
            "<![CDATA[",
            '{"@type": "NewsArticle"',
            "]",
            "\x00",
            "\ufeff",
        ]
    ),
)


@SETTINGS
@given(st.binary(max_size=5000))
def test_arbitrary_bytes(data: bytes) -> None:
    _check(data)


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=()), max_size=3000))
def test_arbitrary_text(text: str) -> None:
    _check(text)


@SETTINGS
@given(st.lists(_PIECE, max_size=80).map("".join))
def test_tag_soup(html: str) -> None:
    _check(html)
    _check(html.encode("utf-8", "surrogatepass"))


_MUTATION = st.tuples(
    st.sampled_from(["flip", "delete", "insert", "truncate", "duplicate"]),
    st.floats(min_value=0, max_value=1),
    st.binary(min_size=1, max_size=64),
)


def _mutate(page: bytes, mutations: list[tuple[str, float, bytes]]) -> bytes:
    for op, where, chunk in mutations:
        at = int(where * len(page))
        if op == "flip":
            page = page[:at] + chunk + page[at + len(chunk) :]
        elif op == "delete":
            page = page[:at] + page[at + len(chunk) * 50 :]
        elif op == "insert":
            page = page[:at] + chunk + page[at:]
        elif op == "truncate":
            page = page[:at]
        else:
            page = page[:at] + page[at : at + 2000] * 3 + page[at:]
    return page


@settings(SETTINGS, max_examples=40)
@given(st.sampled_from(range(len(PAGES))), st.lists(_MUTATION, min_size=1, max_size=6))
def test_mutated_real_pages(index: int, mutations: list[tuple[str, float, bytes]]) -> None:
    _check(_mutate(PAGES[index], mutations))


def test_unmutated_pages_extract() -> None:
    assert all(isinstance(articlex.extract(p), Article) for p in PAGES)
