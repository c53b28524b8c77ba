"""Two versions of articlex timed against each other, page by page, in one process.

    python benchmarks/ab.py A [B] [--dataset scrapinghub] [--repeat 4] [--limit N] [--bytes]

``A`` and ``B`` are git revisions of this repository (``main``, ``HEAD~1``, a commit) or
folders holding an ``articlex`` package (the ``src`` folder of another checkout); ``B`` is this
checkout's ``src`` when left out. Each version's package is copied under a name of its own
(``articlex_a``, ``articlex_b``: the package imports itself only relatively) and both are
imported into this process. A first, untimed pass runs every page through both versions and
compares what they give; then each timed round reads and decodes every page as ``run.py``
does (outside the timed region) and extracts it with both versions, one right after the other,
in alternating order, with its URL. Each page keeps each version's fastest round. With
``--bytes`` both versions get the page's raw bytes instead, and decode them in the timed
region (``run.py``'s ``articlex-bytes`` row).

Noise slower than a page (other processes, the host's clock, a busy neighbour) hits both
versions alike, so a difference of about 1% shows and repeats; two ``run.py`` runs of the same
code differ by several percent on a shared machine. Use it to tell whether a change is
faster; quote ``run.py``'s table (with the peers) for the time itself.

The untimed pass reports whether both versions give the same ``Article.to_dict()`` (or the
same error) on every page, and lists the pages that differ. It also pays the first-call costs
(dateparser loads a language's data the first time a page in it is met) before the timing.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import run as bench  # noqa: E402  (the sibling script: data loading and decoding)


def _configure(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("a", metavar="A", help="git revision or folder holding articlex/")
    ap.add_argument("b", metavar="B", nargs="?", default=None, help="default: this src/")
    ap.add_argument(
        "--bytes", action="store_true", help="give both versions the raw bytes, not the text"
    )


def _package_source(spec: str | None, into: Path) -> tuple[Path, str]:
    """The ``articlex`` package folder of version ``spec`` (a folder, else a git revision of
    this repository, exported into ``into``), and how to name it in the report."""
    if spec is None:
        return REPO / "src" / "articlex", "this checkout (src/)"
    folder = Path(spec)
    for candidate in (folder / "articlex", folder / "src" / "articlex"):
        if (candidate / "__init__.py").is_file():
            return candidate, str(folder)
    done = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--verify", "--short", f"{spec}^{{commit}}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"ab.py: {spec!r} is neither a folder holding articlex/ nor a revision")
    commit = done.stdout.strip()
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", commit, "src/articlex"],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.10.12+, 3.11.4+
            tar.extractall(into, filter="data")
        else:  # our own repository's archive: trusted
            tar.extractall(into)
    return into / "src" / "articlex", f"{spec} ({commit})"


def _load(source: Path, name: str, root: Path) -> ModuleType:
    """Copy the package at ``source`` to ``root/name`` and import it under that name."""
    shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    return importlib.import_module(name)


def _outcome(module: ModuleType, text: str | bytes, url: str | None) -> Any:
    """What a version gives for one page: its ``to_dict()``, or its error."""
    try:
        return module.extract(text, url=url).to_dict()
    except Exception as exc:  # an error is an outcome to compare, not a failure of the tool
        return f"{type(exc).__name__}: {exc}"


def main(argv: Sequence[str] | None = None) -> int:
    args = bench.timing_args(argv, __doc__.split("\n")[0], repeat=4, configure=_configure)
    ids = bench.page_ids(args.data_dir, args.dataset, args.limit)
    truth = bench.load_truth(args.data_dir, args.dataset)
    with tempfile.TemporaryDirectory(prefix="articlex-ab-") as tmp:
        root = Path(tmp)
        (root / "pkgs").mkdir()
        sys.path.insert(0, str(root / "pkgs"))
        labels: list[str] = []
        versions: list[ModuleType] = []
        for spec, name in ((args.a, "articlex_a"), (args.b, "articlex_b")):
            source, label = _package_source(spec, root / name)
            versions.append(_load(source, name, root / "pkgs"))
            labels.append(label)

        def page(page_id: str) -> tuple[str | bytes, str | None]:
            raw = bench.read_page(args.data_dir, args.dataset, page_id)
            url = truth[page_id].get("url")
            return (raw, url) if args.bytes else (bench.decode_page(raw), url)

        differ = []  # the untimed pass: same output?
        for page_id in ids:
            text, url = page(page_id)
            if _outcome(versions[0], text, url) != _outcome(versions[1], text, url):
                differ.append(page_id)
        best = [dict.fromkeys(ids, float("inf")) for _ in versions]
        clock = time.perf_counter
        print(f"A: {labels[0]}\nB: {labels[1]}")
        given = "raw bytes" if args.bytes else "decoded text"
        print(f"{args.dataset}: {len(ids)} pages ({given}), both versions on each page in turn")
        print("| round | A mean ms | B mean ms | B/A |\n|---|---|---|---|")
        for round_no in range(args.repeat):
            for i, page_id in enumerate(ids):
                order = (0, 1) if (i + round_no) % 2 else (1, 0)
                for which in order:
                    text, url = page(page_id)  # read and decoded again: as run.py does
                    start = clock()
                    with contextlib.suppress(Exception):  # the untimed pass reports errors
                        versions[which].extract(text, url=url)
                    took = clock() - start
                    if took < best[which][page_id]:
                        best[which][page_id] = took
            mean_a, mean_b = (1000 * sum(b.values()) / len(ids) for b in best)
            print(f"| {round_no + 1} | {mean_a:.3f} | {mean_b:.3f} | {mean_b / mean_a:.3f} |")
        faster = sum(1 for page_id in ids if best[1][page_id] < best[0][page_id])
        print(f"\nB faster on {faster} of {len(ids)} pages (each page's fastest round)")
        if differ:
            shown = ", ".join(differ[:20]) + (" …" if len(differ) > 20 else "")
            print(f"output: {len(differ)} of {len(ids)} pages differ: {shown}")
        else:
            print(f"output: the same on all {len(ids)} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
