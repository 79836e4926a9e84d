"""Finding a rule phrase in canonical text: exact first, then a seeded fuzzy search.

Phrase syntax (what rule packs write in `phrases`):

- words, compared after the same canonicalisation as the document (case, quotes, hyphens);
- `{could|may|might}`: one of the alternatives (an empty alternative makes the group optional;
  an optional group with a number, `{of 1995|}`, may be left out but not replaced by another
  number);
- `...`: up to 12 words of anything, within a sentence;
- `word*`: any word starting with `word`.

The exact search is a regular expression compiled once per phrase. When no phrase of a rule is
found exactly, an OCR-tolerant search follows the same pattern word by word (`Phrase.find_tolerant`):
a word matches when it is the same after OCR look-alikes are folded (l/1/i, O/0, e/c, rn/m, cl/d,
doubled letters: `ocr_skeleton`), or, for a word of three letters or more, within one edit
(two from eleven letters) of it; words that carry meaning (negations, numbers) and words of one or
two letters must be the same up to look-alikes; at least one word of four letters or more stands intact up to
look-alikes. Its score is the similarity of the folded words, so OCR look-alikes cost
nothing and dropped letters cost what they cost. Only when that fails too does the fuzzy search run: it looks for the phrase's distinctive words
(anchors), and around each occurrence scores rapidfuzz's best alignment of the phrase in a
window. Fuzzy scores do not see meaning, so words that carry it (negations, numbers, "undue")
must appear exactly inside the aligned span, or the match is reported as not essential-complete.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein


from .normalise import canonical_phrase

GAP_WORDS = 12
MAX_EXPANSIONS = 24
# Words whose presence decides what a clause means; a fuzzy match without them is not a match.
NEGATIONS = frozenset({"no", "not", "never", "none", "nor", "without", "cannot"})
ESSENTIAL_WORDS = NEGATIONS | {"undue", "materially", "differ", "disclaim", "disclaims"}
_STOPWORDS = frozenset({
    "the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "by", "with", "as", "be", "is",
    "are", "that", "this", "such", "its", "our", "we", "any", "from", "these", "those", "at",
})
_TOKEN = re.compile(r"\{[^{}]*\}|\.\.\.|[^\s{}]+")
_WORD_CHAR = "a-z0-9"
_ANY_NUMBER = r"[0-9](?:[.,]?[0-9])*[a-z]?"  # 1995, 27a, 1,000 (not the full stop after it); as _is_number
_NUMBER = re.compile(r"^\d[\d.,]*[a-z]?$")


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
        tokens = _TOKEN.findall(self.source)
        if not tokens:
            raise ValueError(f"empty phrase {self.source!r}")
        self.regex = re.compile(_to_regex(tokens))
        # The same phrase with any number where it has one: "reform act of 1993" for "... of 1995".
        self.misstatement_regex = re.compile(_to_regex(tokens, any_number=True)) if _has_number(self.source) else None
        self.expansions = _expand(tokens)
        words = {w for e in self.expansions for w in e.split() if w not in _STOPWORDS and len(w) > 3}
        self.anchors = sorted(words, key=lambda w: (-len(w), w))[:4]
        self.elements = _elements(tokens)
        self.max_tokens = sum(GAP_WORDS if element is _GAP else max(len(o) for o in element[0])
                              for element in self.elements)
        seeds = sorted({(w, prefix) for element in self.elements if element is not _GAP
                        for option in element[0] for w, prefix in option if len(w) >= 4}, reverse=True)
        alternatives = "|".join(re.escape(w) + ("[a-z0-9]*" if prefix else "") for w, prefix in seeds)
        self.first_words = _first_words(self.elements)
        self._start_cache: dict[str, bool] = {}
        self.seed_regex = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])" if seeds else r"(?!x)x")

    def find_tolerant(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Occurrences of the phrase with OCR-like damage (see the module notes), in text order.

        Seeded like the fuzzy search: only the words around an intact phrase word (four letters
        or more) are tokenised and aligned, so a text without them costs one regex scan.
        """
        end = len(text) if end is None else end
        out: list[Match] = []
        reach = 16 * self.max_tokens + 16
        windows: list[list[int]] = []
        for seed in self.seed_regex.finditer(text, start, end):
            low, high = max(start, seed.start() - reach), min(end, seed.end() + reach)
            if windows and low <= windows[-1][1]:
                windows[-1][1] = high
            else:
                windows.append([low, high])
        for low, high in windows:
            if low > start and text[low - 1] not in " \n":  # start at a word
                boundary = _BOUNDARY.search(text, low, high)
                low = boundary.end() if boundary else high
            out.extend(self._align_window(text, low, high))
        unique = {(m.start, m.end): m for m in out}
        return sorted(unique.values(), key=lambda m: m.start)

    def _align_window(self, text: str, start: int, end: int) -> list[Match]:
        """Alignments inside [start, end), paragraph by paragraph (a phrase never crosses one)."""
        out: list[Match] = []
        paragraphs = _paragraph_tokens(text)
        position = start
        while position < end:
            paragraph_end, tokens = paragraphs.containing(position)
            out.extend(self._align_tokens(tokens, bisect_left(tokens.starts, position),
                                          bisect_right(tokens.ends, min(end, paragraph_end))))
            position = paragraph_end + 1
        return out

    def _align_tokens(self, tokens: _Tokens, low: int, high: int) -> list[Match]:
        words = tokens.words
        out: list[Match] = []
        # An occurrence starts at most max_tokens words before one of its intact seed words.
        seeds = [i for i in range(low, high) if self.seed_regex.fullmatch(words[i])]
        if not seeds:
            return out
        begins = [b for b in range(max(low, seeds[0] - self.max_tokens + 1), seeds[-1] + 1)
                  if self._can_start(words[b]) and _any_between(seeds, b, b + self.max_tokens)]
        done = -1
        for begin in begins:
            if begin <= done:
                continue
            pairs = _align(self.elements, 0, tokens, begin, high, [])
            if pairs is None:
                continue
            stop = max(index for _, index in pairs)
            wanted = " ".join(w for w, _ in pairs)
            got = " ".join(words[i] for _, i in pairs)
            score = round(fuzz.ratio(ocr_skeleton(wanted), ocr_skeleton(got)), 1)
            # Each phrase word was matched with its meaning words intact (word_matches); a gap
            # is free, as in the exact search.
            out.append(Match(tokens.starts[pairs[0][1]], tokens.ends[stop], score, self.source, False))
            done = stop
        return out

    def _can_start(self, word: str) -> bool:
        """Whether an occurrence of the phrase can start with this text word (cached per phrase)."""
        known = self._start_cache.get(word)
        if known is None:
            known = self._start_cache[word] = any(word_matches(w, word, prefix) for w, prefix in self.first_words)
        return known

    def misstatements(self, text: str, start: int = 0, end: int | None = None) -> list[str]:
        """Places where the text says the phrase with another number ("act of 1993")."""
        if self.misstatement_regex is None:
            return []
        end = len(text) if end is None else end
        return [m.group() for m in self.misstatement_regex.finditer(text, start, end)
                if not self.regex.fullmatch(m.group())]

    def find_exact(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        end = len(text) if end is None else end
        return [Match(m.start(), m.end(), 100.0, self.source, True)
                for m in self.regex.finditer(text, start, end)]

    def find_fuzzy(self, text: str, floor: float, start: int = 0, end: int | None = None) -> Match | None:
        """Best fuzzy alignment of any expansion around an anchor, scoring at least `floor`."""
        end = len(text) if end is None else end
        best: Match | None = None
        for expansion in self.expansions:
            length = len(expansion)
            for window_start, window_end in _windows(text, self.anchors, length, start, end):
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


_GAP = object()


def _elements(tokens: list[str]) -> list:
    """The phrase as a list of elements: `_GAP`, or (options, optional), each option a tuple of
    (word, is_prefix) pairs."""
    elements: list = []
    for token in tokens:
        if token == "...":
            if elements:
                elements.append(_GAP)
            continue
        raw = token[1:-1].split("|") if token.startswith("{") else [token]
        options = []
        for option in raw:
            words = tuple((canonical_phrase(w.rstrip("*")), w.endswith("*")) for w in option.split())
            if words:
                options.append(words)
        elements.append((tuple(options), len(options) < len(raw)))
    return elements


def _any_between(positions: list[int], low: int, high: int) -> bool:
    """Whether a sorted list has a value in [low, high)."""
    index = bisect_left(positions, low)
    return index < len(positions) and positions[index] < high


def _first_words(elements: list) -> set[tuple[str, bool]]:
    """The words an occurrence can start with: those of the leading optional elements and of the
    first required one."""
    first: set[tuple[str, bool]] = set()
    for element in elements:
        if element is _GAP:
            continue
        options, optional = element
        first.update(option[0] for option in options)
        if not optional:
            break
    return first


@dataclass(frozen=True)
class _Tokens:
    words: list[str]
    starts: list[int]
    ends: list[int]
    joined: list[bool]  # joined[i]: token i follows token i-1 within a clause (a space, no newline)
    sentence_end: list[bool]  # token i ends a sentence (".", "!", "?")


_TOKEN_RUN = re.compile(r"[^ \n]+")
_BOUNDARY = re.compile(r"[ \n]")


class _ParagraphTokens:
    """The words of a canonical text, tokenised one paragraph at a time as searches reach it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.cache: dict[int, _Tokens] = {}

    def containing(self, offset: int) -> tuple[int, _Tokens]:
        """(end offset, tokens) of the paragraph holding `offset`."""
        index = bisect_left(self.breaks, offset)
        start = self.breaks[index - 1] + 1 if index else 0
        end = self.breaks[index] if index < len(self.breaks) else len(self.text)
        if index not in self.cache:
            self.cache[index] = _tokens(self.text, start, end)
        return end, self.cache[index]


@lru_cache(maxsize=8)
def _paragraph_tokens(text: str) -> _ParagraphTokens:
    return _ParagraphTokens(text)


def _tokens(text: str, start: int, end: int) -> _Tokens:
    words, starts, ends, joined, sentence_end = [], [], [], [], []
    previous_end = -2
    for match in _TOKEN_RUN.finditer(text, start, end):
        raw = match.group()
        stripped = raw.strip(".,;:!?()[]")
        offset = raw.find(stripped) if stripped else 0
        words.append(stripped)
        starts.append(match.start() + offset)
        ends.append(match.start() + offset + len(stripped))
        joined.append(previous_end == match.start() - 1 and text[previous_end] == " ")
        sentence_end.append(raw.rstrip(")]").endswith((".", "!", "?")))
        previous_end = match.end()
    return _Tokens(words, starts, ends, joined, sentence_end)


def _align(elements: list, index: int, tokens: _Tokens, position: int, limit: int,
           pairs: list[tuple[str, int]]) -> list[tuple[str, int]] | None:
    """Pairs (phrase word, token index) of the first alignment of elements[index:] at `position`."""
    if index == len(elements):
        return list(pairs) if pairs and _damage_ok(pairs, tokens) else None
    element = elements[index]
    if element is _GAP:
        for skip in range(GAP_WORDS + 1):
            if skip and (position + skip - 1 >= limit or tokens.sentence_end[position + skip - 1]
                         or (position + skip - 1 > 0 and not tokens.joined[position + skip - 1])):
                break
            found = _align(elements, index + 1, tokens, position + skip, limit, pairs)
            if found is not None:
                return found
        return None
    options, optional = element
    for option in options:
        count = len(option)
        if position + count > limit:
            continue
        ok = True
        for offset, (word, prefix) in enumerate(option):
            at = position + offset
            if (pairs or offset) and not tokens.joined[at]:
                ok = False
                break
            if pairs and offset == 0 and tokens.sentence_end[at - 1]:
                ok = False
                break
            if not word_matches(word, tokens.words[at], prefix):
                ok = False
                break
        if not ok:
            continue
        found = _align(elements, index + 1, tokens, position + count, limit,
                       pairs + [(w, position + o) for o, (w, _) in enumerate(option)])
        if found is not None:
            return found
    if optional:
        if any(_replaced_number(option, tokens, position, limit) for option in options):
            return None  # "{of 1995|}" may be left out, not replaced ("of 1993")
        return _align(elements, index + 1, tokens, position, limit, pairs)
    return None


def _replaced_number(option: tuple, tokens: _Tokens, position: int, limit: int) -> bool:
    """Whether the text at `position` reads as `option` with another number in place of its own."""
    if not any(_is_number(word) for word, _ in option) or position + len(option) > limit:
        return False
    for offset, (word, prefix) in enumerate(option):
        found = tokens.words[position + offset]
        if _is_number(word):
            if not _is_number(found):
                return False
        elif not word_matches(word, found, prefix):
            return False
    return True


def _damage_ok(pairs: list[tuple[str, int]], tokens: _Tokens) -> bool:
    """At least one word of four letters or more stands intact or differs only in OCR look-alikes
    (each other word is near its own)."""
    return any(len(w) >= 4 and ocr_skeleton(tokens.words[i]).startswith(ocr_skeleton(w)) for w, i in pairs)


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
    return _DOUBLED.sub(r"\1", folded.translate(_OCR_SINGLE))


def _edits_allowed(word: str) -> int:
    """Edits a damaged word may show: none in a meaning word or a word of one or two letters."""
    if word in NEGATIONS or _is_number(word) or len(word) < 3:
        return 0
    return 2 if len(word) >= 11 else 1


@lru_cache(maxsize=1 << 18)
def word_matches(word: str, found: str, prefix: bool = False) -> bool:
    """Whether a text word can be the phrase word after OCR-like damage (see the module notes)."""
    if found == word or (prefix and found.startswith(word)):
        return True
    if not found:
        return False
    allowed = _edits_allowed(word)
    skeleton, found_skeleton = ocr_skeleton(word), ocr_skeleton(found)
    if prefix:
        if found_skeleton.startswith(skeleton):
            return True
        return bool(allowed) and any(
            Levenshtein.distance(skeleton, found_skeleton[:k], score_cutoff=allowed) <= allowed
            for k in range(max(1, len(skeleton) - allowed), len(skeleton) + allowed + 1))
    if found_skeleton == skeleton:
        return True
    return bool(allowed) and Levenshtein.distance(skeleton, found_skeleton, score_cutoff=allowed) <= allowed


_SEP = "[,;:]? "  # words of a phrase may be separated by a comma, semicolon or colon in the text


def _to_regex(tokens: list[str], any_number: bool = False) -> str:
    """Words joined by separators; optional groups and gaps carry their own leading separator.
    With `any_number`, each number of the phrase matches any number (to find misstatements)."""
    out = ""
    for token in tokens:
        if token == "...":
            if out:
                out += rf"(?:{_SEP}[^ \n]*[^ \n.!?;]){{0,{GAP_WORDS}}}?"  # lazy: the nearest end word
            continue
        if token.startswith("{"):
            options = [canonical_phrase(o) for o in token[1:-1].split("|")]
            alternatives = "|".join(_literal(o, any_number) for o in options if o)
            if all(options):
                out += (_SEP if out else "") + f"(?:{alternatives})"
            elif out:
                # An optional qualifier with a number ("{of 1995|}") may be left out, but not
                # replaced: "reform act of 1993" is not "reform act" followed by other words.
                wrong = "|".join(_number_shape(o) for o in options if o and _has_number(o))
                absent = f"(?!{_SEP}(?:{wrong})(?![{_WORD_CHAR}]))" if wrong else ""
                out += f"(?:{_SEP}(?:{alternatives})|{absent})"
            else:
                out += f"(?:(?:{alternatives}){_SEP})?"
            continue
        out += (_SEP if out and not out.endswith(f"{_SEP})?") else "") + _literal(canonical_phrase(token), any_number)
    trailing = "" if tokens[-1].endswith("*") else rf"(?![{_WORD_CHAR}])"
    return rf"(?<![{_WORD_CHAR}]){out}{trailing}"


def _has_number(text: str) -> bool:
    return any(_is_number(word) for word in text.split())


def _number_shape(text: str) -> str:
    """A regex for the words of `text` with any number in place of each of its numbers."""
    return _SEP.join(_ANY_NUMBER if _is_number(w) else re.escape(w) for w in text.split())


def _literal(text: str, any_number: bool = False) -> str:
    if any_number and _has_number(text):
        return _number_shape(text)
    escaped = re.escape(text).replace(r"\ ", _SEP)
    return escaped.replace(r"\*", rf"[{_WORD_CHAR}]*")


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


def _windows(text: str, anchors: list[str], length: int, start: int, end: int):
    """Windows of the text around anchor occurrences, merged where they overlap."""
    spans: list[tuple[int, int]] = []
    margin = length + 10
    for anchor in anchors:
        position = text.find(anchor, start, end)
        while position >= 0:
            spans.append((max(start, position - margin), min(end, position + len(anchor) + margin)))
            position = text.find(anchor, position + 1, end)
    spans.sort()
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
    wanted = Counter(_fold_meaning(w) for w in re.findall(rf"[{_WORD_CHAR}]+", phrase))
    found = Counter(_fold_meaning(w) for w in re.findall(rf"[{_WORD_CHAR}]+", span))
    missing = [w for w in wanted if (w in ESSENTIAL_WORDS or _is_number(w)) and found[w] < wanted[w]]
    extra = ["+" + w for w in found if (w in NEGATIONS or _is_number(w)) and found[w] > wanted[w]]
    return tuple(missing + extra)


_MEANING_SKELETONS = {ocr_skeleton(w): w for w in ESSENTIAL_WORDS}


def _fold_meaning(word: str) -> str:
    """A meaning word damaged by OCR look-alikes ("n0t", "rnaterially") reads as itself."""
    if word in ESSENTIAL_WORDS or _is_number(word):
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
    found = set(re.findall(rf"[{_WORD_CHAR}']+", span))
    return sum(w in found for w in content) * 2 >= len(content)


def _covers_words(phrase: str, span: str) -> bool:
    """More than half of all the phrase's words (short ones too) stand in the span, OCR damage
    allowed: "expectations as suggested" is not a near miss of "expectations as of january"."""
    words = phrase.split()
    found = re.findall(rf"[{_WORD_CHAR}']+", span)
    return sum(any(word_matches(w, f) for f in found) for w in words) * 2 > len(words)


def _is_number(word: str) -> bool:
    """A year, a count, a section number ("1995", "27a"): not an OCR-damaged word ("resu1ts")."""
    return bool(_NUMBER.match(word))


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
