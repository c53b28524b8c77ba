"""How much articlex's per-string caches matter: each page cold, then the same page again.

articlex memoizes work per distinct class/id string (``functools.lru_cache`` in the
cleaning, locating and related-link stages). A crawl of many pages of one site hits those
caches; a crawl across many sites mostly misses them. This script times both cases on one
data set, in one process (no peers, no pinning; run it on a quiet machine):

* **cold**: every articlex ``lru_cache`` and per-class table emptied, then ``extract()``
  once (the dateparser instance is kept: it is built once per process, not per site);
* **warm**: the same page extracted again right after.

Each page keeps its fastest time over ``--repeat`` rounds; the means are printed.

    python benchmarks/cache_warmth.py [--dataset scrapinghub] [--repeat 3] [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench  # noqa: E402  (the sibling script: data loading and decoding)

#: Caches kept on purpose: built once per process, not per site.
_KEPT = frozenset({"_dateparser"})


def _cache_clearers() -> list[Callable[[], None]]:
    """``cache_clear`` of every lru_cache in articlex's modules, plus the plain per-class
    dicts (emptied in place)."""
    clearers: list[Callable[[], None]] = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("articlex"):
            continue
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__qualname__", "") not in _KEPT:
                clearers.append(clear)
    related = sys.modules.get("articlex.fields.related")
    table: Any = getattr(related, "_FLAGS_BY_CLASS", None)
    if isinstance(table, dict):

        def reset(table: dict[Any, Any] = table) -> None:
            table.clear()
            table[None] = None

        clearers.append(reset)
    return clearers


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dataset", default="scrapinghub", choices=bench.DATASETS)
    ap.add_argument("--repeat", type=int, default=3, help="rounds; fastest time per page kept")
    ap.add_argument("--limit", type=int, default=None, help="first N pages only")
    ap.add_argument("--data-dir", type=Path, default=None, help="the shared benchmarks folder")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")

    import articlex

    data_dir = args.data_dir or bench.default_data_dir()
    truth = bench.load_truth(data_dir, args.dataset)
    pages = [
        (bench.decode_page(bench.read_page(data_dir, args.dataset, i)), truth[i].get("url"))
        for i in bench.page_ids(data_dir, args.dataset, args.limit)
    ]
    for text, url in pages:  # imports, regex compiles, the dateparser instance
        articlex.extract(text, url=url)
    clearers = _cache_clearers()
    cold = [float("inf")] * len(pages)
    warm = [float("inf")] * len(pages)
    clock = time.perf_counter
    for _ in range(args.repeat):
        for i, (text, url) in enumerate(pages):
            for clear in clearers:
                clear()
            start = clock()
            articlex.extract(text, url=url)
            middle = clock()
            articlex.extract(text, url=url)
            end = clock()
            cold[i] = min(cold[i], middle - start)
            warm[i] = min(warm[i], end - middle)
    cold_ms = 1000 * sum(cold) / len(pages)
    warm_ms = 1000 * sum(warm) / len(pages)
    print(f"{args.dataset}: {len(pages)} pages, {len(clearers)} caches emptied per page")
    print(f"cold (caches emptied): {cold_ms:.2f} ms/page mean")
    print(f"warm (same page again): {warm_ms:.2f} ms/page mean ({warm_ms / cold_ms:.2f}x cold)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
