"""Loaders for text, HTML and Markdown: encodings, structure, locations, and clear errors."""

from __future__ import annotations

import pytest

from fslcheck.documents import LoadOptions, load_bytes, load_path, sniff
from fslcheck.errors import InputError

from .conftest import corpus_or_skip


def load_one(data: bytes, name: str = "x.txt", **options) -> "object":
    documents = load_bytes(data, name, LoadOptions(**options))
    assert len(documents) == 1
    return documents[0]


class TestText:
    def test_utf8_bom_and_crlf(self):
        doc = load_one("\ufeffFirst line\r\nSecond “line”\r\n".encode("utf-8"))
        assert doc.text == "First line\nSecond “line”\n"
        assert doc.locate(doc.text.index("Second")).line == 2

    def test_cp1252_fallback(self):
        doc = load_one("The Company\u2019s results".encode("cp1252"))
        assert "Company\u2019s" in doc.text

    def test_a_stray_windows_byte_in_utf8_text_spoils_nothing_else(self):
        data = "Caf\u00e9 \u201cquoted\u201d \u2014 ".encode("utf-8") + b"a pasted \x93quote\x94, \x81."
        assert load_one(data).text == "Caf\u00e9 \u201cquoted\u201d \u2014 a pasted \u201cquote\u201d, \x81."

    @pytest.mark.parametrize("name", ["x.txt", "x.html", "x.md"])
    def test_a_stray_nul_byte_is_dropped_and_binary_data_refused(self, name):
        doc = load_one(b"<p>Forward-looking\x00 statements\x00 here.</p>", name)
        assert "Forward-looking statements here." in doc.text
        with pytest.raises(InputError, match="binary"):
            load_one(b"<p>text</p>" + bytes(range(256)) * 4, name)

    def test_line_and_column(self):
        doc = load_one(b"alpha\n  beta gamma\n")
        location = doc.locate(doc.text.index("gamma"))
        assert (location.line, location.column) == (2, 8)

    def test_page_marker_lines_dropped_and_sentence_joined(self):
        doc = load_one(b"results could\n\n<PAGE>  2\n\ndiffer materially.\n")
        assert "<PAGE>" not in doc.text
        assert "results could\ndiffer materially." in doc.text
        assert doc.locate(doc.text.index("differ")).line == 5

    def test_page_marker_after_sentence_keeps_paragraphs_apart(self):
        doc = load_one(b"First paragraph ends.\n<PAGE>\nSecond begins.\n")
        assert "ends.\n\nSecond" in doc.text


