"""Date parsing: the only module that imports dateparser.

Contract of :func:`parse_date`: the value, the raw text it came from, whether the text gave a
time of day, and whether it gave a zone (``value`` is timezone-aware exactly when it did).
Fast paths run first and cover what pages print most: ISO-8601 (``+0000``/``Z``/fractions/a
space instead of ``T``/a trailing ``UTC``), English month-name dates ("Nov. 20, 2019 5:52 AM
EST", "20 Nov 2019 08:02 GMT", "Tue Nov 19 21:57:01 UTC 2019") and numeric dates
("13.11.2019, 23:06", "2016.12.01", "05/29/2007 09:49:00"). Only free text that none of them
reads goes to dateparser, always with ``languages`` and ``RELATIVE_BASE`` = ``now`` (naive UTC),
so results never depend on the clock or the machine's locale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any

from . import vocab

__all__ = ["EARLIEST", "ParsedDate", "parse_date", "plausible"]

#: Nothing on the web is older than this.
EARLIEST = datetime(1991, 8, 1, tzinfo=timezone.utc)

_ISO_RE = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6})\d*)?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?\s*(?:UTC|GMT|Z)?\s*$",
    re.IGNORECASE,
)
_TIME = (
    r"(?P<h>\d{1,2})[:.h](?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.\d+)?)?\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?(?![a-z]))?"
)
_ZONE = r"(?P<zone>(?:UTC|GMT)?\s?[+-]\d{2}:?\d{2}|UTC|GMT|Z|[ECMP][SD]T|BST|CET|CEST|[A-Z]{2,4})?"
_MONTH_NAMES = "|".join(sorted(vocab.EN_MONTHS, key=len, reverse=True))
# "Nov. 20, 2019 5:52 AM EST", "November 19, 2019 at 8:59 pm", "Monday, November 18th, 2019".
_MDY_RE = re.compile(
    rf"^(?:[A-Za-z]{{3,9}},?\s+)?(?P<mon>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
    rf"(?P<y>\d{{4}})(?:(?:,|\s+at|\s+-|\s*\||\s)\s*{_TIME})?\s*{_ZONE}\s*$",
    re.IGNORECASE,
)
# "20 Nov 2019 08:02 GMT", "Tuesday 15 October 2019 at 09:11".
_DMY_RE = re.compile(
    rf"^(?:[A-Za-z]{{3,9}},?\s+)?(?P<d>\d{{1,2}})\.?\s+(?P<mon>{_MONTH_NAMES})\.?,?\s+(?P<y>\d{{4}})"
    rf"(?:(?:,|\s+at|\s+-|\s)\s*{_TIME})?\s*{_ZONE}\s*$",
    re.IGNORECASE,
)
# "Tue Nov 19 21:57:01 UTC 2019" (Unix date) and "Wed Nov 20 2019 08:00:58 GMT+0000" (JS).
_UNIX_RE = re.compile(
    rf"^[A-Za-z]{{3}}\s+(?P<mon>{_MONTH_NAMES})\s+(?P<d>\d{{1,2}})\s+(?:(?P<y1>\d{{4}})\s+)?"
    rf"{_TIME}\s*{_ZONE}\s*(?:\([^)]*\))?\s*(?P<y2>\d{{4}})?\s*$",
    re.IGNORECASE,
)
# Numeric dates: "13.11.2019, 23:06", "2016.12.01", "27/09/2018", "05/29/2007 09:49:00".
_NUM_RE = re.compile(
    rf"^(?P<a>\d{{1,4}})(?P<sep>[./-])(?P<b>\d{{1,2}})(?P=sep)(?P<c>\d{{2,4}})\.?"
    rf"(?:(?:,|\s+at|\s+-|\s)\s*{_TIME})?\s*{_ZONE}\s*$",
    re.IGNORECASE,
)
_HAS_TIME_RE = re.compile(
    r"\d{1,2}[:.h]\d{2}|\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d+\s*(?:hours?|hrs?|minutes?|mins?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A parsed date: the value, the raw text, whether it had a time of day and a zone."""

    value: datetime
    raw: str
    has_time: bool

    @property
    def aware(self) -> bool:
        """True when the text stated a zone or offset (``value`` is then timezone-aware)."""
        return self.value.tzinfo is not None


def parse_date(
    text: str, *, languages: tuple[str, ...] = ("en",), now: datetime | None = None
) -> ParsedDate | None:
    """Parse ``text`` into a datetime, or ``None`` when it is not a date.

    Fast paths first (see the module docstring); dateparser for the rest, with ``languages``
    (never empty: English when none is given) and ``RELATIVE_BASE=now`` so "3 hours ago" is
    read against the caller's clock. A zone is kept only when the text states one.
    """
    raw = " ".join(text.split())
    if not raw or len(raw) > 120:
        return None
    if not any(ch.isdigit() for ch in raw) and not _maybe_relative(raw):
        return None
    languages = tuple(dict.fromkeys(lang.lower()[:2] for lang in languages if lang)) or ("en",)
    for fast in (_parse_iso, _parse_words, _parse_numeric):
        parsed = fast(raw, languages)
        if parsed is not None:
            return parsed
    return _parse_free(raw, languages, now)


