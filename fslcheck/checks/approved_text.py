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

The approved paragraph is located with rapidfuzz's best alignment, and then the comparison is
widened to the whole legend region that holds it: from the start of the legend's first sentence
to the end of its last (a heading line such as "IMPORTANT NOTE:" is left out, unless the approved
wording has it too). So a sentence added before, inside or after the approved wording is part of
the comparison and shows in the redline as an insertion, and a reordered sentence as a move. The
score is the word-level similarity of that region to the approved wording (words compared in
canonical form, so case, quotes, hyphens and line breaks do not count). A passage that differs in
a word carrying meaning (a negation, a number) is never `met`, whatever the score. The report
shows a word-level redline between the two.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from ..matching import canonical_phrase, meaning_differences
from ..result import Finding, Status
from ..rules.model import Rule
from ..text_units import enclosing
from .base import THRESHOLD_OPTIONS, CheckContext, finding, thresholds

KIND = "approved-text"
HEADING_WORDS = 10  # a first line this short, not ending a sentence, is the legend's heading
_RUN_IN = re.compile(r"[^.:!?]{1,60}:\s")  # "forward-looking statements: this release ..."
_RUN_IN_TITLE = re.compile(r"([^.:!?]{1,60})\.\s")  # "Safe Harbor Statement. Statements in ..."
_TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
_MINOR = frozenset("a an and as at by for in of on or the to regarding concerning about under with".split())
# A title that ends in a full stop is a heading only when it speaks of the legend; a short
# sentence in title case ("We Guarantee Growth.") is wording.
_LEGEND_WORDS = frozenset("forward looking forward-looking safe harbor harbour cautionary caution statement statements "
                          "note notice important disclaimer risk risks factors reform act".split())


def _named_heading(line: str) -> bool:
    """A short line in sentence case that names the legend ("Forward-looking statements",
    "Safe harbor statement"), not the first line of a wrapped sentence (which runs on: it is
    longer, or ends in a word that needs a next one)."""
    words = _TITLE_WORD.findall(line)
    if not words or len(words) > 6 or not words[0][0].isupper() or line.rstrip().endswith((".", ",")):
        return False
    if words[-1].lower() in _MINOR or words[-1].lower() in ("are", "is", "not", "that", "be", "which"):
        return False
    return any(p in _LEGEND_WORDS for w in words for p in [w.lower(), *w.lower().split("-")])


def _title(line: str, full_stop: bool) -> bool:
    """A heading's wording: a few words, every main word capitalised (or all capitals); one
    that ends in a full stop must also name the legend ("Safe Harbor Statement.")."""
    words = _TITLE_WORD.findall(line)
    if not words or len(words) > HEADING_WORDS or not words[0][0].isupper():
        return False
    if not all(w[0].isupper() for w in words if w.lower() not in _MINOR):
        return False
    return not full_stop or any(w.lower() in _LEGEND_WORDS or any(p in _LEGEND_WORDS for p in w.lower().split("-"))
                                for w in words)
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
        """The legend region that holds the approved wording, in whole sentences."""
        best = None
        for start, end in context.spans(self.rule.scope) or context.spans("document"):
            aligned = fuzz.partial_ratio_alignment(self.approved, context.text[start:end])
            if aligned is not None and (best is None or aligned.score > best[0]):
                best = (aligned.score, start, end, start + aligned.dest_start, start + aligned.dest_end)
        if best is None:
            return None
        _, region_start, region_end, start, end = best
        if self.rule.scope != "legend" or not context.legend_spans:
            region_start, region_end = start, end  # no legend to widen to: the aligned passage
        text = context.text
        start, end = enclosing(context.sentence_starts, len(text), region_start, region_end)
        start = self._after_heading(context, start, end)
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if end > start else None

    def _after_heading(self, context: CheckContext, start: int, end: int) -> int:
        """`start`, moved past a heading that opens the region and is not approved wording."""
        text = context.text
        cut = None
        source = context.document.text
        source_start = context.canonical.to_source(start, start + 1)[0]
        line_end = source.find("\n", source_start)
        if line_end > source_start:
            line = source[source_start:line_end].strip()
            words = len(line.split())
            # A heading line, not the first line of a wrapped paragraph: it ends in a colon or
            # reads as a title ("IMPORTANT NOTE:", "Safe Harbor Statement.").
            if 0 < words <= HEADING_WORDS and not line.endswith(("!", "?", ",", ";")) and (
                    line.endswith(":") or _title(line.rstrip("."), line.endswith("."))
                    or _named_heading(line)):
                cut = context.canonical.from_source(line_end)
        if cut is None:
            run_in = _RUN_IN.match(text, start, end)
            if run_in and len(run_in.group().split()) <= 6:
                cut = run_in.end()
            # (read in the source: the canonical text has lost the capitals a title shows)
            titled = _RUN_IN_TITLE.match(source, source_start, source_start + 80)
            if cut is None and titled and len(titled.group().split()) <= 6 and _title(titled.group(1), True):
                cut = context.canonical.from_source(titled.end())
        if cut is None or not start < cut < end:
            return start
        heading = canonical_phrase(text[start:cut])
        if heading and self.approved.startswith(heading):
            return start  # counsel's wording opens with the heading: compare it too
        while cut < end and text[cut].isspace():
            cut += 1
        return cut
