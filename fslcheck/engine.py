"""The checker: a compiled rule pack applied to documents, giving one finding per rule each.

`CompiledPack` compiles every rule's phrases once; `check_document` runs them on one document.
Loading and reporting are the callers' business (see `fslcheck.check` and the CLI).
"""

from __future__ import annotations

from .checks import KINDS
from .checks.base import CheckContext
from .documents.model import Document, sha256_of
from .documents.text import from_text
from .result import DocumentResult, Finding
from .rules.model import RulePack


class CompiledPack:
    """A rule pack with every rule compiled, ready to check any number of documents."""

    def __init__(self, pack: RulePack) -> None:
        self.pack = pack
        self.checkers = [KINDS[rule.kind].Checker(rule) for rule in pack.rules]

    def check_document(self, document: Document, fail_on: str = "error") -> DocumentResult:
        context = CheckContext(document)
        findings: list[Finding] = [checker.check(context) for checker in self.checkers]
        _anchor(findings, context)
        return DocumentResult(path=document.path, findings=findings, document=document, fail_on=fail_on)

    def check_text(self, text: str, path: str = "<text>") -> DocumentResult:
        """Check a string (for rule examples and embedding)."""
        return self.check_document(from_text(text, path, sha256_of(text.encode("utf-8"))))


def _anchor(findings: list[Finding], context: CheckContext) -> None:
    """Give every finding without a match a point to report: the legend's first character when
    the document has a legend, else the document's first character (line 1). CI annotations and
    code-scanning alerts need a line; this is the one a reader would look at."""
    unplaced = [f for f in findings if f.location is None]
    if not unplaced:
        return
    anchor, offset = "document", 0
    legend = context.legend_spans
    if legend:
        anchor = "legend"
        offset = context.canonical.to_source(legend[0][0], legend[0][0] + 1)[0]
        # the span may open on blank lines: point at the first character of its first line
        text = context.document.text
        while offset < len(text) and text[offset].isspace():
            offset += 1
    location = context.document.locate(offset)
    for finding in unplaced:
        finding.anchor, finding.anchor_start, finding.anchor_location = anchor, offset, location
