"""Double-spaced text: the blank line after every wrapped line is no paragraph break; headings,
list items, paragraph ends and pages of one-line paragraphs stay apart."""

from __future__ import annotations

import textwrap

import fslcheck
from fslcheck.documents.double_spacing import soft_blank_lines
from fslcheck.documents.text import from_text

LEGEND = (
    "This press release contains forward-looking statements within the meaning of the Private "
    "Securities Litigation Reform Act of 1995. Words such as \"expects,\" \"believes\" and "
    "\"intends\" identify forward-looking statements. Actual results could differ materially from "
    "those projected because of risks and uncertainties, including the loss of a major customer, "
    "increases in the cost of steel and the outcome of pending litigation, and those described in "
    "our Annual Report on Form 10-K filed with the Securities and Exchange Commission. These "
    "statements speak only as of the date of this release, and we undertake no obligation to update "
    "them."
)


def _double_spaced(*paragraphs: str, width: int = 70) -> str:
    lines = [line for paragraph in paragraphs for line in textwrap.wrap(paragraph, width)]
    return "\n\n".join(lines) + "\n"


def _paragraphs(text: str) -> list[str]:
    document = from_text(text, "release.txt", "0")
    return [" ".join(p.split()) for p in document.text.split("\n\n") if p.strip()]


def test_a_double_spaced_paragraph_is_read_as_one():
    text = _double_spaced("Forward-Looking Statements", LEGEND)
    assert _paragraphs(text) == ["Forward-Looking Statements", LEGEND]


def test_the_findings_are_those_of_the_single_spaced_legend(tmp_path):
    single = tmp_path / "single.txt"
    single.write_text("Forward-Looking Statements\n\n" + textwrap.fill(LEGEND, 70) + "\n")
    double = tmp_path / "double.txt"
    double.write_text(_double_spaced("Forward-Looking Statements", LEGEND))
    statuses = [{f.rule: f.status.value for f in fslcheck.check([str(path)], "us-pslra").documents[0].findings}
                for path in (single, double)]
    assert statuses[0] == statuses[1]
    assert statuses[1]["pslra.differ-materially"] == "met"
    assert statuses[1]["pslra.no-update"] == "met"


def test_a_short_last_line_ends_its_paragraph():
    first = "Sales rose in the quarter on demand from new and existing customers in every region we serve."
    text = _double_spaced(first, LEGEND)
    assert _paragraphs(text) == [first, LEGEND]


def test_list_items_and_an_indented_first_line_open_paragraphs():
    lead = (LEGEND + " Factors that could cause actual results to differ materially from those in "
            "the forward-looking statements include the following:")
    items = ["• the loss of a major customer or of several smaller ones in the same year;",
             "• increases in the cost of steel, aluminium and the other metals we buy; and",
             "• the outcome of pending litigation."]
    text = _double_spaced(lead) + "\n" + "\n\n".join(items) + "\n"
    assert _paragraphs(text) == [lead] + items
    indented = _double_spaced(LEGEND).replace("This press", "     This press") + "\n" + \
        _double_spaced("     " + LEGEND)
    assert len(_paragraphs(indented)) == 2


def test_one_line_paragraphs_and_short_lines_stay_apart():
    unwrapped = "\n\n".join([LEGEND, LEGEND.upper(), LEGEND]) + "\n"
    assert soft_blank_lines(unwrapped) == []
    address = "Acme Corporation\n\n100 Main Street\n\nSpringfield, Ohio\n\nInvestor Relations\n\n(555) 555-0100\n"
    assert soft_blank_lines(address) == []
    sentences = "\n\n".join(["The first sentence ends here.", "The second sentence ends here.",
                             "A third one is here too.", "And the fourth one ends the page."]) + "\n"
    assert soft_blank_lines(sentences) == []


def test_a_single_spaced_document_is_untouched():
    text = "Forward-Looking Statements\n\n" + textwrap.fill(LEGEND, 70) + "\n\nAbout Acme\n\nAcme makes steel.\n"
    assert soft_blank_lines(text) == []
    assert from_text(text, "release.txt", "0").text == text


def test_locations_still_point_at_the_source_lines():
    text = _double_spaced("Forward-Looking Statements", LEGEND)
    document = from_text(text, "release.txt", "0")
    at = document.text.index("pending litigation")
    source_line = next(i for i, line in enumerate(text.split("\n"), 1) if "pending litigation" in line
                       or line.rstrip().endswith("pending"))
    location = document.locate(at)
    assert location.line == source_line
    assert text.split("\n")[location.line - 1][location.column - 1:].startswith("pending")


