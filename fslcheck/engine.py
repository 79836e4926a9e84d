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
        return DocumentResult(path=document.path, findings=findings, document=document, fail_on=fail_on)

    def check_text(self, text: str, path: str = "<text>") -> DocumentResult:
        """Check a string (for rule examples and embedding)."""
        return self.check_document(from_text(text, path, sha256_of(text.encode("utf-8"))))