class TestHtml:
    def test_list_items_carry_the_marker_a_browser_draws(self):
        html = (b"<html><body><ul><li>Demand<li>Prices</ul><ol start='4'><li>Tariffs</li>"
                b"<li>Labor<ul><li>nested</li></ul></li><li>Weather</li></ol><p>after</p>")
        doc = load_one(html, "x.html")
        assert doc.text.strip().split("\n\n") == ["• Demand", "• Prices", "4. Tariffs", "5. Labor", "• nested",
                                            "6. Weather", "after"]
        assert doc.locate(doc.text.index("Tariffs")).column == html.decode().index("Tariffs") + 1

    def test_blocks_entities_scripts(self):
        html = (b"<html><head><title>T</title><style>p{}</style></head><body>"
                b"<p>Forward-&#8203;looking&nbsp;statements &amp; more</p><script>x=1</script>"
                b"<div>Second&#160;block</div><table><tr><td>a</td><td>b</td></tr></table></body></html>")
        doc = load_one(html, "x.htm")
        assert doc.format == "html"
        assert "x=1" not in doc.text and "p{}" not in doc.text and "T\n" not in doc.text
        assert "statements & more\n\nSecond block" in doc.text
        assert "a\tb" in doc.text

    def test_zero_margin_lines_of_a_hard_wrapped_filing_form_one_paragraph(self):
        line = '<p style="MARGIN:0px; FONT-FAMILY:Courier New">{}</p>'
        html = "".join([
            line.format("This discussion contains forward-looking statements regarding the"),
            line.format("business of the Company within the meaning of the Private Securities"),
            line.format("Litigation Reform Act of 1995."),
            '<p style="MARGIN:0px"><br></p>',
            line.format("RESULTS OF OPERATIONS"),
            line.format("Costs fell."),
        ]).encode()
        text = load_one(html, "x.htm").text
        assert "regarding the\nbusiness of the Company within the meaning of the Private Securities\nLitigation" in text
        assert "Act of 1995.\n\nRESULTS OF OPERATIONS\n\nCosts fell." in text

    def test_a_block_with_margins_is_a_paragraph_however_it_ends(self):
        html = (b'<html><body><div>Forward-Looking Statements and Other Matters Relating to Our Business Plan</div>'
                b'<p style="margin:0">This press release contains forward-looking statements.</p></body></html>')
        text = load_one(html, "x.htm").text
        assert "Business Plan\n\nThis press release" in text

    def test_lines_each_in_a_plain_div_form_one_paragraph(self):
        # a browser gives a <div> no margins: lines each in a <div> of their own read as one paragraph
        html = ("<div><b>Forward-Looking Statements</b></div>"
                "<div>This press release contains forward-looking statements within the meaning</div>"
                "<div>of the Private Securities Litigation Reform Act of 1995. Actual results could</div>"
                "<div>differ materially.</div><div>Another paragraph.</div>").encode()
        text = load_one(html, "x.htm").text
        assert text.startswith("Forward-Looking Statements\n\nThis press release")
        assert "the meaning\nof the Private" in text and "could\ndiffer materially.\n\nAnother paragraph." in text

    def test_list_items_in_plain_divs_stay_apart(self):
        item = '<div style="padding-left:36pt"><span>&#8226;</span><span>{}</span></div>'
        html = "".join(item.format(f) for f in (
            "the loss of one or more of our largest customers in the coming year;",
            "changes in interest rates and in the availability of credit to our dealers;",
            "disruptions in the supply of semiconductors and other components")).encode()
        text = load_one(html, "x.htm").text
        assert len(text.strip().split("\n\n")) == 3, text

    def test_zero_margin_heading_stays_its_own_paragraph(self):
        html = (b'<div style="margin-top:0pt;margin-bottom:0pt">Forward-Looking Statements</div>'
                b'<div style="margin-top:0pt;margin-bottom:0pt">This press release contains forward-looking '
                b'statements within the meaning of the federal securities laws.</div>'
                b'<div style="margin-top:0pt;margin-bottom:0pt">Another paragraph.</div>')
        text = load_one(html, "x.htm").text
        assert text.startswith("Forward-Looking Statements\n\nThis press release")
        assert "securities laws.\n\nAnother paragraph." in text

    def test_lines_at_absolute_coordinates_form_paragraphs_by_their_spacing(self):
        # a PDF converted to HTML: each line a <p> at absolute coordinates, a paragraph only a wider
        # step down the page, a page's <div> counting its tops from 0 again
        def page(number, lines):
            return (f'<div id="page{number}-div" style="position:relative;width:918px;height:1188px;">'
                    + "".join(f'<p style="position:absolute;top:{top}px;left:108px;white-space:nowrap">{text}</p>'
                              for top, text in lines) + "</div>")
        html = (page(1, [(72, "FORWARD-LOOKING STATEMENTS"),
                         (99, "This press release contains forward-looking statements within the meaning of"),
                         (116, "the Private Securities Litigation Reform Act of 1995. Actual results could differ"),
                         (133, "materially. Factors that could cause such differences include the loss of a"),
                         (150, "major customer."),
                         (177, "We undertake no obligation to update any forward-looking statement, except as"),
                         (194, "the law requires. Investors should not place undue reliance on these")])
                + page(2, [(72, "statements, which speak only as of the date of this release."),
                           (116, "Contacts: Jane Doe, Investor Relations")]))
        text = load_one(("<html><body>" + html + "</body></html>").encode(), "x.html").text
        assert [" ".join(p.split()) for p in text.strip().split("\n\n")] == [
            "FORWARD-LOOKING STATEMENTS",
            "This press release contains forward-looking statements within the meaning of the Private "
            "Securities Litigation Reform Act of 1995. Actual results could differ materially. Factors that "
            "could cause such differences include the loss of a major customer.",
            "We undertake no obligation to update any forward-looking statement, except as the law requires. "
            "Investors should not place undue reliance on these statements, which speak only as of the date "
            "of this release.",
            "Contacts: Jane Doe, Investor Relations"]

    def test_a_block_at_absolute_coordinates_keeps_its_source_location(self):
        html = (b'<html><body>\n<p style="position:absolute;top:72px">First line of the release text that goes</p>\n'
                b'<p style="position:absolute;top:89px">on here.</p>\n</body></html>')
        doc = load_one(html, "x.html")
        at = doc.text.index("on here")
        assert doc.locate(at).line == 3

    def test_edgar_header_lines_and_page_markers(self):
        html = b"<DOCUMENT>\n<TYPE>EX-99.1\n<FILENAME>x.htm\n<TEXT>\n<p>Release text.</p>\n<PAGE>\n<p>More.</p>"
        doc = load_one(html, "x.htm", format="html")
        assert "EX-99.1" not in doc.text and "x.htm" not in doc.text
        assert "Release text.\n\nMore." in doc.text

    def test_locations_point_into_the_source(self):
        source = b"<html><body>\n<p>First para.</p>\n<p>Second\n   para here.</p></body></html>"
        doc = load_one(source, "x.html")
        location = doc.locate(doc.text.index("para here"))
        assert (location.line, location.column) == (4, 4)

    @pytest.mark.parametrize("head", [
        b'<meta charset="Shift_JIS">',
        b'<meta http-equiv="Content-Type" content="text/html; charset=shift_jis">',
        b'<?xml version="1.0" encoding="shift_jis"?>',
    ])
    def test_a_declared_charset_is_followed_when_the_bytes_are_not_utf8(self, head):
        body = "\u682a\u5f0f\u4f1a\u793e: This release contains forward-looking statements."
        doc = load_one(b"<html><head>" + head + b"</head><body><p>" + body.encode("shift_jis") + b"</p>", "x.html")
        assert body in doc.text

    def test_a_page_declared_latin1_but_saved_as_utf8_is_read_as_utf8(self):
        # the mislabel is common; reading it as declared would turn every curly quote into mojibake
        data = '<meta charset="iso-8859-1"><p>The Company\u2019s \u201coutlook\u201d</p>'.encode("utf-8")
        assert "Company\u2019s \u201coutlook\u201d" in load_one(data, "x.html").text

    def test_an_unknown_declared_charset_falls_back_to_the_default_reading(self):
        data = b'<meta charset="no-such-charset"><p>The Company\x92s results</p>'
        assert "Company\u2019s results" in load_one(data, "x.html").text

    def test_text_with_htm_extension_is_read_as_text(self):
        assert sniff(b"Plain release text with no markup.\n", "x.htm") == "text"

    def test_html_with_txt_extension_is_read_as_html(self):
        assert sniff(b"<div>a</div><p>b</p><p>c</p>", "x.txt") == "html"


