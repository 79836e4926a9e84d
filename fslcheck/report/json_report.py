"""`--format json`: the machine contract (DESIGN.md): one finding per rule per document."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..documents.model import Document
from ..result import DocumentResult, Finding, Result, Tally
from . import stream
from .explanation import Rule, explain, rule_index, suggestion

FORMAT = "json"


def to_data(result: Result) -> dict[str, Any]:
    rules = rule_index(result.pack.rules)
    return _frame(result.tally(), [_document(d, rules) for d in result.documents])


def _frame(tally: Tally, documents: Any) -> dict[str, Any]:
    return {
        "fslcheck": __version__,
        "rules": {"id": tally.pack.id, "version": tally.pack.version,
                  "files": [{"path": p, "sha256": h} for p, h in tally.pack.files]},
        "fail_on": tally.fail_on,
        "documents": documents,
        "summary": tally.summary,
        "problems": tally.problem_counts(),
        "notices": [{"kind": n.kind, "source": n.source, "message": n.message} for n in tally.notices],
    }


class Stream:
    """The JSON report a document at a time: the same bytes as `json.dumps(to_data(result))`."""

    def __init__(self, rules: Any = None, options: Any = None) -> None:
        self.count = 0
        self.rules = rule_index(rules)

    def document(self, document: DocumentResult) -> str:
        text = json.dumps(_document(document, self.rules), indent=2, ensure_ascii=False)
        self.count += 1
        return ("\n" if self.count == 1 else ",\n") + stream.indent(text, 4)

    def head(self, tally: Tally) -> str:
        return stream.json_frame(_frame(tally, stream.SENTINEL))[0] + "["

    def tail(self, tally: Tally) -> str:
        return ("\n  ]" if self.count else "]") + stream.json_frame(_frame(tally, stream.SENTINEL))[1] + "\n"


def render(result: Result, options) -> str:
    return stream.render(Stream(result.pack.rules, options), result)


def _document(document: DocumentResult, rules: dict[str, Rule] | None = None) -> dict[str, Any]:
    return {
        "path": document.path,
        "verdict": document.verdict,
        "error": document.error,
        "sha256": document.document.sha256 if document.document else None,
        "format": document.document.format if document.document else None,
        "warnings": list(document.document.warnings) if document.document else [],
        "findings": [_finding(f, document.document, [g.approved for g in document.findings if g.approved],
                              (rules or {}).get(f.rule))
                     for f in document.findings],
    }


def _finding(finding: Finding, document: Document | None = None, approved: list[str] | None = None,
             rule: Rule | None = None) -> dict[str, Any]:
    location = None
    start, loc = finding.point  # a missing element points at the legend, or line 1 (`anchor`)
    if start is not None and loc is not None:
        end = finding.end if finding.location is not None else start
        location = {"start": start, "end": end, "line": loc.line, "column": loc.column}
        for key in ("page", "paragraph", "cell"):
            if getattr(loc, key) is not None:
                location[key] = getattr(loc, key)
    data: dict[str, Any] = {
        "rule": finding.rule,
        "title": finding.title,
        "severity": finding.severity.value,
        "status": finding.status.value,
        "score": finding.score,
        "message": finding.message,
        "location": location,
        "excerpt": finding.excerpt,
        "explanation": explain(finding, document, rule),
        "anchor": finding.anchor,
    }
    suggested = suggestion(finding, approved or [])
    if suggested is not None:
        data["suggestion"] = {"source": suggested.source, "text": suggested.text}
    if finding.waiver:
        data["waiver"] = finding.waiver
    if finding.baselined:
        data["baselined"] = True
    if finding.notes:
        data["notes"] = finding.notes
    if finding.details:
        data["details"] = finding.details
    return data
