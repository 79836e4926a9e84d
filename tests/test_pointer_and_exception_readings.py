"""Readings added with meaning-edit batch `du` (session 42): a pointer to the SEC filings taken
back by a phrasal verb of vouching or weighing under a negation ("does not stand behind that
discussion", "none of which readers need take into account"), and the company's own policy,
named after a few modifiers, joined to the law's carve-out of a disclaimer ("or by the Company's
own disclosure policy"), and a comma-set "unlike" aside before a filing. Every sentence was written for this test (none is copied from a filing
or from the edit suite)."""

from __future__ import annotations

import pytest

import fslcheck

from .reading_support import assert_reading

CASES = [
    # a pointer taken back: vouching denied, weighing denied
    ("sec-filings", "not-met", "These risks are described in our Form 10-K filed with the SEC, although the Company does not stand behind the discussion in that report."),
    ("sec-filings", "not-met", "These risks are described in our annual report filed with the SEC; management no longer stands by the risk discussion in that report."),
    ("sec-filings", "not-met", "These risks are described in our periodic reports filed with the SEC, none of which investors need take into account."),
    ("sec-filings", "not-met", "These risks are described in our periodic reports filed with the SEC, but readers should not take those reports into account."),
    ("sec-filings", "not-met", "These risks are described in our Form 10-K filed with the SEC, which readers need not take account of."),
    # near misses: vouching or weighing affirmed, the filings as the subject, another "stand"
    ("sec-filings", "met", "These risks are described in our Form 10-K filed with the SEC, which the Company stands behind."),
    ("sec-filings", "met", "These risks are described in our Form 10-K filed with the SEC, although that report does not take into account events after its date."),
    ("sec-filings", "met", "These risks are described in our periodic reports filed with the SEC, all of which investors should take into account."),
    ("sec-filings", "met", "These risks are described in our Form 10-K filed with the SEC, although those filings do not take account of events after their dates."),
    ("sec-filings", "met", "These risks are described in our Form 10-K filed with the SEC, although we do not stand to gain from repeating that report here."),
    # a comma-set "unlike" aside before the filing sets it aside, as ", not ..." does; a fronted
    # "Unlike X," and an aside inside a relative clause do not
    ("sec-filings", "not-met", "These risks are set out in this release, unlike our Form 10-K filed with the SEC."),
    ("sec-filings", "not-met", "These risks are listed in our internal risk register, which, unlike our Form 10-K filed with the SEC, is not public."),
    ("sec-filings", "met", "Unlike this release, our Form 10-K filed with the SEC describes these risks in detail."),
    ("sec-filings", "met", "These risks, unlike the ones described above, are described in our Form 10-K filed with the SEC."),
    ("sec-filings", "met", "These risks are described in our Form 10-K filed with the SEC, which, unlike this release, discusses them in detail."),
    ("differ-materially", "met", "Actual results, unlike historical results, could differ materially from those we project."),
    ("statute", "met", "Unlike some issuers, we claim the safe harbor of the Private Securities Litigation Reform Act of 1995 for these statements."),
    # the company's own policy joined to the law's carve-out, its noun after a few modifiers
    ("no-update", "violated", "We undertake no obligation to update these statements, other than as required by applicable securities laws or by the Company's own disclosure policy, which calls for every such revision."),
    ("no-update", "violated", "We undertake no obligation to update these statements, except as required by applicable securities laws or by the Company's own disclosure policy, which calls for every such revision."),
    ("no-update", "violated", "We undertake no obligation to update these statements, save as required by law or by our internal disclosure policy, which requires prompt revision of all of them."),
    ("no-update", "violated", "Except as required by applicable law or by the Company's own written disclosure policy, which calls for prompt revision of each of them, we undertake no obligation to update these statements."),
    # near misses: another body's rules, or the company's policy named only to be overridden
    ("no-update", "met", "We undertake no obligation to update these statements, except as required by applicable securities laws or by the rules of any stock exchange on which our shares trade."),
    ("no-update", "met", "We undertake no obligation to update these statements, except as required by applicable securities laws or by the listing rules of the exchange."),
    ("no-update", "met", "We undertake no obligation to update these statements, except as required by law or by a court order, whatever our own disclosure policy may say."),
]


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack()


@pytest.mark.parametrize("rule,expected,text", CASES, ids=[f"{r}-{e}-{t[:40]}" for r, e, t in CASES])
def test_reading(pack, rule, expected, text):
    assert_reading(pack, rule, expected, text)
