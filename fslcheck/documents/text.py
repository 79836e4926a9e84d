"""Plain text, as EDGAR and newswires write it.

The text is kept as it is (so line and column of every offset are the source's), except that
EDGAR's `<PAGE>` marker lines (and a PDF converter's "{12}-----" page breaks), with the blank
lines around them, are dropped: they cut sentences in two where a page broke. Where the text before the marker ended a sentence, a blank line is
kept so that the paragraphs stay apart. In double-spaced text, the blank line between two lines of
one paragraph is dropped too (`double_spacing`). Two columns of prose side by side on each line
(`pdftotext -layout` of a two-column page) are read a column at a time (`text_columns`).
"""

from __future__ import annotations

import re

from .decoding import decode
from .double_spacing import soft_blank_lines
from .text_columns import column_blocks, column_pieces
from .model import Document, TextBuilder, sha256_of

FORMAT = "text"
EXTENSIONS = (".txt", ".text", ".asc")

# A page-marker line, with the blank lines around it (`_page_markers`). A single pattern for the
# lot (blank lines, marker, blank lines) tries every line start of a run of blank lines and reads
# the run to its end from each: thousands of blank lines took minutes. The marker line is found
# first and the blank lines around it are read once.
# Besides EDGAR's "<PAGE> 12", the page break a PDF-to-Markdown converter writes as the page's
# number in braces run into a rule of hyphens ("{37}------------------------------------------------"),
# on a line of its own: it cuts a sentence in two just the same.
CONVERTER_PAGE_BREAK = r"\{\d{1,5}\}-{10,}"
# Text taken from a PDF leaves its pages' furniture where the pages broke: a page's number alone on
# a line ("Page 6 of 8", "Page 6", "- 9 -", "— 9 —") and the form feed that pdftotext writes before a
# page's first line (on a line of its own, or at the start of that first line). Such a line is no
# text of the document and cuts a sentence in two just as "<PAGE>" does.
PAGE_NUMBER_LINE = r"(?:page[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?|[-\u2013\u2014][ \t]*\d{1,4}[ \t]*[-\u2013\u2014])"
_PAGE_LINE = re.compile(rf"^[ \t]*(?:(?:<PAGE>[ \t]*\d*|{CONVERTER_PAGE_BREAK}|{PAGE_NUMBER_LINE}|\f)[ \t]*(?:\n|\Z)|\f)",
                        re.MULTILINE | re.IGNORECASE)
_BLANK_RUN = re.compile(r"[ \t\n]*")
# A heading carried over to the next page, on a line of its own ("Forward-Looking Statements
# (continued)", "Safe Harbor Statement - cont'd"), and the words that make it the legend's.
_CARRIED_HEADING = re.compile(r"[ \t]*(?P<name>[^\n]{3,80}?)[ \t:\u2013\u2014-]+\(?(?:continued|cont'?d)\)?[.:]?[ \t]*\n",
                              re.IGNORECASE)
_LEGEND_WORDS = re.compile(r"forward[- \u2010\u2011]?looking|safe[- ]harbou?r|cautionary", re.IGNORECASE)
SENTENCE_END = ".:;!?\")'"


# A list written with hyphens or asterisks at the start of its lines ("- the loss of a customer").
# Canonical text reads a hyphen as a space and a single line break as a wrapped line, so the items
# would run together; their marker is read as the bullet it stands for, one character for one, so
# every offset stays the source's.
_DASH_ITEM = re.compile(r"^([ \t]*)[-*](?=[ \t]+\S)", re.MULTILINE)


# A numbered list on lines of its own ("1. the loss of a customer" / "2. higher steel prices"):
# the same, its marker read as "•" and blanks, one character for one, while the numbers count up.
_NUMBER_ITEM = re.compile(r"^([ \t]*)(\d{1,2})[.)](?=[ \t]+\S)", re.MULTILINE)


def bullets_for_list_markers(text: str) -> str:
    """`text` with the marker that opens each line of a dashed list (two such lines or more, next
    to one another: "-", "*") or of a numbered one ("1.", "2)" counting up) read as "•"."""
    markers: dict[int, int] = {}  # where a marker starts: its length
    found = list(_DASH_ITEM.finditer(text))
    for before, after in zip(found, found[1:]):
        if _next_item(text, before.start(), after.start()):
            markers.update({before.end(1): 1, after.end(1): 1})
    numbered = list(_NUMBER_ITEM.finditer(text))
    for before, after in zip(numbered, numbered[1:]):
        if int(after.group(2)) == int(before.group(2)) + 1 and _next_item(text, before.start(), after.start()):
            markers.update({m.end(1): m.end() - m.end(1) for m in (before, after)})
    if not markers:
        return text
    chars = list(text)
    for at, length in markers.items():
        chars[at : at + length] = ["•"] + [" "] * (length - 1)
    return "".join(chars)


