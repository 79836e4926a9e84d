"""What every rule kind shares: the per-document context, and turning matches into findings.

A rule kind is a module with:

- `KIND`: its name in rule packs;
- `OPTIONS` and `REQUIRED`: JSON-schema properties of the keys it adds to a rule, and which of
  them a rule must give;
- `Checker(rule)`: compiles the rule once, and in doing so checks what the schema cannot (phrases
  compile, thresholds in order), raising `ValueError` with a message for the pack author;
  `Checker.check(context) -> Finding` runs it on one document.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cached_property
from typing import Any

from ..documents.model import Document
from ..glued_words import unglue
from ..footnote_marks import drop_footnote_marks
from ..line_hyphens import join_line_hyphens, split_over_break
from ..matching import Match, Phrase, PhraseSyntaxError, best_match
from ..meaning.clauses import Tokens
from ..meaning.names import Names, defined_kinds, host_names, issuer_names, own_names, own_phrases
from ..normalise import Canonical, canonicalise
from ..result import Finding, Status
from ..rules.model import Rule
from ..spaced_letters import join_spaced_letters
from ..text_units import BULLETS, MAX_SENTENCE_CHARS, cut_sentences, enclosing, paragraph_spans, sentence_starts
from . import legend
from .inline_headings import legend_headings, section_headings

EXCERPT_LIMIT = 600
# (a run of lower-case letters is tried from its first letter only: the same joins, without
# retrying the run from each of its letters)
# (`glued_joins` finds where they end without running them)
_GLUE = re.compile(r"\.(?:com|net|org|gov|edu|io|biz|info|us)(?=[A-Z][a-zA-Z])|(?<![a-z])[a-z]{2,}[.!?](?=[A-Z][a-z])")
# A legend heading run into its first sentence ("Forward-Looking StatementsThis release"): a
# lower-case letter before a capitalised word, read only where the word before is a heading's.
_CAMEL = re.compile(r"[a-zA-Z](?=[A-Z][a-z])")
# A capitalised word's first letter right after a sentence mark, a letter or a digit: the only places
# `glued_joins` reads. The lookbehind comes after the capital so that the search still skips from
# capital to capital, and only those after such a character are made into matches (a filing has
# tens of thousands of capitalised words, nearly all after a space).
_CAPITALISED = re.compile(r"[A-Z](?<=[.!?A-Za-z0-9][A-Z])(?=[a-z])")
# A web address run into an all-capitals heading ("…example.comFORWARD-LOOKING STATEMENTS"): the
# scan above sees only a capital before a lower-case letter.
_DOMAIN_BEFORE_CAPITALS = re.compile(r"\.(?:com|net|org|gov|edu|io|biz|info|us)(?=[A-Z]{2})")
_SENTENCE_MARKS = frozenset(".!?")
_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")
_DOMAINS = tuple("." + d for d in "com net org gov edu io biz info us".split())
_HEADING_ENDS = re.compile(r"(?:statements?|information|harbou?r|disclaimers?|notice|note)$", re.IGNORECASE)
# A web address's path runs into a legend's caption ("…example.com/eventsForward-Looking
# Statements"): read only where a caption's first word follows, since a path may itself be written
# in camel case ("/InvestorRelations").
_HEADING_STARTS = re.compile(r"(?:Forward|Safe|Cautionary|Caution|Special|Note|Important)\b")
_ADDRESS_CHARS = 200
_OPENING_QUOTES = "\"'“‘«"
_BULLET = re.compile(f"[{BULLETS}]")

THRESHOLD_OPTIONS: dict[str, Any] = {
    "threshold": {"type": "number", "minimum": 0, "maximum": 100},
    "weak": {"type": "number", "minimum": 0, "maximum": 100},
}
PHRASES_SCHEMA: dict[str, Any] = {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}
DEFAULT_THRESHOLD = 90.0
DEFAULT_WEAK = 75.0
_CONTINUING_END = frozenset("of on in to the a an and or for with by form at as from that this its our".split())
_CONTINUING_START = frozenset("may might will would could should can contain contains include includes is are "
                              "was were and or of to that which including".split())
_MERGED_PARAGRAPH_WORDS = 40  # a paragraph this long may have a heading merged into it
_SECTIONS_PARAGRAPH_WORDS = 400  # ... and one this long may hold several sections
# The longest sentence a rule's wording is read in whole (the longest in the corpus has about 1,800).
MAX_SENTENCE_WORDS = 4000
_CLAUSE_MARK = re.compile(r"[;:,]")
_HEADING_WORDS = 12  # a line this long is not a heading: a break after it, without a full stop, is a broken line


_FURNITURE_RUN = 3  # paragraphs of a page's footer and the next page's header, at most
# A page break with no footer left (an EDGAR exhibit's page break is a new paragraph): two prose
# paragraphs this long on either side of it, the first stopping without a sentence's end and the
# second going on in lower case ("... the level of activity in offshore oil and gas" / "exploration
# and development, ..."), are one sentence. Shorter ones may be a list's bare-line items or a
# heading, which a break without a closing mark still separates.
_BARE_BREAK_WORDS = 30


def over_page_breaks(canonical: Canonical, source: str) -> Canonical:
    """`canonical` with each page's footer or header that stands inside a sentence taken out:
    the paragraph before it stops without a sentence's end ("Factors that could cause such
    differences"), the paragraphs of furniture follow ("7", "Acme Corporation | Page 8",
    `legend.is_page_furniture`), and the text after them goes on in lower case ("include changes
    in demand …"). The sentence then reads as one, its wording (a factor list's lead-in, "are
    described in our Annual Report" / "on Form 10-K") whole. Furniture after a finished sentence,
    an item's ";" or a heading, or before a capitalised word or a bullet, stays where it is: a
    list's bullets and a new section are not run together."""
    return _read_over_page_breaks(canonical, source)[0]


def _read_over_page_breaks(canonical: Canonical, source: str) -> tuple[Canonical, _Furniture | None, list[tuple[int, int]]]:
    """`over_page_breaks`, and the paragraphs it read with which of them are furniture (None
    when the text has a single paragraph): when nothing was taken out they are the checks'
    paragraphs too, and `CheckContext` need not cut and read them again; and the source stretches
    it read over."""
    text = canonical.text
    if "\n\n" not in text:
        return canonical, None, []
    furniture = _Furniture(text)
    paragraphs = furniture.paragraphs
    joins = []
    index = 1
    while index < len(paragraphs):
        run = index
        while run < len(paragraphs) and run - index < _FURNITURE_RUN and furniture[run]:
            run += 1
        heading = _continued_heading(canonical, source, paragraphs[run][0]) if run < len(paragraphs) else None
        if run < len(paragraphs) and (index < run or heading is not None
                                      or _bare_page_break(text, paragraphs[index - 1], paragraphs[index])):
            before_start, before_end = paragraphs[index - 1]
            after = paragraphs[run][0] if heading is None else heading
            ending = text[before_start:before_end].rstrip()[-1:]
            resumed = canonical.to_source(after, after + 1)[0]
            # (after the legend's heading carried over, the sentence goes on whatever the case of
            # its next word: "... our cathode plant in / Safe Harbor Statement (continued) / Nevada")
            if (ending and ending not in ".!?:;" and (source[resumed].islower() or heading is not None)
                    and not _BULLET.search(source, source.rfind("\n", 0, resumed) + 1, resumed)):
                joins.append((before_end, after))
                run += 1  # (the paragraph resumed is read over: its heading is no further break)
        index = max(run, index + 1)
    read_over = [canonical.to_source(start, end) for start, end in joins]
    if not joins:
        return canonical, furniture, []
    return canonical.with_spans_replaced([(start, end, _over_break(canonical, source, start, end))
                                          for start, end in joins]), None, read_over


def _bare_page_break(text: str, before: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether the break between two canonical paragraphs may be a page break with no furniture
    left inside a sentence: both are prose of `_BARE_BREAK_WORDS` words or more (the closing mark
    and the lower-case start are asked by the caller, of the source)."""
    return (len(text[before[0] : before[1]].split()) >= _BARE_BREAK_WORDS
            and len(text[after[0] : after[1]].split()) >= _BARE_BREAK_WORDS)


def _over_break(canonical: Canonical, source: str, start: int, end: int) -> str:
    """What stands for the page's furniture read over at canonical [start, end): one space, or
    nothing where a word was split with a hyphen at the page's end ("inclu-" ... "ding")."""
    page_end = canonical.to_source(start - 1, start)[1]
    if source[page_end : page_end + 1] == "-" and canonical.text[start - 1 : start].isalpha() \
            and split_over_break(source, page_end, canonical.to_source(end, end + 1)[0]):
        return ""
    return " "


# The legend's heading repeated at the top of the page a sentence runs on to, on a line of its own
# ("Forward-Looking Statements (continued)", "Safe Harbor Statement - cont'd"): the canonical text
# runs it into the sentence's next words, which it is no part of.
_CONTINUED_HEADING = re.compile(r"(?P<name>[a-z0-9' ,&-]{3,80}?)[ :-]+\(?(?:continued|cont'?d)\)?[.:]? (?=\S)")


def _continued_heading(canonical: Canonical, source: str, start: int) -> int | None:
    """Where the sentence resumes after a continued heading of the legend (`_CONTINUED_HEADING`,
    its name a marker of the legend: "forward looking statements", "safe harbor") that opens the
    paragraph at canonical `start` and ends its line in the source; else None."""
    found = _CONTINUED_HEADING.match(canonical.text, start)
    if found is None or not legend.names_the_legend(found.group("name")):
        return None
    heading_end = canonical.to_source(found.end() - 2, found.end() - 1)[1]
    resumed = canonical.to_source(found.end(), found.end() + 1)[0]
    return found.end() if "\n" in source[heading_end:resumed] else None


class _Furniture:
    """The paragraphs of a canonical text, and whether each is a page's furniture
    (`legend.is_page_furniture`), each paragraph read once, when first asked."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]] | None = None) -> None:
        self.text = text
        self.paragraphs = paragraph_spans(text) if paragraphs is None else paragraphs
        self._read: dict[int, bool] = {}

    def __getitem__(self, index: int) -> bool:
        found = self._read.get(index)
        if found is None:
            found = self._read[index] = legend.is_page_furniture(self.text, *self.paragraphs[index])
        return found


# Extraction damage undone in the canonical text, in order, each keeping the map to the document:
# words split at line ends, footnote marks run onto words, words run together, spaced capitals.
_CANONICAL_REPAIRS = (join_line_hyphens, drop_footnote_marks, unglue, join_spaced_letters)


class CheckContext:
    """One document as the checks see it; derived views are computed once, on first use."""

    def __init__(self, document: Document) -> None:
        self.document = document
        canonical = canonicalise(document.text)
        for repair in _CANONICAL_REPAIRS:
            canonical = repair(canonical, document.text)
        self.canonical, furniture, self._read_over = _read_over_page_breaks(canonical, document.text)
        self.text = self.canonical.text
        # the paragraphs read for page furniture are this text's when nothing was taken out
        self._furniture: _Furniture | None = furniture
        if furniture is not None:
            self.__dict__["paragraphs"] = furniture.paragraphs
        self._sentence_ranges: dict[tuple[int, int, str], list[tuple[int, int]]] = {}
        self._tokens: dict[str, Tokens] = {}
        self._long_sentence_noted = False
        self._memo: dict[tuple, Any] = {}
        self._heading_ends: set[int] = set()  # filled by `_merged_headings`

    @cached_property
    def sentence_starts(self) -> list[int]:
        if len(self.text) > MAX_SENTENCE_CHARS:
            cuts = cut_sentences(self.text)
            if cuts:
                self._note_long_sentence(cuts[0], f"{MAX_SENTENCE_CHARS:,} characters")
        return sorted((set(sentence_starts(self.text)) - self._over_page_furniture) | set(self.glue)
                      | self._merged_heading_ends)

    def _note_long_sentence(self, offset: int, bound: str) -> None:
        """Warn, once per document, that a run-on sentence was read in pieces (`text_units`
        MAX_SENTENCE_CHARS, MAX_SENTENCE_WORDS): the verdict stands, but wording across a cut
        was not read as one statement, and the reader should know."""
        if self._long_sentence_noted:
            return
        self._long_sentence_noted = True
        where = self.document.locate(self.canonical.to_source(offset, offset + 1)[0]).describe()
        warning = (f"a sentence longer than {bound} (it runs past {where}) was read in pieces: wording that "
                   "runs across a cut is not read as one statement")
        if warning not in self.document.warnings:
            self.document.warnings.append(warning)

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        return paragraph_spans(self.text)

    @cached_property
    def names(self) -> Names:
        """The company's own names and which words the document writes as names."""
        return Names(own_names(self.text, self.paragraphs) | issuer_names(self.document.text), self.document.text,
                     hosts=host_names(self.document.text), kinds=defined_kinds(self.text),
                     phrases=own_phrases(self.text))

    @cached_property
    def legend_spans(self) -> list[tuple[int, int]]:
        return self._legend[0]

    @cached_property
    def set_aside(self) -> list[tuple[int, int, str]]:
        """Legend-like blocks not counted as the legend: (canonical start, end, reason)."""
        return self._legend[1]

    @cached_property
    def _legend(self) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
        set_aside: list[tuple[int, int, str]] = []
        blocks = legend.find_legend(self.text, self.paragraphs, self.bulleted_paragraphs,
                                    self.sentence_starts, self.glue, set_aside)
        return blocks, set_aside

    def set_aside_details(self) -> list[dict[str, Any]]:
        """The set-aside blocks as a finding's details say them: source offsets, reason, excerpt."""
        out = []
        for start, end, reason in self.set_aside:
            source_start, source_end = self.canonical.to_source(start, end)
            out.append({"start": source_start, "end": source_end, "reason": reason,
                        "excerpt": self.excerpt(start, min(end, start + 300))})
        return out

    @cached_property
    def glue(self) -> list[int]:
        """Canonical offsets where the source runs a web address or a sentence into the next word
        without a space ("…example.comDisclaimer", "…results.Forward-looking"): breaks that
        extraction lost."""
        ends = glued_joins(self.document.text)
        offsets = {self.canonical.from_source(end) for end in ends}
        offsets.update(self._merged_headings())
        return sorted(o for o in offsets if 0 < o < len(self.text))

    def _merged_headings(self) -> set[int]:
        """Canonical starts of headings that extraction merged into a long paragraph
        (`fslcheck.checks.inline_headings`): a legend's own heading anywhere in it, and, in a
        paragraph long enough to hold several sections (tag-less HTML, one giant `<p>`), any
        heading after a sentence end ("… Form 10-K. About Acme Corporation Acme designs …")."""
        source = self.document.text
        out: set[int] = set()
        for start, end in self.paragraphs:
            words = self.text.count(" ", start, end) + 1
            if words <= _MERGED_PARAGRAPH_WORDS:
                continue
            source_start, source_end = self.canonical.to_source(start, end)
            # (a heading inside a stretch read over, "Safe Harbor Statement (continued)" at the
            # top of the page a sentence runs on to, starts nothing: `over_page_breaks`)
            found = [(a, b) for a, b in legend_headings(source, source_start, source_end)
                     if not any(s <= a < e for s, e in self._read_over)]
            legend_found = set(found)
            if words > _SECTIONS_PARAGRAPH_WORDS:
                found += section_headings(source, source_start, source_end)
            out.update(self.canonical.from_source(a) for a, _ in found if a > source_start)
            # where a legend's own heading ends without punctuation, its first sentence starts:
            # "Forward Looking Statements Disclaimer This press release contains ..." is a heading
            # and a sentence, and the heading's "Disclaimer" says nothing of what the sentence
            # states. (A run-in label the writer closed with a colon, "Safe Harbor Statement:
            # Statements in this release ...", is read with its sentence, as written.)
            self._heading_ends.update(self.canonical.from_source(b) for a, b in found
                                      if (a, b) in legend_found and source[b - 1 : b] not in (":", "."))
        return out

    @cached_property
    def _merged_heading_ends(self) -> set[int]:
        """Canonical ends of the legend headings `_merged_headings` found merged into a paragraph
        (a sentence starts there)."""
        self.glue  # (found with the glue)
        return {o for o in self._heading_ends if 0 < o < len(self.text)}

    @cached_property
    def bulleted_paragraphs(self) -> frozenset[int]:
        """Starts of the paragraphs whose source line opens with a bullet (canonical text drops a
        bullet that opens a paragraph, so the source is read)."""
        source = self.document.text
        starts = set()
        for start, end in self.paragraphs:
            if start == end:
                continue
            first = self.canonical.to_source(start, start + 1)[0]
            line_start = source.rfind("\n", 0, first) + 1
            if _BULLET.search(source, line_start, first):
                starts.add(start)
        return frozenset(starts)

    def spans(self, scope: str) -> list[tuple[int, int]]:
        """Canonical spans a rule with this scope searches."""
        if scope == "legend":
            return self.legend_spans
        return [(0, len(self.text))]

    def tokens(self, scope: str = "document") -> Tokens:
        """The words of the canonical text within a scope's spans, for propositions
        (`fslcheck.meaning`): the legend's words only, for rules that search the legend."""
        if scope not in self._tokens:
            self._tokens[scope] = Tokens.of_spans(self.text, self.spans(scope))
            self._tokens[scope].names = self.names
        return self._tokens[scope]

    def sentence_ranges(self, start: int, end: int, scope: str = "document") -> list[tuple[int, int]]:
        """The sentences of canonical [start, end) as token ranges [lo, hi) of `tokens(scope)`,
        computed once."""
        key = (start, end, scope)
        if key not in self._sentence_ranges:
            tokens = self.tokens(scope)
            # the starts inside [start, end) by bisection: a document may repeat its legend thousands of times
            every = self.sentence_starts
            inside = every[bisect_right(every, start) : bisect_left(every, end)]
            starts = [s for s in inside if not self._broken_line(s)]
            bounds = [start] + starts + [end]
            ranges = [(tokens.index_at(a), tokens.index_at(b)) for a, b in zip(bounds, bounds[1:])]
            self._sentence_ranges[key] = self._bounded([(lo, hi) for lo, hi in ranges if hi > lo], tokens)
        return self._sentence_ranges[key]

    def _bounded(self, ranges: list[tuple[int, int]], tokens: Tokens) -> list[tuple[int, int]]:
        """`ranges` with every run-on sentence longer than `MAX_SENTENCE_WORDS` read in pieces of at
        most that many words, each cut after a clause mark (";", ":", ",") where one is near. The
        reading of a sentence costs time that grows with the square of its length, so a text
        without sentence ends (binary junk read as text, a keyword-stuffed page) would hold the
        batch up for hours; no sentence of a real release comes near the bound. The document
        says so in a warning, since a proposition across a cut is not read as one."""
        if all(hi - lo <= MAX_SENTENCE_WORDS for lo, hi in ranges):
            return ranges
        out: list[tuple[int, int]] = []
        for lo, hi in ranges:
            while hi - lo > MAX_SENTENCE_WORDS:
                cut = lo + MAX_SENTENCE_WORDS
                clause = next((t for t in range(cut, lo + MAX_SENTENCE_WORDS // 2, -1)
                               if tokens.marked(_CLAUSE_MARK, t)), None)
                cut = clause if clause is not None else cut
                out.append((lo, cut))
                self._note_long_sentence(tokens.starts[cut], f"{MAX_SENTENCE_WORDS:,} words")
                lo = cut
            out.append((lo, hi))
        return out

    @cached_property
    def _over_page_furniture(self) -> frozenset[int]:
        """Paragraph starts that do not start a sentence because a page's footer or header stands
        inside the sentence ("… described in our Annual Report" / "7" / "Acme | Page 8" / "on Form
        10-K"): the furniture's own paragraphs and the one that goes on after them."""
        out: set[int] = set()
        paragraphs = self.paragraphs
        furniture = self._furniture if self._furniture is not None else _Furniture(self.text, paragraphs)
        index = 1
        while index < len(paragraphs):
            run = index
            while run < len(paragraphs) and furniture[run]:
                run += 1
            if run > index and run < len(paragraphs) and run - index <= 3:
                before = self.text[paragraphs[index - 1][0] : paragraphs[index - 1][1]].rstrip()
                if before and before[-1] not in ".!?:":
                    out.update(start for start, _ in paragraphs[index : run + 1])
            index = max(run, index + 1)
        return frozenset(out)

    def _broken_line(self, start: int) -> bool:
        """A paragraph break inside a sentence (an extraction broke a line: "... is included\nfrom
        time to time ..."): the text before it runs long without a sentence end."""
        text = self.text
        if start < 3 or text[start - 2 : start] != "\n\n" or not (text[start - 3].isalnum() or text[start - 3] == ","):
            return False
        line_start = text.rfind("\n", 0, start - 2) + 1
        if text.count(" ", line_start, start - 2) >= _HEADING_WORDS:
            return not self.capitals(line_start, start - 2)  # a long heading in capitals ends there
        # A line that ends with a word no sentence ends with ("this current report on form"), or a
        # line that starts with a word no sentence starts with ("may contain certain ..."), goes on.
        last_word = text[line_start : start - 2].rsplit(" ", 1)[-1]
        first_word = text[start : start + 20].split(" ", 1)[0]
        return last_word in _CONTINUING_END or first_word in _CONTINUING_START

    def capitals(self, start: int, end: int) -> bool:
        """Whether canonical [start, end) is written in capitals in the source (a heading)."""
        source_start, source_end = self.canonical.to_source(start, end)
        letters = [c for c in self.document.text[source_start:source_end] if c.isalpha()]
        return len(letters) >= 10 and sum(c.isupper() for c in letters) >= 0.95 * len(letters)

    @cached_property
    def evidence_starts(self) -> list[int]:
        return sorted(set(sentence_starts(self.text, bullets=True)) | set(self.glue))

    def sentence_of(self, start: int, end: int) -> tuple[int, int]:
        """The grammatical sentence(s) around a span (a bulleted list is one sentence)."""
        return enclosing(self.sentence_starts, len(self.text), start, end)

    def evidence_of(self, start: int, end: int) -> tuple[int, int]:
        """The unit evidence is quoted in: the sentence, or the bulleted item, around a span."""
        return enclosing(self.evidence_starts, len(self.text), start, end)

    def excerpt(self, start: int, end: int) -> str:
        """The document's own words for canonical [start, end), whitespace collapsed."""
        source_start, source_end = self.canonical.to_source(start, end)
        source = self.document.text
        while source_start > 0 and source[source_start - 1] in _OPENING_QUOTES:
            source_start -= 1  # canonical text drops quote marks: quote the one that opens the text
        words = re.sub(r"\s+", " ", source[source_start:source_end]).strip()
        if len(words) > EXCERPT_LIMIT:
            words = words[: EXCERPT_LIMIT - 1].rstrip() + "…"
        return words

    def find(self, phrases: list[Phrase], scope: str, floor: float,
             sentence_needs: list[Phrase] | None = None,
             sentence_excludes: list[Phrase] | None = None,
             within: list[tuple[int, int]] | None = None) -> Match | None:
        """The best match of any phrase within the scope (or within the canonical spans `within`);
        with `sentence_needs`, only a match whose sentence also has one of those phrases counts, and
        with `sentence_excludes` only one whose sentence has none of those."""
        accept = None
        if sentence_needs or sentence_excludes:
            needs, excludes = sentence_needs or [], sentence_excludes or []
            accept = lambda m: ((not needs or self._sentence_has(needs, m))  # noqa: E731
                                and not (excludes and self._sentence_has(excludes, m)))
        spans = self.spans(scope) if within is None else within
        found = [m for s, e in spans if (m := best_match(phrases, self.text, floor, s, e, accept))]
        exact = [m for m in found if m.exact]
        if exact:
            return min(exact, key=lambda m: m.start)
        return max(found, key=lambda m: (not m.missing_essentials, m.score), default=None)

    def _sentence_has(self, phrases: list[Phrase], match: Match) -> bool:
        return self.sentence_has(phrases, match.start, match.end)

    def sentence_has(self, phrases: list[Phrase], start: int, end: int) -> bool:
        """Whether the sentence (or bulleted item) around [start, end) has one of `phrases`."""
        start, end = self.evidence_of(start, end)
        # asked again for every candidate of the same sentence: answered once per sentence (a
        # run-on sentence has as many candidates as words, each of which would search it all).
        # Every phrase's exact search comes before any tolerant one: the answer is the same, and
        # a sentence that has a later phrase intact ("uncertainties" after "risk*" and
        # "factor*") is not searched for damaged forms of the earlier ones.
        return self.memo(("sentence-has", id(phrases), start, end),
                         lambda: any(p.find_exact(self.text, start, end) for p in phrases)
                         or any(p.find_tolerant(self.text, start, end) for p in phrases))

    def memo(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """`compute()`, once per key for this document: what the checks ask again of the same
        sentence for each candidate in it."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]


def glued_joins(source: str) -> list[int]:
    """Source offsets where _GLUE or _CAMEL (with a heading's word before: _HEADING_ENDS) ends a
    match, or a web address runs into a word in capitals, in order. Every such join stands before a capitalised word
    right after a sentence mark or a letter: those few places are found with one scan
    (`_CAPITALISED`) and the characters before each are read, instead of running the two
    patterns (whose lookbehind and first letter try nearly every character of a long filing)."""
    ends = []
    for capital in _CAPITALISED.finditer(source):  # (after a sentence mark or a letter)
        end = capital.start()
        if source[end - 1] in _SENTENCE_MARKS:
            if end >= 3 and source[end - 2] in _LOWER and source[end - 3] in _LOWER:
                ends.append(end)  # "…results.Forward-looking"
        elif source.endswith(_DOMAINS, 0, end) or _HEADING_ENDS.search(source, max(0, end - 12), end):
            ends.append(end)  # "…example.comDisclaimer", "Forward-Looking StatementsThis release"
        elif _HEADING_STARTS.match(source, end) and _in_web_address(source, end):
            ends.append(end)  # "…investors.example.com/eventsSafe Harbor Statement"
    capitals = [domain.end() for domain in _DOMAIN_BEFORE_CAPITALS.finditer(source)]
    return sorted(ends + capitals) if capitals else ends


def _in_web_address(source: str, end: int) -> bool:
    """Whether source[end] follows a web address with no space between (a token holding "://"
    or opening with "www.")."""
    token_start = max(source.rfind(" ", max(0, end - _ADDRESS_CHARS), end), source.rfind("\n", max(0, end - _ADDRESS_CHARS), end)) + 1
    token = source[token_start:end].lstrip("(<[\"'“")
    return "://" in token or token.lower().startswith("www.")


def finding(rule: Rule, context: CheckContext, status: Status, match: Match | None = None,
            *, score: float | None = None, span: tuple[int, int] | None = None,
            details: dict[str, Any] | None = None, notes: list[str] | None = None,
            quote_span: bool = False) -> Finding:
    """A Finding for `rule`, placed at `span` (canonical) or at the match, quoting its sentence
    (or, with `quote_span`, the span itself: a heading is quoted without the sentence it runs into)."""
    if match is not None and span is None:
        span = (match.start, match.end)
    if match is not None and score is None:
        score = match.score
    result = Finding(
        rule=rule.id, title=rule.title, severity=rule.severity, status=status,
        message=rule.message, score=score, basis=rule.basis, approved=rule.approved, model=rule.model,
        details=details or {}, notes=list(notes or []),
    )
    if span is not None:
        source_start, source_end = context.canonical.to_source(*span)
        result.start, result.end = source_start, source_end
        result.location = context.document.locate(source_start)
        result.excerpt = context.excerpt(*(span if quote_span else context.evidence_of(*span)))
        for region in context.document.regions_at(source_start, source_end):
            result.notes.append(_region_note(region.kind, region.note))
    if match is not None and not match.exact:
        result.details.setdefault("matched_phrase", match.phrase)
        if match.missing_essentials:
            result.notes.append("wording differs in a word that carries meaning: "
                                + ", ".join(match.missing_essentials))
    return result


def _region_note(kind: str, note: str) -> str:
    texts = {
        "insertion": "inside a tracked insertion: the wording is pending until the change is accepted",
        "deletion": "next to a tracked deletion: check the change before relying on this wording",
    }
    text = texts.get(kind, f"inside the document's {kind}")
    return f"{text} ({note})" if note else text


def status_for(match: Match | None, threshold: float, weak: float) -> Status:
    """met at or above the threshold (meaning words intact), weak above the lower bound, else missing."""
    if match is None:
        return Status.MISSING
    if match.exact or (match.score >= threshold and not match.missing_essentials):
        return Status.MET
    if match.score >= threshold or (match.score >= weak and not match.missing_essentials):
        # weak: the meaning words are there but the wording drifted, or the wording is all but
        # identical and a meaning word changed ("assumes an obligation"). A loose alignment that
        # also lacks a meaning word ("this section are" for "section 27a") is noise: missing.
        return Status.WEAK
    return Status.MISSING


def compile_phrases(phrases: list[str]) -> list[Phrase]:
    compiled = []
    for phrase in phrases:
        try:
            compiled.append(Phrase(phrase))
        except PhraseSyntaxError:
            raise  # the loader places it: file, line and the character at fault
        except (ValueError, re.error) as error:
            raise ValueError(f"phrase {phrase!r} cannot be compiled: {error}") from None
    return compiled


def thresholds(rule: Rule) -> tuple[float, float]:
    threshold = float(rule.options.get("threshold", DEFAULT_THRESHOLD))
    weak = float(rule.options.get("weak", min(DEFAULT_WEAK, threshold)))
    if weak > threshold:
        raise ValueError(f"`weak` ({weak:g}) must not be above `threshold` ({threshold:g})")
    return threshold, weak
