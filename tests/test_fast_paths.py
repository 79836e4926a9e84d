"""The fast paths of legend detection find what the patterns they stand for find.

Speed work replaced some regex scans with cheaper equivalents (`glued_joins` for _GLUE and
_CAMEL; literal offsets ruling paragraphs out before _MARKER, _ELEMENT and the tolerant seeds).
The Markdown loader gives plain inline content its text token without markdown-it's inline
parser. These tests hold each fast path to what it stands for, on made-up input and on the
corpus's texts.
"""

from __future__ import annotations

import bisect
import re

import pytest

from fslcheck import text_units
from fslcheck.months import month_number
from fslcheck.checks import base, legend
from fslcheck.fls import transcript
from fslcheck.documents import load_path
from fslcheck.documents import html, markdown
from fslcheck.documents.model import TextBuilder
from fslcheck.matching import Phrase
from fslcheck.normalise import canonicalise

from .corpus_support import CORPUS, TEXT_SUFFIXES, require_corpus


def reference_joins(source: str) -> list[int]:
    ends = {m.end() for m in base._GLUE.finditer(source)}
    ends |= {m.end() for m in base._CAMEL.finditer(source)
             if base._HEADING_ENDS.search(source, max(0, m.end() - 12), m.end())}
    return sorted(ends)


JOINS = [
    "Visit www.example.comDisclaimer Certain statements", "results.Forward-looking statements",
    "Forward-Looking StatementsThis release", "a.b.Cd", "x.Yz", "ab.Cd", "A.comBc", "see acme.infoThe",
    "our site acme.usWe", "acme.io.Go", "Safe HarborStatements", "NOTESThe", "end!Then", "end?Then",
    "ab!C", "AB.Cd", "ab.CD", "café.Done", "x.comB", ".comAb", "Ab", "", "a", "aB", "informationThe",
    "disclaimersWe", "noticeOur", "NoteThe", "harbourThe", "1.Ab", "état.Ab",
    "visit acme.comFORWARD-LOOKING", "acme.comAB", "acme.comA", "acme.comA.", "ab.CDe", "acme.comFOO.comBar",
]


@pytest.mark.parametrize("source", JOINS)
def test_glued_joins_are_those_of_the_patterns(source):
    assert base.glued_joins(source) == reference_joins(source)


def corpus_texts() -> list[str]:
    folder = CORPUS / "releases"
    if not folder.is_dir():
        pytest.skip("corpus not found")
    return [d.text for p in sorted(folder.iterdir()) if p.suffix in TEXT_SUFFIXES for d in load_path(p)]


def test_glued_joins_on_the_corpus():
    for source in corpus_texts():
        assert base.glued_joins(source) == reference_joins(source)


def test_literals_rule_out_only_paragraphs_the_patterns_cannot_match():
    """Where no literal of _MARKER_LITERALS (_ELEMENT_LITERALS, a seed word) starts in a stretch,
    the pattern finds nothing there; checked on every paragraph and sentence of the corpus."""
    for source in corpus_texts():
        text = canonicalise(source).text
        markers = legend._Literals(text, legend._MARKER_LITERALS)
        elements = legend._Literals(text, legend._ELEMENT_LITERALS)
        seeds = legend._Literals(text, legend._SEED_WORDS)
        stretches = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        stretches += [(m.start(), m.end()) for m in re.finditer(r"[^.\n]+", text)]
        for start, end in stretches:
            if not markers.count(start, end):
                assert legend._MARKER.search(text, start, end) is None
            if elements.count(start, end) < 2:
                assert len({m.group() for m in legend._ELEMENT.finditer(text, start, end)}) < 2
            if not seeds.count(start, end):
                assert legend._MARKER_SEEDS.search(text, start, end) is None


def test_seed_words_are_where_seed_matches_start():
    phrase = Phrase("forward looking {statement*|information}")
    assert phrase.tolerant.seed_words == {"forward", "looking", "statement", "information"}
    text = "the forward-1ooking statemcnts and statements"
    assert all(text[m.start():].startswith(tuple(phrase.tolerant.seed_words))
               for m in phrase.tolerant.seed_regex.finditer(text))


