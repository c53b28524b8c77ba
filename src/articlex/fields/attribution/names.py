"""Finding agency and outlet names in text, and canonicalizing names.

One compiled prefix-tree regex over every alias of :mod:`articlex.agencies` (longest first,
so "Associated Press of Pakistan" wins over "Associated Press"). Word-initial letters match
exactly, so "the information" is not *The Information* and "ap" is not AP; generic words
inside a name may be lowercase ("Yonhap News agency").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product
from typing import Any
from urllib.parse import urlsplit

from ... import vocab
from ...agencies import AGENCIES, CREDIT_ONLY_ALIASES, OUTLETS, Outlet

__all__ = [
    "AGENCY_NAMES",
    "Mention",
    "agency_in",
    "base_of",
    "canonical",
    "canonical_outlet",
    "find_mentions",
    "is_agency",
]


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a text: canonical name, span, and whether it is a news agency."""

    name: str
    start: int
    end: int
    agency: bool


_ENTRIES: dict[str, Outlet] = {o.name: o for o in (*OUTLETS, *AGENCIES)}
AGENCY_NAMES: frozenset[str] = frozenset(a.name for a in AGENCIES)
_ALIAS: dict[str, str] = {}
for _entry in (*OUTLETS, *AGENCIES):
    for _alias in _entry.aliases:
        _ALIAS[_alias] = _entry.name
# Each site domain → (position in _ENTRIES, name): the first entry naming a domain wins.
_BY_DOMAIN: dict[str, tuple[int, str]] = {}
for _index, _entry in enumerate(_ENTRIES.values()):
    for _domain in _entry.domains:
        _BY_DOMAIN.setdefault(_domain, (_index, _entry.name))
_FOLDED: dict[str, str] = {}
for _alias, _name in _ALIAS.items():
    _FOLDED.setdefault(re.sub(r"[^\w]", "", _alias.casefold()), _name)


# Word characters (``\w``, what _key keeps) of the longest folded name; a text with more than
# that plus a leading "the" (which canonical may drop) folds to no known name.
_MAX_KEY = max(map(len, _FOLDED), default=0)
_OVER_ANY_KEY_RE = re.compile(rf"(?:\W*\w){{{_MAX_KEY + 4}}}")


def _key(text: str) -> str:
    """Fold a name for lookups: lowercase, letters and digits only."""
    return re.sub(r"[^\w]", "", text.casefold())


def _variants(alias: str) -> list[str]:
    """``alias`` and its spellings with generic words in lowercase ("Yonhap News agency")."""
    options = [(w, w.lower()) if w in _GENERIC_WORDS else (w,) for w in alias.split(" ")]
    return [" ".join(choice) for choice in product(*options)]


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, as a prefix tree.

    Python's ``re`` tries alternatives one by one; a tree makes each position cost one branch
    per character instead of one try per alias (hundreds of aliases, every body sentence).
    The first letter of each word and acronyms match exactly, other letters ignore case
    ("BBC" ≠ "bbc", "ANI" ≠ "Ani", "The Information" ≠ "the information",
    "Kyodo News" = "Kyodo NEWS").
    """
    return _emit(_trie(words))


def _trie(words: Iterable[str]) -> dict[str, Any]:
    """The prefix tree of ``words`` (case-folded as :func:`_folded_chars`); ``""`` marks an
    end."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in _folded_chars(word):
            node = node.setdefault(char, {})
        node[""] = {}
    return trie


def _literal_led(trie: dict[str, Any]) -> str:
    """``(?<![\\w/@#.-])`` + ``_emit(trie)``, matching the same text at the same places, but
    with each branch led by a literal ("[dD]pa" becomes "d…|D…") and the lookbehind put
    after it (as "(?<![\\w/@#.-]d)"): ``re`` then skips ahead with a set of first characters
    to where a name can start, instead of trying the lookbehind and the tree at every
    position, and rejects a first letter inside a word before reading the tree.
    """
    branches = []
    for char, child in sorted(trie.items()):
        rest = _emit(child)
        heads = [char, *char.upper()] if char.islower() and char.upper() != char else [char]
        for head in dict.fromkeys(heads):
            literal = re.escape(head)
            branches.append(f"{literal}(?<![\\w/@#.-]{literal}){rest}")
    return "(?:" + "|".join(branches) + ")"


def _folded_chars(alias: str) -> str:
    """``alias`` with the letters that may take either case lowercased: all but the first of
    each word, except in acronyms ("RIA Novosti" → "RIA Novosti" with "ovosti" free)."""
    chars = list(alias)
    for token in re.finditer(r"[^\s-]+", alias):
        text = token.group(0)
        if not text.isupper():
            for index in range(token.start() + 1, token.end()):
                chars[index] = chars[index].lower()
    return "".join(chars)


