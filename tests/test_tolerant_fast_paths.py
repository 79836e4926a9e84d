"""The OCR-tolerant search's fast paths give what the plain computations they replace give.

`words.word_matches` turns a text word away on lengths alone when its skeleton cannot come
within the edits allowed, and `words.WordList` asks it of a whole word list at once; `tolerant._where` reads cached per-word answers in one pass; `_align`
carries whether a word stood intact instead of reading all its pairs again at every step. Each is
held here to the plain computation, on made-up input and on the corpus's words.
"""

from __future__ import annotations

import random
import re


from fslcheck import tolerant, words
from fslcheck.matching import Phrase
from fslcheck.normalise import canonicalise

from .corpus_support import CORPUS, TEXT_SUFFIXES, require_corpus


def plain_word_matches(word: str, found: str, prefix: bool = False) -> bool:
    """`word_matches` without the length test: every comparison made."""
    if found == word or (prefix and found.startswith(word)):
        return True
    if not found:
        return False
    if words.damaged_number(word, found):
        return True
    return words.skeletons_match(words.ocr_skeleton(word), words.ocr_skeleton(found), words.edits_allowed(word), prefix)


# letters OCR folds (rn, cl, vv, rl, doubled letters, digits read as letters) are common here on purpose
_ALPHABET = "aeilnorstcmdvwuhfq1058|"


def _random_word(rng: random.Random) -> str:
    return "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 14)))


def test_word_matches_is_the_plain_comparison_on_random_words():
    rng = random.Random(9)
    phrase_words = ["factors", "risks", "uncertainties", "include", "not", "sec", "1995", "materially",
                    "differ", "in", "considerations", "forward", "looking", "statement", "rnaterial"]
    for _ in range(20_000):
        word = rng.choice(phrase_words) if rng.random() < 0.5 else _random_word(rng)
        found = _random_word(rng) if rng.random() < 0.7 else word[: rng.randint(0, len(word))] + _random_word(rng)[:2]
        prefix = rng.random() < 0.3
        assert words.word_matches.__wrapped__(word, found, prefix) == plain_word_matches(word, found, prefix), \
            (word, found, prefix)


def test_word_matches_is_the_plain_comparison_on_corpus_words():
    require_corpus()
    phrase = Phrase("{factors|risks|uncertainties|assumptions} ... {include|includes|including|such as}")
    phrase_words = sorted({w for element in phrase.tolerant.elements if element is not tolerant._GAP
                           for option in element[0] for w, _ in option}
                          | {"materially", "differ", "undue", "reliance", "statements", "1995"})
    paths = sorted(p for p in (CORPUS / "releases").iterdir() if p.suffix in TEXT_SUFFIXES)[::7]
    seen: set[str] = set()
    for path in paths:
        seen.update(re.findall(r"[a-z0-9]+", canonicalise(path.read_text(encoding="utf-8", errors="replace")).text))
    for found in sorted(seen):
        for word in phrase_words:
            for prefix in (False, True):
                assert words.word_matches.__wrapped__(word, found, prefix) == plain_word_matches(word, found, prefix), \
                    (word, found, prefix)


def test_skeletons_match_turns_away_only_words_no_alignment_brings_within_reach():
    """A prefix comparison skips the distances when the first characters of the two skeletons
    share none: it answers as computing every distance does."""
    from rapidfuzz.distance import Levenshtein

    def plain(skeleton: str, found: str, allowed: int) -> bool:
        return found.startswith(skeleton) or bool(allowed) and any(
            Levenshtein.distance(skeleton, found[:k]) <= allowed
            for k in range(max(1, len(skeleton) - allowed), len(skeleton) + allowed + 1))

    rng = random.Random(5)
    for _ in range(50_000):
        allowed = rng.randint(0, 2)
        skeleton = "".join(rng.choice("abcde") for _ in range(rng.randint(1, 9)))
        found = "".join(rng.choice("abcde") for _ in range(rng.randint(0, 11)))
        assert words.skeletons_match(skeleton, found, allowed, prefix=True) == plain(skeleton, found, allowed), \
            (skeleton, found, allowed)


