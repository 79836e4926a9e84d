"""The oral-statements pack (us-pslra-oral, 78u-5(c)(2)) and its automatic choice for call transcripts."""

from __future__ import annotations

import pytest

import fslcheck
from fslcheck.fls.transcript import is_call_transcript
from fslcheck.testing import check_example, example_cases

from .conftest import CORPUS, EXAMPLE, corpus_or_skip

TRANSCRIPT = """Operator
Good afternoon, and welcome to the Acme Third Quarter Earnings Conference Call. (Operator Instructions)
I would now like to turn the call over to Jane Smith, Head of Investor Relations.

Jane Smith
Thank you. Some of the statements we will make today are forward-looking and involve risks and
uncertainties; actual results could differ materially. Additional information about the factors that
could cause results to differ is contained in our Annual Report on Form 10-K filed with the SEC.

Jim Brown
Thanks, Jane. Revenue grew 12% in the quarter, and we expect revenue to grow about 10% next year.

Operator
Our first question comes from Sam Lee with Example Securities.
"""


@pytest.mark.parametrize("case", example_cases("us-pslra-oral"), ids=str)
def test_oral_pack_examples(case):
    check_example(case)


def test_a_transcript_is_detected_and_a_release_is_not():
    assert is_call_transcript(TRANSCRIPT)
    assert not is_call_transcript(EXAMPLE.read_text(encoding="utf-8"))
    assert not is_call_transcript("Acme will host a conference call at 5 p.m. ET to discuss its results.")


ANNOUNCED_CALL = """Acme will host a conference call today at 5:00 p.m. ET to discuss the results. The call will be
followed by a {session}. Callers who wish to join the call should dial 1-800-555-0100 ten minutes
before the call starts; a replay of the call will be available on our website.

Investor Contact:
Jane Smith
"""


@pytest.mark.parametrize("session", ["question-and-answer period", "Q&A session",
                                     "session of questions and answers"])
def test_a_release_that_announces_the_questions_of_a_call_is_no_transcript(session):
    # the call is named three times and its questions once, but only as an event to come
    assert not is_call_transcript(ANNOUNCED_CALL.format(session=session))
    # the session itself, its heading standing alone, is a sign
    assert is_call_transcript(ANNOUNCED_CALL.format(session=session) + "\nQUESTION-AND-ANSWER SESSION\n")
    # so are speakers who take the floor again
    speakers = "Jane Smith -- CFO\nRevenue grew.\nSam Lee -- Analyst\nHow?\nJane Smith -- CFO\nBy selling more.\n"
    assert is_call_transcript("Questions and Answers\n" + speakers)
    assert not is_call_transcript("Questions and Answers\n" + speakers.replace("Jane Smith -- CFO\nBy", "By"))


def test_a_release_that_names_operators_in_lower_case_and_announces_its_call_is_no_transcript():
    # "operator" three times is a sign only as the call's capitalised speaker; the oil field's
    # operators of a royalty company's release are not
    release = ("Third-party operators drilled 205 wells on our acreage. We provided a letter of credit to an "
               "operator, secured by the operator's assets; the operator will drill in the Montney.\n\n"
               "A conference call to discuss the results will be held on Tuesday. To join the conference call, "
               "register at the link below. A replay of the conference call will be available.\n")
    assert not is_call_transcript(release)
    spoken = release.replace("an operator", "Operator").replace("the operator's", "Operator's") \
        .replace("the operator will", "Operator will")
    # capitalised three times it is a sign, with one that is there as itself (call language)
    assert is_call_transcript(spoken.replace("A conference call", "Welcome to the conference call. A call"))
    # repeated words alone are not: no operator's turn, no session, no call language as such
    assert not is_call_transcript(spoken)


def test_a_release_that_repeats_questions_and_call_is_no_transcript():
    # a bank's release: "questions" in its shareholder-services table, "call" in its call notice
    release = ("Shareholder Services\n\nQuestions about dividends: call the transfer agent.\n"
               "Questions about accounts: call your branch.\nOther questions: call 1-800-555-0100.\n")
    assert not is_call_transcript(release)
    assert is_call_transcript(release + "\nOperator: Our first question comes from Sam Lee.\n")


