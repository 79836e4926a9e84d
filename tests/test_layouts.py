"""The legend and its elements are found whatever layout extraction left: glued to a web
address, merged into an "About" paragraph or into one giant paragraph, split by a page footer,
its factor list broken over lines or holding whole sentences. (benchmarks/layouts.py measures
the same on the corpus's tune half.)"""

from __future__ import annotations

import re
import textwrap

import pytest

import fslcheck
from fslcheck.documents import load_bytes
from fslcheck.normalise import canonicalise
from fslcheck.checks.inline_headings import legend_headings, section_headings

from .benchmark_modules import benchmark_module

LEGEND = ("This press release contains forward-looking statements within the meaning of the Private Securities "
          "Litigation Reform Act of 1995. Actual results could differ materially from those projected. Factors "
          "that could cause such differences include changes in demand, competition and the cost of steel. These "
          "and other risks are described in our Annual Report on Form 10-K. We undertake no obligation to update "
          "these forward-looking statements.")
ABOUT = ("Acme Corporation designs and sells industrial products in more than forty countries and employs "
         "some twelve thousand people. For more information, visit www.acmecorp.com")


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack("us-pslra")


def _statuses(result) -> dict[str, str]:
    return {f.rule.split(".", 1)[1]: f.status.value for f in result.findings}


@pytest.mark.parametrize("text", [
    # the legend's heading glued to the web address that ends the "About" paragraph
    f"About Acme\n\n{ABOUT}Forward-Looking Statements\n\n{LEGEND}",
    # ... in capitals, as 10-K headings are
    f"About Acme\n\n{ABOUT}FORWARD-LOOKING STATEMENTS\n\n{LEGEND}",
    # heading and legend run into the "About" paragraph, after its last sentence
    f"About Acme\n\n{ABOUT}. Forward-Looking Statements {LEGEND}",
    # a page number and a running header before the heading
    f"{ABOUT}. (more) 12 Forward-Looking Statements {LEGEND}",
    # a caption in sentence case run into the legend, as tag-less HTML leaves it
    f"{ABOUT}. Forward-looking statements {LEGEND}",
])
def test_the_legend_and_its_heading_are_found_where_extraction_merged_them(pack, text):
    found = _statuses(pack.check_text("Acme reported results.\n\n" + text))
    assert found["legend-required"] == "met"
    for element in ("heading", "statute", "identification", "differ-materially", "risk-factors", "sec-filings",
                    "no-update"):
        assert found[element] == "met", (element, found)


def test_a_merged_heading_lends_its_words_to_no_sentence(pack):
    # "Disclaimer" in the heading run into the first sentence negates nothing the sentence says
    text = f"{ABOUT}. Forward Looking Statements Disclaimer {LEGEND}"
    assert _statuses(pack.check_text(text))["statute"] == "met"
    # the sentence's own negation still counts
    denied = LEGEND.replace("contains forward-looking statements within", "contains no forward-looking statements within")
    assert _statuses(pack.check_text(f"{ABOUT}. Forward Looking Statements Disclaimer {denied}"))["statute"] != "met"


def test_a_link_glued_to_the_legend_is_not_a_link_only_legend(pack):
    text = f"{ABOUT}Safe Harbor Statement: {LEGEND}"
    found = _statuses(pack.check_text(text))
    assert found["legend-required"] == "met"
    assert found["statute"] == "met"


def test_tagless_html_legend_between_body_and_about(pack, tmp_path):
    # No paragraph tags: the whole page is one run of text, the heading merged into it.
    body = " ".join(["Acme reported record sales for the quarter and expects growth next year."] * 40)
    page = tmp_path / "release.html"
    page.write_text(f"<html><body>{body} Forward-Looking Statements {LEGEND} About Acme Corporation {ABOUT}."
                    "</body></html>", encoding="utf-8")
    document = fslcheck.check([str(page)], pack).documents[0]
    found = {f.rule.split(".", 1)[1]: f for f in document.findings}
    assert found["heading"].status.value == "met"
    assert found["risk-factors"].status.value == "met"
    # the legend ends at the "About" section: nothing of it is read as the legend's
    assert "forty countries" not in " ".join(found["risk-factors"].details["items"])


def test_a_page_footer_inside_a_sentence_does_not_cut_the_legend(pack):
    text = ("Forward-Looking Statements\n\nThis press release contains forward-looking statements. Actual results "
            "could differ materially. These and other risks are described in our Annual Report\n\n7\n\n"
            "Acme Corporation | Third Quarter Results | Page 8\n\non Form 10-K. We undertake no obligation to "
            "update these forward-looking statements.")
    found = _statuses(pack.check_text(text))
    assert found["sec-filings"] == "met"
    assert found["no-update"] == "met"


def test_a_page_break_inside_a_factor_list_lead_in(pack):
    # the footer and the next page's header cut "Factors that could cause such differences" from
    # its verb: the sentence reads on over them, its lead-in whole
    text = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. Factors that "
            "could cause such differences\n\n7\n\nAcme Corporation | Third Quarter Results | Page 8\n\n"
            "include changes in demand, competition and the cost of steel.")
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.risk-factors")
    assert finding.details["count"] == 3, finding.details["items"]


def test_page_furniture_between_sentences_or_before_a_heading_stays_a_break():
    from fslcheck.checks.base import CheckContext, over_page_breaks
    from fslcheck.normalise import canonicalise

    # after a finished sentence, before a capitalised heading, and between two bullets: kept
    for text in ("We sold more.\n\n7\n\nwe also sold less.", "Revenue 12 14\n\n7\n\nForward-Looking Statements",
                 "• tariffs;\n\n42\n\n• product demand;"):
        canonical = canonicalise(text)
        assert over_page_breaks(canonical, text) is canonical, text
    # inside a sentence: one space stands for the footer, and it maps back to all of it
    text = "are described in our Annual Report\n\n7\n\nAcme Corp. | Page 8\n\non Form 10-K."
    (document,) = load_bytes(text.encode(), "release.txt")
    context = CheckContext(document)
    assert context.text == "are described in our annual report on form 10 k."
    at = context.text.index(" on form")
    assert context.canonical.to_source(at, at + 1) == (text.index("\n\n7"), text.index("on Form"))
    assert context.canonical.to_source(at + 1, at + 3) == (text.index("on Form"), text.index("on Form") + 2)
    assert context.canonical.from_source(text.index("Form")) == context.text.index("form")


def test_a_semicolon_list_goes_on_over_a_broken_line_and_a_page_number(pack):
    text = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. Factors that could "
            "cause actual results to differ materially include, but are not limited to: global economic "
            "conditions; tariffs; currency fluctuations between the dollar and the yen and\n\nthe won; product "
            "demand; competitive pricing; 5\n\nretention of key personnel; and loss of customers.")
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.risk-factors")
    assert finding.details["count"] == 7, finding.details["items"]


