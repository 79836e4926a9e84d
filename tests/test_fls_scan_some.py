"""`Scan.some` judges a few sentences as judging the document in order (`Scan.upto`) does."""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

from fslcheck.documents import load_path
from fslcheck.fls.scan import Scan

from .corpus_support import CORPUS, TEXT_SUFFIXES, require_corpus

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from split import half  # noqa: E402

_LIST = """Acme Reports Results

Acme Corp. today reported results for the quarter. Revenue was $5.0 million.

For fiscal 2026 the company expects:
• revenue of $20 million to $22 million;
• gross margin of approximately 40 percent; and
• capital expenditures of $3 million.

The company also plans to launch two new products in 2026. It opened a plant in 2024.

Looking ahead, we will:
continue to expand our manufacturing capacity
reduce debt by $5 million

About Acme
Acme makes widgets. Acme will hold a conference call on March 3, 2025.
"""


def _agree(text: str, wanted_share: float, seed: int, release: date | None = None) -> int:
    """Ask `some` for random sentences (sparsely, so that runs start inside the document) and
    compare with the verdicts of judging the whole document in order; the count compared."""
    full = Scan(text, release_date=release).all()
    rng = random.Random(seed)
    asked = [i for i in range(len(full)) if not full[i].in_legend and rng.random() < wanted_share]
    scan = Scan(text, release_date=release)
    got = scan.some(asked)
    assert sorted(got) == asked
    for i in asked:
        assert got[i] == full[i], (i, full[i].sentence.text, full[i].verdict, got[i].verdict)
    # reading on in order takes in what `some` judged: the same verdicts for every sentence
    assert scan.all() == full
    return len(asked)


def test_list_items_and_lead_ins_are_judged_with_the_list_open():
    """An item of a forward-looking list is judged forward-looking because its lead-in is: asked
    alone, it is judged with the run from the lead-in."""
    full = Scan(_LIST, release_date=date(2025, 2, 1)).all()
    items = [i for i, j in enumerate(full) if "list-item" in j.verdict.cues]
    assert items  # (the case this test is about)
    for i in range(len(full)):
        assert Scan(_LIST, release_date=date(2025, 2, 1)).some([i])[i] == full[i], full[i].sentence.text
    for seed in range(20):
        _agree(_LIST, 0.3, seed, date(2025, 2, 1))


def test_some_agrees_with_upto_on_tune_documents():
    require_corpus()
    paths = sorted(p for p in (CORPUS / "releases").iterdir()
                   if p.suffix in TEXT_SUFFIXES and half(p.name) == "tune")[::3]
    compared = 0
    for seed, path in enumerate(paths):
        for document in load_path(str(path)):
            compared += _agree(document.text, 0.1, seed)
    assert compared > 100


def test_some_after_upto_reads_the_judged_prefix():
    scan = Scan(_LIST)
    judged = scan.upto(5)
    assert scan.some([1, 3]) == {1: judged[1], 3: judged[3]}
    assert scan.some([]) == {}
