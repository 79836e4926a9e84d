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
    options = [{part} if isinstance(part, str) else part for part in _parts(items, _item)]
    if not options:
        return None
    # the longest shortest literal rules out the most sentences ("guidance" rather than " ");
    # then the fewest literals, the fewest `in` tests
    return min(options, key=lambda need: (-min(map(len, need)), len(need)))


def _parts(items: list, inner) -> list:
    """The parts of a parsed sequence, in order: each run of literal characters as a string, and
    what `inner(op, av)` makes of every other item (items it can say nothing of are left out)."""
    parts: list = []
    run = ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        if run:
            parts.append(run)
            run = ""
        need = inner(op, av)
        if need:
            parts.append(need)
    if run:
        parts.append(run)
    return parts


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


# Character classes that hold NUL: a pattern using one might match across the separator.
_HOLDS_NUL = {_c.CATEGORY_NOT_DIGIT, _c.CATEGORY_NOT_SPACE, _c.CATEGORY_NOT_WORD, _c.CATEGORY_NOT_LINEBREAK,
              getattr(_c, "CATEGORY_UNI_NOT_DIGIT", None), getattr(_c, "CATEGORY_UNI_NOT_SPACE", None),
              getattr(_c, "CATEGORY_UNI_NOT_WORD", None), getattr(_c, "CATEGORY_UNI_NOT_LINEBREAK", None),
              getattr(_c, "CATEGORY_LOC_NOT_WORD", None)} - {None}


def confined(pattern: re.Pattern[str]) -> bool:
    """Can no match of `pattern` contain a NUL character, nor depend on where the text starts or
    ends? Then searching sentences joined by NUL ("\\0".join) finds a match in exactly the
    sentences where searching each sentence alone does: no match can run from one sentence into
    the next, and a word boundary or a lookaround at a sentence's edge sees a NUL, a non-word
    character that no part of the pattern can match, as it would see the edge of the text.

    Anchors (`^`, `$`, `\\A`, `\\Z`) are the exception to the last point, so a pattern with one is
    not confined; nor is one with a class that holds NUL (`.`, `\\W`, `\\S`, `[^...]`, ...), one
    that is case-blind or verbose, or one this reading does not know."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return False
    return _confined(list(_p.parse(pattern.pattern, pattern.flags)))


def _confined(items: list) -> bool:
    for op, av in items:
        if op is _c.LITERAL:
            if av == 0:
                return False
        elif op is _c.IN:
            for kind, value in av:
                if kind is _c.NEGATE or (kind is _c.LITERAL and value == 0) \
                        or (kind is _c.RANGE and value[0] == 0) or (kind is _c.CATEGORY and value in _HOLDS_NUL):
                    return False
        elif op is _c.AT:
            if av not in (_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY):
                return False
        elif op is _c.SUBPATTERN:
            if not _confined(list(av[-1])):
                return False
        elif op is _c.BRANCH:
            if not all(_confined(list(branch)) for branch in av[1]):
                return False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            if not _confined(list(av[2])):
                return False
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            if not _confined(list(av[1])):
                return False
        else:  # NOT_LITERAL, ANY, back-references, conditionals, atomic groups ...: not read
            return False
    return True


# A requirement in full: a literal (str), ("all", parts) or ("any", parts). `required` keeps one
# set of literals per pattern (a test per literal costs a sentence scan); over a whole document
# (`fslcheck.fls.cues.fired_many`) each literal is looked for once, so every part can be kept:
# "plans to" needs " to" AND one of "plan", "intend", ...: far fewer sentences than " to" alone.
Requirement = str | tuple


def requirement(pattern: re.Pattern[str]) -> Requirement | None:
    """What every match of `pattern` contains, as a tree of literals, or None when unknown. The
    rules are those of `required`, with every part of a sequence kept instead of the best one."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _sequence_requirement(list(_p.parse(pattern.pattern, pattern.flags)))


