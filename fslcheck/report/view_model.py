"""The report data model: everything an HTML page shows, worked out before any markup exists.

coverage.py builds its HTML report in two steps, data first and rendering second; the same split
here keeps decisions (what is a problem, in which order the checklist reads, which piece of text
is highlighted and where its label goes) testable without parsing HTML, and keeps the templates
dumb: they loop and escape, nothing else.

Strings in this model are plain text, never markup. The document text in particular is handed to
the template as a list of `Segment`s (a run of text plus the highlights covering it), so the
template escapes each piece and adds the <mark> around it; no document or rule text is ever
trusted as HTML.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import pairwise
from pathlib import PurePath
from typing import Any

from ..documents.model import Document
from ..result import DocumentResult, Finding, PackInfo, Result, Severity, Status
from . import explanation
from .explanation import Quote
from .redline import Redline, redline

# The checklist reads problems first, in this order; violated sits with the other problems.
STATUS_ORDER = ("missing", "weak", "violated", "met", "waived", "not-applicable")
STATUS_LABELS = {**explanation.STATUS_WORDS, "set-aside": "Set aside"}
# A symbol beside the word, so status never depends on colour (or on the word alone in a scan).
STATUS_SYMBOLS = {
    "missing": "\u2717",  # ✗
    "weak": "!",
    "violated": "\u2717",
    "met": "\u2713",  # ✓
    "waived": "\u2013",
    "not-applicable": "\u2013",
}
GROUPS = (
    ("problems", "Needs attention", ("missing", "weak", "violated")),
    ("met", "Found", ("met",)),
    ("waived", "Waived", ("waived",)),
    ("not-applicable", "Not applicable", ("not-applicable",)),
)
SEVERITIES = tuple(s.value for s in Severity)  # error, warning, info
FAIL_ON_TEXT = {
    "error": "fails on errors",
    "warning": "fails on warnings and errors",
    "info": "fails on any problem",
    "never": "never fails (report only)",
}


@dataclass(frozen=True)
class Highlight:
    """One highlighted span of the document text, numbered in reading order."""

    number: int
    start: int
    end: int
    rule: str
    status: str
    card_anchor: str
    factor: str | None = None  # the risk factor's name, for factor spans
    factor_id: str | None = None
    container: bool = False  # holds other highlights (a whole legend, a factor list): drawn faintly
    name: str = ""  # short name for the label; set by `_highlights` so that it is unambiguous

    @property
    def anchor(self) -> str:
        return f"hl-{self.number}"

    @property
    def label(self) -> str:
        """The full description: number, rule (and factor), status in words."""
        what = f"{self.rule}: {self.factor}" if self.factor else self.rule
        return f"{self.number} {what} \u2013 {STATUS_LABELS.get(self.status, self.status)}"

    @property
    def describe(self) -> str:
        """For the key under the text: what is marked and its status, without the number."""
        if self.status == "set-aside":  # its factor text is "set aside: <reason>"
            reason = self.factor.split(": ", 1)[-1] if self.factor else ""
            return "Set aside, not counted as the legend" + (f": {reason}" if reason else "")
        what = f"{self.rule}: {self.factor}" if self.factor else self.rule
        return f"{what} \u2013 {STATUS_LABELS.get(self.status, self.status).lower()}"


@dataclass(frozen=True)
class Segment:
    """A run of document text; `marks` cover it, `starts` are highlights whose label goes here."""

    text: str
    marks: tuple[Highlight, ...] = ()
    starts: tuple[Highlight, ...] = ()
    page: int | None = None  # a PDF page begins here

    @property
    def _innermost(self) -> Highlight | None:
        inner = [h for h in self.marks if not h.container] or list(self.marks)
        return min(inner, key=lambda h: h.end - h.start) if inner else None

    @property
    def status(self) -> str:
        """The status that colours the run: the innermost (shortest) highlight's."""
        inner = self._innermost
        return inner.status if inner else ""

    @property
    def outer(self) -> bool:
        """Only containers cover this run: it is context, drawn faintly."""
        return bool(self.marks) and all(h.container for h in self.marks)

    @property
    def title(self) -> str:
        return "; ".join(h.label for h in self.marks)


