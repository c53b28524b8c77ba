"""Where extract()'s time goes: wall clock per pipeline stage, next to the lxml parse.

Runs the stages of :func:`articlex.extract` one by one (the order of ``articlex.api``) on
every page of one data set and keeps, per page and stage, the fastest of ``--repeat``
rounds; prints the mean per stage, its share, and the sum as a multiple of a plain
``lxml.html`` parse of the same text (run just before the stages). Each stage keeps its own
fastest round, so the sum is lower than the mean of ``run.py``'s whole ``extract()`` calls:
use it for shares, not for the headline time. Run it on a quiet machine.

    python benchmarks/stages.py [--dataset scrapinghub] [--repeat 4] [--limit N]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench  # noqa: E402  (the sibling script: data loading and decoding)

STAGES = (
    "parse",
    "related",
    "clean",
    "locate",
    "body",
    "headline",
    "dateline",
    "read time",
    "attribution",
)


def main(argv: Sequence[str] | None = None) -> int:
    args = bench.timing_args(argv, __doc__.split("\n")[0], repeat=4)

    import lxml.html

    # the stages as articlex.api.extract calls them, imported from where they are defined
    from articlex.clean import pruned
    from articlex.fields.attribution import extract_attribution
    from articlex.fields.body import extract_body
    from articlex.fields.dateline import extract_dateline
    from articlex.fields.headline import extract_headline, lead_paragraphs
    from articlex.fields.readtime import extract_read_time
    from articlex.fields.related import find_related
    from articlex.locate import locate
    from articlex.options import DEFAULT_OPTIONS as opts
    from articlex.page import parse_page

    pages = bench.decoded_pages(args.data_dir, args.dataset, args.limit)
    names = ("lxml parse", *STAGES)
    best = {name: [float("inf")] * len(pages) for name in names}
    clock = time.perf_counter
    for _ in range(args.repeat):
        for i, (text, url) in enumerate(pages):
            times = []
            t0 = clock()
            lxml.html.document_fromstring(text)
            times.append(clock() - t0)
            t0 = clock()
            page = parse_page(text, url=url, options=opts)
            t1 = clock()
            related = find_related(page, opts)
            t2 = clock()
            # cleaning is the pruning (entering the block) and putting the tree back (leaving
            # it); the headline stage's part inside the block (its lead) counts as its own
            with pruned(page, opts, drop=related.blocks) as tree:
                t3 = clock()
                main_node = locate(tree, page, opts)
                t4 = clock()
                body = extract_body(page, main_node, opts)
                t5 = clock()
                lead = lead_paragraphs(main_node)
                t6 = clock()
            t7 = clock()
            extract_headline(page, main_node, opts, lead=lead)
            t8 = clock()
            extract_dateline(page, main_node, body, opts)
            t9 = clock()
            extract_read_time(page, body, opts)
            t10 = clock()
            extract_attribution(page, main_node, body, opts)
            t11 = clock()
            times += [
                t1 - t0,  # parse
                t2 - t1,  # related
                (t3 - t2) + (t7 - t6),  # clean
                t4 - t3,  # locate
                t5 - t4,  # body
                (t6 - t5) + (t8 - t7),  # headline
                t9 - t8,  # dateline
                t10 - t9,  # read time
                t11 - t10,  # attribution
            ]
            for name, took in zip(names, times, strict=True):
                best[name][i] = min(best[name][i], took)
    mean = {name: 1000 * sum(best[name]) / len(pages) for name in names}
    total = sum(mean[name] for name in STAGES)
    print(f"{args.dataset}: {len(pages)} pages, fastest of {args.repeat} rounds per page")
    print("| stage | mean ms | share |\n|---|---|---|")
    for name in STAGES:
        print(f"| {name} | {mean[name]:.2f} | {100 * mean[name] / total:.0f}% |")
    print(f"| **sum** | {total:.2f} | 100% |")
    print(
        f"\nlxml.html parse alone: {mean['lxml parse']:.2f} ms; sum of stages = "
        f"{total / mean['lxml parse']:.1f}x the parse"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
