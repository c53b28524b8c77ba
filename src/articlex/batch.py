"""Extract many pages: a pool of worker processes with a per-page time limit.

:func:`extract_many` yields exactly one :class:`BatchResult` per input, in input order: the
``Article``, or an :class:`ErrorRecord` saying why that input failed. No input can stop the
batch: ``ArticlexError`` (bad input), any other exception inside extraction (a bug, reported
with its type), a page that runs past ``timeout`` seconds (its worker is killed and replaced)
and a worker process that dies (a crash in C code, the out-of-memory killer) all become error
records, and the other pages go on.

The pool is plain :mod:`multiprocessing` under our own control: each worker owns a pipe and
gets one page at a time, so the parent always knows which page a worker is on and since when.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from .api import extract
from .errors import ArticlexError
from .model import Article
from .options import DEFAULT_OPTIONS, ExtractOptions
from .sources import PageInput

__all__ = ["BatchItem", "BatchResult", "ErrorRecord", "extract_many"]

BatchItem = PageInput | bytes | str | tuple[str, bytes | str] | tuple[str, bytes | str, str | None]
"""One input of :func:`extract_many`: raw HTML (its id is its position), ``(id, html)``,
``(id, html, url)``, or a :class:`articlex.sources.PageInput`."""

# How far (in inputs) dispatching may run ahead of the oldest unfinished input, per worker:
# bounds the memory held for in-order output when one page is slow.
_WINDOW_PER_WORKER = 64
_Mode = Literal["article", "dict"]
# The extraction function a worker runs: articlex.extract, or a stand-in in tests (a page that
# hangs or kills its worker); must be picklable (a module-level function).
_ExtractFn = Callable[..., Article]


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """Why one input gave no article.

    Attributes:
        type: the exception class name (``"NotHTMLError"``, ``"InputTooLargeError"`` …), or
            ``"Timeout"`` (killed after the time limit), ``"WorkerDied"`` (the process
            running it died), ``"ReadError"`` (the input could not be read).
        message: a one-line explanation.
    """

    type: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"type": self.type, "message": self.message}


@dataclass(frozen=True, slots=True)
class BatchResult:
    """The outcome of one input: exactly one of ``article`` / ``error`` is set.

    Attributes:
        index: position of the input (0-based).
        id: the input's id (given, or ``str(index)``).
        url: the input's URL when it had one.
        article: the extracted article, or ``None`` on error. (When results were requested
            as dicts, see ``to_dict``, this is ``None`` and ``data`` holds ``to_dict()``.)
        error: why there is no article, or ``None``.
        seconds: wall-clock seconds the extraction took (0 for read errors).
    """

    index: int
    id: str
    url: str | None
    article: Article | None
    error: ErrorRecord | None
    seconds: float
    data: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        """Whether an article was extracted."""
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines record: ``{"id", "url", "seconds", "article" | "error"}``."""
        out: dict[str, Any] = {"id": self.id, "url": self.url, "seconds": round(self.seconds, 4)}
        if self.error is not None:
            out["error"] = self.error.to_dict()
        elif self.data is not None:
            out["article"] = self.data
        elif self.article is not None:
            out["article"] = self.article.to_dict()
        return out


def extract_many(
    items: Iterable[BatchItem],
    *,
    workers: int | None = None,
    options: ExtractOptions | None = None,
    timeout: float = 30.0,
    memory_limit_mb: int | None = None,
) -> Generator[BatchResult, None, None]:
    """Extract every input, yielding one :class:`BatchResult` per input in input order.

    Args:
        items: raw pages (``bytes``/``str``), ``(id, html)`` or ``(id, html, url)`` tuples,
            or :class:`~articlex.sources.PageInput` (see :func:`articlex.sources.iter_pages`).
            Read lazily: at most a bounded window of inputs is in memory at once.
        workers: worker processes (default: the number of CPUs). ``0`` extracts in this
            process (no time limit, no isolation: for debugging and for Spark executors).
        options: the :class:`ExtractOptions` for every page.
        timeout: seconds one page may take before its worker is killed and the page is
            reported as ``Timeout`` (workers > 0 only).
        memory_limit_mb: address-space limit of each worker process (POSIX); a page that
            needs more is reported as ``MemoryError`` (or ``WorkerDied``).

    Closing the iterator early (``break``, an exception, Ctrl-C) stops all workers.
    """
    yield from _run(items, workers, options, timeout, memory_limit_mb, "article")


