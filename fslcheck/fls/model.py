"""The forward-looking model: a logistic regression over `fslcheck.fls.features`, read from a file.

`model.json` (next to this module, for sentences read in their document, with context) and
`model-alone.json` (for a sentence given on its own, `fslcheck fls --one-per-line`) hold a bias, a weight per feature name, the decision
threshold and how they were chosen. It is written by `benchmarks/fls_train.py` from the TUNE
half of the labelled set (`benchmarks/fls/sentences.jsonl`), the regularisation and threshold
picked by cross-validation by company inside that half; nothing is downloaded or trained at run
time. Scoring a sentence is a sum of the weights of the features it has.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from itertools import repeat
from pathlib import Path

MODEL_FILE = Path(__file__).with_name("model.json")  # for sentences read in their document
ALONE_FILE = Path(__file__).with_name("model-alone.json")  # for a sentence on its own (--one-per-line)


class Model:
    def __init__(self, data: dict) -> None:
        self.bias: float = float(data["bias"])
        self.threshold: float = float(data["threshold"])
        self.weights: dict[str, float] = {k: float(v) for k, v in data["weights"].items()}
        self.meta: dict = data.get("meta", {})

    def contributions(self, names: list[str]) -> list[tuple[str, float]]:
        """The weighed features of a sentence, the weightiest (either way) first."""
        found = [(name, self.weights[name]) for name in names if name in self.weights]
        return sorted(found, key=lambda pair: -abs(pair[1]))

    def probability(self, names: list[str]) -> float:
        score = self.bias + sum(map(self.weights.get, names, repeat(0.0)))  # the weights' sum, in order
        return 1.0 / (1.0 + math.exp(-max(min(score, 40.0), -40.0)))


@lru_cache(maxsize=2)
def load(alone: bool = False) -> Model:
    """The model shipped with fslcheck: for a sentence in its document, or (`alone`) on its own."""
    return Model(json.loads((ALONE_FILE if alone else MODEL_FILE).read_text(encoding="utf-8")))