def test_default_pack_checks_a_transcript_with_the_oral_pack(tmp_path):
    path = tmp_path / "acme_2025-q3_call-transcript.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    (document,) = fslcheck.check([str(path)]).documents
    rules = {f.rule: f for f in document.findings}
    assert rules["pslra.oral-additional-information"].status.value == "met"
    assert rules["pslra.oral-document"].status.value == "met"
    assert rules["pslra.legend-required"].status.value == "met"
    assert "pslra.risk-factors" not in rules and "pslra.cue-words" not in rules
    assert any("oral-statements pack" in note for note in document.findings[0].notes)
    # naming a pack overrides the choice
    (named,) = fslcheck.check([str(path)], rules="us-pslra").documents
    assert "pslra.oral-document" not in {f.rule for f in named.findings}
    assert "pslra.risk-factors" in {f.rule for f in named.findings}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_command_line_checks_a_transcript_with_the_oral_pack(tmp_path, jobs):
    """`fslcheck check` without --rules (and a project config without `rules`) chooses the oral
    pack as the API does, in --jobs workers too; --rules overrides the choice."""
    import json

    from click.testing import CliRunner

    from fslcheck.cli import main

    path = tmp_path / "acme_2025-q3_call-transcript.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    release = tmp_path / "acme_2025-10-01_release.txt"
    release.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")

    def rules_of(*args):
        out = CliRunner().invoke(main, ["check", "--format", "json", "--jobs", jobs, *args, str(path), str(release)])
        documents = {d["path"]: {f["rule"] for f in d["findings"]} for d in json.loads(out.stdout)["documents"]}
        return documents[str(path)], documents[str(release)]

    transcript, written = rules_of()
    assert "pslra.oral-document" in transcript and "pslra.risk-factors" not in transcript
    assert "pslra.risk-factors" in written and "pslra.oral-document" not in written
    named, _ = rules_of("--rules", "us-pslra")
    assert "pslra.risk-factors" in named and "pslra.oral-document" not in named


def test_corpus_transcripts_are_the_documents_detected():
    corpus_or_skip()
    from fslcheck.documents import load_path

    detected = []
    for path in sorted((CORPUS / "releases").iterdir()):
        try:
            documents = load_path(str(path))
        except fslcheck.FslcheckError:
            continue
        if any(is_call_transcript(d.text) for d in documents):
            detected.append(path.name)
    assert detected and all("call-transcript" in name for name in detected)
    assert len(detected) == sum(1 for p in (CORPUS / "releases").iterdir() if "call-transcript" in p.name)


def _oral_identification(opening: str):
    text = TRANSCRIPT.replace(
        "Some of the statements we will make today are forward-looking and involve risks and\n"
        "uncertainties; actual results could differ materially.",
        opening + " All forward-looking statements are subject to risks and uncertainties that could cause actual"
        " results to differ materially.")
    assert opening in text
    pack = fslcheck.compile_pack("us-pslra-oral")
    return next(f for f in pack.check_text(text).findings if f.rule == "pslra.identification")


@pytest.mark.parametrize("opening", [
    "During the call, you will hear forward-looking statements, which are based on current expectations.",
    "On today's call, listeners may hear certain forward-looking statements.",
])
def test_the_listeners_told_they_will_hear_forward_looking_statements_is_the_identification(opening):
    finding = _oral_identification(opening)
    assert finding.status.value == "met", (finding.status, finding.details)


@pytest.mark.parametrize("opening", [
    "You will not hear any forward-looking statements on this call.",
    "On today's call, you will hear our competitors' forward-looking statements.",
])
def test_hearing_no_or_only_others_forward_looking_statements_is_no_identification(opening):
    finding = _oral_identification(opening)
    assert finding.status.value != "met", (finding.status, finding.details)


def test_hearing_about_forward_looking_statements_is_no_identification():
    finding = _oral_identification("During the call, you will hear about forward-looking statements and how we treat them.")
    assert finding.status.value != "met", (finding.status, finding.details)
