"""Whose element, batch dv's readings (owners-73): invented wordings, none from the suite. Another
party as the element's owner: a generic party the company acts on in a restrictive relative clause
("The firm that Acme hired ...", "the party whose business Acme acquired ..."), "its"/"their" opening
a sentence after one whose subject is another party, the link repeated after "or" ("of Acme or of
Beta": the company's statements among them), a contractor's results. The near misses keep the
company as the owner."""

from __future__ import annotations

import pytest

import fslcheck

_RELEASE = (
    "NEW YORK, March 3, 2026 /PRNewswire/ -- Larkspur Robotics, Inc. (NASDAQ: LKRB) today announced results for its "
    "fourth quarter. Revenue rose eight percent.\n\n"
    "Forward-Looking Statements\n\n"
    "This press release contains forward-looking statements within the meaning of the Private Securities "
    "Litigation Reform Act of 1995. {cw} {dm} because of risks including competition, supply costs and interest "
    "rates, which are described in the Company's filings with the Securities and Exchange Commission. {ur} These "
    "statements speak only as of the date of this release. {nu}\n")
_DEFAULTS = dict(
    cw='Words such as "expect", "plan" and "will" identify forward-looking statements.',
    dm="Actual results may differ materially from those expressed in these statements",
    ur="Readers should not place undue reliance on these statements.",
    nu="Larkspur undertakes no obligation to update any forward-looking statements.")
_RULES = dict(cw="cue-words", dm="differ-materially", ur="undue-reliance", nu="no-update")


def _status(tmp_path, element: str, sentence: str) -> str:
    path = tmp_path / "larkspur_2026-03-03_press-release.md"
    path.write_text(_RELEASE.format(**{**_DEFAULTS, element: sentence}), encoding="utf-8")
    rule = "pslra." + _RULES[element]
    return next(f for f in fslcheck.check([str(path)]).documents[0].findings if f.rule == rule).status.value


@pytest.mark.parametrize("element, sentence", [
    ('nu', 'The party whose royalty business Larkspur acquired assumes no obligation to update any '
           'forward-looking statements.'),
    ('nu', 'The seller whose assets Larkspur purchased last year undertakes no obligation to update any '
           'forward-looking statements.'),
    ('nu', 'The firm that Larkspur hired to run the offering undertakes no obligation to update any '
           'forward-looking statements.'),
    ('nu', 'The lender from which Larkspur borrowed undertakes no obligation to update any forward-looking '
           'statements.'),
    ('ur', 'Readers should not place undue reliance on forward-looking statements of Halden Mining or of '
           'its lenders.'),
    ('ur', 'Readers should not place undue reliance on forward-looking statements of our partner or of its lenders.'),
    ('cw', 'Halden Mining, our partner, also issues news releases. Its forward-looking statements are often '
           'identified by words such as "expect", "plan" and "will".'),
    ('cw', 'Our licensor publishes its own outlook. Its forward-looking statements can be identified by '
           'words such as "expect", "plan" and "will".'),
    ('dm', "The actual results of the Company's drilling contractor may differ materially from the "
           'expectations it has expressed in its own statements'),
    ('dm', 'The results of our contractor may differ materially from those expressed in its own statements'),
    ('ur', 'Readers should not place undue reliance on forward-looking statements of Halden Mining or of '
           'Brightwater Corp.'),
    ('ur', 'Readers should not place undue reliance on forward-looking statements of our lenders and of our '
           'underwriters.'),
    ('ur', 'Readers should not place undue reliance on forward-looking statements by Halden Mining or by '
           'Cantor Fitzgerald.'),
    ('nu', 'The bank whose loan Larkspur repaid disclaims any obligation to update any forward-looking statements.'),
    ('nu', 'The fund that we manage undertakes no obligation to update any forward-looking statements.'),
    ('nu', 'These statements speak only as of today, and the firm that Larkspur hired undertakes no '
           'obligation to update them.'),
    ('cw', 'Our partner, Halden Mining, also issues news releases. Its forward-looking statements are often '
           'identified by words such as "expect", "plan" and "will".'),
    ('cw', "Larkspur's partner, Halden Mining Ltd., also issues news releases. Its forward-looking "
           'statements are often identified by words such as "expect", "plan" and "will".'),
    ('cw', 'Larkspur sells through Halden Mining. Halden Mining also issues news releases. Its '
           'forward-looking statements are often identified by words such as "expect", "plan" and "will".'),
    ('cw', 'Our distributors publish their own outlooks. Their forward-looking statements are often '
           'identified by words such as "expect", "plan" and "will".'),
    ('cw', "The Company's partner is Halden Mining. Its forward-looking statements are often identified by "
           'words such as "expect", "plan" and "will".'),
    ('dm', 'The results of our distributor may differ materially from those expressed in these statements'),
    ('dm', 'The results of our contractor may differ materially from those expressed in these statements'),
    ('dm', "The actual results of the Company's drilling contractor may differ materially from those "
           'expressed in these statements'),
    ('dm', "The actual results of the Company's distributor may differ materially from those expressed in "
           'these statements'),
    ('nu', 'The party whose royalty business Larkspur acquired does not intend to update any '
           'forward-looking statements.'),
    ('nu', 'The seller whose assets Larkspur purchased assumes no obligation to, and does not intend to, '
           'update any forward-looking statements.'),
    ('nu', 'Our partner assumes no obligation to, and does not intend to, update any forward-looking statements.'),
    ('nu', 'These statements speak only as of today, and the firm that Larkspur hired assumes no obligation '
           'to, and does not intend to, update them.'),
    # "whose" makes its head a possessor: any noun of one, the company the clause's subject
    ('nu', 'The marketplaces whose sellers Larkspur pays do not undertake any duty to update these forward-looking '
           'statements.'),
    ('nu', 'The hospitals whose patients Larkspur treats do not undertake any duty to update these forward-looking '
           'statements.'),
    ('nu', 'The utility whose customers we serve undertakes no obligation to update any forward-looking statements.'),
])
def test_dv_another_party_owns_the_element(tmp_path, element, sentence):
    assert _status(tmp_path, element, sentence) != "met"