def test_a_heading_in_capitals_ends_its_line_unless_it_runs_on_in_capitals():
    heading = "SAFE HARBOR STATEMENT UNDER THE PRIVATE SECURITIES LITIGATION REFORM ACT OF 1995"
    text = _double_spaced(heading + ": " + LEGEND)
    assert _paragraphs(text) == [heading + ": " + LEGEND]
    short = _double_spaced("FORWARD-LOOKING STATEMENTS", LEGEND)
    assert _paragraphs(short) == ["FORWARD-LOOKING STATEMENTS", LEGEND]


def test_a_stray_long_line_does_not_stretch_the_measure():
    text = _double_spaced("Forward-Looking Statements", LEGEND) + "\n" + "x" * 100 + "\n"
    assert _paragraphs(text)[:2] == ["Forward-Looking Statements", LEGEND]


# -- Markdown converted from a PDF line by line: every line a paragraph of its own ----------------

def _markdown_paragraphs(source: str) -> list[str]:
    from fslcheck.documents import load_bytes

    document = load_bytes(source.encode(), "release.md")[0]
    return [" ".join(p.split()) for p in document.text.split("\n\n") if p.strip()]


def test_double_spaced_markdown_reads_as_one_paragraph_under_its_heading():
    source = "**Forward-Looking Statements**\n\n" + _double_spaced(LEGEND)
    assert _markdown_paragraphs(source) == ["Forward-Looking Statements", LEGEND]


def test_double_spaced_markdown_keeps_headings_list_items_and_paragraph_ends_apart():
    first = ("Revenue for the quarter rose to a record on demand for the company's larger industrial "
             "pumps and valves in North America.")
    source = ("## Forward-Looking Statements\n\n" + _double_spaced(first) + "\n"
              + _double_spaced(LEGEND) + "\n- the loss of a customer\n\n- higher steel prices\n")
    assert _markdown_paragraphs(source) == ["Forward-Looking Statements", first, LEGEND,
                                            "• the loss of a customer", "• higher steel prices"]


def test_markdown_paragraphs_of_one_line_each_stay_apart():
    source = "\n\n".join(["Contact:", "Jane Doe", "Investor Relations", "(555) 010-2000", "ir@acme.com"]) + "\n"
    assert len(_markdown_paragraphs(source)) == 5
    # and single-spaced Markdown paragraphs are not joined
    single = "We expect growth.\n\nWe undertake no obligation to update these statements.\n"
    assert _markdown_paragraphs(single) == ["We expect growth.", "We undertake no obligation to update these statements."]


def test_joined_markdown_lines_are_still_found_in_their_source_lines():
    from fslcheck.documents import load_bytes

    source = _double_spaced(LEGEND)
    document = load_bytes(source.encode(), "release.md")[0]
    third = source.split("\n\n")[2]
    at = document.text.index(third.split()[0] + " " + third.split()[1])
    assert document.locate(at).line == 5


def test_a_run_in_heading_in_capitals_wrapped_after_of_goes_on():
    heading = "SAFE HARBOR STATEMENT UNDER THE PRIVATE SECURITIES LITIGATION REFORM ACT OF"
    body = ("1995: All forward-looking statements made by the Company involve material risks and "
            "uncertainties and are subject to change based on factors which may be beyond the Company's "
            "control, and actual results may differ materially from those expressed in them.")
    text = "\n\n".join([heading] + textwrap.wrap(body, 74)) + "\n"
    assert _paragraphs(text) == [heading + " " + body]
    # a heading in capitals that ends on a noun stays a paragraph of its own
    text = "\n\n".join(["FORWARD-LOOKING STATEMENTS"] + textwrap.wrap(body[6:], 74)) + "\n"
    assert _paragraphs(text)[0] == "FORWARD-LOOKING STATEMENTS"


def test_a_title_after_the_last_sentence_heads_what_follows():
    # a risk factor's title, a line in title case with no closing mark, after the legend's last
    # sentence: the next section's heading, not the paragraph's last line
    text = _double_spaced(LEGEND, "We Rely on Others to Manufacture Our Products",
                          "Currently, we contract out for all of our product manufacturing needs.")
    paragraphs = _paragraphs(text)
    assert paragraphs[0] == LEGEND
    assert paragraphs[1] == "We Rely on Others to Manufacture Our Products"
