"""PDFium's side of reading a PDF: the lines of every page, with their positions.

Only the worker processes that `pdf.read_lines` reads with import this module (and with it
PDFium), so that checking text, HTML or Word documents never loads the PDF library.
"""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ..errors import InputError
from .ligatures import LOST
from .pdflayout import SOFT_HYPHEN, Line

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_UNMAPPED = "\ufffe"
# Symbol-font bullets that arrive as private-use code points.
_BULLETS = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓"})
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})

# PDFium error codes (fpdfview.h) that deserve their own message.
_ERR_SUCCESS, _ERR_FORMAT, _ERR_PASSWORD, _ERR_SECURITY = 0, 3, 4, 6


def read_pages(data: bytes, path: str, max_pages: int = 2000, max_chars: int = 256 * 1024 * 1024) -> list[list[Line]]:
    """The lines of every page as PDFium gives them (hyphen and lost-glyph marks explicit), with
    the page and length limits; damage and encryption are an InputError with its reason."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise InputError(path, _open_error(error)) from None
    try:
        if len(document) > max_pages:
            raise InputError(path, f"the PDF has {len(document)} pages, more than the {max_pages} allowed "
                                   "(LoadOptions.max_pages)")
        pages = []
        chars = 0
        for index in range(len(document)):
            page = document[index]
            try:
                pages.append(_page_lines(page))
            finally:
                page.close()
            chars += sum(len(line.text) for line in pages[-1])
            if chars > max_chars:
                raise InputError(path, f"the PDF's text is longer than {max_chars} characters (at page {index + 1})")
        return pages
    except pdfium.PdfiumError as error:
        raise InputError(path, f"the PDF is damaged and its text cannot be read ({error})") from None
    finally:
        document.close()


def _open_error(error: pdfium.PdfiumError) -> str:
    code = getattr(error, "err_code", None)
    if code in (_ERR_PASSWORD, _ERR_SECURITY):
        return "the PDF is encrypted with a password; save an unprotected copy and check that"
    if code == _ERR_FORMAT:
        return "the PDF is damaged or not a PDF (PDFium could not parse it)"
    if code == _ERR_SUCCESS:
        # PDFium refuses some files without setting an error ("Failed to load document (PDFium:
        # Success)"), a PDF without a page among them: its words would only confuse the reader.
        return "the PDF cannot be opened: PDFium refused it without giving a reason (a PDF without pages is one cause)"
    return f"the PDF cannot be opened ({error})"


def _page_lines(page: pdfium.PdfPage) -> list[Line]:
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        page_left, bottom, page_right, top = page.get_bbox()
        height = (top - bottom) or 1.0
        width = (page_right - page_left) or 1.0
        marks = [m.start() for m in re.finditer(_UNMAPPED, text)]
        if marks:
            chars = list(text)
            for at in marks:
                index = pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage.raw, at)
                is_hyphen = index >= 0 and pdfium_c.FPDFText_IsHyphen(textpage.raw, index)
                chars[at] = SOFT_HYPHEN if is_hyphen else LOST
            text = "".join(chars)
        lines = []
        start = 0
        for end in _LINE_BREAK.finditer(text + "\n"):
            raw_line, at, start = text[start : end.start()], start, end.end()
            first = len(raw_line) - len(raw_line.lstrip())
            position = left = None
            if raw_line.strip():
                index = pdfium_c.FPDFText_GetCharIndexFromTextIndex(textpage.raw, at + first)
                if index >= 0:
                    char_left, _, _, char_top = textpage.get_charbox(index)
                    position = min(1.0, max(0.0, (top - char_top) / height))
                    left = min(1.0, max(0.0, (char_left - page_left) / width))
            lines.append(Line(_clean(raw_line), position, left))
        return lines
    finally:
        textpage.close()


# Control characters (Unicode category Cc: U+0000-U+001F, U+007F-U+009F) become spaces, except
# the lost-glyph and hyphen marks and tabs (`tests/test_pdf.py` checks this against `unicodedata`
# for every code point).
_CONTROLS = {chr(c): " " for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if chr(c) not in (LOST, SOFT_HYPHEN, "\t")}
# What `_clean` replaces, each character by its string: no replacement is itself replaced, so one
# pass with this map is the ligatures', the bullets', the soft hyphen's and the controls' in turn.
_CLEAN = {chr(code): out for table in (_LIGATURES, _BULLETS) for code, out in table.items()} | {"\u00ad": "-"} | _CONTROLS
# Most characters of a page need nothing: a regex finds the few that do (a per-character
# `unicodedata.category` test, and three `str.translate` passes, were most of the worker's time
# after PDFium's own).
_TO_CLEAN = re.compile("[" + "".join(re.escape(ch) for ch in _CLEAN) + "]")


def _clean(line: str) -> str:
    """Map presentation forms to plain letters; control characters (checkbox glyphs) to spaces."""
    return _TO_CLEAN.sub(lambda m: _CLEAN[m.group()], line)
