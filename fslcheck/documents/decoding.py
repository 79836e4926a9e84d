"""Bytes to text for the text-like formats: UTF-8 (with or without BOM), any byte that is not
UTF-8 read as cp1252 (else latin-1); UTF-16 and UTF-32 (as Windows "Unicode" text is saved) are
turned into UTF-8 first."""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))
_CONTROL_BYTES = bytes(sorted(_CONTROL))


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text: NUL bytes or many control characters near the start.

    A stray NUL or two is damage in a text file (a paste, a bad export) and is dropped by `decode`;
    binary data has them by the dozen in any few kilobytes."""
    head = data[:8192]
    if head.count(0) > _STRAY_NULS:
        return True
    # the control bytes counted by deleting them (a loop over 8 KB of bytes in Python costs
    # more than half a millisecond, and every text document is asked twice)
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(8, len(head) // 50)


_STRAY_NULS = 3


_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
              (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _wide_encoding(data: bytes) -> tuple[str, int] | None:
    """The UTF-16/32 encoding of `data` and its BOM's length: by the BOM, or without one by the
    zero bytes that every other byte of English text in UTF-16 is (Notepad writes both)."""
    for bom, encoding in _WIDE_BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    head = data[:4096]
    if len(head) < 16 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    half = len(head) // 2
    if odd.count(0) >= 0.9 * half and even.count(0) <= 0.05 * half:
        return "utf-16-le", 0
    if even.count(0) >= 0.9 * half and odd.count(0) <= 0.05 * half:
        return "utf-16-be", 0
    return None


def from_wide(data: bytes, path: str) -> bytes:
    """UTF-16 or UTF-32 text as UTF-8 bytes (other bytes as they are), so that the text-like
    loaders and format sniffing read it like any other text. Raises `InputError` for a file that
    says it is UTF-16/32 (its BOM) but is not."""
    found = _wide_encoding(data)
    if found is None:
        return data
    encoding, bom = found
    try:
        text = data[bom:].decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(path, f"the file looks like {encoding.upper()} text but is not valid {encoding.upper()} "
                               f"(at byte {error.start + bom})") from None
    return text.encode("utf-8")


def decode(data: bytes, path: str, declared: str | None = None) -> str:
    """Decode a text-like file; lines end in "\\n" afterwards (CRLF and lone CR converted).

    `declared` is the encoding the file names for itself (an HTML page's `<meta charset>`). It is
    followed only when the bytes are not UTF-8 and it is not one of the encodings the default
    reading already covers: a page declared Shift_JIS or windows-1251 is read in it, while a page
    declared ISO-8859-1 but saved as UTF-8, a common mislabel, is still read as UTF-8."""
    if not data.strip():
        raise InputError(path, "the file is empty")
    if looks_binary(data):
        raise InputError(path, "the file looks binary, not text (use --format-in if it is a known format)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    codec = _other_codec(declared)
    text = None
    if codec is not None and not _is_utf8(data):
        try:
            text = data.decode(codec, errors="replace").replace("\x00", "")
        except (UnicodeError, LookupError, ValueError):
            text = None  # a codec that cannot replace what it cannot read (idna, punycode): the default reading
    if text is None:
        text = data.decode("utf-8", errors=_STRAY_BYTES).replace("\x00", "")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# Encodings whose bytes the default reading (UTF-8, else each stray byte as cp1252) already
# decodes as the declaration means them; browsers read latin-1 and ASCII labels as windows-1252.
_DEFAULT_READS = {"utf-8", "cp1252", "latin-1", "iso8859-1", "ascii"}
# A charset named in the first kilobyte, as a browser's pre-scan finds it: `<meta charset=…>`,
# `<meta http-equiv="Content-Type" content="text/html; charset=…">`, or an XML declaration.
_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)"""
                      rb"""|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.I)


def declared_charset(data: bytes) -> str | None:
    """The character encoding an HTML or XHTML file declares in its first kilobyte, if any."""
    match = _CHARSET.search(data[:1024])
    if match is None:
        return None
    return (match.group(1) or match.group(2)).decode("ascii")


def _other_codec(declared: str | None) -> str | None:
    """Python's name of a declared encoding the default reading does not cover (None for an
    unknown name: a misspelled label is no reason to refuse the page)."""
    if not declared:
        return None
    try:
        info = codecs.lookup(declared)
    except LookupError:
        return None
    # A name of a codec that is no character encoding ("base64", "zlib", "rot13", "hex") is a
    # misspelled label too, not a reason to refuse the page.
    if not getattr(info, "_is_text_encoding", True):
        return None
    return None if info.name in _DEFAULT_READS or info.name.startswith("utf-") else info.name


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _windows_bytes(error: UnicodeError) -> tuple[str, int]:
    """Bytes that are not UTF-8, read as cp1252 (latin-1 for the five bytes cp1252 leaves out).

    A file is rarely all one thing: a UTF-8 draft with a curly quote pasted from a Windows
    application has one such byte, and reading the whole file as cp1252 for it would turn every
    other accent and dash into mojibake. A file wholly in cp1252 decodes byte by byte the same way
    (its accents are almost never valid UTF-8 sequences)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    stray = error.object[error.start:error.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in stray), error.end


_STRAY_BYTES = "fslcheck-windows-bytes"
codecs.register_error(_STRAY_BYTES, _windows_bytes)
