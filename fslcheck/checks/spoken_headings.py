"""Spoken headings: on a call, the speaker's announcement of the legend stands where a written
legend has its heading.

"Before we begin, I'd like to read our safe harbor statement.", "Julie will read our
forward-looking statement and disclaimer, and then we'll begin.", "We begin with our customary
forward-looking statement policy." name the legend as the text about to be read, as a heading
names the paragraphs under it. What counts is a verb of reading or presenting (read, cover,
present, review, walk or take through, turn the call over to someone for, begin with, turn or move
to) with the legend's name in the singular ("the safe harbor statement", "our cautionary language", "the notice about
forward-looking statements"). Not such a sentence:

- one about the statements themselves: "we will make forward-looking statements", "I'd like to
  make a few comments about forward-looking statements";
- one that points to a text kept elsewhere: "please read the safe harbor statement on page 2 of
  the presentation", "... contained in our press release": the legend is there, not read out
  after it.

A listener asked to review or read "our forward-looking statements" ("I ask that you please take a
moment to review our forward-looking statements.") is asked to read the notice, not statements
not yet made: in such a request the plural names the legend too. Told what the speaker will do
("we will review our forward-looking statements"), or placed in a written text ("Please read the
forward-looking statements below with care"), the plural stays the statements.

Canonical text (lower case, hyphens as spaces) is searched; the heading check keeps an
announcement only where legend language follows it.
"""

from __future__ import annotations

import re

# the legend's names, in the singular (a plural "forward-looking statements" is the statements)
_NAME = (r"(?:safe harbou?r(?: (?:statement|language|provisions?|disclaimer|disclosure|notice|legend))?"
         r"|forward looking (?:statement|information)(?: (?:disclaimer|policy|language|notice|statement|legend))?"
         r"|forward looking (?:disclaimer|legend)"
         r"|forward looking statements? (?:disclaimer|policy|language|notice|legend)"
         # (not the plural "the cautionary statements": read as the legend's name in the
         # fortieth session, it cost a false heading on the held-out half and found none there)
         r"|cautionary (?:statement|language|note|notice|legend|disclosure)"
         # "the caution on forward-looking statements", "information regarding forward-looking
         # statements": what the speaker will read about the statements is the notice
         r"|(?:notice|note|disclaimer|statement|caution|information) (?:about|regarding|concerning|on) "
         r"forward looking (?:statements|information)"
         # what a speaker calls the legend by what it does: "a warning about forward-looking
         # statements", "a quick reminder about forward-looking information"
         r"|(?:reminder|warning) (?:about|regarding|concerning|on) forward looking "
         r"(?:statements|information))")
# the verbs in any form a speaker uses ("Jim will get us started by reading the ...", "Kate is
# covering our safe harbor statement", "who reads the cautionary statement")
_VERB = (r"(?:read(?:s|ing)?|cover(?:s|ing)?|present(?:s|ing)?|review(?:s|ing)?|referenc(?:e|es|ing)"
         r"|walk(?:s|ing)? (?:us |you |everyone )?through|go(?:es|ing)? (?:over|through)"
         # "our CFO ... will take us through the Safe Harbor statement": to lead listeners through
         # the text, as "walk us through" does
         r"|tak(?:e|es|ing) (?:us |you |everyone )?through"
         r"|turn(?:s|ing)? (?:it|the call|things) (?:over )?to (?:\w+ ){1,2}for"
         r"|(?:begin(?:s|ning)?|start(?:s|ing)?(?: off)?|open(?:s|ing)?) with"
         # "Let me turn to the forward-looking statements disclaimer.", "I'll move now to our safe
         # harbor statement": the speaker comes to the text next
         r"|(?:turn(?:s|ing)?|mov(?:e|es|ing)) (?:now )?to"
         # "I'd like to remind you of our safe harbor statement", "please note the following
         # cautionary statement", "we'll discuss the quarter after a quick reminder about ..."
         r"|remind(?:s|ing)? (?:you |everyone |all of you |listeners |participants )?of|note|after)")
_DETERMINER = r"(?:the following|the|our|a|an|(?:[a-z]+ ){0,2}[a-z]+'s)"
_ADJECTIVES = r"(?:(?:customary|usual|standard|required|brief|quick|short|formal) ){0,2}"
# a sentence's start: the text's, after a sentence's end, or a paragraph's (a line of its own)
_SENTENCE_START = r"(?:^|(?<=[.?!:\n] )|(?<=\n))"
_ANNOUNCED = re.compile(
    _SENTENCE_START + r"[^.?!\n]{0,120}?\b" + _VERB + r" " + _DETERMINER + r" " + _ADJECTIVES + "(?P<name>" + _NAME
    + r")(?![a-z])(?P<after>[^.?!\n,]{0,80})[^.?!\n]{0,300}[.?!:]"
    # a verbless lead-in: "Before we start, our usual cautionary statement."
    + r"|" + _SENTENCE_START + r"(?:(?:before we (?:begin|start|get started)|first|to begin|to start), "
    # "Now for the safe harbor disclaimer.", "And now to our cautionary statement:"
    + r"|(?:and )?(?:now|next|first) (?:for|to) )"
    + _DETERMINER + r" " + _ADJECTIVES + _NAME + r"[.:]"
    # the name first, then what it does: "Our safe harbor statement is as follows.", "Here is the
    # company's cautionary statement:"
    + r"|" + _SENTENCE_START + r"(?:here is |here's )?" + _DETERMINER + r" " + _ADJECTIVES + _NAME
    + r"(?: (?:is|reads) as follows| follows)?[.:]")
