"""`factor-count`: the legend lists at least `min` specific factors after a lead-in.

```yaml
- id: pslra.risk-factors
  kind: factor-count
  min: 3
  lead_ins:                      # where a list of factors starts
    - "factors that could cause ... {include|including}"
    - "including {, |} {but not limited to|without limitation}"
```

After each lead-in, the rest of its sentence (or, when the lead-in ends with a colon, the list
items that follow) is split into items at semicolons (or commas, when there are no semicolons);
the longest list counts. `met` at `min` items or more, `weak` with fewer, `missing` with no
lead-in. The count and the items are in `details`.
"""

from __future__ import annotations

import re

from ..result import Finding, Status
from ..rules.model import Rule
from .base import PHRASES_SCHEMA, CheckContext, compile_phrases, finding

KIND = "factor-count"
OPTIONS = {"lead_ins": PHRASES_SCHEMA, "min": {"type": "integer", "minimum": 1}}
REQUIRED = ("lead_ins",)
DEFAULT_MIN = 3
_MAX_LIST_PARAGRAPHS = 40
_LIST_ITEM_WORDS = 80
_BULLETS = "•·▪◦●■□➢►–"
_PARENTHESES = re.compile(r"\([^()]*\)")
_QUALIFIER = re.compile(r"^(?:but (?:are )?not limited to|without limitation|among others|among other things)$")
_CONTINUED_OBJECT = re.compile(r"^[a-z]+ (?:and|or) other ")
_INFINITIVE = re.compile(r"\bto [a-z]+")
_SPLIT_AND = re.compile(r",? (?:and|or|as well as) (?=[a-z])")


def validate(rule: Rule) -> None:
    compile_phrases(rule.options["lead_ins"])


def split_items(enumeration: str) -> list[str]:
    """Split a run of listed factors into items (canonical text in, item texts out)."""
    text = _PARENTHESES.sub(" ", enumeration)
    text = re.sub(f"[{_BULLETS}\n]", ";", text)  # bullets and list paragraphs separate items
    separator = ";" if text.count(";") >= 2 else ","
    items: list[str] = []
    for part in text.split(separator):
        part = part.strip(" ,;:.\n")
        if separator == ",":
            part = re.sub(r"^(?:and|or) ", "", part)
        if _QUALIFIER.match(part):
            continue
        if not sum(1 for w in re.findall(r"[a-z]+", part) if len(w) >= 3):
            continue
        if items and separator == "," and _CONTINUED_OBJECT.match(part) and _INFINITIVE.search(items[-1]):
            # "ability to attract and retain the staff, temporary and other employees": the
            # comma continues the objects of one verb, so it is one factor, not two.
            items[-1] += ", " + part
            continue
        items.append(part)
    # "x, y and z": the last comma-part often holds two factors joined by "and".
    if separator == "," and items and len(items) >= 2:
        tail = _SPLIT_AND.split(items[-1])
        if len(tail) == 2 and all(len(t.split()) <= 8 for t in tail):
            items[-1:] = tail
    return items


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.lead_ins = compile_phrases(rule.options["lead_ins"])
        self.required = int(rule.options.get("min", DEFAULT_MIN))

    def check(self, context: CheckContext) -> Finding:
        best: tuple[list[str], tuple[int, int]] | None = None
        for scope_start, scope_end in context.spans(self.rule.scope):
            for phrase in self.lead_ins:
                for match in phrase.find_exact(context.text, scope_start, scope_end):
                    span = self._enumeration(context, match.end, scope_end)
                    items = split_items(context.text[span[0] : span[1]])
                    if best is None or len(items) > len(best[0]):
                        best = (items, (match.start, span[1]))
        if best is None:
            return finding(self.rule, context, Status.MISSING, details={"count": 0, "required": self.required})
        items, span = best
        status = Status.MET if len(items) >= self.required else (Status.WEAK if items else Status.MISSING)
        details = {"count": len(items), "required": self.required, "items": items}
        return finding(self.rule, context, status, span=span, details=details)

    @staticmethod
    def _enumeration(context: CheckContext, start: int, scope_end: int) -> tuple[int, int]:
        """From the lead-in's end to its sentence end, or over the list its colon opens."""
        text = context.text
        _, sentence_end = context.sentence_of(start, start + 1)
        paragraph_end = text.find("\n", start)
        paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
        if text[start:paragraph_end].rstrip().endswith(":"):
            end = paragraph_end
            items = 0
            while end < scope_end and items < _MAX_LIST_PARAGRAPHS:
                next_end = text.find("\n", end + 1)
                next_end = len(text) if next_end == -1 else next_end
                if text.count(" ", end + 1, next_end) + 1 > _LIST_ITEM_WORDS:
                    break
                end = next_end
                items += 1
            return start, end
        return start, sentence_end
