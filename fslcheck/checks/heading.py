"""`heading`: a heading or run-in label introduces the legend.

```yaml
- id: pslra.heading
  kind: heading
  phrases: ["forward looking", "safe harbor", "cautionary"]   # a heading names one of these
  max_words: 12
```

A heading is a short paragraph that is not a sentence (no full stop at its end, unless it is in
title case), or a short title-case line of the source, containing one of the phrases; a paragraph
in capitals or title case with no full stop may run to 2.5 times `max_words` ("Cautionary
Statement for Purposes of the "Safe Harbor" Provisions of the Private Securities Litigation
Reform Act of 1995"); a run-in
label is a title-case start of a paragraph that ends with ":" or "." within `max_words` words
("Forward-Looking Statements: This release…"), or one in sentence case that ends with ":" before
a capitalised sentence ("“Safe harbor” statement under the … Act of 1995: This press release…"),
or a title-case run that the first sentence follows without punctuation ("Forward-Looking
Statements All statements in this release…", as newswire copies often flatten a heading into its
paragraph). A short line of the source in
sentence case ("Forward-looking statements") counts when it stands alone: the line before it is
blank or ends a sentence, and it ends with no punctuation. A short paragraph, or a run-in label
before a colon, that is worded as a caption (it opens with a caption's word such as "forward",
"cautionary", "note" or "safe", and has no verb a sentence would have) counts whatever its case
and whatever follows: "Cautionary note on forward-looking statements." as a paragraph of its own,
"Forward-looking statements: this release contains …".

Only headings of the document's own legend count (the labelling guide's "a heading ... introducing
the legend"): a candidate must lie inside a legend block (`fslcheck.checks.legend`, which takes a
short paragraph just before the legend as its heading and leaves out third-party disclaimers), and
what follows it must read as legend text, so a table caption ("Forward-Looking Performance
Indicators: 31 MAR 2020 …") or a table-of-contents line is not taken for the legend's heading; nor
is a line that ends with a page number ("Forward-Looking Statements 3").

A call has no headings; its speaker announces the legend instead ("Before we begin, I'd like to
read our safe harbor statement."). Where no written heading is found, such an announcement just
before or inside the legend counts as its heading (`spoken_headings.py`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ..meaning.names import Names
from ..meaning.parties import is_other_owner, served_party
from ..meaning.lexicon import (CORPORATE_SUFFIXES, FINITE_VERBS, GENERIC_NAMES, INCORPORATION_SUFFIXES, MODALS,
                               OTHER_OWNERS, OTHER_TIMES, OWN_SPEAKERS, is_agent_noun, is_local_negation, is_negation)
from ..months import PATTERN as MONTH
from ..result import Finding, Status
from ..rules.model import Rule
from ..text_units import BULLETS
from ..words import ocr_skeleton
from .base import PHRASES_SCHEMA, CheckContext, compile_phrases, finding
from .inline_headings import SMALL_WORDS as _SMALL_WORDS, WEB_ADDRESS as _WEB_ADDRESS, is_title, legend_headings
from .legend import speaks_legend
from .spoken_headings import carries_legend_on, spoken_announcements

KIND = "heading"
OPTIONS = {"phrases": PHRASES_SCHEMA, "max_words": {"type": "integer", "minimum": 1, "maximum": 40}}
REQUIRED = ("phrases",)
DEFAULT_MAX_WORDS = 12
# A run-in label ends at a colon or full stop before a space, or at a colon whose Markdown emphasis
# is glued to the sentence ("**Cautionary note ...:**This release ..."): CommonMark leaves such a
# closing run unparsed, so the asterisks stay in the text.
# (or by a colon or full stop inside emphasis left unparsed before the sentence: "**Cautionary
# Note Regarding Forward-Looking Information.** Completion of ...")
_RUN_IN_END = re.compile(r"[:.]\s|[:.]$|:[*_]+(?=[^\s*_])|[:.][*_]+(?=\s)| - |\s—\s")
_NEWLINE = re.compile("\n")
_GLUED_WORDS = re.compile(r"\s+|(?<=[a-z])(?=[A-Z][a-z])")
# (after dot leaders a page may be numbered in roman figures, as a prospectus's front matter is,
# or the leaders may run to the end of the line with the number lost)
_PAGE_REFERENCE = re.compile(r"(?:\s|\.{2,})[0-9]{1,3}\s*$|\.{2,}\s*[ivxlc]{1,6}\s*$|\.{4,}\s*$")
_INTRODUCES_CHARS = 500  # how much of what follows a heading is read for legend language
_CAUTIONS_BETWEEN = 3  # paragraphs of other cautions a caption may stand above its legend
_FORWARD_LOOKING = re.compile(r"\bforward looking\b")


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.phrases = compile_phrases(rule.options["phrases"])
        self.max_words = int(rule.options.get("max_words", DEFAULT_MAX_WORDS))

    def check(self, context: CheckContext) -> Finding:
        legends = context.legend_spans
        heads = (_capital_head(context, start, end) for start, end in self._candidates(context, legends))
        placed = [(start, end) for start, end in filter(None, heads)
                  if _inside(legends, start) and speaks_legend(context.text, end, end + _INTRODUCES_CHARS)
                  and not _reads_as_sentence(context.text, start, end) and not _cut_short(context.text, start, end)]
        refused = [(start, end) for start, end in placed if _names_another(context, legends, start, end)]
        # what the whole heading says decides for its first words: "Forward-Looking Statements"
        # read out of "Forward-Looking Statements: Not Applicable" introduces no legend either
        candidates = [(start, end) for start, end in placed
                      if not any(a == start and b >= end for a, b in refused)]
        # Exact first; only then the OCR-tolerant search (fslcheck.matching.Phrase.find_tolerant).
        # A legend with no heading of its own may have one above the other cautions before it, or,
        # on a call, a spoken announcement; each kind is looked for only when the one before found none.
        for spans in self._kinds(context, legends, candidates):
            for search in ("find_exact", "find_tolerant"):
                for start, end in spans:
                    # The candidate read alone: a heading glued to a web address ("…example.comCautionary
                    # Statement") starts inside a canonical word, and a phrase must start at a word.
                    piece = context.text[start:end]
                    for phrase in self.phrases:
                        found = getattr(phrase, search)(piece)
                        if found:
                            match = replace(found[0], start=found[0].start + start, end=found[0].end + start)
                            return finding(self.rule, context, Status.MET, match, span=(start, end),
                                           quote_span=True)
        return finding(self.rule, context, Status.MISSING)

    def _candidates(self, context: CheckContext, legends: list[tuple[int, int]]):
        """Canonical spans in the legends that could be headings, in document order."""
        text = context.text
        spans = []
        paragraphs = [(start, end) for start, end in context.paragraphs if _inside(legends, start)]
        # A legend that starts inside a long paragraph (a heading merged into the text by the
        # extraction) may open with its heading: read it from there as from a paragraph start.
        starts = [start for start, _ in context.paragraphs]
        # So may a heading glued to what stands before it ("… visit www.example.comForward-Looking
        # Statements"), which starts inside a canonical word.
        inner = [legend_start for legend_start, _ in legends] + [g for g in context.glue if _inside(legends, g)]
        for inner_start in inner:
            index = bisect_right(starts, inner_start) - 1  # the paragraph it falls in, by bisection
            if index >= 0 and starts[index] < inner_start < context.paragraphs[index][1]:
                paragraphs.append((inner_start, context.paragraphs[index][1]))
        for start, end in paragraphs:
            words = text.count(" ", start, end) + 1
            if words <= self.max_words:
                # a question in sentence case is a sentence, not a caption (an analyst's "Could you
                # walk us through the cautionary language around the rate notice?")
                question = text[start:end].rstrip().endswith("?") and not _title_case(context, start, end)
                if not question and (not text[start:end].rstrip().endswith(".") or _title_case(context, start, end)
                                     or _caption_with_full_stop(text, start, end)):
                    spans.append((start, end))
                continue
            if (words <= _CAPITALS_WORDS * self.max_words // DEFAULT_MAX_WORDS
                    and not text[start:end].rstrip().endswith(".")
                    and (context.capitals(start, end) or _title_case(context, start, end))):
                # A paragraph all in capitals (or in title case) without a full stop is a heading
                # however long ("CAUTIONARY STATEMENT RELEVANT TO FORWARD-LOOKING INFORMATION FOR
                # THE PURPOSE OF ... THE PRIVATE SECURITIES LITIGATION REFORM ACT OF 1995",
                # "Cautionary Statement for Purposes of the "Safe Harbor" Provisions of the ...").
                spans.append((start, end))
                continue
            label = self._punctuated_label(context, start, end)
            if label:
                spans.append(label)
            else:
                run_in = self._unpunctuated_label(context, start, end) or _dash_label(context, start, end)
                if run_in:
                    spans.append(run_in)
            spans.extend(self._inline_headings(context, start, end))
        for legend_start, legend_end in legends:
            spans.extend(self._title_lines(context, *context.canonical.to_source(legend_start, legend_end)))
        # A line that ends with a page number is a table of contents entry, not a heading.
        return sorted({(start, end) for start, end in spans if not _PAGE_REFERENCE.search(text, start, end)})

    def _kinds(self, context: CheckContext, legends: list[tuple[int, int]], candidates: list[tuple[int, int]]):
        """The spans to search, kind by kind, each computed only when asked for: the headings in
        the legends, a caption above other cautions, a call's announcement of its legend ("Before
        we begin, I'd like to read our safe harbor statement.")."""
        yield candidates
        yield self._heading_before_cautions(context, legends)
        yield [(start, end) for start, end, name_end in spoken_announcements(context.text, legends)
               if speaks_legend(context.text, end, end + _INTRODUCES_CHARS)
               or _legend_carried_on(context.text, name_end, end)]

    def _heading_before_cautions(self, context: CheckContext, legends: list[tuple[int, int]]):
        """A heading that names forward-looking statements or information, with a few paragraphs of
        other cautions between it and the legend ("Cautionary Note Regarding Forward-Looking
        Information", then a deal's conditions and an exchange's disclaimer, then "The information
        in this press release includes ... forward-looking statements"): the caption covers the
        legend below it. Read only when no heading was found in the legends; the paragraphs
        between must be sentences, so a table or a list of contents under a caption is not one."""
        text = context.text
        starts = [start for start, _ in context.paragraphs]
        spans = []
        for legend_start, _ in legends:
            index = bisect_right(starts, legend_start) - 1
            for back in range(1, _CAUTIONS_BETWEEN + 2):
                if index - back < 0:
                    break
                start, end = context.paragraphs[index - back]
                if back > 1 and _FORWARD_LOOKING.search(text, start, end) \
                        and text.count(" ", start, end) + 1 <= self.max_words \
                        and not text[start:end].rstrip().endswith(".") \
                        and not _reads_as_sentence(text, start, end) and not _cut_short(text, start, end):
                    if not _names_another(context, legends, start, end):
                        spans.append((start, end))
                    break
                # the caption may be run into the first of those cautions as its label
                # ("Cautionary Note Regarding Forward-Looking Information. Completion of the
                # Proposed Transaction is subject to ..."): it covers the legend below all the same
                label = self._punctuated_label(context, start, end) if back > 1 else None
                if label is not None and _FORWARD_LOOKING.search(text, *label) \
                        and not _reads_as_sentence(text, *label) and not _cut_short(text, *label):
                    if not _names_another(context, legends, *label):
                        spans.append(label)
                    break
                if text.count(" ", start, end) + 1 <= self.max_words or not text[start:end].rstrip().endswith("."):
                    break  # a short line or an unfinished one between: another caption, a table
        return spans

    def _punctuated_label(self, context: CheckContext, start: int, end: int):
        """A run-in label at the paragraph start ended by a colon, full stop or dash, as a span."""
        text = context.text
        label_end = _RUN_IN_END.search(text, start, min(end, start + 12 * self.max_words))
        if (label_end and text.count(" ", start, label_end.start()) < self.max_words
                and (_title_case(context, start, label_end.start()) or _colon_label(context, start, label_end)
                     or _full_stop_label(context, start, label_end) or _caption_label(text, start, label_end))):
            return start, label_end.start()
        return None

    def _unpunctuated_label(self, context: CheckContext, start: int, end: int):
        """A title-case run at the paragraph start followed by a capitalised sentence start."""
        source_start, source_end = context.canonical.to_source(start, end)
        # Words as a reader sees them: a heading run into the sentence ("StatementsThis press
        # release") is two words.
        words = _GLUED_WORDS.split(context.document.text[source_start:source_end].lstrip(" \t\n*#_"),
                                   self.max_words + 2)
        label_words = 0
        for index, word in enumerate(words[: self.max_words + 2]):
            if word[:1].islower() and word not in _SMALL_WORDS:
                label_words = index - 1  # the capitalised word before it starts the sentence
                break
        if label_words < 1 or not _is_title(" ".join(words[:label_words])):
            return None
        if not words[label_words][:1].isupper():
            # a small word in lower case is no sentence's first word: "Note regarding forward-looking
            # statements - This release ..." is a sentence-case label, not "Note" run into a sentence
            return None
        if words[label_words - 1][-1:] in ".,;:":
            return None  # punctuated: the run-in rule above decides
        pattern = r"\s*".join(re.escape(w) for w in words[:label_words])
        found = re.compile(pattern).search(context.document.text, source_start, source_end)
        if found is None:
            return None
        return start, context.canonical.from_source(found.end())

    def _inline_headings(self, context: CheckContext, start: int, end: int):
        """Headings that extraction merged into a long paragraph (`inline_headings`), as
        canonical spans; only the paragraph's first characters are read: a heading opens the
        legend."""
        source_start, source_end = context.canonical.to_source(start, end)
        limit = min(source_end, source_start + _INLINE_CHARS)
        return [_to_canonical(context, a, b)
                for a, b in legend_headings(context.document.text, source_start, limit, self.max_words)]

    def _title_lines(self, context: CheckContext, source_start: int, source_end: int):
        """Short title-case lines of the source text starting in [source_start, source_end),
        mapped to canonical spans."""
        source = context.document.text
        spans = []
        first = source.rfind("\n", 0, source_start) + 1
        line_starts = [first] + [m.end() for m in _NEWLINE.finditer(source, first, source_end)]
        for line_start in line_starts:
            line_end = source.find("\n", line_start)
            line_end = len(source) if line_end == -1 else line_end
            line = source[line_start:line_end].strip()
            words = line.split()
            if words and len(words) <= self.max_words and (_is_title(line, _LINE_TITLE_SHARE) or self._standalone(source, line_start, line_end, line)):
                spans.append(_to_canonical(context, line_start, line_end))
        return spans


    @staticmethod
    def _standalone(source: str, line_start: int, line_end: int, line: str) -> bool:
        """A sentence-case line set apart: the previous line is blank, ends a sentence or ends with a
        web address (a line of links ends a block); no end punctuation."""
        if not line[:1].isupper() or line[-1:] in ".,;:!?" or len(line.split()) > 8:
            return False
        previous = source[max(0, line_start - 400) : line_start].rstrip(" \t").splitlines()
        if previous and previous[-1].strip():
            last_word = previous[-1].split()[-1]
            if previous[-1].rstrip()[-1:] not in ".!?:" and not _WEB_ADDRESS.match(last_word):
                return False
        # What follows starts a sentence (a wrapped first line of a paragraph goes on in lower case).
        following = source[line_end : line_end + 400].lstrip(" \t\n\r*#_\"'“")
        return following[:1].isupper() or not following


