"""`pslra.fls-coverage` and `pslra.staleness` on real corpus releases: each asserts the warning on
a mutated copy and its absence on the clean text (the corpus has no natural case of either)."""

from __future__ import annotations



import fslcheck
from fslcheck.result import Status

from .conftest import CORPUS, corpus_or_skip


def finding(path, rule):
    result = fslcheck.check([str(path)])
    (document,) = result.documents
    assert document.error is None, document.error
    return next(f for f in document.findings if f.rule == rule)


def copy_with(tmp_path, name, old, new):
    source = CORPUS / "releases" / name
    text = source.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {name}"
    target = tmp_path / name
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return source, target


def test_coverage_flags_a_topic_the_legend_does_not_speak_to(tmp_path):
    corpus_or_skip()
    name = "geovax_2025-07-02_press-release.md"
    clean = finding(CORPUS / "releases" / name, "pslra.fls-coverage")
    assert clean.status is Status.MET, clean.details
    sentence = "GeoVax intends to appeal the verdict in its patent lawsuit and expects the court to rule in 2026."
    anchor = "GeoVax is entering a value inflection phase"
    _, mutated = copy_with(tmp_path, name, anchor, sentence + " " + anchor)
    found = finding(mutated, "pslra.fls-coverage")
    assert found.status is Status.MISSING and found.severity.value == "warning"
    assert list(found.details["uncovered"]) == ["litigation"]
    assert found.details["uncovered"]["litigation"][0]["text"] == sentence
    assert "78u-5(c)(1)(A)(i)" in found.basis


