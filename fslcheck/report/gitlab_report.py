"""`--format gitlab`: GitLab Code Quality JSON (`artifacts:reports:codequality`).

A JSON array with one issue per problem: `description`, `check_name` (the rule id),
`fingerprint` (unique per finding, stable across runs and machines: see `fslcheck.fingerprints`),
`severity` (error → major, warning → minor, info → info), `location.path` (relative to the working
folder) and `location.lines.begin`/`end`. Waived and baselined findings are listed at severity
info and say so; an unreadable document is a `fslcheck.input-error` issue at severity critical.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from ..result import DocumentResult, Result, Tally
from . import stream
from .problems import document_problems, file_of

FORMAT = "gitlab"
SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def document_issues(document: DocumentResult) -> list[dict[str, Any]]:
    if document.error is not None:
        path = file_of(document.path)
        return [{
            "description": f"{path}: cannot be checked: {document.error}",
            "check_name": "fslcheck.input-error",
            "fingerprint": hashlib.sha256(f"input-error\x1f{path}".encode("utf-8", "surrogatepass")).hexdigest()[:32],
            "severity": "critical",
            "location": {"path": path, "lines": {"begin": 1, "end": 1}},
        }]
    issues = []
    for problem in document_problems(document):
        quiet = bool(problem.waiver or problem.baselined)
        issues.append({
            "description": problem.summary,
            "check_name": problem.rule,
            "fingerprint": problem.fingerprint,
            "severity": "info" if quiet else SEVERITIES[problem.severity],
            "location": {"path": problem.file, "lines": {"begin": problem.line, "end": problem.end_line}},
        })
    return issues


class Stream:
    """The Code Quality array an issue at a time (the bytes of `json.dumps(list, indent=2)`)."""

    def __init__(self, rules: Any = None, options: Any = None) -> None:
        self.count = 0

    def document(self, document: DocumentResult) -> str:
        parts = []
        for issue in document_issues(document):
            self.count += 1
            text = json.dumps(issue, indent=2, ensure_ascii=False)
            parts.append(("\n" if self.count == 1 else ",\n") + stream.indent(text, 2))
        return "".join(parts)

    def head(self, tally: Tally) -> str:
        return "["

    def tail(self, tally: Tally) -> str:
        return ("\n]" if self.count else "]") + "\n"


def to_data(result: Result) -> list[dict[str, Any]]:
    return [issue for document in result.documents for issue in document_issues(document)]


def render(result: Result, options: Any) -> str:
    return stream.render(Stream(None, options), result)
