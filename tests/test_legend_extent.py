"""Where a legend ends when extraction left it inside one long paragraph (a transcript saved as
one line per call, tag-less HTML): it ends with the last sentence in the legend's language, and
the talk after it is body text, even when that talk later speaks of risks or updates."""

from __future__ import annotations

from pathlib import Path

from fslcheck.checks.base import CheckContext
from fslcheck.checks.legend import _speaks_sentence
from fslcheck.documents import load_path

LEGEND = (
    "Please note that today's remarks include forward-looking statements about our outlook. "
    "These statements involve risks and uncertainties that could cause actual results to differ "
    "materially. We refer you to the risk factors in our most recent Form 10-K. We assume no "
    "obligation to update these statements. "
)
TALK = (
    "With that, I will turn the call over to Dana. Thank you, Sam, and good morning everyone. "
    "Revenue grew eleven percent on strong demand in every region. Margins widened as freight "
    "costs eased and our plants ran at full rate. We gave an update on pricing in October, and "
    "the main risk we flagged then has not come to pass. Cash flow was a record for the quarter. "
)


def legend_text(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "call.txt"
    path.write_text(text, encoding="utf-8")
    context = CheckContext(load_path(path)[0])
    return [context.text[start:end] for start, end in context.legend_spans]


def test_legend_inside_one_long_paragraph_ends_where_the_talk_moves_on(tmp_path):
    opening = "Good day and welcome to the third quarter call. Today's call is being recorded. "
    legends = legend_text(tmp_path, opening + LEGEND + TALK * 3)
    assert len(legends) == 1
    assert legends[0].startswith("please note") and legends[0].rstrip().endswith("update these statements.")


def test_a_later_marker_in_the_same_paragraph_opens_only_its_own_sentences(tmp_path):
    question = "Could you say more about the forward-looking demand signals you are seeing? "
    legends = legend_text(tmp_path, LEGEND + TALK + question + TALK)
    assert legends[0].rstrip().endswith("update these statements.")
    assert all("margins widened" not in legend for legend in legends)


def test_a_legend_paragraph_keeps_all_its_sentences_and_not_the_talk_after_it(tmp_path):
    text = ("Revenue grew eleven percent.\n\nForward-Looking Statements\n\n" + LEGEND
            + "Many of these factors are beyond our control. Investors should not place undue reliance "
              "on these statements, which speak only as of today.\n\n" + TALK)
    legends = legend_text(tmp_path, text)
    assert len(legends) == 1 and legends[0].rstrip().endswith("speak only as of today.")


def test_numbered_factors_written_as_sentences_stay_in_the_legend(tmp_path):
    factors = ("Actual results could differ materially because of factors including: (i) weaker demand in our "
               "markets. (ii) higher steel prices. (iii) delays at our suppliers. (iv) changes in trade policy. ")
    legends = legend_text(tmp_path, LEGEND + factors + TALK * 2)
    assert "(iv) changes in trade policy." in legends[0]
    assert "margins widened" not in legends[0]


def test_a_paragraph_that_dates_the_statements_goes_on_with_the_legend(tmp_path):
    # the moment the statements speak as of, said in a paragraph of its own after the legend;
    # a paragraph that merely opens with a date ("As of today we run ...") does not go on with it
    dated = "Keep in mind that what we say on this call is accurate only as of today, the ninth of May."
    stores = "As of today, we run forty stores in six states and employ nine hundred people."
    legends = legend_text(tmp_path, LEGEND.strip() + "\n\n" + dated + "\n\n" + stores + "\n")
    assert len(legends) == 1
    assert "accurate only as of today" in legends[0] and "forty stores" not in legends[0]


def test_a_call_is_dated_a_paragraph_past_the_replay_numbers(tmp_path):
    replay = ("A replay will be available two hours after the call ends. Callers in the United States may dial "
              "(800) 555-0100 and others (212) 555-0199, access code 4411.")
    dating = ("The access code works until June 1. Please note that what we say on this call speaks only as of "
              "today, and details may be stale by the time of a replay.")
    text = "Jo Smith\n\n" + LEGEND.strip() + "\n\n" + replay + "\n\n" + dating + "\n\nKim Lee\n\n" + TALK
    legends = legend_text(tmp_path, text)
    assert any("speaks only as of today" in legend for legend in legends)
    assert all("margins widened" not in legend for legend in legends)


def test_a_question_that_names_a_business_safe_harbor_opens_no_legend(tmp_path):
    # an analyst asking about a marina business called Safe Harbor, beside "expectations":
    # a question cautions no one; the same words asserted by the company still open a legend
    asked = ("Thanks. How did the marinas do for the full year against your initial expectations "
             "for Safe Harbor?")
    told = "Our safe harbor statement covers our expectations for the marinas."
    assert legend_text(tmp_path, TALK + "\n\n" + asked + "\n\n" + TALK) == []
    assert any("safe harbor statement" in legend
               for legend in legend_text(tmp_path, TALK + "\n\n" + told + "\n\n" + TALK))


def test_a_sentence_dating_what_is_said_only_on_a_day_speaks_the_legends_language():
    # "only on" the day, as "only as of" it: the sentence goes with the legend around it;
    # "only on our website" dates nothing
    said = "such information is effective only on the date given."
    where = "such information is available only on our website."
    assert _speaks_sentence(said, 0, len(said))
    assert not _speaks_sentence(where, 0, len(where))


def test_a_sentence_that_calls_statements_forward_looking_is_no_pointer_for_naming_a_web_page(tmp_path):
    # the declaration is the legend's own, though it also places a slide deck on the website
    declared = ("Thanks for joining us. Statements made on this call and in the slides on our website that "
                "are not historical facts are forward-looking statements. Actual results may differ "
                "materially from what we say today. ")
    legends = legend_text(tmp_path, declared + TALK)
    assert len(legends) == 1 and "are forward looking statements" in legends[0]
    # a sentence that only names the legend kept on the web page still points elsewhere
    pointer = ("Thanks for joining us. Our cautionary statement on forward-looking statements is posted on "
               "our website, and we ask you to read it. ")
    assert legend_text(tmp_path, pointer + TALK) == []


BULLETED_FACTORS = ("• our ability to obtain regulatory approval;\n\n• the timing of our clinical trials;\n\n"
                    "• competition from other companies; and\n\n• general economic conditions.\n\n"
                    "These and other risks are described in our Form 10-K. We undertake no obligation to update "
                    "these statements.\n\nAbout Acme\n\nAcme makes widgets.\n")


def test_bullets_after_a_sentence_whose_subject_announces_them_stay_in_the_legend(tmp_path):
    # the lead-in ends with a full stop, not a colon: "The following factors ... could cause ..."
    text = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. The following factors, "
            "among others, could cause actual results to differ materially from those in the forward-looking "
            "statements.\n\n" + BULLETED_FACTORS)
    legends = legend_text(tmp_path, text)
    assert len(legends) == 1 and "general economic conditions" in legends[0]
    assert legends[0].rstrip().endswith("update these statements.")


