"""The exceptions articlex raises.

A missing field is data (``None`` or an empty tuple), never an exception. Exceptions are for
input that cannot be an HTML page at all, and for invalid options::

    ArticlexError                  base of everything articlex raises on purpose
    ├── InputError                 the input cannot be read as an HTML page
    │   ├── EmptyInputError        empty or whitespace-only input
    │   ├── NotHTMLError           binary data (PDF, images, archives), JSON, feeds, plain text
    │   ├── InputTooLargeError     larger than ExtractOptions.max_bytes
    │   └── ParseError             the HTML parser gave up on the document
    └── OptionsError               an ExtractOptions value is invalid (also a ValueError)

Every message says what was wrong with the input and, when known, which input it was.
"""

from __future__ import annotations

__all__ = [
    "ArticlexError",
    "EmptyInputError",
    "InputError",
    "InputTooLargeError",
    "NotHTMLError",
    "OptionsError",
    "ParseError",
]


class ArticlexError(Exception):
    """Base class of every exception articlex raises on purpose."""


class InputError(ArticlexError):
    """The input cannot be read as an HTML page."""


class EmptyInputError(InputError):
    """The input is empty or only whitespace."""


class NotHTMLError(InputError):
    """The input is something other than HTML: binary data, JSON, a feed, plain text."""


class InputTooLargeError(InputError):
    """The input is larger than ``ExtractOptions.max_bytes``."""


class ParseError(InputError):
    """The HTML parser could not build a document from the input."""


class OptionsError(ArticlexError, ValueError):
    """An ``ExtractOptions`` value is invalid."""
