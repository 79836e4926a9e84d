"""The cues a sentence is judged by: named patterns, each a reason a reader would give.

A cue is a word or construction that makes a sentence more (or less) likely to speak about the
future in the PSLRA sense. `fired(text, release_date)` names the cues a sentence has; the
classifier (`fslcheck.fls.classify`) weighs them. Keeping them named makes every decision
explainable: `fslcheck fls` prints the cues that fired.

Positive cues: the future and modal constructions ("will", "expects to", "plans to", "is expected
to", "on track to", "looking ahead"), guidance words ("outlook", "guidance", "in the range of"),
belief about what is to come, and dates after the release date ("in the second half of 2025" in
a release of 2024-11-20) or relative ones ("next year", "later this year").

False friends are cues of their own, so that they weigh against: "will" as a noun ("at will",
"goodwill", a person named Will) is removed before anything is matched; logistics (conference
calls, webcasts, replays, dividends payable, record dates, filing dates, "will host", "will be
available"); past reporting of expectations ("had expected", "than expected", "previously
expected", "prior outlook"); the legend's own language ("forward-looking statements", "differ
materially", "undue reliance"); risk-factor hedges ("could adversely affect", "no assurance");
questions; table rows, column headers and headings. Some false friends explain a sentence's
future away outright (the logistics of an event, personal pay terms, questions, the legend's
language: `fslcheck.fls.classify`); others only weigh, because a projection often stands beside
them: the call's own running order ("I will discuss", "Kevin will then address our outlook"),
refusals to guide, results set against earlier guidance ("above the midpoint of our guidance
range"), promises about disclosure, non-GAAP notes, beliefs about the past, standing missions.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache

from ..months import FULL_NAMES, NUMBERS
from .literals import Requirement, anchored, confined, required, requirement

_FLAGS = re.IGNORECASE

# Uses of "will" that are not the future: removed before the cues are matched.
_WILL_NOUN = re.compile(r"\b(?:at[- ]will|good ?will|free will|ill will|the will of|last will|(?:a|his|her|their) will)\b",
                        _FLAGS)
_WILL_NAME = re.compile(r"(?<=[a-z,] )Will(?= [A-Z])")  # "said Will Smith": a name, not the future
# A modal before a verb of saying is the speaker's hedge on what they are saying now ("I would say
# demand is steady", "Now I will tell you this", "I might just add that", "you could say that",
# "I'll take that one"), not a statement about the future: the modal is dropped ("I say ...") so
# that only what is said is judged. "I would say we expect ..." keeps its "expect".
_SPEECH_ACT = re.compile(r"\b(i|we|you)(?: will|'ll| would|'d| might| could| can)((?: just| also| now| only| first| "
                         r"certainly| quickly)?) (tell you|say|add|note|argue|caution|point out|characteri[sz]e|"
                         r"describe|admit|remind you|speak to|close by saying|take (?:it|that|this|the first (?:one|"
                         r"part|question)|that one|this one))\b", _FLAGS)

POSITIVE: dict[str, str] = {
    "will": r"\b(?:will|won't|shall)\b|\w'll\b|\bgoing to\b",
    "expect-verb": r"\b(?:expects?|expecting|anticipates?|anticipating|(?<!of )(?<!in )(?<!and )(?<!for )(?<!our )"
                   r"(?<!the )(?:forecasts?|forecasting)|projects? (?:that|to)|"
                   r"foresees?|predicts?|estimates? (?:that|to))\b",
    "expected-to": r"\b(?:expected|anticipated|projected|forecast|scheduled|slated|poised|set|likely|unlikely) to\b|"
                   r"\bis now expected\b|\bpoised\b|\b(?:is|are|remains?) (?:now |currently )?(?:expected|anticipated|"
                   r"scheduled|planned|projected|targeted) (?:in|by|for|during|to|at|within|before|after|later|early)\b",
    "guidance": r"\b(?:guidance|outlook|forecasts?|projections?|targets?|targeting|goals?)\b",
    "guidance-change": r"\b(?:rais(?:es|ed|ing|e)|reaffirm\w*|reiterat\w*|maintain\w*|narrow\w*|updat\w*|initiat\w*|"
                       r"increas\w*|lower\w*|revis\w*|provid\w*|issu\w*|introduc\w*|establish\w*|announc\w*|"
                       r"affirm\w*|confirm\w*|unveil\w*) (?:[\w~%.,/'-]+ ){0,9}"
                       r"(?:guidance|outlook|forecast)|\b(?:guidance|outlook) (?:includes|assumes|reflects|contemplates|"
                       r"is based|calls for|implies)\b",
    "range-strong": r"\b(?:in the range of|to be (?:approximately|about|between|up|down|flat|in the|at least|roughly)|"
                    r"(?:low|mid|high)[- ](?:to[- ](?:low|mid|high)[- ])?(?:single|double)[- ]digits?)",
    "range": r"\b(?:range of \$|between \$?[\d.,]+ ?(?:%|\w+ )?(?:and|to) \$?[\d.,]+|(?:of|at) (?:approximately |about )?"
             r"\$?[\d.,]+ ?(?:%|percent|million|billion)? to \$?[\d.,]+|approximately \$[\d.,]+ (?:million|billion) to)",
    "plan": r"\b(?:plans?|planning|intends?|intending|intention|aims?|aiming|endeavou?rs?) to\b|"
            r"\b(?:we|company|management|board) (?:\w+ )?(?:seeks?|strives?|continues? to target|targets?) (?:to )?\w+|"
            r"\b(?:ambitious |long[- ]term |strategic )?(?:vision|goal|objective|ambition) (?:is|remains) to\b|"
            r"\b(?:we're|we are|we will be|company is|it is) (?:\w+ )?(?:moving|transitioning|shifting|migrating) "
            r"(?:from|to|towards?)\b|\bin the process of\b|"
            r"\b(?:our|the|its) (?:goal|objective|aim|ambition|vision|plan|intention) (?:is|remains) to\b|\bintends? that\b|"
            # a bullet or headline that opens with the plan ("Targeting median OS readout in 2025"), and
            # a milestone targeted for a period, the copula left out as bullets do ("readout targeted
            # by year-end 2025")
            r"^\W*(?:targeting|aiming|planning|intending|preparing) (?!(?:of|and|the|a|an)\b)\w+|"
            r"\b(?:targeted|planned|scheduled|slated) (?:for|by|in|during) (?:the )?(?:first|second|third|fourth|"
            r"end|year[- ]end|mid|early|late|h[12]|q[1-4]|(?:19|20)\d\d|fiscal|next|later|coming)\b",
    "on-track": r"\bon (?:track|pace|schedule|target) (?:to|for)\b|\bremains? on track\b",
    "positioned": r"\b(?:well[- ])?position(?:ed|s|ing)? (?:\w+ ){0,3}(?:to|for) (?:\w+ ){0,3}(?:growth|deliver|capitali[sz]e|"
                  r"succe\w*|benefit|accelerat\w*|future|long|continued|drive|achieve|take|win|serve|expand|grow)",
    "look-forward": r"\blook(?:s|ing)? forward to\b|\blooking ahead\b|\bgoing forward\b|\bmoving forward\b|"
                    r"\bas we move forward\b|\bahead of us\b|\bdown the road\b|\bin the (?:near|long|short) term\b",
    "belief": r"\b(?:believes?|confident|confidence|optimistic|optimism|hopes?|hoping|excited about the)\b",
    "modal": r"\b(?:could|may|might|should|would|can)\b",
    "potential": r"\b(?:potential(?:ly)?|opportunit(?:y|ies)|prospects?|pipeline|upside)\b",
    "potential-to": r"\b(?:potential|poised|positioned|set) to (?:be|become|reduce|increase|improve|prevent|deliver|drive|"
                    r"generate|transform|accelerate|expand|grow|add|create|achieve|address|capture|serve|offer|provide|"
                    r"replace|enhance|unlock)\b|\b(?:need|needs|needed|allow\w*|enabl\w*) (?:\w+ ){0,6}to (?:benefit from|"
                    r"capitali[sz]e on|take advantage of|grow|expand|accelerate)\b|\btoward(?:s)? (?:commerciali\w+|approval|market|regulatory|registration|"
                    r"profitability|launch)\b|\b(?:closer|path) to (?:regulatory|approval|market|commercial)\w*",
    "should": r"\bshould (?!not\b|be read|be considered|consider|refer|review|note|be viewed|carefully)\w+",
    "belief-modal": r"\b(?:believes?(?! in\b)|confident|expects?|anticipates?|hopes?) (?:\w+ ){0,8}(?:can|could|will|should|would|may|"
                    r"to be|to continue|to deliver|to grow|to achieve)\b|\boptimistic (?:about|that|on|for)\b|"
                    r"\b(?:being |be )?able to (?:maintain|sustain|deliver|grow|achieve|continue|expand|keep)\b",
    "future-relative": r"\b(?:next (?:year|quarter|month|fiscal|several|few|\d+|twelve|eighteen|phase|step|generation)|"
                       r"coming (?:year|years|quarters?|months|weeks|season)|later (?:this|in the) (?:year|quarter|month)|"
                       r"remainder of (?:the|this|fiscal) (?:year|\d{4})|rest of the year|by (?:the )?end of|year[- ]end|"
                       r"over the (?:next|coming|long term)|in the future|future (?:growth|results|performance|periods|"
                       r"dividend|quarters|years|revenue|sales|earnings|launch\w*)|long[- ]term (?:growth|value|target)|"
                       r"and beyond|upcoming|tomorrow|exiting \d{4}|to come|well for the future|"
                       r"(?:year|years|quarters?|months|road|opportunit\w+|growth|path|work|journey) ahead)\b",
    "continue-future": r"\b(?:will|to) continue\b|\bcontinue to (?:expect|see|believe|anticipate)\b",
    "we-future": r"\b(?:we|i|you)(?:'re| are| am) (?:\w+ ){0,2}going to\b|\b(?:we|i)'ll (?!now\b|then\b|turn|take|open|"
                 r"hand|pass|begin|start|refer|discuss|move on)\w+|\b(?:we|i) (?:would|should|could|might|may) (?:\w+ )?"
                 r"(?:see|expect|get|have|be|continue|benefit|grow|deliver|reach|achieve|need|look)\b|"
                 r"\b(?:we|i) (?:think|believe|feel|hope|expect|anticipate|see) (?!in\b)(?:that )?(?:\w+ ){0,6}(?:will|would|should|'ll|"
                 r"going to|to be|to see|to continue)\b",
    "prospective": r"\b(?:lay(?:s|ing)? the (?:foundation|groundwork)|pav(?:e|es|ing) the way|set(?:s|ting)? the stage|"
                   r"inflection|springboard|catalysts?|runway|tailwinds?|headwinds?|momentum (?:into|in) "
                   r"(?:the )?(?:back half|second half|next|coming|20\d\d))\b",
    "figure-item": r"^\W*(?:(?!(?:was|were|is|are|had|has|have|reported|generated|declares?|declared|paid|totaled)\b)"
                   r"[A-Za-z/()&'*-]+ ){1,6}(?:of|between|in the range of|to be)"
                   r" (?:approximately |about |roughly |at least |up to |an estimated )?[$€£]?"
                   r"(?!(?:19|20)\d\d\b)\d",  # an amount, not a year ("the Act of 1934")
    "effect": r"\b(?:expected|anticipated|projected) (?:benefits?|synergies|savings|impact|growth|closing|completion|"
              r"revenue|results|timing)\b|\baccretive\b|\bsynerg\w+",
    "launch": r"\b(?:launch(?:es|ing)?|roll(?:ing)? out|introduc(?:e|ing)|enrol(?:l|ling|ment)|topline|read[- ]?out|"
              r"commerciali[sz]\w+|approval|submission|close|closing|complete|completion)\b",
    # a range of figures written with a dash ("$2.95 -- $3.05", "5-6%", "$118-120 million"): the
    # shape of guidance in bullets and tables, where "between ... and" is not spelled out. Its
    # first character is a class of its own (a currency sign, or a digit no word character
    # stands before), which lets the regex engine skip to the few places it can start: the
    # sentences it is tried on are those of a filing's tables, thousands of them.
    "figure-range": r"[$€£\d](?:(?<=[$€£])\d[\d.,]*\s?(?:million|billion|[mbk])?\s?(?:-|–|—|--|to)\s?[$€£]?\d|"
                    r"(?<=\d)(?<!\w\d)[\d.,]*%?\s?(?:-|–|—|--|to)\s?\d[\d.,]*\s?(?:%|percent))",
    # a figure named as projected ("Expected 2025 weighted average share count of approximately 165.5
    # million", "2025 Projected Same-Property NOI Growth of 5-6%")
    "expected-figure": r"\b(?:projected|expected|anticipated|targeted|budgeted|forecasted) (?:[\w$.,%*/'-]+ ){0,6}?"
                       r"(?:of|at|between|to be|in the range of) (?:approximately |about |roughly |at least |up to )?"
                       r"[$€£]?\d",
    # guiding as a verb, or a guide as a noun ("we are guiding to another record year", "our unit cost guide")
    "guide-verb": r"\bguid(?:e|es|ing|ed) (?:\w+ ){0,2}(?:to|for|toward|towards|at)\b|"
                  r"\b(?:our|the|a|cost|revenue|capex|full[- ]year) guide\b",
    # the assumptions behind a projection ("It assumes a 17.5% tax provision", "guidance assumes no
    # new acquisitions")
    "assumption": r"\b(?:it|this|which|guidance|outlook|forecast|plan|estimate|projection|range)s? (?:also )?"
                  r"(?:assumes?|assuming|contemplates?)\b|\bassum(?:es|ing) (?:a|an|that|no|we|the|only|continued)\b",
    # work under way toward a stated end ("certification pathways underway", "getting ready to gear up")
    "under-way": r"\b(?:getting ready|preparing to|gearing up|working (?:to|toward|towards)|in the midst of|"
                 r"underway|under way|commencing)\b",
    # a decision taken whose carrying out is still to come ("we have decided to discontinue originating
    # indirect auto loans", "the board approved a plan to"), and what lies ahead
    "decision": r"\b(?:decided|decision|elected|chosen|resolved) to\b|\bapproved (?:a |the )?(?:\w+ )?plans? to\b|"
                r"\b(?:lies?|lying) ahead\b|\bwhat(?:'s| is) ahead\b",
    # a judgement of how a present problem will run its course ("This is a temporary issue")
    "course": r"\b(?:temporary|transitory|transient|structural) (?:issues?|headwinds?|challenges?|problems?|in nature|"
              r"disruptions?|pressures?)\b",
}

NEGATIVE: dict[str, str] = {
    "legend-language": r"\bforward[- ]looking (?:statements?|information|in nature|terminology|words)\b|\bsafe[- ]harbou?r\b|"
                       r"\b(?:differ|vary) (?:materially|significantly)\b|\bmaterially (?:differ\w*|different)\b|"
                       r"\bundue reliance\b|\b(?:no|any) (?:obligation|duty)\b|\bundertakes? no\b|\bdisclaims?\b|"
                       r"\brisks? and uncertaint\w+|\buncertaint\w+ and (?:other )?(?:factors|risks)|\bactual results\b|"
                       r"reform act|\bcautionary\b|\bnot guarantees?\b|\bspeak only as of\b|\bas of the date hereof\b|"
                       r"\b(?:these|such|the|our|include|includes) statements (?:regarding|about|concerning|relating to|"
                       r"with respect to|as to)\b",
    "logistics": r"\b(?:(?<!last )(?<!prior )(?<!previous )(?<!recent )(?:conference|earnings) call|webcast|web cast|replay|dial[- ]in|dial|toll[- ]free|passcode|access code|"
                 r"register|registration(?![- ](?:enabling|trial|study|studies|path))|live stream\w*|streaming|payable|of record|record date|annual meeting|"
                 r"will host|will be hosted|will be held|will hold|will be available|"
                 r"will release|will report|will issue|will present|will participate|to report (?:its|their|our)|separate (?:press |news )?release|"
                 r"visit|www\.|https?:|press release|news release|will be webcast|will begin at|a\.m\.|p\.m\.|"
                 r"eastern time|pacific time|\bet\b|\bpt\b|\best\b|\bedt\b|\bpdt\b)\b|"
                 r"\b(?:i|we|you)'ll (?:now |then )?(?:turn|hand|pass|refer|be referring|take (?:your |the |our )?(?:\w+ )?"
                 r"questions?)\b|\bturn (?:the call|it) over\b|"
                 # handing the call back, and an event's date ("I will now turn the call back to", "our
                 # investor conference will take place on")
                 r"\b(?:will|'ll) (?:now |then )?(?:turn|hand|pass) (?:the call |it |things )?(?:back|over)\b|"
                 r"\b(?:conference|meeting|call|webcast|event|day|presentation|symposium|summit) will take place\b|\bwe will (?:refer|be referring)\b|"
                 r"\b(?:will|to) (?:file|furnish)\b|\b(?:disclos\w+|announc\w+|provid\w+) (?:any )?(?:further |more |additional )?"
                 r"(?:details|information|updates?)\b",
    "past-expectation": r"\b(?:had (?:expected|anticipated|projected|planned|forecast|predicted|hoped)|"
                        r"previously (?:expected|anticipated|projected|forecast|provided|issued|guided)|"
                        r"(?:prior|previous|original|initial) (?:outlook|guidance|forecast|expectations?|estimates?|target)|"
                        r"than (?:expected|anticipated|planned|projected|forecast|we (?:had )?(?:expected|anticipated|planned))|"
                        r"exceed(?:ed|ing)? (?:our |analysts' |the )?(?:expectations|guidance|estimates)|"
                        r"in line with (?:our |the )?(?:expectations|guidance|outlook)|(?:was|were) (?:expected|anticipated|"
                        r"projected|planned)|as (?:expected|anticipated|planned)|we (?:knew|predicted|forecasted|expected)|"
                        r"consistent with (?:our )?(?:internal )?expectations|missed? (?:our )?(?:revenue )?guidance)\b",
    "past-verb": r"\b(?:reported|was|were|increased|decreased|grew|declined|rose|fell|delivered|achieved|generated|"
                 r"posted|recorded|ended|completed|closed|announced|returned|repurchased|paid|totaled|reached|issued|"
                 r"overcame|adapted|strengthened|continued|met|enhanced|expanded|exceeded|secured|granted|"
                 r"included|improved|acquired|signed|received|launched|won|awarded|appointed|elected|resigned|"
                 r"retired|joined|served|had|did|saw|made|led|drove|contributed|helped|benefited)\b",
    "present-continue": r"\b(?:we|it|the company|company|[a-z]+) continues? to\b|\bremains? (?:committed|focused|dedicated)\b",
    "risk-hedge": r"\b(?:could|may|might|can) (?:\w+ ){0,2}(?:adversely|negatively|harm|hurt|disrupt|impair|materially)|"
                  r"\bhave (?:\w+ )?in the past\b|\bin the past,? and (?:may|might|could)|\bexposed to (?:\w+ )?risks\b|"
                  r"\bin the future,? (?:may|might|could)\b|\b(?:may|might|could),? in the future\b|"
                  r"\bno assurance\b|\bcannot (?:be sure|assure|guarantee|predict)|\bthere can be no\b|"
                  r"\bnot (?:be )?guaranteed\b|\bsubject to (?:risks|various|a number|certain)\b|"
                  r"\bmay not be (?:able|successful|sufficient)\b|\bif we (?:fail|are unable)\b",
    "accounting": r"\b(?:recogni[sz]ed|amorti[sz]ed|accounted for|fair value|in accordance with|gaap|non-gaap measures?|"
                  r"reconciliation|defined as|we define|calculat\w+|excludes?|excluding)\b",
    "administrative": r"\b(?:effective (?:as of |immediately|on |" + "|".join(FULL_NAMES) + r")|will serve|will receive|salary|"
                      r"(?<!stock-based )(?<!share-based )(?<!stock based )compensation|(?:director|directors'|board|"
                      r"retainer|consulting|advisory|meeting|annual|monthly) fees|fees (?:of \$|payable|to be paid)|"
                      r"will be paid|will pay|shall be|will be entitled|will be exercisable|will mature|board of directors|"
                      r"the board will|receive (?:\w+ ){0,4}(?:fees|salary|compensation|payments?|commissions?|bonus|"
                      r"options|shares|grants?)|commission payments?|"
                      r"as (?:a |an |its |our )?(?:consultant|advis[eo]r|interim \w+|non-executive \w+)|"
                      r"(?:smooth|orderly) transition|transition (?:period|services)|succession|"
                      r"under the terms of|pursuant to (?:the|this|an?|its)|in accordance with the terms)\b",
    "conditional": r"^\W*(?:if|unless|should (?:the|we|a|any))\b|\b(?:if|unless|whether) (?:the|we|a|an|it|they|such|any)\b",
    "generic-will": r"\b(?:always|never|whenever|each time|every time)\b",
    # a question, or a request that is one ("Maybe you could give us some color on ..."): an
    # analyst's turn asserts nothing
    "question": r"\?\s*$|\b(?:(?:can|could|would) you (?:\w+ )?(?:give|talk|help|walk|comment|speak|share|elaborate|"
                r"provide|update|tell|remind|touch|expand|quantify|unpack|frame)|i (?:was|am|'m) (?:wondering|curious)|"
                r"i wanted to ask|how should we think|help us (?:understand|think)|any (?:color|thoughts) on)\b",
    "results-announcement": r"\b(?:reports?|announces?|posts?|reported|announced)\b(?:\w+ |\W+){0,12}\bresults\b",
    # The call's own running order, said in the future ("I will discuss the drivers of our free cash
    # flow", "Kevin will then address our results and outlook", "who will moderate the Q&A", "now we
    # will end our formal remarks"), and pointers to slides, past calls and investor days. Weighed,
    # not a veto: "we'll see improvement in Q4" or "as we shared at our Investor Day, we laid out a
    # path to grow" say something of the future beside the pointer.
    "call-agenda": r"\b(?:i|we|you)'ll (?:now |then |also |briefly |first |next )?(?:note|see (?:on|in|that|from|here)|"
                   r"recall|hear|go (?:over|through|into)|move (?:on|to)|be (?:taking|providing|discussing|covering|"
                   r"reviewing)|provide|discuss|walk|cover|review|talk about|focus (?:on|my|our)|close|wrap up|open|"
                   r"share (?:some|a few|more)|give (?:you )?(?:an? |some |more )?(?:update|overview|detail|details|color)|"
                   r"touch on|highlight|summari[sz]e|spend|begin|start (?:with|by|off|today))\b|"
                   r"\b[a-z]+ will (?:now |then |also |briefly |first |next |later )?(?:(?:discuss|address|review|cover|"
                   r"comment (?:further |briefly )?on|describe|highlight|summari[sz]e|recap|touch on|talk (?:about|through)|go (?:over|through)|"
                   r"provide|give|share) (?:you )?(?:our |the |his |her |some |a few |more |an? |further |additional |"
                   r"brief )?(?:[\w'-]+ ){0,3}?(?:results|performance|financials?|outlook|guidance|quarter|highlights|drivers|"
                   r"details?|trends|numbers|segments?|items|slides?|p&l|balance sheet|cash flow|expectations|remarks|"
                   r"comments|commentary|questions|update|overview|color|progress|topics)|walk (?:you )?through|moderate (?:the |our |"
                   r"today's )?(?:q&a|call|session|questions|discussion)|"
                   r"be joined by|be available to answer|take (?:your )?questions|focus (?:his|her|my|our|their) "
                   r"(?:comments|remarks)|close (?:by|with|the call|today)|ask \w+ to (?:respond|answer|comment|address|take|add|"
                   r"walk|cover|jump in|chime in)|end (?:our|my|the|today's) (?:formal |prepared )?"
                   r"(?:remarks|comments|call)|conclude (?:our|my|the|with|by)|make (?:some|a few|brief|closing) "
                   r"(?:comments|remarks))\b|"
                   r"\b(?:i'm|we're|i am|we are) going to (?:now |then |also |briefly |first |quickly |just )?(?:start|begin|"
                   r"hit on|talk about|cover|review|discuss|walk|go (?:over|through)|touch on|spend|focus on|turn|"
                   r"provide (?:an? |some )?(?:update|overview|color))\b|"
                   r"\b(?:i|we)(?:'ll| will) (?:now |then )?go (?:first |next )?to (?:questions|the (?:line|phones|q&a)|our "
                   r"(?:first|next) question|[a-z]+ [a-z]+ (?:with|from|at|of))\b|"
                   r"\bmake (?:a|one|some|two|a few) (?:quick |brief |short |few |final )?comments? (?:on|about|regarding)\b|"
                   r"\b(?:let me|i'd like to|i would like to|i want to) (?:now |then |also |briefly |first |quickly )?"
                   r"(?:turn|start|begin|walk|review|discuss|cover|close|highlight|summari[sz]e|recap|touch|spend|"
                   r"take a (?:moment|minute)|provide (?:an? |some )?(?:update|overview|color))\b|"
                   r"\b(?:turning|moving|let's (?:move|turn|go)|i'll (?:now )?(?:move|turn)) (?:now |next )?(?:on )?to "
                   r"(?:our |the |slide|page)|\bon (?:slide|page) \d+|\b(?:you'll|you will|you can) see (?:that|on|in|from|"
                   r"here|our|the)\b|\bopen (?:up )?(?:the|it) (?:call |line |floor )?(?:up )?(?:for|to) questions|"
                   r"\bopen (?:up )?the (?:call|line|floor)\b|\bask \w+ to (?:respond|answer|comment|address|take|add|walk|"
                   r"cover)\b|\blet \w+ (?:talk|address|answer|cover|take|comment|speak)\b|\bfollow (?:up )?with (?:some |a few |"
                   r"an? )?(?:highlights|comments|remarks|update|overview|review|recap)\b|\btake (?:some of )?your questions\b|"
                   r"\bcan be found (?:in|on|at)\b|\b(?:are|is) (?:available|included|provided) in (?:the |our )?(?:appendix|"
                   r"presentation|slides?|supplement)\b",
    # Declining to forecast ("we're not going to parse it month-by-month", "it's too early to tell",
    # "we don't give quarterly guidance"): a statement about guidance that gives none.
    "refusal": r"\b(?:not|n't) (?:going to |gonna |be |able to |in a position to |prepared to )?(?:parse|get into|go into|"
               r"break (?:that |it |this )?(?:out|down)|comment (?:on|further)|speculate|quantify|give (?:you )?(?:a |any |"
               r"specific |monthly |quarterly |explicit )?(?:guidance|number|numbers|specifics|color|forecast|outlook|update)|"
               r"provide (?:a |any |specific |monthly |quarterly |explicit )?(?:guidance|number|numbers|specifics|forecast|"
               r"outlook|update)|guide (?:to|on|by|beyond|for|quarterly))\b|"
               r"\bnot (?:\w+ ){0,2}(?:providing|giving|issuing) (?:\w+ ){0,2}(?:guidance|outlook|forecasts?)\b|"
               r"\bnot in a position (?:\w+ ){0,3}?to (?:provide|give|offer|issue) (?:you )?(?:with )?(?:\w+ )?(?:guidance|"
               r"outlook|forecasts?)\b|"
               r"\btoo (?:early|soon) to (?:tell|say|predict|call|know|comment|quantify|give|provide|speculate|judge)\b|"
               r"\b(?:hard|difficult|impossible) to (?:predict|say|tell|know|forecast|call|quantify)\b|"
               r"\b(?:don't|do not|doesn't|does not|won't|will not) (?:typically |normally |usually |generally )?"
               r"(?:give|provide|issue|offer) (?:\w+ ){0,2}(?:guidance|forecasts?|outlooks?|projections)\b",
    # A result measured against earlier guidance or expectations ("above mid-point of guidance range",
    # "continued to come in worse than our expectations", "at the top end of our guidance range"):
    # the guidance named is history.
    "versus-guidance": r"\b(?:above|below|at|near|within|toward|towards|exceed\w*|beat\w*|in line with|ahead of|short of|"
                       r"surpass\w*|topp\w*) (?:the )?(?:mid-?point|top|high|upper|low|lower|bottom)(?:[- ]end| half)? of "
                       r"(?:our |its |the |their )?(?:[\w-]+ ){0,4}?(?:guidance|range|outlook|expectations|targets?|forecast)\b|"
                       r"\b(?:better|worse|higher|lower|stronger|weaker|ahead|more|less|greater) than (?:our |the |its |we |"
                       r"what we )?(?:\w+ )?(?:expectations|guidance|outlook|forecast|projections?|plan|planned|estimates?|"
                       r"guided|expected|anticipated)\b|\b(?:in line|consistent) with (?:our |the |its )?(?:\w+ )?"
                       r"(?:expectations|guidance|outlook|projections?|forecast|plan)\b|\b(?:was|were) expecting\b|"
                       r"\bhad (?:guided|targeted|forecasted|budgeted)\b|\b(?:came|come|coming) in (?:\w+ ){0,3}?(?:above|"
                       r"below|ahead of|better|worse|at the|in line)\b",
    # Promises about disclosure itself ("we'll provide more details on our fiscal 2023 outlook",
    # "we will no longer report units sold"): reporting practice, not a plan for the business.
    "disclosure": r"\b(?:will|'ll|going to|(?:plan|expect|intend)(?:s|ing)? to) (?:\w+ ){0,2}?(?:report|disclose|provide|give|share|"
                  r"update|publish|announce|comment|talk)\b (?:[\w'-]+ ){0,4}?(?:more |further |additional |an? |formal |"
                  r"official |full )?(?:details?|update|updates|color|information|specifics|guidance|figures|numbers|"
                  r"reporting|commentary)\b|\bno longer (?:report|provide|disclose|give|publish)\b|"
                  r"\bin (?:our|its|the) (?:earnings materials|form 10-[kq]|10-[kq]|annual report|quarterly report)\b",
    # The explanation of non-GAAP measures and why guidance is not reconciled ("cannot, without
    # unreasonable efforts, forecast", "provide investors with useful measures"): cautionary notes.
    "non-gaap-note": r"\bunreasonable efforts?\b|\bcannot (?:reasonably )?(?:predict|estimate|forecast)\b|"
                     r"\breconcil(?:e|es|ing|iation)\b|\bnon-(?:gaap|ifrs) (?:financial )?(?:measures?|ratios?)\b|"
                     r"\buseful (?:\w+ ){0,3}(?:to|for) (?:investors|management)\b|\bwith useful\b|"
                     r"\bsupplemental (?:information|measures?)\b|\b(?:provides?|presents?) (?:its |our )?(?:outlook|"
                     r"guidance) on a\b",
    # A belief or estimate about what has already happened ("we estimate that we outpaced our markets",
    # "we believe we gained share"): the verb of expectation looks back.
    "past-belief": r"\b(?:estimate|believe|think|feel|expect)s? (?:that )?(?:we|it|they|the company|this|that) (?:\w+ )?"
                   r"(?:was|were|had|did|saw|grew|rose|fell|made|won|gained|lost|outpaced|outperformed|delivered|"
                   r"achieved|exceeded|benefited|captured|took)\b",
    # A standing mission ("is committed to bringing the best experience to students", "our mission is
    # to", "we strive to be where people want to purchase insurance"): no particular future.
    "mission": r"\b(?:our mission|mission is|is committed to|we believe in|our purpose|(?:is|are) dedicated to|strive to|"
               r"aim to make)\b",
    # The analyst's "your guidance", "you expect": someone else's forecast asked about.
    "your-forecast": r"\byour (?:\w+ ){0,3}?(?:guidance|outlook|forecasts?|expectations?|targets?|plans?|assumptions?)\b|"
                     r"\byou (?:expect|anticipate|guide|guided|plan|assume|are assuming|are expecting|are guiding)\b",
}

# The patterns are written in lower case and matched against the lower-cased sentence: the same
# matches as a case-blind search, several times faster (a 10-Q has thousands of sentences).
_POSITIVE = {name: re.compile(pattern) for name, pattern in POSITIVE.items()}
_NEGATIVE = {name: re.compile(pattern) for name, pattern in NEGATIVE.items()}

# Most cues fire on few sentences, and a pattern opening on `\b(?:word|word...)` is tried at every
# position of the sentence; a plain `in` test for the literals the pattern cannot match without
# (`fslcheck.fls.literals`) rules most sentences out at a fraction of the cost, with exactly the
# same answers. Past about 20 literals, or for a pattern anchored at the start (tried once), the
# tests cost more than the search they save (measured per pattern on the labelled sentences):
# no prefilter.
_MAX_LITERALS = 20


def _prefilter(pattern: re.Pattern[str]) -> frozenset[str] | None:
    need = required(pattern)
    if need is None or len(need) > _MAX_LITERALS or anchored(pattern):
        return None
    return need


_POSITIVE_NEED = [(name, pattern, _prefilter(pattern)) for name, pattern in _POSITIVE.items()]
_NEGATIVE_NEED = [(name, pattern, _prefilter(pattern)) for name, pattern in _NEGATIVE.items()]


def _matches(pattern: re.Pattern[str], need: frozenset[str] | None, lower: str) -> bool:
    """`pattern.search(lower)`, skipped when none of the literals it needs is in `lower`."""
    if need is not None:
        for literal in need:  # a plain loop: cheaper than any() over a generator, called ~500k times
            if literal in lower:
                break
        else:
            return False
    return pattern.search(lower) is not None

_YEAR = re.compile(r"\b(?:fiscal(?: year)?|fy|calendar|in|by|for|during|through|of|until|from|to|and|end of) ?'?((?:19|20)\d\d)\b",
                   _FLAGS)
_FY_SHORT = re.compile(r"\b(?:fy|q[1-4])['’ ]?(\d\d)\b", _FLAGS)
_PERIOD = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th) (quarter|half) (?:of )?(?:fiscal )?((?:19|20)\d\d)\b|"
                     r"\bq([1-4]) ?((?:19|20)\d\d)\b|\b(h[12]) ?((?:19|20)\d\d)\b", _FLAGS)
_DIGIT = re.compile(r"\d")  # the same `\d` the date patterns use: none of them matches without one
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d\b")  # what _PERIOD, _MONTH_YEAR and _YEAR all end their year on
_ORDINAL = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_MONTH_YEAR = re.compile(r"\b(" + "|".join(FULL_NAMES) + r")(?: \d{1,2},?)? ((?:19|20)\d\d)\b", _FLAGS)
# The date patterns are all written in lower case and only ever read a lower-cased sentence: one
# of ASCII characters alone has no letter that matches them case-blind but not as written, so it
# is read with the same patterns compiled without IGNORECASE (about twice as fast on a 10-K's
# thousands of dated sentences). A sentence outside ASCII keeps the case-blind ones (Unicode
# folding: "ſ" for "s", the Kelvin sign for "k").
_DATE_PATTERNS = (_PERIOD, _MONTH_YEAR, _YEAR, _FY_SHORT)
_DATE_PATTERNS_ASCII = tuple(re.compile(pattern.pattern) for pattern in _DATE_PATTERNS)


def clean(text: str) -> str:
    """The sentence with typographic quotes made plain and non-future "will"s removed."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    # Most sentences have no "will" at all: two plain tests spare them both searches. Case-blind,
    # the "i" of "will" also matches the Turkish dotted and dotless i, which lower() keeps apart.
    if "Will" in text:
        text = _WILL_NAME.sub("W.", text)
    lower = text.lower()
    if "will" in lower or "\u0130" in text or "\u0131" in text:
        text = _WILL_NOUN.sub(" ", text)
    if "'ll" in lower or "'d" in lower or "would" in lower or "will" in lower or "might" in lower or "could" in lower \
            or " can " in lower:
        text = _SPEECH_ACT.sub(lambda m: f"{m.group(1)}{m.group(2)} {m.group(3)}", text)
    return text


