"""parse_date: fast paths, zones, languages, relative dates against a fixed ``now``."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from articlex.dates import parse_date, plausible

NOW = datetime(2024, 3, 26, 12, 0, tzinfo=timezone.utc)
UTC = timezone.utc


def tz(hours: float) -> timezone:
    return timezone(timedelta(hours=hours))


CASES = [
    ("2019-11-19T21:57:01+0000", datetime(2019, 11, 19, 21, 57, 1, tzinfo=UTC), True),
    ("2019-11-20T05:52:20-05:00", datetime(2019, 11, 20, 5, 52, 20, tzinfo=tz(-5)), True),
    ("2015-03-17T16:27:40.294Z", datetime(2015, 3, 17, 16, 27, 40, 294000, tzinfo=UTC), True),
    ("2019-11-20T10:43Z", datetime(2019, 11, 20, 10, 43, tzinfo=UTC), True),
    ("2019-11-19 02:24:00 UTC", datetime(2019, 11, 19, 2, 24, tzinfo=UTC), True),
    ("2018-12-21 12:55:00", datetime(2018, 12, 21, 12, 55), True),
    ("2024-06-25", datetime(2024, 6, 25), False),
    ("20 Nov 2019 08:02 GMT", datetime(2019, 11, 20, 8, 2, tzinfo=UTC), True),
    ("Wed Nov 20 2019 08:00:58 GMT+0000", datetime(2019, 11, 20, 8, 0, 58, tzinfo=UTC), True),
    ("Tue Nov 19 21:57:01 UTC 2019", datetime(2019, 11, 19, 21, 57, 1, tzinfo=UTC), True),
    ("Nov. 20, 2019 5:52 AM EST", datetime(2019, 11, 20, 5, 52, tzinfo=tz(-5)), True),
    ("Published Mar 25, 2024 2:03 p.m. JST", datetime(2024, 3, 25, 14, 3, tzinfo=tz(9)), True),
    ("November 19, 2019 at 8:59 pm", datetime(2019, 11, 19, 20, 59), True),
    ("Monday, November 18th, 2019 at 11:08 a.m.", datetime(2019, 11, 18, 11, 8), True),
    ("Sept. 5, 2019", datetime(2019, 9, 5), False),
    ("November 20, 2019 - 11:28 AMT", datetime(2019, 11, 20, 11, 28, tzinfo=tz(4)), True),
    ("13.11.2019, 23:06", datetime(2019, 11, 13, 23, 6), True),
    ("08.04.2015 12:46", datetime(2015, 4, 8, 12, 46), True),
    ("2016.12.01", datetime(2016, 12, 1), False),
    ("27/09/2018", datetime(2018, 9, 27), False),
    ("05/29/2007 09:49:00", datetime(2007, 5, 29, 9, 49), True),
    ("25 марта 2024", datetime(2024, 3, 25), False),
    ("25. März 2024", datetime(2024, 3, 25), False),
    ("30 avril 2015 à 07:19", datetime(2015, 4, 30, 7, 19), True),
    ("3 hours ago", datetime(2024, 3, 26, 9, 0), True),
]


@pytest.mark.parametrize(("text", "expected", "has_time"), CASES, ids=[c[0] for c in CASES])
def test_parse(text: str, expected: datetime, has_time: bool) -> None:
    parsed = parse_date(text, languages=("ru", "de", "fr", "en"), now=NOW)
    assert parsed is not None
    assert parsed.value == expected and parsed.value.tzinfo == expected.tzinfo
    assert parsed.has_time is has_time
    assert parsed.aware is (expected.tzinfo is not None)
    assert parsed.raw == text


@pytest.mark.parametrize("text", ["", "hello world", "Page 3 of 7", "x" * 300, "2019-13-45"])
def test_not_a_date(text: str) -> None:
    assert parse_date(text, languages=("en",), now=NOW) is None


def test_day_month_order_follows_language() -> None:
    us = parse_date("03/04/2019", languages=("en",), now=NOW)
    de = parse_date("03/04/2019", languages=("de",), now=NOW)
    assert us is not None and us.value == datetime(2019, 3, 4)
    assert de is not None and de.value == datetime(2019, 4, 3)


def test_plausible_bounds() -> None:
    assert plausible(datetime(2019, 1, 1), NOW)
    assert not plausible(datetime(1990, 1, 1), NOW)
    assert not plausible(NOW + timedelta(days=3), NOW)
