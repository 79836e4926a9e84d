"""Headings set letter by letter, read as words again.

A display face with wide tracking, or a designer's spaced capitals, comes out of a PDF or a
scan as single letters apart: "F O R W A R D - L O O K I N G   S T A T E M E N T S". The
canonical text then holds twenty-odd one-letter "words" and no phrase matches them. A reader
sees a heading of three words, the words parted by a wider gap (two spaces or more) or by a
dash.

`join_spaced_letters` finds such lines in the document text and writes them into the canonical
text as their words ("forward looking statements"), each line mapped back to its whole source
stretch. Only a line made of nothing else is read so: capitals one space apart, at least
`_LETTERS` of them and a word of three letters or more among them. So a run of initials inside
a sentence ("U S A"), a table's column letters ("A B C") or a spaced caption in lower case are
left as they are.
"""

from __future__ import annotations

import re

from .normalise import Canonical, canonicalise

# Cheap test first: a document without five capitals one space apart has no such line.
_PREFILTER = re.compile(r"[A-Z] [A-Z] [A-Z] [A-Z] [A-Z]")
# A line of spaced capitals: letters one space apart; words parted by two or more spaces, or by a
# dash or an ampersand with spaces around it.
# (quote marks set apart like letters: "R E G A R D I N G   “ F O R W A R D - L O O K I N G ”")
_GAP = r"(?:[ \t]{2,}|[ \t]*[-\u2010\u2011\u2013\u2014&][ \t]*)"
# (a year's digits are spaced too, "A C T   O F   1 9 9 5", and a closing quote may cling to the
# letter before it: "H A R B O R\"")
_QUOTE = "[\"'\u2018\u2019\u201c\u201d]"
_CHARACTER = "(?:" + _QUOTE + "|" + _QUOTE + "?[A-Z0-9]" + _QUOTE + "?)"
_SPACED_WORD = _CHARACTER + "(?: " + _CHARACTER + ")*"
_LINE = re.compile(r"(?m)^[ \t]*(?P<run>" + _SPACED_WORD + "(?:" + _GAP + _SPACED_WORD + r")*)[ \t]*:?[ \t]*$")
_WORD_GAP = re.compile(_GAP)
_LETTERS = 8


def _words(run: str) -> str | None:
    """The words of a letter-spaced run, joined as a heading writes them ("FORWARD-LOOKING
    STATEMENTS"), or None when the run is not letter-spaced (a heading in ordinary capitals,
    "SAFE HARBOR", has no one-space gap between letters) or too short to tell."""
    letters = sum(c.isalpha() for c in run)
    if letters < _LETTERS or not re.search(r"[A-Z] [A-Z]", run):
        return None
    words, gaps, at = [], [], 0
    for gap in _WORD_GAP.finditer(run):
        words.append(run[at : gap.start()].replace(" ", ""))
        gaps.append("-" if "-" in gap.group() or "\u2011" in gap.group() or "\u2010" in gap.group() else
                    (" & " if "&" in gap.group() else " "))
        at = gap.end()
    words.append(run[at:].replace(" ", ""))
    if max(sum(c.isalpha() for c in w) for w in words) < 3:
        return None
    return "".join(w + g for w, g in zip(words, gaps + [""]))


def join_spaced_letters(canonical: Canonical, source: str) -> Canonical:
    """`canonical` with each line of `source` that is a heading set in letter-spaced capitals
    written as its words (see the module's docstring); unchanged when there is none."""
    if not _PREFILTER.search(source):
        return canonical
    replaced = []
    for line in _LINE.finditer(source):
        words = _words(line.group("run"))
        if words is None:
            continue
        # from its first letter to its last: a quote mark before or after it is canonicalised with
        # the paragraph break beside it, which must stay
        run = line.group("run")
        first = next(i for i, c in enumerate(run) if c.isalnum())
        last = max(i for i, c in enumerate(run) if c.isalnum()) + 1
        start = canonical.from_source(line.start("run") + first)
        end = canonical.from_source(line.start("run") + last)
        if start < end:
            replaced.append((start, end, canonicalise(words).text))
    return canonical.with_spans_replaced(replaced) if replaced else canonical
