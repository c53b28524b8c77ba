"""Shared test helpers: paths to the shared benchmark pages and the fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
