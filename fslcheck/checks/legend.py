"""Where the safe-harbor legend is: the paragraphs that rules with `scope: legend` search.

A legend starts at a paragraph that names forward-looking statements (or says statements "are
forward-looking"), the safe harbor, the Reform Act or cautionary statements; the short
paragraphs just before it (its heading, and up to three when HTML broke a heading and a sentence
start into fragments) belong to it; it goes on
over following paragraphs while they still speak the legend's language (risks,
factors, uncertainties, updating, reliance, SEC filings), are items of a list its lead-in
opened, or go on with a bulleted list the legend is in.

A legend is found from its sentences, not only from the layout extraction left: a long
paragraph whose first sentences say nothing of the legend's matters (an "About" paragraph, a
heading and the body merged by fixed-width EDGAR text or tag-less HTML) is cut where its first
legend sentence starts, and a web address or a sentence glued to the next word without a space
("…example.comDisclaimerCertain statements…", "…results.Forward-looking statements…") is a break
as well (`glue`: the canonical offsets where the source shows such a join). "Safe harbor" opens a
legend only beside words about forward-looking statements (the paragraph or the next speaks of
them, the Reform Act, projections ...): a tax or trading "safe harbor" is not the legend.

A legend that belongs to a third party is not the document's (labelling guide: "a newswire's or
a transcript provider's disclaimer does not count"): a block is dropped when it, or the two
paragraphs before it, carry a distributor's disclaimer language ("terms of use and disclaimers
... applicable to all content", "all parties undertake no duty", a provider reserving "the right
to make changes", "event briefs"). A block of short lines only (a table of contents listing
"Forward-Looking Statements") is not a legend either: a legend says something in sentences. Nor
is a news summary's report on a legend or on what the statements say ("The release highlights
the risks of forward-looking statements"): it speaks of a text from outside.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..fls.literals import required
from ..matching import Phrase
from ..meaning.lexicon import CORPORATE_SUFFIXES, INCORPORATION_SUFFIXES
from ..text_units import ANNOUNCES_LIST, BULLETS, FOLLOWING_NAMED, NEXT_NUMBER_AT_END, sentence_starts

_MARKER = re.compile(
    # ("they are considered forward-looking in nature", "may be deemed forward-looking")
    r"forward looking (?:statement|information)|\b(?:are|is|be)(?: (?:considered|deemed))? forward looking\b|safe harbor|"
    r"litigation reform act|cautionary (?:statement|note|language)|section 27a|section 21e"
)
# The same markers for the OCR-tolerant fallback (fslcheck.matching.Phrase.find_tolerant): a
# paragraph whose marker lost a letter ("forward-1ooking statemcnts") still opens the legend.
_MARKER_PHRASES = [Phrase(p) for p in (
    "forward looking {statement*|information}", "safe harbor", "litigation reform act",
    "cautionary {statement*|note*|language}", "section 27a", "section 21e")]
# The intact word any of those tolerant searches needs to start from: one search of a paragraph
# for all of them rules most paragraphs out before the six searches.
_MARKER_SEEDS = re.compile("|".join(f"(?:{p.tolerant.seed_regex.pattern})" for p in _MARKER_PHRASES))
# Every seed of the tolerant search is one of _SEED_WORDS; every match of _MARKER (_ELEMENT)
# contains one of _MARKER_LITERALS (_ELEMENT_LITERALS, read off the patterns below): where none
# starts, the regex is not run (see `_Literals`).
_SEED_WORDS = tuple(sorted({w for p in _MARKER_PHRASES for w in p.tolerant.seed_words}))
_CONTINUES = re.compile(
    r"risk|uncertaint|factor|update|revise|reliance|rely|forward looking|filing|form 10 [kq]|"
    r"20 f|securities and exchange commission|sec\b|could cause|differ|projection|assumption|"
    r"expectation|as of the date|obligation"
)
# "Safe harbor" is a legend marker only in this company: a tax or trading safe harbor is not one.
_HARBOR_ONLY = re.compile(r"safe harbor")
_FLS_CONTEXT = re.compile(
    r"forward looking|reform act|litigation|section 27a|section 21e|pslra|projection|differ materially|"
    r"cautionary|expectation|future (?:results|performance|events)"
)
# Stems of legend words that survive most OCR damage: a paragraph start with one of them may be
# a damaged legend sentence, not an "About" paragraph, and is not cut off.
_LEGEND_STEMS = re.compile(r"f[o0]rw|stat[e3c]m|harb|cauti|uncert|safe h")
# Wording only a legend uses: two different ones in a paragraph make it a legend, named or not
# ("Actual results could differ materially ... We undertake no obligation to update ...").
_ELEMENT = re.compile(
    r"differ materially|materially differ|materially different|undue reliance|obligation to (?:update|revise)|"
    r"speak only as of|not to place|risks and uncertainties"
)


def _needed(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Literals one of which every match of `pattern` contains, none holding another (the shorter
    is found wherever the longer is)."""
    found = required(pattern)
    if not found:
        raise ValueError(f"no literal is needed by {pattern.pattern!r}")  # a pattern edited past the prefilter
    return tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))


_MARKER_LITERALS = _needed(_MARKER)
_ELEMENT_LITERALS = _needed(_ELEMENT)

# "Forward-looking information" is also the accounting standards' name for the forecasts an
# estimate takes in (IFRS 9 / AASB 9 expected credit losses: "a provision matrix ... based on
# historical collection rates and forward-looking information that is available", "the ECL model
# incorporates forward-looking information"). Near the name of such an estimate, a sentence that
# uses the words so and says nothing a legend says (that the document contains or makes such
# statements or information, that results may differ, "within the meaning" of a law ...) names
# the estimate's inputs: it opens no legend.
_ESTIMATE = re.compile(
    r"credit loss|expected loss|loss allowance|provisions? matrix|impairment|probability of default|"
    r"\becl\b|allowance for (?:doubtful|credit|loan|expected)|\bloss rates?\b"
)
_ESTIMATE_REACH = 300
_LEGEND_SAYS = re.compile(
    r"statement|\bcontain|\bconstitut|\bwithin the meaning|securities (?:law|legislation|act)|cautio|"
    r"\bidentif|\breform act|safe harbou?r"
)


def _estimate_input(text: str, match: re.Match, start: int, end: int) -> bool:
    """Whether a marker match in the paragraph [start, end) is "forward looking information" used
    as an accounting estimate's input, not a legend's words (see _ESTIMATE): the estimate is named
    within `_ESTIMATE_REACH` characters of it, and its sentence says nothing a legend says."""
    # (the estimate may be named in the sentence before: a long paragraph is cut where its first
    # marker sentence starts)
    if match.group() != "forward looking information" or not _ESTIMATE.search(
            text, max(0, match.start() - _ESTIMATE_REACH), min(len(text), match.end() + _ESTIMATE_REACH)):
        return False
    before = text.rfind(". ", start, match.start())
    sentence_start = start if before < 0 else before + 2
    after = text.find(". ", match.end(), end)
    sentence_end = end if after < 0 else after + 1
    if _words(text, sentence_start, sentence_end) <= _HEADING_WORDS:
        return False  # "Forward-Looking Information" standing alone: the legend's heading
    return not (_LEGEND_SAYS.search(text, sentence_start, sentence_end)
                or _ELEMENT.search(text, sentence_start, sentence_end))