def _maybe_relative(raw: str) -> bool:
    return bool(vocab.RELATIVE_DATE_RE.search(raw))


def _parse_iso(raw: str, languages: tuple[str, ...]) -> ParsedDate | None:
    match = _ISO_RE.match(raw)
    if not match:
        return None
    year, month, day, hour, minute, second, frac, zone = match.groups()
    if zone is None and re.search(r"(?:UTC|GMT|Z)\s*$", raw, re.IGNORECASE) and hour:
        zone = "Z"
    try:
        value = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((frac or "0").ljust(6, "0")),
            tzinfo=_offset(zone),
        )
    except (ValueError, OverflowError):
        return None
    return ParsedDate(value=value, raw=raw, has_time=hour is not None)


def _parse_words(raw: str, languages: tuple[str, ...]) -> ParsedDate | None:
    for regex in (_MDY_RE, _DMY_RE, _UNIX_RE):
        match = regex.match(raw)
        if match:
            groups = match.groupdict()
            year = groups.get("y") or groups.get("y1") or groups.get("y2")
            month = vocab.EN_MONTHS.get(groups["mon"].lower().rstrip("."))
            if not year or not month:
                return None
            return _build(raw, int(year), month, int(groups["d"]), groups)
    return None


def _parse_numeric(raw: str, languages: tuple[str, ...]) -> ParsedDate | None:
    match = _NUM_RE.match(raw)
    if not match:
        return None
    groups = match.groupdict()
    a, b, c = groups["a"], groups["b"], groups["c"]
    if len(a) == 4:  # 2016.12.01, 2019/11/19
        year, month, day = int(a), int(b), int(c)
    elif len(c) in (2, 4) and len(a) <= 2:
        year = int(c) if len(c) == 4 else 2000 + int(c)
        first, second = int(a), int(b)
        month_first = groups["sep"] == "/" and any(
            lang.lower().startswith("en") for lang in languages[:1]
        )
        if first > 12:
            month_first = False
        elif second > 12:
            month_first = True
        month, day = (first, second) if month_first else (second, first)
    else:
        return None
    return _build(raw, year, month, day, groups)


def _build(raw: str, year: int, month: int, day: int, groups: dict[str, Any]) -> ParsedDate | None:
    hour = int(groups["h"]) if groups.get("h") else 0
    minute = int(groups["mi"]) if groups.get("mi") else 0
    second = int(groups["s"]) if groups.get("s") else 0
    ampm = (groups.get("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    zone = (groups.get("zone") or "").strip()
    try:
        value = datetime(year, month, day, hour, minute, second, tzinfo=_named_zone(zone))
    except (ValueError, OverflowError):
        return None
    return ParsedDate(value=value, raw=raw, has_time=bool(groups.get("h")))


def _named_zone(zone: str) -> tzinfo | None:
    """An offset for ``zone`` ("GMT+0000", "+01:00", "EST"); None when unknown or absent."""
    if not zone:
        return None
    upper = zone.upper()
    numeric = re.search(r"[+-]\d{2}:?\d{2}", upper)
    if numeric:
        return _offset(numeric.group(0))
    hours = vocab.ZONE_ABBREVIATIONS.get(upper)
    return timezone(timedelta(hours=hours)) if hours is not None else None


def _offset(zone: str | None) -> timezone | None:
    if not zone:
        return None
    if zone.upper() in ("Z", "UTC", "GMT"):
        return timezone.utc
    sign = 1 if zone[0] == "+" else -1
    digits = zone[1:].replace(":", "").ljust(4, "0")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def _parse_free(raw: str, languages: tuple[str, ...], now: datetime | None) -> ParsedDate | None:
    parser = _dateparser()
    base = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(tzinfo=None)
    settings: dict[str, Any] = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "REQUIRE_PARTS": ["day", "month", "year"] if not _maybe_relative(raw) else [],
    }
    try:
        value = parser.parse(raw, languages=list(languages), settings=settings)
    except (ValueError, TypeError, OverflowError, AttributeError, KeyError, LookupError):
        return None
    if value is None:
        return None
    return ParsedDate(value=value, raw=raw, has_time=bool(_HAS_TIME_RE.search(raw)))


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    import dateparser  # slow to import; only when free text needs it

    return dateparser


def plausible(value: datetime, now: datetime | None) -> bool:
    """Not before the web, not in the future of ``now`` (one day of slack for time zones)."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    upper = (now or datetime.now(timezone.utc)) + timedelta(days=1)
    return EARLIEST <= aware <= upper
