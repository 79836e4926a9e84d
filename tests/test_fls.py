"""Forward-looking statements in the body: segmentation, the classifier's false friends,
`fslcheck fls`, and `pslra.legend-required` deciding by the body (issue 12)."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest
import yaml
from click.testing import CliRunner

import fslcheck
from fslcheck.cli import main
from fslcheck.fls.classify import classify
from fslcheck.fls.scan import stated_date
from fslcheck.fls.segment import sentences
from fslcheck.result import Status

from .conftest import CORPUS, corpus_or_skip


def texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


# --- segmentation ---------------------------------------------------------------------------

def test_abbreviations_and_decimals_do_not_cut():
    got = texts("Acme Inc. sold approx. 5.2 million units in the U.S. through Store No. 4 last year. "
                "Revenue was $1.5 billion.")
    assert got == ["Acme Inc. sold approx. 5.2 million units in the U.S. through Store No. 4 last year.",
                   "Revenue was $1.5 billion."]


def test_headings_bullets_and_table_rows_are_units():
    text = ("Outlook\n\nFor fiscal 2025 the company expects:\n\n• revenue of $10 million; and\n\n"
            "• margins near 40%.\n\nNet sales      $1,234      $1,100\nGross margin   40.1%       39.0%\n")
    got = texts(text)
    assert got[0] == "Outlook"
    assert "revenue of $10 million; and" in got and "margins near 40%." in got
    assert "For fiscal 2025 the company expects:" in got
    assert "Net sales $1,234 $1,100" in got and "Gross margin 40.1% 39.0%" in got  # one row each


def test_transcript_speaker_lines_are_cut_off():
    text = ("Jane Smith\nAcme, Inc. - CFO\nThanks, everyone. We expect revenue to grow next year, and we "
            "will keep investing in our stores across the country this year.\n")
    got = texts(text)
    assert got[:2] == ["Jane Smith", "Acme, Inc. - CFO"]
    assert got[2] == "Thanks, everyone."
    assert "Operator" not in texts("Operator: Good morning, and welcome to the call.")[0]


# --- the classifier and its false friends ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "We expect revenue of about $2.1 billion for the fourth quarter.",
    "The company plans to open 30 new stores next year.",
    "The transaction is expected to close in the third quarter, subject to customary conditions.",
    "Looking ahead, we remain confident we will deliver double-digit growth.",
    "Topline data from the Phase 2 study are anticipated in the second half of 2026.",
])
def test_forward_looking(sentence):
    assert classify(sentence, date(2025, 3, 1)).forward_looking


@pytest.mark.parametrize("sentence", [
    "Employment with the company is at will and may be terminated by either party.",
    "Goodwill of $12 million was recorded in the quarter.",
    "The award was presented by Will Johnson, chairman of the foundation.",
    "Revenue was higher than we had expected, and margins were in line with our prior outlook.",
    "The conference call will be held at 5:00 p.m. Eastern Time and a replay will be available.",
    "The dividend is payable on March 15, 2025 to shareholders of record as of March 1, 2025.",
    "Actual results could differ materially from those expressed in any forward-looking statements.",
    "Revenue for the quarter increased 12 percent to $1.1 billion.",
    "What are you seeing in demand next quarter?",
])
def test_false_friends(sentence):
    assert not classify(sentence, date(2025, 3, 1)).forward_looking


def test_a_date_after_the_release_is_future_and_one_before_is_not():
    sentence = "Deliveries of the new fleet are scheduled for the first half of {year}."
    assert "future-date" in classify(sentence.format(year=2026), date(2025, 6, 1)).cues
    assert "future-date" not in classify(sentence.format(year=2024), date(2025, 6, 1)).cues


def test_legend_sentences_never_count():
    verdict = classify("We will grow revenue next year.", in_legend=True)
    assert not verdict.forward_looking and verdict.cues[0] == "legend"


def test_stated_date():
    assert stated_date("Apple Reports\nCUPERTINO, California—January 18, 2011—Apple today") == date(2011, 1, 18)
    assert stated_date("No date here.") is None


def test_stated_date_reads_letters_a_case_blind_match_takes_for_ascii():
    # the long s and the dotless i match "s" and "i" when case is ignored: read as those letters,
    # or skipped when the word is then no month, never a crash
    assert stated_date("ACME, \u017feptember 3, 2024 \u2014 Acme today said") == date(2024, 9, 3)
    assert stated_date("ACME, J\u0131ly 3, 2024 \u2014 Acme today said") is None


# --- fslcheck fls ------------------------------------------------------------------------

def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def test_one_per_line_returns_one_entry_per_line(tmp_path):
    lines = ["We will launch the product next year.", "", "   ", "The call will be held at 5 p.m.",
             "\x1b[31m odd \u202e text", "Revenue grew 5%.", "We expect margins to expand in 2027",
             "last line without a newline"]
    path = tmp_path / "lines.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = run("fls", "--one-per-line", "--format", "json", "--release-date", "2025-01-01", path)
    assert result.exit_code == 0, result.output
    entries = json.loads(result.output)["sentences"]
    assert len(entries) == len(lines)
    assert [e["text"] for e in entries] == lines
    assert [e["location"] for e in entries] == [f"line {n}" for n in range(1, len(lines) + 1)]
    assert [e["forward_looking"] for e in entries] == [True, False, False, False, False, False, True, False]
    assert all(set(e) >= {"text", "forward_looking", "cues", "location", "topic"} for e in entries)


def test_one_per_line_counts_a_final_newline_as_the_end_of_the_last_line(tmp_path):
    path = tmp_path / "three.txt"
    path.write_text("One.\nTwo.\nThree.\n", encoding="utf-8")
    entries = json.loads(run("fls", "--one-per-line", "--format", "json", path).output)["sentences"]
    assert len(entries) == 3


def test_fls_lists_every_sentence_in_order_and_text_lists_the_forward_looking(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("Acme Reports Results\n\nACME, Jan. 5, 2025 -- Acme today reported revenue of $5 million. "
                    "The company expects revenue of $6 million in fiscal 2027.\n\nForward-Looking Statements\n\n"
                    "This release contains forward-looking statements within the meaning of the Private Securities "
                    "Litigation Reform Act of 1995. Actual results could differ materially.\n", encoding="utf-8")
    data = json.loads(run("fls", "--format", "json", path).output)["sentences"]
    assert [e["text"] for e in data][:3] == ["Acme Reports Results",
                                             "ACME, Jan. 5, 2025 -- Acme today reported revenue of $5 million.",
                                             "The company expects revenue of $6 million in fiscal 2027."]
    assert [e["forward_looking"] for e in data] == [False, False, True, False, False, False]
    assert data[2]["topic"] == "guidance/earnings" and "expect-verb" in data[2]["cues"]
    assert all(e["in_legend"] for e in data[3:])
    text = run("fls", path).output
    assert "expects revenue of $6 million" in text and "1 forward-looking of 6 sentences" in text


def test_fls_bad_input_is_a_clear_error(tmp_path):
    result = run("fls", tmp_path / "missing.txt")
    assert result.exit_code == 2 and "missing.txt" in result.output
    result = run("fls", "--release-date", "2025-13-01", tmp_path / "missing.txt")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


# --- legend-required decided by the body -------------------------------------------------

NO_FLS = "Acme Corp. today announced that Jane Doe joined its board of directors. She was elected on May 2, 2024.\n"
FLS_NO_LEGEND = "Acme Corp. today reported revenue of $5 million. The company expects to double revenue next year.\n"


def test_a_release_with_neither_passes_and_its_legend_rules_are_not_applicable():
    document = fslcheck.compile_pack().check_text(NO_FLS)
    gate = next(f for f in document.findings if f.rule == "pslra.legend-required")
    assert gate.status is Status.NOT_APPLICABLE
    assert "no forward-looking statements found" in gate.notes
    assert document.verdict == "pass"
    legend_rules = [f for f in document.findings if f.rule in ("pslra.identification", "pslra.heading",
                                                                "pslra.risk-factors", "pslra.no-update")]
    assert all(f.status is Status.NOT_APPLICABLE for f in legend_rules)


def test_forward_looking_body_without_a_legend_fails_quoting_the_sentences():
    document = fslcheck.compile_pack().check_text(FLS_NO_LEGEND)
    gate = next(f for f in document.findings if f.rule == "pslra.legend-required")
    assert gate.status is Status.MISSING and document.verdict == "fail"
    assert [s["text"] for s in gate.details["forward_looking"]] == ["The company expects to double revenue next year."]
    assert any("expects to double revenue" in note for note in gate.notes)


def test_require_legend_always(tmp_path):
    pack = tmp_path / "always.yaml"
    pack.write_text("id: always\ntitle: t\nversion: '1'\njurisdiction: US\nextends: us-pslra\nrules:\n"
                    "  - id: pslra.legend-required\n    require_legend: always\n", encoding="utf-8")
    document = fslcheck.compile_pack([str(pack)]).check_text(NO_FLS)
    gate = next(f for f in document.findings if f.rule == "pslra.legend-required")
    assert gate.status is Status.MISSING and "no forward-looking statements found" in gate.notes


# A news summary that reports on a company's legend, or on what its statements say, is no legend:
# the document has none, and its own sentences decide.
REPORTED_CAUTION = ("Halvorsen Shipping shares rose after its investor day.\n\nThe presentation stresses the "
                    "uncertainties that surround forward-looking statements and the board's careful tone.\n")
REPORTED_STATEMENTS = ("Outlook\n\nNorthgate Power's forward-looking statements point to lower borrowing over the "
                       "coming year. The utility plans to sell two gas plants in 2026.\n")
REPORTED_WITH_STATUTE = ("Cautionary note\n\nThe announcement notes that its forward-looking statements are made under "
                         "the safe harbor of the Private Securities Litigation Reform Act of 1995 and that actual "
                         "results may differ materially.\n")


def _legend_required(text: str):
    return next(f for f in fslcheck.compile_pack().check_text(text).findings if f.rule == "pslra.legend-required")


def test_a_summary_reporting_on_a_legend_is_not_the_legend():
    caution = _legend_required(REPORTED_CAUTION)
    assert caution.status is Status.NOT_APPLICABLE
    (block,) = caution.details["set_aside"]
    assert "report" in block["reason"]
    # the same report citing the statute is the company's own caution after all
    assert _legend_required(REPORTED_WITH_STATUTE).status is Status.MET


# The verb of showing in another tense is the same report ("... demonstrated confidence").
REPORTED_PAST = ("Outlook\n\nMarta Lindqvist's forward-looking statements demonstrated confidence in the new "
                 "product line. The retailer plans to open twelve stores next year.\n")


@pytest.mark.parametrize(("text", "body"), [
    (REPORTED_STATEMENTS, "The utility plans to sell two gas plants in 2026."),
    (REPORTED_PAST, "The retailer plans to open twelve stores next year."),
])
def test_a_report_of_someones_forward_looking_statements_is_not_the_legend(text, body):
    gate = _legend_required(text)
    assert gate.status is Status.MISSING
    (block,) = gate.details["set_aside"]
    assert "report" in block["reason"]
    assert [s["text"] for s in gate.details["forward_looking"]] == [body]


def _manifest() -> list[dict]:
    with open(CORPUS / "manifest.csv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_corpus_safe_harbor_documents_are_never_reported_legend_required():
    corpus_or_skip()
    paths = [str(CORPUS / row["file"]) for row in _manifest() if row["has_safe_harbor"] == "yes"]
    # legend-required alone decides this: the coverage rule's scan of each body is not needed
    result = fslcheck.check(paths, fslcheck.compile_pack().without("fls-coverage"))
    reported = [d.path for d in result.documents if d.error is None and any(
        f.rule == "pslra.legend-required" and f.status.is_problem for f in d.findings)]
    assert reported == []


def test_corpus_legend_less_documents_with_forward_looking_statements_are_reported():
    corpus_or_skip()
    labels = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((CORPUS / "labels").glob("*.yaml"))]
    cases = [str(CORPUS / label["file"]) for label in labels
             if label.get("legend") == "no" and label.get("fls_in_body") == "yes"]
    assert cases, "the corpus has legend-less documents with forward-looking statements"
    result = fslcheck.check(cases)
    for document in result.documents:
        gate = next(f for f in document.findings if f.rule == "pslra.legend-required")
        assert gate.status is Status.MISSING and gate.details["forward_looking"], document.path
