"""`approved-text`: the legend still reads as counsel approved it.

```yaml
- id: acme.approved-legend
  kind: approved-text
  scope: legend                  # where to look for it (default: the legend)
  approved: >-
    Statements in this press release that are not purely historical are forward-looking ...
  threshold: 97                  # similarity needed for `met`
  weak: 80                       # at or above: `weak` (the wording drifted); below: `missing`
```

The approved paragraph is aligned against the document with rapidfuzz; the score is the
similarity of the best-aligned passage. The report shows a word-level redline between the two.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from ..normalise import canonical_phrase
from ..result import Finding, Status
from ..rules.model import Rule
from .base import THRESHOLD_OPTIONS, CheckContext, finding, thresholds

KIND = "approved-text"
OPTIONS = {**THRESHOLD_OPTIONS}
REQUIRED = ()


def validate(rule: Rule) -> None:
    if not rule.approved:
        raise ValueError("an approved-text rule needs its `approved` wording")
    thresholds(rule)


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.approved = canonical_phrase(rule.approved or "")
        self.threshold, self.weak = thresholds(rule)

    def check(self, context: CheckContext) -> Finding:
        spans = context.spans(self.rule.scope) or context.spans("document")
        best = None
        for start, end in spans:
            window = context.text[start:end]
            aligned = fuzz.partial_ratio_alignment(self.approved, window)
            if aligned is not None and (best is None or aligned.score > best[0]):
                best = (aligned.score, start + aligned.dest_start, start + aligned.dest_end)
        details = {"threshold": self.threshold, "weak": self.weak}
        if best is None:
            return finding(self.rule, context, Status.MISSING, details=details)
        score, start, end = best
        status = Status.MET if score >= self.threshold else Status.WEAK if score >= self.weak else Status.MISSING
        result = finding(self.rule, context, status, span=(start, end), score=round(score, 1), details=details)
        result.details["matched_text"] = context.excerpt(start, end)
        return result