# a request to the listeners to review or read "our forward-looking statements" before any is made;
# the whole rest of the sentence places it ("... to read the forward-looking statements, non-GAAP
# financial and other information that we have included at the end of our investor presentation"
# points to the slides)
_ASKED = re.compile(
    _SENTENCE_START + r"[^.?!\n]{0,80}?\b(?:please|(?:ask|urge|encourage|invite|remind) (?:that )?"
    r"(?:you|everyone|all(?: of you)?|(?:all )?listeners|(?:all )?participants)(?: to)?)\b[^.?!\n]{0,40}?\b"
    r"(?:review|read) (?:our|the) (?P<name>forward looking statements)(?![a-z])"
    r"(?P<after>[^.?!\n]{0,380})[.?!:]")
# a text kept elsewhere: the announcement points to it instead of introducing what follows (only
# what follows the name up to a comma places it: "..., reminding you that the factors are in our
# 10-K" does not)
_ELSEWHERE = re.compile(r"\b(?:on (?:page|slide)|in (?:the|our|today's|this morning's|last night's) "
                        r"(?:slides?|presentation|press release|earnings release|news release|release|10 [kq]|"
                        r"filings?|materials|deck|appendix)|contained in|included in|found (?:in|on)|"
                        r"available (?:on|in|at)|posted (?:on|to)|at the (?:end|back)|in the back)\b")
# ... nor one that places them in a written text ("Please read the forward-looking statements below
# with care"): there they are already made, and the plural is the statements again
_WRITTEN_PLACE = re.compile(r"\b(?:below|above|herein|hereinafter|that follow|which follow|in this "
                            r"(?:release|document|report|announcement|communication|filing|prospectus))\b")
# ... unless the speaker goes on to read it out all the same: "You'll see our safe harbor statement on
# slide 2, which I'll summarize now." (the text follows, spoken, as under a heading)
_READ_OUT = re.compile(r"\b(?:which|that) (?:i|we)(?: will|'ll| am going to| are going to| shall)? (?:now |briefly |quickly )?"
                       r"(?:summari[sz]e|read|review|go (?:over|through)|walk (?:you )?through)\b")
# ... and a sentence that places the named text in the written page ("Investors should read the safe
# harbor statement below with care."): a pointer to it, not an announcement read out before it
_ON_THE_PAGE = re.compile(r"\b(?:below|above|herein|hereinafter)\b")
# how far before a legend block an announcement may end: a chair who hands the legend to counsel
# may first set out the rest of the call ("I would like to ask Kevin, our general counsel, to read
# the caution on forward-looking statements. Then Tom will give an overview ... Kevin?")
_BEFORE_LEGEND = 400
_LONGEST_ANNOUNCEMENT = 700  # what _ANNOUNCED and _ASKED can span, at most


def spoken_announcements(text: str, legends: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """The sentences that announce a legend block by its name, in or just before the block: their
    canonical start and end and the end of the legend's name in them."""
    found = []
    for start, end in legends:
        lo = max(0, start - _BEFORE_LEGEND - _LONGEST_ANNOUNCEMENT)
        for pattern in (_ANNOUNCED, _ASKED):
            for match in pattern.finditer(text, lo, end):
                if match.end() < start - _BEFORE_LEGEND:
                    continue
                after = match.group("after") or ""
                elsewhere = _ELSEWHERE.search(after) and not _READ_OUT.search(text, match.end("name"), match.end())
                written = _WRITTEN_PLACE.search(after) if pattern is _ASKED else _ON_THE_PAGE.search(after)
                if not elsewhere and not written:
                    found.append((match.start(), match.end(), match.end("name")))
    return sorted(set(found))


def spoken_headings(text: str, legends: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Canonical spans of the sentences that announce a legend block by its name, in or just
    before the block."""
    return sorted({(start, end) for start, end, _ in spoken_announcements(text, legends)})


# the announcement that goes on, in a participle of saying, with the legend itself: "Quickly, I will
# cover the safe harbor, reminding you that any forward-looking statements made during this call
# are subject to ..." (the legend is in the sentence, after the name)
_GOES_ON = re.compile(r"[^.?!]{0,40}?,[ ](?:[a-z]+[ ]){0,2}?(?:reminding|noting|cautioning|advising|warning|"
                      r"telling|stating|explaining)\b")


def carries_legend_on(text: str, name_end: int, end: int) -> int | None:
    """Where, in an announcement ending at `end`, a participle of saying after the legend's name
    (ending at `name_end`) goes on with the legend's own words, or None."""
    match = _GOES_ON.match(text, name_end, end)
    return match.end() if match else None
