"""Unit tests of the attribution contract on small pages (one rule per test)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlex import extract
from articlex.fields.attribution.bylines import parse_byline
from articlex.fields.attribution.citations import find_sources
from articlex.fields.attribution.credits import body_credits
from articlex.model import Attribution


def _page(head: str = "", body: str = "", jsonld: Any = None) -> str:
    script = f'<script type="application/ld+json">{json.dumps(jsonld)}</script>' if jsonld else ""
    filler = "<p>" + "Officials said the plan would go ahead as scheduled. " * 12 + "</p>"
    return (
        f"<html><head><title>A story</title>{head}{script}</head>"
        f"<body><article><h1>A story</h1>{body}{filler}</article></body></html>"
    )


def _attribution(html: str, url: str | None = "https://example.com/a/story") -> Attribution:
    return extract(html, url=url).attribution


@pytest.mark.parametrize(
    ("byline", "names", "agencies"),
    [
        (
            "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER\nAssociated Press",
            ["Lisa Mascaro", "Mary Clare Jalonick", "Eric Tucker"],
            ["AP"],
        ),
        ("By STEVE PEOPLES, AP National Political Writer", ["Steve Peoples"], ["AP"]),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", ["Chris Cillizza"], []),
        ("By Umair Irfan Updated Nov 13, 2019, 10:28am EST", ["Umair Irfan"], []),
        ("Catherine Shu @catherineshu / 2 days", ["Catherine Shu"], []),
        ("Monday November 18, 2019 7:45 am PST by Joe Rossignol", ["Joe Rossignol"], []),
        ("Tech Industry\nby\nSteven Musil\nJanuary 18, 2017", ["Steven Musil"], []),
        ("By Brenda Goodman, MA\nWebMD Health News", ["Brenda Goodman"], []),
        ("Our Foreign Staff", [], []),
        ("By Associated Press", [], ["AP"]),
        ("Jong, Michiel de", [], []),
        ("Sign In\nSign Up\nMy Account", [], []),
    ],
)
def test_parse_byline(byline: str, names: list[str], agencies: list[str]) -> None:
    parsed = parse_byline(byline)
    assert parsed.names == names
    assert parsed.agencies == agencies


def test_jsonld_graph_author_reference_is_resolved() -> None:
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "NewsArticle", "headline": "A story", "author": {"@id": "#p1"}},
            {"@type": "Person", "@id": "#p1", "name": "Anna Menin", "url": "/profile/anna"},
        ],
    }
    att = _attribution(_page(jsonld=graph))
    assert [(a.name, a.url) for a in att.authors] == [
        ("Anna Menin", "https://example.com/profile/anna")
    ]


def test_organization_author_is_an_agency_not_a_person() -> None:
    article = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Reuters"}}
    att = _attribution(_page(jsonld=article))
    assert att.authors == ()
    assert att.agencies == ("Reuters",)


def test_visible_byline_with_more_names_beats_jsonld() -> None:
    article = {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Stefan Becket"}}
    byline = '<p class="byline">By Stefan Becket, Kathryn Watson, Grace Segers</p>'
    att = _attribution(_page(body=byline, jsonld=article))
    assert [a.name for a in att.authors] == ["Stefan Becket", "Kathryn Watson", "Grace Segers"]


def test_byline_in_a_related_widget_is_ignored() -> None:
    body = '<div class="related-stories"><span class="byline">By Other Writer</span></div>'
    att = _attribution(_page(head='<meta name="author" content="Jane Roe">', body=body))
    assert [a.name for a in att.authors] == ["Jane Roe"]


def test_outlet_prefers_the_name_that_agrees_with_the_domain() -> None:
    head = '<meta property="og:site_name" content="U.S."><title>Oil falls - Reuters</title>'
    html = _page(head=head).replace("<title>A story</title>", "")
    att = _attribution(html, url="https://www.reuters.com/article/oil")
    assert att.outlet == "Reuters"


def test_outlet_from_the_dek_phrasing() -> None:
    head = '<meta name="description" content="Tokyo wants a summit…reports Asian Lite News">'
    head += '<meta property="og:site_name" content="Asian Lite">'
    assert _attribution(_page(head=head)).outlet == "Asian Lite News"


def test_wire_dateline_and_end_credit_and_self_citation() -> None:
    body = (
        "<p>SEOUL, March 25 (Yonhap) -- North Korea fired a missile, the military said, "
        "according to Yonhap and Japanese news agency Kyodo reported it too.</p>"
        "<p>The launch was the third this year, officials said. (ANI)</p>"
    )
    att = _attribution(_page(body=body))
    assert att.agencies == ("Yonhap", "ANI")
    assert [s.name for s in att.sources] == ["Kyodo"]


def test_photo_credit_is_not_a_story_credit() -> None:
    body = "<p>Rescue workers search the rubble. (AP Photo/Evan Vucci)</p>"
    att = _attribution(_page(body=body))
    assert att.agencies == ()
    assert att.sources == ()


def test_outlet_from_a_dek_right_after_the_headline() -> None:
    html = (
        "<html><head><title>Summit</title>"
        '<meta property="og:site_name" content="Asian Lite"></head><body>'
        "<header><h1>North Korea Says Japan’s PM Offered to Meet Kim Soon</h1>"
        "<h2>Kishida has expressed his intention to hold a summit…reports Asian Lite News</h2>"
        "</header><article>"
        + "<p>A summit meeting would only be possible if Tokyo decides, officials said.</p>" * 8
        + "</article></body></html>"
    )
    assert _attribution(html).outlet == "Asian Lite News"


@given(st.lists(st.text(max_size=300), max_size=6))
@settings(max_examples=80, deadline=None)
def test_rules_never_raise_and_evidence_comes_from_the_text(blocks: list[str]) -> None:
    sources = find_sources(blocks)
    body_credits(blocks)
    for block in blocks:
        parse_byline(block)
    joined = " ".join(blocks)
    for source in sources:
        assert source.evidence.strip() and source.evidence.split()[0] in joined


def test_a_description_in_a_block_without_a_name_cites_the_name_seen_before() -> None:
    """"The Seoul-based news agency reported …" in a block of its own cites the agency an
    earlier block named without citing it (blocks without a name are read for descriptions
    when the body holds any)."""
    blocks = [
        "Yonhap has covered the peninsula since 1980.",
        "The Seoul-based news agency reported that the launch came at dawn.",
    ]
    sources = find_sources(blocks)
    assert [(s.name, s.evidence) for s in sources] == [("Yonhap", blocks[1])]
    assert find_sources(blocks[:1]) == ()


def test_long_runs_of_names_stay_linear() -> None:
    text = " and ".join(["Reuters"] * 3000) + " reported."
    assert [s.name for s in find_sources([text])] == ["Reuters"]


def test_casefold_keeps_every_word_character() -> None:
    """``canonical``'s length gate counts word characters before folding: folding turns each
    one into at least one (checked over every code point), so the folded key is no shorter."""
    import re
    import sys

    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if word.match(char):
            assert word.search(char.casefold()), hex(code)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["The ", "the", " ", ".", "-", "AFP", "Reuters", "Press", "x",
                                 "Associated", "Agence France-Presse", "ß", "İ", "\u0345", "__",
                                 "Nederlands", "Algemeen", "persbureau", "1"]), max_size=14))
def test_canonical_length_gate_changes_nothing(parts: list[str]) -> None:
    """``canonical`` with its gate answers what the two folded lookups alone answer."""
    import re

    from articlex.fields.attribution import names

    text = "".join(parts)
    name = text.strip()
    if names._ALIAS.get(name) or not (" " in name or name.islower() or len(name) > 5):
        return
    slow = names._FOLDED.get(names._key(name)) or names._FOLDED.get(
        names._key(re.sub(r"(?i)^the\s+", "", name))
    )
    assert names.canonical(text) == slow


def test_canonical_length_gate_is_tight() -> None:
    """The longest known name after "The " (the most word characters a findable text has)
    is still found."""
    from articlex.fields.attribution import names

    longest = max(names._ALIAS, key=lambda a: len(names._key(a)))
    assert names.canonical(f"The {longest}") == names._ALIAS[longest]
    assert names.canonical(" ".join([longest] * 2)) is None


def test_byline_hint_gate_never_refuses_a_hint() -> None:
    """``_hinted`` tests the joined attribute values for ``_CLASS_HINTS`` before reading the
    names: every other hint value holds one of them, and elements with any mix of hinted
    and other attributes are found exactly when ``_has_hint`` finds them."""
    import itertools

    import lxml.html

    from articlex.fields.attribution import authors

    for value in (*authors._ID_HINTS, *authors._EXACT_HINTS.values()):
        assert any(hint in value for hint in authors._CLASS_HINTS), value
    values = ["", "byline", "post-author", "writer", "author", "Author", "x uthor", "nav",
              "a-yline", "authors"]
    names = ["class", "id", "rel", "itemprop", "data-x", "title"]
    found = 0
    for pairs in itertools.combinations(itertools.product(names, values), 2):
        attrs = dict(pairs)
        el = lxml.html.Element("div", attrs)
        hinted = list(authors._hinted([el])) == [el]
        assert hinted == authors._has_hint(el), attrs
        found += hinted
    assert found > 100


def test_reports_gate_passes_every_dek_phrase() -> None:
    """find_outlet skips a dek holding none of the strings every REPORTS_OUTLET_RE match
    holds: the gate exists, and the phrasings the pattern reads all hold one."""
    from articlex import vocab
    from articlex.fields.attribution import outlet

    assert outlet._REPORTS_STRINGS
    found = 0
    leads = ("The story goes on … reports", "More to come... reports", "Officials say  reports")
    for lead in leads:
        for name in ("Asian Lite News", "AP", "The Daily Star", "Ab"):
            text = f"{lead} {name} "
            if vocab.REPORTS_OUTLET_RE.search(text):
                found += 1
                assert any(s in text for s in outlet._REPORTS_STRINGS), text
    assert found >= 9
_DEK_PART = st.sampled_from(
    ["", " ", "  ", "\n", "\u00a0", "…", "...", ".", "-", "’", "rep", "orts", "reports", "AP",
     "The Daily Star", "Asian Lite News"]
)
#: A dek around the phrase: text, a separator, "reports" (or a near miss), white space, a
#: name, and a tail; each part may be empty or random, so matches and near misses both occur.
_DEK = st.tuples(
    st.lists(st.one_of(_DEK_PART, st.text(max_size=3)), max_size=4).map("".join),
    st.sampled_from(["", " ", "…", "...", "\t", "\u2009", "x"]),
    st.sampled_from(["reports", "reports", "Reports", "report", "reportsreports"]),
    st.sampled_from(["", " ", "  ", "\n", "\u00a0"]),
    st.sampled_from(["AP", "Ab", "The Daily Star", "Asian Lite News", "x", "ÉL País"]),
    st.lists(st.one_of(_DEK_PART, st.text(max_size=3)), max_size=3).map("".join),
).map("".join)


@given(_DEK)
def test_reports_gate_refuses_only_what_the_pattern_cannot_match(text: str) -> None:
    """Any text REPORTS_OUTLET_RE matches holds one of the gate's strings, so find_outlet's
    skip of deks without them never loses an outlet (texts from fragments around the
    phrase: spellings, ellipses, odd spaces, split words, random characters)."""
    from articlex import vocab
    from articlex.fields.attribution import outlet

    if vocab.REPORTS_OUTLET_RE.search(text):
        assert outlet._REPORTS_STRINGS is not None
        assert any(s in text for s in outlet._REPORTS_STRINGS), text


