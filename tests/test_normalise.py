"""Canonical text and its map back to the document text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fslcheck.normalise import canonical_phrase, canonicalise


@pytest.mark.parametrize("text", [
    "forward-looking", "forward- looking", "forward -looking", "forward-\nlooking", "forward-\n   looking",
    "Forward\u2011Looking", "FORWARD LOOKING", "forward\u2013looking", "forward  \t looking", "forward\u00a0looking",
])
def test_hyphenation_and_spacing_variants_agree(text):
    assert canonicalise(text).text == "forward looking"


@pytest.mark.parametrize("text, expected", [
    ("\u201cexpects,\u201d \u2018believes\u2019", "expects, believes"),
    ("the Company\u2019s results", "the company's results"),
    ("\ufb01rst quarter", "first quarter"),
    ("Act\u00a0of\u00a01995", "act of 1995"),
    ("one\n\n\ntwo", "one\n\ntwo"),
    ("one\ntwo", "one two"),
    ("zero\u200bwidth", "zerowidth"),
    # a soft hyphen is where a word may break, not a dash: the word stays whole
    ("uncer\u00adtainties", "uncertainties"),
    ("forward\u00ad-looking", "forward looking"),
    # an abbreviation's possessive keeps its apostrophe, like "company's"; a quotation after a full
    # stop does not
    ("Beta Corp.\u2019s results", "beta corp.'s results"),
    ("Acme, Inc.'s Form 10-Q", "acme, inc.'s form 10 q"),
    ("it ends.' So", "it ends. so"),
])
def test_canonical_forms(text, expected):
    assert canonicalise(text).text == expected


def test_span_maps_back_to_original_characters():
    text = "Such  forward-\n looking “statements” are here"
    canonical = canonicalise(text)
    start = canonical.text.index("looking statements")
    s, e = canonical.to_source(start, start + len("looking statements"))
    assert text[s:e] == "looking “statements"


def test_phrases_use_the_same_form():
    assert canonical_phrase("  Forward-Looking “Statements” ") == "forward looking statements"


_texts = st.text(alphabet=st.sampled_from(list("ab -\n\t\u00a0\u2013\u201c\u201d'\"\ufb01İ.,Z\u200b")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_offsets_always_map_inside_the_original(text):
    canonical = canonicalise(text)
    n = len(canonical.text)
    for start in range(n + 1):
        for end in (start, min(n, start + 1), n):
            s, e = canonical.to_source(start, end)
            assert 0 <= s <= e <= len(text)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_full_span_maps_to_full_text_and_is_monotonic(text):
    canonical = canonicalise(text)
    n = len(canonical.text)
    s, e = canonical.to_source(0, n)
    assert 0 <= s <= e <= len(text)
    starts = [canonical.to_source(i, i + 1)[0] for i in range(n)]
    assert starts == sorted(starts)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_canonicalise_never_fails_and_is_idempotent(text):
    once = canonicalise(text).text
    assert canonicalise(once).text.strip() == once.strip()


@pytest.mark.parametrize("text", ["0\n\n0", "a\n\n\n b", "a \n \n b\nc", "x\r\n\r\ny"])
def test_paragraph_breaks_are_canonical_already(text):
    """A paragraph break's canonical form is canonical itself (hypothesis found '0\\n\\n0' turn
    into '0\\n0' and then '0 0' when the break was a single newline)."""
    once = canonicalise(text).text
    assert canonicalise(once).text == once
