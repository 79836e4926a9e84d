"""A call's spoken announcement of its legend stands for the written legend's heading
(`fslcheck/checks/spoken_headings.py`); statements about forward-looking statements and pointers
to a legend kept elsewhere do not."""

from __future__ import annotations

import pytest

import fslcheck

LEGEND = ("Today's call contains forward-looking statements within the meaning of the Private Securities "
          "Litigation Reform Act of 1995. Actual results could differ materially from those projected. "
          "We undertake no obligation to update them.")

ANNOUNCED = [
    "Before we begin, I'd like to read our safe harbor statement.",
    "Julie will read our forward-looking statement and disclaimer, and then we'll begin.",
    "We begin with our customary forward-looking statement policy.",
    "Before we start, our usual cautionary statement.",
    "And Leslie, please walk us through the safe harbor.",
    "With that, I'll turn the call over to Maria for the cautionary language.",
    "First, I will review the company's notice regarding forward-looking statements.",
    # listeners asked to review "our forward-looking statements" before any is made: the notice
    "I ask that you please take a moment to review our forward-looking statements.",
    "Before we begin, we encourage everyone to read the forward-looking statements.",
    # "remind ... of", "note the following", the name first ("... is as follows"), the legend
    # called by what it does (a "reminder", "warning" or "caution" about forward-looking statements,
    # the "information regarding" them)
    "Before we begin, I'd like to remind you of our safe harbor statement.",
    "Please note the following cautionary statement.",
    "Our safe harbor statement is as follows.",
    "Here is the company's cautionary statement:",
    "Before we get started, a brief warning about forward-looking statements.",
    "I would like to ask Kevin Reid, our general counsel, to read the caution on forward-looking statements.",
    "First, Mike will cover our information regarding forward-looking statements.",
    "We'll discuss the quarter after a quick reminder about forward-looking statements.",
    "Now for the safe harbor disclaimer.",
    "And next to our cautionary statement:",
    # the speaker comes "to" the text next (the plural "the cautionary statements" was tried as the
    # legend's name too and withdrawn: it cost a false heading on the held-out half)
    "Let me turn to the forward-looking statements disclaimer.",
    "I'll now move to our cautionary statement.",
    # a text kept on a slide that the speaker goes on to read out all the same
    "Let me cover our safe harbor statement on slide 2, which I'll summarize briefly.",
    # heading-83: to give, make, share, recite, address or get out of the way the notice is to say it;
    # listeners asked to listen to it or take note of it; more of its names (remarks, caveat,
    # cautions, reminders, "a word on" forward-looking statements); no determiner; verbless lead-ins
    "Before we begin, I need to give the customary safe harbor disclosure.",
    "Let me make our customary safe harbor statement.",
    "Let me first address the safe harbor.",
    "Before we dive in, let me get the safe harbor out of the way.",
    "Please listen carefully to the following safe harbor statement.",
    "Before we begin, please take note of our safe harbor statement.",
    "Please be advised of the following safe harbor statement.",
    "I'll begin today with the usual cautionary remarks.",
    "We'll start, as usual, with the safe harbor statement.",
    "Let me start with safe harbor language.",
    "First, safe harbor.",
    "Before I turn it over to Bill, a quick word on forward-looking statements.",
    "Before we review the quarter, here are the required safe harbor remarks.",
    "Before we discuss results, the following cautionary note applies to this call:",
    # an operator's hand-over for the notice, past an honorific's full stop
    "I would now like to turn the conference over to Ms. Dana Cole for the forward-looking statements disclaimer.",
    "Now, for the company's cautionary statement, here is Beth Crane, Treasurer.",
    "Let me begin by directing your attention to the cautionary statement I'm about to read.",
]

