"""Turning the lines a PDF reader returns into the text a reader sees.

Kept apart from `pdf.py` (which talks to PDFium) so that each step is a plain function on lists of
lines and can be tested without a PDF:

- **running headers and footers**: a line in the top or bottom tenth of a page whose wording
  (digits ignored, so "Page 3 of 9" counts as one wording) recurs in that band on at least half
  of the pages (and on two or more) is dropped; so is a bare page number ("7", "- 7 -",
  "Page 7", "7 of 12") in those bands.
- **hyphenation**: a hyphen at the end of a line (PDFium reports one it joined itself; a plain
  "-" at a line end followed by a lower-case word is the other kind, also across a page break)
  is a real hyphen in almost every release: in the 33 corpus PDFs all 65 of them were ("non-GAAP",
  "long-term", "forward-looking", "cloud-based", "12b-25"), since word processors do not
  hyphenate by default. So the hyphen is kept, and the two halves are put on one line, unless the document
  itself shows the word written whole elsewhere and never hyphenated ("Securi-" + "ties" when
  "Securities" occurs elsewhere): then the word is joined. A split we cannot decide stays
  hyphenated; the normaliser and the fuzzy matcher treat "Securi-ties" as one edit away.
- **reading order**: PDFium returns drawing order; a single-column page is put top to bottom (a
  block drawn out of place goes back where it stands), a page with columns keeps drawing order.
- **paragraphs**: a PDF has no paragraph marks, only space. A gap between two lines of more than
  1.6 times the page's usual line spacing starts a new paragraph, so that a legend is not one
  block with the table above it, unless the sentence goes on over the gap (it does over a page
  break too: the pages are then joined as one paragraph). On a tightly set page, a line that ends
  a sentence well short of the full line length ends its paragraph when a capital follows.
- **lost ligatures**: see `ligatures.py`.
"""

from __future__ import annotations

import math
import re
import statistics
from collections import Counter
from dataclasses import dataclass

from .ligatures import LOST, repair, vocabulary

SOFT_HYPHEN = "\x02"  # PDFium joined two lines at this hyphen
_BAND = 0.10  # top and bottom tenth of the page
_PARAGRAPH_GAP = 1.6  # times the usual line spacing
_MAX_LINE_STEP = 0.05  # of the page height: a larger step is a gap, not a line spacing
_SHORT_LINE = 0.7  # of the page's full line length: a paragraph's last line
_COLUMN_START = 0.45  # a line starting right of this (page width) may be a second column's
_COLUMN_LINES = 3  # ... and this many such lines make a page one with columns
_ROW = 0.004  # of the page height: lines whose tops are closer are one row

_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+)?[-–—(\[]?\s*(?:\d{1,3}|[ivxlc]{1,6})\s*[-–—)\]]?(?:\s+of\s+\d{1,4})?\s*$",
    re.IGNORECASE,
)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)$")
_WORD_AFTER = re.compile(r"^([^\W\d_]+)")
# (the look-behind changes no match: one never starts inside a run of letters, for it would have
# matched from the run's start, and a match ends only where the run of letters does; it spares the
# engine a scan to each word's end from every letter of the word)
_COMPOUND = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:-[^\W\d_]+)+")


@dataclass
class Line:
    text: str
    top: float | None = None  # 0 = top edge of the page, 1 = bottom edge; None when unknown
    left: float | None = None  # 0 = left edge, 1 = right edge (the line's first character)


def drop_running_lines(pages: list[list[Line]]) -> tuple[list[list[Line]], int]:
    """Remove running headers/footers and bare page numbers; return the pages and how many went."""
    counted = [p for p in pages if any(line.text.strip() for line in p)]
    threshold = max(2, math.ceil(len(counted) / 2))
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_wording(line.text) for line in page if _in_band(line)})
    repeated = {
        key for key, pages_with in seen.items()
        if pages_with >= threshold and any(ch.isalpha() for ch in key)  # bare numbers: see below
    }
    kept_pages: list[list[Line]] = []
    removed = 0
    for page in pages:
        kept = []
        for line in page:
            if _in_band(line) and (_wording(line.text) in repeated or _PAGE_NUMBER.match(line.text)):
                removed += 1
            else:
                kept.append(line)
        kept_pages.append(kept)
    return kept_pages, removed


