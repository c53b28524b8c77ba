"""Regressions in page decoding/parsing found by running the benchmarks."""

from __future__ import annotations

import time

import articlex


def test_many_leading_comments_do_not_make_feed_detection_backtrack() -> None:
    # A page that opens with dozens of HTML comments (readability/herald-sun-1 has them) once
    # made the feed-detection pattern backtrack exponentially: 20 comments took seconds.
    html = "<!-- x -->\n" * 20 + "<html><head><title>T</title></head><body>"
    html += "<article><p>" + "A sentence of the story. " * 30 + "</p></article></body></html>"
    start = time.perf_counter()
    articlex.extract(html)
    assert time.perf_counter() - start < 0.5


def test_feed_after_leading_comments_is_still_refused() -> None:
    feed = "<?xml version='1.0'?>\n<!-- a -->\n<!-- b -->\n<rss version='2.0'><channel/></rss>"
    try:
        articlex.extract(feed)
    except articlex.NotHTMLError:
        return
    raise AssertionError("an RSS feed was accepted as a page")


def test_inline_svg_is_gone_from_the_tree_and_its_tail_text_stays() -> None:
    """Inline SVG drawings are removed at parse time (no stage reads them); the text after
    one belongs to its parent and stays, in place."""
    from articlex.options import DEFAULT_OPTIONS
    from articlex.page import parse_page

    icon = '<svg viewBox="0 0 9 9"><title>Share</title><g><path d="M0"/><use href="#i"/></g></svg>'
    story = "<p>" + "A sentence of the story. " * 30 + "</p>"
    html = (
        "<html><head><title>T</title></head><body><article><h1>Storm hits the coast</h1>"
        f"<p>Winds reached {icon}120 km/h on Tuesday, {icon}the office said.</p>{story}"
        "</article></body></html>"
    )
    page = parse_page(html, options=DEFAULT_OPTIONS)
    assert not list(page.tree.iter("svg", "g", "path", "use"))
    assert [t.text for t in page.tree.iter("title")] == ["T"]
    first = articlex.extract(html).body.blocks[0].text
    assert first == "Winds reached 120 km/h on Tuesday, the office said."


def test_trees_are_made_of_lxml_c_elements() -> None:
    """The page tree and clean()'s copy are made of lxml's own C element class, not
    lxml.html's Python subclass (slower to make and free on every walk: see page.html_parser);
    a deep page re-parsed with the huge-tree parser too."""
    import lxml.etree

    from articlex.clean import clean
    from articlex.options import DEFAULT_OPTIONS
    from articlex.page import parse_page

    story = "<p>" + "A sentence of the story. " * 30 + "</p>"
    deep = "<div>" * 300 + "deep" + "</div>" * 300
    for body in (story, story + deep):
        page = parse_page(f"<html><body>{body}</body></html>", options=DEFAULT_OPTIONS)
        pruned = clean(page, DEFAULT_OPTIONS)
        for tree in (page.tree, pruned):
            assert {type(el) for el in tree.iter()} == {lxml.etree._Element}
