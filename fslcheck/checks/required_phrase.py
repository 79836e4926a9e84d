"""`required-phrase`: the document must contain one of the phrases.

```yaml
- id: pslra.no-update
  kind: required-phrase
  phrases:                       # any one is enough; see fslcheck.matching for the syntax
    - "{no|not undertake any} obligation to {update|revise}"
  threshold: 90                  # fuzzy score (rapidfuzz partial_ratio) needed for `met`
  weak: 75                       # at or above: `weak`, with the closest wording as excerpt
  sentence_needs: ["risk*"]      # optional: the sentence of the match must also have one of these
```

`sentence_needs` keeps a phrase to the sense the rule is about: "Form 10-K" counts as a pointer
to risk factors only in a sentence that speaks of risks or factors, not in "please reference our
SEC filings" about accounting policies.

Exact matches are `met`. Near misses (OCR damage, a changed word) are scored; a near miss that
changes a word carrying meaning ("no" → "an", "1995" → "1993") is never `met`.
"""

from __future__ import annotations

from ..result import Finding
from ..rules.model import Rule
from .base import PHRASES_SCHEMA, THRESHOLD_OPTIONS, CheckContext, compile_phrases, finding, status_for, thresholds

KIND = "required-phrase"
OPTIONS = {"phrases": PHRASES_SCHEMA, "sentence_needs": PHRASES_SCHEMA, **THRESHOLD_OPTIONS}
REQUIRED = ("phrases",)


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.phrases = compile_phrases(rule.options["phrases"])
        self.sentence_needs = compile_phrases(rule.options.get("sentence_needs", []))
        self.threshold, self.weak = thresholds(rule)

    def check(self, context: CheckContext) -> Finding:
        match = context.find(self.phrases, self.rule.scope, self.weak, self.sentence_needs)
        status = status_for(match, self.threshold, self.weak)
        details = {"threshold": self.threshold, "weak": self.weak}
        return finding(self.rule, context, status, match, details=details)
