"""Whose disclaimer: the document's own company against another party named in the legend
(fslcheck.meaning.names, fslcheck.meaning.speakers). Invented wordings, none from the suite."""

from __future__ import annotations

import pytest

import fslcheck
from fslcheck.meaning.names import own_names, own_phrases

_RELEASE = (
    "NEW YORK, March 3, 2026 /PRNewswire/ -- {company} ({exchange}: {ticker}) today announced results for its "
    "fourth quarter. Revenue rose eight percent.\n\n"
    "Forward-Looking Statements\n\n"
    "This press release contains forward-looking statements within the meaning of the Private Securities "
    "Litigation Reform Act of 1995. Words such as \"expect\", \"plan\" and \"will\" identify forward-looking "
    "statements. Actual results may differ materially from those expressed in these statements because of risks "
    "including competition, supply costs and interest rates, which are described in the Company's filings with "
    "the Securities and Exchange Commission. Readers should not place undue reliance on these statements, which "
    "speak only as of the date of this release. {disclaimer}\n")


def _no_update(tmp_path, disclaimer: str, company: str = "Larkspur Robotics, Inc.", exchange: str = "NASDAQ",
               ticker: str = "LKRB") -> str:
    path = tmp_path / "larkspur_2026-03-03_press-release.md"
    path.write_text(_RELEASE.format(company=company, exchange=exchange, ticker=ticker, disclaimer=disclaimer),
                    encoding="utf-8")
    finding = next(f for f in fslcheck.check([str(path)]).documents[0].findings if f.rule == "pslra.no-update")
    return finding.status.value


@pytest.mark.parametrize("disclaimer", [
    # another party named first, "its" after "nor" refers back to it
    "Neither Northgate nor its former sponsor undertakes any obligation to update any forward-looking statements.",
    "Neither Qorvanta Mining nor its lenders undertake any obligation to update any forward-looking statements.",
    # a name joined by "&" is read whole
    "Ernst & Young LLP has not reviewed these statements, and it undertakes no obligation to update any "
    "forward-looking statements.",
    "Procter & Gamble, whose forecasts this release cites, undertakes no obligation to update any forward-looking "
    "statements.",
    # a name that opens like the company's and goes on otherwise
    "Larkspur Capital Partners, which manages the investment portfolio of Larkspur Robotics, undertakes no "
    "obligation to update any forward-looking statements.",
    # a coordinated predicate whose object holds the element's words
    "The Company's joint venture partner, Halden Mining, does not intend, and expressly disclaims any intention "
    "or obligation to, update any forward-looking statements.",
    "Our distributors do not intend, and specifically disclaim any duty or obligation to, update any "
    "forward-looking statements.",
])
def test_another_partys_disclaimer_is_not_the_companys(tmp_path, disclaimer):
    assert _no_update(tmp_path, disclaimer) != "met"


@pytest.mark.parametrize("disclaimer", [
    "Larkspur Robotics, Inc. and its subsidiaries undertake no obligation to update any forward-looking statements.",
    "Neither Larkspur nor its subsidiaries undertake any obligation to update any forward-looking statements.",
    "Larkspur Robotics does not intend, and expressly disclaims any intention or obligation to, update any "
    "forward-looking statements.",
    "Larkspur undertakes no obligation to update any forward-looking statements.",
    "We, Larkspur Robotics, undertake no obligation to update any forward-looking statements.",
    "Larkspur Robotics and its R&D partners undertake no obligation to update any forward-looking statements.",
])
def test_the_companys_own_disclaimer_stays(tmp_path, disclaimer):
    assert _no_update(tmp_path, disclaimer) == "met"


def test_a_company_named_with_an_ampersand_speaks_for_itself(tmp_path):
    assert _no_update(tmp_path, "Harlow & Finch undertakes no obligation to update any forward-looking statements.",
                      company="Harlow & Finch, Inc.", ticker="HRFN") == "met"


def test_two_exchanges_before_one_symbol(tmp_path):
    assert own_names("toronto -- larkspur robotics (nyse, tsx: lkr) today said", []) == {"larkspur", "robotics", "lkr"}
    assert _no_update(tmp_path, "Larkspur Robotics undertakes no obligation to update any forward-looking statements.",
                      exchange="NYSE, TSX", ticker="LKR") == "met"
    assert _no_update(tmp_path, "Larkspur Asset Management, which advises Larkspur Robotics, undertakes no "
                      "obligation to update any forward-looking statements.", exchange="NYSE, TSX", ticker="LKR") != "met"


def test_a_filings_cover_names_the_registrant():
    text = "annual report\n\nnorthwind pharmaceutical corporation\n\n(exact name of registrant as specified in its charter)"
    assert {"northwind", "pharmaceutical"} <= own_names(text, [])
    assert ("northwind", "pharmaceutical") in own_phrases(text)


# batch dt's readings (session 42): invented wordings and near misses, none from the suite