def reference_sentence_starts(text: str) -> list[int]:
    """Sentence starts with bullets as one scan of sentence ends and bullets finds them."""
    boundary = re.compile(rf"""[.!?]["')\]]*(?= [^ ])|\n|[{text_units.BULLETS}]""")
    starts = [0]
    for match in boundary.finditer(text):
        found = match.group()
        if found == "\n":
            begin = end = match.end()
        elif found in text_units.BULLETS:
            begin = end = match.start()
            if begin == 0 or text[begin - 1] == "\n":
                continue
        else:
            begin, end = match.start() + 1, match.end()
        if found != "\n" and text[begin - 1 : begin] in ".!?\"')]":
            word = text_units._WORD_BEFORE.search(text, max(0, begin - 12), begin)
            if word and (word.group(1) in text_units._ABBREVIATIONS or len(word.group(1)) == 1) and not \
                    text_units._FORM_NAME.search(text, max(0, begin - 12), begin) and not (
                    word.group(1) in text_units._LEGAL_FORMS and text_units._SENTENCE_OPENER.match(text, end)):
                continue
            if text_units._ITEM_NUMBER.search(text, max(0, begin - 12), begin):
                continue
        start = end + 1 if end < len(text) and text[end] in " \n" else end
        if start > starts[-1] and start < len(text):
            starts.append(start)
    return starts


BULLETED = ["• one. • two", "intro: • a; • b.• c", "inc.• x", "• first\n\n• second. ▪ third", "a.\n• b",
            "we said. •", "e.g.• item", "form 10-k.• next", "item 1a.• risk", "x •y •z", "•", "", "no bullets here. at all."]


@pytest.mark.parametrize("text", BULLETED)
def test_sentence_starts_with_bullets_are_those_of_one_scan(text):
    text_units._sentence_starts.cache_clear()
    assert text_units.sentence_starts(text, bullets=True) == reference_sentence_starts(text)


def test_sentence_starts_with_bullets_on_the_corpus():
    for source in corpus_texts():
        text = canonicalise(source).text
        text_units._sentence_starts.cache_clear()
        assert text_units.sentence_starts(text, bullets=True) == reference_sentence_starts(text)


def test_weighted_words_are_the_words_the_model_weighs():
    """`features.words(text, weighted)` looks words and pairs up in precomputed tables: it gives
    exactly the `w:` features of the full list that the model has a weight for, in order."""
    from fslcheck.fls import features, model, segment
    texts = ["Expects revenue of $1.2 billion in fiscal 2025, up 10% year-over-year.", "", "’’ ' x y",
             "We'll see growth next year and we expect to grow", "Q3’24 FY25 H1 2026 1,000.5% $ € £"]
    for source in corpus_texts()[::4]:
        texts += [s.text for s in segment.sentences(source)]
    for alone in (False, True):
        weighed = model.load(alone)
        for text in texts:
            assert features.words(text, weighed.words) == [w for w in features.words(text) if w in weighed.weights], text


TRANSCRIPT_SIGNS = [
    "Operator: welcome\nOur first question comes from", "OPERATOR\nQ&A session\nJane Smith: thanks", "S&P 500 rose",
    "Queſtion-and-answer session\nOperator: go ahead", "operator instructions. first questİon", "Q & A\noperator:\n",
    "question? Question. QUESTIONS\noperator:", "no signs at all", "", "the operator of the plant",
    "R&D spending; Q&A follows", "&a", "q&", "Q &A.", "aq&a", "q & ab", "&&q&a",
]


@pytest.mark.parametrize("text", TRANSCRIPT_SIGNS)
def test_key_sign_prefilter_agrees_with_the_searches(text):
    # the plain `in` tests skip a key sign's searches only where they cannot match
    for name in ("operator", "questions"):
        assert transcript._has_key_sign(text, text.lower(), name) == transcript._has_sign(text, name)