@pytest.mark.parametrize("element, sentence", [
    ('nu', 'Larkspur, whose shares trade on NASDAQ, undertakes no obligation to update any forward-looking '
           'statements.'),
    ('nu', 'Larkspur, which acquired the royalty business last year, undertakes no obligation to update any '
           'forward-looking statements.'),
    ('nu', "The Company, whose business Larkspur's founders built, undertakes no obligation to update any "
           'forward-looking statements.'),
    ('nu', 'We, whose results Larkspur reports, undertake no obligation to update any forward-looking statements.'),
    ('ur', 'Readers are cautioned not to put undue reliance on forward-looking statements of Larkspur or of '
           'Halden Mining.'),
    ('ur', 'Readers should not place undue reliance on the forward-looking statements of Halden Mining or '
           'of the Company.'),
    ('ur', 'Readers should not place undue reliance on forward-looking statements made by Larkspur or by '
           'its partner.'),
    ('ur', 'Readers should not place undue reliance on forward-looking statements of either Larkspur or '
           'Halden Mining.'),
    ('cw', 'Larkspur also issues news releases. Its forward-looking statements are often identified by '
           'words such as "expect", "plan" and "will".'),
    ('cw', 'Its forward-looking statements are often identified by words such as "expect", "plan" and "will".'),
    ('ur', 'Readers should not place undue reliance on forward-looking statements by the Company or by '
           'Halden Mining.'),
    ('nu', 'The company that issued this release, Larkspur, undertakes no obligation to update any '
           'forward-looking statements.'),
    ('nu', "The Company, which Larkspur's founders started, undertakes no obligation to update any "
           'forward-looking statements.'),
    ('nu', 'The company whose shares trade under the symbol LKRB undertakes no obligation to update any '
           'forward-looking statements.'),
    ('nu', 'The combined company that Larkspur will form with Halden undertakes no obligation to update any '
           'forward-looking statements.'),
    ('nu', "The Company that Larkspur's founders started undertakes no obligation to update any "
           'forward-looking statements.'),
    ('nu', 'These statements speak only as of today, and the firm that issued them, Larkspur, undertakes no '
           'obligation to update them.'),
    ('nu', 'These statements speak only as of today, and Larkspur, which hired the firm, undertakes no '
           'obligation to update them.'),
    ('cw', 'Larkspur, a robotics company, issues news releases. Its forward-looking statements are often '
           'identified by words such as "expect", "plan" and "will".'),
    ('cw', 'We rely on our partner, Halden Mining. We also issue news releases. Our forward-looking '
           'statements are often identified by words such as "expect", "plan" and "will".'),
    ('cw', 'Larkspur, like its partner, also issues news releases. Its forward-looking statements are often '
           'identified by words such as "expect", "plan" and "will".'),
    ('cw', 'Under its agreement with Halden Mining, Larkspur also issues news releases. Its forward-looking '
           'statements are often identified by words such as "expect", "plan" and "will".'),
    ('cw', 'This press release was prepared by our management. Its forward-looking statements are often '
           'identified by words such as "expect", "plan" and "will".'),
    ('cw', 'Our Board of Directors approved this release. Its forward-looking statements are often '
           'identified by words such as "expect", "plan" and "will".'),
    ('cw', 'Demand for robots rose in every region. Its forward-looking statements are often identified by '
           'words such as "expect", "plan" and "will".'),
    ('cw', 'The Company and its partner issue news releases. Its forward-looking statements are often '
           'identified by words such as "expect", "plan" and "will".'),
    ('dm', 'Actual results of the Company and its subsidiaries may differ materially from those expressed '
           'in these statements'),
    ('nu', 'These statements speak only as of today, and Larkspur, which hired the firm, assumes no '
           'obligation to, and does not intend to, update them.'),
    ('nu', 'These statements speak only as of today, and the Company assumes no obligation to, and does not '
           'intend to, update them.'),
    ('nu', 'Larkspur, whose sellers we pay, undertakes no obligation to update any forward-looking statements.'),
    ('nu', 'The Company, whose customers we serve, undertakes no obligation to update any forward-looking statements.'),
])
def test_dv_the_company_still_owns_the_element(tmp_path, element, sentence):
    assert _status(tmp_path, element, sentence) == "met"

