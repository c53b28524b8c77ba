#!/usr/bin/env python3
"""Attribution quality of articlex, per field, on the hand-annotated golden pages.

Reads ``tests/golden/attribution.json`` (pages of the shared benchmark sets annotated by hand)
and ``tests/golden/citations.json`` (the sentence table), runs this checkout's articlex and
prints markdown tables:

* per field and per subset (all pages; the pages annotated before the rules were written —
  "dev"; the ones annotated after — "held-out", notes starting with ``held-out``):
  authors exact (ordered, case-insensitive) and name-level precision/recall; outlet exact
  (case-insensitive); agencies micro precision/recall; sources micro precision/recall on
  ``(name, cited_by)`` pairs and on names alone;
* the sentence table: cases whose agencies and sources both match;
* the time of ``extract_attribution`` alone (the stages before it run outside the timer).

Authors side by side with trafilatura and newspaper4k are in ``benchmarks/fields.py``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from articlex.clean import clean  # noqa: E402
from articlex.fields.attribution import extract_attribution  # noqa: E402
from articlex.fields.attribution.citations import find_sources  # noqa: E402
from articlex.fields.attribution.credits import body_credits  # noqa: E402
from articlex.fields.attribution.names import canonical_outlet  # noqa: E402
from articlex.fields.body import extract_body  # noqa: E402
from articlex.fields.related import find_related  # noqa: E402
from articlex.locate import locate  # noqa: E402
from articlex.model import Attribution  # noqa: E402
from articlex.options import DEFAULT_OPTIONS  # noqa: E402
from articlex.page import parse_page  # noqa: E402


@dataclass
class PR:
    """Micro precision/recall counts."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: Iterable[Any], got: Iterable[Any]) -> None:
        gold_set, got_set = set(gold), set(got)
        self.tp += len(gold_set & got_set)
        self.fp += len(got_set - gold_set)
        self.fn += len(gold_set - got_set)

    def cell(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return f"P {p:.3f} / R {r:.3f} (tp {self.tp}, fp {self.fp}, fn {self.fn})"


@dataclass
class Share:
    """Hits out of a total."""

    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += ok
        self.total += 1

    def cell(self) -> str:
        if not self.total:
            return "-"
        return f"{100 * self.hit / self.total:.1f}% ({self.hit}/{self.total})"


def run_page(data: Path, page: dict[str, Any]) -> tuple[Attribution, float]:
    """articlex's attribution for one golden page and the seconds spent in attribution."""
    raw = gzip.decompress((data / page["dataset"] / "html" / f"{page['id']}.html.gz").read_bytes())
    opts = DEFAULT_OPTIONS
    parsed = parse_page(raw, url=page.get("url"), options=opts)
    related = find_related(parsed, opts)
    main = locate(clean(parsed, opts, drop=related.blocks), parsed, opts)
    body = extract_body(parsed, main, opts)
    start = time.perf_counter()
    result = extract_attribution(parsed, main, body, opts)
    return result, time.perf_counter() - start


def page_table(data: Path, pages: list[dict[str, Any]]) -> tuple[str, list[float]]:
    subsets = {
        "all": pages,
        "dev": [p for p in pages if not p.get("notes", "").startswith("held-out")],
        "held-out": [p for p in pages if p.get("notes", "").startswith("held-out")],
    }
    results = {p["id"]: run_page(data, p) for p in pages}
    rows: dict[str, dict[str, str]] = {}
    for subset, chosen in subsets.items():
        exact, names, outlet = Share(), PR(), Share()
        agencies, sources, source_names = PR(), PR(), PR()
        for page in chosen:
            got = results[page["id"]][0]
            gold_authors = [a.casefold() for a in page["authors"]]
            got_authors = [a.name.casefold() for a in got.authors]
            exact.add(gold_authors == got_authors)
            names.add(gold_authors, got_authors)
            outlet.add((page["outlet"] or "").casefold() == (got.outlet or "").casefold())
            agencies.add(page["agencies"], got.agencies)
            sources.add(
                [(s["name"], s["cited_by"]) for s in page["sources"]],
                [(s.name, s.cited_by) for s in got.sources],
            )
            source_names.add([s["name"] for s in page["sources"]], [s.name for s in got.sources])
        rows["authors exact"] = rows.get("authors exact", {}) | {subset: exact.cell()}
        rows["author names"] = rows.get("author names", {}) | {subset: names.cell()}
        rows["outlet exact"] = rows.get("outlet exact", {}) | {subset: outlet.cell()}
        rows["agencies"] = rows.get("agencies", {}) | {subset: agencies.cell()}
        rows["sources (name, cited_by)"] = rows.get("sources (name, cited_by)", {}) | {
            subset: sources.cell()
        }
        rows["sources (name only)"] = rows.get("sources (name only)", {}) | {
            subset: source_names.cell()
        }
    head = [f"{k} ({len(v)} pages)" for k, v in subsets.items()]
    lines = ["| field | " + " | ".join(head) + " |", "|---" * (len(head) + 1) + "|"]
    for field, cells in rows.items():
        lines.append(f"| {field} | " + " | ".join(cells[k] for k in subsets) + " |")
    return "\n".join(lines), [t for _, t in results.values()]


def citation_table(cases: list[dict[str, Any]]) -> str:
    ok = Share()
    sources = PR()
    for case in cases:
        blocks = case["text"].split("\n")
        agencies = body_credits(blocks)
        own = canonical_outlet(case["outlet"], None)
        found = find_sources(blocks, self_names={*agencies, *([own] if own else [])})
        got = [(s.name, s.cited_by) for s in found]
        gold = [(s["name"], s["cited_by"]) for s in case["sources"]]
        ok.add(agencies == case["agencies"] and got == gold)
        sources.add(gold, got)
    return f"sentence table: {ok.cell()} cases exact; sources {sources.cell()}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=REPO.parent.parent / "shared" / "benchmarks")
    ap.add_argument("--golden", type=Path, default=REPO / "tests" / "golden")
    args = ap.parse_args()
    data = args.data_dir
    if not (data / "scrapinghub").is_dir():
        data = Path("/work/shared/benchmarks")
    pages = json.loads((args.golden / "attribution.json").read_text("utf-8"))["pages"]
    cases = json.loads((args.golden / "citations.json").read_text("utf-8"))["cases"]
    table, times = page_table(data, pages)
    print(table)
    print()
    print(citation_table(cases))
    times.sort()
    print(
        f"extract_attribution: mean {1000 * sum(times) / len(times):.2f} ms, "
        f"median {1000 * times[len(times) // 2]:.2f} ms, max {1000 * times[-1]:.2f} ms "
        f"({len(times)} pages)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
