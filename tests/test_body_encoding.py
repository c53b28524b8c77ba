"""Bytes in any encoding give the same body text as the decoded string (no mojibake)."""

from __future__ import annotations

import codecs

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