def fired(text: str, release_date: date | None = None) -> list[str]:
    """Names of the cues `text` has (positive and negative), in a fixed order."""
    # A batch repeats sentences (boilerplate, a company's releases): the cues depend only on the
    # text and the date, so they are matched once; a fresh list, as callers may extend it.
    found = _primed.get((text, release_date))
    return list(found if found is not None else _fired(text, release_date))


@lru_cache(maxsize=8192)
def _fired(text: str, release_date: date | None) -> tuple[str, ...]:
    text = clean(text)
    lower = text.lower()
    names = [name for name, pattern, need in _POSITIVE_NEED if _matches(pattern, need, lower)]
    if release_date is not None and _DIGIT.search(lower):  # every date pattern needs a digit
        names += _date_cues(lower, release_date)
    names += ["not:" + name for name, pattern, need in _NEGATIVE_NEED if _matches(pattern, need, lower)]
    return tuple(names + shape_cues(text))


# -- a document's sentences at once ---------------------------------------------------------
# A document's cues are matched pattern by pattern over all its sentences. A pattern is searched
# only in the sentences that hold the literals it cannot match without (`fslcheck.fls.literals`),
# and which sentences hold a literal is read from an index of the document's words: a run of
# letters in a literal lies inside a run of letters of any text that holds the literal, so the
# sentences holding "expect" are those holding a word in which "expect" occurs, and those words
# are found in the document's distinct words (a fifth of its text) instead of in all of it. A
# literal with other characters ("will host", "'ll") is then confirmed in each sentence its
# letter runs allow. A run of letters that a word boundary or another character of the literal
# bounds (`\bet\b`, the "will" of "will host") must start or end a word, so only the words that
# start or end with it count, or the one word it is: the `not:logistics` cue's "et" is the time
# zone, not every "market" and "get". Sets of sentences are int bit masks (unions and
# intersections in a few machine words). A pattern most sentences may match is searched once over the sentences
# joined by NUL (a match of a `confined` pattern cannot span the NUL). `fired_many` gives exactly
# what `fired` gives each sentence.
_JOIN = "\0"
_LETTERS = re.compile("[a-z]+")
# Every byte that is not an ASCII lower-case letter made a space: a character outside ASCII is
# two to four bytes of 0x80 and above in UTF-8, so the words split from the bytes are exactly the
# runs `_LETTERS` finds in the string, at a third of the cost.
_ONLY_LETTERS = bytes(byte if 97 <= byte <= 122 else 32 for byte in range(256))


