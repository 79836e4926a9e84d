"""Bytes to text for the text-like formats: UTF-8 (with or without BOM), then cp1252, then latin-1."""

from __future__ import annotations

from ..errors import InputError

_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def looks_binary(data: bytes) -> bool:
    """True when the bytes are not text: a NUL byte, or many control characters, near the start."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls > max(8, len(head) // 50)


def decode(data: bytes, path: str) -> str:
    """Decode a text-like file; lines end in "\\n" afterwards (CRLF and lone CR converted)."""
    if not data.strip():
        raise InputError(path, "the file is empty")
    if looks_binary(data):
        raise InputError(path, "the file looks binary, not text (use --format-in if it is a known format)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("latin-1")
    return text.replace("\r\n", "\n").replace("\r", "\n")