# A bare source line is a weaker sign of a heading than a paragraph of its own (a PDF line can be
# any piece of a sentence: "To review the TASER International Safe Harbor Statement, please visit:"
# has 5 of 8 long words capitalised), so it must be more clearly title case.
_LINE_TITLE_SHARE = 0.75

_INLINE_CHARS = 2000  # how much of a long paragraph is read for a heading merged into it


def _names_another(context: CheckContext, legends: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the heading [start, end) withdraws what it names, or names another topic, party,
    time or kind of safe harbor."""
    text = context.text
    # the company's names and the legend's own speakers ("CNA undertakes no obligation"): a party
    # named beside them in the caption is someone else
    own = context.names.own | _legend_speakers(text, start, end, legends)
    return (_withdrawn(text, start, end) or _about_another_topic(text, start, end) or _of_others(text, start, end)
            or _of_another_name(text, start, end, legends, context.names.own)
            or _made_by_another(text[start:end], context.names, own)
            or _in_anothers_document(text[start:end], context.names, own)
            or _titled_by_another(text, start, end, legends, context.names)
            or _harbor_of_another_matter(text[start:end], own)
            or _caption_of_another_kind(text[start:end])
            or _UNREAL_OR_PAST.search(text, start, end) is not None)


def _inside(legends: list[tuple[int, int]], offset: int) -> bool:
    """Whether `offset` falls in one of the legends, found by bisection (`find_legend` returns
    them merged and in order); comparing with every legend made the check quadratic."""
    return _legend_at(legends, offset) is not None


def _legend_at(legends: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The legend `offset` falls in, found by bisection, or None."""
    index = bisect_right(legends, (offset, float("inf"))) - 1
    return legends[index] if index >= 0 and legends[index][0] <= offset < legends[index][1] else None


_is_title = is_title



_CAPITALS_WORDS = 30  # the longest heading in capitals taken whole (for max_words 12)


def _title_case(context: CheckContext, start: int, end: int) -> bool:
    source_start, source_end = context.canonical.to_source(start, end)
    return _is_title(context.document.text[source_start:source_end].strip(" \t\n*#_"))


def _colon_label(context: CheckContext, start: int, label_end: re.Match) -> bool:
    """A sentence-case label ended by a colon and followed by a capitalised sentence
    ("“Safe harbor” statement under the … Act of 1995: This press release contains …"); a
    sentence that opens a list with a colon goes on in lower case. Words before the colon that
    make a sentence (`_SENTENCE_WORDS`: "Our guidance reflects forward-looking statements:",
    "Please read the note below on forward-looking statements:"), or open one as its subject does
    ("All of our forward-looking statements:"), are no label."""
    if not label_end.group().startswith(":"):
        return False
    words = re.findall(r"[a-z']+", context.text[start : label_end.start()])
    if not words or words[0] in _SENTENCE_OPENERS or any(w in _SENTENCE_WORDS for w in words):
        return False
    source_start, _ = context.canonical.to_source(label_end.end(), label_end.end() + 1)
    following = context.document.text[source_start : source_start + 3].lstrip(" \t\n\"'“‘*_")
    return following[:1].isupper()


_FULL_STOP_LABEL_WORDS = 6

# The words a legend's caption opens with when it is written in sentence case ("Forward-looking
# statements", "Cautionary note on forward-looking statements", "Safe harbor statement", "Note
# regarding forward-looking information", "Important cautionary information"). A sentence of the
# legend opens with its subject ("This release", "We", "Certain statements", "Investors").
_CAPTION_OPENERS = frozenset("""forward cautionary caution note notice safe statement statements special important
disclaimer legal""".split())
_CAPTION_WORDS = 8
# A caption that names the legend may run to a heading's `max_words` ("Safe harbor statement under
# the Private Securities Litigation Reform Act of 1995", "Cautionary note regarding forward-looking
# statements and risk factors"), and may open with any word when it ends with that name, which is
# then its topic ("Information about forward-looking statements", "Risks and forward-looking
# statements", "Disclosure regarding forward-looking statements").
_LEGEND_NAME = (r"(?:forward looking (?:statements?|information)|safe harbou?r(?: statements?| provisions?)?|"
                r"litigation reform act(?: of 1995)?|cautionary (?:statements?|notes?|language))")
_NAMES_LEGEND = re.compile(_LEGEND_NAME)
_ENDS_WITH_LEGEND_NAME = re.compile(_LEGEND_NAME + r"\W*$")
_NAMED_CAPTION_WORDS = DEFAULT_MAX_WORDS
# A sentence that points to the legend by its name is no caption: "See the section titled
# forward-looking statements." names a heading that stands elsewhere.
_POINTING_WORDS = frozenset("see read refer titled entitled captioned".split())


def _caption_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is worded as a caption, not a sentence: no verb a sentence would
    have (`_SENTENCE_WORDS`: "Forward-looking statements involve risks." is a sentence), and
    either at most `_CAPTION_WORDS` words opening with a caption's word (`_CAPTION_OPENERS`), or at
    most `_NAMED_CAPTION_WORDS` naming the legend (`_LEGEND_NAME`) and opening with a caption's
    word or ending with the name; not opening as a sentence does ("Our forward-looking
    statements", "All forward-looking statements": `_SENTENCE_OPENERS`)."""
    words = re.findall(r"[a-z']+", text[start:end])
    if not words or any(w in _SENTENCE_WORDS or w in _POINTING_WORDS for w in words):
        return False
    if len(words) <= _CAPTION_WORDS and words[0] in _CAPTION_OPENERS:
        return True
    if len(words) > _NAMED_CAPTION_WORDS or words[0] in _SENTENCE_OPENERS:
        return False
    return (_ENDS_WITH_LEGEND_NAME.search(text, start, end) is not None
            or (words[0] in _CAPTION_OPENERS and _NAMES_LEGEND.search(text, start, end) is not None))


def _caption_with_full_stop(text: str, start: int, end: int) -> bool:
    """A short paragraph in sentence case closed by a full stop that is a caption, not a sentence
    ("Cautionary note on forward-looking statements.", a heading some style sheets end with a
    point): worded as a caption (`_caption_words`) and holding no other full stop. Refuses "This
    release contains forward-looking statements." and "Forward-looking statements speak only as
    of today." (sentences)."""
    stop = text.rfind(".", start, end)
    return text.find(".", start, stop) < 0 and _caption_words(text, start, stop)


def _caption_label(text: str, start: int, label_end: re.Match) -> bool:
    """A run-in label in sentence case closed by a colon, whatever the case of what follows
    ("Forward-looking statements: this release contains ..."): worded as a caption
    (`_caption_words`). A colon after a sentence's own words opens a list ("Risks include: ...",
    "Forward-looking statements include: ..."), which the verb or the first word gives away."""
    return label_end.group().startswith(":") and _caption_words(text, start, label_end.start())


def _full_stop_label(context: CheckContext, start: int, label_end: re.Match) -> bool:
    """A short sentence-case label ended by a full stop and followed by a capitalised sentence
    ("Forward-looking statements. This press release contains …", a bold run-in label whose
    bolding the text lost): a few words with no finite verb, so no sentence ("Forward-looking
    statements are uncertain." is one)."""
    if not label_end.group().startswith("."):
        return False
    if not _caption_words(context.text, start, label_end.start()) and (
            context.text.count(" ", start, label_end.start()) + 1 > _FULL_STOP_LABEL_WORDS
            or any(word in FINITE_VERBS for word in re.findall(r"[a-z']+", context.text[start:label_end.start()]))):
        return False  # (a longer label worded as a caption: "Cautionary note regarding forward-looking statements and risk factors.")
    source_start, _ = context.canonical.to_source(label_end.end(), label_end.end() + 1)
    following = context.document.text[source_start : source_start + 3].lstrip(" \t\n\"'“‘*_")
    return following[:1].isupper()


# "Forward-looking statements — This press release contains ...": a sentence-case label closed by
# a dash, which the canonical text drops, so it is read in the source: a few words at the start of
# the paragraph, no finite verb, then a dash set off by spaces and a capitalised word.
# A label worded as a caption may be followed by a lower-case sentence, as after a colon
# ("Forward Looking Information -- statements in this news release ... are forward-looking"),
# unless a second dash in that sentence closes an aside the first one opened ("Forward-looking
# statements — those that are not historical facts — involve risks": a sentence's subject).
# The label may follow a list's or a footnote's marker ("* SAFE HARBOR STATEMENT — ...", "(a) Forward-
# looking statements — ...").
_DASH_LABEL = re.compile(r"[ \t]*(?:(?:[*+\-" + BULLETS + r"]{1,2}|\(?(?:[0-9]{1,2}|[a-zA-Z]|[ivxIVX]{1,4})[.)])[ \t]+)?"
                         r"(?P<label>[A-Z][^\n.:;!?—–]{2,120}?)[ \t]+(?:—|–|--?)[ \t]+[\"“]?(?P<next>[A-Za-z])")
_ASIDE_CLOSED = re.compile(r"[^.!?\n]*?[ \t](?:—|–|--?)[ \t]")


def _dash_label(context: CheckContext, start: int, end: int) -> tuple[int, int] | None:
    source_start, source_end = context.canonical.to_source(start, end)
    found = _DASH_LABEL.match(context.document.text, source_start, source_end)
    if found is None:
        return None
    label = found.group("label")
    if found.group("next").islower() and (
            not _caption_words(label.lower().replace("-", " "), 0, len(label))
            or _ASIDE_CLOSED.match(context.document.text, found.end("next"), source_end)):
        return None
    words = re.findall(r"[a-z']+", label.lower())
    if words and words[0] in _SENTENCE_OPENERS:
        return None  # the subject of a sentence broken by a dash: "Some forward-looking statements — ..."
    if (len(words) > _FULL_STOP_LABEL_WORDS or any(w in FINITE_VERBS for w in words)) \
            and not _caption_words(label.lower().replace("-", " "), 0, len(label)):
        return None  # (a longer label worded as a caption: "Safe harbor statement under the ... Act of 1995 — This ...")
    return start, context.canonical.from_source(found.end("label"))


# A heading names the legend; a sentence says something about it. A candidate that opens with a
# word that starts sentences, not titles ("This", "We", "Certain" …), and has a finite verb is the
# first sentence of the legend, which capitals ("THIS PRESS RELEASE CONTAINS FORWARD-LOOKING
# STATEMENTS. THE WORDS …") or a list's colon ("This release contains forward-looking statements
# about, among other things:") made look like a label.
_SENTENCE_OPENERS = frozenset("this these certain some all we our you readers investors statements".split())


def _reads_as_sentence(text: str, start: int, end: int) -> bool:
    """Whether the candidate opens with a sentence opener and has a finite verb, or a pronoun or
    request after it ("We refer you to Cautionary Note Regarding Forward-Looking Statements.",
    whose capitals made it look like a title)."""
    words = re.findall(r"[a-z']+", text[start:end])
    return bool(words) and words[0] in _SENTENCE_OPENERS and any(
        w in FINITE_VERBS or w in _PERSONAL_WORDS for w in words[1:])


_PERSONAL_WORDS = frozenset("we you us me i'll i'd i'm i've let please".split())


# In capitals every word is capitalised, so a short sentence of the legend looks like a title-case
# heading ("BEFORE WE BEGIN, LET ME READ OUR SAFE HARBOR STATEMENT.", "TODAY'S CALL MAY INCLUDE
# FORWARD-LOOKING STATEMENTS"). What gives it away is a word no heading holds: a personal pronoun
# or a request, or a verb of the main clause (one not inside a relative clause: "FACTORS THAT MAY
# AFFECT FUTURE RESULTS" is a heading).
# ("I" alone is no pronoun there: "PART I", "ITEM I")
_SENTENCE_WORDS = FINITE_VERBS | MODALS | frozenset("""we i'll i'd i'm i've you me us let please involve involves reflect reflects
speak speaks represent represents relate relates apply applies""".split())
_RELATIVES = frozenset("that which who".split())


def _sentence_in_capitals(context: CheckContext, start: int, end: int) -> bool:
    """Whether a candidate written in capitals reads as a sentence (see `_SENTENCE_WORDS`). Only
    capitals are read so: in title case and sentence case the other rules decide."""
    words = re.findall(r"[a-z']+", context.text[start:end])
    if not any(w in _SENTENCE_WORDS for w in words) or not context.capitals(start, end):
        return False
    for index, word in enumerate(words):
        if _contact_clause(words, index):
            return False  # the rest is a clause on the owner the caption names, not a sentence
        if word in _SENTENCE_WORDS and not _RELATIVES.intersection(words[max(0, index - 2) : index]):
            return True
    return False


# "OF MUNICIPAL SYSTEMS WE HAVE AGREED TO ACQUIRE": a relative clause without "that" on the noun
# a preposition names, its subject "we" right after that noun
_CONTACT_PREPOSITIONS = frozenset("of by from for".split())
_CONTACT_NOUN_WORDS = 3  # "the" + "municipal" + "systems" between the preposition and "we"


def _contact_clause(words: list[str], index: int) -> bool:
    """Whether "we" at `index` opens a relative clause without "that" on the noun phrase of a
    preposition before it ("... of municipal systems we have agreed to acquire")."""
    if words[index] != "we" or index < 2:
        return False
    phrase = words[max(0, index - _CONTACT_NOUN_WORDS - 1) : index]
    at = max((k for k, w in enumerate(phrase) if w in _CONTACT_PREPOSITIONS), default=None)
    return at is not None and at < len(phrase) - 1 and not _SENTENCE_WORDS.intersection(phrase[at + 1 :])


# "FORWARD-LOOKING STATEMENTS THIS PRESS RELEASE CONTAINS ...": in capitals, a heading run into its
# paragraph ends where a word that opens sentences, not titles, starts the first sentence.
_CAPITAL_OPENERS = frozenset("this these certain except we our some all readers investors you unless".split())


def _capital_head(context: CheckContext, start: int, end: int) -> tuple[int, int] | None:
    """A candidate as a heading: as it is, unless it is written in capitals and reads as a
    sentence (`_sentence_in_capitals`); then the heading run into that sentence, cut before the
    sentence's opener, or None when no heading stands before it."""
    if not _sentence_in_capitals(context, start, end):
        return start, end
    for word in re.finditer(r"[a-z']+", context.text[start:end]):
        if word.start() and word.group() in _CAPITAL_OPENERS:
            head_end = start + word.start() - 1
            if not _sentence_in_capitals(context, start, head_end) and context.capitals(start, head_end):
                return start, head_end
            break
    return None


# A candidate cut off after a preposition or conjunction ("Cautionary Statement Regarding", the
# start of "... Regarding Our Customers' Forward-Looking Statements") is a piece of a heading: what
# it names is in the words that were cut.
_DANGLING = frozenset("of for by from in on at under regarding concerning about to and or with as".split())


def _cut_short(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    return bool(words) and words[-1] in _DANGLING


# A heading that withdraws what it names ("Forward-Looking Statements: Not Applicable", "Safe
# Harbor Statement — None", "Cautionary Statement [Omitted]") introduces no legend.
# "Absence of Forward-Looking Statements"; "... Issued in 2019 and Since Retracted": taken back after the words too
_WITHDRAWN = frozenset("omitted withdrawn deleted reserved inapplicable absence lack retracted rescinded revoked"
                       " superseded".split())   # "Forward-Looking Statements – Superseded"
# ... and the same said of a safe harbor given up or of a legend left out ("Safe Harbor for
# Forward-Looking Statements Forfeited", "..., Which This Release Omits"), of one no longer given
# ("Former Warning Concerning Forward-Looking Statements"), or a drafting note where the caption is
# still to come ("[Insert Cautions Concerning Forward-Looking Statements Here]")
_WITHDRAWN |= frozenset("omit omits forfeited waived lapsed expired former insert".split())
# ... or that gives reassurance where the legend cautions ("Reassuring Statement Regarding
# Forward-Looking Statements")
_WITHDRAWN |= frozenset("reassuring reassurance reassurances".split())
# ... or that says the caution is taken off or put aside ("Caution Regarding Forward-Looking
# Information Lifted", "Cautionary Statement Suspended")
_WITHDRAWN |= frozenset("lifted suspended cancelled canceled".split())
# A caption that opens as a glossary entry defines the term, it does not caption the legend
# ("Definition of “Forward-Looking Statements” as Used in Our Credit Agreement")
_GLOSSARY = frozenset("definition definitions glossary".split())
# A caption that sends the reader for the legend elsewhere ("Cautionary Note Regarding
# Forward-Looking Statements Available on Request from Investor Relations")
_ON_REQUEST = (["on", "request"], ["upon", "request"], ["by", "request"])
# ... or that says the safe harbor itself is waived ("Statement Waiving the Safe Harbor", "Waiver
# of Safe Harbor Protection"); not a waiver of something else beside the legend's name
# ("Forward-Looking Statements and Waiver of Jury Trial")
_WAIVING = frozenset("waive waives waiving waiver".split())
_WAIVED_OBJECTS = frozenset("safe forward protection protections".split())
_WAIVED_REACH = 3  # "waiver of (the) safe harbor", "waiving any safe harbor"
# ... or that vouches for the statements or invites reliance where the legend cautions ("Guarantee
# of Forward-Looking Statements", "Independently Verified Forward-Looking Statements",
# "Encouragement to Rely on Forward-Looking Statements"): the word must bear on the legend's name
# a few words on, in the same phrase; a caption that names something else so ("Forward-Looking
# Statements and Guaranteed Senior Notes") keeps the legend's name
_VOUCHING = frozenset("guarantee guarantees guaranteed guaranty verified certified encouragement".split())
_VOUCHING_REACH = 4  # "encouragement to rely on forward", "guarantee of the forward"


def _vouches(words: list[str], index: int) -> bool:
    for w in words[index + 1 : index + 1 + _VOUCHING_REACH]:
        if w in _LEGEND_NAME_STARTS:
            return True
        if w in ("and", "or"):
            return False
    return False


# A caption that all but withdraws what it names ("Few Cautions Concerning Forward-Looking
# Statements Apply to This Release": "few", not "a few") or makes it hang on a condition contrary
# to fact ("Forward-Looking Information Were This a Prospectus")
_UNREAL_SUBJECTS = frozenset("this it these we they".split())


def _withdrawn(text: str, start: int, end: int) -> bool:
    words = re.findall(r"[a-z']+", text[start:end])
    return any((is_negation(w) and not is_local_negation(words, i) and not _prefix(words, i)) or w in _WITHDRAWN
               or (w == "few" and (i == 0 or words[i - 1] not in ("a", "quite")))
               or (w in _WAIVING and any(o in _WAIVED_OBJECTS for o in words[i + 1 : i + 1 + _WAIVED_REACH]))
               or (w in _VOUCHING and _vouches(words, i))
               # "A Release Free of Forward-Looking Statements": what it is free of is not there
               or (w == "free" and words[i + 1 : i + 2] == ["of"])
               or (i == 0 and w in _GLOSSARY and words[1:2] != ["and"])  # not "Definitions and Forward-Looking Statements"
               or (w == "available" and words[i + 1 : i + 3] in _ON_REQUEST)
               or (w == "were" and i > 0 and words[i + 1 : i + 2] and words[i + 1] in _UNREAL_SUBJECTS)
               for i, w in enumerate(words))


def _prefix(words: list[str], index: int) -> bool:
    """Whether the word is the prefix of a compound ("Non-GAAP Measures"), which denies nothing.
    On the legend's own name it denies what the caption names: "Non-Forward-Looking Statements"
    are the statements the legend is not about."""
    return (words[index] == "non" and index + 1 < len(words) and words[index + 1] not in _LEGEND_NAME_STARTS
            and words[index + 1] not in _CAPTION_HEADS)


_LEGEND_NAME_STARTS = frozenset(("forward", "safe"))
# ... and so does it on the caption's own head noun ("Non-Disclosure of Forward-Looking
# Statements", "Non-Applicability of the Safe Harbor"); not "Non-Reliance on ...", which cautions
_CAPTION_HEADS = frozenset("disclosure disclosures cautionary applicability application".split())


# A heading that names its topic names the legend only when the topic is the forward-looking
# statements ("Cautionary Note Regarding Forward-Looking Statements"), not another matter
# ("Cautionary Note Regarding Dividend Reinvestment").
# (the longer prepositions of a caption's topic as well: "Cautionary Statement Relevant to ...",
# "... Pertaining to ...", "... With Respect to ...", "... in Respect of ...")
_TOPIC = re.compile(r"\b(?:regarding|concerning|about|relating to|related to|relevant to|pertaining to|"
                    r"with respect to|in respect of|with regard to|in relation to|on|as to)\b(.*)$")
_LEGEND_TOPICS = re.compile(r"forward|future|projection|outlook|safe harbou?r|statement|information|"
                            r"risk|uncertaint|forecast|estimate|expectation|pslra|reform act|litigation")


# A topic of the past ("Cautionary Note on Historical Financial Information") is another matter,
# though it is "information" too, unless it names the future as well.
_PAST_TOPICS = re.compile(r"\b(?:historical|historic|past|audited|unaudited|restated|reported results)\b")
_FUTURE_TOPICS = re.compile(r"forward|future|projection|outlook|forecast|estimate|expectation|safe harbou?r|pslra|reform act")


_TOPIC_OWNER_WORDS = 4  # "Our Competitors' Projections"
_TOPIC_OWNER_PHRASE_WORDS = 4  # after "of" or "by": "Our Joint Venture Partner"


def _topic_owner_words(topic: str) -> list[str]:
    """The words of a caption's topic that may name its owner: its first few, and the noun phrase
    after an "of" or "by" among them ("Statements of Our Joint Venture Partner")."""
    words = topic.split()
    first = words[:_TOPIC_OWNER_WORDS]
    link = next((i for i, w in enumerate(first) if w in ("of", "by")), None)
    return first if link is None else first + words[link + 1 : link + 1 + _TOPIC_OWNER_PHRASE_WORDS]


def _about_another_topic(text: str, start: int, end: int) -> bool:
    heading = text[start:end]
    if "forward looking" in heading or "safe harbo" in heading:
        return False
    topic = _TOPIC.search(heading)
    if topic is None or topic.group(1).strip() == "":
        return False
    if any(w.removesuffix("'s").removesuffix("'") in _OTHER_OWNERS_OR_HOLDERS for w in _topic_owner_words(topic.group(1))):
        return True  # "Cautionary Statement Regarding Our Competitors' Projections": theirs
    return not _LEGEND_TOPICS.search(topic.group(1)) or (
        _PAST_TOPICS.search(topic.group(1)) is not None and not _FUTURE_TOPICS.search(topic.group(1)))


# A heading that names someone else's statements or another time's ("Forward-Looking Statements
# of Our Dealers", "Note Regarding Superseded (or Retracted) Forward-Looking Statements", "Prior Safe Harbor
# Statement") or another kind of safe harbor ("Safe Harbor Policy for Whistleblowers") does not
# introduce the company's legend for this document.
_OTHER_HEADINGS = (OTHER_OWNERS | OTHER_TIMES | frozenset(
    "superseded outdated withdrawn retracted rescinded revoked whistleblower whistleblowers employees employee"
    " acquired divested"  # "... of Acquired Businesses": theirs before they were bought
    .split())) - {"last"}


# What a caption names the legend by ("Forward-Looking Statements", "Safe Harbor Statement",
# "Cautionary Note"): the words the owner, occasion and kind checks below read around.
# (a noun for the notice may follow: "Forward-Looking Statement Disclaimer of the Placement Agent")
# (the statements' kind may stand between, as the pack's phrase lets it: "Forward-Looking Commercial
# Statements of Our Distributors")
_STATEMENT_KINDS = r"(?:(?:commercial|financial|business|operating|operational|corporate|company|other|general|oral|written) )?"
_NAMES_STATEMENTS = (r"(?:forward looking " + _STATEMENT_KINDS + r"(?:statements?|information)(?: disclaimers?| legends?| notices?| cautions?)?"
                     # ... and the statements a safe harbor caption names after it ("Safe Harbor
                     # Language for Statements Furnished by Our Distributors")
                     r"|safe harbou?r(?: [a-z]+)?(?: (?:for|on|regarding|concerning) statements?)?)")
_NAMED = r"(?:" + _NAMES_STATEMENTS + r"|cautionary (?:statements?|notes?|notices?|language))"
_OWNED_BY = re.compile(_NAMED + r" (?:of|for|by|from) (?:the |our |its |their )?([a-z']+)")
# The owner's noun phrase read to its head ("of Our Airline Partners", "of the Selling
# Stockholders"): up to three words, ending where a preposition or conjunction begins a new phrase.
# Holders of the company's own stock are someone else too, when the statements are theirs ("of",
# "by", "from"; "for Shareholders" addresses them).
_OWNER_PHRASE = re.compile(_NAMED + r" (?:of|by|from) (?:the |our |its |their )?([a-z' ]+)")
_PHRASE_ENDS = frozenset("of for by from in on at under regarding concerning about to and or made given with".split())
_HOLDERS = frozenset("stockholders shareholders holders owners carriers insurers reinsurers lenders".split())
# Those who stand over or beside the company and speak for themselves: "of Our Parent, X Corp.",
# "of Our External Manager", "of the Sponsor" (not its subsidiaries: "of the Company and Its
# Subsidiaries" is the group's own legend).
_PRINCIPALS = frozenset("""parent parents parent's sponsor sponsors sponsor's manager managers manager's adviser
advisers adviser's advisor advisors advisor's agent agents affiliate affiliates target""".split())
_OTHER_OWNERS_OR_HOLDERS = _OTHER_HEADINGS | _HOLDERS | _PRINCIPALS
_MODIFIED = re.compile(r"([a-z']+) " + _NAMED)


# A caption that says the statements belonged to the past ("Forward-Looking Statements Were Once
# Required Here", "Safe Harbor Statement Was Used in Prior Releases") or would be there only in a
# case that did not happen ("Forward-Looking Statements (Had There Been Any)", "... Were There Any"):
# a sentence about them, or a supposition, not a label over this document's legend.
_UNREAL_OR_PAST = re.compile(_NAMED + r"\W+(?:(?:were|was|had been|used to be)\b"
                             r"|\(?(?:had (?:there|we|it|they|the company) (?:been|made|issued)|were there|"
                             r"if there (?:were|had been))\b)")


# "Forward-Looking Statements Made at Our 2022 Investor Meeting": statements of another occasion,
# unless it is this one ("... Made in This Release", "... Made Today")
# ("... Made Before the Merger", "... Given Prior to the Spin-Off": another time)
# ("Made on Behalf of ..." names an agent, not an occasion: _MADE_BY reads it)
_MADE_AT = re.compile(_NAMED + r" (?:made|given|issued|presented|delivered) (?:at|in|during|on(?! behalf\b)|before|prior to|"
                      r"until)\b(.*)$")
# "Forward-Looking Statements Provided by Our Lenders", "... Attributed to Industry Sources": the
# agent they come from decides; the company's own ("Made by Management", "by the Company", by a
# name the document gives itself) keeps the caption the legend's
_MADE_BY = re.compile(_NAMED + r" (?:made|given|issued|presented|delivered|provided|supplied|prepared|compiled|"
                      r"generated|produced|"
                      r"furnished|published|attributed|attributable|belonging|obtained|sourced|quoted|taken|derived|"
                      r"reproduced) "
                      r"(by|from|to|on behalf of)\b(.*)$")
# ... or named by "by" alone: "Forward-Looking Statements by Our Guests"
_STATEMENTS_BY = re.compile(_NAMED + r" (by)\b(.*)$")
_OWN_AGENTS = OWN_SPEAKERS | frozenset("officers executives directors board".split())
# the ranks and kinds of a company's own people, capitalised in a caption ("by Senior Management")
_RANKS = frozenset("""senior executive general top upper key corporate local regional group middle line
principal chief independent""".split())
# modifiers that mark an agent as outside the company ("Independent Engineers", "Outside Consultants")
_OUTSIDE = frozenset("independent outside external unaffiliated".split())
# "Forward-Looking Statements Previously Made", "... Earlier Issued": made at another time
_MADE_EARLIER = re.compile(_NAMED + r" (?:previously|earlier|formerly|once|originally) (?:made|given|issued|presented|"
                           r"delivered|published)\b")
# "Safe Harbor Statement (Applies to Our Investor Day Materials Only)": the caption confined to
# something other than this document and its statements
_CONFINED_TO = re.compile(r"\b(?:applies|apply|applicable|relates|relating|limited|confined|restricted) (?:only )?to\b(.*)$")
_OWN_STATEMENTS = re.compile(r"\b(?:forward looking|statements?|information)\b")
# "Cautionary Note ... (Effective From Our Next Quarterly Report)": the caption put in force only
# at a later document or time, so it introduces no legend for this one ("Effective as of the Date
# of This Release" names this occasion and stays)
_IN_FORCE_FROM = re.compile(r"\b(?:effective|operative|applicable|in force|in effect|to apply) (?:only )?"
                            r"(?:from|as of|beginning|starting|after|upon|with)\b(.*)$")
_LATER_TIMES = frozenset("next future later subsequent upcoming coming".split())
_THIS_OCCASION = re.compile(r"\b(?:this|these|today|herein|hereby)\b")


# "Forward-Looking Statements in Our Prior Release", "... in Our Investor Presentation": the
# statements of another document or time, named by a preposition alone. Another time's word, or a
# document of a kind this one is not named without "this" ("presentation", "prospectus"), marks it.
# ("... Contained in Our Partners' Filings": a participle of placing before the preposition)
_IN_PLACE = re.compile(_NAMED + r" (?:(?:contained|included|appearing|found|set out|made) )?(?:in|from|at|during|within) (.*)$")
_OTHER_PLACES = frozenset("""presentation presentations prospectus prospectuses circular circulars memorandum
memoranda webcast webcasts meeting meetings website deck decks newsletter newsletters brochure brochures
transcript transcripts proxy proxies""".split())


# "Last" names another time only before a period ("in Last Year's Report"; not "in the Last
# Section").
_PERIODS = frozenset("year years quarter quarters month months week weeks fiscal".split())


# Documents in the plural ("... in the Required Documents", "... in Our Filings") are others than
# the one the caption stands in, whatever their kind; this document is one ("in This Report").
_OTHER_DOCUMENTS = frozenset("documents filings".split())
# A document's kind, after which the words before it name its owner ("in the WISeKey Annual Report")
_DOCUMENT_NOUNS = frozenset("""report reports filing filings release releases prospectus circular statement
statements presentation document documents memorandum form letter""".split())


def _in_anothers_document(heading: str, names: Names, own: frozenset[str]) -> bool:
    """Whether the caption places the statements in another document: one in the plural, or one
    named after a party that is not the company nor the legend's speaker ("Forward-Looking
    Statements in the WISeKey Annual Report", "... in the Required Documents")."""
    place = _IN_PLACE.search(heading)
    if place is None or _THIS_OCCASION.search(place.group(1)):
        return False
    words = [w.strip(".,:;()") for w in place.group(1).split()][:6]
    kind = next((i for i, w in enumerate(words) if w in _DOCUMENT_NOUNS), None)
    if kind is None:
        return False
    if words[kind] in _OTHER_DOCUMENTS:
        return True
    return any(names.another([w], own or None) for w in words[:kind] if w not in ("the", "our", "its", "their"))


# A document named with its year ("... in Our 2023 Annual Information Form", "... in the 2019
# Annual Report") is a dated one the caption points away to: this document would be "this".
_YEAR_WORD = re.compile(r"^(?:19|20)\d\d$")
_DATED_KINDS = _DOCUMENT_NOUNS | _OTHER_PLACES
_DATED_REACH = 4  # from the year to the document's kind: "2023 Annual Information Form"


def _dated_document(words: list[str]) -> bool:
    """Whether the place phrase opens with a year (after a determiner) that dates a document."""
    for i, w in enumerate(words[:3]):
        if _YEAR_WORD.match(w.strip(".,:;()")):
            return any(v.strip(".,:;()") in _DATED_KINDS for v in words[i + 1 : i + 1 + _DATED_REACH])
    return False


def _in_another_place(heading: str) -> bool:
    place = _IN_PLACE.search(heading)
    if place is None or _THIS_OCCASION.search(place.group(1)):
        return False
    words = [w.removesuffix("'s").removesuffix("s'") for w in place.group(1).split()]
    return any(w in OTHER_TIMES and (w != "last" or (i + 1 < len(words) and words[i + 1] in _PERIODS))
               for i, w in enumerate(words)) or any(w in _OTHER_PLACES for w in words[:5]) or _dated_document(words) or any(
        # a document of someone else's: "... in the Annual Report of Our Parent"
        w in _OTHER_OWNERS_OR_HOLDERS for w in words[:8])


_DETERMINERS_OF_OWN = frozenset("the our its this".split())  # "by the Corporation": the company's own word


def _made_by_another(heading: str, names: Names, own: frozenset[str] | None = None) -> bool:
    """Whether the heading names the statements by an agent that is not the company: a class of
    others ("Broker Reports"), one marked as outside it ("Independent Engineers"), anyone "our"
    names but its own people ("Our Lenders", not "Our Management"), or a name the document does
    not give itself."""
    made = _MADE_BY.search(heading) or _STATEMENTS_BY.search(heading)
    if made is None:
        return False
    link, agent = made.group(1), made.group(2)
    raw = [w.strip(".,:;()") for w in agent.split()][:5]
    words = [w.removesuffix("'s").removesuffix("'") for w in raw]
    # (the company's possessive before another word names that word's party, not the company:
    # "by Allison's Suppliers"; "by Allison's Management" stays its own by its last word)
    possessed = {i for i, w in enumerate(raw[:-1]) if w.endswith(("'s", "'")) and words[i + 1]}
    # (nor does a suffix after a name: "by Loews Corporation" is Loews', not "the Corporation")
    kept = [w for i, w in enumerate(words) if w and i not in possessed and not (
        i > 0 and w in INCORPORATION_SUFFIXES and words[i - 1] not in _DETERMINERS_OF_OWN)]
    words = [w for w in words if w]
    if (len(kept) >= 2 and kept[-1] in _OWN_AGENTS and kept[0] not in names.own and kept[0] not in _OWN_AGENTS
            and kept[0] not in _RANKS and not _THIS_OCCASION.search(agent) and names.another(kept[:1])
            and names.is_name(kept[0])):
        # a word of the company's own people closes a firm's name that opens with another
        # party's: "Attributable to Bimini Capital Management" (not "by Senior Management", nor
        # the company's own name before it)
        return True
    mine = own or names.own
    if not words or _THIS_OCCASION.search(agent) or any(w in _OWN_AGENTS or w in mine for w in kept):
        return False
    # ("from Our Business Plan" names a source of its own, "by Our Lenders" someone; "by LindellTV
    # Guests" a class of people, which the company's own are not)
    return (any(w in _OTHER_OWNERS_OR_HOLDERS or w in _OUTSIDE for w in words) or (words[0] == "our" and link != "from")
            or names.another(words, own or None) or (link in ("by", "on behalf of") and _plural_noun(words[-1])
                                        and not names.is_name(words[-1]) and words[-1] not in CORPORATE_SUFFIXES))


def _plural_noun(word: str) -> bool:
    """A common noun's plural ("guests", "participants"), as a word's shape shows it."""
    return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


# "Portfolio Company Forward-Looking Statements": companies the issuer invests in, buys or works
# with, named by a compound before the words (a bare "Company" is the issuer's own)
_OTHER_COMPANIES = re.compile(r"\b(?:portfolio|investee|target|acquired|affiliated) compan(?:y|ies)(?:'s|')? " + _NAMED)
# "Tax Safe Harbor Disclaimer", "Privacy Safe Harbor Notice": another regime's harbor named first
_REGIME_BEFORE = re.compile(r"\b([a-z0-9]+) safe harbou?r\b")
# "Forward-Looking Leasing Indicators": the adjective on another noun than the statements, so the
# caption is about that matter (metrics, investments), not the legend
_FORWARD_ON = re.compile(r"\bforward looking ([a-z]+)(?: ([a-z]+))?")
# ... unless the statements are named first and "forward-looking" is their nature ("Statements of a
# Forward-Looking Nature", "Information of a Forward-Looking Character")
_NOMINAL_FORWARD = re.compile(r"\b(?:statements?|information) of an? forward looking (?:nature|character|kind)\b")
_FORWARD_NOUNS = frozenset("""statement statements information disclosure disclosures language legend legends note
notes notice notices caution cautions cautionary financial guidance projections projection forecasts forecast
estimates outlook comments commentary remarks views matters disclaimer disclaimers warning warnings and or""".split())


_FORWARD_SKELETONS = frozenset(ocr_skeleton(word) for word in _FORWARD_NOUNS)
_LONG_FORWARD_NOUNS = tuple(word for word in _FORWARD_NOUNS if len(word) >= 7)


def _names_the_statements(word: str) -> bool:
    """One of `_FORWARD_NOUNS`, or one garbled by OCR ("staternents", "lnformation")."""
    return word in _FORWARD_NOUNS or ocr_skeleton(word) in _FORWARD_SKELETONS or (len(word) >= 6 and any(
        Levenshtein.distance(word, noun, score_cutoff=2) <= 2 for noun in _LONG_FORWARD_NOUNS))


def _forward_looking_other_thing(heading: str) -> bool:
    """Whether every "forward looking" of the heading qualifies another thing than the statements
    ("Cautionary Statements Regarding Forward-Looking Leasing Indicators")."""
    if _NOMINAL_FORWARD.search(heading):
        return False  # "Statements of a Forward-Looking Nature": the statements, named in a nominal frame
    found = list(_FORWARD_ON.finditer(heading))
    return bool(found) and all(not _names_the_statements(m.group(1)) and not _names_the_statements(m.group(2) or "")
                               for m in found) and "safe harbo" not in heading


def _of_others(text: str, start: int, end: int) -> bool:
    """Whether the words the heading names the legend by are someone else's or another time's:
    the owner right after them ("of Our Dealers"), a modifier right before ("Superseded"), or
    another occasion they were made at ("Made at Our 2022 Investor Meeting")."""
    heading = text[start:end]
    made = _MADE_AT.search(heading)
    return any(m.group(1) in _OTHER_HEADINGS or (_agent_owner(m, m.group(1)) and _ends_phrase(heading, m.end()))
               for m in _OWNED_BY.finditer(heading)) or any(
        _head_noun(m.group(1)) in _OTHER_OWNERS_OR_HOLDERS or _agent_owner(m, _head_noun(m.group(1)))
        or _owner_by_clause(m.group(1)) for m in _OWNER_PHRASE.finditer(heading)) or any(
        m.group(1) in _OTHER_HEADINGS or _possessive_agent(m.group(1)) for m in _MODIFIED.finditer(heading)) or (
        made is not None and not _THIS_OCCASION.search(made.group(1))) or _MADE_EARLIER.search(heading) is not None or (
        _in_another_place(heading) or _confined_elsewhere(heading) or _another_harbor(heading)) or (
        _OTHER_COMPANIES.search(heading) is not None) or _forward_looking_other_thing(heading) or (
        _holders_before(heading)) or _for_anothers(heading) or any(
        _former(m.group(1)) or _our_others(m) for m in _OWNER_PHRASE.finditer(heading))


# What a caption's "of our ..." may name that is the company's own, or no party at all: its
# people and parts ("of Our Officers", "of Our Subsidiaries") and what its statements are about
# ("of Our Plans"). Any other plural is a class of parties the company deals with, whose statements
# they are ("of Our Grocery Anchors", "of Our Tenants", "of Our Franchisees").
_OWN_PLURALS = frozenset("""officers executives directors managers employees subsidiaries companies businesses
operations segments divisions units brands products services plans results expectations estimates projections
forecasts prospects activities views beliefs goals objectives strategies assets properties markets""".split())


def _our_others(owner: re.Match) -> bool:
    """Whether the owner named after "of our" is a class of parties of the company's: a plural
    head noun (`_head_noun`) that is none of `_OWN_PLURALS` nor of its own speakers."""
    if " of our " not in owner.group(0):
        return False
    head = _head_noun(owner.group(1))
    return _plural_noun(head) and head not in _OWN_PLURALS and head not in _OWN_AGENTS


# "Safe Harbor Statement for Palomar's Fronting Carriers": "for" and a possessive name whose party
# the statement is made for and by; a bare "for" addresses readers ("for Shareholders") and a
# possessive of those the caption may address ("for Acme's Investors") is left as it is
_FOR_POSSESSIVE = re.compile(_NAMED + r" for (?:the )?[a-z]+(?:'s|s') ([a-z' ]+)")
_ADDRESSEES = frozenset("""shareholders stockholders holders unitholders securityholders investors readers
shareholder stockholder holder unitholder securityholder investor reader""".split())


def _for_anothers(heading: str) -> bool:
    """Whether the caption names, after "for" and a possessive, a party of its own as the one
    whose statements they are ("for Palomar's Fronting Carriers"), not one it addresses."""
    for m in _FOR_POSSESSIVE.finditer(heading):
        head = _head_noun(m.group(1))
        if head in _ADDRESSEES:
            continue
        if head in _OTHER_OWNERS_OR_HOLDERS or (head.endswith("s") and is_agent_noun(head)):
            return True
    return False


def _ends_phrase(heading: str, end: int) -> bool:
    """Whether the word that ends at `end` ends its noun phrase (nothing, or a preposition or
    conjunction, after it): "of Our Installers" is read by that word, "of Koppers Holdings Inc."
    by its head, "Holdings" (the first word only looks like an agent noun's plural)."""
    rest = heading[end:].split()
    return not rest or rest[0] in _PHRASE_ENDS


def _former(phrase: str) -> bool:
    """Whether the owner's noun phrase names someone by a former tie to the company ("of Wrap's
    Former Chief Executive", "of Our Former Directors"): no longer the company or its people, so
    their statements are not the company's now."""
    return "former" in phrase.split()[:4]


# Holders of the company's stock named before the words, with what makes them a party of their own
# ("Selling Shareholders' Safe Harbor Statement", "Majority Stockholder's Forward-Looking
# Statements"); holders alone ("Shareholder Forward-Looking Statements") are left as they are.
_TWO_BEFORE = re.compile(r"([a-z']+) ([a-z']+) " + _NAMED)


def _holders_before(heading: str) -> bool:
    """Whether two words before the legend's name are a selling or controlling holder."""
    for m in _TWO_BEFORE.finditer(heading):
        pair = [m.group(1), m.group(2).removesuffix("'s").removesuffix("'")]
        if pair[1] in _HOLDER_WORDS and (is_other_owner(pair, 0) or is_other_owner(pair, 1)):
            return True
    return False


_HOLDER_WORDS = frozenset("""shareholder shareholders stockholder stockholders holder holders unitholder unitholders
securityholder securityholders""".split())


# The safe harbor of another regime: named by its kind right after the words ("Safe Harbor Privacy
# Framework") or by what it is for or under ("Safe Harbor Provisions for Our 401(k) Plan", "Safe
# Harbor for Dividend Reinvestment Plan Participants", "Safe Harbor Under Rule 10b-18"); not
# "Safe Harbor for Forward-Looking Statements" or "... Under the Reform Act".
_OTHER_REGIMES = frozenset("""plan plans participant participants program programs programme programmes
repurchase repurchases buyback buybacks trading trades resale resales rule rules erisa privacy data retirement
pension 401 401k tax taxes copyright copyrights dmca transfer transfers employer employers whistleblower
whistleblowers
marina marinas mooring moorings boat boats boaters vessel vessels yacht yachts ship ships sailors anchorage
berth berths
token tokens recycled recycling recyclable workplace prohibited testing
mortgages export exports researchers kickback kickbacks hipaa coppa fcpa proposition prop antitrust wage wages
overtime""".split())  # (a harbor for boats is the words' first sense)
# (and the safe harbors of other regimes a lawyer knows by their matter: the proposed one for token
# offerings, an employer's for workplace drug testing, the green-marketing one for recycled content,
# a REIT's for prohibited transactions, an offering's for testing-the-waters communications)
# (... a lender's for qualified mortgages, an exporter's for voluntary export control disclosures,
# a software maker's for security researchers who report flaws, a health care company's under the
# Anti-Kickback Statute, HIPAA or COPPA, the FCPA's for voluntary disclosure, California's for
# Proposition 65 warnings, an employer's under wage-and-hour and overtime rules, antitrust ones)
_HARBOR_KIND = re.compile(r"safe harbou?r ([a-z0-9]+)")
_HARBOR_FOR = re.compile(r"safe harbou?r(?: statement| policy| provisions?| rules?| notice)? (?:for|under|pursuant to|of) (.*)$")
# A safe harbor named by its topic ("Safe Harbor Statement Regarding the Prohibited Transactions
# Tax"): only a regime no legend's topic is ("plans" and "programs" are what statements are about)
_HARBOR_ABOUT = re.compile(r"safe harbou?r(?: statement| policy| provisions?| rules?| notice)? "
                           r"(?:regarding|concerning|relating to|related to|on|about|as to) (.*)$")
_OTHER_REGIME_TOPICS = frozenset("""erisa privacy retirement pension 401 401k tax taxes copyright copyrights dmca
whistleblower whistleblowers marina marinas mooring moorings boat boats vessel vessels data transfer transfers
gdpr token tokens recycled recycling recyclable mortgages export exports researchers kickback kickbacks hipaa
coppa fcpa proposition prop antitrust wage wages overtime""".split())  # ("data transfers": the privacy safe harbor for moving personal data abroad)
# The words a legend's caption goes on with after "safe harbor" ("Safe Harbor Statement", "Safe
# Harbor Provisions of the Reform Act", "Safe Harbor and Cautionary Note"). Any other word makes
# "safe harbor" part of another name ("Safe Harbor Matching Contributions" of a 401(k) plan, "Safe
# Harbor Election", "Safe Harbour Terminal"), unless the caption names the statements or the Act.
_LEGEND_HARBOR_WORDS = frozenset("""statement statements provision provisions notice notices language disclosure
disclosures legend legends note notes caution cautions cautionary warning disclaimer disclaimers information clause
paragraph text wording section rule rules forward private pslra reform securities act acts for under pursuant
regarding concerning relating related re of on about as and or with in to the""".split())
_NAMES_THE_STATEMENTS = re.compile(r"forward looking|pslra|reform act|litigation reform|27a|21e")


def _another_harbor(heading: str) -> bool:
    if any(m.group(1) in _OTHER_REGIME_TOPICS for m in _REGIME_BEFORE.finditer(heading)):
        return True  # "Tax Safe Harbour Disclaimer": a regime named before the harbor
    kind = _HARBOR_KIND.search(heading)
    if kind is not None and kind.group(1) in _OTHER_REGIMES and kind.group(1) not in ("rule", "rules"):
        return True
    if kind is not None and kind.group(1) not in _LEGEND_HARBOR_WORDS and not _NAMES_THE_STATEMENTS.search(heading):
        return True
    about = _HARBOR_ABOUT.search(heading)
    if about is not None and any(w in _OTHER_REGIME_TOPICS for w in about.group(1).split()[:5]) \
            and not _NAMES_THE_STATEMENTS.search(about.group(1)):
        return True  # "Safe Harbor Statement Regarding the Prohibited Transactions Tax"
    named = _HARBOR_FOR.search(heading)
    if named is None or "forward looking" in named.group(1) or "reform act" in named.group(1):
        return False
    # a harbor for the past ("Safe Harbor for Historical Statements") shelters no projection
    return any(w in _OTHER_REGIMES for w in named.group(1).split()[:5]) or (
        _PAST_TOPICS.search(named.group(1)) is not None and not _FUTURE_TOPICS.search(named.group(1)))


# What the safe harbor of a legend's caption is for, under or about: the statements, the Act or
# the securities laws, the occasion or its period, or the readers ("Safe Harbor for Forward-Looking
# Statements", "... Under the Private Securities Litigation Reform Act", "... on Slide 2"). The
# lists of other regimes above name the harbors a lawyer knows; this one turns away the rest.
_LEGEND_HARBOR_TOPICS = frozenset("""forward looking future projection projections outlook forecast forecasts
estimate estimates expectation expectations guidance plans statement statements information disclosure
disclosures cautionary securities litigation reform act acts pslra 1995 section sections 27a 21e federal law laws
exchange slide slides page pages release call webcast presentation announcement report document
investors shareholders stockholders holders unitholders readers merger transaction transactions acquisition
combination offering quarter quarters quarterly year years fiscal annual month period results earnings""".split())
_TOPIC_WORDS = 6


def _harbor_of_another_matter(heading: str, own: frozenset[str]) -> bool:
    """Whether the caption's safe harbor is for, under, of or about something no legend's harbor
    is ("Safe Harbor Provisions of the Internal Revenue Code", "Safe Harbor for Small Business
    Lenders", "Safe Harbor Statement on Anti-Corruption Compliance"): none of its first words
    names the statements, the Act or the securities laws, the occasion or the readers. A harbor
    named after the company (`own`: its names and the legend's speakers, "Safe Harbor Statement of
    Acme") is its own; one named after another company is read by the checks of other owners."""
    topic = _HARBOR_FOR.search(heading) or _HARBOR_ABOUT.search(heading)
    if topic is None:
        return False
    words = [w.removesuffix("'s").removesuffix("'") for w in re.findall(r"[a-z0-9'.]+", topic.group(1))][:_TOPIC_WORDS]
    words = [w.rstrip(".") for w in words]
    if not words or any(w in own or w in CORPORATE_SUFFIXES or w in GENERIC_NAMES for w in words):
        return False
    # (a period is the occasion's: "Safe Harbor Statement for the Fourth Quarter 2024")
    return not any(w in _LEGEND_HARBOR_TOPICS or w.startswith(("forward", "securit", "statement"))
                   or any(c.isdigit() for c in w) for w in words)


def _confined_elsewhere(heading: str) -> bool:
    later = _IN_FORCE_FROM.search(heading)
    if later is not None and not _THIS_OCCASION.search(later.group(1)) \
            and any(w in _LATER_TIMES for w in later.group(1).split()[:6]):
        return True
    confined = _CONFINED_TO.search(heading)
    if confined is not None and not _THIS_OCCASION.search(confined.group(1)) and (
            not _OWN_STATEMENTS.search(confined.group(1)) or any(  # "(Applicable to Our Customers' Statements)"
                w.removesuffix("'s").removesuffix("'") in _OTHER_OWNERS_OR_HOLDERS for w in confined.group(1).split()[:5])):
        return True
    only = _ONLY_ABOUT.search(heading.replace("(", "").replace(")", ""))
    if only is not None and only.group(1).split() and not _THIS_OCCASION.search(only.group(1)) \
            and not _LEGEND_TOPICS.search(only.group(1)):
        return True
    kind = _KIND_AFTER.search(heading)
    if kind is not None and kind.group(1) in _OTHER_KINDS:
        return True
    if _KIND_BEFORE.search(heading):
        return True
    addressed = _ADDRESSED.search(heading)
    return addressed is not None and not any(w in _INVESTOR_AUDIENCES for w in addressed.group(1).split()) \
        and not _LEGEND_TOPICS.search(addressed.group(1))


# "Forward-Looking Statements (Tax Matters Only)", "... Regarding Our Pension Plan Only": the
# caption kept for one matter that is not the statements of the document
# (read from the statements' own name: "Cautionary Note Regarding Forward-Looking Statements (Offering
# Memorandum Only)" confines the statements, not the note to a topic that names them)
_ONLY_ABOUT = re.compile(_NAMES_STATEMENTS + r"(?: (?:regarding|concerning|about|on|for|as to|relating to))?((?: [a-z0-9']+){1,6}) "
                         r"(?:only|solely|exclusively)\b")
# "Forward-Looking Statements Policy for Employees": a document of another kind named by the words
_KIND_AFTER = re.compile(_NAMED + r" ([a-z]+)")
# "Nasdaq's Guide to Forward Looking Statements for Listed Companies", "A Primer on Forward-Looking
# Statements": a publication about the subject in general, named before it (not a guide to "our"
# or "these" statements, which may be the legend's own)
_KIND_BEFORE = re.compile(r"\b(?:guide|guides|handbook|handbooks|primer|primers|glossary|glossaries|tutorial|tutorials)"
                          r" (?:to|on|of|about) (?:the )?" + _NAMED)
_OTHER_KINDS = frozenset("""policy policies procedure procedures guideline guidelines training manual manuals
committee committees checklist checklists template templates workshop seminar
award awards contest contests competition competitions webinar webinars series course courses conference
conferences summit summits podcast podcasts program programs programme programmes initiative hackathon
session sessions technology technologies system systems""".split())
# (events held to inform, and the compounds "information technology", "information systems":
# "Forward-Looking Information Sessions for Community Members", "... Information Technology Investments")

# "Cautionary Note to Operators of High-Pressure Pumps": a caution addressed to others than those
# a legend speaks to ("to Investors", "to U.S. Investors", "to Readers"), about another matter
_ADDRESSED = re.compile(_NAMED + r" to ((?:[a-z.'-]+ ){0,3}[a-z.'-]+)")
_INVESTOR_AUDIENCES = frozenset("""investors investor readers reader shareholders shareholder stockholders
stockholder holders holder unitholders securityholders noteholders bondholders members public""".split())


# "Coeur's Forward-Looking Statements" above a legend in which SilverCrest disclaims the duty to
# update: statements named by the possessive of a name that is not the one the legend speaks for.
# The legend's own name is the subject of its disclaimers ("SilverCrest does not assume ...",
# "Agios expressly disclaims ..."); a legend that speaks as "we" or "the Company" decides nothing.
# (the name's words before its possessive too: "Barton Gold's" is Barton's, whose legend says "Barton undertakes")
_POSSESSOR = re.compile(r"((?:[a-z][a-z0-9&-]* ){0,2}[a-z][a-z0-9&-]*)'s " + _NAMED)
# (any adverb in "-ly" may stand between the subject and its verb: "Alnylam explicitly disclaims",
# "Acme further undertakes no obligation"; a name in "-ly" is still read as the subject: "Lilly disclaims")
_DISCLAIMER_SUBJECT = re.compile(
    r"\b([a-z][a-z0-9&-]*) (?:[a-z]+ly |hereby |also |further )?(?:does not|do not|undertakes|assumes|"
    r"disclaims|declines|is under no|has no|is not obligated|is not obliged)\b")


# "Forward-Looking Statements of First Federal MHC": statements named by an owner that is a name
# (no article or possessive before it); its head word, corporate suffixes left off ("Acme Corp."
# is Acme), set against the words of the company's own names (`fslcheck.meaning.names.own_names`).
_OWNER_LINK = re.compile(r" (?:of|by|from) ")
_OF_NAME = re.compile(_NAMED + r" (?:of|by|from) (?!the |our |its |their |this |these |all |each |any )"
                      r"([a-z][a-z0-9&.' -]*)$")




# the comma before a corporate suffix ("Bimini Capital Management, Inc."), which the name keeps
_SUFFIX_COMMA = re.compile(r",(?= (?:inc|incorporated|corp|corporation|co|ltd|limited|llc|plc|lp|llp)\b)")


def _without_apposition(heading: str) -> str:
    """The heading up to the comma that opens an apposition after the owner named in "... of
    <Name>" ("... of Brightwater Capital, Our Financial Advisor"), a corporate suffix's comma
    kept out of it."""
    heading = _SUFFIX_COMMA.sub("", heading.strip())
    link = _OWNER_LINK.search(heading)
    comma = heading.find(",", link.end()) if link is not None else -1
    return heading[:comma] if comma >= 0 else heading


def _owner_name_words(heading: str) -> list[str]:
    """The words of the name that owns the statements in "... of <Name>", corporate suffixes left
    off; the head word last."""
    named = _OF_NAME.search(_without_apposition(heading))
    if named is None:
        return []
    words = [w.strip(".,'") for w in named.group(1).split()]
    return [w for w in words if w and w not in CORPORATE_SUFFIXES]


def _suffixed_name(heading: str) -> bool:
    """Whether the owner named in "... of <Name>" ends with a corporate suffix ("of Bimini Capital
    Management, Inc."): a company's full name, whatever its head word ("Management", "Capital")."""
    named = _OF_NAME.search(_without_apposition(heading))
    if named is None:
        return False
    words = [w.strip(".,'") for w in named.group(1).split()]
    words = [w for w in words if w]
    return len(words) >= 2 and words[-1] in CORPORATE_SUFFIXES and " and " not in named.group(1)


def _of_another_name(text: str, start: int, end: int, legends: list[tuple[int, int]],
                     own: frozenset[str]) -> bool:
    """Whether the heading names the statements by a name (a possessive, or "of <Name>") that is
    not the legend's own: set against the subject of its disclaimers when it names one (a short
    name: "Orbital" is the first word of "Orbital Systems, Inc."), else against `own`, the words of
    the names the document gives itself (a full name: "First Federal MHC" is not "Kentucky First
    Federal Bancorp", whose words it shares but not its head)."""
    possessor = _POSSESSOR.search(text, start, end)
    if possessor is None:
        owner = _owner_name_words(text[start:end])
        head = owner[-1] if owner else None
        if head is None or not head.isalpha() or head in _OTHER_OWNERS_OR_HOLDERS or (
                head in GENERIC_NAMES and not _suffixed_name(text[start:end])):
            return False  # no name, or one the class-noun check reads ("of Our Dealers")
    elif possessor.group(1).split()[-1] in GENERIC_NAMES:
        return False
    else:
        owner = possessor.group(1).split()
    speakers = _legend_speakers(text, start, end, legends)
    if speakers:
        return not any(word in speakers for word in owner)
    # each party of a joined owner ("of Harlow Freight and Brightwater") must be another for the whole to be
    members = " ".join(owner).split(" and ")
    return bool(own) and all(member.split() and member.split()[-1] not in own for member in members)


def _legend_speakers(text: str, start: int, end: int, legends: list[tuple[int, int]]) -> frozenset[str]:
    """The subjects of the disclaimers of the legend under the heading [start, end)."""
    legend = _legend_at(legends, start)
    if legend is None:
        return frozenset()
    starts, names = _disclaimer_subjects(text, *legend)
    index = bisect_left(starts, end)
    return names[index] if index < len(names) else frozenset()


@lru_cache(maxsize=8)
def _disclaimer_subjects(text: str, start: int, end: int) -> tuple[list[int], list[frozenset[str]]]:
    """Where each disclaimer's subject stands in the legend [start, end), and the subjects from
    each one to the legend's end: a legend that runs on under many headings is searched once,
    not again from every heading."""
    found = [(m.start(), m.group(1)) for m in _DISCLAIMER_SUBJECT.finditer(text, start, end)]
    names: list[frozenset[str]] = []
    after: frozenset[str] = frozenset()
    for _, name in reversed(found):
        if name not in after and name not in GENERIC_NAMES:
            after = after | {name}
        names.append(after)
    return [position for position, _ in found], names[::-1]


# "Quillon Safe Harbor Statement" over Northwind's legend: a heading that opens with the name of a
# party the document does not present as itself (`fslcheck.meaning.names`).
# (its corporate suffix kept: "Beta Inc.'s Forward-Looking Statements")
_NAME_FIRST = re.compile(r"([a-z][a-z0-9&'-]*(?: [a-z][a-z0-9&'-]*){0,2}"
                         r"(?:,? (?:" + "|".join(sorted(INCORPORATION_SUFFIXES)) + r")\.?(?:'s)?)?) " + _NAMED)
# ... or after the caption's first words and a preposition ("Note on Eastgate Holdings'
# Forward-Looking Statements")
_NAME_AFTER_TOPIC = re.compile(r"(?:[a-z]+ ){1,2}(?:on|regarding|concerning|about|re|as to) "
                               r"([a-z][a-z0-9&'-]*(?: [a-z][a-z0-9&'-]*){0,2}) " + _NAMED)


# ... or in brackets after them ("Forward-Looking Statements (Brennick Castings)")
_BRACKETED_NAME = re.compile(_NAMED + r" \(([a-z][a-z0-9&.' -]*)\)\s*$")


def _titled_by_another(text: str, start: int, end: int, legends: list[tuple[int, int]], names: Names) -> bool:
    """Whether the heading names what it introduces by another party's name, first, after its
    topic's preposition or in brackets after it."""
    own = names.own | _legend_speakers(text, start, end, legends)
    return any(titled is not None and names.another(titled.group(1).split(), own)
               for titled in (_NAME_FIRST.match(text, start, end), _NAME_AFTER_TOPIC.match(text, start, end),
                              _BRACKETED_NAME.search(text, start, end)))


def _owner_by_clause(phrase: str) -> bool:
    """Whether the owner's noun phrase names a party by what it does to the company or the company
    to it ("of Municipal Systems We Have Agreed to Acquire", "of the Unions That Represent Us", "of the
    Funds Acme Manages")."""
    words = phrase.split()
    # ... or by a contact clause with a name for subject: "of the Funds Hamilton Lane Advises"
    return any(is_other_owner(words, i) or served_party(words, i) for i in range(min(3, len(words))))


_DETERMINED = re.compile(r"(?:of|for|by|from) (?:the|our|its|their) ")


def _agent_owner(match: re.Match, head: str) -> bool:
    """Whether the owner a caption names after "of"/"by" is a party named by an agent noun: a
    plural ("of Our Installers", "by Economists") or one after a determiner ("of the Servicer"); a
    bare singular is a name, maybe the company's own ("Forward-Looking Statements of Brightpower")."""
    return is_agent_noun(head) and (head.endswith("s") or _DETERMINED.search(match.group(0)) is not None)


def _possessive_agent(word: str) -> bool:
    """"Our Growers' Forward-Looking Statements", "the Servicer's ...": a party named by an agent
    noun (`is_agent_noun`) in the possessive (canonical text drops a plural's apostrophe) before
    the words; a singular modifier ("Dealer Forward-Looking Statements") names no owner."""
    return word.endswith("s") and is_agent_noun(word)


def _head_noun(phrase: str) -> str:
    """The last word of a noun phrase's first three words, before any preposition or conjunction.
    A possessive is a determiner that opens the phrase it owns, so the three words are counted
    again after it ("of PGE's Wholesale Power Counterparties": "counterparties", not "power")."""
    words: list[str] = []
    counted = 0
    for word in phrase.split():
        if word in _PHRASE_ENDS or counted == 3:
            break
        words.append(word)
        counted = 0 if word.endswith(("'s", "s'")) else counted + 1
    return words[-1] if words else ""


def _to_canonical(context: CheckContext, start: int, end: int) -> tuple[int, int]:
    return context.canonical.from_source(start), context.canonical.from_source(end)


# A caption that dates the document it names ("Cautionary Notes ... of Our January 27 Release",
# "Forward-Looking Statements in Our 2023 Sustainability Report") names another document than
# this one, which a caption names with "this" ("... in This 2025 Annual Report"); a date before
# a noun that is no document ("... in Our 2025 Guidance") names the statements of this one.
_DATED_DOCUMENT = re.compile(
    _NAMED + r" (?:of|in|from) (?:our |the |its |their )?(?:" + MONTH + r"(?: \d{1,2})?(?:,? \d{4})?|(?:19|20)\d\d) "
    r"(?:[a-z]+ ){0,2}(?:releases?|reports?|presentations?|letters?|prospectus|filings?|proxy|circulars?|"
    r"memorand[a-z]+|announcements?|newsletters?|webcasts?|calls?|transcripts?)\b")
# A caption of a table ("Forward-Looking Statements by Business Line (Table 3)") or of teaching
# material ("Employee Training Module: How to Recognise Forward-Looking Statements") titles that
# table or material, not the legend.
_TABLE_CAPTION = re.compile(r"\btable \d+[a-z]?\b")
_TEACHING = frozenset("training tutorial tutorials quiz curriculum".split())


# A cross-reference names the legend's section to send the reader there, it does not stand over it:
# "See: Forward-Looking Statements, page 14 of the Annual Report", "Refer to Safe Harbor Statement".
_CROSS_REFERENCE = re.compile(r"^\W*(?:please )?(?:see|refer to|reference is made to|cf|read)\b|\bpages? (?:[0-9]+|[ivx]+)\b")
# "Cautionary" names the legend when it qualifies the caution itself (a note, statement, language,
# notice, ...), or stands last; on another noun it titles that thing: "A Cautionary Tale for
# Retailers", "Cautionary Signs in Consumer Credit".
_CAUTIONARY_ON = re.compile(r"\bcautionary ([a-z]+)")
_CAUTION_NOUNS = frozenset("""
    note notes statement statements language notice notices information factor factors disclosure disclosures
    remark remarks advice warning warnings legend legends word words comment comments caution cautions
    regarding concerning about on with respecting re as for and or to under relating related pursuant
""".split())
# The first word a party other than the company ("Newswire Disclaimer and Forward-Looking
# Statements", "Distributor Safe Harbor Notice"): that party's caption, over its own disclaimer
_OWNER_WORDS = OTHER_OWNERS - {"third", "others"}


# ... and a caption that names the legend only by "cautionary" and calls its cautions "other"
# ("Other Cautionary Information", "Other Cautionary Statements") titles cautions besides the
# legend; with the legend named beside them ("Forward-Looking and Other Cautionary Statements") it
# covers both
_OTHER_CAUTIONS = re.compile(r"\b(?:other|miscellaneous) cautionary\b")


def _cautionary_other_thing(heading: str) -> bool:
    if _FORWARD_LOOKING.search(heading) or "safe harbo" in heading:
        return False
    if _OTHER_CAUTIONS.search(heading) and heading.count("cautionary") == 1:
        return True
    found = list(_CAUTIONARY_ON.finditer(heading))
    return bool(found) and all(m.group(1) not in _CAUTION_NOUNS for m in found) and not heading.rstrip().endswith("cautionary")


def _caption_of_another_kind(heading: str) -> bool:
    words = re.findall(r"[a-z']+", heading)
    return (_DATED_DOCUMENT.search(heading) is not None or _TABLE_CAPTION.search(heading) is not None
            or any(w in _TEACHING for w in words) or _CROSS_REFERENCE.search(heading) is not None
            or _cautionary_other_thing(heading) or (bool(words) and words[0] in _OWNER_WORDS))


def _legend_carried_on(text: str, name_end: int, end: int) -> bool:
    """Whether a spoken announcement goes on, after the legend's name, with the legend itself."""
    goes_on = carries_legend_on(text, name_end, end)
    return goes_on is not None and speaks_legend(text, goes_on, end)