def test_factors_that_are_whole_sentences_are_counted_over_their_full_stops(pack):
    text = ("Forward-Looking Statements\n\nThis report contains forward-looking statements. Material factors that "
            "could cause actual results to differ materially include, without limitation, the following: Intel's "
            "dominance of the market may limit our ability to compete; the company has a wafer supply agreement "
            "with limited exceptions. If the supplier cannot meet our needs, our business could be harmed; the "
            "company relies on third parties to manufacture its products; and the stock price is volatile. We assume no obligation "
            "to update forward-looking statements.")
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.risk-factors")
    assert finding.details["count"] == 4, finding.details["items"]


def test_sub_headings_that_group_factors_are_not_factors(pack):
    text = ("Forward-Looking Statements\n\nThis report contains forward-looking statements. Risks that could cause "
            "results to differ materially include, but are not limited to:\n\nEconomic Factors\n\n• unemployment "
            "levels;\n\n• inflation;\n\nOperating Factors\n\n• shrinkage;\n\n• labor costs.")
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.risk-factors")
    assert finding.details["count"] == 4, finding.details["items"]


def test_merged_headings_are_title_case_runs_before_a_sentence():
    text = "We sold more. Cautionary Note Concerning Factors That May Affect Future Results This Annual Report contains"
    spans = legend_headings(text, 0, len(text))
    assert [text[a:b] for a, b in spans] == ["Cautionary Note Concerning Factors That May Affect Future Results"]
    # a sentence that merely names the legend is no heading
    sentence = "We refer to the Forward-Looking Statements section below for details."
    assert legend_headings(sentence, 0, len(sentence)) == []
    # in capitals a heading is told from the sentence after it only where that sentence cannot go
    # on the caption's noun: "statements this release contains" with an object after the verb
    capitals = "WE SOLD MORE. FORWARD-LOOKING STATEMENTS THIS RELEASE CONTAINS FORWARD-LOOKING STATEMENTS."
    assert [capitals[a:b] for a, b in legend_headings(capitals, 0, len(capitals))] == ["FORWARD-LOOKING STATEMENTS"]
    # ... not where the words after it may be a relative clause of one sentence
    for sentence in ("WE SOLD MORE. FORWARD-LOOKING STATEMENTS THIS RELEASE CONTAINS ARE NOT GUARANTEES.",
                     "WE SOLD MORE. FORWARD-LOOKING STATEMENTS WE MAKE MAY PROVE WRONG.",
                     "WE SOLD MORE. FORWARD-LOOKING STATEMENTS THIS COMPANY MAKES ARE NOT GUARANTEES.",
                     "WE SOLD MORE. FORWARD-LOOKING STATEMENTS IN THIS RELEASE ARE NOT GUARANTEES.",
                     # nor after words that end no unit
                     "WE SOLD MORE, AND FORWARD-LOOKING STATEMENTS THIS RELEASE CONTAINS FORWARD-LOOKING STATEMENTS."):
        assert legend_headings(sentence, 0, len(sentence)) == [], sentence


@pytest.mark.parametrize("before, heading", [
    ("Media: Jane Roe +1 (555) 010-2345", "Forward-Looking Statements"),  # a telephone number
    ("Investors: ir@example.com", "Safe Harbor Statement"),  # an e-mail address
    ("Acme makes tools. ###", "Cautionary Note Regarding Forward-Looking Statements"),  # newswire markup
    ("Acme makes tools.", "Forward-Looking Statements Under the Reform Act of 1995:"),  # a colon closes it
    ("Learn more at acme-tools.com", "Safe Harbor Statement"),  # a bare domain
    ("Follow us: @AcmeTools", "Forward-Looking Statements"),  # a social handle
    ("Acme makes tools.", "Forward-looking statements"),  # a caption in sentence case
    ("Acme makes tools.", "Cautionary note regarding forward-looking statements"),
    ("Investors: ir@acme-tools.com", "Forward Looking Statements."),  # a caption closed by a full stop
    ("Acme makes tools. ###", "Safe harbor\" statement under the Private Securities Litigation Reform Act of 1995:"),
    # a long caption that names the statute
    ("Acme makes tools.", "Safe Harbor for Forward-Looking Statements Statement Under the Private Securities "
                          "Litigation Reform Act of 1995"),
    ("Follow us on LinkedIn", "Forward Looking Statements"),  # a social network's name ends a contact line
    ("Connect with us on Twitter", "Safe Harbor Statement"),
    ("On behalf of the Board, Jane Roe Chief Executive Officer", "Legal Notice Regarding Forward-Looking Statements:"),
    ("Jane Roe, President", "Cautionary Note Regarding Forward-Looking Information"),  # a signature's title
    ("He said, “We are pleased with the quarter.”", "Forward-Looking Statements"),  # a quotation ends a sentence
    ('She said, "Demand held up."', "Safe Harbor Statement"),
    ("Acme makes tools.", "Forward Looking and other Cautionary Information"),  # "other" left in lower case
    ("Investors: ir@acme-tools.com", "Caution regarding forward-looking information:"),  # a caption closed by a colon
    ("Acme makes tools.", "Cautionary note regarding forward-looking statements:"),
    ("Media: Jane Roe | Acme@example.com", "Forward-looking statements"),  # a capitalised e-mail address
    ("ITEM 7. MANAGEMENT'S DISCUSSION AND ANALYSIS OF RESULTS OF OPERATIONS", "Forward-Looking Statements"),
    ("The Nasdaq Global Select Market PART I", "CAUTIONARY STATEMENT"),  # a filing's part number
    ("Visit www.acme-tools.com", "A NOTE ABOUT FORWARD-LOOKING STATEMENTS:"),  # a one-letter word in capitals
    # a caption in capitals run into a legend in capitals
    ("WE SOLD MORE.", "FORWARD-LOOKING STATEMENTS"),
    ("WWW.ACME-TOOLS.COM", "CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS"),
    ("WE SOLD MORE.", "SAFE HARBOR STATEMENT:"),
    # a headline that leaves its verb in lower case
    ("Acme makes tools.", "Forward-Looking Information is Subject to Risk and Uncertainty"),
    ("Visit www.acme-tools.com", "Forward-Looking Statements are Subject to Change"),
])
def test_a_merged_heading_after_a_contact_line_or_markup(before, heading):
    text = f"{before} {heading} This release contains forward-looking statements."
    if heading.isupper() and before.isupper():  # a legend all in capitals
        text = text.upper()
    assert [text[a:b] for a, b in legend_headings(text, 0, len(text))] == [heading]