@dataclass(frozen=True)
class DocLine:
    """One line of the document text and the margin notes for the highlights that start on it.

    Notes sit in a margin beside the line, never inside it, so a fixed-width filing keeps its
    line breaks and no label lands inside a word."""

    segments: tuple[Segment, ...]
    notes: tuple[Highlight, ...] = ()
    page: int | None = None  # a PDF page begins on this line


def document_lines(parts: Sequence[Segment]) -> list[DocLine]:
    """Regroup segments into lines (cut at every newline), each with its margin notes."""
    lines: list[DocLine] = []
    current: list[Segment] = []
    notes: list[Highlight] = []
    page: int | None = None

    def close() -> None:
        nonlocal current, notes, page
        lines.append(DocLine(tuple(current), tuple(notes), page))
        current, notes, page = [], [], None

    for seg in parts:
        pieces = seg.text.split("\n")
        for n, piece in enumerate(pieces):
            if n:
                close()
            first = n == 0
            if first and seg.page is not None:
                page = seg.page
            if first:
                notes.extend(seg.starts)
            if piece:
                current.append(Segment(piece, seg.marks, seg.starts if first else (), None))
    close()
    return lines


@dataclass(frozen=True)
class FactorView:
    id: str
    name: str
    status: str
    status_label: str
    score: str
    excerpt: str
    highlight: Highlight | None


@dataclass
class CardView:
    """One checklist entry: a rule's finding, ready to show."""

    anchor: str
    rule: str
    title: str
    severity: str
    status: str
    status_label: str
    symbol: str
    is_problem: bool
    blocks: bool  # this finding alone makes the document fail at the --fail-on level
    tone: str  # "block" (must fix), "review" (lower-severity problem), "ok", "quiet"
    message: str
    basis: str
    basis_url: str | None
    score: str
    location: str
    notes: list[str]
    excerpt: str
    approved: str | None
    redline: Redline | None
    highlights: list[Highlight] = field(default_factory=list)
    factors: list[FactorView] = field(default_factory=list)
    count_text: str = ""
    items: list[str] = field(default_factory=list)  # enumerated factors (factor-count rules)
    thresholds: list[tuple[str, str]] = field(default_factory=list)
    explanation: str = ""  # why it has its status, in words (explanation.explain)
    quote: Quote | None = None  # the sentence, with the words that carry the element picked out
    detail: str = ""  # rule id, score, thresholds: for the technical reader
    where: str = ""  # "line 43", "page 2", "paragraph 7" (", in the legend" for a legend rule)
    looked: str = ""  # not found: where it was looked for ("looked for in the legend, which starts at line 33")
    suggestion: explanation.Suggestion | None = None  # wording to copy for a problem

    @property
    def passing(self) -> bool:
        """Shown as a one-line summary (expandable on screen, one line in print)."""
        return not self.is_problem


@dataclass(frozen=True)
class CardGroup:
    key: str
    title: str
    cards: list[CardView]


@dataclass(frozen=True)
class Banner:
    """The answer to "can this go out?", in words."""

    verdict: str  # pass | fail | error
    headline: str
    explanation: str
    review: str  # lower-severity problems, if any
    counts: list[tuple[str, int, bool]]  # severity, problems, at or above --fail-on
    fail_on: str
    fail_on_text: str
    met: int
    total: int
    blocking: list[tuple[str, str, str]] = field(default_factory=list)  # title, card anchor, status


@dataclass(frozen=True)
class PackView:
    id: str
    title: str
    version: str
    files: list[tuple[str, str]]


@dataclass(frozen=True)
class Provenance:
    version: str
    generated: str  # ISO 8601, UTC
    generated_display: str
    pack: PackView
    fail_on: str
    document_path: str = ""
    document_sha256: str = ""
    document_format: str = ""
    thresholds: list[tuple[str, str]] = field(default_factory=list)  # rule, "met at 90, weak at 75"


