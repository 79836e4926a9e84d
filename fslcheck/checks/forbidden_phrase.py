"""`forbidden-phrase`: the document must not contain any of the phrases.

```yaml
- id: acme.no-guarantee
  kind: forbidden-phrase
  phrases: ["{guarantee|guarantees} {future|} results"]
  threshold: 95                  # a fuzzy hit this close counts as present
```

Found: `violated`, located at the offending words. Not found: `met`.
"""

from __future__ import annotations

from ..result import Finding, Status
from ..rules.model import Rule
from .base import PHRASES_SCHEMA, CheckContext, compile_phrases, finding

KIND = "forbidden-phrase"
OPTIONS = {"phrases": PHRASES_SCHEMA, "threshold": {"type": "number", "minimum": 0, "maximum": 100}}
REQUIRED = ("phrases",)
DEFAULT_THRESHOLD = 95.0


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.phrases = compile_phrases(rule.options["phrases"])
        self.threshold = float(rule.options.get("threshold", DEFAULT_THRESHOLD))

    def check(self, context: CheckContext) -> Finding:
        match = context.find(self.phrases, self.rule.scope, self.threshold)
        if match is not None and (match.exact or not match.missing_essentials):
            return finding(self.rule, context, Status.VIOLATED, match)
        return finding(self.rule, context, Status.MET)
