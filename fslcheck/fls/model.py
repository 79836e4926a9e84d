"""The forward-looking model: a logistic regression over `fslcheck.fls.features`, read from a file.

`model.json` (next to this module, for sentences read in their document, with context) and
`model-alone.json` (for a sentence given on its own, `fslcheck fls --one-per-line`) hold a bias, a weight per feature name, the decision
threshold and how they were chosen. It is written by `benchmarks/fls_train.py` from the TUNE
half of the labelled set (`benchmarks/fls/sentences.jsonl`), the regularisation and threshold
picked by cross-validation by company inside that half; nothing is downloaded or trained at run
time. Scoring a sentence is a sum of the weights of the features it has (a sparse dot product:
a feature the file gives no weight adds nothing). `meta["sample"]` keeps some training sentences'
features with scikit-learn's score for each, so that a test can check the file reproduces it.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from itertools import chain
from pathlib import Path

from .features import WeightedWords, word_tokens

MODEL_FILE = Path(__file__).with_name("model.json")  # for sentences read in their document
ALONE_FILE = Path(__file__).with_name("model-alone.json")  # for a sentence on its own (--one-per-line)


class Model:
    def __init__(self, data: dict) -> None:
        self.bias: float = float(data["bias"])
        self.threshold: float = float(data["threshold"])
        self.weights: dict[str, float] = {k: float(v) for k, v in data["weights"].items()}
        # the named features (cues, context, shapes) explain a verdict; words only weigh
        self.named: dict[str, float] = {k: v for k, v in self.weights.items() if not k.startswith("w:")}
        self.meta: dict = data.get("meta", {})
        self.words = WeightedWords.of(self.weights)  # the only words worth building for this model
        # The same weights by word and by pair of words (`word_weights`: a sentence's words are
        # weighed without naming each as a feature). A zero weight adds nothing and is left out,
        # as `probability` leaves it out.
        self.single_weights: dict[str, float] = {}
        self.pair_weights: dict[tuple[str, str], float] = {}
        for name, weight in self.weights.items():
            if name.startswith("w:") and weight:
                first, space, second = name[2:].partition(" ")
                if space:
                    self.pair_weights[(first, second)] = weight
                else:
                    self.single_weights[first] = weight

    def contributions(self, names: list[str]) -> list[tuple[str, float]]:
        """The weighed named features of a sentence (words left out), the weightiest (either way)
        first."""
        named = self.named
        found = [(name, named[name]) for name in names if name in named]
        return sorted(found, key=lambda pair: -abs(pair[1]))

    def probability(self, names: list[str]) -> float:
        return _logistic(self.bias + sum(filter(None, map(self.weights.get, names))))  # a feature without a weight adds 0

    def probability_with_words(self, named: list[str], lower: str) -> float:
        """`probability(features(...))` from a sentence's named features (`named_features`,
        without repeats) and its lower-cased text: its words are weighed from `word_tokens`
        directly. The weights are added in the same order as `probability` adds them (the named
        features, then each weighed word at its first occurrence, then each weighed pair at its
        first), in one `sum`, so the score is the same float."""
        tokens = word_tokens(lower)
        singles = map(self.single_weights.get, dict.fromkeys(tokens))
        pairs = map(self.pair_weights.get, dict.fromkeys(zip(tokens, tokens[1:])))
        return _logistic(self.bias + sum(filter(None, chain(map(self.weights.get, named), singles, pairs))))


def _logistic(score: float) -> float:
    """The probability a score stands for (clamped: `math.exp` overflows past about 700)."""
    return 1.0 / (1.0 + math.exp(-max(min(score, 40.0), -40.0)))


@lru_cache(maxsize=2)
def load(alone: bool = False) -> Model:
    """The model shipped with fslcheck: for a sentence in its document, or (`alone`) on its own."""
    return Model(json.loads((ALONE_FILE if alone else MODEL_FILE).read_text(encoding="utf-8")))