# Sentence words of a legend that the paragraph-level _CONTINUES leaves out; and how many
# sentences in a row without any legend word end it inside a long paragraph.
_SENTENCE_CONTINUES = re.compile(
    r"cauti|speaks? only|belie|estimate|predict|guarantee|known and unknown|actual results|"
    r"non gaap|reconciliation|"
    # the legend's statements referred back to, or a list of what they are about ("These
    # statements include, but are not limited to, statements regarding our future performance,
    # dividends and share repurchases."), which names no risk but is the legend still
    r"\b(?:these|such|those) statements\b|"
    r"(?<!financial )\bstatements (?:regarding|about|concerning|relating to|related to|with respect to|as to)\b|"
    # the moment the legend's statements are tied to, said on its own after it ("The information
    # on this call is accurate only as of today.", "Our comments reflect our views as of today.")
    # (a sentence that merely opens with a date, "As of today we run 40 stores", does not)
    r"\b(?:current|accurate|valid|correct|representative|views?) (?:only )?as (?:of|at)\b|"
    # ... or to it "only on" ("Such information is effective only on the date given.")
    r"\b(?:current|accurate|valid|correct|effective) only on\b|"
    # a factor said as a sentence of its own names the harm it may do ("The pandemic could have a
    # material adverse effect on our operations.", "Export restrictions may adversely affect our
    # sales."): a legend merged into one paragraph goes on over such sentences
    r"\badverse (?:effect|impact)|\badversely (?:affect|impact)"
)
_LEGEND_GAP_SENTENCES = 2
_LIST_GAP_SENTENCES = 8  # ... and how many after a bulleted item, explaining it, before the next bullet
_ASIDE_WORDS = 20  # the most words of a one-sentence paragraph the legend goes on over
# A paragraph's first words that take up what the paragraph before said
_TAKES_UP = re.compile(r"(?:\W*[a-z']+){0,4}?\W*\b(?:it|its|them|they|their|this|these|those|such|there)\b")
# A caution read at a call's start may date what is said on the call a paragraph or two after the
# legend, past the replay's numbers ("... dial (855) 859-2056. Please note that information
# reported on this call speaks only as of today, May 4, 2021"): the legend reaches it, unless a
# heading or a speaker's name comes first.
# ("... is time-sensitive and is current only as of today, February 9, 2028", "accurate only as of")
_DATES_WHAT_IS_SAID = re.compile(r"\b(?:speaks?|current|accurate|valid) only as (?:of|at)\b")
# An operator's handing the call over, after what the operator read ("I would now like to turn the
# call over to Alan Price.", "Please go ahead."): the paragraph's business is done before it
_HANDOVER = re.compile(r"\b(?:(?:turn|hand|pass)(?:ing)? (?:the (?:call|conference|floor|line)|it|things) "
                       r"(?:over )?to|go ahead)\b")
_DATING_REACH = 2
# ... and further on, after the replay's numbers and the recording notice, the operator's notice that
# the call's time-sensitive information may no longer be accurate when replayed (so it is as of the
# call's day): "Time-sensitive information provided during today's call ... may no longer be accurate
# at the time of a replay."
_TIME_SENSITIVE = re.compile(r"\btime sensitive\b[^.?!]{0,200}?\bno longer (?:be )?(?:accurate|current|valid|correct)\b")
_TIME_SENSITIVE_REACH = 4
_NUMBERED_ITEM = re.compile(r"\s*(?:\((?:[ivx]{1,5}|[a-z]|[0-9]{1,2})\)|[0-9]{1,2}\.\s)")
_OPENING_SENTENCES = 2
_LONG_PARAGRAPH = 40  # words: a paragraph this long may hold more than the legend
_THIRD_PARTY = re.compile(
    r"terms of use and disclaimers|applicable to all content|all parties undertake|"
    r"reserves the right to make changes|event briefs|"
    # a transcript provider's notice at the end of a call ("THE INFORMATION CONTAINED IN EVENT
    # TRANSCRIPTS IS A TEXTUAL REPRESENTATION OF THE COMPANY'S CALL ... IN NO WAY DOES [THE
    # PROVIDER] ASSUME ANY RESPONSIBILITY ...", "This transcript was produced by ..."): the
    # company does not speak of its call as a transcript someone made of it
    r"textual representation of|in no way does [a-z0-9 .,&'-]{1,60}? assume any responsibility|"
    r"this transcript (?:is|was|has been) (?:provided|produced|prepared|generated|created)",
)
# A paragraph that is only "Disclaimer" heads a provider's disclaimer, which speaks of "companies"
# in the third person; a company's own legend under that heading speaks as "we" or of "this
# release", or makes the legend's own promises as "the Company" ("The Company undertakes no
# obligation to update ...", "The Company has no duty to ...", "is under no obligation", "is not
# obligated to"): a provider disclaims for itself or for "all parties", never in the company's
# name. Either way it stays the legend. The label may also run into the paragraph ("Disclaimer:
# This transcript is provided by ... for information only").
_DISCLAIMER_HEADING = re.compile(r"^disclaimer(?:$|:)", re.MULTILINE)
# A paid promoter's own disclaimer, kept on a page that reprints or rewrites a company's release
# (a stock-promotion site's "MASTER LEGAL DISCLAIMER": compensation, "not investment advice",
# then a section of its own on forward-looking statements and the safe harbor): a legend block
# inside a section headed as a disclaimer whose text discloses paid promotion is the publisher's.
# The heading is a short line ending in "disclaimer"; the promotion is said outright ("paid
# advertisement", "promotional content", "has been compensated"), which no company says of its
# own release.
_DISCLAIMER_SECTION = re.compile(r"^(?:[a-z]+ ){0,3}disclaimers?$", re.MULTILINE)
_PAID_PROMOTION = re.compile(
    r"\bpaid (?:advertisement|advertising|promotions?|promotional)\b|"
    r"\bpromotional (?:content|materials?|campaigns?|media services)\b|\b(?:has|have) been (?:compensated|paid)\b"
)
_PROMOTER_REACH = 20000  # characters back from the block a promoter's disclaimer section may open
_FIRST_PARTY = re.compile(
    r"\b(?:we|our|us|this (?:press |news |earnings )?(?:release|announcement|communication|document|report|"
    r"presentation|call|letter)|the company (?:undertakes|assumes|disclaims|does not (?:undertake|assume|intend)|"
    r"(?:has|is under) no (?:obligation|duty|responsibility)|is not (?:obligated|obliged|required)))\b"
)
# A pointer to a legend kept elsewhere ("To review our Safe Harbor Statement, please visit
# http://…") is not a legend (the labels call it `link-only`): a block whose every marker stands in
# a sentence with a web address or "visit" is dropped. A footnote mark after a full stop
# ("www.sec.gov.1 Any forward-looking statement …") ends a sentence too.
_LINK = re.compile(r"https?|www\.|\.com\b|\bvisit\b|\bwebsite\b")
# ... or to a caution kept in another document of the occasion, said to be noted or set out there
# ("As a reminder, all forward-looking statements are subject to various assumptions and caveats as
# noted in the earnings release and in the slide presentation."): read out on a call, such a
# sentence sends listeners to the release's legend and makes none of its own (the Carnival,
# Weyerhaeuser and ATI labels: link-only). A sentence that itself says the statements carry risks
# or declares them forward-looking still speaks as the legend (`_SAYS_RISKS`,
# `_DECLARES_FORWARD_LOOKING`).
# Only the caution's own nouns are read so: "forward-looking statements regarding future events as
# outlined in our slides" says what the statements are about (the Teleflex label: a legend).
_NOTED_ELSEWHERE = re.compile(
    r"\b(?:caveats?|cautions?|qualifications|limitations|assumptions|disclaimers?|cautionary (?:statements?|language))"
    r",? (?:as (?:noted|described|set forth|set out|outlined|detailed|explained)|(?:noted|outlined|detailed) in)"
    r" (?:in |on )?(?:the|our|today's|this morning's|yesterday's|last night's)"
    r" (?:[a-z'-]+ ){0,2}(?:release|presentation|slides?|slide deck|supplement)\b"
)
# A sentence that itself says the statements carry risks ("…, which are subject to the risks
# outlined in our filings, available at www.sec.gov") is the legend speaking, its web address where
# the filings are kept; it points to no legend elsewhere.
_SAYS_RISKS = re.compile(r"\b(?:subject to|involve|involves|entail|entails)\b[^.;]{0,80}\b(?:risks?|uncertaint)|"
                         r"\bdiffer materially\b|\bmaterially differ")
