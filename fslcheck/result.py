"""The result model: findings per rule, a verdict per document, a summary per run.

Everything a report shows is here; report modules only render it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .documents.model import Document, Location


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Status(str, Enum):
    MET = "met"
    MISSING = "missing"
    WEAK = "weak"
    VIOLATED = "violated"
    WAIVED = "waived"
    NOT_APPLICABLE = "not-applicable"

    @property
    def is_problem(self) -> bool:
        return self in (Status.MISSING, Status.WEAK, Status.VIOLATED)


FAIL_ON_LEVELS = ("error", "warning", "info", "never")


@dataclass
class Finding:
    """One rule's outcome on one document. Every rule yields exactly one finding per document."""

    rule: str
    title: str
    severity: Severity
    status: Status
    message: str
    score: float | None = None
    start: int | None = None  # offsets into Document.text
    end: int | None = None
    location: Location | None = None
    excerpt: str = ""
    basis: str = ""
    notes: list[str] = field(default_factory=list)  # e.g. "inside a tracked insertion"
    details: dict[str, Any] = field(default_factory=dict)  # kind-specific: factors, counts
    approved: str | None = None  # approved wording, for the redline
    model: str | None = None  # the rule's model clause: suggested wording for a missing element
    # Where a report points: "match" (start/end/location above), "legend" (a missing element:
    # the legend's first line) or "document" (no legend: line 1). `anchor_start`/`anchor_location`
    # hold that point when there is no match, so every machine format has a line to annotate.
    anchor: str = "match"
    anchor_start: int | None = None
    anchor_location: Location | None = None
    # The waiver that turned a problem into `waived`: rule, path, reason, approved_by, expires,
    # the status it had ("was") and where the waiver is written ("source").
    waiver: dict[str, Any] | None = None
    baselined: bool = False  # a known problem recorded in the --baseline file: reported, not failing

    @property
    def point(self) -> tuple[int | None, Location | None]:
        """(offset, location) a report points at: the match, else the anchor."""
        if self.location is not None:
            return self.start, self.location
        return self.anchor_start, self.anchor_location

    def fails(self, fail_on: str) -> bool:
        """True when this finding makes the document fail at the `--fail-on` level."""
        if fail_on == "never" or not self.status.is_problem or self.baselined:
            return False
        return self.severity.rank >= Severity(fail_on).rank


@dataclass
class DocumentResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    document: Document | None = None
    error: str | None = None
    fail_on: str = "error"

    @property
    def verdict(self) -> str:
        if self.error is not None:
            return "error"
        return "fail" if any(f.fails(self.fail_on) for f in self.findings) else "pass"

    def counts(self) -> dict[str, int]:
        """Problems (missing, weak, violated) by severity; baselined ones are counted apart."""
        counts = {s.value: 0 for s in Severity}
        for finding in self.findings:
            if finding.status.is_problem and not finding.baselined:
                counts[finding.severity.value] += 1
        return counts


@dataclass
class PackInfo:
    """Provenance of the rule pack used: id, version and every file with its SHA-256."""

    id: str
    title: str
    version: str
    files: list[tuple[str, str]]
    # Every rule of the pack as reports describe it: id, kind, title, message, basis, severity.
    rules: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Notice:
    """A run-level warning that is about no single document: an expired or unused waiver."""

    message: str
    source: str = ""  # file:line it is about
    kind: str = "warning"

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


@dataclass
class Tally:
    """What a run's reports say about the whole batch, counted one document at a time.

    A batch keeps this, not the documents, so that its memory stays flat however many documents
    it checks: every report renders each document as it arrives, then its summary from here.
    """

    pack: PackInfo
    fail_on: str = "error"
    summary: dict[str, int] = field(default_factory=lambda: {"documents": 0, "passed": 0, "failed": 0, "errors": 0})
    problems: dict[str, int] = field(default_factory=lambda: {
        "error": 0, "warning": 0, "info": 0, "waived": 0, "baselined": 0})
    errors: list[tuple[str, str]] = field(default_factory=list)  # (path, message) of unreadable documents
    notices: list[Notice] = field(default_factory=list)

    def add(self, document: DocumentResult) -> None:
        verdict = document.verdict
        self.summary["documents"] += 1
        self.summary[{"pass": "passed", "fail": "failed"}.get(verdict, "errors")] += 1
        if document.error is not None:
            self.errors.append((document.path, document.error))
        for finding in document.findings:
            if finding.status is Status.WAIVED:
                self.problems["waived"] += 1
            elif finding.status.is_problem:
                self.problems["baselined" if finding.baselined else finding.severity.value] += 1

    def problem_counts(self) -> dict[str, int]:
        return dict(self.problems)

    @property
    def exit_code(self) -> int:
        """0 all pass; 1 a finding at or above --fail-on; 2 an input error (takes precedence)."""
        if self.summary["errors"]:
            return 2
        return 1 if self.summary["failed"] else 0


@dataclass
class Result:
    documents: list[DocumentResult]
    pack: PackInfo
    fail_on: str = "error"
    notices: list[Notice] = field(default_factory=list)

    def tally(self) -> Tally:
        tally = Tally(self.pack, self.fail_on, notices=list(self.notices))
        for document in self.documents:
            tally.add(document)
        return tally

    @property
    def summary(self) -> dict[str, int]:
        return self.tally().summary

    def problem_counts(self) -> dict[str, int]:
        """Findings by what the summary line counts: problems by severity, waived, baselined."""
        return self.tally().problems

    @property
    def exit_code(self) -> int:
        """0 all pass; 1 a finding at or above --fail-on; 2 an input error (takes precedence)."""
        return self.tally().exit_code
