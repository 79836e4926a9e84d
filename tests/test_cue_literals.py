"""The literal prefilter of the cue patterns (`fslcheck.fls.literals`) changes no answer."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

from fslcheck.fls import cues
from fslcheck.fls.literals import required

from .benchmark_modules import benchmark_module

SENTENCES = Path(__file__).resolve().parents[1] / "benchmarks" / "fls" / "sentences.jsonl"


@lru_cache(maxsize=1)
def labelled() -> list[str]:
    return [json.loads(line)["text"] for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]


def plain_fired(text: str, release_date: date | None) -> list[str]:
    """`cues.fired` as it was before the prefilters (the cue benchmark's baseline)."""
    return benchmark_module("cue_speed").plain_fired(text, release_date)


def test_the_labelled_set_is_all_there():
    assert len(labelled()) == 24166


def test_prefiltered_cues_are_the_plain_search_cues_on_every_labelled_sentence():
    # each sentence alone (`fired`, twice: the second answer comes from the cache, which must
    # hand out the same lists) and the labelled set read as one document (`fired_many`, one pass
    # over a document's sentences, as the scan uses it), with and without a release date, against
    # the plain search of every pattern in every sentence (computed once: 24,000 sentences)
    every = labelled()
    cues._fired.cache_clear()
    for released in (date(2024, 11, 20), None):
        # every other sentence with a release date; without one (only the date cues differ, and
        # they are absent) every third, to keep the suite's time (the other half of the dated
        # pass is the next test's, pattern by pattern)
        texts = every[::2] if released is not None else every[::3]
        plain = [plain_fired(text, released) for text in texts]
        differ = [text for text, expected in zip(texts, plain) if cues.fired(text, released) != expected]
        assert differ == []
        recent = list(zip(texts, plain))[-2000:]  # still in the cache (it keeps 8,192)
        assert all(cues.fired(text, released) == expected for text, expected in recent)
        assert cues.fired_many(texts, released) == plain
    assert cues.fired_many([]) == []
    assert any(need is not None for _, _, need in cues._POSITIVE_NEED + cues._NEGATIVE_NEED)  # it does filter


def test_every_match_of_every_cue_pattern_meets_its_literals_and_its_requirement_tree():
    # stronger than the cue lists agreeing: for each pattern (even those the prefilter leaves
    # alone) the literals are a necessary condition on every labelled sentence, and so is the
    # requirement tree the document-wide search (`fired_many`) reads off the word index
    from fslcheck.fls.literals import requirement, satisfied
    lowered = [cues.clean(text).lower() for text in labelled()[1::2]]  # the half the test above leaves
    holders = lambda literal: [i for i, text in enumerate(lowered) if literal in text]  # noqa: E731
    literals_checked = tree_checked = 0
    for pattern in list(cues._POSITIVE.values()) + list(cues._NEGATIVE.values()):
        need, tree = required(pattern), requirement(pattern)
        if need is None and tree is None:
            continue
        meeting = satisfied(tree, holders) if tree is not None else None
        for i, text in enumerate(lowered):
            for number, match in enumerate(pattern.finditer(text)):
                if need is not None:
                    literals_checked += 1
                    assert any(literal in match.group(0) for literal in need), (pattern.pattern, match.group(0))
                if number == 0 and meeting is not None:
                    tree_checked += 1
                    assert i in meeting, (pattern.pattern, text)
    assert literals_checked > 1000 and tree_checked > 1000


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


def test_primed_cues_answer_as_fired_does_and_are_dropped_after():
    texts = labelled()[:200]
    released = date(2024, 11, 20)
    with cues.primed(texts, released):
        assert [cues.fired(text, released) for text in texts] == [plain_fired(text, released) for text in texts]
    assert not cues._primed


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


# -- literals at a word boundary, looked up in a document's word index ------------------------

def _flags(need) -> object:
    """A requirement tree with each literal as (text, starts a word, ends a word)."""
    if isinstance(need, str):
        return (str(need), getattr(need, "start", False), getattr(need, "end", False))
    return (need[0], tuple(_flags(part) for part in need[1]))


@pytest.mark.parametrize("pattern, flagged", [
    (r"\bet\b", ("et", True, True)),
    (r"\b(?:will|shall)\b", ("any", (("will", True, True), ("shall", True, True)))),
    (r"\bgoing to", ("going to", True, False)),
    (r"ed\b", ("ed", False, True)),
    (r"\b1st\b", ("1st", False, True)),          # a digit: the word does not start where the literal does
    (r"\b'll\b", ("'ll", False, True)),
    (r"x\b(?:ab|cd)", ("all", (("x", False, True), ("any", (("ab", True, False), ("cd", True, False)))))),
    (r"\b(?:ab)+\b", ("ab", False, False)),      # a repeated body follows itself: no boundary known
    (r"(?:abc|\bdef)", ("any", (("abc", False, False), ("def", True, False)))),
])
def test_literals_next_to_a_word_boundary_are_marked(pattern, flagged):
    from fslcheck.fls.literals import requirement
    assert _flags(requirement(re.compile(pattern))) == flagged


# Words and non-words the boundary rules must get right: digits, underscores and accented
# letters are word characters to `\b` but not letters a-z to the index; NUL, quotes and
# punctuation are neither.
_HOSTILE_ALPHABET = ["et", "est", "a", "b", "e", "t", "s", "1", "_", "é", "ß", "'", "’", "-", ".", " ", "  ", "\0",
                     "\t", "\n", "?", "will", "shall", "going to", "pt", "can", "may", "if", "the"]
_HOSTILE_PATTERNS = [r"\bet\b|\bpt\b|\best\b", r"\b(?:will|shall)\b|\w'll\b|\bgoing to\b", r"\bcan\b", r"\bmay",
                     r"st\b", r"\b(?:if|unless) (?:the|a)\b", r"\b(?:es|e)t\b", r"x\b(?:ab|et)", r"\bt'?s\b",
                     r"\b(?:a|b)_?e\b", r"\?\s*$|\bet 1\b"]


def _hostile_texts(seed: int, count: int) -> list[str]:
    import random
    rng = random.Random(seed)
    return ["".join(rng.choice(_HOSTILE_ALPHABET) for _ in range(rng.randint(0, 9))) for _ in range(count)]


def test_the_word_index_keeps_every_sentence_a_pattern_matches_on_hostile_text():
    from fslcheck.fls.literals import requirement, satisfied
    for seed in range(40):
        lowers = [text.lower() for text in _hostile_texts(seed, 60)]
        index = cues._WordIndex(lowers)
        for source in _HOSTILE_PATTERNS:
            pattern = re.compile(source)
            need = requirement(pattern)
            assert need is not None
            plan = cues._plan(need)
            kept = set(cues.indexes(index.meeting(plan)))
            assert index.meeting(plan) == satisfied(need, index.holders)  # the plan reads the tree as written
            matched = {i for i, lower in enumerate(lowers) if pattern.search(lower)}
            assert matched <= kept, (source, [lowers[i] for i in matched - kept])
            # a literal's holders are the sentences that hold it where its flags say (a literal of
            # several words may also keep a sentence holding it elsewhere, with its words bounded
            # apart), never one that does not hold it; a literal of letters alone: exactly those
            for literal in _leaves(need):
                start, end = getattr(literal, "start", False), getattr(literal, "end", False)
                bounded = {i for i, lower in enumerate(lowers) if _holds(lower, literal, start, end)}
                holding = {i for i, lower in enumerate(lowers) if literal in lower}
                found = set(cues.indexes(index.holders(literal)))
                assert bounded <= found <= holding, (literal, start, end)
                if literal.isalpha() and literal.isascii():
                    assert found == bounded, (literal, start, end)


def _leaves(need) -> list[str]:
    return [need] if isinstance(need, str) else [leaf for part in need[1] for leaf in _leaves(part)]


def _holds(lower: str, literal: str, start: bool, end: bool) -> bool:
    """The plain reading of a word-index look-up: `literal` occurs with no letter a-z just before
    it (when `start`) and none just after it (when `end`)."""
    before = r"(?<![a-z])" if start else ""
    after = r"(?![a-z])" if end else ""
    return re.search(before + re.escape(str(literal)) + after, lower) is not None


def test_a_documents_cues_at_once_are_each_sentences_cues_on_hostile_text():
    released = date(2024, 11, 20)
    for seed in range(40):
        texts = _hostile_texts(1000 + seed, 50) + ["Will et al. will host at 9 a.m. ET; est. 2025", "can't? cañon ET."]
        assert cues.fired_many(texts, released) == [plain_fired(text, released) for text in texts]


def test_a_documents_cues_at_once_are_each_sentences_cues_on_the_corpus():
    from fslcheck.documents import load_path
    from fslcheck.fls import segment

    from .corpus_support import CORPUS, TEXT_SUFFIXES
    folder = CORPUS / "releases"
    if not folder.is_dir():
        pytest.skip("corpus not found")
    released = date(2024, 11, 20)
    checked = 0
    for path in sorted(folder.iterdir())[::2]:  # every other release: the suite's time
        if path.suffix not in TEXT_SUFFIXES:
            continue
        for document in load_path(path):
            texts = [s.text for s in segment.sentences(document.text)]
            assert cues.fired_many(texts, released) == [plain_fired(text, released) for text in texts], path.name
            checked += len(texts)
    assert checked > 5000


def test_an_alternation_of_whole_words_is_read_off_the_index():
    """The whole words among an "any" plan's alternatives are looked up in the word index as they
    are (`cues._whole_word`), the others kept as literals to resolve: the same sentences either way."""
    from fslcheck.fls.literals import requirement, satisfied
    need = requirement(re.compile(r"\b(?:guidance|outlook)\b|\bon track\b|expect"))
    plan = cues._plan(need)
    inner = plan[1][0]  # (the group of words is an alternation of its own in the tree)
    assert inner[0] == "any" and inner[1] == () and sorted(inner[2]) == ["guidance", "outlook"]
    assert [part[1][0] for part in plan[1][1:]] == ["on track", "expect"]  # not a word of letters, not whole
    assert not any(cues._whole_word(part[1]) for part in plan[1][1:])
    lowers = ["our outlook is unchanged", "guidances", "we are on track", "we expected it", "nothing here"]
    index = cues._WordIndex(lowers)
    assert index.meeting(plan) == satisfied(need, index.holders) == 0b01101
