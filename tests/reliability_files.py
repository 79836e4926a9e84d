"""Hostile inputs, made by the tests themselves (nothing large is committed)."""

from __future__ import annotations

import io
import zipfile
import zlib

LEGEND = (
    "Forward-Looking Statements\n\n"
    "This release contains forward-looking statements within the meaning of the Private Securities "
    "Litigation Reform Act of 1995. Words such as \"expects,\" \"anticipates\" and \"believes\" identify "
    "forward-looking statements. Actual results could differ materially from those projected because of "
    "risks and uncertainties, including competition from larger rivals, changes in customer demand, the loss of key customers and rising interest rates, as "
    "described in our Annual Report on Form 10-K filed with the Securities and Exchange Commission. "
    "Readers are cautioned not to place undue reliance on these statements, which speak only as of the "
    "date of this release. The Company undertakes no obligation to update any forward-looking statement.\n"
)
GOOD_RELEASE = "Acme reports record sales.\n\nAcme expects growth next year.\n\n" + LEGEND


def pdf_with_content(content: bytes, pages: int = 1) -> bytes:
    """A minimal PDF whose every page draws `content` (Flate-compressed)."""
    stream = zlib.compress(content, 6)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(pages)).encode()
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(pages).encode() + b" >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents " + str(5 + 2 * i).encode() + b" 0 R >>")
        objects.append(b"<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n" + stream
                       + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += str(number).encode() + b" 0 obj\n" + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objects) + 1).encode() + b"\n0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += (b"trailer\n<< /Size " + str(len(objects) + 1).encode() + b" /Root 1 0 R >>\nstartxref\n"
            + str(xref).encode() + b"\n%%EOF\n")
    return bytes(out)


def text_pdf(lines: list[str], pages: int = 1) -> bytes:
    ops = b"BT /F1 10 Tf 50 750 Td 12 TL " + b" ".join(
        b"(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1") + b") '"
        for line in lines) + b" ET"
    return pdf_with_content(ops, pages)


def pdf_bomb(characters: int = 60_000_000) -> bytes:
    """A page whose content stream inflates to `characters` bytes of text-showing operators."""
    return pdf_with_content(b"BT /F1 12 Tf 72 700 Td (" + b"A" * characters + b") Tj ET")


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.document.main+xml"/></Types>')


def docx(paragraphs: list[tuple[str, bool]], extra_parts: dict[str, bytes] | None = None,
         header_rels: list[str] | None = None, hidden_style: str | None = None) -> bytes:
    """A .docx with one paragraph per (text, hidden) pair; `w:vanish` on the hidden ones, or with
    `hidden_style`, a paragraph style (based on one that sets `w:vanish`) in styles.xml."""
    body = ""
    for text, hidden in paragraphs:
        if hidden and hidden_style:
            body += (f'<w:p><w:pPr><w:pStyle w:val="{hidden_style}"/></w:pPr><w:r><w:t xml:space="preserve">'
                     f"{text}</w:t></w:r></w:p>")
            continue
        props = "<w:rPr><w:vanish/></w:rPr>" if hidden else ""
        body += f"<w:p><w:r>{props}<w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"
    if hidden_style:
        extra_parts = dict(extra_parts or {})
        extra_parts["word/styles.xml"] = (
            f'<?xml version="1.0"?><w:styles xmlns:w="{W}">'
            '<w:style w:type="paragraph" w:styleId="Secret"><w:rPr><w:vanish/></w:rPr></w:style>'
            f'<w:style w:type="paragraph" w:styleId="{hidden_style}"><w:basedOn w:val="Secret"/></w:style>'
            '</w:styles>').encode()
    document = f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    rels = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships">')
    if hidden_style:
        rels += ('<Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 'relationships/styles" Target="styles.xml"/>')
    for index, target in enumerate(header_rels or []):
        rels += (f'<Relationship Id="h{index}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 f'relationships/header" Target="{target}"/>')
    rels += "</Relationships>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", _CONTENT_TYPES)
        package.writestr("word/document.xml", document)
        package.writestr("word/_rels/document.xml.rels", rels)
        for name, data in (extra_parts or {}).items():
            package.writestr(name, data)
    return buffer.getvalue()


def docx_bomb(parts: int = 12, part_bytes: int = 40 * 1024 * 1024) -> bytes:
    """Many header parts each under the per-part cap, together far over the total cap."""
    filler = f'<?xml version="1.0"?><w:hdr xmlns:w="{W}"><w:p><w:r><w:t>'.encode() + b"a" * part_bytes + \
        b"</w:t></w:r></w:p></w:hdr>"
    names = [f"word/header{i}.xml" for i in range(parts)]
    return docx([(GOOD_RELEASE.replace("\n", " "), False)], {name: filler for name in names},
                [name.split("/", 1)[1] for name in names])


_FILLER = "filler line\n" * 3


def edgar_submission(exhibits: int) -> str:
    """An EDGAR full submission with `exhibits` small EX-99 documents."""
    parts = ["<SEC-DOCUMENT>0000000000-00-000000.txt\n<SEC-HEADER>\n</SEC-HEADER>\n"]
    for number in range(exhibits):
        parts.append(f"<DOCUMENT>\n<TYPE>EX-99.{number + 1}\n<SEQUENCE>{number + 2}\n<FILENAME>ex{number}.txt\n"
                     f"<TEXT>\nExhibit {number}: Acme expects growth.\n{_FILLER}</TEXT>\n</DOCUMENT>\n")
    parts.append("</SEC-DOCUMENT>\n")
    return "".join(parts)