def _run(
    items: Iterable[BatchItem],
    workers: int | None,
    options: ExtractOptions | None,
    timeout: float,
    memory_limit_mb: int | None,
    mode: _Mode,
    fn: _ExtractFn = extract,
) -> Generator[BatchResult, None, None]:
    """:func:`extract_many`, with results as dicts when ``mode == "dict"`` (the batch CLI: the
    worker runs ``to_dict()``) and a replaceable extraction function ``fn`` (tests)."""
    opts = options if options is not None else DEFAULT_OPTIONS
    count = (os.cpu_count() or 1) if workers is None else workers
    if count < 0:
        raise ValueError(f"workers must be >= 0, got {workers}")
    if not timeout > 0:
        raise ValueError(f"timeout must be > 0 seconds, got {timeout}")
    inputs = (_as_input(i, item) for i, item in enumerate(items))
    if count == 0:
        for index, page in inputs:
            yield _extract_one(index, page, opts, mode, fn)
        return
    pool = _Pool(count, opts, mode, memory_limit_mb, fn)
    try:
        yield from pool.run(inputs, timeout)
    finally:
        pool.close()


def _as_input(index: int, item: BatchItem) -> tuple[int, PageInput]:
    if isinstance(item, PageInput):
        return index, item
    if isinstance(item, (bytes, bytearray, str)):
        return index, PageInput(str(index), item)
    if isinstance(item, tuple) and len(item) in (2, 3):
        url = item[2] if len(item) == 3 else None
        return index, PageInput(str(item[0]), item[1], url)
    raise TypeError(
        f"extract_many() input {index} is {type(item).__name__}: give bytes, str, "
        "(id, html[, url]) or a PageInput"
    )


def _failed(
    index: int, page: PageInput, kind: str, message: str, seconds: float = 0.0
) -> BatchResult:
    """The result of an input that gave no article (``kind`` is the ErrorRecord type)."""
    return BatchResult(index, page.id, page.url, None, ErrorRecord(kind, message), seconds)


def _extract_one(
    index: int, page: PageInput, options: ExtractOptions, mode: _Mode, fn: _ExtractFn = extract
) -> BatchResult:
    """Extract one page; every exception becomes an :class:`ErrorRecord`."""
    if page.html is None:
        return _failed(index, page, "ReadError", page.read_error or "the input could not be read")
    start = time.perf_counter()
    article: Article | None = None
    error: ErrorRecord | None = None
    try:
        article = fn(page.html, url=page.url, options=options)
    except ArticlexError as exc:
        error = ErrorRecord(type(exc).__name__, _one_line(exc))
    except Exception as exc:  # a bug in articlex: reported per page, never fatal to the batch
        error = ErrorRecord(type(exc).__name__, "internal error: " + _one_line(exc))
    seconds = time.perf_counter() - start
    if article is not None and mode == "dict":
        return BatchResult(index, page.id, page.url, None, None, seconds, article.to_dict())
    return BatchResult(index, page.id, page.url, article, error, seconds)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:500]


def _worker_main(
    conn: multiprocessing.connection.Connection,
    options: ExtractOptions,
    mode: _Mode,
    memory_limit_mb: int | None,
    fn: _ExtractFn,
) -> None:
    """Worker loop: receive ``(index, page)``, send back the :class:`BatchResult`; stop on
    ``None`` or when the parent goes away."""
    # Ctrl-C reaches the whole process group: the parent handles it (and stops the workers);
    # a worker must not die mid-page with a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if memory_limit_mb is not None:
        try:
            import resource

            limit = memory_limit_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, ValueError, OSError):
            pass
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, page = task
        result = _extract_one(index, page, options, mode, fn)
        try:
            conn.send(result)
        except (OSError, ValueError):
            return
        del task, page, result


