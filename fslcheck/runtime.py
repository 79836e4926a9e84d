"""Settings for a process fslcheck owns (`fslcheck check` and `fslcheck fls`, the `--jobs` workers),
never made by the library.

`settle()` is called once start-up is done (for `check`, the rule packs compiled), before the
first document is read. Python's
cyclic garbage collector then costs a run of many documents more than any single rule: reading a
document allocates tens of thousands of container objects (parse trees, token lists), every 700
allocations start a young collection, every tenth of those a middle one, and the oldest generation
(the compiled rule pack, the lexicon, the imported modules: some 60,000 objects) is walked again
whenever enough survivors pile up, about every eighth document of the corpus (measured ≈ 12
ms/document of collection, most of it in full collections during loading). Two changes:

- `gc.freeze()` moves everything alive at that point (the packs, the modules) out of the
  collector's sight: it is never garbage, and no full collection need walk it again;
- a larger young generation (`_YOUNG`) lets a document's short-lived objects die by reference
  counting before a collection looks at them, so far fewer collections run (the corpus: ≈ 1,400
  collections down to ≈ 20, ≈ 12 ms/document of collection down to ≈ 2).

Garbage in reference cycles is still collected, a little later: the peak memory of checking the
corpus in one process does not change measurably (tracemalloc: 92.7 MB before and after). A
library caller (`fslcheck.check`) keeps its own process's settings: only code that owns the
process calls this.
"""

from __future__ import annotations

import gc

_YOUNG = 50_000  # allocations between young collections (CPython's default: 700)


def settle() -> None:
    """Freeze what is alive now out of the collector's sight and enlarge its young generation
    (see the module docstring). Call once, after start-up (packs compiled), in a process that
    fslcheck owns."""
    # No `gc.collect()` first: it would cost every run ≈ 30 ms of start-up to free the little
    # garbage start-up leaves, which the freeze then keeps instead.
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(_YOUNG, middle, old)
