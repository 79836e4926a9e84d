"""Transcript structure (issue 12): who holds the floor on every transcript layout, the kind of
turn (operator, prepared remarks, question, answer), and the date a call states for itself.

The snippets are written for these tests, one per layout the corpora hold: a bare name on its
own line with a participants list at the end; bare names without one, lines joined by single
breaks; a name followed by a title line under a participants heading; labels run into the speech
("Operator: ...") with Q/A table rows; "Name -- Title:" labels; and no speaker marks at all.
"""

from __future__ import annotations

from datetime import date

import pytest

from fslcheck.fls.features import Context, features
from fslcheck.fls.cues import fired
from fslcheck.fls.scan import scan, stated_date
from fslcheck.fls.segment import sentences
from fslcheck.fls.transcript import Floor, call_date, roster, speaker_line


class Turns(dict):
    """Sentence text -> the kind of turn it is spoken in; looked up by a fragment of the text."""

    def __getitem__(self, fragment: str) -> str | None:
        found = [text for text in self if fragment in text]
        assert len(found) == 1, (fragment, found)
        return dict.__getitem__(self, found[0])


def turns(text: str) -> Turns:
    """Each sentence of a transcript text -> the kind of turn it is spoken in, read as `scan` reads it."""
    context = Context(transcript=True)
    context.floor = Floor.of(text)
    out = Turns()
    for sentence in sentences(text):
        if sentence.speaker:
            context.label(sentence.speaker)
        context.advance(sentence.text, fired(sentence.text))
        out[sentence.text] = context.floor.turn()
    return out


BARE_NAMES_WITH_PARTICIPANTS = """Prepared Remarks:

Operator

Good morning, and welcome to the Fabrikam second quarter call. I will now turn the call over to Dana Whitfield.

Dana Whitfield

Thank you. We expect revenue to grow in the third quarter.

Questions and Answers:

Operator

Our first question comes from Lee Okafor with Northwind Partners.

Lee Okafor

Will margins improve next year?

Paul R. Hensley

We plan to raise prices in January.

Lee Okafor

Thanks. Do you expect more hiring?

Dana Whitfield

We will hire in the spring.

Call participants:

Dana Whitfield--Chief Executive Officer

Paul Hensley--Chief Financial Officer

Lee Okafor--Northwind Partners -- Analyst
"""


def test_bare_names_take_their_roles_from_the_participants_list():
    got = turns(BARE_NAMES_WITH_PARTICIPANTS)
    assert got["Good morning, and welcome to the Fabrikam second quarter call."] == "operator"
    assert got["We expect revenue to grow in the third quarter."] == "prepared"
    assert got["Will margins improve next year?"] == "question"
    assert got["We plan to raise prices in January."] == "answer"  # a middle initial the list leaves out
    assert got["Do you expect more hiring?"] == "question"
    assert got["We will hire in the spring."] == "answer"
    assert roster(BARE_NAMES_WITH_PARTICIPANTS) == {"dana whitfield": "management", "paul hensley": "management",
                                                    "lee okafor": "analyst"}


BARE_NAMES_ALONE = """PREPARED REMARKS

Operator
Welcome to the Tailspin Toys fourth quarter earnings call. I would now like to introduce Maya Chen.
Maya Chen
Thanks. Next year we will open forty stores across the region.

QUESTIONS AND ANSWERS

Operator
[Operator Instructions] Your first question is from Omar Haddad of Contoso Capital.
Omar Haddad
Hi. Can you talk about store openings next year?
Maya Chen
Sure, Omar. We expect most of the openings in the second half.
Omar Haddad
Great, thank you.
Operator
Your next question is from Ines Ruiz of Litware Bank.
Ines Ruiz
How will pricing develop in the spring?
Tom Brandt
We intend to hold prices flat through the spring.
"""


def test_bare_names_without_a_participants_list_follow_the_flow_of_the_call():
    got = turns(BARE_NAMES_ALONE)
    assert got["Next year we will open forty stores across the region."] == "prepared"
    assert got["Can you talk about store openings next year?"] == "question"  # called on by the operator
    assert got["We expect most of the openings in the second half."] == "answer"  # a speaker of the remarks
    assert got["Great, thank you."] == "question"  # the same analyst again
    assert got["How will pricing develop in the spring?"] == "question"
    assert got["We intend to hold prices flat through the spring."] == "answer"  # new name, not called on


NAME_AND_TITLE_LINES = """CORPORATE PARTICIPANTS

Rosa Lindqvist
Adatum Corp. - CFO

CONFERENCE CALL PARTICIPANTS

Victor Amsel
Wingtip Securities, Research Division - Analyst

PRESENTATION

Operator
Good afternoon, and welcome to the Adatum third quarter conference call. You may begin.

Rosa Lindqvist
Adatum Corp. - CFO
Thank you. We expect full-year revenue of about $2 billion.

QUESTIONS AND ANSWERS

Operator
Our first question is from Victor Amsel from Wingtip Securities.

Victor Amsel
Wingtip Securities, Research Division - Analyst
Will you keep buying back shares next year? And on the cost side, can you say a little more about how the
savings program is tracking against the plan you laid out at the investor day?

Rosa Lindqvist
Adatum Corp. - CFO
Yes. We will keep buying back shares next year.
"""


