"""Issue 13: never lose the user's files, never hang, never leak, never crash.

Each test runs fslcheck in a subprocess under an address-space and CPU limit (`tests/limits.py`)
on inputs it makes itself, and asserts the exit code, a message naming the file, no traceback,
and that the good files of the same batch are still reported.
"""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

import pytest

from fslcheck.documents import LoadOptions, load_bytes
from fslcheck.documents import edgar as edgar_loader
from fslcheck.safe_io import MANIFEST, atomic_write
from fslcheck.safe_text import visible

from .limits import no_traceback, run
from .reliability_files import GOOD_RELEASE, LEGEND, docx, docx_bomb, edgar_submission, pdf_bomb, text_pdf


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD_RELEASE)
    return tmp_path


def _good_reported(done) -> bool:
    return b"good.txt: PASS" in done.stdout


# 1. Nothing the user gave is modified --------------------------------------------------------
@pytest.mark.parametrize("how", ["same", "hard-link", "symlink", "dot-slash"])
def test_output_that_is_an_input_is_refused_before_writing(batch, how):
    draft = batch / "v.txt"
    draft.write_text(GOOD_RELEASE)
    target = {"same": "v.txt", "dot-slash": "./v.txt", "hard-link": "h.txt", "symlink": "s.txt"}[how]
    if how == "hard-link":
        os.link(draft, batch / "h.txt")
    if how == "symlink":
        (batch / "s.txt").symlink_to(draft)
    done = run("check", "v.txt", "good.txt", "-o", target, cwd=batch)
    assert done.returncode == 2
    assert no_traceback(done)
    assert target.encode() in done.stderr and b"input" in done.stderr
    assert draft.read_text() == GOOD_RELEASE


def test_html_folder_holding_an_input_is_refused(batch):
    site = batch / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>the user's page</p>")
    (site / "a.txt").write_text(GOOD_RELEASE)
    done = run("check", "site", "--html=site", cwd=batch)
    assert done.returncode == 2 and no_traceback(done)
    assert b"site: holds the input" in done.stderr
    assert (site / "index.html").read_text() == "<p>the user's page</p>"
    assert sorted(p.name for p in site.iterdir()) == ["a.txt", "index.html"]


def test_html_never_replaces_a_file_it_did_not_write_and_deletes_nothing(batch):
    out = batch / "out"
    out.mkdir()
    (out / "good.txt.html").write_text("mine")
    (out / "notes.md").write_text("keep me")
    done = run("check", "good.txt", "--html=out", cwd=batch)
    assert done.returncode == 2 and no_traceback(done)
    assert b"out/good.txt.html: exists and was not written by fslcheck" in done.stderr
    assert (out / "good.txt.html").read_text() == "mine"
    (out / "good.txt.html").unlink()
    done = run("check", "good.txt", "--html=out", cwd=batch)
    assert done.returncode == 0, done.stderr
    manifest = json.loads((out / MANIFEST).read_text())
    assert set(manifest["files"]) == {"good.txt.html", "index.html"}
    assert (out / "notes.md").read_text() == "keep me"
    again = run("check", "good.txt", "--html=out", cwd=batch)  # its own files: replaced
    assert again.returncode == 0, again.stderr


# 7. Atomic writes ------------------------------------------------------------------------------
def test_failed_report_write_keeps_the_previous_report(batch):
    first = run("check", "good.txt", "--format", "json", "-o", "report.json", cwd=batch)
    assert first.returncode == 0
    before = (batch / "report.json").read_bytes()
    (batch / "bad.txt").write_bytes(b"")
    # A file-size limit makes the write fail part-way, as a full disk would.
    script = ("import resource,sys; resource.setrlimit(resource.RLIMIT_FSIZE,(200,200)); "
              "sys.argv=['fslcheck','check','good.txt','bad.txt','--format','json','-o','report.json']; "
              "import signal; signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
              "from fslcheck.cli import main; main()")
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-c", script], cwd=batch, capture_output=True, timeout=120)
    assert done.returncode == 2 and no_traceback(done)
    assert b"report.json: cannot write the report" in done.stderr
    assert b"previous report" in done.stderr
    assert b"bad.txt: the file is empty" in done.stderr  # per-file errors still printed
    assert (batch / "report.json").read_bytes() == before
    assert not [p for p in batch.iterdir() if p.name.endswith(".tmp")]


