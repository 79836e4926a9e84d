"""What a discretionary decision turns on is no list of risk factors, and an intact word is no
OCR-damaged tie to results (docs-68: "the timing and amount of any repurchases ... is determined
by the Company at its discretion based on a variety of factors, including the market price of
our common stock, ..." was counted as four more factors because "determined" and "discretion"
were read as a damaged "differ"). Invented wordings; the damaged-text case keeps the tolerant
reading."""

from __future__ import annotations

import pytest

import fslcheck

OPENING = ("Forward-Looking Statements\n\nThis press release contains forward-looking statements within the meaning "
           "of the Private Securities Litigation Reform Act of 1995. Actual results may differ materially due to "
           "changes in steel prices; the loss of a major customer; and delays at our Ohio plant. ")
CLOSING = " We undertake no obligation to update these statements."


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack()


def _count(pack, text: str) -> int:
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.risk-factors")
    return finding.details.get("count", 0)


DECISIONS = [
    "The timing and size of any buybacks under the authorization is determined by the Company at its discretion "
    "based on a variety of factors, including the trading price of our shares, capital allocation priorities, "
    "general business and economic conditions, regulatory requirements and other factors.",
    "In addition, the amount of any future dividend is determined by our Board of Directors at its discretion based "
    "on a number of factors, including the price of our common stock, our liquidity needs, general market and "
    "industry conditions, contractual restrictions and other factors.",
    "The pace of open-market purchases is determined by management at its sole discretion based on various factors, "
    "including the market price of our ordinary shares, business considerations, general market and economic "
    "conditions, applicable legal requirements and other factors.",
    "Any repurchases are made at prices and times determined by the Company in its discretion based on a variety of "
    "factors, including the market price of our stock, liquidity needs, general economic and market conditions, "
    "legal requirements and other factors.",
]


@pytest.mark.parametrize("sentence", DECISIONS)
def test_what_a_decision_turns_on_adds_no_factor(pack, sentence):
    assert _count(pack, OPENING + sentence + CLOSING) == 3


# near misses: the same shape tied to results still lists factors
TIED = [
    ("In addition, factors that could cause actual results to differ include the outcome of our pending "
     "arbitration, currency swings and a cyber attack.", 6),
    ("In addition, factors that could cause actual resuIts to diffcr include the outcome of our pending "
     "arbitration, currency swings and a cyber attack.", 6),
]


@pytest.mark.parametrize("sentence,expected", TIED)
def test_factors_tied_to_results_still_count(pack, sentence, expected):
    assert _count(pack, OPENING + sentence + CLOSING) == expected
