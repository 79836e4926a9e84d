"""Finding a rule phrase in canonical text: exact first, then a seeded fuzzy search.

Phrase syntax (what rule packs write in `phrases`):

- words, compared after the same canonicalisation as the document (case, quotes, hyphens);
- `{could|may|might}`: one of the alternatives (an empty alternative makes the group optional);
- `...`: up to 12 words of anything, within a sentence;
- `word*`: any word starting with `word`.

The exact search is a regular expression compiled once per phrase. Only when no phrase of a rule
is found exactly does the fuzzy search run: it looks for the phrase's distinctive words
(anchors), and around each occurrence scores rapidfuzz's best alignment of the phrase in a
window. Fuzzy scores do not see meaning, so words that carry it (negations, numbers, "undue")
must appear exactly inside the aligned span, or the match is reported as not essential-complete.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

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
        self.expansions = _expand(tokens)
        words = {w for e in self.expansions for w in e.split() if w not in _STOPWORDS and len(w) > 3}
        self.anchors = sorted(words, key=lambda w: (-len(w), w))[:4]

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
                if not _covers_content(expansion, span):
                    continue
                missing = meaning_differences(expansion, span)
                best = Match(match_start, match_end, round(aligned.score, 1), self.source, False, missing)
        return best


_SEP = "[,;:]? "  # words of a phrase may be separated by a comma, semicolon or colon in the text


def _to_regex(tokens: list[str]) -> str:
    """Words joined by separators; optional groups and gaps carry their own leading separator."""
    out = ""
    for token in tokens:
        if token == "...":
            if out:
                out += rf"(?:{_SEP}[^ \n]*[^ \n.!?;]){{0,{GAP_WORDS}}}?"  # lazy: the nearest end word
            continue
        if token.startswith("{"):
            options = [canonical_phrase(o) for o in token[1:-1].split("|")]
            alternatives = "|".join(_literal(o) for o in options if o)
            if all(options):
                out += (_SEP if out else "") + f"(?:{alternatives})"
            elif out:
                out += f"(?:{_SEP}(?:{alternatives}))?"
            else:
                out += f"(?:(?:{alternatives}){_SEP})?"
            continue
        out += (_SEP if out and not out.endswith(f"{_SEP})?") else "") + _literal(canonical_phrase(token))
    trailing = "" if tokens[-1].endswith("*") else rf"(?![{_WORD_CHAR}])"
    return rf"(?<![{_WORD_CHAR}]){out}{trailing}"


def _literal(text: str) -> str:
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
    wanted = Counter(re.findall(rf"[{_WORD_CHAR}]+", phrase))
    found = Counter(re.findall(rf"[{_WORD_CHAR}]+", span))
    missing = [w for w in wanted if (w in ESSENTIAL_WORDS or _is_number(w)) and found[w] < wanted[w]]
    extra = ["+" + w for w in found if (w in NEGATIONS or _is_number(w)) and found[w] > wanted[w]]
    return tuple(missing + extra)


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


def _is_number(word: str) -> bool:
    """A year, a count, a section number ("1995", "27a"): not an OCR-damaged word ("resu1ts")."""
    return bool(_NUMBER.match(word))


def best_match(phrases: list[Phrase], text: str, floor: float, start: int = 0,
               end: int | None = None) -> Match | None:
    """The first exact match of any phrase (earliest in the text), else the best fuzzy one."""
    exact = [m for p in phrases for m in p.find_exact(text, start, end)]
    if exact:
        return min(exact, key=lambda m: (m.start, -m.end))
    fuzzy = [m for p in phrases if (m := p.find_fuzzy(text, floor, start, end)) is not None]
    if not fuzzy:
        return None
    return max(fuzzy, key=lambda m: (not m.missing_essentials, m.score))
