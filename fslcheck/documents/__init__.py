"""Loading documents: one loader module per format, chosen by content and extension.

Every loader module declares `FORMAT` (its name), `EXTENSIONS`, and `load(data, path, options)`
returning a `Document` (or a list of them, for containers such as EDGAR submissions). The
registry below is the one place that lists them.
"""

from __future__ import annotations

import io
import os
import re
import stat
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from . import docx, edgar, html, markdown, pdf, text
from .decoding import from_wide, looks_binary
from .model import Document, Location, Region, sha256_of

__all__ = ["Document", "Location", "Region", "LoadOptions", "load_path", "load_bytes", "FORMATS",
           "read_path"]

LOADERS = {module.FORMAT: module for module in (text, html, markdown, pdf, docx, edgar)}
FORMATS = tuple(LOADERS)
SUPPORTED_EXTENSIONS = {ext: module.FORMAT for module in LOADERS.values() for ext in module.EXTENSIONS}


DEFAULT_MAX_BYTES = 50 * 1000 * 1000
_CHUNK = 1 << 20  # bytes read at a time (`_read_limited`)


@dataclass(frozen=True)
class LoadOptions:
    """Options that change what a loader extracts."""

    format: str | None = None  # force a format (`--format-in`); None: sniff
    view: str = "accepted"  # DOCX tracked changes: "accepted" or "original"
    exhibits: tuple[str, ...] = ()  # EDGAR submissions: exhibit types to check ("EX-99*")
    # Limits (`--max-bytes`): an input larger than this is refused unread; what a DOCX or PDF
    # expands to (XML parts, page text) is capped at `max_expanded` bytes in all, and at
    # `max_ratio` times the file's own size once past 10 MB; a PDF may have `max_pages` pages.
    max_bytes: int = DEFAULT_MAX_BYTES
    max_expanded: int = 256 * 1024 * 1024
    max_ratio: int = 200
    max_pages: int = 2000


def sniff(data: bytes, path: str) -> str:
    """The format of `data`: content first, then the extension, then plain text.

    Binary formats are known by their signature whatever the name says; an EDGAR full submission
    by its SGML header (or several <DOCUMENT> parts); HTML by its start or its tag density (a .txt
    that is HTML is HTML, an .htm without markup is text). A ZIP or OLE file that is not a Word
    document is "binary", which `load_bytes` refuses with a message; so is an RTF file ("rtf"),
    which is plain characters but no release text: its control words would be checked as words.
    """
    suffix = Path(path).suffix.lower()
    by_extension = SUPPORTED_EXTENSIONS.get(suffix)
    if b"%PDF-" in data[:1024]:  # the PDF header may follow up to 1 KB of junk
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if by_extension == "docx" or _is_word_package(data) else "binary"
    if data.startswith(_OLE_MAGIC):
        # Encrypted .docx files and old .doc files: the docx loader explains what to do.
        return "docx" if suffix in (".docx", ".doc", ".docm", ".dotx") else "binary"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if _EDGAR_HEADER.search(data[:65536]) or _several_documents(data):
        return "edgar"
    if _past_comments(head).startswith((b"<!doctype html", b"<html", b"<?xml")) or (
        by_extension != "markdown" and _tag_density(head) >= 3
    ) or (head.startswith((b"<document>", b"<type>")) and b"<html" in head):  # one EDGAR exhibit
        return "html"
    if by_extension == "html":
        return "text"  # an .htm with no markup at all is text; say so rather than mangle it
    if by_extension:
        return by_extension
    return "text"


_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_EDGAR_HEADER = re.compile(rb"<(?:SEC|IMS)-(?:DOCUMENT|HEADER)>", re.IGNORECASE)
_DOCUMENT_REACH = 4 * 1024 * 1024  # an EDGAR submission's parts are looked for in its first 4 MB
_DOCUMENT_TAG = b"<document>"


def _several_documents(data: bytes) -> bool:
    """Whether more than one line of the first 4 MB opens with <DOCUMENT> (any case, after spaces
    or tabs): the parts of an EDGAR submission. The tag is found as a literal in the lower-cased
    bytes and its line read back to the last line break; a pattern anchored at every line start
    was tried at every byte of the file (about 4 ms on a 300 KB filing)."""
    lower = data[:_DOCUMENT_REACH].lower()
    opened = 0
    searched = 0  # the end of the last tag found: a line break is looked for after it only
    found = lower.find(_DOCUMENT_TAG)
    while found >= 0:
        line_break = lower.rfind(b"\n", searched, found)
        # no line break since the last tag: the last tag stands before this one on its line
        if (line_break >= 0 or searched == 0) and not lower[line_break + 1:found].strip(b" \t"):
            opened += 1
            if opened > 1:
                return True
        searched = found + len(_DOCUMENT_TAG)
        found = lower.find(_DOCUMENT_TAG, searched)
    return False


def _is_word_package(data: bytes) -> bool:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return False
    return "word/document.xml" in names or any(n.startswith("word/") for n in names)


_HTML_TAG = re.compile(rb"<(?:p|div|table|font|br|body|span|td|b|i|a)[\s>/]")


def _past_comments(head: bytes) -> bytes:
    """`head` after the comments it opens with: an inline-XBRL filing made by a filing agent's
    software opens with its XML declaration and the software's notes commented out
    (`<!--?xml version='1.0'?--><!--XBRL Document Created with ...-->`) before `<html`."""
    while head.startswith(b"<!--"):
        end = head.find(b"-->")
        if end < 0:
            break
        head = head[end + 3 :].lstrip(b" \t\r\n")
    return head


