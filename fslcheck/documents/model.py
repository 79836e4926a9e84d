"""The `Document`: extracted text plus the way back to where each character came from.

Offsets everywhere in fslcheck count characters of `Document.text`, which is exactly what
`fslcheck text` prints. A loader records, as it builds the text, *anchors*: points where a run of
text starts that copies the source one character for one character, with that point's source
line and column. Pages (PDF), paragraphs (DOCX) and annotated regions (tracked changes) are
recorded as offset ranges too, so a finding can be placed in the terms a reader uses.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Location:
    """Where an offset of the document text stands in the source, as far as the format knows."""

    line: int | None = None
    column: int | None = None
    page: int | None = None
    paragraph: int | None = None
    cell: str | None = None

    def named_parts(self, page: str = "p. ", paragraph: str = "¶ ", cell: str = "cell ") -> list[str]:
        """Page, paragraph and table cell, each after its name (short names unless given)."""
        parts = []
        if self.page is not None:
            parts.append(f"{page}{self.page}")
        if self.paragraph is not None:
            parts.append(f"{paragraph}{self.paragraph}")
        if self.cell:
            parts.append(f"{cell}{self.cell}")
        return parts

    def describe(self) -> str:
        """Short human form: 'p. 3', '¶ 12', '31:12'."""
        parts = self.named_parts()
        if self.line is not None:
            parts.append(f"{self.line}:{self.column or 1}")
        return ", ".join(parts) or "-"


@dataclass(frozen=True)
class Region:
    """A span of the text with something a reviewer should know, e.g. a tracked insertion."""

    start: int
    end: int
    kind: str  # "insertion", "deletion", "header", "footer", "footnote", ...
    note: str = ""
    hidden: str = ""  # text the chosen view leaves out here (a tracked deletion, when accepted)


@dataclass
class Document:
    """One readable document, as extracted by a loader."""

    path: str
    text: str
    format: str
    sha256: str
    # Anchors: parallel lists, sorted by offset; see the module docstring.
    anchor_offsets: list[int] = field(default_factory=lambda: [0])
    anchor_lines: list[int | None] = field(default_factory=lambda: [1])
    anchor_columns: list[int | None] = field(default_factory=lambda: [1])
    # Offsets where page 1, 2, ... (and paragraph 1, 2, ...) begin; empty when the format has none.
    page_starts: list[int] = field(default_factory=list)
    paragraph_starts: list[int] = field(default_factory=list)
    # Table cells: (start, end, label) sorted by start.
    cells: list[tuple[int, int, str]] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def _newlines(self) -> list[int]:
        return [m.start() for m in re.finditer("\n", self.text)]

    @cached_property
    def _cell_starts(self) -> list[int]:
        return [cell[0] for cell in self.cells]

    def locate(self, offset: int) -> Location:
        """The source location of the character at `offset` of `text`."""
        offset = max(0, min(offset, len(self.text)))
        line = column = None
        at = offset
        i = bisect_right(self.anchor_offsets, at) - 1
        if i >= 0 and self.anchor_lines[i] is None and i + 1 < len(self.anchor_offsets):
            i += 1  # synthetic separator text: report where the next real text starts
            at = self.anchor_offsets[i]
        if i >= 0 and self.anchor_lines[i] is not None:
            start = self.anchor_offsets[i]
            nl = self._newlines
            before = bisect_right(nl, at - 1) - bisect_right(nl, start - 1)
            line = self.anchor_lines[i] + before
            if before:
                column = at - nl[bisect_right(nl, at - 1) - 1]
            else:
                column = (self.anchor_columns[i] or 1) + at - start
        page = bisect_right(self.page_starts, offset) if self.page_starts else None
        paragraph = bisect_right(self.paragraph_starts, offset) if self.paragraph_starts else None
        cell = None
        if self.cells:
            j = bisect_right(self._cell_starts, offset) - 1
            if j >= 0 and self.cells[j][0] <= offset < self.cells[j][1]:
                cell = self.cells[j][2]
        return Location(line, column, page or None, paragraph or None, cell)

    def regions_at(self, start: int, end: int) -> list[Region]:
        """Annotated regions overlapping [start, end) (or touching it, for zero-width deletions)."""
        return [r for r in self.regions if r.start <= end and start <= r.end]


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class TextBuilder:
    """Builds a document text piece by piece while recording anchors, pages and paragraphs.

    Loaders for structured formats (HTML, DOCX, PDF) append runs of text with the source position
    each run copies; `build()` returns the finished `Document`.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.anchor_offsets: list[int] = []
        self.anchor_lines: list[int | None] = []
        self.anchor_columns: list[int | None] = []
        self.page_starts: list[int] = []
        self.paragraph_starts: list[int] = []
        self.cells: list[tuple[int, int, str]] = []
        self.regions: list[Region] = []

    def __len__(self) -> int:
        return self._length

    @property
    def tail(self) -> str:
        """The last two characters written (to decide on separators)."""
        parts = self._parts
        if parts and len(parts[-1]) >= 2:  # the common case, asked once a tag or run of text: no join
            return parts[-1][-2:]
        return "".join(parts[-3:])[-2:]

    @property
    def last(self) -> str:
        """The last character written ("" before any): a piece is never empty (`add`)."""
        return self._parts[-1][-1] if self._parts else ""

    def since(self, offset: int) -> str:
        """The text written from `offset` on (cheap when it is the last few pieces)."""
        pieces, length = [], self._length
        for part in reversed(self._parts):
            if length <= offset:
                break
            pieces.append(part)
            length -= len(part)
        return "".join(reversed(pieces))[offset - length :]

    def add(self, text: str, line: int | None = None, column: int | None = None) -> tuple[int, int]:
        """Append `text`; `line`/`column` give the source position of its first character.

        Returns the (start, end) offsets of the appended text.
        """
        start = self._length
        if text:
            if line is not None or (self.anchor_lines and self.anchor_lines[-1] is not None):
                self.anchor_offsets.append(start)
                self.anchor_lines.append(line)
                self.anchor_columns.append(column)
            self._parts.append(text)
            self._length += len(text)
        return start, self._length

    def separate(self, separator: str) -> None:
        """Make the text end with `separator` ("\\n" or "\\n\\n"), unless it is empty."""
        if not self._length:
            return
        current = self.tail
        if current.endswith(separator):
            return
        if separator == "\n\n" and current.endswith("\n"):
            self.add("\n")
        else:
            self.add(separator)

    def start_page(self) -> None:
        self.page_starts.append(self._length)

    def start_paragraph(self) -> None:
        self.paragraph_starts.append(self._length)

    def build(self, path: str, fmt: str, sha256: str, warnings: list[str] | None = None) -> Document:
        text = "".join(self._parts)
        return Document(
            path=path,
            text=text,
            format=fmt,
            sha256=sha256,
            anchor_offsets=self.anchor_offsets or [0],
            anchor_lines=self.anchor_lines or [None],
            anchor_columns=self.anchor_columns or [None],
            page_starts=self.page_starts,
            paragraph_starts=self.paragraph_starts,
            cells=self.cells,
            regions=self.regions,
            warnings=warnings or [],
        )
