"""The shape of ``Article.to_dict()`` as a typed schema, for columnar outputs.

Parquet files (``articlex batch --format parquet``) and Spark columns
(:func:`articlex.spark.extract_column`) need the types of every field up front. This module
writes the shape down once, neutrally; :func:`to_arrow` and ``articlex.spark`` translate it.
A test checks it against ``to_dict()`` key by key, so a new field cannot be forgotten here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["ARTICLE", "ListOf", "Scalar", "Struct", "to_arrow"]

Scalar = Literal["string", "int", "bool"]


@dataclass(frozen=True, slots=True)
class ListOf:
    """A list whose items all have type ``item``."""

    item: FieldType


@dataclass(frozen=True, slots=True)
class Struct:
    """A record with named fields, in ``to_dict()`` key order."""

    fields: tuple[tuple[str, FieldType], ...]


FieldType = Scalar | ListOf | Struct


def _struct(*fields: tuple[str, FieldType]) -> Struct:
    return Struct(tuple(fields))


ARTICLE = _struct(
    ("url", "string"),
    ("headline", "string"),
    ("standfirst", "string"),
    ("language", "string"),
    (
        "dateline",
        _struct(
            ("published", "string"),
            ("modified", "string"),
            ("place", "string"),
            ("text", "string"),
            ("source", "string"),
        ),
    ),
    (
        "read_time",
        _struct(("minutes", "int"), ("stated", "bool"), ("text", "string"), ("words", "int")),
    ),
    (
        "body",
        _struct(
            ("text", "string"), ("blocks", ListOf(_struct(("kind", "string"), ("text", "string"))))
        ),
    ),
    (
        "attribution",
        _struct(
            ("authors", ListOf(_struct(("name", "string"), ("url", "string")))),
            ("outlet", "string"),
            ("agencies", ListOf("string")),
            (
                "sources",
                ListOf(_struct(("name", "string"), ("cited_by", "string"), ("evidence", "string"))),
            ),
        ),
    ),
    (
        "related",
        ListOf(
            _struct(
                ("url", "string"),
                ("title", "string"),
                ("kind", "string"),
                ("label", "string"),
                ("sponsored", "bool"),
            )
        ),
    ),
)
"""The type of ``Article.to_dict()``. Every scalar may be null (``None``)."""


def to_arrow(kind: FieldType) -> Any:
    """The ``pyarrow`` type of a schema type (needs pyarrow: the ``parquet`` extra)."""
    import pyarrow as pa

    if isinstance(kind, Struct):
        return pa.struct([pa.field(name, to_arrow(sub)) for name, sub in kind.fields])
    if isinstance(kind, ListOf):
        return pa.list_(to_arrow(kind.item))
    return {"string": pa.string(), "int": pa.int64(), "bool": pa.bool_()}[kind]
