"""`--format text`: one block per document, one line per finding, a summary line.

Colour (only when writing to a terminal) marks status; the words say it too.
"""

from __future__ import annotations

import click

from ..result import DocumentResult, Finding, Result, Status
from ..safe_text import visible

FORMAT = "text"
EXCERPT_WIDTH = 70
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
    head = f"{visible(document.path)}: {verdict}"
    if color:
        head = click.style(head, bold=True, fg={"PASS": "green", "FAIL": "red"}.get(verdict, "magenta"))
    if document.error is not None:
        return [head, f"  error: {visible(document.error, ' ')}"]
    lines = [head]
    if document.document is not None:
        lines.extend(f"  warning: {visible(warning, ' ')}" for warning in document.document.warnings)
    for finding in document.findings:
        lines.append(_finding(finding, color))
    return lines


def _finding(finding: Finding, color: bool) -> str:
    status = f"{finding.status.value:<8}"
    if color:
        status = click.style(status, fg=_STATUS_COLOURS[finding.status])
    where = finding.location.describe() if finding.location else "-"
    score = f"{finding.score:5.1f}" if finding.score is not None else "    -"
    count = ""
    if "count" in finding.details:
        count = f" [{finding.details['count']} of {finding.details.get('required', '?')}]"
    excerpt = _shorten(visible(finding.excerpt, " ")) if finding.excerpt else ""
    line = f"  {finding.rule:<28} {status} {finding.severity.value:<7} {score} {where:<10}{count} {excerpt}"
    extra = [f"      note: {visible(note, ' ')}" for note in finding.notes]
    if finding.status.is_problem:
        extra.insert(0, f"      {visible(finding.message, ' ')}")
    return "\n".join([line.rstrip(), *extra])


def _shorten(text: str) -> str:
    return text if len(text) <= EXCERPT_WIDTH else text[: EXCERPT_WIDTH - 1] + "…"


def _summary(result: Result) -> str:
    summary = result.summary
    return (f"{summary['documents']} document(s): {summary['passed']} passed, {summary['failed']} failed, "
            f"{summary['errors']} error(s) (fail on: {result.fail_on})")
