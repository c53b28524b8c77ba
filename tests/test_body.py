"""Body extraction on small synthetic pages: one rule per test, named after the rule."""

from __future__ import annotations

import lxml.html
import pytest

from articlex import extract
from articlex.model import BlockKind

LONG = (
    "The council voted on Tuesday to expand the program after a year of delays, officials said,"
    " and the first payments are expected before the end of the month."
)


def _page(article: str, *, around: str = "") -> str:
    return (
        "<html><head><title>T</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"{around}<article><h1>Headline</h1><div class='entry-content'>{article}</div></article>"
        "<footer>© 2024 Example News</footer></body></html>"
    )


def _body(html: str) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in extract(html).body.blocks]


def _texts(html: str) -> list[str]:
    return [text for _, text in _body(html)]


def test_paragraphs_in_order_without_chrome() -> None:
    html = _page(f"<p>First. {LONG}</p><p>Second. {LONG}</p><p>Third. {LONG}</p>")
    texts = _texts(html)
    assert [t.split(".")[0] for t in texts] == ["First", "Second", "Third"]
    assert not any("Home" in t or "©" in t or t == "Headline" for t in texts)


def test_subheadings_lists_quotes_and_tables_are_kept() -> None:
    html = _page(
        f"<p>{LONG}</p><h2>What changes</h2><ul><li>Payments rise</li><li>Rules ease</li></ul>"
        f"<blockquote><p>We waited a long time for this, {LONG}</p></blockquote>"
        "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2024</td><td>$3m</td></tr></table>"
        f"<p>{LONG}</p>"
    )
    kinds = [kind for kind, _ in _body(html)]
    assert kinds == [
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.LIST,
        BlockKind.QUOTE,
        BlockKind.TABLE,
        BlockKind.PARAGRAPH,
    ]
    blocks = dict((kind, text) for kind, text in _body(html))
    assert blocks[BlockKind.LIST] == "Payments rise\nRules ease"
    assert blocks[BlockKind.TABLE] == "Year | Cost\n2024 | $3m"


def test_text_separated_by_br_becomes_paragraphs() -> None:
    html = _page(f"First part. {LONG}<br><br>Second part. {LONG}<br><br>Third part. {LONG}")
    texts = _texts(html)
    assert [t.split(".")[0] for t in texts] == ["First part", "Second part", "Third part"]


def test_inline_markup_stays_inside_its_paragraph() -> None:
    html = _page(f"<p>{LONG} <a href='/x'>A linked phrase</a> and <b>bold</b> words.</p>")
    assert _texts(html) == [f"{LONG} A linked phrase and bold words."]


@pytest.mark.parametrize(
    "junk",
    [
        "<p>ALSO READ: <a href='/other'>Another story about something else</a></p>",
        "<p>Advertisement</p>",
        "<p>Updated 11:21 pm CST, Tuesday, November 19, 2019</p>",
        "<p>By Jane Smith</p>",
        "<p>Tags: <a href='/t/a'>council</a>, <a href='/t/b'>budget</a></p>",
        "<p>Photo: Jane Smith / Reuters</p>",
        "<p>Sign up for our newsletter to get the latest stories in your inbox.</p>",
        "<figure><img src='a.jpg'><figcaption>The council chamber.</figcaption></figure>",
        "<ul><li><figure><img src='a.jpg'><figcaption>The council chamber, seen"
        " from the public gallery.</figcaption></figure></li><li><figcaption>The mayor speaks"
        " to the press after the vote.</figcaption></li></ul>",
        "<div class='share-buttons'><a href='#'>Share on Facebook</a></div>",
        "<div class='newsletter-signup'><p>Never miss a story. Unsubscribe any time.</p></div>",
    ],
    ids=[
        "also-read",
        "ad-label",
        "update-stamp",
        "byline",
        "tags",
        "photo-credit",
        "newsletter-prompt",
        "figure-caption",
        "figures-in-a-list",
        "share-bar",
        "newsletter-box",
    ],
)
def test_furniture_inside_the_article_is_dropped(junk: str) -> None:
    html = _page(f"<p>One. {LONG}</p>{junk}<p>Two. {LONG}</p>")
    assert _texts(html) == [f"One. {LONG}", f"Two. {LONG}"]


