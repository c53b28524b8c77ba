"""Table-driven test of the cited-sources and agency-credit rules (tests/golden/citations.json).

Each case is a sentence or short paragraph (lifted from a shared benchmark page, or written in
the style of a named wire or paper) with the sources and credited agencies a reader finds in
it. One test item per case; the outlet of the case is the publisher, so self-citation counts.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from articlex.fields.attribution.citations import find_sources
from articlex.fields.attribution.credits import body_credits
from articlex.fields.attribution.names import canonical_outlet
from conftest import GOLDEN

CASES: list[dict[str, Any]] = json.loads((GOLDEN / "citations.json").read_text(encoding="utf-8"))[
    "cases"
]


def test_table_is_large_and_varied() -> None:
    assert len(CASES) >= 80
    assert len({c["id"] for c in CASES}) == len(CASES)
    negatives = [c for c in CASES if not c["sources"] and not c["agencies"]]
    assert len(negatives) >= 20


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(case: dict[str, Any]) -> None:
    blocks = case["text"].split("\n")
    agencies = body_credits(blocks)
    own = canonical_outlet(case["outlet"], None)
    sources = find_sources(blocks, self_names={*agencies, *([own] if own else [])})
    assert agencies == case["agencies"]
    assert [(s.name, s.cited_by) for s in sources] == [
        (s["name"], s["cited_by"]) for s in case["sources"]
    ]
    for source in sources:
        assert source.evidence and source.evidence in case["text"].replace("\n", " ")
