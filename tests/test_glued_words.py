"""Words run together by text extraction, parted again, with the map back to the document kept."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fslcheck import glued_words
from fslcheck.glued_words import near_english_word, unglue
from fslcheck.normalise import canonicalise


# A page that lost the spaces at its line ends, as text copied from some PDF viewers does: the
# damage shows in many tokens that are a function word run into another word.
_DAMAGED = ("Halvorsen Minerals ispleased toannounce that its drilling programme atthe Nordvik "
            "claims hasbeen completed. Thecompany thanks itspartners forthe workand support. ")


def _unglued(text: str) -> str:
    return unglue(canonicalise(text), text).text


@pytest.mark.parametrize("text, expected", [
    ("Thesestatements speak only as of today.", "these statements speak only as of today."),
    ("We do not undertaketo revise them.", "we do not undertake to revise them."),
    ("Results could differsignificantly from plans.", "results could differ significantly from plans."),
    ("It has no duty to reviseor withdraw any forecast.", "it has no duty to revise or withdraw any forecast."),
    ("Such words canbeidentified easily.", "such words can be identified easily."),
    ("They speak as of the datehereof.", "they speak as of the date hereof."),  # not "here of"
    ("Halvorsenforward plans are bold.", "halvorsen forward plans are bold."),  # a name used apart
])
def test_run_together_words_are_parted_in_a_damaged_page(text, expected):
    assert _unglued(_DAMAGED + text).endswith(expected)


@pytest.mark.parametrize("text", [
    "An overstatement of carrying value.",  # English words stay whole
    "Results may differ immaterially.",  # never "im materially": a short part is a function word
    "Results may differ unmaterially.",
    "Visit www.halvorsenminerals.com or write to ir@halvorsenminerals.com today.",  # addresses
    "Shares of NextTrip rose.",  # a name written with a capital inside
    "Qwzxtrp and Bvlorrna are codes.",  # not made of known words
    "Nordvikgold, Nordvikgold and Nordvikgold.",  # a term the page repeats is no accident
])
def test_words_and_names_stay_whole_in_a_damaged_page(text):
    assert _unglued(_DAMAGED + text).endswith(" " + canonicalise(text).text)


def test_a_clean_page_is_left_alone():
    """A few unknown tokens that read as words run together are names and terms in a page that
    shows no damage elsewhere: "roadmap", "Legrand" ("leg rand"), "linkedin"."""
    text = ("Follow us on linkedin. Legrand updated its roadmap for touchless switches. "
            "The company does not undertaketo update forward-looking statements. " * 3)
    assert _unglued(text) == canonicalise(text).text


def test_inserted_spaces_map_back_to_the_document():
    text = _DAMAGED + "Such statements are not guarantees. We disclaimany obligationto update."
    canonical = unglue(canonicalise(text), text)
    assert canonical.text.endswith("we disclaim any obligation to update.")
    start = canonical.text.index("any obligation to")
    end = start + len("any obligation to")
    s, e = canonical.to_source(start, end)
    assert text[s:e] == "any obligationto"
    assert canonical.from_source(text.index("obligationto")) == canonical.text.index("obligation to")
    space = canonical.text.index(" to update")
    assert canonical.to_source(space, space + 1) == (text.index("to update"), text.index("to update"))


_glued = st.lists(st.sampled_from(["undertaketo", "differsignificantly", "the", "fﬁrst", " ", "-", "\n\n",
                                   "É", "obligationto", ".", "www.x.com"]), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(_glued)
def test_every_span_maps_inside_the_document_in_order(text):
    text = _DAMAGED + text
    canonical = unglue(canonicalise(text), text)
    n = len(canonical.text)
    previous = 0
    for start in range(n + 1):
        s, e = canonical.to_source(start, min(n, start + 1))
        assert 0 <= s <= e <= len(text)
        assert s >= previous
        previous = s
    assert canonical.to_source(0, n) == (0, len(text)) or n == 0


def test_the_legend_compound_with_its_line_end_hyphen_lost_is_parted_in_a_clean_page():
    # a wrapped "forward-/looking" joined without its hyphen, in a page with no other damage
    text = "Some remarks by our officers are “forwardlooking” statements. Forwardlooking views vary."
    assert _unglued(text) == "some remarks by our officers are forward looking statements. forward looking views vary."
    assert _unglued("The forwarder looked ahead; a forwardlookingness index.") == (
        "the forwarder looked ahead; a forwardlookingness index.")


@pytest.mark.parametrize("word, near", [
    ("words", True), ("compny", True), ("statemeent", True), ("worcls", True), ("rnaterial", True),
    ("brightwater", False), ("stonepeak", False), ("medtronic", False),
])
def test_near_english_word(word, near):
    """A word one edit from an English word, or one after OCR's two-glyph letters are read back,
    may be a misprint of it; a coined name is neither."""
    assert near_english_word(word) is near


@pytest.mark.parametrize("text", [
    "forwardlooking", "xforwardlooking", "7forwardlooking", "a forwardlooking b", "forwardlookings",
    "(forwardlooking)", "forwardlooking forwardlooking", "forward looking", "-forwardlooking", "forwardlookin",
])
def test_the_lost_hyphen_is_found_where_the_look_behind_first_pattern_found_it(text):
    # the word comes before the look-behind in `_LOST_HYPHEN` so that the engine scans for it;
    # the places it finds are those of the pattern written the other way round
    written_first = re.compile(r"(?<![a-z0-9])forward(?=looking(?![a-z0-9]))")
    assert [m.span() for m in glued_words._LOST_HYPHEN.finditer(text)] == [m.span() for m in written_first.finditer(text)]
