"""Format detection by content and extension, and every corpus file loading without a traceback."""

from __future__ import annotations

import io
import zipfile

import pytest

from fslcheck.discovery import discover
from fslcheck.documents import SUPPORTED_EXTENSIONS, LoadOptions, load_bytes, load_path, sniff
from fslcheck.errors import InputError

from .conftest import corpus_or_skip

EDGAR = (b"<SEC-DOCUMENT>0001.txt : 20240301\n<SEC-HEADER>0001.hdr.sgml\n</SEC-HEADER>\n"
         b"<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\nACME assumes no obligation to update.\n</TEXT>\n</DOCUMENT>\n")


def zip_with(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (b"%PDF-1.7\n...", "release.pdf", "pdf"),
        (b"%PDF-1.4\n...", "release", "pdf"),  # no extension
        (b"%PDF-1.4\n...", "release.txt", "pdf"),  # a misnamed PDF
        (b"\x00\x00junk%PDF-1.4\n", "release.bin", "pdf"),  # junk before the header is allowed
        (zip_with("[Content_Types].xml", "word/document.xml"), "draft.docx", "docx"),
        (zip_with("[Content_Types].xml", "word/document.xml"), "draft", "docx"),
        (zip_with("data.csv"), "archive.zip", "binary"),
        (zip_with("data.csv"), "draft.docx", "docx"),  # the loader explains what is wrong
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "draft.docx", "docx"),  # encrypted
        (EDGAR, "0001.txt", "edgar"),
        (EDGAR, "0001", "edgar"),
        (b"<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n<html><p>a</p></html>\n</TEXT>\n</DOCUMENT>\n", "ex99.htm", "html"),
        (b"<DOCUMENT>\n<TYPE>8-K\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99.1\n</DOCUMENT>\n", "x.txt", "edgar"),
        (b"Plain words only.\nNo markup here.\n", "release.htm", "text"),  # an .htm that is text
        (b"<html><body><p>Hi</p></body></html>", "release.txt", "html"),  # a .txt that is HTML
        (b"<p>One</p><p>Two</p><div>Three</div>", "release", "html"),
        # an inline-XBRL filing whose software comments out the XML declaration and its own notes
        # before <html>, then fills the first kilobytes with hidden ix: facts (few common tags)
        (b"<!--?xml version='1.0' encoding='ASCII'?--><!--Made by a filing tool-->\n<html xmlns:ix="
         b"\"http://www.xbrl.org/2013/inlineXBRL\"><head><title>x</title></head><body><div style=\"display:none\">"
         + b"<ix:nonnumeric name=\"dei:X\">0001</ix:nonnumeric>" * 100, "10k.htm", "html"),
        (b"<!-- a note --> Plain words only.\n", "release.txt", "text"),  # a comment, then text
        (b"# Heading\n\nSome *text*.\n", "release.md", "markdown"),
        (b"Plain text.\n", "release", "text"),
        (b"{\\rtf1\\ansi We expect growth.}", "release.txt", "rtf"),  # Word's "Rich Text", whatever the name
        (b"\xef\xbb\xbf\r\n{\\RTF1 We expect growth.}", "release", "rtf"),
    ],
)
def test_sniff(data: bytes, name: str, expected: str) -> None:
    assert sniff(data, name) == expected


def test_supported_extensions_include_pdf_and_docx(tmp_path) -> None:
    assert SUPPORTED_EXTENSIONS[".pdf"] == "pdf" and SUPPORTED_EXTENSIONS[".docx"] == "docx"
    for name in ("a.pdf", "b.docx", "c.txt", "d.png"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.rsplit("/", 1)[-1] for p in discover([str(tmp_path)])] == ["a.pdf", "b.docx", "c.txt"]


def test_a_binary_file_of_no_known_kind_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="binary and not a supported format"):
        load_bytes(zip_with("data.csv"), "archive.zip")


def test_an_rtf_file_is_refused_with_what_to_do() -> None:
    with pytest.raises(InputError, match=r"release\.rtf: an RTF document.*save it as Word \(\.docx\)"):
        load_bytes(b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} We expect growth.}", "release.rtf")
    (doc,) = load_bytes(b"{\\rtf1 We expect growth.}", "release.rtf", LoadOptions(format="text"))
    assert doc.text.startswith("{\\rtf1")


def test_forced_format_wins_over_sniffing() -> None:
    (doc,) = load_bytes(b"<p>One</p><p>Two</p><div>Three</div>", "x.html", LoadOptions(format="text"))
    assert doc.format == "text" and "<p>" in doc.text


def test_every_corpus_file_loads_or_fails_cleanly() -> None:
    corpus = corpus_or_skip()
    files = sorted(p for p in (corpus / "releases").iterdir() if p.is_file())
    assert len(files) >= 88
    errors = {}
    for path in files:
        try:
            documents = load_path(path)
        except InputError as error:
            errors[path.name] = error.message
            continue
        assert documents and all(d.text.strip() for d in documents), path.name
        if path.suffix == ".pdf":
            assert documents[0].format == "pdf" and documents[0].page_starts, path.name
    # The only unreadable file is the PDF whose text layer is glyph codes.
    assert list(errors) == ["mcdonalds_2023-01-31_earnings.pdf"], errors


def test_several_documents_reads_as_the_anchored_pattern_on_random_text():
    # the literal scan of _several_documents gives the answer of the pattern it replaced: more
    # than one line opening with <DOCUMENT> (any case, after spaces or tabs)
    import random
    import re

    from fslcheck.documents import _several_documents

    anchored = re.compile(rb"^[ \t]*<DOCUMENT>", re.IGNORECASE | re.MULTILINE)
    pieces = [b"<DOCUMENT>", b"<document>", b"<DoCuMeNt>", b"\n", b"\r\n", b" ", b"\t", b"x", b"<",
              b"DOCUMENT>", b"\r", b"<documents>", b"\xc4\xb0"]
    chooser = random.Random(7)
    for _ in range(5000):
        data = b"".join(chooser.choice(pieces) for _ in range(chooser.randrange(12)))
        assert _several_documents(data) == (len(anchored.findall(data)) > 1), data
