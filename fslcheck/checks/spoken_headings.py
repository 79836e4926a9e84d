"""Spoken headings: on a call, the speaker's announcement of the legend stands where a written
legend has its heading.

"Before we begin, I'd like to read our safe harbor statement.", "Julie will read our
forward-looking statement and disclaimer, and then we'll begin.", "We begin with our customary
forward-looking statement policy." name the legend as the text about to be read, as a heading
names the paragraphs under it. What counts is a verb of reading, saying or presenting (read,
recite, give, make, share, cover, address, present, review, walk, run or take through, take care
of, turn or hand the call over to someone for, begin or start with, turn or move to), a request to
listen to it, note it or be reminded or advised of it, or a verbless lead-in ("First, safe
harbor.", "Before I turn it over to Bill, a quick word on forward-looking statements."), with the
legend's name in the singular ("the safe harbor statement", "our cautionary language", "the notice
about forward-looking statements", "the usual cautionary remarks"; "a few comments about
forward-looking statements" too, by the ninth batch's ruling, when the legend is read next). Not
such a sentence:

- one about the statements themselves: "we will make forward-looking statements", "our
  forward-looking information for 2028", "the forward-looking statement that revenue will grow";
- one that points to a text kept elsewhere: "please read the safe harbor statement on page 2 of
  the presentation", "... contained in our press release", "..., which is posted on our website":
  the legend is there, not read out after it;
- one that says the legend will not be read, names the statutory safe harbor ("the Act provides a
  safe harbor for ..."), or another notice ("a cautionary note about our use of non-GAAP measures");
- a question ("Could you walk us through the cautionary language around the rate notice?").

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
# what a notice is called (singular or plural: "our forward-looking statement disclaimers")
_NOTICE = (r"(?:statement|language|provisions?|disclosure|notice|legend|policy|remarks|comments"
           r"|(?:disclaimer|caveat|caution|reminder)s?)")
_NAME = (r"(?:safe harbou?r(?: " + _NOTICE + r")?"
         r"|forward looking (?:statement|information)(?: " + _NOTICE + r")?"
         r"|forward looking (?:disclaimer|legend|caveat|caution|reminder)"
         r"|forward looking statements? " + _NOTICE +
         # (not the plural "the cautionary statements": read as the legend's name in the
         # fortieth session, it cost a false heading on the held-out half and found none there)
         r"|cautionary (?:statement|language|note|notice|legend|disclosure|remarks|comments|reminder)"
         # "the caution on forward-looking statements", "information regarding forward-looking
         # statements", "a quick word on forward-looking statements": what the speaker will say
         # about the statements is the notice (not "a few comments" or "some brief remarks" about
         # them: two tune transcripts label "I'd like to make a few comments about forward-looking
         # statements" no heading, a talk about the statements)
         r"|(?:notice|note|disclaimer|statement|caution|information|word)s? "
         r"(?:about|regarding|concerning|on) forward looking (?:statements|information)"
         # what a speaker calls the legend by what it does: "a warning about forward-looking
         # statements", "a quick reminder about forward-looking information"
         r"|(?:reminder|warning)s? (?:about|regarding|concerning|on) forward looking "
         r"(?:statements|information))")
# an honorific's full stop does not end the sentence ("turn the conference over to Ms. Dana Cole for
# the forward-looking statements disclaimer")
_SENTENCE_CHAR = r"(?:\b(?:mr|ms|mrs|dr)\. |[^.?!\n])"
_LISTENERS = r"(?:(?:you|us|everyone|everybody|all(?: of you)?|listeners|participants|investors) )"
# the verbs in any form a speaker uses ("Jim will get us started by reading the ...", "Kate is
# covering our safe harbor statement", "who reads the cautionary statement")
_VERB = (r"(?:read(?:s|ing)?|cover(?:s|ing)?|present(?:s|ing)?|review(?:s|ing)?|referenc(?:e|es|ing)"
         # to give, make, share, recite or address the notice is to say it: "I need to give the
         # customary safe harbor disclosure", "Let me make our customary safe harbor statement",
         # "Lisa will now give you the safe harbor disclosure", "Let me first address the safe harbor"
         r"|(?:(?:giv|mak|shar|recit|provid|handl)(?:e|es|ing)|gives?|address(?:es|ing)?|deliver(?:s|ing)?|hear(?:s|ing)?"
         # "let me get the safe harbor out of the way"
         r"|get(?:s|ting)?)"
         r"(?: (?:you|us|everyone|everybody|all(?: of you)?|listeners|participants|investors))?"
         r"|walk(?:s|ing)? " + _LISTENERS + r"?through|go(?:es|ing)? (?:over|through)"
         r"|run(?:s|ning)? " + _LISTENERS + r"?through" +
         # "our CFO ... will take us through the Safe Harbor statement": to lead listeners through
         # the text, as "walk us through" does; "I'll take care of the safe harbor"
         r"|tak(?:e|es|ing) " + _LISTENERS + r"?through|tak(?:e|es|ing) care of" +
         # a hand-over for the notice: "turn it over to Maria for the cautionary language", "hand
         # the call over to Jim Hart, Director of Investor Relations, for the safe harbor statement"
         r"|(?:turn|hand)(?:s|ing|ed)? (?:it|the call|the conference|the floor|the line|the meeting|things)"
         r"(?: back)?(?: over)? to " + _SENTENCE_CHAR + r"{1,100}?\bfor" +
         # "We begin with ...", "We'll start, as usual, with the safe harbor statement", "I'll kick
         # things off with the forward-looking statement reminder"
         r"|(?:begin(?:s|ning)?|start(?:s|ing)?(?: off)?|open(?:s|ing)?|kick(?:s|ing)? (?:things |it )?off)"
         r"(?:, [a-z ]{1,20},| today| this morning| this afternoon| now| again)? with"
         # "Let me turn to the forward-looking statements disclaimer.", "I'll move now to our safe
         # harbor statement": the speaker comes to the text next
         r"|(?:turn(?:s|ing)?|mov(?:e|es|ing)) (?:now )?to"
         # "I'd like to remind you of our safe harbor statement", "please be advised of the
         # following safe harbor statement", "please note the following cautionary statement",
         # "please listen to", "please take note of", "directing your attention to" the notice;
         # "we'll discuss the quarter after a quick reminder about ..."
         r"|(?:remind|advis)(?:e|es|ed|ing|s)? " + _LISTENERS + r"?(?:of|about)" +
         r"|listen(?:s|ing)? (?:carefully |closely )?to|tak(?:e|es|ing) (?:note|notice) of"
         r"|(?:direct|draw|call)(?:s|ing)? (?:your |everyone's |listeners' )?attention to|note|after)")
_DETERMINER = (r"(?:the following|the|our|its|their|a|an|some|a few|a couple of|(?:[a-z]+ ){0,2}[a-z]+'s)")
_ADJECTIVES = (r"(?:(?:customary|usual|standard|required|brief|quick|short|formal|legal|important|normal|regular"
               r"|typical|obligatory|mandatory|necessary|following) ){0,2}")
# a sentence's start: the text's, after a sentence's end, or a paragraph's (a line of its own)
_SENTENCE_START = r"(?:^|(?<=[.?!:\n] )|(?<=\n))"
_ANNOUNCED = re.compile(
    _SENTENCE_START + _SENTENCE_CHAR + r"{0,120}?\b" + _VERB + r" (?:" + _DETERMINER + r" )?" + _ADJECTIVES
    + "(?P<name>" + _NAME + r")(?![a-z])(?P<after>[^.?!\n,]{0,80})[^.?!\n]{0,300}[.!:]")
# a verbless announcement, or the name first and then what it does: "Before we start, our usual
# cautionary statement.", "First, safe harbor.", "Quick reminder on forward-looking statements.",
# "Before I turn it over to Bill, a quick word on forward-looking statements.", "Now for the safe
# harbor disclaimer.", "Our safe harbor statement is as follows.", "Here are the required safe
# harbor remarks.", "Now, for the company's cautionary statement, here is Beth Crane, Treasurer.",
# "the following cautionary note applies to this call:". The lead-in is an adverbial opener only
# ("Let me turn to slide 3, the cautionary statement." names a slide's text in apposition).
_NAMED = re.compile(
    _SENTENCE_START + r"(?:(?:before|as|first|now|next|to begin|to start|and|so|okay|all right|with that|finally"
    r"|also|again)\b[^.?!\n,]{0,60}, )?(?:(?:and )?(?:now |next |first )?(?:for|to) )?(?:here is |here's |here are )?"
    r"(?:" + _DETERMINER + r" )?" + _ADJECTIVES + "(?P<name>" + _NAME + r")(?![a-z])"
    r"(?P<after>(?: (?:is|reads) as follows| follows| applies to [^.?!\n:]{0,40}(?=:))?)"
    r"(?:[.:]|, here (?:is|are)\b" + _SENTENCE_CHAR + r"{0,80}[.!:])")
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
_ELSEWHERE = re.compile(r"\b(?:on (?:page|slide)|in (?:the|our|today's|this morning's|last night's|yesterday's) "
                        # a few words may qualify the place: "in our most recent Form 10-K"
                        r"(?:[a-z]+ ){0,3}(?:slides?|presentation|press release|earnings release|news release|release|"
                        r"(?:form )?10 [kq]s?|filings?|materials|deck|appendix|annual report|quarterly report|website|"
                        r"web site)|on (?:the|our) (?:[a-z]+ ){0,3}(?:website|web site|site)|contained in|included in|"
                        r"found (?:in|on)|available (?:on|in|at)|posted (?:on|to)|at the (?:end|back)|in the back|"
                        r"you(?:'ll| will| can)? (?:find|see)|can be (?:found|seen))\b")
# ... or after a comma, in a relative clause that places it: "Please read our safe harbor statement,
# which is posted on our website." (a participle of saying after the comma does not: "...,
# reminding you that the factors are in our 10-K" goes on with the legend's words)
_PLACED_AFTER = re.compile(r", (?:which|that)\b")
# the announcement said not to be made: "In the interest of time, we will not read the safe harbor
# statement today."
_NEGATED = re.compile(r"\b(?:not|never|no longer|won't|don't|can't|cannot|skip(?:s|ping)?)\b|n't\b")
# the statutory safe harbor, not the company's notice: "The Act provides a safe harbor for
# forward-looking statements", "we note the safe harbor provided by the Reform Act"
_STATUTORY = re.compile(r" (?:for|under|of|in|provided|afforded|created|established|available|protections?)\b")
# the statements themselves, not the notice: "our forward-looking information for 2028", "a
# forward-looking statement about margins" (the bare name followed by what it is about)
_BARE_STATEMENT = re.compile(r"forward looking (?:statement|information)")
_DEFINITE = re.compile(r"(?:\bthe|\bour|\bits|\btheir|'s)(?: [a-z]+){0,2} $")
_ABOUT_WHAT = re.compile(r" (?:for|about|on|regarding|concerning|relating to|with respect to|as to)\b"
                         r"(?! (?:this|today's|the) (?:call|conference|webcast|presentation)\b)"
                         # "the forward-looking statement that revenue will grow" (not "... that follows")
                         r"| that\b(?! (?:follows|applies|covers)\b)")
# another notice's name: "a cautionary note about our use of non-GAAP financial measures", "the
# cautionary note regarding Regulation FD" (the subject after the notice is not the forward-looking
# statements)
_ANOTHER_SUBJECT = re.compile(r" (?:about|regarding|concerning|on|relating to|with respect to|as to|for) "
                              r"(?!(?:(?:our|the|these|such|any|all) )?(?:forward looking|future|this call|today|"
                              r"the call|our remarks|our comments|our discussion|(?:today's|this) (?:call|conference|"
                              r"webcast|discussion|presentation)|statements|us|you|everyone|listeners|today|this (?:morning|afternoon|evening))\b)")


# the name followed by the call's own statements is the legend's first sentence, not its heading: "I
# want to remind everyone about the safe harbor provisions related to any forward-looking statements
# we may make during the course of this call" (a tune transcript's label: no heading)
_THE_CALLS_STATEMENTS = re.compile(r"\bforward looking (?:statements|information)\b[^.?!:]{0,30}?\b(?:we|management|"
                                   r"the company|made|make|makes|during|on this|in this|today)\b")
# a listener's attention drawn to a notice points to a text on display ("I would like to direct your
# attention to the safe harbor statement regarding ...": a tune transcript's label, no heading)
# unless the sentence says it is read next ("... to the cautionary statement I'm about to read")
_ATTENTION = re.compile(r"\battention to\b")
_READ_NEXT = re.compile(r"\b(?:the following|about to read|(?:will|'ll|am going to) (?:now )?read|that follows)\b")


def _not_the_notice(text: str, match: re.Match) -> bool:
    """Whether the sentence's name is not the notice read next: a negated announcement, the
    statutory safe harbor, the statements themselves, another notice."""
    name, after = match.group("name"), match.group("after") or ""
    if _NEGATED.search(text, match.start(), match.start("name")):
        return True
    if _ATTENTION.search(text, match.start(), match.start("name")) \
            and not _READ_NEXT.search(text, match.start(), match.end()):
        return True
    if _THE_CALLS_STATEMENTS.search(after):
        return True
    if name in ("safe harbor", "safe harbour", "safe harbor provisions", "safe harbour provisions") \
            and _STATUTORY.match(after):
        return True
    if _BARE_STATEMENT.fullmatch(name):
        # with no definite determiner it is what the speaker will say, not the notice: "Today we
        # will provide forward-looking information.", "I'll share some forward-looking information."
        definite = _DEFINITE.search(text, max(0, match.start("name") - 40), match.start("name"))
        return not definite or bool(_ABOUT_WHAT.match(after))
    if re.search(r"forward looking (?:statements|information)$", name):
        return False  # "a word on forward-looking statements": the subject is in the name
    # (a place is not a subject: "our safe harbor statement on slide 2, which I'll summarize")
    return bool(_ANOTHER_SUBJECT.match(after)) and not _ELSEWHERE.match(after, 1)


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
        for pattern in (_ANNOUNCED, _NAMED, _ASKED):
            for match in pattern.finditer(text, lo, end):
                if match.end() < start - _BEFORE_LEGEND:
                    continue
                after = match.group("after") or ""
                read_out = _READ_OUT.search(text, match.end("name"), match.end())
                elsewhere = _ELSEWHERE.search(after) and not read_out
                placed = _PLACED_AFTER.search(text, match.end("name"), match.end())
                if placed and not read_out and _ELSEWHERE.search(text, placed.end(), match.end()):
                    elsewhere = True
                if pattern is not _ASKED and _not_the_notice(text, match):
                    continue
                if pattern is _NAMED and match.start("name") == match.start():
                    continue  # the bare name alone is a written caption's ("Safe Harbor Statement: Omitted")
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
