"""Unit rules of related-story links (src/articlex/fields/related.py), on small HTML tables."""

from __future__ import annotations

import pytest

from articlex import ExtractOptions, extract
from articlex.fields.related import find_related
from articlex.model import RelatedKind
from articlex.options import DEFAULT_OPTIONS
from articlex.page import parse_page

URL = "https://news.example.com/2024/05/the-story-itself/"
TEXT = "<p>" + "The story itself has a long paragraph of plain text. " * 12 + "</p>"


def _page(body: str, url: str = URL, head: str = "") -> str:
    return (
        f"<html><head><title>The story</title>{head}</head><body><article><h1>The story</h1>"
        f"{TEXT}{body}</article></body></html>"
    )


def _links(body: str, *, options: ExtractOptions = DEFAULT_OPTIONS, head: str = "",
           url: str = URL) -> list[tuple[str, str, str, str | None, bool]]:
    page = parse_page(_page(body, head=head), url=url, options=options)
    return [
        (link.kind.value, link.url, link.title, link.label, link.sponsored)
        for link in find_related(page, options).links
    ]


TEASER = (
    '<ul><li><a href="/2024/05/first-other-story-here/">First other story here</a></li>'
    '<li><a href="/2024/05/second-other-story-here/">Second other story here</a></li></ul>'
)


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("<h3>Related stories</h3>", "Related stories"),
        ("<h2>Read next</h2>", "Read next"),
        ("<h3>You may also like</h3>", "You may also like"),
        ("<h3>Lesen Sie auch</h3>", "Lesen Sie auch"),
        ("<h3>À lire aussi</h3>", "À lire aussi"),
        ("<h3>Leer más</h3>", "Leer más"),
        ("<h3>Baca juga</h3>", "Baca juga"),
        ("<h4>Latest from Politics</h4>", "Latest from Politics"),
        ("<div class='widget-title'>Don't Miss</div>", "Don't Miss"),
        ("<h3>Tennis latest</h3>", "Tennis latest"),
        ("<h3>Related:</h3>", "Related"),
    ],
)
def test_block_headings_in_several_languages(heading: str, label: str) -> None:
    got = _links(f"<div class='box'>{heading}{TEASER}</div>")
    assert [(k, t, lab) for k, _u, t, lab, _s in got] == [
        ("list", "First other story here", label),
        ("list", "Second other story here", label),
    ]


@pytest.mark.parametrize(
    "heading",
    ["<h3>Related topics</h3>", "<h3>Related tags</h3>", "<h3>Comments</h3>", "<h3>Share</h3>"],
)
def test_headings_that_are_not_related_blocks(heading: str) -> None:
    assert _links(f"<div class='box'>{heading}{TEASER}</div>") == []


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ('<p><strong>ALSO READ: <a href="/2024/05/x-y-z/">Another story on this</a></strong></p>',
         "ALSO READ"),
        ('<p>[Related: <a href="/2024/05/x-y-z/">Another story on this</a>]</p>', "Related"),
        ('<p>Lesen Sie auch: <a href="/2024/05/x-y-z/">Another story on this</a></p>',
         "Lesen Sie auch"),
        ('<p>Read more: <a href="/2024/05/x-y-z/">Another story on this</a></p>', "Read more"),
        ('<p>Also: <a href="/2024/05/x-y-z/">Another story on this</a></p>', "Also"),
    ],
)
def test_inline_teaser_lines(line: str, label: str) -> None:
    got = _links(line)
    assert got == [("inline", "https://news.example.com/2024/05/x-y-z/",
                    "Another story on this", label, False)]