def order_single_column(pages: list[list[Line]]) -> list[list[Line]]:
    """Put the lines of a single-column page in top-to-bottom order.

    PDFium returns text in drawing order, and a page may draw a block out of place (Axon draws
    the bullets at the top of a page after the legend at its foot). On a page with one column
    (no run of lines starting right of the middle), top to bottom is the reading order; a page
    with columns keeps the drawing order, which follows its columns."""
    out: list[list[Line]] = []
    for page in pages:
        placed = [line for line in page if line.top is not None and line.text.strip()]
        right = sum(1 for line in placed if line.left is not None and line.left > _COLUMN_START)
        if len(placed) != len([line for line in page if line.text.strip()]) or right >= _COLUMN_LINES:
            out.append(page)
            continue
        # Rows a hair apart are one row: keep their drawing order (a table's cells).
        out.append(sorted(placed, key=lambda line: round(line.top / _ROW)))
    return out


def mark_paragraph_gaps(pages: list[list[Line]]) -> list[list[Line]]:
    """Put an empty line where a new paragraph starts: after a vertical gap, or after a short line
    that ends a sentence when the next line starts a new one (tightly set pages have no gaps)."""
    out: list[list[Line]] = []
    for page in pages:
        starts = _gap_starts(page) | _short_line_starts(page)
        marked: list[Line] = []
        for i, line in enumerate(page):
            if i in starts and marked and marked[-1].text.strip():
                marked.append(Line(""))
            marked.append(line)
        out.append(marked)
    return out


def _gap_starts(page: list[Line]) -> set[int]:
    """Lines after a gap of more than 1.6 times the page's usual line spacing."""
    placed = [(i, line.top) for i, line in enumerate(page) if line.top is not None and line.text.strip()]
    steps = [b - a for (_, a), (_, b) in zip(placed, placed[1:]) if 0 < b - a < _MAX_LINE_STEP]
    if len(steps) < 3:
        return set()
    usual = statistics.median(steps)
    return {j for (i, a), (j, b) in zip(placed, placed[1:])
            if b - a > _PARAGRAPH_GAP * usual and not sentence_goes_on(page[i].text, page[j].text)}


def _short_line_starts(page: list[Line]) -> set[int]:
    """Lines after a line that ends a sentence well short of the page's full line length (the
    last line of a paragraph) and that start with a capital, a digit or a bullet."""
    texts = [(i, line.text.strip()) for i, line in enumerate(page) if line.text.strip()]
    lengths = sorted(len(text) for _, text in texts if len(text.split()) >= 5)
    if len(lengths) < 5:
        return set()
    full = lengths[int(0.9 * (len(lengths) - 1))]
    return {j for (_, before), (j, after) in zip(texts, texts[1:])
            if before[-1] in ".!?:" and len(before) < _SHORT_LINE * full
            and (after[0].isupper() or after[0].isdigit() or after[0] in "•▪➢❖✓-–—(")}


def sentence_goes_on(before: str, after: str) -> bool:
    """Whether text after a gap or a page break goes on with the sentence before it: it follows a
    comma ("for the year ended Dec. 31," / "2005, and …"), or starts in lower case after text that
    stops mid-sentence ("patents attained by" / "competitors; …")."""
    tail, head = before.rstrip()[-1:], after.lstrip()[:1]
    if not tail or not head or tail in ".!?:;":
        return False
    return tail == "," or head.islower()


def _in_band(line: Line) -> bool:
    return line.top is not None and (line.top < _BAND or line.top > 1 - _BAND) and bool(line.text.strip())


