"""Gates derived from patterns never refuse a text the pattern matches (articlex.prefilter)."""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import random
import re
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from articlex import vocab
from articlex.fields import body, related
from articlex.prefilter import alternation, literal_gate, start_gate

# The vocabulary's phrases and the characters re folds together case-insensitively (long s,
# dotless i, Kelvin sign …), around white space of several kinds.
_PIECES = [
    "related", "Related Posts", "RELATED TOPICS", "read next", "Also read", "see also",
    "More from", "more", "Latest", "Tennis latest", "DH Picks", "popular", "Popular Stories",
    "Most read", "Top", "Don't miss", "don’t miss", "Editor's picks", "Recent posts",
    "lesen sie auch", "à lire aussi", "À LIRE AUSSI", "leia também", "читайте также",
    "Читайте также", "похожие", "関連記事", "相关", "관련 기사", "baca juga", "Previous",
    "prev", "Next post", "« Older", "‹ newer", "← Vorige", "nächste", "NÄCHSTE", "Précédent",
    "siguiente", "próximo", "[Related:", "(also", "» read", "• see more", "ALSO:", "read:",
    "ſee alſo", "pıcks", "K", "ſ", "ı", "İ", "ß", "x", "The", "Share", "12", "  ", "\n",
    "\u00a0", "\u2028", "\u3000", ":", "-", "|", "also \n read", "a\u3000lire aussi",
    "In  case you missed it", "Up\tnext", "Latest   from", "more\u00a0on this", "Read  next",
    "Editor’s  Picks", "Next\n\nPost", "te puede interesar", "you may also like", "READ:",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=5).map("".join)
_GATED = [
    ((vocab.RELATED_HEADING_RE, vocab.SITEWIDE_HEADING_RE), (related._HEADING_TAIL_HINT_RE,)),
    ((vocab.RELATED_HEADING_RE, vocab.SITEWIDE_HEADING_RE), ()),
    ((vocab.RELATED_INLINE_RE,), ()),
    ((vocab.PREV_NEXT_LABEL_RE,), ()),
]


def test_the_vocabulary_patterns_get_gates() -> None:
    """The derivation understands the patterns it is used on (no gate would only be slower)."""
    for patterns, searches in _GATED:
        assert start_gate(patterns, searches) is not None
    for pattern in (vocab.RELATED_BOX_CLASS_RE, vocab.TEASER_CARD_CLASS_RE):
        assert literal_gate(pattern) is not None


_GATES = [(patterns, searches, start_gate(patterns, searches)) for patterns, searches in _GATED]


@settings(max_examples=2000, deadline=None)
@given(_TEXTS)
def test_start_gates_pass_every_match(text: str) -> None:
    for patterns, searches, gate in _GATES:
        assert gate is not None
        if any(p.match(text) for p in patterns) or any(p.search(text) for p in searches):
            assert gate.may_match(text), (text, patterns)


@settings(max_examples=2000, deadline=None)
@given(_TEXTS)
def test_refused_starts_are_never_matched(text: str) -> None:
    """No text the patterns match begins (after white space) with a start the gate refuses."""
    stripped = text.lstrip()
    for patterns, searches, gate in _GATES:
        assert gate is not None
        if stripped and (
            any(p.match(text) for p in patterns) or any(p.search(text) for p in searches)
        ):
            assert not gate.refuses_start(stripped[:2]), (text, patterns)
            assert not gate.refuses_start(stripped[:1]), (text, patterns)


def test_refused_starts_rule_out_common_words() -> None:
    gate = start_gate((vocab.PREV_NEXT_LABEL_RE,))
    assert gate is not None
    for start in ("Po", "Sp", "Ai", "sa", "NY", "Ho"):
        assert gate.refuses_start(start), start
    for start in ("Ne", "pr", "Pr", "ol", "«", "« ", "«O", "N", "n\n", "nä", "Nä", "su", "an"):
        assert not gate.refuses_start(start), start


