"""The report a reviewer acts on (issue 11): golden pages and unit tests for every status explained,
severity-first ordering in plain words, the document view's margin notes, print, the review
record and the batch index.

Three releases: the bundled seed; the seed edited the way the issue describes ('materially'
dropped, the Act's year 1996, "We guarantee 40% growth next year." added before the approved
wording), built here from the bundled file; and a small release whose only legend is a newswire's
disclaimer (tests/data/report/newswire-set-aside.txt). Golden files are in tests/golden/, scrubbed
of dates, versions and digests; regenerate after an intended change with

    FSLCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_report_review.py

and review the diff.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import fslcheck
from fslcheck.documents.model import Document
from fslcheck.report import html_report, json_report, render, text_report, view_model
from fslcheck.report.explanation import Quote, detail_line, explain, place, quote, status_words, title_words
from fslcheck.result import DocumentResult, Finding, PackInfo, Result, Severity, Status

from .test_report_html import OPTIONS, Page, assert_golden

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = "examples/sos-staffing_2003-10-01_8k-ex99.txt"
COMPANY_PACK = "rules/examples/sos-staffing.yaml"
NEWSWIRE = "tests/data/report/newswire-set-aside.txt"
ADDED = "We guarantee 40% growth next year."


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def edited_seed(directory: Path) -> Path:
    """The seed with the issue's three edits, written to `directory`/sos-staffing-edited.txt."""
    text = (ROOT / EXAMPLE).read_text(encoding="utf-8")
    assert text.count("differ   materially") == 1 and text.count("Act of 1995") == 1
    text = text.replace("differ   materially", "differ").replace("Act of 1995", "Act of 1996")
    at = text.index("Statements   in  this")
    path = directory / "sos-staffing-edited.txt"
    path.write_text(text[:at] + ADDED + " " + text[at:], encoding="utf-8")
    return path


def newswire_result() -> Result:
    """The newswire fixture as the engine checks it (the set-aside legend is the engine's own
    `details["set_aside"]` on the legend-required finding)."""
    return fslcheck.check([NEWSWIRE])


def scrub_json(text: str) -> str:
    text = re.sub(r'"[0-9a-f]{64}"', '"SHA256"', text)
    return text.replace(f'"fslcheck": "{fslcheck.__version__}"', '"fslcheck": "VERSION"')


def assert_golden_text(name: str, text: str) -> None:
    # assert_golden scrubs HTML-only things; text and JSON have nothing of those.
    assert_golden(name, text)


# ---------------------------------------------------------------------------------------------
# Golden pages: seed, edited seed, newswire; HTML, text and JSON


def test_golden_edited_seed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # the page names the document by its path: keep it short and stable
    path = edited_seed(tmp_path).relative_to(tmp_path)
    result = fslcheck.check([str(path)], rules=[str(ROOT / COMPANY_PACK)])
    page = render(result, "html", OPTIONS)
    assert_golden("sos-staffing-edited.html", page)
    assert_golden_text("sos-staffing-edited.report.txt", render(result, "text", OPTIONS))
    assert_golden_text("sos-staffing-edited.json", scrub_json(render(result, "json", OPTIONS)))
    words = " ".join("".join(Page(page).text).split())
    # The verdict box names the blockers, in plain words.
    verdict = words[words.index("FAIL"):words.index("Checklist")]
    assert "Actual results could differ materially \u2013 Not found" in verdict
    # Every status explained: 'materially' is what the redline and the explanation say is gone.
    assert "lacks \u201cmaterially\u201d" in words
    assert "the year reads 1996, the rule expects 1995" in words
    # The added sentence is an insertion in the redline; the approved opening is not struck.
    assert re.search(r"\[\+</span><ins>We guarantee 40% growth next year\.</ins>", page)
    assert "<del>Statements" not in page
    # No jargon, no noise (the redline's own [+ +] marks aside).
    prose = " ".join("".join(Page(re.sub(r'<p class="redline">.*?</p>', "", page)).text).split())
    for jargon in ("Weak at score", "Met at score", "Score \u2014", "Location \u2014", "+1996", "[6 of 3]"):
        assert jargon not in prose, jargon


