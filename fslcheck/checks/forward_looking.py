"""The body's forward-looking sentences for the checks that need them (judged once a document, and
only as far as a check asks: `fls-coverage` often needs no more than the first).

Not a rule kind: `legend-required`, `fls-coverage` and `fls-staleness` share this view. The
sentences inside the document's own legend are marked and never count as forward-looking; the
release date is the one the document states near its top (`fslcheck.fls.scan.stated_date`).
"""

from __future__ import annotations

from datetime import date

from ..fls.scan import Judged, Scan, stated_date
from .base import CheckContext

_CACHE = "_fls_judged"
_DATE_CACHE = "_fls_release_date"


def release_date(context: CheckContext) -> date | None:
    """The date the document states (cached on the context: the scan and fls-staleness both ask)."""
    if _DATE_CACHE not in context.__dict__:
        context.__dict__[_DATE_CACHE] = stated_date(context.document.text)
    return context.__dict__[_DATE_CACHE]


def scanner(context: CheckContext) -> Scan:
    """The document's sentences, judged as far as a check has asked (cached on the context)."""
    cached = context.__dict__.get(_CACHE)
    if cached is None:
        legend = [context.canonical.to_source(start, end) for start, end in context.legend_spans]
        cached = Scan(context.document.text, legend, release_date(context), context.canonical)
        context.__dict__[_CACHE] = cached
    return cached


def judged(context: CheckContext) -> list[Judged]:
    """Every sentence of the document, judged."""
    return scanner(context).all()


def forward_looking(context: CheckContext) -> list[Judged]:
    return [j for j in judged(context) if j.forward_looking]


def any_forward_looking(context: CheckContext, one_pass: int = 0) -> bool:
    """Whether the body makes a forward-looking statement (judging as few sentences as it can:
    `Scan.any_forward_looking`, which says what `one_pass` is)."""
    return scanner(context).any_forward_looking(one_pass)


def describe(context: CheckContext, item: Judged) -> dict:
    """A sentence as findings' details carry it: its words, where it is, why it counts."""
    location = context.document.locate(item.sentence.start)
    return {"text": item.sentence.text, "start": item.sentence.start, "end": item.sentence.end,
            "location": location.describe(), "cues": list(item.verdict.cues[:6]), "topic": item.topic}


def closest(context: CheckContext, limit: int = 3) -> list[dict]:
    """The body sentences that came nearest to counting as forward-looking: those with a strong
    cue that a false friend explained away, then those with the most signs of the future."""
    candidates = []
    for item in judged(context):
        if item.forward_looking or item.in_legend or item.verdict.reason == "a heading or table row":
            continue
        positive = [c for c in item.verdict.cues if not c.startswith("not:") and c != "legend"]
        if positive:
            candidates.append((len(positive), item))
    candidates.sort(key=lambda pair: -pair[0])
    out = []
    for _, item in candidates[:limit]:
        entry = describe(context, item)
        entry["why_not"] = item.verdict.reason
        out.append(entry)
    return out
