"""Each rule kind on passing and failing texts, from the YAML fixtures in data/kind_cases.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from fslcheck.checks import KINDS
from fslcheck.checks.base import CheckContext
from fslcheck.documents.model import sha256_of
from fslcheck.documents.text import from_text
from fslcheck.result import Severity
from fslcheck.rules.model import Rule

CASES = yaml.safe_load((Path(__file__).parent / "data" / "kind_cases.yaml").read_text(encoding="utf-8"))


def run_rule(rule_data: dict, text: str):
    options = dict(rule_data)
    kind = KINDS[options.pop("kind")]
    rule = Rule(id="t.rule", kind=kind.KIND, severity=Severity.ERROR, title="T", message="M",
                scope=options.pop("scope", "document"), approved=options.pop("approved", None),
                options=options)
    context = CheckContext(from_text(text, "case.txt", sha256_of(text.encode())))
    return kind.Checker(rule).check(context)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_kind_case(case):
    finding = run_rule(case["rule"], case["text"])
    assert finding.status.value == case["status"], (finding.score, finding.details)
    if "count" in case:
        assert finding.details["count"] == case["count"], finding.details
    located = finding.status.value == "violated" or (
        finding.status.value == "met" and case["rule"]["kind"] != "forbidden-phrase")
    if located:
        assert finding.start is not None and finding.excerpt
        assert case["text"][finding.start:finding.end].strip()
