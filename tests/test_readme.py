"""The README's Python examples run as written, and its first lines are the two commands."""

from __future__ import annotations

import contextlib
import io
import re

from conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_first_lines_are_the_run_and_test_commands() -> None:
    block = re.search(r"```sh\n(.*?)```", README, re.DOTALL)
    assert block is not None and README.index("```sh") < 20
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines()]
    assert commands == ["pip install . && articlex --example", "pip install '.[test]' && pytest -q"]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install '.[test]' && pytest -q" in ci


def test_quickstart_runs_and_prints_what_it_says() -> None:
    block = re.search(r"```python\n(.*?)```", README, re.DOTALL)
    assert block is not None
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block.group(1), "README.md", "exec"), {})
    printed = out.getvalue().splitlines()
    # the headline comment in the README, the read time and the cited sources of the seed page
    assert printed[0] == "North Korea Says Japan’s PM Offered to Meet Kim Soon"
    assert printed[2] == "2 True"
    assert printed[4] == "['Yonhap', 'KCNA', 'Kyodo']"
