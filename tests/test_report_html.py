"""The HTML report: golden pages, escaping, the redline, links between cards and highlights.

Golden files live in tests/golden/ and are scrubbed of what changes from run to run (generation
time, fslcheck version, the rule files' SHA-256). After an intended change to the report or the
engine, regenerate them and review the diff:

    FSLCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_report_html.py
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

import fslcheck
from fslcheck.documents.model import Document, Location
from fslcheck.report import RENDERERS, RenderOptions, html_report, render, view_model
from fslcheck.report.redline import DELETE, EQUAL, INSERT, redline
from fslcheck.result import DocumentResult, Finding, PackInfo, Result, Severity, Status

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLE = "examples/sos-staffing_2003-10-01_8k-ex99.txt"
DRAFT = "tests/golden/sos-staffing-draft.txt"  # the example with three edits a reviewer must catch
COMPANY_PACK = "rules/examples/sos-staffing.yaml"
OPTIONS = RenderOptions(version="9.9.9-golden")


# ---------------------------------------------------------------------------------------------
# Helpers


def scrub(page: str) -> str:
    """Remove what differs between runs: time, version, rule-file digests."""
    page = re.sub(r'<time datetime="[^"]*">[^<]*</time>', '<time datetime="TIME">TIME</time>', page)
    page = page.replace(OPTIONS.version, "VERSION").replace(fslcheck.__version__, "VERSION")
    return re.sub(r'<code class="pack-sha">[0-9a-f]*</code>', '<code class="pack-sha">SHA256</code>', page)


def assert_golden(name: str, page: str) -> None:
    path = GOLDEN / name
    page = scrub(page)
    if os.environ.get("FSLCHECK_UPDATE_GOLDEN") == "1" or not path.exists():
        if os.environ.get("CI") and not path.exists():
            pytest.fail(f"golden file {path} is missing (generate it with FSLCHECK_UPDATE_GOLDEN=1)")
        path.write_text(page, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert page == expected, (
        f"{name} differs from the golden file; if the change is intended, regenerate with "
        "FSLCHECK_UPDATE_GOLDEN=1 python -m pytest tests/test_report_html.py and review the diff"
    )


class Page(HTMLParser):
    """A parsed page: elements with their attributes, the text of <script> and <style>."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None
        self.text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag in self.raw:
            self._in = tag
            self.raw[tag].append("")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag == self._in:
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw[self._in][-1] += data
        else:
            self.text.append(data)

    def tags(self, name: str) -> list[dict[str, str | None]]:
        return [attrs for tag, attrs in self.elements if tag == name]

    def ids(self) -> set[str]:
        return {attrs["id"] for _, attrs in self.elements if attrs.get("id")}


