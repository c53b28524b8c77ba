#!/usr/bin/env python3
"""Body-extraction benchmark: articlex and its peers, side by side, in the same run.

For each data set under ``--data-dir`` (``<repo>/../shared/benchmarks`` by default) every page
is extracted by every system, each system in its own subprocess pinned to one core (all of
them in one with ``--interleave``), and the script prints one Markdown table per data set:

    system | F1 | precision | recall | accuracy | mean ms | median ms | × articlex | peak RSS MB

* Quality is the data set README's body metric, computed by the data set's own ``score.py``
  (loaded with importlib, never copied), so the numbers agree with it by construction;
  ``--check-score`` additionally writes the predictions and runs ``score.py`` on them as a
  separate process and fails if any number differs.
* Every system gets the same input: the page bytes decoded once, outside the timed region,
  by :func:`decode_page`. The ``articlex-bytes`` row feeds the raw bytes instead (articlex
  decodes itself, inside the timed region). The ground-truth URL is passed where a system
  takes one.
* Time is ``time.perf_counter`` around one call per page, after one warm-up page; with
  ``--repeat N`` the whole set is run N times and each page keeps its fastest time. With
  ``--interleave`` all systems share one pinned worker instead, and each page is extracted by
  all of them one right after the other, in an order that turns by one place per page and
  per round: a burst of load on a shared host then slows every system alike, where separate
  workers, run one after the other, meet different loads. Each system is then timed after
  the others' work, though, which slows the cheap lxml parse most (see
  ``benchmarks/README.md``): read the parse ratio from separate workers. No memory column
  then: the process is shared. With ``--rounds N`` every system's worker is started N times,
  in turn with the others', and each page keeps its fastest time over all of them.
  "× articlex" is the ratio of mean times. ``lxml-parse`` (``lxml.html.document_fromstring``
  only) is the floor any lxml-based extractor pays; it has no quality numbers.
* Peak RSS is ``ru_maxrss`` of the worker subprocess after it has extracted the whole set
  (interpreter, imports and one page held at a time included).

Run ``python benchmarks/run.py --help`` for the options; see ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import importlib.util
import json
import os
import platform
import resource
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DATASETS = ("scrapinghub", "readability")
PLACEHOLDER_URL = "https://example.invalid/article"  # for systems that insist on a URL

Extractor = Callable[[str, bytes, "str | None"], "str | None"]


@dataclass(frozen=True)
class System:
    """One row of the table: how to find, build and describe one extractor."""

    name: str
    module: str  # the import name checked for availability
    dist: str  # the distribution whose version is reported
    label: str
    scored: bool = True  # False: time only (the parse floor)


SYSTEMS: dict[str, System] = {
    s.name: s
    for s in (
        System("articlex", "articlex", "articlex", "articlex extract() (str input)"),
        System("articlex-bytes", "articlex", "articlex", "articlex extract() (bytes input)"),
        System("trafilatura", "trafilatura", "trafilatura", "trafilatura (no comments)"),
        System("trafilatura-fast", "trafilatura", "trafilatura", "trafilatura (fast, no comments)"),
        System("readability-lxml", "readability", "readability-lxml", "readability-lxml"),
        System("newspaper4k", "newspaper", "newspaper4k", "newspaper4k"),
        System("lxml-parse", "lxml", "lxml", "lxml.html parse only", scored=False),
    )
}


# --------------------------------------------------------------------------- input


def default_data_dir() -> Path:
    """``$ARTICLEX_BENCHMARKS``, else ``<repo>/../shared/benchmarks``.

    A git worktree one level deeper (``<dir>/wt/<name>``) also finds
    ``<dir>/shared/benchmarks``. Returns the first candidate holding ``score.py``, else the
    primary one (so the error message names it).
    """
    env = os.environ.get("ARTICLEX_BENCHMARKS")
    candidates = [Path(env)] if env else []
    candidates += [
        REPO.parent / "shared" / "benchmarks",
        REPO.parent.parent / "shared" / "benchmarks",
    ]
    for path in candidates:
        if (path / "score.py").is_file():
            return path
    return candidates[0]


def decode_page(data: bytes) -> str:
    """Decode raw page bytes to text, the same way for every system.

    Order: byte-order mark → the ``<meta charset>``/``http-equiv`` declaration found by
    bs4's ``EncodingDetector`` (used only if the bytes decode strictly with it) → strict
    UTF-8 → bs4's ``UnicodeDammit`` guess → UTF-8 with replacement characters. Never raises.
    """
    from bs4.dammit import EncodingDetector, UnicodeDammit

    stripped, bom_encoding = EncodingDetector.strip_byte_order_mark(data)
    candidates: list[str] = []
    if bom_encoding:
        candidates.append(bom_encoding)
    declared = EncodingDetector.find_declared_encoding(stripped, is_html=True)
    if declared:
        candidates.append(declared)
    candidates.append("utf-8")
    for encoding in candidates:
        try:
            return stripped.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    guess = UnicodeDammit(stripped, is_html=True).unicode_markup
    if guess is not None:
        return str(guess)
    return stripped.decode("utf-8", errors="replace")


def page_ids(data_dir: Path, dataset: str, limit: int | None) -> list[str]:
    """The ids of ``dataset`` that have both ground truth and an HTML file, sorted."""
    truth = load_truth(data_dir, dataset)
    html_dir = data_dir / dataset / "html"
    ids = sorted(i for i in truth if (html_dir / f"{i}.html.gz").is_file())
    return ids[:limit] if limit is not None else ids


def load_truth(data_dir: Path, dataset: str) -> dict[str, Any]:
    """The data set's ``ground-truth.json`` ({id: {"articleBody": …, "url": …, …}})."""
    with open(data_dir / dataset / "ground-truth.json", encoding="utf-8") as f:
        truth: dict[str, Any] = json.load(f)
    return truth