def test_atomic_write_leaves_old_file_on_error(tmp_path, monkeypatch):
    target = tmp_path / "r.txt"
    target.write_text("old")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        atomic_write(target, "new" * 1000)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["r.txt"]


def test_atomic_write_through_a_symlink_keeps_the_link(tmp_path):
    (tmp_path / "reports").mkdir()
    real = tmp_path / "reports" / "latest.json"
    real.write_text("old")
    link = tmp_path / "report.json"
    link.symlink_to(real)
    atomic_write(link, "new")
    assert link.is_symlink() and real.read_text() == "new"
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == ["latest.json"]


# 2 and 9. File names of any bytes, escapes from documents ----------------------------------------
def test_non_utf8_file_name(batch):
    name = os.fsencode(batch) + b"/b\xff.txt"
    with open(name, "wb") as stream:
        stream.write(GOOD_RELEASE.encode())
    done = run("check", "b\udcff.txt", "good.txt", "--format", "json", cwd=batch)
    assert done.returncode == 0 and no_traceback(done)
    data = json.loads(done.stdout.decode("utf-8"))  # valid UTF-8
    assert [d["path"] for d in data["documents"]] == ["b\ufffd.txt", "good.txt"]
    html = run("check", ".", "--html=h", cwd=batch)
    assert html.returncode == 0 and no_traceback(html), html.stderr
    index = (batch / "h" / "index.html").read_text(encoding="utf-8")
    assert "b\ufffd.txt" in index and "good.txt" in index


def test_terminal_escapes_are_shown_not_obeyed(batch):
    evil = "esc\x1b[2J\u202e\n.txt"
    (batch / evil).write_text("Acme.\x1b[2J\x1b]0;pwned\x07 \x1b[32mALL CLEAR\x1b[0m \u202eforward-looking "
                              "statements are made here.\n")
    done = run("check", evil, "good.txt", "--no-color", cwd=batch)
    assert no_traceback(done)
    assert b"\x1b" not in done.stdout and b"\x07" not in done.stdout
    assert "\u202e".encode() not in done.stdout
    assert b"esc\\x1b[2J\\u202e\\x0a.txt: FAIL" in done.stdout
    assert b"\\x1b]0;pwned\\x07" in done.stdout
    assert _good_reported(done)
    html = run("check", evil, "--html=h", cwd=batch)
    assert html.returncode == 1 and no_traceback(html)
    page = next(p for p in (batch / "h").iterdir() if p.name.startswith("esc")).read_text()
    assert "\u202e" not in page and "\u27e6U+202E\u27e7" in page
    assert "\x1b" not in page and "\u27e6U+001B\u27e7" in page


def test_visible_helper():
    assert visible("a\x1b[31mb\u202ec\x00") == "a\\x1b[31mb\\u202ec\\x00"
    assert visible("line\nnext", " ") == "line next"
    assert visible("b\udcff.txt") == "b\ufffd.txt"
    assert visible("plain €") == "plain €"


# 3 and 4: see test_pack_limits.py ------------------------------------------------------------------


# 5. PDF bombs and crashes ------------------------------------------------------------------------
def test_pdf_decompression_bomb_is_refused_quickly(batch):
    (batch / "bomb.pdf").write_bytes(pdf_bomb())
    assert (batch / "bomb.pdf").stat().st_size < 100_000
    started = time.monotonic()
    done = run("check", "bomb.pdf", "good.txt", cwd=batch, memory=1024 * 1024 * 1024, seconds=60)
    assert time.monotonic() - started < 60
    assert done.returncode == 2 and no_traceback(done)
    assert b"bomb.pdf: the PDF's compressed streams expand to more than" in done.stderr
    assert _good_reported(done)