@pytest.fixture
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run from the repository root so document paths in the pages are relative and stable."""
    monkeypatch.chdir(ROOT)


def check(*paths: str) -> Result:
    return fslcheck.check(list(paths), rules=[COMPANY_PACK])


# ---------------------------------------------------------------------------------------------
# Golden pages from the real engine


def test_registered_as_a_format() -> None:
    assert RENDERERS["html"] is html_report
    assert html_report.FORMAT == "html"


def test_golden_example_release_passes(in_repo: None) -> None:
    result = check(EXAMPLE)
    assert result.documents[0].verdict == "pass"
    page = render(result, "html", OPTIONS)
    assert_golden("sos-staffing.html", page)
    parsed = Page(page)
    assert "PASS" in "".join(parsed.text)


def test_golden_failing_draft(in_repo: None) -> None:
    result = check(DRAFT)
    doc = result.documents[0]
    assert doc.verdict == "fail"
    page = html_report.render(result, OPTIONS)
    assert_golden("sos-staffing-draft.html", page)
    text = " ".join("".join(Page(page).text).split())
    assert "FAIL" in text and "Not ready to release" in text
    # The company's factor that the draft dropped is named, with its status in words.
    assert re.search(r"<tr class=\"st-missing\"><td>Economic fluctuations</td><td>Not found</td>", page)
    # The redline against counsel's wording shows the edits, in <del>/<ins> and in text.
    assert "[-no-]" in text.replace(" ", "") and "[+an+]" in text.replace(" ", "")
    assert re.search(r"<del>1995</del>", page) and re.search(r"<ins>1993</ins>", page)


def test_golden_batch_index(in_repo: None, tmp_path: Path) -> None:
    result = check(EXAMPLE, DRAFT)
    written = html_report.write_batch(result, tmp_path / "out", OPTIONS)
    assert [p.name for p in written] == [
        "index.html", "sos-staffing_2003-10-01_8k-ex99.txt.html", "sos-staffing-draft.txt.html"]
    index = written[0].read_text(encoding="utf-8")
    assert_golden("index.html", index)
    hrefs = [a["href"] for a in Page(index).tags("a") if a["href"] and not a["href"].startswith("#")]
    # Server-side order: the failing draft first, then the passing release.
    assert hrefs == [p.name for p in reversed(written[1:])]
    for page in written[1:]:
        assert 'href="index.html"' in page.read_text(encoding="utf-8")
    # The batch page of a document equals its single page, apart from the way back to the index.
    single = scrub(html_report.render(check(EXAMPLE), OPTIONS))
    batch = scrub(written[1].read_text(encoding="utf-8"))
    assert re.sub(r'<li><a href="index.html">&larr; All documents</a></li>\n?', "", batch) == single


def test_provenance_in_footer(in_repo: None) -> None:
    result = check(EXAMPLE)
    page = html_report.render(result, OPTIONS)
    footer = page[page.index('<footer class="provenance"'):]
    assert OPTIONS.version in footer
    for _, digest in result.pack.files:
        assert digest in footer
    assert result.documents[0].document.sha256 in footer
    assert EXAMPLE in footer
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">', footer)
    assert "found at score 90" in footer  # thresholds from the findings' details


def test_links_go_both_ways(in_repo: None) -> None:
    """Every card link to a highlight resolves, and every highlight links back to a card."""
    page = Page(html_report.render(check(DRAFT), OPTIONS))
    ids = page.ids()
    links = [a["href"] for a in page.tags("a") if (a["href"] or "").startswith("#")]
    assert links and all(link[1:] in ids for link in links)
    labels = [a for a in page.tags("a") if "hl-label" in (a.get("class") or "")]
    assert len(labels) >= 10
    assert all(a["id"].startswith("hl-") and a["href"].startswith("#card-") for a in labels)
    card_links = {link for link in links if link.startswith("#hl-")}
    assert {"#" + a["id"] for a in labels if not re.search(r"risk-factors", a["href"])} <= card_links
    assert len(page.tags("mark")) >= len(labels)


def test_checklist_order_problems_first_by_severity_then_position(in_repo: None) -> None:
    result = check(DRAFT)
    view = view_model.document_view(result, result.documents[0], version="x",
                                    when=view_model.generated_at())
    cards = [card for group in view.groups for card in group.cards]
    assert len(cards) == len(result.documents[0].findings)
    problems = [c for c in cards if c.is_problem]
    assert view.groups[0].key == "problems" and cards[:len(problems)] == problems
    ranks = [{"error": 0, "warning": 1, "info": 2}[c.severity] for c in problems]
    assert ranks == sorted(ranks), "an info item sits before a more severe one"
    # Within one severity, reading order: a problem with a place in the text before one without.
    by_rule = {f.rule: f for f in result.documents[0].findings}
    for a, b in zip(problems, problems[1:]):
        if a.severity == b.severity and by_rule[b.rule].start is not None:
            assert by_rule[a.rule].start is not None and by_rule[a.rule].start <= by_rule[b.rule].start


def test_info_never_between_blockers() -> None:
    """Synthetic findings: two blockers and an info item, the info one first in the pack."""
    text = "Alpha sentence. Beta sentence. Gamma sentence.\n"
    doc = Document(path="d.txt", text=text, format="text", sha256="0" * 64)

    def make(rule: str, severity: Severity, start: int | None) -> Finding:
        return Finding(rule=rule, title=rule, severity=severity, status=Status.MISSING, message="m",
                       start=start, end=None if start is None else start + 5)

    findings = [make("r.info", Severity.INFO, 0), make("r.late", Severity.ERROR, 31),
                make("r.warn", Severity.WARNING, 16), make("r.early", Severity.ERROR, None)]
    findings[3].details["closest"] = {"excerpt": "Alpha", "score": 60.0, "lacks": ["x"], "start": 0, "end": 5}
    result = Result(documents=[DocumentResult(path="d.txt", findings=findings, document=doc)],
                    pack=PackInfo("p", "P", "1", []))
    view = view_model.document_view(result, result.documents[0], version="x", when=view_model.generated_at())
    assert [c.rule for c in view.groups[0].cards] == ["r.early", "r.late", "r.warn", "r.info"]
    assert [title for title, _, _ in view.banner.blocking] == ["r.early", "r.late"]


def test_cli_writes_the_page(in_repo: None, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from fslcheck.cli import main

    out = tmp_path / "report.html"
    run = CliRunner().invoke(main, ["check", EXAMPLE, "--rules", COMPANY_PACK, "--format", "html",
                                    "--output", str(out)])
    assert run.exit_code == 0, run.output
    golden = (GOLDEN / "sos-staffing.html").read_text(encoding="utf-8")
    assert scrub(out.read_text(encoding="utf-8")) == golden


# ---------------------------------------------------------------------------------------------
# Escaping: nothing from a document or a rule pack becomes markup

HOSTILE_TEXT = (
    "ACME Corp. announces results. <script>alert(1)</script>\n\n"
    'Forward-looking statements "><img src=x onerror=alert(1)> involve risks.\n'
    "Visit javascript:alert(3) & <a href=\"https://evil.example\">here</a>.\n"
)


def hostile_result() -> Result:
    text = HOSTILE_TEXT
    doc = Document(path='drafts/<i>evil</i>".txt', text=text, format="text", sha256="ab" * 32)
    s = text.index("<script>")
    i = text.index('"><img')
    markup = '<b>bold</b><script>alert("rule")</script><img src=x onerror=alert(2)>'
    findings = [
        Finding(
            rule='evil"><script>alert(4)</script>', title=f"Title {markup}", severity=Severity.ERROR,
            status=Status.WEAK, message=f"Message {markup}", score=80.0, start=s, end=i + 30,
            location=Location(line=1, column=31), excerpt=f"Excerpt {markup}",
            basis="javascript:alert(5)", notes=[f"Note {markup}"],
            details={"threshold": "<b>90</b>", "count": 1, "required": 2, "items": [markup],
                     "factors": [{"id": "x<script>", "name": f"Factor {markup}", "status": "met",
                                  "score": 99.0, "start": s, "end": s + 8, "excerpt": markup}]},
            approved=f"Approved {markup} wording <script>alert(6)</script>",
        ),
        Finding(rule="plain.rule", title="Plain", severity=Severity.WARNING, status=Status.MET,
                message="ok", score=100.0, start=i, end=i + 10, excerpt=text[i : i + 10],
                basis="https://example.com/law?a=1&b=2"),
    ]
    pack = PackInfo(id="<pack>", title="<script>alert(7)</script>", version='1"><img src=x>',
                    files=[("<rules>.yaml", "<sha>")])
    return Result(documents=[DocumentResult(path=doc.path, findings=findings, document=doc)], pack=pack)


def test_no_markup_from_document_or_rules(tmp_path: Path) -> None:
    result = hostile_result()
    pages = [html_report.render(result, OPTIONS)]
    written = html_report.write_batch(result, tmp_path, OPTIONS)
    pages += [p.read_text(encoding="utf-8") for p in written]
    own_script = html_report.environment().get_template("_script.js.j2").render()
    for html in pages:
        page = Page(html)
        tags = [tag for tag, _ in page.elements]
        assert "img" not in tags and "iframe" not in tags and "b" not in tags and "i" not in tags
        assert page.raw["script"] == [own_script]  # exactly one script: the report's own
        for tag, attrs in page.elements:
            assert not any(name.startswith("on") for name in attrs), (tag, attrs)
            for name in ("href", "src", "action"):
                assert not (attrs.get(name) or "").strip().lower().startswith("javascript:"), (tag, attrs)
        hrefs = [a["href"] for a in page.tags("a")]
        assert "https://evil.example" not in hrefs
        if 'id="document-text"' in html:  # document pages show the hostile text, as text
            text = "".join(page.text)
            assert "<script>alert(1)</script>" in text
            assert '"><img src=x onerror=alert(1)>' in text
    single = Page(pages[0])
    text = "".join(single.text)
    for shown in ("Title <b>bold</b>", "Message <b>bold</b>", "Note <b>bold</b>", "Factor <b>bold</b>",
                  "<script>alert(7)</script>", "javascript:alert(5)", 'drafts/<i>evil</i>".txt'):
        assert shown in text
    # An http(s) basis becomes a link (escaped); anything else stays text.
    assert [a["href"] for a in single.tags("a") if (a["href"] or "").startswith("http")] == [
        "https://example.com/law?a=1&b=2"]


def test_csp_allows_exactly_the_inline_style_and_script(in_repo: None) -> None:
    page_html = html_report.render(check(EXAMPLE), OPTIONS)
    page = Page(page_html)
    csp = next(m["content"] for m in page.tags("meta") if m.get("http-equiv") == "Content-Security-Policy")

    def source(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert "default-src 'none'" in csp
    assert f"style-src {source(page.raw['style'][0])}" in csp
    assert f"script-src {source(page.raw['script'][0])}" in csp
    assert not page.tags("link") and not page.tags("img")  # self-contained
    assert not [t for t, a in page.elements if "style" in a]  # inline style attributes would be blocked


def test_autoescape_everywhere_and_no_safe_filter() -> None:
    env = html_report.environment()
    assert env.autoescape is True
    templates = resources.files("fslcheck.report") / "templates"
    names = [p.name for p in templates.iterdir() if p.name.endswith(".j2")]
    assert {"document.html.j2", "index.html.j2", "_base.html.j2"} <= set(names)
    for name in names:
        source = (templates / name).read_text(encoding="utf-8")
        assert "|safe" not in source.replace(" ", "") and "autoescape false" not in source, name
        assert "Markup(" not in source
    for module in ("view_model.py", "redline.py", "explanation.py"):
        source = (resources.files("fslcheck.report") / module).read_text(encoding="utf-8")
        assert "Markup(" not in source and "|safe" not in source, module
    # One exception: the running head's @page rule, whose text is hex-escaped by css_string.
    source = (resources.files("fslcheck.report") / "html_report.py").read_text(encoding="utf-8")
    assert source.count("Markup(") == 1 and "page_style=Markup(css)" in source
    css = html_report.running_head_css('</style><script>alert(1)</script> "quoted" \\ \n & \u00b7')
    assert not set(css) & set("<>&'\n") and css.count('"') == 2


# ---------------------------------------------------------------------------------------------
# The view model, without HTML


def test_segments_rebuild_the_text_and_nest() -> None:
    result = hostile_result()
    view = view_model.document_view(result, result.documents[0], version="x",
                                    when=view_model.generated_at())
    assert "".join(seg.text for seg in view.segments) == HOSTILE_TEXT
    starts = [h for seg in view.segments for h in seg.starts]
    assert [h.number for h in starts] == sorted(h.number for h in view.highlights)
    assert [h.number for h in view.highlights] == list(range(1, len(view.highlights) + 1))
    weak = next(h for h in view.highlights if h.status == "weak")
    assert weak.container  # it holds the factor span and the other rule's span
    inner = next(seg for seg in view.segments if len(seg.marks) > 1)
    assert inner.status != "" and not inner.outer


def test_banner_words() -> None:
    result = hostile_result()
    doc = result.documents[0]
    banner = view_model.document_view(result, doc, version="x", when=view_model.generated_at()).banner
    assert banner.verdict == "fail" and banner.headline == "Not ready to release"
    assert banner.blocking and banner.blocking[0][2] == "Found, but wording differs"
    doc.fail_on = "never"
    banner = view_model.document_view(result, doc, version="x", when=view_model.generated_at()).banner
    assert banner.verdict == "pass" and "never" in banner.explanation and "1 item to review" in banner.review


def test_error_document_page() -> None:
    result = Result(documents=[DocumentResult(path="missing.docx", error="file not found")],
                    pack=PackInfo("p", "P", "1", []))
    page = html_report.render(result, OPTIONS)
    text = " ".join("".join(Page(page).text).split())
    assert "ERROR" in text and "file not found" in text and "Document text" not in text


def test_several_documents_on_one_page_say_so_and_empty_results_render() -> None:
    docs = [DocumentResult(path="a.txt", error="x"), DocumentResult(path="b.txt", error="y")]
    result = Result(documents=docs, pack=PackInfo("p", "P", "1", []))
    assert "first of 2 documents" in html_report.render(result, OPTIONS)
    empty = html_report.render(Result(documents=[], pack=PackInfo("p", "P", "1", [])), OPTIONS)
    assert "0 documents" in empty


def test_page_names_are_unique_and_leave_index_free() -> None:
    names = view_model.page_names(["a/report.txt", "b/report.txt", "index", "x/y/<evil>.htm"])
    assert names == ["report.txt.html", "report.txt-2.html", "index-2.html", "evil-htm.html"]


def test_source_date_epoch_pins_the_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1065000000")
    assert view_model.generated_at().isoformat() == "2003-10-01T09:20:00+00:00"


# ---------------------------------------------------------------------------------------------
# Redline


def ops(approved: str, actual: str) -> list[tuple[str, str]]:
    return [(t.op, t.text) for t in redline(approved, actual).tokens]


def test_redline_marks_changed_words() -> None:
    assert ops("The Company assumes no obligation to update.",
               "The Company assumes an obligation to update.") == [
        (EQUAL, "The Company assumes"), (DELETE, "no"), (INSERT, "an"), (EQUAL, "obligation to update.")]
    line = redline("risks, economic fluctuations, competition", "risks, competition and war")
    assert (line.deleted_words, line.inserted_words) == (2, 2)
    assert [t.op for t in line.tokens] == [EQUAL, DELETE, EQUAL, INSERT]


def test_redline_ignores_case_quotes_dashes_and_wrapping() -> None:
    line = redline('Words such as "expects" identify forward-looking statements.',
                   "words  such as \u201cexpects\u201d identify forward- looking\nstatements.")
    assert line.identical and line.changes == 0
    assert line.tokens[0].text == "words such as \u201cexpects\u201d identify forward-looking statements."


def test_redline_edges() -> None:
    assert redline("", "").tokens == ()
    assert ops("", "new words") == [(INSERT, "new words")]
    assert ops("old words", "") == [(DELETE, "old words")]
    assert redline("a b", "a b").identical


def test_pdf_pages_are_marked_in_the_text() -> None:
    text = "Page one text.\nPage two text with the legend.\n"
    doc = Document(path="r.pdf", text=text, format="pdf", sha256="0" * 64, page_starts=[0, 15])
    finding = Finding(rule="r.x", title="X", severity=Severity.ERROR, status=Status.MET, message="m",
                      score=100.0, start=20, end=30, location=Location(page=2), excerpt="x")
    result = Result(documents=[DocumentResult(path="r.pdf", findings=[finding], document=doc)],
                    pack=PackInfo("p", "P", "1", []))
    page = html_report.render(result, OPTIONS)
    assert page.count('<div class="page-mark">') == 2 and '<div class="page-mark">Page 2</div>' in page
    assert '<span class="card-where">page 2</span>' in page  # a place a reader finds