# A marker sentence that itself calls statements forward-looking is the legend speaking, whatever
# web page it also names ("Statements made on this call and in the presentation on our website
# that are not historical facts are forward-looking statements."): a pointer names the legend kept
# elsewhere ("our forward-looking statements disclaimer"), it does not make the declaration.
_DECLARES_FORWARD_LOOKING = re.compile(
    r"\b(?:are|is|be|constitute|constitutes)(?: (?:deemed|considered|treated as))? forward looking statements?\b"
    r"(?! (?:disclaimer|notice|legend|section|caution|statement))|"
    # ... or says that a text has them, as the statute means them ("This website may contain
    # forward-looking statements within the meaning of the Private Securities Litigation Reform Act")
    r"\bforward looking (?:statements?|information) (?:within the meaning of|as defined (?:in|by))\b"
)
# A sentence that reports on a text from outside describes a legend, or the statements it covers,
# and is none: a summary or a news story about the company names the text as "the release" (not
# "this release") with a verb of reporting ("The announcement stresses the risks attached to
# forward-looking statements"), or someone's statements with a verb of showing ("Acme's
# forward-looking statements point to slower growth", "... demonstrated confidence": the verb in
# any tense, a report of what was said either way). A block whose every marker stands in such
# a sentence is dropped, unless the sentence also cites the statute or the safe harbor.
_REPORTED = re.compile(
    r"\bthe (?:[a-z]+'s )?(?:press |news |earnings )?"
    r"(?:release|announcement|filing|report|presentation|letter|update)s? "
    r"(?:also )?(?:highlights|notes|mentions|underscores|emphasi[sz]es|stresses|discusses|outlines|acknowledges|"
    r"reiterates|warns|cautions|points out)\b|"
    r"(?:'s|\btheir|\bits) forward looking statements (?:also )?(?:indicat|suggest|signal|show|reveal|point|"
    r"highlight|outlin|underscor|emphasi[sz]|demonstrat)(?:e|es|ed|ing|s)?(?: to)?\b"
)
_CITES_HARBOR = re.compile(r"within the meaning|safe harbor|reform act|section 27a|section 21e|pslra")
_SENTENCE_END = re.compile(r"[.!?] |(?<=[a-z])\.[0-9]{1,2} |\n")
_HEADING_WORDS = 12
_LEAD_PARAGRAPHS = 3  # short paragraphs before a legend's first marker that belong to it
_ELEMENT_LEAD_PARAGRAPHS = 2  # paragraphs of the legend's own wording just before its marker
_LIST_ITEM_WORDS = 60
# After an item that ends with ";" the list surely goes on, even over a long paragraph (a PDF or
# EDGAR conversion may run several bulleted items into one).
_SEMICOLON_ITEM_WORDS = 500


def _item_closes(text: str, start: int, end: int) -> bool:
    """Whether the paragraph ends as a list item does, with ";" (or "; and", "; or"), a page
    number extracted after it aside. Accepts "... of inventory available;" and "...; and"; refuses
    a paragraph ending with a full stop or a colon, which may be prose or a new lead-in."""
    tail = text[max(start, end - _ITEM_TAIL) : end].rstrip()  # only the end is read: no scan of a long item
    tail = _TRAILING_PAGE_NUMBER.sub("", tail)
    return tail.endswith((";", "; and", "; or"))


_ITEM_TAIL = 16


# (an EDGAR filing's running header, a link back to its table of contents, is furniture too)
# A footer that is a page's number beside the company's name ("12 Acme Foods Inc.", "The Acme
# Company 12"), as a filing's pages end and a reader keeps them, on one line or as a table's row.
_NAMED_FOOTER = (r"(?:the )?(?:[a-z0-9&'.-]+ ){0,5}(?:" + "|".join(sorted(CORPORATE_SUFFIXES)) + r")\.?")
# A filing's running header at the top of each page, the registrant's name alone ("ACME CORPORATION
# AND SUBSIDIARIES", "Acme Foods Inc."): a name that only a company's can be (its suffix one of
# incorporation, not "Company" or "Group", which a legend writes as nouns).
_RUNNING_HEADER = (r"(?:the )?(?:[a-z0-9&'.-]+ ){1,5}(?:" + "|".join(sorted(INCORPORATION_SUFFIXES)) + r")\.?"
                   r"(?:,? and (?:its )?(?:consolidated )?subsidiaries)?")
_PAGE_FURNITURE = re.compile(r"(?:- ?)?[0-9]{1,3}(?: ?-)?|(?:.* )?page [0-9]{1,3}(?: of [0-9]{1,3})?(?: .*)?|"
                             r"[0-9]{1,3} of [0-9]{1,3}|table of contents|"
                             r"[0-9]{1,3}\s+" + _NAMED_FOOTER + r"|" + _NAMED_FOOTER + r"\s+[0-9]{1,3}|" + _RUNNING_HEADER)
# The heading of a filing's item or part ("Item 1A. Risk Factors", "PART II"), which starts a section.
_FILING_ITEM = re.compile(r"(?:item [0-9]{1,2}[a-z]?|part i{1,3}v?)\b")
# The heading of a filing's summary of its risk factors ("Summary of Risk Factors", "Risk Factor
# Summary", "Summary of Principal Risks"): a section of the filing of its own, which Item 105 of
# Regulation S-K sets before the risk factors, not the legend going on; its list is the summary's,
# unless the legend's own lead-in, closed by a colon, runs on to it.
_RISK_SUMMARY_HEADING = re.compile(
    r"\s*(?:summary of (?:the |our )?(?:principal |material |key |main |significant |major )?"
    r"(?:risk factors?|risks)|(?:summary )?risk factors? summary|summary risk factors?|risk summary)\s*[.:]?\s*")
_TRAILING_PAGE_NUMBER = re.compile(r"(?<=[;,:]) [0-9]{1,3}$")
_FURNITURE_WORDS = 12
_FURNITURE_PARAGRAPHS = 3