@dataclass(frozen=True)
class WaiverView:
    """A waiver or baseline entry that applied to one finding (set by the CI gate)."""

    rule: str
    title: str
    kind: str  # "waiver" or "baseline"
    reason: str
    approver: str
    expires: str


@dataclass(frozen=True)
class ReviewRecord:
    """What a signed review needs: the pack it was checked against, when, and what was waived."""

    pack_id: str
    pack_version: str
    report_date: str
    waivers: list[WaiverView]


def _waivers(findings: Sequence[Finding]) -> list[WaiverView]:
    """The waivers (`Finding.waiver`) and baseline entries (`Finding.baselined`) that applied."""
    found = []
    for finding in findings:
        if finding.waiver is None and not finding.baselined:
            continue
        record = finding.waiver or {}
        found.append(WaiverView(
            rule=finding.rule,
            title=finding.title or finding.rule,
            kind="waiver" if finding.waiver is not None else "baseline",
            reason=str(record.get("reason") or ("a known problem recorded in the baseline" if finding.baselined else "")),
            approver=str(record.get("approved_by") or ""),
            expires=str(record.get("expires") or ""),
        ))
    return found


@dataclass
class DocumentView:
    title: str
    path: str
    page_name: str
    banner: Banner
    groups: list[CardGroup]
    segments: list[Segment]
    text_style: str  # "fixed" for plain text (columns matter), "prose" otherwise
    highlights: list[Highlight]
    provenance: Provenance
    warnings: list[str]
    error: str | None
    index_href: str | None = None  # set in a batch: the way back to index.html
    note: str = ""  # e.g. "document 1 of 3; use --html DIR for all"
    review: ReviewRecord | None = None

    @property
    def running_head(self) -> str:
        """Printed at the top of every page: document, verdict, rule pack."""
        pack = self.provenance.pack
        return f"{self.title} \u00b7 {self.banner.verdict.upper()} \u00b7 rule pack {pack.id} {pack.version}"

    @property
    def lines(self) -> list[DocLine]:
        return document_lines(self.segments)


@dataclass(frozen=True)
class IndexRow:
    path: str
    href: str
    verdict: str
    counts: dict[str, int]
    met: int
    total: int
    error: str | None
    problems: list[str] = field(default_factory=list)  # "Not found: Actual results could differ …"


VERDICT_ORDER = {"fail": 0, "error": 1, "pass": 2}


def shown_path(path: str, start: str | None = None) -> str:
    """An absolute path as it reads from where the run started (the working folder)."""
    if not os.path.isabs(path.split("#", 1)[0]):
        return path
    try:
        return os.path.relpath(path, start or os.getcwd())
    except ValueError:  # another drive (Windows)
        return path


INDEX_PROBLEMS = 5  # the index lists this many problems per document, most severe first


def _problems(doc: DocumentResult) -> list[str]:
    ranked = sorted(enumerate(doc.findings), key=lambda pair: _sort_key(pair[1], pair[0]))
    said = [f"{explanation.status_words(f)}: {explanation.title_words(f)}" for _, f in ranked if f.status.is_problem]
    # A legend that was found but set aside explains the rest of the list: it comes first.
    reasons = [str(item.get("reason") or "not counted as the company's legend")
               for f in doc.findings for item in (f.details or {}).get("set_aside", []) or [] if isinstance(item, dict)]
    if reasons:
        said.insert(0, f"A legend-like passage was set aside: {reasons[0]}")
    if len(said) > INDEX_PROBLEMS:
        said[INDEX_PROBLEMS - 1:] = [f"and {len(said) - INDEX_PROBLEMS + 1} more"]
    return said


@dataclass
class IndexView:
    title: str
    rows: list[IndexRow]
    summary: dict[str, int]
    verdict: str
    headline: str
    fail_on: str
    fail_on_text: str
    provenance: Provenance

    @property
    def running_head(self) -> str:
        pack = self.provenance.pack
        return f"{self.title} \u00b7 {self.verdict.upper()} \u00b7 rule pack {pack.id} {pack.version}"


# ---------------------------------------------------------------------------------------------
# Building


