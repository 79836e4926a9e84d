"""Canonical text: the form in which rule phrases and documents are compared.

Canonical text is Unicode NFKC, lower case, without quote marks (apostrophes inside words are
kept, as '), every blank line
(paragraph break) turned into one "\n\n" and every other run of whitespace, dashes and hyphens
into one space (a paragraph break is two newlines so that canonical text is its own canonical
form: a single newline is a wrapped line), so that "forward- looking",
"forward -looking", "forward-\\nlooking", "forward looking" and "Forward‑Looking" (non-breaking
hyphen) all read "forward looking". Rule phrases go through the same function, so both sides
agree.

`Canonical.to_source()` maps a canonical span back to the exact characters of the document text.
The map is a list of breakpoints, one per place where the text changed, not one entry per
character: the work is one regular-expression split and running sums, in C for the most part.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate
from dataclasses import dataclass
from functools import lru_cache

_QUOTES = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
}
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
# A soft hyphen (U+00AD, HTML's "&shy;") marks where a word may break; a reader sees it only at a
# line end, and then the word is still one: "uncer&shy;tainties" reads "uncertainties". (A PDF's
# line-end hyphen comes from the PDF reader as a plain one, `documents.pdfium_pages`.)
_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# The same characters where a reader's view of the source is wanted (a heading, how a word is written)
INVISIBLE = re.compile(f"[{_ZERO_WIDTH}]")

# Plain stretches need no change: printable ASCII other than quote marks and hyphens, words
# joined by single spaces. What lies between them (whitespace runs, dashes, quote marks, anything
# non-ASCII) is a run to canonicalise. Quote marks are dropped (an apostrophe inside a word is
# kept), so that 'contains "forward-looking statements"' reads like the phrase without quotes.
_PLAIN = r"[\x21\x23-\x26\x28-\x2c\x2e-\x7e]"
_PLAIN_SPLIT = re.compile(f"({_PLAIN}+(?: {_PLAIN}+)*)")
_APOSTROPHES = frozenset({"'", "`", "\u2018", "\u2019", "\u201a", "\u201b", "\u2032", "\u00b4"})
_SPACEY = re.compile(" {2,}")  # after translation, whitespace and dashes are all spaces


@lru_cache(maxsize=4096)
def _canonical_char(ch: str) -> str:
    if ch in _QUOTES:
        return _QUOTES[ch]
    if ch in _DASHES or ch.isspace():
        return " "
    if ch in _ZERO_WIDTH or unicodedata.category(ch) in ("Cc", "Cf", "Mn"):
        return ""
    folded = unicodedata.normalize("NFKC", ch).lower()
    if folded == ch:
        return ch
    # NFKC can produce characters that need canonicalising themselves ("¯" is space + macron).
    return "".join(c if c == ch else _canonical_char(c) for c in folded)


@lru_cache(maxsize=8192)
def _canonical_run(run: str, in_word: bool) -> str:
    if run.count("\n") >= 2:
        return "\n\n"  # a paragraph break stays one, so sentences and patterns do not cross it
    translated = "".join(_canonical_char(ch) for ch in run)
    if translated == "'" and in_word:
        return "'"  # an apostrophe: company's
    translated = translated.replace('"', "").replace("'", "")
    return _SPACEY.sub(" ", translated)


@dataclass(frozen=True)
class Canonical:
    """Canonical text plus the map back to the document text it came from."""

    text: str
    source_length: int
    # Breakpoints, sorted: canonical offset, source offset, and for a replaced run the source end
    # (identity stretches have -1: offsets move one for one from the breakpoint).
    _canon: tuple[int, ...]
    _source: tuple[int, ...]
    _source_end: tuple[int, ...]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map canonical [start, end) to the document text's [start, end)."""
        if end <= start:
            s = self._point(start, is_end=False)
            return s, s
        return self._point(start, is_end=False), self._point(end, is_end=True)

    def from_source(self, offset: int) -> int:
        """The canonical offset of document-text `offset` (a replaced run maps to its start)."""
        i = bisect_right(self._source, offset) - 1
        if i < 0:
            return offset
        if self._source_end[i] < 0:
            return min(self._canon[i] + offset - self._source[i], len(self.text))
        return self._canon[i]

    def with_spaces_before(self, offsets: Iterable[int]) -> Canonical:
        """This text with one space inserted before each canonical offset of `offsets`, the map
        kept: an inserted space maps to the empty source span where it stands. Each offset must
        stand between two characters the document has side by side (inside an unchanged stretch);
        others are skipped."""
        points = sorted(o for o in set(offsets) if self._inside_identity(o))
        if not points:
            return self
        pieces, previous = [], 0
        for point in points:
            pieces += [self.text[previous:point], " "]
            previous = point
        pieces.append(self.text[previous:])
        old = [(canon + bisect_right(points, canon - 1), source, end)
               for canon, source, end in zip(self._canon, self._source, self._source_end)]
        added = []
        for shift, point in enumerate(points):
            source = self._point(point, is_end=False)
            added += [(point + shift, source, source), (point + shift + 1, source, -1)]
        merged = sorted(old + added)
        return Canonical("".join(pieces), self.source_length, tuple(m[0] for m in merged),
                         tuple(m[1] for m in merged), tuple(m[2] for m in merged))

    def with_spans_as_spaces(self, spans: Iterable[tuple[int, int]]) -> Canonical:
        """This text with each canonical span [start, end) of `spans` (sorted, apart, inside the
        text) replaced by one space that maps to the whole source stretch the span came from; the
        map is kept everywhere else. What a reader passes over without reading (a page's footer
        inside a sentence) goes so, and the words on either side stand one space apart."""
        return self.with_spans_replaced([(start, end, " ") for start, end in spans])

    def with_spans_replaced(self, spans: Iterable[tuple[int, int, str]]) -> Canonical:
        """This text with each canonical span [start, end) of `spans` (sorted, apart, inside the
        text) replaced by its text, which maps as a whole to the source stretch the span came
        from; the map is kept everywhere else."""
        # The breakpoints between spans are copied a stretch at a time (found by bisection: the
        # breakpoints are sorted), their canonical offsets moved by what the spans before removed;
        # a filing has tens of thousands of them and only a few spans.
        canon, source, source_ends = self._canon, self._source, self._source_end
        canons: list[int] = []
        sources: list[int] = []
        ends: list[int] = []
        pieces: list[str] = []
        shift = previous = i = 0
        for start, end, replacement in spans:
            before = bisect_left(canon, start, i)  # the breakpoints before the span
            canons += [c - shift for c in canon[i:before]] if shift else canon[i:before]
            sources += source[i:before]
            ends += source_ends[i:before]
            i = bisect_right(canon, end, before)  # those inside it, or at its end (made again below)
            pieces += [self.text[previous:start], replacement]
            canons += [start - shift, start - shift + len(replacement)]
            after, after_end = self._stretch_at(end)
            sources += [self._point(start, is_end=False), after]
            ends += [self._point(end, is_end=False), after_end]
            shift += end - start - len(replacement)
            previous = end
        canons += [c - shift for c in canon[i:]] if shift else canon[i:]
        sources += source[i:]
        ends += source_ends[i:]
        pieces.append(self.text[previous:])
        return Canonical("".join(pieces), self.source_length, tuple(canons), tuple(sources), tuple(ends))

    def _stretch_at(self, offset: int) -> tuple[int, int]:
        """The (source offset, source end) a breakpoint at canonical `offset` would have: -1 as
        the end inside an unchanged stretch, the run's source end inside a replaced run."""
        i = bisect_right(self._canon, offset) - 1
        if i < 0:
            return offset, -1
        if self._source_end[i] < 0:
            return self._source[i] + offset - self._canon[i], -1
        if self._canon[i] == offset:
            return self._source[i], self._source_end[i]
        return self._source_end[i], self._source_end[i]

    def _inside_identity(self, offset: int) -> bool:
        if not 0 < offset < len(self.text):
            return False
        i = bisect_right(self._canon, offset) - 1
        # the stretch holding `offset` is unchanged and began before it, so the character before
        # `offset` is in the same stretch
        return i < 0 or (self._source_end[i] < 0 and self._canon[i] < offset)

    def _point(self, offset: int, is_end: bool) -> int:
        if offset >= len(self.text):
            return self.source_length
        probe = offset - 1 if is_end else offset
        i = bisect_right(self._canon, probe) - 1
        if i < 0:
            return probe + 1 if is_end else probe
        base_canon, base_source, source_end = self._canon[i], self._source[i], self._source_end[i]
        if source_end < 0:  # identity stretch
            position = base_source + probe - base_canon
            return position + 1 if is_end else position
        return source_end if is_end else base_source


