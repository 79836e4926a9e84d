"""Word-level redline: the approved wording against the text the document actually has.

A reviewer compares clauses the way a lawyer reads a blackline: word by word, not character by
character, and without being distracted by line wrapping, curly quotes or upper case. So the two
texts are cut into units (a word, or one punctuation mark) and compared on the units' canonical
form (`fslcheck.normalise.canonical_phrase`: case folded, quotes unified). Dashes and hyphens are
not compared at all: canonical text treats them as spaces, so "forward-looking",
"forward- looking" (a wrapped line) and "forward looking" read the same, and a redline that flagged
them would bury the changes that matter ("no obligation" → "an obligation").

The result is a plain list of `RedlineToken`s; the HTML template renders deletions and insertions
as <del>/<ins> and escapes every token's text. Nothing here produces markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..normalise import canonical_phrase

EQUAL = "equal"
INSERT = "insert"  # in the document, not in the approved wording
DELETE = "delete"  # in the approved wording, not in the document
MOVED_FROM = "moved-from"  # where the approved wording has a passage the document has elsewhere
MOVED_TO = "moved-to"  # where the document has it
MIN_MOVE_WORDS = 4  # a shorter common run ("the Company") is a coincidence, not a moved passage

_PIECE = re.compile(r"\s+|[\w'\u2019]+|[^\w\s]")
# Hyphens and dashes: a line-wrap hyphen ("forward- looking") is recognised by these.
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad\ufe58\ufe63\uff0d")


@dataclass(frozen=True)
class RedlineToken:
    """A run of units with one operation. `lead` is the space before the run (outside any mark)."""

    op: str
    text: str
    lead: str = ""
    move: int = 0  # for MOVED_FROM / MOVED_TO: the number that pairs the two places


@dataclass(frozen=True)
class Redline:
    tokens: tuple[RedlineToken, ...]
    inserted_words: int
    deleted_words: int
    moved_words: int = 0

    @property
    def identical(self) -> bool:
        """True when the document's wording equals the approved wording (up to case, quotes, dashes)."""
        return not (self.inserted_words or self.deleted_words or self.moved_words)

    @property
    def changes(self) -> int:
        """Number of changed runs (an insertion and a deletion side by side count as two)."""
        return sum(1 for token in self.tokens if token.op != EQUAL)


@dataclass(frozen=True)
class _Unit:
    lead: str  # "" or " "
    display: str
    key: str


def _units(text: str) -> list[_Unit]:
    """Cut `text` into comparable units; whitespace collapses to one space before a unit.

    A piece with no canonical form (dashes, quotes) is shown with its neighbour but never
    compared, the way the matcher ignores it.
    """
    units: list[_Unit] = []
    pending = ""  # uncompared pieces before the first unit
    space = False
    for match in _PIECE.finditer(text):
        piece = match.group()
        if piece.isspace():
            space = True
            continue
        lead = " " if space and (units or pending) else ""
        if lead and _wrapped(units, piece):
            lead = ""  # "forward- looking": a line-wrap hyphen, shown joined
        space = False
        key = canonical_phrase(piece)
        if not key:
            if units:
                last = units[-1]
                units[-1] = _Unit(last.lead, last.display + lead + piece, last.key)
            else:
                pending += lead + piece
            continue
        if pending:
            units.append(_Unit("", pending + lead + piece, key))
            pending = ""
        else:
            units.append(_Unit(lead, piece, key))
    return units


def _wrapped(units: list[_Unit], piece: str) -> bool:
    """True when the previous unit ends in a hyphen glued to a word and `piece` continues it."""
    if not units or len(units[-1].display) < 2 or units[-1].display[-1] not in _DASHES:
        return False
    return units[-1].display[-2].isalpha() and piece[:1].islower() and piece not in ("and", "or", "to")


def _join(units: list[_Unit]) -> tuple[str, str]:
    """(lead of the run, text of the run with the inner spaces kept)."""
    if not units:
        return "", ""
    text = units[0].display + "".join(unit.lead + unit.display for unit in units[1:])
    return units[0].lead, text


def _words(units: list[_Unit]) -> int:
    return sum(1 for unit in units if unit.key[:1].isalnum())


