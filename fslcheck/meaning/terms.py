"""The words of a proposition: a term (one or more words, each filled by its word family), a part
(the terms that can fill one role), a form (which parts must stand together, and in what order),
and a candidate (one reading of a sentence, with the words that filled each part and its polarity).

The lowest layer of `fslcheck.meaning.proposition`: matching words, nothing of clauses or owners.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..normalise import canonical_phrase
from ..words import ocr_skeleton, word_matches
from .clauses import Tokens
from .lexicon import BOUNDARIES, FILLERS, contraction, family
from .syntax import AUXILIARIES

AFFIRMED, NEGATED, REVERSED, OPEN_ENDED, PAST = "affirmed", "negated", "reversed", "open-ended", "past"
ANOTHERS = "another's"  # said of someone else's statements or results, or of another time
# The polarity of an incomplete candidate (the closest wording): it is reported for the parts it
# has and lacks, never for its polarity, so its polarity is not read (a reading costs as much as a
# complete candidate's).
UNREAD = "unread"
DEFAULT_WINDOW = 30
_TERM_WORD = re.compile(r"=?[a-z0-9]+(?:'[a-z]+)*\*?")


class _Anything(frozenset):
    """A set that intersects everything (for prefix terms)."""

    def intersection(self, *others) -> bool:  # type: ignore[override]
        return True


ANY = _Anything({""})


@dataclass(frozen=True)
class Term:
    """One term of a part: its words, each a set of forms or a prefix."""

    source: str
    words: tuple[tuple[frozenset[str] | None, str | None], ...]  # (forms, prefix)
    # the OCR skeletons of each word's forms, computed with the term (a term is matched often)
    skeletons: tuple[frozenset[str], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "skeletons", tuple(_skeletons(forms) if forms is not None else frozenset()
                                                    for forms, _ in self.words))

    @classmethod
    def compile(cls, source: str) -> "Term":
        words = []
        # Split as the text is tokenised ("sec.gov" is "sec" "gov"), keeping "=" and "*".
        for word in _TERM_WORD.findall(canonical_phrase(source)):
            exact = word.startswith("=")
            pieces = contraction(word[exact:]) if "'" in word else None
            if pieces is not None:
                # read as the text is: "won't" is "will" "not" (`lexicon.contraction`)
                words.extend((frozenset({piece}), None) if exact or len(piece) < 4 else (family(piece), None)
                             for piece, _, _ in pieces)
                continue
            if word.endswith("*") and len(word) > 1:
                words.append((None, word[:-1]))
            elif word.startswith("=") and len(word) > 1:
                words.append((frozenset({word[1:]}), None))
            elif len(word) < 4 or any(c.isdigit() for c in word):
                words.append((frozenset({word}), None))
            else:
                words.append((family(word), None))
        if not words:
            raise ValueError(f"empty term {source!r}")
        return cls(source, tuple(words))

    def first_forms(self) -> tuple[frozenset[str] | None, str | None]:
        return self.words[0]

    def matches_at(self, words: list[str], i: int, hi: int, tolerant: bool = False,
                   skeletons: list[str] | None = None) -> int | None:
        """The index of the last word when the term stands at word i, else None. A word damaged
        by OCR look-alikes ("forward-1ooking", "statemcnts") still fills it. `skeletons`: the
        words' OCR skeletons (`Tokens.skeletons`), when the caller has them (else each is made)."""
        if i + len(self.words) > hi:
            return None
        for k, (forms, prefix) in enumerate(self.words):
            word = words[i + k]
            if forms is not None:
                if word not in forms and not (len(word) >= 4 and (
                        ocr_skeleton(word) if skeletons is None else skeletons[i + k]) in self.skeletons[k]):
                    if not (tolerant and _damaged_form(forms, word)):
                        return None
            elif not word.startswith(prefix):
                return None
        return i + len(self.words) - 1

    def opens_damaged(self, word: str) -> bool:
        """Whether the term's first word may be `word` when read OCR-tolerant (the first step of
        `matches_at(..., tolerant=True)`)."""
        forms, prefix = self.words[0]
        if forms is None:
            return word.startswith(prefix)
        return word in forms or (len(word) >= 4 and ocr_skeleton(word) in self.skeletons[0]) or _damaged_form(forms, word)


def _damaged_form(forms: frozenset[str], word: str) -> bool:
    """The slow path, for one sentence at a time: a letter dropped or doubled. A short word has
    too many neighbours ("free" is two edits from "are"), and a common word found intact ("the")
    is itself, not a damaged "them" or "these"."""
    return len(word) >= 3 and any(word_matches(f, word) for f in forms if len(f) >= 4 and word not in _REAL_WORDS)


