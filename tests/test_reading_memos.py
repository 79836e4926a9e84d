"""Readings answered once and shared equal the readings they stand for.

`PolarityReadings._negation_at` keeps each answer in the tokens' memo (every candidate with a key
part at the same place scans the same clause again), keyed by the reading, the token and the
limit; `Proposition._may_yield` keeps its answer per set of parts present. Both must give what
the reading computed afresh gives, asked in any order, by every proposition of the default pack
over the same tokens (one proposition's answer must never be read as another's)."""

from __future__ import annotations

import itertools

import pytest

import fslcheck
from fslcheck.checks.base import CheckContext
from fslcheck.checks.proposition import Checker
from fslcheck.documents import load_path

from .corpus_support import CORPUS

_DOCUMENTS = ("beyond-cancer_2024-12-03_8k-ex99-1.html", "nexpoint-capital_2023-12-20_8k.html",
              "medicis_1999_10k.html", "costco_2023-01-19_8k.pdf")


def _propositions() -> list:
    return [c.proposition for c in fslcheck.compile_pack().checkers if isinstance(c, Checker)]


@pytest.mark.parametrize("name", _DOCUMENTS)
def test_negation_at_equals_the_reading_afresh(name):
    path = CORPUS / "releases" / name
    if not path.is_file():
        pytest.skip("corpus not found")
    propositions = _propositions()
    for document in load_path(path):
        context = CheckContext(document)
        tokens = context.tokens("legend")
        for lo, hi in [r for s, e in context.spans("legend") for r in context.sentence_ranges(s, e, "legend")]:
            # every proposition asks of the same tokens, twice over, limits in both orders
            for proposition, t in itertools.product(propositions * 2, range(lo, hi)):
                for limit in (hi, t + 1, min(hi, t + 4)):
                    assert proposition._negation_at(tokens, t, limit) == proposition._negation_here(tokens, t, limit)


def test_may_yield_equals_the_reading_afresh():
    for proposition in _propositions():
        names = sorted(proposition.parts)
        subsets = [set(c) for k in range(min(len(names), 4) + 1) for c in itertools.combinations(names, k)]
        subsets.append(set(names))
        for present in subsets + subsets[::-1]:
            assert proposition._may_yield(present) == proposition._yields(frozenset(present))
