"""`legend-required`: a document that makes forward-looking statements carries a legend.

```yaml
- id: pslra.legend-required
  kind: legend-required
  markers:                       # any of these, found exactly, shows a legend is there
    - "forward looking statements ... within the meaning"
    - "safe harbor"
```

First version: a legend is always required (the body's own forward-looking statements are not
yet detected). `met` when a marker is found inside the document's own legend block
(`fslcheck.checks.legend`: a newswire's or transcript provider's disclaimer is not the company's
legend, per the labelling guide), located there; `missing` otherwise.

Why not `not-applicable` when the body makes no forward-looking statement: the labels do carry
`fls_in_body`, but telling a projection from routine logistics ("the call will be held at 5 pm")
needs a detector that is not built yet, and a wrong `not-applicable` would silently pass a
release whose forward-looking statements have no safe harbor. Until then, a document without a
legend fails this error rule, which is also what keeps every `legend: no` document failing.
"""

from __future__ import annotations

from ..result import Finding, Status
from ..rules.model import Rule
from .base import PHRASES_SCHEMA, CheckContext, compile_phrases, finding

KIND = "legend-required"
OPTIONS = {"markers": PHRASES_SCHEMA}
REQUIRED = ("markers",)


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.markers = compile_phrases(rule.options["markers"])

    def check(self, context: CheckContext) -> Finding:
        found = [m for start, end in context.legend_spans
                 for phrase in self.markers for m in phrase.find_exact(context.text, start, end)]
        if not found:  # a marker damaged by OCR ("forward-1ooking statemcnts")
            found = [m for start, end in context.legend_spans
                     for phrase in self.markers for m in phrase.find_tolerant(context.text, start, end)]
        # Legend-like blocks found but not counted (a newswire's disclaimer, a table of contents,
        # a link-only pointer), so the report can say why they are not the legend.
        details = {"set_aside": context.set_aside_details()} if context.set_aside else None
        if found:
            return finding(self.rule, context, Status.MET, min(found, key=lambda m: m.start), details=details)
        return finding(self.rule, context, Status.MISSING, details=details)