def test_coverage_is_met_once_the_legend_names_a_related_factor(tmp_path):
    corpus_or_skip()
    name = "geovax_2025-07-02_press-release.md"
    sentence = "GeoVax intends to appeal the verdict in its patent lawsuit and expects the court to rule in 2026."
    source = (CORPUS / "releases" / name).read_text(encoding="utf-8")
    anchor = "GeoVax is entering a value inflection phase"
    legend_anchor = "Actual results may differ materially"
    assert legend_anchor in source
    text = source.replace(anchor, sentence + " " + anchor, 1).replace(
        legend_anchor, "Risks include the outcome of pending litigation. " + legend_anchor, 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert finding(path, "pslra.fls-coverage").status is Status.MET


def test_staleness_flags_an_old_annual_report(tmp_path):
    corpus_or_skip()
    name = "southern-co_2005-01-25_8k-ex99-01.txt"
    clean = finding(CORPUS / "releases" / name, "pslra.staleness")
    assert clean.status is Status.MET and clean.details["release_date"] == "2005-01-25"
    _, mutated = copy_with(tmp_path, name, "Form 10-K for the year ended Dec. 31, 2003",
                           "Form 10-K for the year ended Dec. 31, 2001")
    found = finding(mutated, "pslra.staleness")
    assert found.status is Status.MISSING and found.severity.value == "warning"
    (stale,) = found.details["stale"]
    assert stale["kind"] == "filing" and stale["period_end"] == "2001-12-31"


def test_staleness_flags_an_as_of_date_other_than_the_release_date(tmp_path):
    corpus_or_skip()
    name = "oracle_2019-07-10_8k-ex99-1.htm"
    clean = finding(CORPUS / "releases" / name, "pslra.staleness")
    assert clean.status is Status.MET and clean.details["release_date"] == "2019-07-10"
    _, mutated = copy_with(tmp_path, name, "current as of July&nbsp;10, 2019", "current as of May&nbsp;1, 2019")
    found = finding(mutated, "pslra.staleness")
    assert found.status is Status.MISSING
    (stale,) = found.details["stale"]
    assert stale["kind"] == "as-of" and stale["date"] == "2019-05-01"


def test_coverage_counts_the_documents_own_risk_factors_section(tmp_path):
    """A 10-K's cautionary language includes its own Item 1A: the topics it speaks to are covered.
    Without that section, the legend's bare pointer to "Risk Factors" covers nothing and the
    finding says the legend only points elsewhere."""
    corpus_or_skip()
    name = "apple_2024-11-01_10k.md"
    clean = finding(CORPUS / "releases" / name, "pslra.fls-coverage")
    assert clean.status is Status.MET, clean.details["uncovered"]
    _, mutated = copy_with(tmp_path, name, "Item 1A.    Risk Factors\n", "Item 1A.    Other Matters\n")
    found = finding(mutated, "pslra.fls-coverage")
    assert found.status is Status.MISSING and found.details["pointer_only"] is True
    assert any("points to risk factors in other filings" in note for note in found.notes)


def test_a_pack_without_coverage_gives_the_other_findings_unchanged():
    # `CompiledPack.without` (tests and benchmarks that score legend elements only) drops the
    # rules of a kind from the pack and its transcripts' pack, and nothing else moves
    text = ("Contoso Ltd. expects revenue to grow in 2026 and plans to open two plants next year.\n\n"
            "Forward-Looking Statements\n\nThis release contains forward-looking statements within the "
            "meaning of the Private Securities Litigation Reform Act of 1995, which involve risks and "
            "uncertainties; actual results may differ materially. Contoso undertakes no obligation to "
            "update any forward-looking statement.\n")
    pack = fslcheck.compile_pack()
    lean = pack.without("fls-coverage")
    full = {f.rule: (f.status, f.excerpt) for f in pack.check_text(text).findings}
    kept = {f.rule: (f.status, f.excerpt) for f in lean.check_text(text).findings}
    assert "pslra.fls-coverage" in full and "pslra.fls-coverage" not in kept
    assert kept == {rule: found for rule, found in full.items() if rule != "pslra.fls-coverage"}
    assert all(c.rule.kind != "fls-coverage" for c in lean.for_transcripts.checkers)
    assert len(pack.checkers) == len(lean.checkers) + 1  # the pack itself is left whole


def test_topic_of_ascii_sentences_lower_cased_as_the_case_blind_patterns_read_them():
    """`topic_of` reads an ASCII sentence lower-cased with case-fixed patterns (for speed): the
    topic is the one the case-blind patterns give, for sentences in any case, and a sentence
    outside ASCII is read with the case-blind patterns themselves."""
    import re

    from fslcheck.fls import topics

    def case_blind(text: str) -> str:
        if topics._GUIDANCE.search(text) and re.search(r"\b(?:guidance|outlook|eps|per share|revenue|earnings)\b",
                                                       text, re.IGNORECASE):
            return topics.DEFAULT
        return next((name for name, pattern in topics._BODY.items() if pattern.search(text)), topics.DEFAULT)

    sentences = ["We EXPECT FDA Approval of the Phase II Trial in 2025.", "The Merger is expected to CLOSE in Q3.",
                 "We will Raise Working Capital and repay DEBT.", "Our 2025 Outlook for EPS is $1.10.",
                 "The company plans to LAUNCH new Stores.", "Inflation will weigh on Consumer Spending.",
                 "We will appeal the Verdict.", "Growth will continue.", "We expect the ſettlement to close.",
                 "İnflation and TARİFFS will rise."]
    for sentence in sentences:
        for text in (sentence, sentence.upper(), sentence.lower()):
            assert topics.topic_of(text) == case_blind(text), text


def test_date_cues_of_ascii_sentences_are_those_of_the_case_blind_patterns():
    """`_date_cues` reads an ASCII (lower-cased) sentence with its patterns compiled without
    IGNORECASE (for speed): the cues are those the case-blind patterns give, on random sentences
    made of date words; a sentence outside ASCII keeps the case-blind patterns."""
    import random
    from datetime import date

    from fslcheck.fls import cues

    words = ("first second third fourth 1st 4th quarter half of fiscal year fy fy25 q3 q4'24 h1 h2 2024 2025 "
             "1999 2031 january march december 15, in by for during through end of calendar compared to versus "
             "the revenue 20 19 ' .").split()
    rng = random.Random(5)
    releases = [date(2024, 6, 30), date(1999, 1, 5), date(2025, 12, 1)]
    case_blind = cues._DATE_PATTERNS
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 14)))
        for release in releases:
            fast = cues._date_cues(text, release)
            cues._DATE_PATTERNS_ASCII, saved = case_blind, cues._DATE_PATTERNS_ASCII
            try:
                assert fast == cues._date_cues(text, release), (text, release)
            finally:
                cues._DATE_PATTERNS_ASCII = saved
    assert cues._date_cues("in 2030 — ahead", date(2024, 1, 1)) == ["future-date"]  # not ASCII: case-blind


