"""The redline against counsel's approved wording, end to end: the legend region is cut at
sentence boundaries and compared whole, so sentences added before, inside or after the approved
wording are insertions, a reordered sentence is a move, and nothing the document has is struck.

Each case runs on fixed-width text, HTML and Word input built here from the bundled example's
legend (the Word file with python-docx), checked with the example company pack.
"""

from __future__ import annotations

import re
import textwrap
from html import escape
from pathlib import Path

import pytest

import fslcheck
from fslcheck.report.redline import DELETE, INSERT, MOVED_FROM, MOVED_TO, Redline, redline

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "sos-staffing_2003-10-01_8k-ex99.txt"
COMPANY_PACK = str(ROOT / "rules" / "examples" / "sos-staffing.yaml")
ADDED = "We guarantee 40% growth next year."
INTRO = ("SOS Staffing Services, Inc. is a provider of commercial staffing and employment-related "
         "services, operating through a network of approximately 75 offices in 13 states.")


def legend_sentences() -> list[str]:
    """The example's legend (after its heading), one sentence per item."""
    text = EXAMPLE.read_text(encoding="utf-8")
    legend = text[text.index("IMPORTANT NOTE:") + len("IMPORTANT NOTE:"): text.index("# # #")]
    legend = " ".join(legend.split()).replace("forward- looking", "forward-looking")
    return re.split(r"(?<=[a-z0-9)][.])\s+(?=[A-Z])", legend)


def write(tmp_path: Path, fmt: str, sentences: list[str], heading: str = "IMPORTANT NOTE:",
          run_in: bool = False) -> Path:
    """The release in `fmt`; the legend's heading on a line of its own, or `run_in` (the
    paragraph's first words, "Safe Harbor Statement. Statements in ...")."""
    paragraph = " ".join(sentences)
    if run_in:
        paragraph = f"{heading} {paragraph}"
    if fmt == "text":
        path = tmp_path / "release.txt"
        head = "" if run_in else heading + "\n"
        body = "\n".join(textwrap.wrap(INTRO, 78)) + "\n\n" + head + "\n".join(textwrap.wrap(paragraph, 78))
        path.write_text(body + "\n\n# # #\n", encoding="utf-8")
    elif fmt == "html":
        path = tmp_path / "release.htm"
        head = "" if run_in else f"<p><b>{escape(heading)}</b></p>"
        path.write_text(f"<html><body><p>{escape(INTRO)}</p>{head}"
                        f"<p>{escape(paragraph)}</p><p>#&nbsp;#&nbsp;#</p></body></html>", encoding="utf-8")
    else:
        import docx

        document = docx.Document()
        document.add_paragraph(INTRO)
        if not run_in:
            document.add_paragraph(heading)
        document.add_paragraph(paragraph)
        path = tmp_path / "release.docx"
        document.save(str(path))
    return path


def approved_redline(path: Path) -> tuple[Redline, str]:
    result = fslcheck.check([str(path)], rules=[COMPANY_PACK])
    doc = result.documents[0]
    assert doc.error is None, doc.error
    finding = next(f for f in doc.findings if f.rule == "sos-staffing.approved-legend")
    assert finding.start is not None and finding.approved
    region = doc.document.text[finding.start:finding.end]
    return redline(finding.approved, region), finding.status.value


def texts(line: Redline, op: str) -> list[str]:
    return [" ".join(t.text.split()) for t in line.tokens if t.op == op]


FORMATS = ("text", "html", "docx")


@pytest.mark.parametrize("fmt", FORMATS)
def test_unedited_legend_is_identical(tmp_path: Path, fmt: str) -> None:
    line, status = approved_redline(write(tmp_path, fmt, legend_sentences()))
    assert line.identical, [(t.op, t.text) for t in line.tokens if t.op != "equal"]
    assert status == "met"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("where", ["before", "inside", "after"])
