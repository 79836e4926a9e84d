"""The literal prefilter of the cue patterns (`fslcheck.fls.literals`) changes no answer."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from fslcheck.fls import cues
from fslcheck.fls.literals import required

SENTENCES = Path(__file__).resolve().parents[1] / "benchmarks" / "fls" / "sentences.jsonl"


def labelled() -> list[str]:
    return [json.loads(line)["text"] for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]


def plain_fired(text: str, release_date: date | None) -> list[str]:
    """`cues.fired` as it was before the prefilters: every pattern searched in every sentence."""
    text = cues.clean(text)
    lower = text.lower()
    names = [name for name, pattern in cues._POSITIVE.items() if pattern.search(lower)]
    if release_date is not None:
        names += cues._date_cues(lower, release_date)
    names += ["not:" + name for name, pattern in cues._NEGATIVE.items() if pattern.search(lower)]
    return names + cues.shape_cues(text)


def test_the_labelled_set_is_all_there():
    assert len(labelled()) == 15448


def test_prefiltered_cues_are_the_plain_search_cues_on_every_labelled_sentence():
    released = date(2024, 11, 20)
    cues._fired.cache_clear()
    differ = [text for text in labelled()
              if cues.fired(text, released) != plain_fired(text, released) or cues.fired(text) != plain_fired(text, None)]
    assert differ == []
    # and again from the cache, which must hand out the same lists
    assert all(cues.fired(text, released) == plain_fired(text, released) for text in labelled())
    assert any(need is not None for _, _, need in cues._POSITIVE_NEED + cues._NEGATIVE_NEED)  # it does filter


def test_every_match_of_every_cue_pattern_contains_one_of_its_literals():
    # stronger than the cue lists agreeing: for each pattern (even those the prefilter leaves
    # alone) the literals are a necessary condition on every labelled sentence
    lowered = [cues.clean(text).lower() for text in labelled()]
    checked = 0
    for pattern in list(cues._POSITIVE.values()) + list(cues._NEGATIVE.values()):
        need = required(pattern)
        if need is None:
            continue
        for text in lowered:
            for match in pattern.finditer(text):
                checked += 1
                assert any(literal in match.group(0) for literal in need), (pattern.pattern, match.group(0))
    assert checked > 1000


@pytest.mark.parametrize("pattern, need", [
    (r"abc", {"abc"}),
    (r"\bab[cd]efg\b", {"efg"}),              # the longest shortest literal wins; classes are no literal
    (r"(?:will|shall)\b", {"will", "shall"}),
    (r"x(?:will|shall)", {"will", "shall"}),  # two long literals rule out more than one short one
    (r"(?:a+b|cd)", {"a", "cd"}),             # a repeat of at least once needs its body
    (r"(?:foo)?bar", {"bar"}),                # an optional part needs nothing
    (r"(?=abc)\w+", None),                    # a lookahead is not a literal of the match
    (r"(?:abc|\w+)", None),                   # a branch without a literal: nothing is required
    (r"[a-z]+", None),
])
def test_required_literals(pattern, need):
    found = required(re.compile(pattern))
    assert (None if found is None else set(found)) == need


def test_case_blind_patterns_are_not_read():
    assert required(re.compile("abc", re.IGNORECASE)) is None


def test_required_literals_are_necessary_on_random_text():
    # random strings over a small alphabet hit the patterns' literals and structure often
    import random
    rng = random.Random(7)
    pattern = re.compile(r"\b(?:ab|c(?:d|e)f)+g?h\b|x{2,}y|(?:z|zz)q")
    need = required(pattern)
    assert need is not None
    for _ in range(20000):
        text = "".join(rng.choice("abcdefghxyzq ") for _ in range(rng.randint(1, 12)))
        if pattern.search(text):
            assert any(literal in text for literal in need), (text, need)


def test_only_a_pattern_whose_every_match_starts_the_text_is_anchored():
    from fslcheck.fls.literals import anchored
    assert anchored(re.compile(r"^\W*abc"))
    assert not anchored(re.compile(r"^\W*abc|def"))  # a second branch may match anywhere
    assert not anchored(re.compile(r"^abc", re.MULTILINE))  # at the start of every line
    assert not anchored(re.compile(r"abc"))


def test_a_documents_cues_at_once_are_each_sentences_cues():
    # `fired_many` (one pass over a document's sentences, used by the scan) against the plain
    # search of each sentence, the labelled set read as one document, with and without a date
    texts = labelled()
    for released in (date(2024, 11, 20), None):
        assert cues.fired_many(texts, released) == [plain_fired(text, released) for text in texts]
    assert cues.fired_many([]) == []


def test_primed_cues_answer_as_fired_does_and_are_dropped_after():
    texts = labelled()[:200]
    released = date(2024, 11, 20)
    with cues.primed(texts, released):
        assert [cues.fired(text, released) for text in texts] == [plain_fired(text, released) for text in texts]
    assert not cues._primed


def test_every_match_meets_its_patterns_requirement_tree():
    from fslcheck.fls.literals import requirement, satisfied
    lowered = [cues.clean(text).lower() for text in labelled()]
    holders = lambda literal: [i for i, text in enumerate(lowered) if literal in text]  # noqa: E731
    checked = 0
    for pattern in list(cues._POSITIVE.values()) + list(cues._NEGATIVE.values()):
        need = requirement(pattern)
        if need is None:
            continue
        meeting = satisfied(need, holders)
        for i, text in enumerate(lowered):
            if pattern.search(text):
                checked += 1
                assert i in meeting, (pattern.pattern, text)
    assert checked > 1000


@pytest.mark.parametrize("pattern, confined", [
    (r"\bwill\b", True),
    (r"(?<=[a-z] )will(?! not)", True),
    (r"a\s+b", True),                 # NUL is no white space
    (r"a.b", False),                  # `.` matches NUL
    (r"a\Wb", False),
    (r"[^a]", False),
    (r"^will", False),                # anchored: the start of a sentence is not the start of the text
    (r"will$", False),
    (r"[\x00-z]", False),
])
def test_confined_patterns(pattern, confined):
    from fslcheck.fls.literals import confined as is_confined
    assert is_confined(re.compile(pattern)) is confined


def test_a_confined_pattern_finds_the_same_sentences_in_the_joined_text():
    import random
    from fslcheck.fls.literals import confined
    rng = random.Random(11)
    pattern = re.compile(r"\b(?:ab|c d)\b|(?<=x )y+(?! z)")
    assert confined(pattern)
    for _ in range(3000):
        texts = ["".join(rng.choice("abcdxyz ") for _ in range(rng.randint(0, 8))) for _ in range(rng.randint(1, 5))]
        joined = "\0".join(texts)
        starts = [sum(len(t) + 1 for t in texts[:i]) for i in range(len(texts))]
        from bisect import bisect_right
        found = {bisect_right(starts, m.start()) - 1 for m in pattern.finditer(joined)}
        assert found == {i for i, t in enumerate(texts) if pattern.search(t)}, texts
