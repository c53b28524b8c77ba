"""clean(): a pruned copy; pruned(): the same tree pruned in place for a ``with`` block; the page
tree is as before afterwards; named boilerplate and its guard."""

from __future__ import annotations

import re

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlex import clean as clean_module
from articlex import vocab
from articlex.clean import clean, pruned
from articlex.fields.related import find_related
from articlex.options import DEFAULT_OPTIONS
from articlex.page import parse_page
from articlex.text import text_of

LONG = "A sentence of the story that is long enough to count as running text here. " * 3


def _page(html: str):  # type: ignore[no-untyped-def]
    return parse_page(html, url="https://example.com/a", options=DEFAULT_OPTIONS)


def test_page_tree_is_not_mutated() -> None:
    page = _page(
        "<html><body><nav>Menu</nav><script>x()</script><div class='sidebar'>S</div>"
        f"<p>{LONG}</p></body></html>"
    )
    before = lxml.html.tostring(page.tree)
    pruned = clean(page, DEFAULT_OPTIONS)
    assert lxml.html.tostring(page.tree) == before
    assert pruned is not page.tree
    text = text_of(pruned)
    assert "Menu" not in text and "x()" not in text and "S" not in text.split()


def test_removed_element_keeps_its_tail_text() -> None:
    page = _page(
        f"<html><body><div>Before<span class='ad'>AD</span> after. {LONG}</div></body></html>"
    )
    text = text_of(clean(page, DEFAULT_OPTIONS))
    assert "AD" not in text and "Before after." in text


def test_hidden_elements_are_removed() -> None:
    page = _page(
        "<html><body><div style='display:none'>Hidden honeypot</div>"
        f"<div hidden>Also hidden</div><p>{LONG}</p></body></html>"
    )
    text = text_of(clean(page, DEFAULT_OPTIONS))
    assert "honeypot" not in text and "Also hidden" not in text


@pytest.mark.parametrize(
    "attrs",
    [
        "hidden",
        "aria-hidden='true'",
        "style='display: none'",
        "style='visibility:hidden'",
        "class='post-content' style='display:none'",
    ],
    ids=["hidden", "aria-hidden", "display-none", "visibility-hidden", "hidden-content-token"],
)
def test_hidden_block_goes_however_much_text_it_holds(attrs: str) -> None:
    """A hidden block is never seen, so the wrapper guard does not keep it; and the guard then
    weighs the named block that is left (an open dialog) against the visible text only."""
    hidden = "".join(f"<p>Hidden teaser {i}. {LONG}</p>" for i in range(6))
    page = _page(
        f"<html><body><div {attrs}>{hidden}</div>"
        f"<div class='story-modal'><p>{LONG}</p><p>{LONG}</p></div></body></html>"
    )
    text = text_of(clean(page, DEFAULT_OPTIONS))
    assert "Hidden teaser" not in text
    assert text.count("A sentence of the story") == 6


def test_content_token_protects_a_named_block() -> None:
    page = _page(
        f"<html><body><div class='post-content share-enabled'><p>{LONG}</p></div></body></html>"
    )
    assert LONG.strip() in text_of(clean(page, DEFAULT_OPTIONS))


def test_wrapper_guard_keeps_a_named_block_holding_most_text() -> None:
    paragraphs = "".join(f"<p>{LONG}</p>" for _ in range(4))
    page = _page(
        f"<html><body><div class='layout with-sidebar'>{paragraphs}</div>"
        "<div class='sidebar'><p>Short sidebar text.</p></div></body></html>"
    )
    text = text_of(clean(page, DEFAULT_OPTIONS))
    assert text.count("A sentence of the story") == 12
    assert "Short sidebar text" not in text


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("class='comments-area'", False),
        ("id='comment-list'", False),
        ("class='related-stories-carousel'", False),
        ("class='widget-wrapper type-gallery'", False),
        ("class='slideshow'", False),
        ("id='comment-text' class='user-post-text'", False),
        ("class='entry-comments'", False),
        ("class='content tone-comment'", True),
        ("class='layout has-sidebar'", True),
        ("class='page-ad-margins'", True),
        ("class='elementor-widget-wrap'", True),
    ],
    ids=["comments", "comment-list", "carousel", "gallery", "slideshow", "comment-text",
         "entry-comments", "content-tone-comment", "sidebar-layout", "ad-margins", "widget-wrap"],
)
def test_wrapper_guard_keeps_layout_names_not_what_a_block_holds(name: str, kept: bool) -> None:
    """A name that says what a block holds (comments, other stories, a gallery's captions)
    is never the story's wrapper, even when that block outweighs the story; a layout name
    (sidebar, ad margins, widget) on the block holding most text is the wrapper's."""
    many = "".join(f"<p>Caption or comment {i}. {LONG}</p>" for i in range(5))
    page = _page(
        f"<html><body><div itemprop='articleBody'><p>{LONG}</p><div {name}>{many}</div></div>"
        "</body></html>"
    )
    text = text_of(clean(page, DEFAULT_OPTIONS))
    assert ("Caption or comment" in text) is kept
    assert LONG.strip() in text