def test_key_sign_prefilter_on_the_corpus():
    require_corpus()
    for path in sorted((CORPUS / "releases").iterdir()):
        if path.suffix in TEXT_SUFFIXES:
            for document in load_path(path):
                text = document.text
                for name in ("operator", "questions"):
                    assert transcript._has_key_sign(text, text.lower(), name) == transcript._has_sign(text, name)


def test_cut_sentences_are_the_starts_bounding_adds():
    long = "word " * (text_units.MAX_SENTENCE_CHARS // 4)
    for text in ("One. Two. Three.", long, "Short. " + long + ". End."):
        plain = text_units._starts(text, text_units._BOUNDARY.finditer(text), [0])
        assert text_units.cut_sentences(text) == sorted(set(text_units.sentence_starts(text)) - set(plain))
    assert text_units.cut_sentences(long)  # an overlong sentence is cut


def _tokens(tokens) -> list:
    return [(t.type, t.tag, t.content, t.map, t.level, t.nesting, t.markup, t.info, t.attrs,
             None if t.children is None else _tokens(t.children)) for t in tokens]


def _stock_markdown_parser():
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable("table").enable("strikethrough")
    parser.options["maxNesting"] = markdown._parser().options["maxNesting"]
    return parser


MARKDOWN = [
    "| a | b |\n|---|---|\n| 1,234 | |\n| x & y | **7** |\n",
    "Plain text: 50% - up; (see note) #1 = $2 + {3} ^ @4 | 'q' \"r\"",
    "*emphasis* and _this_ ~~gone~~ `code` [link](http://x.example) ![alt](i.png) <b>raw</b> &amp; \\*",
    "a line\nwrapped\n\n# Heading\n\n- item one\n- item *two*\n\n> quoted < 3\n",
    "", "|  |\n|--|\n|  |\n", "done!\nbang! [ not a link", "\\", "a <",
]


@pytest.mark.parametrize("source", MARKDOWN)
def test_plain_inline_content_parses_as_markdown_it_does(source):
    assert _tokens(markdown._parser().parse(source)) == _tokens(_stock_markdown_parser().parse(source))


def test_plain_inline_content_on_the_corpus():
    require_corpus()
    stock = _stock_markdown_parser()
    for path in sorted((CORPUS / "releases").glob("*.md")):
        source = path.read_text(encoding="utf-8", errors="replace")
        assert _tokens(markdown._parser().parse(source)) == _tokens(stock.parse(source)), path.name


# Phrases whose regex opens on a word (`WordStartRegex` searches them without their look-behind)
# and texts where a first word stands inside another word, right after the search's start, at
# the text's start, and where one match ends where the next could begin.
WORD_START_PHRASES = ["{factors|risks} ... {include|including}", "form {10-k|10-q}", "undue reliance",
                      "{results|outcomes} could differ materially", "safe harbor*", "{of 1995|}",
                      "{could|may} {differ|vary} materially"]
WORD_START_TEXTS = ["risks including factors include", "perform 10-k and form 10-q form 10-k", "undue reliance",
                    "xundue reliance undue relianceundue reliance", "results could differ materially results",
                    "safe harbors safe harbour unsafe harbor", "of 1995 of 19955 of 1995", "",
                    "may vary materially could differ materially", "factorsinclude risks, including risks"]


@pytest.mark.parametrize("source", WORD_START_PHRASES)
def test_word_start_regex_finds_what_re_finds(source):
    phrase = Phrase(source)
    for regex in (phrase.regex, phrase.misstatement_regex):
        if regex is None:
            continue
        plain = re.compile(regex.pattern)
        for text in WORD_START_TEXTS:
            for start in range(len(text) + 1):
                for end in (len(text), max(start, len(text) - 3)):
                    assert [m.span() for m in regex.finditer(text, start, end)] == \
                        [m.span() for m in plain.finditer(text, start, end)], (source, text, start, end)


class _Reference(html._Extractor):
    """The HTML extractor with the standard parser's own tag reading and position counting."""

    updatepos = html.HTMLParser.updatepos
    getpos = html.HTMLParser.getpos

    def _free_tag_at(self, i):
        return None, -1


TAG_SOUP = [
    '<p style="a">one</p>\n<p style="a">two</p>\n<p style="a">three "quoted"</p>',
    '<p title="a>b">x</p><p title="a>b">y</p>',
    "<p title='it>s'>x</p>\n\n<p title='it>s'>y's</p>",
    '<p class="x>\n<p class="x>y "z" w</p>',  # a value open past the ">" where no quote closes it before the end
    '<p a="b>c\n<p a="b>c',
    "<div\nstyle=\"margin:0\"\n>line\none</div><div\nstyle=\"margin:0\"\n>two</div>",
    '<!DOCTYPE html>\n<![CDATA[x\ny]]>\n<p>a &amp; b\n&#169;</p>\n<p>after</p>',
    '<p "q>x</p><p "q>y</p>"',
    "<p 'q>x</p><p 'q>y</p>'",
    "<script>if (a<b) x='<p>';</script><p>t</p><p>t</p>",
]


@pytest.mark.parametrize("markup", TAG_SOUP)
def test_html_fast_paths_read_as_the_standard_parser(markup):
    """Start tags answered from `free_tags` and positions counted when asked give the text and
    the lines and columns that reading every tag and counting every piece give."""
    fast, reference = TextBuilder(), TextBuilder()
    html.extract_into(fast, markup)
    parser = _Reference(reference)
    parser.feed(markup)
    parser.close()
    assert vars(fast.build("x", "html", "")) == vars(reference.build("x", "html", ""))


def test_html_fast_paths_on_the_corpus():
    folder = CORPUS / "releases"
    if not folder.is_dir():
        pytest.skip("corpus not found")
    for path in sorted(folder.iterdir()):
        if path.suffix not in (".htm", ".html"):
            continue
        markup = path.read_text(encoding="utf-8", errors="replace")
        fast, reference = TextBuilder(), TextBuilder()
        html.extract_into(fast, markup)
        parser = _Reference(reference)
        parser.feed(markup)
        parser.close()
        assert vars(fast.build("x", "html", "")) == vars(reference.build("x", "html", "")), path.name


def _stated_date_by_scan(text: str):
    """`scan.stated_date` read the plain way: a word at a time, the case-blind date pattern."""
    from datetime import date

    from fslcheck.fls import scan

    if scan.is_call_transcript(text):
        return scan.call_date(text)
    end = len(text)
    for count, word in enumerate(re.finditer(r"\S+", text), 1):
        if count == scan._STATED_WORDS:
            end = word.end()
            break
    head = scan._OCR_DIGITS.sub(lambda m: m.group(0).translate(scan._DIGIT_LOOKALIKES), text[:end])
    found = []
    for match in scan._DATE.finditer(head):
        found.append((match.start(), month_number(match.group(1).lower()),
                      int(match.group(2)), int(match.group(3))))
    for match in scan._ISO.finditer(head):
        found.append((match.start(), int(match.group(2)), int(match.group(3)), int(match.group(1))))
    for _, month, day, year in sorted(found):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def test_stated_date_reads_as_the_word_by_word_scan():
    import random

    from fslcheck.fls.scan import stated_date

    pieces = ["January", "JANUARY", "jan.", "Sept", "ſ", "ı", "İ", "APRIL", "May", " ", "  ", "\n",
              "12", "3,", "2024", "1999", "2o24", "l8", "—", "word", "2024-02-01", "Dec", "31,"]
    chooser = random.Random(11)
    for _ in range(5000):
        text = "".join(chooser.choice(pieces) + chooser.choice(["", " "]) for _ in range(chooser.randrange(40)))
        assert stated_date(text) == _stated_date_by_scan(text), text
    long = "word " * 398 + "March 3, 2024 later"
    assert stated_date(long) == _stated_date_by_scan(long)
    assert stated_date(long + " April 1, 2023") == _stated_date_by_scan(long + " April 1, 2023")


def test_stated_date_on_the_corpus():
    from fslcheck.fls.scan import stated_date

    for text in corpus_texts():
        assert stated_date(text) == _stated_date_by_scan(text)


def test_twice_is_findall_counting_two_or_more():
    """legend._twice answers `len(findall) >= 2` without listing every match."""
    import random

    rng = random.Random(7)
    pieces = ["risk", "update", "sec", "secure", "form 10 k", "the", " ", "forward looking", "x", "differ"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert legend._twice(legend._CONTINUES, text, start, end) == \
            (len(legend._CONTINUES.findall(text, start, end)) >= 2), (text, start, end)
    assert legend._twice(re.compile("ab"), "abab", 0, 4) and not legend._twice(re.compile("ab"), "aba", 0, 3)


def test_table_row_without_a_cell_gap_is_read_as_before():
    """segment._table_row skips the cell split for a line without a gap; the answer is the split's."""
    import random

    from fslcheck.fls import segment

    def plain(line: str) -> bool:
        cells = [c.strip() for c in segment._CELL_GAP.split(line.strip()) if c.strip()]
        return (len(cells) >= 2 and any(segment._NUMERIC_CELL.match(c) for c in cells)) \
            or bool(segment._LEADERS.search(line))

    rng = random.Random(11)
    pieces = ["Revenue", "12.5", "$1,204", "(3.2)", "%", "million", "....", "...", " ", "  ", "\t", "|", "net", "-"]
    for _ in range(5000):
        line = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 8)))
        assert segment._table_row(line) == plain(line), line


