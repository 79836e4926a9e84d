"""`factor-list`: the legend names at least `min` of the company's own risk factors.

```yaml
- id: acme.risk-factors
  kind: factor-list
  min: 5                         # default: all of them
  factors:
    - id: competition
      name: Competition
      phrases: ["{existing|} {and emerging|} competition"]
    - id: financing
      name: Access to financing
      phrases: ["obtain adequate financing"]
```

Each factor is matched like a required phrase; the finding reports the count and each factor's
own status, score and location (in `details["factors"]`). All found: `met`; some: `weak`; none:
`missing`.
"""

from __future__ import annotations

from ..result import Finding, Status
from ..rules.model import Rule
from .base import PHRASES_SCHEMA, THRESHOLD_OPTIONS, CheckContext, compile_phrases, finding, status_for, thresholds

KIND = "factor-list"
OPTIONS = {
    "min": {"type": "integer", "minimum": 1},
    "factors": {
        "type": "array",
        "minItems": 1,
        "items": {
            "type": "object",
            "additionalProperties": False,
            "required": ["id", "phrases"],
            "properties": {
                "id": {"type": "string", "minLength": 1},
                "name": {"type": "string"},
                "phrases": PHRASES_SCHEMA,
            },
        },
    },
    **THRESHOLD_OPTIONS,
}
REQUIRED = ("factors",)


class Checker:
    def __init__(self, rule: Rule) -> None:
        factors = rule.options["factors"]
        ids = [f["id"] for f in factors]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"factor ids must be unique; repeated: {', '.join(duplicates)}")
        if rule.options.get("min", len(factors)) > len(factors):
            raise ValueError(f"`min` ({rule.options['min']}) is more than the {len(factors)} factors listed")
        self.rule = rule
        self.factors = [(f, compile_phrases(f["phrases"])) for f in factors]
        self.required = int(rule.options.get("min", len(self.factors)))
        self.threshold, self.weak = thresholds(rule)

    def check(self, context: CheckContext) -> Finding:
        reports = []
        met_spans = []
        for factor, phrases in self.factors:
            match = context.find(phrases, self.rule.scope, self.weak)
            status = status_for(match, self.threshold, self.weak)
            report = {"id": factor["id"], "name": factor.get("name", factor["id"]), "status": status.value,
                      "score": match.score if match else None, "start": None, "end": None, "excerpt": ""}
            if match is not None:
                report["start"], report["end"] = context.canonical.to_source(match.start, match.end)
                report["excerpt"] = context.excerpt(match.start, match.end)
                if status is Status.MET:
                    met_spans.append((match.start, match.end))
            reports.append(report)
        count = len(met_spans)
        if count >= self.required:
            status = Status.MET
        else:
            status = Status.WEAK if count else Status.MISSING
        span = (min(s for s, _ in met_spans), max(e for _, e in met_spans)) if met_spans else None
        details = {"count": count, "required": self.required, "factors": reports,
                   "threshold": self.threshold, "weak": self.weak}
        return finding(self.rule, context, status, span=span, score=None, details=details)
