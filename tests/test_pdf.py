"""The PDF loader: text, pages, running headers, hyphenation, lost ligatures and refusals.

Small PDFs are written here by hand (a page is a list of positioned lines in Helvetica), so these
tests run in a fresh clone; the corpus tests (eBay's lost ligatures, McDonald's glyph codes, the
labelled evidence sentences) skip when ../shared/corpus is not beside the checkout.
"""

from __future__ import annotations

import io
import re
import unicodedata

import pypdfium2 as pdfium
import pytest

from fslcheck.documents import LoadOptions, load_bytes, load_path
from fslcheck.documents.ligatures import LOST, repair, vocabulary
from fslcheck.documents.markers import render_with_markers
from fslcheck.documents.pdflayout import SOFT_HYPHEN, Line, drop_running_lines, join_hyphenation
from fslcheck.errors import InputError

from .conftest import corpus_or_skip, labelled_documents
from .pdf_files import PAGE_HEIGHT, make_pdf

def body_lines(*sentences: str, top: float = 100) -> list[tuple[float, float, str]]:
    return [(72, top + 16 * i, s) for i, s in enumerate(sentences)]


def load(data: bytes, name: str = "release.pdf"):
    (document,) = load_bytes(data, name, LoadOptions())
    return document


class TestHandmadePdfs:
    def test_text_pages_and_markers(self):
        data = make_pdf([
            body_lines("ACME reports record results.", "Revenue grew 12 percent."),
            body_lines("ACME assumes no obligation to update any forward-looking statement."),
        ])
        doc = load(data)
        assert doc.format == "pdf"
        assert "ACME reports record results.\nRevenue grew 12 percent." in doc.text
        offset = doc.text.index("assumes no obligation")
        assert doc.locate(offset).page == 2
        assert doc.locate(doc.text.index("Revenue")).page == 1
        rendered = render_with_markers(doc)
        assert rendered.startswith("[page 1]\nACME reports")
        assert "\n[page 2]\nACME assumes" in rendered

    def test_running_headers_footers_and_page_numbers_are_removed(self):
        pages = []
        for number in range(1, 5):
            pages.append(
                [(72, 30, "ACME Corporation - First Quarter 2024 Results"), (300, 770, str(number))]
                + body_lines(f"Body sentence number {number} of the release.")
            )
        doc = load(make_pdf(pages))
        assert "ACME Corporation" not in doc.text
        assert not re.search(r"^\d$", doc.text, re.MULTILINE)
        for number in range(1, 5):
            assert f"Body sentence number {number} of the release." in doc.text
        assert any("header/footer" in w for w in doc.warnings)

    def test_a_line_repeated_in_the_body_is_not_a_header(self):
        pages = [body_lines("Forward-Looking Statements", f"Page {n} text.", top=300) for n in range(1, 4)]
        doc = load(make_pdf(pages))
        assert doc.text.count("Forward-Looking Statements") == 3

    def test_hyphenation_across_lines_and_pages(self):
        data = make_pdf([
            body_lines("The Securities and Exchange Commission reviews these", "filings of the Securi-",
                       "ties issuer. These forward-", "looking statements speak only as of today."),
            body_lines("Results could differ materially from those in the forward-"),
            body_lines("looking statements; the Company assumes no obligation to up-"),
            body_lines("date them."),
        ])
        text = " ".join(load(data).text.split())
        assert "filings of the Securities issuer." in text
        assert "These forward-looking statements speak" in text
        assert "in the forward-looking statements;" in text  # across a page break
        assert "obligation to up-date them." in text  # "update" never occurs whole: kept

    def test_sentence_running_over_a_page_break_stays_one_paragraph(self):
        data = make_pdf([[(72, 700, "Risks include competition, changes in demand and patents attained by")],
                         [(72, 100, "competitors; and the loss of key staff.")],
                         [(72, 100, "Contacts")]])
        text = load_bytes(data, "x.pdf")[0].text
        assert "attained by\ncompetitors;" in text
        assert "key staff.\n\nContacts" in text

    def test_a_vertical_gap_starts_a_paragraph_unless_the_sentence_goes_on(self):
        data = make_pdf([[(72, 100, "Net sales rose 8 percent to $53 billion."),
                          (72, 114, "Comparable sales rose 6 percent."),
                          (72, 128, "Net income was $1.3 billion."),
                          (72, 170, "Forward-Looking Statements"),
                          (72, 184, "This release contains forward-looking statements that involve"),
                          (72, 230, "risks and uncertainties."),
                          (72, 244, "We assume no obligation to update them.")]])
        text = load_bytes(data, "x.pdf")[0].text
        assert "$1.3 billion.\n\nForward-Looking Statements\nThis release" in text
        assert "that involve\nrisks and uncertainties." in text

    def test_a_short_line_ending_a_sentence_ends_its_paragraph_on_a_tight_page(self):
        lines = ["Net sales for the quarter rose eight percent to fifty three billion dollars, and",
                 "comparable sales rose six percent on higher traffic in every region we serve.",
                 "Net income was $1.3 billion.",
                 "Forward-looking statements in this release involve risks and uncertainties that",
                 "could cause actual results to differ materially from those we expect today.",
                 "We assume no obligation to update them, except as required by applicable law."]
        data = make_pdf([[(72, 100 + 14 * n, line) for n, line in enumerate(lines)]])
        text = load_bytes(data, "x.pdf")[0].text
        assert "$1.3 billion.\n\nForward-looking statements in this release" in text
        assert "dollars, and\ncomparable sales" in text
        assert "expect today.\nWe assume" in text  # a full line that ends a sentence goes on

    def test_a_single_column_page_reads_top_to_bottom_whatever_the_drawing_order(self):
        legend = [(72, 500, "Note to Investors"), (72, 528, "This release contains forward-looking statements.")]
        bullets = [(72, 150, "- these measures are limited in their usefulness;"),
                   (72, 164, "- these measures are not prepared under GAAP.")]
        doc = load(make_pdf([legend + bullets]))  # drawn foot first, as Axon's releases are
        assert doc.text.index("not prepared under GAAP") < doc.text.index("Note to Investors")

    def test_reading_order_follows_columns(self):
        left = [(72, 100 + 14 * i, f"Left column line {i} of the legend.") for i in range(5)]
        right = [(320, 100 + 14 * i, f"Right column line {i} of the story.") for i in range(5)]
        doc = load(make_pdf([left + right]))
        assert doc.text.index("Left column line 4") < doc.text.index("Right column line 0")

    def test_page_without_text_is_a_warning_not_an_error(self):
        doc = load(make_pdf([body_lines("ACME reports results for the first quarter of the year."), []]))
        assert any("page 2 has no text" in w for w in doc.warnings)

    def test_scanned_pdf_without_text_layer_needs_ocr(self):
        with pytest.raises(InputError, match="no text layer.*OCR"):
            load(make_pdf([[], []]))

    def test_a_table_only_exhibit_is_still_read(self):
        rows = ["ACME Corporation", "Condensed Consolidated Statements of Income",
                "(in millions, except per share amounts; unaudited)", "Three Months Ended March 31, 2024 2023"]
        rows += [f"{label} {1000 + 37 * i:,}.{i} {900 + 29 * i:,}.{i}" for i, label in enumerate(
            ["Revenue", "Cost of revenue", "Gross profit", "Operating expenses", "Operating income",
             "Interest expense", "Income before taxes", "Provision for income taxes", "Net income",
             "Basic EPS", "Diluted EPS", "Shares used in the computation"])]
        doc = load(make_pdf([body_lines(*rows)]))
        assert "Net income" in doc.text

    def test_encrypted_pdf(self):
        with pytest.raises(InputError, match="encrypted"):
            load(make_pdf([body_lines("Secret.")], encrypt=True))

    def test_corrupt_pdf(self):
        with pytest.raises(InputError, match="damaged or not a PDF"):
            load(b"%PDF-1.7\nthis is not a PDF body at all\n")

    def test_pdf_without_pages(self):
        saved = io.BytesIO()
        pdfium.PdfDocument.new().save(saved)
        with pytest.raises(InputError, match="without pages") as raised:
            load(saved.getvalue())
        assert "Success" not in str(raised.value)

    def test_truncated_pdf_never_raises_a_library_error(self):
        data = make_pdf([body_lines("ACME reports results for the first quarter of the year.")])
        for cut in (20, len(data) // 3, len(data) // 2, len(data) - 30):
            try:
                load(data[:cut])
            except InputError:
                pass


class TestLayoutFunctions:
    def test_pdfium_hyphen_kept_for_compounds_joined_for_split_words(self):
        pages = [["non" + SOFT_HYPHEN + "GAAP results of the Securi" + SOFT_HYPHEN + "ties business",
                  "Securities laws"]]
        assert join_hyphenation(pages)[0][0] == "non-GAAP results of the Securities business"

    def test_hyphen_kept_when_the_compound_is_attested(self):
        pages = [["a forward-", "looking statement", "the forwardlooking typo and forward-looking"]]
        assert join_hyphenation(pages)[0][:2] == ["a forward-looking", "statement"]

    def test_compounds_are_those_the_whole_scan_finds(self):
        # `compounds` searches only the runs that hold a hyphen: the same matches, in order, as
        # the compound pattern over the whole text, whatever stands around them
        import random

        from fslcheck.documents.pdflayout import _COMPOUND, compounds
        texts = ["", "-", "a-b", "non-GAAP long-term", "x\tco-op\nre-\nenter  self-insured- -free",
                 "\u0130stanbul-based 12b-25 FX-1 caf\u00e9-bar_x-y \u00e9t\u00e9-hiver a--b -a- "]
        rng = random.Random(9)
        texts += ["".join(rng.choice("ab-- \n\t\u00c91_\u0130\u0307x-.") for _ in range(rng.randint(0, 50)))
                  for _ in range(3000)]
        for text in texts:
            expected = [(m.start(), m.end()) for m in _COMPOUND.finditer(text)]
            assert [(m.start(), m.end()) for m in compounds(text)] == expected, repr(text)

    def test_hyphen_evidence_taken_when_needed_is_the_documents(self):
        # counted on first use (`_Evidence`), the evidence is the eager count of the same pages,
        # and join_hyphenation reads the same with either
        from fslcheck.documents import pdflayout

        pages = [["non" + SOFT_HYPHEN + "GAAP results of the Securi" + SOFT_HYPHEN + "ties business",
                  "a forward-", "looking statement, the Securities laws and long-term", "goals"],
                 ["materi-", "ally different re-", "enter"]]
        lazy, eager = pdflayout._Evidence(pages), pdflayout._hyphen_evidence(pages)
        for word in ("securities", "forward-looking", "long-term", "materially", "reenter", "gaap", "absent"):
            assert lazy.get(word, 0) == eager.get(word, 0)
        original = pdflayout._Evidence
        try:
            pdflayout._Evidence = lambda pages: pdflayout._hyphen_evidence(pages)  # the eager reading
            expected = join_hyphenation([list(page) for page in pages])
        finally:
            pdflayout._Evidence = original
        assert join_hyphenation([list(page) for page in pages]) == expected

    def test_page_number_only_in_the_margin_bands(self):
        pages = [[Line("2", 0.95), Line("12", 0.5), Line("Text", 0.4)], [Line("3", 0.95), Line("Text", 0.4)]]
        kept, removed = drop_running_lines(pages)
        assert removed == 2 and [line.text for line in kept[0]] == ["12", "Text"]

    def test_ligature_repair_uses_the_document_and_the_word_list(self):
        known = vocabulary("The Officer of the company signed.")
        text, repaired, unresolved = repair(
            f"results di{LOST}er materially; our {LOST}rst {LOST}nancial O{LOST}cer; re{LOST}ect; zz{LOST}q", known)
        assert text.startswith("results differ materially; our first financial Officer; reflect;")
        assert unresolved == ["zz\ufffdq"]
        assert "Officer" in repaired


def _text_layer_reading(pages, path="x.pdf") -> bool:
    """The original reading of `_require_text_layer` (letters always counted): whether it refuses."""
    from fslcheck.documents.pdf import _COMMON_WORDS

    text = "\n".join(line.text for page in pages for line in page)
    visible = "".join(text.split())
    if len(visible) < 20:
        return True
    letters = sum(map(str.isalpha, visible))
    words = re.findall(r"[^\W\d_]+", text.lower())
    common = sum(word in _COMMON_WORDS for word in words)
    few_letters = letters < len(visible) * 0.4
    return (few_letters and common < len(words) * 0.1) or (len(words) >= 50 and common < len(words) * 0.02)


@pytest.mark.parametrize("lines", [
    ["The company expects that its results for the year will be in line with the guidance."],
    ["Q3 2023 | 1,234.5 | 2,345.6 | 3,456.7 | 4,567.8 | 5,678.9 | 6,789.0 | 7,890.1 | 8,901.2 | (12.5)%"],
    ["!#$%&'()*+,-./0123456789:;<=>?@[]^_`{|}~ " * 5 + " the of and"],
    ["Revenue Margin EBITDA Guidance Outlook Segment Americas EMEA APAC " * 10],
    ["x1 y2 z3 " * 40 + "the of and to in a for is that on with " * 3],
    ["the of " * 3 + "%%%% 1234 " * 30],
    ["short"],
])
def test_text_layer_refusal_is_the_original_reading(lines):
    # the letters are counted only when the common words are few; the refusal is the same
    from fslcheck.documents.pdf import _require_text_layer

    pages = [[Line(text) for text in lines]]
    try:
        _require_text_layer(pages, "x.pdf")
        refused = False
    except InputError:
        refused = True
    assert refused == _text_layer_reading(pages)


class TestCorpus:
    def test_lost_ligatures_are_repaired_in_the_ebay_release(self):
        corpus = corpus_or_skip()
        (doc,) = load_path(corpus / "releases" / "ebay_2023-04-26_earnings.pdf")
        assert "\x00" not in doc.text and "\ufffe" not in doc.text
        assert "reported financial results for its first quarter" in " ".join(doc.text.split())
        assert "differ materially" in doc.text
        assert "\ufffd" not in doc.text

    def test_glyph_code_pdf_is_refused_with_an_ocr_message(self):
        corpus = corpus_or_skip()
        with pytest.raises(InputError, match="no usable text layer.*OCR"):
            load_path(corpus / "releases" / "mcdonalds_2023-01-31_earnings.pdf")

    def test_labelled_evidence_sentences_are_found(self):
        corpus_or_skip()
        cases = labelled_documents(("pdf",))
        assert cases, "the corpus has labelled PDFs"
        missing = []
        total = 0
        for path, label in cases:
            (doc,) = load_path(path)
            text = _comparable(doc.text)
            for element in (label.get("elements") or {}).values():
                if element.get("evidence"):
                    total += 1
                    if _comparable(element["evidence"]) not in text:
                        missing.append((path.name, element["evidence"][:60]))
        assert not missing, f"{len(missing)} of {total} evidence sentences not found: {missing}"

    def test_page_numbers_of_a_legend(self):
        corpus = corpus_or_skip()
        (doc,) = load_path(corpus / "releases" / "axon-taser_2003-07-21_8k-ex99.pdf")
        offset = " ".join(doc.text.split())  # sanity: the legend is there
        assert "assumes no obligation to update" in offset
        assert doc.locate(doc.text.index("assumes no obligation")).page == 11


def _comparable(text: str) -> str:
    """Whitespace collapsed; a line-end hyphen the labels quote as "safe- harbor" joined."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"(?<=\w)- (?=\w)", "-", " ".join(text.split()))


def test_damaged_pdfs_give_input_errors_not_tracebacks():
    import random

    generator = random.Random(11)
    data = make_pdf([body_lines("ACME reports results for the first quarter of the year, up 5 percent.")] * 3)
    for _ in range(150):
        damaged = bytearray(data)
        for _ in range(generator.randint(1, 20)):
            damaged[generator.randrange(len(damaged))] = generator.randrange(256)
        try:
            load(bytes(damaged[: generator.randrange(20, len(damaged) + 1)]))
        except InputError:
            pass


def test_clean_maps_exactly_the_control_characters_and_presentation_forms():
    """`_clean` replaces by a regex and one map what was a per-character `unicodedata.category`
    test after three `str.translate` passes: the same text for every code point."""
    from fslcheck.documents import pdfium_pages

    def by_category(line: str) -> str:
        line = line.translate(pdfium_pages._LIGATURES).translate(pdfium_pages._BULLETS).replace("\u00ad", "-")
        return "".join(ch if ch in (LOST, SOFT_HYPHEN, "\t") or unicodedata.category(ch) != "Cc" else " "
                       for ch in line)

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    assert pdfium_pages._clean(every) == by_category(every)
    assert pdfium_pages._clean("a\x01b\x00c\x02d\te\x9f\ufb01\uf0b7\u00ad") == "a b\x00c\x02d\te fi•-"