class _Literals:
    """Where a few literal strings start in a text, found once with `str.find`. The legend's
    patterns are searched paragraph by paragraph, and most paragraphs hold none of the strings
    a pattern needs: they are ruled out by a bisection instead of a regex scan (a long filing has
    thousands of paragraphs)."""

    def __init__(self, text: str, literals: tuple[str, ...]) -> None:
        found = []
        for literal in literals:
            at = text.find(literal)
            while at >= 0:
                found.append(at)
                at = text.find(literal, at + 1)
        self.starts = sorted(found)

    def count(self, start: int, end: int) -> int:
        """How many occurrences start in [start, end): a match of the pattern in that stretch
        needs one (two matches, two)."""
        return bisect_left(self.starts, end) - bisect_left(self.starts, start)


def _marker(text: str, start: int, end: int, markers: _Literals) -> re.Match | None:
    """`_MARKER.search(text, start, end)`, skipped where `markers` shows it cannot match."""
    return _MARKER.search(text, start, end) if markers.count(start, end) else None


def names_the_legend(words: str) -> bool:
    """Whether a heading's canonical words name the legend ("forward looking statements", "safe
    harbor statement", "cautionary note regarding ...")."""
    return _MARKER.search(words) is not None


_QUESTION_CAPTION_WORDS = 2 * _HEADING_WORDS


def _question_caption(text: str, start: int, end: int) -> bool:
    """Whether the paragraph is one question of at most `_QUESTION_CAPTION_WORDS` words that names
    the legend ("What Are Forward-Looking Statements?")."""
    piece = text[start:end].rstrip()
    return (piece.endswith("?") and piece.count("?") == 1 and _words(text, start, end) <= _QUESTION_CAPTION_WORDS
            and names_the_legend(piece))


def is_page_furniture(text: str, start: int, end: int) -> bool:
    """A paragraph that is a page's number, footer or running header ("7", "- 7 -", "Acme
    Corporation | Third Quarter Results | Page 8", "Acme Corporation and Subsidiaries"), not
    text: a sentence may run on past it."""
    return _words(text, start, end) <= _FURNITURE_WORDS and bool(_PAGE_FURNITURE.fullmatch(text, start, end))


# A heading repeated at the top of a page the legend runs on to: "Forward-Looking Statements
# (continued)", "Safe Harbor Statement - cont'd".
_CONTINUED = re.compile(r"(?P<name>.+?)[ :]+\(?(?:continued|cont'?d)\)?[.:]?")


# A call transcript that cuts one speaker's remarks into turns repeats the speaker's header (the
# name and title, and a timestamp that differs each time, short lines that close no sentence)
# before each part: the caution read by the same speaker goes on in the next part, as it would
# over a page's break. Another speaker's turn does not carry the legend on.
_SPEAKER_HEADER_LINES = 3
_SPEAKER_LOOK_BACK = 4  # paragraphs back to the header of the legend's turn
_TIMESTAMP = re.compile(r"(?:\s*\b[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)+$")


def _header_line(text: str, start: int, end: int) -> bool:
    return _words(text, start, end) <= _HEADING_WORDS and text[start:end].rstrip()[-1:] not in ".!?:;,"


def _speaker(text: str, start: int, end: int) -> str:
    return _TIMESTAMP.sub("", text[start:end]).strip()


def _same_speaker_resumes(text: str, paragraphs: list[tuple[int, int]], index: int, last: int) -> int | None:
    """The paragraph after a speaker's header that follows the legend's paragraph `last`, when the
    header names the speaker of the header nearest before the legend's paragraph `index` (the turn
    the legend opened in); else None."""
    after = last + 1
    while after < len(paragraphs) and after - last <= _SPEAKER_HEADER_LINES and _header_line(text, *paragraphs[after]):
        after += 1
    if after == last + 1 or after >= len(paragraphs):
        return None
    name = " ".join(_speaker(text, *span) for span in paragraphs[last + 1 : after]).strip()
    before = index - 1
    while before >= 0 and index - before <= _SPEAKER_LOOK_BACK:
        if _header_line(text, *paragraphs[before]):
            top = before
            while top > 0 and before - top + 1 < _SPEAKER_HEADER_LINES and _header_line(text, *paragraphs[top - 1]):
                top -= 1
            header = " ".join(_speaker(text, *span) for span in paragraphs[top : before + 1]).strip()
            return after if name and header.endswith(name) else None
        before -= 1
    return None


def _resumed_heading(text: str, paragraphs: list[tuple[int, int]], first: int, last: int) -> int | None:
    """The index of a heading that says the legend [first, last] goes on ("Safe Harbor Statement
    (continued)"), when it follows the legend's last paragraph after at most
    `_FURNITURE_PARAGRAPHS` short lines (a page's number, "Page 7 of 9", a running header with the
    company's name); else None. The heading must name the legend: a marker ("forward looking",
    "safe harbor", "cautionary ...") or the words of the legend's own heading ("Disclaimer
    (continued)" under "Disclaimer"). Another section carried over ("About Acme (continued)") is
    no part of the legend."""
    start, end = paragraphs[first]
    own = text[start:end].strip(" .:") if _words(text, start, end) <= _HEADING_WORDS else None
    for index in range(last + 1, min(len(paragraphs) - 1, last + 2 + _FURNITURE_PARAGRAPHS)):
        start, end = paragraphs[index]
        if _words(text, start, end) > _HEADING_WORDS:
            return None
        found = _CONTINUED.fullmatch(text, start, end)
        if found is not None:
            name = found.group("name").strip(" .:-")
            return index if _MARKER.search(name) or name == own else None
    return None


def _dates_at_end(text: str, start: int, end: int) -> bool:
    """Whether a paragraph's last sentence says what it sets out speaks only as of a moment."""
    found = None
    for found in _DATES_WHAT_IS_SAID.finditer(text, start, end):
        pass
    if found is None:
        return False
    # (the sentences as evidence cuts them: "as of today, Feb. 27, 2020, and ..." goes on after
    # the abbreviated month)
    starts = sentence_starts(text)
    after = bisect_right(starts, found.end())
    # (an operator's paragraph may hand the call over after the dating sentence)
    while after < len(starts) and starts[after] < end:
        following = starts[after + 1] if after + 1 < len(starts) else end
        if not _HANDOVER.search(text, starts[after], min(end, following)):
            return False
        after += 1
    return True


def _element_paragraph(text: str, start: int, end: int, elements: _Literals) -> bool:
    """A paragraph in the words only a legend uses ("differ materially", "undue reliance",
    "obligation to update" ...). "Risks and uncertainties" alone is not enough: a body paragraph
    may mention them."""
    if _words(text, start, end) <= _POINTER_WORDS and _RISK_POINTER.search(text, start, end):
        return True
    if not elements.count(start, end):
        return False
    return any(m.group() != "risks and uncertainties" for m in _ELEMENT.finditer(text, start, end))


# A short paragraph that sends the reader to the SEC filings for the risks, spoken just before the
# caution ("For a discussion of the risks that may affect our business, please refer to our most
# recent 10-K and subsequent 10-Q filings with the SEC." and then "With that in mind, I'd note that
# our comments today will include forward-looking statements ..."): the legend's pointer, read
# first
_RISK_POINTER = re.compile(
    r"\b(?:risks?|risk factors|uncertainties)\b[^.?!]{0,100}\b(?:refer to|see|review|read|found in|described in|"
    r"discussed in|detailed in|set out in|outlined in)\b[^.?!]{0,80}(?:\b10 [kq]s?\b|\b20 f\b|\b40 f\b|"
    r"\bsec filings\b|\bfilings? with the (?:sec|securities and exchange commission)\b)")