def generated_at() -> datetime:
    """Now, unless SOURCE_DATE_EPOCH pins the time (reproducible sample reports and builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
    return datetime.now(timezone.utc).replace(microsecond=0)


def slug(value: str) -> str:
    """A fragment- and file-name-safe form of a rule id or path (keeps dots: rule ids use them)."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", value)
    cleaned = re.sub(r"-+(?=\.)|(?<=\.)-+", "", cleaned).strip("-.")
    return cleaned or "x"


def _score(value: float | None) -> str:
    return "\u2014" if value is None else f"{value:.1f}"


def _basis_url(basis: str) -> str | None:
    """A link target only for a bare http(s) URL: nothing else from a rule pack becomes a link."""
    text = basis.strip()
    if re.fullmatch(r"https?://[^\s<>\"']+", text):
        return text
    return None


THRESHOLD_LABELS = {"threshold": "Found at score", "weak": "Close at score", "min_score": "Minimum score",
                    "scorer": "Scorer"}


def _thresholds(details: dict[str, Any]) -> list[tuple[str, str]]:
    """How strict the match was: (label, value) for the threshold settings in a finding's details."""
    found = []
    for key, value in details.items():
        label = THRESHOLD_LABELS.get(key) or (key.replace("_", " ") if "threshold" in key else None)
        if label and isinstance(value, (int, float, str)) and not isinstance(value, bool):
            shown = f"{value:g}" if isinstance(value, float) else str(value)
            found.append((label, shown))
    return found


def _matched_text(finding: Finding, text: str | None) -> str:
    """The document's own words for the match (the excerpt may be shortened)."""
    if text is not None and finding.start is not None and finding.end is not None:
        if 0 <= finding.start < finding.end <= len(text):
            return text[finding.start : finding.end]
    return finding.excerpt


def _highlights(findings: Sequence[Finding], anchors: dict[str, str], length: int) -> list[Highlight]:
    """Every span to highlight: each finding's match and each risk factor found, in text order."""
    spans: list[tuple[int, int, Finding, str | None, str | None, str]] = []

    def usable(start: Any, end: Any) -> bool:
        return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length

    for finding in findings:
        placed = finding.status.value not in ("missing", "not-applicable")
        # (a missing rule has nothing in the text: a stray offset would mislead)
        if placed and usable(finding.start, finding.end):
            spans.append((finding.start, finding.end, finding, None, None, finding.status.value))
        for aside in finding.details.get("set_aside", []) or []:
            if isinstance(aside, dict) and usable(aside.get("start"), aside.get("end")):
                reason = str(aside.get("reason") or "not counted")
                spans.append((aside["start"], aside["end"], finding, f"set aside: {reason}", "set-aside",
                              "set-aside"))
        for factor in (finding.details.get("factors", []) or []) if placed else []:
            if isinstance(factor, dict) and usable(factor.get("start"), factor.get("end")):
                name = str(factor.get("name") or factor.get("id") or "factor")
                status = str(factor.get("status") or finding.status.value)
                spans.append((factor["start"], factor["end"], finding, name,
                              str(factor.get("id") or name), status))
    spans.sort(key=lambda s: (s[0], -s[1]))

    def contains(outer: tuple, inner: tuple) -> bool:
        return outer[0] <= inner[0] and inner[1] <= outer[1] and inner[1] - inner[0] < outer[1] - outer[0]

    # "risk-factors" alone would not say whether the US pack's or the company's rule is meant.
    short = {f.rule: f.rule.rsplit(".", 1)[-1] for f in findings}
    clashes = {name for name in short.values() if list(short.values()).count(name) > 1}
    return [
        Highlight(n, start, end, f.rule, status, anchors[f.rule], factor, factor_id,
                  container=any(contains((start, end), other[:2]) for other in spans),
                  name=factor_id or (f.rule if short[f.rule] in clashes else short[f.rule]))
        for n, (start, end, f, factor, factor_id, status) in enumerate(spans, 1)
    ]


