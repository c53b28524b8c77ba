"""articlex.schema.ARTICLE describes Article.to_dict() exactly (parquet and Spark rely on it)."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest

import articlex
from articlex.schema import ARTICLE, FieldType, ListOf, Struct

_PY = {"string": str, "int": int, "bool": bool}


def _check(value: Any, kind: FieldType, where: str) -> None:
    if value is None:
        return
    if isinstance(kind, Struct):
        assert isinstance(value, dict), where
        assert list(value) == [name for name, _ in kind.fields], where
        for name, sub in kind.fields:
            _check(value[name], sub, f"{where}.{name}")
    elif isinstance(kind, ListOf):
        assert isinstance(value, list), where
        for i, item in enumerate(value):
            _check(item, kind.item, f"{where}[{i}]")
    else:
        assert type(value) is _PY[kind], f"{where}: {type(value).__name__} is not {kind}"


def test_schema_matches_to_dict(benchmarks_dir: Path) -> None:
    pages = sorted((benchmarks_dir / "scrapinghub" / "html").glob("*.html.gz"))[:25]
    related = authors = 0
    for path in pages:
        data = articlex.extract(gzip.decompress(path.read_bytes())).to_dict()
        _check(data, ARTICLE, path.name)
        related += len(data["related"])
        authors += len(data["attribution"]["authors"])
    assert related and authors  # the list-of-struct fields were exercised too


def test_arrow_type_has_every_field() -> None:
    pa = pytest.importorskip("pyarrow")
    from articlex.schema import to_arrow

    arrow = to_arrow(ARTICLE)
    assert isinstance(arrow, pa.StructType)
    assert [arrow.field(i).name for i in range(arrow.num_fields)] == [n for n, _ in ARTICLE.fields]
