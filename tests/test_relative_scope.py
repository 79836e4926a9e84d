"""A negation in one clause does not reach the next one: relative clauses ("…, all of which speak
only as of today") and "as" used like "because" ("… as such statements speak only as of …")
open a clause of their own, while "none of which" keeps its denial.

Each sentence stands in a small legend written for the test (not a corpus document).
"""

from __future__ import annotations

import pytest

import fslcheck

LEGEND = ("Forward-Looking Statements\n\nThis press release contains forward-looking statements within the meaning "
          "of the Private Securities Litigation Reform Act of 1995. {sentence} We undertake no obligation to update "
          "any forward-looking statement.\n\nAbout Acme\n\nAcme makes widgets.\n")

CASES = [
    ("pslra.as-of-date", "You should not place undue reliance on these forward-looking statements, all of which "
                         "speak only as of today.", "met"),
    ("pslra.as-of-date", "Investors should not rely on them, each of which speaks only as of the date hereof.", "met"),
    ("pslra.as-of-date", "Undue reliance should not be placed on forward-looking statements as such statements "
                         "speak only as of the date on which they are made.", "met"),
    ("pslra.as-of-date", "Readers should not place undue reliance on them as they speak only as of the date of "
                         "this release.", "met"),
    ("pslra.as-of-date", "Investors should not rely on forward-looking statements, which, like all such statements, "
                         "speak only as of the date hereof.", "met"),
    ("pslra.as-of-date", "Do not place undue reliance on forward-looking statements, given that they speak only as of "
                         "the date hereof.", "met"),
    ("pslra.as-of-date", "No one should place undue reliance on these statements, which speak only as of the date of "
                         "this release.", "met"),
    ("pslra.undue-reliance", "Undue reliance should not be placed on forward-looking statements as such statements "
                             "speak only as of the date on which they are made.", "met"),
    ("pslra.undue-reliance", "Neither we nor any other person assumes responsibility for their accuracy, and you "
                             "should not place undue reliance on these statements.", "met"),
    ("pslra.as-of-date", "These forward-looking statements do not speak only as of the date of this release.",
     "violated"),
    ("pslra.differ-materially", "These statements involve risks, none of which could cause actual results to "
                                "differ materially from our expectations.", "violated"),
    ("pslra.differ-materially", "We face two risks, neither of which could cause actual results to differ "
                                "materially.", "violated"),
    ("pslra.differ-materially", "These statements involve risks, all of which could cause actual results to differ "
                                "materially from our expectations.", "met"),
    ("pslra.differ-materially", "Our results may differ materially as such factors are beyond our control.", "met"),
]


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack("us-pslra")


@pytest.mark.parametrize("rule,sentence,expected", CASES, ids=[f"{c[0]}: {c[1][:50]}" for c in CASES])
def test_negation_stays_in_its_clause(pack, tmp_path, rule, sentence, expected):
    source = tmp_path / "release.txt"
    source.write_text(LEGEND.format(sentence=sentence), encoding="utf-8")
    finding = next(f for f in fslcheck.check([str(source)], pack).documents[0].findings if f.rule == rule)
    assert finding.status.value == expected, finding.details
