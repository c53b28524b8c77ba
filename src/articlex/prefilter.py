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

__all__ = [
    "EndGate",
    "StartGate",
    "alternation",
    "end_gate",
    "literal_gate",
    "required_literals",
    "required_strings",
    "shortest",
    "start_gate",
]


def _parse(pattern: re.Pattern[str]) -> list[tuple[Any, Any]] | None:
    """The top-level items of ``pattern``'s parse tree, or ``None`` without a parser."""
    parser = _regex_parser()
    if parser is None:
        return None
    try:
        return list(parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # a private module: without it, no gate
        return None


def _regex_parser() -> Any:
    """The ``re`` module's own pattern parser (``re._parser``; ``sre_parse`` on Python 3.10),
    or ``None`` on a Python that has neither: both are private, and the gates are a speed-up
    only, so articlex works (more slowly) without them."""
    for name in ("re._parser", "sre_parse"):
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
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


def required_strings(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Plain strings, one of which every match of the case-sensitive ``pattern`` contains
    (test with ``any(s in text for s in …)``), none holding white space and each at least
    three characters long; ``None`` when there are none (case-insensitive patterns,
    unknown constructs)."""
    if pattern.flags & re.IGNORECASE:
        return None
    seq = _parse(pattern)
    literals = required_literals(seq) if seq is not None else None
    if not literals or min(map(len, literals)) < 3 or any(lit.split() != [lit] for lit in literals):
        return None
    return tuple(shortest(literals))


def alternation(strings: set[str] | frozenset[str] | tuple[str, ...], between: str = "") -> str:
    """A pattern matching exactly ``strings`` (each character but the last followed by the
    pattern ``between``, e.g. optional separators), its alternatives merged on common
    prefixes ("ab|ac" → "a(?:b|c)"): ``re`` tries every alternative at every position of a
    search, so fewer alternatives at the top make a search over many strings several times
    faster. ``strings`` must be non-empty and hold no empty string."""
    by_first: dict[str, set[str]] = {}
    for string in strings:
        by_first.setdefault(string[0], set()).add(string[1:])
    alternatives = []
    for first in sorted(by_first):
        rests = by_first[first]
        tails = tuple(sorted(r for r in rests if r))
        head = re.escape(first)
        if tails:
            rest = alternation(tails, between)
            grouped = len({t[0] for t in tails}) > 1  # an alternation at its top
            if grouped:
                rest = f"(?:{rest})"
            if "" in rests:  # the string may also end here
                rest = f"{rest}?" if grouped and not between else f"(?:{between}{rest})?"
            else:
                rest = between + rest
            head += rest
        alternatives.append(head)
    return "|".join(alternatives)


def literal_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """:func:`required_strings` as one search pattern (an :func:`alternation`)."""
    strings = required_strings(pattern)
    if strings is None:
        return None
    return re.compile(alternation(strings))


# ---------------------------------------------------------------------------------------------
# start gates


_PREFIX_CHARS = 8  # how much of a match's beginning a start gate compares
_PREFIX_WORDS = 4  # the most words _PREFIX_CHARS characters hold ("a b c de")


class _Paths:
    """What matches of a pattern may begin with, compared with white space runs as one
    space: after leading white space, one of ``prefixes`` (each at most
    :data:`_PREFIX_CHARS` long), or anything when the text holds one of ``literals`` (for
    paths that may begin with any character)."""

    def __init__(self) -> None:
        self.prefixes: set[str] = set()
        self.literals: set[str] = set()
        self.ok = True


def _space_only(arg: Any) -> bool:
    """Whether the character set ``arg`` (an ``IN`` item's) holds white space only."""
    for op, item in arg:
        name = _name(op)
        if name == "LITERAL" and chr(item).isspace():
            continue
        if name == "CATEGORY" and _name(item) == "CATEGORY_SPACE":
            continue
        return False
    return True


def _spaces(sub: Any) -> bool:
    """Whether the parsed regex ``sub`` matches one white space character only."""
    items = list(sub)
    if len(items) != 1:
        return False
    op, arg = items[0]
    name = _name(op)
    return (name == "LITERAL" and chr(arg).isspace()) or (name == "IN" and _space_only(arg))


def _spaced(acc: str) -> str:
    """``acc`` followed by white space (one space, as compared)."""
    return acc if not acc or acc.endswith(" ") else acc + " "


def _walk(seq: list[Any], acc: str, out: _Paths) -> None:
    """Add to ``out`` the beginnings of the matches of ``seq`` (parse items, or ``None``:
    the match may end here) that follow ``acc``, the text matched so far (white space
    runs as one space, none leading)."""
    if not out.ok:
        return
    if len(acc) >= _PREFIX_CHARS or not seq or seq[0] is None:
        if acc.strip():
            out.prefixes.add(acc[:_PREFIX_CHARS])
        else:  # may match without a character that is not white space
            out.ok = False
        return
    item = seq[0]
    op, arg = item
    rest = seq[1:]
    name = _name(op)
    repeat = name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if _spaces([item]):
        _walk(rest, _spaced(acc), out)
    elif repeat and _spaces(arg[2]):
        if arg[0] == 0:
            _walk(rest, acc, out)
        _walk(rest, _spaced(acc), out)
    elif name == "LITERAL":
        _walk(rest, acc + chr(arg), out)
    elif name == "IN" and all(_name(o) == "LITERAL" for o, _a in arg):
        for _o, code in arg:
            char = chr(code)
            _walk(rest, _spaced(acc) if char.isspace() else acc + char, out)
    elif repeat:
        low, high, sub = arg
        if low == 0:
            _walk(rest, acc, out)  # no repetition
        if high == 1:
            _walk([*sub, *rest], acc, out)
        elif acc.strip():  # one repetition, then anything of its kind: compare up to it
            _walk([*sub, None], acc, out)
        else:
            inner = _Paths()
            _walk([*sub, None], acc, inner)
            if inner.ok:
                out.prefixes |= inner.prefixes
                out.literals |= inner.literals
            else:
                _anything(seq, acc, out)
    elif name == "SUBPATTERN" and not (arg[1] | arg[2]) & re.IGNORECASE:
        _walk([*arg[-1], *rest], acc, out)
    elif name == "ATOMIC_GROUP":
        _walk([*arg, *rest], acc, out)
    elif name == "BRANCH":
        for alt in arg[1]:
            _walk([*alt, *rest], acc, out)
    elif name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero-width
        _walk(rest, acc, out)
    else:
        _anything(seq, acc, out)


def _anything(seq: list[Any], acc: str, out: _Paths) -> None:
    """``seq`` begins with something the walk does not follow: compare up to ``acc``, or,
    with nothing matched yet, require one of the strings the rest of ``seq`` needs."""
    if acc.strip():
        out.prefixes.add(acc)
        return
    found = required_literals([item for item in seq if item is not None])
    if found:
        out.literals |= found
    else:
        out.ok = False


class StartGate:
    """A necessary condition for ``pattern.match(text)`` (for each of several patterns) or
    ``pattern.search(text)`` (for the search patterns): the text, without its leading white
    space and with white space runs as one space, begins the way a match can, or holds one
    of the strings that matches beginning with anything need. Built by :func:`start_gate`.
    """

    __slots__ = (
        "_all",
        "_ascii",
        "_by_first",
        "_chars",
        "_known",
        "_literals",
        "_lowered",
        "_risks",
        "_search",
        "_starts",
    )

    def __init__(self, prefixes: set[str], literals: set[str], flags: int) -> None:
        ignore_case = bool(flags & re.IGNORECASE)
        # a prefix that begins with another adds nothing
        kept_prefixes = {
            p for p in prefixes if not any(o != p and p.startswith(o) for o in prefixes)
        }
        firsts = {p[0] for p in kept_prefixes}
        body = "".join(re.escape(c) for c in sorted(firsts))
        self._chars = re.compile(f"[{body}]", flags) if firsts else None
        self._known: dict[str, bool] = {}
        kept = shortest(literals)
        self._search = re.compile("|".join(map(re.escape, kept)), flags) if kept else None
        self._lowered = ignore_case
        # An ASCII text can match the strings only as str.lower() says (case-insensitively)
        # when no character of theirs is re-equivalent to an ASCII one it is not
        # lower()-equal to (re's extra case equivalents: long s, dotless i, Kelvin sign …).
        self._ascii = _ascii_safe(kept_prefixes | set(kept), flags)
        by_first: dict[str, list[str]] = {}
        for prefix in sorted(kept_prefixes):
            if prefix.isascii():
                folded = prefix.lower() if ignore_case else prefix
                by_first.setdefault(folded[0], []).append(folded)
        self._by_first = {first: tuple(group) for first, group in by_first.items()}
        self._literals = tuple(lit.lower() if ignore_case else lit for lit in kept if lit.isascii())
        # Any text: the strings compared as str.lower() says, unless the text holds a character
        # re folds onto one of theirs while lower() does not (then the regex decides).
        self._all = tuple(lit.lower() if ignore_case else lit for lit in kept)
        self._risks = _fold_risks({c for lit in kept for c in lit}) if ignore_case else None
        # the first one or two characters of each prefix, lowered as an ASCII text's are; a
        # character lowered to several would spoil the comparison: no such test then
        prefix_list = list(kept_prefixes)
        starts = ["".join(c.lower() if ignore_case else c for c in p[:2]) for p in prefix_list]
        same_size = all(len(s) == len(p[:2]) for s, p in zip(starts, prefix_list, strict=True))
        self._starts = frozenset(starts) if same_size else None

    def refuses_first(self, char: str) -> bool:
        """Whether :meth:`may_match` refuses every text whose first character after white
        space is ``char`` (``False`` when some match may begin elsewhere: the gate has
        strings to search for). Lets a caller rule a text out by its first character."""
        if self._search is not None or self._all:
            return False
        folded = char.lower() if self._lowered else char
        if self._ascii and folded in self._by_first:
            return False
        return self._chars is None or self._chars.match(char) is None

    def refuses_start(self, start: str) -> bool:
        """Whether no match of the gated patterns can begin with ``start`` (one or two
        characters, the first not white space) after white space: :meth:`refuses_first` of
        its first character, or, for two ASCII characters of which the second is not white
        space, none of the beginnings the matches can have begins with them (as re compares
        them: the gate's ``_ascii`` condition). ``False`` when matches may begin with anything.
        Unlike :meth:`may_match` this is about the patterns: a text that begins this way and
        goes on with other characters is refused as well."""
        if self.refuses_first(start[0]):
            return True
        if (
            len(start) != 2
            or start[1].isspace()
            or not start.isascii()
            or not self._ascii
            or self._starts is None
            or self._search is not None
            or self._all
        ):
            return False
        folded = start.lower() if self._lowered else start
        return folded not in self._starts and folded[0] not in self._starts

    def may_match(self, text: str) -> bool:
        """Whether the gated patterns may match ``text`` (``False``: none can)."""
        stripped = text.lstrip()
        if not stripped:
            return False
        if self._ascii and text.isascii():
            first = stripped[0]
            candidates = self._by_first.get(first.lower() if self._lowered else first)
            if candidates is not None:
                head = " ".join(stripped.split(None, _PREFIX_WORDS)[:_PREFIX_WORDS])
                head = head[:_PREFIX_CHARS]
                if (head.lower() if self._lowered else head).startswith(candidates):
                    return True
            if not self._literals:
                return False
            low = text.lower() if self._lowered else text
            for lit in self._literals:  # noqa: SIM110 — a loop: no generator per call
                if lit in low:
                    return True
            return False
        first = stripped[0]
        known = self._known.get(first)
        if known is None:
            known = self._chars is not None and self._chars.match(first) is not None
            self._known[first] = known
        if known:
            # A text with curly quotes or accents further on: its beginning, when ASCII, is
            # compared as an ASCII text's is (a prefix of ASCII characters only matches ASCII).
            if not (self._ascii and first.isascii()):
                return True
            head = " ".join(stripped.split(None, _PREFIX_WORDS)[:_PREFIX_WORDS])
            head = head[:_PREFIX_CHARS]
            if not head.isascii():
                return True
            candidates = self._by_first.get(first.lower() if self._lowered else first)
            if candidates is not None and (head.lower() if self._lowered else head).startswith(
                candidates
            ):
                return True
        if not self._lowered:
            return any(lit in text for lit in self._all)
        if self._risks is not None and self._risks.search(text) is None:
            low = text.lower()
            return any(lit in low for lit in self._all)
        return self._search is not None and self._search.search(text) is not None


#: Characters whose ``str.lower()`` is not the one-character lowercase ``re`` compares with:
#: dotted capital I (two characters) and capital sigma (final or not, by context).
_LOWER_BY_CONTEXT = "\u0130\u03a3"


def _fold_risks(chars: set[str]) -> re.Pattern[str] | None:
    """A character set of what a text may hold that ``re`` matches case-insensitively to one
    of ``chars`` although ``str.lower()`` makes them differ: re's extra case partners (long s
    for "s", dotless i for "i", a rounded ve for "в" …) and :data:`_LOWER_BY_CONTEXT`. A
    text free of them holds a case-insensitive occurrence of a string made of ``chars``
    exactly where its ``lower()`` holds the lowered string (tests/test_prefilter.py checks
    this over every code point). ``None`` without re's table of extra cases, or when one of
    ``chars`` lowers to such a partner itself (only the regex is exact then)."""
    try:
        extra: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
    except (ImportError, AttributeError):  # Python 3.10 keeps them elsewhere: no fast path
        return None
    risks = set(_LOWER_BY_CONTEXT)
    for char in chars:
        low = char.lower()
        if len(low) != 1 or char in risks or low.upper().lower() != low:
            return None
        risks.update(chr(code) for code in extra.get(ord(low), ()))
    return re.compile("[" + "".join(sorted(risks)) + "]")


def _ascii_safe(strings: set[str], flags: int) -> bool:
    """Whether matching ``strings`` against ASCII texts with ``flags`` equals comparing
    them after str.lower() (case-insensitive) or as they are."""
    ascii_chars = [chr(i) for i in range(128)]
    for char in {c for s in strings for c in s}:
        pattern = re.compile(re.escape(char), flags)
        same = [a for a in ascii_chars if pattern.fullmatch(a)]
        expected = (
            [a for a in ascii_chars if a.lower() == char.lower()]
            if flags & re.IGNORECASE
            else [a for a in ascii_chars if a == char]
        )
        if same != expected:
            return False
    return True


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
    paths = _Paths()
    for pattern in patterns:
        seq = _parse(pattern)
        if seq is None:
            return None
        _walk(list(seq), "", paths)
        if not paths.ok:
            return None
    for pattern in searches:
        seq = _parse(pattern)
        if seq is None:
            return None
        for alternative in _search_alternatives(seq, pattern.flags):
            if (
                alternative
                and _name(alternative[0][1]) == "AT_BEGINNING"
                and not pattern.flags & re.MULTILINE  # there ``^`` also matches after "\n"
            ):
                _walk(alternative[1:], "", paths)  # ``^…``: only a match at the start
                if not paths.ok:
                    return None
                continue
            found = required_literals(alternative)
            if not found:
                return None
            paths.literals |= found
    return StartGate(paths.prefixes, paths.literals, flags.pop())


def _search_alternatives(seq: list[tuple[Any, Any]], flags: int) -> list[list[tuple[Any, Any]]]:
    """The top-level alternatives of a parsed search pattern (``[seq]`` when it has one), so
    that those anchored at the text's start (``^…``, without ``re.MULTILINE``) are gated by
    how they begin, like patterns used with ``match``, and only the rest by strings."""
    if len(seq) == 1 and _name(seq[0][0]) == "BRANCH" and not flags & re.MULTILINE:
        return [list(alternative) for alternative in seq[0][1][1]]
    return [seq]


# ---------------------------------------------------------------------------------------------
# end gates


class EndGate:
    """A necessary condition for ``pattern.search(text)`` of a pattern that matches up to
    the end of the text and white space after it (``…\\s*$``): the text's last character
    that is not white space is one such a match can end with. Built by :func:`end_gate`."""

    __slots__ = ("_chars", "_known")

    def __init__(self, chars: re.Pattern[str]) -> None:
        self._chars = chars
        self._known: dict[str, bool] = {}

    def may_match(self, text: str) -> bool:
        """Whether the pattern may match ``text`` (``False``: it cannot)."""
        stripped = text.rstrip()
        if not stripped:
            return False
        last = stripped[-1]
        known = self._known.get(last)
        if known is None:
            known = self._known[last] = self._chars.match(last) is not None
        return known


def _last_chars(seq: list[Any], out: list[str]) -> bool:
    """Add to ``out`` (character set syntax) what the last character of a match of ``seq``
    that is not white space can be, walking back from its end; ``False`` when it cannot be
    told or ``seq`` may match white space alone."""
    if not seq:
        return False
    op, arg = seq[-1]
    rest = seq[:-1]
    name = _name(op)
    repeat = name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if _spaces([seq[-1]]) or name in ("AT", "ASSERT", "ASSERT_NOT"):
        return _last_chars(rest, out)
    if repeat and _spaces(arg[2]):
        return _last_chars(rest, out)
    if name == "LITERAL":
        out.append(re.escape(chr(arg)))
        return True
    if name == "IN":
        spaces = False
        for item_op, item_arg in arg:
            item = _name(item_op)
            if item == "LITERAL" and chr(item_arg).isspace():
                spaces = True
            elif item == "LITERAL":
                out.append(re.escape(chr(item_arg)))
            elif item == "CATEGORY" and _name(item_arg) == "CATEGORY_DIGIT":
                out.append(r"\d")
            elif item == "CATEGORY" and _name(item_arg) == "CATEGORY_SPACE":
                spaces = True
            else:
                return False
        return not spaces or _last_chars(rest, out)
    if repeat:
        low, _high, sub = arg
        if not _last_chars(list(sub), out):
            return False
        return low > 0 or _last_chars(rest, out)
    if name == "SUBPATTERN" and not (arg[1] | arg[2]) & re.IGNORECASE:
        return _last_chars([*rest, *arg[-1]], out)
    if name == "BRANCH":
        return all(_last_chars([*rest, *alt], out) for alt in arg[1])
    return False


def end_gate(pattern: re.Pattern[str]) -> EndGate | None:
    """The :class:`EndGate` of ``pattern``, which must end with ``$`` or ``\\Z``; ``None``
    when it does not or the derivation does not know its constructs."""
    if pattern.flags & re.MULTILINE:  # "$" would also match before every line break
        return None
    seq = _parse(pattern)
    if not seq or _name(seq[-1][0]) != "AT" or _name(seq[-1][1]) not in (
        "AT_END",
        "AT_END_STRING",
    ):
        return None
    out: list[str] = []
    if not _last_chars(seq[:-1], out):
        return None
    return EndGate(re.compile("[" + "".join(sorted(set(out))) + "]", pattern.flags))
