"""Footnote marks run onto words are read past; decimals, section numbers and numbers that open a
sentence stay; the map back to the document is kept."""

from __future__ import annotations

import pytest

import fslcheck
from fslcheck.footnote_marks import drop_footnote_marks
from fslcheck.normalise import canonicalise


def _read(text: str) -> str:
    return drop_footnote_marks(canonicalise(text), text).text


@pytest.mark.parametrize("text, expected", [
    ("forward-looking statements² within the meaning", "forward looking statements within the meaning"),
    ("risks⁴ and uncertainties.5 These factors include", "risks and uncertainties. these factors include"),
    ("forward-looking statements.² Such statements", "forward looking statements. such statements"),
    ("Reform Act of 1995.¹ Actual results", "reform act of 1995. actual results"),
    ("the Company’s filings”³ with the SEC", "the company's filings with the sec"),
    ("forward-looking statements3, including", "forward looking statements, including"),
    ("subject to risks2 and uncertainties3 that could", "subject to risks and uncertainties that could"),
    ("Uncertainties12. These", "uncertainties. these"),
])
def test_a_footnote_mark_is_read_past(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "revenue of $1.5 Million in the quarter",  # a decimal
    "under Item 7.01 Regulation FD",  # a section's number
    "results improved. 5 New stores opened",  # a number opening the next sentence
    "as described in Item1A and Note3 of our 10-K",  # a number that labels the word before it
    "as of March31, 2024",  # a date whose space was lost
    "the covid19 pandemic and the mp3 format",  # a name with its digits; a short word
    "risks123 and",  # three digits are no footnote mark
    "form10-K and x-ray2 results",  # a word followed by a hyphen; a hyphenated word's part
    "Form 10-Q.2 The",  # after a capital, no lower-case word ends there
])
def test_numbers_that_are_no_marks_stay(text):
    assert _read(text) == canonicalise(text).text


def test_the_words_around_a_mark_map_back_to_themselves():
    text = "These risks and uncertainties.5 These factors include"
    canonical = drop_footnote_marks(canonicalise(text), text)
    at = canonical.text.index("these factors")
    assert text[slice(*canonical.to_source(at, at + len("these")))] == "These"
    stop = canonical.text.index(".")
    assert text[slice(*canonical.to_source(stop - len("uncertainties"), stop + 1))] == "uncertainties."


def test_a_marked_full_stop_still_ends_the_sentence_before_a_factor_list(tmp_path):
    legend = ("Forward-Looking Statements\n\nThis release contains forward-looking statements within the meaning "
              "of the Private Securities Litigation Reform Act of 1995. These statements involve risks and "
              "uncertainties.5 These factors include changes in demand for our products; the loss of a major "
              "customer; increases in the cost of steel; and the outcome of pending litigation.\n")
    path = tmp_path / "release.txt"
    path.write_text("Acme Corp. reported revenue of $10 million for the quarter.\n\n" + legend, encoding="utf-8")
    finding = next(f for f in fslcheck.check([str(path)], "us-pslra").documents[0].findings
                   if f.rule == "pslra.risk-factors")
    assert finding.status.value == "met" and finding.details["count"] == 4