def test_a_name_and_title_line_layout_and_its_participants_heading():
    got = turns(NAME_AND_TITLE_LINES)
    assert got["Good afternoon, and welcome to the Adatum third quarter conference call."] == "operator"
    assert got["We expect full-year revenue of about $2 billion."] == "prepared"
    assert got["Will you keep buying back shares next year?"] == "question"
    assert got["We will keep buying back shares next year."] == "answer"
    # the participants list names people, nobody speaks in it
    assert got["CONFERENCE CALL PARTICIPANTS"] is None and got["PRESENTATION"] is None


def test_an_analyst_taking_the_floor_opens_the_questions_when_their_heading_is_lost():
    """The questions' heading garbled by OCR ("QUEST1ONS AND ANSWFRS") after a "PRESENTATION"
    heading: the operator's call alone does not open the questions there (it may be the opening
    words), but the analyst who then speaks does, so management's reply is an answer."""
    got = turns(NAME_AND_TITLE_LINES.replace("QUESTIONS AND ANSWERS", "QUEST1ONS AND ANSWFRS"))
    assert got["We expect full-year revenue of about $2 billion."] == "prepared"
    assert got["Will you keep buying back shares next year?"] == "question"
    assert got["We will keep buying back shares next year."] == "answer"


LABELS_AND_QA_ROWS = """MANAGEMENT DISCUSSION SECTION

Operator: Good day, and welcome to the Proseware second quarter earnings call. Please go ahead.

Nina Park

Vice President-Investor Relations, Proseware Inc.

Thank you. We expect deliveries to rise in the second half.

QUESTION AND ANSWER SECTION

Operator: Our first question comes from the line of Sam Ito from Fourth Coffee Research.

| 1 | Sam Ito Analyst, Fourth Coffee Research LLC | Q |

Good morning. Will deliveries recover next year?

| 1 | Karl Weber Chief Financial Officer, Proseware Inc. | A |

We expect deliveries to recover by the end of next year.
"""


def test_labels_on_the_speech_and_question_and_answer_table_rows():
    got = turns(LABELS_AND_QA_ROWS)
    assert got["Good day, and welcome to the Proseware second quarter earnings call."] == "operator"
    assert got["We expect deliveries to rise in the second half."] == "prepared"
    assert got["Will deliveries recover next year?"] == "question"
    assert got["We expect deliveries to recover by the end of next year."] == "answer"


NAME_TITLE_LABELS = """Operator: Welcome to the Woodgrove first quarter call.
Ana Silva -- Chief Executive Officer: We will open two plants next year.
Operator: Our next question comes from Raj Patel with Blue Yonder Securities.
Raj Patel -- Blue Yonder Securities -- Analyst: Will the plants open on time?
Ana Silva -- Chief Executive Officer: We expect both to open on schedule.
"""


def test_name_and_title_labels_are_cut_off_and_set_the_floor():
    found = sentences(NAME_TITLE_LABELS)
    assert found[1].text.endswith("We will open two plants next year.")
    assert found[1].speaker == "Ana Silva -- Chief Executive Officer"
    assert sentences("Revenue grew.\nRevenue: Total revenue was $8 billion.")[1].speaker == "Revenue"
    got = turns(NAME_TITLE_LABELS)
    assert got["Welcome to the Woodgrove first quarter call."] == "operator"
    assert got["Will the plants open on time?"] == "question"
    assert got["We expect both to open on schedule."] == "answer"


def test_a_transcript_without_speaker_marks_follows_the_hand_over_and_the_thanks():
    text = ("Welcome to the Relecloud results call. We expect revenue to grow next year. "
            "Our next question comes from Eve Long of Northwind. "
            "Will the new product ship in March? "
            "Thanks for the question. We plan to ship it in March.")
    got = turns(text)
    assert got["Will the new product ship in March?"] == "question"
    assert got["We plan to ship it in March."] == "answer"


@pytest.mark.parametrize("line, role", [
    ("Operator", "operator"), ("Theresa L. Womble", "unknown"), ("Kessel D. Stelling Jr.", "unknown"),
    ("Cai von Rumohr", "unknown"), ("Unidentified Analyst", "analyst"),
    ("| 1 | Sam Ito Analyst, Fourth Coffee Research LLC | Q |", "analyst"),
    ("1 Karl Weber Chief Financial Officer, Proseware Inc. A", "management"),
    ("Prepared Remarks", None), ("Questions and Answers:", None), ("Call participants:", None),
    ("Thank You", None), ("Great Quarter", None), ("Revenue grew.", None), ("Fourth Quarter Highlights", None),
])
def test_what_counts_as_a_speaker_line(line, role):
    assert speaker_line(line) == role


