"""Rule kinds: one module each, listed in `KINDS` (the registry rule packs name them by).

See `fslcheck.checks.base` for what a kind module provides.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from ..rules.model import Rule
from . import (approved_text, factor_count, factor_list, fls_coverage, fls_staleness, forbidden_phrase, heading,
               legend_required, proposition, required_phrase)

KINDS = {
    module.KIND: module
    for module in (required_phrase, forbidden_phrase, factor_list, factor_count, heading, legend_required,
                   approved_text, proposition, fls_coverage, fls_staleness)
}

_COMPILED: OrderedDict[int, tuple[Rule, Any]] = OrderedDict()
_KEEP = 512  # rules; the built-in packs have about forty


def compiled(rule: Rule) -> Any:
    """The rule's checker (`KINDS[rule.kind].Checker(rule)`), made once per Rule object.

    A checker only reads its rule, so every pack that holds the same rule can share one: the pack
    loader compiles each rule to validate it, and the packs built on the default one (the oral
    pack, a company's pack) hold most of its rules unchanged. The cache keeps the rule itself, so
    that its id cannot be taken by another object while the entry lives."""
    key = id(rule)
    found = _COMPILED.get(key)
    if found is not None and found[0] is rule:
        _COMPILED.move_to_end(key)
        return found[1]
    checker = KINDS[rule.kind].Checker(rule)
    _COMPILED[key] = (rule, checker)
    if len(_COMPILED) > _KEEP:
        _COMPILED.popitem(last=False)
    return checker