def test_teaser_widget_inside_the_article_container_is_dropped() -> None:
    teasers = "".join(
        f"<li><a href='/s{i}'>Another headline about story number {i}</a> <span>2 hours ago</span>"
        "</li>"
        for i in range(5)
    )
    html = _page(f"<p>One. {LONG}</p><p>Two. {LONG}</p><div><ul>{teasers}</ul></div>")
    assert _texts(html) == [f"One. {LONG}", f"Two. {LONG}"]


def test_container_stops_at_a_teaser_heading() -> None:
    html = _page(
        f"<p>One. {LONG}</p><p>Two. {LONG}</p><h3>You may also like</h3>"
        "<p>A summary of another story that is not part of this one at all.</p>"
    )
    assert _texts(html) == [f"One. {LONG}", f"Two. {LONG}"]


def test_article_split_over_sibling_containers_is_read_whole() -> None:
    parts = "".join(
        f"<div class='section'><p>Part {i}. {LONG}</p><p>More {i}. {LONG}</p></div>"
        "<figure><img src='x.jpg'></figure>"
        for i in range(3)
    )
    texts = _texts(_page(parts))
    assert [t.split(".")[0] for t in texts] == [
        "Part 0", "More 0", "Part 1", "More 1", "Part 2", "More 2"
    ]


def _story_beside(rail: str) -> str:
    """A page whose story (a name and a stamp, then three paragraphs) sits beside ``rail``
    under one wrapper: what widening the story's container to the wrapper would take in."""
    paragraphs = "".join(f"<p>Paragraph {i}. {LONG}</p>" for i in range(3))
    return (
        "<html><body><div class='page'><div><div>Jane Roe</div><div>Wire, Dec. 2</div>"
        f"<div class='text'>{paragraphs}</div></div><div>{rail}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("summary", "widened"),
    [
        ("A short summary of the other story, and its date.", False),
        (f"{LONG} {LONG}", True),
    ],
    ids=["teaser-rail", "prose-with-links"],
)
def test_widening_skips_a_rail_of_teasers(summary: str, widened: bool) -> None:
    """The main container is not widened to a parent whose extra text is mostly links (a rail
    of headlines beside the story), so what sits between them (a stamp, a counter) stays out;
    extra text that is prose with a link per paragraph does widen it."""
    rail = "".join(
        f"<div><a href='/s{i}'>Another story headline number {i} here</a> {summary}</div>"
        for i in range(8)
    )
    texts = _texts(_story_beside(rail))
    assert ("Jane Roe" in texts) is widened
    assert texts[2 if widened else 0].startswith("Paragraph 0")


@pytest.mark.parametrize(
    ("cls", "kept"),
    [
        ("hide", False),
        ("form-error hidden", False),
        ("d-none d-print-block", False),
        ("is-hidden", False),
        ("hidden md:block", True),
        ("d-none d-md-block", True),
        ("hidden-xs", True),
        ("hide-on-print", True),
    ],
)
def test_blocks_hidden_by_a_framework_class_are_dropped(cls: str, kept: bool) -> None:
    """A class that CSS frameworks define as display:none hides the block (a closed form's
    message, a print-only citation), unless another class shows it at some screen size;
    names that merely hold the word do not hide."""
    hidden = "Thank you. This article has been sent to your friend by e-mail."
    texts = _texts(_page(f"<p>{LONG}</p><p class='{cls}'>{hidden}</p><p>More. {LONG}</p>"))
    assert (hidden in texts) is kept
    assert texts[0] == LONG


@pytest.mark.parametrize(
    ("wrapper", "quote", "kept"),
    [
        ("social-media-embed", "twitter-tweet", True),
        ("social-embed", "instagram-media", True),
        ("social-embed", "pullquote", False),
        ("comments", "twitter-tweet", False),
    ],
)
def test_an_embedded_post_is_kept_in_a_wrapper_named_like_a_share_bar(
    wrapper: str, quote: str, kept: bool
) -> None:
    """A tweet quoted in the story sits in a block whose name may say "social" (as share bars'
    names do): the embed's own blockquote class tells it is content. A block that names what
    it holds (comments) goes whatever it quotes."""
    tweet = "Yes this is real and the state spent nearly half a million dollars on it."
    post = f"<div class='{wrapper}'><blockquote class='{quote}'><p>{tweet}</p></blockquote></div>"
    texts = _texts(_page(f"<p>{LONG}</p>{post}<p>More. {LONG}</p>"))
    assert (tweet in " ".join(texts)) is kept
    assert texts[0] == LONG


