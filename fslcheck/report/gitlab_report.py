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

from ..result import Result
from .problems import file_of, problems

FORMAT = "gitlab"
SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def to_data(result: Result) -> list[dict[str, Any]]:
    issues = []
    for document in result.documents:
        if document.error is not None:
            path = file_of(document.path)
            issues.append({
                "description": f"{path}: cannot be checked: {document.error}",
                "check_name": "fslcheck.input-error",
                "fingerprint": hashlib.sha256(f"input-error\x1f{path}".encode()).hexdigest()[:32],
                "severity": "critical",
                "location": {"path": path, "lines": {"begin": 1, "end": 1}},
            })
    for problem in problems(result):
        quiet = bool(problem.waiver or problem.baselined)
        issues.append({
            "description": problem.summary,
            "check_name": problem.rule,
            "fingerprint": problem.fingerprint,
            "severity": "info" if quiet else SEVERITIES[problem.severity],
            "location": {"path": problem.file, "lines": {"begin": problem.line, "end": problem.end_line}},
        })
    return issues


def render(result: Result, options: Any) -> str:
    return json.dumps(to_data(result), indent=2, ensure_ascii=False) + "\n"
