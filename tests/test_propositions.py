"""The default pack's elements read as propositions (data/propositions.yaml): other wording of
the same statement is met, a sentence that says the opposite is violated (contradicted), a
sentence about something else does not count."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import fslcheck

CASES = yaml.safe_load((Path(__file__).parent / "data" / "propositions.yaml").read_text(encoding="utf-8"))
OPENING = "Forward-Looking Statements\n\nThis release contains forward-looking statements. "


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack()


def _id(case: dict) -> str:
    return f"{case['rule']}-{case['status']}-{case['text'][:50]}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_proposition_case(pack, case):
    text = (OPENING if case.get("prefix", True) else "") + case["text"]
    finding = next(f for f in pack.check_text(text).findings if f.rule == f"pslra.{case['rule']}")
    status = finding.status.value
    expected = case["status"]
    if expected == "not-met":
        assert status in ("missing", "weak"), (status, finding.details, finding.notes)
    else:
        assert status == expected, (status, finding.details, finding.notes)
    if expected == "violated":
        assert finding.details["polarity"] in ("negated", "reversed", "open-ended")
        assert finding.details["polarity_cue"] and finding.notes
    if expected == "met" and "parts" in finding.details:
        assert finding.details["polarity"] == "affirmed"
