"""Cited sources: the outlets and agencies the body cites for its information.

Contract: a name from :mod:`articlex.agencies` (or a description standing for one named
before, "the Seoul-based news agency") is a source when the sentence ties it to a reporting
phrase: it is the subject of a reporting verb ("Yonhap reported", "Reuters, citing Interfax,
said"), the object of a citing phrase ("according to", "told", "carried by", "seen by",
"as first reported by"), or its journalist reported something. A source reached through
"citing"/"quoting"/"carried by" in a sentence attributed to another source is ``cited_by``
that source. Not sources: names only mentioned (outlets that are the story's subject),
photo credits, bracketed credits "(ANI)", the outlet itself and the agencies that filed the
story. Sources are listed once, in order of first mention, with the first sentence as
evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ... import vocab
from ...model import CitedSource
from ...prefilter import required_strings
from .names import Mention, base_of, find_mentions, is_agency, may_mention

__all__ = ["find_sources", "split_sentences"]

# Text between two names of one run: "NBC News and Bloomberg", "AP, Reuters and AFP".
_JOINER_RE = re.compile(r"^\s*(?:,|,?\s*and|&|or)\s*(?:the\s+)?$", re.IGNORECASE)
# Strings one of which every SOURCE_DESCRIPTOR_RE match holds (derived from the pattern).
_DESCRIPTOR_STRINGS = required_strings(vocab.SOURCE_DESCRIPTOR_RE)
# Characters of context read on each side of a mention.
_LEFT = 90
_RIGHT = 90


@dataclass(frozen=True, slots=True)
class _Cited:
    """One cited mention in a sentence: name, position, and how the sentence cites it."""

    name: str
    start: int
    reporter: bool  # the sentence is attributed to it ("X said", "according to X")
    relayed: bool  # reached through "citing"/"carried by"


def split_sentences(text: str) -> list[str]:
    """Split a block into sentences: end punctuation, then a capital; not after "Dr.", "U."."""
    sentences: list[str] = []
    last = ""  # the piece the last sentence ends with: an abbreviation can only end it
    for piece in vocab.SENTENCE_SPLIT_RE.split(text):
        # Testing the last piece, not the whole growing sentence, keeps this linear on runs
        # of initials ("A. A. A. …"); the two agree because a joined piece follows a space.
        if sentences and vocab.SENTENCE_ABBREVIATION_RE.search(last):
            sentences[-1] = f"{sentences[-1]} {piece}"
            last = piece
        elif piece.strip():
            sentences.append(piece)
            last = piece
    return sentences


def find_sources(
    blocks: Sequence[str], *, self_names: Iterable[str] = ()
) -> tuple[CitedSource, ...]:
    """The sources cited in ``blocks`` (body texts), excluding ``self_names`` (canonical)."""
    skip = set(self_names)
    seen: dict[str, CitedSource] = {}
    named: list[str] = []  # every name mentioned so far, for resolving descriptions
    # Descriptions are rare: when the body's whole text holds none of the strings every one
    # holds, no block does, and the blocks are not tested one by one.
    describing = _may_hold_description("\n".join(blocks))
    for block in blocks:
        # Most blocks name no agency or outlet: skip splitting them. (A name or description
        # found in a sentence is found in its block too: sentences are split at whitespace
        # after end punctuation, which the patterns' boundaries read the same way.)
        if not may_mention(block) and not (describing and _may_describe(block)):
            continue
        for sentence in split_sentences(block):
            cited = _cited_in(sentence, named)
            for item in cited:
                if item.name in skip or item.name in seen:
                    continue
                by = _relayer(item, cited) if item.relayed else None
                seen[item.name] = CitedSource(
                    name=item.name, cited_by=by, evidence=sentence.strip()
                )
    return tuple(seen.values())


def _may_describe(text: str) -> bool:
    """Whether ``SOURCE_DESCRIPTOR_RE`` finds a description in ``text``; most texts hold none
    of the strings every description holds, which a few substring tests tell."""
    return _may_hold_description(text) and vocab.SOURCE_DESCRIPTOR_RE.search(text) is not None


def _may_hold_description(text: str) -> bool:
    """Whether ``text`` holds one of the strings every description holds (``True`` when the
    pattern gave none): ``False`` means ``SOURCE_DESCRIPTOR_RE`` finds nothing in it."""
    return _DESCRIPTOR_STRINGS is None or any(s in text for s in _DESCRIPTOR_STRINGS)


def _cited_in(sentence: str, named: list[str]) -> list[_Cited]:
    """The cited mentions of one sentence, in order; updates ``named``."""
    mentions = [m for m in find_mentions(sentence) if not _is_credit(sentence, m)]
    mentions += _descriptions(sentence, mentions, named)
    mentions.sort(key=lambda m: m.start)
    cited: list[_Cited] = []
    run_ends = _run_ends(sentence, mentions)
    for mention, partner in zip(mentions, run_ends, strict=True):
        named.append(mention.name)
        if partner is not None:
            mention = Mention(mention.name, mention.start, partner.end, mention.agency)
        left = sentence[max(0, mention.start - _LEFT) : mention.start]
        right = sentence[mention.end : mention.end + _RIGHT]
        subject = bool(vocab.SOURCE_AS_SUBJECT_RE.match(right))
        staff = bool(vocab.SOURCE_STAFF_RE.match(right))
        obj = vocab.SOURCE_AS_OBJECT_RE.search(left)
        verb = bool(vocab.SOURCE_AFTER_VERB_RE.search(left))
        if not (subject or staff or obj or verb):
            continue
        relayed = bool(vocab.RELAY_CUE_RE.search(left))
        reporter = subject or verb or bool(obj and obj.group(0).lower().startswith("according"))
        cited.append(_Cited(mention.name, mention.start, reporter and not relayed, relayed))
    return cited


def _run_ends(sentence: str, mentions: list[Mention]) -> list[Mention | None]:
    """For each mention, the last name of the run it starts, when names are joined by
    "and"/commas ("NBC News and Bloomberg have reported"), so the run's reporting verb
    reaches every name in it; ``None`` when the next name is not joined to it."""
    ends: list[Mention | None] = [None] * len(mentions)
    for index in range(len(mentions) - 2, -1, -1):
        gap = sentence[mentions[index].end : mentions[index + 1].start]
        if _JOINER_RE.match(gap):
            ends[index] = ends[index + 1] or mentions[index + 1]
    return ends


def _is_credit(sentence: str, mention: Mention) -> bool:
    """A bracketed credit "(ANI)" or a photo credit "Tessier/Reuters" is not a citation."""
    before = sentence[max(0, mention.start - 8) : mention.start].rstrip()
    after = sentence[mention.end : mention.end + 8].lstrip()
    if before.endswith("(") and after.startswith(")"):
        return True
    return before.endswith("/") or after.startswith("/") or after.lower().startswith("photo")


def _descriptions(sentence: str, mentions: list[Mention], named: list[str]) -> list[Mention]:
    """Mentions for descriptions ("the Seoul-based news agency") of a name seen before."""
    found: list[Mention] = []
    if not _may_hold_description(sentence):
        return found
    for match in vocab.SOURCE_DESCRIPTOR_RE.finditer(sentence):
        start, end = match.span()
        # "the news agency Yonhap" / "Xinhua news agency": the name itself is the mention.
        if any(m.start <= end + 2 and m.end >= start - 2 for m in mentions):
            continue
        name = _resolve(match.group("kind"), match.group("base"), named)
        if name:
            found.append(Mention(name, start, end, is_agency(name)))
    return found


def _resolve(kind: str, base: str | None, named: list[str]) -> str | None:
    """The most recent name that fits a description's kind (and home city, when given)."""
    wants_agency = kind.startswith(("news", "wire")) and "organi" not in kind
    for name in reversed(named):
        if base and base_of(name) != base:
            continue
        if wants_agency and not is_agency(name):
            continue
        return name
    return None


def _relayer(item: _Cited, cited: list[_Cited]) -> str | None:
    """The sentence's reporter that relays ``item``: the nearest one before it, else after."""
    reporters = [c for c in cited if c.reporter and c.name != item.name]
    before = [c for c in reporters if c.start < item.start]
    if before:
        return before[-1].name
    return reporters[0].name if reporters else None