def test_golden_seed_text_and_json(in_repo: None) -> None:
    result = fslcheck.check([EXAMPLE], rules=[COMPANY_PACK])
    text = render(result, "text", OPTIONS)
    assert_golden_text("sos-staffing.report.txt", text)
    assert_golden_text("sos-staffing.json", scrub_json(render(result, "json", OPTIONS)))
    assert "6 factors found, 6 required." in text and "[6 of" not in text


def test_golden_newswire_set_aside(in_repo: None) -> None:
    result = newswire_result()
    page = html_report.render(result, OPTIONS)
    assert_golden("newswire-set-aside.html", page)
    assert_golden_text("newswire-set-aside.report.txt", text_report.render(result, OPTIONS))
    data = json.loads(json_report.render(result, OPTIONS))
    legend = next(f for f in data["documents"][0]["findings"] if f["rule"] == "pslra.legend-required")
    # The engine's own set-aside block: its reason and the line it starts on are said in words.
    (block,) = legend["details"]["set_aside"]
    text = result.documents[0].document.text
    line = text[:block["start"]].count("\n") + 1
    assert "disclaimer" in block["reason"]
    assert f"at line {line} was set aside: {block['reason']}" in legend["explanation"]
    # Shown in the document view as a hatched mark (its first words) with a margin note.
    first_words = " ".join(text[block["start"]:block["end"]].split()[:3])
    assert re.search(r'<mark class="st-set-aside"[^>]*>' + re.escape(first_words), page)
    view = view_model.document_view(result, result.documents[0], version="x", when=view_model.generated_at())
    noted = [h for line in view.lines for h in line.notes if h.status == "set-aside"]
    assert len(noted) == 1 and "disclaimer" in noted[0].label
    # The key under the text says it in words, once, without the rule id.
    key = " ".join("".join(Page(page[page.index('<ol class="hl-key"'):]).text).split())
    assert f"Set aside, not counted as the legend: {block['reason']}" in key


# ---------------------------------------------------------------------------------------------
# Explanations, from synthetic findings (the engine's details per CONTRACTS.md)


def doc_of(text: str, fmt: str = "text", **kwargs) -> Document:
    return Document(path="d", text=text, format=fmt, sha256="0" * 64, **kwargs)


def finding(status: Status, **kwargs) -> Finding:
    base = dict(rule="pslra.differ-materially", title="Actual results could differ materially",
                severity=Severity.ERROR, status=status, message="Warn that actual results could differ materially.")
    base.update(kwargs)
    return Finding(**base)


def test_missing_with_closest_wording_names_what_it_lacks() -> None:
    f = finding(Status.MISSING, details={"closest": {"excerpt": "actual results may differ", "score": 71.4,
                                                     "lacks": ["materially"], "start": 10, "end": 35}})
    said = explain(f)
    assert said == ("The closest wording in the document is \u201cactual results may differ\u201d "
                    "(score 71 of 100): lacks \u201cmaterially\u201d.")
    negated = finding(Status.MISSING, details={"closest": {"excerpt": "results may not differ materially",
                                                           "score": 90, "lacks": ["negated: 'may not differ'"]}})
    assert "negated: 'may not differ'" in explain(negated)


def test_missing_without_anything_near_and_degrading_gracefully() -> None:
    assert explain(finding(Status.MISSING)) == "No wording near this requirement was found in the document."
    # Half-filled or odd details never break the sentence.
    for details in ({"closest": {}}, {"closest": "text"}, {"closest": {"excerpt": "x", "score": "high"}},
                    {"set_aside": [{"reason": None}]}, {"set_aside": "x"}, {"factors": None}):
        assert explain(finding(Status.MISSING, details=details)).endswith(".")


