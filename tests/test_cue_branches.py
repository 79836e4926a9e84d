"""A cue pattern searched alternative by alternative finds what the whole pattern finds.

`fslcheck.fls.cues.fired_many` searches each top-level alternative of a cue with its own literal
plan (`_branches`); a sentence has the cue when one alternative matches it. These tests hold the
split to the source it was read from, and the alternatives' searches to the whole pattern's, on
made-up patterns and every cue pattern over hostile and corpus-like text. (That a document's cues
at once are each sentence's cues is tested in `test_cue_literals.py`.)
"""

from __future__ import annotations

import random
import re

import pytest

from fslcheck.fls import cues

SPLITS = [
    ("a|b", ["a", "b"]),
    ("a", ["a"]),
    ("", [""]),
    (r"a(?:b|c)|d", ["a(?:b|c)", "d"]),
    (r"[|]x|y", ["[|]x", "y"]),
    (r"[]|]x|y", ["[]|]x", "y"]),
    (r"[^]|]x|y", ["[^]|]x", "y"]),
    (r"\|x|y", [r"\|x", "y"]),
    (r"\\|y", ["\\\\", "y"]),
    (r"(?<![a-z])x|(?=y|z)w|v", ["(?<![a-z])x", "(?=y|z)w", "v"]),
    (r"[\]|]x|y", [r"[\]|]x", "y"]),
    (r"a||b", ["a", "", "b"]),
]


@pytest.mark.parametrize("source, expected", SPLITS)
def test_branches_split_at_the_top_level_only(source, expected):
    assert cues._branches(source) == expected


def _every_cue_pattern() -> list[tuple[str, re.Pattern[str]]]:
    return [*cues._POSITIVE.items(), *(("not:" + n, p) for n, p in cues._NEGATIVE.items())]


def test_every_cue_pattern_is_its_branches_joined_and_each_compiles():
    for name, pattern in _every_cue_pattern():
        branches = cues._branches(pattern.pattern)
        assert "|".join(branches) == pattern.pattern, name
        for branch in branches:
            re.compile(branch)


def _texts(seed: int) -> list[str]:
    """Sentences made of cue words and figures, shuffled (most cues fire on some of them)."""
    rng = random.Random(seed)
    words = ("we will expect expects to plan plans guidance outlook the of and in be is are was had "
             "raised 2025 2024 q3 $1.2 5% - to 6% million could may should going forward looking "
             "statements conference call webcast at 9 a.m. et visit www. ' ll i'll not no obligation "
             "on track positioned for growth launch approval targeting expected of approximately "
             "year-over-year compared with prior outlook than expected our goal is to , : ;").split()
    return [" ".join(rng.choice(words) for _ in range(rng.randint(0, 25))) for _ in range(300)]


def test_a_cues_branches_match_where_the_whole_pattern_does():
    for seed in range(6):
        for text in _texts(seed):
            lower = cues.clean(text).lower()
            for name, pattern in _every_cue_pattern():
                whole = pattern.search(lower) is not None
                apart = any(re.search(branch, lower) for branch in cues._branches(pattern.pattern))
                assert whole == apart, (name, lower)


def test_a_documents_cues_at_once_are_each_sentences_cues_on_cue_rich_text():
    from datetime import date

    from .test_cue_literals import plain_fired
    released = date(2024, 11, 20)
    for seed in range(6):
        texts = _texts(100 + seed)
        assert cues.fired_many(texts, released) == [plain_fired(text, released) for text in texts]
