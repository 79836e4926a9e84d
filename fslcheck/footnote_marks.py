"""Footnote marks that text extraction ran onto the words they mark, read past.

A release's superscript footnote numbers come out of a PDF or a web page as plain characters:
"forward-looking statements² within the meaning", "risks and uncertainties.5 These factors
include ...". The canonical text then holds "statements2", which no reading takes for
"statements", and "uncertainties.5 these", whose full stop no longer ends a sentence, so the
factor list after it has no lead-in. `drop_footnote_marks` removes such marks from the canonical
text (the document text and its map are kept: the words around map back as they were):

- a superscript digit run (¹²³ ...) after a letter or a digit, or after one and a closing
  punctuation mark ("Act of 1995.¹"): a superscript number is a mark there (a power, "m²", loses
  its exponent, which no reading needs);
- one or two plain digits right after a full stop that follows a lower-case letter, with a
  capital after the space that follows: "uncertainties.5 These". A decimal ("1.5 million"),
  a section's number ("Item 7.01") or a number that starts a sentence after a space ("results. 5
  new stores") is left alone;
- one or two plain digits run onto an English word of four letters or more, with a space or a
  punctuation mark after them: "forward-looking statements3, including", "risks2 and". A word
  that a number labels ("Item1", "section2", "Note3", "page12", "March31") keeps its number, and
  a name written with its digits ("Covid19") or a word the lexicon does not know keeps them.
  A rule's phrase is read the same way (`as_read_in_text`), so a phrase naming "Alpha10" still
  finds it.
"""

from __future__ import annotations

import re

from .glued_words import is_english_word
from .normalise import Canonical

_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_SUPERSCRIPT_MARK = re.compile(rf"(?<=[^\W_])[.,;:!?)\"”’']?([{_SUPERSCRIPTS}]{{1,3}})")
_PLAIN_MARK = re.compile(r"(?<=[a-z]\.)([0-9]{1,2})(?=[ \t\n]+[A-Z])")
_HAS_SUPERSCRIPT = re.compile(f"[{_SUPERSCRIPTS}]")
_HAS_PLAIN = re.compile(r"[a-z]\.[0-9]")
_WORD_MARK = re.compile(r"(?<![\w.'’-])([A-Za-z][a-z]{3,})([0-9]{1,2})(?=[ \t\n,;:.)]|$)")
_HAS_WORD_MARK = re.compile(r"[a-z][0-9]")
# Words a number follows as their label or as part of a name ("Covid19"), not as a note on them.
_NUMBERED_WORDS = frozenset(
    "item items section sections note notes form rule rules exhibit schedule page pages figure table "
    "appendix annex chapter article paragraph clause part phase step stage tier level class series "
    "version model type year years quarter week day days month months fiscal number unit units "
    "january february march april june july august september october november december "
    "sept covid".split())


def drop_footnote_marks(canonical: Canonical, source: str) -> Canonical:
    """`canonical` (of `source`) without the footnote marks run onto its words."""
    marks = []
    if _HAS_SUPERSCRIPT.search(source):
        marks += [m.span(1) for m in _SUPERSCRIPT_MARK.finditer(source)]
    if _HAS_PLAIN.search(source):
        marks += [m.span(1) for m in _PLAIN_MARK.finditer(source)]
    marks += [m.span(2) for m in _word_marks(source) if _marked_word(m.group(1))]
    spans = []
    for start, end in sorted(marks):
        at = canonical.from_source(start)
        # each mark character reads as one digit in the canonical text ("²" is "2")
        if canonical.text[at : at + end - start].isdigit() and (not spans or spans[-1][1] <= at):
            spans.append((at, at + end - start, ""))
    return canonical.with_spans_replaced(spans) if spans else canonical


def _word_marks(source: str) -> list[re.Match]:
    """`_WORD_MARK.finditer(source)`, tried only at the start of the words that run a lower-case
    letter into a digit (scanning every word of a long text for the rare mark cost most of the
    canonical text's repairs). A match's letters run from its word's start (the look-behind refuses
    a start inside a word) to the digit, so the ASCII letters before each such digit lead back to
    the one start that may match; a word holds at most one match."""
    found = []
    for pair in _HAS_WORD_MARK.finditer(source):
        start = pair.start()
        while start > 0 and source[start - 1] in _ASCII_LETTERS:
            start -= 1
        match = _WORD_MARK.match(source, start)
        if match is not None and (not found or found[-1].start() != match.start()):
            found.append(match)
    return found


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def as_read_in_text(phrase: str) -> str:
    """A rule's canonical phrase as `drop_footnote_marks` leaves the same words in a document:
    "alpha10 program" is read "alpha program" there, so a phrase naming it is read so too."""
    if not _HAS_WORD_MARK.search(phrase):
        return phrase
    return _WORD_MARK.sub(lambda m: m.group(1) if _marked_word(m.group(1)) else m.group(0), phrase)


def _marked_word(word: str) -> bool:
    """Whether digits run onto `word` read as a footnote mark: an English word no number labels."""
    word = word.lower()
    return word not in _NUMBERED_WORDS and is_english_word(word)