def test_contradicted_is_a_plain_word() -> None:
    f = finding(Status.VIOLATED, excerpt="Actual results will not differ materially.",
                details={"polarity": "negated", "polarity_cue": "will not"}, notes=["negated: 'will not differ'"])
    assert status_words(f) == "Contradicted"
    assert "says the opposite" in explain(f) and "\u201cwill not\u201d" in explain(f)
    forbidden = finding(Status.VIOLATED, rule="acme.no-guarantee", title="No guarantees", excerpt="We guarantee it.")
    assert status_words(forbidden) == "Forbidden wording found"


def test_plain_status_words() -> None:
    assert [status_words(finding(s)) for s in Status] == [
        "Found", "Not found", "Found, but wording differs", "Forbidden wording found", "Waived", "Not applicable"]


def test_weak_says_what_differs_in_words() -> None:
    f = finding(Status.WEAK, score=98.0, notes=["wording differs in a word that carries meaning: 1995, no, +1996"])
    said = explain(f)
    assert "the year reads 1996, the rule expects 1995" in said and "lacks \u201cno\u201d" in said
    statute = finding(Status.WEAK, score=100.0, message="Refer to the Reform Act of 1995.", details={"threshold": 92},
                      notes=["the sentence misstates a number the rule names: reform act of 1996"])
    assert "the year reads 1996, the rule expects 1995" in explain(statute)
    assert "a word that carries meaning differs" in detail_line(statute)


def test_weak_drift_names_the_closest_words_and_what_they_lack() -> None:
    text = "Results may be significantly different in the future.\n"
    start = text.index("significantly")
    f = finding(Status.WEAK, score=84.4, start=start, end=start + len("significantly different"),
                excerpt=text.strip(), details={"threshold": 90, "closest": {"lacks": ["materially"]}})
    said = explain(f, doc_of(text))
    assert said == ("The closest wording, \u201csignificantly different\u201d, is near the requirement but lacks "
                    "\u201cmaterially\u201d (score 84 of 100; 90 counts as found).")


def test_met_quotes_a_match_that_lies_past_its_shortened_sentence() -> None:
    text = "Factors include " + "one risk, " * 80 + "all as described in documents filed with the SEC.\n"
    start = text.index("filed with")
    f = finding(Status.MET, start=start, end=start + len("filed with the SEC"), excerpt=text[:200] + "\u2026")
    assert explain(f, doc_of(text)) == "Found: \u201cfiled with the SEC\u201d."


def test_no_double_negative_in_titles() -> None:
    f = finding(Status.MISSING, title="No undue reliance")
    assert title_words(f) == "The \u201cNo undue reliance\u201d statement"
    assert title_words(finding(Status.MISSING)) == "Actual results could differ materially"


def test_met_quotes_the_matched_words_inside_their_sentence() -> None:
    text = "Intro.\nThe Company assumes no obligation to update any forward-looking statement.\n"
    start = text.index("assumes")
    f = finding(Status.MET, start=start, end=start + len("assumes no obligation to update"),
                excerpt="The Company assumes no obligation to update any forward-looking statement.")
    q = quote(f, doc_of(text))
    assert q == Quote("The Company ", "assumes no obligation to update", " any forward-looking statement.")
    assert explain(f, doc_of(text)) == "Found: \u201cassumes no obligation to update\u201d."
    # Cut around the match, whole words, never inside the match.
    cut = Quote("word " * 30, "the matched words", " tail" * 30).cut(60)
    assert "the matched words" in cut and len(cut) <= 60 and cut.startswith("\u2026")


def test_human_places() -> None:
    one_line_html = doc_of("First paragraph.\nSecond paragraph.\nThird one here.", fmt="html",
                           anchor_offsets=[0], anchor_lines=[10], anchor_columns=[24000])
    assert place(one_line_html, one_line_html.text.index("Third")) == "paragraph 3"
    assert place(doc_of("a\nb\nc"), 4) == "line 3"
    pdf = doc_of("p one\np two", fmt="pdf", page_starts=[0, 6])
    assert place(pdf, 7) == "page 2"