def test_pdfium_aborting_costs_one_document(batch, monkeypatch):
    """PDFium killed by SIGABRT mid-read (as the 128 KB and 513 KB bombs made it abort) is that
    document's error; the batch goes on."""
    import signal
    import threading

    import fslcheck
    from fslcheck.documents import pdf

    started = []
    real_context = pdf._context

    class Recording:
        """The real context; it remembers the workers it starts, so the test can kill one."""

        def __init__(self):
            self.context = real_context()

        def __getattr__(self, name):
            return getattr(self.context, name)

        def Process(self, *args, **kwargs):  # noqa: N802 - multiprocessing's name
            process = self.context.Process(*args, **kwargs)
            started.append(process)
            return process

    pdf.stop_workers()  # so that the slow PDF is read by a worker started here
    monkeypatch.setattr(pdf, "_context", Recording)
    (batch / "slow.pdf").write_bytes(pdf_bomb(100_000_000))  # takes PDFium seconds to parse
    (batch / "small.pdf").write_bytes(text_pdf(["Acme expects sales to grow.", "The end of the release."]))

    def abort_first_worker():
        while not started or started[0].pid is None:
            time.sleep(0.01)
        time.sleep(0.3)
        os.kill(started[0].pid, signal.SIGABRT)

    threading.Thread(target=abort_first_worker, daemon=True).start()
    options = LoadOptions(max_ratio=100_000)  # let the bomb through to PDFium
    result = fslcheck.check([batch / "slow.pdf", batch / "small.pdf", batch / "good.txt"], options=options)
    verdicts = {Path(d.path).name: d for d in result.documents}
    assert verdicts["slow.pdf"].verdict == "error"
    assert "PDFium stopped while reading this PDF" in verdicts["slow.pdf"].error
    assert verdicts["small.pdf"].verdict == "fail"  # read (no legend in it)
    assert verdicts["good.txt"].verdict == "pass"


def test_pdfium_out_of_memory_costs_one_document():
    """A worker that cannot get memory (its limit set below what it needs) dies; the next read
    gets a new worker."""
    from fslcheck.documents import pdf
    from fslcheck.errors import InputError

    hungry = pdf_bomb(100_000_000)  # PDFium needs fresh memory to inflate it
    base = pdf._WORKER_BASE
    try:
        pdf._WORKER_BASE = 1
        with pytest.raises(InputError, match="PDFium stopped while reading this PDF|needs more memory"):
            pdf.read_lines(hungry, "a.pdf", LoadOptions(max_expanded=1))
    finally:
        pdf._WORKER_BASE = base
    data = text_pdf(["Acme expects growth."] * 40, pages=20)
    assert len(pdf.read_lines(data, "b.pdf")) == 20


def _worker_pids() -> set[int]:
    from fslcheck.documents import pdf

    return {worker.process.pid for worker in pdf._idle}


def test_pdf_worker_is_reused_and_a_crash_costs_one_document_only():
    """Two PDFs are read by the same worker process; a crash mid-read (PDFium aborting) is that
    PDF's error, and the next PDF is read, by a fresh worker."""
    import signal
    import threading

    from fslcheck.documents import pdf
    from fslcheck.errors import InputError

    pdf.stop_workers()
    small = text_pdf(["Acme expects sales to grow.", "The end of the release."])
    assert len(pdf.read_lines(small, "a.pdf")) == 1
    (first,) = _worker_pids()
    assert len(pdf.read_lines(text_pdf(["Acme expects growth."] * 40, pages=3), "b.pdf")) == 3
    assert _worker_pids() == {first}  # the same process read both

    slow = pdf_bomb(100_000_000)  # takes PDFium seconds to parse
    threading.Timer(0.3, os.kill, (first, signal.SIGABRT)).start()
    with pytest.raises(InputError, match="PDFium stopped while reading this PDF"):
        pdf.read_lines(slow, "slow.pdf", LoadOptions(max_ratio=100_000))
    assert not _worker_pids()  # the crashed worker is not kept
    assert len(pdf.read_lines(small, "c.pdf")) == 1
    (second,) = _worker_pids()
    assert second != first


