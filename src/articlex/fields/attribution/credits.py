"""Agencies credited as filers of the story, read from the body text.

Three places credit a wire service: the dateline at the head ("SEOUL, March 25 (Yonhap) --",
"(AP) —"), a credit closing the story ("… (ANI)", "-- IANS", "— AP"), and contributor or
copyright lines ("With inputs from PTI", "Agence France-Presse contributed to this report",
"© 2019 Associated Press", a "By The Associated Press" line). Photo credits ("AP Photo/…",
"AFP via Getty Images") are not story credits.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ... import vocab
from .names import agency_in, find_mentions

__all__ = ["body_credits"]

# Closing blocks read for end credits and contributor lines (the credit may be followed by a
# stray "Comments" or "Share" line the body kept).
_TAIL_BLOCKS = 3
_LONG_LOWER_WORD_RE = re.compile(r"\b[a-z]{4,}\b")
_LIST_SPLIT_RE = re.compile(r"\s*(?:,|\band\b|&|/)\s*")


def body_credits(blocks: Sequence[str]) -> list[str]:
    """Canonical agency names credited in ``blocks`` (the body's texts), first credit first."""
    found: list[str] = []
    for text in blocks[:2]:
        found += _dateline_credit(text)
    for text in blocks[-_TAIL_BLOCKS:]:
        found += _end_credit(text)
        found += _credit_lines(text)
    return list(dict.fromkeys(found))


def _dateline_credit(text: str) -> list[str]:
    """The agency of a wire dateline at the start of ``text``."""
    match = vocab.DATELINE_CREDIT_RE.match(text)
    if not match:
        return []
    prefix = match.group("prefix")
    # A place and a date, not a sentence ("Officials said (Reuters)").
    if _LONG_LOWER_WORD_RE.search(prefix):
        return []
    name = agency_in(match.group("paren") or match.group("slash") or "")
    return [name] if name else []


def _end_credit(text: str) -> list[str]:
    """The agency credited in brackets or after a dash at the very end of ``text``."""
    match = vocab.END_CREDIT_RE.search(text.rstrip())
    if not match:
        return []
    raw = match.group("paren") or match.group("dash") or match.group("bare") or ""
    if vocab.PHOTO_CREDIT_RE.search(raw):
        return []
    names = [agency_in(part) for part in _LIST_SPLIT_RE.split(raw)]
    if names and all(names):
        return [n for n in names if n]
    return []


def _credit_lines(text: str) -> list[str]:
    """Agencies named by a contributor, copyright or "By <agency>" line, or a line that is
    only an agency's name."""
    stripped = text.strip()
    alone = agency_in(stripped.strip("()[]—–- "))
    if alone:  # a line that is only an agency's name: "PTI", "— AFP", "(ANI)"
        return [alone]
    if len(stripped) > 200 or vocab.PHOTO_CREDIT_RE.search(stripped.split(" ", 1)[0]):
        return []
    for pattern in vocab.CREDIT_LINE_RES:
        match = pattern.search(stripped)
        if match:
            names = [m.name for m in find_mentions(match.group("names")) if m.agency]
            if names:
                return names
    return []