def test_bullets_after_the_following_without_a_closing_mark_stay_in_the_legend(tmp_path):
    text = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. Actual results could "
            "differ materially. Risks and uncertainties include the following\n\n" + BULLETED_FACTORS)
    legends = legend_text(tmp_path, text)
    assert len(legends) == 1 and legends[0].rstrip().endswith("update these statements.")


def test_bullets_after_a_legend_that_announces_nothing_are_not_its_own(tmp_path):
    text = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. Actual results could "
            "differ materially. We undertake no obligation to update these statements.\n\n"
            "• Revenue of $12 million;\n\n• Net income of $3 million;\n\n• Backlog of $40 million.\n")
    legends = legend_text(tmp_path, text)
    assert all("backlog" not in legend for legend in legends)


def test_bullets_announced_as_listed_below_stay_in_the_legend(tmp_path):
    text = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. Important factors that "
            "could cause actual results to differ include the risks listed below.\n\n" + BULLETED_FACTORS)
    legends = legend_text(tmp_path, text)
    assert len(legends) == 1 and legends[0].rstrip().endswith("update these statements.")


LONG_FIRST_ITEM = ("• the effects of the pandemic on our stores and results, including with respect to our ability to keep "
                   "stores open, cash and liquidity management, expense management, our ability to reduce costs, and "
                   "our ability to buy enough inventory in line with our sales plans, or to manage inventory levels "
                   "relative to sales and changing market conditions, particularly in light of supply chain "
                   "disruptions that have altered the timing and amount of inventory available;\n\n")


