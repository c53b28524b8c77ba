"""Stated read-time phrases, meta-stated read time, and the estimate from the body."""

from __future__ import annotations

import pytest

from articlex import ExtractOptions, extract

STATED = [
    ("2 mins read", 2),
    ("5 min read", 5),
    ("5 Min Read", 5),
    ("<b>7</b> min read", 7),
    ("Reading time: 4 minutes", 4),
    ("Lesezeit: 3 Min.", 3),
    ("Temps de lecture : 4 min", 4),
    ("3 dk okuma", 3),
    ("Tiempo de lectura: 6 minutos", 6),
    ("Oct 18, 2019 · 8 min read", 8),
    ("12-minute read", 12),
    ("5 dakika okuma", 5),
    ("6 DK OKUMA", 6),
    ("5 мин чтения", 5),
    ("Время чтения: 9 МИН", 9),
    ("Lesedauer: ca. 4 Minuten", 4),
    ("tempo di lettura 3 minuti", 3),
    ("<b>7</b>\n\n      min read", 7),
]
NOT_STATED = ["Updated 5 minutes ago", "The minister read a statement", "Admin", "min. order 5"]
BODY = " ".join(["Word"] * 460)


def _page(line: str, head: str = "") -> str:
    return (
        f"<html><head><title>T</title>{head}</head><body><article><h1>A story headline here</h1>"
        f"<div class='meta'><span>{line}</span></div><p>{BODY}</p></article></body></html>"
    )


@pytest.mark.parametrize(("line", "minutes"), STATED, ids=[s[0] for s in STATED])
def test_stated(line: str, minutes: int) -> None:
    read = extract(_page(line)).read_time
    assert (read.minutes, read.stated) == (minutes, True)
    assert read.text


