"""Text from documents and file names made safe to print: no terminal escapes, no bidi tricks.

A release can hold an ESC sequence that clears the screen and prints a fake "ALL CLEAR", a
title-setting OSC sequence that survives a pipe, or a right-to-left override that makes a name
read backwards; a file name can hold a newline that splits a report line in two, or bytes that
are not UTF-8. Every report meant for a terminal or a CI log (text, GitHub annotations, JUnit)
passes such text through `visible`, which shows each of these characters as a visible escape
(`\\x1b`, `\\u202e`) instead of obeying it. `clean_unicode` makes any text encodable as UTF-8
(JSON, HTML files).
"""

from __future__ import annotations

import re

# Bidirectional formatting characters: embeddings, overrides, isolates and the marks.
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_SURROGATE = re.compile("[\ud800-\udfff]")
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029" + BIDI_CONTROLS + "\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def _escape(char: str, whitespace: str | None) -> str:
    code = ord(char)
    if 0xD800 <= code <= 0xDFFF:
        return REPLACEMENT  # a byte of a file name that is not UTF-8 (surrogateescape)
    if whitespace is not None and char in "\t\n\r":
        return whitespace
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def visible(text: str, whitespace: str | None = None) -> str:
    """`text` with every control character, bidi control and line separator shown as an escape
    (`\\x1b`, `\\n`, `\\u202e`) and undecodable file-name bytes as U+FFFD.

    `whitespace`: what tab, newline and carriage return become instead of an escape (" " for
    excerpts that run over lines); None escapes them too (file names, where a newline is a trick).
    """
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: _escape(m.group(), whitespace), text)


def clean_unicode(text: str) -> str:
    """`text` encodable as UTF-8: lone surrogates (undecodable file-name bytes) become U+FFFD."""
    return _SURROGATE.sub(REPLACEMENT, text)



_MARKED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + BIDI_CONTROLS + "]")


def mark_controls(text: str) -> str:
    """Each bidi control and control character (other than tab and line breaks) shown as a
    visible mark ("⟦U+202E⟧", "⟦U+001B⟧") instead of acting on the text around it: for HTML,
    where a name must never read reversed. The mark is plain text, so it is safe inside element
    text and attribute values alike."""
    if not _MARKED.search(text):
        return text
    return _MARKED.sub(lambda m: f"\u27e6U+{ord(m.group()):04X}\u27e7", text)
