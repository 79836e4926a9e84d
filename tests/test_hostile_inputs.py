"""Hostile inputs found by attacking the tool (benchmarks/hostile.py for the timings).

Work is bounded by counting, never by a stopwatch: a run-on text is read in sentences of bounded
length, so the words the readers step over grow with the text's length, not with its square.
Malformed inputs each cost one error that names the file (exit 2, no traceback) while the rest
of the batch is checked; a property test feeds arbitrary text to `check` and `fls`.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fslcheck
from fslcheck import text_units
from fslcheck.checks import base
from fslcheck.checks.base import CheckContext
from fslcheck.cli import main
from fslcheck.documents import load_bytes
from fslcheck.documents.model import sha256_of
from fslcheck.documents.text import _page_markers
from fslcheck.errors import InputError
from fslcheck.fls.scan import _inside, _merged
from fslcheck.fls.transcript import _SIGNS, is_call_transcript
from fslcheck.meaning import clauses
from fslcheck.report import json_report
from fslcheck.result import Status
from fslcheck.text_units import MAX_SENTENCE_CHARS, cut_sentences, sentence_starts

from .limits import no_traceback, run
from .reliability_files import GOOD_RELEASE, LEGEND, docx

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "sos-staffing_2003-10-01_8k-ex99.txt"
_PACK = fslcheck.compile_pack()


def _legend_soup(size: int) -> str:
    """Legend words without a full stop: one sentence as long as the text, every word a part of
    some rule (the input that took 56 s at 40 KB and hours at 1 MB)."""
    words = LEGEND.replace(".", "").split()
    return " ".join(words * (size // len(LEGEND) + 1))[:size]


@pytest.fixture
def small_bounds(monkeypatch):
    """The run-on bounds lowered fourfold (1,000 words, 10,000 characters), so that a soup a
    quarter the size runs past them as often: the same pieces for a quarter of the time."""
    monkeypatch.setattr(base, "MAX_SENTENCE_WORDS", 1000)
    monkeypatch.setattr(base, "MAX_SENTENCE_CHARS", 10_000)
    monkeypatch.setattr(text_units, "MAX_SENTENCE_CHARS", 10_000)


# 1. Run-on text is read in bounded sentences --------------------------------------------------
def test_sentences_are_cut_to_the_bound_and_ordinary_text_is_not():
    soup = _legend_soup(150_000).lower()
    starts = sentence_starts(soup) + [len(soup)]
    assert max(b - a for a, b in zip(starts, starts[1:])) <= MAX_SENTENCE_CHARS
    assert cut_sentences(soup)
    # every cut falls after a space: no word is split
    assert all(soup[cut - 1] == " " for cut in cut_sentences(soup))
    example = EXAMPLE.read_text(encoding="utf-8").lower()
    assert cut_sentences(example * 3) == []


def test_a_run_on_sentence_is_read_in_pieces_of_bounded_words_with_a_warning(small_bounds):
    document = load_bytes(_legend_soup(15_000).encode(), "soup.txt")[0]
    context = CheckContext(document)
    ranges = context.sentence_ranges(0, len(context.text))
    assert len(ranges) > 1 and max(hi - lo for lo, hi in ranges) <= base.MAX_SENTENCE_WORDS
    result = _PACK.check_document(document)
    assert len(result.findings) == len(_PACK.pack.rules)
    assert any("read in pieces" in w for w in document.warnings)
    assert len([w for w in document.warnings if "read in pieces" in w]) == 1
    ordinary = load_bytes(EXAMPLE.read_bytes(), "example.txt")[0]
    _PACK.check_document(ordinary)
    assert ordinary.warnings == []


def test_the_words_stepped_over_grow_linearly_with_a_run_on_text(monkeypatch, small_bounds):
    """`Tokens.gap` is where every clause and sentence scan looks; count its calls at two sizes,
    each several times the (lowered) bound. Without the bound, doubling the text nearly
    quadrupled them (3.85x at these sizes)."""
    calls = {"n": 0}
    gap = clauses.Tokens.gap

    def counted(self, i):
        calls["n"] += 1
        return gap(self, i)

    monkeypatch.setattr(clauses.Tokens, "gap", counted)
    counts = []
    legend_rules = _PACK.without("fls-coverage")  # the body's scan never reads Tokens: not worth its time here
    for size in (25_000, 50_000):
        calls["n"] = 0
        legend_rules.check_document(load_bytes(_legend_soup(size).encode(), "soup.txt")[0])
        counts.append(calls["n"])
    assert counts[1] / counts[0] < 2.6, counts


def test_the_text_report_shows_the_warning(tmp_path, small_bounds):
    path = tmp_path / "soup.txt"
    path.write_text(_legend_soup(15_000))
    done = CliRunner().invoke(main, ["check", str(path)])
    assert "warning: a sentence longer than" in done.output
    assert "read in pieces" in done.output


@given(st.lists(st.tuples(st.integers(0, 500), st.integers(0, 60)), max_size=12), st.integers(-5, 600))
def test_legend_membership_by_bisection_is_the_plain_test(spans, offset):
    spans = [(a, a + n) for a, n in spans]
    assert _inside(_merged(spans), offset) == any(a <= offset < b for a, b in spans)


# The page markers of EDGAR text and the operator's lines of a call transcript were found by
# patterns that read a run of blank lines to its end from each of its lines (20,000 blank lines:
# 44 s and 10 s). The patterns that replace them find the same things (and, since the thirty-ninth
# session, a `<PAGE>` marker takes the page's number on a line of its own before it too).
_OLD_PAGE_MARKER = re.compile(r"^(?:(?:[ \t]*\n)*[ \t]*(?:\d{1,4}|[A-Z]-\d{1,3}|[ivxl]{1,6})[ \t]*\n(?=(?:[ \t]*\n)*[ \t]*<PAGE>))?"
                              r"(?:[ \t]*\n)*[ \t]*<PAGE>[ \t]*\d*[ \t]*(?:\n[ \t]*)*(?:\n|$)",
                              re.MULTILINE | re.IGNORECASE)
_OLD_OPERATOR = re.compile(r"^\s*operator\b\s*(?::|$)|\boperator instructions\b", re.IGNORECASE | re.MULTILINE)
_PIECES = st.lists(st.sampled_from(["\n", " ", "\t", "\n\n", "<PAGE>", "<page>", "1", "x", ".", "<PAGE> 2\n",
                                    "operator", "Operator:", ":", "\u00a0"]), max_size=16).map("".join)


@settings(max_examples=300)
@given(_PIECES)
def test_page_markers_are_those_the_single_pattern_found(text):
    assert _page_markers(text) == [m.span() for m in _OLD_PAGE_MARKER.finditer(text)]


@settings(max_examples=300)
@given(_PIECES)
def test_the_operator_sign_is_the_one_the_old_pattern_found(text):
    assert bool(_SIGNS["operator"].search(text)) == bool(_OLD_OPERATOR.search(text))


def test_a_text_with_a_hundred_thousand_blank_lines_loads_with_its_line_numbers():
    text = "Acme expects growth.\n" + "\n" * 100_000 + "<PAGE> 2\n" + " \n" * 100_000 + "Operator: welcome.\n"
    document = load_bytes(text.encode(), "filing.txt")[0]
    assert "<PAGE>" not in document.text
    assert document.locate(document.text.index("Operator")).line == 200_003
    assert not is_call_transcript(document.text)  # one sign alone is not a transcript


# 2. Malformed inputs: one error each, the batch goes on ---------------------------------------
def test_a_symlink_loop_is_an_error_naming_it_and_the_batch_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD_RELEASE)
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    for command in (["check"], ["fls"]):
        done = run(*command, "a.txt", "good.txt", "--format", "json", cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        assert no_traceback(done)
        assert b"a.txt" in done.stderr and b"symbolic links" in done.stderr
        assert b"good.txt" in done.stdout


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_text_is_read(encoding):
    raw = GOOD_RELEASE.encode(encoding)
    document = load_bytes(raw, "release.txt")[0]
    assert document.text.strip() == GOOD_RELEASE.strip()
    assert document.sha256 == sha256_of(raw)  # provenance names the file's own bytes
    html = load_bytes(f"<html><body><p>{GOOD_RELEASE}</p></body></html>".encode(encoding), "release.htm")[0]
    assert html.format == "html" and "undue reliance" in html.text


def test_a_utf16_bom_over_bytes_that_are_not_utf16_is_a_clear_error():
    with pytest.raises(InputError, match="looks like UTF-16-LE text but is not valid"):
        load_bytes(b"\xff\xfe" + "Acme".encode("utf-16-le") + b"\x00\xdc" + b"A\x00", "x.txt")


def test_fls_one_per_line_reads_utf16(tmp_path):
    path = tmp_path / "lines.txt"
    path.write_bytes("We expect growth.\nRevenue was flat.\n".encode("utf-16"))
    done = CliRunner().invoke(main, ["fls", str(path), "--one-per-line", "--format", "json"])
    assert done.exit_code == 0, done.output
    sentences = json.loads(done.output)["sentences"]
    assert [s["text"] for s in sentences] == ["We expect growth.", "Revenue was flat."]


def test_a_pack_whose_extends_is_too_long_a_name_is_a_rule_error(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text("id: p\nextends: " + "x" * 5000 + "\nrules: []\n")
    for command in (["rules", "validate", "pack.yaml"], ["rules", "test", "pack.yaml"],
                    ["check", "good.txt", "--rules", "pack.yaml"]):
        (tmp_path / "good.txt").write_text(GOOD_RELEASE)
        done = run(*command, cwd=tmp_path)
        assert done.returncode == 2 and no_traceback(done), done.stderr
        assert b"pack.yaml" in done.stderr and b"cannot be looked at" in done.stderr


# 3. Arbitrary text: `check` and `fls` never raise, and keep their JSON contracts --------------
_WORDS = (LEGEND + " not never no will may expects 2030 Form 10-K • - * # > | ( ) ; : , . ! ? \" ' “ ” — "
          "\u00a0 \u200b \u202e \t").split(" ")
_TEXT = st.one_of(
    st.text(max_size=600),
    st.lists(st.sampled_from(_WORDS + ["\n", "\n\n", " ", "..."]), max_size=300).map(" ".join),
)
_STATUSES = {s.value for s in Status}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(text=_TEXT)
def test_check_never_raises_and_keeps_the_json_contract(tmp_path, text):
    path = tmp_path / "draft.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    result = fslcheck.check([str(path)], _PACK)
    data = json.loads(json_report.render(result, None))
    (document,) = data["documents"]
    assert document["verdict"] in ("pass", "fail", "error")
    if document["verdict"] == "error":
        assert document["error"] and not document["findings"]
        return
    assert [f["rule"] for f in document["findings"]] == [r.id for r in _PACK.pack.rules]
    for finding in document["findings"]:
        assert finding["status"] in _STATUSES
        location = finding["location"]
        if location is not None:
            assert 0 <= location["start"] <= location["end"]
    assert data["summary"]["documents"] == 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(text=_TEXT)
def test_fls_never_raises_and_keeps_the_json_contract(tmp_path, text):
    path = tmp_path / "draft.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    done = CliRunner().invoke(main, ["fls", str(path), "--format", "json"])
    assert done.exception is None or isinstance(done.exception, SystemExit), done.exception
    assert done.exit_code in (0, 2)
    if done.exit_code == 2:  # an empty or binary file: one line naming it
        assert "draft.txt" in done.output
        return
    sentences = json.loads(done.output)["sentences"]
    for sentence in sentences:
        assert set(sentence) >= {"path", "text", "forward_looking", "cues", "location", "topic", "in_legend",
                                 "reason"}
        assert isinstance(sentence["forward_looking"], bool) and isinstance(sentence["cues"], list)


def test_letters_whose_case_fold_is_ascii_do_not_break_the_date_cues(tmp_path):
    # matched case-blind, "ſeptember" (long s) and "ſecond" are "september" and "second"; their
    # lower case is not, and a table keyed by it raised KeyError on the draft
    path = tmp_path / "draft.txt"
    path.write_text("MILWAUKEE, Oct. 3, 2026 -- Halvard Pumps reported results.\n\n"
                    "We expect revenue to grow in \u017feptember 2030, in the \u017fecond quarter 2030 and in "
                    "FI\u017fCAL 2031, and \u212aey risks remain.\n", encoding="utf-8")
    result = fslcheck.check([str(path)], _PACK)
    (document,) = json.loads(json_report.render(result, None))["documents"]
    assert document["verdict"] != "error", document.get("error")
    done = CliRunner().invoke(main, ["fls", str(path), "--format", "json"])
    (sentence,) = [s for s in json.loads(done.output)["sentences"] if "2030" in s["text"]]
    assert "future-date" in sentence["cues"]


# 4. HTML whose end cannot close a tag ----------------------------------------------------------
# At the end of the input the standard parser looked for the missing ">" from every "<" after the
# last one, to the end of the text: "<a b" repeated 5,000 times (20 KB) took 20 s, 20,000 times
# (80 KB) more than four minutes. The tail is read in one pass, as the same text.
def _html_document(markup: str, masked: bool = True):
    from fslcheck.documents import html as html_loader
    from fslcheck.documents.model import TextBuilder

    builder = TextBuilder()
    parser = html_loader._Extractor(builder)
    if not masked:
        parser._mask_unclosable_tail = lambda: None  # the standard parser's own reading
    parser.feed(markup)
    parser.close()
    return builder.build("x.htm", "html", "")


# (character references left out: between two "<" of the tail the standard parser keeps them as
# they stand, "&amp;"; the one-pass reading decodes them as in any other text)
_TAIL_PIECES = st.lists(st.sampled_from(["<a", " b", "<a b='", "x", " ", "\n", "<", "</a", "<!--",
                                         "<?", "<!x", "<![CDATA[", "<![ x", "=", "'", '"', "/", "<p", "<script",
                                         "we expect", ">", "<p>", "</p>"]), max_size=14).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TAIL_PIECES)
def test_an_unclosable_tail_reads_as_the_standard_parser_reads_it(tail):
    markup = "<html><body><p>Acme expects growth.</p>" + tail
    fast, slow = _html_document(markup), _html_document(markup, masked=False)
    assert fast.text == slow.text
    # (the space the builder puts between two runs of text is placed at one or the other)
    visible = [o for o, ch in enumerate(fast.text) if not ch.isspace()]
    assert [fast.locate(o) for o in visible] == [slow.locate(o) for o in visible]


@pytest.mark.parametrize("unit", ["<a", "<a b", "<!--", "</a", "<?", "<a b='", "<a/", "<![CDATA["])
def test_an_unclosable_tail_is_read_in_linear_time(unit):
    """Counted, not timed: the calls of the tag pattern that looked for the end of a start tag
    (the quadratic part) are at most one per "<" and each stops at the end of its own piece."""
    from html import parser as standard

    scanned = {"chars": 0}
    pattern = standard.locatestarttagend_tolerant

    class Counting:
        def match(self, text, start=0):
            found = pattern.match(text, start)
            scanned["chars"] += (found.end() - start) if found else 0
            return found

    standard.locatestarttagend_tolerant = Counting()
    try:
        for n in (2_000, 4_000):
            scanned["chars"] = 0
            document = _html_document("<html><body><p>Acme expects growth.</p>" + unit * n)
            assert unit[:2] in document.text
            assert scanned["chars"] <= 4 * len(unit) * n + 100, (unit, n, scanned)
    finally:
        standard.locatestarttagend_tolerant = pattern


@pytest.mark.parametrize("section", ["<![foo[ x ]]>", "<![ x >"])
def test_an_unknown_marked_section_is_a_bogus_comment(section):
    """Python 3.11's parser raised AssertionError on a marked section it does not know; a
    browser reads it as a comment to the next ">"."""
    document = load_bytes(f"<html><body><p>Acme expects growth.</p>{section}<p>More text.</p>".encode(),
                          "x.htm")[0]
    assert "Acme expects growth." in document.text and "More text." in document.text
    assert "foo" not in document.text


# 5. A .docx nested past any Word document --------------------------------------------------------
def _nested_docx(opening: str, closing: str, depth: int) -> bytes:
    from .reliability_files import W

    run = '<w:r><w:t xml:space="preserve">We expect growth.</w:t></w:r>'
    if opening.startswith("<w:p>"):  # inline nesting inside one paragraph
        inner = "<w:p>" + opening[5:] * depth + run + closing * depth + "</w:p>"
    else:
        inner = opening * depth + "<w:p>" + run + "</w:p>" + closing * depth
    package = io.BytesIO(docx([("Acme expects growth.", False)]))
    with zipfile.ZipFile(package) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["word/document.xml"] = (f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{inner}'
                                  "</w:body></w:document>").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return out.getvalue()


_NESTINGS = {"content controls": ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>"),
             "tables": ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>"),
             "hyperlinks": ("<w:p><w:hyperlink>", "</w:hyperlink>"),
             "insertions": ("<w:p><w:ins>", "</w:ins>")}


@pytest.mark.parametrize("kind", sorted(_NESTINGS))
def test_a_docx_nested_thousands_deep_is_a_clear_error(kind):
    """It ran the walk out of stack: RecursionError, reported as "please report this"."""
    opening, closing = _NESTINGS[kind]
    with pytest.raises(InputError, match="nests elements more than 256 levels deep"):
        load_bytes(_nested_docx(opening, closing, 3000), "deep.docx")


@pytest.mark.parametrize("kind", sorted(_NESTINGS))
def test_a_docx_nested_as_deep_as_word_goes_is_read(kind):
    opening, closing = _NESTINGS[kind]
    document = load_bytes(_nested_docx(opening, closing, 20), "nested.docx")[0]
    assert "We expect growth." in document.text


def test_a_deep_docx_costs_one_document_and_the_batch_goes_on(tmp_path):
    (tmp_path / "deep.docx").write_bytes(_nested_docx(*_NESTINGS["tables"], 3000))
    (tmp_path / "good.txt").write_text(GOOD_RELEASE)
    done = run("check", "deep.docx", "good.txt", cwd=tmp_path)
    assert done.returncode == 2 and no_traceback(done), done.stderr
    assert b"deep.docx: the .docx part word/document.xml nests elements more than 256 levels deep" in done.stderr
    assert b"please report" not in done.stderr
    assert b"good.txt: PASS" in done.stdout


@pytest.mark.parametrize("charset", ["base64", "zlib", "rot13", "hex", "idna", "punycode"])
def test_a_page_declaring_a_codec_that_is_no_character_encoding_is_read(charset):
    """These names are Python codecs but no text encodings (or cannot replace bad bytes): the
    page was 'could not be read (LookupError ...); please report this'."""
    page = (f'<html><head><meta charset="{charset}"></head><body><p>Acme expects growth.</p></body></html>'
            ).encode() + b"\xff"
    document = load_bytes(page, "x.htm")[0]
    assert "Acme expects growth." in document.text


# 5. File names that are not UTF-8 in every report format; rule packs with huge phrases ---------
@pytest.mark.parametrize("fmt", ["sarif", "junit", "gitlab", "github", "json", "text"])
def test_a_file_name_that_is_not_utf8_is_reported_in_every_format(tmp_path, fmt):
    """A name's undecodable bytes (surrogateescape) once reached the finding's fingerprint and the
    SARIF URI, which encode strictly: a traceback for the whole batch."""
    (tmp_path / os.fsdecode(b"bad\xff\xfe.txt")).write_text(GOOD_RELEASE.replace("differ materially", "vary"))
    (tmp_path / "good.txt").write_text(GOOD_RELEASE)
    done = run("check", "--format", fmt, ".", cwd=tmp_path)
    assert no_traceback(done), done.stderr[-400:]
    assert done.returncode == 1
    assert b"bad" in done.stdout
    if fmt in ("json", "text", "junit"):  # the formats that list passing documents too
        assert b"good.txt" in done.stdout
    if fmt in ("sarif", "gitlab", "json"):
        report = json.loads(done.stdout)  # valid UTF-8 and valid JSON
        if fmt == "sarif":
            uris = {location["physicalLocation"]["artifactLocation"]["uri"]
                    for result in report["runs"][0]["results"] for location in result["locations"]}
            assert "bad%FF%FE.txt" in uris  # the name's own bytes, percent-encoded


def test_the_fingerprint_of_a_name_that_is_not_utf8_is_stable_and_its_own():
    from fslcheck.fingerprints import fingerprint
    odd = os.fsdecode(b"bad\xff.txt")
    assert fingerprint("r", odd, "x") == fingerprint("r", odd, "x")
    assert fingerprint("r", odd, "x") != fingerprint("r", os.fsdecode(b"bad\xfe.txt"), "x")


@pytest.mark.parametrize("phrase, problem", [
    ("a ... " * 40 + "b", "more than 32 `...` gaps"),
    ("a " * 300 + "b", "more than 200 words"),
    ("{" + "|".join(["alpha"] * 500) + "}", "longer than 2,000 characters"),
])
def test_a_phrase_too_long_to_search_is_a_rule_error_not_a_recursion(tmp_path, phrase, problem):
    """A phrase of 3,000 gaps was a RecursionError in `rules test` (the gap search nests once per
    piece) and, searched iteratively, gigabytes of memory: the pack is refused, naming the place."""
    (tmp_path / "p.yaml").write_text(
        "id: t\ntitle: T\nversion: '1'\njurisdiction: US\nrules:\n- id: t.x\n  kind: required-phrase\n"
        "  severity: error\n  title: X\n  message: M\n  basis: B\n"
        f"  phrases: ['{phrase}']\n  examples:\n    pass: ['{'a ' * 2000}b']\n")
    for command in (["rules", "validate", "p.yaml"], ["rules", "test", "p.yaml"],
                    ["check", "--rules", "p.yaml", "-"]):
        done = run(*command, cwd=tmp_path, stdin=b"We expect growth.\n", seconds=30)
        assert done.returncode == 2, (command, done.stderr[-300:])
        assert no_traceback(done)
        assert re.search(rb"p\.yaml:\d+:\d+: rules\[0\]\.phrases\[0\]: phrase ", done.stderr), done.stderr[-300:]
        assert problem.encode() in done.stderr


def test_the_longest_phrases_of_the_built_in_packs_are_well_inside_the_bounds():
    from fslcheck.matching import MAX_PHRASE_CHARS, MAX_PHRASE_GAPS, MAX_PHRASE_TOKENS, _TOKEN
    phrases = [p for rule in _PACK.pack.rules for p in (rule.options.get("phrases") or []) if isinstance(p, str)]
    assert phrases
    assert max(len(p) for p in phrases) * 4 < MAX_PHRASE_CHARS
    assert max(len([t for t in _TOKEN.findall(p) if t != "..."]) for p in phrases) * 4 < MAX_PHRASE_TOKENS
    assert max(p.count("...") for p in phrases) * 4 < MAX_PHRASE_GAPS


# 6. Word styles chained by the ten thousand ----------------------------------------------------
def _styles(pairs: list[tuple[str, str | None, bool | None]]):
    """styles.xml of (id, based on, w:vanish setting) triples, parsed."""
    import xml.etree.ElementTree as ET
    from .reliability_files import W
    body = ""
    for style_id, parent, vanish in pairs:
        body += f'<w:style w:type="paragraph" w:styleId="{style_id}">'
        body += f'<w:basedOn w:val="{parent}"/>' if parent else ""
        body += "" if vanish is None else f'<w:rPr><w:vanish w:val="{"1" if vanish else "0"}"/></w:rPr>'
        body += "</w:style>"
    return ET.fromstring(f'<w:styles xmlns:w="{W}">{body}</w:styles>')


def _naive_hidden(pairs) -> set[str]:
    own = {s: v for s, _, v in pairs}
    parent = {s: p for s, p, _ in pairs if p}
    hidden = set()
    for style_id in own:
        seen, current = set(), style_id
        while current is not None and current not in seen:
            seen.add(current)
            if own.get(current) is not None:
                if own[current]:
                    hidden.add(style_id)
                break
            current = parent.get(current)
    return hidden


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 11), st.one_of(st.none(), st.booleans())), min_size=1, max_size=12))
def test_hidden_styles_are_those_the_walk_of_each_chain_finds(links):
    """Loops, settings that switch hiding off, parents that do not exist: the shared walk agrees
    with walking each style's chain on its own."""
    from fslcheck.documents.docx import hidden_styles
    pairs = [(f"s{i}", f"s{parent}" if parent != i else None, vanish) for i, (parent, vanish) in enumerate(links)]
    assert set(hidden_styles(_styles(pairs))) == _naive_hidden(pairs)


