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
- with the evidence and the reviewed carriers deleted, at least 97% must turn missing or weak.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

import fslcheck
from fslcheck.documents import load_path
from fslcheck.normalise import canonical_phrase, canonicalise

from .corpus_support import CORPUS, labels, require_corpus

TARGET = 0.97  # issue 4
FLOOR = 0.85  # the literal share (second carriers left in): a regression guard
CARRIERS = Path(__file__).parent / "data" / "second_carriers.yaml"
_PAGE_MARKER = re.compile(r"<PAGE>\s*\d*", re.IGNORECASE)


def occurrences(text: str, quoted: str) -> list[tuple[int, int]]:
    """Where a quoted sentence stands in the text, every time, compared as canonical text: the
    labels quote extraction damage as they saw it ("safe- harbor" at a PDF line end, an EDGAR
    "<PAGE>" marker inside a sentence) where fslcheck's loaders repaired it."""
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


@lru_cache(maxsize=1)
def _outcomes():
    """(name, element, met after deleting the evidence, met after deleting the carriers too,
    carriers not located) for every labelled element fslcheck finds, and the unlocated evidence."""
    require_corpus()
    pack = fslcheck.compile_pack()
    carriers = reviewed_carriers()
    outcomes, unlocated = [], []
    for label in labels():
        path = CORPUS / label["file"]
        try:
            document = load_path(str(path))[0]
        except Exception:  # a format without a loader: other tests report it
            continue
        findings = {f.rule: f for f in pack.check_document(document).findings}
        for element, expected in label["elements"].items():
            evidence = (expected or {}).get("evidence")
            rule = f"pslra.{element}"
            if not expected.get("present") or not evidence or findings[rule].status.value != "met":
                continue
            spans = occurrences(document.text, evidence)
            if not spans:
                unlocated.append((path.name, element))
                continue

            def still_met(text: str) -> tuple[bool, str]:
                finding = next(f for f in pack.check_text(text, path.name).findings if f.rule == rule)
                return finding.status.value == "met", finding.excerpt or ""

            reduced = without(document.text, spans)
            literal, excerpt = still_met(reduced)
            extra = carriers.get((path.name, element), [])
            carrier_spans = [span for quoted in extra for span in occurrences(reduced, quoted)]
            missing_carriers = [quoted for quoted in extra if not occurrences(reduced, quoted)]
            complete, _ = still_met(without(reduced, carrier_spans)) if extra else (literal, excerpt)
            outcomes.append((path.name, element, literal, complete, missing_carriers, excerpt[:160]))
    if not outcomes:
        pytest.skip("no labelled document could be loaded")
    return outcomes, unlocated


def test_literal_deletion_share_and_evidence_located():
    outcomes, unlocated = _outcomes()
    kept = [(name, element, excerpt) for name, element, literal, _, _, excerpt in outcomes if literal]
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
    unreviewed = [(name, element, excerpt) for name, element, literal, _, _, excerpt in outcomes
                  if literal and (name, element) not in carriers]
    assert not unreviewed, ("met on a sentence nobody reviewed (a false carrier, or a legend saying "
                            f"it again: see data/second_carriers.yaml): {unreviewed}")
    unlocated = [(name, element, quoted) for name, element, _, _, missing, _ in outcomes for quoted in missing]
    assert not unlocated, f"reviewed carriers not found in the text: {unlocated}"


def test_deleting_every_carrier_unmeets_the_element():
    outcomes, _ = _outcomes()
    kept = [(name, element, excerpt) for name, element, _, complete, _, excerpt in outcomes if complete]
    share = 1 - len(kept) / len(outcomes)
    print(f"\nevidence and reviewed second carriers deleted: {len(outcomes) - len(kept)}/{len(outcomes)} "
          f"turned missing/weak ({share:.1%})")
    assert share >= TARGET, f"{share:.1%}; still met: {kept}"
