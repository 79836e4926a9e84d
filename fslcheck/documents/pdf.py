"""PDF releases with a text layer, read with PDFium (through pypdfium2).

Why PDFium (measured by `benchmarks/pdf_extraction.py` on the 33 corpus PDFs, 341 pages): its
plain page text contains every one of the 69 labelled evidence sentences of the 16 labelled PDFs
(whitespace collapsed, the labels' "safe- harbor" line-end hyphens joined), as do PyMuPDF and
pdfminer.six/pdfplumber, while pypdf misses 17 (it runs words together at line ends: "contained
inthis 8-K"); it is as fast as PyMuPDF (280-450 pages/s each, which one leads varies from run to
run) and 15-60 times faster than pypdf (17-23 pages/s), pdfminer.six (10-12) and pdfplumber (6-7);
and its licence (Apache-2.0 / BSD-3-Clause, PDFium BSD-3-Clause) fits an MIT tool, where
PyMuPDF's AGPL-3.0 would bind every distribution of fslcheck. It also says, per character, what
the others lose: whether a hyphen is one it used to join two lines (U+FFFE with "is hyphen"), and
whether a glyph had no Unicode mapping (U+FFFE without it: a lost "fi" ligature, NUL in pypdf and
pdfminer).

Known limit: the order is the content stream's. Where a producer draws a block after the one
below it (a bullet list after the following paragraph, axon-taser 2010 p. 7) the text follows
the drawing order, as PyMuPDF's does; pdfminer's layout analysis would reorder it at 30 times
the cost. Sentences stay whole either way.

PDFium runs in a worker process, under an address-space limit: a decompression bomb that would
take gigabytes, or a file that makes PDFium abort (SIGABRT), costs that one document (an error
that says so), never fslcheck itself or the rest of a batch. The worker also stops at
`LoadOptions.max_pages` pages and `max_expanded` characters of text, and a PDF that takes longer
than `PDF_SECONDS` is given up; before that, `check_expansion` refuses a file whose compressed
streams inflate past the cap. What touches PDFium is in `pdfium_pages.py`, which only the
workers (and the server they are forked from) import.

A worker is kept and reused, PDF after PDF: starting one (a fork and PDFium's start-up, ≈ 12 ms,
more on a busy machine) costs as much as reading a short release. Only a worker that read its PDF
whole reads the next one; after anything else (a crash, the time budget, a memory error, a PDF
refused, or the caller interrupted mid-read: Ctrl-C, the per-document `--timeout`) it is stopped
and the next PDF gets a fresh one. A refusal counts because PDFium keeps the error of a failed
open for the process, and reports it again when a later file is refused without a reason of its
own (a PDF without pages); a fresh worker keeps each message the file's own. A worker is also
replaced after `DOCUMENTS_PER_WORKER` documents, so that whatever PDFium or the allocator keeps
from one document to the next stays bounded.

A worker serves one read at a time: each thread that reads takes an idle worker (or starts one)
and gives it back after its answer, so several threads can read PDFs at once (PDFium itself is
not thread-safe), with as many workers as reads at once (at most `_IDLE_WORKERS` are kept idle).
Idle workers are daemons, so they end with the process (multiprocessing stops them at exit), and
a worker whose caller has gone (killed) ends when its connection closes. A child forked from the
caller leaves its parent's workers alone and starts its own.

The address-space limit (RLIMIT_AS) belongs to a process, and it is the limit the caller asked
for (`worker_memory(max_expanded)`): a worker is reused only by a read with the same limit, and
a read with another limit gets (and keeps) its own worker. One worker with the largest limit
asked would read a caller's PDFs under a looser bound than that caller set; lowering a reused
worker's limit in place would make the same PDF pass or fail by what was read before it (the
address space earlier documents left mapped). In a run the limit is one setting, so this costs
nothing there.

Text comes in PDFium's order (the content stream's, which follows columns in every corpus file)
with PDFium's line breaks; each line gets the vertical position of its first character, so that
running headers, footers and page numbers can be recognised and dropped (`pdflayout.py`). Pages
are separated by a blank line and recorded in `page_starts`; lines are kept as lines (the
normaliser collapses whitespace). A PDF whose "text" is glyph codes (a font without a Unicode map,
as in one McDonald's release) or that has no text at all (a scan) is refused with a message saying
it needs OCR, rather than checked as if it had no legend.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import re
import signal
import threading
import zlib

from ..errors import InputError
from .model import Document, TextBuilder, sha256_of
from .pdflayout import (Line, drop_running_lines, join_hyphenation, mark_paragraph_gaps,
                        order_single_column, repair_ligatures, sentence_goes_on)

FORMAT = "pdf"
EXTENSIONS = (".pdf",)

_COMMON_WORDS = frozenset(
    "the of and to in a for is that on with as by are be this or from at our we its an will not "
    "which have has may such other any these it were been than their".split()
)


def load(data: bytes, path: str, options: object = None) -> Document:
    check_expansion(data, path, options)
    pages = read_lines(data, path, options)
    _require_text_layer(pages, path)
    pages, removed = drop_running_lines(pages)
    pages = mark_paragraph_gaps(order_single_column(pages))
    texts = [[line.text for line in page] for page in pages]
    texts, warnings = repair_ligatures(texts)
    texts = join_hyphenation(texts)
    if removed:
        warnings.append(f"{removed} running header/footer or page-number lines were left out")
    builder = TextBuilder()
    previous = ""
    for number, lines in enumerate(texts, start=1):
        body = "\n".join(line.rstrip() for line in lines).strip("\n")
        body = re.sub(r"\n{3,}", "\n\n", body)
        builder.separate("\n" if sentence_goes_on(previous, body) else "\n\n")
        builder.start_page()
        if body.strip():
            builder.add(body)
            previous = body
        else:
            warnings.append(f"page {number} has no text (an image or a blank page)")
    return builder.build(path, FORMAT, sha256_of(data), warnings)


_PAGES = __name__.rpartition(".")[0] + ".pdfium_pages"  # the worker's reader, preloaded in its server
PDF_SECONDS = 120  # one PDF's text; the corpus's largest takes well under a second
MAX_TEXT_CHARS = 32 * 1000 * 1000  # a press release has tens of thousands
_WORKER_BASE = 512 * 1024 * 1024  # the worker's own address space: Python, PDFium, the PDF


def worker_memory(max_expanded: int) -> int:
    """The PDFium worker's address-space limit: its own needs plus four times what a document
    may expand to (PDFium keeps several bytes per character of page text)."""
    return _WORKER_BASE + 4 * max_expanded


def _context():
    """Workers are forked from a clean server that has this module loaded (cheap, and nothing
    shared that a dying worker could leave locked); spawned where there is no fork."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__, _PAGES])
        return context
    return multiprocessing.get_context("spawn")


