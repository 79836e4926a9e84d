"""Single words as the matchers see them: which carry meaning, what a number is, how OCR
misreads them.

Fuzzy scores do not see meaning, so a few words must match exactly wherever a phrase matches
loosely: negations ("no" → "an" turns "no obligation to update" into its opposite), numbers ("Act
of 1995" → "of 1993"), and the words that make a clause what it is ("undue", "materially").

OCR damage, by contrast, should cost nothing: `ocr_skeleton` folds look-alike glyphs (l/1/i, O/0,
e/c, rn/m, cl/d, doubled letters) so that "rnaterial1y" reads as "materially", and
`word_matches` allows one edit in a word of three letters or more (two from eleven letters) but
none in a meaning word. A number may show one doubled or dropped digit ("19955", "995" for 1995:
a typo or OCR damage), never another digit of its own length ("1993" is another year).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

WORD_CHAR = "a-z0-9"
NEGATIONS = frozenset({"no", "not", "never", "none", "nor", "without", "cannot"})
# ("sec" names the one regulator whose filings a pointer must name: "filed with the OCC" is a
# character or two from "filed with the SEC" and says something else)
ESSENTIAL_WORDS = NEGATIONS | {"undue", "materially", "differ", "disclaim", "disclaims", "sec"}
ANY_NUMBER = r"[0-9](?:[.,]?[0-9])*[a-z]?"  # 1995, 27a, 1,000 (not the full stop after it)
_NUMBER = re.compile(rf"^{ANY_NUMBER}$")


def is_number(word: str) -> bool:
    """A year, a count, a section number ("1995", "27a"): not an OCR-damaged word ("resu1ts")."""
    return bool(_NUMBER.match(word))


# OCR look-alikes folded to one glyph (applied to canonical, lower-case text): digits and "i" that
# read as "l" first, then letter pairs read as one letter ("rn" m, "cl" d, "vv" w, "ri"/"r1" n),
# then the other single letters, then doubled letters collapsed.
_OCR_DIGITS = str.maketrans({"1": "l", "|": "l", "i": "l", "0": "o", "5": "s", "8": "b"})
_OCR_MULTI = re.compile(r"rn|cl|vv|rl")
_OCR_MULTI_MAP = {"rn": "m", "cl": "d", "vv": "w", "rl": "n"}
_OCR_SINGLE = str.maketrans({"c": "e", "h": "b", "f": "t", "u": "v", "q": "g"})
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def ocr_skeleton(word: str) -> str:
    """The word with OCR look-alikes folded: "rnaterial1y" and "materially" read the same."""
    folded = _OCR_MULTI.sub(lambda m: _OCR_MULTI_MAP[m.group()], word.translate(_OCR_DIGITS))
    return _DOUBLED.sub(_first_of_run, folded.translate(_OCR_SINGLE))


def two_glyph_letters_read(word: str) -> str:
    """The word with OCR's two-glyph letters read as the one letter they stand for ("worcls" is
    "words", "rnaterial" "material", "ri" an "n"), its other letters as written: a reading of the
    damage that stays a spelling, where `ocr_skeleton` folds every look-alike."""
    return _OCR_MULTI.sub(lambda m: _OCR_MULTI_MAP[m.group()], word.replace("ri", "rl"))


def may_fold_into(left_skeleton: str, skeleton: str) -> bool:
    """Whether a word whose first part folds to `left_skeleton` (`ocr_skeleton(left)`) can fold to
    `skeleton` as a whole: `ocr_skeleton(left + right)` always starts with `ocr_skeleton(left)`
    but for its last character (only that one can pair with the first of `right`, "r" + "n" read
    as "m", or run on with it as a doubled letter), so a whole without that start is ruled out
    before it is folded."""
    return skeleton.startswith(left_skeleton[:-1])


def _first_of_run(match: re.Match[str]) -> str:
    # a function, not the template r"\1": the template is expanded in Python for every match
    return match.group(1)


def damaged_number(expected: str, found: str) -> bool:
    """A long number (a year) with one digit doubled or dropped ("19955", "995" for 1995): damage,
    not another number. A number of the same length ("1993") is another number, and so is a short
    one that lost or gained a digit ("Section 2A" is not Section 27A)."""
    # (the lengths first: most word pairs fail there without a regex)
    return (len(expected) >= 4 and abs(len(found) - len(expected)) == 1
            and is_number(expected) and is_number(found)
            and Levenshtein.distance(expected, found, score_cutoff=1) == 1)


# Initials that name a body: one letter changed names another ("OCC", "SEC")
_INITIALS = frozenset({"sec"})


def edits_allowed(word: str) -> int:
    """Edits a damaged word may show: none in a meaning word, a body's initials or a word of one
    or two letters."""
    if word in NEGATIONS or word in _INITIALS or is_number(word) or len(word) < 3:
        return 0
    return 2 if len(word) >= 11 else 1


# What `word_matches` reads of a phrase word, by word: whether it is a long number (a year), the
# edits it allows and its OCR skeleton. Phrase words are the rules' and the lexicon's vocabulary,
# asked about against every text word near them; the table is emptied if it ever grows past this.
_PHRASE_WORDS: dict[str, tuple[bool, int, str]] = {}
_PHRASE_WORDS_KEPT = 1 << 14


def _phrase_word(word: str) -> tuple[bool, int, str]:
    found = _PHRASE_WORDS.get(word)
    if found is None:
        if len(_PHRASE_WORDS) >= _PHRASE_WORDS_KEPT:
            _PHRASE_WORDS.clear()
        found = _PHRASE_WORDS[word] = (len(word) >= 4 and is_number(word), edits_allowed(word), ocr_skeleton(word))
    return found


@lru_cache(maxsize=1 << 18)
def word_matches(word: str, found: str, prefix: bool = False) -> bool:
    """Whether a text word can be the phrase word after OCR-like damage (see the module notes)."""
    if found == word or (prefix and found.startswith(word)):
        return True
    if not found:
        return False
    long_number, allowed, skeleton = _phrase_word(word)
    # `damaged_number(word, found)`, the phrase word's half read from the table
    if (long_number and abs(len(found) - len(word)) == 1 and is_number(found)
            and Levenshtein.distance(word, found, score_cutoff=1) == 1):
        return True
    if len(found) < len(skeleton) - allowed:
        # Folding never lengthens a word, so the text word's skeleton is shorter than the phrase
        # word's by more than the edits allowed: no comparison below can succeed (each needs the
        # lengths within `allowed`). Most words a search asks about ("the" for "uncertainties")
        # end here, without folding the text word.
        return False
    return skeletons_match(skeleton, ocr_skeleton(found), allowed, prefix)


class WordList:
    """The words of a text, to ask of many phrase words which of them each matches
    (`word_matches`): their skeletons and the prefixes of those are folded once, and the distances
    to all of them computed at once."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.skeletons = [ocr_skeleton(word) for word in words]
        self._prefixes: dict[int, list[str]] = {}
        self._runs: dict[tuple[int, int], list[str]] = {}

    def first_match(self, word: str, prefix: bool = False) -> int | None:
        """The index of the first word that `word_matches(word, ...)`, or None: the answer asking
        of each word in turn gives. (A word too short for `word_matches` to compare is not turned
        away here: folding never lengthens a word, so no comparison can accept it either.)"""
        long_number, allowed, skeleton = _phrase_word(word)
        if long_number:  # (not a word of the callers: the plain way)
            return next((i for i, found in enumerate(self.words) if word_matches(word, found, prefix)), None)
        first = first_in_run(self._words_run, word, prefix, len(self.words))
        first = first_in_run(self._skeletons_run, skeleton, prefix, first)
        if allowed and first:
            # Every length of prefix asked at once: the words' prefixes of each length, one run
            # after another, in one call (a call costs more than the distances of a legend's words).
            lengths = range(max(1, len(skeleton) - allowed), len(skeleton) + allowed + 1) if prefix else range(1)
            choices = self._cuts(lengths) if first == len(self.words) else \
                [folded for length in lengths for folded in self._cut(length)[:first]]
            near = process.extract(skeleton, choices, scorer=Levenshtein.distance, score_cutoff=allowed, limit=None)
            first = min((i % first for _, _, i in near), default=first)
        return first if first < len(self.words) else None

    @cached_property
    def _words_run(self) -> tuple[str, list[int]]:
        return word_run(self.words)

    @cached_property
    def _skeletons_run(self) -> tuple[str, list[int]]:
        return word_run(self.skeletons)

    def _cuts(self, lengths: range) -> list[str]:
        """`_cut` of each of `lengths`, one after another (kept: the phrase words of one length ask
        the same)."""
        key = (lengths.start, lengths.stop)
        found = self._runs.get(key)
        if found is None:
            found = self._runs[key] = [folded for length in lengths for folded in self._cut(length)]
        return found

    def _cut(self, length: int) -> list[str]:
        """Each skeleton's first `length` characters (0: the whole skeleton)."""
        if not length:
            return self.skeletons
        found = self._prefixes.get(length)
        if found is None:
            found = self._prefixes[length] = [folded[:length] for folded in self.skeletons]
        return found


