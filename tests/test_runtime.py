"""`fslcheck.runtime.settle`: the garbage-collector settings of a process fslcheck owns."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import gc, json, sys
import fslcheck
before = gc.get_threshold()
fslcheck.check([sys.argv[1]])
after_library = gc.get_threshold()
from fslcheck import runtime
runtime.settle()
print(json.dumps([before, after_library, gc.get_threshold(), gc.get_freeze_count() > 0]))
"""


def test_the_library_leaves_the_collector_alone_and_settle_changes_it(tmp_path):
    release = tmp_path / "r.txt"
    release.write_text("Acme expects revenue to grow next year.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", _PROBE, str(release)], capture_output=True, text=True, check=True)
    before, after_library, settled, frozen = json.loads(run.stdout)
    assert after_library == before  # `fslcheck.check` settles nothing: a library caller owns its process
    assert settled[0] > before[0] and settled[1:] == before[1:]
    assert frozen


def test_the_cli_settles_its_process_after_compiling(monkeypatch, tmp_path):
    from click.testing import CliRunner

    from fslcheck import cli, runtime

    calls = []
    monkeypatch.setattr(runtime, "settle", lambda: calls.append(True))
    release = tmp_path / "r.txt"
    release.write_text("Acme expects revenue to grow next year.\n", encoding="utf-8")
    CliRunner().invoke(cli.main, ["check", "-j", "1", str(release)])
    assert calls == [True]


def test_checking_text_loads_neither_the_pdf_nor_the_markdown_library(tmp_path):
    """PDFium is imported by the worker that reads a PDF, markdown-it when a Markdown file is
    read: a run on a text release (a pre-commit hook on one file) pays for neither."""
    release = tmp_path / "release.txt"
    release.write_text("ACME expects growth next year.\n", encoding="utf-8")
    probe = ("import sys, fslcheck; fslcheck.check([sys.argv[1]]); "
             "print(sorted(m for m in ('pypdfium2', 'markdown_it') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe, str(release)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    markdown = tmp_path / "release.md"
    markdown.write_text("# ACME\n\nACME expects growth next year.\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", probe, str(markdown)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['markdown_it']"
