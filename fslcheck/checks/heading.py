"""`heading`: a heading or run-in label introduces the legend.

```yaml
- id: pslra.heading
  kind: heading
  phrases: ["forward looking", "safe harbor", "cautionary"]   # a heading names one of these
  max_words: 12
```

A heading is a short paragraph that is not a sentence (no full stop at its end, unless it is in
title case), or a short title-case line of the source, containing one of the phrases; a run-in
label is a title-case start of a paragraph that ends with ":" or "." within `max_words` words
("Forward-Looking Statements: This release…").
"""

from __future__ import annotations

import re

from ..result import Finding, Status
from ..rules.model import Rule
from .base import PHRASES_SCHEMA, CheckContext, compile_phrases, finding

KIND = "heading"
OPTIONS = {"phrases": PHRASES_SCHEMA, "max_words": {"type": "integer", "minimum": 1, "maximum": 40}}
REQUIRED = ("phrases",)
DEFAULT_MAX_WORDS = 12
_RUN_IN_END = re.compile(r"[:.]\s|[:.]$| - |\s—\s")


def validate(rule: Rule) -> None:
    compile_phrases(rule.options["phrases"])


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.phrases = compile_phrases(rule.options["phrases"])
        self.max_words = int(rule.options.get("max_words", DEFAULT_MAX_WORDS))

    def check(self, context: CheckContext) -> Finding:
        for start, end in self._candidates(context):
            for phrase in self.phrases:
                found = phrase.find_exact(context.text, start, end)
                if found:
                    return finding(self.rule, context, Status.MET, found[0], span=(start, end))
        return finding(self.rule, context, Status.MISSING)

    def _candidates(self, context: CheckContext):
        """Canonical spans that could be headings, in document order."""
        text = context.text
        spans = []
        for start, end in context.paragraphs:
            words = text.count(" ", start, end) + 1
            if words <= self.max_words:
                if not text[start:end].rstrip().endswith(".") or _title_case(context, start, end):
                    spans.append((start, end))
                continue
            label_end = _RUN_IN_END.search(text, start, min(end, start + 12 * self.max_words))
            if (label_end and text.count(" ", start, label_end.start()) < self.max_words
                    and _title_case(context, start, label_end.start())):
                spans.append((start, label_end.start()))
        spans.extend(self._title_lines(context))
        return sorted(set(spans))

    def _title_lines(self, context: CheckContext):
        """Short title-case lines of the source text, mapped to canonical spans."""
        source = context.document.text
        spans = []
        line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        for line_start in line_starts:
            line_end = source.find("\n", line_start)
            line_end = len(source) if line_end == -1 else line_end
            line = source[line_start:line_end].strip()
            words = line.split()
            if words and len(words) <= self.max_words and _is_title(line):
                spans.append(_to_canonical(context, line_start, line_end))
        return spans


def _is_title(words_text: str) -> bool:
    """Title case or capitals: most words of four letters or more start with a capital."""
    words = words_text.split()
    if not words or not words[0][:1].isupper():
        return False
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.6


def _title_case(context: CheckContext, start: int, end: int) -> bool:
    source_start, source_end = context.canonical.to_source(start, end)
    return _is_title(context.document.text[source_start:source_end].strip(" \t\n*#_"))


def _to_canonical(context: CheckContext, start: int, end: int) -> tuple[int, int]:
    return context.canonical.from_source(start), context.canonical.from_source(end)