def test_letter_runs_are_the_runs_the_letters_pattern_finds():
    """The word index splits a sentence into runs of a-z from its UTF-8 bytes (for speed): the
    same runs `_LETTERS.findall` gives, whatever characters outside ASCII stand between them
    (accents, dashes, emoji, a lone surrogate, the Kelvin sign)."""
    import random

    from fslcheck.fls import cues

    alphabet = "abcdefghijklmnopqrstuvwxyz ABZ019'-.\u00e9\u2014\u017f\u212a\U0001F600\ud800\u0130\u0131"
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert cues._letter_runs(text) == cues._LETTERS.findall(text), text


def test_past_count_is_the_count_of_the_past_pattern_up_to_two():
    """`named_features` counts past-tense words with two quicker patterns (long words in "-ed", and
    was/were/had/did) instead of `_PAST`: the same none, one or many on random text."""
    import random

    from fslcheck.fls import features

    def with_past(lower: str) -> int:
        found = features._PAST.search(lower)
        return 0 if found is None else 1 if features._PAST.search(lower, found.end()) is None else 2

    pieces = ["was", "were", "had", "did", "ed", "ended", "bed", "shed", "need", "reported", "wasted", "hadn't", " ",
              " ", ",", "_", "1", "é", "a", "d", "e", "ſ", "weed", "ed.", "x"]
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert features._past_count(text) == with_past(text), text


def test_a_scan_judged_in_parts_judges_as_the_whole_scan():
    """`Scan` judges a document's sentences only as far as it is asked, in batches: asked in any
    steps (the first forward-looking sentence, then up to some point, then all), every sentence
    gets the verdict a scan of the whole document gives it."""
    import random

    from fslcheck.fls.scan import Scan, scan

    text = ("Contoso Ltd. Reports Results\n\nREDMOND, Wash., March 3, 2026 -- Contoso Ltd. reported revenue of "
            "$12 million for the quarter. The board met twice.\n\nOutlook\n\nFor fiscal 2026 the company expects:\n"
            "- revenue of $50 million to $55 million;\n- a tax rate of approximately 21 percent; and\n"
            "- capital spending of $4 million.\n\nWe plan to open two plants next year and intend to appeal the "
            "verdict. The merger is expected to close in the third quarter. " + "Sales rose in every region. " * 40
            + "\n\nForward-Looking Statements\n\nThis release contains forward-looking statements; actual results "
            "may differ materially. Contoso undertakes no obligation to update them.\n")
    legend = [(text.index("This release contains"), len(text))]
    whole = [(j.sentence.text, j.verdict, j.topic, j.in_legend) for j in scan(text, legend)]
    assert any(verdict.forward_looking for _, verdict, _, _ in whole)
    rng = random.Random(2)
    for _ in range(20):
        parts = Scan(text, legend)
        assert parts.first_forward_looking() is not None
        for count in sorted(rng.sample(range(len(parts) + 1), 3)):
            assert len(parts.upto(count)) == count
        got = [(j.sentence.text, j.verdict, j.topic, j.in_legend) for j in parts.all()]
        assert got == whole


def test_any_forward_looking_answers_as_reading_in_order():
    """`Scan.any_forward_looking` judges the sentences that read like forward-looking ones first,
    on their own: its answer is still the one reading in order gives, when a probed sentence is
    not forward-looking after all ("expected" of the past) and the one that is has no word of
    `_LIKELY`, and when the body makes no forward-looking statement at all."""
    from fslcheck.fls.scan import Scan

    opening = "Contoso Ltd. Reports Results\n\nContoso reported revenue of $12 million for the quarter. "
    probed_wrong = "Revenue was higher than the company had expected last year. The board met twice. "
    unlikely = "Contoso aims to double its sales by 2030. "
    legend = ("\n\nForward-Looking Statements\n\nThis release contains forward-looking statements; actual "
              "results may differ materially. Contoso will not update them.\n")
    for body, forward in ((opening + probed_wrong + unlikely, True), (opening + probed_wrong, False),
                          (opening + unlikely + probed_wrong * 3, True), (opening + "We will open a plant in Ohio next year. ", True)):
        text = body + legend
        spans = [(text.index("This release contains"), len(text))]
        in_order = Scan(text, spans).first_forward_looking() is not None
        assert in_order is forward, body
        assert Scan(text, spans).any_forward_looking() is forward, body
        assert Scan(text, spans).any_forward_looking(one_pass=2) is forward, body


