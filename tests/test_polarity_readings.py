"""Readings of polarity and ownership added with meaning-edit batch 11: contrasts, counterfactuals,
relative clauses that deny a provision, incapacity, litotes, the section sign and U.S. Code
citations, another owner's filings, another's comparator, factor lists declared immaterial or
resolved, and headings that withdraw what they name. Every sentence was written for this test
(none is copied from a filing or from the edit suite)."""

from __future__ import annotations

import pytest

import fslcheck
from fslcheck.meaning.clauses import Tokens
from fslcheck.meaning.lexicon import is_agent_noun, is_incapacity, is_local_negation, overlooked

from .reading_support import OPENING, assert_reading, finding_of

CASES = [
    # statute: citation forms that keep it, constructions that set it aside
    ("statute", "met", "These statements are made within the meaning of Exchange Act § 21E and Securities Act § 27A."),
    ("statute", "met", "These statements are forward-looking statements as defined in 15 U.S.C. § 78u-5."),
    ("statute", "met", "We make them under the federal securities laws, not least the Private Securities Litigation Reform Act of 1995."),
    ("statute", "met", "We do not mean these statements to fall outside the safe harbor of the Private Securities Litigation Reform Act of 1995."),
    ("statute", "violated", "These statements fall outside the safe harbor of the Private Securities Litigation Reform Act of 1995."),
    ("statute", "violated", "We use the term as our style guide does, rather than within the meaning of the Private Securities Litigation Reform Act of 1995."),
    ("statute", "violated", "They are described in the Private Securities Litigation Reform Act of 1995, the safe harbor of which does not apply to this release."),
    ("statute", "violated", "They are described in the Private Securities Litigation Reform Act of 1995, whose safe harbor the company waives for this release."),
    # batch q: a counterfactual whose condition inverts "had" without "if"
    ("statute", "violated", "Our outlook would have come within the safe harbor of the Private Securities Litigation Reform Act of 1995 had we been a reporting company at the time."),
    # differ-materially
    ("differ-materially", "met", "Risks could cause our results not to match what we project, possibly to a material degree."),
    ("differ-materially", "met", "Our results could fall materially short of the results we project."),
    ("differ-materially", "violated", "These risks are insufficient to cause our actual results to differ materially from what we project."),
    ("differ-materially", "not-met", "Actual results could differ materially from those forecast by independent securities analysts."),
    # sec-filings
    ("sec-filings", "not-met", "These risks are discussed in the annual reports that our competitors have filed with the SEC."),
    ("sec-filings", "not-met", "These risks are described under Risk Factors in the Form 10-K of our largest customer."),
    ("sec-filings", "met", "These risks are described under Risk Factors in our Form 10-K for the last fiscal year."),
    # no-update: a denied modal hedged by an adverb still promises nothing
    ("no-update", "met", "Updates to these statements will not necessarily be made, even if our views change."),
    ("no-update", "met", "Revisions of these statements will not always be published."),
    ("no-update", "violated", "Updates to these statements will be made whenever our views change."),
    # a hedge on exclusivity in the clause before the pointer denies no part of it
    ("sec-filings", "met", "The risks summarized above are not exhaustive; please consult our Form 10-K for a fuller list."),
    ("sec-filings", "met", "The risks listed here are not exclusive, and others are described in our Form 10-K."),
    ("sec-filings", "violated", "The risks listed above are not described in our Form 10-K."),
    ("sec-filings", "not-met", "These risks would have been described in our Form 10-K, had we been required to describe them."),
    ("sec-filings", "not-met", "For these risks, see our investor slides rather than the reports we file with the SEC."),
    ("sec-filings", "not-met", "These risks are described in an annual report on Form 10-K that we expect to file next spring."),
    ("sec-filings", "not-met", "The risks at hand are other than those described in our Form 10-K filed with the SEC."),
    # batch q: a contrast that puts a preposition before the filing it sets aside; the SEC named
    # after another regulator only to be set aside
    ("sec-filings", "not-met", "For these risks, see our lender presentation rather than to the reports we file with the SEC."),
    ("sec-filings", "not-met", "These risks are set out in the returns our bank files with state banking regulators, instead of in any report to the SEC."),
    ("sec-filings", "met", "These risks are set out in the returns our bank files with state banking regulators and the U.S. SEC."),
    # a contrast not set off before it still reaches a filing named after a comma
    ("sec-filings", "not-met", "Weigh the risks set out in this release rather than those in our Form 10-K, filed with the SEC last March."),
    # batch du (session 42): a pointer taken back by a phrasal verb of vouching or weighing under a
    # negation, a comma-set "unlike" aside before a filing, and the company's own policy joined to
    # the law's carve-out of the update disclaimer
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
    # batch dw (session 43): a further document added by a future passive after the pointer
    # ("..., and will be discussed in", "..., as they will be updated in") takes for itself what
    # is said of that document's filing; the documents named first stay the pointer
    ("sec-filings", "met", "These risks are discussed in the reports that we have filed with the SEC, and will be discussed in the reports we have not yet filed."),
    ("sec-filings", "met", "These risks are discussed in our Form 10-K and subsequent filings with the SEC, as they will be updated in the Form 10-K for 2025 that we expect to file next month."),
    ("sec-filings", "met", "These risks are set forth in our filings available at www.sec.gov, as they will be supplemented by the annual report we plan to file in March."),
    ("sec-filings", "met", "Our risks are described in our Form 10-K filed with the SEC, as they may be amended by the Form 10-Q that we expect to file in May."),
    ("sec-filings", "met", "Our risks are described in our Form 10-K filed with the SEC and will be expanded upon in an amendment that we have not yet filed."),
    # near misses: the clause still to come is the only document's own
    ("sec-filings", "not-met", "Our risks are described in our Form 10-K for 2025, which we expect to file with the SEC next month."),
    ("sec-filings", "not-met", "Our risks will be described in our Form 10-K for 2025, and it will be submitted to the SEC once it is filed."),
    ("sec-filings", "not-met", "Our risks are described in a Form 10-K that we have not yet filed, and will be updated in later reports."),
    ("sec-filings", "not-met", "Our risks are described in our Form 10-K, which will be filed with the SEC after this release and will be summarized in our proxy."),
    # a place still to come: "to be" + a participle of placing after a noun ("the factors to be
    # discussed in"), filings the company "will make with the SEC" after an occasion, a filing
    # "when"/"upon" an occasion, and a company that has not begun filing
    ("sec-filings", "not-met", "Results could differ materially due to the risks to be described in our annual report on Form 10-K."),
    ("sec-filings", "not-met", "Results could differ materially due to risks that are to be discussed in our Form 10-K."),
    ("sec-filings", "not-met", "Results could differ materially due to the matters to be mentioned in Item 1A of our Form 10-K for the year ending June 30, 2026."),
    ("sec-filings", "not-met", "Results could differ materially due to the risks to be described in other filings that Acme will make with the Securities and Exchange Commission after that report."),
    ("sec-filings", "not-met", "Other factors will be detailed in the tender offer statement that Acme will file with the SEC when the offer commences."),
    ("sec-filings", "not-met", "Other factors will be detailed in the registration statement that Acme will file with the SEC upon completion of its audit."),
    ("sec-filings", "not-met", "Results could differ materially due to other risk factors that will be described in the Company's Form 8-K and other reports once the Company begins filing with the Securities and Exchange Commission."),
    ("sec-filings", "not-met", "Results could differ materially due to risk factors that will be set out in reports we make after we start filing with the SEC."),
    ("sec-filings", "not-met", "Results could differ materially due to risks that will be discussed in the reports that the Company has yet to begin filing with the SEC."),
    ("sec-filings", "not-met", "Other risk factors will be described in our next proxy statement, Form 10-Q, and Form 8-K."),
    # near misses: obligation or continuation, filings made from time to time, a beginning past
    ("sec-filings", "met", "Results could differ materially due to the risks required to be described in our annual report on Form 10-K."),
    ("sec-filings", "met", "Results could differ materially due to the risks that continue to be discussed in our Form 10-K."),
    ("sec-filings", "met", "Results could differ materially due to risks described in the filings that Acme may make with the SEC from time to time."),
    ("sec-filings", "met", "Results could differ materially due to the risks described in other filings that Acme makes with the SEC."),
    ("sec-filings", "met", "Other factors are detailed in the reports Acme files with the SEC when required, including its Form 10-K."),
    ("sec-filings", "met", "Other factors are detailed in our Form 10-K, which we filed with the SEC when our fiscal year closed."),
    ("sec-filings", "met", "Results could differ materially due to the risks described in the reports the Company has filed since it began filing with the SEC in 2015."),
    ("sec-filings", "met", "Results could differ materially due to the risks described in our annual report on Form 10-K, filed when we began filing with the SEC."),
    ("sec-filings", "met", "Other risk factors are described in the Company's proxy statement, Form 8-K, and other reports filed with the SEC."),
    ("sec-filings", "met", "These factors, which will be discussed on our next call, are described in our Form 10-K, Form 10-Q and Form 8-K filed with the SEC."),
    # the filings set aside by "as distinct from", "as opposed to", "in contrast to"; a contrast
    # whose aside closes before a clause goes on is not the filing's
    ("sec-filings", "not-met", "Such risks are addressed in our board's internal risk memoranda, as distinct from our Management's Discussion and Analysis and other sections of our filings with the SEC, including our Form 10-K."),
    ("sec-filings", "not-met", "For these risks, consult our lender presentation, as opposed to the reports we file with the SEC."),
    ("sec-filings", "not-met", "These risks are set out in our investor slides, in contrast to our annual report on Form 10-K."),
    ("sec-filings", "met", "These risks are set out in our annual report on Form 10-K filed with the SEC, as opposed to our investor slides."),
    ("sec-filings", "met", "These risks are described in our Form 10-K filed with the SEC, as distinct from the summary in this release."),
    ("sec-filings", "met", "These risks, as distinct from the routine matters above, are described in our Form 10-K."),
    ("sec-filings", "met", "Rather than our peers, we describe these risks in detail in our annual report on Form 10-K."),
    ("sec-filings", "met", "These risks, rather than the routine matters above, are described in our Form 10-K."),
    # the comparator given to another gathering with a mark of another one ("of its 2019 investor
    # day", "made at our annual meeting"); a deictic keeps it this one
    ("differ-materially", "not-met", "Acme's actual results may differ materially from those described or implied in the forward-looking statements of its 2019 investor day, though not from those in this release."),
    ("differ-materially", "not-met", "Actual results may differ materially from those expressed in the forward-looking statements made at our annual meeting."),
    ("differ-materially", "not-met", "Actual results may differ materially from the projections given at our last investor conference."),
    ("differ-materially", "met", "Actual results may differ materially from those expressed in the forward-looking statements made at this investor day."),
    ("differ-materially", "met", "Actual results may differ materially from those expressed in this release, which we will discuss at our annual meeting."),
    ("differ-materially", "met", "Actual results may differ materially from those projected, and we will update investors at our annual meeting."),
    ("undue-reliance", "met", "Readers should not place undue reliance on forward-looking statements made in this release or at this investor day."),
    # an exception read on past the points of an abbreviation ("the U.S. federal securities laws")
    ("no-update", "violated", "Except as required under the U.S. federal securities laws and the rules of the SEC, or as our investors may reasonably expect, we disclaim any obligation to update these statements."),
    ("no-update", "violated", "Except as required by U.S. law, or where shareholders would expect it, we disclaim any obligation to update any forward-looking statements."),
    ("no-update", "met", "Except as required under the U.S. federal securities laws and the rules of the SEC, we disclaim any obligation to update these statements."),
    ("no-update", "met", "Except as required by U.S. law, we disclaim any obligation to update these statements, even if investors expect us to."),
    ("no-update", "met", "We undertake no obligation to update these statements except as required by the U.S. securities laws. Investors should not expect updates."),
]