# The damaged-marker search (`legend._damaged_markers`): every marker phrase's seeds found in one
# pass, and each paragraph tokenised only around them (`tolerant.ParagraphTokens.around`).
DAMAGED = [
    "this release contains forvvard-looking staternents within the meaning of the act.",
    "safe harb0r statement\n\nwe caution you", "the private securities litigati0n reform act of 1995",
    "cautlonary notes regarding forward 1ooking inforrnation", "section 2la of the exchange act and section 27a",
    "  forward looking  statements  (see above) are not guarantees", "(forward) looking statements",
    "a\n\nforward\n\nlooking statements", "statements statements forward", "",
]


def _tokens_of(tokens, low, high):
    return [(tokens.words[i], tokens.starts[i], tokens.ends[i], tokens.joined[i], tokens.sentence_end[i])
            for i in range(low, high)]


def _around_agrees(text: str, offset: int, end: int) -> None:
    from fslcheck import tolerant
    whole = tolerant.ParagraphTokens(text)
    stop, tokens = whole.containing(offset)
    low, high = bisect.bisect_left(tokens.starts, offset), bisect.bisect_right(tokens.ends, min(end, stop))
    stop_there, part, part_low, part_high = tolerant.ParagraphTokens(text).around(offset, end)
    assert stop_there == stop
    assert _tokens_of(part, part_low, part_high) == _tokens_of(tokens, low, high)
    assert part_low >= min(low, 1)  # a token before the first whenever the paragraph has one


