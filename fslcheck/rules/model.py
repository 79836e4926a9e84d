"""Rule packs as data: what a pack file says once it is loaded, merged and validated."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..result import PackInfo, Severity


@dataclass(frozen=True)
class Examples:
    """Texts a rule must find (`pass`) and must not find (`fail`), and `flip`s: a passing text
    edited to say the opposite ("should not differ materially"), which must not pass either;
    `fslcheck rules test` runs them."""

    passing: tuple[str, ...] = ()
    failing: tuple[str, ...] = ()
    flips: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    severity: Severity
    title: str
    message: str
    basis: str = ""
    scope: str = "document"  # "document" or "legend" (the safe-harbor section)
    approved: str | None = None
    options: dict[str, Any] = field(default_factory=dict)  # the kind's own keys, validated
    examples: Examples = Examples()
    origin: str = ""  # file:line where the rule was defined, for messages
    model: str | None = None  # a model clause: suggested wording for the report


@dataclass(frozen=True)
class RulePack:
    id: str
    title: str
    version: str
    jurisdiction: str
    rules: tuple[Rule, ...]
    files: tuple[tuple[str, str], ...]  # every file that went into it, with its SHA-256

    def info(self) -> PackInfo:
        rules: list[dict[str, Any]] = [
            {"id": r.id, "kind": r.kind, "title": r.title, "message": r.message, "basis": r.basis,
             "severity": r.severity.value, "scope": r.scope} for r in self.rules]
        for described, rule in zip(rules, self.rules):
            if isinstance(rule.options.get("parts"), dict):  # a proposition's parts, for "lacks 'materially'"
                described["parts"] = {str(k): [str(w) for w in v] for k, v in rule.options["parts"].items()
                                      if isinstance(v, (list, tuple))}
        return PackInfo(self.id, self.title, self.version, [tuple(f) for f in self.files], rules)

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)
