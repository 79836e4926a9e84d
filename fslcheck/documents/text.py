"""Plain text, as EDGAR and newswires write it.

The text is kept as it is (so line and column of every offset are the source's), except that
EDGAR's `<PAGE>` marker lines, with the blank lines around them, are dropped: they cut sentences
in two where a page broke. Where the text before the marker ended a sentence, a blank line is
kept so that the paragraphs stay apart.
"""

from __future__ import annotations

import re

from .decoding import decode
from .model import Document, TextBuilder, sha256_of

FORMAT = "text"
EXTENSIONS = (".txt", ".text", ".asc")

_PAGE_MARKER = re.compile(r"^(?:[ \t]*\n)*[ \t]*<PAGE>[ \t]*\d*[ \t]*(?:\n[ \t]*)*(?:\n|$)",
                          re.MULTILINE | re.IGNORECASE)
_SENTENCE_END = ".:;!?\")'"


def load(data: bytes, path: str, options: object = None) -> Document:
    text = decode(data, path)
    return from_text(text, path, sha256_of(data))


def from_text(text: str, path: str, sha256: str, fmt: str = FORMAT) -> Document:
    """Build a Document from decoded text, dropping page-marker lines."""
    builder = TextBuilder()
    line = 1
    position = 0
    for marker in _PAGE_MARKER.finditer(text):
        chunk = text[position : marker.start()]
        builder.add(chunk, line, 1)
        if chunk.rstrip()[-1:] in tuple(_SENTENCE_END):
            builder.add("\n")
        line += chunk.count("\n") + marker.group().count("\n")
        position = marker.end()
    builder.add(text[position:], line, 1)
    return builder.build(path, fmt, sha256)
