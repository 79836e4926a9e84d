"""The benchmarks still run (on the bundled example), so they do not rot between measurements."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import EXAMPLE, ROOT


def test_speed_benchmark_runs(tmp_path: Path):
    shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "speed.py"), str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "ratio" in result.stdout and "end to end: 1 documents" in result.stdout


def test_speed_benchmark_runs_side_by_side(tmp_path: Path):
    # against itself, one round: the per-kind table, start-up and memory lines are printed
    shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "speed.py"), str(tmp_path), "--against", str(ROOT),
                             "--rounds", "1", "--only-against"], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    kind = EXAMPLE.suffix
    row = next(line for line in result.stdout.splitlines() if line.strip().startswith(kind))
    assert len(re.findall(r"\d+\.\d\dx", row)) == 3 and "peak traced memory" in result.stdout
    assert "start-up, bytecode cached" in result.stdout and "start-up, every module compiled" in result.stdout


def test_speed_benchmark_refuses_a_folder_that_is_no_checkout(tmp_path: Path):
    shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "speed.py"), str(tmp_path), "--against",
                             str(tmp_path), "--only-against"], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "not an fslcheck checkout" in result.stderr


def test_batch_benchmark_runs():
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "batch.py"), "--sizes", "2,4"],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "growth from N=2 to N=4" in result.stdout and "ratio" in result.stdout


def test_cue_speed_benchmark_runs(tmp_path: Path):
    shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "cue_speed.py"), str(tmp_path), "--rounds", "1"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "whole check, 1 documents" in result.stdout and "ratio baseline / fslcheck" in result.stdout


def test_hostile_benchmark_runs():
    # tiny inputs, one of them beside the baseline: the table has a row per command for each
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "hostile.py"), "--size", "3000",
                             "--only", "blank lines"], capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    rows = [line for line in result.stdout.splitlines()[1:] if line.strip()]
    assert len(rows) == 4 and all(re.search(r"\d+\.\d\d +\d+\.\d +\d", row) for row in rows), result.stdout


def test_false_alarm_benchmark_counts_a_legend_that_says_the_opposite(tmp_path: Path):
    shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)
    (tmp_path / "reversed.txt").write_text(
        "Forward-Looking Statements\n\nThis release contains forward-looking statements. Actual results will "
        "not differ materially from those we project.\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "false_alarms.py"), str(tmp_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2 documents (2 with a legend's identification found); 1 violated findings")
    assert "pslra.differ-materially" in result.stdout and "reversed.txt" in result.stdout
