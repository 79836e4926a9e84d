"""The closest wording a missing or weak element offers (`details["closest"]`) is a near miss of
that element: it has the element's key words (the rule's `near_miss`), never an unrelated
sentence of the legend."""

from __future__ import annotations

import pytest

import fslcheck
from fslcheck.errors import RuleError
from fslcheck.rules.loader import load_pack

OPENING = "Forward-Looking Statements\n\nThis release contains forward-looking statements. "


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack("us-pslra")


def _finding(pack, text: str, rule: str):
    return next(f for f in pack.check_text(OPENING + text).findings if f.rule == f"pslra.{rule}")


def test_near_miss_of_differ_materially_is_offered_with_what_it_lacks(pack):
    finding = _finding(pack, "These statements involve risks, and actual results may differ from our plans.",
                       "differ-materially")
    assert finding.status.value == "missing"
    closest = finding.details["closest"]
    assert "actual results may differ" in closest["excerpt"]
    assert closest["lacks_parts"] == ["degree"]


@pytest.mark.parametrize("rule, unrelated", [
    # an all-caps tax sentence has "will", a duty word, but says nothing of updating
    ("no-update", "THE COMPANY'S FUTURE TAX RATE WILL BE SIGNIFICANTLY IMPACTED BY ITS FOREIGN PROFITS."),
    ("no-update", "This call will also reference non-GAAP amounts."),
    # "relies" without the statements it would caution about
    ("undue-reliance", "Our smart speaker relies on computational audio to produce its sound."),
    # "as of" a date, but about debt, not about the statements
    ("as-of-date", "A 100 basis point increase in rates on this debt as of June 30, 2024 would change interest expense."),
    # results and a degree word, but no "differ" (or "vary")
    ("differ-materially", "Our results were significant for the quarter."),
])
def test_an_unrelated_sentence_is_never_the_closest_wording(pack, rule, unrelated):
    text = "Actual results could differ materially from those projected. " + unrelated
    if rule == "differ-materially":
        text = unrelated + " Risks are described in our Form 10-K."
    finding = _finding(pack, text, rule)
    assert finding.status.value == "missing"
    closest = finding.details.get("closest")
    assert closest is None or unrelated[:30] not in closest["excerpt"], closest


def test_a_genuine_near_miss_of_no_update_is_still_offered(pack):
    finding = _finding(pack, "We may update these statements from time to time.", "no-update")
    assert finding.status.value in ("missing", "violated")
    if finding.status.value == "missing":
        assert "update" in finding.details["closest"]["excerpt"]


def test_a_fuzzy_match_without_key_words_is_not_weak(pack):
    # The heading aligns fuzzily with a phrase of the SEC-filings pointer, but names no filing.
    text = ("Cautionary Statement Regarding Forward-Looking Information\n\n"
            "This release contains forward-looking statements. Actual results could differ materially.")
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.sec-filings")
    assert finding.status.value == "missing"
    assert "closest" not in finding.details


NEAR_MISS_PACK = """
id: near-miss-test
title: near_miss
version: "1"
rules:
  - id: x.update
    kind: proposition
    title: No update
    message: Say you will not update.
    severity: warning
    polarity: negative
    parts:
      duty: [obligation, =will]
      update: [update, revise]
    forms: ["duty + update"]
    near_miss: [{entry}]
"""


def test_near_miss_must_name_parts_the_rule_defines(tmp_path):
    path = tmp_path / "pack.yaml"
    path.write_text(NEAR_MISS_PACK.format(entry="updat"), encoding="utf-8")
    with pytest.raises(RuleError, match="near_miss"):
        fslcheck.compile_pack(load_pack([str(path)]))


def test_without_near_miss_any_half_of_a_form_is_offered(tmp_path):
    # The pack key is optional: a pack that does not say keeps the closest half-form wording.
    path = tmp_path / "pack.yaml"
    path.write_text(NEAR_MISS_PACK.replace("    near_miss: [{entry}]\n", ""), encoding="utf-8")
    compiled = fslcheck.compile_pack(load_pack([str(path)]))
    finding = compiled.check_text("This call will reference non-GAAP amounts.").findings[0]
    assert finding.status.value == "missing"
    assert "non-GAAP" in finding.details["closest"]["excerpt"]
    path.write_text(NEAR_MISS_PACK.format(entry="update"), encoding="utf-8")
    compiled = fslcheck.compile_pack(load_pack([str(path)]))
    finding = compiled.check_text("This call will reference non-GAAP amounts.").findings[0]
    assert "closest" not in finding.details