def read_page(data_dir: Path, dataset: str, page_id: str) -> bytes:
    """The raw bytes of one page as served (the ``.html.gz`` file decompressed)."""
    with gzip.open(data_dir / dataset / "html" / f"{page_id}.html.gz") as f:
        return f.read()


def decoded_pages(data_dir: Path, dataset: str, limit: int | None) -> list[tuple[str, str | None]]:
    """The decoded text and URL of each page of ``dataset`` (sorted ids, first ``limit``),
    all in memory: for the articlex-only timing scripts (``stages.py``, ``cache_warmth.py``)."""
    truth = load_truth(data_dir, dataset)
    return [
        (decode_page(read_page(data_dir, dataset, i)), truth[i].get("url"))
        for i in page_ids(data_dir, dataset, limit)
    ]


def timing_args(
    argv: Sequence[str] | None,
    description: str,
    repeat: int,
    configure: Callable[[argparse.ArgumentParser], None] | None = None,
) -> argparse.Namespace:
    """The command line of an articlex-only timing script: ``--dataset``, ``--repeat`` (at
    least 1; default ``repeat``), ``--limit`` and ``--data-dir`` (resolved to the data folder),
    plus what ``configure`` adds to the parser."""
    ap = argparse.ArgumentParser(description=description)
    if configure is not None:
        configure(ap)
    ap.add_argument("--dataset", default="scrapinghub", choices=DATASETS)
    ap.add_argument("--repeat", type=int, default=repeat, help="rounds; fastest time per page kept")
    ap.add_argument("--limit", type=int, default=None, help="first N pages only")
    ap.add_argument("--data-dir", type=Path, default=None, help="the shared benchmarks folder")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    args.data_dir = args.data_dir or default_data_dir()
    return args


