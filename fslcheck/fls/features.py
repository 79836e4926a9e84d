"""What the forward-looking model reads in a sentence: its cues, its place in the document, its words.

Three kinds of feature, each a name (the model, `fslcheck.fls.model`, gives each name a weight):

- the named cues of `fslcheck.fls.cues` (positive ones such as `will`, `expect-verb`,
  `future-date`; false friends such as `not:logistics`, `not:past-expectation`), and how many
  past-tense verbs the sentence has;
- context (`Context`): the sentence sits under an "Outlook" or "Guidance" heading; the sentence
  before it is a forward-looking lead-in that opens a list ("For fiscal 2024 the company
  expects:"); the sentence before it had a future construction; the document is a call
  transcript (where conversational future, "we're going to", "we'll see", carries guidance);
- words: lower-cased words and word pairs (`w:going to`), only those the model was trained to
  weigh.

Context is built only from cues and headings, never from the model's own earlier verdicts, so
the features of a sentence are the same at training time (`benchmarks/fls_train.py`) as in use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# The cues that make a short line ending in ":" a lead-in to a list of forward-looking items.
_LEAD_IN_CUES = frozenset({"will", "expect-verb", "expected-to", "guidance", "guidance-change", "plan", "range-strong",
                           "on-track", "future-date", "future-relative", "we-future"})
_FUTURE_CUES = frozenset({"will", "expect-verb", "expected-to", "guidance-change", "plan", "on-track", "we-future",
                          "belief-modal", "look-forward"})
_SECTION_HEADING = re.compile(r"\b(?:outlook|guidance|forecast|looking (?:ahead|forward)|expectations|"
                              r"financial targets|(?:19|20)\d\d (?:plans?|priorities|targets|objectives))\b", re.IGNORECASE)
_OTHER_HEADING = re.compile(r"\b(?:about|conference call|webcast|forward[- ]looking|safe harbor|contacts?|"
                            r"non-gaap|reconciliation|results|highlights|financial statements|q&a|questions)\b",
                            re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z'’]*|\d+(?:[.,]\d+)?%?|[$€£]")
_SMALL = frozenset({"a", "an", "and", "of", "the", "for", "to", "in", "on", "at", "by", "with", "or", "&"})
_ITEM_WORDS = 60


def is_heading(text: str) -> bool:
    """A short line without a closing full stop, mostly capitalised words: a section heading."""
    words = text.strip(" •·▪-–—*#").split()
    if not words or len(words) > 10 or re.search(r"[.!?;,]$", text.strip()):
        return False
    big = [w for w in words if w.lower() not in _SMALL]
    return bool(big) and sum(w[:1].isupper() or w[:1].isdigit() for w in big) >= 0.75 * len(big)


@dataclass
class Context:
    """What the sentences before this one say about it. Feed every sentence of a document, in
    order, to `advance`; `reset_previous` when the next sentence given is not adjacent."""

    transcript: bool = False
    section: str | None = None          # "outlook" under an outlook/guidance heading, else None
    previous_text: str = ""
    previous_cues: frozenset[str] = field(default_factory=frozenset)

    def flags(self) -> list[str]:
        out = []
        if self.transcript:
            out.append("ctx:transcript")
        if self.section == "outlook":
            out.append("ctx:outlook-section")
        stripped = self.previous_text.rstrip(" •·▪-–—")
        if stripped.endswith(":") and self.previous_cues & _LEAD_IN_CUES:
            out.append("ctx:lead-in")
        if self.previous_cues & _FUTURE_CUES and not stripped.endswith(":"):
            out.append("ctx:previous-future")
        return out

    def advance(self, text: str, cues: list[str]) -> None:
        if is_heading(text):
            if _SECTION_HEADING.search(text) and not _OTHER_HEADING.search(text):
                self.section = "outlook"
            elif self.section and _OTHER_HEADING.search(text) or len(text.split()) <= 4:
                self.section = None
        self.previous_text = text
        self.previous_cues = frozenset(cues)

    def reset_previous(self) -> None:
        self.previous_text = ""
        self.previous_cues = frozenset()


def words(text: str) -> list[str]:
    """Lower-cased words and word pairs of a sentence, as `w:` features."""
    tokens = _WORD.findall(text.lower().replace("’", "'"))
    tokens = ["#" if t[0].isdigit() else t for t in tokens]
    return ["w:" + t for t in tokens] + ["w:" + a + " " + b for a, b in zip(tokens, tokens[1:])]


def features(text: str, cues: list[str], context: Context | None = None) -> list[str]:
    """Every feature name of a sentence (cues, counts, context, words), without repeats."""
    out = list(cues)
    past = sum(1 for _ in _PAST.finditer(text))
    out.append("past:none" if past == 0 else "past:one" if past == 1 else "past:many")
    length = len(text.split())
    out.append("len:short" if length <= 6 else "len:long" if length > _ITEM_WORDS else "len:mid")
    if re.search(r"\d", text):
        out.append("has-number")
    future = [c for c in cues if c in _FUTURE_CUES or c in ("should", "range-strong", "future-date", "future-relative")]
    if future:  # a false friend matters when it explains a future construction away
        out += [c + "&future" for c in cues if c.startswith("not:")]
    flags = context.flags() if context is not None else []
    out += flags
    for flag in flags:  # context matters through what the sentence itself holds
        if flag in ("ctx:outlook-section", "ctx:lead-in"):
            if "has-number" in out:
                out.append(flag + "&number")
            if "figure-item" in cues or "range" in cues:
                out.append(flag + "&figure")
        if flag == "ctx:transcript":
            out += [flag + "&" + c for c in cues if c in ("will", "we-future", "modal", "should", "expect-verb")]
    out += words(text)
    return list(dict.fromkeys(out))


_PAST = re.compile(r"\b(?:was|were|had|did|\w{3,}ed)\b", re.IGNORECASE)