# batch dw (session 43): the identification confined to another document by a place phrase after
# it ("only in our annual report", "..., not in this release"); read after a heading alone
IDENTIFICATION_PLACES = [
    ("The statements relating to matters that are not historical facts are forward-looking statements only in our accompanying investor presentation, not in this release.", False),
    ("Statements about the future are forward-looking statements only in our annual report, not in this release.", False),
    ("Statements about our plans are forward-looking statements solely in our offering memorandum.", False),
    ("The statements in this release relating to matters that are not historical facts are forward-looking statements.", True),
    ("This release contains forward-looking statements, as does our annual report.", True),
    ("This release contains forward-looking statements, which are also discussed in our annual report.", True),
    ("This release contains forward-looking statements only in the section headed Outlook.", True),
    ("This release contains forward-looking statements in the sense used in our annual report, and not otherwise.", True),
]


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack()


@pytest.mark.parametrize("rule,expected,text", CASES, ids=[f"{r}-{e}-{t[:40]}" for r, e, t in CASES])
def test_reading(pack, rule, expected, text):
    assert_reading(pack, rule, expected, text)


FACTORS = ("the availability of financing, competition in our markets, and changes in the price of "
           "raw materials.")


@pytest.mark.parametrize("lead_in,met", [
    ("Risks that could cause results to differ materially include ", True),
    ("Risks that we consider immaterial to our results include ", False),
    ("Risks that have been fully resolved include ", False),
    ("Investors should not overlook the following risks, which could cause results to differ: ", True),
    ("Forward-looking statements involve risks and uncertainties, not least ", True),
    # the lead-in's verb turned round, risks ruled out or mitigated in full (batch 16/17 edits)
    ("Such risks and uncertainties exclude, among other things, ", False),
    ("Risks and uncertainties that management has ruled out include: ", False),
    ("These risks, which the Company believes it has now fully mitigated, include ", False),
    ("Risks that we seek to mitigate include ", True),
    # a lead-in that hangs on assumptions, or is bounded by a past time (batch l's fixes)
    ("In preparing this outlook, management made certain assumptions, including ", False),
    ("Results could differ because of risks, uncertainties and assumptions, including ", True),
    ("These statements involve risks and assumptions, including ", True),
    ("Factors that could cause results to differ included, until 2021, ", False),
    # a negative quantifier as the listing verb's object, matters said to be over, or ones readers
    # may leave out of account (batch o); the litotes "should not ignore" keeps the list
    ("Risks that could cause results to differ materially include none of the following: ", False),
    ("The principal hazards include the following, each of which we have since overcome: ", False),
    ("Risks and uncertainties that investors can safely disregard include ", False),
    ("Risks that investors should not ignore include ", True),
    # the risks of someone else's business: faced by a parent, or bearing on a customer's results
    ("Principal risks confronting Northgate Capital, our controlling parent, include ", False),
    ("Factors that might affect our wholesale distributors' earnings include: ", False),
    ("Matters that could influence the performance of our biggest client include: ", False),
    ("Risks facing the Company include ", True),
    ("Risks facing the Company and its customers include ", True),
    # batch r: another owner as the subject of the verb of facing, in a relative clause
    ("Results could differ materially because of the risks that our largest supplier faces, such as: ", False),
    ("Results could differ materially because of the risks that the Company faces, such as: ", True),
    ("Factors that could affect our earnings and our distributors' earnings include: ", True),
    # batch q: a list announced as "the following" before its colon (after an aside set off by a
    # comma) or at the sentence's opening; membership denied, matters set aside, insured in full,
    # statements free of the risks; a listing verb in the past with the risks said to be over
    ("Results could vary materially, but none of the risks that could do so is among the following: ", False),
    ("The causes of a material gap between results and forecasts are not among the following, "
     "which the board has examined and put aside: ", False),
    ("Our projections are free of risk, since we carry complete cover against each of the following: ", False),
    ("Our projections face risks, the Company having fully insured against each of the following: ", False),
    ("Our projections face risks and could differ materially because of the following, to name only some: ", True),
    ("Results might differ materially. The following are some, but not all, of those risks: ", True),
    ("Matters that in earlier years made our results differ materially, though since resolved, included ", False),
    ("Our projections face risks that could make results differ materially, but these are unrelated to the following: ", False),
    # batch t: a listing verb in the past after "once" lists what the risks were
    ("Uncertainties that could make our results differ materially once included ", False),
    ("Uncertainties that could make our results differ materially include ", True),
    # batch u: matters allowed for in full and unable to alter results; risks said to be over in
    # the clause a pronoun after a semicolon takes up
    ("Already wholly accounted for in our outlook, and so unable to alter results, are the following risks: ", False),
    ("Risks already fully reflected in our outlook include: ", False),
    ("Risks reflected in our outlook include: ", True),
    ("The risks named earlier have since been eliminated; they include ", False),
    ("The risks named earlier remain open; they include ", True),
    # (edits-x) the statements the risks bear on are another party's
    ("Our joint venture partners' projections are subject to risks, including: ", False),
    ("The forward-looking statements of our reinsurers are subject to several risks, among them: ", False),
    ("These projections and those of our partners are subject to risks, including: ", True),
    # (edits-32) a modal perfect on the listing verb lists what the risks would have been
    ("Matters that could make our results differ materially would have included, had the merger closed, ", False),
    ("Matters that could make our results differ materially would include ", True),
    # (edits-33) risks the company has "put behind it"; a negative object of the listing verb
    # before a semicolon that opens the list in a colon's place
    ("Risks that the Company has now put behind it include ", False),
    ("Risks that could cause results to differ materially include none of the following, listed for "
     "completeness only; ", False),
    ("Risks that could cause results to differ materially include, among others; ", True),
    # (lead) a parent described in apposition after its name, however many words the two take
    ("Risks facing Redfern Holdings MHC, our mutual holding company parent, include ", False),
    ("Risks facing the Company, its mutual holding company parent and its subsidiaries include ", True),
    # (lead) "neither ... nor" denying what the statements are leaves the list that follows theirs
    ("Our projections are neither warranties nor promises, and face risks that could make results differ "
     "materially, such as ", True),
    ("Neither our projections nor our plans face risks that could make results differ materially, such as ", False),
])
def test_factor_list_lead_ins(pack, lead_in, met):
    finding = next(f for f in pack.check_text(OPENING + lead_in + FACTORS).findings if f.rule == "pslra.risk-factors")
    assert (finding.status.value == "met") is met, (finding.status, finding.details)