def test_a_refused_pdf_does_not_colour_the_next_refusal():
    """PDFium keeps the error of a failed open for its process and gives it again for a file it
    refuses without a reason (a PDF without pages): a worker that refused a PDF is not reused."""
    import io

    import pypdfium2 as pdfium

    from fslcheck.documents import pdf
    from fslcheck.errors import InputError

    with pytest.raises(InputError, match="damaged or not a PDF"):
        pdf.read_lines(b"%PDF-1.7\nthis is not a PDF body at all\n", "a.pdf")
    empty = io.BytesIO()
    pdfium.PdfDocument.new().save(empty)
    with pytest.raises(InputError, match="without pages"):
        pdf.read_lines(empty.getvalue(), "b.pdf")


def test_pdf_time_budget_gives_up_and_the_next_pdf_is_read(monkeypatch):
    from fslcheck.documents import pdf
    from fslcheck.errors import InputError

    small = text_pdf(["Acme expects sales to grow.", "The end of the release."])
    pdf.read_lines(small, "a.pdf")
    before = _worker_pids()
    slow = pdf_bomb(100_000_000)  # takes PDFium seconds to parse
    monkeypatch.setattr(pdf, "PDF_SECONDS", 0.2)
    with pytest.raises(InputError, match=r"reading the PDF took more than 0.2 s; it was given up"):
        pdf.read_lines(slow, "slow.pdf", LoadOptions(max_ratio=100_000))
    monkeypatch.setattr(pdf, "PDF_SECONDS", 120)
    assert len(pdf.read_lines(small, "b.pdf")) == 1
    assert not _worker_pids() & before  # the worker that ran out of time was stopped


def test_pdf_workers_keep_to_their_memory_limit():
    """A read with another `max_expanded` gets its own worker (the address-space limit is the
    process's); each limit's worker is then reused."""
    from fslcheck.documents import pdf

    pdf.stop_workers()
    small = text_pdf(["Acme expects sales to grow.", "The end of the release."])
    pdf.read_lines(small, "a.pdf")
    pdf.read_lines(small, "b.pdf", LoadOptions(max_expanded=64 * 1024 * 1024))
    limits = sorted(worker.memory for worker in pdf._idle)
    assert limits == [pdf.worker_memory(64 * 1024 * 1024), pdf.worker_memory(256 * 1024 * 1024)]
    pids = _worker_pids()
    pdf.read_lines(small, "c.pdf", LoadOptions(max_expanded=64 * 1024 * 1024))
    pdf.read_lines(small, "d.pdf")
    assert _worker_pids() == pids


def test_pdfs_read_from_several_threads_at_once():
    from concurrent.futures import ThreadPoolExecutor

    from fslcheck.documents import pdf

    pdf.stop_workers()
    files = [text_pdf([f"Acme expects growth {n}."] * 10, pages=n) for n in range(1, 9)]

    def pages(data: bytes) -> int:
        return len(pdf.read_lines(data, "t.pdf"))

    with ThreadPoolExecutor(4) as threads:
        assert list(threads.map(pages, files * 3)) == list(range(1, 9)) * 3
    assert 1 <= len(pdf._idle) <= 4


