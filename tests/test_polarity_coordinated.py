"""Coordinated denials count once, stacked negations cancel (parity-54): the cues of a later
conjunct that repeat an earlier conjunct's denial are dropped, a restriction denied ("not merely")
is no cue. Every sentence was written for this test."""

from __future__ import annotations

import fslcheck
from fslcheck.meaning.clauses import Tokens
from fslcheck.meaning.polarity import _denied_restriction, coordinated_denials

from .reading_support import assert_reading


def _cues(text: str, *words: str) -> tuple[Tokens, set[int]]:
    tokens = Tokens.of(text.lower())
    found: set[int] = set()
    for w in words:
        found.add(next(i for i, t in enumerate(tokens.words) if t == w and i not in found))
    return tokens, found


def test_later_conjunct_denial_is_dropped():
    tokens, cues = _cues("Results may differ only in timing, and not materially, from ours.", "only", "not")
    assert {tokens.words[t] for t in coordinated_denials(tokens, cues)} == {"not"}
    tokens, cues = _cues("Results may differ in no material way, and in no lasting way, from ours.", "no", "no")
    assert len(coordinated_denials(tokens, cues)) == 1


def test_stacked_negations_are_kept():
    tokens, cues = _cues("It is not the case that we do not update them.", "not", "not")
    assert coordinated_denials(tokens, cues) == set()
    tokens, cues = _cues("It would be wrong, however, not to rely on them.", "wrong", "not")
    assert coordinated_denials(tokens, cues) == set()


def test_even_conjunct_is_no_repetition():
    # "not decline" is a negation of a negation inside its conjunct: nothing to drop
    tokens, cues = _cues("We do not decline, and do not disclaim, any obligation.", "not", "decline", "not", "disclaim")
    assert coordinated_denials(tokens, cues) == set()


def test_denied_restriction():
    words = "results may differ not merely in timing".split()
    assert _denied_restriction(words, 4)
    assert not _denied_restriction("results may differ merely in timing".split(), 3)


def test_sentences_both_ways():
    pack = fslcheck.compile_pack()
    cases = [
        ("differ-materially", "violated", "Actual results could differ merely in their timing, and never materially, from our outlook."),
        ("differ-materially", "met", "Actual results could differ materially from our outlook, and not merely in their timing."),
        ("no-update", "violated", "We do not reject, and do not refuse, any obligation to update these statements."),
        ("no-update", "met", "We do not plan, and assume no duty, to update these statements."),
    ]
    for rule, status, text in cases:
        assert_reading(pack, rule, status, text)
