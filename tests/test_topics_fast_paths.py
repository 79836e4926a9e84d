"""The fast paths of `fslcheck.fls.topics` give what the case-blind searches they replace give."""

from __future__ import annotations

import random

from fslcheck.fls import topics
from fslcheck.words import first_in_run, word_run

_PIECES = ["Regulatory approval", "FDA", "clinical trials", "acquisition", "Closing", "litigation", "claims",
           "financing", "Interest Rates", "new products", "competition", "supply", "manufacturing", "inflation",
           "tariffs", "revenue", "earnings", "outlook", "the", "and", "we", "expect", "will", "of",
           "café", "naïve", "“quoted”", "—", "Kelvin \u212a", "Straße", "ÉTATS", "x"]
_FOLDING = ["\u017f", "\u0131", "\u0130"]  # "ſ", "ı", "İ": matched as ASCII letters case-blind only


def _plain_coverage(legend: str, section: str = "") -> dict[str, str | None]:
    """`coverage`'s first stage as first written: every text searched case-blind."""
    cautionary = f"{legend} {section}" if section else legend
    return {topic: (m.group(0) if (m := pattern.search(cautionary)) else None)
            for topic, pattern in topics._LEGEND.items()}


def _plain_topic(text: str) -> str:
    if topics._GUIDANCE.search(text) and topics._RESULTS.search(text):
        return topics.DEFAULT
    return next((name for name, pattern in topics._BODY.items() if pattern.search(text)), topics.DEFAULT)


def test_lower_case_search_refuses_only_the_folding_letters():
    assert topics._lower_matches("plain ascii")
    assert topics._lower_matches("café “quoted” \u212a")
    for letter in _FOLDING:
        assert not topics._lower_matches(f"financing{letter}")


def test_lower_case_search_finds_what_case_blind_search_finds():
    """On texts with and without non-ASCII characters (and with the folding letters, which take
    the case-blind path), the topics and covering words are the case-blind ones."""
    rng = random.Random(5)
    for _ in range(2_000):
        words = [rng.choice(_PIECES) for _ in range(rng.randint(1, 14))]
        if rng.random() < 0.1:
            words.insert(rng.randrange(len(words) + 1), "\u017fupply" if rng.random() < 0.5 else rng.choice(_FOLDING))
        text = " ".join(words)
        assert topics.topic_of(text) == _plain_topic(text), text
        covering = topics.coverage(text, topics=[])  # (the regex stage alone)
        assert covering == {}
        first_stage = {topic: words for topic, words in _plain_coverage(text).items() if words is not None}
        found = topics.coverage(text)
        for topic, words in first_stage.items():
            assert found[topic] == words, (text, topic)


def test_section_words_found_by_key_in_text_order():
    """A topic neither the legend's words nor the section's patterns cover is covered by the
    section's first word starting with the first key word (in the topic's order) that has one."""
    section = "Our creditors were patient. Amounts were capitalized later, and capitalization grew. " * 40
    found = topics.coverage("Nothing relevant here at all.", section, topics=["financing/capital"])
    assert found["financing/capital"] == "capitalized"  # "capital" is a key before "credit"
    assert topics.coverage("Nothing relevant here at all.", "Creditors waited. " * 200,
                           topics=["financing/capital"])["financing/capital"] == "creditors"
    assert topics.coverage("Nothing relevant here at all.", "Nothing at all. " * 200,
                           topics=["financing/capital"])["financing/capital"] is None
    listed = ["alpha", "capitalization", "indebtedness"]
    assert first_in_run(word_run(listed), "capital", prefix=True) == 1
    assert first_in_run(word_run(listed), "capital") == 3  # (the whole word only: none, the end)
    assert first_in_run(word_run(["alpha", "indebtedness"]), "capital", prefix=True) == 2
    assert first_in_run(word_run(listed), "indebted", prefix=True, before=2) == 2  # (not before index 2)


def test_long_words_are_the_runs_of_five_or_more():
    """`_long_words` finds the runs of five characters or more at once: the same words, in the same
    order, as keeping those of five or more among all the runs."""
    rng = random.Random(11)
    alphabet = "abcde12 .-'\nÅſK\u0130\u212aé"
    for _ in range(3_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        plain = [w for w in dict.fromkeys(topics._WORDS.findall(text.lower())) if len(w) >= 5]
        assert topics._long_words(text) == plain, text
    assert topics._long_words("Risks, uncertainties and risks of 12345 and 1234") == ["risks", "uncertainties", "12345"]


def test_no_sentence_on_topics_where_the_text_has_none_of_their_words():
    """`may_be_on_topics` says no only where `on_topics` finds no sentence cut from the text: on
    random texts of topic words, line breaks and sentence ends (the sentences cut as the scan cuts
    them), and with "capital" opening a sentence after "working" (a look-behind the sentence's
    text does not see)."""
    from fslcheck.fls.segment import each_sentence

    rng = random.Random(11)
    pieces = _PIECES + ["working", "capital", "cash", "flow", ".", ".\n\n", "\n", "  ", "Working\n\nCapital",
                        "\u2022", "Q:", "interest\nrates", "spin-off", "phase 2", "patients"]
    names = [name for name in topics.TOPICS if name != topics.DEFAULT]
    said_no = 0
    for _ in range(1_500):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        asked = set(rng.sample(names, rng.randint(1, 3)))
        if not topics.may_be_on_topics(text, asked):
            said_no += 1
            texts = [sentence.text for sentence in each_sentence(text)]
            assert topics.on_topics(texts, asked) == {}, (text, asked)
    assert said_no > 100
    assert topics.may_be_on_topics("Net sales grew.", {topics.DEFAULT})  # (the default needs no words)
    assert not topics.may_be_on_topics("Net sales grew.", set())
    assert topics.may_be_on_topics("Our working\ncapital needs.\n\nCapital spending rises.", {"financing/capital"})
    assert topics.may_be_on_topics("Cash\n  flow", {"financing/capital"})
