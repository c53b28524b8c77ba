"""Run articlex on a Spark DataFrame (the ``spark`` extra: ``pip install 'articlex[spark]'``).

    from articlex.spark import extract_column
    articles = extract_column(df, "html", url_col="url")
    articles.select("url", "article.headline", "article.dateline.published").show()

:func:`extract_column` adds a struct column with the ``Article.to_dict()`` fields (typed as in
:mod:`articlex.schema`) and a string column saying why a row has no article. It is a plain
Python UDF, so it runs wherever PySpark runs Python: a local session, Databricks, EMR, or a
cc-pyspark-style job over Common Crawl WARC files (see ``docs/batch.md``). pyspark is imported
only when a function here is called.
"""

from __future__ import annotations

import signal
import threading
import warnings
from typing import Any

from .api import extract
from .errors import ArticlexError
from .options import DEFAULT_OPTIONS, ExtractOptions
from .schema import ARTICLE, FieldType, ListOf, Struct

__all__ = ["article_type", "extract_column"]


def _pyspark() -> tuple[Any, Any]:
    try:
        from pyspark.sql import functions, types
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("articlex.spark needs PySpark: pip install 'articlex[spark]'") from exc
    return functions, types


def article_type() -> Any:
    """The Spark ``StructType`` of ``Article.to_dict()``."""
    _, types = _pyspark()
    return _to_spark(ARTICLE, types)


def _to_spark(kind: FieldType, types: Any) -> Any:
    if isinstance(kind, Struct):
        return types.StructType(
            [types.StructField(name, _to_spark(sub, types), True) for name, sub in kind.fields]
        )
    if isinstance(kind, ListOf):
        return types.ArrayType(_to_spark(kind.item, types), True)
    return {"string": types.StringType(), "int": types.LongType(), "bool": types.BooleanType()}[
        kind
    ]


class _PageTimeout(Exception):
    pass


def _extract_row(
    html: Any, url: str | None, options: ExtractOptions, timeout: float | None
) -> dict[str, Any]:
    """One row: ``{"article": to_dict() | None, "error": "Type: message" | None}``."""
    if html is None:
        return {"article": None, "error": "EmptyInputError: the HTML column is null"}
    data = bytes(html) if isinstance(html, (bytearray, memoryview)) else html
    alarm = timeout is not None and threading.current_thread() is threading.main_thread()
    previous: Any = None
    if alarm and timeout is not None:

        def _stop(signum: int, frame: Any) -> None:
            raise _PageTimeout

        previous = signal.signal(signal.SIGALRM, _stop)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        article = extract(data, url=url, options=options)
        return {"article": article.to_dict(), "error": None}
    except _PageTimeout:
        return {"article": None, "error": f"Timeout: extraction took longer than {timeout:g} s"}
    except ArticlexError as exc:
        return {"article": None, "error": f"{type(exc).__name__}: {exc}"}
    except Exception as exc:  # a bug in articlex must not fail the whole Spark job
        return {"article": None, "error": f"{type(exc).__name__}: internal error: {exc}"}
    finally:
        if alarm:  # the limit is reset even when extract() raised
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def extract_column(
    df: Any,
    html_col: str,
    url_col: str | None = None,
    *,
    output_col: str = "article",
    options: ExtractOptions | None = None,
    timeout: float | None = 60.0,
) -> Any:
    """Return ``df`` with the extracted article of each row.

    Args:
        df: a Spark DataFrame.
        html_col: column holding the page (binary: raw bytes as served; or string).
        url_col: optional column with the page URL (resolves relative links).
        output_col: name of the struct column added (``Article.to_dict()`` fields; null when
            the row has no article). A string column ``<output_col>_error`` is added too:
            ``"NotHTMLError: …"`` for a row without article, else null.
        options: the :class:`ExtractOptions` for every row.
        timeout: seconds one page may take (a SIGALRM in the Python worker; ``None`` for no
            limit). A page past it gets ``"Timeout: …"`` in the error column.

    Raises:
        ImportError: pyspark is not installed (the ``spark`` extra).
    """
    functions, types = _pyspark()
    opts = options if options is not None else DEFAULT_OPTIONS
    row_type = types.StructType(
        [
            types.StructField("article", article_type(), True),
            types.StructField("error", types.StringType(), True),
        ]
    )

    def run(html: Any, url: str | None = None) -> dict[str, Any]:
        return _extract_row(html, url, opts, timeout)

    # Non-deterministic: Spark must not re-run the UDF once per extracted field. A plain
    # (pickled) Python UDF: no pandas/Arrow needed on the executors.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pyspark guessing a pandas UDF from the type hints
        udf = functions.udf(run, row_type, useArrow=False).asNondeterministic()
    args = [functions.col(html_col)] + ([functions.col(url_col)] if url_col else [])
    tmp = f"__{output_col}_row"
    return (
        df.withColumn(tmp, udf(*args))
        .withColumn(output_col, functions.col(f"{tmp}.article"))
        .withColumn(f"{output_col}_error", functions.col(f"{tmp}.error"))
        .drop(tmp)
    )