def test_first_match_is_the_first_word_that_word_matches():
    """`WordList.first_match` computes the distances to a word list at once: the index it gives is
    the one asking `word_matches` of each word in turn gives, for undamaged, damaged and unrelated
    words."""
    rng = random.Random(11)
    phrase_words = ["acquisition", "integration", "litigation", "capital", "interest", "product", "results",
                    "not", "sec", "1995", "27a", "on", "restructuring"]
    for _ in range(3_000):
        word = rng.choice(phrase_words)
        found = []
        for _ in range(rng.randint(0, 25)):
            if rng.random() < 0.4:  # the word, OCR-damaged or inflected
                letters = list(word + rng.choice(["", "s", "ed", "ing"]))
                for _ in range(rng.randint(0, 3)):
                    if letters:
                        at = rng.randrange(len(letters))
                        letters[at:at + rng.randint(0, 1)] = rng.choice(_ALPHABET) * rng.randint(0, 1)
                found.append("".join(letters))
            else:
                found.append(_random_word(rng))
        for prefix in (False, True):
            plain = next((i for i, w in enumerate(found) if plain_word_matches(word, w, prefix)), None)
            assert words.WordList(found).first_match(word, prefix) == plain, (word, found, prefix)


def test_where_picks_the_positions_the_question_accepts():
    rng = random.Random(3)
    vocabulary = ["risk", "risks", "factor", "the", "of", "include", "x", "a1", ""]
    for _ in range(2_000):
        text_words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 30))]
        low = rng.randint(0, len(text_words))
        high = rng.randint(low, len(text_words))
        known = {w: len(w) > 3 for w in vocabulary if rng.random() < 0.5}  # some answers cached already
        asked = []

        def ask(word: str) -> bool:
            asked.append(word)
            return len(word) > 3

        assert tolerant._where(text_words, low, high, dict(known), ask) == \
            [i for i in range(low, high) if len(text_words[i]) > 3]
        assert set(asked) <= set(vocabulary) - set(known)


def plain_align(elements, index, tokens, position, limit, pairs, failed):
    """`_align` as it read `_damage_ok` over all its pairs at every step."""
    state = (index, position, bool(pairs), bool(pairs) and tolerant._damage_ok(pairs, tokens))
    if state in failed:
        return None
    found = plain_align_from(elements, index, tokens, position, limit, pairs, failed)
    if found is None:
        failed.add(state)
    return found


def plain_align_from(elements, index, tokens, position, limit, pairs, failed):
    if index == len(elements):
        return list(pairs) if pairs and tolerant._damage_ok(pairs, tokens) else None
    element = elements[index]
    if element is tolerant._GAP:
        for skip in range(tolerant.GAP_WORDS + 1):
            if skip and (position + skip - 1 >= limit or tokens.sentence_end[position + skip - 1]
                         or (position + skip - 1 > 0 and not tokens.joined[position + skip - 1])):
                break
            found = plain_align(elements, index + 1, tokens, position + skip, limit, pairs, failed)
            if found is not None:
                return found
        return None
    options, optional = element
    for option in options:
        matched = tolerant._match_option(option, tokens, position, limit, opening=not pairs)
        if matched is None:
            continue
        option_pairs, after = matched
        found = plain_align(elements, index + 1, tokens, after, limit, pairs + option_pairs, failed)
        if found is not None:
            return found
    if optional:
        if any(tolerant._replaced_number(option, tokens, position, limit) for option in options):
            return None
        return plain_align(elements, index + 1, tokens, position, limit, pairs, failed)
    return None


_PHRASES = ["{factors|risks|uncertainties} that {could|may} {cause|affect} ... {include|including|such as}",
            "forward looking {statement*|information}", "{no|any} obligation to {update|revise}",
            "private securities litigation reform act {of 1995|}", "undue reliance"]
_FILLER = "the of and that could results our such as may 1995 factors risks include . , ;".split()
_DAMAGE = [("l", "1"), ("o", "0"), ("m", "rn"), ("d", "cl"), ("e", "c"), ("s", ""), ("i", "l")]


def _said(elements, rng: random.Random) -> list[str]:
    """Words that say the phrase, some left out, damaged, split in two or set apart by others."""
    out: list[str] = []
    for element in elements:
        if element is tolerant._GAP:
            out += [rng.choice(_FILLER) for _ in range(rng.randint(0, 3))]
            continue
        options, optional = element
        if optional and rng.random() < 0.3:
            continue
        for word, _ in rng.choice(options):
            if rng.random() < 0.3:
                old, new = rng.choice(_DAMAGE)
                word = word.replace(old, new, 1)
            if len(word) > 4 and rng.random() < 0.1:
                cut = rng.randint(1, len(word) - 1)
                out += [word[:cut], word[cut:]]
            else:
                out.append(word)
        if rng.random() < 0.1:
            out.append(rng.choice(_FILLER))
    return out