_POINTER_WORDS = 45


def speaks_legend(text: str, start: int, end: int) -> bool:
    """Whether a stretch of canonical text speaks the legend's language: a marker or one of its
    words (risks, factors, updating, ...), as a table's figures or a list of contents do not."""
    return bool(_MARKER.search(text, start, end) or _CONTINUES.search(text, start, end))


def find_legend(text: str, paragraphs: list[tuple[int, int]],
                bulleted: frozenset[int] = frozenset(), sentence_starts: list[int] | None = None,
                glue: list[int] | None = None, set_aside: list[tuple[int, int, str]] | None = None,
                ) -> list[tuple[int, int]]:
    """Canonical spans of the legend block(s), merged and in order. `bulleted` holds the starts of
    the paragraphs that are bulleted items in the source (canonical text drops a bullet that
    opens a paragraph); `sentence_starts` and `glue` let a long paragraph be cut where the legend
    starts in it. Blocks that look like a legend but are not the company's (a third party's
    disclaimer, a table of contents, a pointer to a web page) are appended to `set_aside` as
    (start, end, reason)."""
    blocks: list[tuple[int, int]] = []
    markers = _Literals(text, _MARKER_LITERALS)
    elements = _Literals(text, _ELEMENT_LITERALS)
    paragraphs = _segments(text, paragraphs, sentence_starts or [], glue or [], markers)
    glue_ends = frozenset(glue or ())
    damaged = _damaged_markers(text, paragraphs, markers)
    following = {s: paragraphs[i + 1] for i, (s, _) in enumerate(paragraphs[:-1])}

    def has_marker(s: int, e: int) -> bool:
        found = _marker(text, s, e, markers)
        if found is not None and all(_estimate_input(text, m, s, e) for m in _MARKER.finditer(text, s, e)):
            found = None  # only an estimate's "forward-looking information" (a credit-loss note)
        if found is None:
            # A dense run of the legend's own sentences opens it without a marker word.
            return _within(damaged, s, e) or (elements.count(s, e) >= 2 and
                                              len({m.group() for m in _ELEMENT.finditer(text, s, e)}) >= 2)
        named = list(_MARKER.finditer(text, s, e))
        if all(_asked(text, m.start(), e) for m in named):
            # a question cautions no one: "... your initial expectations for Safe Harbor?", an
            # analyst's "I realize anything you say here is forward-looking, but is the target
            # still realistic?"
            return False
        if any(not _HARBOR_ONLY.fullmatch(m.group()) for m in named):
            return True
        after = following.get(s, (e, e))
        return bool(_FLS_CONTEXT.search(text, s, e) or _FLS_CONTEXT.search(text, *after))

    starts = sentence_starts or []

    def opening(start: int, end: int) -> int:
        """Where the first sentences of a long paragraph end (a short one: its end)."""
        if _words(text, start, end) <= _LONG_PARAGRAPH:
            return end
        later = bisect_left(starts, start + 1) + _OPENING_SENTENCES - 1
        return min(end, starts[later]) if later < len(starts) else end

    def speaks_on(start: int, end: int) -> bool:
        """Whether a paragraph after the legend's opens in the legend's language."""
        opening_end = opening(start, end)
        return bool(_CONTINUES.search(text, start, opening_end) or _SENTENCE_CONTINUES.search(text, start, opening_end)
                    or has_marker(start, opening_end))

    index = 0
    while index < len(paragraphs):
        start, end = paragraphs[index]
        if not has_marker(start, end):
            index += 1
            continue
        first = index
        # A paragraph of the legend's own wording just before the marker ("Additional factors that
        # could cause results to differ materially ... can be found in our Form 10-K" before "The
        # Company assumes no duty to update any forward-looking statements") belongs to it: the
        # legend was cut before it (factors written as sentences in other words ended the block
        # earlier) and it names no marker to open a block of its own.
        while (first > 0 and index - first < _ELEMENT_LEAD_PARAGRAPHS
               and (not blocks or paragraphs[first - 1][0] >= blocks[-1][1])
               and _element_paragraph(text, *paragraphs[first - 1], elements)):
            first -= 1
        # The heading, and a sentence start that HTML broke into short fragments ("this current
        # report on form" / "8 k" / "may contain forward-looking statements"), come just before.
        # A piece that a glued join ends ("… visit www.example.com" before "Forward-Looking
        # Statements") is what stood before the legend, not its heading.
        while (first > 0 and index - first < _LEAD_PARAGRAPHS
               and _words(text, *paragraphs[first - 1]) <= _HEADING_WORDS
               and paragraphs[first - 1][1] not in glue_ends
               and (not blocks or paragraphs[first - 1][0] >= blocks[-1][1])):
            first -= 1
        # A caption worded as a question that names the legend ("What Are Our Forward-Looking
        # Statements, and Why Should You Be Cautious About Them?") may run longer than a heading.
        if (first == index and first > 0 and (not blocks or paragraphs[first - 1][0] >= blocks[-1][1])
                and _question_caption(text, *paragraphs[first - 1])):
            first -= 1
        # A paragraph just before an unheaded legend that ends by dating what it sets out ("The
        # presentation will be posted on our website. The information in these materials speaks
        # only as of the date of the materials.", the legend after it covering those materials)
        # belongs to it, as such a sentence after the legend does (_DATING_REACH).
        if (first == index and first > 0 and (not blocks or paragraphs[first - 1][0] >= blocks[-1][1])
                and _dates_at_end(text, *paragraphs[first - 1])):
            first -= 1
        last = index
        opens_list = _opens_list(text, end)
        sentence_list = _announces_sentences(text, end)
        while last + 1 < len(paragraphs):
            next_start, next_end = paragraphs[last + 1]
            words = _words(text, next_start, next_end)
            if words <= _HEADING_WORDS and _FILING_ITEM.match(text, next_start, next_end):
                break  # "Item 1A. Risk Factors": the filing's next section, not the legend going on
            if (_RISK_SUMMARY_HEADING.fullmatch(text, next_start, next_end)
                    and not text[: paragraphs[last][1]].rstrip().endswith(":")):
                break  # "Summary of Risk Factors" after a closed sentence: the filing's summary
            if words <= _HEADING_WORDS and _promoter_disclaimer_opens(text, next_start, next_end):
                break  # a paid promoter's disclaimer after the company's legend is the promoter's
            # A long paragraph goes on with the legend only if it opens in the legend's language:
            # a transcript's next speaker may mention "risks" or an "update" much later.
            continues = (speaks_on(next_start, next_end)
                         or _lists_factors_named_before(text, paragraphs[last][1], next_start))
            # A page number extracted at the end of an item ("…; 5") is not where the item ends.
            previous_end = paragraphs[last][1]
            page_number = _TRAILING_PAGE_NUMBER.search(text, paragraphs[last][0], previous_end)
            if page_number:
                previous_end = page_number.start()
            after_semicolon = text[:previous_end].rstrip().endswith(";")
            # A paragraph of items ending with ";" goes on a list even after "and" or ",": a PDF
            # or a fixed-width filing broke a line inside an item ("… chinese yuan and" / "south
            # korean won; product demand; …").
            semicolon_run = text.count("; ", next_start, next_end) >= 2
            list_item = (opens_list or _opens_list(text, previous_end)
                         or (next_start in bulleted and _subject_announces_list(text, paragraphs[last][0], previous_end))
                         or ((next_start in bulleted or _LIST_NUMBER.match(text, next_start))
                             and _awaits_objects(text, previous_end))) and (
                words <= _LIST_ITEM_WORDS
                # (an item that itself ends with ";" promises the next one however long it runs: the
                # first bullet after "including:" may hold a whole sentence's worth of sub-matters)
                or ((after_semicolon or semicolon_run or _item_closes(text, next_start, next_end))
                    and words <= _SEMICOLON_ITEM_WORDS))
            # A bulleted list goes on over all its items, the plain ones too ("▪ Intel's expected
            # tax rate is based on current tax law" among the risk bullets).
            # (or over its numbered items, whose numbers the canonical text keeps: "1. ..." / "2. ...")
            bullet_run = ((next_start in bulleted and paragraphs[last][0] in bulleted)
                          or (_LIST_NUMBER.match(text, next_start) is not None
                              and _LIST_NUMBER.match(text, paragraphs[last][0]) is not None))
            # After "… include the following." factors one sentence to a paragraph go on while
            # each is short and closed by a full stop ("Demand for our products may decline.").
            # (a factor that is one long sentence, "The effect of evolving domestic and foreign
            # government regulations, including those related to ...", may run to a list item's length)
            sentence_item = sentence_list and _full_stop(text, next_end) and (
                words <= _SENTENCE_ITEM_WORDS
                or (words <= _LIST_ITEM_WORDS and text.count(". ", next_start, next_end) == 0))
            if not (continues or list_item or bullet_run or sentence_item):
                # The legend's heading repeated with "(continued)" after a page's end: the legend
                # goes on under it, whatever ended the page before.
                resumed = _resumed_heading(text, paragraphs, first, last)
                if resumed is not None:
                    last = resumed
                    continue
                # The same speaker's next turn in a transcript, going on in the legend's language
                # ("For a complete discussion of the risks ..., please refer to our latest Form 10-K").
                resumed = _same_speaker_resumes(text, paragraphs, index, last)
                if resumed is not None and speaks_on(*paragraphs[resumed]):
                    last = resumed
                    continue
                # A page's footer or header (a page number, "Acme Corp. | Page 8") inside a
                # sentence that goes on after it: the legend goes on over the page break.
                furniture = last + 1
                while furniture < len(paragraphs) and furniture - last <= _FURNITURE_PARAGRAPHS \
                        and is_page_furniture(text, *paragraphs[furniture]):
                    furniture += 1
                if (furniture == last + 1 or furniture >= len(paragraphs)
                        or text[: paragraphs[last][1]].rstrip()[-1:] in ".!?:"):
                    # One short sentence aside between two of the legend's paragraphs ("We issued
                    # our earnings release earlier this morning." before "Please refer to it for
                    # the factors that could cause actual results to differ materially."): the
                    # paragraph after it takes the aside up ("it", "these", "such") and goes on
                    # in the legend's language. (A sentence the next paragraph does not refer
                    # to, "Our tax rate is based on current law.", still ends the legend.)
                    gap = last + 1
                    if (gap + 1 < len(paragraphs) and _words(text, next_start, next_end) <= _ASIDE_WORDS
                            and text[next_start:next_end].rstrip()[-1:] in ".!?"
                            and text.count(". ", next_start, next_end) == 0
                            and _TAKES_UP.match(text, paragraphs[gap + 1][0])
                            and speaks_on(*paragraphs[gap + 1])):
                        last = gap + 1
                        continue
                    break
                last = furniture
                continue
            last += 1
            opens_list = opens_list or text[next_end - 1 : next_end] == ":"
            # (a paragraph taken in may itself announce the sentences: "… include the following."
            # after the heading, then factors one sentence to a paragraph)
            sentence_list = _announces_sentences(text, next_end) or (sentence_list and _full_stop(text, next_end))
        # A legend does not end on a heading: a line of a few words with no closing mark after the
        # legend's last sentence ("We Rely on Others to Manufacture Our Products", "Risk Factors"),
        # taken in for a word of the legend's it holds or as the first of the items a sentence
        # announced, heads what follows it (the paragraph after it, which did not go on with the
        # legend), and the legend ended with the sentence before it. (Not an item with a bullet or
        # a number, nor a line that names the legend.)
        if (last > index and last + 1 < len(paragraphs)
                and paragraphs[last][0] not in bulleted and not _LIST_NUMBER.match(text, paragraphs[last][0])
                and _heading_after_sentence(text, paragraphs[last - 1][1], *paragraphs[last])
                and not has_marker(*paragraphs[last])):
            last -= 1
        ahead = last + 1
        while ahead < len(paragraphs) and ahead - last <= _TIME_SENSITIVE_REACH \
                and _words(text, *paragraphs[ahead]) > _HEADING_WORDS:
            if (ahead - last <= _DATING_REACH and _DATES_WHAT_IS_SAID.search(text, *paragraphs[ahead])) \
                    or _TIME_SENSITIVE.search(text, *paragraphs[ahead]):
                last = ahead
                break
            ahead += 1
        before = paragraphs[max(0, first - 2)][0]
        block_end = paragraphs[last][1]
        has_prose = any(_words(text, s, e) > _HEADING_WORDS or text[s:e].rstrip()[-1:] in ".!?"
                        for s, e in paragraphs[first : last + 1])
        reason = ("a table of contents or a list of short lines, not sentences" if not has_prose
                  else "a third party's disclaimer (newswire, transcript provider)"
                  if _THIRD_PARTY.search(text[before:block_end]) or (
                      _DISCLAIMER_HEADING.search(text[before:block_end])
                      and not _FIRST_PARTY.search(text, paragraphs[first][0], block_end))
                  or _in_promoter_disclaimer(text, paragraphs[first][0])
                  else "a pointer to a legend kept elsewhere (link only)"
                  if _link_only(text, paragraphs[first][0], block_end, damaged, glue or [])
                  else "a report about a legend or its statements, written from outside (a summary)"
                  if _reported_only(text, paragraphs[first][0], block_end, damaged, glue or []) else "")
        if reason:
            if set_aside is not None:
                set_aside.append((paragraphs[first][0], block_end, reason))
        else:
            blocks.append((paragraphs[first][0], paragraphs[last][1]))
        index = last + 1
    if set_aside is not None:  # a heading set aside alone may have opened a legend after all
        set_aside[:] = [(s, e, r) for s, e, r in set_aside if not any(b < e and s < c for b, c in blocks)]
    return blocks