@pytest.mark.parametrize("text", DAMAGED)
def test_tokens_around_an_offset_are_the_paragraphs(text):
    for offset in range(len(text) + 1):
        for end in (offset + 1, offset + 7, offset + 30, len(text)):
            _around_agrees(text, offset, end)


def _seeded_search_agrees(text: str, start: int, end: int) -> None:
    from fslcheck import tolerant
    tolerant.paragraph_tokens.cache_clear()
    seeds = [m.span() for m in legend._MARKER_SEEDS.finditer(text, start, end)]
    for phrase in legend._MARKER_PHRASES:
        pattern = phrase.tolerant
        assert pattern.seeds_among(text, seeds) == pattern._seed_spans(text, start, end)
        assert pattern.find(text, start, end, pattern.seeds_among(text, seeds), shared=False) == \
            pattern.find(text, start, end)


@pytest.mark.parametrize("text", DAMAGED)
def test_damaged_markers_read_as_each_phrase_searched_alone(text):
    _seeded_search_agrees(text, 0, len(text))
    if len(text) > 10:
        _seeded_search_agrees(text, 3, len(text) - 4)  # (runs cut at either end of the stretch)


def test_damaged_marker_search_on_the_corpus():
    """On every paragraph of the corpus that holds a seed: the seeds, and the occurrences found
    around them from a paragraph tokenised in part, are those of the whole-paragraph search."""
    for source in corpus_texts():
        text = canonicalise(source).text
        for paragraph in re.finditer(r"[^\n]+", text):
            start, end = paragraph.span()
            if legend._MARKER_SEEDS.search(text, start, end):
                _seeded_search_agrees(text, start, end)
                for seed in list(legend._MARKER_SEEDS.finditer(text, start, end))[:3]:
                    _around_agrees(text, max(start, seed.start() - 40), seed.end() + 40)