def test_align_carrying_intact_is_the_plain_alignment():
    rng = random.Random(5)
    found = 0
    for source in _PHRASES:
        pattern = Phrase(source).tolerant
        for _ in range(400):
            said = [rng.choice(_FILLER) for _ in range(rng.randint(0, 4))] + _said(pattern.elements, rng) \
                + [rng.choice(_FILLER) for _ in range(rng.randint(0, 4))]
            text = " ".join(w for w in said if w).replace(" .", ".").replace(" ,", ",").replace(" ;", ";")
            tokens = tolerant.tokenise(text, 0, len(text))
            fast_failed: set = set()
            plain_failed: set = set()
            for begin in range(len(tokens.words)):
                fast = tolerant._align(pattern.elements, 0, tokens, begin, len(tokens.words), [], fast_failed,
                                       pattern._opens)
                assert fast == plain_align(pattern.elements, 0, tokens, begin, len(tokens.words), [], plain_failed), \
                    (source, text)
                found += fast is not None
    assert found > 500  # the texts do say the phrases, damaged as OCR damages them


def test_an_option_splits_only_from_a_left_half_that_may_split():
    """`_may_split_from` (what `_align` asks of a text word before trying an element's options)
    holds wherever `_split_word` does, whatever the right half: on every phrase word of the
    pack's lead-ins and cut points of damaged and undamaged forms of it."""
    rng = random.Random(7)
    words = sorted({w for source in _PHRASES for element in Phrase(source).tolerant.elements
                    if element is not tolerant._GAP for option in element[0] for w, _ in option})
    words += ["forward", "statements", "uncertainties", "1995", "10-k", "form", "materially"]
    checked = 0
    for word in words:
        for prefix in (False, True):
            for _ in range(60):
                damaged = word
                if rng.random() < 0.6:
                    old, new = rng.choice(_DAMAGE)
                    damaged = damaged.replace(old, new, 1)
                if rng.random() < 0.3:
                    damaged += rng.choice(["s", "ed", "ing", "x"])
                for cut in range(0, len(damaged) + 1):
                    left, right = damaged[:cut], damaged[cut:]
                    if tolerant._split_word(word, left, right, prefix):
                        assert tolerant._may_split_from(word, left, prefix), (word, left, right, prefix)
                        checked += 1
    assert checked > 200


def plain_split_word(word: str, left: str, right: str, prefix: bool) -> bool:
    """`tolerant._split_word` as it was: the pair folded whole, whatever its left half."""
    if not left or not right or len(word) < 4:
        return False
    joined = left + right
    if joined == word or (prefix and joined.startswith(word)):
        return True
    return not words.is_number(word) and len(word) >= 6 and words.ocr_skeleton(joined) == words.ocr_skeleton(word)


def test_a_folded_whole_starts_as_its_folded_left_part_but_for_one_character():
    rng = random.Random(21)
    for _ in range(30_000):
        left, right = _random_word(rng), _random_word(rng)
        if not left:
            continue
        whole = words.ocr_skeleton.__wrapped__(left + right)
        assert words.may_fold_into(words.ocr_skeleton.__wrapped__(left), whole), (left, right)
    # the one character that may differ: "r" + "n" folds to "m"; "v" + "vv" folds to one "w"
    assert words.ocr_skeleton("r" + "nice") == "mle" and words.ocr_skeleton("r") == "r"
    assert words.may_fold_into(words.ocr_skeleton("r"), words.ocr_skeleton("rnice"))
    assert words.may_fold_into(words.ocr_skeleton("rv"), words.ocr_skeleton("rvvv"))
    assert not words.may_fold_into(words.ocr_skeleton("risky"), words.ocr_skeleton("factors"))


def test_split_word_is_the_plain_comparison():
    rng = random.Random(22)
    phrase_words = ["factors", "uncertainties", "include", "statements", "materially", "forward", "looking",
                    "1995", "section", "rnaterial", "considerations"]
    for _ in range(30_000):
        word = rng.choice(phrase_words) if rng.random() < 0.7 else _random_word(rng)
        if rng.random() < 0.5:  # a real split, damaged or not
            cut = rng.randint(0, len(word))
            left, right = word[:cut], word[cut:]
            if rng.random() < 0.5 and left:
                left = left[:-1] + rng.choice(_ALPHABET)
        else:
            left, right = _random_word(rng), _random_word(rng)
        prefix = rng.random() < 0.3
        assert tolerant._split_word(word, left, right, prefix) == plain_split_word(word, left, right, prefix), \
            (word, left, right, prefix)