def test_pdf_workers_end_with_the_process(tmp_path):
    """An idle worker does not outlive the process that read with it."""
    import subprocess
    import sys

    (tmp_path / "a.pdf").write_bytes(text_pdf(["Acme expects sales to grow."]))
    probe = ("from fslcheck.documents import pdf\n"
             "if __name__ == '__main__':\n"
             "    pdf.read_lines(open('a.pdf', 'rb').read(), 'a.pdf')\n"
             "    print(pdf._idle[0].process.pid)\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                          check=True, timeout=60)
    pid = int(done.stdout)
    for _ in range(100):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            break  # gone
        if state == "Z":
            break  # ended, waiting to be reaped
        time.sleep(0.05)
    else:
        pytest.fail(f"PDF worker {pid} still running")


def test_pdf_page_cap(batch):
    (batch / "long.pdf").write_bytes(text_pdf(["Acme expects growth."], pages=12))
    done = run("check", "long.pdf", "good.txt", "--max-pages", "10", cwd=batch)
    assert done.returncode == 2 and no_traceback(done)
    assert b"long.pdf: the PDF has 12 pages, more than the 10 allowed" in done.stderr
    assert _good_reported(done)


# 6. Markdown nesting ---------------------------------------------------------------------------------
def test_markdown_deep_lists_are_read_to_the_end(batch):
    nested = "".join("  " * level + f"- item {level}\n" for level in range(15))
    (batch / "deep.md").write_text("Acme expects growth.\n\n" + nested + "\n" + LEGEND)
    done = run("check", "deep.md", "good.txt", cwd=batch)
    assert no_traceback(done)
    assert b"deep.md: PASS" in done.stdout, done.stdout
    assert _good_reported(done)


def test_markdown_nested_past_the_parser_is_read_as_text_with_a_warning(batch):
    (batch / "abyss.md").write_text("> " * 3000 + "deep\n\n" + LEGEND)
    done = run("check", "abyss.md", "good.txt", cwd=batch)
    assert no_traceback(done)
    assert b"abyss.md: PASS" in done.stdout
    assert b"warning: the Markdown nests too deeply to parse; it was read as plain text" in done.stdout
    assert _good_reported(done)


# 10. EDGAR in one pass -----------------------------------------------------------------------------------
def test_edgar_line_numbers_with_many_exhibits():
    submission = edgar_submission(300)
    parts = edgar_loader.parts(submission)
    lines = submission.split("\n")
    for part in parts[::37]:
        assert lines[part.first_line - 1].startswith("Exhibit ")
    assert len(parts) == 300


def test_edgar_ten_thousand_exhibits_in_bounded_time(tmp_path):
    (tmp_path / "sub.txt").write_text(edgar_submission(10_000))
    done = run("text", "sub.txt", "--exhibit", "EX-99.9999", cwd=tmp_path, seconds=60)
    assert done.returncode == 0 and no_traceback(done)
    assert b"Exhibit 9998" in done.stdout


# 11. DOCX total cap ---------------------------------------------------------------------------------------------
def test_docx_expansion_over_the_total_cap_is_refused(batch):
    (batch / "bomb.docx").write_bytes(docx_bomb())
    done = run("check", "bomb.docx", "good.txt", cwd=batch, memory=1024 * 1024 * 1024, seconds=60)
    assert done.returncode == 2 and no_traceback(done)
    assert b"bomb.docx: the .docx expands to more than" in done.stderr
    assert _good_reported(done)


# 12. Long names --------------------------------------------------------------------------------------------
def test_long_file_name_gets_a_short_unique_page(batch):
    long_a = "a" * 240 + "1.txt"
    long_b = "a" * 240 + "2.txt"
    (batch / long_a).write_text(GOOD_RELEASE)
    (batch / long_b).write_text(GOOD_RELEASE)
    done = run("check", long_a, long_b, "good.txt", "--html=h", cwd=batch)
    assert done.returncode == 0 and no_traceback(done), done.stderr
    pages = sorted(p.name for p in (batch / "h").iterdir() if p.name.endswith(".html"))
    assert len(pages) == 4 and all(len(p) < 140 for p in pages)
    index = (batch / "h" / "index.html").read_text()
    for page in pages:
        if page != "index.html":
            assert f'href="{page}"' in index


def test_x_html_page_name_and_index_not_last_writer_wins(batch):
    (batch / "x.html").write_text("<p>" + GOOD_RELEASE.replace("\n\n", "</p><p>") + "</p>")
    first = run("check", "x.html", "--html=out", cwd=batch)
    assert first.returncode == 0, first.stderr
    assert (batch / "out" / "x-html.html").is_file()
    second = run("check", "good.txt", "--html=out", cwd=batch)
    assert second.returncode == 0
    index = (batch / "out" / "index.html").read_text()
    assert 'href="good.txt.html"' in index and 'href="x-html.html"' in index and "earlier run" in index


# 13. Special files and --max-bytes -------------------------------------------------------------------------------
def test_special_files_are_refused_without_reading(batch):
    os.mkfifo(batch / "fifo.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(batch / "sock.txt"))
    try:
        done = run("check", "fifo.txt", "sock.txt", "/dev/zero", "/dev/urandom", "good.txt", cwd=batch, seconds=20)
    finally:
        server.close()
    assert done.returncode == 2 and no_traceback(done)
    assert b"fifo.txt: is a FIFO (named pipe), not a regular file" in done.stderr
    assert b"sock.txt: is a socket" in done.stderr
    assert b"/dev/zero: is a character device" in done.stderr
    assert b"/dev/urandom: is a character device" in done.stderr
    assert _good_reported(done)


def test_max_bytes(batch):
    (batch / "big.txt").write_text(GOOD_RELEASE + "x" * 5000)
    done = run("check", "big.txt", "good.txt", "--max-bytes", "4000", cwd=batch)
    assert done.returncode == 2 and no_traceback(done)
    assert b"big.txt: is 6.2 KB, more than the 4.0 KB limit (--max-bytes)" in done.stderr or \
        b"big.txt: is " in done.stderr and b"--max-bytes" in done.stderr
    assert _good_reported(done)
    piped = run("check", "-", "--max-bytes", "100", cwd=batch, stdin=GOOD_RELEASE.encode())
    assert piped.returncode == 2 and b"-: is more than the 100 bytes limit" in piped.stderr


# 14. Hidden text -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("wrapper", ['<div style="display:none">{}</div>', "<div hidden>{}</div>",
                                     '<div aria-hidden="true">{}</div>',
                                     '<div style="color:#fff;background-color:#ffffff">{}</div>',
                                     '<div style="font-size:0">{}</div>', '<div class="x fine">{}</div>'])
