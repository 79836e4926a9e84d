"""Evidence exactness: a `met` finding rests on the sentence that carries the element.

For every labelled element that fslcheck finds (`met`), the label's evidence sentence is deleted
from the document's text (every occurrence of it) and the text checked again. Issue 4 asks that
the element then turns `missing` or `weak` in at least 97% of cases.

Some legends say an element twice (Axon's "Section 27A … Section 21E" beside its PSLRA sentence,
Wells Fargo's two legend passages). The labels quote one sentence per element, so deleting it
rightly leaves the element `met` there. Those second sentences were reviewed one by one against
the labelling guide and are listed, with the reason, in `data/second_carriers.yaml`:

- the literal share (label evidence deleted only) is printed and kept above a floor;
- every case that stays `met` must be a reviewed one: an unreviewed one is either a legend saying
  it again (review it and list it) or a false carrier (fix fslcheck);
- with the evidence and the reviewed carriers deleted, at least 97% must turn missing or weak,
  and the deletion must leave the other elements alone (an element whose own evidence overlaps
  the deleted sentence may go with it: one sentence can carry two elements).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

import fslcheck
from fslcheck.documents import load_path
from fslcheck.normalise import canonical_phrase, canonicalise
from fslcheck.result import Finding

from .corpus_support import CORPUS, labels, require_corpus

TARGET = 0.97  # issue 4
FLOOR = 0.85  # the literal share (second carriers left in): a regression guard
CARRIERS = Path(__file__).parent / "data" / "second_carriers.yaml"
_PAGE_MARKER = re.compile(r"<PAGE>\s*\d*", re.IGNORECASE)


def occurrences(text: str, quoted: str) -> list[tuple[int, int]]:
    """Where a quoted sentence stands in the text, every time (whitespace may differ); failing
    that, compared as canonical text: the labels quote extraction damage as they saw it ("safe-
    harbor" at a PDF line end, an EDGAR "<PAGE>" marker inside a sentence) where fslcheck's
    loaders repaired it."""
    verbatim = r"\s+".join(re.escape(word) for word in quoted.split())
    found = [m.span() for m in re.finditer(verbatim, text)]
    if found:
        return found
    canonical = canonicalise(text)
    wanted = canonical_phrase(_PAGE_MARKER.sub(" ", quoted))
    pattern = r"\s+".join(re.escape(word) for word in wanted.split())
    return [canonical.to_source(m.start(), m.end()) for m in re.finditer(pattern, canonical.text)]


def without(text: str, spans: list[tuple[int, int]]) -> str:
    for start, end in sorted(set(spans), reverse=True):
        text = text[:start] + text[end:]
    return text


def reviewed_carriers() -> dict[tuple[str, str], list[str]]:
    entries = yaml.safe_load(CARRIERS.read_text(encoding="utf-8"))
    return {(entry["file"], entry["element"]): entry["carriers"] for entry in entries}


@dataclass
class Outcome:
    name: str
    element: str
    literal: bool  # still met with the label's evidence deleted
    complete: bool  # still met with the reviewed second carriers deleted too
    excerpt: str  # what it rests on after the literal deletion
    collateral: list[str]  # other elements the deletion unmet (their own evidence left in place)
    carriers_not_found: list[str]


@lru_cache(maxsize=1)
def _outcomes() -> tuple[list[Outcome], list[tuple[str, str]]]:
    """An Outcome for every labelled element fslcheck finds, and the evidence not located."""
    require_corpus()
    # the legend's elements only: the body's forward-looking scan (fls-coverage) decides none of
    # them and would be half of every one of the thousand checks below
    pack = fslcheck.compile_pack().without("fls-coverage")
    carriers = reviewed_carriers()
    outcomes, unlocated = [], []
    for label in labels():
        path = CORPUS / label["file"]
        try:
            document = load_path(str(path))[0]
        except Exception:  # a format without a loader: other tests report it
            continue

        def check(text: str) -> dict[str, Finding]:
            return {f.rule.removeprefix("pslra."): f for f in pack.check_text(text, path.name).findings}

        before = check(document.text)
        evidence = {element: occurrences(document.text, expected["evidence"])
                    for element, expected in label["elements"].items()
                    if expected.get("present") and expected.get("evidence")}
        for element, spans in evidence.items():
            if before[element].status.value != "met":
                continue
            if not spans:
                unlocated.append((path.name, element))
                continue
            reduced = without(document.text, spans)
            after = check(reduced)
            # An element whose own evidence overlaps the deleted sentence may go with it (one
            # sentence can carry two elements); any other that goes is collateral damage.
            collateral = [other for other, other_spans in evidence.items()
                          if other != element and before[other].status.value == "met"
                          and after[other].status.value != "met" and not _overlap(spans, other_spans)]
            extra = carriers.get((path.name, element), [])
            found = [span for quoted in extra for span in occurrences(reduced, quoted)]
            complete = after[element].status.value == "met"
            if extra:
                complete = check(without(reduced, found))[element].status.value == "met"
            outcomes.append(Outcome(
                path.name, element, after[element].status.value == "met", complete,
                (after[element].excerpt or "")[:160], collateral,
                [quoted for quoted in extra if not occurrences(reduced, quoted)]))
    if not outcomes:
        pytest.skip("no labelled document could be loaded")
    return outcomes, unlocated


def _overlap(spans: list[tuple[int, int]], others: list[tuple[int, int]]) -> bool:
    return any(a < d and c < b for a, b in spans for c, d in others)


def test_literal_deletion_share_and_evidence_located():
    outcomes, unlocated = _outcomes()
    kept = [(o.name, o.element, o.excerpt) for o in outcomes if o.literal]
    share = 1 - len(kept) / len(outcomes)
    print(f"\nevidence deleted: {len(outcomes) - len(kept)}/{len(outcomes)} turned missing/weak ({share:.1%}); "
          f"evidence not located: {len(unlocated)}")
    for case in kept:
        print("  still met:", *case)
    assert share >= FLOOR, f"only {share:.1%} turned missing/weak; still met: {kept}"
    # Evidence is copied from the document, so nearly all of it must be locatable.
    assert len(unlocated) <= max(2, len(outcomes) // 20), f"evidence not found in the text: {unlocated}"


def test_every_element_left_met_rests_on_a_reviewed_second_carrier():
    outcomes, _ = _outcomes()
    carriers = reviewed_carriers()
    unreviewed = [(o.name, o.element, o.excerpt) for o in outcomes
                  if o.literal and (o.name, o.element) not in carriers]
    assert not unreviewed, ("met on a sentence nobody reviewed (a false carrier, or a legend saying "
                            f"it again: see data/second_carriers.yaml): {unreviewed}")
    unlocated = [(o.name, o.element, quoted) for o in outcomes for quoted in o.carriers_not_found]
    assert not unlocated, f"reviewed carriers not found in the text: {unlocated}"


def test_deleting_every_carrier_unmeets_exactly_that_element():
    outcomes, _ = _outcomes()
    kept = [(o.name, o.element, o.excerpt) for o in outcomes if o.complete]
    collateral = [(o.name, o.element, o.collateral) for o in outcomes if o.collateral]
    exact = sum(1 for o in outcomes if not o.complete and not o.collateral)
    share = exact / len(outcomes)
    print(f"\nevidence and reviewed second carriers deleted: {len(outcomes) - len(kept)}/{len(outcomes)} "
          f"turned missing/weak; {len(collateral)} deletions also unmet another element; "
          f"exactly that element: {exact}/{len(outcomes)} ({share:.1%})")
    for case in collateral:
        print("  collateral:", *case)
    assert share >= TARGET, f"{share:.1%}; still met: {kept}; collateral: {collateral}"
