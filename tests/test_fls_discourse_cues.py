"""The cues for a call's own discourse, refusals to guide, results set against guidance, table
structure and the narrowed logistics veto (`fslcheck.fls.cues`, `fslcheck.fls.classify`)."""

from __future__ import annotations

from datetime import date

import pytest

from fslcheck.fls.classify import Verdict, classify, follow_list
from fslcheck.fls.cues import fired
from fslcheck.fls.features import Context, features

RELEASED = date(2024, 2, 1)


@pytest.mark.parametrize("sentence", [
    "I will cover the segment results and then our outlook for the year.",
    "Maria will then review our financial performance in more detail.",
    "After that, we'll go through the questions submitted online.",
    "Our treasurer, who will moderate the Q&A session, is with us today.",
    "With that, we will end our prepared remarks.",
    "Let me now turn to the balance sheet.",
])
def test_the_calls_own_agenda_is_a_cue(sentence):
    assert "not:call-agenda" in fired(sentence, RELEASED)


@pytest.mark.parametrize("sentence", [
    "We will address the capacity shortfall by opening a second plant.",
    "Margins will moderate as the new line ramps.",
    "We'll see further improvement as the year goes on.",
])
def test_a_plan_or_projection_is_not_agenda(sentence):
    assert "not:call-agenda" not in fired(sentence, RELEASED)


@pytest.mark.parametrize("sentence", [
    "We are not going to break it out by region.",
    "It is too early to say how the season will end.",
    "We don't provide quarterly guidance.",
])
def test_declining_to_forecast_is_a_cue(sentence):
    assert "not:refusal" in fired(sentence, RELEASED)


@pytest.mark.parametrize("sentence", [
    "Net sales of $412 million were above the high end of our guidance range.",
    "Claims continued to run slightly worse than our expectations.",
    "Adjusted EPS came in ahead of the midpoint of the outlook we gave in October.",
])
def test_results_against_earlier_guidance_are_a_cue(sentence):
    assert "not:versus-guidance" in fired(sentence, RELEASED)


@pytest.mark.parametrize("line", ["2023 Outlook Range Actual", "Q2 FY'24 FY'24", "$ in millions, except per share 2024 2025"])
def test_column_headers_are_a_cue_and_no_list_item(line):
    cues = fired(line, RELEASED)
    assert "not:column-header" in cues
    lead = Verdict(True, ["expect-verb"], "weighed forward-looking", 0.9)
    verdict, _ = follow_list(Verdict(False, cues, "", 0.1), line, lead, "For 2024 the company expects: -")
    assert not verdict.forward_looking


def test_a_sentence_is_not_a_column_header():
    assert "not:column-header" not in fired("Revenue grew 8% in 2023 to $4.1 billion.", RELEASED)


@pytest.mark.parametrize("lead_in", ["The company expects:", "This outlook assumes:", "Management projects:"])
def test_a_short_lead_in_ending_in_a_colon_is_not_a_heading(lead_in):
    cues = fired(lead_in, RELEASED)
    assert "not:table-or-heading" not in cues and "not:heading" not in cues


def test_outlook_shapes():
    assert "figure-range" in fired("Adjusted EPS* of $1.10 -- $1.20", RELEASED)
    assert "figure-item" in fired("Free cash flow* of at least $2 billion", RELEASED)
    assert "guide-verb" in fired("We are guiding to low single-digit growth for the year.", RELEASED)
    assert "assumption" in fired("It assumes a 24% tax rate and no further buybacks.", RELEASED)
    names = features("Segment operating income to decrease slightly, reflecting higher costs.",
                     fired("Segment operating income to decrease slightly, reflecting higher costs.", RELEASED))
    assert "f:infinitive-item" in names
    assert "f:infinitive-item" not in features("We worked hard to improve margins.", fired("We worked hard to improve margins."))


def test_table_rows_and_about_paragraphs():
    row = "Diluted EPS $1.40-$1.55 $1.31"
    assert "f:figure-run" in features(row, fired(row, RELEASED))
    about = "About Northwind Northwind Traders is committed to serving its customers for years to come."
    assert "f:about-paragraph" in features(about, fired(about, RELEASED))
    context = Context()
    context.advance("About Northwind", [])
    assert "ctx:about-section" in context.flags()