def test_a_docx_of_forty_thousand_chained_styles_is_read_in_linear_time(tmp_path):
    """Each style walked its whole chain: 32,000 chained styles (a 270 KB .docx) took 52 s."""
    from .reliability_files import W
    count = 40_000
    styles = (f'<?xml version="1.0"?><w:styles xmlns:w="{W}">'
              '<w:style w:type="paragraph" w:styleId="s0"><w:rPr><w:vanish/></w:rPr></w:style>'
              + "".join(f'<w:style w:type="paragraph" w:styleId="s{i}"><w:basedOn w:val="s{i - 1}"/></w:style>'
                        for i in range(1, count)) + "</w:styles>").encode()
    made = zipfile.ZipFile(io.BytesIO(docx([(GOOD_RELEASE.replace("\n", " "), False), ("Hidden words.", True)],
                                          hidden_style=f"s{count - 1}")))
    with zipfile.ZipFile(tmp_path / "chain.docx", "w", zipfile.ZIP_DEFLATED) as out:
        for name in made.namelist():  # the helper's styles.xml replaced by the chain
            out.writestr(name, styles if name == "word/styles.xml" else made.read(name))
    done = run("text", "chain.docx", cwd=tmp_path, seconds=15)
    assert done.returncode == 0, done.stderr[-300:]
    assert b"Hidden words" not in done.stdout and b"forward-looking" in done.stdout


def test_standard_input_named_twice_is_checked_once(tmp_path):
    """`check - -` read standard input, then reported it a second time as an empty file (exit 2)."""
    done = run("check", "-", "-", "--format", "json", cwd=tmp_path, stdin=GOOD_RELEASE.encode())
    assert no_traceback(done)
    assert b"empty" not in done.stderr, done.stderr
    assert len(json.loads(done.stdout)["documents"]) == 1
