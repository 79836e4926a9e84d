"""`required-phrase`: the document must contain one of the phrases.

```yaml
- id: pslra.no-update
  kind: required-phrase
  phrases:                       # any one is enough; see fslcheck.matching for the syntax
    - "{no|not undertake any} obligation to {update|revise}"
  threshold: 90                  # fuzzy score (rapidfuzz partial_ratio) needed for `met`
  weak: 75                       # at or above: `weak`, with the closest wording as excerpt
  sentence_needs: ["risk*"]      # optional: the sentence of the match must also have one of these
  sentence_excludes: ["orally"]  # optional: ... and must have none of these
```

`sentence_needs` keeps a phrase to the sense the rule is about: "Form 10-K" counts as a pointer
to risk factors only in a sentence that speaks of risks or factors, not in "please reference our
SEC filings" about accounting policies. `sentence_excludes` does the opposite: "we may make
forward-looking statements in our other documents ... or orally" does not identify the statements
of this document.

Exact matches are `met`. Near misses (OCR damage, a changed word) are scored; a near miss that
changes a word carrying meaning ("no" → "an", "1995" → "1993") is never `met`, and neither is a
match whose sentence misstates a number one of the phrases names ("Reform Act of 1993" beside
"safe harbor provisions", when a phrase says "reform act of 1995"). A number with a digit
doubled or dropped ("Act of 19955") is damage, not another number: `met`, with a note.
"""

from __future__ import annotations

from ..normalise import canonical_phrase
from ..result import Finding, Status
from ..rules.model import Rule
from .base import PHRASES_SCHEMA, THRESHOLD_OPTIONS, CheckContext, compile_phrases, finding, status_for, thresholds

KIND = "required-phrase"
OPTIONS = {"phrases": PHRASES_SCHEMA, "sentence_needs": PHRASES_SCHEMA, "sentence_excludes": PHRASES_SCHEMA,
           **THRESHOLD_OPTIONS}
REQUIRED = ("phrases",)


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.phrases = compile_phrases(rule.options["phrases"])
        self.sentence_needs = compile_phrases(rule.options.get("sentence_needs", []))
        self.sentence_excludes = compile_phrases(rule.options.get("sentence_excludes", []))
        self.threshold, self.weak = thresholds(rule)

    def check(self, context: CheckContext) -> Finding:
        match = context.find(self.phrases, self.rule.scope, self.weak, self.sentence_needs, self.sentence_excludes)
        status = status_for(match, self.threshold, self.weak)
        details = {"threshold": self.threshold, "weak": self.weak}
        notes = []
        if match is not None and status is Status.MET:
            misstated, damaged = number_problems(context, self.phrases, match.start, match.end)
            if misstated:
                status = Status.WEAK  # "the Reform Act of 1993" beside a safe-harbor reference
                notes.append("the sentence misstates a number the rule names: " + "; ".join(misstated))
            elif damaged:
                notes.append("a number the rule names looks mistyped or damaged (a digit doubled or "
                             "dropped): " + "; ".join(damaged))
        if status is not Status.MET:
            notes.extend(hidden_wording(context, self.phrases))
        return finding(self.rule, context, status, match, details=details, notes=notes)


def number_problems(context: CheckContext, phrases: list, start: int, end: int) -> tuple[list[str], list[str]]:
    """Numbers the phrases name that the sentence around [start, end) misstates ("Reform Act of
    1993"), and ones it shows damaged ("of 19955"), each place named once."""
    start, end = context.evidence_of(start, end)
    found = [phrase.misstatements(context.text, start, end) for phrase in phrases]
    # Another phrase may name that number (21e is not a misstated 27a).
    misstated = [m for said, _ in found for m in said if not any(p.regex.fullmatch(m) for p in phrases)]
    damaged = [m for _, said in found for m in said]
    return _outermost(misstated), _outermost(damaged)


def hidden_wording(context: CheckContext, phrases: list) -> list[str]:
    """Wording that would meet the rule but is hidden in this view (a tracked deletion): the
    reviewer needs to know the clause was there and someone took it out."""
    notes = []
    for region in context.document.regions:
        if region.hidden and any(p.find_exact(canonical_phrase(region.hidden)) for p in phrases):
            where = "hidden from readers" if region.kind == "hidden" else f"in a tracked {region.kind}"
            notes.append(f"wording that meets this rule is {where} "
                         f"({region.note.split(':')[0]}): \"{region.hidden}\"")
    return notes


def _outermost(spans: list[str]) -> list[str]:
    """The texts not contained in a longer one, in their first order."""
    kept: list[str] = []
    for text in sorted(dict.fromkeys(spans), key=len, reverse=True):
        if not any(text in longer for longer in kept):
            kept.append(text)
    return [text for text in dict.fromkeys(spans) if text in kept]
