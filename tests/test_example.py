"""The bundled example release end to end, and what each sentence of its legend carries."""

from __future__ import annotations

import pytest

import fslcheck

from .conftest import COMPANY_PACK, EXAMPLE

EXPECTED = {
    "pslra.identification": "met", "pslra.statute": "met", "pslra.cue-words": "met",
    "pslra.differ-materially": "met", "pslra.risk-factors": "met", "pslra.sec-filings": "met",
    "pslra.as-of-date": "met", "pslra.no-update": "met", "pslra.undue-reliance": "missing",
}

# The legend's sentences and the elements each one alone carries (hand-annotated, as the
# corpus labels are: the "Readers are cautioned" sentence has the factors too).
LEGEND_SENTENCES = [
    ("Statements   in  this  press  release  that  are  not  purely   historical", {"pslra.statute", "pslra.identification"}),
    ("Words such\nas  \"projects,\"", {"pslra.cue-words"}),
    ("All forward-looking statements included in this release are made as\nof the date hereof", {"pslra.as-of-date"}),
    ("The  Company  assumes no  obligation  to update", {"pslra.no-update"}),
    ("Readers are cautioned that all  forward-looking  statements  involve", {"pslra.differ-materially", "pslra.risk-factors"}),
    ("Risk factors,  cautionary statements and\nother conditions", {"pslra.sec-filings"}),
]


def statuses(result) -> dict[str, str]:
    return {f.rule: f.status.value for f in result.documents[0].findings}


def test_example_release():
    result = fslcheck.check([EXAMPLE])
    document = result.documents[0]
    assert document.verdict == "pass" and result.exit_code == 0
    got = statuses(result)
    assert {rule: got[rule] for rule in EXPECTED} == EXPECTED
    factors = next(f for f in document.findings if f.rule == "pslra.risk-factors")
    assert factors.details["count"] == 6


def test_example_with_company_pack():
    document = fslcheck.check([EXAMPLE], [str(COMPANY_PACK)]).documents[0]
    factors = next(f for f in document.findings if f.rule == "sos-staffing.risk-factors")
    assert factors.status.value == "met" and factors.details["count"] == 6
    assert [f["status"] for f in factors.details["factors"]] == ["met"] * 6
    approved = next(f for f in document.findings if f.rule == "sos-staffing.approved-legend")
    assert approved.status.value == "met"


def _sentence_span(text: str, start_words: str) -> tuple[int, int]:
    start = text.index(start_words)
    end = text.index(".", text.index("\n", start) if start_words.startswith("Readers") else start)
    if start_words.startswith("Readers"):
        end = text.index("fund operations.") + len("fund operations.")
    return start, end + 1


@pytest.mark.parametrize("start_words, carried", LEGEND_SENTENCES, ids=[s[0][:20] for s in LEGEND_SENTENCES])
def test_removing_a_legend_sentence_loses_exactly_what_it_carried(tmp_path, start_words, carried):
    text = EXAMPLE.read_text(encoding="utf-8")
    before = statuses(fslcheck.check([EXAMPLE]))
    start, end = _sentence_span(text, start_words)
    edited = tmp_path / "edited.txt"
    edited.write_text(text[:start] + text[end:], encoding="utf-8")
    after = statuses(fslcheck.check([edited]))
    changed = {rule for rule in before if after[rule] != before[rule]}
    assert changed == carried, (after, text[start:end])
    for rule in carried:
        assert after[rule] in ("missing", "weak"), (rule, after[rule])
