"""The flips of `benchmarks/flips.py` write the reversal they name, and a legend flipped by each is
no longer read as carrying the element (the benchmark runs them over every tune-half legend)."""

from __future__ import annotations

import pytest

import fslcheck
from tests.benchmark_modules import benchmark_module

flips = benchmark_module("flips")

LEGEND = """Forward-Looking Statements

This press release contains forward-looking statements within the meaning of Section 21E of the
Securities Exchange Act of 1934. Words such as "expects", "believes" and "plans" are intended to
identify forward-looking statements. Risks and uncertainties that could cause actual results to
differ materially include competition, changes in interest rates and the loss of key customers.
Other factors that could cause actual results to differ are described in our Annual Report on
Form 10-K filed with the Securities and Exchange Commission. Readers are cautioned not to place
undue reliance on these forward-looking statements, which speak only as of the date hereof. The
Company undertakes no obligation to update any forward-looking statement.
"""

# (flip, the flipped words that must appear)
CASES = [
    ("dm-modal-not", "could not cause actual results to\ndiffer materially"),
    ("dm-slightly", "differ only slightly include"),
    ("nu-duty-assumed", "Company undertakes an obligation to update"),
    ("ur-full-reliance", "cautioned to place full reliance"),
    ("ad-thereafter", "speak as of the date hereof and at all times thereafter"),
    ("cw-not-identified", "are not intended to\nidentify"),
    ("sf-not-described", "not described in our Annual Report"),
    ("id-contains-no", "contains no forward-looking statements"),
    ("st-not-within", "not within the meaning of Section 21E"),
    ("rf-could-not-cause", "uncertainties that could not cause"),
    ("hd-historical", "Historical Information\n"),
]


def test_every_flip_has_a_case():
    assert sorted(name for name, _ in CASES) == sorted(flips.FLIPS)


@pytest.mark.parametrize("name,expected", CASES)
def test_flip_writes_its_reversal_and_the_element_is_not_met(name: str, expected: str):
    flip = flips.FLIPS[name]
    pack = fslcheck.compile_pack("us-pslra")
    assert flips._met(pack.check_text(LEGEND, "legend.txt"), flip.element)
    flipped, places = flips._flipped(flip, LEGEND)
    assert places and expected in flipped
    assert not flips._met(pack.check_text(flipped, "legend.txt"), flip.element)