RISK_HEADINGS = [
    "Item 1A. Risk Factors\nbody", "  RISK FACTORS  \n\nrisk factors\n#* Additional Risk  Factors *", "factors",
    "Factors That May Affect Future Results and Financial Condition\nx", "Risk Factors Risk Factors\nItem 1A — Risk Factors",
    "Risk ſactors\nRisk FACTORS", "\u0130tem 1A. Risk Factors", "risk factors\r\nnext", "text risk factors\nRisk Factors",
    "\n\nrisk\tfactors", "", "no heading here",
]


@pytest.mark.parametrize("text", RISK_HEADINGS)
def test_risk_headings_are_those_of_the_pattern(text):
    from fslcheck.checks import fls_coverage
    assert [m.span() for m in fls_coverage._risk_headings(text)] == \
        [m.span() for m in fls_coverage._RISK_HEADING.finditer(text)]


def test_risk_headings_on_the_corpus():
    from fslcheck.checks import fls_coverage
    for source in corpus_texts():
        assert [m.span() for m in fls_coverage._risk_headings(source)] == \
            [m.span() for m in fls_coverage._RISK_HEADING.finditer(source)]


# The U.S. filer and foreign listing signs as one case-blind pattern and one opening on `\b`
# (what `listed_abroad_only` searched before it read them in lower case and checked word starts
# by hand).
_US_FILER_PLAIN = re.compile(
    r"\bSEC\b|securities and exchange commission|\bedgar\b|sec\.gov|\bforms?\s+(?:10|20|40|6|8)\s*-?\s*[kqf]\b"
    r"|\bexchange act\b|\bsecurities act of 1933\b|securities litigation reform|\bsections?\s+(?:27a|21e)\b"
    r"|\bnyse\b|\bnasdaq\b|new york stock exchange|(?:united states|u\.s\.) securities (?:laws?|regulators?)",
    re.IGNORECASE)
_LISTED_ABROAD_PLAIN = re.compile(
    r"\b(?:TSX[^\w\s]{0,12}V|TSXV|TSX|CSE|NEO|ASX|AIM|LSE|HKEX|SGX|NZX|JSE|KRX|KOSDAQ|TASE)\s*[:：]"
    r"|\b(?:TSX Venture|Toronto Stock|Canadian Securities|Australian Securities|London Stock|Hong Kong Stock|"
    r"Singapore) Exchange\b|\bSEDAR\b|\bsedarplus\b")


def plain_listed_abroad_only(text: str):
    return None if _US_FILER_PLAIN.search(text) else _LISTED_ABROAD_PLAIN.search(text)


def _same_listing(text: str) -> bool:
    from fslcheck.meaning import references
    found, plain = references.listed_abroad_only(text), plain_listed_abroad_only(text)
    return ((found.span(), found.group()) if found else None) == ((plain.span(), plain.group()) if plain else None)


