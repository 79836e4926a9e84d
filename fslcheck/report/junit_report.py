"""`--format junit`: JUnit XML for CI test tabs (GitLab `artifacts:reports:junit`, Jenkins).

One `<testsuite>` per document (named by its path), one `<testcase>` per rule of the checklist.
A finding that fails the document at its `--fail-on` level is a `<failure>`; a waived, baselined
or not-applicable finding, or a problem below `--fail-on`, is `<skipped>` with the reason; a met
finding passes. An unreadable document is a suite with one `<error>` test case. XML 1.0 cannot
carry some control characters: they are dropped from document and rule text before writing.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from ..result import DocumentResult, Finding, Result, Status, Tally
from . import stream
from .problems import file_of, to_problem

FORMAT = "junit"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class Stream:
    """JUnit a document (a test suite) at a time; the totals go on `<testsuites>` at the end."""

    def __init__(self, rules: Any = None, options: Any = None) -> None:
        self.totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}

    def document(self, document: DocumentResult) -> str:
        suite, counts = _suite(document)
        for key in self.totals:
            self.totals[key] += counts[key]
        ET.indent(suite, space="  ", level=1)
        return "  " + ET.tostring(suite, encoding="unicode").rstrip("\n") + "\n"

    def head(self, tally: Tally) -> str:
        root = ET.Element("testsuites", name="fslcheck", **{k: str(v) for k, v in self.totals.items()})
        opening = ET.tostring(root, encoding="unicode").replace(" />", ">")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + opening + "\n"

    def tail(self, tally: Tally) -> str:
        return "</testsuites>\n"


def render(result: Result, options: Any) -> str:
    return stream.render(Stream(None, options), result)


def _clean(text: object) -> str:
    return _NOT_XML.sub("", str(text))


def _suite(document: DocumentResult) -> tuple[ET.Element, dict[str, int]]:
    path = file_of(document.path) if "#" not in document.path else document.path
    suite = ET.Element("testsuite", name=_clean(path))
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    if document.error is not None:
        case = ET.SubElement(suite, "testcase", classname=_clean(path), name="load", file=_clean(path))
        ET.SubElement(case, "error", message=_clean(document.error), type="input-error").text = _clean(document.error)
        counts["tests"] = counts["errors"] = 1
    for finding in document.findings:
        counts["tests"] += 1
        outcome = _case(suite, document, finding, path)
        if outcome:
            counts[outcome] += 1
    for key, value in counts.items():
        suite.set(key, str(value))
    return suite, counts


def _case(suite: ET.Element, document: DocumentResult, finding: Finding, path: str) -> str | None:
    problem = to_problem(document, finding) if finding.status.is_problem or finding.status is Status.WAIVED else None
    case = ET.SubElement(suite, "testcase", classname=_clean(path), name=_clean(finding.rule), file=_clean(path))
    if problem is not None:
        case.set("line", str(problem.line))
    if finding.fails(document.fail_on):
        failure = ET.SubElement(case, "failure", message=_clean(problem.summary), type=finding.severity.value)
        failure.text = _clean(f"{problem.path}:{problem.line}:{problem.column}: {problem.summary}\n"
                              f"{problem.snippet}".rstrip())
        return "failures"
    reason = None
    if finding.status is Status.WAIVED:
        waiver = finding.waiver or {}
        reason = (f"waived: {waiver.get('reason', '')} (approved by {waiver.get('approved_by', '?')}, "
                  f"expires {waiver.get('expires', 'never')})")
    elif finding.baselined:
        reason = f"baselined: {finding.status.value} ({finding.severity.value}), recorded in the baseline"
    elif finding.status is Status.NOT_APPLICABLE:
        reason = "not applicable"
    elif finding.status.is_problem:
        reason = f"{finding.status.value} ({finding.severity.value}), below --fail-on {document.fail_on}"
    if reason is not None:
        ET.SubElement(case, "skipped", message=_clean(reason))
        return "skipped"
    return None
