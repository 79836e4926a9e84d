"""The report data the CI formats share: one `Problem` per finding worth reporting.

SARIF, JUnit, GitHub annotations, GitLab Code Quality and the concise format all render the same
list, so they agree on what is a problem, where it points, its fingerprint and its wording. A
finding is listed when it is a problem (missing, weak, violated), waived or baselined; met and
not-applicable findings are not (JUnit reads the full checklist from the `DocumentResult` itself).

Where a problem points: its match; for a missing element, the legend's first line when the
document has a legend, else line 1 (`anchor` says which: "match", "legend" or "document").
Formats without lines (PDF pages, Word paragraphs) point at line 1 and name the page or paragraph
in the message.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..fingerprints import fingerprint, fingerprint_text, relative_path, split_fragment
from ..result import DocumentResult, Finding, Result, Status

STATUS_WORDS = {"missing": "missing", "weak": "weak match", "violated": "violated", "waived": "waived"}


@dataclass(frozen=True)
class Problem:
    path: str  # relative to the working folder, `/`-separated (an EDGAR exhibit keeps `#EX-99.1`)
    file: str  # the file part of `path` (what annotations point at)
    rule: str
    title: str
    severity: str  # error | warning | info
    status: str  # missing | weak | violated | waived
    message: str  # the rule's message: what to do
    anchor: str  # match | legend | document
    line: int
    column: int
    end_line: int
    end_column: int
    where: str  # the location in the reader's terms: "31:12", "p. 3", "¶ 12"
    snippet: str
    fingerprint: str
    basis: str = ""
    fails: bool = False  # fails the run at this document's --fail-on
    baselined: bool = False
    waiver: dict[str, Any] | None = None
    score: float | None = None

    @property
    def summary(self) -> str:
        """One line: status, what to do, and the notes that change how to read it."""
        state = STATUS_WORDS.get(self.status, self.status)
        text = f"{self.title} ({state}): {self.message}"
        if self.anchor == "legend":
            text += " [points at the legend's first line]"
        elif self.anchor == "document":
            text += " [no legend found: points at line 1]"
        if self.where and not self.where[0].isdigit():
            text += f" [{self.where}]"
        if self.waiver:
            text += f" [waived: {self.waiver.get('reason', '')}]"
        if self.baselined:
            text += " [baselined]"
        return text


def problems(result: Result) -> Iterator[Problem]:
    """Every reportable finding of every readable document, in report order."""
    for document in result.documents:
        yield from document_problems(document)


def document_problems(document: DocumentResult) -> Iterator[Problem]:
    for finding in document.findings:
        if finding.status.is_problem or finding.status is Status.WAIVED:
            yield to_problem(document, finding)


def to_problem(document: DocumentResult, finding: Finding) -> Problem:
    file_part, fragment = split_fragment(document.path)
    file = relative_path(file_part)
    path = file + fragment
    offset, location = finding.point
    line = (location.line if location and location.line else 1)
    column = (location.column if location and location.column else 1)
    end_line, end_column = line, column
    if finding.location is not None and finding.end is not None and document.document is not None \
            and location is not None and location.line is not None:
        end = document.document.locate(max(finding.start or 0, finding.end - 1))
        if end.line is not None:
            end_line, end_column = end.line, (end.column or 1) + 1
    return Problem(
        path=path, file=file, rule=finding.rule, title=finding.title,
        severity=finding.severity.value, status=finding.status.value, message=finding.message,
        anchor=finding.anchor, line=line, column=column, end_line=end_line, end_column=end_column,
        where=location.describe() if location else "", snippet=finding.excerpt,
        fingerprint=fingerprint(finding.rule, path, fingerprint_text(document, finding)), basis=finding.basis,
        fails=finding.fails(document.fail_on), baselined=finding.baselined, waiver=finding.waiver,
        score=finding.score,
    )


def file_of(path: str) -> str:
    """The file (relative, `/`-separated) a document path names, without an EDGAR exhibit part."""
    return relative_path(split_fragment(path)[0])