def test_a_long_first_bullet_that_ends_with_a_semicolon_keeps_the_list_in_the_legend(tmp_path):
    # over sixty words, after a colon: its closing ";" says the list goes on
    text = ("Forward-Looking Statements\n\nThis report contains forward-looking statements. All forward-looking "
            "statements are subject to risks that may cause actual results to differ materially, including:\n\n"
            + LONG_FIRST_ITEM + BULLETED_FACTORS)
    legends = legend_text(tmp_path, text)
    assert len(legends) == 1 and "general economic conditions" in legends[0]
    assert "competition from other companies" in legends[0]


def test_a_long_paragraph_that_ends_with_a_full_stop_after_a_colon_is_not_a_list_item(tmp_path):
    text = ("Forward-Looking Statements\n\nThis report contains forward-looking statements. Actual results may "
            "differ materially. We undertake no obligation to update these statements. Our results for the year "
            "are summarised as follows:\n\n" + TALK.strip() + " " + TALK.strip() + "\n\nAbout Acme\n\nAcme makes widgets.\n")
    legends = legend_text(tmp_path, text)
    assert all("margins widened" not in legend for legend in legends)


_RELEASE = (
    "Tarnwell Freight Inc. today announced a new terminal in Ohio.\n\n"
    "Safe Harbor Statement\n\n"
    "This news release contains forward-looking statements about the terminal. Actual results could differ "
    "materially. Tarnwell undertakes no obligation to update these statements.\n\n"
    "Investor Relations Contact: ir@tarnwell.example\n\n"
)
_PROMOTER = (
    "MASTER LEGAL DISCLAIMER\n\n"
    "This website is a paid advertisement. The publisher has been compensated in cash to produce "
    "promotional content regarding Tarnwell Freight Inc.\n\n"
    "1. NO RELIANCE\n\nDo your own research before you invest.\n\n"
    "2. FORWARD-LOOKING STATEMENTS AND SAFE HARBOR\n\n"
    "Our materials may include forward-looking statements within the meaning of the Private Securities "
    "Litigation Reform Act of 1995. Actual results may differ materially. We disclaim any duty to update them.\n"
)


def test_a_paid_promoters_disclaimer_after_a_reprinted_release_is_not_the_companys_legend(tmp_path):
    # a stock-promotion page: the company's release, then the publisher's own disclaimer with a
    # section on forward-looking statements (labelling guide: a third party's disclaimer does not
    # count); the company's legend is kept, the promoter's is set aside
    legends = legend_text(tmp_path, _RELEASE + _PROMOTER)
    assert any("tarnwell undertakes no obligation" in legend for legend in legends)
    assert not any("our materials" in legend or "master legal disclaimer" in legend for legend in legends)


def test_a_companys_own_disclaimer_section_without_paid_promotion_stays_the_legend(tmp_path):
    own = ("Tarnwell Freight Inc. today announced a new terminal in Ohio.\n\n"
           "LEGAL DISCLAIMER\n\n"
           "This news release is not an offer to sell securities.\n\n"
           "Forward-Looking Statements\n\n"
           "This news release contains forward-looking statements within the meaning of the Private "
           "Securities Litigation Reform Act of 1995. Actual results may differ materially. We disclaim "
           "any duty to update them.\n")
    assert any("reform act of 1995" in legend for legend in legend_text(tmp_path, own))



SENTENCE_FACTORS = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. Actual results "
                    "could differ materially. Risks and uncertainties include the following.\n\n"
                    "Demand for our products may decline.\n\nLarger rivals may take market share.\n\n"
                    "The cost of steel may rise.\n\n")


def test_factor_sentences_a_paragraph_each_after_the_following_stay_in_the_legend(tmp_path):
    # "the following." closed the lead-in's sentence; each factor is a sentence of its own
    # paragraph, tied to it by no colon or semicolon (benchmarks/layouts.py `capital-bullets`)
    text = SENTENCE_FACTORS + "We undertake no obligation to update these statements.\n\nAbout Acme\n\nAcme makes widgets.\n"
    legends = legend_text(tmp_path, text)
    assert len(legends) == 1 and "the cost of steel may rise" in legends[0]
    assert legends[0].rstrip().endswith("update these statements.")