def test_related_blocks_are_dropped_from_the_copy() -> None:
    page = _page(
        f"<html><body><article><p>{LONG}</p><p>ALSO READ: <a href='/b'>Another story</a></p>"
        "</article></body></html>"
    )
    related = find_related(page, DEFAULT_OPTIONS)
    text = text_of(clean(page, DEFAULT_OPTIONS, drop=related.blocks))
    assert "ALSO READ" not in text and LONG.strip() in text


@pytest.mark.parametrize(
    ("opening", "kept"),
    [("", True), ("<nav>Menu</nav>", False), ("<aside>Ad</aside>", False)],
    ids=["heading-first", "nav-first", "aside-first"],
)
def test_heading_anchor_is_the_opening_child_as_the_page_has_it(opening: str, kept: bool) -> None:
    """A section's id names its subject only when the heading opens the section. Chrome
    before the heading is removed on the way, but the section still did not open with it."""
    section = f"<div id='related-work'>{opening}<h2>Related work</h2><p>Inside. {LONG}</p></div>"
    page = _page(
        f"<html><body><p>One. {LONG}</p><p>Two. {LONG}</p><p>Three. {LONG}</p>{section}"
        "</body></html>"
    )
    assert ("Inside." in text_of(clean(page, DEFAULT_OPTIONS))) is kept


def test_related_block_under_a_prefixed_tag_is_dropped() -> None:
    """Tags with a prefix (Facebook's ``<fb:comments>``, Word's ``<o:p>``) are plain names to
    the HTML parser; a related block under one is found in the copy like any other."""
    page = _page(
        f"<html><body><article><p>{LONG}</p><fb:comments><p>ALSO READ: "
        f"<a href='/b'>Another story</a></p></fb:comments></article></body></html>"
    )
    related = find_related(page, DEFAULT_OPTIONS)
    assert related.blocks
    text = text_of(clean(page, DEFAULT_OPTIONS, drop=related.blocks))
    assert "ALSO READ" not in text and LONG.strip() in text


def test_vocabulary_name_tokens_are_alphanumeric_runs() -> None:
    """Class and id names are split into runs of a-z0-9 and matched by set: a vocabulary
    token holding any other character could never match."""
    for tokens in (
        vocab.BOILERPLATE_TOKENS,
        vocab.CONTENT_TOKENS,
        vocab.NEVER_WRAPPER_TOKENS,
        vocab.STORY_CONTAINER_TOKENS,
    ):
        assert all(re.fullmatch("[a-z0-9]+", token) for token in tokens)


@pytest.mark.parametrize(
    ("cls", "ident"),
    [
        ("menu-item menu-item-type-post_type", ""),
        ("", "Related_Stories"),
        ("a\tb\nc  d--e__f", "x.y:z"),
        ("Ärger-box Navé", "ſidebar ıtem"),
        ("", ""),
        ("  ", "-"),
        ("post-2024 col-md-8", "main\x1fnav"),
        ("Main-NAV SideBar", "AZaz09@[`{"),
        ("\u212aey \u0130tem", "N\u00e4v"),  # Kelvin sign and dotted I lower to ASCII letters
    ],
)
def test_name_tokens_are_the_alphanumeric_runs(cls: str, ident: str) -> None:
    """The byte-table split gives the same tokens as the regex, whatever the characters."""
    expected = set(re.split("[^a-z0-9]+", f"{cls} {ident}".lower())) - {""}
    assert clean_module._name_tokens(cls, ident) == {t.encode() for t in expected}