def _letter_runs(text: str) -> list[str]:
    """`_LETTERS.findall(text)`."""
    return text.encode("utf-8", "surrogatepass").translate(_ONLY_LETTERS).decode("ascii").split()



# A requirement tree (`fslcheck.fls.literals.requirement`) as `_WordIndex.meeting` reads it:
# ("any", parts, words) with its alternatives that are whole words apart (`_whole_word`), ("all",
# parts) with plain literals first, or ("literal", key, pieces), where
# key is (literal, starts a word, ends a word) and pieces are its runs of letters a-z, each with
# whether it must start and end a word, longest first: all read off once per process instead of
# once per literal per document.
Plan = tuple


def _plan(need: Requirement) -> Plan:
    if isinstance(need, str):
        key = (str(need), getattr(need, "start", False), getattr(need, "end", False))
        return "literal", key, _pieces(*key)
    kind, parts = need
    plans = [_plan(part) for part in parts]
    if kind == "all":
        plans.sort(key=lambda plan: plan[0] != "literal")  # plain literals first: cheapest
        return kind, tuple(plans)
    # a cue's alternatives are mostly whole words ("guidance|outlook|forecasts?|..."): each read
    # off the index as it is, with no literal to resolve
    words = tuple(plan[1][0] for plan in plans if plan[0] == "literal" and _whole_word(plan[1]))
    return kind, tuple(plan for plan in plans if not (plan[0] == "literal" and _whole_word(plan[1]))), words