@pytest.mark.parametrize("line", NOT_STATED)
def test_not_stated_gives_estimate(line: str) -> None:
    read = extract(_page(line), options=ExtractOptions(words_per_minute=230)).read_time
    assert read.stated is False
    assert read.minutes == -(-read.words // 230)
    assert read.words >= 460


def test_twitter_data_meta() -> None:
    head = (
        '<meta name="twitter:label1" content="Est. reading time">'
        '<meta name="twitter:data1" content="4 minutes">'
    )
    read = extract(_page("", head)).read_time
    assert (read.minutes, read.stated) == (4, True)


def test_cjk_body_counts_characters_not_runs() -> None:
    html = (
        "<html><body><article><h1>東京の天気について</h1><p>"
        + "東京都は今日とても暑い一日になりました。" * 40
        + "</p></article></body></html>"
    )
    read = extract(html).read_time
    assert read.stated is False
    assert read.words >= 300 and read.minutes is not None and read.minutes >= 2



_MINUTE_WORDS = [
    "min", "Min", "MIN", "min.", "mins", "minute", "minutes", "Minuten", "minutos", "minuti",
    "мин", "МИН", "мин.", "dk", "DK", "dakika", "Dakika",
]


def test_number_minutes_filter_passes_every_figure() -> None:
    """The page-level filter is a necessary condition: every text READ_TIME_RE reads a figure
    in also holds a number before a minute word (else stated read times would be missed)."""
    import itertools

    from articlex import vocab
    from articlex.fields.readtime import _NUMBER_MINUTES_RE

    read = 0
    for prefix, number, sep, word, tail in itertools.product(
        ["", "Reading time: ", "Lesezeit ca. ", "okuma süresi ", "время чтения "],
        ["5", "12"],
        [" ", "", "-", " - ", "\n   "],
        _MINUTE_WORDS,
        ["", " read", " okuma", " чтения", " lesen", " de lecture"],
    ):
        text = f"{prefix}{number}{sep}{word}{tail}"
        if vocab.READ_TIME_RE.search(text):
            read += 1
            assert _NUMBER_MINUTES_RE.search(text), text
    assert read > 500  # the grid holds many figures: the check above is not vacuous


def test_number_minutes_scan_matches_the_pattern() -> None:
    """The ``str.find`` scan answers exactly what ``_NUMBER_MINUTES_RE.search`` does: its
    character tests are the pattern's over every code point, and mixed samples agree."""
    import itertools
    import re

    from articlex import vocab
    from articlex.fields.readtime import (
        _NON_ASCII_LETTERS,
        _NUMBER_MINUTES_RE,
        _OTHER_WORD_MIXES,
        _number_minutes,
    )

    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    digit = re.compile(r"\d")
    assert all(bool(digit.fullmatch(c)) == c.isdecimal() for c in chars)
    ascii_letters = {c for word in vocab.READ_TIME_MINUTE_WORDS if word.isascii() for c in word}
    either_case = re.compile("[" + "".join(ascii_letters) + "]", re.IGNORECASE)
    for c in chars:
        if either_case.fullmatch(c) and not c.isascii():
            assert c.encode() in _NON_ASCII_LETTERS, hex(ord(c))
    for word in vocab.READ_TIME_MINUTE_WORDS:
        if not word.isascii():
            for letter in word:
                same = re.compile(re.escape(letter), re.IGNORECASE)
                assert {c for c in chars if same.fullmatch(c)} == {letter.lower(), letter.upper()}
            mix = word.upper().encode()
            assert mix in _OTHER_WORD_MIXES[mix[0]]
    pieces = ["5", "١", "\U0001d7d8", "x", " ", "\u00a0", "\u2009", "\n", "-", "--", "- ", "€",
              "MIN", "mİn", "mın", "Dk", "dK", "\u212a", "dakİka", "МиН", "min", "ΣΣ", "İ", "admin",
              "Россия", "мИ", "н"]
    for combo in itertools.product(pieces, repeat=3):
        sample = "".join(combo)
        found = bool(_NUMBER_MINUTES_RE.search(sample))
        assert _number_minutes(sample.encode()) == found, sample


def test_figure_anywhere_has_no_end_checks_left() -> None:
    """The page-level gate is READ_TIME_RE with its two closing letter tests dropped, and
    READ_TIME_RE has no other look-around or anchor: then a figure in any stretch of a text
    is found in the whole text too (whatever runs into it on either side)."""
    from articlex import vocab
    from articlex.fields.readtime import _FIGURE_ANYWHERE_RE

    assert _FIGURE_ANYWHERE_RE is not None
    for token in ("(?=", "(?!", "(?<", "\\b", "\\B", "\\A", "\\Z", "$"):
        assert token not in _FIGURE_ANYWHERE_RE.pattern, token
    assert "^" not in vocab.READ_TIME_RE.pattern.replace("[^", "")


def test_figure_anywhere_finds_every_figure_in_any_context() -> None:
    """Every text READ_TIME_RE reads a figure in, with letters, digits or nothing run into
    it on either side (element texts joined in the body's text), passes the gate."""
    import itertools

    from articlex import vocab
    from articlex.fields.readtime import _FIGURE_ANYWHERE_RE

    assert _FIGURE_ANYWHERE_RE is not None
    read = 0
    for prefix, number, word, tail, left, right in itertools.product(
        ["", "Reading time: ", "Lesezeit ca. ", "время чтения "],
        ["5", "12"],
        _MINUTE_WORDS,
        ["", " read", " okuma", " чтения", " de lecture"],
        ["", "x", "7", "Ä "],
        ["", "s", "ers", "Artikel", "9", " x"],
    ):
        figure = f"{prefix}{number} {word}{tail}"
        if vocab.READ_TIME_RE.search(figure):
            read += 1
            assert _FIGURE_ANYWHERE_RE.search(f"{left}{figure}{right}"), (left, figure, right)
    assert read > 500


def test_figure_found_when_the_next_element_runs_into_it() -> None:
    """"Lesezeit: 3 Min" followed at once by another element's "Artikel": the body's text
    reads "3 MinArtikel", which READ_TIME_RE refuses; the gate lets the page through and
    the element's own text is read."""
    read = extract(_page("<span>Lesezeit: 3 Min</span><span>Artikel</span>")).read_time
    assert (read.minutes, read.stated) == (3, True)


def test_figure_width_bound_holds() -> None:
    """Whitespace in the gate's pattern is only ``\\s*``/``\\s+``; with each run read as one
    character its matches span at most ``_FIGURE_MAX_CHARS`` (the width the parser derives)."""
    import importlib

    from articlex.fields.readtime import _FIGURE_ANYWHERE_RE, _FIGURE_MAX_CHARS

    assert _FIGURE_ANYWHERE_RE is not None
    pattern = _FIGURE_ANYWHERE_RE.pattern
    assert pattern.count("\\s") == pattern.count("\\s*") + pattern.count("\\s+")
    assert " " not in pattern and "\\S" not in pattern and "." not in pattern.replace("\\.", "")
    try:
        parser = importlib.import_module("re._parser")
    except ImportError:  # Python 3.10
        parser = importlib.import_module("sre_parse")
    single = pattern.replace("\\s*", "\\s?").replace("\\s+", "\\s")
    assert parser.parse(single, _FIGURE_ANYWHERE_RE.flags).getwidth()[1] <= _FIGURE_MAX_CHARS


def test_windowed_search_agrees_with_the_whole_text() -> None:
    """``_may_hold_figure`` answers what ``_FIGURE_ANYWHERE_RE`` over the whole text does,
    with long whitespace runs, several numbers and noise on both sides."""
    import itertools

    from articlex.fields.readtime import _FIGURE_ANYWHERE_RE, _may_hold_figure

    assert _FIGURE_ANYWHERE_RE is not None
    pieces = ["Reading time:", "Lesezeit", "5", "12", "min", "Min.", "read", "lesen", "x",
              " ", " " * 70, "\n\u00a0\t" * 30, "-", "ago", "2019 ·", "okuma", "de lectura"]
    agreed = found = 0
    for combo in itertools.product(pieces, repeat=4):
        text = "".join(combo)
        expected = _FIGURE_ANYWHERE_RE.search(text) is not None
        assert _may_hold_figure(text) == expected, repr(text)
        agreed += 1
        found += expected
    assert found > 100 and agreed - found > 100


def test_gate_is_linear_on_long_whitespace_runs() -> None:
    """A phrase, then a very long whitespace run before a number: the stretch searched is
    read with the run made one space (the pattern would backtrack over it quadratically)."""
    import time

    from articlex.fields.readtime import _may_hold_figure

    text = "Reading time" + " \u00a0" * 100_000 + "x 5 min and 7 min"  # raw: ~20 s per 10k
    started = time.perf_counter()
    assert _may_hold_figure(text) is False
    assert _may_hold_figure(text.replace("x 5", "5")) is True
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"plain text", "İ".encode()),
        ("x İ y".encode(), "İ".encode()),
        ("\u00b0 and \u00c4".encode(), "İ".encode()),  # both end bytes, not the letter
        ("5 \u212a".encode(), "\u212a".encode()),
        ("“quoted” text".encode(), "\u212a".encode()),  # E2 without AA
        ("мИн".encode(), "мин".encode()),
        ("мин".encode(), "мин".encode()),
        (b"", b"dk"),
    ],
)
def test_holds_is_the_substring_test(data: bytes, needle: bytes) -> None:
    from articlex.fields.readtime import _holds

    assert _holds(data, needle) == (needle in data)
