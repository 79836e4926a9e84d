"""The foundation's promise on the hand-labelled corpus documents (text, HTML, Markdown).

Where a label marks identification, differ-materially or no-update present, the finding is `met`;
a document labelled as having no legend fails with at least one error-severity rule not met.
"""

from __future__ import annotations

import pytest

import fslcheck

from .conftest import corpus_or_skip, labelled_documents

CORE_ELEMENTS = ("identification", "differ-materially", "no-update")
TEXT_FORMATS = ("txt", "htm", "html", "md")


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack()


def _cases():
    cases = labelled_documents(TEXT_FORMATS)
    return cases or [pytest.param(None, None, marks=pytest.mark.skip(reason="corpus labels not beside the checkout"))]


@pytest.mark.parametrize("path, label", _cases(), ids=lambda v: getattr(v, "name", None))
def test_core_elements_met_where_labelled(pack, path, label):
    corpus_or_skip()
    result = fslcheck.check([path], pack)
    document = result.documents[0]
    assert document.error is None, document.error
    statuses = {f.rule: f for f in document.findings}
    for element in CORE_ELEMENTS:
        if label["elements"][element]["present"]:
            finding = statuses[f"pslra.{element}"]
            assert finding.status.value == "met", (element, finding.status.value, finding.excerpt)
    if label["legend"] == "no" and label.get("fls_in_body") in (True, "yes"):
        assert result.exit_code == 1
        assert any(f.severity.value == "error" and f.status.is_problem for f in document.findings)
    elif label["legend"] == "no":  # issue 12: no forward-looking statement, no legend needed
        assert statuses["pslra.legend-required"].status.value in ("missing", "not-applicable")


def _pdf_cases():
    cases = labelled_documents(("pdf",))
    return cases or [pytest.param(None, None, marks=pytest.mark.skip(reason="corpus labels not beside the checkout"))]


def _collapsed(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("path, label", _pdf_cases(), ids=lambda v: getattr(v, "name", None))
def test_pdf_elements_met_on_the_page_where_the_legend_stands(pack, path, label):
    corpus_or_skip()
    document = fslcheck.check([path], pack).documents[0]
    assert document.error is None, document.error
    doc = document.document
    pages = [doc.text[start:end] for start, end in zip(doc.page_starts, doc.page_starts[1:] + [len(doc.text)])]
    for element in ("identification", "differ-materially"):
        if not label["elements"][element]["present"]:
            continue
        finding = next(f for f in document.findings if f.rule == f"pslra.{element}")
        assert finding.status.value == "met", (element, finding.status.value)
        page = finding.location.page
        assert page is not None and 1 <= page <= len(pages)
        matched = _collapsed(doc.text[finding.start:finding.end])
        assert matched and matched in _collapsed(pages[page - 1]), (element, page, matched)
