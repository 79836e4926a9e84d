"""Polarity and context of the default pack's propositions beyond the negation at the key word:
negation over a whole clause or a raising construction ("there is no risk that ..."), implicit
negators ("will not hesitate to update"), double negation ("not unreasonable to rely"), denied
cue words and identification, statements that belong to someone else or to the past, and
open-ended dates. Each probe comes with variants in other words, and with the wording that keeps
the element, so that a mechanism, not a string, is what passes."""

from __future__ import annotations

import pytest

import fslcheck

LEGEND = "Forward-Looking Statements\n\nThis release contains forward-looking statements. "
# identification needs a legend that does not already identify the statements
NO_IDENTIFICATION = "Forward-Looking Statements\n\nActual results could differ materially from our projections. "


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack()


def _status(pack, rule: str, text: str) -> tuple[str, dict, list[str]]:
    opening = NO_IDENTIFICATION if rule == "identification" else LEGEND
    finding = next(f for f in pack.check_text(opening + text).findings if f.rule == f"pslra.{rule}")
    return finding.status.value, finding.details, finding.notes


NOT_MET = [
    # differ-materially: the risk of a material difference denied over the whole clause
    ("differ-materially", "There is no risk that results could differ materially from those projected."),
    ("differ-materially", "There is no risk that our actual results will differ materially from our forecasts."),
    ("differ-materially", "We see no possibility that actual results could vary significantly from these projections."),
    ("differ-materially", "It is not the case that actual results may differ materially from those projected."),
    ("differ-materially", "We do not believe that actual results will differ materially from those projected."),
    # ... or said of another's results or statements, or of the past
    ("differ-materially", "Actual results reported by our competitors may differ materially from those projected."),
    ("differ-materially", "Third-party analysts' estimates may differ materially from those in their own reports."),
    ("differ-materially", "Our competitors' results could differ materially from their published forecasts."),
    # (compared with someone else's projections, not the company's own statements: the edit suites
    # label "from ... its competitors' forward-looking statements" a reversal; this case once stood
    # among the met ones, before plural possessives, whose apostrophe canonical text drops, were read)
    ("differ-materially", "Our results could differ materially from our competitors' projections."),
    ("differ-materially", "Our results have differed materially from our projections in prior years."),
    ("differ-materially", "Actual results differed materially from the forecasts we published last year."),
    # identification: statements of someone else, another document or time
    ("identification", "Our competitors' press releases contain forward-looking statements."),
    ("identification", "Reports published by industry analysts contain forward-looking statements about us."),
    ("identification", "Statements made in our prior-year releases were forward-looking statements."),
    ("identification", "Third-party research reports contain forward-looking statements."),
    ("identification", "Nothing in this release relating to our plans, beliefs and prospects is a forward-looking "
                       "statement."),
    # cue-words: the words identify something other than forward-looking statements
    ("cue-words", "Words such as 'expect' identify statements that are not forward-looking."),
    ("cue-words", "Terms like 'anticipate' and 'believe' identify statements that are not forward-looking "
                  "statements."),
    ("cue-words", "Words such as 'expect' and 'plan' identify historical facts rather than forward-looking "
                  "statements."),
    ("cue-words", "Words such as 'expect' are intended to identify forward-looking statements made by our "
                  "competitors."),
    # undue-reliance: double negations that invite reliance
    ("undue-reliance", "It would not be unreasonable to place full reliance on these statements."),
    ("undue-reliance", "It would not be unwise for investors to place reliance on these forward-looking statements."),
    ("undue-reliance", "Readers are never cautioned not to rely on these forward-looking statements."),
    ("undue-reliance", "It is not imprudent to rely on these forward-looking statements."),
    # no-update: implicit negators and a denied release from the obligation
    ("no-update", "The Company will not hesitate to update these forward-looking statements."),
    ("no-update", "The Company does not fail to revise its forward-looking statements."),
    ("no-update", "The Company is not relieved of its obligation to update these forward-looking statements."),
    ("no-update", "We never refrain from updating our forward-looking statements."),
    ("no-update", "We do not undertake to update forward-looking statements made by third-party analysts."),
    # as-of-date: a date that moves with the reader or goes on
    ("as-of-date", "These statements speak as of the date on which they are made and shall be deemed reaffirmed on "
                   "each subsequent day."),
    ("as-of-date", "These statements speak as of the date hereof and as of each later date on which they are "
                   "accessed."),
    ("as-of-date", "These statements speak as of the date of this release and every later date."),
    # sec-filings: a pointer reversed after an abbreviation with periods
    ("sec-filings", "Factors include competition and other risks, none of which are described in our filings with "
                    "the U.S. Securities and Exchange Commission."),
    ("sec-filings", "A detailed discussion of these risks is absent from our Securities and Exchange Commission "
                    "(\"SEC\") filings, including our Annual Report on Form 10-K and Form 10-Q."),
    # a denied noun reaches its relative clause
    ("differ-materially", "These statements involve risks that are not of a kind that could cause actual results to "
                          "differ materially from those projected."),
    ("differ-materially", "There are no factors that could cause actual results to differ materially from those "
                          "projected."),
    # the reader's date, or a date that runs on
    ("as-of-date", "These statements speak as of the date you access them."),
    ("as-of-date", "These statements speak as of the date of this release and thereafter."),
    ("no-update", "We assume no obligation to update forward-looking statements or information of our suppliers."),
    ("as-of-date", "These statements speak as of the date of this release and are intended to remain reliable going "
                   "forward."),
    # a negative subject reaches its predicate; judgements and adverbs that deny
    ("sec-filings", "No more information on these risks and other factors that could affect our results is included "
                    "in our filings with the SEC, including in the Risk Factors section of our Form 10-K."),
    ("differ-materially", "It is inconceivable that actual results could vary materially from our expectations."),
    ("differ-materially", "Actual results could hardly differ materially from those projected."),
    ("cue-words", "Words such as 'expect' identify statements that should not be regarded as forward-looking."),
    ("cue-words", "Words such as 'expect' generally identify the historical portions of this release, not its "
                  "forward-looking statements."),
    ("as-of-date", "These statements speak as of their respective dates and as of the date of any subsequent "
                   "reading."),
    ("identification", "This press release contains nothing that constitutes a forward-looking statement."),
    ("cue-words", "Words such as 'expect' generally identify forward-looking statements in the press releases of "
                  "other companies."),
    ("cue-words", "It would be wrong to assume that forward-looking statements are prefaced by words such as "
                  "'expect'."),
    ("identification", "We deny that this press release contains forward-looking statements."),
    ("undue-reliance", "Nothing prevents the reader from relying fully on these forward-looking statements."),
    ("as-of-date", "These statements reflect our expectations as of the date on which each reader reviews this "
                   "release."),
    ("as-of-date", "These statements speak as of the time investors receive them."),
    ("as-of-date", "Any statement of our competitors quoted in this release speaks only as of the date of this "
                   "release."),
    ("sec-filings", "No further description of these risks can be found in our Annual Report on Form 10-K, including "
                    "in the section captioned \"Item 1A. Risk Factors,\" and in our subsequent Quarterly Reports on "
                    "Form 10-Q and other filings with the Securities and Exchange Commission."),
]

