"""The default pack's elements read as propositions (data/propositions.yaml): other wording of
the same statement is met, a sentence that says the opposite is violated (contradicted), a
sentence about something else does not count."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import fslcheck
from fslcheck.errors import RuleError
from fslcheck.rules.loader import load_pack
from fslcheck.testing import check_example, example_cases

CASES = yaml.safe_load((Path(__file__).parent / "data" / "propositions.yaml").read_text(encoding="utf-8"))
OPENING = "Forward-Looking Statements\n\nThis release contains forward-looking statements. "


@pytest.fixture(scope="module")
def pack():
    return fslcheck.compile_pack()


def _id(case: dict) -> str:
    return f"{case['rule']}-{case['status']}-{case['text'][:50]}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_proposition_case(pack, case):
    text = (OPENING if case.get("prefix", True) else "") + case["text"]
    finding = next(f for f in pack.check_text(text).findings if f.rule == f"pslra.{case['rule']}")
    status = finding.status.value
    expected = case["status"]
    if expected == "not-met":
        assert status in ("missing", "weak"), (status, finding.details, finding.notes)
    else:
        assert status == expected, (status, finding.details, finding.notes)
    if expected == "violated":
        assert finding.details["polarity"] in ("negated", "reversed", "open-ended", "past", "another's")
        assert finding.details["polarity_cue"] and finding.notes
    if expected == "met" and "parts" in finding.details:
        assert finding.details["polarity"] == "affirmed"


ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PACK = ROOT / "rules" / "us-pslra.yaml"


@pytest.mark.parametrize("case", example_cases(str(DEFAULT_PACK)), ids=str)
def test_default_pack_examples(case):
    """Every pass, fail and flip example of the default pack behaves as declared."""
    check_example(case)


def test_every_proposition_of_the_default_pack_has_a_flip():
    pack = load_pack([str(DEFAULT_PACK)])
    propositions = [rule for rule in pack.rules if rule.kind == "proposition"]
    assert len(propositions) == 8
    assert all(rule.examples.flips for rule in propositions), [r.id for r in propositions if not r.examples.flips]


def test_a_flip_is_contradicted_with_its_cue(pack):
    text = "Forward-Looking Statements\n\nThis release contains forward-looking statements. " \
           "Actual results may not differ materially from our projections."
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.differ-materially")
    assert finding.status.value == "violated"
    assert finding.details["polarity"] == "negated"
    assert finding.details["polarity_cue"] == "not differ materially"
    assert finding.notes == ["negated: 'not differ materially'"]
    assert finding.details["parts"]["change"] == "differ"


def test_missing_element_names_the_closest_wording_and_what_it_lacks(pack):
    text = "Forward-Looking Statements\n\nThis release contains forward-looking statements. " \
           "Actual results may differ from our projections."
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.differ-materially")
    assert finding.status.value == "missing"
    closest = finding.details["closest"]
    assert closest["lacks"] == ["material"] and closest["lacks_parts"] == ["degree"]
    assert closest["excerpt"] == "Actual results may differ from our projections."
    assert text[closest["start"]:closest["end"]] == closest["excerpt"]


def test_set_aside_blocks_are_reported_on_legend_required(pack):
    text = "Acme reports results. Acme expects revenue to grow next year.\n\nTo read Acme's Safe Harbor Statement on forward-looking statements, " \
           "please visit www.acme.com/safe-harbor.\n"
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.legend-required")
    assert finding.status.value == "missing"
    (block,) = finding.details["set_aside"]
    assert "link only" in block["reason"]
    assert "Safe Harbor Statement" in text[block["start"]:block["end"]]


def test_a_caution_that_names_where_the_filings_are_online_is_no_link_only_pointer(pack):
    text = ("Acme expects revenue to grow next year.\n\nOur remarks include forward-looking statements, which "
            "are subject to the risks outlined in our public filings, which are available at www.sec.gov.\n")
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.legend-required")
    assert finding.status.value == "met", finding.details.get("set_aside")
    pointer = next(f for f in pack.check_text(text).findings if f.rule == "pslra.sec-filings")
    assert pointer.status.value == "met"


def test_a_caution_noted_only_in_the_release_is_a_link_only_pointer(pack):
    # the call's sentence sends listeners to the caveats noted in the release and slides
    text = ("Acme expects revenue to grow next year.\n\nAs a reminder, all forward-looking statements are "
            "subject to various assumptions and caveats as noted in the earnings release and in the slides.\n")
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.legend-required")
    assert finding.status.value == "missing"
    (block,) = finding.details["set_aside"]
    assert "link only" in block["reason"]


def test_a_caution_that_names_its_risks_beside_the_release_is_no_link_only_pointer(pack):
    # the same pointer in a sentence that itself says the statements carry risks speaks as the legend
    text = ("Acme expects revenue to grow next year.\n\nAll forward-looking statements are subject to risks "
            "and uncertainties, as noted in the earnings release and in the slides.\n")
    finding = next(f for f in pack.check_text(text).findings if f.rule == "pslra.legend-required")
    assert finding.status.value == "met", finding.details.get("set_aside")


@pytest.mark.parametrize("form, message", [
    ("subject + verb", "which `parts` does not define"),
    ("subject + subject", "names a part twice"),
    ("subject plus degree", "joined by '+'"),
])
def test_bad_forms_are_named(tmp_path, form, message):
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "id: t\nrules:\n  - id: t.p\n    kind: proposition\n    severity: error\n    title: T\n    message: M\n"
        "    parts: {subject: [result], degree: [material]}\n"
        f"    forms: [\"{form}\"]\n", encoding="utf-8")
    with pytest.raises(RuleError) as raised:
        load_pack([str(pack)])
    assert message in str(raised.value) and "pack.yaml" in str(raised.value)


@pytest.mark.parametrize("before", ["", "ACME CORP\n\nPress release\n\n",
                                    "ACME reported revenue of $5 million for the quarter, up from last year.\n\n",
                                    "Revenue in this release rose. "])
def test_status_does_not_depend_on_unrelated_text_before_the_legend(pack, before):
    """A fuzzy alignment whose window reaches into the text before must not change the finding."""
    legend = "Forward-looking statements in this release could differ from actual results, which may be different."
    alone = {f.rule: f for f in pack.check_text(legend).findings}
    found = {f.rule: f for f in pack.check_text(before + legend).findings}
    for rule in ("pslra.identification", "pslra.differ-materially"):
        assert (found[rule].status, found[rule].score) == (alone[rule].status, alone[rule].score), rule
        if found[rule].status.value != "met":  # a near miss always says what it is and what it lacks
            closest = found[rule].details["closest"]
            assert closest["lacks"] and (before + legend)[closest["start"]:closest["end"]] == legend


def test_a_sentence_refused_before_it_is_read_would_have_given_no_candidate(monkeypatch):
    """`Proposition._may_yield` turns a sentence away, before its occurrences are read for idioms,
    dates and carve-outs, when its words fill too few parts for any form or closest wording: on
    every example of the default pack's propositions (passing, failing, flipped) each finds the
    same candidates as when every sentence is read."""
    from fslcheck.meaning.proposition import Proposition

    compiled = fslcheck.compile_pack()
    rules = [rule for rule in compiled.pack.rules if rule.kind == "proposition"]
    texts = [t for rule in rules for t in (*rule.examples.passing, *rule.examples.failing, *rule.examples.flips)]
    assert len(texts) > 40

    def findings():
        return [[(f.rule, f.status, f.start, f.end, repr(f.details)) for f in compiled.check_text(t, gates=False).findings]
                for t in texts]

    refused = []
    may_yield = Proposition._may_yield
    monkeypatch.setattr(Proposition, "_may_yield", lambda self, present: refused.append(1) or may_yield(self, present))
    with_refusal = findings()
    monkeypatch.setattr(Proposition, "_may_yield", lambda self, present: True)
    assert findings() == with_refusal
    assert refused  # (the refusal was asked)


def test_a_sentence_refused_on_the_parts_that_may_occur_would_have_given_no_candidate(monkeypatch):
    """`Part.may_occur` lets `_in_range` refuse a sentence before any term is matched: on every
    example of the default pack's propositions each finds the same as when every part is taken to
    occur (and so every part's occurrences are read), and a part never occurs where it may not."""
    from fslcheck.meaning.proposition import Proposition
    from fslcheck.meaning.terms import Part

    compiled = fslcheck.compile_pack()
    rules = [rule for rule in compiled.pack.rules if rule.kind == "proposition"]
    texts = [t for rule in rules for t in (*rule.examples.passing, *rule.examples.failing, *rule.examples.flips)]

    def findings():
        return [[(f.rule, f.status, f.start, f.end, repr(f.details)) for f in compiled.check_text(t, gates=False).findings]
                for t in texts]

    may_occur, occurrences = Part.may_occur, Part.occurrences
    asked = []

    def checked(self, tokens, lo, hi, tolerant=False):
        found = occurrences(self, tokens, lo, hi, tolerant)
        assert tolerant or not found or may_occur(self, tokens, lo, hi)
        asked.append(1)
        return found

    monkeypatch.setattr(Part, "occurrences", checked)
    with_refusal = findings()
    monkeypatch.setattr(Part, "may_occur", lambda self, tokens, lo, hi: True)
    monkeypatch.setattr(Proposition, "_parts_that_may_occur", lambda self, tokens, lo, hi: set(self.parts))
    assert findings() == with_refusal
    assert asked


def test_the_parts_that_may_occur_are_those_each_part_admits():
    """`Proposition._parts_that_may_occur` (one lookup of the words present for all the parts) is
    the set of parts whose `Part.may_occur` holds, on every sentence of the pack's examples and of
    the corpus's legends, and on made-up ones with OCR look-alikes and prefixed terms."""
    from fslcheck.checks.base import CheckContext
    from fslcheck.documents import load_path
    from fslcheck.meaning.clauses import Tokens
    from fslcheck.meaning.proposition import Proposition

    from .corpus_support import CORPUS

    compiled = fslcheck.compile_pack()
    propositions = [c.proposition for c in compiled.checkers if hasattr(c, "proposition")]
    propositions.append(Proposition({"parts": {"verb": ["revis*", "update"], "object": ["statements", "forward-1ooking"],
                                               "none": ["zzz*"]}}))
    rules = [rule for rule in compiled.pack.rules if rule.kind == "proposition"]
    texts = [t for rule in rules for t in (*rule.examples.passing, *rule.examples.failing, *rule.examples.flips)]
    texts += ["We revise our statemcnts.", "No update of forward-1ooking statements is made.", "", "zzzz"]
    folder = CORPUS / "releases"
    sentences = []
    for text in texts:
        tokens = Tokens.of(text)
        sentences.append((tokens, [(0, len(tokens))] + [(i, len(tokens)) for i in range(1, len(tokens), 7)]))
    if folder.is_dir():
        for path in sorted(folder.iterdir())[:40]:
            if path.suffix in (".txt", ".htm", ".html", ".md"):
                for document in load_path(path):
                    context = CheckContext(document)
                    for start, end in context.legend_spans:
                        sentences.append((context.tokens("legend"), context.sentence_ranges(start, end, "legend")))
    assert sentences
    for proposition in propositions:
        for tokens, ranges in sentences:
            for lo, hi in ranges:
                assert proposition._parts_that_may_occur(tokens, lo, hi) == \
                    {name for name, part in proposition.parts.items() if part.may_occur(tokens, lo, hi)}


def test_open_ended_terms_tried_at_a_word_are_those_that_may_stand_there(monkeypatch):
    """`_open_terms_at` (the open-ended terms indexed by their first word, as written and OCR-
    folded) leaves out only terms that cannot stand at the word: the pack's propositions read the
    same open ends (`_open_ended`, `_open_end_after`) as when every term is tried, on every
    sentence of their examples and of made-up ones with OCR look-alikes; and a term whose first
    word is another is not offered."""
    from fslcheck.meaning.clauses import Tokens
    from fslcheck.meaning.polarity import PolarityReadings

    compiled = fslcheck.compile_pack()
    propositions = [c.proposition for c in compiled.checkers if hasattr(c, "proposition") and c.proposition.open_ended]
    assert propositions
    rules = [rule for rule in compiled.pack.rules if rule.kind == "proposition"]
    texts = [t for rule in rules for t in (*rule.examples.passing, *rule.examples.failing, *rule.examples.flips)]
    texts += ["These statements speak only as of the date hereof and remain current until further notice.",
              "They speak as of tbe date hereof, not as of any 1ater date, and until withdrawn."]
    sentences = [Tokens.of(text) for text in texts]

    def read():
        out = []
        for proposition in propositions:
            for tokens in sentences:
                out.append(proposition._open_ended(tokens, 0, len(tokens)))
                out.extend(proposition._open_end_after(tokens, a, len(tokens)) for a in range(len(tokens)))
        return out

    indexed = read()
    monkeypatch.setattr(PolarityReadings, "_open_terms_at", lambda self, word, skeleton: self.open_ended)
    assert read() == indexed
    assert any(indexed)
    monkeypatch.undo()
    from fslcheck.words import ocr_skeleton

    for proposition in propositions:
        for word in ["until", "unti1", "as", "so", "zzzz", "further", "furtber"]:
            skeleton = ocr_skeleton(word) if len(word) >= 4 else word
            expected = [t for t in proposition.open_ended
                        if word in t.words[0][0] or (len(word) >= 4 and skeleton in t.skeletons[0])]
            assert proposition._open_terms_at(word, skeleton) == expected, word
    assert propositions[0]._open_terms_at("zzzz", "zzzz") == []