LISTINGS = ["", "SEC", "xSEC", "the SEC.", "\u017fec", "\u0130SEC", "TSX: A", "\u0131s TSX: A", "Form 10-K", "form10-k",
            "TSX-V: VO", "xTSX: AB", "TSXV:", "NYSE: X", "(TSX: AB)", "SEDAR", "see sedarplus.ca", "foosedarplus",
            "Toronto Stock Exchange", "aToronto Stock Exchange TSX: A", "\u212a", "Form 10-\u212a", "ASX\uff1aPLS",
            "caf\u00e9TSX: A", "U.S. securities laws; TSX: A", "subsec TSX: A", "Securities Act of 1933x TSX: A"]


@pytest.mark.parametrize("text", LISTINGS)
def test_listed_abroad_is_what_the_plain_patterns_find(text):
    assert _same_listing(text)


def test_listed_abroad_on_random_text():
    import random
    rng = random.Random(30)
    letters = "SECsecTSXVAIMdgar: \uff1a-.x\u0130\u0131\u017f\u212a10kKform\nN"
    for _ in range(5000):
        assert _same_listing("".join(rng.choice(letters) for _ in range(rng.randint(0, 16))))


def test_listed_abroad_on_the_corpus():
    for text in corpus_texts():
        assert _same_listing(text)


# What may stand before and after a token `glued_words.unglue` reads: spaces, capitals, figures,
# apostrophes, full stops (before a letter, a figure, another mark, or the end), addresses,
# characters outside ASCII, and runs of letters too long or too short to be a token.
TOKEN_TEXTS = [
    "", "a", "hello", " hello ", "hello.", "hello.world", "hello..", "hello.'", "hello.9", "hello.,x",
    "'hello", "hello'", "x.hello", "9hello", "hello9", "Xhello", "helloX", "/hello", "hello/", "@hello",
    "hello@", "_hello", "hello_", "-hello-", "é hello é", "éhelloé", "hello\u2019s", "hell", "a" * 40,
    "a" * 41, "b" * 45 + " " + "c" * 5, "see www.example.com today", "e-mail info@acme.com now",
    "forward\n\nlooking statements.", "\ud800hello\udfff", "results.forward looking", "thepotential undertaketo",
]


@pytest.mark.parametrize("text", TOKEN_TEXTS)
def test_candidate_tokens_are_those_of_the_pattern(text):
    from fslcheck import glued_words
    assert glued_words._candidate_tokens(text) == glued_words._CANDIDATE.findall(text)


def test_candidate_tokens_on_the_corpus():
    from fslcheck import glued_words
    for source in corpus_texts():
        text = canonicalise(source).text
        assert glued_words._candidate_tokens(text) == glued_words._CANDIDATE.findall(text)


def reference_spans_replaced(canonical, spans):
    """`Canonical.with_spans_replaced` as it was first written: breakpoint by breakpoint."""
    from fslcheck.normalise import Canonical
    old = list(zip(canonical._canon, canonical._source, canonical._source_end))
    pieces, points = [], []
    shift = previous = i = 0
    for start, end, replacement in spans:
        while i < len(old) and old[i][0] < start:
            points.append((old[i][0] - shift, old[i][1], old[i][2]))
            i += 1
        while i < len(old) and old[i][0] <= end:
            i += 1
        pieces += [canonical.text[previous:start], replacement]
        points.append((start - shift, canonical._point(start, is_end=False), canonical._point(end, is_end=False)))
        points.append((start - shift + len(replacement), *canonical._stretch_at(end)))
        shift += end - start - len(replacement)
        previous = end
    points += [(c - shift, s, e) for c, s, e in old[i:]]
    pieces.append(canonical.text[previous:])
    return Canonical("".join(pieces), canonical.source_length, tuple(p[0] for p in points),
                     tuple(p[1] for p in points), tuple(p[2] for p in points))


