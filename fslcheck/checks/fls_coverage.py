"""`fls-coverage`: the legend's factors speak to what the forward-looking statements are about.

```yaml
- id: pslra.fls-coverage
  kind: fls-coverage
  severity: warning
  min_sentences: 1        # a topic counts once the body has this many forward-looking sentences on it
  min_confidence: 0.5     # ... each judged forward-looking with at least this probability
```

Two kinds of doubt sit under this warning: whether a sentence is forward-looking and what it is
about. `legend-required` counts every sentence the detector calls forward-looking (a missed one
must not let a release through); this rule counts only those the model holds at least
`min_confidence` likely (default 0: all of them; the built-in pack asks even odds), so that a
warning names statements a reader will agree are forward-looking. Identical sentences (a PDF's
repeated text) count once.

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

What counts as the cautionary language (decided from the statute, not from convenience):

- the document's own legend, and the document's own **Risk Factors section** when it has one
  (a 10-K or 10-Q: "Item 1A. Risk Factors", or in older filings "Factors That May Affect Future
  Results"). Both accompany the statements in the same
  document, which is what (c)(1)(A)(i) asks of a written statement;
- NOT the risk factors of another filing the legend merely points to ("see the Risk Factors in
  our most recent Form 10-K"). The statute lets an *oral* statement point to a readily
  available written document for its factors ((c)(2)(B)); a written statement must itself be
  accompanied by meaningful cautionary statements, and courts have read a bare pointer as weak.
  A topic covered only by such a pointer stays a warning, and the finding says so
  (`details["pointer_only"]`: the legend names filings but no factor on the topic).

`met` when every topic the body speaks about is covered (`details["topics"]`: each topic the
cautionary language covers, with the words that cover it); `missing` when a topic is not, with
the uncovered topics and their sentences in `details["uncovered"]` and as notes (and their number
of sentences in `details["topics"]`), located at the first such sentence;
`not-applicable` when the body makes no forward-looking statement or there is no legend (then
`legend-required` is the finding that matters).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..fls.topics import coverage, may_be_on_topics, on_topics, title
from ..result import Finding, Status
from ..rules.model import Rule
from .base import CheckContext, finding
from .forward_looking import any_forward_looking, describe, scanner

KIND = "fls-coverage"
OPTIONS = {"min_sentences": {"type": "integer", "minimum": 1},
           "min_confidence": {"type": "number", "minimum": 0, "maximum": 1}}
REQUIRED = ()


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.min_sentences = int(rule.options.get("min_sentences", 1))
        self.min_confidence = float(rule.options.get("min_confidence", 0.0))

    def check(self, context: CheckContext) -> Finding:
        if not context.legend_spans:
            return self._not_applicable(context, "no legend: see the legend-required finding"
                                        if any_forward_looking(context) else _NO_STATEMENTS)
        source = context.document.text
        legend_text = " ".join(source[slice(*context.canonical.to_source(s, e))] for s, e in context.legend_spans)
        covering = coverage(legend_text, risk_factors_section(source))
        # A sentence's topic follows from its words alone, so only the body's sentences on a topic
        # the cautionary language leaves uncovered need judging (`Scan.some`: with what their
        # verdicts depend on, not every sentence before them).
        scan = scanner(context)
        uncovered_topics = {topic for topic, words in covering.items() if words is None}
        # (a body that names none of those topics' words anywhere has no sentence on them: its
        # sentences are then cut only as far as judging them asks, `may_be_on_topics`)
        on = on_topics([sentence.text for sentence, _ in scan.sentences], uncovered_topics) \
            if may_be_on_topics(source, uncovered_topics) else {}
        candidates = [i for i in on if not scan.sentences[i][1]]  # (a legend sentence is never forward-looking)
        judged = scan.some(candidates)
        if not any(judged[i].forward_looking for i in candidates):
            # whether the body says anything forward-looking, then (`any_forward_looking`: the
            # likeliest sentences first; when none of them is, read in order, in one pass as far
            # as the last candidate but no further than _ONE_PASS sentences, then on in growing
            # batches up to the first forward-looking sentence, which a body that makes any
            # mostly makes early: a long release's last candidate may be hundreds of sentences
            # after it)
            one_pass = min(candidates[-1] + 1, _ONE_PASS) if candidates else 0
            if not any_forward_looking(context, one_pass):
                return self._not_applicable(context, _NO_STATEMENTS)
        by_topic: dict[str, list] = {}
        seen = set()
        for item in (judged[i] for i in candidates):
            if not item.forward_looking or item.verdict.probability < self.min_confidence or item.sentence.text in seen:
                continue
            seen.add(item.sentence.text)
            by_topic.setdefault(item.topic, []).append(item)
        topics = {topic: {"covered_by": words} for topic, words in covering.items() if words is not None}
        uncovered = {}
        for topic, items in by_topic.items():
            if len(items) < self.min_sentences:
                continue
            topics[topic] = {"sentences": len(items), "covered_by": None}
            uncovered[topic] = [describe(context, item) for item in items]
        pointer = bool(uncovered) and bool(_POINTER.search(legend_text))
        details = {"topics": topics, "uncovered": uncovered, "pointer_only": pointer}
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
        if pointer:
            notes.append("the legend points to risk factors in other filings; for a written statement that pointer "
                         "alone is not cautionary language accompanying it (15 U.S.C. 78u-5(c)(1)(A)(i); the "
                         "reference of (c)(2)(B) is for oral statements): name a factor on the topic in the legend")
        return finding(self.rule, context, Status.MISSING, span=span, details=details, notes=notes)

    def _not_applicable(self, context: CheckContext, note: str) -> Finding:
        return finding(self.rule, context, Status.NOT_APPLICABLE, notes=[note])


# Sentences read in one pass before the growing batches: a release of a hundred sentences or so (an
# 8-K exhibit) is read at once, as one cue-matching pass costs less than a few small ones; a
# longer body is read on only as far as its first forward-looking sentence.
_ONE_PASS = 128
_NO_STATEMENTS = "no forward-looking statements found in the body"
# A legend that sends the reader to filed risk factors rather than naming them.
_POINTER = re.compile(r"\b(?:form\s*10-?[kq]|annual report|quarterly report|(?:filings?|filed|reports?) with the "
                      r"(?:sec|securities and exchange commission)|sec filings|risk factors)\b", re.IGNORECASE)
# A "Risk Factors" heading on a line of its own ("Item 1A. Risk Factors"), and the next item
# heading that ends its section.
# Older filings call it "Factors That May Affect Future Results (and Financial Condition)".
_RISK_HEADING = re.compile(r"^[ \t#*]*(?:item[ \t]*1a\.?[ \t]*[-–—:.]?[ \t]*)?(?:(?:additional|certain|other)[ \t]+)?"
                           r"(?:risk[ \t]+factors|factors[ \t]+that[ \t]+(?:may|could|might)[ \t]+affect[ \t]+"
                           r"(?:our[ \t]+|the[ \t]+company's[ \t]+)?future[ \t]+(?:operating[ \t]+)?results"
                           r"(?:[ \t]+and[ \t]+financial[ \t]+condition)?)[ \t*]*$", re.IGNORECASE | re.MULTILINE)
_NEXT_ITEM = re.compile(r"^[ \t#*]*item[ \t]*\d+[a-z]?\b", re.IGNORECASE | re.MULTILINE)
_MIN_SECTION = 2000  # characters: shorter is a table-of-contents entry, not the section


def risk_factors_section(source: str) -> str:
    """The text of the document's own Risk Factors section (the longest one under such a heading,
    so that a table of contents' entry does not count), or "" when it has none."""
    best = ""
    for heading in _risk_headings(source):
        end = _NEXT_ITEM.search(source, heading.end())
        section = source[heading.end():end.start() if end else len(source)]
        if len(section) > len(best):
            best = section
    return best if len(best) >= _MIN_SECTION else ""


def _risk_headings(source: str) -> Iterator[re.Match[str]]:
    """`_RISK_HEADING.finditer(source)`. A heading is a line of its own that holds "factors", so
    only the lines where that word stands are tried, found in the lower-cased text: the pattern
    itself tries every character of a filing. (Lower-casing keeps every offset and turns every
    "factors" the case-blind pattern reads into that word, unless the text holds the dotted
    capital I, whose lower case is two characters, or the long s, which the pattern reads as an
    "s": then the pattern reads the whole text.)"""
    if "\u0130" in source or "\u017f" in source:
        yield from _RISK_HEADING.finditer(source)
        return
    lower = source.lower()
    at = lower.find("factors")
    while at >= 0:
        heading = _RISK_HEADING.match(source, source.rfind("\n", 0, at) + 1)
        if heading is not None:
            yield heading
        line_end = source.find("\n", at)
        if line_end < 0:
            return
        at = lower.find("factors", line_end)
