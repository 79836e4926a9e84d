"""Batch dy's readings (families-82): invented wordings, none from the suite.

- right-node raising: a verb of leaving undone that closes the later of two coordinated verbs
  sharing the object after the comma ("does not disclaim, and would not neglect, any duty to
  update") governs that object; "neglect" takes a direct object as "shirk" does;
- "unworthy of" / "undeserving of" withhold reliance as "devoid of" withholds what it governs, so
  "none of these statements is unworthy of your reliance" invites reliance;
- a period's end or beginning is an event ("as of the date on which our fiscal quarter ends"), not
  the date the statements are made;
- a clause appended with "none of whose ..." is said of the filings as "none of which" is, and
  "credit" under a negation withholds regard from them;
- a gerund opening an adverbial phrase ("when reading this release") is not the verb a negation
  in the clause denies (before, "should not set those documents aside when reading this release"
  was read as a denial of reading them);
- a comparison aside that names this document ("Our annual report, unlike this release, contains")
  no longer keeps the subject the company's: the subject is another document;
- a dot with no space after it (a web address, "U.S.") ends no sentence, so a concessive clause after
  "at https://www.sec.gov" that sets the filings aside is still read.

The near misses keep the element met: a permissive or positive conjunct, the statements' own date,
a positive regard, a negated setting aside."""

from __future__ import annotations

import pytest

import fslcheck

OPENING = "Forward-Looking Statements\n\nThis release contains forward-looking statements. "


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack()


def _status(pack, rule: str, sentence: str) -> str:
    findings = pack.check_text(OPENING + sentence).findings
    return next(f for f in findings if f.rule == f"pslra.{rule}").status.value


@pytest.mark.parametrize("rule, sentence", [
    ("no-update", "Halvard does not disclaim, and would not neglect, any duty to update any forward-looking statement."),
    ("no-update", "Halvard does not refuse, and will not neglect, any duty to revise these statements."),
    ("no-update", "Halvard will not neglect any duty to update these forward-looking statements."),
    ("no-update", "Halvard does not disclaim, and does not shirk, any obligation to update these statements."),
    ("undue-reliance", "Therefore, none of these forward-looking statements is unworthy of your reliance."),
    ("undue-reliance", "No forward-looking statement in this release is undeserving of reliance."),
    ("as-of-date", "Each forward-looking statement in this release speaks only as of the date on which our current "
                   "fiscal quarter ends."),
    ("as-of-date", "These statements speak only as of the date on which the exchange offer commences."),
    ("sec-filings", "Risks are discussed more fully in Halvard's filings with the Securities and Exchange "
                    "Commission, none of whose risk discussions readers should credit in reading this release."),
    ("sec-filings", "Risks are discussed in Halvard's filings with the SEC, none of which investors need consult."),
    ("sec-filings", "Risks are discussed in Halvard's annual reports on Form 10-K that are, in each case, available "
                    "at https://ir.halvard.example.com and at https://www.sec.gov, though investors should set "
                    "those documents aside when reading this release."),
])
def test_reversed(pack, rule, sentence):
    assert _status(pack, rule, sentence) != "met"


@pytest.mark.parametrize("rule, sentence", [
    ("no-update", "Halvard does not undertake, and expressly disclaims, any duty to update any forward-looking "
                  "statement."),
    ("no-update", "Halvard disclaims, and may neglect, any duty to update any forward-looking statement."),
    ("no-update", "Halvard does not accept, and would not assume, any duty to update these statements."),
    ("no-update", "Halvard does not neglect its customers, and it undertakes no duty to update these statements."),
    ("undue-reliance", "These forward-looking statements are unworthy of your reliance."),
    ("undue-reliance", "None of these forward-looking statements is worthy of your reliance."),
    ("undue-reliance", "Our staff are not unworthy of your trust, and readers should not place undue reliance on "
                       "these statements."),
    ("as-of-date", "Each forward-looking statement in this release speaks only as of the date on which we make it."),
    ("as-of-date", "These statements speak only as of the date they are made and not as of the date on which the "
                   "quarter ends."),
    ("sec-filings", "Risks are discussed more fully in Halvard's filings with the Securities and Exchange "
                    "Commission, all of whose risk discussions readers should credit."),
    ("sec-filings", "Risks are discussed in Halvard's annual reports on Form 10-K, available at "
                    "https://ir.halvard.example.com and at https://www.sec.gov, though investors should not set "
                    "those documents aside when reading this release."),
    ("sec-filings", "Risks are discussed in Halvard's annual reports on Form 10-K, though investors should not set "
                    "those documents aside when reading this release."),
    ("sec-filings", "Risks are discussed in Halvard's filings with the SEC, all of which readers should credit."),
    ("sec-filings", "Risks are discussed in Halvard's annual reports on Form 10-K filed with the U.S. Securities "
                    "and Exchange Commission, although investors should read them with care."),
])
def test_near_miss_kept(pack, rule, sentence):
    assert _status(pack, rule, sentence) == "met"


HEADING = "Forward-Looking Statements\n\n"


@pytest.mark.parametrize("sentence, expected_met", [
    # a comparison aside that names this document sets the subject's document apart from it
    ("Our annual report, unlike this release, contains forward-looking statements within the meaning of "
     "the Private Securities Litigation Reform Act of 1995.", False),
    ("Our 2019 registration statement, unlike this press release, included forward-looking statements.", False),
    # near misses: this document as the subject, or a likeness
    ("This press release, unlike our 2019 registration statement, includes forward-looking statements.", True),
    ("Our annual report, like this press release, contains forward-looking statements.", True),
    ("This press release contains forward-looking statements.", True),
])
def test_identification_set_against_this(pack, sentence, expected_met):
    finding = next(f for f in pack.check_text(HEADING + sentence).findings if f.rule == "pslra.identification")
    assert (finding.status.value == "met") is expected_met
