"""Words a typesetter split at a line end, read whole again.

Text copied out of a narrow PDF column, a fixed-width filing or a converter's output keeps the
hyphen a typesetter put where a word broke at a line end: "could differ materi-" / "ally from
those". The canonical text reads every hyphen and line break as a space, so the legend says
"materi ally" and no reading finds "materially". A line-end hyphen is most often a real one
("forward-" / "looking", "non-" / "GAAP"), and that must stay: `join_line_hyphens` removes the
space only where the two halves make one word and nothing says they are a compound:

- the second half starts with a lower-case letter (a capital after the hyphen is a compound's
  second word: "non-" / "GAAP");
- the document does not write the halves with a hyphen inside a line elsewhere ("long-term");
- the document writes the whole word elsewhere ("for-" / "ward" where "forward" stands in
  "forward-looking"), or the whole word is in the English word list ("materially",
  "undertakes", "Commission"; not "forward-" / "looking", "long-" / "term", "cloud-" / "based").
  A compound whose joined form is a word too ("follow-" / "up", "buy-" / "back") is joined: the
  two spellings say the same, and the legend's own words are what must be read.

The document text is not changed (line and column of every offset stay the source's): the space
goes from the canonical text only, which maps the joined word back to both halves.
"""

from __future__ import annotations

import re
from collections import Counter

from .glued_words import is_english_word
from .normalise import Canonical

_HYPHEN_AT_LINE_END = re.compile(r"-[ \t]*\r?\n[ \t]*")
_LETTERS = re.compile(r"[^\W\d_]+")
_LEFT = re.compile(r"(?<![^\W_])[^\W\d_]+$")  # the letters just before the hyphen, a whole word or a compound's last part
_RIGHT = re.compile(r"[a-z]+(?![^\W_])")
_INLINE_COMPOUND = re.compile(r"(?<![^\W_])([^\W\d_]+)-([^\W\d_]+)(?![^\W_])")
_BEFORE = 40  # characters looked back for the first half


def join_line_hyphens(canonical: Canonical, source: str) -> Canonical:
    """`canonical` (of `source`) with the space removed where a line-end hyphen split one word."""
    if "-\n" not in source and not _HYPHEN_AT_LINE_END.search(source):
        return canonical
    splits = []  # (left, right, source offset of the hyphen)
    for found in _HYPHEN_AT_LINE_END.finditer(source):
        left = _LEFT.search(source, max(0, found.start() - _BEFORE), found.start())
        right = _RIGHT.match(source, found.end())
        if left is not None and right is not None:
            splits.append((left.group(), right.group(), found.start()))
    if not splits:
        return canonical
    words = Counter(word.lower() for word in _LETTERS.findall(source))
    compounds = {f"{a}-{b}".lower() for a, b in _INLINE_COMPOUND.findall(source)}
    spans = []
    for left, right, hyphen in splits:
        if not _one_word(left.lower(), right, words, compounds):
            continue
        at = canonical.from_source(hyphen)
        # the hyphen and the line break read as the one space between the halves
        if canonical.text[at : at + 1] == " " and canonical.text[at - 1 : at].isalpha() \
                and canonical.text[at + 1 : at + 2].isalpha():
            spans.append((at, at + 1, ""))
    return canonical.with_spans_replaced(spans) if spans else canonical


def split_over_break(source: str, hyphen: int, resumed: int) -> bool:
    """Whether the hyphen at source offset `hyphen`, at the end of a page's last line, and the
    lower-case word at `resumed`, where the sentence goes on after the page's footer and the next
    page's header, are the halves of one word ("inclu-" / "7" / "Acme Corp." / "ding risks"), as
    `join_line_hyphens` decides for a word split at a line end."""
    left = _LEFT.search(source, max(0, hyphen - _BEFORE), hyphen)
    right = _RIGHT.match(source, resumed)
    if left is None or right is None:
        return False
    words = Counter(word.lower() for word in _LETTERS.findall(source))
    compounds = {f"{a}-{b}".lower() for a, b in _INLINE_COMPOUND.findall(source)}
    return _one_word(left.group().lower(), right.group(), words, compounds)


def _one_word(left: str, right: str, words: Counter[str], compounds: set[str]) -> bool:
    if f"{left}-{right}" in compounds:
        return False
    # (where the word stands split, its halves count as two words of `words`, never as the whole)
    return words.get(left + right, 0) > 0 or is_english_word(left + right)
