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
    from articlex.fields.readtime import _NON_ASCII_LETTERS, _NUMBER_MINUTES_RE, _number_minutes

    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    digit = re.compile(r"\d")
    assert all(bool(digit.fullmatch(c)) == c.isdecimal() for c in chars)
    letters = {c for word in vocab.READ_TIME_MINUTE_WORDS for c in word}
    either_case = re.compile("[" + "".join(letters) + "]", re.IGNORECASE)
    for c in chars:
        if either_case.fullmatch(c) and not c.isascii():
            assert any(letter in c.encode() for letter in _NON_ASCII_LETTERS), hex(ord(c))
    pieces = ["5", "١", "\U0001d7d8", "x", " ", "\u00a0", "\u2009", "\n", "-", "--", "- ", "€",
              "MIN", "mİn", "mın", "Dk", "dK", "\u212a", "dakİka", "МиН", "min", "ΣΣ", "İ", "admin"]
    for combo in itertools.product(pieces, repeat=3):
        sample = "".join(combo)
        found = bool(_NUMBER_MINUTES_RE.search(sample))
        assert _number_minutes(sample.encode()) == found, sample
