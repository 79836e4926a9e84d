"""EDGAR full submissions: finding the documents, choosing exhibits, skipping binaries, lines."""

from __future__ import annotations

import pytest

from fslcheck.documents import LoadOptions, load_bytes
from fslcheck.documents.edgar import parts
from fslcheck.errors import InputError

from .conftest import EXAMPLE, corpus_or_skip

FORM_8K = "<html><body><p>Item 9.01 Financial Statements and Exhibits.</p></body></html>"
HTML_EXHIBIT = ("<html><body><p>ACME reports results.</p><p>ACME assumes no obligation to update "
                "any forward-looking statement.</p></body></html>")
GRAPHIC = "begin 644 logo.jpg\nM_]C_X``02D9)1@`!`0$`8`!@``#_VP!#``@&!@<&!0@'!P<)\"0@*#!0-\n`\nend"


def document(type_: str, sequence: int, filename: str, content: str) -> str:
    return (f"<DOCUMENT>\n<TYPE>{type_}\n<SEQUENCE>{sequence}\n<FILENAME>{filename}\n"
            f"<DESCRIPTION>{type_}\n<TEXT>\n{content}\n</TEXT>\n</DOCUMENT>\n")


def submission(*documents: str) -> bytes:
    header = ("<SEC-DOCUMENT>0000950123-24-000001.txt : 20240301\n<SEC-HEADER>0000950123-24-000001.hdr.sgml\n"
              "ACCESSION NUMBER:\t\t0000950123-24-000001\nCONFORMED SUBMISSION TYPE:\t8-K\n"
              "PUBLIC DOCUMENT COUNT:\t\t3\n</SEC-HEADER>\n")
    return (header + "".join(documents) + "</SEC-DOCUMENT>\n").encode("utf-8")


def sample() -> bytes:
    release = EXAMPLE.read_text(encoding="utf-8")
    return submission(
        document("8-K", 1, "form8k.htm", FORM_8K),
        document("EX-99.1", 2, "ex99-1.txt", release),
        document("EX-99.2", 3, "ex99-2.htm", HTML_EXHIBIT),
        document("GRAPHIC", 4, "logo.jpg", GRAPHIC),
    )


def test_press_release_exhibits_by_default_each_its_own_document():
    documents = load_bytes(sample(), "filing.txt")
    assert [d.path for d in documents] == ["filing.txt#EX-99.1", "filing.txt#EX-99.2"]
    assert "assumes no obligation to update any forward-looking" in " ".join(documents[0].text.split())
    assert documents[1].format == "html" and "ACME reports results." in documents[1].text
    assert all("Item 9.01" not in d.text and "begin 644" not in d.text for d in documents)


def test_line_numbers_count_in_the_submission_file():
    data = sample()
    lines = data.decode("utf-8").split("\n")
    text_exhibit, html_exhibit = load_bytes(data, "filing.txt")
    word = "IMPORTANT NOTE:"
    expected = next(i for i, line in enumerate(lines, start=1) if word in line)
    assert text_exhibit.locate(text_exhibit.text.index(word)).line == expected
    expected_html = next(i for i, line in enumerate(lines, start=1) if "ACME reports results." in line)
    assert html_exhibit.locate(html_exhibit.text.index("ACME reports")).line == expected_html


def test_exhibit_patterns_choose_other_documents():
    (form,) = load_bytes(sample(), "filing.txt", LoadOptions(exhibits=("8-k",)))
    assert form.path == "filing.txt#8-K" and "Item 9.01" in form.text
    both = load_bytes(sample(), "filing.txt", LoadOptions(exhibits=("8-K", "EX-99.2")))
    assert [d.path for d in both] == ["filing.txt#8-K", "filing.txt#EX-99.2"]


def test_no_match_lists_the_types_present():
    with pytest.raises(InputError) as error:
        load_bytes(sample(), "filing.txt", LoadOptions(exhibits=("EX-10*",)))
    assert "8-K, EX-99.1, EX-99.2, GRAPHIC" in error.value.message


def test_binary_parts_are_never_checked():
    with pytest.raises(InputError, match="only binary"):
        load_bytes(sample(), "filing.txt", LoadOptions(exhibits=("GRAPHIC",)))
    found = {p.type: p for p in parts(sample().decode())}
    assert found["GRAPHIC"].content.startswith("begin 644")


def test_inline_xbrl_main_document_is_html():
    xbrl = document("8-K", 1, "acme-8k.htm", "<XBRL>\n<?xml version='1.0'?>\n<html><body><p>Item 2.02</p></body></html>\n</XBRL>")
    (form,) = load_bytes(submission(xbrl, document("EX-99.1", 2, "x.htm", HTML_EXHIBIT)), "f.txt",
                         LoadOptions(exhibits=("8-K",)))
    assert "Item 2.02" in form.text


def test_two_corpus_exhibits():
    corpus = corpus_or_skip()
    first = (corpus / "releases" / "sos-staffing_2003-10-01_8k-ex99.txt").read_text(encoding="utf-8")
    second = (corpus / "releases" / "southern-co_2007-01-25_8k-ex99-01.htm").read_text(encoding="utf-8")
    data = submission(
        document("8-K", 1, "form8k.txt", "FORM 8-K\nItem 7. Exhibits."),
        document("EX-99.1", 2, "ex99.txt", first),
        document("EX-99.2", 3, "ex99-01.htm", second),
    )
    documents = load_bytes(data, "0000950123-24-000001.txt")
    assert [d.path.split("#")[1] for d in documents] == ["EX-99.1", "EX-99.2"]
    assert "Private Securities Litigation Reform Act" in " ".join(documents[0].text.split())
    assert "Southern Company" in documents[1].text