def _sequence_requirement(items: list, before: bool = False, after: bool = False) -> Requirement | None:
    """`before`/`after`: a word boundary (`\\b`) stands right before/after the sequence."""
    parts = _bounded_parts(items, before, after)
    # A part met by nearly every sentence (" ", "ed", one of "hat"/"o") costs a look-up per
    # sentence and rules out nothing: dropped while a stronger part is left (fewer parts is a
    # weaker condition, never a wrong one).
    parts = [p for p in parts if not _weak(p)] or parts
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else ("all", tuple(parts))


_BOUNDARY = (_c.AT, _c.AT_BOUNDARY)


def _bounded_parts(items: list, before: bool, after: bool) -> list:
    """`_parts` for `requirement`, each literal run made a `Word` when a word boundary stands at
    an end of it (in the sequence, or around the group the sequence is a branch of)."""
    parts: list = []
    run, run_before, last = "", False, len(items) - 1
    for i, (op, av) in enumerate(items):
        boundary_before = items[i - 1] == _BOUNDARY if i > 0 else before
        boundary_after = items[i + 1] == _BOUNDARY if i < last else after
        if op is _c.LITERAL:
            if not run:
                run_before = boundary_before
            run += chr(av)
            if i == last or items[i + 1][0] is not _c.LITERAL:
                parts.append(Word.of(run, run_before, boundary_after))
                run = ""
            continue
        need = _item_requirement(op, av, boundary_before, boundary_after)
        if need:
            parts.append(need)
    return parts


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


class Word(str):
    """A literal of a requirement that starts a word (`start`: the pattern has `\\b` before it
    and it opens on a letter a-z) or ends one (`end`: `\\b` after it, and it closes on a letter).

    Plain `in` tests read it as the literal it is. A word index (`fslcheck.fls.cues`) may also
    use the boundary: the character before a `start` literal is no word character, so its first
    run of letters a-z is the start of a run of letters of the text ("et" in `\\bet\\b` is a
    whole word: "market" and "get" do not hold it). Case-sensitive patterns only, as the rest of
    this module; a literal with neither end bounded stays a plain str."""

    start: bool
    end: bool

    @classmethod
    def of(cls, text: str, start: bool, end: bool) -> str:
        start = start and text[:1] in _ASCII_LETTERS
        end = end and text[-1:] in _ASCII_LETTERS
        if not (start or end):
            return text
        word = cls(text)
        word.start, word.end = start, end
        return word


def _weak(need: Requirement) -> bool:
    if isinstance(need, str):
        return len(need.strip()) < 3
    return need[0] == "any" and any(_weak(part) for part in need[1])


def _item_requirement(op, av, before: bool = False, after: bool = False) -> Requirement | None:
    if op is _c.SUBPATTERN:
        return _sequence_requirement(list(av[-1]), before, after)
    if op is _c.BRANCH:
        branches = [_sequence_requirement(list(branch), before, after) for branch in av[1]]
        return None if any(b is None for b in branches) else ("any", tuple(branches))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, _high, body = av
        # a repeated body is preceded by its own end from the second time on: no boundary is known
        return _sequence_requirement(list(body)) if low >= 1 else None
    return None


def satisfied(need: Requirement, holders):
    """The indexes (of sentences, say) that meet `need`, given `holders(literal)`: the indexes
    whose text contains that literal, as a collection of indexes (the answer is then a set) or
    as an int whose bit i is set for index i (the answer is then such an int: unions and
    intersections of a document's sentences are then a few machine words each)."""
    if isinstance(need, str):
        found = holders(need)
        return found if isinstance(found, int) else set(found)
    kind, parts = need
    out = None
    if kind == "any":
        for part in parts:
            found = satisfied(part, holders)
            out = found if out is None else out | found
        return out
    for part in sorted(parts, key=lambda p: not isinstance(p, str)):  # plain literals first: cheapest
        found = satisfied(part, holders)
        out = found if out is None else out & found
        if not out:
            break
    return out
