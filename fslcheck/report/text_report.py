"""`--format text`: one block per document, a few lines per finding, a summary line.

Each finding: a line with rule id, status, severity, score and place; then why it has its status
(the shared `explanation`), and the words that carry it quoted inside their sentence. No line is
longer than `WIDTH` characters, except a quote whose matched words alone are longer (the quote
is cut down to them, never inside them). `--quiet` keeps only the problems (and waived findings).

Colour (only when writing to a terminal, or with `--color`) marks status; the words say it too.
"""

from __future__ import annotations

import textwrap

import click

from ..documents.model import Document
from ..result import DocumentResult, Finding, Result, Status, Tally
from ..safe_text import visible
from . import explanation, stream

FORMAT = "text"
WIDTH = 120
INDENT = "      "
_STATUS_COLOURS = {
    Status.MET: "green", Status.MISSING: "red", Status.WEAK: "yellow", Status.VIOLATED: "red",
    Status.WAIVED: "cyan", Status.NOT_APPLICABLE: "bright_black",
}


class Stream:
    """The text report a document at a time: its block as it is checked, the summary at the end.
    Under GitHub Actions each block is followed by its workflow commands."""

    def __init__(self, rules=None, options=None) -> None:
        self.options = options
        self.rules = explanation.rule_index(rules)

    def document(self, document: DocumentResult) -> str:
        options = self.options
        block = _document(document, getattr(options, "color", False), getattr(options, "quiet", False),
                          self.rules)
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
    return stream.render(Stream(result.pack.rules, options), result)


def _document(document: DocumentResult, color: bool, quiet: bool = False,
              rules: dict[str, explanation.Rule] | None = None) -> list[str]:
    """The document's block; with `quiet`, only its problems (nothing for a clean document).

    An unreadable document shows its verdict only: the error itself goes to standard error, once.
    """
    verdict = document.verdict.upper()
    problems = [f for f in document.findings if f.status.is_problem or f.status is Status.WAIVED]
    if quiet and document.error is None and not problems:
        return []
    head = f"{visible(document.path)}: {verdict}"
    if color:
        head = click.style(head, bold=True, fg={"PASS": "green", "FAIL": "red"}.get(verdict, "magenta"))
    if document.error is not None:
        return [] if quiet else [head + " (see the error on standard error)"]
    lines = [head]
    if document.document is not None:
        for warning in document.document.warnings:
            lines.extend(_wrap(f"warning: {warning}", "  ", "    "))
    approved = [f.approved for f in document.findings if f.approved]
    for finding in (problems if quiet else document.findings):
        lines.append(_finding(finding, color, document.document, approved, (rules or {}).get(finding.rule),
                              explanation.has_legend(document.findings)))
    return lines


def _finding(finding: Finding, color: bool, document: Document | None = None,
             approved: list[str] | None = None, rule: explanation.Rule | None = None, legend: bool = True) -> str:
    status = f"{finding.status.value:<8}"
    if color:
        status = click.style(status, fg=_STATUS_COLOURS[finding.status])
    where = explanation.where(finding, document, rule, legend)
    if not where:
        where = finding.location.describe() if finding.location else "-"
    score = f"{finding.score:5.1f}" if finding.score is not None else "    -"
    line = f"  {finding.rule:<28} {status} {finding.severity.value:<7} {score} {where}"
    extra: list[str] = []
    if finding.status.is_problem:
        extra.extend(_wrap(finding.message))
    found = explanation.quote(finding, document) if finding.status is not Status.MISSING else None
    why = explanation.explain(finding, document, rule)
    if why and not (found is not None and finding.status is Status.MET and why.startswith("Found:")):
        extra.extend(_wrap(why))
    if found is not None:
        extra.append(f"{INDENT}\u201c{visible(found.cut(WIDTH - len(INDENT) - 2), ' ')}\u201d")
    extra.extend(line for note in explanation.shown_notes(finding) for line in _wrap(f"note: {note}"))
    suggested = explanation.suggestion(finding, approved or [])
    if suggested is not None:
        label = "approved wording" if suggested.source == "approved" else "suggested wording"
        extra.extend(_wrap(f"{label}: {suggested.text}"))
    looked = explanation.looked_in(finding, document, rule)
    if looked:
        extra.extend(_wrap(looked[0].upper() + looked[1:] + "."))
    if finding.waiver:
        waiver = finding.waiver
        extra.extend(_wrap(f"waived: {waiver.get('reason', '')} (approved by {waiver.get('approved_by', '?')}, "
                           f"expires {waiver.get('expires', 'never')}; was {waiver.get('was', '?')})"))
    if finding.baselined:
        extra.extend(_wrap("baselined: a known problem recorded in the baseline; it does not fail the run"))
    return "\n".join([line.rstrip(), *extra])


def _wrap(text: str, first: str = INDENT, rest: str = INDENT) -> list[str]:
    """`text` (from a document or a rule: control characters shown as escapes) in lines of WIDTH."""
    return textwrap.wrap(" ".join(visible(str(text), " ").split()), WIDTH, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False) or [first.rstrip()]


def summary_line(result: Result | Tally) -> str:
    """Documents by verdict, then problems by severity, waived and baselined findings; the
    `--fail-on` level is named when it is not the default (`error`), to keep the line short."""
    summary = result.summary
    counts = result.problem_counts()
    line = (f"{summary['documents']} document(s): {summary['passed']} passed, {summary['failed']} failed, "
            f"{summary['errors']} error(s); problems: {counts['error']} error, {counts['warning']} warning, "
            f"{counts['info']} info, {counts['waived']} waived, {counts['baselined']} baselined")
    return line if result.fail_on == "error" else f"{line} (fail on: {result.fail_on})"