def _heading_after_sentence(text: str, previous_end: int, start: int, end: int) -> bool:
    """Whether the paragraph at `start` is a heading line after a paragraph that closed its sentence:
    a few words with no closing mark of their own."""
    line = text[start:end].strip()
    return (bool(line) and "\n" not in line and _words(text, start, end) <= _HEADING_WORDS
            and line[-1] not in ".!?:;,)\"'”’" and text[:previous_end].rstrip()[-1:] in ".!?")


def _promoter_disclaimer_opens(text: str, start: int, end: int) -> bool:
    """Whether the paragraph [start, end) is a heading that names a disclaimer ("master legal
    disclaimer") and paid promotion is disclosed in the text after it: a promoter's section opens
    there, and the legend before it ends. A company's own "Disclaimer" heading discloses none."""
    return (_DISCLAIMER_SECTION.fullmatch(text, start, end) is not None
            and _PAID_PROMOTION.search(text, end, min(len(text), end + _PROMOTER_REACH)) is not None)


def _in_promoter_disclaimer(text: str, start: int) -> bool:
    """Whether the block at `start` stands in a paid promoter's disclaimer section: after the
    last short heading line that names a disclaimer ("master legal disclaimer"), with paid
    promotion disclosed between that heading and the block. A company's own "Disclaimer" section
    discloses no paid promotion, and a legend before any such heading is not in one."""
    low = max(0, start - _PROMOTER_REACH)
    heading = None
    for heading in _DISCLAIMER_SECTION.finditer(text, low, start):
        pass
    return heading is not None and _PAID_PROMOTION.search(text, heading.end(), start) is not None