def test_added_sentence_is_an_insertion(tmp_path: Path, fmt: str, where: str) -> None:
    sentences = legend_sentences()
    position = {"before": 0, "inside": 3, "after": len(sentences)}[where]
    sentences.insert(position, ADDED)
    line, status = approved_redline(write(tmp_path, fmt, sentences))
    assert status == "weak"
    assert any(ADDED.rstrip(".") in text for text in texts(line, INSERT)), texts(line, INSERT)
    # The document's own sentences are never struck (the region starts at a sentence boundary).
    assert texts(line, DELETE) == [], texts(line, DELETE)
    assert line.inserted_words == len(ADDED.split())


@pytest.mark.parametrize("fmt", FORMATS)
def test_reordered_sentence_is_a_move(tmp_path: Path, fmt: str) -> None:
    sentences = legend_sentences()
    moved = sentences.pop(2)  # "Each such statement encompasses ..."
    sentences.insert(5, moved)
    line, status = approved_redline(write(tmp_path, fmt, sentences))
    assert status == "weak"
    (source,), (target,) = texts(line, MOVED_FROM), texts(line, MOVED_TO)
    assert "Each such statement encompasses" in source and "Each such statement encompasses" in target
    # A moved sentence is a sentence: it starts at its first word (not at the previous full stop)
    # and keeps its own.
    assert source.startswith("Each such") and target.startswith("Each such"), (source, target)
    assert source.endswith(".") and target.endswith("."), (source, target)
    pair = {t.move for t in line.tokens if t.op in (MOVED_FROM, MOVED_TO)}
    assert len(pair) == 1 and pair != {0}
    assert line.deleted_words == line.inserted_words == 0 and line.moved_words >= 10


def test_move_needs_a_real_passage() -> None:
    """Two common words swapping places are an edit, not a move."""
    line = redline("risks and uncertainties may affect results", "uncertainties and risks may affect results")
    assert not texts(line, MOVED_FROM) and line.deleted_words and line.inserted_words


def test_edited_seed_redline(tmp_path: Path) -> None:
    """The issue's edited seed: 'materially' dropped, the Act's year 1996, a sentence added."""
    text = EXAMPLE.read_text(encoding="utf-8")
    edited = text.replace("differ   materially", "differ").replace("Act of 1995", "Act of 1996")
    at = edited.index("Statements   in  this")
    edited = edited[:at] + ADDED + " " + edited[at:]
    path = tmp_path / "edited.txt"
    path.write_text(edited, encoding="utf-8")
    line, status = approved_redline(path)
    assert status == "weak"
    assert texts(line, DELETE) == ["1995", "materially"]
    assert texts(line, INSERT) == [ADDED, "1996"]
    assert not any("Statements in this press release" in t for t in texts(line, DELETE))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("heading", "run_in"), [("Safe Harbor Statement.", True), ("Safe Harbor Statement.", False),
                                                  ("CAUTIONARY NOTE REGARDING FORWARD-LOOKING STATEMENTS.", True),
                                                  ("Forward-Looking Statements:", True),
                                                  ("Forward-looking statements", False),
                                                  ("Cautionary note regarding forward-looking statements", False)])
def test_a_heading_is_not_an_insertion(tmp_path: Path, fmt: str, heading: str, run_in: bool) -> None:
    """A heading that opens the legend, run in or on its own line, ending in '.' or ':', is not
    part of the wording compared with counsel's."""
    line, status = approved_redline(write(tmp_path, fmt, legend_sentences(), heading, run_in))
    assert line.identical, [(t.op, t.text) for t in line.tokens if t.op != "equal"]
    assert status == "met"


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_a_short_first_sentence_is_not_taken_for_a_heading(tmp_path: Path, fmt: str) -> None:
    """A sentence added before the approved wording is still an insertion when it is short."""
    line, _ = approved_redline(write(tmp_path, fmt, legend_sentences(), "We Guarantee Growth.", True))
    assert texts(line, INSERT) == ["We Guarantee Growth."] and texts(line, DELETE) == []
