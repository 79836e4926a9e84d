"""Rule kinds: one module each, listed in `KINDS` (the registry rule packs name them by).

See `fslcheck.checks.base` for what a kind module provides.
"""

from __future__ import annotations

from . import (approved_text, factor_count, factor_list, fls_coverage, fls_staleness, forbidden_phrase, heading,
               legend_required, proposition, required_phrase)

KINDS = {
    module.KIND: module
    for module in (required_phrase, forbidden_phrase, factor_list, factor_count, heading, legend_required,
                   approved_text, proposition, fls_coverage, fls_staleness)
}
