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