def load_score_module(data_dir: Path) -> ModuleType:
    """Import ``<data_dir>/score.py`` (the reference metric) as a module."""
    path = data_dir / "score.py"
    spec = importlib.util.spec_from_file_location("benchmark_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the reference scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --------------------------------------------------------------------------- systems


def _html_to_text(html: str) -> str:
    """Visible text of an HTML fragment, one line per block element (for readability-lxml)."""
    import lxml.html

    if not html.strip():
        return ""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    blocks = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "tr",
        "td",
        "th",
        "table",
        "ul",
        "ol",
        "section",
        "article",
        "figure",
        "figcaption",
        "dd",
        "dt",
        "header",
        "footer",
        "hr",
    }
    parts: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in ("script", "style"):
            if node.tail:
                parts.append(node.tail)
            return
        if tag in blocks:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if tag in blocks:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    walk(root)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def build_extractor(name: str) -> Extractor:
    """Import system ``name`` and return ``f(text, raw_bytes, url) -> body text | None``.

    Imports happen here, in the worker, before timing starts.
    """
    if name in ("articlex", "articlex-bytes"):
        import articlex

        if name == "articlex":
            return lambda text, raw, url: articlex.extract(text, url=url).body.text
        return lambda text, raw, url: articlex.extract(raw, url=url).body.text
    if name in ("trafilatura", "trafilatura-fast"):
        import trafilatura

        fast = name == "trafilatura-fast"
        # Defaults except include_comments=False: the ground truth is the article body without
        # reader comments (the settings of the data set README's reference measurements).
        return lambda text, raw, url: trafilatura.extract(
            text, url=url, fast=fast, include_comments=False
        )
    if name == "readability-lxml":
        from readability import Document

        def readability_lxml(text: str, raw: bytes, url: str | None) -> str:
            return _html_to_text(Document(text, url=url).summary(html_partial=True))

        return readability_lxml
    if name == "newspaper4k":
        import newspaper

        config = newspaper.Config()
        config.fetch_images = False  # never touch the network
        config.memorize_articles = False

        def newspaper4k(text: str, raw: bytes, url: str | None) -> str:
            article = newspaper.Article(url or PLACEHOLDER_URL, config=config)
            article.download(input_html=text)
            article.parse()
            return str(article.text)

        return newspaper4k
    if name == "lxml-parse":
        import lxml.html

        def lxml_parse(text: str, raw: bytes, url: str | None) -> None:
            lxml.html.document_fromstring(text)

        return lxml_parse
    raise ValueError(f"unknown system {name!r}")


def system_version(system: System) -> str:
    """The installed version of the system's distribution ('?' when unknown)."""
    from importlib import metadata

    try:
        return metadata.version(system.dist)
    except metadata.PackageNotFoundError:
        if system.module == "articlex":
            import articlex

            return str(getattr(articlex, "__version__", "?"))
        return "?"


# --------------------------------------------------------------------------- worker


def _max_rss_kb() -> int:
    """Peak resident set size of this process so far, in KiB (Linux ru_maxrss units)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(rss // 1024) if sys.platform == "darwin" else int(rss)


def _pin(cpu: int | None) -> int | None:
    """Pin this process to one core (``cpu``, else the last allowed); None if unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = sorted(os.sched_getaffinity(0))
    target = cpu if cpu is not None and cpu in allowed else allowed[-1]
    os.sched_setaffinity(0, {target})
    return target


class PageTimeoutError(Exception):
    """One page took longer than ``--page-timeout``."""


def _with_timeout(extract: Extractor, seconds: float) -> Extractor:
    """``extract`` interrupted by PageTimeoutError after ``seconds`` (no-op without SIGALRM)."""
    if seconds <= 0 or not hasattr(signal, "setitimer"):
        return extract

    def on_alarm(signum: int, frame: Any) -> None:
        raise PageTimeoutError(f"no result after {seconds:g} s")

    signal.signal(signal.SIGALRM, on_alarm)

    def guarded(text: str, raw: bytes, url: str | None) -> str | None:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return extract(text, raw, url)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)

    return guarded


def rotation(systems: Sequence[str], round_index: int, page_index: int) -> list[str]:
    """The order in which an interleaved worker runs ``systems`` on one page: the list turned
    by one place per page and per round, so each system comes first, second, … equally often
    and none always follows the same one."""
    k = (round_index + page_index) % len(systems) if systems else 0
    return [*systems[k:], *systems[:k]]