def segments(text: str, highlights: Sequence[Highlight], page_starts: Sequence[int] = ()) -> list[Segment]:
    """Cut `text` at every highlight boundary (and page start); overlapping highlights simply
    both cover a run."""
    pages = {offset: n for n, offset in enumerate(page_starts, 1) if 0 <= offset < len(text)}
    bounds = sorted({0, len(text)} | {h.start for h in highlights} | {h.end for h in highlights} | set(pages))
    result = []
    for a, b in pairwise(bounds):
        marks = tuple(h for h in highlights if h.start <= a and b <= h.end)
        starts = tuple(h for h in highlights if h.start == a)
        result.append(Segment(text[a:b], marks, starts, pages.get(a)))
    return result or [Segment(text)]


def _card(finding: Finding, anchor: str, fail_on: str, text: str | None,
          highlights: list[Highlight], document: Document | None = None,
          approved: Sequence[str] = (), rule: explanation.Rule | None = None, legend: bool = True) -> CardView:
    status = finding.status.value
    details = finding.details or {}
    matched = _matched_text(finding, text)
    line = None
    if finding.approved and matched.strip() and status not in ("missing", "not-applicable"):
        line = redline(finding.approved, matched)
    factors = []
    own = [h for h in highlights if h.rule == finding.rule]
    by_factor = {h.factor_id: h for h in own if h.factor_id}
    for factor in details.get("factors", []) or []:
        if not isinstance(factor, dict):
            continue
        name = str(factor.get("name") or factor.get("id") or "")
        fstatus = str(factor.get("status") or "")
        factors.append(FactorView(
            id=str(factor.get("id") or ""),
            name=name,
            status=fstatus,
            status_label=STATUS_LABELS.get(fstatus, fstatus),
            score=_score(factor.get("score")),
            excerpt=str(factor.get("excerpt") or ""),
            highlight=by_factor.get(str(factor.get("id") or factor.get("name") or "factor")),
        ))
    count_text = ""
    if "count" in details and "required" in details:
        count_text = f"{details['count']} found, {details['required']} required"
    location = finding.location.describe() if finding.location else ""
    found = explanation.quote(finding, document) if status not in ("missing", "not-applicable") else None
    return CardView(
        anchor=anchor,
        rule=finding.rule,
        title=explanation.title_words(finding),
        severity=finding.severity.value,
        status=status,
        status_label=explanation.status_words(finding),
        symbol=STATUS_SYMBOLS.get(status, "?"),
        is_problem=finding.status.is_problem,
        blocks=finding.fails(fail_on),
        tone=_tone(finding, fail_on),
        message=finding.message,
        basis=finding.basis,
        basis_url=_basis_url(finding.basis),
        score=_score(finding.score),
        location=location,
        notes=explanation.shown_notes(finding),
        excerpt=finding.excerpt,
        approved=finding.approved,
        redline=line,
        highlights=[h for h in own if not h.factor],
        factors=factors,
        count_text=count_text,
        items=[str(i) for i in details.get("items", []) or [] if isinstance(i, str)],
        thresholds=_thresholds(details),
        explanation=explanation.explain(finding, document, rule),
        quote=found,
        detail=explanation.detail_line(finding),
        where=explanation.where(finding, document, rule, legend),
        looked=explanation.looked_in(finding, document, rule),
        suggestion=explanation.suggestion(finding, approved),
    )


def _tone(finding: Finding, fail_on: str) -> str:
    """The card's colour family; the status word and symbol say the same in text."""
    if finding.fails(fail_on):
        return "block"
    if finding.status.is_problem:
        return "review"
    return "ok" if finding.status is Status.MET else "quiet"


def _group_of(status: str) -> int:
    for n, (_, _, statuses) in enumerate(GROUPS):
        if status in statuses:
            return n
    return len(GROUPS)


