"""Is a sentence forward-looking? A transparent decision over named cues.

The decision reads like a reviewer's reasoning, and reports the cues behind it:

1. Never forward-looking: a sentence of the document's own legend (it describes forward-looking
   statements, it does not make them) or one in the legend's language; a question; a table row
   or a heading (unless the headline itself gives guidance: "Expects FY24 EPS of ...").
2. A **strong** cue (a future or planning construction: "will", "expects to", "is expected to",
   "plans to", "on track to", "raises its outlook", "looking ahead", "believes ... will",
   "should", "has the potential to", "positioned for growth", "in the range of") makes it
   forward-looking, unless a false friend explains it away: the "will" of
   logistics ("the webcast will be available") or of administration ("will receive fees"), an
   expectation reported in the past ("than expected", "previously expected"), or a risk-factor
   hedge ("could adversely affect").
3. Without a strong cue, two **weak** ones together (a date after the release, a guidance word,
   a range of figures, expected benefits), or a time after the release on its own ("later this
   year", "in the next 12 months"), make it forward-looking when nothing in the sentence reports
   the past.

The cue lists and the order of these tests were tuned on the TUNE half of the labelled set
(`benchmarks/fls/sentences.jsonl`); `benchmarks/fls.py` measures them on the test half.
`classify_in_context` adds what a document gives: a short item of a list whose lead-in is
forward-looking ("For fiscal 2021 the company expects:") is forward-looking too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .cues import fired

STRONG = frozenset({"will", "expect-verb", "expected-to", "plan", "on-track", "guidance-change", "look-forward",
                    "belief-modal", "should", "continue-future", "potential-to", "positioned", "range-strong"})
WEAK = frozenset({"future-date", "future-relative", "range", "guidance", "effect"})
_ALONE = frozenset({"future-relative"})  # a weak cue that suffices when nothing reports the past
_HEADLINE_STRONG = frozenset({"expect-verb", "guidance-change", "on-track", "expected-to", "range-strong"})
_PAST_VETOED = frozenset({"positioned", "potential-to"})  # "positioned them for ..." in a story of the past
_LOGISTIC_ONLY = frozenset({"will", "plan", "continue-future", "look-forward", "expected-to"})
_PAST_ONLY = frozenset({"expect-verb", "expected-to", "belief-modal"})
_HEDGE_ONLY = frozenset({"will", "should", "belief-modal", "continue-future"})


@dataclass(frozen=True)
class Verdict:
    """The classifier's answer for one sentence: the decision and the cues behind it."""

    forward_looking: bool
    cues: list[str] = field(default_factory=list)  # the cues that fired, deciding ones first
    reason: str = ""  # the rule that decided, in a few words


def classify(text: str, release_date: date | None = None, in_legend: bool = False) -> Verdict:
    """Judge one sentence. `release_date` lets dates count as future or past; `in_legend` marks a
    sentence of the document's own safe-harbor legend (never forward-looking)."""
    cues = fired(text, release_date)
    present = set(cues)
    strong = present & STRONG
    weak = present & WEAK
    ordered = sorted(strong) + sorted(weak) + [c for c in cues if c not in strong and c not in weak]

    def no(reason: str) -> Verdict:
        return Verdict(False, ordered, reason)

    if in_legend:
        return Verdict(False, ["legend"] + ordered, "part of the legend")
    if "not:legend-language" in present:
        return no("cautionary language")
    if "not:question" in present:
        return no("a question")
    if "not:table-or-heading" in present and not strong & _HEADLINE_STRONG:
        return no("a heading or table row")
    if "not:heading" in present and not strong & _HEADLINE_STRONG and "range" not in weak:
        return no("a heading or table row")
    if strong:
        if "not:logistics" in present and strong <= _LOGISTIC_ONLY and not weak - {"future-date"}:
            return no("logistics")
        if "not:administrative" in present and strong <= {"will", "continue-future"}:
            return no("administrative terms")
        if "not:past-expectation" in present and strong <= _PAST_ONLY and not weak & {"range", "future-date"}:
            return no("an expectation reported in the past")
        if "not:risk-hedge" in present and strong <= _HEDGE_ONLY:
            return no("a risk-factor hedge")
        if "not:past-verb" in present and strong <= _PAST_VETOED:
            return no("told of the past")
        return Verdict(True, ordered, "a future or planning construction")
    past = present & {"not:past-verb", "not:results-announcement", "not:risk-hedge", "not:logistics", "not:accounting",
                      "not:past-expectation", "not:present-continue"}
    if len(weak) >= 2 and not past:
        return Verdict(True, ordered, "two signs of the future")
    if weak & _ALONE and not past and "not:past-date" not in present:
        return Verdict(True, ordered, "a time after the release")
    return no("no sign of the future")


def classify_in_context(text: str, lead_in: Verdict | None, lead_in_text: str, release_date: date | None = None,
                        in_legend: bool = False) -> Verdict:
    """Judge a sentence knowing the one before it: an item of a list opened by a forward-looking
    lead-in ("the company expects:", "guidance for the second quarter: •") is forward-looking, and
    so is the item after it, as long as the items stay short."""
    verdict = classify(text, release_date, in_legend)
    if verdict.forward_looking or in_legend or lead_in is None or not lead_in.forward_looking:
        return verdict
    opens_list = lead_in_text.rstrip(" •·▪-–—").endswith(":") or lead_in.reason == _LIST_ITEM
    short_item = len(text.split()) <= _ITEM_WORDS and "not:legend-language" not in verdict.cues
    if opens_list and short_item and verdict.reason != "a question":
        return Verdict(True, ["list-item"] + verdict.cues, _LIST_ITEM)
    return verdict


_LIST_ITEM = "an item of a forward-looking list"
_ITEM_WORDS = 60  # an item of a guidance list is a phrase or a sentence, not a paragraph
