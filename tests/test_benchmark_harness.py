"""The benchmark harness (benchmarks/run.py) scores exactly like the reference score.py.

Fast and peer-free: synthetic predictions scored both ways, and a 3-page articlex-only run.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import REPO

RUN_PY = REPO / "benchmarks" / "run.py"


def _load_run() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmarks_run", RUN_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["benchmarks_run"] = module  # dataclasses look the module up by name
    spec.loader.exec_module(module)
    return module


run = _load_run()


def _synthetic(truth: dict[str, Any]) -> dict[str, str | None]:
    """Predictions of every kind the metric distinguishes, on the first six pages."""
    ids = sorted(truth)[:6]
    bodies = [str(truth[i]["articleBody"]) for i in ids]
    return {
        ids[0]: bodies[0],  # identical
        ids[1]: None,  # the system crashed or returned nothing
        ids[2]: bodies[2][: len(bodies[2]) // 2],  # first half only
        ids[3]: "Subscribe to our newsletter! " + bodies[3] + " Share this story.",  # extras
        ids[4]: "Hello world",  # short text, fewer than 4 tokens
        ids[5]: bodies[5].upper(),  # tokens are case-sensitive
    }


@pytest.mark.parametrize("dataset", ["scrapinghub", "readability"])
def test_scorer_agrees_with_score_py(benchmarks_dir: Path, tmp_path: Path, dataset: str) -> None:
    truth = run.load_truth(benchmarks_dir, dataset)
    predictions = _synthetic(truth)
    ours = run.score(run.load_score_module(benchmarks_dir), truth, predictions)
    assert 0.0 < ours["f1"] < 1.0
    assert ours["accuracy"] == pytest.approx(1 / 6)
    # raises AssertionError on any difference from score.py run as its own process
    run.check_with_score_py(benchmarks_dir, dataset, truth, predictions, ours, tmp_path, "syn")


def test_score_of_all_empty_predictions_is_zero(benchmarks_dir: Path) -> None:
    truth = run.load_truth(benchmarks_dir, "scrapinghub")
    predictions: dict[str, str | None] = dict.fromkeys(sorted(truth)[:3], "")
    m = run.score(run.load_score_module(benchmarks_dir), truth, predictions)
    assert (m["f1"], m["precision"], m["recall"], m["accuracy"]) == (0.0, 0.0, 0.0, 0.0)


def test_decode_page_respects_meta_charset_and_falls_back() -> None:
    text = "<html><head><meta charset='windows-1251'></head><body>Привет</body></html>"
    assert "Привет" in run.decode_page(text.encode("windows-1251"))
    # a declaration the bytes contradict is ignored in favour of valid UTF-8
    wrong = "<meta charset='gb2312'><p>ÉÈ — “ok” é</p>"
    assert run.decode_page(wrong.encode("utf-8")) == wrong
    assert run.decode_page("<p>bom</p>".encode("utf-8-sig")) == "<p>bom</p>"


def test_run_py_articlex_on_three_pages(benchmarks_dir: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, str(RUN_PY), "--systems", "articlex", "--limit", "3",
         "--datasets", "scrapinghub", "--data-dir", str(benchmarks_dir),
         "--json", str(report), "--out", str(tmp_path / "preds"), "--check-score"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "### scrapinghub (3 pages)" in done.stdout
    assert "| articlex extract() (str input)" in done.stdout
    (row,) = json.loads(report.read_text(encoding="utf-8"))["datasets"]["scrapinghub"]
    assert row["pages"] == 3 and row["mean_ms"] > 0 and row["peak_rss_mb"] > 0
    assert 0.0 <= row["metrics"]["f1"] <= 1.0
    written = json.loads((tmp_path / "preds" / "scrapinghub" / "articlex.json").read_text())
    assert len(written) == 3 and all("articleBody" in v for v in written.values())


def test_run_py_interleaves_systems_in_one_worker(benchmarks_dir: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, str(RUN_PY), "--systems", "articlex", "lxml-parse", "--limit", "2",
         "--datasets", "scrapinghub", "--data-dir", str(benchmarks_dir), "--interleave",
         "--json", str(report)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "interleaved" in done.stderr  # one worker for both systems
    assert "peak RSS" not in done.stdout  # the process is shared: no memory column
    assert "* interleaved: all systems in one process" in done.stdout
    assert "articlex time / lxml.html parse time" in done.stdout
    assert "read the ≤ 6 target from separate workers" in done.stdout
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["interleaved"] is True
    rows = {row["system"]: row for row in data["datasets"]["scrapinghub"]}
    assert set(rows) == {"articlex", "lxml-parse"}
    assert all(row["pages"] == 2 and row["mean_ms"] > 0 for row in rows.values())
    assert rows["articlex"]["metrics"] is not None and rows["lxml-parse"]["metrics"] is None


def test_run_py_rounds_keep_each_pages_fastest_time(benchmarks_dir: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    done = subprocess.run(
        [sys.executable, str(RUN_PY), "--systems", "articlex", "lxml-parse", "--limit", "2",
         "--datasets", "scrapinghub", "--data-dir", str(benchmarks_dir), "--rounds", "2",
         "--json", str(report)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    started = [line for line in done.stderr.splitlines() if line.startswith("[scrapinghub]")]
    assert started == [
        "[scrapinghub] articlex (round 1 of 2) …",
        "[scrapinghub] lxml-parse (round 1 of 2) …",
        "[scrapinghub] articlex (round 2 of 2) …",
        "[scrapinghub] lxml-parse (round 2 of 2) …",
    ]
    assert "fastest time over 2 worker runs per system" in done.stdout
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["rounds"] == 2
    assert all(row["pages"] == 2 for row in data["datasets"]["scrapinghub"])


def test_merge_runs_takes_each_pages_fastest_time() -> None:
    def payload(times: dict[str, float], rss: int, text: str) -> dict[str, Any]:
        return {"system": "x", "times_ms": times, "peak_rss_kb": rss, "baseline_rss_kb": 1,
                "predictions": {"a": text}, "errors": {}}  # fmt: skip

    first = payload({"a": 5.0, "b": 2.0}, 100, "first")
    assert run.merge_runs([first]) is first
    merged = run.merge_runs([first, payload({"a": 3.0, "b": 4.0}, 300, "second")])
    assert merged["times_ms"] == {"a": 3.0, "b": 2.0}
    assert merged["peak_rss_kb"] == 300 and merged["rounds"] == 2
    assert merged["predictions"] == {"a": "first"}
    assert first["times_ms"] == {"a": 5.0, "b": 2.0}  # the runs themselves are left alone


@pytest.mark.parametrize("n_systems", [1, 2, 3, 5])
def test_rotation_puts_each_system_first_equally_often(n_systems: int) -> None:
    systems = [f"s{i}" for i in range(n_systems)]
    for round_index in range(3):
        orders = [run.rotation(systems, round_index, page) for page in range(4 * n_systems)]
        assert all(sorted(order) == systems for order in orders)  # every system, once
        for position in range(n_systems):
            counts = {name: sum(order[position] == name for order in orders) for name in systems}
            assert set(counts.values()) == {4}, (position, counts)
    # the next round starts each page one place further on
    assert run.rotation(systems, 1, 0) == run.rotation(systems, 0, 1)
    assert run.rotation([], 0, 0) == []


def test_fields_py_runs_on_a_tiny_golden_set(benchmarks_dir: Path, tmp_path: Path) -> None:
    """fields.py reads the golden formats and prints its tables (harness check, not quality)."""
    truth = run.load_truth(benchmarks_dir, "readability")
    page_id = sorted(truth)[0]
    base = {"dataset": "readability", "id": page_id, "url": None}
    golden = {
        "metadata.json": {"about": "harness test", "pages": [
            {**base, "headline": truth[page_id]["title"], "published": None}]},
        "attribution.json": {"pages": [
            {**base, "authors": [], "outlet": None, "agencies": [], "sources": []}]},
    }  # fmt: skip
    for name, data in golden.items():
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    report = tmp_path / "fields.json"
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "fields.py"), "--systems", "articlex",
         "--golden", str(tmp_path), "--data-dir", str(benchmarks_dir), "--limit", "2",
         "--json", str(report)],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "related.json does not exist" in done.stderr
    assert "| headline exact | " in done.stdout
    assert "### Secondary: readability set's own ground truth (2 pages)" in done.stdout
    tables = json.loads(report.read_text(encoding="utf-8"))
    authors = tables["Authors (1 pages of attribution.json)"]["rows"]["authors exact (all pages)"]
    assert authors["articlex"].endswith(("(0/1)", "(1/1)"))  # one page counted


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("stages.py", ["| related |", "| attribution |", "| **sum** |", "x the parse"]),
        ("cache_warmth.py", ["in sequence (caches kept):", "caches emptied:", "same page again:"]),
    ],
)
def test_time_breakdown_scripts_run(benchmarks_dir: Path, script: str, expected: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / script), "--limit", "2", "--repeat", "1",
         "--data-dir", str(benchmarks_dir)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for line in expected:
        assert line in done.stdout
    if script == "cache_warmth.py":  # at least the related stage's caches are found
        emptied = int(done.stdout.split(" caches emptied")[0].rsplit(", ", 1)[1])
        assert emptied >= 3


def _ab(benchmarks_dir: Path, *versions: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "ab.py"), *versions, "--limit", "2",
         "--repeat", "1", "--data-dir", str(benchmarks_dir)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize("given", ["text", "bytes"])
def test_ab_times_two_versions_and_compares_their_output(
    benchmarks_dir: Path, tmp_path: Path, given: str
) -> None:
    flags = ["--bytes"] if given == "bytes" else []
    same = _ab(benchmarks_dir, str(REPO / "src"), *flags)
    assert same.returncode == 0, same.stderr
    assert "| 1 | " in same.stdout
    assert ("(raw bytes)" if given == "bytes" else "(decoded text)") in same.stdout
    assert "output: the same on all 2 pages" in same.stdout
    # a copy whose extract() gives another headline: both pages are reported as different
    changed = tmp_path / "articlex"
    shutil.copytree(REPO / "src" / "articlex", changed)
    api = changed / "api.py"
    source = api.read_text(encoding="utf-8")
    assert "headline=headline.headline," in source
    api.write_text(source.replace("headline=headline.headline,", 'headline="A/B",'), "utf-8")
    differ = _ab(benchmarks_dir, str(REPO / "src"), str(tmp_path), *flags)
    assert differ.returncode == 0, differ.stderr
    assert "output: 2 of 2 pages differ" in differ.stdout


def test_ab_takes_git_revisions(benchmarks_dir: Path) -> None:
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    done = _ab(benchmarks_dir, "HEAD")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("A: HEAD (")
    bad = _ab(benchmarks_dir, "no-such-revision-or-folder")
    assert bad.returncode != 0
    assert "neither a folder holding articlex/ nor a revision" in bad.stderr