def test_a_run_of_factor_sentences_ends_at_a_paragraph_that_is_no_short_sentence(tmp_path):
    # a caption (no full stop) or a long paragraph of other matters is not a further factor
    after = ("About Acme\n\nAcme makes widgets in three plants and sells them through dealers in forty countries, "
             "and its shares trade on the New York Stock Exchange under the symbol ACME.\n")
    legends = legend_text(tmp_path, SENTENCE_FACTORS + after)
    assert len(legends) == 1 and legends[0].rstrip().endswith("the cost of steel may rise.")
    long_paragraph = ("Acme makes widgets in three plants and sells them through dealers in forty countries, and its "
                      "shares trade on the New York Stock Exchange under the symbol ACME, where they have been listed "
                      "since the company was founded in Ohio in the year after the war ended.\n")
    legends = legend_text(tmp_path, SENTENCE_FACTORS + long_paragraph)
    assert len(legends) == 1 and legends[0].rstrip().endswith("the cost of steel may rise.")


def test_a_paragraph_that_lists_the_factors_named_before_it_stays_in_the_legend(tmp_path):
    # "These include ..." opens with no word of the legend's; it lists the factors the paragraph
    # before named (benchmarks/layouts.py `factors-after`)
    text = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. Actual results could "
            "differ materially. Many important factors could cause such differences.\n\nThese include changes in "
            "demand, competition from larger rivals and the cost of steel.\n\nAbout Acme\n\nAcme makes widgets.\n")
    legends = legend_text(tmp_path, text)
    assert len(legends) == 1 and "the cost of steel" in legends[0]


def test_a_paragraph_that_refers_back_to_no_factors_is_not_the_legend(tmp_path):
    text = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. We undertake no "
            "obligation to update these statements.\n\nThey include our new plant in Ohio and our new store in "
            "Texas.\n\nAbout Acme\n\nAcme makes widgets.\n")
    legends = legend_text(tmp_path, text)
    assert len(legends) == 1 and "ohio" not in legends[0]


# A page's end inside the legend, the heading repeated with "(continued)" on the next page
# (benchmarks/layouts.py `page-continued`): the legend goes on under it.
_CONTINUED_AFTER = ("We undertake no obligation to update these statements. Investors should not place undue "
                    "reliance on them.\n\nAbout Acme\n\nAcme makes widgets.\n")


def test_a_legend_goes_on_under_its_heading_repeated_with_continued(tmp_path):
    for heading, repeated in (("Forward-Looking Statements", "Forward-Looking Statements (continued)"),
                              ("Disclaimer", "Disclaimer - cont'd"),  # the legend's own heading, repeated
                              ("Safe Harbor Statement", "SAFE HARBOR STATEMENT (CONTINUED)")):
        text = (f"Revenue grew.\n\n{heading}\n\n{LEGEND}\n\nPage 7 of 9\n\n\fACME CORPORATION\n\n{repeated}\n\n"
                + _CONTINUED_AFTER)
        legends = legend_text(tmp_path, text)
        assert any("undue reliance" in legend and "update these statements" in legend for legend in legends), heading
        assert all("makes widgets" not in legend for legend in legends)


def test_another_section_carried_over_is_not_the_legend(tmp_path):
    # "About Acme (continued)" names no legend and is not the legend's heading: the legend ends,
    # though the section's text speaks of risks
    text = (f"Revenue grew.\n\nForward-Looking Statements\n\n{LEGEND}\n\nPage 7 of 9\n\nAbout Acme (continued)\n\n"
            "The company was founded in Ohio and manages the risks of its three plants for dealers in forty "
            "countries.\n")
    legends = legend_text(tmp_path, text)
    assert all("founded in ohio" not in legend for legend in legends)


# A call transcript that cuts one speaker's remarks into parts, each under the speaker's header
# repeated with a new timestamp (docs-59, Kulicke and Soffa): the caution the same speaker reads
# goes on in the next part; another speaker's turn, or the same speaker moving on to the
# business, does not carry it on.
_HEADER = "Joe Smith\nSenior Director of Investor Relations\n{}\n\n"
_CAUTION = ("In addition to historical information, today's discussion contains forward-looking statements "
            "regarding our outlook. These statements are made under the safe harbor provisions of the Private "
            "Securities Litigation Reform Act of 1995 and involve risks and uncertainties that may cause actual "
            "results to differ materially.\n\n")
_POINTER = ("For a complete discussion of the risks that could affect our future results, please refer to our "
            "latest Form 10-K and other SEC filings. With that, I will turn the call over to Dana.\n\n")
_BUSINESS = ("Thank you, Joe. Revenue grew eleven percent on strong demand in every region, and cash flow was a "
             "record for the quarter.\n\n")