@pytest.mark.parametrize("text", [
    "Demand fell. Forward-looking statements in this release speak only as of today.",
    "Demand fell. Forward-looking statements made by Acme Tools are uncertain.",
    "Demand fell. Safe harbor provisions of the Reform Act apply to Acme: We rely on them.",
    "Demand fell. See the Safe Harbor Statement. This release speaks of plans.",
    "Demand fell. Forward-Looking Statements Are Risky. This release speaks of plans.",
    # a long title-case run that names no statute is not taken whole
    "Demand fell. Forward-Looking Statements Regarding Plans for New Stores and Warehouses Across "
    "Western Canada and the Northern States This release contains forward-looking statements.",
    # a caption closed by a colon must name the legend and hold no verb
    "Demand fell. Caution: This release contains forward-looking statements.",
    "Demand fell. Forward-looking statements include: This list is long.",
    "Demand fell. Caution is advised: This release contains forward-looking statements.",
    # a title or a network's name inside a sentence ends nothing
    "Demand fell, our Chief Executive Officer Forward-looking views are not statements.",
    "Demand fell, as we said on LinkedIn forward-looking statements This release is ours.",
    "Shares trade on NASDAQ Forward-looking statements speak only as of today. This release is ours.",
    "Demand fell in Part II Forward-Looking Statements Are Risky. This release speaks of plans.",
    # a sentence in running text that says the statements are subject to risks is no headline,
    # closed by a full stop or not, and nor is one whose lower-case verb comes after a sentence's opener
    "Demand fell. Forward-looking statements are subject to risks and uncertainties. This release is ours.",
    "Demand fell. Forward-looking statements are subject to change This release contains forward-looking statements.",
    "Demand fell, so Forward-Looking Statements are Subject to Change This release is ours.",
])
def test_a_sentence_or_a_long_run_is_no_merged_heading(text):
    assert legend_headings(text, 0, len(text)) == []


def test_a_colon_inside_a_sentence_is_no_merged_heading():
    text = "Demand fell. Forward-looking statements include the following: Our plans may change."
    assert legend_headings(text, 0, len(text)) == []


def test_a_sentence_start_is_no_section_heading():
    text = "Demand fell. Restrictions on our operations could harm us. About Acme Corporation Acme designs tools."
    assert [text[a:b] for a, b in section_headings(text, 0, len(text))] == ["About Acme Corporation"]


@pytest.mark.parametrize("listing", [
    "The following factors, among others, could cause actual results to differ materially: competition; "
    "changes in demand; the availability of financing.",
    "Factors that might cause such a difference include, but are not limited to, the following:\n\n"
    "- competition\n\n- changes in demand\n\n- the availability of financing\n\nAbout Acme\n\nAcme makes tools.",
    "Factors that could cause actual results to differ include:\n\n• competition\n\n• changes in demand\n\n"
    "• the availability of financing",
    "The risks to which we are exposed include (1) competition, (2) changes in demand and (3) the availability "
    "of financing.",
    "Key risks are competition, changes in demand, and the availability of financing.",
    "Actual results could differ materially owing to competition, changes in demand, and the availability of "
    "financing.",
    "Results could be affected by, among other things, competition, changes in demand, and the availability of "
    "financing.",
])
def test_factor_lists_in_other_wording_and_layouts(pack, listing):
    text = "Forward-Looking Statements\n\nThis press release contains forward-looking statements. " + listing
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.risk-factors")
    assert finding.status.value == "met"
    assert finding.details["count"] == 3, finding.details["items"]


def _layouts_module():
    return benchmark_module("layouts")


def test_the_layouts_benchmark_transforms_keep_the_legend_words():
    layouts = _layouts_module()
    legend = "Forward-Looking Statements\n\n" + LEGEND
    words = sorted(legend.split())
    for name, transform in layouts.LAYOUTS.items():
        made = transform("Before.\n\n", legend, "\n\nAfter.")
        if made is None:
            continue
        text, suffix = made
        # every variant is a document fslcheck reads, with the legend's words in it
        (loaded,) = load_bytes(text if isinstance(text, bytes) else text.encode("utf-8"), f"variant.{suffix}")
        assert "reform act of 1995" in canonicalise(loaded.text).text and "After." in loaded.text, name
        if isinstance(text, bytes):
            continue
        if name in ("edgar-60", "edgar-72", "pdf-lines"):
            assert max(len(line) for line in text.splitlines()) <= 95, name
        if name in ("identity", "edgar-60", "edgar-72", "heading-merged"):
            assert sorted(text.replace("Before.", "").replace("After.", "").split()) == words, name
    # the extraction artefacts keep the words: footnote marks run onto them, words cut by <span>
    # runs and <br> line breaks are read back whole
    marked, _ = layouts.LAYOUTS["footnote-marks"]("", legend, "")
    assert "forward-looking statements1 within" in marked and "Reform Act of 1995.\u00b2 Actual" in marked
    for name in ("span-split-html", "br-wrapped-html"):
        page, _ = layouts.LAYOUTS[name]("Before.\n\n", legend, "\n\nAfter.")
        (loaded,) = load_bytes(page.encode("utf-8"), "variant.html")
        assert " ".join(legend.split()) in " ".join(loaded.text.replace("\u00a0", " ").split()), name
    listed = layouts.bulleted(legend)
    assert listed is not None and listed.count("\n• ") == 3 and "• the cost of steel." in listed
    inline, _ = layouts.LAYOUTS["numbered-inline"]("", legend, "")
    assert "include: (1) changes in demand; (2) competition; and (3) the cost of steel." in inline
    heading, body = layouts.heading_and_body(legend)
    assert heading == "Forward-Looking Statements" and body[0].startswith("This press release")
    assert layouts.heading_and_body(LEGEND) == (None, [LEGEND])  # a legend without a heading
    # a list of quoted cue words is not a list of factors: left as it is
    assert layouts.bulleted('Words such as "expect," "plan" and "believe" identify forward-looking statements.') is None


def test_the_layouts_benchmark_bullets_only_lists_of_factors():
    """The benchmark's list finder takes a list of factors as a writer would set it out in bullets:
    not the sentences after an abbreviation in capitals, the commas of a date, the clause that
    continues an item, a passive "are", or a list of the documents that describe the factors."""
    layouts = _layouts_module()
    # "SEC." ends the sentence: what follows it is no item
    assert layouts.bulleted("Factors that could cause differences include the risks described in our filings with "
                            "the SEC. We undertake no obligation to update them, whether as a result of new "
                            "information, future events or otherwise.") is None
    found = layouts.factor_list("Risks that could cause results to differ include the findings of the report dated "
                                "May 17, 2024, competition, including from larger rivals, and rising rates.")
    assert found is not None and found[3] == ["the findings of the report dated May 17, 2024",
                                              "competition, including from larger rivals", "rising rates"]
    # a passive "are" opens no list, nor does a list of documents
    assert layouts.factor_list("The factors that could affect results are summarized in our filings, in our "
                               "reports and on our website.") is None
    assert layouts.factor_list("Risks that could cause results to differ include those in our Form 10-K, our "
                               "Forms 10-Q and other filings with the SEC.") is None
    assert layouts.factor_list("Risks that could cause results to differ include weather, competition and "
                               "rising rates.")[3] == ["weather", "competition", "rising rates"]