def _steps(top, el):  # type: ignore[no-untyped-def]
    """The child indexes that lead from ``top`` down to ``el`` (empty when ``el`` is ``top``
    or not inside it), to find the same element in a copy of ``top``."""
    steps = []
    node = el
    while node is not top:
        parent = node.getparent()
        if parent is None:
            return []
        steps.append(parent.index(node))
        node = parent
    steps.reverse()
    return steps


def _reference_clean(page, drop=(), prune=None):  # type: ignore[no-untyped-def]
    """The plain version of :func:`clean`: copy the whole body, then strip and remove chrome
    from the copy (what the chrome detaching must reproduce exactly); ``prune`` judges and
    prunes the rest (:func:`_judge_and_prune` when not given)."""
    start, named = _copy_body(page, drop)
    chrome = list(start.iter(*vocab.CHROME_TAGS))
    openers: dict[object, str | None] = {}
    for el in chrome:
        parent = el.getparent()
        if parent is not None and el.getprevious() is None:
            openers[parent] = None
        for heading in el.iterancestors("h1", "h2", "h3", "h4", "h5", "h6"):
            holder = heading.getparent()
            if holder is not None and heading.getprevious() is None:
                openers[holder] = text_of(heading)
    for el in chrome:
        clean_module._remove(el)
    return (prune or _judge_and_prune)(start, named, openers, clean_module._remove)


def _copy_body(page, drop):  # type: ignore[no-untyped-def]
    """A deep copy of ``page.tree``'s ``<body>`` without :data:`vocab.DROP_TAGS`, and the
    copies of the ``drop`` elements inside it (the start of both reference cleans)."""
    import copy

    import lxml.etree

    source = page.tree.find("body")
    start = copy.deepcopy(source)
    named = []
    for el in drop:
        path = _steps(source, el)
        if path:
            target = start
            for index in path:
                target = target[index]
            named.append(target)
    lxml.etree.strip_elements(start, *vocab.DROP_TAGS, with_tail=False)
    return start, named


def _judge_and_prune(start, named, openers, remove):  # type: ignore[no-untyped-def]
    """The end of both reference cleans: judge the copy ``start``, take out what the judging
    and the wrapper guard let go with ``remove``, and mark every ``<br>`` with a newline."""
    doomed: list[object] = []
    clean_module._judge(start, doomed, named, openers)
    for el in doomed:
        remove(el)
    if named:
        for el in clean_module._wrapper_guard(start, named):
            remove(el)
    for br in start.iter("br"):
        br.tail = "\n" + br.tail if br.tail else "\n"
    return start


def _judge_all_and_prune(start, named, openers, remove):  # type: ignore[no-untyped-def]
    """:func:`_judge_and_prune` without its shortcuts: every element with attributes is
    judged by :func:`clean._verdict` (also inside one that goes whatever its size), every
    named one is measured by the guard's rule written here, and every one below the floor
    is removed (also inside another removed one)."""
    import lxml.etree

    text_of = clean_module.text_of
    certain = []
    named = list(named)
    for el in list(start.iter(lxml.etree.Element))[1:]:
        if el.keys():
            verdict = clean_module._verdict(el, openers)
            if verdict is clean_module._NAMED:
                named.append(el)
            elif verdict is not None:
                certain.append(el)
    for el in certain:
        remove(el)
    paragraphs = sum(len(text_of(p)) for p in start.iter("p"))
    by_paragraphs = paragraphs >= clean_module._WRAPPER_MIN_CHARS
    total = paragraphs if by_paragraphs else len(text_of(start))
    floor = max(clean_module._WRAPPER_MIN_CHARS, clean_module._WRAPPER_SHARE * total)
    sizes = [
        sum(len(text_of(p)) for p in el.iter("p")) if by_paragraphs else len(text_of(el))
        for el in named
    ]
    for el, size in zip(named, sizes, strict=True):
        if size < floor:
            remove(el)
    for br in start.iter("br"):
        br.tail = "\n" + br.tail if br.tail else "\n"
    return start