@pytest.mark.parametrize("after,met", [
    # a list taken back by a negative quantifier over all of it with a verb of causing or capacity
    # (batch l edits), in the list's sentence or the next; "none of which" on one item is that item's
    (", although management doubts that any of these will occur.", True),
    (", though not one of the above is able to affect our margins.", False),
    (". In our judgment none of the listed matters could cause such a gap.", False),
    (". None of these lists is exhaustive.", True),
    # a universal over the whole list said to be over (batch o)
    (". We have since found that each of the matters listed above has been fully overcome.", False),
    (". Each of the matters listed above could still affect our margins.", True),
    # (edits-x) "bearing" as the capacity the negative quantifier denies
    (". None of the matters above, in management's view, has any bearing on our margins.", False),
    # (lead) the list's materiality denied, and the verb of resolving before the universal
    (", though in truth none of the above is significant.", False),
    (", and management has now completely overcome each of them.", False),
    (", and management has reduced each of them.", True),
    (", and management has now completely overcome each of them, though any of them could arise again.", True),
])
def test_factor_lists_taken_back(pack, after, met):
    text = (OPENING + "Results may differ materially because of several factors, including weaker demand, "
            "higher freight costs, a strike at our plant, and tighter credit lines, none of which "
            "we have drawn" + after)
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.risk-factors")
    assert (finding.status.value == "met") is met, (finding.status, finding.details)