def _sort_key(finding: Finding, position: int) -> tuple[int, int, int, int]:
    """Problems first, most severe first, then in reading order (an element with no place in
    the text after those with one, in pack order)."""
    group = _group_of(finding.status.value)
    severity = -finding.severity.rank if finding.status.is_problem else 0
    where = finding.start
    if where is None:
        near = (finding.details or {}).get("closest")
        where = near.get("start") if isinstance(near, dict) and isinstance(near.get("start"), int) else None
    return (group, severity, where if where is not None else 1 << 62, position)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _banner(doc: DocumentResult, anchors: dict[str, str]) -> Banner:
    counts = doc.counts()
    fail_on = doc.fail_on
    at_or_above = [
        (sev, counts.get(sev, 0), fail_on != "never" and Severity(sev).rank >= Severity(fail_on).rank)
        for sev in SEVERITIES
    ]
    ranked = sorted(enumerate(doc.findings), key=lambda pair: _sort_key(pair[1], pair[0]))
    blocking = [f for _, f in ranked if f.fails(fail_on)]
    minor = sum(counts.values()) - len(blocking)
    level = f"\u201c{fail_on}\u201d"
    review = ""
    if doc.verdict == "error":
        headline = "Not checked"
        why = f"The document could not be read: {doc.error}"
    elif doc.verdict == "fail":
        headline = "Not ready to release"
        why = (f"{_plural(len(blocking), 'element')} at or above the {level} level "
                       f"{'blocks' if len(blocking) == 1 else 'block'} release:")
    elif fail_on == "never":
        headline = "Report only"
        why = "With --fail-on never, findings are reported but never fail the document."
    else:
        headline = "No blocking problems"
        why = f"Every element at or above the {level} level was found as required."
    if doc.verdict != "error" and minor:
        kind = "" if fail_on == "never" else "lower-severity "
        review = f"{_plural(minor, kind + 'item')} to review in the checklist."
    return Banner(
        verdict=doc.verdict,
        headline=headline,
        explanation=why,
        review=review,
        counts=at_or_above,
        fail_on=fail_on,
        fail_on_text=FAIL_ON_TEXT.get(fail_on, fail_on),
        met=sum(1 for f in doc.findings if f.status is Status.MET),
        total=len(doc.findings),
        blocking=[(explanation.title_words(f), anchors[f.rule], explanation.status_words(f)) for f in blocking],
    )


def _pack(pack: PackInfo) -> PackView:
    return PackView(pack.id, pack.title, pack.version, [(str(p), str(h)) for p, h in pack.files])


def provenance(result: Result, version: str, when: datetime,
               doc: DocumentResult | None = None) -> Provenance:
    # Rules that share their thresholds share a row: most of a pack's rules have the same two.
    grouped: dict[str, list[str]] = {}
    if doc is not None:
        for finding in doc.findings:
            settings = _thresholds(finding.details or {})
            if settings:
                grouped.setdefault("; ".join(f"{k.lower()} {v}" for k, v in settings), []).append(finding.rule)
    thresholds = [(", ".join(rules), settings) for settings, rules in grouped.items()]
    document = doc.document if doc is not None else None
    return Provenance(
        version=version or "unknown",
        generated=when.isoformat().replace("+00:00", "Z"),
        generated_display=when.strftime("%Y-%m-%d %H:%M UTC"),
        pack=_pack(result.pack),
        fail_on=doc.fail_on if doc is not None else result.fail_on,
        document_path=doc.path if doc is not None else "",
        document_sha256=document.sha256 if document is not None else "",
        document_format=document.format if document is not None else "",
        thresholds=thresholds,
    )