@pytest.mark.parametrize(
    ("inline", "expected"),
    [
        (
            "<a class='popup' href='javascript:void(0)'>rather elderly</a>",
            "I am a rather elderly man, and my avocations have brought me into contact with"
            " many of them.",
        ),
        (
            "<a class='modal-trigger share-link' href='#settings'>rather elderly</a>",
            "I am a rather elderly man, and my avocations have brought me into contact with"
            " many of them.",
        ),
        (
            "<a class='hidden' href='/x'>secret</a>",
            "I am a man, and my avocations have brought me into contact with many of them.",
        ),
        (
            "<span class='ad'>AD</span>",
            "I am a man, and my avocations have brought me into contact with many of them.",
        ),
    ],
    ids=["popup-link", "modal-link", "hidden-link", "ad-span"],
)
def test_links_inside_a_sentence_stay_whatever_their_name(inline: str, expected: str) -> None:
    """A link with text on both sides is part of a sentence: a class that names a popup or a
    share widget does not cut its words out (a hole mid-sentence); a hiding class still hides
    them, and an ad label's span still goes."""
    sentence = (
        f"I am a {inline} man, and my avocations have brought me into contact with many of them."
    )
    share = "<div class='share-bar'><a class='share-link' href='/s'>Share this</a></div>"
    texts = _texts(_page(f"<p>{LONG}</p><p>{sentence}</p>{share}<p>More. {LONG}</p>"))
    assert texts == [LONG, expected, f"More. {LONG}"]


@pytest.mark.parametrize(
    "odd_list",
    [
        "<ul><ul type='A'><li>I have heard it before; and</li><li>I did not care the first"
        " time.</li></ul></ul>",
        "<ul><i>I have heard it before; and I did not care the first time.</i></ul>",
        "<ol><li>First point of the list.</li><p>I have heard it before; and I did not care"
        " the first time.</p></ol>",
    ],
    ids=["list-in-list", "indent-list", "paragraph-in-list"],
)
def test_text_in_lists_without_items_is_read(odd_list: str) -> None:
    """Lists used for an indent, or holding a list or a paragraph straight inside them (not in
    an <li>), keep that text where it stands."""
    texts = _texts(_page(f"<p>{LONG}</p>{odd_list}<p>More. {LONG}</p>"))
    words = " ".join(" ".join(texts).split())
    assert "I have heard it before; and" in words and "care the first time." in words
    assert texts[0] == LONG and texts[-1] == f"More. {LONG}"


def test_a_hidden_class_on_the_whole_article_keeps_it() -> None:
    """A script may show a block its class hides (an article revealed once the page loads):
    one that holds most of the page's text is the story, not a closed form's message."""
    paragraphs = "".join(f"<p>Paragraph {i}. {LONG}</p>" for i in range(4))
    html = _page(f"<div class='story hidden'>{paragraphs}</div><p class='hide'>Sent!</p>")
    assert [t.split(".")[0] for t in _texts(html)] == [f"Paragraph {i}" for i in range(4)]


@pytest.mark.parametrize(("cls", "kept"), [("hidden", True), ("newsletter hidden", False)])
def test_prose_behind_read_more_is_kept(cls: str, kept: bool) -> None:
    """The rest of an article behind "Read more" (paragraphs of prose under a hiding class,
    less than half the page's text) is kept: a script shows it. A block that its name also
    calls boilerplate goes as before."""
    shown = "".join(f"<p>Paragraph {i}. {LONG}</p>" for i in range(4))
    rest = "".join(f"<p>Later {i}. {LONG}</p>" for i in range(3))
    texts = _texts(_page(f"{shown}<div class='{cls}'>{rest}</div><a href='#'>Read more</a>"))
    assert [t.split(".")[0] for t in texts] == [f"Paragraph {i}" for i in range(4)] + (
        [f"Later {i}" for i in range(3)] if kept else []
    )


def test_text_blocks_inside_links_are_link_text() -> None:
    """A teaser card laid out with blocks inside its link (``<a><h3>…</h3><p>…</p></a>``) is
    link text, as ``<h3><a>…</a></h3>`` would be: a rail of such cards beside the story does
    not widen the main container, and a card's excerpt is no paragraph of the story."""
    summary = "A summary of the other story that runs on for a while, as card excerpts do."
    cards = "".join(
        f"<a href='/s{i}' class='card'><h3>Another story headline number {i} here</h3>"
        f"<p>{summary}</p></a>"
        for i in range(8)
    )
    texts = _texts(_story_beside(cards))
    assert [t.split(".")[0] for t in texts] == ["Paragraph 0", "Paragraph 1", "Paragraph 2"]


