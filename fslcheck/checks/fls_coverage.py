"""`fls-coverage`: the legend's factors speak to what the forward-looking statements are about.

```yaml
- id: pslra.fls-coverage
  kind: fls-coverage
  severity: warning
  min_sentences: 1        # a topic counts once the body has this many forward-looking sentences on it
```

The safe harbor protects a forward-looking statement "accompanied by meaningful cautionary
statements identifying important factors that could cause actual results to differ materially
from those in the forward-looking statement" (15 U.S.C. 78u-5(c)(1)(A)(i)): warnings that have
nothing to do with the projection made are not meaningful, and courts have refused the safe
harbor on that ground. So every forward-looking sentence of the body (as `fslcheck fls` finds
them) gets a topic (`fslcheck.fls.topics`: guidance and earnings, products and launches,
regulatory approvals and trials, acquisitions and closings, financing and capital, litigation,
operations and supply, macro), and each topic the body speaks about needs a related factor in
the document's own legend (words such as "clinical", "regulatory approval" for trials;
"integration", "closing" for acquisitions; "litigation", "legal proceedings" for litigation).

`met` when every topic is covered (`details["topics"]`: topic → number of sentences and the
legend words that cover it); `missing` when a topic is not, with the uncovered topics and their
sentences in `details["uncovered"]` and as notes, located at the first such sentence;
`not-applicable` when the body makes no forward-looking statement or there is no legend (then
`legend-required` is the finding that matters).
"""

from __future__ import annotations

from ..fls.topics import covered, title
from ..result import Finding, Status
from ..rules.model import Rule
from .base import CheckContext, finding
from .forward_looking import describe, forward_looking

KIND = "fls-coverage"
OPTIONS = {"min_sentences": {"type": "integer", "minimum": 1}}
REQUIRED = ()


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.min_sentences = int(rule.options.get("min_sentences", 1))

    def check(self, context: CheckContext) -> Finding:
        statements = forward_looking(context)
        if not statements:
            return finding(self.rule, context, Status.NOT_APPLICABLE,
                           notes=["no forward-looking statements found in the body"])
        if not context.legend_spans:
            return finding(self.rule, context, Status.NOT_APPLICABLE,
                           notes=["no legend: see the legend-required finding"])
        source = context.document.text
        legend_text = " ".join(source[slice(*context.canonical.to_source(s, e))] for s, e in context.legend_spans)
        by_topic: dict[str, list] = {}
        for item in statements:
            by_topic.setdefault(item.topic, []).append(item)
        topics, uncovered = {}, {}
        for topic, items in by_topic.items():
            if len(items) < self.min_sentences:
                continue
            words = covered(topic, legend_text)
            topics[topic] = {"sentences": len(items), "covered_by": words}
            if words is None:
                uncovered[topic] = [describe(context, item) for item in items]
        details = {"topics": topics, "uncovered": uncovered}
        if not uncovered:
            legend_start = context.legend_spans[0][0]  # the legend is what was checked: point at its start
            return finding(self.rule, context, Status.MET, span=(legend_start, legend_start + 1), details=details)
        first = min((entry for entries in uncovered.values() for entry in entries), key=lambda e: e["start"])
        span = (context.canonical.from_source(first["start"]), context.canonical.from_source(first["end"]))
        notes = []
        for topic, entries in uncovered.items():
            notes.append(f"the body speaks of {title(topic)} but no factor in the legend does: "
                         + " | ".join(f"({e['location']}) {e['text']}" for e in entries[:3])
                         + (f" | ... {len(entries) - 3} more" if len(entries) > 3 else ""))
        return finding(self.rule, context, Status.MISSING, span=span, details=details, notes=notes)
