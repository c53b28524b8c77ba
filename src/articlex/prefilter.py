"""Cheap necessary conditions for regular expressions, derived from the patterns themselves.

CPython's ``re`` engine tries a large alternation slowly: every alternative at every position,
and with ``IGNORECASE`` each character through a case-folding lookup, so one
``RELATED_HEADING_RE.match`` costs ~12k machine instructions even when the text's first
letter rules every alternative out. The stages apply such patterns to hundreds of strings per
page of which almost none match. A *gate* is a test that every match passes, and that costs a
small fraction of the pattern: when the gate fails, the pattern cannot match and is not run;
when it passes, the pattern decides. Results are therefore exactly the pattern's.

Gates are derived by reading the pattern's parse tree (``re._parser``; ``sre_parse`` on
Python 3.10), so that editing a vocabulary pattern keeps its gate right. Whatever the
derivation does not understand yields no gate (``None``): slower, never wrong.

* :func:`literal_gate`: plain strings one of which every match contains (for ``search``).
* :func:`start_gate`: the characters a match can begin with, after leading white space
  (for ``match``), plus plain strings for alternatives that may begin with anything.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["StartGate", "literal_gate", "required_literals", "shortest", "start_gate"]


def _parse(pattern: re.Pattern[str]) -> list[tuple[Any, Any]] | None:
    """The top-level items of ``pattern``'s parse tree, or ``None`` without a parser."""
    try:
        parser: Any = importlib.import_module("re._parser")
    except ImportError:  # Python 3.10
        parser = importlib.import_module("sre_parse")
    try:
        return list(parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a private module: without it, no gate
        return None


def _name(op: Any) -> str:
    return str(getattr(op, "name", ""))


def required_literals(seq: list[tuple[Any, Any]]) -> set[str] | None:
    """Strings one of which every match of the parsed regex ``seq`` contains (``None`` when
    no such set is known): the best of its literal runs and of its groups, alternations
    and repeats that need one (best: the longest shortest string, then the fewest)."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, arg in seq:
        name = _name(op)
        if name == "LITERAL":
            run.append(chr(arg))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        found: set[str] | None = None
        if name == "SUBPATTERN" and not (arg[1] | arg[2]) & re.IGNORECASE:
            found = required_literals(list(arg[-1]))
        elif name == "BRANCH":
            alternatives = [required_literals(list(alt)) for alt in arg[1]]
            if all(alt is not None for alt in alternatives):
                found = set().union(*(alt for alt in alternatives if alt is not None))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and arg[0] >= 1:
            found = required_literals(list(arg[2]))
        if found:
            candidates.append(found)
    if run:
        candidates.append({"".join(run)})
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def shortest(words: frozenset[str] | set[str]) -> list[str]:
    """``words`` without those that contain another (a text holding one holds the other)."""
    return sorted(w for w in words if not any(o != w and o in w for o in words))


def literal_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A search pattern of plain strings, one of which every match of the case-sensitive
    ``pattern`` contains, none holding white space and each at least three characters
    long; ``None`` when there is none (case-insensitive patterns, unknown constructs)."""
    if pattern.flags & re.IGNORECASE:
        return None
    seq = _parse(pattern)
    literals = required_literals(seq) if seq is not None else None
    if not literals or min(map(len, literals)) < 3 or any(lit.split() != [lit] for lit in literals):
        return None
    return re.compile("|".join(re.escape(lit) for lit in shortest(literals)))


# ---------------------------------------------------------------------------------------------
# start gates


class _Start:
    """What a match of part of a pattern may consume first: ``chars``, the first character
    that is not white space (when it is one of them), or any character when a string of
    ``literals`` is in the text; ``spaces``: whether the part can match consuming white
    space only (then what follows it decides)."""

    __slots__ = ("chars", "literals", "spaces")

    def __init__(self, chars: set[str], literals: set[str], spaces: bool) -> None:
        self.chars = chars
        self.literals = literals
        self.spaces = spaces


def _start_of_seq(seq: list[tuple[Any, Any]]) -> _Start | None:
    chars: set[str] = set()
    literals: set[str] = set()
    for i, (op, arg) in enumerate(seq):
        part = _start_of_item(op, arg)
        if part is None:
            # may begin with anything from here on: a match holds one of the rest's strings
            rest = required_literals(seq[i:])
            if not rest:
                return None
            return _Start(chars, literals | rest, False)
        chars |= part.chars
        literals |= part.literals
        if not part.spaces:
            return _Start(chars, literals, False)
    return _Start(chars, literals, True)


def _start_of_item(op: Any, arg: Any) -> _Start | None:
    name = _name(op)
    if name == "LITERAL":
        char = chr(arg)
        return _Start(set(), set(), True) if char.isspace() else _Start({char}, set(), False)
    if name == "IN":
        chars: set[str] = set()
        spaces = False
        for item_op, item_arg in arg:
            item = _name(item_op)
            if item == "LITERAL" and chr(item_arg).isspace():
                spaces = True
            elif item == "LITERAL":
                chars.add(chr(item_arg))
            elif item == "CATEGORY" and _name(item_arg) == "CATEGORY_SPACE":
                spaces = True
            else:  # ranges, other categories, negation: too many to list
                return None
        return _Start(chars, set(), spaces)
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        inner = _start_of_seq(list(arg[2]))
        if inner is None:
            return None
        return _Start(inner.chars, inner.literals, inner.spaces or arg[0] == 0)
    if name == "SUBPATTERN":
        if (arg[1] | arg[2]) & re.IGNORECASE:
            return None
        return _start_of_seq(list(arg[-1]))
    if name == "ATOMIC_GROUP":
        return _start_of_seq(list(arg))
    if name == "BRANCH":
        merged = _Start(set(), set(), False)
        for alt in arg[1]:
            part = _start_of_seq(list(alt))
            if part is None:
                return None
            merged.chars |= part.chars
            merged.literals |= part.literals
            merged.spaces = merged.spaces or part.spaces
        return merged
    if name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero-width
        return _Start(set(), set(), True)
    return None


class StartGate:
    """A necessary condition for ``pattern.match(text)`` (for each of several patterns) or
    ``pattern.search(text)`` (for the search patterns): the text's first character that is
    not white space is one a match can begin with, or the text holds one of the strings
    that matches beginning with anything need. Built by :func:`start_gate`."""

    __slots__ = ("_ascii", "_chars", "_known", "_literals", "_lowered", "_search")

    def __init__(self, chars: set[str], literals: set[str], flags: int) -> None:
        ignore_case = bool(flags & re.IGNORECASE)
        body = "".join(re.escape(c) for c in sorted(chars))
        self._chars = re.compile(f"[{body}]", flags) if chars else None
        self._known: dict[str, bool] = {}
        kept = shortest(literals)
        self._search = re.compile("|".join(map(re.escape, kept)), flags) if kept else None
        # An ASCII text can match an ASCII string, case-insensitively, only as
        # str.lower() says: re's extra case equivalents (long s, dotless i, Kelvin sign …)
        # are not ASCII.
        self._ascii = all(lit.isascii() for lit in kept)
        self._lowered = ignore_case
        self._literals = tuple(lit.lower() for lit in kept) if ignore_case else tuple(kept)

    def may_match(self, text: str) -> bool:
        """Whether the gated patterns may match ``text`` (``False``: none can)."""
        stripped = text.lstrip()
        if not stripped:
            return False
        first = stripped[0]
        known = self._known.get(first)
        if known is None:
            known = self._chars is not None and self._chars.match(first) is not None
            self._known[first] = known
        if known:
            return True
        if self._search is None:
            return False
        if self._ascii and text.isascii():
            low = text.lower() if self._lowered else text
            return any(lit in low for lit in self._literals)
        return self._search.search(text) is not None


def start_gate(
    patterns: tuple[re.Pattern[str], ...], searches: tuple[re.Pattern[str], ...] = ()
) -> StartGate | None:
    """The :class:`StartGate` of ``patterns`` (used with ``match``) and ``searches`` (used
    with ``search``), all compiled with the same flags; ``None`` when none can be derived
    (a pattern that may match white space alone, or constructs the derivation does not
    know)."""
    flags = {p.flags for p in (*patterns, *searches)}
    if len(flags) != 1:
        return None
    chars: set[str] = set()
    literals: set[str] = set()
    for pattern in patterns:
        seq = _parse(pattern)
        start = _start_of_seq(seq) if seq is not None else None
        if start is None or start.spaces:
            return None
        chars |= start.chars
        literals |= start.literals
    for pattern in searches:
        seq = _parse(pattern)
        found = required_literals(seq) if seq is not None else None
        if not found:
            return None
        literals |= found
    return StartGate(chars, literals, flags.pop())
