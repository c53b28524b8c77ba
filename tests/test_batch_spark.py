"""articlex.spark.extract_column on a local Spark session (local[2]) over a few pages."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import articlex
from batch_helpers import article_page

pyspark = pytest.importorskip("pyspark")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java (17)", allow_module_level=True)

from articlex.spark import extract_column  # noqa: E402


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    # Spark's Python workers must import articlex even when it is not installed (a worktree
    # run): they inherit this environment through the JVM.
    src = str(Path(articlex.__file__).resolve().parents[1])
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (src, os.environ.get("PYTHONPATH", "")) if p
    )
    session = (
        SparkSession.builder.master("local[2]")
        .appName("articlex-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .config("spark.sql.execution.pythonUDF.arrow.enabled", "false")
        .getOrCreate()
    )
    yield session
    session.stop()


def test_extract_column(spark: Any) -> None:
    rows = [
        ("a", bytearray(article_page("Storm hits coast")), "https://example.com/storm"),
        ("b", bytearray(article_page("Bridge reopens")), None),
        ("c", bytearray(b"%PDF-1.4 not a page"), "https://example.com/doc.pdf"),
        ("d", None, None),
    ]
    df = spark.createDataFrame(rows, "id string, html binary, url string").repartition(2)
    out = extract_column(df, "html", url_col="url")
    assert out.columns == ["id", "html", "url", "article", "article_error"]
    got = {r["id"]: r for r in out.select("id", "article", "article_error").collect()}
    storm = got["a"]["article"].asDict(recursive=True)
    assert (
        storm
        == articlex.extract(
            bytes(rows[0][1]),
            url="https://example.com/storm",  # type: ignore[arg-type]
        ).to_dict()
    )
    assert got["a"]["article_error"] is None
    assert got["b"]["article"]["headline"] == "Bridge reopens"
    assert got["c"]["article"] is None and got["c"]["article_error"].startswith("NotHTMLError")
    assert got["d"]["article"] is None and got["d"]["article_error"]
    nested = out.select("article.read_time.words", "article.body.blocks").collect()
    assert sum(r["words"] or 0 for r in nested) > 40


def test_string_column(spark: Any) -> None:
    df = spark.createDataFrame([(article_page("Council vote").decode(),)], "html string")
    (row,) = extract_column(df, "html", output_col="x").select("x.headline").collect()
    assert row["headline"] == "Council vote"
