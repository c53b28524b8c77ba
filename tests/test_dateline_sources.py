"""Dateline fallback order, sanity rules and the timezone rule, on small made-up pages."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from articlex import ExtractOptions, extract
from articlex.model import Dateline

NOW = ExtractOptions(now=datetime(2024, 3, 26, 12, 0, tzinfo=timezone.utc))
BODY = "<p>" + " ".join(["The story goes on with more words about the day."] * 10) + "</p>"


def _dateline(head: str = "", header: str = "", url: str | None = None) -> Dateline:
    html = (
        f"<html><head><title>A story headline here</title>{head}</head><body><article>"
        f"<h1>A story headline here</h1>{header}{BODY}{BODY}</article></body></html>"
    )
    return extract(html, url=url, options=NOW).dateline


def _ld(obj: Any) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_jsonld_graph_article_wins_over_meta_and_video() -> None:
    head = (
        _ld(
            {
                "@graph": [
                    {"@type": "VideoObject", "uploadDate": "2024-01-02T00:00:00Z"},
                    {"@type": "NewsArticle", "datePublished": "2024-03-25T14:03:00+09:00"},
                ]
            }
        )
        + '<meta property="article:published_time" content="2024-03-20T10:00:00Z">'
    )
    d = _dateline(head)
    assert d.published == datetime(2024, 3, 25, 14, 3, tzinfo=timezone(timedelta(hours=9)))
    assert str(d.source) == "json-ld"


def test_meta_then_created() -> None:
    head = _ld({"@type": "NewsArticle", "dateCreated": "2024-03-02"}) + (
        '<meta name="parsely-pub-date" content="2024-03-01T08:00:00Z">'
    )
    d = _dateline(head)
    assert d.published == datetime(2024, 3, 1, 8, 0, tzinfo=timezone.utc)
    assert str(d.source) == "meta"


def test_naive_when_the_page_gives_no_zone() -> None:
    d = _dateline('<meta property="article:published_time" content="2024-03-01 08:00:00">')
    assert d.published == datetime(2024, 3, 1, 8, 0) and d.published.tzinfo is None


@pytest.mark.parametrize(
    ("header", "published", "modified"),
    [
        (
            "<p class='byline'>By Jo Doe | Published Mar 25, 2024 2:03 p.m. JST</p>",
            datetime(2024, 3, 25, 14, 3, tzinfo=timezone(timedelta(hours=9))),
            None,
        ),
        (
            "<div><span>25 March 2024</span><span>Updated 3 hours ago</span></div>",
            datetime(2024, 3, 25),
            datetime(2024, 3, 26, 9, 0),
        ),
        ("<div class='date'>13.11.2019, 23:06</div>", datetime(2019, 11, 13, 23, 6), None),
    ],
)
def test_visible_text(header: str, published: datetime, modified: datetime | None) -> None:
    d = _dateline(header=header)
    assert (d.published, d.modified) == (published, modified)
    assert str(d.source) == "visible text"


def test_caption_and_infobox_dates_are_not_the_story_date() -> None:
    header = (
        "<figure><figcaption>Fans cheer on Tuesday, Nov. 19, 2019.</figcaption></figure>"
        "<table><tr><td>Founded</td><td>February 28, 1998</td></tr></table>"
    )
    assert _dateline(header=header).published is None


def test_url_date_last() -> None:
    d = _dateline(url="https://example.com/news/2019/11/19/some-story/")
    assert d.published == datetime(2019, 11, 19) and str(d.source) == "url"


def test_no_date_is_null() -> None:
    d = _dateline()
    assert d.published is None and d.modified is None and d.source is None


def test_future_and_prehistoric_dates_are_skipped() -> None:
    head = (
        '<meta property="article:published_time" content="2031-01-01T00:00:00Z">'
        '<meta name="pubdate" content="1970-01-01">'
        '<meta name="date" content="2024-02-02">'
    )
    assert _dateline(head).published == datetime(2024, 2, 2)


def test_modified_before_published_is_dropped_never_swapped() -> None:
    head = _ld(
        {
            "@type": "NewsArticle",
            "datePublished": "2024-03-25T10:00:00Z",
            "dateModified": "2024-03-24T10:00:00Z",
        }
    )
    d = _dateline(head)
    assert d.published == datetime(2024, 3, 25, 10, 0, tzinfo=timezone.utc)
    assert d.modified is None


def test_date_only_modified_on_the_same_day_is_kept() -> None:
    head = (
        '<meta itemprop="datePublished" content="2018-10-03T19:41:33+04:00">'
        '<meta itemprop="dateModified" content="2018-10-03">'
    )
    d = _dateline(head)
    assert d.modified == datetime(2018, 10, 3)


def test_a_naive_value_takes_the_zone_another_source_states_for_the_same_time() -> None:
    head = '<meta itemprop="datePublished" content="2019-11-19 02:24:00">'
    header = '<time datetime="2019-11-19 02:24:00 UTC">Nov 18, 2019 at 9:24 pm ET</time>'
    d = _dateline(head, header)
    assert d.published == datetime(2019, 11, 19, 2, 24, tzinfo=timezone.utc)


def test_a_date_only_value_takes_the_time_of_day_printed_for_that_day() -> None:
    head = '<meta name="date" content="2019-11-13">'
    header = "<div class='byline'>By Jo Doe, 13.11.2019, 23:06</div>"
    d = _dateline(head, header)
    assert d.published == datetime(2019, 11, 13, 23, 6)


def test_refinement_never_changes_the_day() -> None:
    head = '<meta name="date" content="2019-11-13">'
    header = '<time datetime="2019-11-14T01:00:00+01:00">Nov 14</time>'
    assert _dateline(head, header).published == datetime(2019, 11, 13)
