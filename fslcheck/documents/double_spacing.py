"""Double-spaced text: a blank line after every line, not only between paragraphs.

A typescript filed as text, or a PDF copied out of a viewer, can come with a blank line after each
wrapped line. Canonical text reads a blank line as a paragraph break, so every line of such a
legend would be a paragraph of its own: a sentence cut in four, a heading run into nothing, a list
of factors in pieces. This module finds the blank lines that only separate two lines of one
paragraph, so that the text loader can leave them out.

A run of double spacing is four lines or more, each alone between blank lines, one blank line
apart, none longer than a typed line (`_MEASURE_MAX` columns) — and the run shows it is wrapped
prose: at least a quarter of its line ends fall inside a sentence, the next line going on in lower
case ("... could cause actual" / "results to differ ..."). A page of one-line paragraphs, a list or
an address block does not show that, and is left alone.

Inside a run a blank line is left out (the two lines are one paragraph) unless what is on either
side says a paragraph ends there:

- the line before is short (under `_FULL` of the run's measure, the length most of its lines
  reach) and either ends a sentence
  or is followed by a line opening in upper case: a paragraph's last line, or a heading;
- the line after opens a list item (a bullet, "1.", "(a)") or is indented deeper than the line
  before (a first-line indent);
- the line before ends a sentence and the line after is a heading: short, no closing mark, its
  first and last words and most of its longer ones capitalised ("We Rely on Others to Manufacture
  Our Products") — the next section's title, not the paragraph's last line;
- the line before is in capitals throughout (a headline or a heading), unless it fills the line
  and the next line opens in capitals too (a long heading wrapped: "SAFE HARBOR STATEMENT UNDER THE
  PRIVATE SECURITIES LITIGATION REFORM" / "ACT OF 1995: All forward-looking ...");

but a line that ends on a word no paragraph or heading ends on ("of", "the", "under":
`_OPEN_WORDS`) runs on into the next one.

A paragraph whose last line happens to fill the measure is run into the next one: the sentences
stay whole, which is what the checks need.

`strict` (for Markdown, where a newswire copy writes every paragraph, contact line and address
line as a one-line paragraph of its own) asks more of both: at least half of the run's lines fill
the measure (`_FULL`), as a typed page's do and a contact block's do not, and a blank line is left
out only after a full line that ends inside a sentence. A full line there also holds
`_FULL_WORDS` words or more: a long e-mail or web address, or a name and title, is no line of prose.
"""

from __future__ import annotations

import re

_MIN_LINES = 4
_MEASURE_MAX = 110  # longer lines are unwrapped paragraphs, not a typed page's lines
_MEASURE_MIN = 30
_FULL = 0.8
_FULL_WORDS = 7  # (strict) a full line of prose, not a long address or a name with a title
_WRAPPED_SHARE = 0.25
_SENTENCE_END = tuple(".!?:;")
_LIST_ITEM = re.compile(r"[ \t]*(?:[•●▪◦○■□➢\-*–—]|\(?[0-9]{1,2}[.)]|\([a-zA-Z]{1,4}\))[ \t]")


def soft_blank_lines(text: str, strict: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each blank line of `text` (its spaces and its newline) that only separates
    two wrapped lines of one double-spaced paragraph, in order (`strict`: see the module doc)."""
    if "\n\n" not in text:
        return []
    lines = text.split("\n")
    starts = [0] * len(lines)
    position = 0
    for i, line in enumerate(lines):
        starts[i] = position
        position += len(line) + 1
    out: list[tuple[int, int]] = []
    for run in _runs(lines):
        out.extend((starts[i + 1], starts[i + 2]) for i in _soft_breaks(lines, run, strict))
    return out


def _runs(lines: list[str]) -> list[list[int]]:
    """Runs of line indexes, each a line alone between single blank lines (see the module doc)."""
    runs: list[list[int]] = []
    current: list[int] = []
    n = len(lines)
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        alone = ((i == 0 or not lines[i - 1].strip()) and (i + 1 >= n or not lines[i + 1].strip())
                 and len(line.rstrip()) <= _MEASURE_MAX)
        if alone and current and current[-1] == i - 2:
            current.append(i)
            continue
        if len(current) >= _MIN_LINES:
            runs.append(current)
        current = [i] if alone else []
    if len(current) >= _MIN_LINES:
        runs.append(current)
    return runs


def _soft_breaks(lines: list[str], run: list[int], strict: bool = False) -> list[int]:
    """The indexes, in `run`, of lines whose following blank line is soft ([] if the run does
    not show wrapped prose)."""
    # the measure of the typed lines: most lines of a wrapped paragraph fill it, a paragraph's last
    # line falls short of it, and a stray longer line (a table row, a heading set wide) must not
    # stretch it
    lengths = sorted(len(lines[i].rstrip()) for i in run)
    measure = lengths[(3 * (len(lengths) - 1)) // 4]
    if measure < _MEASURE_MIN:
        return []
    pairs = list(zip(run, run[1:]))
    wrapped = sum(1 for a, b in pairs if _inside_sentence(lines[a], lines[b]))
    if wrapped < max(2, _WRAPPED_SHARE * len(pairs)):
        return []
    if strict:
        full = {i for i in run if len(lines[i].rstrip()) >= _FULL * measure and len(lines[i].split()) >= _FULL_WORDS}
        if 2 * len(full) < len(run):
            return []
        return [a for a, b in pairs if a in full and not lines[a].rstrip().endswith(_SENTENCE_END)
                and not _paragraph_ends(lines[a], lines[b], measure)]
    return [a for a, b in pairs if not _paragraph_ends(lines[a], lines[b], measure)]


def _inside_sentence(before: str, after: str) -> bool:
    return not before.rstrip().endswith(_SENTENCE_END) and after.lstrip()[:1].islower()


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _capitals(line: str) -> bool:
    """A line in capitals throughout: a headline or a heading, which ends where its line does."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 3 and not any(ch.islower() for ch in letters)


# A line cannot end on these: a heading in capitals wrapped after one ("SAFE HARBOR STATEMENT UNDER
# THE PRIVATE SECURITIES LITIGATION REFORM ACT OF" / "1995: All forward-looking ...") goes on.
_OPEN_WORDS = frozenset("of the and or to in on for under with a an by from as".split())


def _open_ended(line: str) -> bool:
    words = line.split()
    return bool(words) and words[-1].lower() in _OPEN_WORDS


def _heading_line(line: str, measure: int) -> bool:
    """A heading on a line of its own: short, no closing mark, most longer words capitalised
    ("We Rely on Others to Manufacture Our Products", "Risks Related to Our Business")."""
    words = line.split()
    if not words or len(line.strip()) >= _FULL * measure or line.rstrip()[-1] in ".!?:;,\"'”’)":
        return False
    longer = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return (words[0][:1].isupper() and words[-1][:1].isupper() and bool(longer)
            and sum(w[0].isupper() for w in longer) >= 0.7 * len(longer))


def _paragraph_ends(before: str, after: str, measure: int) -> bool:
    if _LIST_ITEM.match(after) or _indent(after) > _indent(before):
        return True
    if before.rstrip().endswith(tuple(".!?")) and _heading_line(after, measure):
        return True  # a sentence's end, then a heading (a title-case line with no closing mark)
    if _open_ended(before):
        return False
    full = len(before.rstrip()) >= _FULL * measure
    if _capitals(before):
        # a heading ends with its line, unless it fills the line and goes on in capitals
        return not (full and _capitals(after.split(None, 1)[0] if after.split() else ""))
    if full:
        return False
    return before.rstrip().endswith(_SENTENCE_END) or not after.lstrip()[:1].islower()