def test_a_link_left_open_does_not_make_the_story_link_text() -> None:
    """An <a> left open swallows the paragraphs after it (the parser nests them in the link):
    more than a card holds, so they stay prose, and the story is still found."""
    story = "".join(f"<p>Paragraph {i}. {LONG}</p>" for i in range(6))
    other = "".join(f"<p>Other {i}. {LONG}</p>" for i in range(2))
    html = (
        "<html><body><div class='wrap'><div class='story'><a href='/x'>Read the intro"
        f"{story}</div><div class='aside-text'>{other}</div></div></body></html>"
    )
    heads = [t.split(".")[0] for t in _texts(html)]
    assert [h for h in heads if h.startswith("Paragraph")] == [f"Paragraph {i}" for i in range(6)]


@pytest.mark.parametrize(
    ("marker", "targeted", "kept"),
    [
        ("#cite_note-{i}", 4, True),
        ("https://example.com/wiki/Page#cite_note-{i}", 4, True),
        ("#cite_note-{i}", 1, False),
        ("#other-{i}", 4, False),
    ],
    ids=["fragment-markers", "absolute-markers", "one-marker", "no-markers"],
)
def test_notes_pointed_to_by_markers_are_kept(marker: str, targeted: int, kept: bool) -> None:
    """A list whose items the prose points to (footnote markers) is the story's notes, kept
    however many links its citations hold; the same list with no markers reads as teasers."""
    prose = "".join(
        f"<p>Claim {i}. {LONG}<sup><a href='{marker.format(i=i)}'>[{i}]</a></sup></p>"
        for i in range(targeted)
    )
    notes = "".join(
        f"<li id='cite_note-{i}'><a href='#cite_ref-{i}'>^</a> "
        f"<a href='https://source.example/{i}'>The linked title of source number {i}</a>. "
        "Publisher. Retrieved 2019.</li>"
        for i in range(4)
    )
    texts = _texts(_page(f"{prose}<p>More. {LONG}</p><ol class='references'>{notes}</ol>"))
    assert any("Retrieved 2019" in t for t in texts) is kept


@pytest.mark.parametrize(
    ("href", "label", "url", "kept"),
    [
        ("https://bugs.example.org/{i}", "fixed an issue with the tab unloader {i}", True, True),
        ("https://news.example.com/story/{i}", "Another story of ours number {i}", True, False),
        ("/story/{i}", "Another story of ours number {i}", True, False),
        ("https://social.example.net/share/{i}", "Share on network {i}", True, False),
        ("https://bugs.example.org/{i}", "fixed an issue with the tab unloader {i}", False, False),
    ],
    ids=["cited-sources", "own-stories", "relative-own", "short-share-links", "host-unknown"],
)
def test_title_long_links_to_other_sites_cite_sources(
    href: str, label: str, url: bool, kept: bool
) -> None:
    """A list of title-long links to other sites is the author's sources (release notes, a
    link roundup), kept; the same list pointing to the site's own stories is a teaser list,
    and short links to other sites (share buttons) are a link list: both dropped."""
    items = "".join(
        f"<li>Someone <a href='{href.format(i=i)}'>{label.format(i=i)}</a></li>" for i in range(4)
    )
    paragraphs = "".join(f"<p>Paragraph {i}. {LONG}</p>" for i in range(3))
    html = _page(f"{paragraphs}<ul>{items}</ul><p>After. {LONG}</p>")
    page_url = "https://www.news.example.com/2024/01/a" if url else None
    texts = [b.text for b in extract(html, url=page_url).body.blocks]
    assert any(t.startswith("Someone") for t in texts) is kept
    assert texts[0].startswith("Paragraph 0") and texts[-1].startswith("After")


def test_wrapper_named_like_boilerplate_is_kept() -> None:
    """A page wrapper named after the layout ("has-sidebar", "ad-margins") holds the story."""
    html = (
        "<html><body><div class='container has-sidebar Page-ad-margins'><div class='main'>"
        + "".join(f"<p>Paragraph {i}. {LONG}</p>" for i in range(4))
        + "</div><div class='sidebar'><p>Popular: a list</p></div></div></body></html>"
    )
    texts = _texts(html)
    assert len(texts) == 4 and all(t.startswith("Paragraph") for t in texts)