def _segments(text: str, paragraphs: list[tuple[int, int]], sentence_starts: list[int],
              glue: list[int], markers: _Literals) -> list[tuple[int, int]]:
    """Paragraphs, with a long one cut at glued joins and where the legend starts inside it
    (`glue` is sorted)."""
    out: list[tuple[int, int]] = []
    for start, end in paragraphs:
        pieces = [start] + glue[bisect_right(glue, start) : bisect_left(glue, end)] + [end]
        for piece_start, piece_end in zip(pieces, pieces[1:]):
            out.extend(_cut_at_legend(text, piece_start, piece_end, sentence_starts, markers))
    return out


def _cut_at_legend(text: str, start: int, end: int, sentence_starts: list[int], markers: _Literals,
                   after_legend: bool = False) -> list[tuple[int, int]]:
    """A long paragraph whose sentences before its first marker say nothing of the legend's
    matters is two: what comes before, and the legend from the sentence the marker stands in.
    `after_legend`: the paragraph is what followed a legend in the same paragraph, so only the
    sentences in the legend's language just before the marker go with it."""
    if _words(text, start, end) <= _LONG_PARAGRAPH:
        return [(start, end)]
    marker = _marker(text, start, end, markers)
    if marker is None:
        return [(start, end)]
    index = bisect_left(sentence_starts, marker.start() + 1) - 1
    cut = sentence_starts[index] if index >= 0 else start
    if after_legend:
        while index > 0 and sentence_starts[index - 1] >= start and _speaks_sentence(
                text, sentence_starts[index - 1], sentence_starts[index]):
            index -= 1
        cut = max(start, sentence_starts[index])
    elif (cut <= start or _MARKER.search(text, start, cut) or _CONTINUES.search(text, start, cut)
            or _LEGEND_STEMS.search(text, start, cut)):
        return _cut_after_legend(text, start, end, sentence_starts, markers)
    before = [(start, _trim(text, cut))] if cut > start else []
    return [*before, *_cut_after_legend(text, cut, end, sentence_starts, markers)]




_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


def _asked(text: str, position: int, end: int) -> bool:
    """Whether the sentence at `position` is a question (it ends with "?" before `end`): an
    analyst asking about a business named Safe Harbor, not a caution, which is asserted."""
    stop = _SENTENCE_STOP.search(text, position, end)
    return stop is not None and stop.group() == "?"


def _speaks_sentence(text: str, start: int, end: int) -> bool:
    """A sentence in the legend's language, or the next item of a numbered or bulleted list
    ("(ii) commodity prices.", "• Our suppliers may fail to deliver."): factors written as
    sentences are still the legend's, and a list's bullets kept inside a paragraph that tag-less
    HTML or a merged layout made of the legend mark its items."""
    return bool(_MARKER.search(text, start, end) or _CONTINUES.search(text, start, end)
                or _SENTENCE_CONTINUES.search(text, start, end) or _NUMBERED_ITEM.match(text, start, end)
                or _BULLETED_ITEM.match(text, start, end) or NEXT_NUMBER_AT_END.search(text, start, end))


_BULLETED_ITEM = re.compile(f"\\s*[{BULLETS}]")


def _cut_after_legend(text: str, start: int, end: int, sentence_starts: list[int],
                      markers: _Literals) -> list[tuple[int, int]]:
    """A long paragraph that opens with the legend is two when the talk moves on in it: the legend
    up to its last sentence in the legend's language, and what follows (a call transcript's
    remarks, extracted as one paragraph, go on after the operator's or IR's caution)."""
    first = bisect_left(sentence_starts, start + 1)
    starts = [s for s in sentence_starts[first:] if s < end]
    bounds = list(zip([start, *starts], [*starts, end]))
    last_legend = 0
    gap = 0
    bulleted_list = False
    for number, (s, e) in enumerate(bounds[1:], start=1):
        if _speaks_sentence(text, s, e):
            last_legend, gap = number, 0
            # A bulleted list has begun: an item may explain itself in several plain sentences
            # before the next bullet, which the list's items do not end.
            bulleted_list = bulleted_list or _BULLETED_ITEM.match(text, s, e) is not None
        else:
            gap += 1
            if gap > (_LIST_GAP_SENTENCES if bulleted_list else _LEGEND_GAP_SENTENCES):
                break
    if last_legend + 1 >= len(bounds) or gap <= _LEGEND_GAP_SENTENCES:
        return [(start, end)]
    cut = bounds[last_legend + 1][0]
    if _words(text, cut, end) < _HEADING_WORDS:
        return [(start, end)]
    return [(start, _trim(text, cut)), *_cut_at_legend(text, cut, end, sentence_starts, markers, after_legend=True)]


def _trim(text: str, cut: int) -> int:
    return cut - 1 if text[cut - 1 : cut] == " " else cut


def _damaged_markers(text: str, paragraphs: list[tuple[int, int]], markers: _Literals) -> list[tuple[int, int]]:
    """Spans of legend markers found only by the OCR-tolerant search, in order.

    Only paragraphs without an intact marker that could be a legend's are searched: headings
    (short) and paragraphs that still speak the legend's language (two or more of its words). The
    tolerant search is the slow path, and a damaged legend paragraph keeps most of its vocabulary.
    It starts from an intact seed word, so only the paragraphs where one of those words stands
    are looked at.
    """
    starts = [s for s, _ in paragraphs]
    candidates: set[int] = set()
    for word in _SEED_WORDS:
        at = text.find(word)
        while at >= 0:
            index = bisect_right(starts, at) - 1
            if index >= 0 and at < paragraphs[index][1]:
                candidates.add(index)
            at = text.find(word, at + 1)
    found: set[tuple[int, int]] = set()
    for index in candidates:
        start, end = paragraphs[index]
        if _marker(text, start, end, markers):
            continue
        if _words(text, start, end) > _HEADING_WORDS and not _twice(_CONTINUES, text, start, end):
            continue
        # every phrase's seeds in one pass (a seed is a whole run of letters, so the runs any of
        # them matches are the seeds of some phrase), each phrase then taking its own; the paragraph
        # is tokenised only around them (no later search reads these paragraphs again)
        seeds = [m.span() for m in _MARKER_SEEDS.finditer(text, start, end)]
        if not seeds:
            continue
        found.update((s, e) for p in _MARKER_PHRASES
                     for s, e, _ in p.tolerant.find(text, start, end, p.tolerant.seeds_among(text, seeds), shared=False))
    return sorted(span for span in found if not _MARKER.search(text, *span))