@pytest.mark.parametrize("sentence", [
    "We'll see margins recover in the second half and continued improvement into 2025.",
    "As you'll note on the slide, we expect capital spending to rise next year.",
    "Fee income will remain broadly stable in the coming quarter.",
    "As we showed at our investor day, we plan to double the store count by 2027.",
])
def test_the_logistics_and_administrative_vetoes_no_longer_decide_a_projection(sentence):
    verdict = classify(sentence, RELEASED)
    assert verdict.reason not in ("logistics", "administrative terms")
    assert "not:logistics" not in verdict.cues and "not:administrative" not in verdict.cues


@pytest.mark.parametrize("sentence", [
    "The webcast will be available on the investor relations website.",
    "I'll now turn the call over to our chief financial officer.",
    "The directors will receive an annual retainer and meeting fees.",
])
def test_event_mechanics_and_personal_pay_are_still_vetoed(sentence):
    verdict = classify(sentence, RELEASED)
    assert not verdict.forward_looking and verdict.reason in ("logistics", "administrative terms")


@pytest.mark.parametrize("sentence, gone", [
    ("Now I will tell you this, I have yet to see a change in enrolment.", "will"),
    ("I would say demand in the region is steady.", "modal"),
    ("And I might just add that regionals are about 10% of our capacity.", "modal"),
    ("Yeah, I'll take that one.", "will"),
])
def test_a_modal_on_a_verb_of_saying_is_no_future(sentence, gone):
    assert gone not in fired(sentence, RELEASED)


def test_a_hedge_keeps_the_statement_it_hedges():
    assert "expect-verb" in fired("I would say we expect margins to widen next year.", RELEASED)


@pytest.mark.parametrize("sentence", [
    "I'm going to start, and then ask our CFO to jump in.",
    "We will now go to questions.",
    "We will go first to Jane Roe with Example Securities.",
    "Before turning it back, I'll make a quick comment about our outlook for 2025.",
    "Our CFO will comment further on trends by market in a few minutes.",
])
def test_more_of_the_calls_own_agenda(sentence):
    assert "not:call-agenda" in fired(sentence, RELEASED)


@pytest.mark.parametrize("sentence", [
    "And now I will turn the call back to Maria.",
    "Our investor conference will take place on March 3 at our headquarters.",
])
def test_handing_back_and_event_dates_are_logistics(sentence):
    verdict = classify(sentence, RELEASED)
    assert not verdict.forward_looking and verdict.reason == "logistics"


def test_a_registration_trial_is_no_event_registration():
    assert "not:logistics" not in fired("Initiation of the registration-enabling trial is targeted for the first half of "
                                        "2025.", RELEASED)


@pytest.mark.parametrize("sentence", [
    "Targeting median overall survival readout in 2025",
    "Phase 2 readout targeted by year-end 2025.",
    "Initiation of the Phase 3 trial is targeted for the first half of 2025.",
])
def test_a_targeted_milestone_is_a_plan(sentence):
    assert "plan" in fired(sentence, RELEASED)


def test_targeting_a_market_in_mid_sentence_is_no_plan():
    assert "plan" not in fired("The platform, targeting small businesses, was launched in 2019.", RELEASED)


@pytest.mark.parametrize("sentence", [
    "While we are not providing guidance at this time, the business is resilient.",
    "We are not in a position today to provide you with company guidance.",
    "Note: the metrics within the company's outlook are non-GAAP measures and the company believes that it "
    "cannot, without unreasonable efforts, forecast the items needed to reconcile them.",
    "We estimate that we outpaced our end markets by about one point.",
])
def test_refusals_non_gaap_notes_and_past_beliefs_decide_alone(sentence):
    assert not classify(sentence, RELEASED).forward_looking


def test_a_refusal_beside_an_expectation_is_weighed():
    verdict = classify("We are not providing guidance, but we expect revenue of $2.1 billion to $2.2 billion in 2025.",
                       RELEASED)
    assert verdict.reason != "declines to forecast"
