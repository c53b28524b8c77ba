"""Reading pages for a batch: files, .gz, directories, globs and WARC files, lazily."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from articlex.sources import expand_paths, iter_pages
from batch_helpers import article_page, warc_record

pytest.importorskip("fastwarc")


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.html").write_bytes(article_page("A"))
    (tmp_path / "b" / "c.htm.gz").write_bytes(gzip.compress(article_page("C")))
    (tmp_path / "b" / "notes.txt").write_text("not a page")
    (tmp_path / "z.html").write_bytes(b"")
    return tmp_path


def test_directory_walk_is_sorted_recursive_and_html_only(tree: Path) -> None:
    assert [p.relative_to(tree).as_posix() for p in expand_paths([str(tree)])] == [
        "a.html",
        "z.html",
        "b/c.htm.gz",
    ]


def test_glob_and_duplicates(tree: Path) -> None:
    found = list(expand_paths([str(tree / "*.html"), str(tree / "a.html"), str(tree / "**/*.gz")]))
    assert [p.name for p in found] == ["a.html", "z.html", "c.htm.gz"]


def test_files_gz_and_read_errors(tree: Path) -> None:
    pages = list(iter_pages([str(tree), str(tree / "missing.html")]))
    assert [Path(p.id).name for p in pages] == ["a.html", "z.html", "c.htm.gz", "missing.html"]
    assert pages[2].html == article_page("C")
    assert pages[1].html == b"" and pages[1].read_error is None
    assert pages[3].html is None and pages[3].read_error and "cannot read" in pages[3].read_error
    assert [p.position for p in pages] == sorted(p.position for p in pages)


def test_gzip_bomb_is_not_read_past_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b" " * 5_000_000))
    (page,) = iter_pages([str(path)], max_bytes=100_000)
    assert page.html is None and page.read_error and "max_bytes" in page.read_error


def test_corrupt_gzip_is_a_read_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.html.gz"
    path.write_bytes(gzip.compress(article_page("X"))[:30])
    (page,) = iter_pages([str(path)])
    assert page.html is None and page.read_error


def _warc(tmp_path: Path, name: str, compress: bool) -> Path:
    records = [
        warc_record("https://e.com/1", article_page("One"), record_id="1" * 8),
        warc_record("https://e.com/img.png", b"\x89PNG....", content_type="image/png"),
        warc_record("https://e.com/gone", b"<html>gone</html>", status="404 Not Found"),
        warc_record(
            "https://e.com/2",
            gzip.compress(article_page("Two")),
            extra_http=b"Content-Encoding: gzip\r\n",
            record_id="2" * 8,
        ),
        warc_record("https://e.com/req", b"", record_type="request"),
        warc_record(
            "https://e.com/3",
            "<html><body><p>Caf\u00e9 cr\u00e8me</p></body></html>".encode("cp1252"),
            content_type="text/html; charset=ISO-8859-1",
            record_id="3" * 8,
        ),
    ]
    path = tmp_path / name
    path.write_bytes(b"".join(gzip.compress(r) if compress else r for r in records))
    return path


@pytest.mark.parametrize(("name", "compress"), [("x.warc", False), ("x.warc.gz", True)])
def test_warc_response_records_with_html(tmp_path: Path, name: str, compress: bool) -> None:
    path = _warc(tmp_path, name, compress)
    pages = list(iter_pages([str(path)]))
    assert [p.url for p in pages] == ["https://e.com/1", "https://e.com/2", "https://e.com/3"]
    assert pages[0].id == f"{path}#urn:uuid:11111111"
    assert pages[0].html == article_page("One")
    assert pages[1].html == article_page("Two")  # Content-Encoding: gzip decoded
    assert pages[2].html == "<html><body><p>Café crème</p></body></html>"  # HTTP charset
    assert len({p.id for p in pages}) == 3


def test_warc_in_a_directory_and_truncated_warc(tmp_path: Path) -> None:
    path = _warc(tmp_path, "x.warc.gz", True)
    data = path.read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(data[: len(data) - 40])
    pages = list(iter_pages([str(tmp_path)]))
    ids = [p.id for p in pages]
    assert len(ids) == len(set(ids))
    assert sum(1 for p in pages if p.html is not None) >= 4