def _twice(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether `pattern` (which never matches empty) matches twice in text[start:end], apart:
    `len(pattern.findall(text, start, end)) >= 2` without reading on past the second match. A call
    transcript's turns run to tens of thousands of characters, and the legend's words ("risk",
    "update") come early in most: listing every match in every such paragraph cost more than the
    rest of the damaged-marker search."""
    first = pattern.search(text, start, end)
    return first is not None and pattern.search(text, first.end(), end) is not None


def _within(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    index = bisect_left(spans, (start, start))
    return index < len(spans) and spans[index][1] <= end


def _marker_sentences(text: str, start: int, end: int, damaged: list[tuple[int, int]] = (),
                      glue: list[int] = ()) -> list[tuple[int, int]]:
    """The sentence around each legend marker of the block. A glued join ends a sentence too:
    "… visit www.example.comSafe Harbor Statement: Statements in this release are forward-looking
    …" is a link, then a legend."""
    markers = [(m.start(), m.end()) for m in _MARKER.finditer(text, start, end)]
    markers += [span for span in damaged if start <= span[0] and span[1] <= end]
    sentences = []
    # every sentence end of the block once, not again before each marker (a block of run-on text
    # may hold thousands of markers)
    found = [m.span() for m in _SENTENCE_END.finditer(text, start, end)] if markers else []
    ends = [e for _, e in found]
    # (no sentence end straddles a marker's last letter, so the first end found at or after it
    # is the one a search from there would find)
    starts = [s for s, _ in found]
    for marker_start, marker_end in markers:
        index = bisect_right(ends, marker_start)
        sentence_start = ends[index - 1] if index else start
        index = bisect_left(starts, marker_end)
        sentence_end = starts[index] if index < len(starts) else end
        index = bisect_left(glue, marker_start + 1)
        if index > 0 and glue[index - 1] > sentence_start:
            sentence_start = glue[index - 1]
        if index < len(glue) and glue[index] < sentence_end:
            sentence_end = glue[index]
        sentences.append((sentence_start, sentence_end))
    return sentences


def _link_only(text: str, start: int, end: int, damaged: list[tuple[int, int]] = (),
               glue: list[int] = ()) -> bool:
    """Every legend marker of the block stands in a sentence that points to a web page, or to a
    caution noted in the occasion's release or slides (`_NOTED_ELSEWHERE`)."""
    sentences = _marker_sentences(text, start, end, damaged, glue)
    return bool(sentences) and all((_LINK.search(text, s, e) or _NOTED_ELSEWHERE.search(text, s, e))
                                   and not _SAYS_RISKS.search(text, s, e)
                                   and not _DECLARES_FORWARD_LOOKING.search(text, s, e)
                                   for s, e in sentences)


def _reported_only(text: str, start: int, end: int, damaged: list[tuple[int, int]] = (),
                   glue: list[int] = ()) -> bool:
    """Every legend marker of the block stands in a sentence that reports on a text from outside
    (`_REPORTED`) and cites neither the statute nor the safe harbor."""
    sentences = _marker_sentences(text, start, end, damaged, glue)
    return bool(sentences) and all(_REPORTED.search(text, s, e) and not _CITES_HARBOR.search(text, s, e)
                                   for s, e in sentences)


def _opens_list(text: str, end: int) -> bool:
    """A paragraph ending with a colon, or announcing a list ("… including the following."),
    opens a list; one ending with ";", "," or "and"/"or" goes on."""
    tail = text[max(0, end - 4) : end].rstrip()
    return (tail.endswith((":", ";", ",")) or tail.endswith((" and", " or"))
            or bool(ANNOUNCES_LIST.search(text[max(0, end - 60) : end].rstrip())))


_SENTENCE_ITEM_WORDS = 30  # a factor said as a sentence of its own paragraph

# A paragraph that names its factors by referring back to the one before ("Many important factors
# could cause such differences." / "These include changes in demand, ..."): "these", "they" or
# "among them" and a listing verb open it.
_REFERS_BACK_OPENING = re.compile(r"(?:(?:chief|principal|main|key) )?among (?:them|these|those)\b|"
                                  r"(?:these|they|those) (?:may |could |might )?(?:include|includes|comprise|are)\b")
_FACTOR_NOUN = re.compile(r"\b(?:factors?|risks?|uncertaint\w*)\b")
_REFERRED_REACH = 300  # characters of the paragraph before read for the factors referred to


def _lists_factors_named_before(text: str, previous_end: int, start: int) -> bool:
    """Whether the paragraph at `start` opens by referring back to factors, risks or
    uncertainties that the end of the paragraph before (ending at `previous_end`) names: it lists
    them, and goes on with the legend, though no word of the legend's stands in its opening.
    Refuses "They include our new plant in Ohio." after a paragraph about something else."""
    return (_REFERS_BACK_OPENING.match(text, start) is not None
            and _FACTOR_NOUN.search(text, max(0, previous_end - _REFERRED_REACH), previous_end) is not None)


def _full_stop(text: str, end: int) -> bool:
    return text[max(0, end - 4) : end].rstrip().endswith(".")


def _announces_sentences(text: str, end: int) -> bool:
    """Whether the paragraph ending at `end` closes on a sentence that announces a list ("…
    include the following.", "… are as follows."): its items may be sentences, one to a paragraph,
    that neither a colon nor a semicolon ties to it. A paragraph that stops on "the following"
    without a full stop opens a list as a colon does (`_opens_list`), not this run of sentences."""
    return _full_stop(text, end) and _ANNOUNCES_SENTENCES.search(text, max(0, end - 60), end) is not None


# "… the following.", "… as follows.", "… the following factors." at a paragraph's end ("described
# below." points to a discussion, not to a list of sentences)
_ANNOUNCES_SENTENCES = re.compile(r"(?:the following|as follows)(?: [a-z]+){0,3}\.\s*$")


# A paragraph that stops on a listing word with no punctuation ("Factors that could cause
# results to differ include" and a break): its sentence waits for its objects.
_AWAITS_OBJECTS = re.compile(r"\b(?:include|includes|including|such as|are|among others|not limited to|"
                             r"without limitation)$")


# a list number the canonical text kept at a paragraph's start ("1. ", "2) ", "(b) ", "(iv) ")
_LIST_NUMBER = re.compile(r"(?:[0-9]{1,2}[.)]|\((?:[0-9]{1,2}|[a-z]|[ivx]{1,4})\)) ")


def _awaits_objects(text: str, end: int) -> bool:
    """Whether the paragraph that ends at `end` stops on a listing word (`_AWAITS_OBJECTS`): a
    bulleted paragraph after it holds the objects, the list the sentence opened."""
    return _AWAITS_OBJECTS.search(text[max(0, end - 30) : end].rstrip()) is not None


def _subject_announces_list(text: str, start: int, end: int) -> bool:
    """Whether the paragraph's last sentence names "the following factors" (risks, uncertainties)
    as what it is about, however it ends: "The following factors, among others, could cause actual
    results to differ materially from those in the forward-looking statements." A bulleted list
    after it is that list."""
    found = FOLLOWING_NAMED.search(text, max(start, end - _ANNOUNCING_REACH), end)
    return found is not None and not re.search(r"[.!?] ", text[found.end() : end])


_ANNOUNCING_REACH = 300  # characters back from a paragraph's end to its subject "the following factors"


def _words(text: str, start: int, end: int) -> int:
    return text.count(" ", start, end) + 1