_NESTED_REMOVALS = [
    # named blocks inside named blocks, kept or not, with tails; hidden and unguarded
    # blocks holding named ones and other hidden ones
    "<div class='sidebar'>a<div class='share'>b<div class='ad'>c</div> t1</div> t2</div> t3",
    "<div class='sidebar'><p>LONG</p><div class='share'>s</div> t<p>LONG</p></div>",
    "<div class='sidebar'><div class='sidebar'><p>LONG</p><div class='ad'>x</div></div></div>",
    "<div hidden>h<div class='sidebar'>s</div><div style='display:none'>d</div> t</div>u",
    "<div class='comments'>c<div class='ad'>x<div hidden>y</div></div></div><p>after</p>",
    "<div><div aria-hidden='true'><span class='ad'>a</span></div><div class='ad'>b</div></div>",
    "<div class='promo'>p<div class='comments'>c</div></div><div class='promo'>q</div>end",
    "<section class='widget'><div class='widget'>w</div></section>",
    # named blocks holding at least the guard's minimum of paragraph text: half the page's
    # paragraph text or more (kept), less (removed)
    "<div class='sidebar'><p>LONG</p><p>LONG</p></div>",
    "<div class='sidebar'><p>LONG</p><p>LONG</p></div><p>LONG</p>",
    "<div class='ad'><p>LONG</p></div><div class='sidebar'><p>LONG LONG</p></div>",
]


@pytest.mark.parametrize("body", _NESTED_REMOVALS)
def test_judging_shortcuts_give_the_full_judgement(body: str) -> None:
    """Skipping what goes with a removed element (its subtree unjudged, named blocks inside
    a removed named block neither measured nor removed) gives the copy that judging every
    element and removing every named block below the floor gives."""
    html = body.replace("LONG", LONG)
    page = _page(f"<html><body><p>{LONG}</p>{html}<p>{LONG}</p></body></html>")
    expected = lxml.html.tostring(_reference_clean(page, prune=_judge_all_and_prune))
    assert lxml.html.tostring(clean(page, DEFAULT_OPTIONS)) == expected


@pytest.mark.parametrize(
    "body",
    [
        "<div class='sidebar'>LONG LONG</div><div>LONG</div>",
        "<div class='sidebar'>LONG</div><div>LONG LONG</div>",
        "<div class='ad'>short</div><div>LONG</div><div class='sidebar'>LONG</div>",
        "<p>short</p><div class='sidebar'><p>LONG</p></div><div>LONG LONG</div>",
    ],
)
def test_judging_shortcuts_give_the_full_judgement_without_paragraphs(body: str) -> None:
    """As above on pages whose paragraphs hold too little text to be the measure."""
    page = _page(f"<html><body>{body.replace('LONG', LONG)}</body></html>")
    expected = lxml.html.tostring(_reference_clean(page, prune=_judge_all_and_prune))
    assert lxml.html.tostring(clean(page, DEFAULT_OPTIONS)) == expected