def word_run(items: list[str]) -> tuple[str, list[int]]:
    """`items` (none holding a space) as one text, each after a space and the last before one,
    with the offset of the space before each (`first_in_run` searches it)."""
    starts, offset = [], 0
    for item in items:
        starts.append(offset)
        offset += len(item) + 1
    return " " + " ".join(items) + " ", starts


def first_in_run(run: tuple[str, list[int]], word: str, prefix: bool = False, before: int | None = None) -> int:
    """The index of the first of a run's items (`word_run`) that is `word`, or with `prefix` starts
    with it, if it comes before `before` (default: the end); else `before`. Found by one search of
    the run's text rather than an item at a time: an item holds no space, so the word found after
    a space starts an item."""
    text, starts = run
    before = len(starts) if before is None else before
    end = starts[before] if before < len(starts) else len(text)
    found = text.find(" " + word if prefix else f" {word} ", 0, end + 1)
    return before if found < 0 else bisect_right(starts, found) - 1


def skeletons_match(skeleton: str, found_skeleton: str, allowed: int, prefix: bool = False) -> bool:
    """Whether a text word's OCR skeleton is the phrase word's within `allowed` edits (or, with
    `prefix`, begins with it within them)."""
    if prefix:
        if found_skeleton.startswith(skeleton):
            return True
        # Within `allowed` edits the two align somewhere in their first `allowed` + 1 characters
        # (each edit before the first aligned pair uses up at most one character of each): most
        # words fail here, without a distance computed.
        return bool(allowed) and not _disjoint_starts(skeleton, found_skeleton, allowed) and any(
            Levenshtein.distance(skeleton, found_skeleton[:k], score_cutoff=allowed) <= allowed
            for k in range(max(1, len(skeleton) - allowed), len(skeleton) + allowed + 1))
    if found_skeleton == skeleton:
        return True
    return bool(allowed) and Levenshtein.distance(skeleton, found_skeleton, score_cutoff=allowed) <= allowed


def _disjoint_starts(skeleton: str, found_skeleton: str, allowed: int) -> bool:
    """Whether no character of the first `allowed` + 1 of one word is among those of the other.
    Then no alignment within `allowed` edits exists, as long as both words are longer than that."""
    return (len(skeleton) > allowed and len(found_skeleton) > allowed
            and set(skeleton[:allowed + 1]).isdisjoint(found_skeleton[:allowed + 1]))
