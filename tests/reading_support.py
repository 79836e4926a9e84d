"""The helpers of the tests that state how one sentence of a legend must read: the sentence is
set after a heading and an identification sentence (so it stands inside a legend), and the rule's
finding is compared with the status the case expects."""

from __future__ import annotations

from fslcheck import CompiledPack
from fslcheck.result import Finding

OPENING = "Forward-Looking Statements\n\nThis release contains forward-looking statements. "


def finding_of(pack: CompiledPack, text: str, rule: str) -> Finding:
    """The finding of `rule` (an id of the default pack without its "pslra." prefix) on `text`."""
    return next(f for f in pack.check_text(text).findings if f.rule == f"pslra.{rule}")


def assert_reading(pack: CompiledPack, rule: str, expected: str, sentence: str) -> None:
    """`sentence`, read after OPENING, gives `rule` the status `expected`; "not-met" accepts any
    status but met (a reversal may be read as violated or as missing)."""
    finding = finding_of(pack, OPENING + sentence, rule)
    status = finding.status.value
    if expected == "not-met":
        assert status != "met", (status, finding.details, finding.notes)
    else:
        assert status == expected, (status, finding.details, finding.notes)