@lru_cache(maxsize=1 << 14)
def canonical_phrase(phrase: str) -> str:
    """The canonical form of a rule phrase (no offsets needed). Cached: compiling a pack asks
    for the same few thousand words and phrases many times over."""
    return canonicalise(phrase).text.strip()


def canonicalise(text: str) -> Canonical:
    """Make the canonical form of a document text, with its offset map.

    `re.split` on the plain stretches (printable words joined by single spaces, which need no
    change) leaves the runs between them; each run's replacement comes from a cache, and offsets
    are running sums. Only the runs that change become breakpoints.
    """
    parts = _PLAIN_SPLIT.split(text)  # runs at even indices (maybe empty), plain text at odd ones
    canon_parts = parts[:]
    last = len(parts) - 1
    for index in range(0, len(parts), 2):
        run = parts[index]
        in_word = (run in _APOSTROPHES and 0 < index < last
                   and (parts[index - 1][-1:].isalnum() or _abbreviation_possessive(parts[index - 1], parts[index + 1]))
                   and parts[index + 1][:1].isalnum())
        canon_parts[index] = _canonical_run(run, in_word)
    source_offsets = list(accumulate(map(len, parts), initial=0))
    canon_offsets = list(accumulate(map(len, canon_parts), initial=0))
    changed = [i for i in range(0, len(parts), 2) if canon_parts[i] != parts[i]]
    canon_points = tuple(p for i in changed for p in (canon_offsets[i], canon_offsets[i + 1]))
    source_points = tuple(p for i in changed for p in (source_offsets[i], source_offsets[i + 1]))
    source_ends = tuple(p for i in changed for p in (source_offsets[i + 1], -1))
    joined = "".join(canon_parts)
    # Runs were lowered with NFKC above, and lower-casing is idempotent, so only the ASCII of the
    # plain stretches changes here, one for one; the length check guards that promise.
    lowered = joined.lower()
    if len(lowered) != len(joined):
        lowered = _ascii_lower(joined)
    return Canonical(lowered, len(text), canon_points, source_points, source_ends)


def _abbreviation_possessive(before: str, after: str) -> bool:
    """Whether an apostrophe between `before` and `after` makes an abbreviation possessive
    ("Beta Corp.'s results"), and is kept like the one in "company's"."""
    return before.endswith(".") and before[-2:-1].isalpha() and after[:1] in "sS" and not after[1:2].isalnum()


_ASCII_UPPER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(text: str) -> str:
    return text.translate(_ASCII_UPPER)