# twenty-first corpus batch: a caption above other cautions (a deal's conditions, an exchange's
# disclaimer) that stand between it and the legend
_DEAL_CAUTIONS = ("The merger with Beta Mills still needs the approval of Acme's shareholders, of the lenders "
                  "under its credit agreement and of the competition authorities in two countries. Nobody can "
                  "promise that it will close on the terms set out here, on the date now planned, or at all.\n\n"
                  "Shareholders should read the proxy statement Acme will mail to them before they vote, and "
                  "should not base their vote on this announcement alone. Trading in Acme's shares before the "
                  "vote may be volatile.\n\nThe Nasdaq has not reviewed the merger and takes no view on the "
                  "contents of this announcement.\n\n")


def test_a_caption_above_other_cautions_heads_the_legend_below_them(pack):
    found = _statuses(pack.check_text("Acme reported results.\n\nCaution About Forward-Looking Information\n\n"
                                      + _DEAL_CAUTIONS + LEGEND))
    assert found["heading"] == "met"


def test_a_caption_above_a_table_does_not_head_a_later_legend(pack):
    table = "Revenue 12 14\n\nMargin 3 4\n\n"
    found = _statuses(pack.check_text("Acme reported results.\n\nForward-Looking Guidance\n\n" + table + LEGEND))
    assert found["heading"] == "missing"


def test_a_legend_whose_line_ends_lost_their_spaces_is_read_whole(pack):
    """Text copied from a PDF viewer that dropped the space at each wrapped line's end: every
    element is still found (fslcheck.glued_words parts the run-together words)."""
    text = ("Acme Corporation ispleased toannounce its results forthe quarter. Thecompany thanks "
            "itscustomers andemployees.\n\nForward-Looking Statements\n\nThis press release containsforward-"
            "looking statements within themeaning of the Private Securities Litigation Reform Act of 1995. "
            "Actual results coulddiffer materially from those projected. Factors thatcould cause such "
            "differences include changes indemand, competition and the cost of steel. Theseand other risks "
            "are described in our Annual Report onForm 10-K. We do not undertaketo update these forward-"
            "lookingstatements.")
    found = _statuses(pack.check_text(text))
    for element in ("identification", "differ-materially", "statute", "sec-filings", "no-update"):
        assert found[element] == "met", (element, found)


_BULLETED_KINDS = ("This call contains forward-looking statements within the meaning of the Private Securities "
                   "Litigation Reform Act of 1995. These uncertainties could include:\n\n• economic conditions;\n\n"
                   "• market demands; and\n\n• {last}.\n\nSuch factors could cause actual results to differ "
                   "materially.")


@pytest.mark.parametrize("last, count", [
    # the list's last item, as in prose ("economic conditions, market demands, and competitive
    # factors"): the "and" left before its bullet is no one-word item that makes it a kind of factors
    ("competitive factors", 3),
    # ... while adjectives sharing one noun still name kinds of factors, none specific
    ("competitive and technological factors", 2),
])
def test_a_bulleted_lists_last_item_after_and(pack, last, count):
    found = {f.rule: f for f in pack.check_text(_BULLETED_KINDS.format(last=last)).findings}
    assert found["pslra.risk-factors"].details["count"] == count


_CAPITALS = ("Acme reported results.\n\n{heading}{legend}")
_CAPITAL_LEGEND = ("THIS RELEASE CONTAINS FORWARD-LOOKING STATEMENTS WITHIN THE MEANING OF THE PRIVATE SECURITIES "
                   "LITIGATION REFORM ACT OF 1995. ACTUAL RESULTS COULD DIFFER MATERIALLY FROM THOSE PROJECTED. WE "
                   "UNDERTAKE NO OBLIGATION TO UPDATE THESE FORWARD-LOOKING STATEMENTS.")


@pytest.mark.parametrize("heading, met", [
    # a legend in capitals: its first sentence looks like a title-case run-in label, but a main
    # verb or a personal pronoun makes it a sentence
    # (one that announces the legend, "LET ME READ OUR SAFE HARBOR STATEMENT", is its spoken
    # heading: tests/test_spoken_headings.py)
    ("BEFORE WE BEGIN, LET ME THANK OUR EMPLOYEES FOR THEIR WORK. ", False),
    ("TODAY'S CALL MAY INCLUDE FORWARD-LOOKING STATEMENTS. ", False),
    ("FORWARD-LOOKING STATEMENTS ARE NOT GUARANTEES OF FUTURE PERFORMANCE. ", False),
    # a heading in capitals whose verb is in a relative clause is still one
    ("FACTORS THAT MAY AFFECT FUTURE RESULTS AND FORWARD-LOOKING STATEMENTS\n\n", True),
    ("CAUTIONARY STATEMENT REGARDING FORWARD-LOOKING STATEMENTS\n\n", True),
    ("SAFE HARBOR STATEMENT: ", True),
    ("BUT FIRST, I'LL REVIEW THE HIGHLIGHTS OF THE QUARTER. ", False),
    # "I" alone is a numeral there, no pronoun
    ("PART I FORWARD-LOOKING STATEMENTS\n\n", True),
    # a heading run into its paragraph, all in capitals: cut where the sentence opens
    ("FORWARD-LOOKING STATEMENTS THIS CALL INCLUDES FORWARD-LOOKING STATEMENTS. ", True),
    # "we" opening a relative clause without "that" on the owner a caption names is no sentence:
    # the caption stays whole, and so names another's statements
    ("FORWARD-LOOKING STATEMENTS OF MUNICIPAL SYSTEMS WE HAVE AGREED TO ACQUIRE\n\n", False),
    ("FORWARD-LOOKING STATEMENTS OF THE COMPANY WE HAVE FORMED\n\n", True),
])
def test_a_sentence_in_capitals_is_no_heading(pack, heading, met):
    found = _statuses(pack.check_text(_CAPITALS.format(heading=heading, legend=_CAPITAL_LEGEND)))
    assert (found["heading"] == "met") is met, found["heading"]


_DASH_LEGEND = (" This press release contains forward-looking statements within the meaning of the Private Securities "
                "Litigation Reform Act of 1995. Actual results could differ materially. We undertake no obligation "
                "to update them.")