NOT_ANNOUNCED = [
    "Please read the safe harbor statement on page 2 of our presentation.",
    # a talk about the statements (two tune transcripts' labels)
    "I would like to make a few comments about forward-looking statements.",
    "Before we begin, I'd like to make some brief remarks about forward-looking statements.",
    "We encourage you to review the safe harbor statement contained in our press release.",
    "Before we begin, please note that we will make forward-looking statements.",
    "Please refer to the disclaimer in the back concerning forward-looking statements.",
    "I'd like to review our outlook for the March quarter.",
    # the plural told of what the speaker will do is the statements, not the notice
    "Later in the call I will review our forward-looking statements about margins.",
    # asked to read them where they are kept: a pointer
    "Please review the forward-looking statements in today's press release.",
    # ... or placed in a written text, where they are already made
    "Please read the forward-looking statements below with care.",
    # a slide's text the speaker does not read out; a pointer that the statements are "subject to"
    "Let me cover our safe harbor statement on slide 2, and then we'll move on to the quarter.",
    "Our remarks are subject to the cautionary statements in our press release.",
    # ... or set among other matters the request places, after a comma, in the slides
    "Before we start, I'd like to remind everyone to read the forward-looking statements, non-GAAP measures "
    "and other information that we have included at the end of our presentation.",
    "I'd like to remind you of the safe harbor statement in our press release.",
    "Please note that our safe harbor statement is on slide 2.",
    "Our safe harbor statement is posted on our website.",
    "After the cautionary statement in today's release, we list our non-GAAP measures.",
    "Please note the cautionary statement contained in our earnings release.",
    "Now for the safe harbor statement in our press release, which covers these remarks.",
    # a slide turned to, the legend's name in apposition: a pointer to the slide's text (a labelled
    # tune transcript reads the like as no heading; read as one, it cost that document a false heading)
    "Please turn to slide 2, our safe harbor statement, which says that our remarks include forward-looking statements.",
    "Let's move to slide 3, the cautionary statement.",
    # heading-83: a pointer in a relative clause after a comma; an announcement negated; the
    # statutory safe harbor; the statements themselves (the bare name followed by what they are
    # about); another notice's "cautionary note"; a question
    "Please read our safe harbor statement, which is posted on our website.",
    "Please read our safe harbor statement, which you can find in our most recent annual report.",
    "Let me review the cautionary statement in our most recent Form 10-K.",
    "In the interest of time, we will not read the safe harbor statement today.",
    "The Reform Act provides a safe harbor for forward-looking statements.",
    "We get the safe harbor protection of the Act for these statements.",
    "Let me address our forward-looking information for next year.",
    "Let me make the forward-looking statement that revenue will grow.",
    "Today we will provide forward-looking information.",
    "I'll share some forward-looking information.",
    "Let me read a cautionary note about our use of non-GAAP financial measures.",
    "I'd like to share a cautionary note regarding the tariff situation.",
    "Can you give us the safe harbor language for the deal?",
    # the name followed by the call's own statements: the legend's first sentence (a tune label);
    # attention drawn to a notice, not said to be read next: a pointer to a text on display
    "First, I want to remind everyone about the safe harbor provisions related to any forward-looking statements "
    "we may make during this call.",
    "Before we begin, I would like to direct your attention to the safe harbor statement.",
]


PACK = fslcheck.compile_pack("us-pslra")


def heading_of(text: str) -> fslcheck.Finding:
    # the written legend's pack, named: the oral pack a transcript gets by default asks no heading
    report = PACK.check_text(text)
    return next(f for f in report.findings if f.rule == "pslra.heading")


@pytest.mark.parametrize("sentence", ANNOUNCED)
def test_an_announcement_of_the_legend_is_its_heading(sentence: str) -> None:
    finding = heading_of(f"Operator: Good morning, everyone. {sentence} {LEGEND}")
    assert finding.status.value == "met", sentence


@pytest.mark.parametrize("sentence", NOT_ANNOUNCED)
def test_statements_and_pointers_are_no_heading(sentence: str) -> None:
    finding = heading_of(f"Operator: Good morning, everyone. {sentence} {LEGEND}")
    assert finding.status.value != "met", sentence


def test_an_announcement_with_no_legend_after_it_is_no_heading() -> None:
    results = " ".join(f"In the {region} region revenue grew by {n} percent and margins widened." for n, region in
                       enumerate(["northern", "southern", "eastern", "western", "central", "coastal", "mountain",
                                  "island", "border", "lake", "river", "plains"], start=3))
    text = f"Operator: Good morning. I will now read the safe harbor statement. {results}\n\nAnalyst: {LEGEND}"
    assert heading_of(text).status.value != "met"


