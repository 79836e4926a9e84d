"""The flips of `benchmarks/flips.py` write the rewrite they name, and a legend flipped by each is
no longer read as carrying the element where the flip reverses it, and still read as carrying it
where the flip preserves it (the benchmark runs them over every tune-half legend)."""

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

# A second legend for the flips the first does not fit: "should not place undue reliance", "does not intend to".
OTHER = (LEGEND.replace("Readers are cautioned not to place", "You should not place")
         .replace("undertakes no obligation to update", "does not intend to update"))

# (flip, the flipped words that must appear[, the legend flipped when not LEGEND])
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
    ("rf-none-of-which", "Risks and uncertainties, none of which could cause"),
    ("dm-cannot", "that cannot cause actual results to\ndiffer materially"),
    ("ad-when-read", "which speak as of the date the reader reads them."),
    ("nu-has-obligation", "Company has an obligation to update"),
    ("ur-should-rely", "You should rely on these", OTHER),
    ("p-dm-might", "that might cause actual results to\ndiffer materially"),
    ("p-dm-significantly", "differ significantly include"),
    ("p-dm-substantially", "differ substantially include"),
    ("p-nu-no-duty", "Company has no duty to update"),
    ("p-nu-no-intention", "has no intention to update", OTHER),
    ("p-ad-made-only", "which are made only as of the date hereof"),
    ("p-ur-rely-unduly", "cautioned not to rely unduly on"),
    ("p-cw-terms-like", "Terms like \"expects\""),
    ("p-st-as-defined", "statements as defined in Section 21E"),
    ("p-sf-discussed", "are discussed in our Annual Report"),
    ("p-id-includes", "release includes forward-looking statements"),
]


def test_every_flip_has_a_case():
    assert sorted(case[0] for case in CASES) == sorted(flips.FLIPS)


@pytest.mark.parametrize("case", CASES, ids=[case[0] for case in CASES])
def test_flip_writes_its_rewrite_and_the_element_turns_as_its_effect_says(case):
    name, expected, legend = (*case, LEGEND)[:3]
    flip = flips.FLIPS[name]
    pack = fslcheck.compile_pack("us-pslra")
    assert flips._met(pack.check_text(legend, "legend.txt"), flip.element)
    flipped, places = flips._flipped(flip, legend)
    assert places and expected in flipped
    # a reversal leaves the element unmet; a preserving rewrite keeps it met
    assert flips._met(pack.check_text(flipped, "legend.txt"), flip.element) == (flip.effect == "preserve")
