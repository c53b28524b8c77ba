"""Frozen result types. ``Article.to_dict()`` is a JSON-ready *view* of them.

The dict shape is a public contract (other tools read it); see ``docs/fields.md``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

__all__ = [
    "Article",
    "Attribution",
    "Author",
    "Block",
    "BlockKind",
    "Body",
    "CitedSource",
    "DateSource",
    "Dateline",
    "ReadTime",
    "RelatedKind",
    "RelatedLink",
]


class DateSource(str, Enum):
    """Where a dateline value came from, most reliable first."""

    JSON_LD = "json-ld"
    META = "meta"
    TIME_ELEMENT = "time element"
    TEXT = "visible text"
    URL = "url"

    def __str__(self) -> str:
        return self.value


class BlockKind(str, Enum):
    """The kind of one body block."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    QUOTE = "quote"
    LIST = "list"
    TABLE = "table"
    PREFORMATTED = "preformatted"

    def __str__(self) -> str:
        return self.value


class RelatedKind(str, Enum):
    """How a related-story link is offered to the reader."""

    INLINE = "inline"  # an "ALSO READ:" / "Related:" line inside the article text
    PREVIOUS = "previous"  # previous-story navigation
    NEXT = "next"  # next-story navigation
    LIST = "list"  # a block of teasers: "Latest from …", "Don't miss", "Recommended", …

    def __str__(self) -> str:
        return self.value


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True, slots=True)
class Dateline:
    """When and where the story was filed.

    Attributes:
        published: first publication time. Timezone-aware when the page states a zone or
            offset; naive otherwise (never a zone made up). Midnight with no time of day is
            represented as a date-only value only in ``published_raw``; ``published`` keeps
            the time the page gives.
        modified: last modification time, same rules; never earlier than ``published``.
        place: the wire-style place line at the head of the body, as printed ("SEOUL",
            "TOKYO/SEOUL"), or JSON-LD ``dateline``.
        text: the raw dateline text the place came from ("SEOUL, March 25 (Yonhap) --").
        source: which candidate won for ``published`` (``DateSource``).
        published_raw / modified_raw: the raw strings the datetimes were parsed from.
    """

    published: datetime | None = None
    modified: datetime | None = None
    place: str | None = None
    text: str | None = None
    source: DateSource | None = None
    published_raw: str | None = None
    modified_raw: str | None = None
    modified_source: DateSource | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "published": _iso(self.published),
            "modified": _iso(self.modified),
            "place": self.place,
            "text": self.text,
            "source": self.source.value if self.source is not None else None,
        }


@dataclass(frozen=True, slots=True)
class ReadTime:
    """Reading time.

    Attributes:
        minutes: the page's own figure when it states one (``stated=True``), else an estimate
            from the body (``ceil(words / words_per_minute)``, at least 1 for a non-empty
            body); ``None`` for an empty body with nothing stated.
        stated: whether ``minutes`` is the page's own figure.
        text: the raw text of the stated figure ("2 mins read").
        words: the body's word count (always; space-less scripts counted by characters, see
            ``docs/fields.md``).
    """

    minutes: int | None = None
    stated: bool = False
    text: str | None = None
    words: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "minutes": self.minutes,
            "stated": self.stated,
            "text": self.text,
            "words": self.words,
        }


@dataclass(frozen=True, slots=True)
class Block:
    """One block of the article body, in reading order."""

    kind: BlockKind
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "text": self.text}


@dataclass(frozen=True, slots=True)
class Body:
    """The article text as ordered blocks. ``text`` is the blocks joined by blank lines."""

    blocks: tuple[Block, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(block.text for block in self.blocks)

    def __bool__(self) -> bool:
        return bool(self.blocks)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "blocks": [block.to_dict() for block in self.blocks]}


@dataclass(frozen=True, slots=True)
class Author:
    """A person credited in the byline, with the author page URL when the page links one."""

    name: str
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "url": self.url}


@dataclass(frozen=True, slots=True)
class CitedSource:
    """A news outlet or agency the body cites for its information.

    Attributes:
        name: canonical short name ("Yonhap", "KCNA", "Reuters").
        cited_by: canonical name of the source that relayed it ("KCNA" cited by "Yonhap"),
            or ``None`` when the article cites it directly.
        evidence: the sentence that shows the citation.
    """

    name: str
    cited_by: str | None = None
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "cited_by": self.cited_by, "evidence": self.evidence}


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who wrote, published, filed and is cited for the story."""

    authors: tuple[Author, ...] = ()
    outlet: str | None = None
    agencies: tuple[str, ...] = ()
    sources: tuple[CitedSource, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "authors": [a.to_dict() for a in self.authors],
            "outlet": self.outlet,
            "agencies": list(self.agencies),
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """A link to another story that the page offers the reader."""

    url: str
    title: str
    kind: RelatedKind
    label: str | None = None
    sponsored: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "title": self.title,
            "kind": self.kind.value,
            "label": self.label,
            "sponsored": self.sponsored,
        }


@dataclass(frozen=True, slots=True)
class Article:
    """The structured article extracted from one page."""

    url: str | None = None
    headline: str | None = None
    standfirst: str | None = None
    language: str | None = None
    dateline: Dateline = field(default_factory=Dateline)
    read_time: ReadTime = field(default_factory=ReadTime)
    body: Body = field(default_factory=Body)
    attribution: Attribution = field(default_factory=Attribution)
    related: tuple[RelatedLink, ...] = ()
    headline_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready view; the shape is documented in ``docs/fields.md``."""
        return {
            "url": self.url,
            "headline": self.headline,
            "standfirst": self.standfirst,
            "language": self.language,
            "dateline": self.dateline.to_dict(),
            "read_time": self.read_time.to_dict(),
            "body": self.body.to_dict(),
            "attribution": self.attribution.to_dict(),
            "related": [link.to_dict() for link in self.related],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict()`` as a JSON string (UTF-8 text, non-ASCII kept as is)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """Headline, a dateline line, the standfirst and the body as Markdown."""
        parts: list[str] = []
        if self.headline:
            parts.append(f"# {self.headline}")
        meta: list[str] = []
        if self.dateline.place:
            meta.append(self.dateline.place)
        if self.dateline.published is not None:
            meta.append(self.dateline.published.isoformat())
        names = ", ".join(a.name for a in self.attribution.authors)
        if names:
            meta.append(f"by {names}")
        if self.attribution.outlet:
            meta.append(self.attribution.outlet)
        if meta:
            parts.append("*" + " · ".join(meta) + "*")
        if self.standfirst:
            parts.append(f"**{self.standfirst}**")
        for block in self.body.blocks:
            parts.append(_block_markdown(block))
        return "\n\n".join(parts) + ("\n" if parts else "")


def _block_markdown(block: Block) -> str:
    if block.kind is BlockKind.HEADING:
        return f"## {block.text}"
    if block.kind is BlockKind.QUOTE:
        return "\n".join(f"> {line}" for line in block.text.splitlines())
    if block.kind is BlockKind.LIST:
        return "\n".join(f"- {line}" for line in block.text.splitlines() if line.strip())
    if block.kind is BlockKind.PREFORMATTED:
        return f"```\n{block.text}\n```"
    return block.text
