"""extract_many(): one result per input, in input order, whatever the inputs do."""

from __future__ import annotations

import time

import pytest

import articlex
from articlex.batch import BatchResult, _run, extract_many
from articlex.sources import PageInput
from batch_helpers import article_page, buggy_extract, misbehaving_extract

GOOD = article_page("Storm hits coast")


def _items() -> list[object]:
    return [
        GOOD,
        b"",
        ("pdf", b"%PDF-1.7 binary"),
        ("with-url", article_page("Bridge reopens"), "https://example.com/bridge"),
        PageInput("unreadable", None, read_error="cannot read: No such file"),
        "<html><body><article><p>"
        + "A str page with enough words in it. " * 5
        + "</p></article></body></html>",
    ]


def _check(results: list[BatchResult]) -> None:
    assert [r.index for r in results] == list(range(6))
    assert [r.id for r in results] == ["0", "1", "pdf", "with-url", "unreadable", "5"]
    assert [r.ok for r in results] == [True, False, False, True, False, True]
    assert results[0].article is not None and results[0].article.headline == "Storm hits coast"
    assert results[1].error is not None and results[1].error.type == "EmptyInputError"
    assert results[2].error is not None and results[2].error.type == "NotHTMLError"
    assert results[3].url == "https://example.com/bridge"
    assert results[3].article is not None and results[3].article.url == "https://example.com/bridge"
    assert results[4].error is not None and results[4].error.type == "ReadError"
    assert all((r.article is None) != (r.error is None) for r in results)


@pytest.mark.parametrize("workers", [0, 2])
def test_one_result_per_input_in_order(workers: int) -> None:
    _check(list(extract_many(_items(), workers=workers)))


def test_to_dict_record() -> None:
    ok, bad = list(extract_many([("a", GOOD), ("b", b"")], workers=0))
    assert set(ok.to_dict()) == {"id", "url", "seconds", "article"}
    assert ok.to_dict()["article"] == articlex.extract(GOOD).to_dict()
    assert bad.to_dict()["error"]["type"] == "EmptyInputError"


def test_a_hanging_page_is_killed_and_reported_the_rest_go_on() -> None:
    items = [("a", GOOD), ("hang", GOOD + b"HANG"), ("b", GOOD), ("c", GOOD)]
    start = time.monotonic()
    results = list(_run(items, 2, None, 1.5, None, "article", misbehaving_extract))
    assert time.monotonic() - start < 20
    assert [r.id for r in results] == ["a", "hang", "b", "c"]
    assert results[1].error is not None and results[1].error.type == "Timeout"
    assert all(r.ok for r in results[:1] + results[2:])


def test_a_worker_that_dies_is_reported_and_replaced() -> None:
    items = [("a", GOOD), ("die", GOOD + b"DIE"), ("b", GOOD), ("die2", GOOD + b"DIE"), ("c", GOOD)]
    results = list(_run(items, 1, None, 30.0, None, "article", misbehaving_extract))
    assert [r.id for r in results] == ["a", "die", "b", "die2", "c"]
    assert [r.error.type if r.error else None for r in results] == [
        None,
        "WorkerDied",
        None,
        "WorkerDied",
        None,
    ]


def test_a_bug_in_extraction_is_an_error_record_not_a_crash() -> None:
    results = list(_run([GOOD, GOOD], 1, None, 30.0, None, "article", buggy_extract))
    assert [r.error.type if r.error else None for r in results] == ["KeyError", "KeyError"]
    assert results[0].error is not None and "internal error" in results[0].error.message


def test_many_inputs_keep_order_and_count() -> None:
    pages = [(f"p{i}", article_page(f"Story {i}") if i % 7 else b"  ") for i in range(60)]
    results = list(extract_many(pages, workers=2))
    assert [r.id for r in results] == [f"p{i}" for i in range(60)]
    assert [r.ok for r in results] == [bool(i % 7) for i in range(60)]
    assert all(r.article.headline == f"Story {r.index}" for r in results if r.article)


def test_closing_early_stops_the_workers() -> None:
    results = extract_many([GOOD] * 20, workers=2)
    first = next(results)
    assert first.ok
    results.close()


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"workers": -1}, "workers"), ({"timeout": 0}, "timeout")]
)
def test_invalid_arguments(kwargs: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        list(extract_many([GOOD], **kwargs))  # type: ignore[arg-type]


def test_unknown_item_type() -> None:
    with pytest.raises(TypeError, match="PageInput"):
        list(extract_many([123], workers=0))  # type: ignore[list-item]