def test_the_same_speakers_next_part_goes_on_with_the_legend(tmp_path):
    text = (_HEADER.format("0:00:34") + _CAUTION + _HEADER.format("0:01:24") + _POINTER
            + "Dana Lee\nChief Financial Officer\n0:01:45\n\n" + _BUSINESS)
    legends = legend_text(tmp_path, text)
    assert any("latest form 10 k" in legend for legend in legends)
    assert all("revenue grew" not in legend for legend in legends)


def test_another_speakers_turn_does_not_go_on_with_the_legend(tmp_path):
    text = (_HEADER.format("0:00:34") + _CAUTION + "Dana Lee\nChief Financial Officer\n0:01:24\n\n" + _POINTER)
    legends = legend_text(tmp_path, text)
    assert all("latest form 10 k" not in legend for legend in legends)


def test_the_same_speaker_moving_on_to_the_business_is_not_the_legend(tmp_path):
    text = _HEADER.format("0:00:34") + _CAUTION + _HEADER.format("0:01:24") + _BUSINESS
    legends = legend_text(tmp_path, text)
    assert all("revenue grew" not in legend for legend in legends)


def test_a_disclaimer_heading_over_the_companys_own_no_duty_promise_stays_the_legend(tmp_path):
    # under a bare "Disclaimer" heading, a provider disclaims for itself; a legend that makes its
    # promise in the company's name ("The Company has no duty to ...") is the company's own
    own = ("Acme Lipids today reported trial results.\n\n"
           "Disclaimer\n\n"
           "This article and related information on this site contain forward-looking statements. Actual "
           "results may be materially different. The Company has no duty to timely inform, update, or revise "
           "the information on this site if circumstances should change.\n")
    assert any("has no duty" in legend for legend in legend_text(tmp_path, own))
    # ... and the same words in a provider's name stay the provider's
    provider = own.replace("The Company has no duty", "The publisher has no duty")
    assert not any("has no duty" in legend for legend in legend_text(tmp_path, provider))


def test_an_operators_dating_before_the_handover_goes_with_the_legend_after_it(tmp_path):
    # the operator dates what is said on the call, then hands it over; the IR person's caution
    # follows: the dating paragraph is the legend's (its handover sentence ends it). A paragraph
    # that dates a fact ("As of today, we have ...") before the handover is not.
    caution = "Alan Price: Thank you. Today's call includes forward-looking statements, and actual results could differ materially."
    dated = ("Operator: This call is being recorded. The information on this call is time-sensitive and is current "
             "only as of today, February 9, 2028. I would now like to turn the call over to Alan Price.")
    fact = ("Operator: This call is being recorded. As of today, the company has forty stores in six states. "
            "I would now like to turn the call over to Alan Price.")
    legends = legend_text(tmp_path, dated + "\n\n" + caution + "\n\nGwen Hart: Thanks, Alan.\n")
    assert any("current only as of today" in legend and "actual results" in legend for legend in legends)
    legends = legend_text(tmp_path, fact + "\n\n" + caution + "\n\nGwen Hart: Thanks, Alan.\n")
    assert all("forty stores" not in legend for legend in legends)
    # a sentence after the dating one that does other business keeps the paragraph out
    busy = dated.replace("I would now like", "Our CFO will review the quarter's margins. I would now like")
    legends = legend_text(tmp_path, busy + "\n\n" + caution + "\n\nGwen Hart: Thanks, Alan.\n")
    assert all("current only as of today" not in legend for legend in legends)


def test_a_providers_run_in_disclaimer_is_not_the_companys_legend(tmp_path):
    # a transcript provider's "Disclaimer: ..." run into its paragraph, speaking of the transcript
    # in the third person, is set aside; a company's own legend under a run-in "Disclaimer:" that
    # speaks as "we" stays the legend
    provider = ("Disclaimer: This transcript is provided by TranscriptWire for information only. TranscriptWire "
                "assumes no obligation to update this transcript, which speaks only as of the date of the event, "
                "and makes no representation about the forward-looking statements it may contain.")
    own = ("Disclaimer: Our remarks today include forward-looking statements. These statements speak only as of "
           "today, and we assume no obligation to update them.")
    opening = "Ada Burke: Thank you. Today's call includes forward-looking statements, and actual results could differ materially."
    legends = legend_text(tmp_path, opening + "\n\nHal Reed: Revenue grew nine percent.\n\n" + provider + "\n")
    assert legends and all("transcriptwire" not in legend for legend in legends)
    legends = legend_text(tmp_path, "Hal Reed: Revenue grew nine percent.\n\n" + own + "\n")
    assert any("we assume no obligation" in legend for legend in legends)


