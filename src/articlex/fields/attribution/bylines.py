"""Reading person names out of byline strings.

Contract: ``parse_byline("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER\\nAssociated
Press")`` → names ``["Lisa Mascaro", "Mary Clare Jalonick", "Eric Tucker"]`` and agencies
``["AP"]``. "By"/"Analysis by" prefixes, roles ("AP Sports Writer", "Senior Reporter"), dates,
"Updated …", handles and outlet names are dropped; names printed in capitals are title-cased.
A part that is not plainly a person's name is dropped (fewer right names beat more wrong).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import vocab
from ...text import normalize_space
from .names import canonical, find_mentions

__all__ = ["Byline", "parse_byline", "tidy_name"]

# Where the names end: a date, a time, "Updated", a handle, a bar or bullet.
_CUT_RE = re.compile(
    r"\d|@|[|•·]|\b(?:Updated|Published|Posted|Last\s+updated|Modified)\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d",
)
_BY_LINE_RE = re.compile(r"^\s*by\b", re.IGNORECASE)
_LAST_BY_RE = re.compile(r"(?:^|\s)by\s+", re.IGNORECASE)
_NAME_TOKEN_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[A-Z]\.)$")


@dataclass
class Byline:
    """Names of people, agencies and newsrooms read from one byline string."""

    names: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)  # newsrooms credited ("Argus Leader")


def parse_byline(text: str, *, outlet: str | None = None) -> Byline:
    """People and agencies in a byline string (newlines separate parts, like commas)."""
    result = Byline()
    lines = text.split("\n")
    # What precedes a "By" line is a section label or a date ("Tech Industry\nby\nSteven Musil").
    marked = [i for i, line in enumerate(lines) if _BY_LINE_RE.match(line)]
    if marked:
        lines = lines[marked[0] :]
    for line in lines:
        line = normalize_space(line)
        if not line:
            continue
        by = list(_LAST_BY_RE.finditer(line))
        if by and by[-1].start() > 0:
            line = line[by[-1].end() :]
        line = vocab.BYLINE_PREFIX_RE.sub("", line, count=1)
        cut = _CUT_RE.search(line)
        if cut:
            line = line[: cut.start()]
        for part in vocab.BYLINE_SPLIT_RE.split(line):
            _take(part.strip(" .,:;-–—"), result, outlet)
    result.names = list(dict.fromkeys(result.names))
    result.agencies = list(dict.fromkeys(result.agencies))
    return result


def _take(part: str, result: Byline, outlet: str | None) -> None:
    """Add ``part`` to the names if it is a person's name, to agencies if it names one."""
    if not part:
        return
    mentions = find_mentions(part)
    if mentions:
        result.agencies += [m.name for m in mentions if m.agency]
        result.outlets += [m.name for m in mentions if not m.agency]
        return
    name = tidy_name(part, outlet=outlet)
    if name:
        result.names.append(name)


def tidy_name(part: str, *, outlet: str | None = None) -> str | None:
    """``part`` as a person's name ("JANIE HAR" → "Janie Har"), or ``None`` if it is not one."""
    part = normalize_space(part.strip(" .,:;-–—"))
    tokens = part.split(" ")
    if not 2 <= len(tokens) <= 5 or canonical(part):
        return None
    # A particle ends no name: "Jong, Michiel de" split at the comma leaves "Michiel de".
    if tokens[-1].casefold() in vocab.NAME_PARTICLES:
        return None
    if outlet and part.casefold() in outlet.casefold():
        return None
    for token in tokens:
        folded = token.casefold().strip(".,")
        if folded in vocab.NOT_A_NAME_WORDS or "." in folded[1:-1]:
            return None
        if folded in vocab.NAME_PARTICLES:
            continue
        if not _NAME_TOKEN_RE.match(token) or (len(token) == 1):
            return None
    if part.isupper() or all(t.isupper() for t in tokens if len(t) > 2):
        part = " ".join(_title(t) for t in tokens)
    return part


def _title(token: str) -> str:
    """Title-case one capitalized token, keeping initials ("J.") and particles."""
    if len(token) <= 2 and token.endswith("."):
        return token
    if token.casefold() in vocab.NAME_PARTICLES:
        return token.lower()
    return "-".join(p[:1].upper() + p[1:].lower() for p in token.split("-"))