def _whole_word(key: tuple[str, bool, bool]) -> bool:
    """Whether a literal's key is one whole word of letters a-z: the sentences holding it are those
    of that word in the index."""
    return key[1] and key[2] and _LETTERS.fullmatch(key[0]) is not None


def _pieces(literal: str, start: bool, end: bool) -> tuple[tuple[str, bool, bool], ...]:
    """The runs of letters of `literal`, each with whether it starts and ends a word: a run
    inside the literal does where a character that is no letter comes before (after) it in the
    literal, and the literal's own ends do as `start` and `end` say."""
    found = {(m.group(), start or m.start() > 0, end or m.end() < len(literal)) for m in _LETTERS.finditer(literal)}
    return tuple(sorted(found, key=lambda piece: (-len(piece[0]), piece)))  # the longest rules out most


def _branches(source: str) -> list[str]:
    """The alternatives at the top level of a pattern's source (`a|b(?:c|d)|[|]e` gives `a`,
    `b(?:c|d)`, `[|]e`): a search for the whole pattern finds a match exactly when a search for
    one of them does. (No cue pattern refers to a group by number or sets a flag inline, which a
    split would change.)"""
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2  # an escaped character stands for itself, whatever it is
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1
            if source.startswith("^", i):
                i += 1
            if source.startswith("]", i):  # a "]" first in a class is a member, not its end
                i += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(source[start:i])
            start = i + 1
        i += 1
    out.append(source[start:])
    return out