@pytest.mark.parametrize("heading,met", [
    ("Forward-Looking Statements", True),
    ("Forward-Looking Statements: Not Applicable", False),
    ("Safe Harbor Statement [Omitted]", False),
    # someone else's statements, another time's, another kind of safe harbor (batch 16/17 edits)
    ("Forward-Looking Statements of Our Dealers", False),
    ("Note Regarding Superseded Forward-Looking Statements", False),
    ("Rescinded Forward-Looking Statements", False),
    ("Safe Harbor Policy for Whistleblowers", False),
    ("Safe Harbor for Forward-Looking Statements", True),
    ("Cautionary Note Regarding Forward-Looking Statements and Third-Party Information", True),
    # a heading that says there are none; statements made on another occasion, or on this one
    ("Lack of Forward-Looking Statements", False),
    ("Forward-Looking Statements Given at Last Year's Analyst Day", False),
    ("Forward-Looking Statements Made in This Release", True),
    # the owner's noun phrase read to its head, holders of the stock among others (batch l edits)
    ("Forward-Looking Statements of Our Regional Distributors", False),
    ("Safe Harbor Statement of the Selling Shareholders", False),
    ("Forward-Looking Statements of Our Reinsurance Carriers", False),
    ("Safe Harbor Statement for Shareholders", True),
    ("Forward-Looking Statements of the Company and Its Subsidiaries", True),
    # a principal's statements; another document's or time's, by a bare preposition (batch m edits)
    ("Safe Harbor Statement of Our External Manager", False),
    ("Forward-Looking Statements of Our Parent, Acme Holdings", False),
    ("Forward-Looking Statements in the Earlier Announcement", False),
    # batch q: another time by "before"; a caption confined to something other than this document
    ("Forward-Looking Statements Given Prior to the Spin-Off", False),
    ("Cautionary Statement (Applicable Only to Our Annual Meeting Slides)", False),
    ("Cautionary Statement (Applies to All Statements in This Release)", True),
    ("Forward-Looking Statements in Our Offering Prospectus", False),
    ("Forward-Looking Statements in This Presentation", True),
    ("Forward-Looking Statements in Press Releases and Reports", True),
    # safe harbors of other matters; a past topic; statements made before; another year's report
    ("Safe Harbor Provisions for the Staff 401(k) Plan", False),
    ("Safe Harbor Data Transfer Principles", False),
    ("Safe Harbor Statement for Purposes of the Reform Act", True),
    ("Cautionary Note on Audited Segment Information", False),
    ("Cautionary Note on Information About the Future", True),
    ("Forward-Looking Statements Originally Published", False),
    ("Forward-Looking Statements in Last Quarter's Letter", False),
    ("Forward-Looking Statements in the Last Section", True),
    # batch r: a safe harbor of another regime, named by what it is for or under
    ("Safe Harbor for Employee Savings Plan Participants", False),
    ("Safe Harbor Under Rule 10b5-1 Trading Plans", False),
    ("Safe Harbor Under the Private Securities Litigation Reform Act", True),
    # lead probes: the whole heading decides for its first words; a harbor for the past or for
    # boats; a document of another party's; a compound's "non-" denies nothing; a title's
    # capitalised function word names no one
    ("Safe Harbor for Audited Results", False),
    ("Safe Harbor Rules for Visiting Yachts", False),
    ("Forward-Looking Statements in the Proxy Statement of Our Sponsor", False),
    ("Cautionary Note on Forward-Looking Statements and Non-IFRS Measures", True),
    # a caption kept for one other matter only, or naming a document of another kind
    ("Forward-Looking Statements (Environmental Permits Only)", False),
    ("Safe Harbor Statement Concerning Our Credit Facility Only", False),
    ("Safe Harbor Statement (This Release Only)", True),
    ("Forward-Looking Statements Only", True),
    ("Forward-Looking Statements Guidelines for Staff", False),
    ("Forward-Looking Statements Committed to Accuracy", True),
    # "safe harbor" as part of another name (a plan's contribution, a tax election, a place), or
    # a safe harbor "of" another regime; the legend's own caption words go on after it
    ("Safe Harbor Nonelective Contributions", False),
    ("Safe Harbour Quay Redevelopment", False),
    ("Safe Harbor Rules of Our Share Buyback Programme", False),
    ("Safe Harbor Disclosure", True),
    ("Safe Harbor Clause of the Reform Act", True),
    ("Safe Harbor Warehouse Lease and Forward-Looking Statements", True),
    # (edits-w) a harbor of another regime named by its topic; statements produced by others
    ("Safe Harbor Notice Concerning Retirement Plan Contributions", False),
    ("Safe Harbor Statement Regarding Our Plans and Outlook", True),
    ("Safe Harbor Statement Regarding Forward-Looking Information", True),
    # (edits-x) the privacy regime's safe harbor named by its topic, not when the topic names the statements
    ("Safe Harbor Notice on Personal Data Transfers", False),
    ("Safe Harbor Statement on Forward-Looking Statements and Market Data", True),
    ("Forward-Looking Statements Produced by Third-Party Pricing Models", False),
    ("Forward-Looking Statements Prepared in This Release", True),
    # the agent the statements come from: a class of others, an outside one, anyone "our" names but
    # the company's own people; the company's own agent keeps the caption
    ("Forward-Looking Statements Supplied by Our Bankers", False),
    ("Forward-Looking Statements Attributed to Outside Geologists", False),
    ("Forward-Looking Statements Sourced From Dealer Surveys", False),
    ("Forward-Looking Statements of Our Unit Owners", False),
    ("Forward-Looking Statements Made by Our Executives", True),
    ("Forward-Looking Statements Prepared by the Company", True),
    ("Forward-Looking Statements Derived From Our Budget", True),
    # (edits-33) the statements taken back by a participle after the words
    ("Safe Harbor Statement for Projections Published Last Spring, Since Rescinded", False),
    ("Cautionary Statement Regarding Forward-Looking Statements Issued Today", True),
    # (lead) superseded after the words; the statements of a proxy; a topic that is others' statements
    ("Safe Harbor Statement (Superseded)", False),
    ("Forward-Looking Statements in the Definitive Proxy", False),
    ("Cautionary Note Concerning Our Lenders' Forecasts", False),
    ("Cautionary Note Concerning Our Own Forecasts", True),
    # (families-13) companies the issuer invests in, named by a compound before the words; a
    # regime named before "safe harbor"; the harbor of a REIT's property sales or of an offering's
    # testing-the-waters communications; "forward-looking" on another noun than the statements
    ("Portfolio Company Forward-Looking Statements", False),
    ("Investee Companies' Forward-Looking Statements", False),
    ("Company Forward-Looking Statements", True),
    ("Tax Safe Harbor Disclaimer", False),
    ("Safe Harbor for REIT Prohibited Transactions", False),
    ("Safe Harbor Statement for Testing-the-Waters Materials", False),
    ("Cautionary Statements Regarding Forward-Looking Occupancy Indicators", False),
    ("Cautionary Statements Regarding Forward-Looking Statements", True),
    ("Forward-Looking Disclaimer", True),
    ("Forward-Looking and Cautionary Statements", True),
    # (the statements' noun garbled by OCR is still theirs)
    ("Cautionary Statements Regarding Forward-Looking Staternents", True),
    # (families-14) holders who sell or control named before the words; parties named by a contact
    # clause whose subject is a name ("the Portfolios Brightwater Manages")
    ("Selling Stockholders' Forward-Looking Statements", False),
    ("Principal Shareholder's Safe Harbor Statement", False),
    ("Shareholder Letter and Forward-Looking Statements", True),
    ("Forward-Looking Statements of the Portfolios Brightwater Manages", False),
    ("Forward-Looking Statements of Brightwater Holdings and Its Subsidiaries", True),
    # (families-19) a noun for the notice after the words, then its owner; the notice alone stays
    ("Forward-Looking Statement Disclaimer of Our Sales Agent", False),
    ("Forward-Looking Statements Legend of the Selling Stockholders", False),
    ("Forward-Looking Statement Disclaimer", True),
    # (families-20) the statements a safe harbor caption names after it, and their maker
    ("Safe Harbor Language for Statements Supplied by Our Franchisees", False),
    ("Safe Harbor Notice for Statements of the Selling Stockholders", False),
    ("Safe Harbor Language for Statements Made by Management", True),
    ("Safe Harbor Language for Statements in This Release", True),
    ("Forward-Looking Statements of the Buying Groups in Which We Participate", False),
    # (families-22) the head noun read again after a possessive; "for" and a possessive party; a
    # former tie; neither a possessive of the company's own people nor of readers addressed
    ("Safe Harbor Statement of Acme's Wholesale Power Counterparties", False),
    ("Safe Harbor Statement for Acme's Fronting Carriers", False),
    ("Cautionary Note on the Forward-Looking Statements of Acme's Former Chief Executive", False),
    ("Safe Harbor Statement for Acme's Investors", True),
    ("Forward-Looking Statements of Acme's Senior Management Team", True),
])
def test_headings_that_withdraw_what_they_name(pack, heading, met):
    _assert_heading(pack, heading, met)


