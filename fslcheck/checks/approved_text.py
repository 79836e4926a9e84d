"""`approved-text`: the legend still reads as counsel approved it.

```yaml
- id: acme.approved-legend
  kind: approved-text
  scope: legend                  # where to look for it (default: the legend)
  approved: >-
    Statements in this press release that are not purely historical are forward-looking ...
  threshold: 100                 # word-level similarity needed for `met` (100: word for word)
  weak: 80                       # at or above: `weak` (the wording drifted); below: `missing`
```

The approved paragraph is located in the document with rapidfuzz's best alignment; the score is
the word-level similarity of that passage to the approved wording (words compared in canonical
form, so case, quotes, hyphens and line breaks do not count). A passage that differs in a word
carrying meaning (a negation, a number) is never `met`, whatever the score. The report shows a
word-level redline between the two.
"""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from ..matching import meaning_differences
from ..normalise import canonical_phrase
from ..result import Finding, Status
from ..rules.model import Rule
from .base import THRESHOLD_OPTIONS, CheckContext, finding, thresholds

KIND = "approved-text"
OPTIONS = {**THRESHOLD_OPTIONS}
REQUIRED = ()


class Checker:
    def __init__(self, rule: Rule) -> None:
        if not rule.approved:
            raise ValueError("an approved-text rule needs its `approved` wording")
        self.rule = rule
        self.approved = canonical_phrase(rule.approved)
        self.approved_words = self.approved.split()
        self.threshold, self.weak = thresholds(rule)

    def check(self, context: CheckContext) -> Finding:
        details = {"threshold": self.threshold, "weak": self.weak}
        located = self._locate(context)
        if located is None:
            return finding(self.rule, context, Status.MISSING, details=details)
        start, end = located
        passage = context.text[start:end]
        score = round(100 * Indel.normalized_similarity(self.approved_words, passage.split()), 1)
        differences = meaning_differences(self.approved, passage)
        if score >= self.threshold and not differences:
            status = Status.MET
        else:
            status = Status.WEAK if score >= self.weak else Status.MISSING
        notes = ["wording differs in a word that carries meaning: " + ", ".join(differences)] if differences else []
        result = finding(self.rule, context, status, span=(start, end), score=score, details=details, notes=notes)
        result.details["matched_text"] = context.excerpt(start, end)
        return result

    def _locate(self, context: CheckContext) -> tuple[int, int] | None:
        """The passage best aligned with the approved wording, widened to whole words."""
        best = None
        for start, end in context.spans(self.rule.scope) or context.spans("document"):
            aligned = fuzz.partial_ratio_alignment(self.approved, context.text[start:end])
            if aligned is not None and (best is None or aligned.score > best[0]):
                best = (aligned.score, start + aligned.dest_start, start + aligned.dest_end)
        if best is None:
            return None
        _, start, end = best
        text = context.text
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        return start, end
