"""Words that text extraction ran together, parted again.

Pages copied from a PDF or a web viewer often lose the space where a line was wrapped:
"Theseforward-looking statements", "does not undertaketo update", "could differsignificantly".
Every matcher then misses the word, and a whole legend element can go unseen. `unglue` finds
such tokens in a document's canonical text and inserts the lost spaces, keeping the map back to
the document text (an inserted space maps to the empty span where it stands).

Clean documents hold many tokens that are not in a word list but are words all the same (names,
trade terms, "roadmap", "touchless"), so a document is unglued only when it shows the damage
itself: at least five tokens, and one in every 200 words, that read as a function word run into
another word ("thepotential", "undertaketo", "orresults"). A clean filing has a handful at most
("linkedin", "mailto"); a damaged page has dozens. In such a document a token is parted when:

- it is not an English word (the word list of the SymSpell project, about 83,000 words, shipped
  with `symspellpy`) and occurs at most twice (a name or a term recurs; a lost space seldom
  does the same way twice), and is not written with a capital inside ("NextTrip");
- it reads as two to four words, each a function word ("to", "the", "such") or an English word
  of four letters or more, or a word of four letters or more that the document uses apart (a
  company's name: "DaVitaforward"). So "immaterially" never reads "im materially";
- it does not touch a full stop, slash or "@" (web and e-mail addresses are left alone).

Of the ways to part a token, the one of fewest and commonest words wins.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache, lru_cache
from importlib.resources import files

from .normalise import Canonical
from .words import two_glyph_letters_read

_CANDIDATE = re.compile(r"(?<![a-z0-9'./@_])[a-z]{5,40}(?![a-z0-9'/@_]|\.[a-z0-9])")
# `_CANDIDATE`'s tokens, found faster in a copy of the text made with `_TOKEN_BYTES` (bytes, since
# the letters a-z are ASCII): letters kept, digits made "0", the other characters that may not
# stand before a token ("'", "/", "@", "_") made "#", a full stop kept, every other character
# (a space, a capital, a comma, each byte of a character outside ASCII) made a space. A token then
# starts after a space, and is followed by a space, or by a full stop before a character that is
# neither a letter nor a digit: a pattern that opens on a space is searched by a fast scan for
# it, where `_CANDIDATE`'s look-behind is tried at every character of the text.
_TOKEN_BYTES = bytes(b if 97 <= b <= 122 else 48 if 48 <= b <= 57 else 35 if b in b"'/@_" else b if b == 46 else 32
                     for b in range(256))
_SPACED_CANDIDATE = re.compile(r" ([a-z]{5,40}+)(?= |\.[^a-z0])")
_WORD = re.compile(r"[a-z]+")
_FUNCTION_WORDS = frozenset("""
    a an the to of in on at by as for from with into and or nor but not no be is are was were been
    has have had may will can could would should any such these those this that our its their we
    """.split())
_LONGEST_FUNCTION_WORD = max(map(len, _FUNCTION_WORDS))
_MAX_PARTS = 4
_FULL_WORD_LENGTH = 4  # shorter parts ("leg", "tor", "ell") must be function words
_MOST_OCCURRENCES = 2
_DAMAGE_EVIDENCE = 5  # tokens that read as a function word run into a word ...
_DAMAGE_WORDS = 200  # ... and one of them in every this many words
_DOCUMENT_WORD_COST = 16.0  # about a word of frequency one in ten million
# Each part costs this much more, so that a rarer whole word beats two common ones it holds:
# "datehereof" is "date hereof", not "date here of".
_PART_COST = 5.0
# The legend's own compound with its hyphen lost where a wrapped "forward-/looking" was joined
# ("are “forwardlooking” statements"): no word of its own in any text, so it is parted in every
# document, damaged or not. (The word comes before the look-behind that checks what precedes it,
# "(?<![a-z0-9])forward" read the other way round: a pattern that opens on a literal is searched
# by a fast scan for it, one that opens on a look-behind is tried at every character of the text.)
_LOST_HYPHEN = re.compile(r"forward(?<![a-z0-9]forward)(?=looking(?![a-z0-9]))")


@cache
def _lexicon() -> dict[str, str]:
    """Each English word with its count in the word list's source (as written there: most
    words are only looked up, so counts are read when a reading is scored)."""
    text = (files("symspellpy") / "frequency_dictionary_en_82_765.txt").read_text(encoding="utf-8")
    fields = iter(text.split())
    return dict(zip(fields, fields))


def is_english_word(word: str) -> bool:
    """Whether `word` (lower case) is in the English word list."""
    return word in _lexicon()


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=4096)
def near_english_word(word: str) -> bool:
    """Whether `word` (lower case) is an English word or one edit from one (a letter dropped,
    added, changed or two swapped), also after OCR's two-glyph letters are read back as one
    ("Worcls" is "words" damaged): a word a misprint or a scan may have made from a common one."""
    lexicon = _lexicon()
    for form in {word, two_glyph_letters_read(word)}:
        if form in lexicon:
            return True
        splits = [(form[:i], form[i:]) for i in range(len(form) + 1)]
        if any(a + b[1:] in lexicon for a, b in splits if b) \
                or any(a + b[1] + b[0] + b[2:] in lexicon for a, b in splits if len(b) > 1) \
                or any(a + c + b[1:] in lexicon for a, b in splits if b for c in _LETTERS) \
                or any(a + c + b in lexicon for a, b in splits for c in _LETTERS):
            return True
    return False


@cache
def _log_total() -> float:
    return math.log(sum(map(int, _lexicon().values())))


def _word_cost(word: str, lexicon: dict[str, str]) -> float:
    """Minus the log of the word's relative frequency: a reading of common words costs less."""
    return _log_total() - math.log(int(lexicon[word])) + _PART_COST