@pytest.mark.parametrize("heading,met", [
    # a caption longer than max_words, standing alone in title case without a full stop
    ("Cautionary Statement for the Purposes of the \"Safe Harbor\" Provisions of the Private Securities "
     "Litigation Reform Act of 1995", True),
    # ... but not a sentence that ends with one
    ("The following cautionary statement is made for the purposes of the safe harbor provisions of the "
     "Private Securities Litigation Reform Act of 1995.", False),
])
def test_long_captions_on_a_line_of_their_own(pack, heading, met):
    _assert_heading(pack, heading, met)


@pytest.mark.parametrize("heading,met", [
    ("Cautionary Statement Regarding Our Dealers' Forward-Looking Statements", False),
    ("Cautionary Statement Regarding Our Forward-Looking Statements", True),
])
def test_heading_run_into_its_legend_is_read_whole(pack, heading, met):
    # one paragraph: a piece of the heading that ends on "Regarding" names nothing by itself
    _assert_heading_of(pack, f"{heading}\nThis release contains forward-looking statements. Actual results "
                             "could differ materially from those we project.", met)


@pytest.mark.parametrize("heading,met", [
    # the possessive of a name other than the one the legend disclaims for (batch m)
    ("Zenith's Forward-Looking Statements", False),
    ("Orbital's Forward-Looking Statements", True),
    ("Company's Forward-Looking Statements", True),
    # an owner named after "of", read against the same subject (its first or last word)
    ("Forward-Looking Statements of Vantor Launch Partners LP", False),
    ("Forward-Looking Statements of Orbital Systems, Inc.", True),
    ("Safe Harbor Statement of Orbital", True),
    # (families-13) a full name with its suffix, though its head word is a generic one
    ("Forward-Looking Statements of Halvard Capital Management, Inc.", False),
    ("Forward-Looking Statements of Halvard Group Ltd.", False),
    ("Forward-Looking Statements of Orbital Group, Inc.", True),
])
def test_headings_owned_by_another_name(pack, heading, met):
    text = (f"{heading}\n\nThis release contains forward-looking statements. Actual results could differ "
            "materially from those we project. Orbital does not undertake to update these statements.")
    _assert_heading_of(pack, text, met)