def test_the_turn_is_a_feature_and_a_bare_name_is_a_speaker_line():
    context = Context(transcript=True)
    context.floor = Floor.of(BARE_NAMES_WITH_PARTICIPANTS)
    for line in ["Questions and Answers:", "Paul R. Hensley"]:
        context.advance(line, [])
    got = features("We plan to raise prices.", fired("We plan to raise prices."), context)
    assert "ctx:turn-answer" in got and "ctx:speaker-management" in got
    assert "f:speaker-line" in features("Lee Okafor", [], context)
    assert "f:speaker-line" not in features("Lee Okafor", [], Context(transcript=False))


def test_a_gap_forgets_who_speaks_but_not_the_names():
    context = Context(transcript=True)
    context.floor = Floor.of(BARE_NAMES_WITH_PARTICIPANTS)
    context.advance("Lee Okafor", [])
    assert context.floor.turn() == "question"
    context.reset_previous()
    assert context.floor.turn() is None
    context.advance("Lee Okafor", [])
    assert context.floor.turn() == "question"


@pytest.mark.parametrize("text, when", [
    ("Operator\nHello, and welcome to the call on this 28th day of February 2019.", date(2019, 2, 28)),
    ("As a reminder, this call is being recorded today, February 26, 2020. Our 10-K for the year ended "
     "December 31, 2019 lists the risks.", date(2020, 2, 26)),
    ("Our remarks reflect our outlook as of today's date, November 5, 2020.", date(2020, 11, 5)),
    ("Date: July 31, 2024\nThe following is the transcript of the call.", date(2024, 7, 31)),
    ("These statements speak only as of October 15, 2021.", date(2021, 10, 15)),
    # the month abbreviated before its day, as newswires write it
    ("Please remember that the information on this call speaks only as of today, Feb. 27, 2020.", date(2020, 2, 27)),
    ("These statements speak only as of Sept. 30, 2021.", date(2021, 9, 30)),
    # the dates of filings, periods and later events are not the call's
    ("Please see our Form 10-K filed on February 18, 2022, and the quarter ended July 31, 2024. "
     "Third quarter earnings will be released on October 28, 2021.", None),
])
def test_the_date_a_call_states_for_itself(text, when):
    assert call_date(text) == when


def test_a_transcript_states_its_call_date_not_a_filings():
    transcript = ("Operator\n\nWelcome to the Fabrikam earnings call. [Operator Instructions] Our first question "
                  "comes from Lee Okafor. Please refer to our Form 10-K filed on February 18, 2022. "
                  "This call is being recorded today, October 27, 2022.\n\nOperator\n\nOur next question "
                  "comes from Ann Li.\n")
    assert stated_date(transcript) == date(2022, 10, 27)
    assert stated_date("ACME, Ohio, March 3, 2021 -- Acme today reported results.") == date(2021, 3, 3)


def test_an_analysts_or_the_operators_turn_is_not_the_companys_statement():
    judged = {j.sentence.text: j for j in scan(BARE_NAMES_WITH_PARTICIPANTS, transcript=True)}
    # an analyst's view of the company's future sets up a question: not forward-looking (RULES.md)
    text = BARE_NAMES_WITH_PARTICIPANTS.replace("Will margins improve next year?",
                                                "I think you will raise prices next year. Will margins improve?")
    judged = {j.sentence.text: j for j in scan(text, transcript=True)}
    view = judged["I think you will raise prices next year."]
    assert not view.forward_looking and view.verdict.reason == "an analyst's turn"
    # the same words in management's answer are weighed as usual
    text = text.replace("We plan to raise prices in January.", "I think we will raise prices next year.")
    judged = {j.sentence.text: j for j in scan(text, transcript=True)}
    assert judged["I think we will raise prices next year."].verdict.reason != "an analyst's turn"
    assert "ctx:turn-answer" in judged["I think we will raise prices next year."].verdict.cues


def test_without_speaker_marks_no_turn_is_ruled_out():
    text = ("Welcome to the Relecloud results call. Our next question comes from Eve Long of Northwind. "
            "I think you will raise prices next year.")
    judged = scan(text, transcript=True)
    assert judged[-1].verdict.reason != "an analyst's turn"  # the floor is only guessed: the weights decide


def test_scan_reads_each_sentence_in_its_turn():
    judged = {j.sentence.text: j for j in scan(BARE_NAMES_WITH_PARTICIPANTS, transcript=True)}
    assert "ctx:turn-question" in judged["Thanks."].verdict.cues
    assert not judged["Do you expect more hiring?"].forward_looking
    assert "ctx:turn-answer" in judged["We will hire in the spring."].verdict.cues
    assert "ctx:turn-prepared" in judged["We expect revenue to grow in the third quarter."].verdict.cues


def test_the_hosts_opening_words_are_marked_and_end_with_the_turn():
    context = Context(transcript=True)
    context.floor = Floor.of(BARE_NAMES_WITH_PARTICIPANTS)
    for line in ["Prepared Remarks:", "Operator", "Welcome to the call.", "Dana Whitfield"]:
        context.advance(line, [])
    assert "ctx:turn-opening" in context.flags()
    for line in ["Thank you.", "Paul R. Hensley"]:
        context.advance(line, [])
    assert "ctx:turn-opening" not in context.flags() and "ctx:turn-prepared" in context.flags()