def document_view(result: Result, doc: DocumentResult, *, version: str, when: datetime,
                  page_name: str = "", index_href: str | None = None, note: str = "") -> DocumentView:
    """The page model for one document of `result`."""
    anchors: dict[str, str] = {}
    for finding in doc.findings:
        base = f"card-{slug(finding.rule)}"
        anchor, n = base, 2
        while anchor in anchors.values():
            anchor, n = f"{base}-{n}", n + 1
        anchors.setdefault(finding.rule, anchor)
    text = doc.document.text if doc.document is not None else None
    highlights = _highlights(doc.findings, anchors, len(text)) if text is not None else []
    ordered = [f for _, f in sorted(
        ((_sort_key(f, i), f) for i, f in enumerate(doc.findings)), key=lambda pair: pair[0])]
    approved = [f.approved for f in doc.findings if f.approved]
    rules = explanation.rule_index(result.pack.rules)
    legend = explanation.has_legend(doc.findings)
    cards = [_card(f, anchors[f.rule], doc.fail_on, text, highlights, doc.document, approved, rules.get(f.rule), legend)
             for f in ordered]
    groups = []
    for key, title, statuses in GROUPS:
        members = [c for c in cards if c.status in statuses]
        if members:
            groups.append(CardGroup(key, title, members))
    others = [c for c in cards if c.status not in STATUS_ORDER]
    if others:
        groups.append(CardGroup("other", "Other", others))
    fmt = doc.document.format if doc.document is not None else ""
    pages = doc.document.page_starts if doc.document is not None else []
    return DocumentView(
        title=PurePath(doc.path).name or doc.path,
        path=shown_path(doc.path),
        page_name=page_name,
        banner=_banner(doc, anchors),
        groups=groups,
        segments=segments(text, highlights, pages) if text is not None else [],
        text_style="fixed" if fmt == "text" else "prose",
        highlights=highlights,
        provenance=provenance(result, version, when, doc),
        warnings=list(doc.document.warnings) if doc.document is not None else [],
        error=doc.error,
        index_href=index_href,
        note=note,
        review=ReviewRecord(result.pack.id, result.pack.version, when.strftime("%Y-%m-%d"),
                            _waivers(doc.findings)),
    )


_MAX_STEM = 120


class PageNamer:
    """One distinct, readable file name per document, a document at a time ("index.html" stays
    free): "x.html" gets "x-html.html", not "x.html.html"; a name too long for a file system
    (255 bytes) is cut and made unique by a hash of the whole path."""

    def __init__(self) -> None:
        self._taken = {"index.html"}

    def name(self, path: str) -> str:
        stem = slug(PurePath(path).name or "document")
        stem = re.sub(r"\.(x?html?)$", r"-\1", stem, flags=re.I)
        if len(stem) > _MAX_STEM:
            digest = hashlib.sha256(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:10]
            stem = f"{stem[:_MAX_STEM - 11].rstrip('.-')}-{digest}"
        name, n = f"{stem}.html", 2
        while name in self._taken:
            name, n = f"{stem}-{n}.html", n + 1
        self._taken.add(name)
        return name


def page_names(paths: Iterable[str]) -> list[str]:
    """The page names of a batch, in order (see `PageNamer`)."""
    namer = PageNamer()
    return [namer.name(path) for path in paths]


def index_view(result: Result, names: Sequence[str], *, version: str, when: datetime) -> IndexView:
    """The batch overview: one row per document."""
    rows = [
        IndexRow(
            path=shown_path(doc.path),
            href=name,
            verdict=doc.verdict,
            counts=doc.counts(),
            met=sum(1 for f in doc.findings if f.status is Status.MET),
            total=len(doc.findings),
            error=doc.error,
            problems=_problems(doc),
        )
        for doc, name in zip(result.documents, names, strict=True)
    ]
    # Server-side order, so the page needs no script to read worst first: failures, then files
    # that could not be read, then passes; by path within each.
    rows.sort(key=lambda row: (VERDICT_ORDER.get(row.verdict, 3), row.path))
    summary = result.summary
    # Failures weigh most: a run with failures and an unreadable file is a failing run.
    verdict = "fail" if summary["failed"] else "error" if summary["errors"] else "pass"
    count = summary["documents"]
    parts = []
    for key, words in (("failed", "failed"), ("errors", "could not be read"), ("passed", "passed")):
        if summary[key]:
            parts.append(f"{summary[key]} {words}")
    headline = " \u00b7 ".join(parts) or "no documents"
    return IndexView(
        title=f"Safe-harbor check: {count} document{'s' if count != 1 else ''}",
        rows=rows,
        summary=summary,
        verdict=verdict,
        headline=headline,
        fail_on=result.fail_on,
        fail_on_text=FAIL_ON_TEXT.get(result.fail_on, result.fail_on),
        provenance=provenance(result, version, when),
    )