@pytest.mark.parametrize("about,met", [
    # a legend that speaks as "we": the name in the release's "About ..." heading settles the
    # possessive (batch o); "About the Company" names no one
    ("About Orbital Systems, Inc.", True),
    ("About Zenith Holdings", False),
    ("About the Company", True),
])
def test_heading_possessive_read_against_the_about_heading(pack, about, met):
    text = (f"Orbital reports a new launch contract.\n\n{about}\n\nThe company builds satellites.\n\n"
            "Orbital's Forward-Looking Statements\n\nThis release contains forward-looking statements. Actual "
            "results could differ materially from those we project. We do not undertake to update them.")
    _assert_heading_of(pack, text, met)


@pytest.mark.parametrize("heading,met", [
    # an owner named by a name after "of": its head word (corporate suffixes left off) against
    # the "About ..." heading's words (batch o)
    ("Forward-Looking Statements of Orbital Systems Inc.", True),
    ("Safe Harbor Statement of Orbital", True),
    ("Forward-Looking Statements of Vantor Launch Partners LP", False),
    ("Forward-Looking Statements of the Company and Its Subsidiaries", True),
    # a heading that opens with a party's name: the company's own, or one the document writes as
    # another's name (capitalised after a lower-case word, never in lower case)
    ("Vantor Safe Harbor Statement", False),
    ("Quillon Forward-Looking Statements", False),
    ("Orbital Safe Harbor Statement", True),
    ("Orbital Systems Forward-Looking Statements", True),
    ("Important Safe Harbor Statement", True),
    # (families-19) the company's possessive before the agent names the agent's party, not the
    # company: "by Orbital's Resellers"; its own people stay its own
    ("Forward-Looking Statements Made by Orbital's Resellers", False),
    ("Forward-Looking Statements Made by Orbital's Management", True),
])
def test_heading_owner_name_read_against_the_companys_names(pack, heading, met):
    text = ("Orbital reports launch contracts with Vantor Launch Partners and Quillon. It is important news."
            "\n\nAbout Orbital Systems, Inc.\n\nThe company builds satellites.\n\n"
            f"{heading}\n\nThis release contains forward-looking statements. Actual results could differ "
            "materially from those we project. We do not undertake to update them.")
    _assert_heading_of(pack, text, met)