@pytest.mark.parametrize(
    "line",
    [
        '<p>Also the minister <a href="/2024/05/x-y-z/">said</a> that the plan is going ahead.</p>',
        '<p>Read the <a href="/2024/05/x-y-z/">full report</a> on the ministry website today.</p>',
        '<p>Related to this, officials <a href="/2024/05/x-y-z/">warned</a> of delays.</p>',
    ],
)
def test_prose_is_not_an_inline_teaser(line: str) -> None:
    assert _links(line) == []


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a one-word link names no story: a topic tag after the label
        ('<p>Mehr zum Thema: <a href="/thema/Passwort">Passwort</a></p>', []),
        ('<p>More on: <a href="/topic/brexit">Brexit</a></p>', []),
        # a headline in a script without spaces counts its characters, not its one "word"
        ('<p>Related: <a href="/2024/05/x-y-z/">東京都で大雨の警報が出る</a></p>',
         [("inline", "東京都で大雨の警報が出る", "Related")]),
        ('<p>Related: <a href="/2024/05/x-y-z/">Two words</a></p>',
         [("inline", "Two words", "Related")]),
    ],
)
def test_inline_teaser_link_must_name_a_story(
    line: str, want: list[tuple[str, str, str]]
) -> None:
    assert [(k, t, lab) for k, _u, t, lab, _s in _links(line)] == want


@pytest.mark.parametrize(
    "heading",
    [
        '<h2>See also<span class="mw-editsection">[<a href="/w/index.php?title=X&amp;'
        'action=edit&amp;section=3">edit</a>]</span></h2>',
        '<h2><span class="mw-headline">See also</span> <span>[<a href="/edit?s=3">edit</a>]'
        "</span></h2>",
    ],
)
def test_heading_with_an_edit_control_labels_its_list(heading: str) -> None:
    """A wiki's section heading with its "[edit]" control is no teaser line: the list under
    it is the related block, labelled without the control."""
    got = _links(heading + TEASER)
    assert [(k, t, lab) for k, _u, t, lab, _s in got] == [
        ("list", "First other story here", "See also"),
        ("list", "Second other story here", "See also"),
    ]


def test_inline_line_is_dropped_from_the_body() -> None:
    html = _page('<p>ALSO READ: <a href="/2024/05/x-y-z/">Another story on this</a></p>')
    article = extract(html, url=URL)
    assert all("ALSO READ" not in block.text for block in article.body.blocks)
    assert [link.kind for link in article.related] == [RelatedKind.INLINE]


@pytest.mark.parametrize(
    ("nav", "want"),
    [
        ('<a rel="prev" href="/2024/05/older-one/">Older one</a>'
         '<a rel="next" href="/2024/05/newer-one/">Newer one</a>',
         [("previous", "Older one"), ("next", "Newer one")]),
        ('<div class="nav-previous"><a href="/2024/05/older-one/"><span>Previous Post:</span>'
         'Older one</a></div><div class="nav-next"><a href="/2024/05/newer-one/">'
         '<span>Next Post:</span>Newer one</a></div>',
         [("previous", "Older one"), ("next", "Newer one")]),
        ('<a href="/2024/05/older-one/">Previous article Older one</a>',
         [("previous", "Older one")]),
        ('<a rel="next" href="/2024/05/newer-one/">Next Post »</a>', [("next", "")]),
    ],
)
def test_previous_and_next(nav: str, want: list[tuple[str, str]]) -> None:
    got = _links(f'<nav class="post-navigation">{nav}</nav>')
    assert [(k, t) for k, _u, t, _lab, _s in got] == want


@pytest.mark.parametrize("indent", ["", "\n" + " " * 24])
def test_previous_and_next_labels_in_indented_markup(indent: str) -> None:
    # No rel, no class hint: only the label says previous/next. Pretty-printed templates put
    # a line break and indentation before it, which must not hide it.
    nav = (
        f'<div><a href="/2024/05/older-one/">{indent}<span>« Previous</span>{indent}'
        f'<span>Older one</span></a> <a href="/2024/05/newer-one/">{indent}<span>Next »'
        f'</span>{indent}<span>Newer one</span></a></div>'
    )
    got = _links(nav)
    assert [k for k, _u, _t, _lab, _s in got] == ["previous", "next"]


@pytest.mark.parametrize("rel", ["", ' rel="home"'])
def test_an_app_root_named_next_gives_no_direction(rel: str) -> None:
    # Next.js renders the page into <div id="__next">: the "next" token names the app, not
    # a link, and the logo link three levels below it is no next story.
    nav = (
        '<div id="__next"><div class="site-navigation"><div>'
        f'<a href="/"{rel}>The Example News logo</a></div></div></div>'
    )
    assert [k for k, _u, _t, _lab, _s in _links(nav)] == []


