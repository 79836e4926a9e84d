"""`--format text`: one block per document, a few lines per finding, a summary line.

Each finding: a line with rule id, status, severity, score and place; then why it has its status
(the shared `explanation`), and the words that carry it quoted inside their sentence. No line is
longer than `WIDTH` characters, except a quote whose matched words alone are longer (the quote
is cut down to them, never inside them).

Colour (only when writing to a terminal) marks status; the words say it too.
"""

from __future__ import annotations

import textwrap

import click

from ..documents.model import Document
from ..result import DocumentResult, Finding, Result, Status
from . import explanation

FORMAT = "text"
WIDTH = 120
INDENT = "      "
_STATUS_COLOURS = {
    Status.MET: "green", Status.MISSING: "red", Status.WEAK: "yellow", Status.VIOLATED: "red",
    Status.WAIVED: "cyan", Status.NOT_APPLICABLE: "bright_black",
}


def render(result: Result, options) -> str:
    lines: list[str] = []
    for document in result.documents:
        lines.extend(_document(document, options.color))
        lines.append("")
    lines.append(_summary(result))
    return "\n".join(lines) + "\n"


def _document(document: DocumentResult, color: bool) -> list[str]:
    verdict = document.verdict.upper()
    head = f"{document.path}: {verdict}"
    if color:
        head = click.style(head, bold=True, fg={"PASS": "green", "FAIL": "red"}.get(verdict, "magenta"))
    if document.error is not None:
        return [head, *_wrap(f"error: {document.error}", "  ", "    ")]
    lines = [head]
    if document.document is not None:
        for warning in document.document.warnings:
            lines.extend(_wrap(f"warning: {warning}", "  ", "    "))
    approved = [f.approved for f in document.findings if f.approved]
    for finding in document.findings:
        lines.append(_finding(finding, color, document.document, approved))
    return lines


def _finding(finding: Finding, color: bool, document: Document | None = None,
             approved: list[str] | None = None) -> str:
    status = f"{finding.status.value:<8}"
    if color:
        status = click.style(status, fg=_STATUS_COLOURS[finding.status])
    where = explanation.place(document, finding.start) if finding.start is not None else ""
    if not where:
        where = finding.location.describe() if finding.location else "-"
    score = f"{finding.score:5.1f}" if finding.score is not None else "    -"
    line = f"  {finding.rule:<28} {status} {finding.severity.value:<7} {score} {where}"
    extra: list[str] = []
    if finding.status.is_problem:
        extra.extend(_wrap(finding.message))
    found = explanation.quote(finding, document) if finding.status is not Status.MISSING else None
    why = explanation.explain(finding, document)
    if why and not (found is not None and finding.status is Status.MET and why.startswith("Found:")):
        extra.extend(_wrap(why))
    if found is not None:
        extra.append(f"{INDENT}\u201c{found.cut(WIDTH - len(INDENT) - 2)}\u201d")
    extra.extend(line for note in explanation.shown_notes(finding) for line in _wrap(f"note: {note}"))
    suggested = explanation.suggestion(finding, approved or [])
    if suggested is not None:
        label = "approved wording" if suggested.source == "approved" else "suggested wording"
        extra.extend(_wrap(f"{label}: {suggested.text}"))
    return "\n".join([line.rstrip(), *extra])


def _wrap(text: str, first: str = INDENT, rest: str = INDENT) -> list[str]:
    return textwrap.wrap(" ".join(str(text).split()), WIDTH, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False) or [first.rstrip()]


def _summary(result: Result) -> str:
    summary = result.summary
    return (f"{summary['documents']} document(s): {summary['passed']} passed, {summary['failed']} failed, "
            f"{summary['errors']} error(s) (fail on: {result.fail_on})")
