"""The forward-looking model: its features (tokens, speakers, quotations, shapes), the list rule,
and the exported weights reproducing scikit-learn's decisions (issue 12)."""

from __future__ import annotations

import json
import math
import sys

import pytest

from fslcheck.fls.classify import Reader, Verdict, follow_list
from fslcheck.fls.cues import fired
from fslcheck.fls.features import Context, features, words
from fslcheck.fls.model import ALONE_FILE, MODEL_FILE, Model, load

from .conftest import ROOT


# --- words ------------------------------------------------------------------------------------

def test_numbers_years_quarters_and_fiscal_years_weigh_by_kind():
    got = words("Apple expects Q1 2025 revenue of $2.1 billion, up 5% in FY24.")
    assert {"w:<q>", "w:<year>", "w:#", "w:#%", "w:<fy>", "w:$"} <= set(got)
    assert not any(ch.isdigit() for name in got for ch in name)
    assert "w:expect <q>" in got  # pairs are built from the reduced tokens


def test_common_endings_are_trimmed_so_forms_of_a_word_weigh_as_one():
    assert words("expects")[0] == words("expected")[0] == words("expecting")[0] == "w:expect"
    assert words("business") == ["w:business"]  # a word ending in "ss" keeps its s


# --- context ------------------------------------------------------------------------------------

def _flags_after(lines: list[str], transcript: bool = True) -> list[list[str]]:
    context = Context(transcript=transcript)
    out = []
    for line in lines:
        out.append(context.flags())
        context.advance(line, fired(line))
    out.append(context.flags())
    return out


def test_transcript_speaker_follows_title_lines_and_the_operator():
    flags = _flags_after([
        "Operator",
        "Our next question comes from Jane Roe with Acme Securities.",
        "Jane Roe",
        "Acme Securities, LLC, Research Division - Analyst",
        "How should we think about margins next year?",
        "John Doe",
        "Widget Corp. - CFO",
        "We expect margins to expand next year.",
    ])
    assert "ctx:speaker-operator" in flags[1]
    assert "ctx:speaker-analyst" in flags[4]  # the analyst's question
    assert "ctx:speaker-management" in flags[7]  # the CFO's answer
    assert not any(f.startswith("ctx:speaker") for f in _flags_after(["Widget Corp. - CFO", "x"], False)[1])


def test_thanks_for_the_question_gives_the_floor_back_to_management():
    flags = _flags_after(["Acme Securities, Research Division - Analyst", "What about costs?",
                          "Thanks for the question.", "We will cut costs."])
    assert "ctx:speaker-analyst" in flags[2]
    assert "ctx:speaker-management" in flags[3]


def test_an_analysts_future_is_marked_as_the_analysts():
    context = Context(transcript=True)
    context.advance("Acme Securities, Research Division - Analyst", [])
    text = "You will probably see margins expand next year."
    assert "ctx:speaker-analyst&future" in features(text, fired(text), context)


def test_a_quotation_stays_open_across_sentences_until_it_closes():
    flags = _flags_after(["“We had a strong quarter.", "We expect more next year,” said the CEO.", "Revenue rose."],
                         transcript=False)
    assert "ctx:in-quote" in flags[1]
    assert "ctx:in-quote" not in flags[2] and "ctx:in-quote" not in flags[3]


def test_straight_quotes_are_read_by_position_not_toggled():
    # segmentation leaves a sentence's opening quote outside its text: the closing quote that
    # remains must close the quotation, not open one for the rest of the document
    flags = _flags_after(['We had a strong quarter," said the CEO.', '"We expect more next year.',
                          'Margins will widen," she added.', "Revenue rose."], transcript=False)
    assert "ctx:in-quote" not in flags[1]
    assert "ctx:in-quote" in flags[2]
    assert "ctx:in-quote" not in flags[3]


def test_a_gap_forgets_the_speaker_and_the_quotation():
    context = Context(transcript=True)
    context.advance("Acme Securities, Research Division - Analyst", [])
    context.advance("“We think so.", [])
    context.reset_previous()
    assert context.flags() == ["ctx:transcript"]


def test_shape_features():
    result = "First Quarter Revenue of $8.25 Billion, up 11% Year-Over-Year"
    assert "f:versus-prior" in features(result, fired(result))
    headline = "Raises Full-Year Guidance for Fiscal 2025"
    assert "f:guidance-opening" in features(headline, fired(headline))
    hand_over = "I would now like to turn the conference over to our CFO."
    assert "f:hand-over" in features(hand_over, fired(hand_over))
    assert "f:guidance-opening" not in features(result, fired(result))


# --- the list rule --------------------------------------------------------------------------------

