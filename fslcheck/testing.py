"""Test a rule pack by its own examples (the way sqlfluff tests rules with YAML fixtures).

Every rule may list `examples: {pass: [...], fail: [...], flip: [...]}`: a `pass` text must leave
the rule without a problem (status met), a `fail` text must give it one (missing, weak or
violated), and so must a `flip`, a passing text edited to say the opposite.
`fslcheck rules test PACK` runs them; pack authors can also call `example_failures` from pytest::

    import pytest
    from fslcheck.testing import example_cases, check_example

    @pytest.mark.parametrize("case", example_cases("rules/my-company.yaml"), ids=str)
    def test_my_pack(case):
        check_example(case)
"""

from __future__ import annotations

from dataclasses import dataclass

from .engine import CompiledPack
from .result import Status
from .rules.loader import load_pack
from .rules.model import RulePack


@dataclass(frozen=True)
class ExampleCase:
    pack: CompiledPack
    rule_id: str
    expect_pass: bool
    text: str
    index: int
    flip: bool = False  # a passing text edited to say the opposite: it must not pass

    def __str__(self) -> str:
        label = "flip" if self.flip else ("pass" if self.expect_pass else "fail")
        return f"{self.rule_id}:{label}[{self.index}]"


def example_cases(pack: str | list[str] | RulePack) -> list[ExampleCase]:
    """One case per example of every rule of the pack."""
    compiled = CompiledPack(pack if isinstance(pack, RulePack) else load_pack(pack))
    cases = []
    for rule in compiled.pack.rules:
        cases += [ExampleCase(compiled, rule.id, True, t, i) for i, t in enumerate(rule.examples.passing)]
        cases += [ExampleCase(compiled, rule.id, False, t, i) for i, t in enumerate(rule.examples.failing)]
        cases += [ExampleCase(compiled, rule.id, False, t, i, flip=True) for i, t in enumerate(rule.examples.flips)]
    return cases


def run_example(case: ExampleCase) -> str | None:
    """None when the example behaves as declared; otherwise what went wrong."""
    # the rule alone, not its neighbours (nor their cost: a pack of N rules would check N x N)
    result = case.pack.check_text(case.text, path=str(case), gates=False, only=case.rule_id)
    finding = next(f for f in result.findings if f.rule == case.rule_id)
    passed = not finding.status.is_problem
    if passed == case.expect_pass:
        return None
    expected = "pass (met)" if case.expect_pass else "fail (a problem)"
    return (f"{case}: expected to {expected}, got {finding.status.value}"
            f"{f' (score {finding.score})' if finding.score is not None else ''}: {case.text[:80]!r}")


def check_example(case: ExampleCase) -> None:
    """Assert an example case (for pytest)."""
    problem = run_example(case)
    assert problem is None, problem


__all__ = ["ExampleCase", "example_cases", "run_example", "check_example", "Status"]