def test_an_analysts_question_that_calls_the_answer_forward_looking_opens_no_legend(tmp_path):
    # "I realize anything you say here is forward-looking, but ...?": a question cautions no one;
    # the same words asserted by the company open a legend
    asked = ("Thanks. I realize anything you say here is forward-looking, but is the 2028 margin "
             "target still realistic after the tariff change?")
    told = "Anything we say here about 2028 is forward-looking, and actual results could differ materially."
    assert legend_text(tmp_path, TALK + "\n\n" + asked + "\n\n" + TALK) == []
    assert any("forward looking" in legend for legend in legend_text(tmp_path, TALK + "\n\n" + told + "\n\n" + TALK))


def test_a_spoken_pointer_to_the_sec_filings_just_before_the_caution_belongs_to_the_legend(tmp_path):
    # the IR person sends listeners to the 10-K and 10-Qs first, then reads the caution; a
    # paragraph about the company's filings that sends no one there for risks stays outside
    pointer = ("Thank you. For a discussion of the risks that may affect our business, please refer to our "
               "most recent 10-K and subsequent 10-Q filings with the SEC.")
    caution = ("With that in mind, I'd note that our comments today will include forward-looking statements, "
               "and actual results could differ materially.")
    legends = legend_text(tmp_path, "Owen Marsh -- Investor Relations\n\n" + pointer + "\n\n" + caution + "\n\nPriya Rao -- CEO\n\n" + TALK)
    assert any("subsequent 10 q filings" in legend for legend in legends)
    filed = "Thank you. We filed our 10-K with the SEC last week, a day ahead of schedule."
    legends = legend_text(tmp_path, "Owen Marsh -- Investor Relations\n\n" + filed + "\n\n" + caution + "\n\nPriya Rao -- CEO\n\n" + TALK)
    assert legends and not any("ahead of schedule" in legend for legend in legends)


def test_a_transcript_providers_notice_at_the_end_of_a_call_is_not_the_companys_legend(tmp_path):
    notice = ("Copyright (c) 2028 Transcriptia Inc. All rights reserved. THE INFORMATION CONTAINED IN EVENT "
              "TRANSCRIPTS IS A TEXTUAL REPRESENTATION OF THE COMPANY'S CALL. IN NO WAY DOES TRANSCRIPTIA ASSUME "
              "ANY RESPONSIBILITY FOR ANY INVESTMENT DECISIONS. THE FORWARD-LOOKING STATEMENTS IN THE CALL SPEAK "
              "ONLY AS OF THE DATE OF THE CALL AND TRANSCRIPTIA UNDERTAKES NO OBLIGATION TO UPDATE THEM.")
    legends = legend_text(tmp_path, "Jo Smith\n\n" + LEGEND.strip() + "\n\nKim Lee\n\n" + TALK + "\n\n" + notice)
    assert any("risk factors in our most recent form 10 k" in legend for legend in legends)
    assert not any("textual representation" in legend for legend in legends)


def test_a_calls_time_sensitive_notice_four_paragraphs_on_goes_on_with_the_legend(tmp_path):
    # the operator's notice past the comparisons, the recording notice and the replay's numbers
    # (heading-77); a remark about time-sensitive pricing three paragraphs on does not date the legend
    between = ["Comparisons are with the same quarter of last year unless we say otherwise, and adjusted "
               "results exclude the items set out in our release tables.",
               "This call is being recorded and a replay will be posted on our website for two weeks after "
               "the call ends this afternoon.",
               "To hear a replay by telephone, dial (800) 555-0100 and enter access code 4411 when asked."]
    notice = ("Time-sensitive information given during today's call may no longer be accurate at the time of a "
              "replay.")
    other = "Time-sensitive pricing in our stores ran for two weeks and is no longer available to shoppers."
    dated = legend_text(tmp_path, "\n\n".join([LEGEND.strip(), *between, notice, "Kim Lee", TALK]))
    assert any("no longer be accurate" in legend for legend in dated)
    assert all("margins widened" not in legend for legend in dated)
    undated = legend_text(tmp_path, "\n\n".join([LEGEND.strip(), *between, other, "Kim Lee", TALK]))
    assert all("pricing in our stores" not in legend for legend in undated)
