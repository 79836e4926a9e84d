"""`--format json`: the machine contract (DESIGN.md): one finding per rule per document."""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from ..documents.model import Document
from ..result import DocumentResult, Finding, Result
from .explanation import explain, suggestion

FORMAT = "json"


def to_data(result: Result) -> dict[str, Any]:
    return {
        "fslcheck": __version__,
        "rules": {"id": result.pack.id, "version": result.pack.version,
                  "files": [{"path": p, "sha256": h} for p, h in result.pack.files]},
        "fail_on": result.fail_on,
        "documents": [_document(d) for d in result.documents],
        "summary": result.summary,
    }


def render(result: Result, options) -> str:
    return json.dumps(to_data(result), indent=2, ensure_ascii=False) + "\n"


def _document(document: DocumentResult) -> dict[str, Any]:
    return {
        "path": document.path,
        "verdict": document.verdict,
        "error": document.error,
        "sha256": document.document.sha256 if document.document else None,
        "format": document.document.format if document.document else None,
        "warnings": list(document.document.warnings) if document.document else [],
        "findings": [_finding(f, document.document, [g.approved for g in document.findings if g.approved])
                     for f in document.findings],
    }


def _finding(finding: Finding, document: Document | None = None, approved: list[str] | None = None) -> dict[str, Any]:
    location = None
    if finding.start is not None and finding.location is not None:
        loc = finding.location
        location = {"start": finding.start, "end": finding.end, "line": loc.line, "column": loc.column}
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
        "explanation": explain(finding, document),
    }
    suggested = suggestion(finding, approved or [])
    if suggested is not None:
        data["suggestion"] = {"source": suggested.source, "text": suggested.text}
    if finding.notes:
        data["notes"] = finding.notes
    if finding.details:
        data["details"] = finding.details
    return data
