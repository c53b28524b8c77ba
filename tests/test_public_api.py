"""The public surface: exported names, the to_dict() shape, options and errors."""

from __future__ import annotations
import __future__

import inspect
import json
from datetime import datetime, timezone

import pytest

import articlex
from articlex import ExtractOptions, OptionsError

PAGE = b"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Storm hits coast | Daily Planet</title></head><body>
<nav><a href="/">Home</a><a href="/world">World</a></nav>
<article><h1>Storm hits coast</h1>
<p>A powerful storm hit the coast on Monday, flooding streets and cutting power to thousands of
homes across the region, officials said.</p>
<p>Emergency crews worked through the night to clear fallen trees and restore electricity to the
worst-hit neighbourhoods, the city's mayor told reporters.</p>
</article><footer><a href="/privacy">Privacy</a></footer></body></html>"""


def test_all_matches_public_names() -> None:
    public = {
        name
        for name in dir(articlex)
        if not name.startswith("_")
        and not inspect.ismodule(getattr(articlex, name))
        and not isinstance(getattr(articlex, name), __future__._Feature)
    }
    assert set(articlex.__all__) == public | {"__version__"}


def test_to_dict_shape() -> None:
    data = articlex.extract(PAGE, url="https://example.com/storm").to_dict()
    assert list(data) == [
        "url",
        "headline",
        "standfirst",
        "language",
        "dateline",
        "read_time",
        "body",
        "attribution",
        "related",
    ]
    assert list(data["dateline"]) == ["published", "modified", "place", "text", "source"]
    assert list(data["read_time"]) == ["minutes", "stated", "text", "words"]
    assert list(data["body"]) == ["text", "blocks"]
    assert list(data["attribution"]) == ["authors", "outlet", "agencies", "sources"]
    assert all(list(b) == ["kind", "text"] for b in data["body"]["blocks"])
    assert json.loads(json.dumps(data)) == data


def test_simple_page() -> None:
    article = articlex.extract(PAGE, url="https://example.com/storm")
    assert article.headline == "Storm hits coast"
    assert article.language == "en"
    assert article.body.text.startswith("A powerful storm")
    assert "Privacy" not in article.body.text
    assert article.body.text == "\n\n".join(b.text for b in article.body.blocks)
    assert article.read_time.words == len(article.body.text.split())
    assert article.read_time.minutes == 1 and not article.read_time.stated


def test_results_are_frozen() -> None:
    article = articlex.extract(PAGE)
    with pytest.raises(AttributeError):
        article.headline = "x"  # type: ignore[misc]


def test_markdown_and_json() -> None:
    article = articlex.extract(PAGE)
    assert article.to_markdown().startswith("# Storm hits coast\n")
    assert json.loads(article.to_json())["headline"] == "Storm hits coast"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"languages": "en"}, "tuple"),
        ({"languages": ("en", "")}, "language code"),
        ({"now": datetime(2024, 1, 1)}, "timezone-aware"),
        ({"words_per_minute": 0}, "between"),
        ({"words_per_minute": True}, "int"),
        ({"max_bytes": 10}, "at least"),
        ({"include_sponsored": "yes"}, "bool"),
    ],
    ids=[
        "languages-str",
        "languages-empty",
        "now-naive",
        "wpm-zero",
        "wpm-bool",
        "max-bytes",
        "sponsored-str",
    ],
)
def test_invalid_options(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(OptionsError, match=message):
        ExtractOptions(**kwargs)  # type: ignore[arg-type]


def test_options_are_keyword_only_and_frozen() -> None:
    with pytest.raises(TypeError):
        ExtractOptions(("en",))  # type: ignore[misc]
    options = ExtractOptions(languages=("de",), now=datetime(2024, 1, 1, tzinfo=timezone.utc))
    with pytest.raises(AttributeError):
        options.languages = ("en",)  # type: ignore[misc]
    assert isinstance(OptionsError("x"), ValueError)
