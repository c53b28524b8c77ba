"""Shared test helpers: paths to the shared benchmark pages and the fixtures."""

from __future__ import annotations

import gzip
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from articlex import Article, extract

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
GOLDEN = REPO / "tests" / "golden"


def shared_benchmarks() -> Path | None:
    """The shared benchmark folder (``../shared/benchmarks`` beside the checkout), if present."""
    env = os.environ.get("ARTICLEX_BENCHMARKS")
    candidates = [Path(env)] if env else []
    candidates += [
        REPO.parent / "shared" / "benchmarks",
        REPO.parent.parent / "shared" / "benchmarks",
        Path("/work/shared/benchmarks"),
    ]
    for path in candidates:
        if (path / "scrapinghub" / "ground-truth.json").is_file():
            return path
    return None


@pytest.fixture(scope="session")
def benchmarks_dir() -> Path:
    path = shared_benchmarks()
    if path is None:
        pytest.skip("../shared/benchmarks is not beside this checkout")
    return path


@cache
def benchmark_article(root: Path, dataset: str, page_id: str, url: str | None) -> Article:
    """``extract()`` of one shared benchmark page, computed once per test session.

    The golden test files (metadata, attribution, related) share this cache, so a page they
    all annotate is extracted once.
    """
    raw = gzip.decompress((root / dataset / "html" / f"{page_id}.html.gz").read_bytes())
    return extract(raw, url=url)


def golden_param(
    page: Mapping[str, Any],
    name: str,
    *,
    own_misses: Mapping[tuple[str, str], str],
    other_stage_misses: Mapping[tuple[str, str], str],
) -> Any:
    """The ``pytest.param(page, name)`` of one golden item, with its known-miss marks.

    Items are keyed and named by the first 12 characters of the page id and the field name.
    Misses of the field's own rules are ``xfail(strict=True)``, so a fix flips them loudly;
    misses caused by another stage are ``xfail`` without ``strict``, so that stage can improve
    without breaking this file.
    """
    key = (str(page["id"])[:12], name)
    marks = []
    if key in other_stage_misses:
        marks.append(pytest.mark.xfail(reason=other_stage_misses[key], strict=False))
    if key in own_misses:
        marks.append(pytest.mark.xfail(reason=own_misses[key], strict=True))
    return pytest.param(page, name, id=f"{key[0]}-{name}", marks=marks)