def _emit(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [_char(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


def _char(char: str) -> str:
    if char.islower() and char.upper() != char:
        return f"[{char}{char.upper()}]"
    return re.escape(char)


# Words printed either way inside an agency's name ("Xinhua News Agency", "Xinhua news agency").
_GENERIC_WORDS = frozenset({"News", "Agency", "Press", "Service", "Newswires", "Newswire"})
_MENTION_RE = re.compile(
    r"(?<![\w/@#.-])(?:"
    + _trie_pattern(v for alias in _ALIAS for v in _variants(alias))
    + r")(?![\w@-])(?!/)"
)

# What may_mention searches: _MENTION_RE with literal-led branches (see _literal_led).
_MENTION_GATE_RE = re.compile(
    _literal_led(_trie(v for alias in _ALIAS for v in _variants(alias))) + r"(?![\w@-])(?!/)"
)
_ACRONYM_AFTER_RE = re.compile(r"\s*\(([A-Za-z]{2,10})\)")
_WORD_BEFORE_RE = re.compile(r"([A-Z][a-z]+)\s+$")


def _is_surname(text: str, start: int, alias: str) -> bool:
    """Whether a one-word Title-case brand ("Bloomberg") follows a given name ("Michael")."""
    if " " in alias or not alias[:1].isupper() or alias.isupper():
        return False
    before = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    if before is None:
        return False
    word = before.group(1)
    return word not in vocab.CLAUSE_OPENING_WORDS and word not in _ALIAS


def may_mention(text: str) -> bool:
    """Whether ``text`` holds a printed agency/outlet name (a cheap necessary condition for
    :func:`find_mentions` to find one in ``text`` or in any sentence of it).

    The same answer as ``_MENTION_RE.search(text) is not None``, about half the cost (see
    ``_MENTION_GATE_RE``).
    """
    return _MENTION_GATE_RE.search(text) is not None


def find_mentions(text: str) -> list[Mention]:
    """Every agency/outlet name in ``text``, in order, with expansions merged.

    "Korean Central News Agency (KCNA)" is one mention. A one-word name right after a given
    name ("Michael Bloomberg") is a person's surname and is skipped.
    """
    found: list[Mention] = []
    for match in _MENTION_RE.finditer(text):
        alias = match.group(0)
        name = _ALIAS.get(alias) or _FOLDED[_key(alias)]
        start, end = match.span()
        if _is_surname(text, start, alias):
            continue
        if found and found[-1].name == name and found[-1].end >= start - 3:
            found[-1] = Mention(name, found[-1].start, max(end, found[-1].end), found[-1].agency)
            continue
        after = _ACRONYM_AFTER_RE.match(text, end)
        if after and _ALIAS.get(after.group(1)) == name:
            end = after.end()
        found.append(Mention(name, start, end, name in AGENCY_NAMES))
    return found


def canonical(name: str) -> str | None:
    """The canonical name for a printed agency/outlet name, or ``None`` when unknown."""
    name = name.strip()
    hit = _ALIAS.get(name)
    if hit:
        return hit
    if " " in name or name.islower() or len(name) > 5:
        # A whole paragraph is asked about (credit lines): its key is longer than any name's
        # (casefolding keeps each letter or digit one at least; a test checks every one).
        if _OVER_ANY_KEY_RE.match(name):
            return None
        return _FOLDED.get(_key(name)) or _FOLDED.get(_key(re.sub(r"(?i)^the\s+", "", name)))
    return None


def agency_in(text: str) -> str | None:
    """The canonical agency name when ``text`` is exactly an agency's name (credits)."""
    text = text.strip().strip(".")
    if text in CREDIT_ONLY_ALIASES:
        return CREDIT_ONLY_ALIASES[text]
    name = canonical(text)
    return name if name in AGENCY_NAMES else None


def is_agency(name: str) -> bool:
    """Whether a canonical name is a news agency (not a newspaper or broadcaster)."""
    return name in AGENCY_NAMES


def base_of(name: str) -> str | None:
    """The home city of a canonical agency/outlet, when known."""
    entry = _ENTRIES.get(name)
    return entry.base if entry else None


def canonical_outlet(outlet: str | None, url: str | None) -> str | None:
    """The canonical name of the publishing outlet (for spotting self-citation)."""
    if outlet:
        # "the Guardian", "TMZ.com", "Sputnik International": the name the outlet starts with.
        bare = re.sub(r"\.(?:com|co\.uk|info|net|org|in|ie)$", "", outlet.strip(), flags=re.I)
        hit = canonical(outlet) or canonical(bare)
        if hit:
            return hit
        mentions = find_mentions(bare)
        if mentions and mentions[0].start <= 4:
            return mentions[0].name
    host = (urlsplit(url).hostname or "") if url else ""
    host = host.removeprefix("www.")
    # The entry first in table order among those whose domain is the host or a parent of it.
    labels = host.split(".")
    hits = [_BY_DOMAIN[d] for i in range(len(labels)) if (d := ".".join(labels[i:])) in _BY_DOMAIN]
    return min(hits)[1] if host and hits else None
