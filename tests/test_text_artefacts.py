"""Plain text as e-mail, drafts and `pdftotext -layout` leave it: quote marks on every line, line
numbers in the margin, two columns side by side on each line. The legend reads as it does in the
clean text; tables, lists and justified text are left as they were, and locations still point at
the source."""

from __future__ import annotations

import re
import textwrap

import fslcheck
from fslcheck.documents import load_bytes
from fslcheck.documents.text import line_numbers_as_blanks, quote_marks_as_blanks
from fslcheck.documents.text_columns import column_blocks

from .test_double_spacing import LEGEND

INTRO = "Acme Corporation today reported record revenue for its third quarter, up twelve percent."
SIDE = ("About the Company. The Company designs and sells industrial products in more than forty "
        "countries and employs some twelve thousand people. Its shares trade on the Nasdaq Global "
        "Market. A replay of the conference call will be available on the Company's website for "
        "thirty days after the call, and a transcript will be posted there as well.")


def _clean() -> str:
    return INTRO + "\n\nForward-Looking Statements\n\n" + "\n".join(textwrap.wrap(LEGEND, 72)) + "\n"


def _text(source: str) -> str:
    return load_bytes(source.encode(), "release.txt")[0].text


def _words(text: str) -> str:
    return " ".join(text.replace("-\n", "-").split())


def _findings(tmp_path, name: str, source: str) -> dict[str, str]:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    result = fslcheck.check([str(path)], fslcheck.compile_pack("us-pslra")).documents[0]
    return {f.rule: f.status.value for f in result.findings}


# -- e-mail quote marks ----------------------------------------------------------------------------

def _quoted(text: str, mark: str) -> str:
    return "\n".join(f"{mark} {line}" if line.strip() else mark for line in text.split("\n"))