def test_on_topics_gives_the_topic_each_sentence_has():
    """`on_topics` looks for the topics asked for only in the sentences with their words: it
    finds every sentence whose `topic_of` is one of them, for any set of topics."""
    import random

    from fslcheck.fls import topics

    sentences = ["We expect FDA approval of the Phase II trial in 2025.", "The merger is expected to close in Q3.",
                 "We will raise capital and repay debt.", "Our 2025 outlook for EPS is $1.10.",
                 "The company plans to launch new stores.", "Inflation will weigh on consumer spending.",
                 "We will appeal the verdict.", "Growth will continue.", "We expect the ſettlement to close.",
                 "İnflation and TARİFFS will rise.", "Revenue from the new product will grow.", ""]
    names = list(topics.TOPICS)
    rng = random.Random(4)
    for _ in range(300):
        asked = set(rng.sample(names, rng.randint(0, len(names))))
        texts = rng.sample(sentences, rng.randint(0, len(sentences)))
        want = {i: topics.topic_of(text) for i, text in enumerate(texts) if topics.topic_of(text) in asked}
        assert topics.on_topics(texts, asked) == want, (asked, texts)


def test_coverage_of_an_ascii_legend_is_the_case_blind_reading():
    """`coverage` reads an ASCII legend lower-cased with case-fixed patterns (for speed) and quotes
    the legend's own words: the same words, in the legend's case, as the case-blind patterns find."""
    from fslcheck.fls import topics

    legends = ["Risks include FDA Approval, the Closing of the Merger and Pending LITIGATION.",
               "Factors include Competition, Supply Disruptions, Currency Exchange Rates and our Indebtedness.",
               "Our Results of Operations may vary.", "Nothing relevant here.", "İnflation and the ſupply of goods."]
    for legend in legends:
        for text in (legend, legend.upper()):
            got = topics.coverage(text)
            for name in topics.TOPICS:
                match = topics._LEGEND[name].search(text)
                if match:
                    assert got[name] == match.group(0), (text, name)


def test_coverage_judges_no_sentence_past_the_first_forward_looking_one_when_every_topic_is_covered():
    """Only sentences on a topic the cautionary language leaves uncovered can make the finding:
    when the legend speaks to every topic, the body is judged only as far as its first
    forward-looking sentence (which makes the rule apply), or, when that sentence reads as one
    ("expects", "plans to"), hardly at all (`Scan.any_forward_looking` probes it first)."""
    from fslcheck.checks.base import CheckContext
    from fslcheck.checks.forward_looking import scanner
    from fslcheck.documents.text import from_text
    from fslcheck.fls.topics import TOPICS

    body = ("Contoso Ltd. expects revenue to grow in 2026. " + "It plans to open a plant in Ohio next year. " * 60)
    legend = ("Forward-Looking Statements\n\nThis release contains forward-looking statements within the meaning of "
              "the Private Securities Litigation Reform Act of 1995; actual results may differ materially. Factors "
              "include regulatory approvals, the closing of acquisitions, litigation, our indebtedness, competition, "
              "supply disruptions, economic conditions and our results of operations. Contoso undertakes no "
              "obligation to update any forward-looking statement.\n")
    document = from_text(body + "\n\n" + legend, "<text>", "0")
    pack = fslcheck.compile_pack()
    (checker,) = [c for c in pack.checkers if c.rule.kind == "fls-coverage"]
    context = CheckContext(document)
    found = checker.check(context)
    assert found.status is Status.MET
    assert set(found.details["topics"]) == set(TOPICS)
    scan = scanner(context)
    assert 0 < scan.judged_at_all <= 5 < len(scan) / 2