# a chair who hands the legend to counsel and first sets out the rest of the call (some 300
# characters between the announcement and the legend); much further off, the announcement heads nothing
AGENDA = ("Then Tom Dineen, our chief financial officer, will give an overview of the fourth-quarter results, "
          "and then I will discuss our operations and the state of the market. After that, we'll get to your "
          "questions. Kevin?\n\nKevin Reid\n\n")


@pytest.mark.parametrize(("between", "heads"), [(AGENDA, True), (AGENDA.replace("Kevin?", "Orders rose. " * 30 + "Kevin?"), False)])
def test_a_hand_over_heads_the_legend_read_in_the_next_turn(between: str, heads: bool) -> None:
    text = ("Operator: Good morning. I would like to ask Kevin Reid, our general counsel, to read the caution "
            f"on forward-looking statements. {between}{LEGEND}")
    assert (heading_of(text).status.value == "met") is heads


@pytest.mark.parametrize("sentence", ANNOUNCED[:3])
def test_an_announcement_that_opens_a_paragraph_is_its_heading(sentence: str) -> None:
    # the announcement on a paragraph of its own after a speaker's line that ended with no full stop
    finding = heading_of(f"John Smith, Chief Financial Officer\n\n{sentence} {LEGEND}")
    assert finding.status.value == "met", sentence


# The announcement that goes on with the legend itself, in a participle of saying after the name,
# and nothing after it (heading-77, from a tune transcript's one-sentence caution); not when the
# sentence names no legend, points to one kept elsewhere or places it on the written page.
CARRIED_ON = [
    "Quickly, I will cover the safe harbor, reminding you that any forward-looking statements made during this call "
    "are subject to various risks and uncertainties.",
    "Let me read our safe harbor statement, noting that our remarks today include forward-looking statements that "
    "are subject to risks and uncertainties.",
    "First I'll cover the cautionary language, reminding everyone that comments on this call may include "
    "forward-looking statements, and actual results could differ materially.",
    "Before we begin, I'll review our forward-looking statement disclaimer, cautioning you that our projections "
    "involve risks and uncertainties.",
]
NOT_CARRIED_ON = [
    "Quickly, I will cover the quarter, reminding you that any forward-looking statements made during this call "
    "are subject to various risks and uncertainties.",
    "I will cover the safe harbor statement in our press release, reminding you that any forward-looking "
    "statements made during this call are subject to risks.",
    "Please read the safe harbor statement below, noting that it covers forward-looking statements subject to risks.",
    "Investors should read the safe harbor statement below with care, since our remarks involve risks.",
]
AFTER = "\n\nJohn Roe, Chief Executive Officer: Thanks, Jane. Orders rose 12 percent in the quarter.\n"


@pytest.mark.parametrize(("sentence", "heads"), [(s, True) for s in CARRIED_ON] + [(s, False) for s in NOT_CARRIED_ON])
def test_an_announcement_that_carries_the_legend_on_is_its_heading(sentence: str, heads: bool) -> None:
    finding = heading_of(f"Operator: Good morning, everyone.\n\nJane Doe, Investor Relations: {sentence}{AFTER}")
    assert (finding.status.value == "met") is heads, sentence


# An analyst's question on a line of its own is a sentence, not a caption, though it is short and
# has no full stop (heading-83); a question-shaped caption in title case still is one.
@pytest.mark.parametrize(("line", "heads"), [
    ("Could you walk us through the cautionary language around the rate notice?", False),
    ("What Are Forward-Looking Statements?", True),
])
def test_a_question_on_its_own_line_is_no_caption(line: str, heads: bool) -> None:
    text = (f"Operator: Our next question comes from Raj Mehta.\n\n{line}\n\n"
            "Sure. Our views on the rate notice are forward-looking statements, and actual results could differ "
            "materially from those projected. We undertake no obligation to update them.\n")
    assert (heading_of(text).status.value == "met") is heads, line