def unglue(canonical: Canonical, source: str) -> Canonical:
    """`canonical` with a space wherever extraction ran two words together (see the module)."""
    text = canonical.text
    rejoined = [found.end() for found in _LOST_HYPHEN.finditer(text)]
    # The tokens alone first: most documents are clean, and only a damaged one needs to know
    # where its tokens stand (match objects for every token of a 10-K cost more than the test).
    tokens = _candidate_tokens(text)
    if not tokens:
        return canonical.with_spaces_before(rejoined) if rejoined else canonical
    lexicon = _lexicon()
    occurrences = Counter(tokens)
    unknown = [token for token, count in occurrences.items()
               if count <= _MOST_OCCURRENCES and token not in lexicon]
    evidence = sum(1 for token in unknown if _function_word_run_in(token, lexicon))
    if evidence < _DAMAGE_EVIDENCE or evidence * _DAMAGE_WORDS < len(text.split()):
        # a clean document: its unknown tokens are names and terms
        return canonical.with_spaces_before(rejoined) if rejoined else canonical
    candidates = list(_CANDIDATE.finditer(text))
    document_words = Counter(_WORD.findall(text))
    readings = {token: _best_split(token, lexicon, document_words) for token in unknown
                if document_words[token] <= _MOST_OCCURRENCES}
    insertions = [found.start() + cut for found in candidates
                  if (cuts := readings.get(found.group())) and not _has_inner_capital(canonical, source, found)
                  for cut in cuts]
    insertions += rejoined
    return canonical.with_spaces_before(insertions) if insertions else canonical


def _candidate_tokens(text: str) -> list[str]:
    """`_CANDIDATE.findall(text)` (see `_SPACED_CANDIDATE`). The text is framed in spaces, so that
    a token may open it, and one that ends it, or ends it with a full stop, is followed by a space."""
    marked = text.encode("utf-8", "surrogatepass").translate(_TOKEN_BYTES).decode("ascii")
    return _SPACED_CANDIDATE.findall(f" {marked} ")


def _function_word_run_in(token: str, lexicon: dict[str, str]) -> bool:
    """Whether `token` is a function word run into a word at either end ("thepotential",
    "undertaketo"): the damage that shows a page lost its spaces."""
    for length in range(2, min(_LONGEST_FUNCTION_WORD, len(token) - _FULL_WORD_LENGTH) + 1):
        if token[:length] in _FUNCTION_WORDS and token[length:] in lexicon:
            return True
        if token[-length:] in _FUNCTION_WORDS and token[:-length] in lexicon:
            return True
    return False


def _has_inner_capital(canonical: Canonical, source: str, found: re.Match) -> bool:
    source_start, source_end = canonical.to_source(found.start(), found.end())
    written = source[source_start + 1 : source_end]
    return any(ch.isupper() for ch in written) and not written.isupper()


def _best_split(token: str, lexicon: dict[str, str], document_words: Counter) -> list[int] | None:
    """The cut points of the cheapest reading of `token` as known words, or None."""
    def cost(part: str) -> float | None:
        if part in _FUNCTION_WORDS:
            return _word_cost(part, lexicon)
        if len(part) < _FULL_WORD_LENGTH:
            return None
        if part in lexicon:
            return _word_cost(part, lexicon)
        return _DOCUMENT_WORD_COST + _PART_COST if document_words[part] else None

    # best[i]: (cost, cuts) of the cheapest reading of token[:i]
    best: list[tuple[float, list[int]] | None] = [None] * (len(token) + 1)
    best[0] = (0.0, [])
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - 30), end):
            before = best[start]
            if before is None or (start == 0 and end == len(token)):
                continue  # the token whole is not a word (the caller looked it up)
            if start and len(before[1]) + 2 > _MAX_PARTS:
                continue
            part_cost = cost(token[start:end])
            if part_cost is None:
                continue
            total = before[0] + part_cost
            if best[end] is None or total < best[end][0]:
                best[end] = (total, before[1] + ([start] if start else []))
    reading = best[len(token)]
    return reading[1] if reading and reading[1] else None