_ITEM_LINES = 6  # an item's own wrapped lines, and blank lines, between one dashed line and the next


def _next_item(text: str, first: int, second: int) -> bool:
    """Whether the dashed line at `second` is the item after the one at `first`: between them
    only the first item's wrapped lines, then blank lines, and no paragraph of other text."""
    lines = text[first:second].split("\n")[1:-1]
    if len(lines) > _ITEM_LINES:
        return False
    blank_seen = False
    for line in lines:
        if not line.strip():
            blank_seen = True
        elif blank_seen:
            return False
    return True


# A line drawn with "=" or "_" under a heading or between sections ("Forward-Looking Statements" /
# "=========================="). A line of hyphens is whitespace to the canonical text already, and
# so a break; these are read as blanks too, one character for one (the offsets stay the source's),
# so that a heading underlined without a blank line after it is not run into the paragraph below.
_RULE_LINE = re.compile(r"^[ \t]*(?:={3,}|_{3,})[ \t]*$", re.MULTILINE)


def rules_as_blank_lines(text: str) -> str:
    """`text` with each line that is only a rule of "=" or "_" (three or more) made blank."""
    if "===" not in text and "___" not in text:
        return text
    return _RULE_LINE.sub(lambda found: " " * len(found.group()), text)


# A message forwarded or replied to by e-mail quotes every line with ">" (">>", "> >" when quoted
# again), a blank line as the bare mark. Canonical text reads ">" as punctuation inside the words,
# and the quoted blank line is no blank line, so paragraphs, headings and sentences run together.
# In a run of quoted lines the marks (and the space after them) are read as blanks, one character
# for one, so every offset stays the source's.
_QUOTED_LINE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)
_MIN_QUOTED = 4


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each (start, end) span made blanks, one character for one."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = [" "] * (end - start)
    return "".join(chars)


def quote_marks_as_blanks(text: str) -> str:
    """`text` with the quote marks opening each line of a run of `_MIN_QUOTED` or more quoted
    lines (next to one another) made blank."""
    if "\n>" not in text and not text.startswith(">"):
        return text
    found = list(_QUOTED_LINE.finditer(text))
    runs: list[list[re.Match[str]]] = []
    for mark in found:
        if runs and text.count("\n", runs[-1][-1].start(), mark.start()) == 1:
            runs[-1].append(mark)
        else:
            runs.append([mark])
    marks = [mark for run in runs if len(run) >= _MIN_QUOTED for mark in run]
    if not marks:
        return text
    return _blanked(text, [(mark.start(), mark.end()) for mark in marks])


# A draft copied out of a PDF with line numbering on: each line opens with its number in the margin
# ("12  This press release contains ..."), counting up by one from line to line (a blank line
# holding its number alone, or nothing). Read into the sentences, the numbers cut a name ("the
# Private Securities 12 Litigation Reform Act") and are read as words. In a run of such lines
# (`_MIN_NUMBERED` or more) the numbers are read as blanks, one character for one.
_NUMBERED_LINE = re.compile(r"^[ \t]*([0-9]{1,3})(?:[ \t]{2,}|[ \t]*$)", re.MULTILINE)
_MIN_NUMBERED = 5


def line_numbers_as_blanks(text: str) -> str:
    """`text` with the margin numbers of a run of lines numbered one after another made blank."""
    found = list(_NUMBERED_LINE.finditer(text))
    if len(found) < _MIN_NUMBERED:
        return text
    runs: list[list[re.Match[str]]] = []
    for number in found:
        if runs:
            last = runs[-1][-1]
            between = text[last.end() : number.start()]
            # the next line, or the one after a blank line, with the next number
            if int(number.group(1)) == int(last.group(1)) + 1 and between.count("\n") in (1, 2) \
                    and not between.split("\n", 1)[1].strip():
                runs[-1].append(number)
                continue
        runs.append([number])
    marks = [number for run in runs if len(run) >= _MIN_NUMBERED for number in run]
    if not marks:
        return text
    return _blanked(text, [(number.start(1), number.end(1)) for number in marks])


def load(data: bytes, path: str, options: object = None) -> Document:
    return from_text(decode(data, path), path, sha256_of(data))