def test_bulleted_items_under_a_forward_looking_lead_in_are_forward_looking_until_the_list_ends():
    reader = Reader()
    lines = ["Acme is providing the following guidance for its fiscal 2026 second quarter: •",
             "revenue between $55 billion and $59 billion •",
             "tax rate of approximately 17 percent",
             "Acme's board of directors has declared a cash dividend of $0.73 per share."]
    verdicts = [reader.judge(line) for line in lines]
    assert [v.forward_looking for v in verdicts] == [True, True, True, False]


def test_an_item_needs_an_open_list_and_the_look_of_an_item():
    item = Verdict(False, ["not:past-verb"], "no sign of the future", 0.1)
    lead = Verdict(True, ["expect-verb"], "weighed forward-looking", 0.9)
    assert follow_list(item, "tax rate of 17 percent", lead, "The company expects: •")[0].forward_looking
    assert not follow_list(item, "tax rate of 17 percent", None, "The company expects: •")[0].forward_looking
    closed = follow_list(item, "The board declared a dividend.", lead, "Revenue rose 5%.")
    assert not closed[0].forward_looking and closed[1] is None


# --- the exported model -------------------------------------------------------------------------

@pytest.mark.parametrize("path", [MODEL_FILE, ALONE_FILE], ids=["in-document", "alone"])
def test_exported_weights_reproduce_scikit_learns_scores(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    model = Model(data)
    sample = data["meta"]["sample"]
    assert len(sample) >= 20
    cut = math.log(model.threshold / (1 - model.threshold))  # the threshold as a score
    for entry in sample:
        score = model.bias + sum(model.weights.get(name, 0.0) for name in entry["features"])
        assert score == pytest.approx(entry["score"], abs=0.02)
        if abs(entry["score"] - cut) > 0.02:  # same decision, unless rounding could tip it
            assert (model.probability(entry["features"]) >= model.threshold) == (entry["score"] >= cut)


def test_the_shipped_models_load_and_say_how_they_were_chosen():
    for alone in (False, True):
        model = load(alone=alone)
        assert 0.0 < model.threshold < 1.0 and model.weights
        assert {"C", "words", "cv", "folds"} <= set(model.meta)


def test_training_is_deterministic():
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import fls_train

    rows = [json.loads(line) for line in (ROOT / "benchmarks" / "fls" / "sentences.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()]
    tune = [r for r in rows if r["half"] == "tune"][:400]
    feats = fls_train.featurise(tune)
    first = fls_train.fit(tune, feats, 3.0, 0.3, False, sample=5)
    second = fls_train.fit(tune, feats, 3.0, 0.3, False, sample=5)
    assert first.weights == second.weights and first.bias == second.bias
    assert any(name.startswith("w:") for name in first.weights)
    for entry in first.meta["sample"]:
        assert first.bias + sum(first.weights.get(n, 0.0) for n in entry["features"]) == pytest.approx(entry["score"], abs=0.02)


def test_a_hand_over_is_logistics_whatever_the_weights():
    reader = Reader(transcript=True)
    verdict = reader.judge("I would now like to turn the conference over to Jane Doe, Head of Investor Relations.")
    assert not verdict.forward_looking and verdict.reason == "logistics"
    assert Reader(transcript=True).judge("We will turn the business toward growth next year.").forward_looking


def test_a_long_item_judged_forward_looking_keeps_the_list_open():
    lead = Verdict(True, ["expect-verb"], "weighed forward-looking", 0.9)
    long_item = Verdict(True, ["range"], "weighed forward-looking", 0.8)
    text = "Gross profit rate to be approximately flat, " + "reflecting many things " * 20 + "-"
    assert follow_list(long_item, text, lead, "Net sales up 4% to 6%. -")[1] is lead
    short = Verdict(False, [], "no sign of the future", 0.1)
    assert follow_list(short, "An effective tax rate in the low 20s. -", lead, text)[0].forward_looking


# --- weighing the words without naming them ---------------------------------------------------

_WEIGHED = [
    "We expect revenue of $2.1 billion to $2.3 billion in fiscal 2025, and we expect margins to expand.",
    "Net sales were $4.2 billion, up 5% year over year; net sales were up in every segment.",
    "The company plans to open 20 new stores next year and will continue to invest in its stores.",
    "Guidance: we are raising our outlook for the full year. We see growth, growth and more growth.",
    "x",
]


@pytest.mark.parametrize("text", _WEIGHED)
def test_words_weighed_directly_give_the_same_probability_as_named_features(text):
    """`Model.probability_with_words` is `probability(features(...))` to the last bit (the scan
    weighs the words without naming them; the verdict must not move), repeated words and pairs
    counted once as the named features count them."""
    from fslcheck.fls.features import named_features

    model = load()
    context = Context()
    context.advance("2025 Outlook", [])
    cues = fired(text)
    named, lower = named_features(text, cues, context)
    named = list(dict.fromkeys(named))
    assert model.probability_with_words(named, lower) == model.probability(features(text, cues, context, model.words))
