"""The .docx loader: body order, tables, notes, headers, special characters and tracked changes.

The documents are made here: python-docx writes an ordinary document, then raw WordprocessingML
(w:ins, w:del, w:br, w:noBreakHyphen, a footnotes part) is injected where python-docx has no API.
The legend sentences come from the bundled SOS Staffing release.
"""

from __future__ import annotations

import io
import zipfile

import pytest

docx = pytest.importorskip("docx", reason="python-docx builds the test documents (pip install -e '.[test]')")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

from fslcheck.documents import LoadOptions, load_bytes  # noqa: E402
from fslcheck.errors import InputError  # noqa: E402

IDENTIFICATION = ("Statements in this press release that are not purely historical are forward-looking "
                  "statements within the meaning of the Private Securities Litigation Reform Act of 1995.")
AS_OF = ("All forward-looking statements included in this release are made as of the date hereof and are "
         "based on information available to the Company as of such date.")
NO_UPDATE = "The Company assumes no obligation to update any forward-looking statement."
DIFFER = ("Readers are cautioned that all forward-looking statements involve risks, uncertainties and other "
          "factors that could cause the Company's actual results to differ materially from those anticipated "
          "in such statements.")
W = nsdecls("w")


def _run_xml(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><{tag} xml:space="preserve">{text}</{tag}></w:r>'


def tracked(kind: str, text: str, change_id: int = 1) -> object:
    """A w:ins or w:del element holding one run of `text`."""
    return parse_xml(
        f'<w:{kind} {W} w:id="{change_id}" w:author="Reviewer" w:date="2024-03-01T10:00:00Z">'
        f"{_run_xml(text, deleted=kind == 'del')}</w:{kind}>"
    )


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def load(data: bytes, name: str = "draft.docx", **options):
    documents = load_bytes(data, name, LoadOptions(**options))
    assert len(documents) == 1
    return documents[0]


def legend_with_changes() -> bytes:
    """Identification kept; the no-update sentence deleted; the as-of sentence inserted."""
    document = docx.Document()
    document.add_heading("Forward-Looking Statements", level=2)
    paragraph = document.add_paragraph(IDENTIFICATION + " ")
    paragraph._p.append(tracked("del", NO_UPDATE + " ", 1))
    paragraph._p.append(tracked("ins", AS_OF, 2))
    document.add_paragraph(DIFFER)
    return save(document)


class TestTrackedChanges:
    def test_accepted_view_drops_deletions_and_keeps_insertions(self):
        doc = load(legend_with_changes())
        assert NO_UPDATE not in doc.text
        assert AS_OF in doc.text and IDENTIFICATION in doc.text
        start = doc.text.index(AS_OF)
        insertions = [r for r in doc.regions if r.kind == "insertion"]
        assert len(insertions) == 1
        assert (insertions[0].start, insertions[0].end) == (start, start + len(AS_OF))
        assert "Reviewer" in insertions[0].note

    def test_accepted_view_leaves_a_zero_width_deletion_where_text_was(self):
        doc = load(legend_with_changes())
        (deletion,) = [r for r in doc.regions if r.kind == "deletion"]
        assert deletion.start == deletion.end == doc.text.index(AS_OF)
        assert "no obligation to update" in deletion.note
        assert deletion in doc.regions_at(deletion.start, deletion.start)

    def test_original_view_restores_deletions_and_drops_insertions(self):
        doc = load(legend_with_changes(), view="original")
        assert NO_UPDATE in doc.text
        assert AS_OF not in doc.text
        (deletion,) = [r for r in doc.regions if r.kind == "deletion"]
        assert doc.text[deletion.start : deletion.end].strip() == NO_UPDATE
        (insertion,) = [r for r in doc.regions if r.kind == "insertion"]
        assert insertion.start == insertion.end and "made as of the date hereof" in insertion.note

    def test_deleted_text_inside_an_insertion_is_never_shown(self):
        document = docx.Document()
        paragraph = document.add_paragraph("Kept. ")
        insertion = tracked("ins", "Inserted. ", 1)
        insertion.append(parse_xml(f'<w:del {W} w:id="2" w:author="B">{_run_xml("Gone.", True)}</w:del>'))
        paragraph._p.append(insertion)
        data = save(document)
        accepted = load(data)
        assert "Gone." not in accepted.text
        assert not any("Gone." in r.note for r in accepted.regions)
        original = load(data, view="original")
        assert "Gone." not in original.text and "Inserted." not in original.text
        (insertion,) = [r for r in original.regions if r.kind == "insertion"]
        assert insertion.note.endswith(": Inserted.")

    def test_unknown_view_is_an_input_error(self):
        with pytest.raises(InputError, match="view"):
            load(legend_with_changes(), view="final")


class TestStructure:
    def test_paragraphs_in_order_with_paragraph_numbers(self):
        document = docx.Document()
        for sentence in (IDENTIFICATION, NO_UPDATE, DIFFER):
            document.add_paragraph(sentence)
        doc = load(save(document))
        assert doc.text.index(IDENTIFICATION) < doc.text.index(NO_UPDATE) < doc.text.index(DIFFER)
        assert doc.locate(doc.text.index(NO_UPDATE)).paragraph == 2
        assert doc.locate(doc.text.index(DIFFER) + 10).paragraph == 3
        assert doc.text.count("\n\n") == 2

    def test_table_cells_are_tab_separated_and_labelled(self):
        document = docx.Document()
        document.add_paragraph("Results")
        table = document.add_table(rows=2, cols=3)
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row.cells):
                cell.text = f"r{r + 1}c{c + 1}"
        doc = load(save(document))
        assert "r1c1\tr1c2\tr1c3\nr2c1\tr2c2\tr2c3" in doc.text
        assert doc.locate(doc.text.index("r2c3")).cell == "table 1, row 2, col 3"
        assert doc.locate(doc.text.index("Results")).cell is None

    def test_a_one_column_table_is_a_box_whose_paragraphs_stay_paragraphs(self):
        # a boxed legend: the heading and the legend's paragraphs in one cell, another row below
        document = docx.Document()
        box = document.add_table(rows=2, cols=1)
        cell = box.cell(0, 0)
        cell.paragraphs[0].add_run("Forward-Looking Statements").bold = True
        cell.add_paragraph(IDENTIFICATION)
        cell.add_paragraph(NO_UPDATE)
        box.cell(1, 0).text = DIFFER
        doc = load(save(document))
        assert f"Forward-Looking Statements\n\n{IDENTIFICATION}\n\n{NO_UPDATE}\n\n{DIFFER}" in doc.text
        assert doc.locate(doc.text.index(NO_UPDATE)).cell == "table 1, row 1, col 1"

    def test_a_grid_keeps_a_cell_on_its_row(self):
        # not a box: in a table of two columns a cell's paragraphs stay on the row's line
        document = docx.Document()
        grid = document.add_table(rows=1, cols=2)
        grid.cell(0, 0).text = "Revenue"
        grid.cell(0, 1).text = "12"
        grid.cell(0, 1).add_paragraph("14")
        doc = load(save(document))
        assert "Revenue\t12 14" in doc.text

    def test_breaks_hyphens_and_smart_quotes(self):
        document = docx.Document()
        paragraph = document.add_paragraph("The Company\u2019s \u201cforward")
        paragraph._p.append(parse_xml(f"<w:r {W}><w:noBreakHyphen/><w:t>looking</w:t><w:softHyphen/>"
                                      f'<w:t xml:space="preserve">\u201d statements</w:t><w:br/><w:t>next line</w:t></w:r>'))
        doc = load(save(document))
        assert "The Company\u2019s \u201cforward-looking\u201d statements\nnext line" in doc.text

    def test_headers_and_footers_come_after_the_body_as_regions(self):
        document = docx.Document()
        document.add_paragraph(NO_UPDATE)
        section = document.sections[0]
        section.header.paragraphs[0].text = "DRAFT - CONFIDENTIAL"
        section.footer.paragraphs[0].text = "Page footer text"
        doc = load(save(document))
        assert doc.text.index(NO_UPDATE) < doc.text.index("DRAFT") < doc.text.index("Page footer")
        kinds = {r.kind: doc.text[r.start : r.end] for r in doc.regions}
        assert kinds["header"] == "DRAFT - CONFIDENTIAL"
        assert kinds["footer"] == "Page footer text"

    def test_footnotes_are_appended_and_marked(self):
        document = docx.Document()
        document.add_paragraph(IDENTIFICATION)
        data = add_footnotes(save(document), NO_UPDATE)
        doc = load(data)
        (note,) = [r for r in doc.regions if r.kind == "footnote"]
        assert doc.text[note.start : note.end] == NO_UPDATE
        assert note.start > doc.text.index(IDENTIFICATION)

    def test_comments_are_ignored(self):
        document = docx.Document()
        paragraph = document.add_paragraph(NO_UPDATE)
        if hasattr(document, "add_comment"):
            document.add_comment(paragraph.runs, text="Legal: is this enough?", author="Counsel")
        doc = load(save(document))
        assert "Legal:" not in doc.text