Branch = tuple  # (pattern, its requirement plan or None, whether it is `confined`)


def _batch_entry(name: str, pattern: re.Pattern[str]) -> tuple[str, list[Branch]]:
    """A cue and its top-level alternatives (`_branches`), each searched with its own literal
    plan: a cue such as `plan` has a dozen alternatives, some needing only common words, and as
    one pattern its plan admitted every sentence holding any of them and then tried all twelve
    alternatives in each; apart, each is tried only where its own words are."""
    branches = []
    for source in _branches(pattern.pattern):
        branch = re.compile(source, pattern.flags)
        need = requirement(branch)
        branches.append((branch, None if need is None else _plan(need), confined(branch)))
    return name, branches


_batches: list[list[tuple[str, list[Branch]]]] = []


def _batch_tables() -> list[list[tuple[str, list[Branch]]]]:
    """The positive and the negative patterns with what `fired_many` needs to know of them (read
    from their syntax trees once, on first use: `fslcheck fls --one-per-line` never needs them)."""
    if not _batches:
        _batches.append([_batch_entry(name, pattern) for name, pattern in _POSITIVE.items()])
        _batches.append([_batch_entry("not:" + name, pattern) for name, pattern in _NEGATIVE.items()])
    return _batches


class _WordIndex:
    """Which of a document's (lower-cased) sentences hold a literal, answered from its words.
    Sets of sentences are ints, bit i for sentence i (see `fslcheck.fls.literals.satisfied`)."""

    def __init__(self, lowers: list[str]) -> None:
        self.lowers = lowers
        masks: dict[str, int] = {}
        get = masks.get
        for index, lower in enumerate(lowers):
            bit = 1 << index
            for word in set(_letter_runs(lower)):
                masks[word] = get(word, 0) | bit
        self.exact = masks
        words = list(masks)
        self.masks = list(masks.values())
        # the distinct words between spaces, and where each starts: a literal of letters is
        # looked for once in this string, not in every sentence (" expect" finds the words
        # starting with it)
        self.vocabulary = " " + " ".join(words) + " "
        self.starts = []
        position = 1
        for word in words:
            self.starts.append(position)
            position += len(word) + 1
        self.known: dict[tuple[str, bool, bool], int] = {}
        # the words sorted, and sorted read backwards, each with its mask: the words that start
        # (end) with a run of letters stand together there, found by bisection rather than by a
        # scan of the whole vocabulary (made on first use)
        self._forwards: tuple[list[str], list[int]] | None = None
        self._backwards: tuple[list[str], list[int]] | None = None

    def holders(self, literal: str) -> int:
        """The sentences that contain `literal` (for a `Word`, where it starts or ends a word as
        its flags say: a necessary condition of the pattern it was read from)."""
        key = (str(literal), getattr(literal, "start", False), getattr(literal, "end", False))
        return self._literal(key, _pieces(*key))

    def meeting(self, plan: Plan) -> int:
        """`satisfied(need, self.holders)` for the plan of `need` (`_plan`)."""
        kind = plan[0]
        if kind == "literal":
            found = self.known.get(plan[1])
            return found if found is not None else self._literal(plan[1], plan[2])
        parts = plan[1]
        known = self.known
        # a literal part is answered here rather than by a call of its own (most parts are literals)
        if kind == "any":
            exact = self.exact
            out = 0
            for word in plan[2]:
                out |= exact.get(word, 0)
            for part in parts:
                if part[0] == "literal":
                    found = known.get(part[1])
                    out |= found if found is not None else self._literal(part[1], part[2])
                else:
                    out |= self.meeting(part)
            return out
        out = -1
        for part in parts:
            if part[0] == "literal":
                found = known.get(part[1])
                out &= found if found is not None else self._literal(part[1], part[2])
            else:
                out &= self.meeting(part)
            if not out:
                break
        return out

    def _literal(self, key: tuple[str, bool, bool], pieces) -> int:
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = self._holders(key[0], pieces)
        return found

    def _holders(self, literal: str, pieces) -> int:
        if len(pieces) == 1 and pieces[0][0] == literal:
            return self._in_words(*pieces[0])
        candidates = -1  # every sentence; with no letter to look up ("?") every sentence is read
        for piece in pieces:
            candidates &= self._known_words(*piece)
            if not candidates:
                return 0
        lowers = self.lowers
        out = 0
        for i in (indexes(candidates) if candidates != -1 else range(len(lowers))):
            if literal in lowers[i]:
                out |= 1 << i
        return out

    def _known_words(self, letters: str, start: bool, end: bool) -> int:
        key = (letters, start, end)
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = self._in_words(letters, start, end)
        return found

    def _in_words(self, letters: str, start: bool, end: bool) -> int:
        """The sentences with a word in which `letters` occurs (at its start, at its end, or as
        the whole word, as `start` and `end` say)."""
        if start and end:
            return self.exact.get(letters, 0)
        if start or end:
            return self._sharing_end(letters, start)
        vocabulary, starts, masks = self.vocabulary, self.starts, self.masks
        needle = (" " if start else "") + letters + (" " if end else "")
        shift = 1 if start else 0  # the needle's space is the one before the word
        out = 0
        found = vocabulary.find(needle)
        while found >= 0:
            index = bisect_right(starts, found + shift) - 1
            out |= masks[index]
            if index + 1 >= len(starts):
                break
            found = vocabulary.find(needle, starts[index + 1] - shift)
        return out


    def _sharing_end(self, letters: str, start: bool) -> int:
        """The sentences with a word that starts (`start`) or else ends with `letters`."""
        if start:
            if self._forwards is None:
                self._forwards = _sorted_with_masks(self.exact)
            ordered, masks = self._forwards
        else:
            if self._backwards is None:
                self._backwards = _sorted_with_masks({word[::-1]: mask for word, mask in self.exact.items()})
            ordered, masks = self._backwards
            letters = letters[::-1]
        out = 0
        for k in range(bisect_left(ordered, letters), len(ordered)):
            if not ordered[k].startswith(letters):
                break
            out |= masks[k]
        return out