class Part:
    """A named part and its terms, indexed by the forms their first word may take."""

    def __init__(self, name: str, terms: list[Term]) -> None:
        if not terms:
            raise ValueError(f"part {name!r} has no terms")
        self.name = name
        self.terms = terms
        self.by_first: dict[str, list[Term]] = {}
        self.by_skeleton: dict[str, list[Term]] = {}  # OCR-folded first words, for damaged text
        self.prefixed: list[Term] = []
        for term in terms:
            forms, prefix = term.first_forms()
            if forms is None:
                self.prefixed.append(term)
            else:
                for form in forms:
                    self.by_first.setdefault(form, []).append(term)
                    if len(form) >= 4:
                        self.by_skeleton.setdefault(ocr_skeleton(form), []).append(term)
        self.first_forms = frozenset(self.by_first)
        self.first_skeletons = frozenset(self.by_skeleton)
        # the prefixed terms' first words in one tuple: a word none of them starts (most words)
        # is passed over with one `startswith`
        self._prefixes = tuple(term.words[0][1] for term in self.prefixed)
        self._damaged_openers: dict[str, list[Term]] = {}  # text word -> terms it may open (`_opened_by`)

    def _opened_by(self, word: str) -> list[Term]:
        """The terms whose first word `word` may be, read OCR-tolerant, found once per word: the
        tolerant reading tried every term at every word of the sentence, though at most words no
        term can even start."""
        found = self._damaged_openers.get(word)
        if found is None:
            found = self._damaged_openers[word] = [t for t in self.terms if t.opens_damaged(word)]
        return found

    def _openers(self, tokens: Tokens, lo: int, hi: int) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The words of tokens [lo, hi) a term may open at, read intact or up to OCR look-alikes:
        those that are a term's first word, the skeletons that are one's, and those that start
        with a prefixed term's first word. Where all three are empty no term stands there."""
        present, folded = tokens.word_sets(lo, hi)
        prefixes = self._prefixes
        opening = frozenset(w for w in present if w.startswith(prefixes)) if prefixes else frozenset()
        return present & self.first_forms, folded & self.first_skeletons, opening

    def may_occur(self, tokens: Tokens, lo: int, hi: int) -> bool:
        """Whether `occurrences(tokens, lo, hi)` (not tolerant) may find anything: only the
        words present are looked at, not where the terms could stand."""
        return any(self._openers(tokens, lo, hi))

    def occurrences(self, tokens: Tokens, lo: int, hi: int, tolerant: bool = False) -> list[tuple[int, int]]:
        """(first, last) token of each place a term stands in [lo, hi); the longest term wins.
        `tolerant` also lets OCR damage beyond look-alikes (a dropped letter) fill a term."""
        out = []
        words = tokens.words
        if tolerant:
            for i in range(lo, hi):
                ends = [e for t in self._opened_by(words[i]) if (e := t.matches_at(words, i, hi, True)) is not None]
                if ends:
                    out.append((i, max(ends)))
            return out
        exact, damaged, opening = self._openers(tokens, lo, hi)
        if not (exact or damaged or opening):
            return out
        prefixes = self._prefixes
        skeletons = tokens.skeletons
        # only the tokens a term can open at (a word of `exact` or `opening`, a skeleton of
        # `damaged`): at any other the loop below would find no term
        at = tokens.positions_of(exact | opening, lo, hi) if exact or opening else []
        if damaged:
            at = sorted(set(at).union(tokens.positions_of(damaged, lo, hi, folded=True)))
        for i in at:
            word = words[i]
            if word in exact:
                terms = self.by_first[word]
            elif skeletons[i] in damaged:
                terms = self.by_skeleton[skeletons[i]]
            else:
                terms = ()
            if prefixes and word.startswith(prefixes):
                terms = list(terms) + [t for t in self.prefixed if word.startswith(t.words[0][1])]
            elif not terms:
                continue
            ends = [e for t in terms if (e := t.matches_at(words, i, hi, skeletons=skeletons)) is not None]
            if ends and not (max(ends) == i and _believed_that(words, i, hi)):
                out.append((i, max(ends)))
        return out


# "Assume" before its "that"-clause is a verb of belief ("does not assume that it is free of any
# obligation"), not the taking on of a duty ("assumes no obligation"): it fills no part.
_BELIEF_SENSES = frozenset("assume assumes assumed assuming".split())


def _believed_that(words: list[str], i: int, hi: int) -> bool:
    """Whether the word at i is "assume" in its sense of belief, before "that"."""
    return words[i] in _BELIEF_SENSES and i + 1 < hi and words[i + 1] == "that"


@dataclass
class Form:
    """Parts that must stand together; `before` holds the pairs joined by '>' (a before b)."""

    parts: list[str]
    before: list[tuple[str, str]]
    window: int | None = None
    near: list[tuple[str, str]] = field(default_factory=list)  # "a ~ b": within NEAR_WORDS of each other  # "... within N": the most words this form may span


@dataclass
class Candidate:
    """Where a form of the proposition stands, which words filled its parts, and its polarity."""

    start: int  # canonical offsets
    end: int
    parts: dict[str, str]
    polarity: str
    cue: str = ""
    cue_span: tuple[int, int] | None = None  # canonical offsets of the cue, for quoting the document
    complete: bool = True
    lacks: list[str] = field(default_factory=list)
    part_spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # canonical offsets per part

    @property
    def holds(self) -> bool:
        return self.complete and self.polarity == AFFIRMED


@lru_cache(maxsize=4096)
def _skeletons(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(ocr_skeleton(f) for f in forms if len(f) >= 4)


# Common words: found intact, they are themselves, not another word damaged by OCR.
_REAL_WORDS = FILLERS | AUXILIARIES | BOUNDARIES | frozenset("of on in at to for by with from as use uses".split())


def first_words(terms: list[Term]) -> frozenset[str]:
    """Every form a first word of `terms` may take (prefix terms: a sentinel that never prunes)."""
    forms: set[str] = set()
    for term in terms:
        first, prefix = term.first_forms()
        if first is None:
            return ANY
        forms |= first
    return frozenset(forms)
