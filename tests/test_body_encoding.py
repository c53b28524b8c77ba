"""Bytes in any encoding give the same body text as the decoded string (no mojibake)."""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import pytest

from articlex import extract

RUSSIAN = "Правительство объявило о новых мерах поддержки для семей с детьми в этом году."
FRENCH = "Le maire a présenté un budget révisé à 2 € près, après des mois de débats."
JAPANESE = "政府は来年度の予算案を閣議決定し、過去最大の規模となる見通しを示した。"


def _html(text: str, meta: str = "") -> str:
    paragraphs = "".join(f"<p>{text} {i}</p>" for i in range(3))
    head = f"<head>{meta}<title>t</title></head>"
    return f"<html>{head}<body><article>{paragraphs}</article></body></html>"


@pytest.mark.parametrize(
    ("text", "encoding", "meta"),
    [
        (RUSSIAN, "cp1251", '<meta charset="windows-1251">'),
        (RUSSIAN, "koi8-r", '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'),
        (FRENCH, "cp1252", '<meta charset="iso-8859-1">'),
        (JAPANESE, "shift_jis", '<meta charset="shift_jis">'),
        (JAPANESE, "euc-jp", '<meta charset="euc-jp">'),
        (FRENCH, "utf-8", ""),
    ],
    ids=["cp1251-meta", "koi8r-http-equiv", "latin1-label", "sjis", "eucjp", "utf8"],
)
def test_declared_or_detected_encoding(text: str, encoding: str, meta: str) -> None:
    html = _html(text, meta)
    from_bytes = extract(html.encode(encoding)).body.text
    assert from_bytes == extract(html).body.text
    assert text in from_bytes


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom"],
)
def test_byte_order_mark_wins(bom: bytes, encoding: str) -> None:
    html = _html(FRENCH, '<meta charset="iso-8859-1">')
    assert FRENCH in extract(bom + html.encode(encoding)).body.text


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "cp1251"),
        (RUSSIAN, "koi8-r"),
        (FRENCH, "cp1252"),
        (JAPANESE, "shift_jis"),
        (JAPANESE, "euc-jp"),
        ("政府今天公布了新的经济刺激计划，预计将在明年初开始实施。", "gb18030"),
        ("Ο πρωθυπουργός ανακοίνωσε νέα μέτρα στήριξης για τις οικογένειες.", "cp1253"),
    ],
    ids=["cp1251", "koi8r", "cp1252", "sjis", "eucjp", "gb18030", "greek"],
)
def test_undeclared_legacy_encoding_is_detected(text: str, encoding: str) -> None:
    html = _html(text)
    assert text in extract(html.encode(encoding)).body.text


# --------------------------------------------------------------------------- the decoder's bytes


@pytest.mark.parametrize(
    ("data", "reused"),
    [
        (_html(FRENCH).encode("utf-8"), True),  # undeclared, valid UTF-8
        (('<?xml version="1.0" encoding="iso-8859-1"?>\n' + _html(FRENCH)).encode("utf-8"), True),
        (_html(FRENCH, '<meta charset="utf-8">').encode("utf-8"), True),
        (_html(FRENCH, '<meta charset="UTF8">').encode("utf-8"), True),
        (_html(FRENCH, '<meta charset="iso-8859-1">').encode("cp1252"), False),
        (_html("plain ASCII text, declared Latin-1", '<meta charset="latin-1">').encode(), False),
        (codecs.BOM_UTF8 + _html(FRENCH).encode("utf-8"), False),  # decoded with replacement
        (_html(FRENCH).encode("utf-8").replace(b"\xc3\xa9", b"\xe9", 1), False),  # one bad byte
        (_html(JAPANESE, '<meta charset="shift_jis">').encode("shift_jis"), False),
    ],
)
def test_decoder_hands_the_parser_the_input_when_it_is_the_utf8_of_the_text(
    data: bytes, reused: bool
) -> None:
    from articlex.page import _decode

    text, utf8 = _decode(data)
    if reused:
        assert utf8 is data
        assert utf8 == text.encode("utf-8")
    else:
        assert utf8 is None
    assert extract(data).to_dict() == extract(text).to_dict()


def test_bytes_and_decoded_text_give_the_same_article_on_benchmark_pages(
    benchmarks_dir: Path,
) -> None:
    """Every 6th scrapinghub page: bytes in give what their decoded text gives (the bytes are
    then parsed as they came, the text encoded first)."""
    from articlex.page import _decode

    pages = sorted((benchmarks_dir / "scrapinghub" / "html").glob("*.html.gz"))[::6]
    reused = 0
    for path in pages:
        data = gzip.decompress(path.read_bytes())
        text, utf8 = _decode(data)
        reused += utf8 is not None
        assert extract(data).to_dict() == extract(text).to_dict(), path.name
    assert reused >= len(pages) // 2  # most pages are UTF-8


@pytest.mark.parametrize("seed", range(5))
def test_control_byte_count_matches_the_per_byte_test(seed: int) -> None:
    """``_check_not_binary`` counts the control bytes by deleting every other byte."""
    import random

    from articlex.page import _NOT_CONTROL_BYTES

    rng = random.Random(seed)
    sample = bytes(rng.randrange(256) for _ in range(4096)) + bytes(range(256))
    expected = sum(1 for b in sample if b < 9 or 13 < b < 32)
    assert len(sample.translate(None, _NOT_CONTROL_BYTES)) == expected