def run_worker(
    system_names: Sequence[str],
    data_dir: Path,
    dataset: str,
    limit: int | None,
    repeat: int,
    cpu: int | None,
    out_path: Path,
    page_timeout: float,
) -> None:
    """Extract every page of ``dataset`` with each system and write timings/predictions.

    With one system, the worker measures it alone. With several (``--interleave``), every
    page is extracted by all of them one right after the other, in the order of
    :func:`rotation`: each page's systems then meet the same state of the machine, and a
    burst of load on a shared host slows all of them alike instead of one system's run.

    Writes ``out_path`` as a JSON list with one payload per system: system, version,
    predictions {id: text|None}, times_ms {id: fastest ms}, errors {id: message}, baseline/
    peak RSS (KiB; of the whole process, so one system's only when it ran alone), pinned
    cpu. A page that raises, or runs longer than ``page_timeout`` seconds (interrupted by
    SIGALRM where available), is recorded in ``errors``, scored as empty and keeps its
    elapsed time.
    """
    pinned = _pin(cpu)
    truth = load_truth(data_dir, dataset)
    ids = page_ids(data_dir, dataset, limit)
    import_ms: dict[str, float] = {}
    guarded: dict[str, Extractor] = {}
    for name in system_names:
        import_start = time.perf_counter()
        extract = build_extractor(name)
        import_ms[name] = (time.perf_counter() - import_start) * 1000
        guarded[name] = _with_timeout(extract, page_timeout)
    baseline_kb = _max_rss_kb()

    def pages() -> Iterator[tuple[str, bytes, str, str | None]]:
        for page_id in ids:
            raw = read_page(data_dir, dataset, page_id)
            yield page_id, raw, decode_page(raw), truth[page_id].get("url")

    if ids:  # warm-up: one page, not timed, not scored
        first = next(pages())
        for name in system_names:
            with contextlib.suppress(Exception):  # the timed run records any error
                guarded[name](first[2], first[1], first[3])
    predictions: dict[str, dict[str, str | None]] = {name: {} for name in system_names}
    times: dict[str, dict[str, float]] = {name: {} for name in system_names}
    errors: dict[str, dict[str, str]] = {name: {} for name in system_names}
    for round_index in range(repeat):
        for page_index, (page_id, raw, text, url) in enumerate(pages()):
            for name in rotation(system_names, round_index, page_index):
                result: str | None = None
                start = time.perf_counter()
                try:
                    result = guarded[name](text, raw, url)
                except Exception as exc:  # a crash is recorded and scored as an empty prediction
                    elapsed = time.perf_counter() - start
                    errors[name][page_id] = f"{type(exc).__name__}: {exc}"[:300]
                else:
                    elapsed = time.perf_counter() - start
                ms = elapsed * 1000
                times[name][page_id] = min(ms, times[name].get(page_id, ms))
                predictions[name][page_id] = result
    peak_kb = _max_rss_kb()
    payloads = []
    for name in system_names:
        system = SYSTEMS[name]
        module = sys.modules.get(system.module)
        payloads.append(
            {
                "system": name,
                "version": system_version(system),
                "module_file": getattr(module, "__file__", None),
                "dataset": dataset,
                "predictions": predictions[name] if system.scored else {},
                "times_ms": times[name],
                "errors": errors[name],
                "import_ms": import_ms[name],
                "baseline_rss_kb": baseline_kb,
                "peak_rss_kb": peak_kb,
                "cpu": pinned,
                "repeat": repeat,
                "interleaved": len(system_names) > 1,
            }
        )
    out_path.write_text(json.dumps(payloads, ensure_ascii=False), encoding="utf-8")


# --------------------------------------------------------------------------- scoring


def score(
    score_module: ModuleType, truth: dict[str, Any], predictions: dict[str, str | None]
) -> dict[str, float]:
    """F1/precision/recall/accuracy of ``predictions`` on the pages they cover.

    Calls the reference ``score.evaluate`` (no bootstrap) on the ground truth restricted to
    the predicted ids; a page whose prediction is None is scored as empty text. When no page
    has any predicted text, precision/F1 are 0 (score.py's mean would fail).
    """
    sub_truth = {k: truth[k] for k in predictions}
    sub_pred = {k: {"articleBody": v or ""} for k, v in predictions.items()}
    if not any(v for v in predictions.values()):
        accuracy = sum(
            score_module.tokenize(score_module._text(truth[k])) == [] for k in predictions
        ) / max(1, len(predictions))
        return {"f1": 0.0, "precision": 0.0, "recall": 0.0, "accuracy": accuracy}
    m = score_module.evaluate(sub_truth, sub_pred, n_bootstrap=0)
    return {k: float(m[k]) for k in ("f1", "precision", "recall", "accuracy")}


