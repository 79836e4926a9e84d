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

# A third for the third batch's shapes: a "Safe Harbor Statement" caption, "important factors ... include, among
# others,", the passive "Undue reliance should not be placed", the safe harbor claimed ("are intended to qualify")
# and the statements named by a copula ("are forward-looking statements").
THIRD = (LEGEND.replace("Forward-Looking Statements\n", "Safe Harbor Statement\n")
         .replace("Risks and uncertainties that could cause actual results to\ndiffer materially include",
                  "Important factors that could cause actual results to\ndiffer materially include, among others,")
         .replace("Readers are cautioned not to place\nundue reliance", "Undue reliance should not be placed")
         .replace("Exchange Act of 1934.", "Exchange Act of 1934, and these statements are intended to qualify for the safe harbor.")
         .replace("This press release contains forward-looking statements",
                  "All statements other than statements of historical fact are forward-looking statements"))
# ... and a fourth: "include, but are not limited to," and "other risks described in our filings with the SEC".
FOURTH = (LEGEND.replace("differ materially include", "differ materially include, but are not limited to,")
          .replace("the loss of key customers.", "the loss of key customers, and other risks described in our filings with the SEC.")
          .replace("Other factors that could cause actual results to differ are described in our Annual Report on\n"
                   "Form 10-K filed with the Securities and Exchange Commission. ", ""))

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
    ("rf-exclude", "differ materially exclude competition"),
    ("rf-not-include", "differ materially do not include competition"),
    ("sf-none-described", "other risks, none of which are described in our filings with the SEC", FOURTH),
    ("id-are-not", "historical fact are not forward-looking statements", THIRD),
    ("ur-passive-full", "Full reliance should be placed on these", THIRD),
    ("ad-not-only", "which do not speak only as of the date hereof"),
    ("nu-undertakes-to", "Company undertakes to update any"),
    ("st-not-intended", "these statements are not intended to qualify for the safe harbor", THIRD),
    ("p-rf-not-limited", "include, but are not limited to, competition", THIRD),
    ("p-rf-among-others", "include, among others, competition", FOURTH),
    ("p-rf-key-factors", "Key factors that could cause", THIRD),
    ("p-rf-among-are", "Among the risks and uncertainties that could cause actual results to\ndiffer materially are competition"),
    ("p-hd-cautionary", "Cautionary Statement Regarding Forward-Looking Information\n"),
    ("p-hd-harbour", "Safe Harbour Statement\n", THIRD),
    ("p-sf-on-file", "Form 10-K on file with the Securities"),
    ("p-sf-sec", "Form 10-K filed with the SEC."),
    ("p-ad-as-at", "which speak only as at the date hereof"),
    ("p-id-that-are", "release contains statements that are forward-looking within"),
    ("p-ur-place-no", "cautioned to place no undue reliance"),
    ("p-nu-not-undertake", "Company does not undertake any obligation to update"),
    ("p-st-short-acts", "Section 21E of the Exchange Act."),
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
