#!/usr/bin/env python3
"""Metadata accuracy: articlex side by side with trafilatura and newspaper4k.

Reads the hand-annotated golden files in ``tests/golden/`` (each is optional; a missing one is
skipped with a message) and runs every system on the same pages (decoded once by
``run.decode_page``, ground-truth URL passed along):

* ``metadata.json`` → headline exact-match % (whitespace-normalized) and a "normalized" variant
  (also case, quote marks and dash variants ignored); published-day accuracy on the pages whose
  golden ``published`` is a date; the share of pages *without* a golden date where the system
  still returns one. articlex alone: agreement on ``modified`` (day), ``place``,
  ``read_time_minutes`` and ``standfirst`` (normalized) where the golden file gives the key —
  ``null`` there means "the page has none", so a returned value is a miss.
* ``attribution.json`` → authors exact (order-insensitive list equality after case/space
  normalization) for the three systems; articlex alone: outlet exact, micro precision/recall
  of wire ``agencies`` and of cited ``sources`` (``(name, cited_by)`` pairs).
* ``related.json`` → articlex alone: recall of the golden related URLs, and the share of pages
  (with a ``must_not`` list) where a ``must_not`` URL leaks into ``related``.
* Secondary: the readability set's own ``title`` / ``author`` / ``date`` (Readability.js's
  expected output, so it favours that algorithm's choices) on all of its pages.

trafilatura's metadata comes from ``bare_extraction(with_metadata=True)`` (``extract_metadata``
when that finds no body); its ``author`` string is split on ``;``. newspaper4k is run with
``fetch_images=False``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import signal
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # the sibling script: data loading and decoding

GOLDEN = run.REPO / "tests" / "golden"
SYSTEMS = ("articlex", "trafilatura", "newspaper4k")


@dataclass(frozen=True)
class Meta:
    """What one system says about one page (articlex fills the extra fields)."""

    headline: str | None = None
    published: str | None = None  # YYYY-MM-DD as the page states it (no zone conversion)
    authors: tuple[str, ...] = ()
    modified: str | None = None
    place: str | None = None
    read_time_minutes: int | None = None
    standfirst: str | None = None
    outlet: str | None = None
    agencies: tuple[str, ...] = ()
    sources: tuple[tuple[str, str | None], ...] = ()
    related: tuple[str, ...] = ()
    error: str | None = None


Adapter = Callable[[str, "str | None"], Meta]


# --------------------------------------------------------------------------- normalization


_QUOTES = re.compile(r"[\"'`´‘’‚‛“”„‟«»‹›]")
_DASHES = re.compile(r"[‐‑‒–—―−]")


def ws(text: str | None) -> str:
    """Whitespace-normalized text ('' for None)."""
    return " ".join((text or "").split())


def loose(text: str | None) -> str:
    """``ws`` plus case-folded, quote marks dropped and dash variants turned into '-'."""
    return ws(_DASHES.sub("-", _QUOTES.sub("", ws(text).casefold())))


def day(value: Any) -> str | None:
    """A date-like value as 'YYYY-MM-DD' (datetimes keep their own wall-clock date)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    match = re.match(r"\d{4}-\d{2}-\d{2}", str(value).strip())
    return match.group(0) if match else None


def names(values: Iterable[str]) -> list[str]:
    """Case/whitespace-normalized, sorted, non-empty names (for order-insensitive equality)."""
    return sorted(n for n in (ws(v).casefold() for v in values) if n)