def test_layout_table_is_read_as_containers() -> None:
    html = (
        "<html><body><table><tr><td><a href='/'>Home</a></td><td>"
        + "".join(f"<p>Paragraph {i}. {LONG}</p>" for i in range(3))
        + "</td></tr></table></body></html>"
    )
    assert [t.split(".")[0] for t in _texts(html)] == ["Paragraph 0", "Paragraph 1", "Paragraph 2"]


def test_paragraphs_directly_in_body() -> None:
    html = "<html><body>" + "".join(f"<p>P{i}. {LONG}</p>" for i in range(3)) + "</body></html>"
    assert len(_texts(html)) == 3


def test_teaser_list_page_has_no_body() -> None:
    """A home/section page: headline links with one-line summaries give an empty body."""
    cards = "".join(
        f"<div class='card'><h3><a href='/story-{i}'>Headline of the story number {i} today</a>"
        f"</h3><p>A one-line summary of story {i}.</p></div>"
        for i in range(12)
    )
    html = f"<html><body><main><div class='grid'>{cards}</div></main></body></html>"
    assert extract(html).body.blocks == ()


def test_error_page_has_empty_or_short_body() -> None:
    html = "<html><body><h1>404</h1><p>Page not found.</p><a href='/'>Home</a></body></html>"
    assert len(extract(html).body.text) < 40


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Test", ["Test"]),
        ("<p>Short note.</p><p>Another one.</p>", ["Short note.", "Another one."]),
        (
            "<article><h2>Case 1</h2><img src='a.png'><h2>Case 2</h2></article>",
            ["Case 1", "Case 2"],
        ),
    ],
)
def test_tiny_page_is_read_whole(body: str, expected: list[str]) -> None:
    """No block is paragraph-sized: the whole body is the content, not an empty body."""
    html = f"<html><head><title>T</title></head><body>{body}</body></html>"
    assert _texts(html) == expected


@pytest.mark.parametrize(
    ("ident", "heading", "kept"),
    [
        # The id is the heading's slug: a document section, whatever words it holds.
        ("sharing-with-a-single-developer", "Sharing with a single developer", True),
        ("related-work", "Related work", True),
        # The id names a widget (it is not the opening heading's slug).
        ("sharing-tools", "Share this story", False),
        ("related-stories", "Read this next", False),
    ],
)
def test_section_named_after_its_heading_is_kept(ident: str, heading: str, kept: bool) -> None:
    section = f"<div id='{ident}'><h2>{heading}</h2><p>Inside. {LONG}</p></div>"
    html = _page(f"<p>One. {LONG}</p><p>Two. {LONG}</p><p>Three. {LONG}</p>{section}")
    assert any(t.startswith("Inside.") for t in _texts(html)) is kept


@pytest.mark.parametrize("host", ["example.com", "news.example.co.uk", "::1", "bücher.de", "x-y.z"])
@pytest.mark.parametrize(
    "href",
    [
        "https://{h}/a/story-with-a-title",
        "http://{h}/",
        "//{h}/x?y#z",
        "https://www.{h}/path",
        "https://www.www.{h}/path",
        "https://{h}:8080/a",
        "https://{h}@evil.com/a",
        "https://{h}.evil.com/a",
        "HTTPS://{H}/a",
        "https://[{h}]/a",
        "https://{h}/\t\n",
        "https://other.org/{h}/",
        "/relative/{h}/",
        "",
    ],
)
def test_own_host_shortcut_gives_what_parsing_the_link_gives(host: str, href: str) -> None:
    """A link beginning with one of the page's own host prefixes cites no source: the answer
    :func:`body._host` gives after parsing the link."""
    from articlex.fields import body

    link = href.format(h=host, H=host.upper())
    a = lxml.html.fromstring(f"<a>{'t' * 30}</a>")
    a.set("href", link)
    other = body._host(link)
    assert body._cites_source(a, "t" * 30, host) == (other is not None and other != host)


@pytest.mark.parametrize("space", [" ", "\n  \t", "\u00a0", "\u2003\u3000\n", "\x1c\x1f\x85"])
def test_white_space_runs_give_no_paragraph(space: str) -> None:
    """_Run.flush hands no white space alone to _emit: _emit would emit nothing for it (the
    characters str.isspace() tells are those normalize_space() drops)."""
    from articlex.fields import body

    out: list[object] = []
    body._emit(BlockKind.PARAGRAPH, space, 0, out)  # type: ignore[arg-type]
    assert space.isspace() and out == []
    run = body._Run()
    run.add(space)
    run.flush(out)  # type: ignore[arg-type]
    assert out == [] and run.parts == []
