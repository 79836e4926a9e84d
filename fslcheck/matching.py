"""Finding a rule phrase in canonical text: exact, then OCR-tolerant, then fuzzy.

Phrase syntax (what rule packs write in `phrases`):

- words, compared after the same canonicalisation as the document (case, quotes, hyphens);
- `{could|may|might}`: one of the alternatives (an empty alternative makes the group optional;
  an optional group with a number, `{of 1995|}`, may be left out but not replaced by another
  number);
- `...`: up to 12 words of anything, within a sentence;
- `word*`: any word starting with `word`.

The three searches, each only when the one before found nothing:

1. exact: a regular expression compiled once per phrase (microseconds per document);
2. OCR-tolerant: the same pattern followed word by word through damaged text
   (`fslcheck.tolerant`, with the word rules of `fslcheck.words`);
3. fuzzy: around the phrase's distinctive words (anchors), rapidfuzz's best alignment of the
   phrase in a window. Fuzzy scores do not see meaning, so words that carry it (negations,
   numbers, "undue") must stand in the aligned span, or the match carries them as
   `missing_essentials` and is never `met`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz

from .footnote_marks import as_read_in_text
from .normalise import canonical_phrase as _canonical_words
from .tolerant import GAP_WORDS, TolerantPattern
from .words import (ANY_NUMBER, ESSENTIAL_WORDS, NEGATIONS, WORD_CHAR, damaged_number, is_number, ocr_skeleton,
                    word_matches)

MAX_EXPANSIONS = 24
_STOPWORDS = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "by", "with", "as", "be", "is",
    "are", "that", "this", "such", "its", "our", "we", "any", "from", "these", "those", "at",
})
_TOKEN = re.compile(r"\{[^{}]*\}|\.\.\.|[^\s{}]+")


# A number, a full stop and a footnote's one- or two-digit marker ("1995.2")
_FOOTNOTE_MARK = re.compile(r"([0-9]+)\.([0-9]{1,2})$")

class PhraseSyntaxError(ValueError):
    """A phrase that does not follow the phrase syntax; `position` is the 0-based index of the
    character at fault, so a pack author is shown where to look."""

    def __init__(self, phrase: str, position: int, problem: str) -> None:
        self.phrase = phrase
        self.position = position
        self.problem = problem
        shown = phrase if len(phrase) <= 200 else phrase[:120] + " ... " + phrase[-40:]  # a message, not the pack
        super().__init__(f"phrase {shown!r}, character {position + 1}: {problem}")


# The longest phrase a pack may hold. The built-in packs' longest has about 300 characters, 20
# words and one gap; a phrase of thousands of words or gaps (a hostile or generated pack) costs
# time and memory with the product of its length and the text's, and its search nests as deep.
MAX_PHRASE_CHARS = 2000
MAX_PHRASE_TOKENS = 200
MAX_PHRASE_GAPS = 32


def check_syntax(phrase: str) -> None:
    """Raise `PhraseSyntaxError` unless `phrase` is well formed: braces balanced and not nested,
    every `{...}` group with at least one non-empty alternative, `|` only inside a group, `...`
    only between words (not first, not last, not twice in a row, not inside a group), and no
    longer than `MAX_PHRASE_CHARS` characters, `MAX_PHRASE_TOKENS` words and groups and
    `MAX_PHRASE_GAPS` gaps."""
    if not phrase.strip():
        raise PhraseSyntaxError(phrase, 0, "the phrase is empty")
    if len(phrase) > MAX_PHRASE_CHARS:
        raise PhraseSyntaxError(phrase, MAX_PHRASE_CHARS,
                                f"the phrase is longer than {MAX_PHRASE_CHARS:,} characters ({len(phrase):,}); "
                                "a phrase names a clause, not a passage")
    opened = -1
    for at, char in enumerate(phrase):
        if char == "{":
            if opened >= 0:
                raise PhraseSyntaxError(phrase, at, "a `{` inside another `{...}` group (groups cannot be nested; "
                                                    "write the alternatives out in one group)")
            opened = at
        elif char == "}":
            if opened < 0:
                raise PhraseSyntaxError(phrase, at, "a `}` with no `{` before it")
            body = phrase[opened + 1 : at]
            if not any(option.strip() for option in body.split("|")):
                raise PhraseSyntaxError(phrase, opened, "an empty group `{" + body + "}` (give at least one "
                                                        "alternative, e.g. `{may|might}` or `{of 1995|}`)")
            if "..." in body:
                raise PhraseSyntaxError(phrase, opened + 1 + body.index("..."),
                                        "`...` inside a `{...}` group (a gap goes between words)")
            opened = -1
        elif char == "|" and opened < 0:
            raise PhraseSyntaxError(phrase, at, "a `|` outside a `{...}` group (alternatives go in braces: "
                                                "`{a|b}`)")
    if opened >= 0:
        raise PhraseSyntaxError(phrase, opened, "a `{` that is never closed with `}`")
    tokens = list(_TOKEN.finditer(phrase))
    words = [t for t in tokens if t.group() != "..."]
    if not words:
        raise PhraseSyntaxError(phrase, 0, "the phrase has no words")
    if len(words) > MAX_PHRASE_TOKENS:
        raise PhraseSyntaxError(phrase, words[MAX_PHRASE_TOKENS].start(),
                                f"the phrase has more than {MAX_PHRASE_TOKENS} words and groups ({len(words):,})")
    gaps = len(tokens) - len(words)
    if gaps > MAX_PHRASE_GAPS:
        raise PhraseSyntaxError(phrase, [t for t in tokens if t.group() == "..."][MAX_PHRASE_GAPS].start(),
                                f"the phrase has more than {MAX_PHRASE_GAPS} `...` gaps ({gaps:,}); one gap "
                                f"already spans up to {GAP_WORDS} words")
    for index, token in enumerate(tokens):
        if token.group() != "...":
            continue
        if index == 0:
            raise PhraseSyntaxError(phrase, token.start(), "a phrase cannot start with `...` (a gap goes "
                                                           "between two words; just leave it out)")
        if index == len(tokens) - 1:
            raise PhraseSyntaxError(phrase, token.start(), "a phrase cannot end with `...` (a gap goes "
                                                           "between two words; just leave it out)")
        if tokens[index - 1].group() == "...":
            raise PhraseSyntaxError(phrase, token.start(), "two `...` gaps in a row (one gap already spans "
                                                           f"up to {GAP_WORDS} words)")


@dataclass(frozen=True)
class Match:
    """A phrase found in canonical text ([start, end) are canonical offsets)."""

    start: int
    end: int
    score: float
    phrase: str
    exact: bool
    missing_essentials: tuple[str, ...] = ()


@dataclass
class Phrase:
    """One compiled phrase pattern."""

    source: str
    regex: re.Pattern = field(init=False)
    expansions: list[str] = field(init=False)
    anchors: list[str] = field(init=False)

    def __post_init__(self) -> None:
        check_syntax(self.source)
        tokens = _TOKEN.findall(self.source)
        self.regex = compile_pattern(tokens)
        self.numbers = [w for w in re.findall(rf"[{WORD_CHAR}]+", self.source) if is_number(w)]  # "{of 1995|}" too
        self._tokens = tokens
        self.expansions = _expand(tokens)
        words = {w for e in self.expansions for w in e.split() if w not in _STOPWORDS and len(w) > 3}
        self.anchors = sorted(words, key=lambda w: (-len(w), w))[:4]
        self.required = _required_words(tokens)

    # The searches that run only when the exact one finds nothing, or for phrases with a number,
    # are compiled when first used: most phrases of a pack never need them in a run.
    @cached_property
    def misstatement_regex(self) -> WordStartRegex | LinearPattern | None:
        """The phrase with any number where it has one: "reform act of 1993" for "... of 1995"."""
        return compile_pattern(self._tokens, any_number=True) if self.numbers else None

    @cached_property
    def tolerant(self) -> TolerantPattern:
        return TolerantPattern(self._tokens)

    def find_tolerant(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Occurrences with OCR-like damage (`fslcheck.tolerant`), in text order."""
        return [Match(s, e, score, self.source, False) for s, e, score in self.tolerant.find(text, start, end)]

    def misstatements(self, text: str, start: int = 0,
                      end: int | None = None) -> tuple[list[str], list[str]]:
        """Places where the text says the phrase with another number ("act of 1993"), and places
        where it says it with the number damaged ("act of 19955": a doubled or dropped digit)."""
        if self.misstatement_regex is None:
            return [], []
        end = len(text) if end is None else end
        misstated, damaged = [], []
        for m in self.misstatement_regex.finditer(text, start, end):
            said = m.group()
            # "act of 19 95": a number split by extraction, not another number
            rest = _NUMBER_PIECES.match(text, m.end(), end)
            if self.regex.fullmatch(said) or (rest and self.regex.fullmatch(said + rest.group().replace(" ", ""))):
                continue
            if rest and _SECTION_NUMBER.search(said):
                # "section 78u 5" (78u-5, its hyphen read as a space): a section's number with its
                # subsection is one number, compared whole with those other phrases name
                said += rest.group()
            # "act of 1995.2 Actual results ...": a footnote's marker set after the full stop (a
            # superscript read as text from a PDF or a web page), not a decimal
            mark = _FOOTNOTE_MARK.search(said)
            if mark is not None and self.regex.fullmatch(said[: mark.start(2) - 1]):
                continue
            numbers = [w for w in re.findall(rf"[{WORD_CHAR}]+", said) if is_number(w) and w not in self.numbers]
            if numbers and all(any(damaged_number(n, w) for n in self.numbers) for w in numbers):
                damaged.append(said)
            else:
                misstated.append(said)
        return misstated, damaged

    def find_exact(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        end = len(text) if end is None else end
        # A plain substring test first: the regex (gaps, long alternations) is the slow part, and
        # most spans lack a word the phrase cannot do without.
        for options in self.required:
            if not any(text.find(word, start, end) >= 0 for word in options):
                return []
        return [Match(m.start(), m.end(), 100.0, self.source, True)
                for m in self.regex.finditer(text, start, end)]

    def find_fuzzy(self, text: str, floor: float, start: int = 0, end: int | None = None) -> Match | None:
        """Best fuzzy alignment of any expansion around an anchor, scoring at least `floor`."""
        end = len(text) if end is None else end
        best: Match | None = None
        hits = _anchor_hits(text, self.anchors, start, end)  # the same for every expansion
        for expansion in self.expansions:
            length = len(expansion)
            for window_start, window_end in _windows(hits, length, start, end):
                window = text[window_start:window_end]
                if len(window) < length:
                    continue  # never let the candidate be shorter than the phrase
                aligned = fuzz.partial_ratio_alignment(expansion, window, score_cutoff=floor)
                if aligned is None or (best is not None and aligned.score <= best.score):
                    continue
                match_start, match_end = _widen(text, window_start + aligned.dest_start,
                                                window_start + aligned.dest_end)
                span = text[match_start:match_end]
                if not _covers_content(expansion, span) or not _covers_words(expansion, span):
                    continue
                missing = meaning_differences(expansion, span)
                best = Match(match_start, match_end, round(aligned.score, 1), self.source, False, missing)
        return best


_NUMBER_PIECES = re.compile(r"(?: [0-9]+)+(?![a-z0-9])")
_SECTION_NUMBER = re.compile(r"\b[0-9]+[a-z]$")  # "27a", "78u": a number with a letter, as sections are numbered
# words of a phrase may be separated by a comma, semicolon or colon in the text, also one glued to
# the next word ("uncertainties that,without limitation, relate to"); a comma between digits is a
# number's own ("1,000"), and a mark before a letter only after a letter separates
_SEP = "(?:[,;:]? |(?<=[a-z])[,;](?=[a-z]))"


_GAP_PIECE = "gap"
_GAP_REGEX = rf"(?:{_SEP}[^ \n]*[^ \n.!?;]){{0,{GAP_WORDS}}}?"  # lazy: the nearest end word
_GAP_WORD = re.compile(rf"{_SEP}[^ \n]*[^ \n.!?;]")
_LINEAR_FROM_GAPS = 2  # the backtracking regex is fine with one gap; from two on it is exponential


def canonical_phrase(phrase: str) -> str:
    """A phrase's words in canonical form, as the document's canonical text holds them (a
    footnote mark the text's repairs drop is dropped from the phrase too)."""
    return as_read_in_text(_canonical_words(phrase))


def _pieces(tokens: list[str], any_number: bool = False) -> list:
    """The phrase as a list of pieces: `_GAP_PIECE`, or the regex alternatives of one token in
    the order a backtracking regex tries them (each alternative reads one way only)."""
    pieces: list = []
    out = ""  # the regex so far, only to decide on separators exactly as the joined form does
    for token in tokens:
        if token == "...":
            if out:
                pieces.append(_GAP_PIECE)
                out += _GAP_REGEX
            continue
        if token.startswith("{"):
            options = [canonical_phrase(o) for o in token[1:-1].split("|")]
            literals = [_literal(o, any_number) for o in options if o]
            if all(options):
                lead = _SEP if out else ""
                alternatives = [lead + literal for literal in literals]
                out += lead + f"(?:{'|'.join(literals)})"
            elif out:
                # An optional qualifier with a number ("{of 1995|}") may be left out, but not
                # replaced: "reform act of 1993" is not "reform act" followed by other words.
                wrong = "|".join(_number_shape(o) for o in options if o and _has_number(o))
                absent = f"(?!{_SEP}(?:{wrong})(?![{WORD_CHAR}]))" if wrong else ""
                alternatives = [_SEP + literal for literal in literals] + [absent]
                out += f"(?:{_SEP}(?:{'|'.join(literals)})|{absent})"
            else:
                alternatives = [literal + _SEP for literal in literals] + [""]
                out += f"(?:(?:{'|'.join(literals)}){_SEP})?"
            pieces.append(alternatives)
            continue
        fragment = (_SEP if out and not out.endswith(f"{_SEP})?") else "") + _literal(canonical_phrase(token), any_number)
        pieces.append([fragment])
        out += fragment
    return pieces


def _to_regex(tokens: list[str], any_number: bool = False) -> str:
    """Words joined by separators; optional groups and gaps carry their own leading separator.
    With `any_number`, each number of the phrase matches any number (to find misstatements)."""
    body = ""
    for piece in _pieces(tokens, any_number):
        body += _GAP_REGEX if piece is _GAP_PIECE else (piece[0] if len(piece) == 1 else f"(?:{'|'.join(piece)})")
    return rf"(?<![{WORD_CHAR}]){body}{_trailing(tokens)}"


def _trailing(tokens: list[str]) -> str:
    return "" if tokens[-1].endswith("*") else rf"(?![{WORD_CHAR}])"


def compile_pattern(tokens: list[str], any_number: bool = False):
    """The phrase's matcher: Python's regex while it runs in linear time (`WordStartRegex`), else
    `LinearPattern`."""
    if tokens.count("...") >= _LINEAR_FROM_GAPS:
        return LinearPattern(tokens, any_number)
    return WordStartRegex(_to_regex(tokens, any_number))


_OPENING = rf"(?<![{WORD_CHAR}])"  # how `_to_regex` opens every phrase: at the start of a word
_WORD_CHAR = re.compile(rf"[{WORD_CHAR}]")


class WordStartRegex:
    """A phrase's regex (`_to_regex`), searched as `re` would search it, about three times as fast.

    The look-behind that opens the regex keeps Python's engine from skipping ahead to where the
    phrase's first word can stand: it tries the regex at every character of the text. Without the
    look-behind the regex opens on a word or a set of words, which the engine finds by a fast scan;
    so the regex without it (`body`) is searched, and the look-behind checked by hand at each
    place found, the search going on from the next character where it fails. A match of the body
    at a place where the look-behind holds is the whole regex's match there, so the matches are
    the same, found in the same order."""

    def __init__(self, source: str) -> None:
        self.pattern = source

    @cached_property
    def body(self) -> re.Pattern[str] | None:
        """The regex without its look-behind, compiled when first searched: a run over one
        document searches few of a pack's phrases (its propositions read most elements), and
        compiling them all was a third of a single check's start."""
        return re.compile(self.pattern[len(_OPENING):]) if self.pattern.startswith(_OPENING) else None

    @cached_property
    def whole(self) -> re.Pattern[str]:
        """The regex with its look-behind, compiled when first needed (a full match, or an empty
        match of the body): most phrases never need it, and compiling is most of a pack's load."""
        return re.compile(self.pattern)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        if self.body is None:
            yield from self.whole.finditer(text, start, end)
            return
        position = start
        while True:
            found = self.body.search(text, position, end)
            if found is None:
                return
            at = found.start()
            if at > 0 and _WORD_CHAR.match(text, at - 1):  # (the look-behind sees before `start`, as re's does)
                if at >= end:  # (a search from past `end` would find the same empty match at `end` again)
                    return
                position = at + 1
                continue
            if found.end() == at:  # an empty match: re's own rules for what follows one
                yield from self.whole.finditer(text, at, end)
                return
            yield found
            position = found.end()

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.whole.fullmatch(text)


@dataclass(frozen=True)
class _Found:
    """What `LinearPattern` yields: the parts of `re.Match` the callers use."""

    string: str
    span_: tuple[int, int]

    def start(self) -> int:
        return self.span_[0]

    def end(self) -> int:
        return self.span_[1]

    def span(self) -> tuple[int, int]:
        return self.span_

    def group(self) -> str:
        return self.string[self.span_[0] : self.span_[1]]


class LinearPattern:
    """A phrase with several `...` gaps, matched in linear time.

    As one regex, a phrase with k gaps backtracks through up to 13^k ways to fill them where it
    almost matches (six gaps took seconds on a 3 KB release, eight over two minutes). Here each
    token is its own small regex and the search remembers, for every (piece, text position), that
    it already failed there, so each pair is tried once: time linear in the text (times the
    phrase's size). It finds what the one regex finds: the leftmost start, the first alternative
    of a group that lets the rest match, the fewest words in a gap (within one word, the one
    reading the regex tries first).
    """

    def __init__(self, tokens: list[str], any_number: bool = False) -> None:
        self.pattern = _to_regex(tokens, any_number)  # for messages and debugging only
        pieces = _pieces(tokens, any_number)
        self.pieces = [p if p is _GAP_PIECE else [re.compile(a) for a in p] for p in pieces]
        self.trailing = re.compile(_trailing(tokens))
        head = []
        for piece in pieces:  # the start must read as the pieces before the first gap
            if piece is _GAP_PIECE:
                break
            head.append(f"(?:{'|'.join(piece)})")
        self.starts = re.compile(rf"(?<![{WORD_CHAR}])(?={''.join(head)})")

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        end = len(text) if end is None else end
        failed: set[tuple[int, int]] = set()
        after = start
        for candidate in self.starts.finditer(text, start, end):
            at = candidate.start()
            if at < after:
                continue
            stop = self._solve(text, 0, at, end, failed, None)
            if stop is not None:
                yield _Found(text, (at, stop))
                after = max(stop, at + 1)

    def fullmatch(self, text: str) -> _Found | None:
        if not self.starts.match(text):
            return None
        stop = self._solve(text, 0, 0, len(text), set(), len(text))
        return _Found(text, (0, stop)) if stop is not None else None

    def _solve(self, text: str, index: int, position: int, end: int, failed: set, must_end: int | None) -> int | None:
        """Where a match of pieces[index:] from `position` ends, or None (remembered in `failed`)."""
        if (index, position) in failed:
            return None
        if index == len(self.pieces):
            if self.trailing.match(text, position, end) and (must_end is None or position == must_end):
                return position
            failed.add((index, position))
            return None
        piece = self.pieces[index]
        if piece is _GAP_PIECE:
            at = position
            for skip in range(GAP_WORDS + 1):
                if skip:
                    word = _GAP_WORD.match(text, at, end)
                    if word is None:
                        break
                    at = word.end()
                found = self._solve(text, index + 1, at, end, failed, must_end)
                if found is not None:
                    return found
        else:
            for alternative in piece:
                matched = alternative.match(text, position, end)
                if matched is None:
                    continue
                found = self._solve(text, index + 1, matched.end(), end, failed, must_end)
                if found is not None:
                    return found
        failed.add((index, position))
        return None


def _has_number(text: str) -> bool:
    return any(is_number(word) for word in re.findall(rf"[{WORD_CHAR}]+", text))  # "{of 1995|}" too


def _number_shape(text: str) -> str:
    """A regex for the words of `text` with any number in place of each of its numbers."""
    return _SEP.join(ANY_NUMBER if is_number(w) else re.escape(w) for w in text.split())


def _required_words(tokens: list[str]) -> list[tuple[str, ...]]:
    """For each element an occurrence cannot do without, the words one of which it must contain
    (the first word of each alternative, without its `*`)."""
    required = []
    for token in tokens:
        if token == "...":
            continue
        options = [canonical_phrase(o) for o in token[1:-1].split("|")] if token.startswith("{") else [canonical_phrase(token)]
        if all(options):
            required.append(tuple(option.split()[0].rstrip("*") for option in options))
    return required


def _literal(text: str, any_number: bool = False) -> str:
    if any_number and _has_number(text):
        return _number_shape(text)
    escaped = re.escape(text).replace(r"\ ", _SEP)
    return escaped.replace(r"\*", rf"[{WORD_CHAR}]*")


def _expand(tokens: list[str]) -> list[str]:
    choices: list[list[str]] = []
    for token in tokens:
        if token == "...":
            continue
        if token.startswith("{"):
            choices.append([canonical_phrase(o) for o in token[1:-1].split("|")])
        else:
            choices.append([canonical_phrase(token.rstrip("*"))])
    expansions = []
    for combo in itertools.islice(itertools.product(*choices), MAX_EXPANSIONS):
        expansions.append(" ".join(w for w in combo if w))
    return expansions


def _anchor_hits(text: str, anchors: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """(offset, length) of every occurrence of the anchors in [start, end)."""
    hits = []
    for anchor in anchors:
        position = text.find(anchor, start, end)
        while position >= 0:
            hits.append((position, len(anchor)))
            position = text.find(anchor, position + 1, end)
    return hits


def _windows(hits: list[tuple[int, int]], length: int, start: int, end: int):
    """Windows of the text around anchor occurrences (`_anchor_hits`), merged where they overlap."""
    margin = length + 10
    spans = sorted((max(start, position - margin), min(end, position + size + margin)) for position, size in hits)
    merged: list[tuple[int, int]] = []
    for span in spans:
        if merged and span[0] <= merged[-1][1] - length:
            merged[-1] = (merged[-1][0], max(merged[-1][1], span[1]))
        else:
            merged.append(span)
    return merged


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend an aligned span to whole words."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


def meaning_differences(phrase: str, span: str) -> tuple[str, ...]:
    """Meaning-carrying words that differ between a phrase and the text matched for it.

    A negation, "undue", "materially" or a number the phrase has and the span lacks is listed
    as is; a negation or number the span has and the phrase lacks is listed with a leading '+'.
    Words are counted, so a long passage that drops one of two "no"s is caught too.
    """
    wanted = Counter(_fold_meaning(w) for w in re.findall(rf"[{WORD_CHAR}]+", phrase))
    found = Counter(_fold_meaning(w) for w in re.findall(rf"[{WORD_CHAR}]+", span))
    missing = [w for w in wanted if (w in ESSENTIAL_WORDS or is_number(w)) and found[w] < wanted[w]]
    extra = [w for w in found if (w in NEGATIONS or is_number(w)) and found[w] > wanted[w]]
    # A damaged number ("19955" for 1995) stands for the one it damages.
    for number in [w for w in missing if is_number(w)]:
        stand_in = next((w for w in extra if damaged_number(number, w)), None)
        if stand_in is not None:
            missing.remove(number)
            extra.remove(stand_in)
    return tuple(missing + ["+" + w for w in extra])


_MEANING_SKELETONS = {ocr_skeleton(w): w for w in ESSENTIAL_WORDS}


def _fold_meaning(word: str) -> str:
    """A meaning word damaged by OCR look-alikes ("n0t", "rnaterially") reads as itself."""
    if word in ESSENTIAL_WORDS or is_number(word):
        return word
    return _MEANING_SKELETONS.get(ocr_skeleton(word), word)


def _covers_content(phrase: str, span: str) -> bool:
    """At least half of the phrase's content words stand in the span exactly.

    Character-level scores let a short phrase align with unrelated words ("not to rely on" with
    "not purely"); OCR damage, by contrast, leaves most words of a real occurrence intact.
    """
    content = [w for w in phrase.split() if len(w) > 3 and w not in _STOPWORDS]
    if not content:
        return True
    found = set(re.findall(rf"[{WORD_CHAR}']+", span))
    return sum(w in found for w in content) * 2 >= len(content)


_SHORT_PHRASE = 3  # words; in a phrase this short each word carries a third of what it says


def _covers_words(phrase: str, span: str) -> bool:
    """More than half of all the phrase's words (short ones too) stand in the span, OCR damage
    allowed: "expectations as suggested" is not a near miss of "expectations as of january".
    A phrase of three words or fewer needs every word: with one gone the rest is another
    phrase ("specific risk factors" and '"risk management" and "risk factors"' are not "in risk
    factors", a caption pointed to, though their characters align with it)."""
    words = phrase.split()
    found = re.findall(rf"[{WORD_CHAR}']+", span)
    present = sum(any(word_matches(w, f) for f in found) for w in words)
    if len(words) <= _SHORT_PHRASE:
        return present == len(words)
    return present * 2 > len(words)


def best_match(phrases: list[Phrase], text: str, floor: float, start: int = 0,
               end: int | None = None, accept: Callable[[Match], bool] | None = None) -> Match | None:
    """The first exact match of any phrase (earliest in the text), else the best OCR-tolerant one,
    else the best fuzzy one; `accept` can turn down candidates (e.g. by their sentence)."""
    keep = accept or (lambda match: True)
    exact = [m for p in phrases for m in p.find_exact(text, start, end) if keep(m)]
    if exact:
        return min(exact, key=lambda m: (m.start, -m.end))
    tolerant = [m for p in phrases for m in p.find_tolerant(text, start, end) if keep(m)]
    if tolerant:
        return max(tolerant, key=lambda m: (not m.missing_essentials, m.score, -m.start))
    fuzzy = [m for p in phrases if (m := p.find_fuzzy(text, floor, start, end)) is not None and keep(m)]
    if not fuzzy:
        return None
    return max(fuzzy, key=lambda m: (not m.missing_essentials, m.score))