def from_text(text: str, path: str, sha256: str, fmt: str = FORMAT) -> Document:
    """Build a Document from decoded text, dropping page-marker lines and the blank lines of
    double spacing (`double_spacing`), reading e-mail quote marks (`quote_marks_as_blanks`) and
    margin line numbers (`line_numbers_as_blanks`) as blanks, a dashed list's markers as bullets
    (`bullets_for_list_markers`) and rule lines as blank (`rules_as_blank_lines`)."""
    text = rules_as_blank_lines(bullets_for_list_markers(line_numbers_as_blanks(quote_marks_as_blanks(text))))
    cuts: list[tuple[int, int, str, tuple[int, int, int] | None]] = \
        [(start, end, "page", None) for start, end in _page_markers(text)]
    cuts += [(start, end, "blank", None) for start, end in soft_blank_lines(text)]
    cuts.sort()
    columns = _column_cuts(text, cuts)
    if columns:
        cuts = sorted(cuts + columns)
    builder = TextBuilder()
    line = 1
    position = 0
    for start, end, kind, block in cuts:
        if start < position:
            continue
        chunk = text[position:start]
        builder.add(chunk, line, 1)
        if block is not None:  # two columns: the left one's lines, then the right one's
            for piece, piece_line, piece_column in column_pieces(text, *block):
                builder.add(piece, piece_line, piece_column)
        elif kind == "page":
            if chunk.rstrip()[-1:] in tuple(SENTENCE_END):
                builder.add("\n")
            else:
                # inside a sentence, the legend's heading repeated at the top of the new page is
                # dropped with the marker: "... concession in / - 6 - / Forward-Looking Statements
                # (continued) / Panama, ..."
                carried = _CARRIED_HEADING.match(text, end)
                if carried is not None and _LEGEND_WORDS.search(carried.group("name")):
                    end = carried.end()
        line += chunk.count("\n") + text.count("\n", start, end)
        position = end
    builder.add(text[position:], line, 1)
    return builder.build(path, fmt, sha256)


def _column_cuts(text: str, cuts: list) -> list[tuple[int, int, str, tuple[int, int, int]]]:
    """A cut per two-column block (`text_columns`) that no other cut overlaps, the block (first
    line, end line, gutter column) with it."""
    blocks = column_blocks(text)
    if not blocks:
        return []
    starts = [0]
    for found in re.finditer("\n", text):
        starts.append(found.end())
    out = []
    for first, last, gutter in blocks:
        start, end = starts[first], (starts[last] if last < len(starts) else len(text))
        if any(a < end and start < b for a, b, _, _ in cuts):
            continue
        out.append((start, end, "columns", (first, last, gutter)))
    return out


# A page's number alone on the last line of an EDGAR text page, before its `<PAGE>` marker: "14",
# centred; "F-3", "A-12" (a financial-statement or annex page); "ii" (a roman front-matter page).
_PAGE_NUMBER_ALONE = re.compile(r"[ \t]*(?:\d{1,4}|[A-Z]-\d{1,3}|[ivxl]{1,6})[ \t]*")


def _blank_lines_before(text: str, start: int, position: int) -> int:
    """`start` moved back over the whole blank lines before it, not before `position`."""
    while start > position:
        line_start = text.rfind("\n", 0, start - 1) + 1
        if line_start < position or text[line_start : start - 1].strip(" \t"):
            break
        start = line_start
    return start


def _page_markers(text: str) -> list[tuple[int, int]]:
    """(start, end) of each page-marker line ("<PAGE> 12") with the blank lines before it (back
    to the previous marker's end) and after it (to the next line with text, or the end); before
    a `<PAGE>` marker, the page's number on a line of its own too (`_PAGE_NUMBER_ALONE`), which
    else cuts the sentence the page broke ("... risks and assumptions / 14 / that are ...")."""
    out: list[tuple[int, int]] = []
    position = 0
    for found in _PAGE_LINE.finditer(text):
        start = found.start()
        if start < position:
            continue
        start = _blank_lines_before(text, start, position)
        if text[found.start() : found.end()].lstrip(" \t")[:6].upper() == "<PAGE>" and start > position:
            # the page's number, on a line of its own at the foot of the page, before the marker
            line_start = text.rfind("\n", 0, start - 1) + 1
            if line_start >= position and _PAGE_NUMBER_ALONE.fullmatch(text, line_start, start - 1):
                start = _blank_lines_before(text, line_start, position)
        end = found.end()
        if text[end - 1 : end] == "\n":
            run_end = _BLANK_RUN.match(text, end).end()
            end = len(text) if run_end == len(text) else text.rfind("\n", end - 1, run_end) + 1
        out.append((start, end))
        position = end
    return out
