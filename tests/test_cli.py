"""The command line: formats, stdin, several inputs, and one-line errors for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from articlex.cli import main
from conftest import REPO

# The subprocess finds the package in src/ even when it is not installed.
ENV = {**os.environ, "PYTHONPATH": str(REPO / "src")}

PAGE = (
    b"<html lang='en'><head><title>Storm hits coast</title></head><body><article>"
    b"<h1>Storm hits coast</h1><p>A powerful storm hit the coast on Monday, flooding streets "
    b"and cutting power to thousands of homes, officials said.</p></article></body></html>"
)


@pytest.fixture()
def page_file(tmp_path: Path) -> Path:
    path = tmp_path / "page.html"
    path.write_bytes(PAGE)
    return path


def test_json_default(page_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(page_file), "--url", "https://example.com/a"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"] == "Storm hits coast"
    assert data["url"] == "https://example.com/a"


@pytest.mark.parametrize(
    ("fmt", "start"), [("markdown", "# Storm hits coast"), ("text", "A powerful")]
)
def test_formats(page_file: Path, capsys: pytest.CaptureFixture[str], fmt: str, start: str) -> None:
    assert main([str(page_file), "--format", fmt]) == 0
    assert capsys.readouterr().out.startswith(start)


def test_several_inputs_give_json_lines_and_go_on_after_errors(
    page_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    assert main([str(page_file), str(empty), str(tmp_path / "missing.html"), str(page_file)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["headline"] for line in lines)
    assert len(err.strip().splitlines()) == 2
    assert "empty.html" in err and "missing.html" in err and "Traceback" not in err


def test_no_input_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "--example" in capsys.readouterr().err


def test_module_entry_point_reads_stdin() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "articlex", "-", "--format", "text"],
        input=PAGE,
        capture_output=True,
        timeout=60,
        check=False,
        env=ENV,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("A powerful storm")


def test_module_bad_input_one_line_no_traceback() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "articlex", "-"],
        input=b"%PDF-1.4 binary",
        capture_output=True,
        timeout=60,
        check=False,
        env=ENV,
    )
    assert done.returncode == 1
    err = done.stderr.decode()
    assert err.count("\n") == 1 and "PDF" in err and "Traceback" not in err


def test_example_is_the_seed_fixture(capsys: pytest.CaptureFixture[str]) -> None:
    fixture = REPO / "tests" / "fixtures" / "asianlite-north-korea-japan-summit" / "page.html"
    bundled = REPO / "src" / "articlex" / "data" / "example.html"
    assert bundled.read_bytes() == fixture.read_bytes()
    assert main(["--example"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["headline"] == "North Korea Says Japan’s PM Offered to Meet Kim Soon"
    assert data["body"]["text"].startswith("A summit meeting")