def test_pagination_of_the_same_article_is_not_next() -> None:
    assert _links('<a rel="next" href="/2024/05/the-story-itself/2/">Next page</a>') == []


TABOOLA = (
    '<div id="taboola-below" class="trc_related_container"><div class="trc_rbox_header">'
    '<a href="https://popup.taboola.com/en/">Sponsored Links by Taboola</a>'
    '<span class="trc_rbox_header_span">You May Like</span></div>'
    '<div class="videoCube syndicatedItem"><a rel="sponsored" href="https://ads.example.net/x">'
    '<span class="video-title">Doctors hate this one trick</span>'
    '<span class="branding">Brand Inc</span></a></div>'
    '<div class="videoCube"><a href="https://news.example.com/2024/05/organic-story/">'
    '<span class="video-title">An organic story of the site</span></a></div></div>'
)
OUTBRAIN = (
    '<div class="OUTBRAIN" data-widget-id="AR_1"><div class="ob-widget-header">Recommended</div>'
    '<a class="ob-dynamic-rec-link" href="https://paid.example.org/offer?utm=ob">'
    '<span class="ob-rec-text">Paid offer you will love</span>'
    '<span class="ob-rec-source">Advertiser</span></a>'
    '<a href="https://www.outbrain.com/what-is/">What is</a></div>'
)


@pytest.mark.parametrize(
    ("widget", "want"),
    [
        (TABOOLA, [("https://ads.example.net/x", "Doctors hate this one trick", True),
                   ("https://news.example.com/2024/05/organic-story/",
                    "An organic story of the site", False)]),
        (OUTBRAIN, [("https://paid.example.org/offer?utm=ob", "Paid offer you will love", True)]),
    ],
)
def test_sponsored_widgets_are_kept_and_flagged(
    widget: str, want: list[tuple[str, str, bool]]
) -> None:
    got = _links(widget)
    assert [(u, t, s) for k, u, t, _lab, s in got if k == "list"] == want


def test_sponsored_links_dropped_when_not_included() -> None:
    options = ExtractOptions(include_sponsored=False)
    got = _links(TABOOLA + OUTBRAIN, options=options)
    assert [(u, s) for _k, u, _t, _lab, s in got] == [
        ("https://news.example.com/2024/05/organic-story/", False)
    ]


CHROME = (
    '<header class="site-header"><nav><h3>Latest</h3><ul>'
    '<li><a href="/politics/">Politics news from everywhere</a></li></ul></nav></header>'
    '<div class="related-posts"><h3>Related</h3>'
    '<a href="/2024/05/real-related-story/">A real related story</a>'
    '<a href="/tag/politics/">Politics tag page here</a>'
    '<a href="/author/jane-doe/">Jane Doe author page</a>'
    '<span class="share"><a href="https://twitter.com/intent/tweet?u=x">Tweet this</a></span>'
    '<a href="javascript:void(0)">Load more stories please</a>'
    '<a href="mailto:desk@example.com">Mail the desk today</a>'
    f'<a href="{URL}">The story itself again</a>'
    '<a href="/2024/05/real-related-story/#comments">A real related story</a></div>'
    '<footer class="site-footer"><h3>Most read</h3>'
    '<a href="/2024/05/footer-story-one/">Footer story number one</a></footer>'
)


def test_menus_tags_authors_share_and_own_url_are_excluded_and_links_deduplicated() -> None:
    html = (
        "<html><body>" + CHROME.split("<div class=\"related-posts\">")[0] + "<article><h1>T</h1>"
        + TEXT + "<div class=\"related-posts\">" + CHROME.split("<div class=\"related-posts\">")[1]
        .split("<footer")[0] + "</article><footer" + CHROME.split("<footer")[1] + "</body></html>"
    )
    page = parse_page(html, url=URL, options=DEFAULT_OPTIONS)
    got = [(link.kind.value, link.url) for link in find_related(page, DEFAULT_OPTIONS).links]
    assert got == [
        ("list", "https://news.example.com/2024/05/real-related-story/")
    ]


