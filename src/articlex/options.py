"""ExtractOptions: the one options object of :func:`articlex.extract`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .errors import OptionsError

__all__ = ["DEFAULT_OPTIONS", "ExtractOptions"]

_LANG_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz-")


@dataclass(frozen=True, kw_only=True, slots=True)
class ExtractOptions:
    """How :func:`articlex.extract` behaves. Frozen, keyword-only, checked when built.

    Attributes:
        languages: language codes (ISO 639-1, e.g. ``("en", "de")``) to try when parsing
            free-text dates. Empty means: the page's own ``lang`` plus English.
        now: the reference time for relative dates ("3 hours ago") and the upper bound for
            plausible dates. ``None`` means the current UTC time at extraction. Must be
            timezone-aware when given.
        words_per_minute: reading speed for the read-time estimate (for space-less scripts
            such as CJK and Thai, characters are converted to words first; see
            ``docs/fields.md``).
        max_bytes: inputs larger than this raise ``InputTooLargeError``.
        include_sponsored: keep sponsored (Taboola/Outbrain-style) related links, flagged
            ``sponsored=True``; when ``False`` they are dropped.
    """

    languages: tuple[str, ...] = ()
    now: datetime | None = None
    words_per_minute: int = 230
    max_bytes: int = 20_000_000
    include_sponsored: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.languages, str) or not isinstance(self.languages, tuple):
            raise OptionsError(
                f"languages must be a tuple of language codes, got {self.languages!r}"
            )
        for lang in self.languages:
            if not isinstance(lang, str) or not lang or not set(lang.lower()) <= _LANG_CHARS:
                raise OptionsError(f"not a language code: {lang!r} (expected e.g. 'en', 'de')")
        if self.now is not None:
            if not isinstance(self.now, datetime):
                raise OptionsError(f"now must be a datetime, got {type(self.now).__name__}")
            if self.now.tzinfo is None or self.now.utcoffset() is None:
                raise OptionsError("now must be timezone-aware (e.g. datetime.now(timezone.utc))")
        if isinstance(self.words_per_minute, bool) or not isinstance(self.words_per_minute, int):
            raise OptionsError("words_per_minute must be an int")
        if not 50 <= self.words_per_minute <= 2000:
            raise OptionsError(
                f"words_per_minute must be between 50 and 2000, got {self.words_per_minute}"
            )
        if isinstance(self.max_bytes, bool) or not isinstance(self.max_bytes, int):
            raise OptionsError("max_bytes must be an int")
        if self.max_bytes < 1024:
            raise OptionsError(f"max_bytes must be at least 1024, got {self.max_bytes}")
        if not isinstance(self.include_sponsored, bool):
            raise OptionsError("include_sponsored must be a bool")


DEFAULT_OPTIONS = ExtractOptions()