def _slid(opcodes: list[tuple], old_keys: list[str], new_keys: list[str]) -> list[list]:
    """Opcodes with a deleted or inserted run that starts at a punctuation mark slid one unit
    on when the mark recurs right after it: ". Each sentence moved" becomes "Each sentence
    moved .", so a sentence is cut where it starts, not at the previous sentence's full stop."""
    ops = [list(op) for op in opcodes]
    for k in range(1, len(ops) - 1):
        prev, op, nxt = ops[k - 1], ops[k], ops[k + 1]
        if prev[0] != "equal" or nxt[0] != "equal" or op[0] not in ("delete", "insert"):
            continue
        keys, lo, hi, limit = (old_keys, op[1], op[2], nxt[2]) if op[0] == "delete" else \
            (new_keys, op[3], op[4], nxt[4])
        shift = 0
        while lo + shift < hi + shift < limit and not keys[lo + shift][:1].isalnum() \
                and keys[lo + shift] == keys[hi + shift]:
            shift += 1
        if shift:
            for piece in (prev, op, nxt):
                piece[1 if piece is not prev else 2] += shift
                piece[3 if piece is not prev else 4] += shift
            op[2] += shift
            op[4] += shift
    # (nxt gained shift at its start: a next run that became empty is dropped)
    return [op for op in ops if op[0] != "equal" or op[2] > op[1]]


def _pieces(old: list[_Unit], new: list[_Unit]) -> list[list]:
    """The diff as pieces [op, i1, i2, j1, j2, move], a replacement split into a deletion and an
    insertion, and a passage deleted in one place and inserted in another paired as a move."""
    old_keys, new_keys = [u.key for u in old], [u.key for u in new]
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    pieces: list[list] = []
    for op, i1, i2, j1, j2 in _slid(matcher.get_opcodes(), old_keys, new_keys):
        if op == EQUAL:
            pieces.append([EQUAL, i1, i2, j1, j2, 0])
            continue
        if op in ("delete", "replace"):
            pieces.append([DELETE, i1, i2, j1, j1, 0])
        if op in ("insert", "replace"):
            pieces.append([INSERT, i2, i2, j1, j2, 0])
    moves = 0
    while True:
        best = None
        for d, deleted in enumerate(pieces):
            if deleted[0] != DELETE:
                continue
            for n, inserted in enumerate(pieces):
                if inserted[0] != INSERT:
                    continue
                common = SequenceMatcher(None, old_keys[deleted[1]:deleted[2]],
                                         new_keys[inserted[3]:inserted[4]], autojunk=False)
                found = common.find_longest_match(0, deleted[2] - deleted[1], 0, inserted[4] - inserted[3])
                words = _words(old[deleted[1] + found.a:deleted[1] + found.a + found.size])
                if words >= MIN_MOVE_WORDS and (best is None or words > best[0]):
                    best = (words, d, n, found)
        if best is None:
            return pieces
        _, d, n, found = best
        moves += 1
        deleted, inserted = pieces[d], pieces[n]
        a, b = deleted[1] + found.a, inserted[3] + found.b
        at_old = [[DELETE, deleted[1], a, deleted[3], deleted[4], 0],
                  [MOVED_FROM, a, a + found.size, deleted[3], deleted[4], moves],
                  [DELETE, a + found.size, deleted[2], deleted[3], deleted[4], 0]]
        at_new = [[INSERT, inserted[1], inserted[2], inserted[3], b, 0],
                  [MOVED_TO, inserted[1], inserted[2], b, b + found.size, moves],
                  [INSERT, inserted[1], inserted[2], b + found.size, inserted[4], 0]]
        at_old = [p for p in at_old if p[2] > p[1]]
        at_new = [p for p in at_new if p[4] > p[3]]
        # Replace the later piece first so that the earlier index stays valid.
        for index, parts in sorted(((d, at_old), (n, at_new)), key=lambda pair: -pair[0]):
            pieces[index:index + 1] = parts


def redline(approved: str, actual: str) -> Redline:
    """Compare the approved wording with the document's wording, word by word.

    Equal runs show the document's own text; a replacement is shown as the deletion of the
    approved words followed by the insertion of the document's words, as a blackline does. A
    passage of at least `MIN_MOVE_WORDS` words that the document has in another place (a
    reordered sentence) is a move: shown struck where the approved wording has it and marked
    where the document has it, under one number, and counted as neither added nor deleted.
    """
    old, new = _units(approved), _units(actual)
    tokens: list[RedlineToken] = []
    inserted = deleted = moved = 0
    for op, i1, i2, j1, j2, move in _pieces(old, new):
        if op == EQUAL:
            tokens.append(RedlineToken(EQUAL, *reversed(_join(new[j1:j2]))))
        elif op in (DELETE, MOVED_FROM):
            lead, text = _join(old[i1:i2])
            tokens.append(RedlineToken(op, text, lead or (" " if tokens else ""), move))
            if op == DELETE:
                deleted += _words(old[i1:i2])
        else:
            lead, text = _join(new[j1:j2])
            tokens.append(RedlineToken(op, text, lead or (" " if tokens else ""), move))
            if op == INSERT:
                inserted += _words(new[j1:j2])
            else:
                moved += _words(new[j1:j2])
    if tokens:
        tokens[0] = RedlineToken(tokens[0].op, tokens[0].text, "", tokens[0].move)
    return Redline(tuple(tokens), inserted, deleted, moved)
