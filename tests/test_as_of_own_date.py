"""The as-of date read against the document's own date (invented text, none from a filing).

A full date the statements are said to speak as of is the statements' moment when it is the date
the document states for itself (a dateline, the date in its first sentence, an 8-K's report date,
a call's date) or near it; a date well before it is another time's (the meaning edits'
time-shifted-earlier family), one well after it a time still to come. The document's own date is
read without the as-of sentence's own date (a call that states only "speak only as of January 1,
2021" would otherwise date itself by it); a document that states no date is bounded by the periods
it says have ended.
"""

from __future__ import annotations

from datetime import date

import pytest

import fslcheck
from fslcheck.fls.scan import latest_period_end, stated_issue


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack("us-pslra")


def _as_of(pack, tmp_path, text: str) -> str:
    source = tmp_path / "release.txt"
    source.write_text(text, encoding="utf-8")
    findings = {f.rule: f for f in fslcheck.check([str(source)], pack).documents[0].findings}
    return findings["pslra.as-of-date"].status.value


def _release(dateline: str, sentence: str) -> str:
    return (f"Acme Widgets Reports Results\n\nTOLEDO, Ohio, {dateline} -- Acme Widgets, Inc. (NYSE: ACME) today "
            "reported record orders.\n\nForward-Looking Statements\n\nThis release contains forward-looking "
            "statements about our 2026 outlook. Actual results could differ materially from those projected. "
            f"{sentence} We undertake no obligation to update them.\n\nAbout Acme\n\nAcme makes widgets.\n")


def _call(opening: str, sentence: str) -> str:
    return (f"Operator: Good morning, and welcome to the Acme Widgets {opening} earnings conference call.\n\n"
            "Jane Doe: Thank you. Our remarks today contain forward-looking statements, and actual results "
            f"could differ materially. {sentence} We assume no obligation to update them.\n\n"
            "John Roe: Thanks, Jane. Orders rose 12 percent.\n")


@pytest.mark.parametrize("dateline, sentence", [
    ("March 3, 2026", "These statements speak only as of March 3, 2026."),
    ("March 3, 2026", "They are made as of March 3, 2026."),
    ("March 3, 2026", "These statements are current only as of the date of this release, March 3, 2026."),
    ("February 24, 2026", "These statements speak only as of February 26, 2026, the date of the Form 8-K "
                          "this release is furnished with."),
    ("January 28, 2026", "These statements speak only as of December 31, 2025."),
])
def test_the_documents_own_date_or_one_near_it_is_met(pack, tmp_path, dateline, sentence):
    assert _as_of(pack, tmp_path, _release(dateline, sentence)) == "met"


@pytest.mark.parametrize("dateline, sentence", [
    ("March 3, 2026", "These statements speak only as of January 1, 2025."),
    ("November 4, 2025", "These statements speak only as of the date of our investor day on March 12, 2025."),
    ("November 4, 2025", "They are made as of the date of our prior release, May 6, 2025."),
    ("April 28, 2026", "These statements speak only as of September 30, 2026."),
    ("January 8, 2026", "These statements are made as of January 31, 2027."),
])
def test_a_date_well_before_or_after_the_documents_own_is_not_met(pack, tmp_path, dateline, sentence):
    assert _as_of(pack, tmp_path, _release(dateline, sentence)) != "met"


@pytest.mark.parametrize("opening, sentence, met", [
    # the call states no date but its results' period: a date long before the period ended is stale
    ("third quarter 2021 (results for the quarter ended September 30, 2021)",
     "All forward-looking statements are made as of January 1, 2021.", False),
    ("third quarter 2021 (results for the quarter ended September 30, 2021)",
     "These statements speak only as of January 1, 2021.", False),
    ("third quarter 2021 (results for the quarter ended September 30, 2021)",
     "These statements speak only as of November 2, 2021.", True),
    # a later date is not judged against a bound: the call may be held any time after it
    ("third quarter 2021 (results for the quarter ended September 30, 2021)",
     "These statements speak only as of December 9, 2021.", True),
    # a call dated by its header: the as-of sentence's own date does not date the call
    ("third quarter 2021 call, held on November 2, 2021,", "These statements speak only as of January 4, 2021.", False),
    ("third quarter 2021 call, held on November 2, 2021,", "These statements speak only as of November 2, 2021.", True),
])
def test_a_call_is_dated_without_its_as_of_sentence(pack, tmp_path, opening, sentence, met):
    assert (_as_of(pack, tmp_path, _call(opening, sentence)) == "met") == met


def test_a_call_with_no_date_and_no_ended_period_decides_nothing(pack, tmp_path):
    text = _call("third quarter", "These statements speak only as of January 1, 2021.")
    assert _as_of(pack, tmp_path, text) == "met"


def test_stated_issue_tells_a_period_end_from_an_issue_date():
    assert stated_issue("FORM 10-K\n\nFor the fiscal year ended December 31, 2025\n\nAcme Widgets, Inc.") == (
        date(2025, 12, 31), True)
    assert stated_issue("FORM 10-Q\n\nFor the quarterly period ended: March 31, 2026") == (date(2026, 3, 31), True)
    assert stated_issue("TOLEDO, Ohio, March 3, 2026 -- Acme Widgets, Inc. today reported ...") == (
        date(2026, 3, 3), False)
    assert stated_issue("Date of Report (Date of earliest event reported): February 12, 2026") == (
        date(2026, 2, 12), False)
    assert stated_issue("Acme Widgets reported record orders.") is None


def test_latest_period_end_is_the_latest_ended_period():
    text = ("Revenue for the quarter ended September 30, 2021 rose 8% from the quarter ended September 30, 2020; "
            "for the year ending December 31, 2021 we expect growth of 6%.")
    assert latest_period_end(text) == date(2021, 9, 30)
    assert latest_period_end("Revenue rose 8% in the third quarter.") is None
