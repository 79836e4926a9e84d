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

_PIECE = re.compile(r"\s+|[\w'\u2019]+|[^\w\s]")
# Hyphens and dashes: a line-wrap hyphen ("forward- looking") is recognised by these.
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00ad\ufe58\ufe63\uff0d")


@dataclass(frozen=True)
class RedlineToken:
    """A run of units with one operation. `lead` is the space before the run (outside any mark)."""

    op: str
    text: str
    lead: str = ""


@dataclass(frozen=True)
class Redline:
    tokens: tuple[RedlineToken, ...]
    inserted_words: int
    deleted_words: int

    @property
    def identical(self) -> bool:
        """True when the document's wording equals the approved wording (up to case, quotes, dashes)."""
        return not (self.inserted_words or self.deleted_words)

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


def redline(approved: str, actual: str) -> Redline:
    """Compare the approved wording with the document's wording, word by word.

    Equal runs show the document's own text; a replacement is shown as the deletion of the
    approved words followed by the insertion of the document's words, as a blackline does.
    """
    old, new = _units(approved), _units(actual)
    matcher = SequenceMatcher(None, [u.key for u in old], [u.key for u in new], autojunk=False)
    tokens: list[RedlineToken] = []
    inserted = deleted = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == EQUAL:
            tokens.append(RedlineToken(EQUAL, *reversed(_join(new[j1:j2]))))
            continue
        if op in ("delete", "replace"):
            lead, text = _join(old[i1:i2])
            tokens.append(RedlineToken(DELETE, text, lead))
            deleted += _words(old[i1:i2])
        if op in ("insert", "replace"):
            lead, text = _join(new[j1:j2])
            tokens.append(RedlineToken(INSERT, text, lead if op == "insert" else " "))
            inserted += _words(new[j1:j2])
    if tokens:
        tokens[0] = RedlineToken(tokens[0].op, tokens[0].text, "")
    return Redline(tuple(tokens), inserted, deleted)