def add_footnotes(data: bytes, text: str) -> bytes:
    """Add a footnotes part (python-docx cannot) with one footnote holding `text`."""
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>{_run_xml(text)}</w:p></w:footnote>'
        "</w:footnotes>"
    )
    relationship = ('<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    'relationships/footnotes" Target="footnotes.xml"/>')
    override = ('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.wordprocessingml.footnotes+xml"/>')
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", relationship.encode() + b"</Relationships>")
            elif item.filename == "[Content_Types].xml":
                content = content.replace(b"</Types>", override.encode() + b"</Types>")
            target.writestr(item, content)
        target.writestr("word/footnotes.xml", footnotes)
    return out.getvalue()


class TestErrors:
    def test_not_a_zip(self):
        with pytest.raises(InputError, match="ZIP"):
            load(b"PK\x03\x04 this is not really a zip archive", "bad.docx", format="docx")

    def test_truncated_package(self):
        data = legend_with_changes()
        with pytest.raises(InputError):
            load(data[: len(data) // 2], "cut.docx", format="docx")

    def test_encrypted_word_file(self):
        with pytest.raises(InputError, match="encrypted"):
            load(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "secret.docx", format="docx")

    def test_zip_without_a_document(self):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "hi")
        with pytest.raises(InputError, match="document.xml"):
            load(buffer.getvalue(), "other.docx", format="docx")

    def test_dtd_is_refused(self):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("word/document.xml", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>'
                                                  f"<w:document {W}><w:body/></w:document>")
        with pytest.raises(InputError, match="DTD"):
            load(buffer.getvalue(), "evil.docx", format="docx")


class TestEngine:
    """Through `fslcheck.check`: what a reviewer sees for a draft with tracked changes."""

    @staticmethod
    def findings(tmp_path, view: str) -> dict:
        import fslcheck

        path = tmp_path / "draft.docx"
        path.write_bytes(legend_with_changes())
        (result,) = fslcheck.check([path], options=LoadOptions(view=view)).documents
        assert result.error is None
        return {finding.rule: finding for finding in result.findings}

    def test_deleted_no_update_clause_is_missing_and_inserted_clause_is_pending(self, tmp_path):
        found = self.findings(tmp_path, "accepted")
        assert found["pslra.no-update"].status.value == "missing"
        as_of = found["pslra.as-of-date"]
        assert as_of.status.value == "met"
        assert any("pending" in note for note in as_of.notes)
        assert as_of.location.paragraph == 2

    def test_original_view_meets_the_deleted_clause_with_a_warning_note(self, tmp_path):
        found = self.findings(tmp_path, "original")
        assert found["pslra.no-update"].status.value == "met"
        assert any("tracked deletion" in note for note in found["pslra.no-update"].notes)
        assert found["pslra.as-of-date"].status.value == "missing"

    def test_a_missing_clause_points_at_the_tracked_change_that_holds_it(self, tmp_path):
        deleted = self.findings(tmp_path, "accepted")["pslra.no-update"]
        assert any("tracked deletion" in note and "assumes no obligation to update" in note for note in deleted.notes)
        inserted = self.findings(tmp_path, "original")["pslra.as-of-date"]
        assert any("tracked insertion" in note and "made as of the date hereof" in note for note in inserted.notes)


def test_damaged_packages_give_input_errors_not_tracebacks():
    """Random byte damage (compressed streams, headers, versions) must end in a Document or an InputError."""
    import random

    generator = random.Random(7)
    data = legend_with_changes()
    for _ in range(150):
        damaged = bytearray(data)
        for _ in range(generator.randint(1, 20)):
            damaged[generator.randrange(len(damaged))] = generator.randrange(256)
        try:
            load(bytes(damaged), "damaged.docx", format="docx")
        except InputError:
            pass