def _wording(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


_SOFT_HYPHENATED = re.compile(rf"([^\W\d_]+){SOFT_HYPHEN}([^\W\d_]*)")


def join_hyphenation(pages: list[list[str]]) -> list[list[str]]:
    """Resolve line-end hyphens (see the module docstring); lines stay on their pages."""
    known = _Evidence(pages)
    flat = [(p, i) for p, page in enumerate(pages) for i, _ in enumerate(page)]
    out = [list(page) for page in pages]
    for n, (p, i) in enumerate(flat):
        if SOFT_HYPHEN in out[p][i]:  # (most lines have none, and then neither step changes them)
            out[p][i] = _SOFT_HYPHENATED.sub(
                lambda m: m.group(1) + _hyphen(m.group(1), m.group(2), known) + m.group(2),
                out[p][i],
            ).replace(SOFT_HYPHEN, "-")
        if n + 1 < len(flat):
            q, j = flat[n + 1]
            out[p][i], out[q][j] = _join_across(out[p][i], out[q][j], known)
    return out


def _join_across(line: str, following: str, known: _Evidence | Counter[str]) -> tuple[str, str]:
    """Pull the rest of a word split at a line-end hyphen up onto the first line."""
    stripped = line.rstrip()
    if not stripped.endswith("-") or stripped.endswith("--"):
        return line, following
    before = _WORD_BEFORE.search(stripped[:-1])
    after = _WORD_AFTER.match(following.lstrip())
    if not before or not after or not after.group(1)[0].islower():
        return line, following
    left, right = before.group(1), after.group(1)
    rest = following.lstrip()[len(right):]
    joined = stripped[:-1] + _hyphen(left, right, known) + right
    # Trailing punctuation of the word ("ties," / "ties.") goes with it.
    punctuation = re.match(r"^[,.;:)\]”’\"']*", rest).group()
    return joined + punctuation, rest[len(punctuation):].lstrip()


def _hyphen(left: str, right: str, known: _Evidence | Counter[str]) -> str:
    """'-' to keep the hyphen, '' to join the halves into one word."""
    if not left or not right:
        return "-"  # "12b-25", "FX-1": not a word split in two
    whole, hyphenated = (left + right).lower(), f"{left}-{right}".lower()
    if known.get(whole, 0) and not known.get(hyphenated, 0):
        return ""
    return "-"


class _Evidence:
    """`_hyphen_evidence(pages)`, counted when a split word is first weighed: half the corpus PDFs
    have no line-end hyphen to decide, and counting every word of a long release is most of the
    cost of resolving them. (`pages` is read, never changed, by `join_hyphenation`, so the counts
    are those of the pages as they came in, whenever they are taken.)"""

    def __init__(self, pages: list[list[str]]) -> None:
        self.pages = pages
        self.counts: Counter[str] | None = None

    def get(self, word: str, default: int = 0) -> int:
        if self.counts is None:
            self.counts = _hyphen_evidence(self.pages)
        return self.counts.get(word, default)


def _hyphen_evidence(pages: list[list[str]]) -> Counter[str]:
    """Words and hyphenated compounds as written inside lines (never across a line break)."""
    text = "\n".join(line for page in pages for line in page).replace(SOFT_HYPHEN, " ")
    counts = vocabulary(text)
    counts.update(m.group().lower() for m in compounds(text))
    return counts


_CHUNK_END = re.compile(r"[ \t\n]|$")


def compounds(text: str) -> list[re.Match[str]]:
    """`_COMPOUND.finditer(text)`, as a list, searched only in the runs between spaces, tabs and
    line breaks that hold a hyphen (a compound is letters and hyphens, so none crosses those, and
    each run is searched from its start as the whole scan reaches it): the whole scan tries the
    pattern at every letter of the text, 6 ms of a 100,000-character release; the hyphens are few."""
    found: list[re.Match[str]] = []
    searched = 0  # the text before this is searched
    hyphen = text.find("-")
    while hyphen >= 0:
        start = max(searched, text.rfind(" ", searched, hyphen) + 1, text.rfind("\t", searched, hyphen) + 1,
                    text.rfind("\n", searched, hyphen) + 1)
        end = _CHUNK_END.search(text, hyphen).start()
        found += _COMPOUND.finditer(text, start, end)
        searched = end
        hyphen = text.find("-", end)
    return found


def repair_ligatures(pages: list[list[str]]) -> tuple[list[list[str]], list[str]]:
    """Repair lost ligature glyphs on every line; returns the pages and warnings."""
    if not any(LOST in line for page in pages for line in page):
        return pages, []
    known = vocabulary("\n".join(line for page in pages for line in page))
    fixed: list[list[str]] = []
    repaired_count = 0
    left: list[str] = []
    for page in pages:
        new_page = []
        for line in page:
            text, repaired, unresolved = repair(line, known)
            repaired_count += len(repaired)
            left += unresolved
            new_page.append(text)
        fixed.append(new_page)
    warnings = [
        f"{repaired_count + len(left)} words had a ligature glyph with no character (e.g. 'fi' "
        f"lost); {repaired_count} were repaired from the document's own words and a word list"
    ]
    if left:
        sample = ", ".join(sorted(set(left))[:8])
        warnings.append(f"{len(left)} damaged words could not be repaired and show U+FFFD: {sample}")
    return fixed, warnings
