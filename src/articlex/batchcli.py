"""``articlex batch``: extract every page of many files, directories, globs and WARC files.

    articlex batch INPUT… -o out.jsonl [--workers N] [--format jsonl|parquet] [--resume]

One output record per input page, in input order: ``{"id", "url", "seconds", "article"}`` with
``Article.to_dict()``, or ``{"id", "url", "seconds", "error": {"type", "message"}}``. A progress
line (pages, pages/s, ETA) goes to stderr when it is a terminal, and a summary at the end.
Ctrl-C stops cleanly: every record written is complete, and ``--resume`` skips them next time.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Protocol

from .batch import BatchResult, _run
from .errors import ArticlexError
from .options import ExtractOptions
from .sources import PageInput, expand_paths, iter_pages, total_bytes

__all__ = ["main"]

_PARQUET_ROWS_PER_GROUP = 500


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlex batch",
        description=(
            "Extract articles from many pages: HTML files (plain or .gz), directories, globs "
            "and WARC files (.warc, .warc.gz). One output record per page, in input order."
        ),
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, globs")
    parser.add_argument(
        "-o", "--output", default="-", help="output file (default: - for standard output)"
    )
    parser.add_argument(
        "--format",
        choices=["jsonl", "parquet"],
        default=None,
        help="output format (default: from the output name, else jsonl)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes (default: number of CPUs; 0 = in this process, no time limit)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        help="seconds one page may take before it is stopped and reported (default: 30)",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=ExtractOptions().max_bytes,
        help="pages larger than this are reported as errors (default: %(default)s)",
    )
    parser.add_argument(
        "--max-memory-mb",
        type=int,
        default=None,
        help="address-space limit per worker in MB (default: none)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="keep the records already in the output file and skip their inputs",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress line on stderr (default: when stderr is a terminal)",
    )
    return parser


def main(argv: Sequence[str]) -> int:
    """Run ``articlex batch``; returns 0 when every input was processed (pages that failed
    are error records, not a failure of the batch), 2 for usage errors, 130 when interrupted."""
    parser = _parser()
    args = parser.parse_args(argv)
    fmt = args.format or ("parquet" if str(args.output).endswith(".parquet") else "jsonl")
    if args.workers < 0 or args.timeout <= 0:
        parser.error("--workers must be >= 0 and --timeout > 0")
    if fmt == "parquet" and (args.output == "-" or args.resume):
        parser.error("--format parquet needs an output file (-o) and cannot --resume")
    if args.resume and args.output == "-":
        parser.error("--resume needs an output file (-o)")
    try:
        options = ExtractOptions(max_bytes=args.max_bytes)
    except ArticlexError as exc:
        parser.error(str(exc))

    paths = [str(p) for p in expand_paths(args.inputs)]
    done_ids: set[str] = set()
    if args.resume and os.path.exists(args.output):
        done_ids = _written_ids(Path(args.output))
    try:
        writer: _Writer = (
            _ParquetWriter(args.output)
            if fmt == "parquet"
            else _JsonlWriter(args.output, append=args.resume)
        )
    except (OSError, ImportError) as exc:
        print(f"articlex batch: cannot write {args.output}: {exc}", file=sys.stderr)
        return 2
    show = sys.stderr.isatty() if args.progress is None else args.progress
    progress = _Progress(sys.stderr, total_bytes(Path(p) for p in paths), enabled=show)
    positions: dict[int, int] = {}
    skipped = [0]

    def feed() -> Iterator[PageInput]:
        index = 0
        for page in iter_pages(paths, max_bytes=args.max_bytes):
            if page.id in done_ids:
                skipped[0] += 1
                continue
            positions[index] = page.position
            index += 1
            yield page

    results = _run(feed(), args.workers, options, args.timeout, args.max_memory_mb, "dict")
    interrupted = False
    try:
        for result in results:
            writer.write(result)
            progress.update(result, positions.pop(result.index, 0))
    except KeyboardInterrupt:
        interrupted = True
    finally:
        results.close()
        writer.close()
        progress.finish()
    print(progress.summary(args.output, skipped[0], interrupted), file=sys.stderr)
    return 130 if interrupted else 0


def _written_ids(path: Path) -> set[str]:
    """Ids of the complete records in a JSON Lines output; a torn last line (the run was
    killed mid-write) is cut off so appending starts on a clean line."""
    ids: set[str] = set()
    good_end = 0
    with path.open("rb") as stream:
        for line in stream:
            if not line.endswith(b"\n"):
                break
            try:
                record = json.loads(line)
            except ValueError:
                break
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                ids.add(record["id"])
            good_end += len(line)
    if good_end != path.stat().st_size:
        with path.open("r+b") as stream:
            stream.truncate(good_end)
    return ids


class _Writer(Protocol):
    def write(self, result: BatchResult) -> None: ...

    def close(self) -> None: ...


class _JsonlWriter:
    """One JSON object per line, flushed per record so an interrupted run leaves only
    complete lines."""

    def __init__(self, output: str, *, append: bool) -> None:
        self.stream: IO[str] = (
            sys.stdout if output == "-" else open(output, "a" if append else "w", encoding="utf-8")  # noqa: SIM115
        )
        self.own = output != "-"

    def write(self, result: BatchResult) -> None:
        self.stream.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.own:
            self.stream.close()


class _ParquetWriter:
    """Parquet with columns ``id, url, seconds, error_type, error_message, article`` (a struct
    of the ``to_dict()`` fields; see :mod:`articlex.schema`)."""

    def __init__(self, output: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        from .schema import ARTICLE, to_arrow

        self.pa = pa
        self.schema = pa.schema(
            [
                pa.field("id", pa.string()),
                pa.field("url", pa.string()),
                pa.field("seconds", pa.float64()),
                pa.field("error_type", pa.string()),
                pa.field("error_message", pa.string()),
                pa.field("article", to_arrow(ARTICLE)),
            ]
        )
        self.writer = pq.ParquetWriter(output, self.schema)
        self.rows: list[dict[str, Any]] = []

    def write(self, result: BatchResult) -> None:
        record = result.to_dict()
        error = record.get("error") or {}
        self.rows.append(
            {
                "id": record["id"],
                "url": record["url"],
                "seconds": record["seconds"],
                "error_type": error.get("type"),
                "error_message": error.get("message"),
                "article": record.get("article"),
            }
        )
        if len(self.rows) >= _PARQUET_ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.writer.write_table(self.pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


class _Progress:
    """Pages done, errors, pages/s and an ETA (from bytes of input consumed) on one line."""

    def __init__(self, stream: IO[str], total: int, *, enabled: bool) -> None:
        self.stream = stream
        self.total = total
        self.enabled = enabled
        self.start = time.monotonic()
        self.last_draw = 0.0
        self.pages = 0
        self.errors: Counter[str] = Counter()
        self.position = 0

    def update(self, result: BatchResult, position: int) -> None:
        self.pages += 1
        if result.error is not None:
            self.errors[result.error.type] += 1
        self.position = max(self.position, position)
        now = time.monotonic()
        if self.enabled and now - self.last_draw >= 0.2:
            self.last_draw = now
            self.stream.write("\r" + self._line(now) + "\x1b[K")
            self.stream.flush()

    def _line(self, now: float) -> str:
        elapsed = max(now - self.start, 1e-9)
        rate = self.pages / elapsed
        line = f"{self.pages:,} pages  {sum(self.errors.values()):,} errors  {rate:,.1f} pages/s"
        if self.total and self.position:
            fraction = min(self.position / self.total, 1.0)
            eta = elapsed * (1 - fraction) / fraction if fraction > 0 else 0.0
            line += f"  {fraction:6.1%}  ETA {_clock(eta)}"
        return line

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()

    def summary(self, output: str, skipped: int, interrupted: bool) -> str:
        seconds = time.monotonic() - self.start
        rate = self.pages / seconds if seconds > 0 else 0.0
        errors = sum(self.errors.values())
        kinds = ", ".join(f"{k} {n}" for k, n in self.errors.most_common())
        text = f"articlex batch: {self.pages:,} pages, {errors:,} errors"
        text += f" ({kinds})" if kinds else ""
        text += f", {seconds:.1f} s, {rate:.1f} pages/s"
        if skipped:
            text += f"; {skipped:,} already in {output} (skipped)"
        if output != "-":
            text += f" -> {output}"
        if interrupted:
            text += "; interrupted: run again with --resume to continue"
        return text


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
