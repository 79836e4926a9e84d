"""Repairing words whose "fi"/"fl"/"ff"/"ffi"/"ffl" ligature glyph lost its character.

Some PDF producers draw "fi" and friends as one ligature glyph and give that glyph no Unicode
mapping. Every extractor then returns a placeholder instead of the letters: pypdf and pdfminer a
NUL, PDFium U+FFFE, PyMuPDF whatever byte the glyph had ("ðrst"). In the corpus this turns
"first", "financial", "differ", "filings" and "Officer" into "\\0rst", "\\0nancial", "di\\0er",
"\\0lings" and "O\\0cer" (eBay and Costco releases) — exactly the words a safe-harbor legend needs.

The placeholder does not say which ligature it was, so the repair tries each and keeps one only
when there is evidence for it: the word occurs intact elsewhere in the same document, or it
contains a stem from the small business-English word list below with the repaired letters inside
that stem. A word with no evidence, or evidence for two spellings, keeps the placeholder (shown as
U+FFFD) and is reported: we never invent a spelling.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

LOST = "\x00"  # what the PDF reader puts where a glyph had no character
UNRESOLVED = "\ufffd"
_LIGATURES = ("fi", "fl", "ff", "ffi", "ffl")
_MAX_LOST_PER_WORD = 3

# Stems of common words of releases and filings that contain one of the ligature sequences.
# A candidate spelling is accepted when one of these covers the repaired letters.
_STEMS = """
financ first fiscal signific benefi confiden identifi classifi specifi defin profit file filing
final figure fill find fine firm field fifth fifty fifteen fiber fibre fiduciar fight certifi
modifi notifi justifi qualifi quantifi simplifi verifi clarifi diversifi intensifi amplifi ratifi
satisfi unifi magnifi pacifi scientifi profil portfolio fixed fixture refinanc refin confirm
infinit deficien deficit sacrifi artifici fiction filter fidelity fierce proficien prolifer
fifo filed files fines finish finished fiat
flow reflect inflat deflat fluctuat conflict flexib flex fleet flight float flood floor fluid flat
flag flagship flaw influen affluen afflict flourish flavor flavour flower florida flu flyer flown
flu flavors flagged flare flash flip
effect affect differ offer office off staff tariff afford effort suffer buffer diffus offset
offshore affair affirm plaintiff cliff stiff spinoff cutoff payoff layoff handoff takeoff kickoff
playoff offens offenc offend suffix coffee shuffl baffl scaffold stuff bluff chaff tariffs
officer offici efficien efficac difficult sufficien affili traffic affidavit
""".split()
# Stems this short must be the whole word ("off", "fit"), not part of one.
_WHOLE_WORD_MAX = 4
_SHORT_WORDS = {s for s in _STEMS if len(s) <= _WHOLE_WORD_MAX} | {
    "fit", "fix", "fly", "fig", "fin", "five", "fire", "fish", "flu", "ff",
}
_LONG_STEMS = tuple(s for s in _STEMS if len(s) > _WHOLE_WORD_MAX)

_DAMAGED_WORD = re.compile(r"(?:[^\W\d_]|\x00)*\x00(?:[^\W\d_]|\x00)*")
_WORD = re.compile(r"[^\W\d_]+")


def vocabulary(text: str) -> Counter[str]:
    """Lower-cased words of `text` (the evidence the repair may use from the document itself)."""
    return Counter(word.lower() for word in _WORD.findall(text))


def repair(text: str, known: Counter[str]) -> tuple[str, list[str], list[str]]:
    """Replace the `LOST` placeholders in `text`.

    Returns the repaired text, the words repaired (as finally spelled) and the damaged words
    left unresolved (with U+FFFD where the placeholder was).
    """
    repaired: list[str] = []
    unresolved: list[str] = []

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        choice = _best_spelling(word, known)
        if choice is None:
            unresolved.append(word.replace(LOST, UNRESOLVED))
            return unresolved[-1]
        repaired.append(choice)
        return choice

    return _DAMAGED_WORD.sub(fix, text), repaired, unresolved


def _best_spelling(word: str, known: Counter[str]) -> str | None:
    pieces = word.split(LOST)
    if len(pieces) - 1 > _MAX_LOST_PER_WORD:
        return None
    upper = word.replace(LOST, "").isupper() and len(word) > 2
    scored: dict[str, tuple[int, int]] = {}
    for choice in itertools.product(_LIGATURES, repeat=len(pieces) - 1):
        spans = []
        parts = [pieces[0]]
        at = len(pieces[0])
        for ligature, piece in zip(choice, pieces[1:], strict=True):
            spans.append((at, at + len(ligature)))
            parts += [ligature, piece]
            at += len(ligature) + len(piece)
        candidate = "".join(parts)
        lower = candidate.lower()
        score = (known.get(lower, 0), _word_list_evidence(lower, spans))
        if score > (0, 0):
            scored[candidate.upper() if upper else candidate] = score
    if not scored:
        return None
    ranked = sorted(scored.items(), key=lambda item: item[1], reverse=True)
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return None  # two spellings with the same evidence: do not guess
    return ranked[0][0]


def _word_list_evidence(word: str, spans: list[tuple[int, int]]) -> int:
    """How well the word list supports a spelling: 0 when some repaired span lies inside no listed
    stem; otherwise the length of the shortest longest-covering stem ("reflect" beats "r+effect")."""
    if word in _SHORT_WORDS:
        return len(word)
    support = []
    for start, end in spans:
        covering = [len(stem) for stem in _LONG_STEMS if _stem_covers(word, stem, start, end)]
        if not covering:
            return 0
        support.append(max(covering))
    return min(support)


def _stem_covers(word: str, stem: str, start: int, end: int) -> bool:
    at = word.find(stem)
    while at >= 0:
        if at <= start and end <= at + len(stem):
            return True
        at = word.find(stem, at + 1)
    return False
