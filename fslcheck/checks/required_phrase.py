"""`required-phrase`: the document must contain one of the phrases.

```yaml
- id: pslra.no-update
  kind: required-phrase
  phrases:                       # any one is enough; see fslcheck.matching for the syntax
    - "{no|not undertake any} obligation to {update|revise}"
  threshold: 90                  # fuzzy score (rapidfuzz partial_ratio) needed for `met`
  weak: 75                       # at or above: `weak`, with the closest wording as excerpt
```

Exact matches are `met`. Near misses (OCR damage, a changed word) are scored; a near miss that
changes a word carrying meaning ("no" → "an", "1995" → "1993") is never `met`.
"""

from __future__ import annotations

from ..result import Finding
from ..rules.model import Rule
from .base import PHRASES_SCHEMA, THRESHOLD_OPTIONS, CheckContext, compile_phrases, finding, status_for, thresholds

KIND = "required-phrase"
OPTIONS = {"phrases": PHRASES_SCHEMA, **THRESHOLD_OPTIONS}
REQUIRED = ("phrases",)


def validate(rule: Rule) -> None:
    compile_phrases(rule.options["phrases"])
    thresholds(rule)


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.phrases = compile_phrases(rule.options["phrases"])
        self.threshold, self.weak = thresholds(rule)

    def check(self, context: CheckContext) -> Finding:
        match = context.find(self.phrases, self.rule.scope, self.weak)
        status = status_for(match, self.threshold, self.weak)
        details = {"threshold": self.threshold, "weak": self.weak}
        return finding(self.rule, context, status, match, details=details)