def _tag_density(head: bytes) -> int:
    return len(_HTML_TAG.findall(head))


def load_bytes(data: bytes, path: str, options: LoadOptions | None = None) -> list[Document]:
    """Load one input given as bytes; `path` names it in messages and reports."""
    options = options or LoadOptions()
    if not data.strip():
        raise InputError(path, "the file is empty")
    original = data
    if options.format not in ("pdf", "docx"):
        data = from_wide(data, path)
        if not data.removeprefix(b"\xef\xbb\xbf").strip():  # UTF-8, -16 or -32: a byte-order mark alone
            raise InputError(path, "the file is empty (a byte-order mark and no text)")
    fmt = options.format or sniff(data, path)
    if fmt == "binary":
        raise InputError(path, "the file is binary and not a supported format (PDF, .docx, text, "
                               "HTML, Markdown or an EDGAR submission); use --format-in to force one")
    if fmt == "rtf" and options.format is None:  # sniffed, not asked for
        raise InputError(path, "an RTF document, which fslcheck does not read: save it as Word (.docx), PDF "
                               "or plain text (or use --format-in text to check its raw RTF markup)")
    if fmt not in LOADERS:
        raise InputError(path, f"unknown input format {fmt!r} (known: {', '.join(FORMATS)})")
    if fmt in ("text", "html", "markdown") and looks_binary(data):
        raise InputError(path, "the file looks binary, not a text, HTML or Markdown document")
    loaded = LOADERS[fmt].load(data, path, options)
    documents = loaded if isinstance(loaded, list) else [loaded]
    for document in documents:
        if not document.text.strip():
            raise InputError(document.path, "no text could be extracted from the document")
        if data is not original and fmt != "edgar":
            document.sha256 = sha256_of(original)  # provenance names the file's bytes, not their UTF-8 form
    return documents


def load_path(path: str | Path, options: LoadOptions | None = None) -> list[Document]:
    """Load a file (or `-` for standard input). Raises `InputError` with a readable message."""
    options = options or LoadOptions()
    return load_bytes(read_path(path, options), str(path), options)


def read_path(path: str | Path, options: LoadOptions | None = None) -> bytes:
    """The bytes of a file (or `-`: standard input), read safely: a folder, a device, a FIFO or
    a socket is refused without being read, and so is anything over `--max-bytes`. Raises
    `InputError` with a readable message."""
    name = str(path)
    options = options or LoadOptions()
    if name == "-":
        return _read_limited(sys.stdin.buffer, "-", options.max_bytes)
    file = Path(path)
    try:
        status = file.stat()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except OSError as error:
        raise InputError(name, f"cannot be read: {error.strerror or error}") from None
    if stat.S_ISDIR(status.st_mode):
        if _supported_files(file):
            raise InputError(name, "is a folder (give its files, or pass the folder to `fslcheck check`)")
        extensions = ", ".join(sorted(SUPPORTED_EXTENSIONS))
        raise InputError(name, f"is a folder with no documents fslcheck reads ({extensions})")
    special = _special_kind(status.st_mode)
    if special:
        # Refused from its mode alone: opening a FIFO blocks until a writer comes, and a device
        # such as /dev/zero never ends.
        raise InputError(name, f"is {special}, not a regular file; fslcheck reads only files")
    if status.st_size > options.max_bytes:
        raise InputError(name, f"is {_size(status.st_size)}, more than the {_size(options.max_bytes)} limit "
                               "(--max-bytes)")
    try:
        # O_NONBLOCK: should the file have been swapped for a FIFO since the stat, opening it
        # must not wait for a writer; the mode is checked again on the open descriptor.
        descriptor = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as error:
        raise InputError(name, f"cannot be read: {error.strerror or error}") from None
    with os.fdopen(descriptor, "rb") as stream:
        special = _special_kind(os.fstat(stream.fileno()).st_mode)
        if special:
            raise InputError(name, f"is {special}, not a regular file; fslcheck reads only files")
        return _read_limited(stream, name, options.max_bytes)


def _special_kind(mode: int) -> str:
    """What a non-regular file is ("a FIFO (named pipe)", …), or "" for a regular file."""
    if stat.S_ISREG(mode):
        return ""
    for test, kind in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return kind
    return "not a regular file"


def _read_limited(stream, name: str, limit: int) -> bytes:
    """At most `limit` bytes; more is an error (a file that grew, or standard input)."""
    # In chunks: `read(limit + 1)` would allocate the whole limit (50 MB) up front for every file.
    chunks: list[bytes] = []
    size = 0
    try:
        while size <= limit:
            chunk = stream.read(min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise InputError(name, f"cannot be read: {error.strerror or error}") from None
    data = chunks[0] if len(chunks) == 1 else b"".join(chunks)
    if len(data) > limit:
        raise InputError(name, f"is more than the {_size(limit)} limit (--max-bytes)")
    return data


def _size(count: int) -> str:
    if count >= 1000 * 1000:
        return f"{count / 1000 / 1000:.1f} MB"
    if count >= 1000:
        return f"{count / 1000:.1f} KB"
    return f"{count} bytes"


def _supported_files(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*")
                  if p.is_file() and p.suffix.lower() in SUPPORTED_EXTENSIONS and not p.name.startswith("."))