MET = [
    ("differ-materially", "There is a risk that actual results could differ materially from those projected."),
    ("differ-materially", "There can be no assurance that actual results will not differ materially from those "
                          "projected."),
    ("differ-materially", "It is possible that actual results will differ materially from those projected."),
    ("differ-materially", "Competitors' actions could cause our actual results to differ materially from those "
                          "projected."),
    ("differ-materially", "Management has no doubt that actual results could differ materially from the outlook."),
    ("identification", "This press release contains forward-looking statements."),
    ("identification", "This release, which is not an offer of securities, contains forward-looking statements."),
    ("identification", "We make forward-looking statements in this release about our competitors' products."),
    ("cue-words", "Words such as 'expect' identify forward-looking statements."),
    ("cue-words", "Words such as 'expect' are intended to identify, but are not the exclusive means of "
                  "identifying, forward-looking statements."),
    ("cue-words", "Words such as 'expect' identify forward-looking statements, although not all forward-looking "
                  "statements contain them."),
    ("undue-reliance", "It would be unwise to place undue reliance on these forward-looking statements."),
    ("undue-reliance", "It would be imprudent to rely on these forward-looking statements."),
    ("undue-reliance", "Readers are cautioned not to place undue reliance on these forward-looking statements."),
    ("undue-reliance", "Readers should refrain from relying on these forward-looking statements."),
    ("no-update", "The Company declines any obligation to update these forward-looking statements."),
    ("no-update", "The Company intends to refrain from updating its forward-looking statements."),
    ("no-update", "The Company is relieved of any obligation to update these forward-looking statements."),
    ("no-update", "The Company will not update these forward-looking statements, except as required by law."),
    ("as-of-date", "These statements speak only as of the date they are made and not as of any later date."),
    ("as-of-date", "These statements speak only as of the date of this release."),
    ("sec-filings", "These and other risks are described in our filings with the U.S. Securities and Exchange "
                    "Commission."),
    ("sec-filings", "These and other risks are discussed in our Securities and Exchange Commission (\"SEC\") "
                    "filings, including our Form 10-K and Form 10-Q."),
    ("differ-materially", "We cannot promise that actual results will not vary materially from those projected."),
    ("as-of-date", "The Company assumes no obligation to update any forward-looking statements or information, which "
                   "speak only as of their respective dates."),
    ("cue-words", "Forward-looking statements employ words such as 'expect' and 'believe'."),
    ("identification", "This document sets out forward-looking statements about our plans."),
    ("as-of-date", "These statements speak only as of the date on which they are made, and not as of the date on "
                   "which they are read."),
    ("undue-reliance", "Readers would be ill-advised to place undue reliance on these forward-looking statements."),
    ("differ-materially", "Actual results could be significantly at odds with those projected."),
    ("differ-materially", "Should underlying assumptions prove incorrect, actual results may vary materially from those "
                          "projected."),
    ("differ-materially", "If our assumptions prove wrong, actual results could differ materially from our forecasts."),
    ("undue-reliance", "These factors should discourage investors from placing undue reliance on these forward-looking "
                       "statements."),
    ("cue-words", "Words such as 'expect' identify forward-looking statements in this release about the products "
                  "of other companies."),
    ("as-of-date", "These statements speak only as of the date of this release, and we undertake no obligation to "
                   "update them after the date you receive it."),
    ("differ-materially", "No forward-looking statement can be guaranteed, and actual results may vary materially "
                          "from those anticipated."),
    ("differ-materially", "No forward-looking statement is a guarantee of future performance and actual results "
                          "could differ materially from those anticipated."),
    ("no-update", "None of the Company, its officers or directors undertakes any obligation to update these "
                  "forward-looking statements."),
]


