"""Who owns what a legend speaks of, read from words that only look like a party's: a thing named
like an agent ("the merger", "kinase inhibitors", "microinjectors"), a name the company calls its
own ("our GLP-1 agonists"), the country in capitals ("the US Private Securities Litigation Reform
Act"), a party named as the topic of the statements ("statements regarding our suppliers"), and a
regulator after "with", which is the object of the preposition and no clause's subject. Also whom
filings went to (a court, a foreign authority, the Commission by its defined name), the filed
discussion of the statements as a pointer, and a filing in the passive future ("will be filed ...
next month"). Every sentence was written for this test."""

from __future__ import annotations

import pytest

import fslcheck
from fslcheck.meaning.lexicon import is_agent_noun

OPENING = "Safe Harbor\n\n"
STATED = "This release contains forward-looking statements. "

CASES = [
    # things named like agents are nobody's: the element stays the company's
    ("differ-materially", "met", STATED + "Actual results of the merger could differ materially from those projected."),
    ("differ-materially", "met", STATED + "Actual results of our trials of kinase inhibitors could differ materially from those expected."),
    ("differ-materially", "met", STATED + "Actual results of our biomarker programs may differ materially from expectations."),
    ("differ-materially", "met", STATED + "Actual performance of our GLP-1 receptor agonists may differ materially from current expectations."),
    # ... while a real party still owns its own results
    ("differ-materially", "not-met", STATED + "Actual results of our distributors may differ materially from their forecasts."),
    ("differ-materially", "not-met", STATED + "Actual results of our competitors may differ materially from their projections."),
    # a party named as the topic: statements about it, made by the company
    ("identification", "met", "The statements in this release regarding the closing of the merger are forward-looking."),
    ("identification", "met", "Statements in this release about our competitors and suppliers are forward-looking statements."),
    ("identification", "met", "The merger-related statements in this release are forward-looking statements."),
    ("identification", "met", "Statements concerning our collaboration with Pfizer are forward-looking statements."),
    # ... but one named as the maker after the topic, or with no topic at all, is the maker
    ("identification", "not-met", "Statements regarding the merger made by our joint venture partners are forward-looking statements."),
    ("identification", "not-met", "Statements made by our suppliers are forward-looking statements."),
    # the country in capitals
    ("statute", "met", STATED + "The safe harbour provisions of the US Private Securities Litigation Reform Act of 1995 apply to these statements."),
    ("statute", "met", "These statements are made under the safe harbor provisions of the US Private Securities Litigation Reform Act of 1995."),
    ("statute", "not-met", "These statements are made under the safe harbor provisions of the Securities and Futures Act of Singapore."),
    # a regulator after "with" is where the filings went, and the SEC beside it keeps the pointer
    ("sec-filings", "met", STATED + "Risks are described in our filings with the Israel Securities Authority and the SEC."),
    ("sec-filings", "not-met", STATED + "Risks are described in our filings with the Israel Securities Authority."),
    # ... a court or a foreign authority is another recipient, however long its name (accents too);
    # a bare "the Commission" is the SEC by its defined name
    ("sec-filings", "not-met", STATED + "These risks concern the appeal we filed with the Court of Appeals for the Federal Circuit."),
    ("sec-filings", "not-met", STATED + "Details on risks are in our registration document filed with the Autorité des marchés financiers."),
    ("sec-filings", "not-met", STATED + "These risks are described in the reports we file with the Ministry of Finance."),
    ("sec-filings", "met", STATED + "These risks are described in the reports we file with the Commission."),
    ("sec-filings", "not-met", STATED + "Risks are set out in submissions we made to the U.S. Food and Drug Administration."),
    # the filed discussion of the forward-looking statements is their cautionary language
    ("sec-filings", "met", STATED + "Please refer to our SEC filings on Forms 8-K, 10-K and 10-Q for a complete discussion of forward-looking statements."),
    ("sec-filings", "met", STATED + "Please refer to the forward-looking statement disclosures contained in our reports filed with the SEC."),
    ("sec-filings", "not-met", STATED + "Forward-looking statements in our SEC filings speak only as of their dates."),
    # a filing still to come, in the passive
    ("sec-filings", "not-met", STATED + "Our Form 10-K will be filed with the SEC next month and will describe these risks."),
    ("sec-filings", "met", STATED + "These risks are described in our Form 10-K, which was filed with the SEC last month."),
]


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack()


@pytest.mark.parametrize("rule,expected,text", CASES, ids=[f"{r}-{e}-{t[-50:]}" for r, e, t in CASES])
def test_reading(pack, rule, expected, text):
    finding = next(f for f in pack.check_text(OPENING + text).findings if f.rule == f"pslra.{rule}")
    status = finding.status.value
    if expected == "not-met":
        assert status != "met", (status, finding.details, finding.notes)
    else:
        assert status == expected, (status, finding.details, finding.notes)


@pytest.mark.parametrize("word,agent", [
    ("distributors", True), ("coinvestors", True), ("policyholders", True), ("underwriter's", True), ("economists", True),
    ("merger", False), ("inhibitors", False), ("microinjector", False), ("backorders", False),
    ("wastewater", False), ("multicenter", False), ("horsepower", False), ("turnover", False),
    ("thereafter", False), ("checklist", False),
])
def test_agent_nouns(word, agent):
    assert is_agent_noun(word) is agent
