"""Two columns of prose side by side on each line, as `pdftotext -layout` writes a two-column page.

Each text line then holds a line of the left column, a gutter of spaces, and a line of the right
column, which always starts at the same column. Read line by line, a sentence of one column is
interleaved with the other's a line at a time ("... the meaning of the Private Securities  twelve
thousand people. Its shares / Litigation Reform Act of 1995 ..."), and nothing in either column
reads. This module finds such a block so that the text loader can give the left column's lines
first, then the right column's.

A block is a run of lines (blank lines allowed inside it) in which one column `g` parts every line:
a line with text on both sides has two spaces or more before `g` and text at `g`; any other line
has text on one side of the gutter only (a column's paragraph break, or a column that ended first).
It is taken as two columns only where both look like wrapped prose, which tables, contact blocks
and justified single-column text do not:

- at least `_MIN_BOTH` lines have text on both sides, and `g` is past `_MIN_LEFT` columns;
- in each column, lines hold words (letters, `_MIN_WORDS` words a line or more on average) and
  at least `_MIN_WRAPPED` line ends fall inside a sentence, the next line of the same column going
  on in lower case.

Justified text has runs of spaces too, but not at the same column line after line with text at
that column on every one of them.
"""

from __future__ import annotations

import re

_MIN_BOTH = 5
_MIN_LEFT = 24
_MIN_WORDS = 3.0
_MIN_WRAPPED = 2
_GAP = re.compile(r"\S( {3,})(?=\S)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_SENTENCE_END = tuple(".!?:;")
_FULL_COLUMN = 0.85
_CLOSES_SENTENCE = re.compile(r"[.!?][\"'”’)]*\s*$")


def column_blocks(text: str) -> list[tuple[int, int, int]]:
    """(first line, last line + 1, gutter column) of each two-column block of `text` (0-based line
    numbers, in order)."""
    if "   " not in text:
        return []
    lines = text.split("\n")
    # the columns at which a second column's text starts after a gap of three spaces or more
    starts: list[set[int]] = [{m.end(1) for m in _GAP.finditer(line)} if "   " in line else set() for line in lines]
    out: list[tuple[int, int, int]] = []
    # per gutter, the end of the last run tried with it: a line inside that run starts no new one
    # (a long table whose columns line up would be read again from each of its lines)
    tried: dict[int, int] = {}
    i = 0
    n = len(lines)
    while i < n:
        block = None
        for g in sorted(starts[i]):
            if g < _MIN_LEFT or tried.get(g, -1) > i:
                continue
            end = _extent(lines, i, g)
            tried[g] = end
            if _two_columns(lines[i:end], g):
                block = (i, end, g)
                break
        if block is None:
            i += 1
            continue
        out.append(block)
        i = block[1]
    return out


def _fits(line: str, g: int) -> str | None:
    """How `line` stands to a gutter before column `g`: "both", "left", "right", "blank", or None
    (text runs across the gutter)."""
    if not line.strip():
        return "blank"
    left, right = line[:g], line[g:]
    if not right.strip():
        return "left" if len(left.rstrip()) <= g - 2 else None
    if not left.strip():
        return "right" if not line[g].isspace() else None
    if line[g].isspace() or not left.endswith("  "):
        return None
    return "both"


def _extent(lines: list[str], first: int, g: int) -> int:
    """The end of the run of lines from `first` that the gutter at `g` parts: up to a line that
    text runs across, or two blank lines. After the last line with text in both columns, the run
    ends at the next blank line that follows a sentence's end and comes before no paragraph of the
    left column's measure: a line of one side only below it is text under the columns."""
    end = first
    last_both = first
    for j in range(first, len(lines)):
        kind = _fits(lines[j], g)
        if kind is None or (kind == "blank" and j > first and not lines[j - 1].strip()):
            break
        end = j + 1
        if kind == "both":
            last_both = j
    measure = max(len(lines[k][:g].rstrip()) for k in range(first, last_both + 1))
    for j in range(last_both + 1, end):
        if not lines[j].strip():
            # (nor is one before another paragraph of the left column's measure: the column's
            # text goes on below the other column's end, and is read before it)
            if _column_paragraph(lines, j + 1, end, g, measure):
                continue
            # (a blank line inside a sentence or a list, the column's text going on under it,
            # is no end of the column: "... the ability of Apple to manage risks" / "" /
            # "associated with Apple's retail stores; ...", "... financial services;" / "" /
            # "• our ability to ...")
            left_text = next((lines[k][:g] for k in range(j - 1, first - 1, -1) if lines[k][:g].strip()), "")
            if (j + 1 < end and left_text and not _CLOSES_SENTENCE.search(left_text)
                    and _fits(lines[j + 1], g) == "left"):
                continue
            return j
    return end


def _column_paragraph(lines: list[str], start: int, end: int, g: int, measure: int) -> bool:
    """Whether the lines from `start` to the next blank line (before `end`) are a paragraph of the
    left column: two lines or more, all on the left of the gutter, the longest filling the left
    column's measure (`_FULL_COLUMN` of it)."""
    paragraph = []
    for k in range(start, end):
        if not lines[k].strip():
            break
        paragraph.append(lines[k])
    return (len(paragraph) >= 2 and all(_fits(line, g) == "left" for line in paragraph)
            and max(len(line.rstrip()) for line in paragraph) >= _FULL_COLUMN * measure)


def _two_columns(block: list[str], g: int) -> bool:
    kinds = [_fits(line, g) for line in block]
    if kinds.count("both") < _MIN_BOTH:
        return False
    left = [line[:g].strip() for line in block]
    right = [line[g:].strip() for line in block]
    return _prose(left) and _prose(right)


def _prose(column: list[str]) -> bool:
    filled = [part for part in column if part]
    if not filled:
        return False
    words = sum(len(_WORD.findall(part)) for part in filled)
    if words < _MIN_WORDS * len(filled):
        return False
    wrapped = sum(1 for a, b in zip(column, column[1:])
                  if a and b and not a.endswith(_SENTENCE_END) and b[:1].islower())
    return wrapped >= _MIN_WRAPPED


def column_pieces(text: str, start_line: int, end_line: int, g: int) -> list[tuple[str, int, int]]:
    """The block's text in reading order, as (text, 1-based line, 1-based column) pieces: the left
    column's lines, a blank line, the right column's lines; each piece ends with its newline."""
    lines = text.split("\n")[start_line:end_line]
    pieces: list[tuple[str, int, int]] = []
    for number, line in enumerate(lines, start_line + 1):
        left = line[:g].rstrip()
        pieces.append((left + "\n", number, 1))
    pieces.append(("\n", end_line, 1))
    for number, line in enumerate(lines, start_line + 1):
        right = line[g:].rstrip()
        pieces.append((right + "\n", number, g + 1))
    return pieces