def _sorted_with_masks(masks: dict[str, int]) -> tuple[list[str], list[int]]:
    ordered = sorted(masks)  # the words alone: sorting (word, mask) pairs costs a tuple comparison each
    return ordered, [masks[word] for word in ordered]


def indexes(mask: int) -> list[int]:
    """The positions of the set bits of `mask`, in increasing order."""
    bits = format(mask, "b")[::-1]
    out = []
    found = bits.find("1")
    while found >= 0:
        out.append(found)
        found = bits.find("1", found + 1)
    return out


def fired_many(texts: list[str], release_date: date | None = None) -> list[list[str]]:
    """`fired(text, release_date)` for each of `texts` (a document's sentences), computed together."""
    cleaned = [clean(text) for text in texts]
    lowers = [text.lower() for text in cleaned]
    index = _WordIndex(lowers)
    hits: list[list[str]] = [[] for _ in texts]
    joined: str | None = None
    starts: list[int] = []

    def search(batch) -> None:
        nonlocal joined
        for name, branches in batch:
            found: set[int] = set()  # the sentences one of the cue's alternatives matches
            for pattern, need, whole in branches:
                holders = -1 if need is None else index.meeting(need)
                if not holders:  # no sentence has what the alternative needs (most, in a small batch)
                    continue
                candidates = range(len(lowers)) if need is None else indexes(holders)
                if whole and 2 * len(candidates) > len(lowers):  # most sentences: one pass over them all
                    if joined is None:
                        joined = _JOIN.join(lowers)
                        position = 0
                        for lower in lowers:
                            starts.append(position)
                            position += len(lower) + 1
                    found.update(bisect_right(starts, m.start()) - 1 for m in pattern.finditer(joined))
                else:
                    found.update(i for i in candidates if i not in found and pattern.search(lowers[i]))
            for i in found:
                hits[i].append(name)

    positive, negative = _batch_tables()
    search(positive)
    if release_date is not None:
        for i, lower in enumerate(lowers):
            if _DIGIT.search(lower):
                hits[i] += _date_cues(lower, release_date)
    search(negative)
    return [names + shape_cues(text) for names, text in zip(hits, cleaned)]