class TestMarkdown:
    def test_markup_dropped_and_located(self):
        source = b"# Title\n\nSome **bold** text and a [link](http://x).\n\n- item one\n- item two\n"
        doc = load_one(source, "x.md")
        assert "**" not in doc.text and "http://x" not in doc.text and "#" not in doc.text
        assert "Some bold text and a link." in doc.text
        assert "\u2022 item one\n\n\u2022 item two" in doc.text
        assert doc.locate(doc.text.index("text and")).line == 3


class TestErrors:
    @pytest.mark.parametrize("data, message", [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary\x00" * 20, "binary"),
    ])
    def test_bad_input(self, data, message):
        with pytest.raises(InputError, match=message):
            load_bytes(data, "bad.txt")

    def test_missing_file(self, tmp_path):
        with pytest.raises(InputError, match="no such file"):
            load_path(tmp_path / "nope.txt")

    def test_folder(self, tmp_path):
        with pytest.raises(InputError, match="folder"):
            load_path(tmp_path)

    def test_unknown_forced_format(self):
        with pytest.raises(InputError, match="unknown input format"):
            load_bytes(b"text", "x.txt", LoadOptions(format="rtf"))


def test_every_text_html_markdown_corpus_file_loads():
    corpus = corpus_or_skip()
    files = [p for p in sorted((corpus / "releases").iterdir()) if p.suffix in (".txt", ".htm", ".html", ".md")]
    assert files
    for path in files:
        documents = load_path(path)
        for document in documents:
            assert document.text.strip(), path
            # Every offset maps to a location without error.
            for offset in range(0, len(document.text), max(1, len(document.text) // 50)):
                document.locate(offset)


def test_html_tags_read_from_memory_as_the_standard_parser_reads_them():
    """`_Extractor.parse_starttag` and `parse_endtag` answer a tag parsed before from memory: the text,
    positions and hidden regions are those the standard parser's reading of every tag gives,
    whatever the tags around it (repeated styled tags, hidden ones, <script>/<style>, tags
    broken off or turned into text, an unclosed tag at the end)."""
    from html.parser import HTMLParser

    from fslcheck.documents import html
    from fslcheck.documents.model import TextBuilder

    class EveryTagParsed(html._Extractor):
        parse_starttag = HTMLParser.parse_starttag
        parse_endtag = HTMLParser.parse_endtag

    def read(parser_class, markup: str):
        builder = TextBuilder()
        parser = parser_class(builder)
        parser.feed(markup)
        parser.close()
        document = builder.build("x.htm", "html", "0")
        return (document.text, document.anchor_offsets, document.anchor_lines, document.anchor_columns,
                document.paragraph_starts, [repr(r) for r in document.regions])

    row = "<tr><td style='margin:0'>Revenue</td><td>&nbsp;12</td></tr>\n"
    markups = [
        "<table>" + row * 5 + "</table><p style='display:none'>hidden</p><p style='display:none'>again</p>",
        "<p STYLE='margin:0'>one line of a wrapped paragraph that goes on and on without</p>\n" * 3,
        "<script>if (a<b) {x()}</script><script>var s = '<p>';</script><p>Text</p>",
        "<style>.h{display:none}</style><span class=h>gone</span><span class=h>gone too</span>",
        "<a href='x>y'>link</a> <a href='x>y'>link</a> <x a=\"1\" b c='2'/> <x a=\"1\" b c='2'/>",
        "<p>one <b the end", "<p\n class='q'\n>split</p><p\n class='q'\n>split</p>", "<div><div><div>deep",
        "<P>a</P >b</P >c</p\n><td>x</td\n><td>y</td\n>", "<script>a</b></script >b</SCRIPT><p>after</p>",
        "<p>x</a b='>'><p>y</a b='>'></1></ x></>",
    ]
    for markup in markups:
        assert read(html._Extractor, markup) == read(EveryTagParsed, markup)


def test_looks_binary_counts_control_bytes_as_a_loop_over_them_does():
    """`looks_binary` counts the control bytes of a file's head by deleting them (for speed): the
    answer a loop over every byte gives, on random heads of every mix."""
    import random

    from fslcheck.documents import decoding

    def by_loop(data: bytes) -> bool:
        head = data[:8192]
        if head.count(0) > decoding._STRAY_NULS:
            return True
        return sum(1 for b in head if b in decoding._CONTROL) > max(8, len(head) // 50)

    rng = random.Random(4)
    for _ in range(300):
        share = rng.random() * 0.1
        data = bytes(rng.randrange(32) if rng.random() < share else rng.randrange(256)
                     for _ in range(rng.choice([0, 5, 100, 8192, 9000])))
        assert decoding.looks_binary(data) == by_loop(data)


def test_markdown_list_items_open_on_a_bullet_or_their_number():
    source = b"Factors include:\n\n- tariffs\n- the loss of a customer\n\n3. first\n4. second\n"
    text = load_bytes(source, "list.md")[0].text
    assert "\u2022 tariffs" in text and "\u2022 the loss of a customer" in text
    assert "3. first" in text and "4. second" in text


def test_a_markdown_footnote_is_read_without_its_label_and_placed_on_its_own_line():
    source = (b"# Acme\n\nAcme expects growth.[^fls]\n\n"
              b"[^fls]: **Forward-Looking Statements.** This release contains forward-looking statements.\n\n"
              b"Acme designs widgets.\n")
    document = load_bytes(source, "notes.md")[0]
    assert "[^" not in document.text
    assert "\n\nForward-Looking Statements. This release contains" in document.text
    # the parser gathers footnotes at the end; the legend's text is still found on line 5
    start = document.text.index("This release contains")
    assert document.locate(start).line == 5


def test_a_dashed_list_in_plain_text_reads_as_bullets_with_offsets_kept():
    source = ("Factors include:\n- tariffs and\n  duties\n\n- the loss of a customer\n* rates\n\n"
              "Revenue fell - as expected.\n")
    document = load_bytes(source.encode(), "list.txt")[0]
    assert document.text == source.replace("\n- ", "\n\u2022 ").replace("\n* ", "\n\u2022 ")
    assert document.text.index("Revenue fell - as") == source.index("Revenue fell - as")


def test_one_dashed_line_or_dashed_lines_apart_stay_dashes():
    source = "- not a list\n\nA paragraph between.\n\n- still not a list\n"
    assert load_bytes(source.encode(), "lone.txt")[0].text == source


def test_a_rule_line_under_a_heading_in_plain_text_is_a_break_with_offsets_kept():
    source = "Forward-Looking Statements\n==========================\nThis release contains forward-looking statements.\n"
    document = load_bytes(source.encode(), "underlined.txt")[0]
    assert document.text == source.replace("=" * 26, " " * 26)
    assert document.locate(document.text.index("This release")).line == 3
    # "=" inside a line, or fewer than three, is text: kept
    kept = "Margin == 12%\nA = B\n==\n"
    assert load_bytes(kept.encode(), "kept.txt")[0].text == kept


def test_a_numbered_list_in_plain_text_reads_as_bullets_while_it_counts_up():
    source = "Risks include:\n1. tariffs\n2. the loss of a customer\n10) rates\n\n7. Revenue fell.\n"
    text = load_bytes(source.encode(), "numbered.txt")[0].text
    assert text.startswith("Risks include:\n\u2022  tariffs\n\u2022  the loss of a customer\n10) rates")
    assert len(text) == len(source) and "7. Revenue fell." in text


def test_a_converters_page_break_in_markdown_is_dropped_and_a_cut_sentence_joined():
    source = (b"# Forward-Looking Statements\n\nThey can be identified by the fact that they do not \n\n"
              b"{37}------------------------------------------------\n\n"
              b"relate strictly to historical facts.\n\n"
              b"{38}------------------------------------------------\n\n"
              b"Actual results may differ materially.\n\n"
              b"- rates;\n\n{39}------------------------------------------------\n\n- demand.\n")
    document = load_bytes(source, "filing.md")[0]
    assert "-----" not in document.text and "{37}" not in document.text
    assert "they do not relate strictly" in document.text
    # a sentence that ended before the break stays apart; list items stay items
    assert "historical facts.\n\nActual results" in document.text
    assert "\u2022 rates;" in document.text and "\u2022 demand." in document.text
    # the joined text is still found in its source lines
    assert document.locate(document.text.index("relate strictly")).line == 7


def test_a_converters_page_break_in_plain_text_is_dropped_like_an_edgar_page_line():
    source = b"Actual results may differ\n\n{12}------------------------------------------------\n\nmaterially.\n"
    document = load_bytes(source, "filing.txt")[0]
    assert "{12}" not in document.text and "differ\nmaterially." in document.text