def test_hidden_html_legend_does_not_count(batch, wrapper):
    legend = "".join(f"<p>{p}</p>" for p in LEGEND.split("\n\n"))
    page = ("<html><head><style>.fine { display: none } p.shown { display: none }</style></head><body>"
            "<p>Acme expects growth next year.</p>" + wrapper.format(legend) + "</body></html>")
    (batch / "hidden.html").write_text(page)
    done = run("check", "hidden.html", "good.txt", cwd=batch)
    assert no_traceback(done)
    assert done.returncode == 1
    assert b"hidden.html: FAIL" in done.stdout
    assert b"wording that meets this rule is hidden from readers" in done.stdout
    assert _good_reported(done)


def test_print_only_hiding_is_not_hidden_on_screen(batch):
    legend = "".join(f'<p class="shown">{p}</p>' for p in LEGEND.split("\n\n"))
    page = ("<html><head><style>@media print { .shown { display: none } }</style>"
            "</head><body><p>Acme expects growth next year.</p>" + legend + "</body></html>")
    (batch / "shown.html").write_text(page)
    done = run("check", "shown.html", cwd=batch)
    assert done.returncode == 0 and b"shown.html: PASS" in done.stdout


def test_hidden_docx_legend_does_not_count(batch):
    paragraphs = [("Acme expects growth next year.", False)] + [(p, True) for p in LEGEND.split("\n\n") if p]
    (batch / "hidden.docx").write_bytes(docx(paragraphs))
    (batch / "shown.docx").write_bytes(docx([(text, False) for text, _ in paragraphs]))
    done = run("check", "hidden.docx", "shown.docx", "good.txt", cwd=batch)
    assert no_traceback(done)
    assert b"hidden.docx: FAIL" in done.stdout and b"shown.docx: PASS" in done.stdout
    assert b"hidden from readers (Word hidden-text formatting)" in done.stdout
    assert _good_reported(done)


