"""Sentences of a document as a reader quotes them, in document-text offsets.

The cut starts from `fslcheck.text_units.sentence_starts` on canonical text (paragraph breaks,
". " not after an abbreviation such as "Inc." or "U.S.", decimals never cut because they have no
space after the point, bulleted items cut before their bullet). Canonical text joins the lines
of a paragraph, which is right for wrapped prose but wrong for what a release sets line by line
without a full stop, so each sentence's source is cut again at a line break when

- the line is a table row (a figure after a run of two or more spaces, a tab or a "|"), or the
  next line is one;
- the line is short next to a full line of the document's wrapped prose, does not run on (no ",",
  ";", ":", "and", "or", "the" at its end), is mostly capitalised words, and the next line starts
  with a capital, digit or bullet: a heading without a full stop, a transcript's speaker name, a
  speaker's title line (not a sentence a PDF broke at a short line, "... 13th Gen Intel®").

A transcript speaker label that opens a line ("Operator:", "Tim Cook -- CEO:") is cut off its
sentence too, so that the sentence is the words spoken; the sentence keeps it as `speaker`, so
that whoever follows the call knows who speaks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..normalise import Canonical, canonicalise
from ..text_units import sentence_starts

_CELL_GAP = re.compile(r" {2,}|\t|\|")
_NUMERIC_CELL = re.compile(r"^[(\-$€£]*\s*[\d][\d.,]*\s*%?\)?(?:\s*(?:million|billion|percent|pts?|bps))?$")
_LEADERS = re.compile(r"\.{3,} *\$?[\d(]")
_RUNS_ON = re.compile(r"(?:[,;:\-–—(&/]|\b(?:and|or|the|a|an|of|to|in|for|with|by|on|our|its|their|"
                      r"mr|mrs|ms|dr|inc|no|st|u\.s|approx)\.?)\s*$", re.IGNORECASE)
_STARTS_UNIT = re.compile(r"\s*(?:[A-Z0-9$•·▪◦●■□➢►❖✓*(\"“]|-\s)")
_SPEAKER = re.compile(r"^\s*(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}(?: --? [^:\n]{1,60})?):[ \t]+(?=\S)")
# The same label at the start of any sentence that starts a line (`_SPEAKER`'s "^" holds only at
# the start of the text): recorded as the sentence's speaker, its words left as they are, because
# a release's "Revenue:" or "Looking Ahead:" opens a line the same way and is part of what it says.
_LABEL = re.compile(_SPEAKER.pattern[1:])
_ALNUM = re.compile(r"[A-Za-z0-9]")
_SHORT_LINE = 0.6  # a line shorter than this share of a full prose line ends a unit
_MIN_LONG = 50     # ... when the paragraph has lines at least this long (wrapped prose)


@dataclass(frozen=True)
class Sentence:
    """A sentence: `start`/`end` are offsets into the document text; `text` its words; `speaker`
    the transcript speaker label cut off its start ("Operator", "Tim Cook -- CEO"), if any."""

    start: int
    end: int
    text: str
    speaker: str = ""


def sentences(text: str, canonical: Canonical | None = None) -> list[Sentence]:
    """The sentences of a document text, in order, each with its document-text span."""
    return list(each_sentence(text, canonical))


def each_sentence(text: str, canonical: Canonical | None = None) -> Iterator[Sentence]:
    """`sentences`, one at a time: a reader that stops early does not cut the rest."""
    canonical = canonical or canonicalise(text)
    canon = canonical.text
    starts = sentence_starts(canon, bullets=True)
    bounds = starts + [len(canon)]
    long_line = _typical_long_line(text)
    for index, start in enumerate(starts):
        end = bounds[index + 1]
        if not canon[start:end].strip():
            continue
        source_start, source_end = canonical.to_source(start, end)
        for piece_start, piece_end in _cut_lines(text, source_start, source_end, long_line):
            sentence = _make(text, piece_start, piece_end)
            if sentence is not None:
                yield sentence


def _make(text: str, start: int, end: int) -> Sentence | None:
    speaker = _SPEAKER.match(text, start, end)
    label = ""
    if speaker and speaker.end() < end:
        start = speaker.end()
        label = speaker.group(0).strip().rstrip(":").strip()
    elif start == 0 or text[start - 1] == "\n":
        found = _LABEL.match(text, start, end)
        if found and found.end() < end:
            label = found.group(0).strip().rstrip(":").strip()
    while start < end and text[start] in " \t\r\n•·▪◦●■□➢►❖✓":
        start += 1
    while end > start and text[end - 1] in " \t\r\n•·▪◦●■□➢►❖✓":
        end -= 1  # ... and the bullet that opens the next item
    if end - start > 1 and text[end - 1] in "\"“‘" and text[end - 2].isspace():
        end -= 1  # an opening quote mark that belongs to the next sentence
        while end > start and text[end - 1].isspace():
            end -= 1
    if start >= end:
        return None
    piece = text[start:end]
    # every run of white space as one space, by split and join (six times a regex's speed)
    words = " ".join(piece.split())
    if words:  # the runs at the ends, which split drops, are one space each too
        words = (" " if piece[0].isspace() else "") + words + (" " if piece[-1].isspace() else "")
    if not _ALNUM.search(words):
        return None
    return Sentence(start, end, words, label)


def _table_row(line: str) -> bool:
    """A line set as table cells: a figure in a cell of its own, or dot leaders before a figure."""
    stripped = line.strip()
    if "  " not in stripped and "\t" not in stripped and "|" not in stripped:
        # no cell gap (`_CELL_GAP`): one cell at most. Most lines of a hard-wrapped text are prose,
        # and each is asked about: the split is left for lines that have a gap
        return bool(_LEADERS.search(line))
    cells = [c.strip() for c in _CELL_GAP.split(stripped) if c.strip()]
    return (len(cells) >= 2 and any(_NUMERIC_CELL.match(c) for c in cells)) or bool(_LEADERS.search(line))


_SMALL_WORDS = frozenset({"of", "and", "the", "a", "an", "for", "to", "in", "on", "at", "by", "with", "or", "&", "-", "–",
                          "—", "|"})


def _title_like(line: str) -> bool:
    """A heading, a name or a title line: mostly capitalised words ("Significant Developments",
    "Jane Smith", "Acme, Inc. - CFO"), not the first half of a sentence a PDF broke at a
    trademark sign ("In the fourth quarter, CCG's 13th Gen Intel®")."""
    words = [w for w in line.split() if w.lower() not in _SMALL_WORDS and any(c.isalpha() for c in w)]
    if not words:
        return False
    capitalised = sum(1 for w in words if w.lstrip("(\"'“‘")[:1].isupper())
    return capitalised >= 0.6 * len(words)


def _typical_long_line(text: str) -> int:
    """The length of a full line of wrapped prose in this text (90th percentile of its lines)."""
    lengths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
    return lengths[int(len(lengths) * 0.9)] if lengths else 0


def _cut_lines(text: str, start: int, end: int, longest: int) -> list[tuple[int, int]]:
    """Split a source span at line breaks that end a unit (see the module docstring)."""
    chunk = text[start:end]
    if "\n" not in chunk.strip("\n"):
        return [(start, end)]
    lines = []
    position = start
    for line in chunk.split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    pieces: list[tuple[int, int]] = []
    piece_start = start
    next_row: bool | None = None  # whether the line this one is, read as the one after the last
    for index, (line_start, line_end) in enumerate(lines[:-1]):
        line = text[text.rfind("\n", 0, line_start) + 1:line_end].strip()  # the whole source line
        following = text[lines[index + 1][0]:lines[index + 1][1]]
        row, next_row = next_row, None
        if not line:
            continue
        cut = False
        # each line is read as a table row once (as the line after this one, then as this one)
        next_row = _table_row(following)
        if row is None:
            row = _table_row(line)
        if row or next_row:
            cut = True
        elif (longest >= _MIN_LONG and len(line) < _SHORT_LINE * longest
              and not _RUNS_ON.search(line) and _STARTS_UNIT.match(following) and _title_like(line)):
            cut = True
        if cut:
            pieces.append((piece_start, line_end))
            piece_start = line_end + 1
    pieces.append((piece_start, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]