def read_lines(data: bytes, path: str, options: object = None) -> list[list[Line]]:
    """The lines of every page, with PDFium's hyphen and lost-glyph marks made explicit (read in
    a worker process; see the module docstring)."""
    max_pages = int(getattr(options, "max_pages", 2000))
    max_expanded = int(getattr(options, "max_expanded", 256 * 1024 * 1024))
    max_chars = min(max_expanded, MAX_TEXT_CHARS)
    worker = _take_worker(worker_memory(max_expanded))
    outcome, value = "interrupted", None
    try:
        outcome, value = worker.read((data, path, max_pages, max_chars))
    finally:
        # Only a worker that read the PDF whole reads the next one (see the module docstring).
        if outcome == "ok":
            _give_back(worker)
        else:
            worker.stop()
    if outcome == "timeout":
        raise InputError(path, f"reading the PDF took more than {PDF_SECONDS} s; it was given up")
    if outcome == "crashed":
        raise InputError(path, "PDFium stopped while reading this PDF (it crashed or ran out of memory: "
                               "a damaged file or a decompression bomb?)")
    if outcome != "ok":
        raise InputError(path, value)
    return value


DOCUMENTS_PER_WORKER = 100  # then a fresh worker (a start-up is ≈ 12 ms)
_IDLE_WORKERS = 8  # more than this many idle workers are stopped, the longest idle first
_NO_MEMORY = "reading the PDF needs more memory than allowed (a decompression bomb?)"


class _Worker:
    """One PDFium process under one address-space limit, reading the PDFs sent to it in turn."""

    def __init__(self, memory: int) -> None:
        context = _context()
        self.memory, self.documents = memory, 0
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs, memory), daemon=True)
        try:
            self.process.start()
        except BaseException:
            self.connection.close()
            raise
        finally:
            theirs.close()

    def read(self, request: tuple) -> tuple[str, object]:
        """("ok", pages), ("error", message), ("crashed", None) or ("timeout", None)."""
        try:
            self.connection.send(request)
            if not multiprocessing.connection.wait([self.connection, self.process.sentinel],
                                                   timeout=PDF_SECONDS):
                return "timeout", None
            return self.connection.recv() if self.connection.poll() else ("crashed", None)
        except (EOFError, OSError):  # it died before or while answering
            return "crashed", None

    def stop(self) -> None:
        # (a worker that never started, say when the caller's main module is re-imported by the
        # start method, has nothing to kill or join; the error it raised is the one to report)
        if self.process.pid is not None:
            if self.process.is_alive():
                self.process.kill()
            self.process.join(timeout=5)
        self.connection.close()


_idle: list[_Worker] = []  # workers waiting for a PDF, the longest idle first
_idle_lock = threading.Lock()


def _take_worker(memory: int) -> _Worker:
    """An idle worker with this limit (taken out of the idle list, so no other thread can use
    it), or a new one."""
    with _idle_lock:
        same = [w for w in _idle if w.memory == memory]
        worker = same[-1] if same else None
        if worker is not None:
            _idle.remove(worker)
    if worker is not None and worker.process.is_alive():
        return worker
    if worker is not None:
        worker.stop()  # died while idle (killed from outside)
    return _Worker(memory)


def _give_back(worker: _Worker) -> None:
    worker.documents += 1
    if worker.documents >= DOCUMENTS_PER_WORKER:
        worker.stop()
        return
    with _idle_lock:
        _idle.append(worker)
        surplus = _idle[:-_IDLE_WORKERS]
        del _idle[:-_IDLE_WORKERS]
    for extra in surplus:
        extra.stop()


