"""articlex: turn a raw news web page into a clean, structured article.

>>> import articlex
>>> article = articlex.extract(articlex.example_html(), url="https://asianlite.com/")
>>> article.read_time.stated
True
"""

from __future__ import annotations

import importlib.resources as _resources

from .api import extract
from .batch import extract_many
from .errors import (
    ArticlexError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    NotHTMLError,
    OptionsError,
    ParseError,
)
from .model import (
    Article,
    Attribution,
    Author,
    Block,
    BlockKind,
    Body,
    CitedSource,
    Dateline,
    DateSource,
    ReadTime,
    RelatedKind,
    RelatedLink,
)
from .options import ExtractOptions

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticlexError",
    "Attribution",
    "Author",
    "Block",
    "BlockKind",
    "Body",
    "CitedSource",
    "DateSource",
    "Dateline",
    "EmptyInputError",
    "ExtractOptions",
    "InputError",
    "InputTooLargeError",
    "NotHTMLError",
    "OptionsError",
    "ParseError",
    "ReadTime",
    "RelatedKind",
    "RelatedLink",
    "__version__",
    "example_html",
    "extract",
    "extract_many",
]


def example_html() -> bytes:
    """The bundled example page (a saved news article), as bytes."""
    return _resources.files("articlex").joinpath("data/example.html").read_bytes()