def test_judging_shortcuts_give_the_full_judgement_on_benchmark_pages(
    benchmarks_dir: object,
) -> None:
    """As above on every 3rd scrapinghub page, with its related blocks."""
    import gzip
    from pathlib import Path

    files = sorted(Path(str(benchmarks_dir), "scrapinghub", "html").glob("*.html.gz"))[::3]
    for file in files:
        page = parse_page(gzip.decompress(file.read_bytes()), options=DEFAULT_OPTIONS)
        blocks = find_related(page, DEFAULT_OPTIONS).blocks
        expected = lxml.html.tostring(_reference_clean(page, blocks, _judge_all_and_prune))
        assert lxml.html.tostring(clean(page, DEFAULT_OPTIONS, drop=blocks)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # chrome whose tail runs on through stripped elements: text, or only whitespace
        "<p>a</p>text<nav>N</nav> <script>s</script>tail<div>x</div>",
        "<p>a</p>x<nav>N</nav> <button>b</button> <svg></svg>\n<div>b</div>y",
        "<nav>first</nav>lead<p>a</p><footer>f</footer>",
        "<div><nav>a</nav> <aside>b</aside>c <footer>d</footer> </div>e",
        "<div><button>b</button><nav>n</nav> t</div>",
        # chrome nested in chrome, chrome inside a stripped element
        "<div><nav>a<footer>b</footer> c</nav> d<object><nav>o</nav>p</object></div>",
        # a section whose id is its heading's slug, opened by chrome or by a heading
        "<div id='popular-stories'><nav>x</nav><h2>Popular stories</h2><p>p</p></div>",
        "<div id='popular-stories'><script>x</script><nav>x</nav><h2>Popular stories</h2></div>",
        "<div id='popular-stories'><svg></svg><h2>Popular stories<nav>n</nav></h2></div>",
        "<div id='popular-stories'><h2>Popular <button>Close</button>stories<nav></nav></h2>"
        "<p>p</p></div>",
        "<div id='share-this-story'><h2>Share <nav>n</nav>this story</h2><p>s</p></div>",
        "<section id='related-posts-list'><h3>Related <aside>a</aside>posts list</h3></section>",
        # judged removals next to stripped elements and to each other, tails with text or not
        "<p>a</p><div hidden>h</div> <button>b</button>t<div class='sidebar'>s</div>u<p>b</p>",
        "<div><span aria-hidden='true'>x</span><svg><div hidden>y</div></svg>z</div>",
        "<div class='comments'>c<div style='display:none'>d</div>e</div> f<iframe></iframe>",
        "<div class='share'>one</div><div class='share'>two</div>x<div class='ad'>3</div> ",
        "<div><select><option>o</option></select>s<nav>n</nav><input> <b>i</b></div>",
        "<div role='navigation'>r<br>s</div>t<br>u<picture><img></picture>v",
    ],
)
def test_detached_chrome_gives_the_plain_copy(body: str) -> None:
    """Chrome taken out of the page tree while copying gives the copy that removing it from
    a full copy gives, and the page tree is as it was (text and tails included)."""
    page = _page(f"<html><body>{body}<p>{LONG}</p></body></html>")
    before = lxml.html.tostring(page.tree)
    texts = [(el.text, el.tail) for el in page.tree.iter()]
    expected = lxml.html.tostring(_reference_clean(page))
    assert lxml.html.tostring(clean(page, DEFAULT_OPTIONS)) == expected
    assert lxml.html.tostring(page.tree) == before
    assert [(el.text, el.tail) for el in page.tree.iter()] == texts


def test_detached_chrome_keeps_related_blocks_outside_it() -> None:
    page = _page(
        "<html><body><aside><div class='rel'>R</div></aside><div class='rel2'>S</div>"
        f"<p>{LONG}</p></body></html>"
    )
    blocks = [page.tree.find(".//div[@class='rel']"), page.tree.find(".//div[@class='rel2']")]
    expected = lxml.html.tostring(_reference_clean(page, blocks))
    assert lxml.html.tostring(clean(page, DEFAULT_OPTIONS, drop=blocks)) == expected
    assert b"S</div>" not in expected and b"R</div>" not in expected


_VOCAB_WORDS = sorted(
    vocab.BOILERPLATE_TOKENS
    | vocab.CONTENT_TOKENS
    | vocab.NEVER_WRAPPER_TOKENS
    | vocab.STORY_CONTAINER_TOKENS
)
_NAME_PART = st.one_of(
    st.sampled_from(_VOCAB_WORDS),
    st.sampled_from(["-", "_", " ", "\t", "X", "ſ", "2", "main"]),
    st.sampled_from(["hidden", "HIDE", "d-none", "md:block", "d-print-block", "d-lg-flex"]),
)
_NAME = st.lists(_NAME_PART, max_size=8).map("".join)


