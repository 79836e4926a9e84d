"""`factor-count`: the legend lists at least `min` specific factors after a lead-in.

```yaml
- id: pslra.risk-factors
  kind: factor-count
  min: 3
  lead_ins:                      # where a list of factors starts
    - "factors that could cause ... {include|including}"
    - "including {, |} {but not limited to|without limitation}"
```

After each lead-in, the rest of its sentence (or, when the lead-in ends with a colon, the list
items that follow) is split into items at semicolons (or commas, when there are no semicolons);
the longest list counts. `met` at `min` items or more, `weak` with fewer, `missing` with no
lead-in. The count and the items are in `details`.

Only specific factors count (labelling guide: "names specific factors/risks/uncertainties that
could cause results to differ ... count = how many distinct specific factors are named"), so an
item is dropped when it is

- generic ("various important factors", "known and unknown risks and uncertainties");
- a clause of the legend rather than a factor (it starts with a relative pronoun or a verb:
  "many of which are beyond our control", "cannot be predicted"; it speaks of forward-looking
  statements or of results differing), except "that …" items continuing "the possibility that
  …; that …";
- a catch-all reference to other documents ("other factors discussed in our Form 10-K", "the
  risks described under Risk Factors", "assumptions underlying any of the foregoing").

A lead-in only opens a factor list when its sentence, up to the lead-in, speaks of risks,
factors or uncertainties or of what could cause or affect results: "including without limitation"
after "statements pertaining to" lists forward-looking statements, not factors. The lead-in whose
list has the most specific factors counts.

A filing may set its factors out under sub-headings instead, after a legend sentence that says
the discussion below holds them ("These are factors that we think could cause our actual results
to differ materially ..."): each sub-heading is one factor (`headed_factors`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from ..result import Finding, Status
from ..rules.model import Rule
from ..text_units import ANNOUNCES_LIST, BULLETS, FOLLOWING_NAMED, NEXT_NUMBER_AT_END
from .base import PHRASES_SCHEMA, CheckContext, compile_phrases, finding
from .inline_headings import is_title
from .factor_lead_ins import (CONTEXT_STEMS, TO_COLON, about_results, answered_no, answered_yes, damaged_factor_context, denied,
                              denied_lead_in, described_by_others, lists_assumptions, lists_topics, others_exposed, retracted,
                              effect_denied_in_relative, untied_factors)
from .factor_specific import (continue_that_clauses, cut_trailing_catch_alls, drop_kinds_of_factors, drop_strengths,
                              is_specific_factor, named_in_catch_alls, specific_factors)
from .factor_split import FACTOR_SENTENCE_HEAD, MARKER, split_items

KIND = "factor-count"
OPTIONS = {"lead_ins": PHRASES_SCHEMA, "min": {"type": "integer", "minimum": 1}}
REQUIRED = ("lead_ins",)
DEFAULT_MIN = 3
_ENUMERATOR = re.compile(MARKER)
_NEXT_ENUMERATOR = re.compile(r"[ \t]*" + MARKER)  # on the same line: no paragraph break
_MAX_LIST_PARAGRAPHS = 40
_LIST_ITEM_WORDS = 80
_SEMICOLON_ITEM_WORDS = 500  # after "…;" the list goes on even over a long run-together paragraph
# A lead-in sentence that names its factors only by referring back: "Among them are ...", "These
# include ...", "We list some of them here: ..." (the factors were named in the sentence before).
_REFERS_BACK = re.compile(r"\s*(?:(?:(?:chief|foremost|prominent|principal|primary|main|key|first|notable) )?"
                          r"among (?:them|these|those)\b|"
                          # "The following are some, though not all, of these risks:"
                          r"the following (?:are|include) (?:some|several|certain|a few|many|among)\b[^.;:]{0,40}? "
                          r"(?:these|those|such|them)\b|"
                          r"(?:these|they|those) (?:may |could |might |also )?(?:include|includes|comprise)\b|"
                          # "The most significant of these include ..."
                          r"the (?:most significant|most important|most notable|principal|chief|main|key|foremost) "
                          r"of (?:these|them|those) (?:are|include|is)\b|"
                          r"(?:these|those|such) (?:reasons|factors|risks|uncertainties|matters|events) "
                          r"(?:may |could |might )?(?:include|includes|comprise|are)\b|"
                          # "Some of those factors (in addition to others described elsewhere) include:"
                          r"(?:some|several|certain|a few|many|most) of (?:these|those|such) "
                          r"(?:factors|risks|uncertainties)\s*\([^()]{1,400}\)\s*(?:include|includes|are)\b|"
                          r"(?:we|i) (?:list|name|identify|highlight|note|describe|set out|set forth) "
                          r"(?:(?:some|several|certain|a few|many|the most important|the principal) )?(?:of )?"
                          r"(?:them|these|those)\b)")
# what cannot be assured is uncertain: "there can be no assurances regarding: (a) ..." speaks of
# the uncertainties its list names
_UNASSURED_CONTEXT = r"\bno (?:assurances?|guarantees?)\b"
_FACTOR_CONTEXT = re.compile("|".join(CONTEXT_STEMS + (_UNASSURED_CONTEXT,)))
# "For the third quarter the difference between our GAAP results and adjusted results consists of
# the following items: amortization ...; purchase accounting adjustments ...": a difference between
# two measures the company reports (a reconciliation) is no differing of results from what was
# foreseen, so "difference" gives no risk context there. It does where one side of the "between" is
# something forward-looking ("the differences between actual results and our projections include
# ...", "the difference between expected and actual results").
_DIFFERENCE_BETWEEN = re.compile(r"differences? between (?P<sides>[^.;:!?,]{1,200}?)"
                                 r"(?=\s(?:consists?|comprises?|includes?|is|are|was|were|arises?|stems?|reflects?|"
                                 r"relates?|can|could|may|might|would|will|has|have)\b|\s*[.;:!?,]|$)")
_FORESEEN_SIDE = re.compile(r"\b(?:forward|expect|anticipat|project|forecast|estimat|guidance|outlook|plan|target|"
                            r"predict|statement|intend|intention|goal|budget|assum|believ|hope|objective)")


def _reported_differences_blanked(text: str, start: int, end: int) -> tuple[str, int, int]:
    """[start, end) of the text with each difference between two reported measures
    (`_DIFFERENCE_BETWEEN`) blanked, for the OCR-tolerant reading of the risk context (which
    would take "difference" for a damaged "differ")."""
    segment = text[start:end]
    for between in reversed(list(_DIFFERENCE_BETWEEN.finditer(segment))):
        if (between.start() == 0 or not segment[between.start() - 1].isalnum()) \
                and not _FORESEEN_SIDE.search(between.group("sides")):
            segment = segment[: between.start()] + " " * (between.end() - between.start()) + segment[between.end():]
    return segment, 0, len(segment)


def _factor_context(text: str, start: int, end: int) -> bool:
    """Whether [start, end) has a word of risk context (`_FACTOR_CONTEXT`), other than a difference
    between two reported measures (`_DIFFERENCE_BETWEEN`)."""
    for found in _FACTOR_CONTEXT.finditer(text, start, end):
        if found.group() == "differ" and (found.start() == 0 or not text[found.start() - 1].isalnum()):
            between = _DIFFERENCE_BETWEEN.match(text, found.start(), end)
            if between is not None and not _FORESEEN_SIDE.search(between.group("sides")):
                continue
        return True
    return False


def _tied_before(text: str, context: CheckContext, sentence_start: int) -> bool:
    """Whether the sentence before `sentence_start` speaks of risks or results (`untied_factors`)."""
    if sentence_start < 2:
        return False
    before = context.sentence_of(sentence_start - 2, sentence_start - 1)
    return _factor_context(text, *before) or about_results(text, *before)


_UNASSURED_LEAD_IN = re.compile(_UNASSURED_CONTEXT)
_COLON_NEXT = re.compile(r"\s*:")
# "... statements that involve risks and uncertainties, including statements regarding: the
# timing of our trials; ...": what the lead-in opens is a list of the statements' topics.
# (after the lead-in's own qualifier, "including without limitation statements relating to ...",
# and also when the topics are the company's expectations: "include our expectations regarding";
# or statements coordinated with projections: "may include, among other things, projections or
# statements regarding: ..."; or statements qualified by what they rest on: "including statements
# based on our current expectations, assumptions, estimates and projections about us", where the
# expectations and assumptions are the statements' grounds, not risks that could make results differ)
_STATEMENT_KIND = r"(?:projections|forecasts|estimates|predictions)"
_TOPICS_AFTER = re.compile(r"[\s,:]*(?:(?:but (?:(?:are |is )?not|aren't|isn't) limited to|without limitation|among other things|among others|(?:other )?things)"
                           r"[\s,:]*)?(?:(?:" + _STATEMENT_KIND + r" (?:or|and) )?(?:forward looking )?statements"
                           r"(?: (?:or|and) " + _STATEMENT_KIND + r")?|(?:our|the company's|management's) "
                           r"(?:expectations|beliefs)) (?:regarding|about|relating to|"
                           r"related to|concerning|as to|with respect to|pertaining to|that relate to|that concern|"
                           r"(?:that (?:are|were) )?based (?:up)?on|reflecting|that reflect)\b")


# "the list of factors set forth in our filings that may affect future results is not exhaustive":
# the lead-in's "is" is the copula of what is said of the list, and no list follows it (the
# listing form "are not limited to" still opens one).
_PREDICATE_AFTER = re.compile(r"(?:(?<=\bis)|(?<=\bare))\s+(?:not (?!limited to\b|only\b)|(?:exhaustive|complete|comprehensive|"
                              r"all inclusive|exclusive)\b)")
# "a new risk factor that is included in the 8-K we filed", "the forward-looking statements
# included herein": "included" followed by where is the passive or participle of being contained in
# a document, not the listing verb ("Such risks included, in particular, ..." still lists).
# (and so is a copula "are" followed by where the factors are set out: "Factors that could cause
# such differences are set out in Exhibit 99.1, 'Cautionary Statements,' to our Form 10-K" points
# to a document, and lists nothing)
_LOCATED_AFTER = re.compile(r"(?<=\bincluded)\s+(?:in|within|under|herein|hereby|hereto|therein|elsewhere)\b"
                            r"(?!\s+particular\b)|"
                            r"(?:(?<=\bis)|(?<=\bare))\s+(?:(?:more fully|further|also|more|fully) )?(?:set out|set forth|"
                            r"described|discussed|contained|found|detailed|listed|identified|outlined|summari[sz]ed)"
                            r"\s+(?:in|under|within|on)\b")
# A lead-in bounded by a past time ("Such factors included, until last year, ..."): what used to
# be factors, not those that could cause results to differ now.
_UNTIL_PAST = re.compile(r",?\s*until (?:last|recently|earlier|the (?:end|start|beginning) of (?:last|the prior|the previous)"
                         r"|(?:19|20)[0-9]{2}\b)")


# "Words such as 'expects', 'plans' ... identify forward-looking statements": a lead-in that
# ends a phrase naming words lists the cue words, not factors ("assumptions. Words such as").
_CUE_LIST = re.compile(r"\b(?:words|terms|expressions|phrases|terminology)(?: [a-z]+){0,2} (?:such as|like|including)$")
# ... or whatever noun stands before it, when the list itself is of words in quotation marks
# ("(i) qualified statements such as "expected", "scheduled", "targeted" or similar"): quoted
# single words are the words of the statements, not the matters that could cause a difference
_QUOTED_WORDS_AFTER = re.compile(r"\s*:?\s*[\"\u201c\u2018'][a-z-]+(?: [a-z-]+)?,?[\"\u201d\u2019']\s*[,;]?\s*(?:and |or )?"
                                 r"[\"\u201c\u2018'][a-z-]+(?: [a-z-]+)?,?[\"\u201d\u2019']", re.IGNORECASE)


def _quoted_words_after(context: CheckContext, end: int) -> bool:
    """Whether the list after a lead-in ending at canonical offset `end` opens with two words in
    quotation marks (read in the document's text: the canonical text drops the marks)."""
    start, stop = context.canonical.to_source(end, min(len(context.text), end + 80))
    return _QUOTED_WORDS_AFTER.match(context.document.text, start, stop) is not None

# The running header an EDGAR filing repeats at the top of every page, a link back to its table of
# contents: between two items of a list split by a page break it is furniture like the page number
# (`legend.is_page_furniture` knows it as a paragraph of its own).
_RUNNING_HEADER = re.compile(r"\s*table of contents\s*")
_RUNNING_HEADER_END = re.compile(r"\n+table of contents$")
_FACTOR_SENTENCE = re.compile(r"\s*" + FACTOR_SENTENCE_HEAD)
_FACTOR_SENTENCES = 8  # sentences of one factor each read on after the list
_FACTOR_SENTENCE_WORDS = 60


def _factor_sentences(context: CheckContext, end: int, scope_end: int) -> int:
    """The end of the sentences of one factor each that follow a list's sentence (see
    `FACTOR_SENTENCE_HEAD`), in its paragraph or the next ones of the legend; `end` when none."""
    text = context.text
    for _ in range(_FACTOR_SENTENCES):
        following = _FACTOR_SENTENCE.match(text, end, scope_end)
        if following is None or not text[:end].rstrip().endswith("."):
            return end
        start = following.start() + len(following.group()) - len(following.group().lstrip())
        _, sentence_end = context.sentence_of(start, start + 1)
        sentence_end = min(sentence_end, scope_end)
        if sentence_end <= end or text.count(" ", start, sentence_end) >= _FACTOR_SENTENCE_WORDS:
            return end
        end = sentence_end
    return end


# Factors written as sentences of one paragraph after a lead-in that announces them: "Risks and
# uncertainties include the following. Demand for our products may decline. Larger rivals may
# take market share." or "... include: Demand for our products may decline. Larger rivals ...",
# as a bulleted list of sentences reads once extraction has lost its line breaks. (After "the
# following." the paragraphs that follow are read by `_list_span`; this reads on in the same one.)
_SENTENCE_LIST_OPENING = re.compile(r"\s*(?::|(?:the following|as follows)(?: [a-z]+){0,3}\s*[.:])\s*")
_SENTENCE_LIST_ITEMS = 12
# a sentence in the legend's own words is no factor, whatever it opens with ("The Company
# undertakes no obligation ...", "Forward-looking statements speak only ...")
_LEGEND_CLAUSE = re.compile(r"\b(?:obligat\w*|undertak\w*|relian\w*|speaks?|forward looking|caution\w*|updat\w*|"
                            r"revis\w*|filings?|form [0-9]+)\b")


def _sentence_factor(text: str, start: int, end: int) -> bool:
    """A sentence that names one factor: short, closed by a full stop, no list of its own (no
    ";"), specific (`is_specific_factor`) and not in the legend's own words."""
    sentence = text[start:end].strip()
    return (sentence.endswith(".") and ";" not in sentence and "\n" not in sentence
            and text.count(" ", start, end) < _PERIOD_ITEM_WORDS and not _LEGEND_CLAUSE.search(sentence)
            and is_specific_factor(sentence.strip(" .")))


def _sentence_items(context: CheckContext, start: int, end: int, scope_end: int) -> int:
    """The end of the factor sentences that follow, in the lead-in's paragraph, a lead-in closed
    by "the following." (or "as follows.") or one whose colon opens a factor sentence
    ("include: Demand for our products may decline."); `end` unchanged for any other lead-in,
    and at the first sentence that is no factor (`_sentence_factor`). Refuses a colon that opens
    a list of its own ("include: x, y and z."): the sentences after such a list are not its items."""
    text = context.text
    opening = _SENTENCE_LIST_OPENING.match(text, start, end)
    if opening is None or not text[:end].rstrip().endswith("."):
        return end
    if opening.group().strip() == ":":
        if "," in text[opening.end() : end] or not _sentence_factor(text, opening.end(), end):
            return end
    elif text[opening.end() : end].strip():
        return end  # "the following." must close its sentence: the announcement is all it says
    for _ in range(_SENTENCE_LIST_ITEMS):
        # (a sentence's span takes in the space after it)
        next_start = end if text[end - 1 : end] == " " else end + 1
        if next_start >= scope_end or text[next_start - 1 : next_start] != " ":
            return end  # the paragraph ends here: `_list_span` reads the paragraphs after it
        _, following = context.sentence_of(next_start, next_start + 1)
        following = min(following, scope_end)
        if following <= next_start or not _sentence_factor(text, next_start, following):
            return end
        end = following
    return end


# a full stop before a sentence's first word, not an initial's ("u.s. tariffs")
_SENTENCE_ITEM_BREAK = re.compile(r"(?<![^a-z][a-z])\.\s+(?=[a-z])")


def _as_item_lines(listed: str) -> str:
    """A run of factor sentences (`_sentence_items`) with each sentence on a line of its own, as
    `split_items` reads list paragraphs; any other run unchanged."""
    run = listed.rstrip()
    opening = _SENTENCE_LIST_OPENING.match(run)
    # (numbered sentences, "(i) … . (ii) … .", are read by `split_items` as they were)
    if opening is None or ";" in run or "\n" in run or _ENUMERATOR.search(run):
        return listed
    body = run[opening.end():]
    pieces = _SENTENCE_ITEM_BREAK.split(body.strip())
    announced = opening.group().rstrip().endswith(".")  # "the following." closed its own sentence
    if not body.strip() or (not announced and len(pieces) < 2) or (
            opening.group().strip() == ":" and "," in pieces[0]):
        return listed
    return "\n".join(p.strip(" .") for p in pieces)  # (the announcement names no factor)


_DENIED_CAUSE = re.compile(r",?\s*\b(?:though|although|but|yet|and)?\s*(?:[a-z]+ly )?not (?:due to|because of|"
                           r"as a result of|owing to|caused by|on account of)\b")
# The words every match of `_DENIED_CAUSE` ends with: found by a fast scan for "not ", where the
# whole pattern is tried at every character of a list (most lists have no such words)
_DENIED_CAUSE_TAIL = re.compile(r"not (?:due to|because of|as a result of|owing to|caused by|on account of)\b")

_PAGE_NUMBER = re.compile(r"[0-9]{1,3}")
# A sub-heading on its own line inside a list ("Economic Factors" / "• unemployment levels;").
_GROUP_HEADING_LINE = re.compile(r"\n[a-z]+(?: and (?:other )?[a-z]+)? (?:factors|risks)$")
_PAGE_NUMBER_END = re.compile(r"\s[0-9]{1,3}$")
_SEMICOLON_ITEM_SENTENCES = 4  # full stops one item may hold ("… with limited exceptions. If GF …;")


# A lead-in whose sentence ends by announcing the list ("… including the following.", "… are as
# follows.", `text_units.ANNOUNCES_LIST`) opens it like a colon does, and its items may be
# sentences of their own of at most this many words.
_PERIOD_ITEM_WORDS = 30
_ONE_SENTENCE_ITEM_WORDS = 60  # ... or this many where the paragraph is that one sentence


# A bullet, or a list number ("1.", "2)", "(b)", "(iv)", "b.", "iv."), at the start of a source
# line. (A lower-case letter or roman number closed by "." or ")" and a space opens no sentence:
# "e.g." and "i.e." have no space after their first full stop.)
_SOURCE_BULLET = re.compile(f"[ \t]*(?:[{BULLETS}]|[-–*o](?= )|(?:\\d{{1,2}}[.)]|(?:[a-z]|[ivx]{{1,4}})[.)]|"
                            f"\\((?:\\d{{1,2}}|[a-z]|[ivx]{{1,4}})\\))(?= ))")
_TABLE_ROW = re.compile(r"\S\t+\S")  # two cells with text


def _list_below(context: CheckContext, start: int, before: str, items: int, end: int, scope_end: int) -> bool:
    """Whether a lead-in that ends its paragraph with its verb ("Factors that could cause results
    to differ include" and a paragraph break, no colon) opens the bulleted list below it. A
    sentence cannot stop at "include" or "such as", so nothing after the lead-in but the break
    leaves it waiting for its objects; the next paragraph must open with a bullet or a list
    number, so that a heading or a line the extraction cut off is not taken up as a list."""
    return (not items and not before and context.text.find("\n", start, end + 1) >= 0
            and end < scope_end and _bulleted(context, _next_paragraph(context.text, end)))


def _next_paragraph(text: str, position: int) -> int:
    while text[position : position + 1] == "\n":
        position += 1
    return position


def _bulleted(context: CheckContext, position: int) -> bool:
    """Whether the paragraph that starts at or just before canonical `position` opens with a
    bullet or a list number in the source ("•", "▪", "-", "*", "o", "2.", "(b)"), or is a row of a table (its cells apart by a
    tab, as the HTML and Word readers write them: "Supply<tab>shortages of consumables"): items
    of a list need no punctuation."""
    text = context.text
    start = text.rfind("\n", 0, max(0, position - 1)) + 1 if text[position - 1 : position] != "\n" else position
    if start >= len(text):
        return False
    # asked again and again of the same paragraphs, once per lead-in of a long list
    return context.memo(("factor-count-bulleted", start), lambda: _bulleted_paragraph(context, start))


def _bulleted_paragraph(context: CheckContext, start: int) -> bool:
    source_start = context.canonical.to_source(start, start + 1)[0]
    source = context.document.text
    line_start = source.rfind("\n", 0, source_start) + 1
    # (the bound leaves room for a marker the canonical text kept, "12. ", and the space after it)
    if _SOURCE_BULLET.match(source, line_start, source_start + 6):
        return True
    line_end = source.find("\n", source_start)
    return _TABLE_ROW.search(source, line_start, len(source) if line_end < 0 else line_end) is not None


# Between two bulleted items of a long list a filing puts lines that are no items: a page's number
# and running heads ("63" / "THE ACME COMPANY AND SUBSIDIARIES" / "FORWARD-LOOKING STATEMENTS,
# Continued") and the headings that group the items ("Financial, Economic and Credit Risks"). Each
# is short and ends without punctuation; a few of them in a row still leave one list.
_INTERLUDE_WORDS = 12
_INTERLUDE_LINES = 4
_CLOSING_PUNCTUATION = (".", ";", ":", ",", "?", "!")


def _paragraph_end(text: str, position: int, scope_end: int) -> int:
    end = text.find("\n", position)
    return scope_end if end < 0 else min(end, scope_end)


def _interlude(context: CheckContext, start: int, end: int) -> bool:
    """A short line without closing punctuation that is not itself a bulleted item (a lone table
    row between items of another kind is none: a page's footer the reader kept as a table,
    "1<tab>Acme Foods Inc.")."""
    text = context.text
    if end <= start or text.count(" ", start, end) >= _INTERLUDE_WORDS:
        return False
    if not _bulleted(context, start):
        return not text[start:end].rstrip().endswith(_CLOSING_PUNCTUATION)
    # (whatever its last cell ends with: "Acme Foods Inc."; asked once per paragraph, not per lead-in)
    return context.memo(("factor-count-lone-row", start, end), lambda: _lone_table_row(context, start, end))


def _table_row(context: CheckContext, start: int) -> bool:
    """Whether the paragraph at canonical `start` is a row of a table and opens with no bullet."""
    source_start = context.canonical.to_source(start, start + 1)[0]
    source = context.document.text
    line_start = source.rfind("\n", 0, source_start) + 1
    line_end = source.find("\n", source_start)
    return (not _SOURCE_BULLET.match(source, line_start, source_start + 6)
            and _TABLE_ROW.search(source, line_start, len(source) if line_end < 0 else line_end) is not None)


def _lone_table_row(context: CheckContext, start: int, end: int) -> bool:
    """A table row with no row of its table before or after it: a list written as a table has
    rows on both sides of each item, a footer kept as a one-row table between bullets has none."""
    text = context.text
    if not _table_row(context, start):
        return False
    following = _next_paragraph(text, end)
    if following < len(text) and _table_row(context, following):
        return False
    before = start
    while before > 0 and text[before - 1] == "\n":
        before -= 1
    return before == 0 or not _table_row(context, text.rfind("\n", 0, before) + 1)


def _bullet_after_interludes(context: CheckContext, end: int, scope_end: int, at_least: int = 1) -> int | None:
    """The start of the bulleted paragraph that follows `end` past `at_least` to a few interlude
    lines (`_interlude`), or None when text of another kind, or nothing, comes first."""
    text = context.text
    position = _next_paragraph(text, end)
    for lines in range(_INTERLUDE_LINES + 1):
        if position >= scope_end:
            return None
        line_end = _paragraph_end(text, position, scope_end)
        if _bulleted(context, position) and not _lone_table_row(context, position, line_end):
            return position if lines >= at_least else None
        if not _interlude(context, position, line_end):
            return None
        position = _next_paragraph(text, line_end)
    return None


# a marker the canonical text kept ("o weather …", "- the price …", "(b) changes …", "2. the …")
_KEPT_MARKER = re.compile(r"(?:[-–*o]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s")


def _listed_text(context: CheckContext, start: int, end: int) -> str:
    """The canonical text of a list as `split_items` reads it, with what the canonical text lost
    of its layout put back: a paragraph the source opens with a bullet glyph opens with one again
    after an item that ended with a comma, "and" or nothing (the canonical text drops the glyph,
    and "• rising rates," / "• the loss of a customer;" would join into one item; after a full
    stop the join is left as it was: on the tune half, splitting there gained nothing and lost a
    list), and interlude lines between bulleted items (`_interlude`) end the item before them
    instead of joining it."""
    text = context.text
    pieces = []
    position = start
    newline = text.find("\n", start, end)
    paragraph = start if start == 0 or text[start - 1] == "\n" else (end if newline < 0 else _next_paragraph(text, newline))
    while paragraph < end:
        paragraph_end = _paragraph_end(text, paragraph, end)
        if (not text[position:paragraph].rstrip().endswith((".", "?", "!")) and _glyph_bulleted(context, paragraph)
                and not _KEPT_MARKER.match(text, paragraph)):
            pieces.append(text[position:paragraph] + BULLETS[0])
            position = paragraph
        elif (_interlude(context, paragraph, paragraph_end) and paragraph > start
              and _bullet_after_interludes(context, max(start, paragraph - 1), end) is not None):
            pieces.append(text[position:paragraph] + ";")
            position = paragraph_end
        if paragraph_end >= end:
            break
        paragraph = _next_paragraph(text, paragraph_end)
    pieces.append(text[position:end])
    listed = "".join(pieces)
    for heading in _group_headings(context, start, end):
        listed = listed.replace(heading, "", 1)
    return listed


# A group heading set on its own line among bullets of one paragraph ("...;\nOperational risks\n•
# unplanned outages;"): a few words without punctuation after the colon or an item's ";", right
# before a bullet glyph that opens the next line of the source. It names a kind of the factors
# under it, not a factor.
_GROUP_HEADING = re.compile(f"(?<=[;:])\\s*(?P<words>[a-z][a-z'&/ -]{{0,60}}?)\\s(?=[{BULLETS}])")
_GROUP_HEADING_WORDS = 6
_NOT_A_HEADING = frozenset("and or nor but plus as well including".split())


def _group_headings(context: CheckContext, start: int, end: int) -> list[str]:
    """The group headings (`_GROUP_HEADING`) of the list at canonical [start, end), each with the
    bullet glyph that follows it, as they stand in the canonical text."""
    text, source = context.text, context.document.text
    found = []
    for match in _GROUP_HEADING.finditer(text, start, end):
        words = match.group("words").split()
        if not words or len(words) > _GROUP_HEADING_WORDS or words[0] in _NOT_A_HEADING or words[-1] in _NOT_A_HEADING:
            continue
        # (in the source the bullet opens a line, and the heading is on the line before it)
        # (the canonical glyph maps to the source a character or two early where lines were joined)
        mapped = context.canonical.to_source(match.end(), match.end() + 1)[0]
        bullet = source.find(text[match.end()], mapped, mapped + 4)
        if bullet < 0 or source[source.rfind("\n", 0, bullet) + 1 : bullet].strip():
            continue
        # ... and the heading opens a line of its own (not the end of an item wrapped over lines,
        # "• the loss of customers; changes in\n  tax law\n• ...")
        first = context.canonical.to_source(match.start("words"), match.start("words") + 1)[0]
        first = source.find(text[match.start("words")], first, first + 4) if source[first:first + 1].lower() != text[match.start("words")] else first
        if first < 0 or source[source.rfind("\n", 0, first) + 1 : first].strip():
            continue
        found.append(text[match.start("words"):match.end()])
    return found


_GLYPH_BULLET = re.compile(f"[ \t]*[{BULLETS}]")
_INLINE_BULLET = re.compile(f" [{BULLETS}] ")  # a bullet glyph inside a paragraph (lines joined)


def _glyph_bulleted(context: CheckContext, position: int) -> bool:
    """Whether the source line of canonical `position` opens with a bullet glyph ("•", "▪" ...)."""
    source_start = context.canonical.to_source(position, position + 1)[0]
    source = context.document.text
    return _GLYPH_BULLET.match(source, source.rfind("\n", 0, source_start) + 1, source_start + 2) is not None


def _semicolon_items(context: CheckContext, start: int, end: int, scope_end: int) -> int:
    """The end of a colon-opened list of items that end with ";", where an item holds whole
    sentences ("the following: Intel's dominance may limit our ability to compete; AMD has a
    wafer supply agreement ... with limited exceptions. If GF is unable to ..., our business
    could be affected; ..."): past a full stop the list goes on while the next ";" comes within
    a few sentences of the same paragraph. Anywhere else the list ends where its sentence does."""
    text = context.text
    colon = text.find(":", start, end)
    if colon < 0 or text.count(" ", start, colon) > 8 or text.count("; ", colon, end) < 1:
        return end
    paragraph_end = text.find("\n", end)
    paragraph_end = min(scope_end, len(text) if paragraph_end < 0 else paragraph_end)
    while end < paragraph_end:
        position, reached = end, None
        for _ in range(_SEMICOLON_ITEM_SENTENCES):
            if position >= paragraph_end:
                break
            _, sentence_end = context.sentence_of(position, position + 1)
            sentence_end = min(sentence_end, paragraph_end)
            if text.find("; ", position, sentence_end) >= 0:
                reached = sentence_end
                break
            position = sentence_end + 1
        if reached is None or reached <= end:
            return _last_numbered_item(context, end, paragraph_end)
        end = reached
    return end


# A numbered list run into one paragraph reads its next number as a sentence's end ("...; and 12.
# the adequacy of our reserves."): the list's last item is the sentence after that number.


def _last_numbered_item(context: CheckContext, end: int, paragraph_end: int) -> int:
    """`end`, or past the sentences after it while what each closes is an item's ";" or "," and
    the next item's number ("...; 11. negative publicity, and 12. the adequacy of reserves.")."""
    while end < paragraph_end and NEXT_NUMBER_AT_END.search(context.text, max(0, end - 12), end) is not None:
        _, sentence_end = context.sentence_of(end + 1, end + 2)
        if min(sentence_end, paragraph_end) <= end:
            break
        end = min(sentence_end, paragraph_end)
    return end


# "competition — particularly from larger rivals — and changes in regulation": a pair of dashes
# inside one line sets off an aside about the item before it; the canonical text turns dashes into
# spaces, so the aside would run into the next item. It is read as the item's end (a comma), its
# words no factor. A dash pair before "to" or a preposition parts the words of one item ("our
# ability — or inability — to raise capital"), and is left as it is.
_DASH = r"(?:[ \t]*—[ \t]*|[ \t]+(?:–|--)[ \t]+)"
_DASH_ASIDE = re.compile(_DASH + r"(?P<aside>[^–—\n;:]{1,120}?)" + _DASH)
_DASH_MARKS = ("—", "–", "--")
_ASIDE_WORDS = 15
_INSIDE_ITEM_AFTER = re.compile(r"\s*(?:to|of|in|on|for|from|with|by|at|about|over|into)\b")


# Factors set one to a line with no bullet and no punctuation ("include:" / "frost damage" / "fuel
# prices" / "the loss of a customer"): the canonical text joins a paragraph's lines, so the list
# reads as one run of words. A break is taken as the writer's, not a wrap, when the line before it
# ends without punctuation and the next line's first word would have fitted on it: a wrap fills
# the line. The width a wrap fills is that of the longest line of prose from the start of the
# lead-in's paragraph to the list's end (a table's row, its cells apart by runs of spaces, is
# none): the lead-in's own paragraph was wrapped, or not, as the list's would have been. A line
# that stays well short of it (_SHORT_LINE of it at most) cannot be a justified one of a PDF
# either. A wrap may leave a function word at a line's end ("the loss of a"); a factor does not
# end so, and the commas of a wrapped comma list outnumber its lines.
_SHORT_LINE = 0.75
_MIN_LINE_ITEMS = 3
_LINE_END_PUNCTUATION = (".", ",", ";", ":", "?", "!", "-", "(", "/", "&")
_TABLE_GAP = re.compile(r"\S(?: {3,}|\t)\S")
_OPEN_LINE_END = re.compile(r"\b(?:a|an|the|of|to|in|on|at|by|for|from|with|and|or|nor|but|our|its|their|that|which|"
                            r"as|than|into|upon|such|including|include|includes|are|is|be|may|could|will|would)$",
                            re.IGNORECASE)


_WIDTH_REACH = 4000  # characters read back for the lead-in's paragraph


def _prose_width(source: str, start: int, end: int) -> int:
    """The length of the longest line of prose in `source` from the start of the paragraph that
    holds `start` to `end`."""
    paragraph = source.rfind("\n\n", max(0, start - _WIDTH_REACH), start)
    paragraph = max(0, start - _WIDTH_REACH) if paragraph < 0 else paragraph + 2
    return max((len(line) for line in source[paragraph:end].split("\n")
                if " " in line.strip() and not _TABLE_GAP.search(line)), default=0)


# (the rest of the lead-in's sentence up to the colon that ends its paragraph: "... factors such as,
# but not limited to:")
_OWN_PARAGRAPH_OPENING = re.compile(r"[^\n:;.]{0,100}:[ \t]*\n\s*|[ \t]*\n\s*")


def _line_item_breaks(context: CheckContext, start: int, end: int) -> list[int]:
    """The canonical offsets of the writer's line breaks between factors set one to a line in the
    list at canonical [start, end), or none. Every line that opens inside the list, the last
    excepted, must be such a line, and at least _MIN_LINE_ITEMS lines must stand there: one long
    line among them, a line that ends with punctuation or a function word, or more commas than
    lines, is prose wrapped by the extraction, and its breaks stay spaces. Bulleted or numbered
    lines are left to the bullet readings."""
    listed = context.text[start:end].rstrip()
    # (a list set in a paragraph of its own after the lead-in's colon, "... such as:" and then
    # the lines: the lines are read from that paragraph's start, against the lead-in's width)
    opening = _OWN_PARAGRAPH_OPENING.match(listed)
    lines_start = start + opening.end() if opening else start
    if ";" in listed or "\n" in listed[lines_start - start :]:
        return []  # items ended by semicolons, or paragraphs: split by those
    return context.memo(("factor-count-line-items", start, end),
                        lambda: _line_breaks_read(context, start, start + len(listed), lines_start))


def _line_breaks_read(context: CheckContext, start: int, end: int, lines_start: int | None = None) -> list[int]:
    """`_line_item_breaks` for a list with no semicolon and no paragraph break (after
    `lines_start`, where its first line opens a paragraph of its own)."""
    source_start, source_end = context.canonical.to_source(start, end)
    source = context.document.text
    own_paragraph = lines_start is not None and lines_start > start
    if own_paragraph:
        first_line, _ = context.canonical.to_source(lines_start, end)
        first_break = first_line - 1  # the first line is an item too
    else:
        first_break = source.find("\n", source_start, source_end)
    if first_break < 0 or source.count("\n", first_break + 1 if own_paragraph else first_break, source_end) < _MIN_LINE_ITEMS - 1:
        return []
    lines = source[first_break + 1 : source_end].split("\n")
    if _sentence_lines(lines):
        # lines that are each a caption and its sentences ("Credit risk. Borrowers may fail to
        # repay their loans."): every line is an item, its full stops inside it
        position, breaks = first_break + 1, []
        for line in lines[:-1]:
            position += len(line) + 1
            breaks.append(context.canonical.from_source(position - 1))
        return breaks
    if (len(lines) < _MIN_LINE_ITEMS or any(_SOURCE_BULLET.match(line) for line in lines)
            or sum(line.count(",") for line in lines) >= len(lines)):
        return []
    width = _prose_width(source, source_start, source_end)
    breaks = []
    position = first_break + 1
    for line, following in zip(lines, lines[1:]):
        stripped = line.rstrip()
        words = following.split()
        if (not stripped or not words or stripped.endswith(_LINE_END_PUNCTUATION) or _OPEN_LINE_END.search(stripped)
                or len(stripped) > _SHORT_LINE * width or len(stripped) + 1 + len(words[0]) > width):
            return []
        position += len(line) + 1
        breaks.append(context.canonical.from_source(position - 1))
    return breaks


# A paragraph whose lines the writer set one to a factor, each opening with a capital and closed by
# a full stop, as a caption and its explanation are ("Interest rate risk. Changes in market rates
# could reduce our margin." / "Credit risk. ..."): a wrap does not end every line at a sentence's
# end and open the next with a capital, so each line is an item, however many sentences it holds.
_SENTENCE_LINE = re.compile(r"[ \t]*[A-Z][^\n]*[a-z0-9)][.!?][\"\u201d']?[ \t]*")
_SENTENCE_LINE_WORDS = 60


def _sentence_lines(lines: list[str]) -> bool:
    """Whether the source lines are items set one to a line, each a capitalised sentence or more
    (see `_SENTENCE_LINE`); at least _MIN_LINE_ITEMS of them, none a bulleted or numbered line."""
    lines = [line for line in lines if line.strip()]
    return (len(lines) >= _MIN_LINE_ITEMS
            and all(_SENTENCE_LINE.fullmatch(line) and len(line.split()) <= _SENTENCE_LINE_WORDS
                    and not _SOURCE_BULLET.match(line) for line in lines))


def _paragraph_of_sentence_lines(context: CheckContext, start: int, end: int) -> bool:
    """Whether the paragraph at canonical [start, end) is one of `_sentence_lines`."""
    source_start, source_end = context.canonical.to_source(start, end)
    return _sentence_lines(context.document.text[source_start:source_end].split("\n"))


def _listed_without_asides(context: CheckContext, start: int, end: int) -> str:
    """`_listed_text` with the dash-set asides of the list read as item ends, and the writer's
    line breaks between factors set one to a line (`_line_item_breaks`) as well."""
    breaks = _line_item_breaks(context, start, end)
    if breaks:
        bounds = [start] + breaks + [end]
        return "; ".join(_listed_text(context, a, b).strip() for a, b in zip(bounds, bounds[1:]))
    source_start, source_end = context.canonical.to_source(start, end)
    source = context.document.text
    if not any(source.find(mark, source_start, source_end) >= 0 for mark in _DASH_MARKS):
        return _listed_text(context, start, end)
    pieces, position = [], start
    for aside in _DASH_ASIDE.finditer(source, source_start, source_end):
        if aside.group("aside").count(" ") >= _ASIDE_WORDS:
            continue
        opened, closed = context.canonical.from_source(aside.start()), context.canonical.from_source(aside.end())
        if not position < opened < closed < end or _INSIDE_ITEM_AFTER.match(context.text, closed):
            continue
        pieces += [_listed_text(context, position, opened).rstrip(" ,"), ", "]
        position = closed
    pieces.append(_listed_text(context, position, end))
    return "".join(pieces)


@dataclass(frozen=True)
class _ReadLeadIn:
    """A lead-in found by reading the text rather than by a lead-in phrase (a colon that opens a
    list, a series of conditions), standing where a phrase's match would (start, end, exact)."""

    start: int
    end: int
    exact: bool = True
    # the lead-in is a question and the answer whose colon opens the list ("Could any of the
    # following cause ...? Yes, each of them could: ..."): its two sentences are read as one
    answered: bool = False


# "There are many factors that could cause actual results to differ materially: the performance
# of our hotels, …", "Among the risks that could affect our results:" and bullets: whatever the
# wording, a colon that ends a sentence naming risks (factors, uncertainties) and what they could
# do to results opens their list.
_LIST_NOUN = re.compile(r"\b(?:risks?|factors?|uncertaint(?:y|ies))\b")
# what a denied colon sentence may announce (`Checker._refused`)
_ANNOUNCED_NOUN = re.compile(r"\b(?:risks?|factors?|uncertaint(?:y|ies)|matters?|events?|developments?|the following)\b")
# (or "change", "alter": "Factors that could change anticipated results: ..." name what could make
# the results other than expected, as "affect" does)
_LIST_VERB = re.compile(r"\b(?:cause|causes|affect|affects|impact|impacts|influence|influences|differ|vary|change|"
                        r"changes|alter|alters)\b")

_CHANGING = frozenset("change changes alter alters".split())
_COLON_VERB_WORDS = 5
_COLON_WORDS = 25
# "... could differ materially. Some of these factors are: ...": the risks named by the subject
# alone, referring back, and "are" or "include" right before the colon
_BARE_COPULA = re.compile(r"\s+(?:are|include)\s*$")
# "the following" (or "as follows") right before the colon, or after it only an aside set off by a
# comma ("..., are not among the following, which the Company has set aside:"), in a sentence
# that names the risks; or a sentence that opens with it ("The following are some, though not
# all, of these risks:")
_FOLLOWING_TAIL = re.compile(r"\b(?:the following|as follows)(?:,[^,;:.()]{0,120})?\s*$")
_FOLLOWING_OPENING = re.compile(r"\s*the following (?:are|include|is|includes)\b")
_ANNOUNCED_WORDS = 60


def _announced_list(text: str, sentence_start: int, colon: int) -> int | None:
    """The start of the risk noun of a sentence that announces its list as "the following" (see
    `_FOLLOWING_TAIL`), or None."""
    if ";" in text[sentence_start:colon] or text.count(" ", sentence_start, colon) > _ANNOUNCED_WORDS:
        return None
    tail = _FOLLOWING_TAIL.search(text, sentence_start, colon)
    if tail is not None and tail.end() == colon:
        noun = _LIST_NOUN.search(text, sentence_start, tail.start())
        return noun.start() if noun is not None else None
    if _FOLLOWING_OPENING.match(text, sentence_start, colon):
        noun = _LIST_NOUN.search(text, sentence_start, colon)
        return noun.start() if noun is not None else None
    return None


# The risks named as a label that runs into its list ("Key risks: weaker demand, ..."): the noun
# phrase alone before the colon
_RUN_IN_LABEL = re.compile(r"\s*(?:(?:the|our) )?(?:(?:key|principal|main|major|material|significant|important|primary|"
                           r"chief|specific|other|additional) )?(?:risks?(?: and uncertainties)?|risk factors|"
                           r"uncertainties|factors)\s*")
# ... but not a label that sends the reader elsewhere or says there are none ("Risk Factors: see
# our Form 10-K", "Other risks: none")
_NOT_A_LIST = re.compile(r"\s*(?:for|see|please|refer|none|not|n/a|nil)\b")
# The company's exposure named right before the colon ("These statements are subject to a number
# of risks: the cyclical nature of ...", "Our business faces several uncertainties:"): the risks it
# is exposed to are listed after it, as after "subject to risks including".
_EXPOSED_TO = re.compile(r"\b(?:subject to|involve|involves|involving|entail|entails|face|faces|facing|exposed to|"
                         r"exposes (?:us|it|the company) to)(?: (?:a number of|a variety of|a range of|certain|various|"
                         r"several|many|numerous|significant|substantial|important|material|known and unknown|"
                         r"the following))*(?: [a-z]+)? (?:risks and uncertainties|uncertainties and risks|risks|uncertainties|factors)\s*(?=:)")
_REFERRING_SUBJECT = re.compile(r"^(?:(?:some|certain|several|many|a few|the most important|the principal) of )?"
                                r"(?:these|those|such|the|our)(?: [a-z]+){0,2} $")


def _colon_lead_ins(context: CheckContext, start: int, end: int) -> list[_ReadLeadIn]:
    text = context.text
    found = []
    colon = text.find(":", start, end)
    while colon >= 0:
        sentence_start, _ = context.sentence_of(colon, colon + 1)
        # The colon ends the clause that names the risks and what they could do ("factors that
        # could cause", "risks that may affect"), not a long run whose words happen to include both.
        for noun in _LIST_NOUN.finditer(text, sentence_start, colon):
            verb = _LIST_VERB.search(text, noun.end(), colon)
            if verb is not None and verb.group() in _CHANGING and "," in text[verb.end() : colon]:
                # "Few, if any, factors could change anticipated results, but analysts have asked
                # about:": "change" opens a list only right before its colon
                verb = None
            bare = (_BARE_COPULA.fullmatch(text, noun.end(), colon) is not None
                    and _REFERRING_SUBJECT.match(text[sentence_start : noun.start()].lstrip()) is not None)
            if bare or (verb is not None and text.count(" ", noun.end(), verb.start()) <= _COLON_VERB_WORDS
                        and text.count(" ", noun.end(), colon) <= _COLON_WORDS and ";" not in text[noun.end():colon]):
                found.append(_ReadLeadIn(noun.start(), colon))  # the list, as after a lead-in phrase, opens with the colon
                break
        else:
            announced = _announced_list(text, sentence_start, colon)
            if (announced is None and _RUN_IN_LABEL.fullmatch(text, sentence_start, colon)
                    and not _NOT_A_LIST.match(text, colon + 1)):
                announced = sentence_start
            if announced is None and not _NOT_A_LIST.match(text, colon + 1):
                exposed = _exposed_before(text, sentence_start, colon)
                if exposed is not None:
                    announced = exposed
            if announced is not None:
                found.append(_ReadLeadIn(announced, colon))
            elif sentence_start > start + 1 and "?" in text[max(start, sentence_start - 4) : sentence_start]:
                question_start, _ = context.sentence_of(sentence_start - 2, sentence_start - 1)
                asked = _asked_about(text, question_start, sentence_start)
                if asked is not None and answered_yes(text, question_start, sentence_start, colon):
                    found.append(_ReadLeadIn(asked, colon, answered=True))
        colon = text.find(":", colon + 1, end)
    return found


def _asked_about(text: str, question_start: int, answer_start: int) -> int | None:
    """The start of the risk noun (or "the following") of a question that asks whether they could
    cause or affect results ("Could any of the following cause actual results to differ ...?"), or
    None."""
    noun = _ANNOUNCED_NOUN.search(text, question_start, answer_start)
    if noun is None or _LIST_VERB.search(text, noun.end(), answer_start) is None:
        return None
    return noun.start()


def _exposed_before(text: str, sentence_start: int, colon: int) -> int | None:
    """The start of the exposure that ends right at the colon (`_EXPOSED_TO`), or None."""
    if ";" in text[sentence_start:colon] or text.count(" ", sentence_start, colon) > _ANNOUNCED_WORDS:
        return None
    for found in _EXPOSED_TO.finditer(text, sentence_start, colon + 1):
        if found.end() == colon:
            return found.start()
    return None


# "Actual results could differ materially if demand falls, if costs rise or if our suppliers fail":
# the factors given as the conditions under which results would differ. Searched exactly, never
# OCR-tolerantly: "if" is a look-alike of "it", and "... differ materially from X; it lists ..."
# names no condition. (A condition that the legend's own risks come about names no factor:
# `factor_specific.NOT_A_FACTOR`.)
_CONDITIONAL_LEAD_IN = re.compile(r"\b(?:differ|differs|vary|varies) materially(?: from [^.;:]{0,120}?)? if\b")


def _conditional_lead_ins(context: CheckContext, start: int, end: int) -> list[_ReadLeadIn]:
    text = context.text
    if text.find(" if ", start, end) < 0:
        return []
    found = []
    for lead_in in _CONDITIONAL_LEAD_IN.finditer(text, start, end):
        # a series of conditions is a list ("if ..., if ... or if ..."); one condition alone is a
        # clause of the legend ("..., if new information becomes available")
        _, sentence_end = context.sentence_of(lead_in.start(), lead_in.end())
        if text.find(" if ", lead_in.end(), min(sentence_end, end)) >= 0:
            found.append(_ReadLeadIn(lead_in.start(), lead_in.end()))
    return found


# The factors set in parentheses right after the risks they are: "Certain factors (the health of our
# operators, Medicaid rates and labor costs) could cause ...", "These statements are subject to risks
# (e.g., declining enrollment, changes to student aid and a program review) that could cause ...".
# The parenthesis opens the list, as a colon would, and its closing ends it; it holds a list (a
# comma in it), and the lead-in's tie to results is read as for any other lead-in.
_PARENTHESISED = re.compile(r"\b(?:risks|factors|uncertainties|risks and uncertainties)\s*\("
                            r"(?:(?:e\.\s?g\.|i\.\s?e\.|for example|for instance|namely|in particular),?\s*)?")
_PARENTHESIS_WORDS = 120


def _parenthesised_lead_ins(context: CheckContext, start: int, end: int) -> list[_ReadLeadIn]:
    text = context.text
    found = []
    for opened in _PARENTHESISED.finditer(text, start, end):
        closed = text.find(")", opened.end(), end)
        if closed < 0 or "(" in text[opened.end():closed] or text.count(" ", opened.end(), closed) > _PARENTHESIS_WORDS:
            continue
        if "," not in text[opened.end():closed]:
            continue  # "risks (as described below)": an aside, not a list
        _, sentence_end = context.sentence_of(opened.start(), opened.end())
        if not _TIED_AFTER.match(text, closed + 1, sentence_end):
            continue  # what the risks could do is said after the parenthesis
        found.append(_ReadLeadIn(opened.start(), opened.end()))
    return found


# The lead-in's noun and verb with an aside in parentheses between them, longer than a phrase's gap
# reaches: "Some of those factors (in addition to others described elsewhere in this report and in
# subsequent securities filings) include: ...". The parenthesis is read past as one word.
_ASIDE_LEAD_IN = re.compile(r"\b(?:factors|risks|uncertainties)\s*\([^()]{1,400}\)\s*,?\s*"
                            r"(?:include|includes|including|are|comprise|comprises)\b")


def _aside_lead_ins(context: CheckContext, start: int, end: int) -> list[_ReadLeadIn]:
    return [_ReadLeadIn(found.start(), found.end()) for found in _ASIDE_LEAD_IN.finditer(context.text, start, end)]


# Factors named before the verb that makes them factors: "Changes in interest rates, the loss of a
# major customer and delays in product launches could cause actual results to differ materially",
# "Competition, regulation and supply disruptions are among the risks that could affect our
# results", or all of them ("Market prices, financing and general business conditions are the
# factors that could cause actual results to differ materially"). The subject is the list. What the verb does must be the legend's caution (results
# differing, or harm): "could cause results to improve" names strengths, and "are discussed in
# this release" names topics, neither a list of factors.
_CAUTION_TAIL = (r"(?:cause|lead|result in|give rise to)\b[^.;:]{0,80}?\b(?:differ\w*|var(?:y|ies)|materially different|"
                 r"(?:such|these|those|a|material) differences?)\b"
                 r"|(?:materially |significantly )?(?:and )?adversely (?:affect|impact)")
# what the parenthesised factors could do, said right after the parenthesis: the legend's caution
# ("(...) could cause actual results to differ materially", "(...) that may adversely affect"),
# not what strengths do ("(...) could cause results to improve")
_TIED_AFTER = re.compile(r"\s*(?:(?:that|which) )?(?:could|may|might|can|would)(?: also| each| individually)? (?:"
                         + _CAUTION_TAIL + ")")
_FRONTED_LIST_VERB = re.compile(
    r",?\s(?:(?:could|may|might|would|can)(?: each| all| also| individually or (?:together|collectively|in the aggregate))?"
    r" (?:" + _CAUTION_TAIL + r")"
    r"|(?:are|is) (?:(?:among|some of|one of|examples of) )?the (?:[a-z]+ ){0,2}"
    r"(?:(?:risks|uncertainties) (?:that|which) (?:could|may|might|can) (?:cause|affect|impact|harm)"
    r"|(?:factors|matters|events) (?:that|which) (?:could|may|might|can) (?:" + _CAUTION_TAIL + r")"
    # the noun ends the sentence: inside a legend, "... are among the important factors." names
    # the caution's own factors ("the factors we weigh in pricing" goes on, and is no such list)
    r"|(?:risks|uncertainties|factors|risk factors)(?=\s*[.;])))\b")
# what may open the sentence before its subject list: a linking adverb, the caution itself ("We
# caution that ...", "Investors should note that ..."), and the kind of the factors the list
# gives examples of ("Factors such as weaker demand, ... could cause ...": the first factor is
# "weaker demand")
_FRONTED_OPENING = re.compile(
    r"\s*(?:(?:however|in addition|additionally|moreover|furthermore|also|for example|for instance|in particular),?\s+)?"
    r"(?:(?:we|the company|management|investors|readers|shareholders|stockholders|you)"
    r"(?: should| must| are urged to| are asked to| are cautioned to)? "
    r"(?:caution|cautions|note|notes|warn|warns|remind|reminds|bear in mind|be aware|understand|consider)"
    r"(?: you| readers| investors)? that,?\s+)?"
    r"(?:(?:other |important |key |additional |certain )?(?:factors|risks|uncertainties|risks and uncertainties) "
    r"(?:such as|including|like),?\s+)?")
_FRONTED_SUBJECT_WORDS = 80
_RELATIVE_END = re.compile(r"\b(?:which|that|who|whose|whom)$")
# "... are based on ... and involve risks, ..., and could cause results to differ": a verb after "and"
# (or "or") is a second predicate of the sentence's own subject, so no list stands before it as a subject.
_COORDINATED_PREDICATE = re.compile(r",?\s(?:and|or)$")
# The verb is no list's: it ends a relative clause inside the sentence ("risks, many of which are
# beyond our control and could adversely affect ...", "the extent to which any factor, or
# combination of factors, may cause ..."), or the clause before it opens with a subordinator or
# a pronoun subject of its own ("While management considers ..., they are subject to risks ..."),
# or a subordinate clause set off inside it belongs to a clause whose verb stands before ("the
# statements involve assumptions that, if they never materialize or prove wrong, could cause ...").
_NOT_A_SUBJECT_LIST = re.compile(r"\b(?:which|whom|whose)\b|,\s*(?:if|unless|should|when|because|although|though)\b|"
                                 r"^(?:while|although|though|if|because|since|whether|when|it|there|this|they|we|you|i)\b|"
                                 # ... or a clause of reason or concession opens inside it without a comma
                                 # ("these statements involve uncertainty since future events and
                                 # circumstances can cause results to differ materially"): the words before
                                 # the verb are a main clause and the start of a subordinate one, no list
                                 r"\s(?:since|because(?!\s+of\b)|whereas|although|though)\s")
# fewer than this many specific factors before the verb are a clause's subject, not a list
_MIN_FRONTED = 2


def _fronted_lists(context: CheckContext, start: int, end: int) -> list[tuple[int, int]]:
    """The subject lists in [start, end) whose verb makes them factors (`_FRONTED_LIST_VERB`): for
    each, the span from the subject's start to the verb. The subject is a list (a comma or an
    "and"/"or" in it) and starts the clause (after a colon or semicolon, if one stands before)."""
    text = context.text
    found = []
    for verb in _FRONTED_LIST_VERB.finditer(text, start, end):
        sentence_start, _ = context.sentence_of(verb.start(), verb.start() + 1)
        clause_start = max(sentence_start, text.rfind(";", sentence_start, verb.start()) + 1,
                           text.rfind(":", sentence_start, verb.start()) + 1)
        clause_start = _FRONTED_OPENING.match(text, clause_start).end()
        subject = text[clause_start : verb.start()]
        if not ("," in subject or " and " in subject or " or " in subject):
            continue
        if subject.count(" ") > _FRONTED_SUBJECT_WORDS or _RELATIVE_END.search(subject):
            continue  # "risks, uncertainties and assumptions which could cause": a relative clause, not a subject
        if _COORDINATED_PREDICATE.search(subject):
            continue
        if _NOT_A_SUBJECT_LIST.search(subject):
            continue
        found.append((clause_start, verb.start()))
    return found


def _denied_lead_in(context: CheckContext, sentence_start: int, end: int) -> bool:
    """`denied_lead_in` of the context's text, once per place: the search asks it of the same
    lead-in up to three times (its list refused, the lead-in turned away, the sentence kept out of
    the tolerant search), and the answer depends on the text alone."""
    return context.memo(("factor-count-denied-lead-in", sentence_start, end),
                        lambda: denied_lead_in(context.text, sentence_start, end))


def _described_by_others(context: CheckContext, start: int, end: int) -> bool:
    """`described_by_others` of the context's text and names, once per place (as `_denied_lead_in`)."""
    return context.memo(("factor-count-described-by-others", start, end),
                        lambda: described_by_others(context.text, start, end, context.names))


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.lead_ins = compile_phrases(rule.options["lead_ins"])
        self.required = int(rule.options.get("min", DEFAULT_MIN))

    def check(self, context: CheckContext) -> Finding:
        intact: set[int] = set()
        best = self._best_list(context, "find_exact", intact)
        headed = headed_factors(context, self.rule.scope)
        if max(len(found[0]) if found else 0 for found in (best, headed)) < self.required:
            # A lead-in damaged by OCR ("such factos include"): the tolerant search, as a fallback
            # when no list read otherwise has enough factors. A lead-in the exact search found
            # intact and denied stays denied.
            tolerant = self._best_list(context, "find_tolerant", intact)
            if tolerant is not None and (best is None or len(tolerant[0]) > len(best[0])):
                best = tolerant
        if headed is not None and (best is None or len(headed[0]) > len(best[0])):
            best = headed
        if best is None:
            return finding(self.rule, context, Status.MISSING, details={"count": 0, "required": self.required})
        items, span = best
        status = Status.MET if len(items) >= self.required else (Status.WEAK if items else Status.MISSING)
        details = {"count": len(items), "required": self.required, "items": items}
        return finding(self.rule, context, status, span=span, details=details)

    def _best_list(self, context: CheckContext, search: str,
                   intact: set[int] | None = None) -> tuple[list[str], tuple[int, int]] | None:
        """The lead-in (found by `search`) whose list has the most specific factors. `intact`:
        the exact search adds the sentence of every lead-in it found intact and denied ("Risks
        that we consider immaterial include"); the tolerant search skips those sentences (a
        lead-in turned away only for want of risk words may still be damaged text)."""
        best: tuple[list[str], tuple[int, int]] | None = None
        text = context.text
        for scope_start, scope_end in context.spans(self.rule.scope):
            accepted: list[tuple[list[str], tuple[int, int], bool]] = []  # every list read here, and whether it adds
            matches = [m for phrase in self.lead_ins for m in getattr(phrase, search)(text, scope_start, scope_end)]
            if search == "find_exact":
                matches += _colon_lead_ins(context, scope_start, scope_end)
                matches += _conditional_lead_ins(context, scope_start, scope_end)
                matches += _parenthesised_lead_ins(context, scope_start, scope_end)
                matches += _aside_lead_ins(context, scope_start, scope_end)

            # A list whose lead-in is denied or given as another's: the lead-ins inside its items
            # ("…, including increased costs") are its items, not lists of their own.
            refused = self._refused(context, matches, scope_start, scope_end) if search == "find_exact" else []
            if intact is not None and refused:
                # the tolerant search must not read those inner lead-ins as lists either
                intact.update(context.sentence_of(m.start, m.end)[0] for m in matches
                              if any(a <= m.start < b for a, b in refused))
            for match in matches:
                if any(a <= match.start < b for a, b in refused):
                    continue
                sentence_start, _ = context.sentence_of(match.start, match.end)
                if intact is not None and search == "find_tolerant" and sentence_start in intact:
                    continue
                last_sentence = context.sentence_of(max(match.start, match.end - 1), match.end)
                if (context.sentence_of(match.start, match.start + 1) != last_sentence
                        and not _REFERS_BACK.match(text, last_sentence[0], match.end)
                        and not getattr(match, "answered", False)):
                    # a lead-in phrase whose gap runs over a sentence end ("... could differ
                    # materially. The forward-looking statements herein include statements about
                    # ..."): its words belong to two sentences, and the list is not one of factors,
                    # unless the second sentence refers back to the first ("... due to many
                    # factors. These include ...")
                    continue
                # "Many factors could cause … . Among them are …" (or "These include …"): a
                # lead-in that opens its sentence by referring back takes its context from the
                # sentence before.
                context_start = sentence_start
                if sentence_start > 1 and _REFERS_BACK.match(text, sentence_start, match.end):
                    context_start = context.sentence_of(sentence_start - 2, sentence_start - 1)[0]
                # (read on to a colon that opens the list: "Should any of the following occur,
                # actual results could differ materially: ...")
                colon = TO_COLON.match(text, match.end)
                context_end = colon.end() if colon is not None else match.end
                damaged_start = sentence_start
                if "following" in text[match.start : match.end]:
                    # "the following" names what its own clause says it is: not "no factors could
                    # cause ...; it lists the following only as its areas of business:"
                    context_start = max(context_start, text.rfind(";", context_start, match.start) + 1)
                    damaged_start = max(damaged_start, context_start)
                if not (_factor_context(text, context_start, context_end)
                        or (not match.exact and damaged_factor_context(*_reported_differences_blanked(
                            text, damaged_start, match.end)))):
                    if intact is not None and match.exact and _denied_lead_in(context, sentence_start, match.end):
                        # denied as well as short of risk words ("Our strengths ... include:"): the
                        # tolerant search must not take it up as damaged text
                        intact.add(sentence_start)
                    continue
                # Damaged text (the tolerant search's) is not read for ties or denials: OCR noise
                # must not turn a list away.
                if (lists_topics(text, sentence_start, match.end) or _TOPICS_AFTER.match(text, match.end)
                        or lists_assumptions(text, sentence_start, match.end)
                        or _PREDICATE_AFTER.match(text, match.end) or _LOCATED_AFTER.match(text, match.end)
                        or _CUE_LIST.search(text, max(0, match.end - 60), match.end)
                        or _quoted_words_after(context, match.end)):
                    continue
                if match.exact and _UNTIL_PAST.match(text, match.end):
                    if intact is not None:
                        intact.add(sentence_start)  # factors of the past, not the list at hand
                    continue
                if not match.exact and effect_denied_in_relative(text, sentence_start, match.end):
                    # "Such factors, which could delay the publication of our results but could not
                    # change them, include: ...": too long a relative clause for the exact lead-in,
                    # and it denies the factors any effect on the results
                    continue
                if not match.exact and others_exposed(text, sentence_start, match.end):
                    # "Our customers are exposed to risks from floods, fires and theft": the risks of
                    # the party the sentence speaks of, not factors of the company's results (the
                    # exact search turned it away for want of a tie to results; so does this one)
                    continue
                if (not match.exact and not about_results(text, context_start, match.end)
                        and not any(p.find_exact(text, match.start, match.end) for p in self.lead_ins)):
                    # A lead-in only the tolerant search sees is a guess at damage, and needs a
                    # sentence about results to stand on (`about_results` reads its tie words
                    # OCR-tolerantly): "the investor is subject to investment risk including ..."
                    # took the singular for a damaged "risks ... including", and a sentence about
                    # an investor's risk lists no factors of the results.
                    continue
                if match.exact and (not about_results(text, context_start, match.end)
                                    or _denied_lead_in(context, sentence_start, match.end)
                                    or _described_by_others(context, sentence_start, match.end)):
                    if intact is not None and (_denied_lead_in(context, sentence_start, match.end)
                                               or _described_by_others(context, sentence_start, match.end)):
                        intact.add(sentence_start)
                    continue
                if match.exact and untied_factors(text, context_start, match.end) and not _tied_before(text, context, sentence_start):
                    # "... unexplained variation into account. The most important factors include
                    # interest rates, inflation and GDP.": factors of a model, not of the results
                    if intact is not None:
                        intact.add(sentence_start)
                    continue
                if (_UNASSURED_LEAD_IN.search(text, match.start, match.end) and not _COLON_NEXT.match(text, match.end)
                        and not _numbered_next(context, match.end)):
                    # "no assurance can be given as to our future results": without a colon that
                    # announces a list, or numbered items ("regarding (a) the timing of the closing,
                    # (b) ..."), what cannot be assured is one matter, not the factors
                    continue
                span = self._enumeration(context, match.end, scope_end)
                spans = [span]
                # "Risks (such as x, y and z) could cause …": a lead-in inside parentheses
                # may list up to the closing one; the reading with more factors counts.
                opened = text.rfind("(", sentence_start, match.end)
                if opened >= 0 and text.find(")", opened, match.end) < 0:
                    closed = text.find(")", match.end, span[1])
                    if closed >= 0:
                        spans.append((span[0], closed))
                items, span = max(((self._items(context, s), s) for s in spans), key=lambda pair: len(pair[0]))
                if match.exact and retracted(text, span[0], span[1]):
                    if intact is not None:
                        intact.add(sentence_start)  # taken back: the tolerant search may not restore it
                    continue
                accepted.append((items, (match.start, span[1]), _ADDITIVE.match(text, sentence_start, match.end) is not None))
                if best is None or len(items) > len(best[0]):
                    best = (items, (match.start, span[1]))
            best = _with_added_lists(context, best, accepted)
            if search == "find_exact":
                for subject in _fronted_lists(context, scope_start, scope_end):
                    if any(a <= subject[0] < b for a, b in refused):
                        continue
                    items = self._items(context, subject)
                    if len(items) >= _MIN_FRONTED and (best is None or len(items) > len(best[0])):
                        best = (items, subject)
        return best

    def _refused(self, context: CheckContext, matches, scope_start: int, scope_end: int) -> list[tuple[int, int]]:
        """The lists of lead-ins found intact that are denied ("Risks that we consider immaterial
        include: …") or given as another's ("The risks our dealers describe include: …")."""
        text = context.text
        refused = []
        for match in matches:
            if not match.exact:
                continue
            sentence_start, _ = context.sentence_of(match.start, match.end)
            if (_denied_lead_in(context, sentence_start, match.end)
                    or _described_by_others(context, sentence_start, match.end)):
                refused.append(self._enumeration(context, match.end, scope_end))
        # a colon that announces matters no lead-in phrase names, in a sentence that denies them
        # ("The following matters, each already priced into our projections and so incapable of
        # causing a difference, are noted for completeness: ..."): its items' inner lead-ins
        # ("uncertainties associated with ..., including ...") are items too
        colon = text.find(":", scope_start, scope_end) if matches else -1
        while colon >= 0:
            sentence_start, _ = context.sentence_of(colon, colon + 1)
            # (or gives them as another's: "The following are the risks that the former owners
            # of the business we bought listed in their own reports: ...")
            if (_ANNOUNCED_NOUN.search(text, sentence_start, colon) is not None
                    and (denied(text, sentence_start, colon + 1)
                         or described_by_others(text, sentence_start, colon + 1, context.names))):
                refused.append(self._enumeration(context, colon, scope_end))  # (from the colon: a bulleted list goes on)
            elif sentence_start > scope_start + 1 and "?" in text[max(scope_start, sentence_start - 4) : sentence_start]:
                # a question about the matters answered "no" before the colon: the question's own
                # lead-in ("Could any of the following cause ...?") and the list are refused
                question_start, _ = context.sentence_of(sentence_start - 2, sentence_start - 1)
                if (_ANNOUNCED_NOUN.search(text, question_start, sentence_start) is not None
                        and answered_no(text, question_start, sentence_start, colon)):
                    refused.append((question_start, self._enumeration(context, colon, scope_end)[1]))
            colon = text.find(":", colon + 1, scope_end)
        return refused

    @staticmethod
    def _items(context: CheckContext, span: tuple[int, int]) -> list[str]:
        """`_read_items`, once per span: the exact and the tolerant search read the lists of the
        lead-ins they share again, and several lead-ins may open one list; the items depend on the
        text of the span alone (a copy is returned, so a caller's list is its own)."""
        return list(context.memo(("factor-count-items", span[0], span[1]), lambda: Checker._read_items(context, span)))

    @staticmethod
    def _read_items(context: CheckContext, span: tuple[int, int]) -> list[str]:
        listed = _as_item_lines(_listed_without_asides(context, span[0], span[1]))
        # "... due to a number of factors, though plainly not due to X, Y or Z": what follows a
        # denied repetition of the cause is set apart from the list, not added to it
        denied = _DENIED_CAUSE.search(listed) if _DENIED_CAUSE_TAIL.search(listed) else None
        listed = listed[: denied.start()] if denied else listed
        items = cut_trailing_catch_alls(continue_that_clauses(drop_kinds_of_factors(drop_strengths(split_items(listed)))))
        # distinct factors (labelling guide): an item repeated word for word is one factor
        return list(dict.fromkeys(specific_factors(items) + named_in_catch_alls(items)))

    @staticmethod
    def _enumeration(context: CheckContext, start: int, scope_end: int) -> tuple[int, int]:
        """`_list_span`, once per lead-in end (several lead-in phrases may end at one place)."""
        return context.memo(("factor-count-enumeration", start, scope_end),
                            lambda: Checker._list_span(context, start, scope_end))

    @staticmethod
    def _list_span(context: CheckContext, start: int, scope_end: int) -> tuple[int, int]:
        """From the lead-in's end to its sentence end, or on over the list it opens.

        A list goes on over following short paragraphs (bulleted items) while the text before
        the paragraph break ends with a colon, a semicolon, a comma or "and"/"or"; the item that
        ends with a full stop closes it.
        """
        text = context.text
        _, end = context.sentence_of(start, start + 1)
        # Numbered items written as sentences ("(i) economic conditions. (ii) commodity prices."):
        # the list goes on while the next sentence of the paragraph opens with the next marker.
        while _ENUMERATOR.search(text, start, end):
            following = _NEXT_ENUMERATOR.match(text, end)
            if following is None or following.end() >= scope_end:
                break
            _, end = context.sentence_of(following.end(), following.end() + 1)
        lead_end = end
        end = _semicolon_items(context, start, end, scope_end)
        end = _factor_sentences(context, end, scope_end)
        end = _sentence_items(context, start, end, scope_end)
        if text.find(":", start, end) >= 0 and end < scope_end and _bulleted(context, max(start, end - 1)):
            # "the following: • the first risk. It is explained at length. …;": a bulleted item is
            # its whole paragraph, however many sentences it holds
            end = max(end, _paragraph_end(text, end, scope_end))
        # "Factors that could cause results to differ include: Will we raise capital? Can we
        # keep our customers? ...": after the colon, each question is an item; the list goes on
        # while the next sentence of the paragraph is one too.
        if text[start:end].lstrip(" ").startswith(":") and text[start:end].rstrip().endswith("?"):
            paragraph_end = text.find("\n", end)
            paragraph_end = min(scope_end, len(text) if paragraph_end < 0 else paragraph_end)
            while end < paragraph_end:
                _, following = context.sentence_of(end + 1, end + 2)
                following = min(following, paragraph_end)
                if following <= end or not text[end:following].rstrip().endswith("?"):
                    break
                end = following
        # (the lead-in's own sentence announces them even where its first factor, a sentence of
        # its own, "Risks associated with ...", was read on as one of `_factor_sentences`)
        announced = bool(ANNOUNCES_LIST.search(text[max(0, start - 60) : end].rstrip(" \n"))) or (
            end > lead_end and ANNOUNCES_LIST.search(text[max(0, start - 60) : lead_end].rstrip(" \n")) is not None) or (
            # "The following factors, among others, could cause actual results to differ materially
            # from those in the forward-looking statements." and then bullets: the subject announced them
            FOLLOWING_NAMED.search(text, max(0, start - 40), start) is not None
            and end < scope_end and _bulleted(context, _next_paragraph(text, end)))
        # A lead-in that ends its paragraph with a colon, its items paragraphs that are sentences
        # ("include:" / "Demand for our products may weaken." / "Steel prices may rise."), lists
        # them as "the following:" does, while every item is a sentence of its own.
        sentences_after_colon = text[start:end].strip(" \n") == ":"
        items = furniture = 0  # (a page's number or header between items counts toward no limit)
        plain_item = False  # whether the last item read is a paragraph with no bullet or number
        while end < scope_end and items - furniture < _MAX_LIST_PARAGRAPHS:
            # A page number extracted at the end of an item ("…; 5") is not the item's end.
            # (nor is a running header after it; what ends the item is the text before both)
            before = _RUNNING_HEADER_END.sub("", text[start:end].rstrip(" \n")).rstrip(" \n")
            before = _PAGE_NUMBER_END.sub("", before).rstrip(" \n")
            # After "the following.", factors one per paragraph, each a sentence of its own: the
            # list goes on while the next paragraph is a short specific factor.
            if not before.endswith((".", ":")):
                sentences_after_colon = False
            sentence_items = (announced or sentences_after_colon) and before.endswith(".")
            resumed = None
            if not (before.endswith((":", ";", ",")) or re.search(r" (?:and|or)$", before) or sentence_items
                    or _list_below(context, start, before, items, end, scope_end)
                    or (items and _GROUP_HEADING_LINE.search(before))
                    or (items and _bulleted(context, end) and _bulleted(context, _next_paragraph(text, end)))
                    or (not items and announced and _bulleted(context, _next_paragraph(text, end)))):
                # past a page's furniture or a group's heading the bullets may still go on
                if items and _interlude(context, text.rfind("\n", start, end) + 1, end):
                    resumed = _bullet_after_interludes(context, end, scope_end, at_least=0)
                elif items and (_bulleted(context, max(start, end - 1)) or before.endswith(_CLOSING_PUNCTUATION)):
                    resumed = _bullet_after_interludes(context, end, scope_end)
                if resumed is None:
                    break  # an item without punctuation ends the list, unless bullets go on
            if text.find("\n", max(start, end - 1), end + 1) < 0:
                break  # the sentence ended inside a paragraph, not at a break
            next_start = end if resumed is None else resumed
            while text[next_start : next_start + 1] == "\n":
                next_start += 1
            next_end = text.find("\n", next_start)
            next_end = len(text) if next_end == -1 else min(next_end, scope_end)
            if _PAGE_NUMBER.fullmatch(text, next_start, next_end) or _RUNNING_HEADER.fullmatch(text, next_start, next_end):
                end = next_end  # a page number (or header) between two items: the list goes on past it
                items += 1
                furniture += 1
                continue
            words = text.count(" ", next_start, next_end) + 1
            # (a factor set out as a paragraph of one sentence may be long: "Increases in cost,
            # disruption of supply or shortage of labor, freight, raw materials ..., including as a
            # result of geopolitical risks, wars and tariffs.")
            one_sentence = (words <= _ONE_SENTENCE_ITEM_WORDS
                            and context.sentence_of(next_start, next_start + 1)[1] >= next_end)
            # "the following:" / "• The FDA may not lift the hold. ..." / "• We will need funding.": a
            # bullet after a bulleted item that is a sentence (or several) is the next item, however
            # it is worded; the bullets, not the full stops, part the items
            bullets_go_on = (_bulleted(context, next_start) and _bulleted(context, max(start, end - 1))
                             and words <= _LIST_ITEM_WORDS)
            if sentence_items and not bullets_go_on and not before.endswith((":", ";", ",")) and (not (
                    (words <= _PERIOD_ITEM_WORDS or one_sentence)
                    and is_specific_factor(text[next_start:next_end].strip(" .;")))
                    or ((not announced or plain_item) and not text[next_start:next_end].rstrip().endswith("."))):
                # (after factors closed by full stops, each a plain paragraph, a line without one
                # is the heading of what follows the list: "Use of Non-GAAP Financial Measures";
                # after bulleted ones, a group's heading or a page's header may come between them)
                break
            # After "…;", or a colon opening items that end with ";" (a PDF's bullets run
            # together), or before a paragraph of items that end with ";" (a PDF broke a line
            # inside an item: "… chinese yuan and" / "south korean won; …"), the list goes on
            # over a long paragraph.
            semicolons = (before.endswith(";") or (before.endswith(":") and ";" in text[next_start:next_end])
                          or text.count("; ", next_start, next_end) >= 2)
            limit = _SEMICOLON_ITEM_WORDS if semicolons else _LIST_ITEM_WORDS
            if _bulleted(context, next_start) and _INLINE_BULLET.search(text, next_start, next_end):
                # "• our revenue depends on advertising. … • we face competition. …": bulleted lines
                # joined into one paragraph keep their glyphs; each bullet's item is held to the limit
                words = max(len(piece.split()) for piece in _INLINE_BULLET.split(text[next_start:next_end]))
            # (a paragraph of lines, each a factor's caption and sentence, after the lead-in's colon:
            # each line is an item, held to the limit on its own)
            sentence_lines = before.endswith(":") and _paragraph_of_sentence_lines(context, next_start, next_end)
            if sentence_lines:
                source_start, source_end = context.canonical.to_source(next_start, next_end)
                words = max(len(line.split()) for line in context.document.text[source_start:source_end].split("\n"))
            if next_end <= next_start or words > limit:
                break
            _, sentence_end = context.sentence_of(next_start, next_start + 1)
            if _bulleted(context, next_start) or sentence_lines:
                sentence_end = next_end  # a bulleted item is its whole paragraph (so are lines of sentence items)
            end = _semicolon_items(context, start, min(next_end, sentence_end), scope_end)
            plain_item = not _bulleted(context, next_start)
            items += 1
        return start, end


# A filing's risk discussion set out under sub-headings: a sentence of the legend says that what
# follows are the factors ("These are factors that we think could cause our actual results to
# differ ..."), and the paragraph after its own is a sub-heading. Each sub-heading (a line of its
# own in title case, with no full stop) names one factor; the prose under it explains it. The
# legend finder stops at the first sub-heading, so the list is read on past the legend's end, up
# to the next part or item of the filing (and no further than _MAX_HEADED_PARAGRAPHS).
_HEADED_LEAD_IN = re.compile(r"\b(?:these|the following) (?:are|include)(?: [a-z]+){0,3}? (?:factors|risks|uncertainties)\b"
                             r"[^.;:]{0,120}?\b(?:could|may|might|can)\b[^.;:]{0,60}?\b(?:cause|affect)")
_MAX_HEADED_PARAGRAPHS = 400
_HEADED_WORDS = 30
_FILING_SECTION = re.compile(r"(?:item [0-9]{1,2}[a-z]?\b|part [ivx]{1,4}\b)")
_CLOSING_MARK = (".", ":", ";", ",", "?", "!")
# the paragraph says the discussion is still to come ("We provide the following discussion of
# risks ..."), not that the factors were just named ("These are among the risks that could ...")
_ANNOUNCES_BELOW = re.compile(r"\b(?:the following|below|as follows)\b")
# a release's closing sections are no factors ("About Acme", "Media Contact")
_BOILERPLATE_SECTION = re.compile(r"(?:about\b|(?:media |investor |press )?contacts?\b)")


# A lead-in that adds to a list given before it: "Other factors include ...", "Additional risks
# are ...", "They also include ...".
# "Such risks and other important factors include ..." is a list of its own: the word that adds
# opens the sentence or stands before the listing verb.
# (a later sentence whose subject takes up risks the legend spoke of, "These risks include, among
# others, ...", "Such risks, uncertainties and other important factors include ...", names more of
# the legend's factors too: its list is one of risks whatever the list before it was)
_ADDITIVE = re.compile(r"\s*(?:(?:the|some|certain|several|many|a number of) )?(?:other|additional|further)\b|"
                       # a sentence that opens by adding: "In addition, our results could be affected by ..."
                       r"\s*(?:in addition|additionally|moreover|furthermore),|"
                       r".*\balso (?:include|includes|including|are|is|comprise|comprises)\b|"
                       # "Results could also be affected by ...": a modal's "also" adds to the list
                       r"[^.;:]*\b(?:could|may|might|can|would|will) also\b|"
                       r"\s*(?:these|such|those) (?:[a-z]+ )?(?:risks|uncertainties|factors)\b|"
                       # a list under a category of its own after another's: "Risks related to our
                       # business include: ... Risks related to our industry include: ..."
                       r"\s*(?:risks|uncertainties|factors|risk factors) (?:related|relating|pertaining|specific) to "
                       r"(?:our|the|this|its) ")


# an explicit addition to the list of the sentence before (`_with_added_lists`)
_ADDS_MORE = re.compile(r"\s*(?:(?:the|some|certain|several|many|a number of) )?(?:other|additional|further)\b|"
                        r"[^.;:]*\balso (?:include|includes|are|is|comprise|comprises)\b|"
                        r"[^.;:]*\b(?:could|may|might|can|would|will) also\b|"
                        r"\s*(?:in addition|additionally|moreover|furthermore),")


_FIRST_MARKER = re.compile(r"\s*\((?:i|a|1)\)")
_MIN_NUMBERED = 3


def _numbered_next(context: CheckContext, start: int) -> bool:
    """Whether numbered items follow at `start`, a run of at least three markers in the sentence:
    "(a) ..., (b) ... or (c) ..." (each marker a separate matter)."""
    if not _FIRST_MARKER.match(context.text, start):
        return False
    _, end = context.sentence_of(start, start + 1)
    return len(_ENUMERATOR.findall(context.text, start, end)) >= _MIN_NUMBERED


def _with_added_lists(context: CheckContext, best: tuple[list[str], tuple[int, int]] | None,
                      accepted: list[tuple[list[str], tuple[int, int], bool]]) -> tuple[list[str], tuple[int, int]] | None:
    """The best list with the lists that a later lead-in adds to it ("Factors that could cause
    such differences include weaker demand and higher steel prices. Other factors include the
    loss of a key customer."): one legend's factors, named in two sentences, are counted
    together; a factor named in both counts once. (Only the best list is added to: a shorter
    list before it may be one of assumptions, "Material factors or assumptions ... include ...",
    that an "Additional risks include" list does not continue.)"""
    if best is None:
        return None
    text = context.text

    def sentence_start_of(position: int) -> int:
        return context.sentence_of(position, position + 1)[0]

    items, (start, end) = best
    seen = set(items)
    added = list(items)
    for other_items, (other_start, other_end), additive in sorted(accepted, key=lambda entry: entry[1]):
        if additive and other_start >= end:
            added += [item for item in other_items if item not in seen]
            seen.update(other_items)
            end = other_end
    # The shorter list of the sentence right before the best one, when the best says it adds to it
    # ("These factors include the price of oil and the pace of drilling. Other factors include
    # ..."): the sentence before is the one the "other" factors are other than, and it names the
    # legend's factors too. Only the adjacent sentence, and only an explicit addition ("other",
    # "additional", "also"), not a sentence that takes up risks ("These risks include"), whose
    # list before may be one of topics.
    for other_items, (other_start, other_end), _ in accepted:
        if (other_end <= start and _ADDS_MORE.match(text, sentence_start_of(start), start + 40)
                and not text[other_end:sentence_start_of(start)].strip(" .;\n")
                and any(item not in seen for item in other_items)):
            fresh = [item for item in other_items if item not in seen]
            added = fresh + added
            seen.update(fresh)
            start = other_start
            break
    return (added, (start, end)) if len(added) > len(items) else best


def _sub_heading(context: CheckContext, start: int, end: int) -> bool:
    """A paragraph that is a title-case line of a few words with no closing mark (a long title
    hard-wrapped at a fixed width may take a second line, each line in title case)."""
    if context.text.count(" ", start, end) >= _HEADED_WORDS:
        return False
    source_start, source_end = context.canonical.to_source(start, end)
    line = context.document.text[source_start:source_end].strip(" \t\n*#_")
    lines = line.split("\n")
    return (len(lines) <= 2 and not line.endswith(_CLOSING_MARK) and is_title(" ".join(line.split()))
            and (len(lines) == 1 or not lines[0].rstrip().endswith(_CLOSING_MARK)))


def headed_factors(context: CheckContext, scope: str) -> tuple[list[str], tuple[int, int]] | None:
    """The sub-headings a legend sentence announces as its factors, and their span."""
    text = context.text
    paragraphs = context.paragraphs
    for scope_start, scope_end in context.spans(scope):
        for lead_in in _HEADED_LEAD_IN.finditer(text, scope_start, scope_end):
            sentence_start, _ = context.sentence_of(lead_in.start(), lead_in.end())
            if denied(text, sentence_start, lead_in.end()):
                continue
            index = bisect_right(paragraphs, (lead_in.start(), len(text) + 1)) - 1
            following = paragraphs[index + 1 : index + 1 + _MAX_HEADED_PARAGRAPHS] if index >= 0 else []
            if (not following or not _ANNOUNCES_BELOW.search(text, *paragraphs[index])
                    or not _sub_heading(context, *following[0])):
                continue
            headings: list[str] = []
            last_end = following[0][1]
            for start, end in following:
                if _FILING_SECTION.match(text, start) or _BOILERPLATE_SECTION.match(text, start):
                    break
                if _PAGE_NUMBER.fullmatch(text[start:end].strip()) or not _sub_heading(context, start, end):
                    continue
                headings.append(text[start:end].strip())
                last_end = end
            if headings:
                return list(dict.fromkeys(headings)), (lead_in.start(), last_end)
    return None
