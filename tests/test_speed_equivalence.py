"""The speed rewrites compute exactly what the plain versions did."""

from __future__ import annotations

import re

from articlex.text import normalize_space


def test_normalize_space_matches_regex() -> None:
    """``str.split`` whitespace is the regex's ``\\s``: over every code point, and samples."""
    space = re.compile(r"\s+")
    assert all(bool(space.fullmatch(c)) == c.isspace() for c in map(chr, range(0x110000)))
    for text in ["", "  a \u00a0 b\n", "\x1c\x1fa\u2028b\u3000", "a\u200bb", "\u0085x\t"]:
        assert normalize_space(text) == space.sub(" ", text).strip()



def test_sponsored_prefilter_keeps_every_widget_name() -> None:
    """The literal prefilter passes each kind of name ``SPONSORED_CLASS_RE`` matches."""
    from articlex import vocab
    from articlex.fields.related import _SPONSORED_HINT_RE

    names = [
        "taboola", "trc_rbox_div", "trc_related_container", "tbl-feed-card", "OUTBRAIN",
        "ob-widget", "ob-dynamic-rec", "revcontent", "x mgid", "mgbox", "zergnet-widget",
        "adblade", "content-ad", "contentad", "x sponsored", "x promoted", "syndicateditem",
        "x rc-widget", "partner-content", "partnercontent", "paid-content", "x dianomi",
        "x nativo",
    ]
    for name in names:
        low = name.lower()
        assert vocab.SPONSORED_CLASS_RE.search(low), name
        assert _SPONSORED_HINT_RE.search(low), name