def _vocab_kind(cls: str, ident: str) -> str | None:
    """What the vocabularies say of a class and an id, read without clean's tokenizer or its
    byte sets: the names' lowercased runs of ASCII letters and digits (every other character
    separates them), compared with vocab's token sets as they are written."""
    tokens = set(re.findall(r"[a-z0-9]+", f"{cls} {ident}".lower(), flags=re.ASCII))
    if not tokens.isdisjoint(vocab.NEVER_WRAPPER_TOKENS) and tokens.isdisjoint(
        vocab.STORY_CONTAINER_TOKENS
    ):
        return clean_module._UNGUARDED
    names = cls.lower().split()
    if not vocab.HIDDEN_CLASSES.isdisjoint(names) and not any(
        re.fullmatch(r"(?:[a-z0-9]+:|d-[a-z0-9]+-)?(?:block|flex)", name)
        and not name.startswith(("print:", "d-print-"))
        for name in names
    ):
        return clean_module._NAMED
    if not tokens.isdisjoint(vocab.BOILERPLATE_TOKENS) and tokens.isdisjoint(
        vocab.CONTENT_TOKENS
    ):
        return clean_module._NAMED
    return None


@given(_NAME, _NAME)
def test_name_kind_is_what_the_vocabularies_say(cls: str, ident: str) -> None:
    """The one-set-test shortcut in :func:`clean._name_kind` (no token that removes: keep),
    the byte tokenizer and the per-class table give what the vocabularies say of the whole
    class and id (:func:`_vocab_kind`, an independent reading)."""
    expected = _vocab_kind(cls, ident)
    assert clean_module._name_kind(cls, ident) == expected
    clean_module.clear_name_kinds()
    assert clean_module._class_kind(cls) == _vocab_kind(cls, "")
    assert clean_module._KIND_BY_CLASS[cls] == _vocab_kind(cls, "")


@pytest.mark.parametrize(
    ("cls", "ident", "kind"),
    [
        ("site-footer", "", clean_module._NAMED),
        ("Site-FOOTER", "", clean_module._NAMED),
        ("footer story-body", "", None),
        ("comments-area", "", clean_module._UNGUARDED),
        ("story-carousel", "", clean_module._UNGUARDED),
        ("related", "main-content", None),
        ("sidebar", "", clean_module._NAMED),
        ("sidebar article-body", "", None),
        ("", "newsletter", clean_module._NAMED),
        ("sidebars", "", None),
        ("col-md-8", "main", None),
        ("email-ty-wrap hide", "", clean_module._NAMED),
        ("c-newsletter__feedback is-hidden", "", clean_module._NAMED),
        ("d-none d-print-block", "", clean_module._NAMED),
        ("article-body hidden", "", clean_module._NAMED),
        ("Hidden comments", "", clean_module._UNGUARDED),
        ("hidden md:block", "", None),
        ("d-none d-lg-flex", "", None),
        ("visible-md hidden", "", None),
        ("hidden-xs", "", None),
        ("", "hidden", None),
    ],
)
def test_name_kind_examples(cls: str, ident: str, kind: str | None) -> None:
    """A few hand-read names, so that the property above cannot pass by both sides agreeing
    on a wrong reading of the vocabularies."""
    assert clean_module._name_kind(cls, ident) == kind


def test_pruning_before_copying_gives_the_plain_copy(benchmarks_dir: object) -> None:
    """On benchmark pages (every 3rd scrapinghub page, with their related blocks): the copy
    pruned in the page tree is the one pruning a full copy gives, and the page tree is as it
    was."""
    import gzip
    from pathlib import Path

    files = sorted(Path(str(benchmarks_dir), "scrapinghub", "html").glob("*.html.gz"))[::3]
    for file in files:
        page = parse_page(gzip.decompress(file.read_bytes()), options=DEFAULT_OPTIONS)
        blocks = find_related(page, DEFAULT_OPTIONS).blocks
        before = lxml.html.tostring(page.tree)
        expected = lxml.html.tostring(_reference_clean(page, blocks))
        assert lxml.html.tostring(clean(page, DEFAULT_OPTIONS, drop=blocks)) == expected
        assert lxml.html.tostring(page.tree) == before, file.name