def test_waived_and_review_record() -> None:
    text = "Body text.\n"
    waived = finding(Status.WAIVED, rule="pslra.heading", title="Legend heading", severity=Severity.INFO)
    waived.waiver = {"rule": "pslra.heading", "path": "*.txt", "reason": "house style has no heading",
                     "approved_by": "J. Counsel", "expires": "2027-01-31", "was": "missing"}
    result = Result(documents=[DocumentResult(path="d.txt", findings=[waived], document=doc_of(text))],
                    pack=PackInfo("acme", "Acme", "2026.1", []))
    assert explain(waived) == "Waived (reason: house style has no heading; approved by J. Counsel; expires 2027-01-31)."
    page = html_report.render(result, OPTIONS)
    words = " ".join("".join(Page(page).text).split())
    assert "rule pack acme, version 2026.1" in words
    table = page[page.index('<table class="waivers">'):page.index("</table>", page.index('<table class="waivers">'))]
    for cell in ("house style has no heading", "J. Counsel", "2027-01-31", "waiver"):
        assert f"<td>{cell}</td>" in table
    for blank in ("Reviewer", "Date", "Decision", "Notes"):
        assert f"<dt>{blank}</dt>" in page
    assert page.count('<dd class="blank') >= 6


# ---------------------------------------------------------------------------------------------
# Document view and print


def test_margin_notes_never_change_the_lines(in_repo: None) -> None:
    result = fslcheck.check([EXAMPLE], rules=[COMPANY_PACK])
    doc = result.documents[0]
    view = view_model.document_view(result, doc, version="x", when=view_model.generated_at())
    lines = view.lines
    assert ["".join(s.text for s in line.segments) for line in lines] == doc.document.text.split("\n")
    assert sum(len(line.notes) for line in lines) == len(view.highlights)
    page = html_report.render(result, OPTIONS)
    text = page[page.index('<div class="doc-text'):page.index('<ol class="hl-key"')]
    # Inside the text column only marks: every label sits in the margin column.
    for column in re.findall(r'<span class="dl-text">(.*?)</span>(?:<span class="dl-notes">|</div>)', text):
        assert "hl-label" not in column and "<a " not in column


def test_passing_cards_are_one_line_details_and_fold_in_print(in_repo: None) -> None:
    result = fslcheck.check([EXAMPLE], rules=[COMPANY_PACK])
    page = html_report.render(result, OPTIONS)
    passing = re.findall(r'<details class="card [^"]*passing"', page)
    fine = [f for f in result.documents[0].findings if not f.status.is_problem]
    assert len(fine) >= 11 and len(passing) == len(fine)  # every element found (or not applicable)
    assert not re.search(r'<article class="card [^"]*st-met', page)
    style = Page(page).raw["style"][0]
    assert "details.card.passing > :not(summary) { display: none; }" in style
    assert "counter(pages)" in style  # page x of y
    head = Page(page).raw["style"][1]
    assert head.startswith("@page { @top-left { content:") and "\\000020PASS\\000020" in head


# ---------------------------------------------------------------------------------------------
# Batch index


def test_index_headline_weighs_failures_and_orders_rows(in_repo: None, tmp_path: Path) -> None:
    bad = tmp_path / "unreadable.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    plain = tmp_path / "no-legend.txt"
    plain.write_text("ACME expects revenue to grow next year.\n", encoding="utf-8")
    result = fslcheck.check([str(bad), EXAMPLE, str(plain)], rules=[COMPANY_PACK])
    assert result.summary["errors"] == 1 and result.summary["failed"] == 1
    names = view_model.page_names(d.path for d in result.documents)
    view = view_model.index_view(result, names, version="x", when=view_model.generated_at())
    assert view.verdict == "fail"
    assert view.headline == "1 failed \u00b7 1 could not be read \u00b7 1 passed"
    assert [row.verdict for row in view.rows] == ["fail", "error", "pass"]
    assert all(not Path(row.path).is_absolute() for row in view.rows)
    assert "Not found: Actual results could differ materially" in view.rows[0].problems
    assert len(view.rows[0].problems) == view_model.INDEX_PROBLEMS and view.rows[0].problems[-1].startswith("and ")
    page = html_report.render_index(view)
    assert "! ERROR" not in " ".join("".join(Page(page).text).split()).split("Documents")[0]


