"""The ``articlex`` command line.

    articlex PAGE.html [PAGE2.html …] [--url URL] [--format json|markdown|text]
    articlex - < page.html
    articlex --example
    articlex batch INPUT… -o out.jsonl [--workers N]   (see articlex.batchcli)

One input prints one JSON object (indented when stdout is a terminal); several inputs print
one JSON object per line (JSON Lines). Bad input gives a one-line message on stderr and a
non-zero exit status, never a traceback; the other inputs are still processed.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from enum import Enum
from pathlib import Path

from . import __version__, example_html
from .api import extract
from .errors import ArticlexError
from .model import Article

__all__ = ["main"]

EXAMPLE_URL = (
    "https://asianlite.com/news/top-news/north-korea-says-japans-pm-offered-to-meet-kim-soon/"
)


class OutputFormat(str, Enum):
    JSON = "json"
    MARKDOWN = "markdown"
    TEXT = "text"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="articlex",
        description="Extract a clean, structured article from saved news pages.",
    )
    parser.add_argument(
        "inputs", nargs="*", metavar="PAGE", help="HTML files to read, or - for standard input"
    )
    parser.add_argument("--url", help="the page's URL (resolves relative links)")
    parser.add_argument(
        "--format",
        choices=[f.value for f in OutputFormat],
        default="json",
        help="output format (default: json)",
    )
    parser.add_argument("--example", action="store_true", help="extract the bundled example page")
    parser.add_argument("--version", action="version", version=f"articlex {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 some input failed, 2 usage).

    ``articlex batch …`` is the batch command (:mod:`articlex.batchcli`).
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["batch"]:
        from .batchcli import main as batch_main

        return batch_main(args_list[1:])
    args = _parser().parse_args(args_list)
    fmt = OutputFormat(args.format)
    if args.example:
        article = extract(example_html(), url=args.url or EXAMPLE_URL)
        _print(article, fmt, single=True)
        return 0
    if not args.inputs:
        _parser().print_usage(sys.stderr)
        print("articlex: error: give a PAGE (or - for stdin), or --example", file=sys.stderr)
        return 2
    status = 0
    single = len(args.inputs) == 1
    for name in args.inputs:
        try:
            data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            print(f"articlex: {name}: cannot read: {exc.strerror or exc}", file=sys.stderr)
            status = 1
            continue
        try:
            article = extract(data, url=args.url)
        except ArticlexError as exc:
            print(f"articlex: {name}: {exc}", file=sys.stderr)
            status = 1
            continue
        _print(article, fmt, single=single)
    return status


def _print(article: Article, fmt: OutputFormat, *, single: bool) -> None:
    if fmt is OutputFormat.JSON:
        pretty = single and sys.stdout.isatty()
        text = article.to_json(indent=2 if pretty else None)
    elif fmt is OutputFormat.MARKDOWN:
        text = article.to_markdown()
    else:
        text = article.body.text + "\n"
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    sys.stdout.flush()
