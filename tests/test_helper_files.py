"""Hostile helper files: rule packs, configurations, baselines, an HTML folder's manifest, .gitignore.

Each is the user's and may be anything. The rule: one clear error naming the file and what is
wrong, exit code 2, never a traceback, never a hang or a runaway read, and the file left as it was.
Files that would block or never end (a FIFO, /dev/zero) are run in a subprocess under a time and
memory limit; parse errors are run in-process.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from fslcheck import helper_files
from fslcheck.cli import main
from fslcheck.errors import FslcheckError

from .limits import no_traceback, run
from .reliability_files import GOOD_RELEASE

HUGE_INT = "9" * 5000  # past Python's 4,300-digit limit on int()
DEEP_JSON = "[" * 100_000 + "]" * 100_000


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "release.txt").write_text(GOOD_RELEASE)
    return tmp_path


def _check(tmp_path: Path, monkeypatch, *args: str):
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(main, ["check", "-q", *args])
    assert done.exception is None or isinstance(done.exception, SystemExit), repr(done.exception)
    return done


# Parse errors: an integer too long to convert, nesting 100,000 deep --------------------------
@pytest.mark.parametrize("name, content, args, expected", [
    ("pack.yaml", f"id: x\nversion: {HUGE_INT}\nrules: []\n", ["--rules", "pack.yaml"], "pack.yaml:2:10"),
    (".fslcheck.yaml", f"fail-on: {HUGE_INT}\n", [], ".fslcheck.yaml:1:10"),
    ("pyproject.toml", f"[tool.fslcheck]\nfail-on = {HUGE_INT}\n", [], "too long to read"),
    ("pyproject.toml", f"[tool.fslcheck]\nx = {DEEP_JSON}\n", [], "nests too deeply"),
    ("bl.json", f'{{"fslcheck-baseline": {HUGE_INT}, "problems": []}}', ["--baseline", "bl.json"],
     "too long to read"),
    ("bl.json", DEEP_JSON, ["--baseline", "bl.json"], "nests too deeply"),
])
def test_hostile_content_in_a_helper_file_is_an_error_naming_it(tmp_path, monkeypatch, name, content, args,
                                                                expected):
    (_folder(tmp_path) / name).write_text(content)
    done = _check(tmp_path, monkeypatch, *args, "release.txt")
    assert done.exit_code == 2, done.output
    assert name in done.output and expected in done.output
    assert (tmp_path / name).read_text() == content


def test_a_manifest_nested_100000_deep_is_refused_before_anything_is_written(tmp_path, monkeypatch):
    out = _folder(tmp_path) / "out"
    out.mkdir()
    (out / ".fslcheck-manifest.json").write_text(DEEP_JSON)
    done = _check(tmp_path, monkeypatch, "--html=out", "release.txt")
    assert done.exit_code == 2, done.output
    assert ".fslcheck-manifest.json: not a valid manifest: the JSON nests too deeply" in done.output
    assert sorted(p.name for p in out.iterdir()) == [".fslcheck-manifest.json"]


def test_a_bad_gitignore_pattern_is_an_error_naming_its_line(tmp_path, monkeypatch):
    (_folder(tmp_path) / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("build/\n\\\n")
    done = _check(tmp_path, monkeypatch, ".")
    assert done.exit_code == 2, done.output
    assert ".gitignore:2: '\\\\' is not a valid gitignore pattern" in done.output


def test_a_file_holding_only_a_byte_order_mark_is_empty(tmp_path, monkeypatch):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf")
    (tmp_path / "wide.txt").write_bytes(b"\xff\xfe")
    done = _check(tmp_path, monkeypatch, "bom.txt", "wide.txt")
    assert done.exit_code == 2
    assert done.output.count("the file is empty (a byte-order mark and no text)") == 2


# Files that are not regular files, or too large: refused from their mode and size ---------------
def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _zero(path: Path) -> None:
    os.symlink("/dev/zero", path)


KINDS = {"fifo": (_fifo, "is a FIFO (named pipe)"), "zero": (_zero, "is a character device")}
HELPERS = [
    ("pack.yaml", ["--rules", "pack.yaml", "release.txt"]),
    (".fslcheck.yaml", ["release.txt"]),
    ("bl.json", ["--baseline", "bl.json", "release.txt"]),
    ("out/.fslcheck-manifest.json", ["--html=out", "release.txt"]),
    (".gitignore", ["."]),
]


def _layout(tmp_path: Path) -> None:
    _folder(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "out").mkdir()


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not os.path.exists("/dev/zero"), reason="POSIX only")
@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("name, args", HELPERS)
def test_a_helper_file_that_would_block_or_never_end_is_named_and_never_read(tmp_path, kind, name, args):
    _layout(tmp_path)
    make, message = KINDS[kind]
    make(tmp_path / name)
    done = run("check", "-q", *args, cwd=tmp_path, memory=512 * 1024 * 1024, seconds=20)
    assert done.returncode == 2, done.stderr
    assert no_traceback(done)
    assert f"{Path(name).name}: {message}".encode() in done.stderr, done.stderr
    mode = os.lstat(tmp_path / name).st_mode
    assert (stat.S_ISFIFO if kind == "fifo" else stat.S_ISLNK)(mode)


@pytest.mark.parametrize("name, args", [h for h in HELPERS if h[0] != "bl.json"])  # click refuses that one
def test_a_helper_file_that_is_a_folder_is_named(tmp_path, monkeypatch, name, args):
    _layout(tmp_path)
    (tmp_path / name).mkdir()
    done = _check(tmp_path, monkeypatch, *args)
    assert done.exit_code == 2, done.output
    assert f"{Path(name).name}: is a folder, not a regular file" in done.output
    assert "no such rule pack" not in done.output


def test_a_helper_file_past_its_size_is_refused_unread(tmp_path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"# " + b"x" * 2000)
    with pytest.raises(FslcheckError, match="more than the 1000 bytes a rule pack may have"):
        helper_files.read_bytes(big, FslcheckError, "rule pack", limit=1000)
    assert helper_files.read_bytes(big, FslcheckError, "rule pack", limit=4000).startswith(b"# x")