@pytest.mark.parametrize("rule,text", NOT_MET, ids=[f"{r}:{t[:60]}" for r, t in NOT_MET])
def test_reversed_or_moved_wording_is_not_met(pack, rule, text):
    status, details, notes = _status(pack, rule, text)
    assert status != "met", (status, details, notes)


@pytest.mark.parametrize("rule,text", MET, ids=[f"{r}:{t[:60]}" for r, t in MET])
def test_the_same_meaning_stays_met(pack, rule, text):
    status, details, notes = _status(pack, rule, text)
    assert status == "met", (status, details, notes)


def test_a_past_statement_says_why(pack):
    status, details, notes = _status(pack, "differ-materially",
                                     "Our results have differed materially from our projections in prior years.")
    assert status == "violated"
    assert details["polarity"] == "past" and "differed" in details["polarity_cue"]
    assert notes and notes[0].startswith("about the past:")


def test_an_implicit_negator_is_the_cue(pack):
    status, details, _ = _status(pack, "no-update", "The Company will not hesitate to update these forward-looking "
                                                    "statements.")
    assert status == "violated" and details["polarity"] == "reversed"
    assert "hesitate" in details["polarity_cue"]


def test_company_parts_must_name_parts_of_the_proposition():
    from fslcheck.meaning.proposition import Proposition
    with pytest.raises(ValueError, match="company_parts names owner"):
        Proposition({"parts": {"a": ["differ"]}, "company_parts": ["owner"]})


def test_numbered_factors_written_as_sentences_count(pack):
    text = (LEGEND + "Actual results could differ materially based on a number of factors, including: (i) global "
            "economic conditions. (ii) commodity price changes. (iii) currency fluctuations. (iv) union disputes.")
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.risk-factors")
    assert finding.status.value == "met" and finding.details["count"] == 4, finding.details
    # the list still ends where the numbering does
    text = (LEGEND + "Actual results could differ materially based on factors including: (i) global economic "
            "conditions. Our plans may change.")
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.risk-factors")
    assert finding.details["count"] == 1, finding.details


def test_a_caption_number_ends_no_sentence():
    from fslcheck.text_units import sentence_starts
    text = 'risks are described in "item 1a. risk factors" of our annual report. they include competition.'
    assert sentence_starts(text) == [0, text.index("they")]


EXCEPTIONS_FOR_THE_LAW = [
    ("met", "We undertake no obligation, other than as required by applicable law, to update or revise these statements."),
    ("met", "We undertake no obligation, other than as may be required by law, to update any forward-looking statements."),
    ("met", "We undertake no obligation, save as required by law, to update any forward-looking statements."),
    ("met", "We undertake no obligation other than as required by law to update these statements."),
    ("met", "Except to the extent required by applicable rules, we assume no duty to revise these statements."),
    ("violated", "We undertake to update these statements, except as required by law."),
    ("violated", "We are required by law to update these statements and will do so."),
    ("violated", "We will, as required by applicable law, update these statements."),
    ("violated", "We have no obligation other than our obligation to update these statements quarterly."),
]


@pytest.mark.parametrize("expected, text", EXCEPTIONS_FOR_THE_LAW)
def test_an_exception_for_the_law_is_a_carve_out_not_a_duty(pack, expected, text):
    """"Required" inside "except as required by law" belongs to the carve-out: it neither
    splits "no obligation ... to update" nor reads as a duty to update; outside such an
    exception, a duty or promise to update still reverses the element."""
    status, details, _ = _status(pack, "no-update", text)
    assert status == expected, details
