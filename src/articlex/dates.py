"""Date parsing: the only module that imports dateparser.

Fast paths (ISO-8601) run first; dateparser only for free text, always with ``languages``
and a fixed ``RELATIVE_BASE`` so results do not depend on the clock or guesswork.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any

__all__ = ["ParsedDate", "parse_date", "plausible"]

_ISO_RE = re.compile(
    r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$"
)
#: Nothing on the web is older than this.
EARLIEST = datetime(1991, 8, 1, tzinfo=timezone.utc)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A parsed date: the value, the raw text, and whether the text gave a time of day."""

    value: datetime
    raw: str
    has_time: bool


def parse_date(
    text: str, *, languages: tuple[str, ...] = ("en",), now: datetime | None = None
) -> ParsedDate | None:
    """Parse ``text`` into a datetime, or ``None``.

    ISO-8601 strings are parsed directly (offset kept when given, naive otherwise). Other text
    goes to dateparser with ``languages`` and ``RELATIVE_BASE=now``.
    """
    raw = text.strip()
    if not raw or len(raw) > 200:
        return None
    fast = _parse_iso(raw)
    if fast is not None:
        return fast
    return _parse_free(raw, tuple(languages) or ("en",), now)


def _parse_iso(raw: str) -> ParsedDate | None:
    match = _ISO_RE.match(raw)
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        tz = _tz(zone)
        value = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            tzinfo=tz,
        )
    except ValueError:
        return None
    return ParsedDate(value=value, raw=raw, has_time=hour is not None)


def _tz(zone: str | None) -> timezone | None:
    if not zone:
        return None
    if zone == "Z":
        return timezone.utc
    sign = 1 if zone[0] == "+" else -1
    digits = zone[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def _parse_free(raw: str, languages: tuple[str, ...], now: datetime | None) -> ParsedDate | None:
    parser = _dateparser()
    base = (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(tzinfo=None)
    settings: dict[str, Any] = {
        "RELATIVE_BASE": base,
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        value = parser.parse(raw, languages=list(languages), settings=settings)
    except (ValueError, TypeError, OverflowError, AttributeError, KeyError):
        return None
    if value is None:
        return None
    has_time = bool(re.search(r"\d{1,2}[:.h]\d{2}|\b(?:am|pm|a\.m\.|p\.m\.)", raw, re.IGNORECASE))
    return ParsedDate(value=value, raw=raw, has_time=has_time)


@lru_cache(maxsize=1)
def _dateparser() -> Any:
    import dateparser  # slow to import; only when free text needs it

    return dateparser


def plausible(value: datetime, now: datetime | None) -> bool:
    """Not before the web, not in the future of ``now`` (one day of slack for time zones)."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)
    upper = (now or datetime.now(timezone.utc)) + timedelta(days=1)
    return EARLIEST <= aware <= upper
