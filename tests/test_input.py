"""Decoding and bad input: a clear articlex exception or a decoded page, never a crash."""

from __future__ import annotations

import gzip

import pytest

import articlex
from articlex import EmptyInputError, InputTooLargeError, NotHTMLError

TEXT = (
    "Über Größe: Köln, Москва и Санкт-Петербург — “quoted” text"
    " that is long enough to be a paragraph."
)


def page(charset: str) -> str:
    return (
        f'<html><head><meta charset="{charset}"><title>t</title></head>'
        f"<body><article><p>{TEXT}</p><p>{TEXT}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    "data",
    [
        page("utf-8").encode("utf-8"),
        b"\xef\xbb\xbf" + page("utf-8").encode("utf-8"),
        page("windows-1251").replace("Über Größe: Köln, ", "").encode("cp1251"),
        page("utf-8").encode("utf-16"),
        page("utf-8").encode("utf-16-le"),
        page("koi8-r")
        .replace("Über Größe: Köln, ", "")
        .replace("“", '"')
        .replace("”", '"')
        .replace("—", "-")
        .encode("koi8-r"),
        # a wrong declaration: the bytes are UTF-8 although the page says latin-1
        page("iso-8859-1").encode("utf-8"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "cp1251-meta",
        "utf16-bom",
        "utf16le-no-bom",
        "koi8r-meta",
        "wrong-declaration",
    ],
)
def test_decoding(data: bytes) -> None:
    article = articlex.extract(data)
    assert "Москва" in article.body.text
    assert "Ð" not in article.body.text and "\ufffd" not in article.body.text


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"  \n\t ", EmptyInputError),
        ("", EmptyInputError),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", NotHTMLError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", NotHTMLError),
        (gzip.compress(b"<html><body><p>x</p></body></html>"), NotHTMLError),
        (bytes(range(256)) * 4, NotHTMLError),
        (b'{"title": "not a page", "body": "json"}', NotHTMLError),
        (b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', NotHTMLError),
        (b"Just some plain text without any markup at all.", NotHTMLError),
    ],
    ids=[
        "empty-bytes",
        "whitespace",
        "empty-str",
        "pdf",
        "png",
        "gzip",
        "random-binary",
        "json",
        "rss",
        "plain-text",
    ],
)
def test_bad_input(data: bytes | str, error: type[Exception]) -> None:
    with pytest.raises(error):
        articlex.extract(data)


def test_errors_share_one_base() -> None:
    with pytest.raises(articlex.ArticlexError):
        articlex.extract(b"")


def test_too_large() -> None:
    options = articlex.ExtractOptions(max_bytes=2048)
    with pytest.raises(InputTooLargeError, match="max_bytes"):
        articlex.extract(b"<html><body>" + b"<p>x</p>" * 1000 + b"</body></html>", options=options)


def test_str_with_xml_declaration() -> None:
    html = (
        '<?xml version="1.0" encoding="utf-8"?><html><body><article><p>'
        + TEXT
        + "</p></article></body></html>"
    )
    assert articlex.extract(html).body.text == TEXT


@pytest.mark.parametrize("as_bytes", [False, True])
def test_nul_characters_are_dropped(as_bytes: bool) -> None:
    """NUL characters vanish from the text (they are not whitespace: no word is split)."""
    html = page("utf-8").replace("Köln", "K\x00öln").replace("<p>", "<p>\x00", 1)
    data: str | bytes = html.encode("utf-8") if as_bytes else html
    article = articlex.extract(data)
    assert article.body.text == f"{TEXT}\n\n{TEXT}"
    assert "\x00" not in article.body.text


def test_surrogate_in_str_is_replaced() -> None:
    """A lone surrogate (a bad decode upstream) becomes U+FFFD; the text around it stays."""
    html = page("utf-8").replace("Köln", "K\ud800ln", 1)
    text = articlex.extract(html).body.text
    assert text.startswith("Über Größe: K\ufffdln, Москва")
    assert text.endswith(TEXT)


def test_wrong_type() -> None:
    with pytest.raises(TypeError, match="bytes, str"):
        articlex.extract(123)


def test_beautifulsoup_input() -> None:
    bs4 = pytest.importorskip("bs4")
    soup = bs4.BeautifulSoup(page("utf-8"), "html.parser")
    assert articlex.extract(soup).body.text == f"{TEXT}\n\n{TEXT}"


def test_no_article_gives_empty_body() -> None:
    article = articlex.extract(
        b"<html><head><title>Home</title></head><body><nav><a href='/a'>A</a></nav></body></html>"
    )
    assert article.body.text == ""
    assert article.read_time.minutes is None and article.read_time.words == 0


_FILL = "plain words without any markup at all. " * 2000  # ~80k characters


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("\n\u00a0\u2003 \t", EmptyInputError),  # only (Unicode) white space
        (" \n{\"a\": \"<p>x</p>\"}", NotHTMLError),  # JSON after white space
        ("\u2003[1, 2, 3]", NotHTMLError),
        (" \n" + "[" + "<div>" + _FILL + "]", None),  # a '[' then markup: HTML
        (_FILL + "<p>markup only at the end</p>", None),  # tags only in the last 64 Ki
        ("<p>markup only at the start</p>" + _FILL, None),
        (_FILL + "<p>in the middle</p>" + _FILL, NotHTMLError),  # outside both ends
        (" " * 70000 + "{\"a\": 1}", NotHTMLError),  # the first 64 Ki only white space
        ("<!-- c -->\n<rss version='2.0'><channel></channel></rss>", NotHTMLError),
    ],
)
def test_what_looks_like_html(text: str, error: type[Exception] | None) -> None:
    """The markup checks read the first and the last 64 Ki characters, the first character
    after white space (str.isspace()'s) telling JSON."""
    if error is None:
        articlex.extract(text)
    else:
        with pytest.raises(error):
            articlex.extract(text)