@pytest.mark.parametrize("heading,met", [
    # over a whole legend, the legend finder may start inside the heading or read its first words
    # alone: the whole heading still decides ("…: Omitted"), and a title's capitalised "About" or
    # "Of" is no party's name
    ("Safe Harbor Statement: Omitted", False),
    ("Forward-Looking Information: None Included", False),
    ("Safe Harbor Statement", True),
    ("A Short Word of Warning About Forward-Looking Statements", True),
])
def test_heading_over_a_full_legend_is_read_whole(pack, heading, met):
    text = ("Orbital Systems Wins Launch Contract\n\nDENVER, May 4, 2026 -- Orbital Systems, Inc. today announced a "
            "contract. The company expects to launch in 2027.\n\n" + heading + "\n"
            "This release contains forward-looking statements within the meaning of the Private Securities "
            "Litigation Reform Act of 1995. Words such as \"plans\" and \"expects\" identify them. Actual results "
            "could differ materially from those we project. Important factors include launch delays, component "
            "shortages, competition and interest rates. These risks are described in our Form 10-K filed with the "
            "SEC. Readers should not place undue reliance on these statements, which speak only as of the date of "
            "this release. Orbital undertakes no obligation to revise them.\n")
    _assert_heading_of(pack, text, met)


@pytest.mark.parametrize("heading,met", [
    # a name with its suffix as the maker: the suffix is the name's, not the company's own word
    ("Forward-Looking Statements Made by Loews Corporation", False),
    ("Forward-Looking Statements Made by the Corporation", True),
    ("Forward-Looking Statements Made by Acme Corporation", True),
])
def test_a_heading_that_names_its_maker(pack, heading, met):
    _assert_heading_of(pack, f"Acme Corporation (NYSE: ACM) reported results.\n\n{heading}\n\nThis release contains "
                             "forward-looking statements. Actual results could differ materially from those we project.", met)


def _assert_heading(pack, heading, met):
    text = (f"{heading}\n\nThis release contains forward-looking statements. Actual results could differ "
            "materially from those we project.")
    _assert_heading_of(pack, text, met)


def _assert_heading_of(pack, text, met):
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.heading")
    assert (finding.status.value == "met") is met, finding.status


def test_lexicon_helpers():
    words = "risks insufficient to cause results to differ".split()
    assert is_incapacity(words, 1) and not is_incapacity(words, 0)
    assert is_incapacity("risks insufficient in size to cause".split(), 1)
    assert not is_incapacity("risks insufficient in size to report".split(), 1)
    assert is_local_negation("the act not least".split(), 2)
    assert overlooked("should not overlook these".split(), 1)
    assert not overlooked("should not rely on".split(), 1)


def test_the_section_sign_reads_as_a_word():
    assert Tokens.of("exchange act § 21e and §§ 27a").words == [
        "exchange", "act", "section", "21e", "and", "sections", "27a"]


def test_an_abbreviations_possessive_is_one_word():
    # (canonical text keeps the apostrophe of "corp.'s"; a single letter's stays apart: "u.s.'s")
    assert Tokens.of("beta corp.'s results in the u.s.'s market").words == [
        "beta", "corp's", "results", "in", "the", "u", "s", "s", "market"]


