"""Sentence starts as the lookbehind patterns they replaced found them (`fslcheck.text_units`)."""

from __future__ import annotations

import random
import re

from fslcheck.text_units import _ABBREVIATIONS, BULLETS, sentence_starts

# The patterns as they were written first: each boundary found by a lookbehind at every position.
_BOUNDARY = re.compile(r"""(?<=[.!?])["')\]]*(?= [^ ])|\n""")
_BOUNDARY_OR_BULLET = re.compile(rf"""(?<=[.!?])["')\]]*(?= [^ ])|\n|(?<=.)(?=[{BULLETS}])""")
_WORD_BEFORE = re.compile(r"([a-z0-9.]+)\.$")


def reference(text: str, bullets: bool = False) -> list[int]:
    starts = [0]
    for match in (_BOUNDARY_OR_BULLET if bullets else _BOUNDARY).finditer(text):
        end = match.end()
        if match.group() != "\n" and text[match.start() - 1 : match.start()] in ".!?\"')]":
            word = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
            if word and (word.group(1) in _ABBREVIATIONS or len(word.group(1)) == 1):
                continue
        start = end + 1 if end < len(text) and text[end] in " \n" else end
        if start > starts[-1] and start < len(text):
            starts.append(start)
    return starts


def test_sentence_starts_match_the_reference_on_random_text():
    rng = random.Random(3)
    alphabet = ["a", "b", ".", " ", "!", "?", '"', "'", ")", "]", "\n", "•", "·", "x", " inc", " u.s", "Q"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        for bullets in (False, True):
            assert sentence_starts(text, bullets) == reference(text, bullets), (text, bullets)


def test_sentence_starts_of_a_release():
    text = ("acme inc. reported results. \"we will grow,\" said the ceo.\n\nforward looking statements\n\n"
            "• item one • item two! next? yes. the u.s. market")
    assert sentence_starts(text) == reference(text)
    assert sentence_starts(text, bullets=True) == reference(text, bullets=True)
    assert len(sentence_starts(text, bullets=True)) > len(sentence_starts(text))


def test_a_two_digit_list_number_opening_a_line_is_no_sentence_end():
    text = "risks include:\n\n9. rising rents;\n\n10. staff turnover;\n\n11. food costs.\n\nsales rose 12. prices fell."
    starts = sentence_starts(text)
    assert text.index("10.") in starts and text.index("11.") in starts
    assert text.index("staff") not in starts and text.index("food") not in starts
    assert text.index("prices") in starts  # a number inside a line still ends its sentence


def test_a_legal_form_ends_its_sentence_before_a_word_that_opens_one():
    text = ("our plans are those of bolt tools, inc. these statements carry risks. we sued orbit, inc. before "
            "the court and bolt inc. and its units. the talks of beta corp. the board led went on.")
    starts = sentence_starts(text)
    assert text.index("these statements") in starts
    assert text.index("before the court") not in starts and text.index("and its units") not in starts
