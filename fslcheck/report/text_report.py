"""`--format text`: one block per document, one line per finding, a summary line.

Colour (only when writing to a terminal) marks status; the words say it too.
"""

from __future__ import annotations

import click

from ..result import DocumentResult, Finding, Result, Status, Tally
from . import stream

FORMAT = "text"
EXCERPT_WIDTH = 70
_STATUS_COLOURS = {
    Status.MET: "green", Status.MISSING: "red", Status.WEAK: "yellow", Status.VIOLATED: "red",
    Status.WAIVED: "cyan", Status.NOT_APPLICABLE: "bright_black",
}


class Stream:
    """The text report a document at a time: its block as it is checked, the summary at the end.
    Under GitHub Actions each block is followed by its workflow commands."""

    def __init__(self, rules=None, options=None) -> None:
        self.options = options

    def document(self, document: DocumentResult) -> str:
        options = self.options
        block = _document(document, getattr(options, "color", False), getattr(options, "quiet", False))
        text = "\n".join(block) + "\n\n" if block else ""
        if getattr(options, "github", False):
            from .github_report import document_lines  # workflow commands under GitHub Actions

            text += "".join(line + "\n" for line in document_lines(document))
        return text

    def head(self, tally: Tally) -> str:
        return ""

    def tail(self, tally: Tally) -> str:
        options = self.options
        lines = [] if getattr(options, "notices_on_stderr", False) else [f"warning: {n}" for n in tally.notices]
        lines.append(summary_line(tally))
        if getattr(options, "github", False):
            from .github_report import notice_lines

            lines.extend(notice_lines(tally))
        return "\n".join(lines) + "\n"


def render(result: Result, options) -> str:
    return stream.render(Stream(None, options), result)


def _document(document: DocumentResult, color: bool, quiet: bool = False) -> list[str]:
    """The document's block; with `quiet`, only its problems (nothing for a clean document).

    An unreadable document shows its verdict only: the error itself goes to standard error, once.
    """
    verdict = document.verdict.upper()
    problems = [f for f in document.findings if f.status.is_problem or f.status is Status.WAIVED]
    if quiet and document.error is None and not problems:
        return []
    head = f"{document.path}: {verdict}"
    if color:
        head = click.style(head, bold=True, fg={"PASS": "green", "FAIL": "red"}.get(verdict, "magenta"))
    if document.error is not None:
        return [] if quiet else [head + " (see the error on standard error)"]
    lines = [head]
    if document.document is not None:
        lines.extend(f"  warning: {warning}" for warning in document.document.warnings)
    for finding in (problems if quiet else document.findings):
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
    excerpt = _shorten(finding.excerpt) if finding.excerpt else ""
    line = f"  {finding.rule:<28} {status} {finding.severity.value:<7} {score} {where:<10}{count} {excerpt}"
    extra = [f"      note: {note}" for note in finding.notes]
    if finding.status.is_problem:
        extra.insert(0, f"      {finding.message}")
    if finding.anchor != "match" and finding.anchor_location is not None:
        where_to = "the legend's first line" if finding.anchor == "legend" else "line 1 (no legend found)"
        extra.append(f"      points at {where_to}: {finding.anchor_location.describe()}")
    if finding.waiver:
        waiver = finding.waiver
        extra.append(f"      waived: {waiver.get('reason', '')} (approved by {waiver.get('approved_by', '?')}, "
                     f"expires {waiver.get('expires', 'never')}; was {waiver.get('was', '?')})")
    if finding.baselined:
        extra.append("      baselined: a known problem recorded in the baseline; it does not fail the run")
    return "\n".join([line.rstrip(), *extra])


def _shorten(text: str) -> str:
    return text if len(text) <= EXCERPT_WIDTH else text[: EXCERPT_WIDTH - 1] + "…"


def summary_line(result: Result | Tally) -> str:
    """Documents by verdict, then problems by severity, waived and baselined findings."""
    summary = result.summary
    counts = result.problem_counts()
    return (f"{summary['documents']} document(s): {summary['passed']} passed, {summary['failed']} failed, "
            f"{summary['errors']} error(s); problems: {counts['error']} error, {counts['warning']} warning, "
            f"{counts['info']} info, {counts['waived']} waived, {counts['baselined']} baselined "
            f"(fail on: {result.fail_on})")