@pytest.mark.parametrize("label, met", [
    # a sentence-case label closed by a dash (the canonical text drops dashes: read in the source)
    ("Forward-looking statements \u2014", True),
    ("Forward-looking statements \u2013", True),
    ("Safe harbor statement -", True),
    # a sentence before the dash is no label
    ("Forward looking statements are risky \u2014", False),
])
def test_a_label_closed_by_a_dash(pack, label, met):
    found = _statuses(pack.check_text("Acme reported results.\n\n" + label + _DASH_LEGEND))
    assert (found["heading"] == "met") is met, found["heading"]


# Headings worded or set as releases print them (benchmarks/layouts.py `heading-renamed`,
# `heading-title-period`): other names for the legend, a caption in sentence case closed by a full
# stop, a sentence-case run-in label whose sentence goes on in lower case after the colon.
@pytest.mark.parametrize("text", [
    f"Note on Forward-Looking Information\n\n{LEGEND}",
    f"Cautionary Language\n\n{LEGEND}",
    f"Disclaimer Regarding Forward-Looking Statements\n\n{LEGEND}",
    f"Legal Notice Concerning Forward-Looking Statements\n\n{LEGEND}",
    f"Forward-Looking Statements.\n\n{LEGEND}",
    f"Cautionary note on forward-looking statements.\n\n{LEGEND}",
    "Forward-looking statements: this press release contains forward-looking statements within the meaning of "
    "the Private Securities Litigation Reform Act of 1995.",
])
def test_a_heading_named_or_set_another_way_is_the_legends_heading(pack, text):
    assert _statuses(pack.check_text("Acme reported results.\n\n" + text))["heading"] == "met"


@pytest.mark.parametrize("text", [
    # a caption that names no legend ("Disclaimer", "Legal Notice") is none by the labelling guide
    f"Disclaimer\n\n{LEGEND}",
    f"Legal Notice\n\n{LEGEND}",
    # a "Disclaimer" over a website disclaimer is not the heading of the legend after it
    "Disclaimer\n\nThe information on our website, including any forward-looking statements there, is not part "
    f"of this release.\n\nAbout Acme\n\n{ABOUT}.\n\n{LEGEND}",
    # a short sentence closed by a full stop is no caption, though it names forward-looking statements
    f"Forward-looking statements involve risks.\n\n{LEGEND}",
    f"Safe harbor protection applies.\n\n{LEGEND}",
    # "Important note:" names no legend; a colon after a sentence's own words opens a list
    f"Important note: {LEGEND}",
    "Forward-looking statements include: our revenue outlook, our margin targets and our plans for new "
    f"plants.\n\n{LEGEND}",
])
def test_a_caption_or_sentence_that_names_no_legend_is_no_heading(pack, text):
    assert _statuses(pack.check_text("Acme reported results.\n\n" + text))["heading"] != "met"


# A heading set in letter-spaced capitals, as a PDF of a display face gives it (benchmarks/layouts.py
# `heading-spaced`): read as its words, mapped back to the whole line.
@pytest.mark.parametrize("heading", [
    "F O R W A R D - L O O K I N G   S T A T E M E N T S",
    "C A U T I O N A R Y   S T A T E M E N T   R E G A R D I N G   \u201c F O R W A R D - L O O K I N G \u201d   "
    "I N F O R M A T I O N",
    "S A F E   H A R B O R   S T A T E M E N T :",
    # a year's digits spaced too, a quote mark clinging to a letter
    '\u201c S A F E   H A R B O R"   S T A T E M E N T   U N D E R   T H E   P R I V A T E   S E C U R I T I E S   '
    "L I T I G A T I O N   R E F O R M   A C T   O F   1 9 9 5",
])
def test_a_letter_spaced_heading_is_the_legends_heading(pack, heading):
    found = _statuses(pack.check_text(f"Acme reported results.\n\n{heading}\n\n{LEGEND}"))
    assert found["heading"] == "met"


def test_letter_spaced_words_are_read_only_on_a_line_of_their_own():
    from fslcheck.checks.base import CheckContext

    text = ("Acme sold more in the U S A than in Canada.\n\nD I S C L A I M E R\n\nS A F E   H A R B O R\n\n"
            "s a f e   h a r b o r\n\nRatings: A B C\n\n1 2 3 4 5 6 7 8 9")
    (document,) = load_bytes(text.encode(), "release.txt")
    context = CheckContext(document)
    # a spaced line of capitals is its words; initials in a sentence, lower case, a short run stay
    assert context.text == ("acme sold more in the u s a than in canada.\n\ndisclaimer\n\nsafe harbor\n\n"
                            "s a f e h a r b o r\n\nratings: a b c\n\n1 2 3 4 5 6 7 8 9")
    at = context.text.index("safe harbor")
    assert text[slice(*context.canonical.to_source(at, at + len("safe harbor")))] == "S A F E   H A R B O R"


def test_a_letter_spaced_caption_that_names_no_legend_is_no_heading(pack):
    # "D I S C L A I M E R" reads "Disclaimer", which names no legend (the labelling guide)
    found = _statuses(pack.check_text(f"Acme reported results.\n\nD I S C L A I M E R\n\n{LEGEND}"))
    assert found["heading"] != "met"


def test_the_layouts_benchmark_moves_factors_only_into_a_sentence_that_says_no_more():
    """`such-as-differ` moves the factors into the differ-materially sentence only when the list's
    own sentence merely names their cause and the differ sentence ends with its clause;
    `page-continued` keeps every word of the legend and cuts after a sentence's end."""
    layouts = _layouts_module()
    legend = "Forward-Looking Statements\n\n" + LEGEND
    moved, _ = layouts.LAYOUTS["such-as-differ"]("", legend, "")
    assert ("could differ materially from those projected because of factors such as changes in demand, competition "
            "and the cost of steel. These and other risks") in moved
    # a differ sentence that goes on to another clause takes no factors
    other = legend.replace("from those projected.", "from those projected and reported results should not be relied on.")
    assert layouts.LAYOUTS["such-as-differ"]("", other, "") is None
    continued, _ = layouts.LAYOUTS["page-continued"]("", legend, "")
    assert "Forward-Looking Statements (continued)" in continued
    assert sorted(continued.replace("(continued)", "").split()) == sorted(
        (legend + " Page 7 of 9 ACME CORPORATION Forward-Looking Statements").split())
    assert re.search(r"\.\s+Page 7 of 9", continued)