_DT_OTHERS_DISCLAIMERS = [
    # a relative clause inside an apposition on the subject is part of the subject's aside
    "Except as may be required by law, Corvanta Payments N.V., the card network whose volume forecasts this release "
    "cites, does not intend to update its forward-looking statements.",
    "Ostrander Freight LP, the carrier whose rates we quote above, undertakes no obligation to update any "
    "forward-looking statements.",
    "Except as required by law, Belmont 4 Capital, the lender whose credit facility this release describes, assumes no "
    "obligation to update any forward-looking statements.",
    # "that company", "such firm", "the latter" refer back to the party named before
    "Our auditor, Brandt Kessler LLP, has reviewed this release. That firm undertakes no obligation to update any "
    "forward-looking statements.",
    "Our principal supplier, Arvalon Systems, Inc., has reviewed this release. These statements speak as of today, "
    "and that company does not undertake any obligation to update any forward-looking statements.",
    "Our lender, Halvern Bank plc, has reviewed this release. Such party undertakes no obligation to update any "
    "forward-looking statements.",
    # a relative clause that has the subject hold a stake in, manage or control what is ours
    "Larkspur Corporation, which holds a 73% interest in our robotics business, undertakes no obligation to update "
    "any forward-looking statements.",
    "Larkspur Capital, which manages our investment portfolio, undertakes no obligation to update any "
    "forward-looking statements.",
    "Larkspur Holdings, which owns a majority of our shares, undertakes no obligation to update any forward-looking "
    "statements.",
]


_DT_OWN_DISCLAIMERS = [
    "Larkspur Robotics, the robotics company whose shares trade on Nasdaq, undertakes no obligation to update any "
    "forward-looking statements.",
    "The Company has reviewed this release. That company undertakes no obligation to update any forward-looking "
    "statements.",
    "We have reviewed this release. These statements speak as of today, and that company undertakes no obligation "
    "to update any forward-looking statements.",
    "Our officers have reviewed this release. That company undertakes no obligation to update any forward-looking "
    "statements.",
    "Larkspur Robotics, which we founded in 2010, undertakes no obligation to update any forward-looking statements.",
    "Larkspur Robotics, which manages its business conservatively, undertakes no obligation to update any "
    "forward-looking statements.",
]


@pytest.mark.parametrize(("disclaimer", "own"), [(d, False) for d in _DT_OTHERS_DISCLAIMERS]
                         + [(d, True) for d in _DT_OWN_DISCLAIMERS])
def test_dt_whose_disclaimer(tmp_path, disclaimer, own):
    assert (_no_update(tmp_path, disclaimer) == "met") is own


def _sec_filings(tmp_path, pointer: str) -> str:
    text = _RELEASE.format(company="Larkspur Robotics, Inc.", exchange="NASDAQ", ticker="LKRB", disclaimer=(
        "Larkspur undertakes no obligation to update any forward-looking statements.")).replace(
        "which are described in the Company's filings with the Securities and Exchange Commission.", pointer)
    path = tmp_path / "larkspur_2026-03-03_press-release.md"
    path.write_text(text, encoding="utf-8")
    finding = next(f for f in fslcheck.check([str(path)]).documents[0].findings if f.rule == "pslra.sec-filings")
    return finding.status.value


_DT_OTHERS_POINTERS = [
    # "its" after the filings of a named party refers back to it
    "which are described in the filings of Quenby Holdings plc with the Securities and Exchange Commission, "
    "including its Annual Report on Form 10-K.",
    "which are described in the filings of Harcastle & Pryce Holdings plc with the Securities and Exchange "
    "Commission, including its Annual Report on Form 10-K.",
    "which are described in the reports of Orlen Mining Corp. filed with the SEC, including its Annual Report on "
    "Form 10-K.",
    # "made with the SEC by" names the filer as "filed with the SEC by" does
    "which are described in the annual report and other filings made with the Securities and Exchange Commission by "
    "our joint venture partner, Baohua 88 Aluminum Co.",
    "which are described in the reports made with the SEC by Northgate Holdings plc.",
]


_DT_OWN_POINTERS = [
    "which are described in the filings of Larkspur Robotics, Inc. with the Securities and Exchange Commission, "
    "including its Annual Report on Form 10-K.",
    "which are described in the filings of the Company with the Securities and Exchange Commission, including its "
    "Annual Report on Form 10-K.",
    "which are described in the filings of LKRB with the SEC, including its Annual Report on Form 10-K.",
    "which are described in the reports made with the SEC by the Company.",
    "which are described in the reports made with the SEC by Larkspur Robotics, Inc.",
]


@pytest.mark.parametrize(("pointer", "own"), [(p, False) for p in _DT_OTHERS_POINTERS]
                         + [(p, True) for p in _DT_OWN_POINTERS])
def test_dt_whose_filings(tmp_path, pointer, own):
    assert (_sec_filings(tmp_path, pointer) == "met") is own