def norm_url(url: str | None) -> str:
    """A URL compared loosely: scheme-less, host lower-cased, no fragment or trailing '/'."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/")
    return urlunsplit(("", parts.netloc.lower(), path, parts.query, "")).lstrip("/")


# --------------------------------------------------------------------------- systems


def build_adapter(name: str) -> Adapter:
    """Import system ``name``; return ``f(decoded html, url) -> Meta``."""
    if name == "articlex":
        import articlex

        def from_articlex(text: str, url: str | None) -> Meta:
            art = articlex.extract(text, url=url)
            att = art.attribution
            return Meta(
                headline=art.headline,
                published=day(art.dateline.published),
                authors=tuple(a.name for a in att.authors),
                modified=day(art.dateline.modified),
                place=art.dateline.place,
                read_time_minutes=art.read_time.minutes,
                standfirst=art.standfirst,
                outlet=att.outlet,
                agencies=tuple(att.agencies),
                sources=tuple((s.name, s.cited_by) for s in att.sources),
                related=tuple(link.url for link in art.related),
            )

        return from_articlex
    if name == "trafilatura":
        import trafilatura
        from trafilatura.metadata import extract_metadata

        def from_trafilatura(text: str, url: str | None) -> Meta:
            doc: Any = trafilatura.bare_extraction(text, url=url, with_metadata=True)
            if doc is None:  # no body found: metadata alone
                doc = extract_metadata(text, default_url=url)
            authors = [a for a in (doc.author or "").split(";") if a.strip()]
            return Meta(headline=doc.title, published=day(doc.date), authors=tuple(authors))

        return from_trafilatura
    if name == "newspaper4k":
        import newspaper

        config = newspaper.Config()
        config.fetch_images = False  # never touch the network
        config.memorize_articles = False

        def from_newspaper(text: str, url: str | None) -> Meta:
            article = newspaper.Article(url or run.PLACEHOLDER_URL, config=config)
            article.download(input_html=text)
            article.parse()
            return Meta(
                headline=article.title or None,
                published=day(article.publish_date),
                authors=tuple(article.authors or ()),
            )

        return from_newspaper
    raise ValueError(f"unknown system {name!r}")


def safe(adapter: Adapter, text: str, url: str | None, timeout: float) -> Meta:
    """``adapter`` with any exception, or a run past ``timeout`` seconds (SIGALRM, where
    available; 0 = none), turned into an empty Meta carrying the error."""
    alarm = timeout > 0 and hasattr(signal, "setitimer")
    if alarm:

        def on_alarm(signum: int, frame: Any) -> None:
            raise run.PageTimeoutError(f"no result after {timeout:g} s")

        signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return adapter(text, url)
    except Exception as exc:  # a crash is a miss on every field
        return Meta(error=" ".join(f"{type(exc).__name__}: {exc}".split())[:200])
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)


# --------------------------------------------------------------------------- scoring


@dataclass
class Tally:
    """hits / total for one measure, shown as a percentage."""

    hits: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.total += 1

    def cell(self) -> str:
        if not self.total:
            return "—"
        return f"{100 * self.hits / self.total:.1f}% ({self.hits}/{self.total})"


@dataclass
class PR:
    """Micro precision/recall over pages (true/false positives, false negatives)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[Any], pred: set[Any]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    def cell(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        fmt = "—" if p is None else f"{p:.3f}", "—" if r is None else f"{r:.3f}"
        return f"P {fmt[0]} / R {fmt[1]} (tp {self.tp}, fp {self.fp}, fn {self.fn})"


@dataclass
class Table:
    """A Markdown table: one row per measure, one column per system."""

    title: str
    columns: Sequence[str]
    rows: dict[str, dict[str, str]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def set(self, measure: str, system: str, value: str) -> None:
        self.rows.setdefault(measure, {})[system] = value

    def markdown(self) -> str:
        lines = [f"### {self.title}", "", "| measure | " + " | ".join(self.columns) + " |"]
        lines.append("|---|" + "---|" * len(self.columns))
        for measure, cells in self.rows.items():
            values = [cells.get(c, "—") for c in self.columns]
            lines.append(f"| {measure} | " + " | ".join(values) + " |")
        if self.notes:
            lines.append("")
            lines.extend(f"* {note}" for note in self.notes)
        return "\n".join(lines)


class Runner:
    """Runs each system once per page and caches the result."""

    def __init__(self, data_dir: Path, systems: Sequence[str], page_timeout: float) -> None:
        self.data_dir = data_dir
        self.page_timeout = page_timeout
        self.systems = list(systems)
        self.adapters = {name: build_adapter(name) for name in systems}
        self.cache: dict[tuple[str, str, str], Meta] = {}
        self.truth: dict[str, dict[str, Any]] = {}

    def page_url(self, dataset: str, page_id: str, url: str | None) -> str | None:
        """The golden URL, else the data set's ground-truth URL."""
        if url:
            return url
        if dataset not in self.truth:
            self.truth[dataset] = run.load_truth(self.data_dir, dataset)
        found = self.truth[dataset].get(page_id, {}).get("url")
        return str(found) if found else None

    def meta(self, system: str, dataset: str, page_id: str, url: str | None = None) -> Meta:
        """What ``system`` extracts from the page (computed once)."""
        key = (system, dataset, page_id)
        if key not in self.cache:
            raw = run.read_page(self.data_dir, dataset, page_id)
            text = run.decode_page(raw)
            url = self.page_url(dataset, page_id, url)
            self.cache[key] = safe(self.adapters[system], text, url, self.page_timeout)
        return self.cache[key]

    def errors(self) -> list[str]:
        """One note per system that raised on some page."""
        notes: list[str] = []
        for system in self.systems:
            failed = [(k, m.error) for k, m in self.cache.items() if k[0] == system and m.error]
            if failed:
                (_, ds, pid), msg = failed[0]
                notes.append(f"{system} raised on {len(failed)} page(s), e.g. {ds}/{pid}: {msg}")
        return notes


def load_golden(path: Path) -> list[dict[str, Any]] | None:
    """The ``pages`` list of one golden file, or None (with a message) when it is missing."""
    if not path.is_file():
        print(f"skipped: {path} does not exist", file=sys.stderr)
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    pages: list[dict[str, Any]] = data.get("pages", [])
    return pages


def _present(runner: Runner, pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Golden pages whose HTML exists in the data dir (a missing one is reported)."""
    kept = []
    for page in pages:
        html = runner.data_dir / page["dataset"] / "html" / f"{page['id']}.html.gz"
        if html.is_file():
            kept.append(page)
        else:
            print(f"skipped golden page {page['dataset']}/{page['id']}: no {html}", file=sys.stderr)
    return kept


def metadata_tables(runner: Runner, pages: list[dict[str, Any]]) -> list[Table]:
    """Headline and published-date accuracy per system, plus articlex-only extras."""
    table = Table(f"Headline and date ({len(pages)} pages of metadata.json)", runner.systems)
    extras = Table("articlex: other dateline / read-time fields (metadata.json)", ["articlex"])
    exact, normalized, dated, undated = ({s: Tally() for s in runner.systems} for _ in range(4))
    other = {k: Tally() for k in ("modified", "place", "read_time_minutes", "standfirst")}
    for page in pages:
        for system in runner.systems:
            meta = runner.meta(system, page["dataset"], page["id"], page.get("url"))
            if page.get("headline"):
                exact[system].add(ws(meta.headline) == ws(page["headline"]))
                normalized[system].add(loose(meta.headline) == loose(page["headline"]))
            if "published" in page:
                gold = day(page["published"])
                if gold:
                    dated[system].add(meta.published == gold)
                else:
                    undated[system].add(meta.published is not None)
            if system != "articlex":
                continue
            for key, tally in other.items():
                if key not in page:
                    continue
                gold_value, got = page[key], getattr(meta, key)
                if key == "modified":
                    tally.add(day(gold_value) == got)
                elif key == "read_time_minutes":
                    tally.add(gold_value == got)
                else:
                    tally.add(loose(gold_value) == loose(got))
    for system in runner.systems:
        table.set("headline exact", system, exact[system].cell())
        table.set("headline normalized", system, normalized[system].cell())
        table.set("published day correct (pages with a date)", system, dated[system].cell())
        table.set(
            "date returned on pages without one (lower is better)", system, undated[system].cell()
        )
    for key, tally in other.items():
        extras.set(f"{key} agrees (null = none on the page)", "articlex", tally.cell())
    return [table, extras]


def attribution_tables(runner: Runner, pages: list[dict[str, Any]]) -> list[Table]:
    """Authors per system; outlet, agencies and cited sources for articlex."""
    table = Table(f"Authors ({len(pages)} pages of attribution.json)", runner.systems)
    extras = Table("articlex: outlet, agencies, cited sources (attribution.json)", ["articlex"])
    authors = {s: Tally() for s in runner.systems}
    with_authors = {s: Tally() for s in runner.systems}
    spurious = {s: Tally() for s in runner.systems}
    outlet, agencies, sources = Tally(), PR(), PR()
    for page in pages:
        gold = names(page.get("authors") or [])
        for system in runner.systems:
            meta = runner.meta(system, page["dataset"], page["id"], page.get("url"))
            got = names(meta.authors)
            authors[system].add(got == gold)
            if gold:
                with_authors[system].add(got == gold)
            else:
                spurious[system].add(bool(got))
            if system != "articlex":
                continue
            if "outlet" in page:
                outlet.add(loose(page["outlet"]) == loose(meta.outlet))
            agencies.add(set(names(page.get("agencies") or [])), set(names(meta.agencies)))
            gold_sources = {
                (loose(s.get("name")), loose(s.get("cited_by"))) for s in page.get("sources") or []
            }
            got_sources = {(loose(n), loose(c)) for n, c in meta.sources}
            sources.add(gold_sources, got_sources)
    for system in runner.systems:
        table.set("authors exact (all pages)", system, authors[system].cell())
        table.set("authors exact (pages with authors)", system, with_authors[system].cell())
        table.set(
            "authors returned on pages without (lower is better)", system, spurious[system].cell()
        )
    extras.set("outlet exact (normalized)", "articlex", outlet.cell())
    extras.set("wire agencies", "articlex", agencies.cell())
    extras.set("cited sources (name, cited_by)", "articlex", sources.cell())
    return [table, extras]


def related_table(runner: Runner, pages: list[dict[str, Any]]) -> Table:
    """Recall of golden related URLs and must_not leaks (articlex)."""
    table = Table(f"Related links ({len(pages)} pages of related.json)", ["articlex"])
    found = Tally()
    leaks = Tally()
    for page in pages:
        meta = runner.meta("articlex", page["dataset"], page["id"], page.get("url"))
        got = {norm_url(u) for u in meta.related}
        for link in page.get("related") or []:
            found.add(norm_url(link.get("url")) in got)
        must_not = {norm_url(u) for u in page.get("must_not") or []}
        if must_not:
            leaks.add(bool(must_not & got))
    table.set("golden related URLs found (recall)", "articlex", found.cell())
    table.set("pages where a must_not URL leaks (lower is better)", "articlex", leaks.cell())
    return table


def readability_table(runner: Runner, limit: int | None) -> Table | None:
    """Secondary: the readability set's own title / author (byline) / date ground truth."""
    truth = run.load_truth(runner.data_dir, "readability")
    ids = run.page_ids(runner.data_dir, "readability", limit)
    table = Table(
        f"Secondary: readability set's own ground truth ({len(ids)} pages)", runner.systems
    )
    table.notes.append(
        "byline agrees: the system names ≥1 author and every name occurs in the ground-truth "
        "byline (case-insensitive), or both have none"
    )
    title_exact, title_loose, byline, dated, undated = (
        {s: Tally() for s in runner.systems} for _ in range(5)
    )
    for page_id in ids:
        gold = truth[page_id]
        gold_byline = loose(gold.get("author"))
        gold_day = day(gold.get("date"))
        for system in runner.systems:
            meta = runner.meta(system, "readability", page_id)
            if gold.get("title"):
                title_exact[system].add(ws(meta.headline) == ws(gold["title"]))
                title_loose[system].add(loose(meta.headline) == loose(gold["title"]))
            got = [loose(a) for a in meta.authors if loose(a)]
            if gold_byline:
                byline[system].add(bool(got) and all(n in gold_byline for n in got))
            else:
                byline[system].add(not got)
            if gold_day:
                dated[system].add(meta.published == gold_day)
            else:
                undated[system].add(meta.published is not None)
    for system in runner.systems:
        table.set("title exact", system, title_exact[system].cell())
        table.set("title normalized", system, title_loose[system].cell())
        table.set("byline agrees", system, byline[system].cell())
        table.set("date day correct (pages with a date)", system, dated[system].cell())
        table.set(
            "date returned on pages without one (lower is better)", system, undated[system].cell()
        )
    return table


def main(argv: Sequence[str] | None = None) -> int:
    """Print the metadata tables; return the exit status."""
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--systems",
        nargs="+",
        choices=SYSTEMS,
        metavar="SYSTEM",
        help=f"default: all importable of {', '.join(SYSTEMS)}",
    )
    ap.add_argument("--data-dir", type=Path, default=run.default_data_dir())
    ap.add_argument("--golden", type=Path, default=GOLDEN, help="folder of the golden files")
    ap.add_argument(
        "--no-readability",
        action="store_true",
        help="leave out the secondary readability-set table",
    )
    ap.add_argument("--limit", type=int, help="readability table: only the first N pages")
    ap.add_argument("--json", type=Path, metavar="FILE", help="also write the tables as JSON")
    ap.add_argument(
        "--page-timeout",
        type=float,
        default=30,
        help="seconds per page and system before it counts as an error (default 30)",
    )
    args = ap.parse_args(argv)
    if not (args.data_dir / "readability").is_dir():
        print(f"no benchmark data in {args.data_dir} (use --data-dir)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(run.REPO / "src"))  # this checkout's articlex
    wanted = args.systems or list(SYSTEMS)
    module = {"articlex": "articlex", "trafilatura": "trafilatura", "newspaper4k": "newspaper"}
    import importlib.util

    systems = [s for s in wanted if importlib.util.find_spec(module[s])]
    if len(systems) < len(wanted):
        print(
            f"skipped (not installed): {', '.join(sorted(set(wanted) - set(systems)))}",
            file=sys.stderr,
        )
    runner = Runner(args.data_dir, systems, args.page_timeout)
    tables: list[Table] = []
    metadata = load_golden(args.golden / "metadata.json")
    if metadata:
        tables += metadata_tables(runner, _present(runner, metadata))
    attribution = load_golden(args.golden / "attribution.json")
    if attribution:
        tables += attribution_tables(runner, _present(runner, attribution))
    related = load_golden(args.golden / "related.json")
    if related and "articlex" in systems:
        tables.append(related_table(runner, _present(runner, related)))
    if not args.no_readability:
        table = readability_table(runner, args.limit)
        if table:
            tables.append(table)
    errors = runner.errors()
    for table in tables:
        print(table.markdown())
        print()
    for note in errors:
        print(f"* {note}")
    if args.json:
        payload = {t.title: {"rows": t.rows, "notes": t.notes} for t in tables}
        payload["errors"] = {"rows": {}, "notes": errors}
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
