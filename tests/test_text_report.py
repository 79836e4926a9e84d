"""The text report: no line longer than 120 characters, and every quote keeps the words that
matched (cut around them, never through them), on generated documents and on the shared corpus.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fslcheck
from fslcheck.report import RenderOptions, render, text_report
from fslcheck.result import Result, Status

from .conftest import corpus_or_skip, corpus_sample

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "sos-staffing_2003-10-01_8k-ex99.txt"
COMPANY_PACK = str(ROOT / "rules" / "examples" / "sos-staffing.yaml")
QUOTE = re.compile(r"^ {6}\u201c.*\u201d$")


def legend_sentences() -> list[str]:
    text = EXAMPLE.read_text(encoding="utf-8")
    legend = " ".join(text[text.index("Statements   in"):text.index("# # #")].split())
    return re.split(r"(?<=[a-z0-9)][.])\s+(?=[A-Z])", legend)


def check_lines(result: Result) -> None:
    """Every line fits in the width; every quote line holds the matched words when they fit."""
    report = render(result, "text", RenderOptions())
    lines = report.split("\n")
    paths = {d.path for d in result.documents}
    for line in lines:
        if any(line.startswith(f"{path}: ") for path in paths):
            continue  # the document's own path heads its block, however long
        assert len(line) <= text_report.WIDTH, line
    quotes = [line for line in lines if QUOTE.match(line)]
    for doc in result.documents:
        if doc.document is None:
            continue
        for finding in doc.findings:
            if finding.status is Status.MISSING or finding.start is None or not finding.excerpt:
                continue
            matched = " ".join(doc.document.text[finding.start:finding.end].split())
            if matched and matched in finding.excerpt and len(matched) <= text_report.WIDTH - 12:
                assert any(matched in q for q in quotes), (finding.rule, matched)


# Edits that stretch the report: one enormous sentence, a long unbroken token (a URL), a long
# inserted clause, sentences dropped.
EDITS = st.lists(
    st.sampled_from(["join", "url", "clause", "drop", "shuffle"]), min_size=1, max_size=4)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS, seed=st.integers(0, 1000))
def test_generated_documents(tmp_path: Path, edits: list[str], seed: int) -> None:
    import random

    rng = random.Random(seed)
    sentences = legend_sentences()
    for edit in edits:
        if edit == "join":
            sentences = [", and ".join(s.rstrip(".") for s in sentences) + "."]
        elif edit == "url":
            at = rng.randrange(len(sentences))
            sentences[at] = sentences[at].rstrip(".") + " (see https://example.com/" + "x" * 180 + ")."
        elif edit == "clause":
            at = rng.randrange(len(sentences))
            sentences[at] = sentences[at].rstrip(".") + ", " + "and further uncertain matters " * 8 + "."
        elif edit == "drop" and len(sentences) > 2:
            sentences.pop(rng.randrange(len(sentences)))
        elif edit == "shuffle":
            rng.shuffle(sentences)
    path = tmp_path / "generated.txt"
    path.write_text("ACME expects growth next year.\n\nIMPORTANT NOTE: " + " ".join(sentences) + "\n",
                    encoding="utf-8")
    check_lines(fslcheck.check([str(path)], rules=[COMPANY_PACK]))


def test_corpus_documents() -> None:
    corpus_or_skip()
    files = [str(p) for p in corpus_sample(2)]  # every other release of each format
    assert len(files) >= 40
    check_lines(fslcheck.check(files))