def test_site_wide_lists_count_in_the_side_rail_too() -> None:
    html = (
        "<html><body><main><article><h1>The story</h1>" + TEXT + "</article></main>"
        '<aside class="sidebar"><h3>Popular Posts</h3>' + TEASER + "</aside>"
        '<aside class="sidebar"><h3>Upcoming Events</h3>'
        '<a href="/events/some-big-event-2024/">Some big event of the year</a></aside>'
        "</body></html>"
    )
    page = parse_page(html, url=URL, options=DEFAULT_OPTIONS)
    got = [(link.label, link.url) for link in find_related(page, DEFAULT_OPTIONS).links]
    assert got == [
        ("Popular Posts", "https://news.example.com/2024/05/first-other-story-here/"),
        ("Popular Posts", "https://news.example.com/2024/05/second-other-story-here/"),
    ]


def test_links_resolve_against_base_href() -> None:
    got = _links(
        "<h3>Related</h3><div><a href='story-b/'>The second story here</a></div>",
        head='<base href="https://cdn.example.com/news/">',
    )
    assert [u for _k, u, _t, _lab, _s in got] == ["https://cdn.example.com/news/story-b/"]


def test_titles_drop_kickers_times_and_counts() -> None:
    block = (
        '<div class="related"><h3>Related</h3>'
        '<a href="/2024/05/story-b/"><span class="kicker">Politics</span>'
        '<span>Minister resigns over the budget row</span><time>2 hours ago</time>'
        '<span class="comment-count">12</span></a></div>'
    )
    got = _links(block)
    assert [t for _k, _u, t, _lab, _s in got] == ["Minister resigns over the budget row"]


def test_blocks_are_elements_of_the_page_tree() -> None:
    page = parse_page(_page(f"<div class='box'><h3>Related</h3>{TEASER}</div>"), url=URL,
                      options=DEFAULT_OPTIONS)
    related = find_related(page, DEFAULT_OPTIONS)
    elements = set(page.tree.iter())
    assert related.blocks and all(b in elements for b in related.blocks)


def test_page_without_body_returns_nothing() -> None:
    page = parse_page("<html><head><title>x</title></head></html>", url=URL,
                      options=DEFAULT_OPTIONS)
    assert find_related(page, DEFAULT_OPTIONS).links == ()


HEADLESS = (
    '<ul><li><a href="/2024/05/nasa-mission-could-spot-life/">NASA mission could spot '
    'signs of life</a></li><li><a href="/2024/05/photos-of-the-icy-moon/">Photos: the icy '
    'moon of Jupiter up close</a></li></ul>'
)


def test_headingless_list_of_headlines_closing_the_text() -> None:
    got = _links(HEADLESS + "<p>Follow us on social media for more news.</p>")
    assert [(k, t, lab) for k, _u, t, lab, _s in got] == [
        ("list", "NASA mission could spot signs of life", None),
        ("list", "Photos: the icy moon of Jupiter up close", None),
    ]


def test_list_of_links_inside_the_text_is_not_a_teaser_list() -> None:
    assert _links(HEADLESS + TEXT + TEXT) == []
    bullet = (
        '<ul><li>The plan, <a href="/2024/05/plan-details-here/">explained in detail</a></li>'
        '<li>The vote, <a href="/2024/05/vote-details-here/">counted by hand today</a></li></ul>'
    )
    assert _links(bullet) == []


CARD = (
    '<div class="Enhancement"><div class="PromoSmall"><div class="PromoSmall-category">'
    '<a href="/business">Business</a></div><div class="PromoSmall-title">'
    '<a href="/2024/05/a-vulture-firm-bids-for-the-chain/">A vulture firm bids for the '
    "chain</a></div></div></div>"
)


def test_lone_teaser_card_between_paragraphs() -> None:
    got = _links(CARD + TEXT)
    assert [(k, t, lab) for k, _u, t, lab, _s in got] == [
        ("list", "A vulture firm bids for the chain", None)
    ]


def test_card_outside_the_text_flow_or_linking_elsewhere_is_not_taken() -> None:
    other_site = CARD.replace('href="/2024/05/', 'href="https://elsewhere.example.org/2024/05/')
    assert _links(other_site + TEXT) == []