_primed: dict[tuple[str, date | None], tuple[str, ...]] = {}


@contextmanager
def primed(texts: list[str], release_date: date | None = None) -> Iterator[None]:
    """Within the block, `fired` answers for `texts` from one `fired_many` pass over them all (a
    document's sentences, which a `Reader` then judges one by one)."""
    texts = list(dict.fromkeys(texts))
    _primed.update(((text, release_date), tuple(names)) for text, names in zip(texts, fired_many(texts, release_date)))
    try:
        yield
    finally:
        _primed.clear()


# The words of a table's column headers ("2024 Guidance Range Actuals", "Q4 FY'25 FY'25", "$ in
# millions, except per share"): periods, years and the names of columns.
_HEADER_WORD = re.compile(r"(?:q[1-4]|[hq][12]?|fy|f)?'?(?:19|20)?\d\d|[1-4]q'?\d\d|q[1-4]|h[12]|ytd|ex|fiscal|year|quarter|full|actuals?|"
                          r"guidance|range|outlook|low|high|mid-?point|prior|current|updated|previous|initial|revised|"
                          r"change|variance|in|millions?|billions?|thousands?|except|per|share|data|amounts?|and|vs|to|"
                          r"ended|[$%(),*'.\d/-]+|[-—–]+|\(?\d\)?", re.IGNORECASE)
