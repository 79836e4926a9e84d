"""The checker: a compiled rule pack applied to documents, giving one finding per rule each.

`CompiledPack` compiles every rule's phrases once; `check_document` runs them on one document.
Loading and reporting are the callers' business (see `fslcheck.check` and the CLI).
"""

from __future__ import annotations

from dataclasses import replace

from .checks import compiled
from .checks.base import CheckContext
from .documents.model import Document, sha256_of
from .documents.text import from_text
from .fls.transcript import is_call_transcript
from .result import DocumentResult, Finding, PackInfo, Status
from .rules.model import RulePack


# Kinds that judge the legend itself wherever their scope says to look.
_ABOUT_LEGEND_KINDS = frozenset({"heading", "approved-text", "fls-coverage"})


def _suspend_legend_rules(pack: RulePack, findings: list[Finding]) -> None:
    """One rule may decide that the legend rules do not apply to a document (`legend-required`
    when the body makes no forward-looking statement: `details["legend_rules_apply"]` false).
    Every rule about the legend (scope `legend`, or a kind that judges the legend) then becomes
    `not-applicable`, with the deciding rule's reason as a note."""
    gate = next((f for f in findings if f.details.get("legend_rules_apply") is False), None)
    if gate is None:
        return
    reason = gate.notes[0] if gate.notes else "the legend is not required"
    for rule, found in zip(pack.rules, findings):
        if found is gate or not (rule.scope == "legend" or rule.kind in _ABOUT_LEGEND_KINDS):
            continue
        found.status = Status.NOT_APPLICABLE
        found.notes.insert(0, f"not applicable: {reason} ({gate.rule})")


class CompiledPack:
    """A rule pack with every rule compiled, ready to check any number of documents.

    `for_transcripts`, when set, is the pack a document that reads as an earnings-call transcript
    is checked with instead (`fslcheck.compile_pack()` sets the oral pack beside the default one;
    a pack the user names has none, so naming a pack overrides the choice)."""

    def __init__(self, pack: RulePack, for_transcripts: CompiledPack | None = None) -> None:
        self.pack = pack
        self.checkers = [compiled(rule) for rule in pack.rules]
        self.for_transcripts = for_transcripts

    def without(self, *kinds: str) -> CompiledPack:
        """This pack (and its transcripts' pack) without the rules of `kinds`, sharing the compiled
        rules: for a caller that scores the legend's elements only and need not pay for the body's
        forward-looking scan that `fls-coverage` runs (the other findings do not depend on it)."""
        kept = [checker for checker in self.checkers if checker.rule.kind not in kinds]
        clone = CompiledPack.__new__(CompiledPack)
        clone.pack = replace(self.pack, rules=tuple(checker.rule for checker in kept))
        clone.checkers = kept
        clone.for_transcripts = self.for_transcripts.without(*kinds) if self.for_transcripts is not None else None
        return clone

    def info(self) -> PackInfo:
        """The pack's provenance and rules for reports, the transcripts' pack's after its own: a
        report lists every rule a finding of the run may name."""
        info = self.pack.info()
        if self.for_transcripts is None:
            return info
        extra = self.for_transcripts.pack.info()
        ids = {rule["id"] for rule in info.rules}
        return replace(info, rules=info.rules + [rule for rule in extra.rules if rule["id"] not in ids])

    def check_document(self, document: Document, fail_on: str = "error", gates: bool = True,
                       only: str | None = None) -> DocumentResult:
        """Check one document. With `gates` off, no rule makes another not-applicable (a rule's
        own examples are about that rule alone). `only`: run the rule of that id alone (its
        finding does not depend on the others': a pack's examples are checked so, each by its
        own rule, rather than by the whole pack each)."""
        if self.for_transcripts is not None and is_call_transcript(document.text):
            result = self.for_transcripts.check_document(document, fail_on, gates, only)
            if result.findings:
                result.findings[0].notes.append(f"checked with the oral-statements pack "
                                                f"({self.for_transcripts.pack.id}): the document reads as a call "
                                                f"transcript (name a pack with --rules to choose another)")
            return result
        context = CheckContext(document)
        checkers = [c for c in self.checkers if only is None or c.rule.id == only]
        findings: list[Finding] = [checker.check(context) for checker in checkers]
        if gates and only is None:
            _suspend_legend_rules(self.pack, findings)
        _anchor(findings, context)
        return DocumentResult(path=document.path, findings=findings, document=document, fail_on=fail_on)

    def check_text(self, text: str, path: str = "<text>", gates: bool = True, only: str | None = None) -> DocumentResult:
        """Check a string (for rule examples and embedding)."""
        return self.check_document(from_text(text, path, sha256_of(text.encode("utf-8"))), gates=gates, only=only)


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
