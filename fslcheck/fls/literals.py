"""Literal words a regular expression cannot match without: a cheap, exact test before the search.

`required(pattern)` reads a compiled pattern's syntax tree and returns a set of literal strings
such that every match of the pattern contains at least one of them, or None when it cannot tell
(a branch made only of classes or optional parts). `substring in text` is a fast C scan, while a
pattern opening on `\\b(?:a|b|c...)` is tried at every position of the sentence; so when none of
the literals is in the sentence, the search is skipped and gives the same answer it would have
given: no match.

Why the rules below are exact (each is a necessary condition, never a sufficient one):

- a run of plain characters in sequence must appear verbatim in any match;
- a sequence needs everything in it, so the requirement of any one of its parts will do;
- an alternation needs one of its branches, so it requires the union of what the branches
  require, and nothing if any branch requires nothing;
- a repeat of at least once needs its body; a possibly-empty one, lookarounds, classes, anchors
  and back-references require nothing.

Only case-sensitive patterns are read (the cue patterns are lower case and matched against the
lower-cased sentence): with IGNORECASE a literal would stand for several strings.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]


def required(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literals one of which every match of `pattern` contains, or None when unknown."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    found = _sequence(list(_p.parse(pattern.pattern, pattern.flags)))
    return frozenset(found) if found else None


def _sequence(items: list) -> set[str] | None:
    """The most selective requirement among the parts of a sequence (all of them are needed)."""
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            options.append({run})
            run = ""
        need = _item(op, av)
        if need:
            options.append(need)
    if run:
        options.append({run})
    if not options:
        return None
    # the longest shortest literal rules out the most sentences ("guidance" rather than " ");
    # then the fewest literals, the fewest `in` tests
    return min(options, key=lambda need: (-min(map(len, need)), len(need)))


def _item(op, av) -> set[str] | None:
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            need = _sequence(list(branch))
            if not need:
                return None  # this branch can match without any literal we know of
            union |= need
        return union
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        return _sequence(list(body)) if low >= 1 else None
    return None  # classes, anchors, lookarounds, back-references: no literal is certain


def anchored(pattern: re.Pattern[str]) -> bool:
    """Does every match start at the beginning of the text (`^...` with no top-level `|`)? Such a
    pattern is tried at one position only: a prefilter cannot make it cheaper."""
    items = list(_p.parse(pattern.pattern, pattern.flags))
    return bool(items) and items[0] == (_c.AT, _c.AT_BEGINNING) and not pattern.flags & re.MULTILINE