def test_spans_replaced_map_as_breakpoint_by_breakpoint():
    import random
    rng = random.Random(7)
    source = ("Forward‑looking  statements, “as  such”, are —\n\n subject to risks;  and   "
              "uncertainties\t\t(see Item 1A).\n\n7\n\nthat could cause  results to differ ") * 6
    canonical = canonicalise(source)
    for _ in range(300):
        cuts = sorted(rng.sample(range(1, len(canonical.text) - 1), 2 * rng.randint(1, 5)))
        spans = [(cuts[k], cuts[k + 1], rng.choice(["", " ", "ab"])) for k in range(0, len(cuts), 2)]
        assert canonical.with_spans_replaced(spans) == reference_spans_replaced(canonical, spans)


# `Tokens.last_of` and `Tokens.marks_between` stand for the walks the readings made word by word
# (back to the nearest boundary word; forward over every gap of a sentence): on a run-on text of
# legend words those walks were the quadratic part of the check.
TOKEN_RUNS = ["", "a", "and the company, and we; update it. or so", "we update, but never; as it relates to them",
              "x " * 30 + "and " + "y, " * 10 + "z.", "which, and; but. when: that", "and and and , , ;"]
_SOME_WORDS = [frozenset(["and"]), frozenset(["and", "but", "which"]), frozenset(["zzz"]), frozenset()]


@pytest.mark.parametrize("text", TOKEN_RUNS)
def test_last_of_is_the_walk_back_to_the_nearest_word(text):
    from fslcheck.meaning.clauses import Tokens
    tokens = Tokens.of(text.lower())
    n = len(tokens.words)
    for words in _SOME_WORDS:
        for lo in range(n + 1):
            for hi in range(lo, n + 1):
                walked = next((t for t in range(hi - 1, lo - 1, -1) if tokens.words[t] in words), None)
                assert tokens.last_of(words, lo, hi) == walked


@pytest.mark.parametrize("text", TOKEN_RUNS)
def test_marks_between_are_the_gaps_searched_one_by_one(text):
    from fslcheck.meaning.clauses import Tokens
    from fslcheck.meaning.syntax import HARD_GAP, SENTENCE_GAP
    tokens = Tokens.of(text.lower())
    n = len(tokens.words)
    for pattern in (HARD_GAP, SENTENCE_GAP, re.compile(","), re.compile(";")):
        for lo in range(-1, n + 1):
            for hi in range(lo, n + 2):
                searched = [j for j in range(max(lo + 1, 1), min(hi, n)) if pattern.search(tokens.gap(j))]
                assert tokens.marks_between(pattern, lo, hi) == searched


ENUMERATIONS = [
    "include: (i) the risk that, (ii) the impact of, and (iii) others", "1. weaker demand 2. higher prices 3. costs",
    "a) rates b) prices c) wages", "risks, and 1) one; or 2) two", "fiscal 2023. results 10.5% and 3.", "x.1. y",
    "$1. and $2) only", "(iv) and (v)", "(ab) (12) (123)", "no markers at all", "ii) iii) iv)", "(x)y", "b)\tc)\nd)",
    "é) 1.", "", "1.", "1. ", "and 2) ", ";  or (c)", "u.s. 1. 2. 3. 4.",
]


@pytest.mark.parametrize("text", ENUMERATIONS)
def test_enumerator_marks_are_where_the_patterns_match(text):
    """The fast scan for a numbered list's markers (`_ENUMERATOR_MARKS`) finds one wherever the
    full pattern finds a match: where it finds none, `_split_at_enumerators` may skip the pattern."""
    from fslcheck.checks import factor_split

    for pattern, marks in factor_split._ENUMERATOR_MARKS.items():
        found = list(pattern.finditer(text))
        assert (marks.search(text) is None) <= (not found)
        for match in found:  # each match ends with a marker the scan finds, at the same place
            assert any(m.end() == match.end() for m in marks.finditer(text))


def test_enumerator_marks_on_the_corpus():
    from fslcheck.checks import factor_split

    for source in corpus_texts():
        text = canonicalise(source).text
        for paragraph in re.finditer(r"[^\n]+", text):
            chunk = paragraph.group()
            for pattern, marks in factor_split._ENUMERATOR_MARKS.items():
                if marks.search(chunk) is None:
                    assert pattern.search(chunk) is None
