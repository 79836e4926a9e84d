"""`legend-required`: a document that makes forward-looking statements carries a legend.

```yaml
- id: pslra.legend-required
  kind: legend-required
  require_legend: when-forward-looking   # or: always
  markers:                       # any of these, found exactly, shows a legend is there
    - "forward looking statements ... within the meaning"
    - "safe harbor"
```

`met` when a marker is found inside the document's own legend block (`fslcheck.checks.legend`:
a newswire's or transcript provider's disclaimer is not the company's legend, per the labelling
guide), located there. Without a legend, the body's own sentences decide
(`fslcheck.fls`, the same detector `fslcheck fls` runs; the legend's sentences never count):

- forward-looking sentences found: `missing`, quoting them (`details["forward_looking"]`: text,
  location, cues, topic; the first three also as notes);
- none found, `require_legend: when-forward-looking`: `not-applicable`, with the note "no
  forward-looking statements found" and the closest candidates (`details["closest"]`: the
  sentences that came nearest, and why they did not count). The engine then marks every rule
  about the legend `not-applicable` too (`details["legend_rules_apply"]` is false);
- none found, `require_legend: always`: `missing` (a legend is required whatever the body says).

The kind's default is `always` (a rule without the key), chosen from measured recall
(`python benchmarks/fls.py`): the detector finds about 0.77 of forward-looking sentences on the
test half, and at the document level one forward-looking sentence is found in 18 of the 20
test-half documents that have any (28 of 29 on the tune half). A gate that may pass a release
silently needs more than that, so a pack opts in to `when-forward-looking` where a reviewer
reads the "closest candidates" of every release it passes. The built-in pack does opt in: a
release that makes no forward-looking statement (an appointment, a call notice) should not fail
four errors, the pass is not silent (the finding says "no forward-looking statements found" and
quotes the nearest candidates), and on the corpus every legend-less document with
forward-looking statements is still caught (`tests/test_fls.py`).
"""

from __future__ import annotations

from ..result import Finding, Status
from ..rules.model import Rule
from .base import PHRASES_SCHEMA, CheckContext, compile_phrases, finding
from .forward_looking import closest, describe, forward_looking

KIND = "legend-required"
OPTIONS = {"markers": PHRASES_SCHEMA, "require_legend": {"enum": ["when-forward-looking", "always"]}}
REQUIRED = ("markers",)
NO_FLS = "no forward-looking statements found"
_QUOTED = 3


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.markers = compile_phrases(rule.options["markers"])
        self.mode = rule.options.get("require_legend", "always")

    def _markers(self, context: CheckContext, search: str) -> list:
        """Marker matches in the legend; where two overlap ("are forward-looking statements"),
        the one the pack lists first is the one quoted."""
        listed = sorted(((m.start, index, m) for start, end in context.legend_spans
                         for index, phrase in enumerate(self.markers)
                         for m in getattr(phrase, search)(context.text, start, end)), key=lambda x: (x[0], x[1]))
        kept = []
        for position, (_, index, match) in enumerate(listed):
            # only the matches that overlap this one are compared: they are next to it in order
            before = (o for _, i, o in reversed(listed[max(0, position - 8) : position]) if o.end > match.start and i < index)
            after = (o for _, i, o in listed[position + 1 : position + 9] if o.start < match.end and i < index)
            if next(before, None) is None and next(after, None) is None:
                kept.append(match)
        return kept

    def check(self, context: CheckContext) -> Finding:
        found = self._markers(context, "find_exact")
        if not found:  # a marker damaged by OCR ("forward-1ooking statemcnts")
            found = self._markers(context, "find_tolerant")
        # Legend-like blocks found but not counted (a newswire's disclaimer, a table of contents,
        # a link-only pointer), so the report can say why they are not the legend.
        set_aside = {"set_aside": context.set_aside_details()} if context.set_aside else None
        if found:
            return finding(self.rule, context, Status.MET, min(found, key=lambda m: m.start), details=set_aside)
        statements = forward_looking(context)
        if statements:
            quoted = [describe(context, item) for item in statements]
            first = statements[0].sentence
            canonical = (context.canonical.from_source(first.start), context.canonical.from_source(first.end))
            result = finding(self.rule, context, Status.MISSING, span=canonical,
                             details={"forward_looking": quoted, "require_legend": self.mode, **(set_aside or {})},
                             notes=[f"forward-looking ({q['location']}): {q['text']}" for q in quoted[:_QUOTED]])
            if len(quoted) > _QUOTED:
                result.notes.append(f"... and {len(quoted) - _QUOTED} more forward-looking sentences")
            return result
        candidates = closest(context)
        notes = [NO_FLS] + [f"closest candidate ({c['location']}, {c['why_not']}): {c['text']}" for c in candidates]
        details = {"forward_looking": [], "closest": candidates, "require_legend": self.mode, **(set_aside or {})}
        if self.mode == "when-forward-looking":
            details["legend_rules_apply"] = False
            return finding(self.rule, context, Status.NOT_APPLICABLE, details=details, notes=notes)
        return finding(self.rule, context, Status.MISSING, details=details, notes=notes)