def test_start_gates_refuse_what_cannot_match() -> None:
    """The gates do filter: a common word's first letter, or no text at all."""
    gate = start_gate((vocab.PREV_NEXT_LABEL_RE,))
    assert gate is not None
    assert not gate.may_match("Home")
    assert not gate.may_match("   ")
    assert gate.may_match("  « Older posts")
    heading = start_gate(
        (vocab.RELATED_HEADING_RE, vocab.SITEWIDE_HEADING_RE), (related._HEADING_TAIL_HINT_RE,)
    )
    assert heading is not None
    assert not heading.may_match("Home")
    assert heading.may_match("Home picks")  # a branch that may begin with anything


def test_no_gate_for_what_the_derivation_cannot_bound() -> None:
    assert start_gate((re.compile(r"\s*x?"),)) is None  # matches white space alone
    assert start_gate((re.compile(r".+"),)) is None  # begins with anything, needs no string
    assert start_gate((re.compile("a"), re.compile("b", re.IGNORECASE))) is None  # mixed flags
    assert literal_gate(re.compile("ab|c")) is None  # a one-letter alternative
    assert literal_gate(re.compile("abc", re.IGNORECASE)) is None


def test_literal_gates_pass_every_match() -> None:
    names = [
        "related-posts", "x relatedposts", "rp4wp-x", "yarpp-related", "jp-relatedposts",
        "crp_related", "story-alsos", "read-next", "readnext", "also-read", "more-stories",
        "more-on-this", "recirc", "recent-posts-widget-3", "widget_recent_entries",
        "rpwwt-post", "popular-posts", "wpp", "top-posts", "widget_top-posts",
        "most-popular", "most-read", "trending-posts", "promo", "teaser", "storycard",
        "article-card", "inline-story", "enhancement", "embed-post", "embedarticle",
    ]
    for pattern in (vocab.RELATED_BOX_CLASS_RE, vocab.TEASER_CARD_CLASS_RE):
        gate = literal_gate(pattern)
        assert gate is not None
        for name in names:
            if pattern.search(name):
                assert gate.search(name), (name, pattern.pattern)


# Body lines: the furniture, teaser and ad-label phrases, in prose with quotes and dashes.
_BODY_PIECES = [
    "Also read", "ALSO READ:", "Read more", "related", "Advertisement", "advert", "12 comments",
    "Skip ad", "Photo: Reuters", "Image credit", "Getty Images", "(photo", "/ Reuters", "©",
    "Share this", "Sign up for", "subscribe now", "Follow us", "Follow him on Twitter",
    "may be reached at", "delivered to your inbox", "newsletter", "for as little as",
    "Tell us what you think", "Добавить отзыв", "добавить комментарий", "Have a tip", "story",
    "“", "”", "’", " — ", "é", "ſ", "ı", "İ", "K", "ß", " ", "\u00a0", "\n", "The", "said",
]
_BODY_GATES = [
    ((vocab.INLINE_TEASER_RE, vocab.AD_LABEL_RE), (), body._TEASER_OR_AD_GATE),
    ((), (vocab.CREDIT_LINE_RE,), body._CREDIT_GATE),
    ((), (vocab.PROMPT_LINE_RE,), body._PROMPT_GATE),
]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(_BODY_PIECES), max_size=6).map("".join))
def test_body_gates_pass_every_match(text: str) -> None:
    for patterns, searches, gate in _BODY_GATES:
        assert gate is not None
        if any(p.match(text) for p in patterns) or any(p.search(text) for p in searches):
            assert gate.may_match(text), (text, patterns, searches)


def _re_lowercase_classes() -> dict[int, list[str]]:
    """Every code point, grouped by the one-character lowercase re compares with."""
    groups: dict[int, list[str]] = defaultdict(list)
    for code in range(0x110000):
        if not 0xD800 <= code < 0xE000:
            groups[_sre.unicode_tolower(code)].append(chr(code))
    return groups


