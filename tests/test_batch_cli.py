"""``articlex batch``: one record per page, nothing lost or duplicated, --resume, parquet."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from articlex.batchcli import main
from batch_helpers import article_page, warc_record
from conftest import REPO

ENV = {**os.environ, "PYTHONPATH": str(REPO / "src")}


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for i in range(5):
        (root / f"p{i}.html").write_bytes(article_page(f"Story {i}"))
    (root / "sub" / "g.html.gz").write_bytes(gzip.compress(article_page("Zipped")))
    (root / "sub" / "empty.html").write_bytes(b"   ")
    (root / "sub" / "doc.html").write_bytes(b"%PDF-1.4 not a page")
    warc = b"".join(
        gzip.compress(
            warc_record(f"https://e.com/{i}", article_page(f"W{i}"), record_id=f"{i}" * 8)
        )
        for i in range(3)
    )
    (root / "crawl.warc.gz").write_bytes(warc)
    return root


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_batch_jsonl(inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"
    assert main([str(inputs), "-o", str(out), "--workers", "2", "--no-progress"]) == 0
    records = _records(out)
    assert len(records) == 11
    ids = [str(r["id"]) for r in records]
    assert len(set(ids)) == 11
    by_name: dict[str, Any] = {Path(str(r["id"]).split("#")[0]).name: r for r in records}
    assert by_name["p3.html"]["article"]["headline"] == "Story 3"
    assert by_name["g.html.gz"]["article"]["headline"] == "Zipped"
    assert by_name["empty.html"]["error"]["type"] == "EmptyInputError"
    assert by_name["doc.html"]["error"]["type"] == "NotHTMLError"
    warc = [r for r in records if "#" in str(r["id"])]
    assert [r["url"] for r in warc] == ["https://e.com/0", "https://e.com/1", "https://e.com/2"]
    err = capsys.readouterr().err
    assert "11 pages, 2 errors" in err and "pages/s" in err


def test_resume_skips_written_records_and_repairs_a_torn_line(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main([str(inputs), "-o", str(out), "--workers", "0", "--no-progress"]) == 0
    full = out.read_text(encoding="utf-8").splitlines(keepends=True)
    # As if interrupted: four complete records and half of the fifth.
    out.write_text("".join(full[:4]) + full[4][: len(full[4]) // 2], encoding="utf-8")
    assert main([str(inputs), "-o", str(out), "--workers", "1", "--resume", "--no-progress"]) == 0
    records = _records(out)
    assert sorted(str(r["id"]) for r in records) == sorted(json.loads(x)["id"] for x in full)
    # Running again with --resume writes nothing new.
    assert main([str(inputs), "-o", str(out), "--resume", "--no-progress"]) == 0
    assert len(_records(out)) == len(full)


def test_parquet(inputs: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    assert main([str(inputs), "-o", str(out), "--workers", "0", "--no-progress"]) == 0
    table = pq.read_table(out)
    assert table.num_rows == 11
    assert table.column_names == ["id", "url", "seconds", "error_type", "error_message", "article"]
    rows = table.to_pylist()
    ok = [r for r in rows if r["error_type"] is None]
    assert len(ok) == 9 and all(r["article"]["headline"] for r in ok)
    assert {r["error_type"] for r in rows} == {None, "EmptyInputError", "NotHTMLError"}


def test_progress_line_when_asked(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert main([str(inputs / "p0.html"), "-o", str(out), "--workers", "0", "--progress"]) == 0
    err = capsys.readouterr().err
    assert "1 pages, 0 errors" in err


def test_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as parquet_stdout:
        main([str(tmp_path), "--format", "parquet"])
    assert parquet_stdout.value.code == 2
    with pytest.raises(SystemExit):
        main([str(tmp_path), "--resume"])


def test_command_line_entry_point_writes_stdout(inputs: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "articlex", "batch", str(inputs / "sub"), "--workers", "2"],
        capture_output=True,
        timeout=120,
        check=False,
        env=ENV,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.decode().splitlines()
    assert len(lines) == 3
    assert b"Traceback" not in done.stderr
    assert b"3 pages, 2 errors" in done.stderr


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_ctrl_c_then_resume_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    root = tmp_path / "many"
    root.mkdir()
    body = "".join(f"<p>Paragraph {i} of the story, with a few more words.</p>" for i in range(800))
    for i in range(120):
        (root / f"p{i:03d}.html").write_text(f"<html><body><article>{body}</article></body></html>")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "articlex", "batch", str(root), "-o", str(out), "--workers", "2"]
    # A new session, signalled as a whole: what Ctrl-C in a terminal does (workers get it too).
    # SIGINT back to its default in the child: a test run started in the background (where the
    # shell ignores SIGINT, and children inherit that) must still see what a terminal user sees.
    proc = subprocess.Popen(
        cmd,
        env=ENV,
        stderr=subprocess.PIPE,
        start_new_session=True,
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 5:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and b"--resume" in err
    first = _records(out)  # every line written is a complete record
    assert 5 <= len(first) < 120
    again = subprocess.run([*cmd, "--resume"], env=ENV, capture_output=True, timeout=120)
    assert again.returncode == 0, again.stderr
    ids = [str(r["id"]) for r in _records(out)]
    assert len(ids) == 120 and len(set(ids)) == 120
