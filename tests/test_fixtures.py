"""Golden fixtures: ``tests/fixtures/<site>-<slug>/`` pages with hand-written expected output.

Each fixture directory holds ``page.html`` (the page as served), ``expected.json`` (the full
``Article.to_dict()`` written by hand from the page, never from articlex's output) and
``meta.json`` (provenance: the URL passed to ``extract()``, notes, and two negative lists:
``must_not_related`` URLs and ``body_must_not_contain`` strings). ``meta.json`` may also give
``source_mentions`` ({source name: [strings]}) when a cited source's name is not printed
literally in its evidence sentence.

One test item per (fixture, field), so a broken dateline does not hide a correct headline.
``extract()`` runs once per fixture.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import cache
from typing import Any

import pytest

from articlex import extract
from conftest import FIXTURES

Checker = Callable[[dict[str, Any], dict[str, Any], dict[str, Any]], None]


def _fixture_names() -> list[str]:
    """Directories of tests/fixtures that hold both page.html and expected.json."""
    if not FIXTURES.is_dir():
        return []
    return sorted(
        d.name
        for d in FIXTURES.iterdir()
        if (d / "page.html").is_file() and (d / "expected.json").is_file()
    )


def _load_json(name: str, file: str) -> dict[str, Any]:
    path = FIXTURES / name / file
    if not path.is_file():
        return {}
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def _expected(name: str) -> dict[str, Any]:
    return _load_json(name, "expected.json")


@cache
def _meta(name: str) -> dict[str, Any]:
    return _load_json(name, "meta.json")


@cache
def _got(name: str) -> dict[str, Any]:
    """``extract(page bytes, url=meta url).to_dict()``, computed once per fixture."""
    raw = (FIXTURES / name / "page.html").read_bytes()
    return extract(raw, url=_meta(name).get("url")).to_dict()


def _norm(text: str | None) -> str | None:
    """Whitespace-normalized text (``None`` stays ``None``)."""
    return " ".join(text.split()) if text is not None else None


def _key(link: dict[str, Any]) -> tuple[str, str]:
    return (link["url"], link["kind"])


# --- checkers: each gets (got, expected, meta) as to_dict()-shaped dicts --------------------


def _equal(*path: str) -> Checker:
    """Exact equality of the value at ``path`` (e.g. ``("dateline", "published")``)."""

    def check(got: dict[str, Any], want: dict[str, Any], meta: dict[str, Any]) -> None:
        g: Any = got
        w: Any = want
        for part in path:
            g, w = g[part], w[part]
        assert g == w

    return check


def _read_time(got: dict[str, Any], want: dict[str, Any], meta: dict[str, Any]) -> None:
    g, w = got["read_time"], want["read_time"]
    assert (g["minutes"], g["stated"], g["text"]) == (w["minutes"], w["stated"], w["text"])


def _read_time_words(got: dict[str, Any], want: dict[str, Any], meta: dict[str, Any]) -> None:
    # Tokenization may differ slightly from the rule the fixture author counted with.
    g, w = got["read_time"]["words"], want["read_time"]["words"]
    assert math.isclose(g, w, rel_tol=0.03), (g, w)


def _body_kinds(got: dict[str, Any], want: dict[str, Any], meta: dict[str, Any]) -> None:
    assert [b["kind"] for b in got["body"]["blocks"]] == [b["kind"] for b in want["body"]["blocks"]]


def _body_must_not(got: dict[str, Any], want: dict[str, Any], meta: dict[str, Any]) -> None:
    text = got["body"]["text"]
    assert [s for s in meta.get("body_must_not_contain", []) if s in text] == []


def _authors(got: dict[str, Any], want: dict[str, Any], meta: dict[str, Any]) -> None:
    def view(d: dict[str, Any]) -> list[tuple[str, str | None]]:
        return [(a["name"], a["url"]) for a in d["attribution"]["authors"]]

    assert view(got) == view(want)


def _agencies(got: dict[str, Any], want: dict[str, Any], meta: dict[str, Any]) -> None:
    assert sorted(got["attribution"]["agencies"]) == sorted(want["attribution"]["agencies"])


def _sources(got: dict[str, Any], want: dict[str, Any], meta: dict[str, Any]) -> None:
    g, w = got["attribution"]["sources"], want["attribution"]["sources"]
    assert [(s["name"], s["cited_by"]) for s in g] == [(s["name"], s["cited_by"]) for s in w]
    body = _norm(want["body"]["text"]) or ""
    mentions: dict[str, list[str]] = meta.get("source_mentions", {})
    for source in g:
        evidence = _norm(source["evidence"]) or ""
        names = mentions.get(source["name"], [source["name"]])
        assert any(n in evidence for n in names), (source["name"], evidence)
        assert evidence in body, (source["name"], evidence)


def _related(got: dict[str, Any], want: dict[str, Any], meta: dict[str, Any]) -> None:
    g = {_key(r) for r in got["related"]}
    w = {_key(r) for r in want["related"]}
    assert (sorted(g - w), sorted(w - g)) == ([], []), "(unexpected, missing)"


def _related_field(field: str, normalize: Callable[[Any], Any]) -> Checker:
    """Compare one field of the related links found in both lists, keyed by (url, kind)."""

    def check(got: dict[str, Any], want: dict[str, Any], meta: dict[str, Any]) -> None:
        g = {_key(r): normalize(r[field]) for r in got["related"]}
        w = {_key(r): normalize(r[field]) for r in want["related"]}
        common = g.keys() & w.keys()
        assert common or not w, "no expected related link was found"
        assert {k: g[k] for k in common} == {k: w[k] for k in common}

    return check


def _label(value: str | None) -> str | None:
    norm = _norm(value)
    return norm.casefold() if norm is not None else None


def _related_must_not(got: dict[str, Any], want: dict[str, Any], meta: dict[str, Any]) -> None:
    banned = set(meta.get("must_not_related", []))
    assert [r["url"] for r in got["related"] if r["url"] in banned] == []


CHECKS: dict[str, Checker] = {
    "url": _equal("url"),
    "headline": _equal("headline"),
    "standfirst": _equal("standfirst"),
    "language": _equal("language"),
    "dateline.published": _equal("dateline", "published"),
    "dateline.modified": _equal("dateline", "modified"),
    "dateline.place": _equal("dateline", "place"),
    "dateline.text": _equal("dateline", "text"),
    "dateline.source": _equal("dateline", "source"),
    "read_time": _read_time,
    "read_time.words": _read_time_words,
    "body.text": _equal("body", "text"),
    "body.kinds": _body_kinds,
    "body.must_not": _body_must_not,
    "attribution.authors": _authors,
    "attribution.outlet": _equal("attribution", "outlet"),
    "attribution.agencies": _agencies,
    "attribution.sources": _sources,
    "related": _related,
    "related.titles": _related_field("title", _norm),
    "related.labels": _related_field("label", _label),
    "related.sponsored": _related_field("sponsored", bool),
    "related.must_not": _related_must_not,
}


#: Known misses: (fixture, field) → reason. Strict, so a fix flips them loudly; remove the
#: entry in the change that fixes the field.
KNOWN_MISSES: dict[tuple[str, str], str] = {}


def _params() -> list[Any]:
    return [
        pytest.param(
            name,
            field,
            id=f"{name}-{field}",
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[(name, field)])]
            if (name, field) in KNOWN_MISSES
            else [],
        )
        for name in _fixture_names()
        for field in CHECKS
    ]


def test_fixtures_are_complete() -> None:
    """Every fixture directory has the three files and an expected dict of the public shape."""
    keys = {"url", "headline", "standfirst", "language", "dateline", "read_time", "body"}
    keys |= {"attribution", "related"}
    for name in _fixture_names():
        assert (FIXTURES / name / "meta.json").is_file(), name
        assert set(_expected(name)) == keys, name
        assert _meta(name).get("url"), name


@pytest.mark.parametrize(("name", "field"), _params())
def test_fixture_field(name: str, field: str) -> None:
    CHECKS[field](_got(name), _expected(name), _meta(name))
