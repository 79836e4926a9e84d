"""Whose element, batch dx's readings (owners-80): invented wordings, none from the suite. Another
party as the element's owner: a restrictive relative clause that names the maker ("items in this
release that are attributed to our customers", "information that Halden Mining has furnished",
also before an aside that parts the subject from its verb), an outcome "at" a party ("actual
results at the hosting providers that operate our data centers"), a party the company serves in a
"that" clause, its name read past a subsidiary's longer name ("the private funds that Larkspur
Capital Management LLC manages"), a noun that carries the company's goods ("the railroads that
carry our robots"), a party by the shape of its noun in a factor list's lead-in. The near misses
keep the company as the owner."""

from __future__ import annotations

import pytest

import fslcheck

_RELEASE = (
    "NEW YORK, March 3, 2026 /PRNewswire/ -- Larkspur Robotics, Inc. (NASDAQ: LKRB) today announced results for its "
    "fourth quarter. Revenue rose eight percent.\n\n"
    "Forward-Looking Statements\n\n"
    "{st} {cw} {dm}, which are described in the Company's filings with the Securities and Exchange Commission. {ur} "
    "These statements speak only as of the date of this release. {nu}\n")
_DEFAULTS = dict(
    st="This press release contains forward-looking statements within the meaning of the Private Securities "
       "Litigation Reform Act of 1995.",
    cw='Words such as "expect", "plan" and "will" identify forward-looking statements.',
    dm="Actual results may differ materially from those expressed in these statements because of risks including "
       "competition, supply costs and interest rates",
    ur="Readers should not place undue reliance on these statements.",
    nu="Larkspur undertakes no obligation to update any forward-looking statements.")
_RULES = dict(st="statute", id="identification", cw="cue-words", dm="differ-materially", rf="risk-factors",
              ur="undue-reliance", nu="no-update")
_SLOTS = dict(id="st", rf="dm")  # the sentence that carries the element in the release above
_ACT = "Private Securities Litigation Reform Act of 1995."
_FACTORS = "because of risks including competition, supply costs and interest rates"


def _status(tmp_path, element: str, sentence: str) -> str:
    path = tmp_path / "larkspur_2026-03-03_press-release.md"
    path.write_text(_RELEASE.format(**{**_DEFAULTS, _SLOTS.get(element, element): sentence}), encoding="utf-8")
    rule = "pslra." + _RULES[element]
    return next(f for f in fslcheck.check([str(path)]).documents[0].findings if f.rule == rule).status.value


@pytest.mark.parametrize("element, sentence", [
    ("st", "Certain statements that are attributed to our customers may constitute forward-looking statements "
           f"within the meaning of the {_ACT}"),
    ("st", "Certain items in this press release that are attributed to Halden Mining may constitute "
           f"forward-looking statements within the meaning of the {_ACT}"),
    ("st", "Certain items in this press release that are made by Halden Mining may constitute forward-looking "
           f"statements within the meaning of the {_ACT}"),
    ("st", "Information in this press release that Halden Mining has furnished may constitute forward-looking "
           f"statements within the meaning of the {_ACT}"),
    ("st", "Information in this press release that Halden Mining has furnished, other than statements of "
           f"historical facts, may constitute forward-looking statements within the meaning of the {_ACT}"),
    ("id", "Certain items in this press release that are attributed to our customers may constitute "
           f"forward-looking statements within the meaning of the {_ACT}"),
    ("ur", "Readers should not place undue reliance on the statements in this release that Halden Mining has "
           "provided."),
    ("ur", "Readers should not place undue reliance on the statements in this release that are attributed to "
           "Halden Mining."),
    ("ur", "Readers should not place undue reliance on the statements in this release that are attributed to the "
           "sponsors of the properties securing our loans."),
    ("ur", "Readers should not place undue reliance on the statements of the private funds that Larkspur Capital "
           "Management LLC manages."),
    ("ur", "Readers should not place undue reliance on the statements of the funds that Larkspur manages."),
    ("ur", "Readers should not place undue reliance on the statements of the hospitals that the Company manages."),
    ("dm", "The actual performance of the railroads that carry Larkspur's robots may differ materially from those "
           f"expressed in the railroads' own statements {_FACTORS}"),
    ("dm", "The actual performance of the railroads that carry our robots may differ materially from those "
           f"expressed in their own statements {_FACTORS}"),
    ("dm", "Actual results at the hosting providers that operate Larkspur's data centers may differ materially "
           f"from those expressed in their own statements {_FACTORS}"),
    ("dm", f"Actual results at our distributors may differ materially from those expressed in their own statements "
           f"{_FACTORS}"),
    ("rf", "Many factors could cause actual future events at the hosting providers that operate some of "
           "Larkspur's robots to differ materially from those providers' own forward-looking statements, including "
           "competition, supply costs and interest rates"),
    ("rf", "Factors that could cause the actual results of the railroads that carry our robots to differ materially "
           "include competition, supply costs and interest rates"),
])
def test_dx_another_party_owns_the_element(tmp_path, element, sentence):
    assert _status(tmp_path, element, sentence) != "met"


@pytest.mark.parametrize("element, sentence", [
    ("st", "Information in this press release that Larkspur has furnished, other than statements of historical "
           f"facts, may constitute forward-looking statements within the meaning of the {_ACT}"),
    ("st", "Certain statements that are attributed to our Chief Executive Officer may constitute forward-looking "
           f"statements within the meaning of the {_ACT}"),
    ("st", "Certain statements that are made by Larkspur may constitute forward-looking statements within the "
           f"meaning of the {_ACT}"),
    ("st", "Information that Larkspur and Halden Mining have provided may constitute forward-looking statements "
           f"within the meaning of the {_ACT}"),
    ("ur", "Readers should not place undue reliance on the statements that Larkspur makes."),
    ("ur", "Readers should not place undue reliance on the statements of the businesses that Larkspur owns."),
    ("ur", "Readers should not place undue reliance on the statements of Larkspur and the funds that Larkspur "
           "manages."),
    ("ur", "Readers should not place undue reliance on the statements in this release that we have provided."),
    ("ur", "Readers should not place undue reliance on the statements in this release that Larkspur has provided."),
    ("ur", "Readers should not place undue reliance on the statements in this release that Halden Mining has "
           "disputed."),
    ("ur", "Readers should not place undue reliance on the statements in this release that are attributed to "
           "Larkspur or to its management."),
    ("dm", f"Actual results at our stores may differ materially from those expressed in these statements {_FACTORS}"),
    ("dm", f"Actual results at Larkspur's stores may differ materially from those expressed in these statements "
           f"{_FACTORS}"),
    ("dm", "Actual results at Larkspur and its subsidiaries may differ materially from those expressed in these "
           f"statements {_FACTORS}"),
    ("dm", "Actual results at prior-year rates of growth may differ materially from those expressed in these "
           f"statements {_FACTORS}"),
    ("rf", "Factors that could cause actual results at our stores to differ materially include competition, supply "
           "costs and interest rates"),
    ("rf", "Factors that could cause actual results to differ materially include competition from other "
           "manufacturers, the loss of our distributors, supply costs and interest rates"),
    ("rf", "Factors that could cause our actual results to differ materially include the financial condition of "
           "our customers, supply costs and interest rates"),
    ("rf", "Factors that could cause the actual results of Larkspur and its distributors to differ materially "
           "include competition, supply costs and interest rates"),
])
def test_dx_the_company_still_owns_the_element(tmp_path, element, sentence):
    assert _status(tmp_path, element, sentence) == "met"
