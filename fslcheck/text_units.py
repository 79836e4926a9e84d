"""Sentences and paragraphs of canonical text: the units evidence is quoted in.

Canonical text keeps paragraph breaks as "\\n\\n" and is lower case, so a sentence ends at a
paragraph break or at ". ", "? ", "! " (closing quotes and brackets allowed), except after common
abbreviations ("inc.", "u.s.", "no."). Evidence is quoted in sentences cut before bullets too, so
that the items of a bulleted list are quoted one by one, not as one run-on sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

_ABBREVIATIONS = frozenset({
    "inc", "co", "corp", "ltd", "llc", "plc", "no", "nos", "mr", "mrs", "ms", "dr", "st", "jr", "sr",
    "vs", "v", "e.g", "i.e", "etc", "approx", "u.s", "u.k", "n.a", "s.a", "n.v", "a.g", "l.p",
    "fig", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "a.m", "p.m", "ph.d", "cos", "bros", "nasdaq", "nyse", "ave",
    # the United States Code in a citation ("15 U.S.C. 78u-5", "15 U.S.C. § 77z-2"): the number
    # of the section follows, the sentence goes on
    "u.s.c",
})
BULLETS = "•·▪◦●■□➢►❖✓"  # list bullets as releases and PDF symbol fonts write them
# The end of a paragraph (or sentence) that announces a list after it: "… include the following:",
# "… as follows.", "… include the risks listed below." (canonical text)
# (its closing mark may be lost with the list's layout: "Risks and uncertainties include the following")
ANNOUNCES_LIST = re.compile(r"(?:the following|as follows|below)(?: [a-z]+){0,3}\s*[.:]?$")
# A subject that announces its list wherever the sentence ends: "The following factors, among
# others, could cause actual results to differ materially from those in the statements."
FOLLOWING_NAMED = re.compile(r"\bthe following (?:[a-z]+ ){0,2}(?:factors|risks|uncertainties)\b")
# An item of a numbered list run into one paragraph, which reads the next item's number as a
# sentence end ("the impact of catastrophe losses; 12.", "...; and 33."): the item's ";" or ","
# and the number closing what reads as a sentence mark that sentence as the list's item.
NEXT_NUMBER_AT_END = re.compile(r"[;,]\s*(?:(?:and|or)\s+)?\(?[0-9]{1,2}[.)]\s*$")
# A boundary is a sentence end: after ".", "!" or "?" (and closing quotes or brackets) before a
# space and a word, or a line break; with bullets, also just before a bullet that does not open
# a line. Each pattern opens on the character it ends at or stands before, so that the regex
# engine skips straight to those characters instead of trying a lookbehind at every position.
_BOUNDARY = re.compile(r"""[.!?]["')\]]*(?= [^ ])|\n""")
_BULLET = re.compile(f"[{BULLETS}]")
_WORD_BEFORE = re.compile(r"([a-z0-9.]+)\.$")
# "Form 10-K." ends a sentence: a single letter after a number is a form's name, not an initial.
_FORM_NAME = re.compile(r"\b[0-9]{1,2}[ -][a-z]\.$")
# A lower-case Roman number after a clause mark, closed by its full stop ("…; ii. the supply of
# newbuild vessels; iii. …"): the number of a run-in list's next item, not a sentence's end
_RUN_IN_ROMAN = re.compile(r"[;,:]\s*(?:(?:and|or)\s+)?[ivx]{2,5}\.$")
_ITEM_NUMBER = re.compile(r"\b(?:item|items|part)\s+[0-9]{1,2}[a-z]?\.$")
# A number of one or two digits that opens a line and is followed by a full stop numbers a list
# item ("1." ... "12."); single digits were already no sentence end (one character), two are not
# either.
_LIST_NUMBER = re.compile(r"[0-9]{2}")
# A company's legal form ends its name, not always its sentence: "... of Acme Tools, Inc. These
# statements are subject to ..." ends one, as a pronoun or determiner that opens sentences and
# never goes on a name stands after it ("Acme, Inc. before the court", "Acme Inc. and its
# subsidiaries" go on).
_LEGAL_FORMS = frozenset({"inc", "corp", "ltd", "llc", "plc", "co"})
_SENTENCE_OPENER = re.compile(r" (?:these|this|those|such|the|we|our|they|there|it|all|any|each)\b")
# "... labor shortages, etc. We undertake no obligation ...": "etc." closes a list, and a list that
# closes its sentence there is followed by one of the same openers; it ends the sentence then
# ("fuel, labor, etc. and other costs" goes on); so does a stock exchange's name ("our listing on
# Nasdaq. We undertake ...").
_ENDS_BEFORE_OPENER = _LEGAL_FORMS | {"etc", "nasdaq", "nyse"}


def sentence_starts(text: str, bullets: bool = False) -> list[int]:
    """Offsets where sentences of canonical `text` start (the first is 0); with `bullets`, each
    bulleted item starts one too."""
    return list(_sentence_starts(text, bullets))