_PERIOD_WORD = re.compile(r"(?:q[1-4]|h[12]|fy|f)?'?(?:19|20)?\d\d|[1-4]q'?\d\d|q[1-4]|h[12]", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\(\w{1,2}\)$|[,:;()*.]+")


def _column_header(words: list[str]) -> bool:
    """A line made only of period labels and column names, with a period among them."""
    if not 2 <= len(words) <= 12:  # most sentences: no word need be looked at
        return False
    bare = []
    for word in words:  # most lines fail on their first word: strip the others only when they count
        word = _FOOTNOTE.sub("", word)
        if word and not _HEADER_WORD.fullmatch(word):
            return False
        bare.append(word)
    return any(_PERIOD_WORD.fullmatch(w) for w in bare)


_ASCII_LETTERS = string.ascii_letters.encode()


def _letters(text: str) -> int:
    """How many letters `text` has (`str.isalpha`), for ASCII text by deleting them from its bytes."""
    if text.isascii():
        return len(text) - len(text.encode().translate(None, _ASCII_LETTERS))
    return sum(map(str.isalpha, text))


def shape_cues(text: str) -> list[str]:
    """"not:table-or-heading" for a line of few words or mostly figures; "not:heading" for a
    short line without closing punctuation; "not:column-header" besides either for a line of
    period labels and column names. A short lead-in ending in a colon ("The company expects:",
    "This guidance assumes:") is none of them. `text` as `clean` leaves it."""
    words = text.split(None, 13)  # every word of a short line; for a long one, enough to know it is long
    header = ["not:column-header"] if _column_header(words) else []
    lead_in = len(words) >= 2 and text.rstrip().endswith(":") and any(w[:1].islower() for w in words)
    if (len(words) <= 3 and not lead_in) or _letters(text) < 0.5 * max(len(text), 1):
        return ["not:table-or-heading"] + header
    if len(words) <= 12 and not _CLOSED.search(text.strip()):
        return ["not:heading"] + header
    return header


# A period named as the base of a comparison ("up 100 basis points compared to 2024", "an
# improvement from 2024", "versus the fourth quarter of 2023") says nothing of the tense of the
# sentence: guidance compares the year ahead with the one just past.
_BASE = re.compile(r"(?:compared (?:to|with)|versus|vs\.?|relative to|over|from|against)\W+(?:[a-z'-]+\W+){0,5}?$")


def _comparison_base(text: str, start: int) -> bool:
    return _BASE.search(text, max(0, start - 48), start) is not None


_CLOSED = re.compile(r"[.!?:;\"')]$")


def _date_cues(text: str, release: date) -> list[str]:
    """"future-date" when the sentence (lower-cased) names a period that starts after the release
    date; "past-date" when it names only periods before it."""
    # A later period decides at once; an earlier one only while none was found, and a period
    # that is neither decides nothing: only a match that would change the answer is asked
    # whether it is a comparison's base (a search behind it for each date of a 10-K's tables).
    past = False
    # (matched case-blind, a word may hold a letter whose lower case is not ASCII but whose case
    # fold is: the long s of "ſeptember"; casefold() gives the key the tables are written in)
    period, month_year, year_pattern, fy_short = _DATE_PATTERNS_ASCII if text.isascii() else _DATE_PATTERNS
    # A period, a month and a year all name a year of 19xx or 20xx ending a word: without one
    # only the short fiscal forms ("FY25", "Q3'24") can say anything.
    years = ("19" in text or "20" in text) and _YEAR_DIGITS.search(text) is not None
    for match in period.finditer(text) if years else ():
        if match.group(1):
            ordinal, unit, year = _ORDINAL[match.group(1).casefold()], match.group(2).casefold(), int(match.group(3))
        elif match.group(4):
            ordinal, unit, year = int(match.group(4)), "quarter", int(match.group(5))
        else:
            ordinal, unit, year = int(match.group(6)[1]), "half", int(match.group(7))
        start_month = (ordinal - 1) * (3 if unit == "quarter" else 6) + 1
        end_month = start_month + (2 if unit == "quarter" else 5)
        if "fiscal" in match.group(0).casefold():
            year -= 1  # a fiscal year may start a calendar year early: only a clearly later period counts
        if (year, start_month) > (release.year, release.month):
            if not _comparison_base(text, match.start()):
                return ["future-date"]
        elif (year, end_month) < (release.year, release.month):
            # the period the release is in is neither: it has not ended
            past = past or not _comparison_base(text, match.start())
    for match in month_year.finditer(text) if years else ():
        month, year = NUMBERS[match.group(1).casefold()], int(match.group(2))
        if (year, month) > (release.year, release.month):
            if not _comparison_base(text, match.start()):
                return ["future-date"]
        elif (year, month) < (release.year, release.month):  # the release's own month (its dateline) is neither
            past = past or not _comparison_base(text, match.start())
    for match in year_pattern.finditer(text) if years else ():
        year = int(match.group(1))
        fiscal = match.group(0).casefold().startswith(("fiscal", "fy"))
        if year > release.year + (1 if fiscal else 0):
            if not _comparison_base(text, match.start(1)):
                return ["future-date"]
        elif year < release.year:
            past = past or not _comparison_base(text, match.start(1))
    for match in fy_short.finditer(text):
        if 2000 + int(match.group(1)) > release.year:
            return ["future-date"]
    return ["not:past-date"] if past else []