def test_the_layouts_benchmark_wordings_of_the_thirtieth_session():
    layouts = _layouts_module()

    def legend_of(name, legend):
        made = layouts.LAYOUTS[name]("", legend, "")
        return None if made is None else made[0].strip()

    assert legend_of("us-spelling", "Safe Harbour. We recognise, organisation; emphasis; analysis; otherwise.") == (
        "Safe Harbor. We recognize, organization; emphasis; analysis; otherwise.")
    assert legend_of("ampersand", "Risks and uncertainties, and filings with the Securities and Exchange Commission.") == (
        "Risks & uncertainties, and filings with the Securities & Exchange Commission.")
    short = legend_of("act-short-names", "Within the Private Securities Litigation Reform Act of 1995. The safe harbor "
                      "of the Private Securities Litigation Reform Act of 1995, as amended, and the Securities Exchange "
                      "Act of 1934 and the Securities Exchange Act of 1934, as amended.")
    assert short == ("Within the Private Securities Litigation Reform Act of 1995. The safe harbor of the PSLRA, and the "
                     "Securities Exchange Act of 1934 and the Exchange Act.")
    assert legend_of("hyphen-dropped", "Forward-Looking Statements on non-GAAP measures.") == (
        "Forward Looking Statements on non GAAP measures.")
    assert legend_of("quotes-single", "Words such as \"expect,\" “believe” and \"the Company's\".") == (
        "Words such as 'expect,' ‘believe’ and \"the Company's\".")
    assert legend_of("ampersand", "Changes in demand, competition and costs.") is None


def test_an_ampersand_in_the_commissions_name_or_the_legends_general_nouns(pack):
    text = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. Actual results could "
            "differ materially because of risks & uncertainties that are difficult to predict, including changes in "
            "demand, and other reports that we file with the Securities & Exchange Commission.")
    findings = {f.rule: f for f in pack.check_text(text).findings}
    assert findings["pslra.sec-filings"].status.value == "met"
    assert findings["pslra.risk-factors"].details["count"] == 1, findings["pslra.risk-factors"].details.get("items")


# A legend whose factors are paragraphs of their own, as a long release sets them out, merged
# into one paragraph by tag-less HTML or a layout that ran its paragraphs together. The factor
# paragraphs explain themselves in plain sentences that say nothing of risks.
_FACTOR_PARAGRAPHS = [
    "Trade rules can change quickly. For instance, several countries restricted shipments of "
    "machine tools last spring. Two of our suppliers moved their plants as a result. Customs "
    "checks at the border also grew longer.",
    "Our warehouse robots depend on chips from a few foundries. Shortages of those chips could have "
    "a material adverse effect on our deliveries. Lead times reached forty weeks last year. Prices "
    "for the parts doubled over the same period.",
    "Weather disrupted our plants in the past. Storms closed the Gulf plant for a week in 2021. Floods "
    "damaged the river warehouse in 2019. Heat waves slowed our assembly lines.",
]
_MERGED_OPENING = ("Forward-Looking Statements This release contains forward-looking statements within the meaning "
                   "of the Private Securities Litigation Reform Act of 1995. Actual results could differ "
                   "materially because of the following factors. We undertake no obligation to update them.")
_MERGED_CLOSING = "These and other risks are described in our annual report on Form 10-K."


@pytest.mark.parametrize("bullet", ["• ", "▪ ", ""])
def test_a_merged_legend_goes_on_over_factors_said_in_plain_sentences(pack, bullet):
    # a bullet kept inside the paragraph opens an item; a sentence that names the harm a factor
    # may do ("could have a material adverse effect") is the legend's too: the run of plain
    # sentences between them does not end the legend before its pointer to the filings
    items = " ".join(bullet + item for item in _FACTOR_PARAGRAPHS)
    if not bullet:  # without bullets, no more than two plain sentences between sentences of harm
        items = ("Trade rules can change quickly. New export limits could have a material adverse effect on "
                 "our sales. For instance, several countries restricted shipments of machine tools last spring. "
                 "Two of our suppliers moved their plants as a result. Shortages of chips may adversely affect "
                 "our deliveries. Lead times reached forty weeks last year. Prices for the parts doubled. Storms "
                 "that close a plant could adversely impact our output. Floods damaged the river warehouse in 2019.")
    text = f"{ABOUT}. {_MERGED_OPENING} {items} {_MERGED_CLOSING}"
    found = _statuses(pack.check_text("Acme reported results.\n\n" + text))
    assert found["sec-filings"] == "met", found


def test_plain_sentences_after_a_merged_legend_still_end_it(pack):
    # must not: with neither a bullet nor a sentence of harm, the plain sentences of a call's
    # remarks after the caution are not the legend's, and a later pointer is not read as its own
    remarks = ("Revenue grew twelve percent in the quarter. We opened four stores in Ohio. Margins improved "
               "on lower freight. Our balance sheet remains strong. We hired two hundred engineers. "
               "Our annual report on Form 10-K was filed in March.")
    opening = ("This call contains forward-looking statements within the meaning of the Private Securities "
               "Litigation Reform Act of 1995. Actual results could differ materially.")
    found = _statuses(pack.check_text(f"Operator: Good morning. {opening} {remarks} We undertake no obligation to update them."))
    assert found["sec-filings"] != "met", found



# A numbered list of factors run into one paragraph (its items were lines of their own): the next
# item's number, closed by a full stop, reads as a sentence's end ("...; 11. the loss of ..."), so
# that each item looks like a plain sentence of its own and the legend seemed to end in the list.
_NUMBERED_FACTORS = ["the loss of large clients", "pressure on the prices we charge", "the failure to execute our strategy",
                     "the failure to integrate acquired businesses", "problems with our vendors", "our international operations",
                     "declines in the value of used devices", "the departure of key executives",
                     "joint ventures we do not control", "storms and other catastrophes", "negative publicity",
                     "the adequacy of our reserves"]


@pytest.mark.parametrize("closing", ["; and", ", and", ";"])
def test_a_merged_numbered_list_goes_on_to_its_last_item(pack, closing):
    items = [f"{n}. {item}" for n, item in enumerate(_NUMBERED_FACTORS, start=1)]
    listed = "; ".join(items[:-1]) + f"{closing} {items[-1]}."
    text = (f"{ABOUT}. Forward-Looking Statements This release contains forward-looking statements within the meaning "
            "of the Private Securities Litigation Reform Act of 1995. Actual results could differ materially from "
            f"those projected. The following factors could cause such differences: {listed} For more on these "
            "factors, please refer to our Annual Report on Form 10-K filed with the SEC. Conference Call Acme will "
            "host a call at ten in the morning. The call can be heard on our website. A replay will be available "
            "for a week. Analysts may ask questions after the remarks.")
    findings = {f.rule: f for f in pack.check_text("Acme reported results.\n\n" + text).findings}
    assert findings["pslra.sec-filings"].status.value == "met"
    # ... and the list's last item is the sentence after its number
    assert findings["pslra.risk-factors"].details["count"] == len(_NUMBERED_FACTORS), (
        findings["pslra.risk-factors"].details["items"])


