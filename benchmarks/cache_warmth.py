"""How warm extract() runs: a page after other pages, with caches emptied, or again.

articlex memoizes work per distinct class/id string (``functools.lru_cache`` in the
cleaning, locating and related-link stages), and the CPU's caches hold whatever the last
page touched. This script times, on one data set and in one process (no peers, no pinning;
run it on a quiet machine):

* **in sequence**: each page right after the previous one, caches kept (what ``run.py``
  measures);
* **caches emptied**: every articlex ``lru_cache`` and per-class table emptied, then the
  page (the dateparser instance is kept: it is built once per process, not per site);
* **same page again**: the page extracted again right after (every cache warm, the CPU's
  too).

The first two differ by what articlex's own caches save across sites; the last by what a
repeat of the very same page saves. Each page keeps its fastest time over ``--repeat``
rounds; the means are printed.

    python benchmarks/cache_warmth.py [--dataset scrapinghub] [--repeat 3] [--limit N]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench  # noqa: E402  (the sibling script: data loading and decoding)

#: Caches kept on purpose: built once per process, not per site.
_KEPT = frozenset({"_dateparser"})


def _cache_clearers() -> list[Callable[[], None]]:
    """``cache_clear`` of every lru_cache in articlex's modules, plus the related stage's
    per-string tables (``clear_flags_by_class``) and clean's (``clear_name_kinds``)."""
    clearers: list[Callable[[], None]] = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("articlex"):
            continue
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__qualname__", "") not in _KEPT:
                clearers.append(clear)
    related = sys.modules.get("articlex.fields.related")
    clear_table = getattr(related, "clear_flags_by_class", None)
    if callable(clear_table):
        clearers.append(clear_table)
    clean = sys.modules.get("articlex.clean")
    clear_kinds = getattr(clean, "clear_name_kinds", None)
    if callable(clear_kinds):
        clearers.append(clear_kinds)
    return clearers


def main(argv: Sequence[str] | None = None) -> int:
    args = bench.timing_args(argv, __doc__.split("\n")[0], repeat=3)

    import articlex

    pages = bench.decoded_pages(args.data_dir, args.dataset, args.limit)
    for text, url in pages:  # imports, regex compiles, the dateparser instance
        articlex.extract(text, url=url)
    clearers = _cache_clearers()
    n = len(pages)
    sequence = [float("inf")] * n
    emptied = [float("inf")] * n
    again = [float("inf")] * n
    clock = time.perf_counter
    for _ in range(args.repeat):
        for i, (text, url) in enumerate(pages):
            start = clock()
            articlex.extract(text, url=url)
            sequence[i] = min(sequence[i], clock() - start)
        for i, (text, url) in enumerate(pages):
            for clear in clearers:
                clear()
            start = clock()
            articlex.extract(text, url=url)
            middle = clock()
            articlex.extract(text, url=url)
            end = clock()
            emptied[i] = min(emptied[i], middle - start)
            again[i] = min(again[i], end - middle)
    print(f"{args.dataset}: {n} pages, {len(clearers)} caches emptied per page")
    for label, times in (
        ("in sequence (caches kept)", sequence),
        ("caches emptied", emptied),
        ("same page again", again),
    ):
        print(f"{label}: {1000 * sum(times) / n:.2f} ms/page mean")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