def stop_workers() -> None:
    """Stop the idle workers now (they also end with the process)."""
    with _idle_lock:
        workers = _idle[:]
        _idle.clear()
    for worker in workers:
        worker.stop()


def _forget_workers_after_fork() -> None:
    """A child forked from a process that reads PDFs holds copies of its parent's connections to
    the parent's workers: they are the parent's to use, so the child closes its copies (a worker
    then still sees its caller go) and starts its own workers."""
    global _idle_lock
    _idle_lock = threading.Lock()
    for worker in _idle:
        worker.connection.close()
    _idle.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_workers_after_fork)


def _serve(connection, memory: int) -> None:
    """The worker process: limit its memory, then read each PDF it is sent and answer, until its
    caller closes the connection (or stops it: the caller stops a worker after any answer but a
    PDF's text)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the caller, which stops its workers
    _limit_memory(memory)
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return  # the caller has gone
        except MemoryError:  # the request itself did not fit
            answer = "error", _NO_MEMORY
        else:
            answer = _read_in_worker(*request)
        try:
            connection.send(answer)
        except (MemoryError, OSError):
            return  # not sent (no memory to pickle the answer, or the caller has gone): end


_STREAM = re.compile(rb"stream\r?\n")
_RATIO_FLOOR = 10 * 1024 * 1024


def check_expansion(data: bytes, path: str, options: object = None) -> None:
    """Refuse a PDF whose Flate streams expand past `max_expanded` bytes in all, or past
    `max_ratio` times the file's size once over 10 MB: a decompression bomb, found by inflating
    each stream in 1 MB pieces (and throwing them away) before PDFium ever sees the file."""
    limit = int(getattr(options, "max_expanded", 256 * 1024 * 1024))
    ratio = int(getattr(options, "max_ratio", 200))
    budget = min(limit, max(_RATIO_FLOOR, ratio * len(data)))
    total = 0
    for start in _STREAM.finditer(data):
        if not data.startswith(b"x", start.end()) and not data.startswith(b"H", start.end()):
            continue  # a zlib stream starts 0x78 (or 0x48 for small windows); others are not Flate
        end = data.find(b"endstream", start.end())
        inflater = zlib.decompressobj()
        pending = data[start.end() : end if end >= 0 else len(data)]
        try:
            while pending and not inflater.eof:
                produced = len(inflater.decompress(pending, 1 << 20))
                total += produced
                if not produced and len(inflater.unconsumed_tail) == len(pending):
                    break  # no progress: truncated or damaged; PDFium decides
                if total > budget:
                    raise InputError(path, f"the PDF's compressed streams expand to more than "
                                           f"{budget / (1024 * 1024):.1f} MB (from {len(data) / 1024:.1f} KB): a "
                                           "decompression bomb? (limit: --max-expanded)")
                pending = inflater.unconsumed_tail
        except zlib.error:
            continue  # not Flate after all, or damaged: PDFium decides


def _limit_memory(limit: int) -> None:
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass  # no such limit on this platform: the time limit still applies


def _read_in_worker(data: bytes, path: str, max_pages: int, max_chars: int) -> tuple[str, object]:
    """Runs in the worker: ("ok", pages) or ("error", message), never an exception to pickle."""
    from .pdfium_pages import read_pages  # PDFium is loaded where a PDF is read, not by every run

    try:
        return "ok", read_pages(data, path, max_pages, max_chars)
    except InputError as error:
        return "error", error.message
    except MemoryError:
        return "error", _NO_MEMORY


def _require_text_layer(pages: list[list[Line]], path: str) -> None:
    """Refuse a PDF whose text layer is missing or is glyph codes rather than characters."""
    text = "\n".join(line.text for page in pages for line in page)
    # the characters that are not whitespace, in order: `str.split` parts at exactly the characters
    # `str.isspace` is true of, and the joining and counting run in C, not a loop per character
    visible = "".join(text.split())
    if len(visible) < 20:
        raise InputError(
            path, "the PDF has no text layer (a scanned image?); it needs OCR before it can be checked"
        )
    # Glyph codes come out as control characters (made spaces by _clean) and stray punctuation:
    # few letters, and hardly any of the commonest English words.
    words = re.findall(r"[^\W\d_]+", text.lower())
    common = sum(map(_COMMON_WORDS.__contains__, words))
    # Corpus prose: letters 74-94 % of the visible characters, common words 22-35 % of the words;
    # McDonald's glyph codes: 28 % and 4 %. Both must be low, so a table-only PDF is still read.
    # (the letters are counted only when the common words are few: a test per character, it was
    # the costliest step, and prose, with its common words, never needs it)
    few_common = common < len(words) * 0.1
    few_letters = few_common and sum(map(str.isalpha, visible)) < len(visible) * 0.4
    if (few_letters and few_common) or (len(words) >= 50 and common < len(words) * 0.02):
        raise InputError(
            path,
            "the PDF has no usable text layer (its fonts map glyphs to codes, not characters); "
            "it needs OCR before it can be checked",
        )