def test_quote_marks_are_read_as_blanks_and_paragraphs_stay_apart():
    for mark in (">", ">>", "> >"):
        text = _text(_quoted(_clean(), mark))
        assert ">" not in text
        paragraphs = [_words(p) for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
        assert paragraphs == [INTRO, "Forward-Looking Statements", LEGEND]


def test_quoted_legend_has_the_findings_of_the_clean_one(tmp_path):
    assert _findings(tmp_path, "quoted.txt", "Subject: FW: results\n\n" + _quoted(_clean(), ">>")) \
        == _findings(tmp_path, "clean.txt", _clean())


def test_a_few_quoted_lines_and_greater_than_signs_in_text_are_kept():
    source = "Margins were > 40% in Q3.\n> one quoted line\n> and another\n\nRevenue rose.\n"
    assert quote_marks_as_blanks(source) == source
    source = "Revenue rose.\n" + "\n".join(f"> line {i}" for i in range(4)) + "\n"
    blanked = quote_marks_as_blanks(source)
    assert ">" not in blanked and len(blanked) == len(source)


# -- line numbers in the margin ------------------------------------------------------------------

def _numbered(text: str, first: int = 1) -> str:
    out, number = [], first
    for line in text.split("\n"):
        if line.strip():
            out.append(f"{number:>3}  {line}")
            number += 1
        else:
            out.append("")
    return "\n".join(out)


def test_margin_line_numbers_are_read_as_blanks(tmp_path):
    source = _numbered(_clean(), first=17)
    text = _text(source)
    assert len(text) == len(source)
    assert _words(text) == _words(_clean())
    assert _findings(tmp_path, "numbered.txt", source) == _findings(tmp_path, "clean.txt", _clean())


def test_numbers_that_do_not_count_up_line_by_line_are_kept():
    table = "Year   Sales\n2019   120\n2020   130\n2021   150\n2022   170\n2023   190\n"
    assert line_numbers_as_blanks(table) == table  # years are no margin numbers
    listing = "Units shipped\n12  pumps\n40  valves\n7  compressors\n3  boilers\n9  tanks\n"
    assert line_numbers_as_blanks(listing) == listing
    short = "1  one\n2  two\n3  three\n\nText.\n"
    assert line_numbers_as_blanks(short) == short


# -- two columns side by side (pdftotext -layout) ---------------------------------------------------

def _columns(left: str, right: str, width: int = 42, gutter: int = 46) -> str:
    a, b = textwrap.wrap(left, width), textwrap.wrap(right, 38)
    rows = [((a[i] if i < len(a) else "").ljust(gutter) + (b[i] if i < len(b) else "")).rstrip()
            for i in range(max(len(a), len(b)))]
    return "\n".join(rows)


def test_two_columns_are_read_one_after_the_other(tmp_path):
    source = INTRO + "\n\nForward-Looking Statements\n\n" + _columns(LEGEND, SIDE) + "\n\nContact: Jane Doe\n"
    text = _text(source)
    assert _words(LEGEND) in _words(text) and _words(SIDE) in _words(text)
    document = load_bytes(source.encode(), "release.txt")[0]
    at = document.text.index("About the Company")
    assert document.locate(at).line == 5 and document.locate(at).column == 47
    clean = INTRO + "\n\nForward-Looking Statements\n\n" + LEGEND + "\n\n" + SIDE + "\n\nContact: Jane Doe\n"
    assert _findings(tmp_path, "columns.txt", source) == _findings(tmp_path, "clean.txt", clean)


def test_tables_headers_and_justified_text_are_not_read_as_columns():
    table = "\n".join(f"{name:<40}{a:>12}{b:>12}" for name, a, b in [
        ("Net revenues", "$ 1,204", "$ 1,100"), ("Cost of revenues", "700", "650"),
        ("Gross profit", "504", "450"), ("Selling, general and administrative", "210", "200"),
        ("Research and development", "90", "85"), ("Operating income", "204", "165")])
    assert column_blocks(table) == []
    header = ("CONTACT:                   Kevin Hardy\n                           Chief Financial Officer\n"
              "                           SOS Staffing Services, Inc.\n                           801-484-4400\n")
    assert column_blocks(header) == []
    justified = ("SALT  LAKE  CITY,   UTAH--SOS   Staffing   Services,   Inc.,   (the   \"Company\")\n"
                 "(NASDAQ/SmallCap:  SOSS),  a Utah  Corporation,  announced  that  Jack  Henry is\n"
                 "resigning  as a member  of its  Board of  Directors  to  pursue  other  business\n"
                 "opportunities  which would  affect his status as an  independent  director.  The\n"
                 "resignation was effective September 30, 2003.\n")
    assert column_blocks(justified) == []
    assert _text(justified) == justified


def test_a_blank_line_inside_the_left_columns_sentence_does_not_end_the_columns():
    # The right column ends first; the left one's sentence goes on under a blank line (a break the
    # source left inside a list): its lines are the left column's still, and the right column's
    # text comes after the sentence, not inside it.
    first, rest = LEGEND.split(" increases in the cost of steel")
    rows = _columns(first, SIDE).split("\n")
    source = (INTRO + "\n\nForward-Looking Statements\n\n" + "\n".join(rows) + "\n\n"
              + "\n".join(textwrap.wrap("increases in the cost of steel" + rest, 42)) + "\n\nContact: Jane Doe\n")
    words = _words(_text(source))
    assert _words(first) + " " + _words("increases in the cost of steel" + rest) in words
    assert words.index("About the Company") > words.index("undertake no obligation")


def test_the_left_columns_next_paragraph_is_read_before_the_right_column():
    # the right column ends first; the left one goes on with another paragraph of its measure
    # below a blank line: the whole left column, then the right one
    first, second = LEGEND.split(" These statements speak")
    second = "These statements speak" + second
    source = (INTRO + "\n\nForward-Looking Statements\n\n" + _columns(first, SIDE) + "\n\n"
              + "\n".join(textwrap.wrap(second, 42)) + "\n\nContact: Jane Doe\n")
    words = _words(_text(source))
    assert words.index("About the Company") > words.index("undertake no obligation")
    assert words.index("Contact: Jane Doe") > words.index("About the Company")