def _context() -> Any:
    """forkserver where available (safe with threads in the parent, e.g. a notebook), else
    spawn; both start workers from a clean interpreter that imports articlex once."""
    methods = multiprocessing.get_all_start_methods()
    method = "forkserver" if "forkserver" in methods else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["articlex.batch"])
    return ctx


class _Worker:
    """One worker process and the page it is working on."""

    def __init__(
        self, ctx: Any, options: ExtractOptions, mode: _Mode, memory: int | None, fn: _ExtractFn
    ):
        parent, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(
            target=_worker_main, args=(child, options, mode, memory, fn), daemon=True
        )
        self.process.start()
        child.close()
        self.conn: multiprocessing.connection.Connection = parent
        self.task: tuple[int, PageInput] | None = None
        self.started = 0.0

    def give(self, index: int, page: PageInput) -> None:
        self.conn.send((index, page))
        self.task = (index, page)
        self.started = time.monotonic()

    def kill(self) -> None:
        try:
            self.process.kill()
            self.process.join(5)
        finally:
            self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(1)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()


class _Pool:
    def __init__(
        self, count: int, options: ExtractOptions, mode: _Mode, memory: int | None, fn: _ExtractFn
    ):
        self.ctx = _context()
        self.fn = fn
        self.options = options
        self.mode: _Mode = mode
        self.memory = memory
        self.workers: list[_Worker] = []
        for _ in range(count):
            self.workers.append(_Worker(self.ctx, options, mode, memory, fn))

    def close(self) -> None:
        for worker in self.workers:
            if worker.task is None:
                worker.stop()
            else:
                worker.kill()
        self.workers = []

    def _replace(self, worker: _Worker) -> None:
        worker.kill()
        self.workers[self.workers.index(worker)] = _Worker(
            self.ctx, self.options, self.mode, self.memory, self.fn
        )

    def run(self, inputs: Iterator[tuple[int, PageInput]], timeout: float) -> Iterator[BatchResult]:
        done: dict[int, BatchResult] = {}
        next_out = 0
        exhausted = False
        window = _WINDOW_PER_WORKER * len(self.workers)
        while True:
            # Hand a page to every idle worker (read errors need no worker).
            for slot in range(len(self.workers)):
                while self.workers[slot].task is None and not exhausted and len(done) < window:
                    got = next(inputs, None)
                    if got is None:
                        exhausted = True
                    elif got[1].html is None:
                        done[got[0]] = _extract_one(got[0], got[1], self.options, self.mode)
                    else:
                        self._give(slot, *got)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            busy = [w for w in self.workers if w.task is not None]
            if not busy:
                if exhausted and not done:
                    return
                continue
            now = time.monotonic()
            wait = max(0.0, min(w.started + timeout for w in busy) - now)
            ready = multiprocessing.connection.wait([w.conn for w in busy], timeout=wait)
            for worker in busy:
                result = self._collect(worker, ready, timeout)
                if result is not None:
                    done[result.index] = result

    def _give(self, slot: int, index: int, page: PageInput) -> None:
        try:
            self.workers[slot].give(index, page)
        except (OSError, ValueError):
            # The worker died while idle: replace it and give the page to the new one.
            self._replace(self.workers[slot])
            self.workers[slot].give(index, page)

    def _collect(self, worker: _Worker, ready: list[Any], timeout: float) -> BatchResult | None:
        assert worker.task is not None
        index, page = worker.task
        if worker.conn in ready:
            try:
                result: BatchResult = worker.conn.recv()
            except (EOFError, OSError):
                code = worker.process.exitcode
                self._replace(worker)
                return _failed(
                    index,
                    page,
                    "WorkerDied",
                    f"the worker process died (exit code {code})",
                    time.monotonic() - worker.started,
                )
            worker.task = None
            return result
        elapsed = time.monotonic() - worker.started
        if elapsed >= timeout:
            self._replace(worker)
            return _failed(
                index,
                page,
                "Timeout",
                f"extraction took longer than {timeout:g} s; stopped",
                elapsed,
            )
        return None
