"""Words split by a hyphen at a line end are read whole; compounds broken at their hyphen stay two
words; the document text and the map back to it are kept."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import fslcheck
from fslcheck.line_hyphens import join_line_hyphens
from fslcheck.normalise import canonicalise


def _joined(text: str) -> str:
    return join_line_hyphens(canonicalise(text), text).text


@pytest.mark.parametrize("text, expected", [
    ("could differ materi-\nally from", "could differ materially from"),
    ("risks and uncer-\n    tainties include", "risks and uncertainties include"),  # indented next line
    ("these state- \r\nments speak", "these statements speak"),  # a space before the break, CRLF
    ("the forward-looking statements. For-\nward plans", "the forward looking statements. forward plans"),
    ("self-regu-\nlatory bodies", "self regulatory bodies"),  # the last part of a compound
    ("the Company under-\ntakes no obligation", "the company undertakes no obligation"),  # both halves words
    ("Exchange Com-\nmission", "exchange commission"),
])
def test_a_word_split_at_a_line_end_is_read_whole(text, expected):
    assert _joined(text) == expected


@pytest.mark.parametrize("text", [
    "these forward-\nlooking statements",  # a compound: no English word "forwardlooking"
    "a cloud-\nbased platform",
    "long-\nterm debt and long-term leases",
    "non-\nGAAP measures",  # a capital after the hyphen
    "Form 10-\nK filed",  # digits before the hyphen
    "materi-\n\nally",  # a paragraph break is no line end
    "the long-term plan was long-\nterm",  # written with its hyphen inside a line elsewhere
])
def test_a_compound_broken_at_its_hyphen_stays_two_words(text):
    assert _joined(text) == canonicalise(text).text


def test_the_joined_word_maps_back_to_both_halves():
    text = "Results could differ materi-\nally from plans."
    canonical = join_line_hyphens(canonicalise(text), text)
    at = canonical.text.index("materially")
    assert text[slice(*canonical.to_source(at, at + len("materially")))] == "materi-\nally"
    assert text[slice(*canonical.to_source(at + len("materi"), at + len("materially")))] == "ally"
    following = canonical.text.index("from")
    assert text[slice(*canonical.to_source(following, following + 4))] == "from"


def test_a_legend_hyphenated_at_its_line_ends_keeps_its_elements(tmp_path):
    legend = ("Forward-Looking Statements\n\nThis release contains forward-looking statements within the "
              "meaning of the Private Securities Litigation Reform Act of 1995. Actual results could differ "
              "materi-\nally from those projected. Readers are cautioned not to place undue reli-\nance on these "
              "statements, which speak only as of the date hereof. The Company under-\ntakes no obligation to "
              "update any forward-looking statement.\n")
    path = tmp_path / "release.txt"
    path.write_text("Acme Corp. reported revenue of $10 million for the quarter.\n\n" + legend)
    findings = {f.rule: f.status.value for f in fslcheck.check([str(path)], "us-pslra").documents[0].findings}
    assert findings["pslra.differ-materially"] == "met"
    assert findings["pslra.undue-reliance"] == "met"
    assert findings["pslra.no-update"] == "met"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab-\n \tAZ.", max_size=60))
def test_any_text_keeps_a_map_that_covers_it(text):
    canonical = join_line_hyphens(canonicalise(text), text)
    for start in range(len(canonical.text) + 1):
        s, e = canonical.to_source(start, len(canonical.text))
        assert 0 <= s <= e <= len(text)