def test_pruned_tree_is_what_clean_copies_and_the_page_tree_comes_back(
    benchmarks_dir: object,
) -> None:
    """On benchmark pages (every 3rd scrapinghub page, with their related blocks), inside
    ``pruned()``'s block: the element given is ``clean()``'s copy, uncopied (the same
    serialization, no parent, no siblings); after it the page tree is as it was."""
    import gzip
    from pathlib import Path

    files = sorted(Path(str(benchmarks_dir), "scrapinghub", "html").glob("*.html.gz"))[::3]
    for file in files:
        page = parse_page(gzip.decompress(file.read_bytes()), options=DEFAULT_OPTIONS)
        blocks = find_related(page, DEFAULT_OPTIONS).blocks
        before = lxml.html.tostring(page.tree)
        copied = lxml.html.tostring(clean(page, DEFAULT_OPTIONS, drop=blocks))
        with pruned(page, DEFAULT_OPTIONS, drop=blocks) as tree:
            assert tree.getparent() is None, file.name
            assert tree.getprevious() is None and tree.getnext() is None, file.name
            assert page.tree.find("body") is None, file.name
            assert lxml.html.tostring(tree) == copied, file.name
        assert lxml.html.tostring(page.tree) == before, file.name


def test_pruned_gives_the_page_tree_back_on_error() -> None:
    """An error inside ``pruned()``'s block: the page tree is whole again when it leaves."""
    page = _page(f"<html><body><nav>menu</nav><p>{LONG}<br>x</p><footer>f</footer></body></html>")
    before = lxml.html.tostring(page.tree)
    with pytest.raises(KeyError), pruned(page, DEFAULT_OPTIONS) as tree:
        assert b"menu" not in lxml.html.tostring(tree)
        raise KeyError("in the block")
    assert lxml.html.tostring(page.tree) == before


def _remove_keeping_tail(el) -> None:  # type: ignore[no-untyped-def]
    """Take ``el`` out of its tree, its tail text (unless only whitespace) moved onto the
    previous sibling's tail or the parent's text: written here, apart from :mod:`clean`."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _copy_then_prune(page, drop):  # type: ignore[no-untyped-def]
    """What :func:`clean` gave before it pruned the page tree in place: deep-copy the whole
    ``<body>`` first, then make every removal in the copy (drop tags stripped, chrome, the
    judged and the dropped elements taken out keeping their tails). Only the judging itself
    is :mod:`clean`'s (it reads the tree, changes nothing)."""
    start, named = _copy_body(page, drop)
    for el in list(start.iter(*vocab.CHROME_TAGS)):
        _remove_keeping_tail(el)
    return _judge_and_prune(start, named, {}, _remove_keeping_tail)


@pytest.mark.parametrize(
    ("body", "repeat"),
    [
        ("<div>a<span data-d>D</span> tail one<b>b</b></div>", True),
        ("<div>a<div data-d>x<span data-d>D</span> in</div> after outer</div>", False),
        ("<div>a<div hidden>h<span data-d>D</span> in</div> after hidden</div>", False),
        ("<div>a<nav>n<span data-d>D</span> in</nav> after nav</div>", False),
        ("<div><aside><span data-d>D</span> in</aside> after aside</div>", False),
        ("<div>a<footer>f<span data-d>D</span></footer> after footer</div>", False),
        ("<div><span data-d>D</span> first</div><p>b<i data-d>E</i> tail <em>x</em></p>", False),
        ("<div>a<span data-d>D</span> t<br>after br</div>", False),
        ("<div>a<span data-d>D</span><br>after br</div><p>b<i data-d>E</i> e<br> f</p>", False),
    ],
    ids=[
        "repeated",
        "nested-in-drop",
        "in-hidden",
        "in-nav",
        "in-aside",
        "in-footer",
        "tail-text",
        "br-after-tail",
        "br-right-after",
    ],
)
def test_dropped_elements_give_the_copy_pruning_a_full_copy_gives(body: str, repeat: bool) -> None:
    """``clean(..., drop=...)``: the copy is the one pruning a full deep copy of ``<body>``
    gives (tails kept), and the page tree serializes exactly as before the call."""
    page = _page(f"<html><body><p>{LONG}</p>{body}<p>{LONG}</p><p>{LONG}</p></body></html>")
    drop = page.tree.xpath("//*[@data-d]")
    assert drop
    if repeat:
        drop = drop + drop[:1]
    before = lxml.html.tostring(page.tree)
    expected = lxml.html.tostring(_copy_then_prune(page, drop))
    assert b"data-d" not in expected  # every dropped element is gone from the copy
    assert lxml.html.tostring(clean(page, DEFAULT_OPTIONS, drop=drop)) == expected
    assert lxml.html.tostring(page.tree) == before