def test_heading_possessive_decides_nothing_when_the_legend_speaks_as_we(pack):
    text = ("Zenith's Forward-Looking Statements\n\nThis release contains forward-looking statements. Actual "
            "results could differ materially from those we project. We do not undertake to update them.")
    _assert_heading_of(pack, text, True)


@pytest.mark.parametrize("said,met", [
    # a full date the statements speak as of, set against the date the release states for
    # itself: well before it is another time; the same day or a day before is the date they are made
    ("March 2, 2026", True),
    ("March 1, 2026", True),
    ("June 30, 2024", False),
    ("the date of this announcement", True),
])
def test_as_of_date_named_in_full_against_the_release_date(pack, said, met):
    text = (f"Korvo Ships Its Tenth Vessel\n\nOSLO, March 2, 2026 -- Korvo expects two more deliveries this year.\n\n"
            f"Forward-Looking Statements\n\nThis announcement contains forward-looking statements, which speak only "
            f"as of {said}.\n")
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.as-of-date")
    assert (finding.status.value == "met") is met, (finding.status, finding.notes)


_INNER_LEAD_IN_ITEMS = ("higher interest rates; weaker demand for our products; costs and uncertainties associated "
                        "with our expansion, including delays in permits, shortages of skilled labor, disruptions "
                        "in supply, rising energy prices and stricter emission rules; and the loss of a major customer.")
_SEMICOLON_FACTORS = ("the availability of financing; competition in our markets; changes in the price of raw "
                      "materials; and the loss of key staff.")


@pytest.mark.parametrize("intro,items,met", [
    # batch s: a colon sentence that announces matters (or "the following") no lead-in phrase names
    # and denies them; an item of its list that holds a lead-in of its own ("uncertainties
    # associated with ..., including ...") is still an item, in the exact and in the tolerant search
    ("Results could differ materially from what we project. The following matters, each of them already built "
     "into our forecasts and so incapable of causing a difference, are listed for reference only: ",
     _INNER_LEAD_IN_ITEMS, False),
    ("Results could differ materially from what we project. Our forecasts would stay accurate whatever "
     "the course of each of the following: ", _INNER_LEAD_IN_ITEMS, False),
    ("Results could differ materially from what we project because of the following matters: ",
     _INNER_LEAD_IN_ITEMS, True),
    # batch s: a lead-in whose subject names strengths or advantages lists no risks, and the tolerant
    # search does not take it up again for want of risk words; a list of what could erode an
    # advantage is still a list of risks
    ("Our strengths, which should allow our actual results to exceed those expressed in these forward-looking "
     "statements, include, among others, the following: ", _SEMICOLON_FACTORS, False),
    ("Advantages that could cause actual results to differ favourably from these forward-looking statements "
     "include the following: ", _SEMICOLON_FACTORS, False),
    ("Factors that could erode our competitive advantages and cause results to differ materially include ",
     _SEMICOLON_FACTORS, True),
])
def test_lead_in_read_for_what_it_lists(pack, intro, items, met):
    finding = next(f for f in pack.check_text(OPENING + intro + items).findings if f.rule == "pslra.risk-factors")
    assert (finding.status.value == "met") is met, (finding.status, finding.details)


@pytest.mark.parametrize("word,agent", [
    ("distributors", True), ("coinvestors", True), ("policyholders", True), ("underwriter's", True),
    ("economists", True), ("merger", False), ("inhibitors", False), ("microinjector", False),
    ("backorders", False), ("wastewater", False), ("multicenter", False), ("horsepower", False),
    ("turnover", False), ("thereafter", False), ("checklist", False),
])
def test_agent_nouns(word, agent):
    """A party named by what it does, not a thing named like one, nor a compound of a thing's word."""
    assert is_agent_noun(word) is agent


@pytest.mark.parametrize("heading,met", [
    # batch 58: a caption that dates the document it names names another document ("of Our
    # January 27 Release", "in Our 2023 Sustainability Report"); "this" keeps it the document's
    # own, and a date before a noun that is no document names this one's statements
    ("Correction to the Cautionary Notes and Forward-Looking Statements of Our January 27 Release", False),
    ("Forward-Looking Statements in Our 2023 Sustainability Report", False),
    ("Cautionary Note Regarding Forward-Looking Statements in Our May 2024 Investor Presentation", False),
    ("Forward-Looking Statements in This 2025 Annual Report", True),
    ("Forward-Looking Statements in Our 2025 Guidance", True),
    # a table's caption, or teaching material's, titles that, not the legend
    ("Forward-Looking Statements by Business Line (Table 3)", False),
    ("Employee Training Module: How to Recognise Forward Looking Statements", False),
    ("Forward-Looking Statements (See Table of Contents)", True),
])
def test_headings_of_dated_documents_tables_and_teaching(pack, heading, met):
    _assert_heading(pack, heading, met)


@pytest.mark.parametrize("sentence,met", IDENTIFICATION_PLACES, ids=[t[:40] for t, _ in IDENTIFICATION_PLACES])
def test_identification_confined_to_another_document(pack, sentence, met):
    finding = finding_of(pack, "Forward-Looking Statements\n\n" + sentence, "identification")
    assert (finding.status.value == "met") is met, (finding.status, finding.details)
