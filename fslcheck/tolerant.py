"""The OCR-tolerant search: a phrase's pattern followed word by word through damaged text.

`TolerantPattern` runs after the exact search of a phrase fails. It follows the same pattern
(alternatives, optional words, `...` gaps, `word*` prefixes) over the words of the text, where a
word matches when `fslcheck.words.word_matches` says OCR could have made it from the phrase word;
at least one word of four letters or more must stand intact up to look-alikes. The score is the
similarity of the OCR-folded words, so look-alikes cost nothing and dropped letters cost what they
cost. An optional group with a number (`{of 1995|}`) may be left out but not replaced by another
number.

Seeded like the fuzzy search: only paragraphs around an intact phrase word (four letters or
more) are tokenised, once per document, and an occurrence is only tried where its first word
can stand.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from rapidfuzz import fuzz

from .normalise import canonical_phrase
from .words import is_number, may_fold_into, ocr_skeleton, word_matches

GAP_WORDS = 12  # what `...` in a phrase spans, here and in the exact search


class TolerantPattern:
    """A phrase's token list compiled for the tolerant search."""

    def __init__(self, tokens: list[str]) -> None:
        self.elements = _elements(tokens)
        self.max_tokens = sum(GAP_WORDS if element is _GAP else max(len(o) for o in element[0])
                              for element in self.elements)
        seeds = sorted({(w, prefix) for element in self.elements if element is not _GAP
                        for option in element[0] for w, prefix in option if len(w) >= 4}, reverse=True)
        self.seed_words = frozenset(w for w, _ in seeds)  # every seed match starts with one of these
        alternatives = "|".join(re.escape(w) + ("[a-z0-9]*" if prefix else "") for w, prefix in seeds)
        self.seed_regex = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])" if seeds else r"(?!x)x")
        self.first_words = _first_words(self.elements)
        self._start_cache: dict[str, bool] = {}
        self._seed_cache: dict[str, bool] = {}  # text word -> whether it is a seed (`_is_seed`)
        self._opens: dict[tuple[int, str], bool] = {}  # (element, text word) -> `_may_open` (`_align`)
        # Seeds made of letters and digits only match whole runs of them, which a text's word
        # index (`_runs`) finds without a regex pass per pattern; any other seed ("10-k") needs the regex.
        self._whole = [w for w, prefix in seeds if not prefix]
        self._prefixes = [w for w, prefix in seeds if prefix]
        self._by_runs = bool(seeds) and all(_RUN.fullmatch(w) for w, _ in seeds)

    def _seed_spans(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each seed in text[start:end], in order: what `seed_regex.finditer`
        finds. Every phrase of a pack searches the same legend; the runs of letters and digits
        there are indexed once (`_runs`) and each pattern looks up its own seeds, where a regex
        pass per pattern tried its alternation at every character."""
        if not self._by_runs:
            return [m.span() for m in self.seed_regex.finditer(text, start, end)]
        by_word, ordered = _runs(text, start, end)
        found = [s for w in self._whole for s in by_word.get(w, ())]
        for prefix in self._prefixes:  # the words starting with it stand together in sorted order
            for k in range(bisect_left(ordered, prefix), len(ordered)):
                if not ordered[k].startswith(prefix):
                    break
                found.extend(by_word[ordered[k]])
        return sorted(set(found))

    def _is_seed(self, word: str) -> bool:
        """`seed_regex.fullmatch(word)`, cached per pattern (asked of every word near a seed)."""
        known = self._seed_cache.get(word)
        if known is None:
            known = self._seed_cache[word] = bool(self.seed_regex.fullmatch(word))
        return known

    def seeds_among(self, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The spans among `spans` (maximal runs of letters and digits, in order) that are this
        pattern's seeds: what `_seed_spans` finds, for a caller that found the runs of several
        patterns' seeds in one pass (`fslcheck.checks.legend`)."""
        return [span for span in spans if self._is_seed(text[span[0] : span[1]])]

    def find(self, text: str, start: int = 0, end: int | None = None, seeds: list[tuple[int, int]] | None = None,
             shared: bool = True) -> list[tuple[int, int, float]]:
        """(start, end, score) of each damaged occurrence in [start, end), in text order.

        `seeds`: the pattern's seeds there (`seeds_among`), when the caller has them. `shared`:
        whether each paragraph searched is tokenised whole and kept for the searches after this
        one (a legend's paragraphs, searched for every phrase of a pack), or, when not, only
        around the seeds: a search of many paragraphs that no other search reads again (the
        damaged markers of a filing's long paragraphs) need not tokenise all their words."""
        end = len(text) if end is None else end
        out: list[tuple[int, int, float]] = []
        reach = 16 * self.max_tokens + 16
        windows: list[list[int]] = []
        for seed_start, seed_end in self._seed_spans(text, start, end) if seeds is None else seeds:
            low, high = max(start, seed_start - reach), min(end, seed_end + reach)
            if windows and low <= windows[-1][1]:
                windows[-1][1] = high
            else:
                windows.append([low, high])
        for low, high in windows:
            if low > start and text[low - 1] not in " \n":  # start at a word
                boundary = _BOUNDARY.search(text, low, high)
                low = boundary.end() if boundary else high
            out.extend(self._align_window(text, low, high, shared))
        unique = {(s, e): (s, e, score) for s, e, score in out}
        return sorted(unique.values())

    def _align_window(self, text: str, start: int, end: int, shared: bool = True) -> list[tuple[int, int, float]]:
        """Alignments inside [start, end), paragraph by paragraph (a phrase never crosses one)."""
        out: list[tuple[int, int, float]] = []
        paragraphs = paragraph_tokens(text)
        position = start
        while position < end:
            if shared:
                paragraph_end, tokens = paragraphs.containing(position)
                low, high = bisect_left(tokens.starts, position), bisect_right(tokens.ends, min(end, paragraph_end))
            else:
                paragraph_end, tokens, low, high = paragraphs.around(position, end)
            out.extend(self._align_tokens(tokens, low, high))
            position = paragraph_end + 1
        return out

    def _align_tokens(self, tokens: Tokens, low: int, high: int) -> list[tuple[int, int, float]]:
        words = tokens.words
        out: list[tuple[int, int, float]] = []
        # An occurrence starts at most max_tokens words before one of its intact seed words.
        seeds = _where(words, low, high, self._seed_cache, self._is_seed)
        if not seeds:
            return out
        first = max(low, seeds[0] - self.max_tokens + 1)
        begins = [b for b in _where(words, first, seeds[-1] + 1, self._start_cache, self._can_start)
                  if _any_between(seeds, b, b + self.max_tokens)]
        done = -1
        failed: set = set()  # shared by every begin: a dead end is one whatever led to it
        for begin in begins:
            if begin <= done:
                continue
            pairs = _align(self.elements, 0, tokens, begin, high, [], failed, self._opens)
            if pairs is None:
                continue
            stop = max(last for _, _, last in pairs)
            wanted = " ".join(w for w, _, _ in pairs)
            got = " ".join(_pair_text(tokens, first, last) for _, first, last in pairs)
            score = round(fuzz.ratio(ocr_skeleton(wanted), ocr_skeleton(got)), 1)
            # Each phrase word was matched with its meaning words intact (word_matches); a gap
            # is free, as in the exact search.
            out.append((tokens.starts[pairs[0][1]], tokens.ends[stop], score))
            done = stop
        return out

    def _can_start(self, word: str) -> bool:
        """Whether an occurrence can start with this text word (cached per pattern)."""
        known = self._start_cache.get(word)
        if known is None:
            known = self._start_cache[word] = any(word_matches(w, word, prefix) for w, prefix in self.first_words)
        return known


_GAP = object()
_RUN = re.compile(r"[a-z0-9]+")


_KNOWN_WORDS = 8192  # cached answers per pattern and question; a release's legend windows hold a few hundred words


def _where(words: list[str], low: int, high: int, known: dict[str, bool], ask) -> list[int]:
    """The positions i in [low, high) where `ask(words[i])` holds, `known` being the answers
    `ask` has cached (`_is_seed`, `_can_start`). Every pattern asks this of every word of every
    window it searches (tens of thousands of words in a 10-K's legend): the cached answers are
    read in one `map` and the positions picked by `compress`, where a call per word cost most of
    the seeding; `ask` is called only for words it has not seen."""
    window = words[low:high]
    answers = list(map(known.get, window))
    if None in answers:
        if len(known) > _KNOWN_WORDS:
            known.clear()  # (the answers outlive a document: bounded, a long batch's vocabulary cannot pile up)
        answers = [ask(word) if answer is None else answer for answer, word in zip(answers, window)]
    return list(compress(range(low, high), answers))


@lru_cache(maxsize=32)
def _runs(text: str, start: int, end: int) -> tuple[dict[str, list[tuple[int, int]]], list[str]]:
    """The maximal runs of letters and digits in text[start:end] (one cut short at `start`
    is not one), by word, and the words sorted: shared by every pattern searching that span."""
    by_word: dict[str, list[tuple[int, int]]] = {}
    for m in _RUN.finditer(text, start, end):
        if m.start() == start and start > 0 and _RUN.match(text, start - 1):
            continue  # the tail of a run that began before `start`: the look-behind refuses it
        by_word.setdefault(m.group(), []).append(m.span())
    return by_word, sorted(by_word)


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
class Tokens:
    words: list[str]
    starts: list[int]
    ends: list[int]
    joined: list[bool]  # joined[i]: token i follows token i-1 within a clause (a space, no newline)
    sentence_end: list[bool]  # token i ends a sentence (".", "!", "?")


_BOUNDARY = re.compile(r"[ \n]")


class ParagraphTokens:
    """The words of a canonical text, tokenised one paragraph at a time as searches reach it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.cache: dict[int, Tokens] = {}

    def containing(self, offset: int) -> tuple[int, Tokens]:
        """(end offset, tokens) of the paragraph holding `offset`."""
        index = bisect_left(self.breaks, offset)
        start = self.breaks[index - 1] + 1 if index else 0
        end = self.breaks[index] if index < len(self.breaks) else len(self.text)
        if index not in self.cache:
            self.cache[index] = tokenise(self.text, start, end)
        return end, self.cache[index]

    def around(self, offset: int, end: int) -> tuple[int, Tokens, int, int]:
        """(end offset, tokens, low, high) for the paragraph holding `offset`: tokens[low:high]
        are its tokens that start at `offset` or later and end by `end`, the same as those
        `containing` gives, with the same flags, and at least one token stands before them in
        `tokens` whenever one does in the paragraph (a search reads the token before its first).
        A paragraph not yet tokenised is tokenised only from two words before `offset` to the
        word that holds `end`, and not kept (see `TolerantPattern.find`)."""
        index = bisect_left(self.breaks, offset)
        start = self.breaks[index - 1] + 1 if index else 0
        stop = self.breaks[index] if index < len(self.breaks) else len(self.text)
        limit = min(end, stop)
        tokens = self.cache.get(index)
        if tokens is None:
            text = self.text
            first = _word_before(text, start, _word_before(text, start, offset))
            after = text.find(" ", limit, stop)  # (a paragraph's words are apart by spaces alone)
            gap = first
            while gap > start and text[gap - 1] == " ":
                gap -= 1
            tokens = tokenise(text, first, stop if after < 0 else after, text[gap:first], opens=gap == start)
        return stop, tokens, bisect_left(tokens.starts, offset), bisect_right(tokens.ends, limit)


def _word_before(text: str, start: int, at: int) -> int:
    """Where the last run of non-spaces that starts before `at` starts (`start`, the paragraph's
    start, when none does)."""
    while at > start and text[at - 1] == " ":
        at -= 1
    if at == start:
        return start
    space = text.rfind(" ", start, at)
    return space + 1 if space >= 0 else start


@lru_cache(maxsize=8)
def paragraph_tokens(text: str) -> ParagraphTokens:
    """The paragraph tokeniser of a text, shared by every search on it (cached)."""
    return ParagraphTokens(text)


def tokenise(text: str, start: int, end: int, gap: str = "", opens: bool = True) -> Tokens:
    """The words of text[start:end] (runs between spaces and line breaks, brackets and
    punctuation stripped off their ends), with their offsets, whether each follows the one before
    after a single space, and whether it ends a sentence. For a part of a paragraph that starts at
    a word (`ParagraphTokens.around`): `gap`, the spaces before `start`, and `opens`, whether the
    word at `start` is the paragraph's first."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    joined: list[bool] = []
    sentence_end: list[bool] = []
    at = start
    follows = 0 if opens else 1  # (a word before the part, which `joined` counts as `words` does)
    # (`gap`: the spaces or line breaks just before the current run)
    # One split of the slice, not a match object per word: most words are bare letters.
    for piece in _SEPARATORS.split(text[start:end]):
        if not piece:
            continue
        if piece[0] == " " or piece[0] == "\n":
            at += len(piece)
            gap = piece
            continue
        if piece[0] in _STRIPPED or piece[-1] in _STRIPPED:
            stripped = piece.strip(_STRIPPED)
            offset = piece.find(stripped) if stripped else 0
            words.append(stripped)
            starts.append(at + offset)
            ends.append(at + offset + len(stripped))
            sentence_end.append(piece.rstrip(")]").endswith((".", "!", "?")))
        else:
            words.append(piece)
            starts.append(at)
            ends.append(at + len(piece))
            sentence_end.append(False)
        joined.append(gap == " " and len(words) + follows > 1)
        gap = ""
        at += len(piece)
    return Tokens(words, starts, ends, joined, sentence_end)


_SEPARATORS = re.compile(r"([ \n]+)")
_STRIPPED = ".,;:!?()[]"


def _align(elements: list, index: int, tokens: Tokens, position: int, limit: int,
           pairs: list[tuple[str, int, int]], failed: set, opens: dict[tuple[int, str], bool],
           intact: bool = False) -> list[tuple[str, int, int]] | None:
    """(phrase word, first token, last token) of the first alignment of elements[index:] at
    `position` (a word split in two by extraction spans two tokens). `intact`: whether
    `_damage_ok(pairs, tokens)` holds, carried along as `pairs` grows (a word that stood intact
    still does when more are matched), rather than read again over all of `pairs` at every step.

    Whether the rest of the phrase can be aligned from a point depends only on the element, the
    position, whether a word was matched yet and whether one stood intact yet (`_damage_ok`); each
    such state that failed is remembered in `failed`, so gaps cost linear time, not 13 to the
    power of their number. `opens`: the pattern's answers of `_may_open` by element and text word."""
    state = (index, position, bool(pairs), intact)
    if state in failed:
        return None
    found = _align_from(elements, index, tokens, position, limit, pairs, failed, opens, intact)
    if found is None:
        failed.add(state)
    return found


def _align_from(elements: list, index: int, tokens: Tokens, position: int, limit: int,
                pairs: list[tuple[str, int, int]], failed: set, opens: dict[tuple[int, str], bool],
                intact: bool) -> list[tuple[str, int, int]] | None:
    if index == len(elements):
        return list(pairs) if intact else None  # (intact implies a word was matched)
    element = elements[index]
    if element is _GAP:
        for skip in range(GAP_WORDS + 1):
            if skip and (position + skip - 1 >= limit or tokens.sentence_end[position + skip - 1]
                         or (position + skip - 1 > 0 and not tokens.joined[position + skip - 1])):
                break
            found = _align(elements, index + 1, tokens, position + skip, limit, pairs, failed, opens, intact)
            if found is not None:
                return found
        return None
    options, optional = element
    # Each option is tried only where one of them may start: most places a search reaches (each
    # word a gap may end at) start none, and there every option failed on its first word.
    if position < limit and _opens_at(opens, index, options, tokens.words[position]):
        for option in options:
            matched = _match_option(option, tokens, position, limit, opening=not pairs)
            if matched is None:
                continue
            option_pairs, after = matched
            found = _align(elements, index + 1, tokens, after, limit, pairs + option_pairs, failed, opens,
                           intact or _damage_ok(option_pairs, tokens))
            if found is not None:
                return found
    if optional:
        if any(_replaced_number(option, tokens, position, limit) for option in options):
            return None  # "{of 1995|}" may be left out, not replaced ("of 1993")
        return _align(elements, index + 1, tokens, position, limit, pairs, failed, opens, intact)
    return None


def _opens_at(opens: dict[tuple[int, str], bool], index: int, options: tuple, word: str) -> bool:
    """`_may_open(options, word)` for element `index`, answered once per pattern, element and text
    word (`opens`, bounded as the other answers a pattern keeps are)."""
    known = opens.get((index, word))
    if known is None:
        if len(opens) > _KNOWN_WORDS:
            opens.clear()
        known = opens[(index, word)] = _may_open(options, word)
    return known


def _may_open(options: tuple, word: str) -> bool:
    """Whether one of an element's options may start at the text word `word`: the option's first
    word matches it (`word_matches`), or `word` may be that word's left half split in two
    (`_may_split_from`). Where none may, `_match_option` turns every option away at its first word."""
    return any(word_matches(first, word, prefix) or _may_split_from(first, word, prefix)
               for (first, prefix), *_ in options)


def _may_split_from(word: str, left: str, prefix: bool) -> bool:
    """What `_split_word(word, left, right, prefix)` needs of `left` alone, whatever `right` is:
    `left` + `right` is `word` (so `word` starts with `left`), or with `prefix` starts with it (so
    one of `word` and `left` starts with the other), or folds to it (so `may_fold_into` holds, for
    a word of six letters or more)."""
    if not left or len(word) < 4:
        return False
    return (word.startswith(left) or (prefix and left.startswith(word))
            or (len(word) >= 6 and may_fold_into(ocr_skeleton(left), ocr_skeleton(word))))


def _match_option(option: tuple, tokens: Tokens, position: int, limit: int,
                  opening: bool) -> tuple[list[tuple[str, int, int]], int] | None:
    """The option's words matched from `position`: (pairs, position after them), or None.

    A phrase word may stand as two text words that extraction split ("19 95", "li ne"): a
    hard-wrapped source or a PDF's letter spacing breaks words that no reader sees as two."""
    pairs: list[tuple[str, int, int]] = []
    at = position
    for offset, (word, prefix) in enumerate(option):
        if at >= limit:
            return None
        if (not opening or offset) and not tokens.joined[at]:
            return None
        if not opening and offset == 0 and tokens.sentence_end[at - 1]:
            return None
        if word_matches(word, tokens.words[at], prefix):
            pairs.append((word, at, at))
            at += 1
        elif (at + 1 < limit and tokens.joined[at + 1] and not tokens.sentence_end[at]
              and _split_word(word, tokens.words[at], tokens.words[at + 1], prefix)):
            pairs.append((word, at, at + 1))
            at += 2
        else:
            return None
    return pairs, at


def _split_word(word: str, left: str, right: str, prefix: bool) -> bool:
    """Whether two text words are `word` broken in two (numbers exactly, words up to look-alikes)."""
    if not left or not right or len(word) < 4:
        return False
    joined = left + right
    if joined == word or (prefix and joined.startswith(word)):
        return True
    if len(word) < 6:
        return False
    # Most word pairs a search tries are no split at all: the folded left half (kept folded per
    # word) rules them out before the pair itself is folded (`may_fold_into`).
    skeleton = ocr_skeleton(word)
    return (may_fold_into(ocr_skeleton(left), skeleton) and not is_number(word)
            and ocr_skeleton(joined) == skeleton)


def _pair_text(tokens: Tokens, first: int, last: int) -> str:
    """The text word(s) a phrase word matched, a split word joined again."""
    return "".join(tokens.words[first : last + 1])


def _replaced_number(option: tuple, tokens: Tokens, position: int, limit: int) -> bool:
    """Whether the text at `position` reads as `option` with another number in place of its own."""
    if not any(is_number(word) for word, _ in option) or position + len(option) > limit:
        return False
    for offset, (word, prefix) in enumerate(option):
        found = tokens.words[position + offset]
        if is_number(word):
            if not is_number(found):
                return False
        elif not word_matches(word, found, prefix):
            return False
    return True


def _damage_ok(pairs: list[tuple[str, int, int]], tokens: Tokens) -> bool:
    """At least one word of four letters or more stands intact or differs only in OCR look-alikes
    (each other word is near its own)."""
    return any(len(w) >= 4 and ocr_skeleton(_pair_text(tokens, first, last)).startswith(ocr_skeleton(w))
               for w, first, last in pairs)
