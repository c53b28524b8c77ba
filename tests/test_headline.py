"""Headline rules on small made-up pages: which of h1 / metadata / title the reader sees."""

from __future__ import annotations

import pytest

from articlex import extract

BODY = "<p>" + " ".join(["The story goes on with more words about the day."] * 10) + "</p>"

CASES = [
    # (id, <head> extra, <body> header, expected headline, expected source)
    (
        "site suffix dropped",
        "<title>Storm hits coast | Daily Planet</title>",
        "",
        "Storm hits coast",
        "title",
    ),
    (
        "h1 agreeing with og:title",
        '<meta property="og:title" content="Storm hits the coast - Daily Planet">',
        "<h1>Storm hits the coast</h1>",
        "Storm hits the coast",
        "h1",
    ),
    (
        "h1 SEO variant sharing words",
        '<meta property="og:title" content="Storm news: coast braces for winds">',
        "<h1>A storm like no other hits the coast</h1>",
        "A storm like no other hits the coast",
        "h1",
    ),
    (
        "section-label h1, title in h2",
        "<title>Babies who eat peanuts early may avoid allergy</title>",
        "<h1>Allergies Health Center</h1><h2>Babies who eat peanuts early may avoid allergy</h2>",
        "Babies who eat peanuts early may avoid allergy",
        "h2",
    ),
    (
        "logo h1 skipped",
        '<meta property="og:title" content="Storm hits the coast">',
        '<h1><a href="/">The Daily Planet Newspaper</a></h1>',
        "Storm hits the coast",
        "meta",
    ),
    (
        "site name longer than the headline, known from the home link",
        "<title>Storm hits the coast | Kabar tentang Dunia Islam</title>",
        '<p class="site-title"><a href="/">Kabar tentang Dunia Islam</a></p>',
        "Storm hits the coast",
        "title",
    ),
    (
        "entities escaped twice",
        '<meta property="og:title" content="&amp;#8216;Hello&amp;#8217; world of storms">',
        "",
        "‘Hello’ world of storms",
        "meta",
    ),
    (
        "h1 alone when only a title",
        "<title>Daring Fireball: Colophon</title>",
        "<h1>About This Site</h1>",
        "About This Site",
        "h1",
    ),
]


@pytest.mark.parametrize(
    ("head", "header", "headline", "source"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_headline(head: str, header: str, headline: str, source: str) -> None:
    html = f"<html><head>{head}</head><body><article>{header}{BODY}{BODY}</article></body></html>"
    article = extract(html)
    assert article.headline == headline
    assert article.headline_source == source


def test_dek_gate_never_refuses_a_dek_class() -> None:
    """``_dek_hinted``'s substring gate answers what splitting the class/id into tokens does,
    for every dek token in classes and ids written every usual way."""
    import itertools

    import lxml.html

    from articlex import vocab
    from articlex.fields.headline import _class_tokens, _dek_hinted

    shapes = ["{t}", "c-{t}", "article{T}", "{T}Text", "x_{t}_y", "{U}", "a {t}-b", "{t}s", "my{t}"]
    hits = 0
    for token, shape, where in itertools.product(
        sorted(vocab.DEK_TOKENS), shapes, ["class", "id", "both"]
    ):
        value = shape.format(t=token, T=token.capitalize(), U=token.upper())
        attrs = {"class": value} if where == "class" else {"id": value}
        if where == "both":
            attrs = {"class": "head", "id": value}
        el = lxml.html.Element("div", attrs)
        raw = f"{el.get('class') or ''} {el.get('id') or ''}"
        expected = bool(_class_tokens(raw) & vocab.DEK_TOKENS)
        assert _dek_hinted(el) == expected, (token, value)
        hits += expected
    assert hits > 100


STANDFIRST_CASES = [
    # (id, what follows the h1, expected standfirst)
    (
        "dek class",
        '<p class="standfirst">Coastal towns brace for the strongest winds in a decade.</p>',
        "Coastal towns brace for the strongest winds in a decade.",
    ),
    (
        "caption named 'lead' in the figure after the h1",
        '<figure><img src="a.jpg"><figcaption><span class="lead-asset-caption">The harbour'
        " wall at dawn, hours before the storm arrived</span></figcaption></figure>",
        None,
    ),
    (
        "dek class inside a figure's caption",
        '<figure><img src="a.jpg"><figcaption class="dek">Waves break over the harbour wall'
        " at dawn</figcaption></figure>",
        None,
    ),
]


@pytest.mark.parametrize(
    ("after", "standfirst"), [c[1:] for c in STANDFIRST_CASES], ids=[c[0] for c in STANDFIRST_CASES]
)
def test_standfirst(after: str, standfirst: str | None) -> None:
    html = (
        "<html><head></head><body><article><h1>Storm hits the coast</h1>"
        f"{after}{BODY}{BODY}</article></body></html>"
    )
    assert extract(html).standfirst == standfirst


def test_story_paragraphs_are_read_from_the_pruned_tree() -> None:
    """The printed description under the headline is the dek even when a hidden copy of it
    opens the story: the story's first paragraphs (which a dek must not merely repeat) are
    read while extract() has the boilerplate out of the tree, not from the whole tree after."""
    long = "A sentence of the story that is long enough to count as running text here. " * 3
    desc = "The summary the page gives of its story, printed under the headline."
    html = (
        f'<html><head><title>The headline of it all</title><meta name="description"'
        f' content="{desc}"></head><body><header class="story-head"><h1>The headline of'
        f" it all</h1><p>{desc}</p></header><div class=story><p hidden>{desc}</p>"
        f"<p>{long}</p><p>{long}</p><p>{long}</p></div></body></html>"
    )
    article = extract(html, url="https://example.com/a")
    assert article.headline == "The headline of it all"
    assert article.standfirst == desc