# ---------------------------------------------------------------------------------------------
# Model clauses


def test_default_pack_model_clauses_make_a_legend_that_meets_every_rule() -> None:
    pack = fslcheck.load_pack("us-pslra")
    models = {rule.id: rule.model for rule in pack.rules}
    assert all(models.values()), [rid for rid, model in models.items() if not model]
    body = " ".join(model for rid, model in models.items()
                    if rid not in ("pslra.heading", "pslra.legend-required"))
    # a dated release whose body looks ahead: the coverage and staleness rules apply to it
    lead = ("June 2, 2026 -- ACME Corp. expects revenue to grow 10% in fiscal 2027, and it plans to open "
            "30 new stores next year.")
    text = f"{lead}\n\n{models['pslra.heading']}\n\n{body}\n"
    result = fslcheck.compile_pack(pack).check_text(text)
    assert {f.rule: f.status.value for f in result.findings} == {rid: "met" for rid in models}


def test_suggestion_prefers_the_approved_wording(tmp_path: Path) -> None:
    from fslcheck.report.explanation import suggestion

    edited = edited_seed(tmp_path)
    doc = fslcheck.check([str(edited)], rules=[str(ROOT / COMPANY_PACK)]).documents[0]
    approved = [f.approved for f in doc.findings if f.approved]
    by_rule = {f.rule: f for f in doc.findings}
    differ = suggestion(by_rule["pslra.differ-materially"], approved)
    assert differ is not None and differ.source == "approved"
    assert "actual results to differ materially" in differ.text
    # The misstated year: counsel's sentence citing the Act of 1995 (not the model clause's
    # sections of the 1933 and 1934 Acts, which counsel's wording does not cite).
    statute = suggestion(by_rule["pslra.statute"], approved)
    assert statute is not None and statute.source == "approved" and "Reform Act of 1995" in statute.text
    assert suggestion(by_rule["pslra.statute"], [a.replace("of 1995", "of 1996") for a in approved]).source == "model"
    # No approved sentence says "undue reliance": the model clause.
    reliance = suggestion(by_rule["pslra.undue-reliance"], approved)
    assert reliance is not None and reliance.source == "model" and "undue reliance" in reliance.text
    # Nothing for an element that is met, and the approved-text rule shows its own wording.
    assert suggestion(by_rule["pslra.no-update"], approved) is None
    assert suggestion(by_rule["sos-staffing.approved-legend"], approved) is None
    forbidden = finding(Status.VIOLATED, model="Say this.")
    assert suggestion(forbidden) is None
    assert suggestion(finding(Status.MISSING, model="  Say   this. ")).text == "Say this."
    data = json.loads(render(fslcheck.check([str(edited)], rules=[str(ROOT / COMPANY_PACK)]), "json", OPTIONS))
    reported = {f["rule"]: f.get("suggestion") for f in data["documents"][0]["findings"]}
    assert reported["pslra.undue-reliance"]["source"] == "model" and reported["pslra.no-update"] is None


# ---------------------------------------------------------------------------------------------
# With the engine's real details: parts by name, the closest sentence, scope


DIFFER_RULE = {"id": "pslra.differ-materially", "scope": "legend",
               "parts": {"subject": ["result", "outcome"], "change": ["differ", "vary"],
                         "degree": ["material", "significant"], "source": ["from those"]}}