def test_docx_legend_hidden_by_its_style_does_not_count(batch):
    paragraphs = [("Acme expects growth next year.", False)] + [(p, True) for p in LEGEND.split("\n\n") if p]
    (batch / "styled.docx").write_bytes(docx(paragraphs, hidden_style="Legal"))
    done = run("check", "styled.docx", "good.txt", cwd=batch)
    assert no_traceback(done)
    assert b"styled.docx: FAIL" in done.stdout
    assert b"hidden from readers (Word hidden-text formatting)" in done.stdout
    assert _good_reported(done)


# Per-document time budget -----------------------------------------------------------------------------------------
def test_time_budget_reports_the_document_and_goes_on(batch, monkeypatch):
    import fslcheck
    from fslcheck.engine import CompiledPack

    original = CompiledPack.check_document

    def slow(self, document, fail_on):
        if document.path.endswith("slow.txt"):
            time.sleep(5)
        return original(self, document, fail_on)

    monkeypatch.setattr(CompiledPack, "check_document", slow)
    (batch / "slow.txt").write_text(GOOD_RELEASE)
    result = fslcheck.check([batch / "slow.txt", batch / "good.txt"], time_limit=0.5)
    assert result.documents[0].verdict == "error"
    assert "longer than the 0.5 s allowed" in result.documents[0].error
    assert result.documents[1].verdict == "pass"


def test_load_bytes_honours_options_without_cli():
    with pytest.raises(Exception) as raised:
        load_bytes(docx_bomb(parts=3, part_bytes=8 * 1024 * 1024), "x.docx", LoadOptions(max_expanded=4 * 1024 * 1024))
    assert "expands to more than" in str(raised.value)


def test_pdf_expansion_check_ends_on_every_stream():
    """A stream followed by a line break before `endstream` (as every PDF writer does) once kept
    the expansion check inflating nothing forever."""
    from fslcheck.documents import pdf

    for size in (1_000, 5_000_000):
        pdf.check_expansion(pdf_bomb(size), "ok.pdf", LoadOptions(max_ratio=100_000))
    with pytest.raises(Exception, match="expand to more than"):
        pdf.check_expansion(pdf_bomb(5_000_000), "bomb.pdf", LoadOptions(max_expanded=1_000_000))


def test_hidden_element_left_open_hides_only_itself(batch):
    """`<tr style="font-size:0">` without `</tr>` (a spacer row in old EDGAR HTML) ends where a
    browser ends it: at the next row."""
    legend = "".join(f"<tr><td>{p}</td></tr>" for p in LEGEND.split("\n\n") if p)
    page = ("<html><body><p>Acme expects growth next year.</p><table><tr height=0 style=FONT-SIZE:0px><td>"
            + legend + "</table><p hidden>gone<p>Back in view.</p></body></html>")
    (batch / "spacer.html").write_text(page)
    done = run("check", "spacer.html", cwd=batch)
    assert done.returncode == 0 and b"spacer.html: PASS" in done.stdout, done.stdout
    text = run("text", "spacer.html", cwd=batch)
    assert b"Back in view." in text.stdout and b"gone" not in text.stdout


def test_output_to_a_pipe_or_device_is_written_straight(batch):
    done = run("check", "good.txt", "-o", "/dev/stdout", cwd=batch)
    assert done.returncode == 0 and b"good.txt: PASS" in done.stdout