def test_fold_risks_cover_every_character_re_folds_differently() -> None:
    """For each gate's strings: every character that re matches case-insensitively to one of
    their characters is lower()-equal to it or in the gate's risk set (so the gates' fast
    path for texts that are not ASCII never refuses a match)."""
    # re's table of extra case partners (Python 3.11+; without it no gate has a fast path
    # for texts that are not ASCII, so there is nothing to check)
    extra = pytest.importorskip("re._casefix")._EXTRA_CASES
    groups = _re_lowercase_classes()
    rng = random.Random(3)
    for char in rng.sample([c for cs in groups.values() for c in cs], 300):  # the model is re's
        for probe in [c for c in groups[_sre.unicode_tolower(ord(char))] if c != char][:3]:
            assert re.fullmatch(re.escape(char), probe, re.IGNORECASE), (char, probe)
    gates = [gate for _patterns, _searches, gate in _GATES] + [g for _p, _s, g in _BODY_GATES]
    for gate in gates:
        assert gate is not None
        if gate._risks is None:
            continue
        for char in {c for lit in gate._all for c in lit}:
            low = _sre.unicode_tolower(ord(char))
            folding = groups[low] + [c for f in extra.get(low, ()) for c in groups[f]]
            for other in folding:
                assert re.fullmatch(re.escape(char), other, re.IGNORECASE)
                if other.lower() != char.lower():
                    assert gate._risks.match(other), (char, other)


_TAILS = st.lists(
    st.sampled_from(
        ["A title", " ", "\n", "3 hours ago", "5 MINS AGO", "12 Mar 2018", "March 3, 2019",
         "Dec. 1 2020", "٣", "٢٠١٩", "x", "O", "ago", "2018", "\u00a0", "Sept 30 2017 ", "…"]
    ),
    max_size=5,
).map(" ".join)


@settings(max_examples=1500, deadline=None)
@given(_TAILS)
def test_end_gate_passes_every_match(text: str) -> None:
    from articlex.prefilter import end_gate

    gate = end_gate(vocab.RELATED_TITLE_TAIL_RE)
    assert gate is not None
    if vocab.RELATED_TITLE_TAIL_RE.search(text):
        assert gate.may_match(text), text


def test_end_and_string_gates_refuse_and_bound() -> None:
    from articlex.prefilter import end_gate, required_strings

    gate = end_gate(vocab.RELATED_TITLE_TAIL_RE)
    assert gate is not None
    assert not gate.may_match("Trump meets Kim in Singapore")
    assert gate.may_match("Trump meets Kim 3 hours ago ")
    assert end_gate(re.compile(r"\s*$")) is None  # matches white space alone
    assert end_gate(re.compile(r"ab\s*")) is None  # not anchored at the end
    assert end_gate(re.compile(r"\w$")) is None  # a category it does not list
    assert end_gate(re.compile(r"b$", re.MULTILINE)) is None  # "$" before every line break
    strings = required_strings(vocab.SPONSOR_VENDOR_HOST_RE)
    assert strings is not None
    hosts = ["taboola.com", "cdn.outbrain.com", "trc.taboola.com", "x.content.ad.net", "popin.cc"]
    for host in hosts:
        assert vocab.SPONSOR_VENDOR_HOST_RE.search(host)
        assert any(s in host for s in strings)


def test_refused_first_characters_are_never_matched() -> None:
    """A character a start gate refuses first can begin no text the patterns match, and
    the gate refuses those texts too; gates that search strings refuse no character."""
    for patterns, searches, gate in _GATES:
        assert gate is not None
        refused = [c for c in map(chr, range(0x3000)) if not c.isspace() and gate.refuses_first(c)]
        assert not (refused and searches), patterns
        for char in refused:
            for piece in _PIECES:
                for text in (char + piece, " \n" + char + piece, char):
                    assert not any(p.match(text) for p in patterns), (char, piece)
                    assert not gate.may_match(text), (char, piece)
    gate = start_gate((vocab.PREV_NEXT_LABEL_RE,))
    assert gate is not None
    assert gate.refuses_first("H") and gate.refuses_first("1")
    assert not any(gate.refuses_first(c) for c in "nNpPoO«‹<←s")