def check_with_score_py(
    data_dir: Path,
    dataset: str,
    truth: dict[str, Any],
    predictions: dict[str, str | None],
    ours: dict[str, float],
    workdir: Path,
    label: str,
) -> None:
    """Run ``score.py`` as its own process on the written predictions; raise on any mismatch."""
    pred_path = workdir / f"{dataset}-{label}.json"
    gt_path = workdir / f"{dataset}-{label}.truth.json"
    summary_path = workdir / f"{dataset}-{label}.score.json"
    pred_path.write_text(
        json.dumps({k: {"articleBody": v or ""} for k, v in predictions.items()}),
        encoding="utf-8",
    )
    gt_path.write_text(json.dumps({k: truth[k] for k in predictions}), encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            str(data_dir / "score.py"),
            str(pred_path),
            "--gt",
            str(gt_path),
            "--n-bootstrap",
            "0",
            "--json",
            str(summary_path),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    theirs = json.loads(summary_path.read_text(encoding="utf-8"))[pred_path.stem]
    for key in ("f1", "precision", "recall", "accuracy"):
        if abs(float(theirs[key]) - ours[key]) > 1e-12:
            raise AssertionError(
                f"{dataset}/{label}: {key} differs: ours {ours[key]!r}, score.py {theirs[key]!r}"
            )


# --------------------------------------------------------------------------- report


@dataclass
class Row:
    """The measured numbers of one system on one data set."""

    system: str
    label: str
    version: str
    metrics: dict[str, float] | None
    mean_ms: float
    median_ms: float
    peak_rss_mb: float
    baseline_rss_mb: float
    errors: int
    pages: int
    error_samples: dict[str, str]
    ratio: float | None = None

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _fmt(value: float | None, spec: str) -> str:
    return "—" if value is None else format(value, spec)


def markdown_table(
    dataset: str, rows: Sequence[Row], memory: bool, interleaved: bool = False, rounds: int = 1
) -> str:
    """One data set's results as a Markdown table (plus notes on errors and the floor; with
    ``interleaved``, a note that the systems shared one process page by page)."""
    head = [
        "system",
        "F1",
        "precision",
        "recall",
        "accuracy",
        "mean ms",
        "median ms",
        "× articlex time",
    ]
    if memory:
        head.append("peak RSS MB")
    pages = rows[0].pages if rows else 0
    lines = [
        f"### {dataset} ({pages} pages)",
        "",
        "| " + " | ".join(head) + " |",
        "|" + "---|" * len(head),
    ]
    for row in rows:
        m = row.metrics or {}
        cells = [
            f"{row.label} {row.version}",
            _fmt(m.get("f1"), ".3f"),
            _fmt(m.get("precision"), ".3f"),
            _fmt(m.get("recall"), ".3f"),
            _fmt(m.get("accuracy"), ".3f"),
            _fmt(row.mean_ms, ".2f"),
            _fmt(row.median_ms, ".2f"),
            _fmt(row.ratio, ".2f"),
        ]
        if memory:
            cells.append(_fmt(row.peak_rss_mb, ".0f"))
        lines.append("| " + " | ".join(cells) + " |")
    notes = [
        f"{r.system}: {r.errors} page(s) raised or timed out, scored as empty "
        f"(e.g. `{next(iter(r.error_samples))}`: "
        f"{' '.join(next(iter(r.error_samples.values())).split())[:80]})"
        for r in rows
        if r.errors
    ]
    by_name = {r.system: r for r in rows}
    if "articlex" in by_name and "lxml-parse" in by_name and by_name["lxml-parse"].mean_ms:
        ax, floor = by_name["articlex"], by_name["lxml-parse"]
        notes.append(
            f"articlex time / lxml.html parse time: {ax.mean_ms / floor.mean_ms:.1f}× by mean, "
            f"{ax.median_ms / floor.median_ms:.1f}× by median "
            + (
                "(interleaved, the parse is slowed by the others' work: read the ≤ 6 target"
                " from separate workers)"
                if interleaved
                else "(target ≤ 6)"
            )
        )
    if "articlex" in by_name and "trafilatura" in by_name and by_name["trafilatura"].mean_ms:
        ax, peer = by_name["articlex"], by_name["trafilatura"]
        notes.append(
            f"articlex time / trafilatura time: {ax.mean_ms / peer.mean_ms:.2f} by mean, "
            f"{ax.median_ms / peer.median_ms:.2f} by median (target ≤ 0.5)"
        )
    if rounds > 1:
        notes.append(
            f"each page's fastest time over {rounds} worker runs per system, started in turn"
            " with the other systems'"
        )
    if interleaved:
        notes.append(
            "interleaved: all systems in one process, each page extracted by all of them in"
            " turn (rotating order), fastest round per page"
        )
    if notes:
        lines.append("")
        lines.extend(f"* {note}" for note in notes)
    return "\n".join(lines)


def available(names: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split system names into (importable, not installed) without importing them."""
    ok: list[str] = []
    missing: list[str] = []
    for name in names:
        (ok if importlib.util.find_spec(SYSTEMS[name].module) else missing).append(name)
    return ok, missing


def _worker_env() -> dict[str, str]:
    """The environment for workers: this checkout's ``src/`` first on PYTHONPATH."""
    env = dict(os.environ)
    src = str(REPO / "src")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH", "")) if p)
    return env


def run_systems(
    args: argparse.Namespace, systems: Sequence[str], dataset: str, workdir: Path
) -> list[dict[str, Any]]:
    """Run ``systems`` on one data set in one fresh subprocess (one system: alone; several:
    interleaved page by page, see :func:`run_worker`); return the worker's payloads."""
    out = workdir / f"worker-{dataset}-{'+'.join(systems)}.json"
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        *systems,
        "--datasets",
        dataset,
        "--data-dir",
        str(args.data_dir),
        "--repeat",
        str(args.repeat),
        "--worker-out",
        str(out),
        "--page-timeout",
        str(args.page_timeout),
    ]
    if args.limit is not None:
        cmd += ["--limit", str(args.limit)]
    if args.cpu is not None:
        cmd += ["--cpu", str(args.cpu)]
    proc = subprocess.run(
        cmd, env=_worker_env(), capture_output=True, text=True, timeout=args.timeout
    )
    if proc.returncode != 0:
        raise RuntimeError(f"{', '.join(systems)} on {dataset} failed:\n{proc.stderr[-3000:]}")
    payloads: list[dict[str, Any]] = json.loads(out.read_text(encoding="utf-8"))
    return payloads


def merge_runs(payloads: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One system's worker payloads from several rounds (``--rounds``) as one: each page's
    fastest time over all of them, the highest peak RSS, and the first run's predictions and
    errors (extraction is deterministic; only a timeout could differ)."""
    first, *rest = payloads
    if not rest:
        return first
    merged = dict(first)
    times = dict(first["times_ms"])
    for payload in rest:
        for page_id, ms in payload["times_ms"].items():
            times[page_id] = min(ms, times.get(page_id, ms))
    merged["times_ms"] = times
    merged["peak_rss_kb"] = max(p["peak_rss_kb"] for p in payloads)
    merged["baseline_rss_kb"] = max(p["baseline_rss_kb"] for p in payloads)
    merged["rounds"] = len(payloads)
    return merged


def make_row(payload: dict[str, Any], metrics: dict[str, float] | None) -> Row:
    """Summarize one worker payload into a table row."""
    times = list(payload["times_ms"].values()) or [0.0]
    system = SYSTEMS[payload["system"]]
    return Row(
        system=system.name,
        label=system.label,
        version=payload["version"],
        metrics=metrics,
        mean_ms=statistics.fmean(times),
        median_ms=statistics.median(times),
        peak_rss_mb=payload["peak_rss_kb"] / 1024,
        baseline_rss_mb=payload["baseline_rss_kb"] / 1024,
        errors=len(payload["errors"]),
        error_samples=dict(list(payload["errors"].items())[:5]),
        pages=len(payload["times_ms"]),
    )


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line (see ``--help``)."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--datasets", nargs="+", default=list(DATASETS), metavar="NAME")
    ap.add_argument(
        "--systems",
        nargs="+",
        choices=list(SYSTEMS),
        metavar="SYSTEM",
        help=f"default: all importable of {', '.join(SYSTEMS)}",
    )
    ap.add_argument(
        "--data-dir",
        type=Path,
        default=default_data_dir(),
        help="folder with <dataset>/html/*.html.gz, ground-truth.json and score.py "
        "(default: <repo>/../shared/benchmarks)",
    )
    ap.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="write <dataset>/<system>.json predictions in score.py's format",
    )
    ap.add_argument("--limit", type=int, help="only the first N pages (sorted by id)")
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run each set N times, keep the fastest time per page (default 1)",
    )
    ap.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="start each system's worker N times, in turn with the other systems' (each page "
        "keeps its fastest time over all of them): a burst of load on the host then cannot "
        "fall on all of one system's runs (default 1)",
    )
    ap.add_argument("--cpu", type=int, help="core to pin workers to (default: the last allowed)")
    ap.add_argument("--no-memory", action="store_true", help="leave out the peak RSS column")
    ap.add_argument(
        "--interleave",
        action="store_true",
        help="run all systems in one worker, each page by all of them in turn (rotating "
        "order), so a busy host slows them alike; no memory column (the process is shared)",
    )
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write all numbers as JSON")
    ap.add_argument(
        "--check-score",
        action="store_true",
        help="also run score.py as a separate process on the predictions and "
        "fail unless every number is identical",
    )
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per worker")
    ap.add_argument(
        "--page-timeout",
        type=float,
        default=30,
        help="seconds per page before it is interrupted and counted as an error (default 30)",
    )
    ap.add_argument("--worker", nargs="+", choices=list(SYSTEMS), help=argparse.SUPPRESS)
    ap.add_argument("--worker-out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if args.limit is not None and args.limit < 1:
        ap.error("--limit must be at least 1")
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print the tables; return the exit status."""
    args = parse_args(argv)
    if args.worker:
        run_worker(
            list(dict.fromkeys(args.worker)),
            args.data_dir,
            args.datasets[0],
            args.limit,
            args.repeat,
            args.cpu,
            args.worker_out,
            args.page_timeout,
        )
        return 0
    if not (args.data_dir / "score.py").is_file():
        print(f"no benchmark data in {args.data_dir} (use --data-dir)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO / "src"))  # so availability sees this checkout's articlex
    wanted = args.systems or list(SYSTEMS)
    systems, missing = available(wanted)
    if missing:
        print(f"skipped (not installed): {', '.join(missing)}", file=sys.stderr)
    score_module = load_score_module(args.data_dir)
    started = dt.datetime.now(dt.timezone.utc)
    report: dict[str, Any] = {
        "date": started.isoformat(timespec="seconds"),
        "command": " ".join(["python", "benchmarks/run.py", *(argv or sys.argv[1:])]),
        "python": platform.python_version(),
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "cpus": os.cpu_count(),
        "skipped": missing,
        "interleaved": args.interleave,
        "rounds": args.rounds,
        "datasets": {},
    }
    with tempfile.TemporaryDirectory(prefix="articlex-bench-") as tmp:
        workdir = Path(tmp)
        for dataset in args.datasets:
            truth = load_truth(args.data_dir, dataset)
            runs: dict[str, list[dict[str, Any]]] = {system: [] for system in systems}
            for round_index in range(args.rounds):
                of = f" (round {round_index + 1} of {args.rounds})" if args.rounds > 1 else ""
                groups = [systems] if args.interleave else [[system] for system in systems]
                for group in groups:
                    names = ", ".join(group) + (", interleaved" if args.interleave else "")
                    print(f"[{dataset}] {names}{of} …", file=sys.stderr, flush=True)
                    for payload in run_systems(args, group, dataset, workdir):
                        runs[payload["system"]].append(payload)
            payloads = [merge_runs(runs[system]) for system in systems]
            rows: list[Row] = []
            for payload in payloads:
                system = payload["system"]
                metrics = None
                if SYSTEMS[system].scored:
                    predictions = payload["predictions"]
                    metrics = score(score_module, truth, predictions)
                    if args.out:
                        target = args.out / dataset
                        target.mkdir(parents=True, exist_ok=True)
                        (target / f"{system}.json").write_text(
                            json.dumps(
                                {k: {"articleBody": v or ""} for k, v in predictions.items()},
                                ensure_ascii=False,
                                indent=1,
                            ),
                            encoding="utf-8",
                        )
                    if args.check_score:
                        check_with_score_py(
                            args.data_dir, dataset, truth, predictions, metrics, workdir, system
                        )
                rows.append(make_row(payload, metrics))
            base = next((r for r in rows if r.system == "articlex"), None)
            for row in rows:
                row.ratio = row.mean_ms / base.mean_ms if base and base.mean_ms else None
            print(
                markdown_table(
                    dataset,
                    rows,
                    memory=not (args.no_memory or args.interleave),
                    interleaved=args.interleave,
                    rounds=args.rounds,
                )
            )
            print()
            report["datasets"][dataset] = [row.to_json() for row in rows]
    if args.check_score:
        print("score.py agrees with every number above.", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