def test_a_number_after_a_comma_in_remarks_is_no_list_item(pack):
    # must not: remarks after a caution whose sentences end in a number ("..., up from 11.") are
    # no numbered list's items, and a later pointer is still not the legend's
    remarks = ("Revenue grew twelve percent in the quarter. We opened stores in Ohio, Texas and Utah, up from 11. "
               "Margins improved on lower freight, to 12. Our balance sheet remains strong. We hired engineers. "
               "Our annual report on Form 10-K was filed in March.")
    opening = ("This call contains forward-looking statements within the meaning of the Private Securities "
               "Litigation Reform Act of 1995. Actual results could differ materially.")
    found = _statuses(pack.check_text(f"Operator: Good morning. {opening} {remarks} We undertake no obligation to update them."))
    assert found["sec-filings"] != "met", found


def test_a_number_closing_a_sentence_after_a_list_is_no_item(pack):
    # must not: after a semicolon list closed by a full stop, a sentence that merely ends in a number
    # is not read as the list's next item
    text = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. Factors that could cause "
            "actual results to differ materially include: weather; fuel prices; and labor costs. Our store count "
            "rose to 12. We opened stores in Ohio and Utah.")
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.risk-factors")
    assert finding.details["count"] == 3, finding.details["items"]


@pytest.mark.parametrize("opener", ["Certain", "Several", "Many"])
def test_a_determiner_after_a_heading_run_into_its_legend_names_no_one(pack, opener):
    # a page with no paragraph markup runs the heading into the legend's first sentence; the
    # determiner that opens it then stands capitalised after the heading's words ("... Risk and
    # Uncertainty Certain statements"), as another party's name would, and is none
    legend = (f"{opener} statements in this release may constitute forward-looking statements within the meaning of "
              "the Private Securities Litigation Reform Act of 1995. Actual results may differ materially from "
              "those projected. The Company undertakes no obligation to update these statements.")
    page = ("<html><body>\nCalloway Cable Holdings, Inc. (NYSE: CLWY) reported results for the fourth quarter today. "
            "Sales rose 5% on higher copper prices.\n\nForward-Looking Information is Subject to Risk and "
            f"Uncertainty\n\n{legend}\n</body></html>\n")
    document = load_bytes(page.encode(), "release.html")[0]
    statuses = _statuses(pack.check_text(document.text))
    assert statuses["statute"] == "met" and statuses["identification"] == "met", statuses


# -- fortieth session: a heading after the legend, invisible characters, wrapped titles ------------

_HEADED_LEGEND = (
    "Additional Factors That May Affect Future Results\n\n"
    "Our disclosure in this report contains forward-looking statements. Forward-looking statements "
    "give our current expectations or forecasts of future events, and actual results may vary materially "
    "from those anticipated.\n\n"
    "We undertake no obligation to update any forward-looking statement. We provide the following "
    "discussion of risks and uncertainties relevant to our business. These are factors that we think could "
    "cause our actual results to differ materially from expected and historical results. The following "
    "discussion is provided pursuant to the Private Securities Litigation Reform Act of 1995.\n\n")
_TITLES = ["We Rely on Others to Manufacture Our Products",
           "The Growth of Managed Care Organizations and Other Third Party Reimbursement Policies May Have an "
           "Adverse Effect on Our Pricing Policies and Our Margins",
           "We Face Significant Competition Within Our Industry"]
_EXPLANATION = ("Currently, we contract out for all of our manufacturing needs, and a loss of a supplier "
                "could hurt our sales and results of operations for some time.")


def _document(text: str):
    from fslcheck.documents.text import from_text
    return from_text(text, "filing.txt", "0")


def test_the_legend_does_not_end_on_the_heading_of_what_follows():
    # the first risk factor's title holds a word of the legend's ("Rely"), but it heads the
    # discussion after the legend, which ended with the sentence before it
    from fslcheck.checks.base import CheckContext
    text = _HEADED_LEGEND + "".join(f"{title}\n\n{_EXPLANATION}\n\n" for title in _TITLES)
    document = _document(text)
    context = CheckContext(document)
    start, end = max(context.legend_spans, key=lambda span: span[1] - span[0])
    source_start, source_end = context.canonical.to_source(start, end)
    assert document.text[source_start:source_end].rstrip().endswith("Reform Act of 1995.")


def test_a_title_hard_wrapped_over_two_lines_is_still_a_factor(pack):
    wrapped = "".join("\n".join(textwrap.wrap(title, 80)) + f"\n\n{_EXPLANATION}\n\n" for title in _TITLES)
    found = {f.rule.split(".", 1)[1]: f for f in pack.check_text(_HEADED_LEGEND + wrapped).findings}
    assert found["risk-factors"].details["count"] == 3


@pytest.mark.parametrize("heading", ["Caut\u00adion\u00adary State\u00adment", "Caution\u00adary\u00a0Statement",
                                     "Cautionary\u200b Statement"])
def test_a_run_in_heading_is_read_past_invisible_characters(pack, heading):
    text = f"Acme reported results.\n\n{heading} {LEGEND}"
    assert _statuses(pack.check_text(text))["heading"] == "met"


def test_a_word_with_soft_hyphens_is_a_word_written_in_lower_case():
    # a Word or RTF export's discretionary hyphens do not make "docu-ment" a word the document
    # never writes in lower case (a name, and "this document" another party's)
    from fslcheck.meaning.names import Names
    source = "Document list. The information in this docu\u00adment speaks as of the date of this docu\u00adment."
    assert Names(frozenset({"acme"}), source).never_lower("document") is False


# --- forty-first session: filings and copies ----------------------------------------------------

_CUT = ("Forward-Looking Statements\n\nThis report contains forward-looking statements within the meaning of "
        "the Private Securities Litigation Reform Act of 1995. Actual results could differ materially. These "
        "statements are subject to risks and uncertainties that are difficult to predict, inclu<BREAK>ding "
        "changes in demand, competition and the cost of steel. We undertake no obligation to update these "
        "forward-looking statements.")


def _count(pack, text: str) -> int:
    return next(f for f in pack.check_text(text).findings if f.rule == "pslra.risk-factors").details["count"]


def test_an_edgar_page_number_before_its_page_marker_goes_with_it():
    # "14" centred at the foot of the page, then "<PAGE>": both cut the sentence, both are dropped
    text = ("Actual results may differ because of risks and assumptions\n\n" + " " * 38 + "14\n\n<PAGE>\n\n"
            "that are difficult to predict.\n")
    assert _document(text).text == ("Actual results may differ because of risks and assumptions\n"
                                    "that are difficult to predict.\n")
    # a number that is a line of the page, not before a marker, is kept
    assert "14" in _document("Totals\n\n14\n\nThat is all.\n").text