def test_a_lacking_part_is_named_by_the_rules_own_word() -> None:
    sentence = ("Readers are cautioned that all statements involve risks and other factors that could cause "
                "the Company's actual results to differ from those anticipated in such statements including, "
                "without limitation, the Company's ability to attract staff, economic fluctuations and competition.")
    f = finding(Status.MISSING, message="Warn that actual results could differ materially from those expressed.",
                details={"closest": {"excerpt": sentence, "score": 66.7, "lacks": ["degree"]}})
    said = explain(f, rule=DIFFER_RULE)
    assert said.endswith("lacks \u201cmaterially\u201d.")
    # The quote is cut around the words that fill the parts, not at the sentence's start.
    assert "actual results to differ from those" in said and "Readers are cautioned" not in said
    # A part the message does not use is named by the words the part accepts; no rule: its name.
    assert "lacks a word such as \u201csubject\u201d" not in explain(f, rule=DIFFER_RULE)
    other = finding(Status.MISSING, message="Say it.", details={"closest": {"excerpt": "x", "lacks": ["degree"]}})
    assert explain(other, rule=DIFFER_RULE).endswith(
        "lacks a word such as \u201cmaterial\u201d or \u201csignificant\u201d.")
    assert explain(other).endswith("lacks \u201cdegree\u201d.")


def test_locations_say_in_the_legend_and_where_a_missing_element_was_looked_for() -> None:
    from fslcheck.report.explanation import looked_in, where

    text = "Headline.\nStatements here are forward-looking.\nActual results may differ materially.\n"
    document = doc_of(text)
    start = text.index("Actual")
    met = finding(Status.MET, start=start, end=start + 6)
    assert where(met, document, DIFFER_RULE) == "line 3, in the legend"
    assert where(met, document, dict(DIFFER_RULE, scope="document")) == "line 3"
    missing = finding(Status.MISSING, anchor="legend", anchor_start=text.index("Statements"))
    assert looked_in(missing, document, DIFFER_RULE) == "looked for in the legend, which starts at line 2"
    nowhere = finding(Status.MISSING, anchor="document", anchor_start=0)
    assert looked_in(nowhere, document, DIFFER_RULE) == ""  # the explanation says it
    assert explain(nowhere, document, DIFFER_RULE) == (
        "The document has no legend to look in; this element counts only inside one.")
    assert looked_in(nowhere, document) == "no legend was found"
    assert looked_in(nowhere, document, dict(DIFFER_RULE, scope="document")) == "looked for in the whole document"
    assert looked_in(met, document, DIFFER_RULE) == ""


def test_the_engines_closest_wording_reads_right_in_the_edited_seed(tmp_path: Path) -> None:
    """Real engine data: differ-materially in the edited seed lacks 'materially', quoted at 'differ'."""
    result = fslcheck.check([str(edited_seed(tmp_path))], rules=[str(ROOT / COMPANY_PACK)])
    data = json.loads(json_report.render(result, OPTIONS))
    differ = next(f for f in data["documents"][0]["findings"] if f["rule"] == "pslra.differ-materially")
    assert differ["status"] == "missing" and differ["details"]["closest"]["lacks"]
    assert "lacks \u201cmaterially\u201d" in differ["explanation"]
    assert "results to differ from those anticipated" in differ["explanation"]
    line = result.documents[0].document.locate(differ["details"]["closest"]["start"]).line
    assert f"The closest wording in the document (line {line}) is" in differ["explanation"]


def test_contradicted_says_negated_or_reversed_with_the_documents_words_once() -> None:
    from fslcheck.report.explanation import shown_notes

    f = finding(Status.VIOLATED, excerpt="Actual results will not differ materially.",
                details={"polarity": "negated", "polarity_cue": "will not differ"},
                notes=["negated: 'will not differ'", "inside a tracked insertion"])
    assert explain(f) == "The document says the opposite \u2013 negated: \u201cwill not differ\u201d."
    assert shown_notes(f) == ["inside a tracked insertion"]  # the explanation said it already
    # Only the engine's note: polarity and words read from it.
    noted = finding(Status.VIOLATED, rule="pslra.no-update", excerpt="We undertake to update them.",
                    notes=["reversed: 'undertake to update'"])
    assert explain(noted) == "The document says the opposite \u2013 reversed: \u201cundertake to update\u201d."


