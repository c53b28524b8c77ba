"""Attribution on hand-annotated shared benchmark pages (tests/golden/attribution.json).

One test item per (page, field). Misses caused by an earlier stage (the body extractor did not
return the paragraph that holds the citation) are ``xfail`` without ``strict`` so that a body
fix does not break this file; misses of attribution's own rules are ``xfail(strict=True)``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from articlex.model import Attribution
from conftest import GOLDEN, benchmark_article, golden_param

PAGES: list[dict[str, Any]] = json.loads((GOLDEN / "attribution.json").read_text(encoding="utf-8"))[
    "pages"
]
FIELDS = ("authors", "outlet", "agencies", "sources")

# (page id prefix, field) → why it is missed.
BODY_MISSES: dict[tuple[str, str], str] = {}
OWN_MISSES = {
    ("videos-2", "outlet"): "og:site_name 'Libération.fr' is kept as printed",
    ("webmd-1", "outlet"): "no site name on the page and no URL given",
    ("1f765c487806", "sources"): "'told the BBC interviewer' read as citing the BBC (debatable)",
    ("08f793762792", "sources"): "the Pittsburgh Post-Gazette is not in the outlet table",
    ("04a6711caa7c", "sources"): "'a Reuters poll' has no reporting phrase (debatable)",
    ("1ee91d1fce65", "sources"): "VOA, the parent of Polygraph.info, read as a cited source",
}


def test_golden_is_large_and_varied() -> None:
    assert len(PAGES) >= 25
    assert {p["dataset"] for p in PAGES} == {"scrapinghub", "readability"}
    assert sum(len(p["authors"]) > 1 for p in PAGES) >= 5
    assert sum(not p["authors"] for p in PAGES) >= 5
    assert sum(bool(p["agencies"]) for p in PAGES) >= 10


def _attribution(root: Path, dataset: str, page_id: str, url: str | None) -> Attribution:
    return benchmark_article(root, dataset, page_id, url).attribution


def _params() -> list[Any]:
    params = []
    for page in PAGES:
        for name in FIELDS:
            params.append(
                golden_param(page, name, own_misses=OWN_MISSES, other_stage_misses=BODY_MISSES)
            )
    return params


@pytest.mark.parametrize(("page", "name"), _params())
def test_field(page: dict[str, Any], name: str, benchmarks_dir: Path) -> None:
    got = _attribution(benchmarks_dir, page["dataset"], page["id"], page["url"])
    if name == "authors":
        assert [a.name.casefold() for a in got.authors] == [a.casefold() for a in page["authors"]]
    elif name == "outlet":
        assert (got.outlet or "").casefold() == (page["outlet"] or "").casefold()
    elif name == "agencies":
        assert set(got.agencies) == set(page["agencies"])
    else:
        assert [(s.name, s.cited_by) for s in got.sources] == [
            (s["name"], s["cited_by"]) for s in page["sources"]
        ]