@pytest.mark.parametrize("header", ["ACME CORPORATION AND SUBSIDIARIES", "Acme Foods Inc."])
def test_a_running_header_and_a_word_split_over_the_page_are_read_over(pack, header):
    # the page's number and the next page's running header (the registrant's name alone) inside
    # the sentence, and "inclu-" / "ding" split at the page's end: the sentence reads on, whole
    text = _CUT.replace("<BREAK>", f"-\n\n23\n\n{header}\n\n")
    found = _statuses(pack.check_text(text))
    assert found["risk-factors"] == "met" and _count(pack, text) == 3
    # a compound's hyphen at the page's end stays a compound's (two words), as at a line's end
    from fslcheck.checks.base import CheckContext
    (document,) = load_bytes(("Results depend on our long-\n\n23\n\nACME CORPORATION\n\nterm contracts with the "
                              "government, which are long-term contracts.").encode(), "r.txt")
    assert "long term contracts with" in CheckContext(document).text
    # a name that could be a common noun's ("Company", "Group") is no running header
    text = _CUT.replace("<BREAK>", "-\n\n23\n\nThe Company\n\n")
    assert _count(pack, text) != 3


_ANNOUNCED = ("Forward-Looking Statements\n\nThis release contains forward-looking statements within the meaning of "
              "the Private Securities Litigation Reform Act of 1995. Actual results could differ materially. These "
              "statements are subject to risks and uncertainties, including, but not limited to, the following.\n\n"
              "{first}\n\n"
              "The effect of evolving domestic and foreign government regulations, including those related to the "
              "provision of services on the Internet, those related to accessing the Internet, and those addressing "
              "data privacy, cross-border data transfers and import and export controls.\n\n"
              "Effects of global and regional economic conditions, including as a result of government policies, "
              "war, terrorism, natural disasters, and public health issues.\n\n"
              "Our reliance on third-party hardware, software and platform providers.\n\n"
              "Use of Non-GAAP Financial Measures\n\n"
              "This release contains non-GAAP financial measures, which are reconciled in the tables below.")


@pytest.mark.parametrize("first", ["Our participation in markets that are competitive.",
                                   "Risks associated with cyclicality and market conditions in our industry."])
def test_factors_a_paragraph_each_after_the_following_closed_by_a_full_stop(pack, first):
    # the lead-in ends with a full stop, each factor is a paragraph of one sentence (one of
    # them 40 words long, another holding commas of its own), and the heading after the list is
    # no factor
    finding = next(f for f in pack.check_text(_ANNOUNCED.format(first=first)).findings
                   if f.rule == "pslra.risk-factors")
    assert finding.details["count"] == 4, finding.details["items"]
    assert first.lower().rstrip(".") in finding.details["items"]
    assert not any("non gaap" in item for item in finding.details["items"])


def test_the_layouts_benchmark_filings_and_copies_of_the_forty_first_session():
    layouts = _layouts_module()
    legend = "Forward-Looking Statements\n\n" + LEGEND
    stop, _ = layouts.LAYOUTS["factor-paras-stop"]("", legend, "")
    assert "differences include the following.\n\nChanges in demand.\n\nCompetition.\n\nThe cost of steel." in stop
    qualified = legend.replace("include changes", "include, but are not limited to, changes")
    stop, _ = layouts.LAYOUTS["factor-paras-stop"]("", qualified, "")
    assert "include, but are not limited to, the following.\n\nChanges in demand." in stop
    paged, _ = layouts.LAYOUTS["edgar-page-tag"]("", legend, "")
    assert "\n<PAGE>\n" in paged and max(len(line) for line in paged.splitlines()) <= 80
    caps, _ = layouts.LAYOUTS["caps-colon"]("", legend, "")
    assert "FORWARD-LOOKING STATEMENTS: This press release" in caps
    crlf, _ = layouts.LAYOUTS["crlf"]("Before.\n\n", legend, "\n\nAfter.")
    cr, _ = layouts.LAYOUTS["cr-only"]("Before.\n\n", legend, "\n\nAfter.")
    assert b"\r\n" in crlf and b"\n" not in crlf.replace(b"\r\n", b"") and b"\n" not in cr and b"\r\r" in cr
    for made in (crlf, cr):
        (loaded,) = load_bytes(made, "variant.txt")
        assert "\r" not in loaded.text and "Forward-Looking Statements\n\nThis press release" in loaded.text
    marked, _ = layouts.LAYOUTS["sup-nbsp-html"]("", legend, "")
    (loaded,) = load_bytes(marked.encode(), "variant.html")
    assert "Reform Act of 1995" in loaded.text and "<sup>(1)</sup>" in marked


_PROSE = ("Forward-looking statements are based on management's current expectations and assumptions and are "
          "subject to inherent uncertainties, risks and changes in circumstances that are difficult to predict. ")


def test_a_page_break_with_no_footer_inside_a_long_sentence(pack):
    # an EDGAR exhibit's page break leaves a new paragraph and no page number: the factor list
    # goes on in lower case after it, and both sides are prose, so the sentence reads on
    text = ("Forward-Looking Statements\n\nThis release contains forward-looking statements. " + _PROSE + _PROSE +
            "Factors that could cause actual results to differ materially include, but are not limited to, the level "
            "of activity in offshore oil and gas\n\nexploration and development, operating hazards and delays, risks "
            "associated with international operations, actions by customers and other third parties, the price of "
            "oil, and the other risks discussed in our most recent Annual Report on Form 10-K. We undertake no "
            "obligation to update these forward-looking statements.")
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.risk-factors")
    assert finding.status.value == "met"
    assert "offshore oil and gas exploration" in finding.details["items"][0]
    assert finding.details["count"] >= 4, finding.details["items"]


@pytest.mark.parametrize("text", [
    # short bare-line items with no closing marks: a list's items, kept apart
    "our ability to grow our business\n\nour reliance on key suppliers",
    # a long paragraph that ends its sentence, then a lower-case start: kept apart
    _PROSE * 3 + "\n\n" + "and " + _PROSE.lower() * 2,
    # a long paragraph without a closing mark, then a capitalised paragraph: kept apart
    _PROSE * 3 + "Revenue by segment\n\n" + _PROSE * 2,
])
def test_a_bare_break_stays_a_break_unless_prose_runs_on_in_lower_case(text):
    from fslcheck.checks.base import over_page_breaks
    from fslcheck.normalise import canonicalise

    canonical = canonicalise(text)
    assert over_page_breaks(canonical, text) is canonical, text
