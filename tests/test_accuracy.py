"""The default pack against the labelled releases: the issue-4 targets (F1 per element, micro-F1)."""

from __future__ import annotations

import pytest

from .corpus_support import CORPUS, LABELS, accuracy_module, require_corpus


@pytest.fixture(scope="module")
def report():
    require_corpus()
    accuracy = accuracy_module()
    return accuracy.evaluate(LABELS, CORPUS)


def test_every_labelled_document_loads(report):
    assert report.checked > 0
    text_failures = [(name, error) for name, error in report.failed if not name.endswith(".pdf")]
    assert not text_failures


def test_each_element_f1_at_least_097(report):
    low = {element: round(t.f1, 3) for element, t in report.tallies.items() if t.f1 < 0.97}
    assert not low, f"elements below F1 0.97: {low}"


def test_micro_f1_at_least_098(report):
    assert report.micro.f1 >= 0.98


def test_risk_factor_count_close(report):
    assert report.count_mae is not None and report.count_mae <= 1.0


def test_legend_required_agrees_with_labels(report):
    accuracy = accuracy_module()
    disagree = [row for row in report.legend_required
                if row[3] not in accuracy.legend_required_expected(row[1], row[2])]
    assert not disagree


def test_documents_without_a_legend_fail_with_an_error(report):
    """`legend: no` documents whose body makes forward-looking statements fail (exit 1); since
    issue 12 one whose body makes none may pass, its legend-required `not-applicable` (never met)."""
    import fslcheck

    from .corpus_support import labels

    pack = fslcheck.compile_pack()
    cases = {str(CORPUS / label["file"]): label for label in labels() if str(label["legend"]) == "no"}
    result = fslcheck.check(list(cases), pack)
    loaded = [d for d in result.documents if not d.error]
    assert loaded
    for document in loaded:
        gate = next(f for f in document.findings if f.rule == "pslra.legend-required")
        if cases[document.path].get("fls_in_body") in (True, "yes"):
            assert document.verdict == "fail", document.path
        else:
            assert gate.status.value in ("missing", "not-applicable"), document.path