def test_anchored_alternatives_of_a_search_are_gated_by_their_beginning() -> None:
    """A search pattern's ``^…`` alternative only matches at the start: its words elsewhere
    in a line do not let the line through (the other alternatives' strings do)."""
    pattern = re.compile(r"^\s*(?:share\s+this|sign\s+up)|\bnewsletter\b", re.IGNORECASE)
    gate = start_gate((), (pattern,))
    assert gate is not None
    for text in ("Share this story", "  sign up now", "Our newsletter", "“Our” newsletter"):
        assert gate.may_match(text) and pattern.search(text), text
    for text in ("I said share this", "Sign here", "“Sign” here", "She said: “share this”",
                 "“Share this”"):
        assert not gate.may_match(text) and not pattern.search(text), text


def test_body_prompt_gate_refuses_prose_with_curly_quotes() -> None:
    """Prose holding non-ASCII punctuation is compared by its (ASCII) beginning too."""
    text = "This decision has been seen as “seriously weakening” the power of the chief."
    assert body._PROMPT_GATE is not None and not body._PROMPT_GATE.may_match(text)
    assert body._PROMPT_GATE.may_match("Sign up for our “Morning” newsletter")


@settings(max_examples=300, deadline=None)
@given(
    st.sets(st.text(alphabet="abc.-", min_size=1, max_size=4), min_size=1, max_size=6),
    st.sampled_from(["", "-?", "[^a-z]*"]),
    st.text(alphabet="abc.- ", max_size=8),
)
def test_alternation_matches_the_plain_alternation(
    strings: set[str], between: str, text: str
) -> None:
    """The prefix-merged pattern matches exactly what "s1|s2|…" (with ``between`` after each
    character but the last) matches, in full and as a search."""
    plain = re.compile("|".join(between.join(map(re.escape, s)) for s in strings))
    merged = re.compile(alternation(strings, between))
    assert bool(merged.fullmatch(text)) == bool(plain.fullmatch(text))
    assert bool(merged.search(text)) == bool(plain.search(text))


def test_class_word_gate_passes_every_word_a_gate_passes() -> None:
    """related's one-search word gate passes every word one of its word gates passes: words
    built from every gate literal (and the heading tokens spelled with separators), alone
    and inside other letters."""
    assert related._ANY_WORD_GATE is not None
    pieces = [
        *(lit for group in related._GATE_STRINGS if group for lit in group),
        *related._HEADING_TOKENS, *vocab.PREV_TOKENS, *vocab.NEXT_TOKENS, "nav-previous",
        "next_post", "h-d", "h_e-a.d", "ti-tle", "t__i_t_l_e", "contentad",
        "content-ad", "ob-widget", "trc_rbox", "x", "-", "_", "é", "İ", "K", "9",
    ]
    rng = random.Random(7)
    words = list(pieces)
    for _ in range(20000):
        words.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 3))))
        words.append("".join(rng.choice("abdehilnoprstvwx-_9") for _ in range(rng.randint(1, 9))))
    for word in words:
        if any(gate is not None and gate.search(word) for _bit, gate in related._WORD_GATES):
            assert related._ANY_WORD_GATE.search(word), word


@pytest.mark.parametrize("flags", [0, re.MULTILINE])
def test_anchored_search_gate_follows_the_multiline_flag(flags: int) -> None:
    """``^`` in a search pattern pins the match to the text's start only without
    re.MULTILINE; with it, a line start later in the text counts too."""
    for source in (r"^foo", r"^foo|bar\d", r"^(?:foo|baz)"):
        pattern = re.compile(source, flags)
        gate = start_gate((), (pattern,))
        for text in ("x\nfoo", "foo", "xx bar1", "x\nbaz", "nothing"):
            if pattern.search(text):
                assert gate is None or gate.may_match(text), (source, text)


def test_no_gate_and_no_error_on_a_python_without_the_private_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The gates read ``re``'s private parser; on a Python without it (neither ``re._parser``
    nor ``sre_parse``) there are no gates, and no error."""
    from articlex import prefilter

    real = prefilter.importlib.import_module

    def without_parser(name: str, *args: object) -> object:
        if name in ("re._parser", "sre_parse"):
            raise ImportError(name)
        return real(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(prefilter.importlib, "import_module", without_parser)
    assert literal_gate(re.compile(r"taboola|outbrain")) is None
    assert start_gate((re.compile(r"(?i)related|more from"),)) is None