def test_weak_drift_without_a_key_word_change_gets_a_word_level_difference() -> None:
    from fslcheck.report.explanation import drift

    assert drift("after the date of this", "as of the date {hereof|of this|of the}") == [
        "\u201cafter\u201d where the rule has \u201cas of\u201d"]
    assert drift("all forward-looking statements", "forward looking statement*") == ["adds \u201call\u201d"]
    assert drift("not place reliance", "not place undue reliance") == ["lacks \u201cundue\u201d"]
    text = "Past performance should not be considered a reliable indicator.\n"
    start = text.index("should")
    end = text.index(" a reliable")
    f = finding(Status.WEAK, score=80.0, start=start, end=end, excerpt=text.strip(),
                details={"threshold": 90, "matched_phrase": "{should|must} not {be|} {rely|relied}",
                         # the proposition's closest sentence is elsewhere: its lacks are not these words'
                         "closest": {"excerpt": "Other.", "lacks": ["object"], "start": 500, "end": 520}})
    said = explain(f, doc_of(text))
    assert "(\u201cshould not be relied\u201d) but differs: \u201cconsidered\u201d where the rule has \u201crelied\u201d" in said
    assert "object" not in said


def test_a_passage_far_from_the_wording_is_no_list_of_differences() -> None:
    f = finding(Status.MISSING, score=13.5, excerpt="DENVER -- Lakeside Robotics reported revenue of $41.2 million.",
                details={"threshold": 100, "weak": 80},
                notes=["wording differs in a word that carries meaning: 1995, not, +41, +2025"])
    said = explain(f)
    assert said.startswith("No wording near this requirement was found") and "scores 14 of 100" in said
    assert "41" not in said and "Lakeside" not in said


def test_no_legend_no_in_the_legend(in_repo: None) -> None:
    """A legend rule that fell back to the whole text (no legend found) is not 'in the legend'."""
    from fslcheck.report.explanation import has_legend, rule_index, where

    result = fslcheck.check([NEWSWIRE], rules=[COMPANY_PACK])
    doc = result.documents[0]
    assert not has_legend(doc.findings)
    rules = rule_index(result.pack.rules)
    placed = [f for f in doc.findings if f.start is not None]
    assert placed and all("legend" not in where(f, doc.document, rules.get(f.rule), has_legend(doc.findings))
                          for f in placed)
    assert "in the legend" not in text_report.render(result, OPTIONS).replace("looked for in the legend", "")


def test_index_names_a_set_aside_legend_first(in_repo: None, tmp_path: Path) -> None:
    result = fslcheck.check([NEWSWIRE, EXAMPLE])
    view = view_model.index_view(result, ["a.html", "b.html"], version="x", when=view_model.generated_at())
    row = next(r for r in view.rows if "newswire" in r.path)
    assert row.problems[0].startswith("A legend-like passage was set aside: ") and "disclaimer" in row.problems[0]
    assert not any("set aside" in p for r in view.rows if r is not row for p in r.problems)


def test_a_misstated_number_is_marked_in_the_quote() -> None:
    text = "These are forward-looking statements within the meaning of the Reform Act of 1996.\n"
    start = text.index("Reform Act")
    f = finding(Status.WEAK, score=100.0, start=start, end=start + len("Reform Act"), excerpt=text.strip(),
                notes=["the sentence misstates a number the rule names: reform act of 1996"])
    found = quote(f, doc_of(text))
    assert found is not None and found.match == "Reform Act of 1996" and found.after == "."


def test_shortened_quotes_end_on_a_whole_word() -> None:
    from fslcheck.report.explanation import _short

    said = _short("actual results may differ materially from those expressed " * 5, 40)
    assert said.endswith("\u2026") and len(said) <= 40
    assert said[:-1].split()[-1] in "actual results may differ materially from those expressed".split()