@lru_cache(maxsize=4)
def _sentence_starts(text: str, bullets: bool) -> tuple[int, ...]:
    # the checks and the forward-looking scan cut the same document text: cut it once
    if bullets:
        # The sentence ends are the same with bullets or without (a bullet is one character that
        # no other boundary contains), and no start from one falls before a start the other put
        # just before it: the starts with bullets are the union of those without and the
        # bullets' own, so only the bullets are scanned again.
        plain = _sentence_starts(text, False)
        return tuple(sorted(set(plain).union(_starts(text, _BULLET.finditer(text)))))
    return tuple(_bounded(text, list(_plain_starts(text))))


@lru_cache(maxsize=4)
def _plain_starts(text: str) -> tuple[int, ...]:
    """The starts the sentence ends give, before `_bounded` cuts overlong sentences (kept: both
    `_sentence_starts` and `cut_sentences` need them, and the scan is a full pass over the text)."""
    return tuple(_starts(text, _BOUNDARY.finditer(text), [0]))


# The longest sentence read as one (the longest in the corpus, a risk-factor list of Pfizer's
# separated by semicolons, has about 12,500 characters). Much
# of the reading of a sentence costs time that grows with the square of its length, so a text
# without sentence ends (binary junk read as text, a keyword-stuffed page) is cut into pieces.
MAX_SENTENCE_CHARS = 40_000
_CLAUSE_END = re.compile(r"[;:,] ")


def _bounded(text: str, starts: list[int]) -> list[int]:
    """`starts` with a start added wherever a sentence runs past MAX_SENTENCE_CHARS: after the
    last clause mark (";", ":", ",") of its second half, else after its last space there, else
    at the bound itself."""
    ends = [*starts[1:], len(text)]
    if all(end - start <= MAX_SENTENCE_CHARS for start, end in zip(starts, ends)):
        return starts
    out: list[int] = []
    for start, end in zip(starts, ends):
        out.append(start)
        while end - start > MAX_SENTENCE_CHARS:
            half, limit = start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS
            mark = None
            for mark in _CLAUSE_END.finditer(text, half, limit):
                pass
            space = text.rfind(" ", half, limit)
            start = mark.end() if mark is not None else space + 1 if space >= 0 else limit
            out.append(start)
    return out


def cut_sentences(text: str) -> list[int]:
    """The starts `sentence_starts` added to keep sentences within MAX_SENTENCE_CHARS (none in
    ordinary text): a report says that wording across them was not read as one sentence."""
    plain, bounded = _plain_starts(text), _sentence_starts(text, False)
    if len(bounded) == len(plain):  # `_bounded` only ever adds starts: none added (ordinary text)
        return []
    return sorted(set(bounded) - set(plain))


def _starts(text: str, boundaries, starts: list[int] | None = None) -> list[int]:
    """The sentence starts the boundary matches give, in order, each after the one before."""
    starts = [] if starts is None else starts
    for match in boundaries:
        found = match.group()
        if found == "\n":
            begin = end = match.end()
        elif found in BULLETS:  # the boundary is just before the bullet, unless it opens the text or a line
            begin = end = match.start()
            if begin == 0 or text[begin - 1] == "\n":
                continue
        else:  # the boundary is after the full stop, its closing quotes with it
            begin, end = match.start() + 1, match.end()
        if found != "\n" and text[begin - 1 : begin] in ".!?\"')]":
            word = _WORD_BEFORE.search(text, max(0, begin - 12), begin)
            if word and (word.group(1) in _ABBREVIATIONS or len(word.group(1)) == 1) and not _FORM_NAME.search(
                    text, max(0, begin - 12), begin) and not (
                    word.group(1) in _ENDS_BEFORE_OPENER and _SENTENCE_OPENER.match(text, end)):
                continue
            if _RUN_IN_ROMAN.search(text, max(0, begin - 16), begin):
                continue  # "…; ii. the supply of vessels; iii. …": a run-in list's number, not a sentence end
            if _ITEM_NUMBER.search(text, max(0, begin - 12), begin):
                continue  # "Item 1A. Risk Factors": a caption's number, not a sentence end
            if word and _LIST_NUMBER.fullmatch(word.group(1)) and (word.start(1) == 0 or text[word.start(1) - 1] == "\n"):
                continue  # "\n\n12. changes in demand;": a list item's number opening its line
        start = end + 1 if end < len(text) and text[end] in " \n" else end
        if (not starts or start > starts[-1]) and start < len(text):
            starts.append(start)
    return starts


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph of canonical `text`."""
    spans = []
    position = 0
    for part in text.split("\n"):
        if part.strip():
            spans.append((position, position + len(part)))
        position += len(part) + 1
    return spans


def enclosing(starts: list[int], length: int, start: int, end: int) -> tuple[int, int]:
    """The span from the unit containing `start` to the end of the unit containing `end - 1`."""
    first = bisect_right(starts, start) - 1
    last = bisect_right(starts, max(start, end - 1))
    return starts[max(first, 0)], starts[last] if last < len(starts) else length
