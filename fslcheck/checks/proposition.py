"""`proposition`: the document must assert what the element says, with the element's polarity.

A legend element is a statement, not a string: "actual results could differ materially" is met
by "our results may be different in a material way" and by "... could vary. Such variances may
be material.", and it is contradicted by "actual results should not differ materially". A
proposition rule writes the statement down as parts (who, what, about what, to what degree),
each a list of words and their families, and says which parts must stand together:

```yaml
- id: pslra.differ-materially
  kind: proposition
  scope: legend
  asserts: Actual results could differ materially from those the statements express.
  parts:                          # each part: words or short word groups
    subject: [result, outcome, performance, event]
    change: [differ, vary, diverge]   # "differ" stands for differs, differed, different, difference ...
    degree: [material, significant, substantial]
  forms:                          # parts that must stand together: '+' any order, '>' in order,
    - subject + change ~ degree   # '~' at most six words apart; "... within N": N words at most
  negation_on: [change, degree]   # the parts a negation turns around (default: every part)
  polarity: affirmative           # or `negative`: the element itself denies something
  negated_by: [disclaim]          # words that negate like "not" for this element
  open_ended: ["until further notice"]   # words that make a dated statement open-ended
  excludes: [website]             # a candidate with one of these in or just after it is not one
  topic_of:                       # a part named only as what a passage is about is no occurrence
    parts: [subject]              # of it: "a discussion of results" names a text, not results
    after: ["=discussion of"]
  object:                         # what a part acts on, when the clause names it ("update these
    of: change                    # statements", not "update the mailing list")
    words: [statement, projection]
  window: 30                      # most words one form may span ("a + b within 8": this form)
  refer_back: true                # a second sentence may complete the first ("Such variances ...")
  shared_subject:                 # a verb part in a second predicate joined by "and" takes the
    verbs: [change]               # first predicate's subject: "Results are hard to predict and
    subjects: [subject]           # could differ materially" (the first predicate is not counted)
  near_miss: [change]             # what a wording needs to be offered as the closest one ("a + b": both)
  company_parts: [subject]        # parts that must be the company's own, here and now: not "our
                                  # competitors' results", "statements made by analysts", "our
                                  # prior-year releases" (a form without them: the clause's subject)
  owned_parts: [filing]           # parts that must be the company's own, whatever their date: not
                                  # "the reports our competitors have filed" ("our prior filings" is)
  law_parts: [act]                # parts that name a law: not where the sentence names it for a
                                  # lawsuit ("claims under the Act") or as a section of another law
  listed_in: {part: filing, lead: risks}   # a part inside an item of the list the lead opens
                                  # is an item ("Factors include the SEC's review of our Form S-1"),
                                  # unless the item names the lead again ("the risks described in")
  more_of:                        # terms of a part that stand for "more of" what the legend said
    part: risks                   # ("Further information can be found in our SEC filings"): they
    terms: ["further information can be found"]   # fill it only after a sentence of the block
    subject: ["risk*", "forward looking"]         # has named the subject, or in its first sentence
  company_subject: true           # the clause's subject, where it names someone, is not another:
                                  # not "our joint venture partner undertakes no obligation ..."
  addressed_to_readers: true      # a caution's addressee is not only others than the readers:
                                  # not "the Company's lenders are cautioned not to rely unduly"
  future: true                    # a caution about what may happen: "results differed
                                  # materially", "may have varied materially" is about the past
  phrases:                        # optional: wording in phrase syntax that also counts
    - "actual results ... differ materially"
  examples:
    pass: ["Actual results could differ materially from our projections."]
    fail: ["Actual results may differ from our projections."]
    flip: ["Actual results should not differ materially from our projections."]
```

Words of a part are compared by family (`fslcheck.meaning.lexicon`): "differ" is filled by
"differs", "different", "difference", "differently"; "rely" by "reliance"; a word the table does
not know gets the regular inflections. `word*` is any word starting with `word`; `=word` is that
word alone. All the parts of a form must stand in one sentence, within `window` words, in any
order (active, passive and predicate forms alike: "will not be revised by us"), or, with
`refer_back`, in two sentences when the second refers back to the first ("Such variances ...",
"These are ..."); `refer_back: pronoun` only when the second opens with a plural pronoun as its
subject ("… many risks. These are detailed in our SEC filings.").

Polarity is decided for each place the proposition stands: negation cues before a part of
`negation_on` in its clause ("not", "no", "never", "none of which", "cannot", "n't",
"neither ... nor", "without", the rule's `negated_by`), and negative forms of a part's word
("immaterial"), are counted. An affirmative proposition is negated by an odd count; a
`negative` one ("no obligation to update", "not to place undue reliance") is reversed by an even
count ("undertakes to update", "does not disclaim any duty to update", "may place reliance").
A term of `open_ended` in the sentence ("remain current until further notice") makes it
open-ended. Verbs that deny what they govern count as a negation of that part ("fail to update",
"will not hesitate to revise", "not relieved of its obligation", see
`fslcheck.meaning.lexicon.IMPLICIT_NEGATORS`), and so does a negation right at a part the clause
scan leaves alone ("identify statements that are not forward-looking", "rather than
forward-looking statements"). A negation opening the subject reaches the verb however many nouns
the subject coordinates ("Nothing in this release relating to our plans and prospects is ...").
A contrast ("rather than within the meaning of the Reform Act"), a relative clause that denies a
part of an affirmative proposition ("the Reform Act, the protections of which do not apply",
"whose safe harbor the company waives"), a counterfactual ("would have been described in our
filings, had we been required to") and incapacity ("insufficient to cause results to differ")
count as negations; litotes ("not least") do not.
With `company_parts`, a place where one of those parts belongs to someone else or another time
("our competitors' press releases", "results reported by analysts", "statements made in our
prior-year releases", "the forward-looking statements in our 2019 press release" in a release of
a later year) is not the element; with `owned_parts`, one that belongs to another owner ("the
reports our competitors have filed"; another time does not count: "our prior filings" are ours)
is not the element either; a form that names none of them has the clause's subject
read instead. With `future`, a key part in a past form ("have differed materially") is a
statement about the past (`violated`, "about the past: ..."). With `release_dated: <part>` (or a
list of parts), a full date in that part, or right after it ("the date of our investor day on
March 12, 2025"), more than 45 days before the date the document states for itself ("speak only
as of December 31, 2023" in a release of October 2025) is another time's, and one well after it
a time still to come. With `derived`
(a part and its words: `said: [base, reflect]`), readings that hold only through those words
("based on information available at the time", "these forward-looking statements include
statements regarding ...") give way to a contrary reading elsewhere in the legend (an open-ended
date, an identification denied or given to another document): they take the element up from
another sentence, and that sentence decides. With `bare: [<part>]`, that part counts only when
no determiner, quantifier or word of reference comes before it ("any", "all", "no", "the",
"such", "these"), no "if any" follows it and no break ends it: "Forward-looking statements in this
release are based on ..." presupposes that the release has some, "any forward-looking
statements in this release ..." does not. With `verbs: [<part>]`, that part is filled only by a
verb: its word after a determiner and before "of" is a noun ("Statements are forward-looking, and
the use of the words ... is not intended to identify them": "use" names no use the statements make). With `filed_abroad`, in the document of an issuer listed
only outside the U.S. (a TSX-V or ASX ticker, SEDAR+) that names nothing of the SEC's or of U.S.
securities law anywhere, every reading is another regulator's: its "annual report" and "other
public filings" are filed at home.

The finding is `met` where the proposition holds (or a phrase matches and no reading of its
sentence contradicts it); `violated` ("contradicted") when every place it stands says the
opposite, with a note such as "negated: 'should not differ materially'"; `weak` for a near miss
of a phrase (OCR damage, wording drift); `missing` otherwise. `details` records the parts (which
words filled which part), the polarity and its cue, and, when not met, the closest wording and
the parts it lacks. `sentence_needs`, `sentence_excludes`, `threshold` and `weak` work as for
`required-phrase`, and so does the check of numbers the phrases name ("Act of 1993").
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import chain
from typing import Any

from ..meaning.lexicon import is_negation
from ..fls.scan import latest_period_end, stated_date, stated_issue
from ..months import PATTERN as MONTH, month_number
from ..meaning.references import listed_abroad_only
from ..meaning.proposition import Proposition
from ..meaning.terms import AFFIRMED, ANOTHERS, NEGATED, OPEN_ENDED, REVERSED, Candidate
from ..result import Finding, Status
from ..rules.model import Rule
from .base import PHRASES_SCHEMA, THRESHOLD_OPTIONS, CheckContext, compile_phrases, finding, status_for, thresholds
from .required_phrase import hidden_wording, number_problems

KIND = "proposition"
_TERMS = {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}
OPTIONS: dict[str, Any] = {
    "asserts": {"type": "string", "minLength": 1},
    "parts": {"type": "object", "minProperties": 1, "additionalProperties": _TERMS,
              "propertyNames": {"pattern": r"^[a-z0-9_-]+$"}},
    "add_terms": {"type": "object", "minProperties": 1, "additionalProperties": _TERMS,
                  "propertyNames": {"pattern": r"^[a-z0-9_-]+$"}},
    "forms": {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}},
    "negation_on": {"type": "array", "items": {"type": "string"}},
    "polarity": {"enum": ["affirmative", "negative"]},
    "negated_by": _TERMS,
    "open_ended": _TERMS,
    "excludes": _TERMS,
    "topic_of": {"type": "object", "additionalProperties": False, "required": ["parts", "after"],
                 "properties": {"parts": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                                "after": _TERMS}},
    "window": {"type": "integer", "minimum": 2, "maximum": 80},
    "object": {"type": "object", "additionalProperties": False, "required": ["of", "words"],
               "properties": {"of": {"type": "string"}, "words": _TERMS}},
    "refer_back": {"enum": [True, False, "pronoun"]},
    "shared_subject": {"type": "object", "additionalProperties": False, "required": ["verbs", "subjects"],
                       "properties": {"verbs": {"type": "array", "minItems": 1, "items": {"type": "string"}},
                                      "subjects": {"type": "array", "minItems": 1, "items": {"type": "string"}}}},
    "near_miss": {"type": "array", "minItems": 1,
                  "items": {"type": "string", "pattern": r"^\s*[a-z0-9_-]+(?:\s*\+\s*[a-z0-9_-]+)*\s*$"}},
    "company_parts": {"type": "array", "items": {"type": "string"}},
    "owned_parts": {"type": "array", "items": {"type": "string"}},
    "law_parts": {"type": "array", "items": {"type": "string"}},
    "listed_in": {"type": "object", "additionalProperties": False, "required": ["part", "lead"],
                  "properties": {"part": {"type": "string"}, "lead": {"type": "string"}}},
    "more_of": {"type": "object", "additionalProperties": False, "required": ["part", "terms", "subject"],
                "properties": {"part": {"type": "string"}, "terms": _TERMS, "subject": _TERMS}},
    "future": {"type": "boolean"},
    "company_subject": {"type": "boolean"},
    "bare": {"type": "array", "items": {"type": "string"}},
    "verbs": {"type": "array", "items": {"type": "string"}},
    "presupposed": {"type": "array", "items": {"type": "string"}},
    "addressed_to_readers": {"type": "boolean"},
    "release_dated": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
    "filed_abroad": {"type": "boolean"},
    "derived": {"type": "object", "additionalProperties": _TERMS, "propertyNames": {"pattern": r"^[a-z0-9_-]+$"}},
    "phrases": PHRASES_SCHEMA,
    "sentence_needs": PHRASES_SCHEMA,
    "sentence_excludes": PHRASES_SCHEMA,
    **THRESHOLD_OPTIONS,
}
REQUIRED = ("parts",)
_WORDS = {"negated": "negated", "reversed": "reversed", "open-ended": "open-ended", "past": "about the past",
          "another's": "another's (party, document, regulator or time)"}

# What opens a further document named in a pointer's sentence ("including our Form 10-K for 2024")
_DOCUMENT_OPENERS = frozenset("our its their the a an any each subsequent later other".split())
# words of recency between the opener and a document's name: "including our most recent 10-K",
# "including its latest annual report", "including our most recently filed Form 10-K"
_RECENCY = frozenset("most recent recently latest last prior previous filed".split())
_RECENCY_WORDS = 3
_PLACE_PREPOSITIONS = frozenset("in on under within".split())
# a document's own clause that says it has been filed: "which we filed with the SEC on August 11",
# "which was filed in April"; not "which has not been filed", "which is to be filed"
_FILED_ACTS = frozenset("filed furnished".split())
# (and the documents a reduced relative says were filed: "other reports filed with the SEC")
_FILED_SUBJECTS = frozenset("we it was were reports documents filings".split())
_FILED_LINKS = frozenset("been".split())
_NOT_YET = frozenset("not never yet".split())


def _given_as_included(words: list[str], a: int, lo: int) -> bool:
    """Whether the document named at a is given as one of those named before it: "..., including
    our Form 10-K", "..., including our most recent 10-K" (an opener, then words of recency),
    "..., including in our 10-Q" (the place named again with its preposition)."""
    k = a - 1
    while k > lo and words[k] in _RECENCY and a - 1 - k < _RECENCY_WORDS:
        k -= 1
    if k < lo or words[k] not in _DOCUMENT_OPENERS:
        return False
    before = k - 2 if k - 2 >= lo and words[k - 1] in _PLACE_PREPOSITIONS else k - 1
    return before >= lo and words[before] == "including"


def _filed_then_named(tokens, names: list[int], lo: int, hi: int) -> bool:
    """Whether, between a reading and a later clause that says a filing is still to come, one
    document is said to have been filed ("which we filed with the SEC on August 11, 2021") and
    another is named after it: the clause still to come is that later document's ("..., and our
    Form 10-Q for the next quarter, which we expect to file"), not the one already filed."""
    words = tokens.words
    for t in range(lo + 1, hi):
        if words[t] not in _FILED_ACTS:
            continue
        before = words[t - 1]
        if before in _FILED_LINKS:
            if words[t - 2] in _NOT_YET or words[t - 2] == "be":
                continue  # "which has not been filed", "to be filed"
        elif before not in _FILED_SUBJECTS:
            continue
        # (another document: one set off by a comma or joined by "and", not the rest of the same
        # name, "documents filed by Acme Inc. with the SEC")
        if any(t < a < hi and any("," in tokens.gap(k) or words[k] == "and" for k in range(t + 1, a + 1))
               for a in names):
            return True
    return False


_COORDINATING = frozenset("and or".split())
_ALL_OF = frozenset("all each both every any".split())
_LIST_END = re.compile(r"[;:]|[.!?](?:\s|$)")


def _placed_apart(tokens, a: int, lo: int) -> bool:
    """Whether the document named at a is joined to the reading's by "and" (or "or") with a place
    of its own ("described in our Form 10-K and in our Form 10-Q, which we expect to file", "...
    Form 10-K and will be updated in our Form 10-Q, which ..."): "in" said again (or a clause of
    its own) makes it another place, so a clause after it is its own. A bare "x and y, which we
    expect to file" may speak of both, and stays read of both."""
    words = tokens.words
    for k in range(lo, a):
        if words[k] in _COORDINATING and not any(_LIST_END.search(tokens.gap(t)) for t in range(k + 1, a + 1)):
            t = k + 1
            while t < a and (words[t] == "also" or words[t].endswith("ly")):
                t += 1  # "and also in", "and more fully in"
            return t < a and (words[t] in _PLACE_PREPOSITIONS or words[t] in _OWN_CLAUSE)
    return False


# a coordinated clause of its own, with its own verb: "... and will be updated in our Form 10-Q"
_OWN_CLAUSE = frozenset("will shall may might can could would is are was were has have".split())


_ADDING = frozenset("by and or in plus with".split())
_PRONOUN_REACH = 3  # words from "those" to the clause still to come ("those we file later")


def _others_to_come(words: list[str], lo: int, hi: int) -> bool:
    """Whether the clause still to come at hi is said of further documents named by a pronoun
    added after the pointer ("..., as supplemented by those we file later", "and the ones we file
    hereafter"): the documents named first have been filed, and stay the pointer."""
    return any(words[t] in ("those", "ones") and words[t - 1] in _ADDING and hi - t <= _PRONOUN_REACH
               for t in range(max(lo + 1, hi - _PRONOUN_REACH), hi))


# A predicate added after the pointer that sends its matter on to a further document as well ("...
# filed with the SEC, and will be discussed in the reports it has not yet filed", "..., as they will
# be updated in the Form 10-K we expect to file next month", "..., as they may be supplemented by"):
# a future passive joined by "and" or "as" (with a pronoun for the matter), whose place is a
# document of its own. What is said of that document's filing is not said of those named first.
# A participle of filing is the first document's own ("..., as it will be filed next month").
_ADDED_JOINS = frozenset("and as".split())
_ADDED_PRONOUNS = frozenset("they it these those such".split())
_ADDED_MODALS = frozenset("will shall may might would".split())
_ADDED_PLACES = frozenset("in by through within".split())
_NOT_ADDED = frozenset("filed furnished submitted made registered".split())
_ADDED_REACH = 3  # words from the participle to its place ("discussed further in", "updated from time to time in" is not read)


def _added_later(tokens, lo: int, hi: int) -> bool:
    """Whether an "and"/"as" clause in [lo, hi) adds a further document by a future passive of
    its own ("and will be discussed in", "as they will be updated in"), so that a clause still to
    come after it is that document's."""
    words = tokens.words
    for k in range(lo, hi):
        if words[k] not in _ADDED_JOINS:
            continue
        t = k + 1
        if t < hi and words[t] in _ADDED_PRONOUNS:
            t += 1
        elif words[k] == "as":
            continue  # ("as" wants its pronoun: "as will be discussed" may be the same document's)
        if t + 2 >= hi or words[t] not in _ADDED_MODALS:
            continue
        t += 1
        while t < hi and (words[t].endswith("ly") or words[t] in ("also", "further")):
            t += 1
        if t + 1 >= hi or words[t] != "be" or words[t + 1] in _NOT_ADDED or not words[t + 1].endswith("ed"):
            continue
        if any(words[u] in _ADDED_PLACES for u in range(t + 2, min(hi, t + 2 + _ADDED_REACH))):
            return True
    return False


# A contrast ("rather than", "as distinct from" ...) sets aside the noun phrase it opens; when an
# aside closes before the filing's word and a clause goes on ("These risks, as distinct from the
# routine matters above, are described in our Form 10-K"; "Rather than our peers, we describe them
# in our Form 10-K"), the filing is the clause's, not the contrast's.
_CONTRAST_OPENING = re.compile(r"(?:rather than|instead of|as distinct from|as opposed to|in contrast (?:to|with))\b",
                               re.IGNORECASE)
_CLAUSE_GOES_ON = re.compile(r",\s+(?:we|it|they|i|you|he|she|should|must|will|shall|can|could|may|might|would|is|are|"
                             r"was|were|has|have|had|do|does|did)\b", re.IGNORECASE)


def _contrast_closed_early(matched: str) -> bool:
    """Whether an excluded match opened by a contrast reaches its filing's word only past the end
    of the contrasted phrase (a comma, then a subject pronoun or an auxiliary)."""
    return _CONTRAST_OPENING.match(matched) is not None and _CLAUSE_GOES_ON.search(matched) is not None


def expand_options(options: dict[str, Any]) -> dict[str, Any]:
    """The rule's options as the checker reads them, `add_terms` appended to their parts: a rule
    copied with `like`, or overriding an inherited one, widens a part without repeating the terms
    it already has. Raises ValueError for a part the rule does not have."""
    added = options.get("add_terms")
    if not added:
        return options
    parts = options["parts"]
    unknown = sorted(set(added) - set(parts))
    if unknown:
        raise ValueError(f"add_terms names {', '.join(unknown)}, which `parts` does not define "
                         f"(its parts: {', '.join(parts)})")
    widened = {name: list(terms) + [t for t in added.get(name, ()) if t not in terms] for name, terms in parts.items()}
    return {key: value for key, value in options.items() if key != "add_terms"} | {"parts": widened}


class Checker:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        self.proposition = Proposition(rule.options)
        self.phrases = compile_phrases(rule.options.get("phrases", []))
        self.sentence_needs = compile_phrases(rule.options.get("sentence_needs", []))
        self.sentence_excludes = compile_phrases(rule.options.get("sentence_excludes", []))
        self.threshold, self.weak = thresholds(rule)
        dated_parts = rule.options.get("release_dated")
        self.release_dated = (dated_parts,) if isinstance(dated_parts, str) else tuple(dated_parts or ())
        for part in self.release_dated:
            if part not in self.proposition.parts:
                raise ValueError(f"release_dated names {part}, which `parts` does not define")
        self.derived = {name: tuple(terms) for name, terms in (rule.options.get("derived") or {}).items()}
        self.filed_abroad = bool(rule.options.get("filed_abroad"))
        unknown = set(self.derived) - set(self.proposition.parts)
        if unknown:
            raise ValueError(f"derived names {', '.join(sorted(unknown))}, which `parts` does not define")

    def check(self, context: CheckContext) -> Finding:
        scope = self.rule.scope
        candidates: list[Candidate] = []
        for start, end in context.spans(scope):
            candidates += self.proposition.find(context.tokens(scope), context.sentence_ranges(start, end, scope))
        complete = [c for c in candidates if c.complete and self._in_context(context, c.start, c.end)]
        complete = self._exceptions_held_always(context, complete)
        if self.proposition.negative:
            complete = self._exceptions_swallow(context, complete)
        if self.release_dated:
            complete = self._earlier_dates(context, complete)
        if self.proposition.company_parts or self.proposition.company_subject:
            complete = self._earlier_documents(context, complete)
        complete = self._placed_abroad(context, complete)
        if self.proposition.owned_parts:
            complete = self._future_filings(context, complete)
        outranked = False
        if self.derived:
            before = len(complete)
            complete = self._outranked(context, complete)
            outranked = len(complete) < before
        match = context.find(self.phrases, scope, self.weak, self.sentence_needs, self.sentence_excludes) \
            if self.phrases else None
        if match is not None and not match.exact and self._crosses(context, match.start, match.end):
            # A fuzzy alignment drifts into the sentence before or after (its window reaches
            # there): align again within each sentence it touches, so that what stands before
            # the legend does not decide the finding.
            match = self._within_sentences(context, match, scope)
        if match is not None and self._stray(context, match.start, match.end):
            near, match = match, None
        else:
            near = match
        if near is not None and not near.exact and not self._near_miss_words(context, near.start, near.end, scope):
            # A fuzzy alignment in a sentence without the element's key words ("Cautionary
            # Statement Regarding Forward-Looking Information" for the pointer to SEC filings)
            # is no near miss: neither weak nor the closest wording.
            if match is near and status_for(match, self.threshold, self.weak) is not Status.MET:
                match = None
            near = None
        status = status_for(match, self.threshold, self.weak)
        details: dict[str, Any] = {"threshold": self.threshold, "weak": self.weak}
        notes: list[str] = []
        if match is not None and status is Status.MET and match.exact:
            # Wording found intact is read like the parts: it counts only where its sentence
            # asserts the element ("words such as ... appear in our brochures" does not), and
            # not where the sentence says the opposite. Damaged text (OCR) cannot be read so:
            # its tolerant and fuzzy matches keep their phrase score.
            sentence_start, sentence_end = context.sentence_of(match.start, match.end)
            here = [c for c in complete if c.start < sentence_end and sentence_start < c.end]
            if not here:  # damaged text may hide a part: read the sentence again, OCR-tolerant
                here = self._placed_abroad(context, [c for c in self.proposition.find(
                    context.tokens(scope), context.sentence_ranges(sentence_start, sentence_end, scope),
                    tolerant=True, before=self._block_before(context, scope, sentence_start)) if c.complete])
                if outranked:  # (the same derived reading, found again)
                    here = [c for c in here if not (c.holds and self._derived(c))]
            if not any(c.holds for c in here):
                near, match, status = None, None, Status.MISSING
        elif match is not None and status is Status.MET:
            # A damaged match whose sentence reads as the opposite is not met either: the reading
            # counts anywhere in the match's sentence, as for an intact match ("should not be
            # reluctant to place full reliance" aligns with "should not be relied" before the
            # reading's parts begin).
            sentence_start, sentence_end = context.sentence_of(match.start, match.end)
            over = [c for c in complete if c.start < max(match.end, sentence_end)
                    and min(match.start, sentence_start) < c.end]
            if over and not any(c.holds for c in over):
                near, match, status = None, None, Status.MISSING
        holds = [c for c in complete if c.holds]
        met_candidate = min(holds, key=lambda c: c.start, default=None)
        if status is Status.MET and match is not None:  # the wording found: where the report points
            over = [c for c in holds if c.start < match.end and match.start < c.end]
            parts = ({name: context.excerpt(*span) for name, span in over[0].part_spans.items()} if over
                     else {"phrase": context.excerpt(match.start, match.end)})
            details.update(polarity=AFFIRMED, parts=parts)
            self._numbers(context, match.start, match.end, notes, details)
            result = finding(self.rule, context, Status.WEAK if details.pop("_weak", False) else Status.MET,
                             match, details=details, notes=notes)
            return result
        if met_candidate is not None:
            details.update(polarity=AFFIRMED, parts={name: context.excerpt(*span)
                                                     for name, span in met_candidate.part_spans.items()})
            self._numbers(context, met_candidate.start, met_candidate.end, notes, details)
            status = Status.WEAK if details.pop("_weak", False) else Status.MET
            return finding(self.rule, context, status, score=100.0,
                           span=(met_candidate.start, met_candidate.end), details=details, notes=notes)
        contrary = [c for c in complete if not c.holds]
        if contrary:
            first = contrary[0]
            cue = context.excerpt(*first.cue_span) if first.cue_span else first.cue  # the document's words
            parts = {name: context.excerpt(*span) for name, span in first.part_spans.items()} or first.parts
            details.update(polarity=first.polarity, polarity_cue=cue, parts=parts)
            notes.append(f"{_WORDS.get(first.polarity, first.polarity)}: '{cue}'")
            return finding(self.rule, context, Status.VIOLATED, score=None, span=(first.start, first.end),
                           details=details, notes=notes)
        closest = self._closest(context, candidates) or self._near_miss(context, near)
        if closest:
            details["closest"] = closest
        notes.extend(hidden_wording(context, self.phrases))
        return finding(self.rule, context, status, match, details=details, notes=notes)

    def _block_before(self, context: CheckContext, scope: str, start: int) -> list[tuple[int, int]]:
        """The sentences of the searched block that stand before canonical offset `start` (what a
        sentence read again on its own came after: `more_of`)."""
        if not self.proposition.reads_more_of:
            return []
        for a, b in context.spans(scope):
            if a <= start < b:
                return context.sentence_ranges(a, start, scope) if start > a else []
        return []

    def _outranked(self, context: CheckContext, complete: list[Candidate]) -> list[Candidate]:
        """Readings that hold only through a `derived` word give way to a contrary one elsewhere
        in the legend. "based on information available at the time" ties the statements to a
        moment through what they rest on; an open-ended reading says how long the statements
        themselves speak ("they continue to speak until our next report"). "These
        forward-looking statements include statements regarding ..." takes up statements
        identified before; where that identification is denied or given to another document,
        the elaboration does not restore it. (A contrary reading inside the derived reading's own
        sentence is read with it there, and outranks only when open-ended.)"""
        holds = [c for c in complete if c.holds]
        if not holds or not all(self._derived(c) for c in holds):
            return complete
        sentences = {context.sentence_of(c.start, c.end) for c in holds}
        if not any(c.polarity == OPEN_ENDED or context.sentence_of(c.start, c.end) not in sentences
                   for c in complete if not c.holds):
            return complete
        return [c for c in complete if not c.holds]

    def _derived(self, c: Candidate) -> bool:
        return any(c.parts.get(name, "").lower().startswith(terms) for name, terms in self.derived.items())

    def _earlier_dates(self, context: CheckContext, complete: list[Candidate]) -> list[Candidate]:
        """A full date in the `release_dated` part ("speak only as of December 31, 2023") well
        before the date the document states for itself is another time's, one well after it a
        time still to come: the statements do not speak as of the date they are made. The
        document's own date is read with the part's date left out (a call's "speak only as of
        January 1, 2021" would otherwise date the call). A document that states no date is
        bounded by the latest period it says has ended ("results for the quarter ended September
        30, 2021"): a date well before that is another time's; a later one decides nothing."""
        out = []
        for c in complete:
            span = next((c.part_spans[p] for p in self.release_dated if c.part_spans.get(p)), None)
            named = _FULL_DATE.match(context.text, span[0]) if c.holds and span else None
            if named is None and c.holds and span:
                # "as of any date subsequent to December 31, 2026", "the date of our investor
                # day on March 12, 2025"
                named = _bounding_date(context.text, span[1])
            said = _date_of(named) if named is not None else None
            if said is not None:
                own, kind = _own_date(context, named.span())
                if own is not None and (own - said).days > _EARLIER_DAYS:
                    c = replace(c, polarity=ANOTHERS, cue=named.group(0), cue_span=named.span())
                elif own is not None and kind != _BOUND and (said - own).days > _LATER_DAYS_BY_KIND[kind]:
                    # "speak only as of December 31, 2027" in a release of 2025: a date still to
                    # come, not the one they are made on
                    c = replace(c, polarity=OPEN_ENDED, cue=named.group(0), cue_span=named.span())
            out.append(c)
        return out

    @staticmethod
    def _earlier_documents(context: CheckContext, complete: list[Candidate]) -> list[Candidate]:
        """Statements placed in a document dated by a year before the one this document states
        for itself ("the forward-looking statements in our 2019 press release", "any projection
        made in its 2021 investor presentation") are another document's: what the element says
        of them says nothing of this one's. A document that states no date decides nothing."""
        release = None
        out = []
        in_sentence: dict[tuple[int, int], re.Match | None] = {}  # (a run-on sentence has many candidates)
        for c in complete:
            dated = None
            if c.holds:
                sentence = context.sentence_of(c.start, c.end)
                # (from the sentence's start: the statements may be its subject, before the parts:
                # "Forward-looking statements contained in our 2019 prospectus are ...")
                if sentence not in in_sentence:
                    in_sentence[sentence] = _DATED_DOCUMENT.search(context.text, *sentence)
                dated = in_sentence[sentence]
            # (the statements' noun is the candidate's, or the object its last part governs:
            # "undue reliance" + "on the forward-looking statements in our 2019 press release")
            between = context.text[c.end:dated.start()] if dated is not None else ""
            if dated is not None and (dated.start() < c.end or (
                    len(between.split()) <= _OBJECT_WORDS and not _CLAUSE_MARK.search(between))):
                release = release or stated_date(context.document.text)
                if release is not None and _dated_before(context.text, dated, release):
                    c = replace(c, polarity=ANOTHERS, cue=dated.group(0), cue_span=dated.span())
            out.append(c)
        return out

    def _future_filings(self, context: CheckContext, complete: list[Candidate]) -> list[Candidate]:
        """Filings whose sentence names them only by a period that ends two or more years after the
        year this document states for itself ("our Annual Report on Form 10-K for 2031 and subsequent
        Quarterly Reports" in a release of 2025): no such report exists when the document is
        issued, so the pointer names no filing. A sentence that also names a report of a year that
        can exist, or a document that states no date, decides nothing."""
        out, release, in_sentence = [], None, {}
        for c in complete:
            if c.holds and c.part_spans.get(self.proposition.owned_parts[0]) is not None:
                sentence = context.sentence_of(c.start, c.end)
                if sentence not in in_sentence:
                    years = [(int(m.group("year")), m) for m in _FILING_FOR_YEAR.finditer(context.text, *sentence)]
                    if years:
                        release = release or stated_date(context.document.text)
                    in_sentence[sentence] = (min(years, key=lambda y: y[0])[1] if years and release is not None
                                             and all(y > release.year + 1 for y, _ in years) else None)
                named = in_sentence[sentence]
                if named is not None:
                    c = replace(c, polarity=ANOTHERS, cue=named.group(0), cue_span=named.span())
            out.append(c)
        return out

    def _placed_abroad(self, context: CheckContext, complete: list[Candidate]) -> list[Candidate]:
        """With `filed_abroad`: in the document of an issuer listed or filing only outside the U.S.
        (`fslcheck.meaning.references.listed_abroad_only`), the filings a legend points to are
        filed at home, whatever it calls them: each reading is another regulator's."""
        if not self.filed_abroad or not any(c.holds for c in complete):
            return complete
        # (asked once per document: a legend's exact and OCR-tolerant readings both ask it)
        marker = context.memo(("listed-abroad",), lambda: listed_abroad_only(context.document.text))
        if marker is None:
            return complete
        span = (context.canonical.from_source(marker.start()), context.canonical.from_source(marker.end()))
        return [replace(c, polarity=ANOTHERS, cue=marker.group(0), cue_span=span) if c.holds else c
                for c in complete]

    def _exceptions_held_always(self, context: CheckContext, complete: list[Candidate]) -> list[Candidate]:
        """An element whose exception the sentence then says holds for every case ("..., save
        those that management has reviewed, and management has reviewed each of them"; "except
        where a revision is material (and the Company regards any revision as material)"): the
        exception takes in all the statements, and nothing is left of the element."""
        out = []
        for c in complete:
            if c.holds:
                start, end = context.sentence_of(c.start, c.end)
                found = context.memo(("held-always", start, end), lambda: _exception_held_always(context.text, start, end))
                if found is not None and found[0] >= c.start:
                    polarity = REVERSED if self.proposition.negative else NEGATED
                    c = replace(c, polarity=polarity, cue=context.text[found[0]:found[1]], cue_span=found)
            out.append(c)
        return out

    @staticmethod
    def _exceptions_swallow(context: CheckContext, complete: list[Candidate]) -> list[Candidate]:
        """A denial followed, in its sentence or the next, by the commitment it denies ("no
        obligation to update ..., except that it will update them whenever ...", "... However,
        we will update them quarterly") is reversed: the exception swallows the rule. A commitment
        made only as the law requires ("except as required by law, in which case we will update
        them") leaves the denial standing."""
        reversed_ = [c for c in complete if c.polarity == REVERSED]
        out = []
        for c in complete:
            if c.holds:
                trigger = _event_exception(context, c)
                if trigger is not None:
                    c = replace(c, polarity=REVERSED, cue=context.text[trigger[0]:trigger[1]], cue_span=trigger)
            if c.holds and reversed_:
                _, sentence_end = context.sentence_of(c.start, c.end)
                _, next_end = context.sentence_of(sentence_end, sentence_end + 1) \
                    if sentence_end < len(context.text) else (0, sentence_end)
                later = next((r for r in reversed_ if c.end <= r.start < next_end), None)
                if later is None:
                    later = _in_fronted_exception(context, c, reversed_)
                if later is not None:
                    later_start, later_end = context.sentence_of(later.start, later.end)
                    # "..., no inference should be drawn that we will make additional updates":
                    # a commitment under a denial is none.
                    denied = any(is_negation(w) for w in context.text[max(later_start, c.end):later.start].split())
                    # the law's carve-out counts when it stands before the commitment or is
                    # attached to it ("we will update them as required by law"), not when it
                    # closes the sentence after a comma ("..., in which we will update all of
                    # them, whether ... or otherwise, except as required by law")
                    comma = context.text.find(",", later.end, later_end)
                    law_end = later_end if comma == -1 else comma
                    # a carve-out of the denial's sentence does not reach a commitment made in the
                    # next one ("... except as required by law. It will, however, revise them each
                    # quarter"), unless that sentence takes up the case ("In that case, we will ...")
                    law_start = c.end if later_start < sentence_end or _TAKES_UP_CASE.search(
                        context.text, later_start, later.start) else later_start
                    law = _AS_LAW_REQUIRES.search(context.text, law_start, law_end)
                    if law is not None and law.end() <= later.start and (
                            _CONCESSION.search(context.text, law.end(), later.start)
                            or _NEW_PREDICATE.match(context.text, law.end(), later.start)):
                        # "... except as required by law, although we intend to update them"; "...,
                        # except as required by law, and will update them each quarter"; the law
                        # named again on the commitment still limits it ("..., but will update
                        # them only as the law requires")
                        law = _AS_LAW_REQUIRES.search(context.text, later.start, law_end)
                    if not denied and law is None:
                        c = replace(c, polarity=REVERSED, cue=later.cue, cue_span=later.cue_span)
            out.append(c)
        return out

    @staticmethod
    def _crosses(context: CheckContext, start: int, end: int) -> bool:
        return context.sentence_of(start, start + 1) != context.sentence_of(max(start, end - 1), end)

    def _within_sentences(self, context: CheckContext, match, scope: str):
        """The best phrase match inside one of the sentences `match` runs over, or None."""
        sentences, position = [], match.start
        while position < match.end:
            sentence = context.sentence_of(position, position + 1)
            sentences.append(sentence)
            position = max(sentence[1], position + 1)
        spans = [(max(s, a), min(e, b)) for s, e in sentences for a, b in context.spans(scope)
                 if max(s, a) < min(e, b)]
        return context.find(self.phrases, scope, self.weak, self.sentence_needs, self.sentence_excludes,
                            within=spans) if spans else None

    def _stray(self, context: CheckContext, start: int, end: int) -> bool:
        """A phrase match that is not about the element: it runs over a sentence end, or an
        excluded word follows it ("no obligation to update ... our website")."""
        sentence_start, sentence_end = context.sentence_of(start, end)
        if context.sentence_of(start, start + 1) != (sentence_start, sentence_end):
            return True
        return self.proposition.excluded_at(context.tokens(self.rule.scope), start, end)

    def _in_context(self, context: CheckContext, start: int, end: int) -> bool:
        """sentence_needs / sentence_excludes, as for a phrase match."""
        if not (self.sentence_needs or self.sentence_excludes):
            return True
        if self.sentence_needs and not context.sentence_has(self.sentence_needs, start, end):
            return False
        return not (self.sentence_excludes and context.sentence_has(self.sentence_excludes, start, end)
                    and self._exclusion_reaches(context, start, end))

    def _exclusion_reaches(self, context: CheckContext, start: int, end: int) -> bool:
        """Whether an excluded phrase of the sentence bears on the reading at [start, end): it
        stands before the reading's end, or after it with no other document named between. A
        second document named on in the sentence takes the exclusion for itself ("... described
        in our Form 10-K for 2023, including our Form 10-K that will be filed for 2024": the 2023
        report is still the pointer; "our Form 20-F for 2026, which is still being drafted" is not)."""
        sentence_start, sentence_end = context.evidence_of(start, end)
        # where the excluded phrases stand depends on the sentence alone: found once for all the
        # readings in it (a sentence that names several documents has a reading for each)
        found = context.memo(("excluded-at", id(self.sentence_excludes), sentence_start, sentence_end),
                             lambda: [m.start for p in self.sentence_excludes
                                      for m in p.find_exact(context.text, sentence_start, sentence_end)
                                      + p.find_tolerant(context.text, sentence_start, sentence_end)
                                      if not _contrast_closed_early(context.text[m.start:m.end])])
        if not found or min(found) < end or not self.proposition.owned_parts:
            return bool(found)
        tokens = context.tokens(self.rule.scope)
        lo, hi = tokens.index_at(end), tokens.index_at(min(found))
        # another document given as one of those named ("..., including our Form 10-K for
        # 2024"), where more of the same one's name is not ("annual report on Form 20-F", "under
        # the heading Risk Factors in an Annual Report"); a relative clause after "x and y" may
        # speak of both, so a document joined by "and" takes no exclusion from the first
        words = tokens.words
        names = [a for name in self.proposition.owned_parts
                 for a, _ in self.proposition.parts[name].occurrences(tokens, lo, hi)]
        # (the filing said done may be the reading's own: "reports filed with the SEC, and will be
        # updated in our next Form 10-K once it is filed")
        # ("..., and in our Form 10-Q and other filings, all of whose risk disclosures this release
        # replaces": a clause that takes in all of them reaches the first too)
        all_of = any(words[t] in _ALL_OF and words[t + 1] == "of" for t in range(lo, hi - 1))
        return not (any(_given_as_included(words, a, lo) or (_placed_apart(tokens, a, lo) and not all_of) for a in names)
                    or _filed_then_named(tokens, names, tokens.index_at(start), hi) or _others_to_come(words, lo, hi)
                    or _added_later(tokens, lo, hi))

    def _numbers(self, context: CheckContext, start: int, end: int, notes: list[str], details: dict) -> None:
        misstated, damaged = number_problems(context, self.phrases, start, end)
        if misstated:
            details["_weak"] = True
            notes.append("the sentence misstates a number the rule names: " + "; ".join(misstated))
        elif damaged:
            notes.append("a number the rule names looks mistyped or damaged (a digit doubled or "
                         "dropped): " + "; ".join(damaged))

    def _near_miss_words(self, context: CheckContext, start: int, end: int, scope: str) -> bool:
        """Whether the sentence of canonical [start, end) has the words `near_miss` asks for
        (read OCR-tolerantly: a fuzzy match is often damaged text)."""
        if not self.proposition.near_miss:
            return True
        sentence_start, sentence_end = context.sentence_of(start, end)
        tokens = context.tokens(scope)
        ranges = context.sentence_ranges(sentence_start, sentence_end, scope)
        names = frozenset().union(*self.proposition.near_miss)
        parts: set[str] = set()
        for lo, hi in ranges:
            parts |= self.proposition.parts_in(tokens, lo, hi, names=names)
        if self.proposition.is_near_miss(parts):
            return True
        # Letters dropped by OCR: the slow tolerant reading, for a sentence of ordinary length.
        for lo, hi in ranges:
            if hi - lo <= _TOLERANT_WORDS:
                parts |= self.proposition.parts_in(tokens, lo, hi, tolerant=True, names=names - parts)
        return self.proposition.is_near_miss(parts)

    def _near_miss(self, context: CheckContext, match) -> dict[str, Any] | None:
        """A phrase's near miss as the closest wording: the meaning words it lacks, else the
        phrase's words it lacks."""
        if match is None:
            return None
        start, end = context.evidence_of(match.start, match.end)
        source_start, source_end = context.canonical.to_source(start, end)
        lacks = [w for w in match.missing_essentials if not w.startswith("+")]
        lacks += ["adds " + w[1:] for w in match.missing_essentials if w.startswith("+")]
        if not lacks:
            lacks = _lacking_words(match.phrase, context.text[match.start:match.end])
        return {"excerpt": context.excerpt(start, end), "score": match.score, "lacks": lacks,
                "start": source_start, "end": source_end}

    def _closest(self, context: CheckContext, candidates: list[Candidate]) -> dict[str, Any] | None:
        """The closest wording in scope and what it lacks (for the report)."""
        partial = [c for c in candidates if not c.complete]
        best = min(partial, key=lambda c: (len(c.lacks), c.start), default=None)
        if best is None:
            return None
        have = len(best.parts)
        start, end = context.evidence_of(best.start, best.end)
        source_start, source_end = context.canonical.to_source(start, end)
        # What it lacks in the pack's words ("material"), not the part's name ("degree"), which
        # the report quotes to a reader; the part names stay under "lacks_parts".
        lacks = [self.proposition.parts[name].terms[0].source.strip("=*") if name in self.proposition.parts
                 else name for name in best.lacks]
        return {"excerpt": context.excerpt(start, end), "score": round(100.0 * have / (have + len(best.lacks)), 1),
                "lacks": lacks, "lacks_parts": list(best.lacks), "has_parts": list(best.parts),
                "start": source_start, "end": source_end}


# An exception that opens the sentence: "Other than our guidance, which investors may rely on, ...".
_HISTORICAL = re.compile(r"\b(?:historical|historic|past|prior)\b", re.IGNORECASE)
_FRONTED_EXCEPTION = re.compile(r"\W*(?:except|excepting|other than|save for|apart from|aside from|besides)\b",
                                re.IGNORECASE)


def _in_fronted_exception(context: CheckContext, c: Candidate, reversed_: list[Candidate]) -> Candidate | None:
    """A commitment made inside an exception that opens the denial's sentence ("Other than our
    revenue guidance, which investors may rely on, investors are cautioned not to place undue
    reliance on ..."): the exception takes back what the denial says, as one after it does."""
    start, _ = context.sentence_of(c.start, c.end)
    if not _FRONTED_EXCEPTION.match(context.text, start):
        return None
    for r in reversed_:
        if start <= r.start and r.end <= c.start:
            excepted = context.text[start:r.start]
            # not the law's carve-out ("Except as required by law, which may require us to
            # update them, ...") nor the past ("Except for historical information, which
            # readers may rely on, ..."): neither takes back a caution about the projections
            if _AS_LAW_REQUIRES.search(excepted) or _HISTORICAL.search(excepted):
                return None
            return r
    return None


# An exception ("except", "unless", "other than", "save as") that names events, not the law
# ("except as a result of new information or future events", "unless circumstances change"):
# the denial then holds only until something happens, which is a promise to act when it does.
# One that turns on the reader ("do not place undue reliance on them unless you find them
# persuasive") lifts the caution for whoever meets it.
# ("with the sole exception of any statement that later events prove wrong"; "beyond correcting
# those that cease to be accurate": what the company does beyond the disclaimer is excepted from it)
# ("save" as a preposition also before a pronoun or determiner that takes up the events or the
# statements: "..., save those that render them misleading")
_EXCEPTION = re.compile(r"\b(?:except|excepting|unless|other than|save (?:as|where|when|to|for|in|those|that|these|"
                        r"any|such|ones?)|apart from|"
                        r"(?:sole|only|single|one) exception (?:of|being)|"
                        r"beyond (?:correcting|revising|updating|amending|restating))\b")
# (not the point of an abbreviation: "except as required under the U.S. federal securities laws, or
# as ..." goes on past "U.S.")
_EXCEPTION_END = re.compile(r"[,;:()\n]|\.(?![a-z]\.)(?<!\b[a-z]\.)")
_COMMA_SPACE = re.compile(r",[ \t]*")
_EVENTS = re.compile(r"\b(?:new information|information (?:becomes|is) available|future events?|events? occurs?|"
                     # what an update is for: "other than to reflect events after the date of this release"
                     r"(?:subsequent|later) events?|(?:events?|facts?|occurrences?) (?:\w+ ){0,3}?(?:after|since|following|subsequent)|"
                     # ... said by a clause: "except to reflect what happens after today", "new facts"
                     r"(?:happens?|happened|occurs?|occurred|arises?|arose) (?:\w+ ){0,2}?(?:after|since|following)|new facts?|"
                     # the events an update is most for: "other than unanticipated events"
                     r"(?:unanticipated|unforeseen|unexpected|unpredicted) (?:events?|developments?|circumstances?)|"
                     r"circumstances?|changes?|changed|changing|shifts?|shifted|shifting|developments?|becomes? aware|"
                     r"inaccurate|incorrect|misleading|"
                     # ... or put them in doubt: "unless new trial data call any of them into question"
                     r"(?:into|in) (?:question|doubt)|casts? doubt|"
                     # ... or new evidence of any kind: "other than to bring them into line with new clinical data"
                     r"new (?:\w+ )?(?:data|results|findings|evidence)|"
                     # ... or what keeping readers current is: "except insofar as needed to keep investors
                     # accurately informed" (an update by another name), "or as needed to keep them accurate"
                     r"keep(?:s|ing)? (?:\w+ ){0,3}?(?:accurately |fully |properly )?(?:informed|current|up to date|accurate|correct)|"
                     # ... or prove them wrong: "any statement that later events prove wrong"
                     r"proves? (?:\w+ )?(?:wrong|mistaken|false|inaccurate)|"
                     # ... or come to be known: "unless that information comes to our attention"
                     r"(?:comes?|came) to (?:our|its|their|the company's|management's) (?:attention|knowledge)|"
                     r"untrue|no longer|out of date|outdated|obsolete|ceas(?:e|es|ed) to|stop(?:s|ped)? (?:reflecting|being)|"
                     # ... or left behind by events: "any statement that events have overtaken"
                     r"overtak(?:en|es?)|"
                     # ... or turn out otherwise than they said: "except to the extent events differ from our expectations"
                     r"(?:differs?|differed|deviates?|deviated|diverges?|diverged|vary|varies|varied) from (?:\w+ ){0,2}?"
                     r"(?:expectations?|projections?|forecasts?|estimates?|assumptions?|guidance|statements?|outlook)|"
                     # on request: "unless asked to by an investor", "except on request"
                     r"asks?|asked|requested|requests?|demands?|demanded|"
                     # on the reader's own view or act: "unless you find them persuasive"; or on what
                     # the readers expect or want: "or as its investors may reasonably expect" (they
                     # expect a statement gone wrong to be corrected: the exception takes in every update)
                     r"(?:you|investors?|readers?|shareholders?|stockholders?)\s+(?:\w+\s+){0,2}?"
                     r"(?:find|believe|consider|judge|think|conclude|are|have|agree|expect|expects|want|wants|wish|"
                     r"wishes|desire|desires|prefer|prefers))\b")
# A denial that starts only at a later time ("no obligation to update ... after the end of this
# fiscal year", "beyond next quarter") leaves the duty standing until then; "after the date of
# this release" is the usual from-now-on and no such start. Said of events ("events occurring
# after the end of the quarter") it limits what an update would reflect, not the disclaimer.
# A denial that ends at a time ("no obligation to update ... before the end of this month", "until
# the close of the offering", "prior to the next quarter") is the same limit from the other side:
# the duty returns after it.
_LATER_START = re.compile(r"\b(?:after|beyond|following|from|before|until|till|through|prior\s+to)\s+"
                          r"(?:the\s+(?:end|close|expiry|expiration|completion)\s+of|(?:the\s+)?(?:next|coming|upcoming)\s+\w+)"
                          # ... or until an event named by its clause: "until the proceedings conclude",
                          # "before the offering is completed"
                          r"|\b(?:before|until|till)\s+(?:the|our|its|their)\s+(?:[\w'’-]+\s+){1,3}?"
                          r"(?:(?:is|are|has\s+been|have\s+been)\s+)?(?:finally\s+)?(?:concludes?|concluded|closes?|closed|"
                          r"completes?|completed|ends?|ended|expires?|expired|terminates?|terminated|resolved|"
                          r"settles?|settled)\b")
_EVENTS_BEFORE = re.compile(r"\b(?:events?|circumstances?|occur\w*|aris\w*|developments?|information|changes?)"
                            r"\W+(?:\w+\W+){0,2}$")
# "... as a result of new information, future events or otherwise before the end of this month":
# "or otherwise" closes the list of causes, so the time that follows bounds the disclaimer
_OTHERWISE_BEFORE = re.compile(r"\botherwise\W+$")


# A date named in full in canonical text ("december 31, 2023"), and how much earlier than the
# document's own date it may be and still be the date the statements are made (a release dated
# the day after its legend was written, an 8-K filed days after its exhibit).
# a periodic report named by the period it covers ("Form 10-K for 2031", "annual report for the
# fiscal year ending December 31, 2031", "Form 10-Q for the quarter ended March 31, 2031")
_FILING_FOR_YEAR = re.compile(
    r"\b(?:form\s+(?:10|20|40)\s?[kqf]|annual\s+reports?|quarterly\s+reports?)\b(?:\s+on\s+form\s+(?:10|20|40)\s?[kqf])?"
    r"\s+for\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?:(?:year|quarter|period)\s+)?(?:(?:ended|ending)\s+)?"
    r"(?:" + MONTH + r"\s+\d{1,2},?\s+)?(?:(?:fiscal|fy)\s+)?(?P<year>(?:19|20)\d\d)\b")
_FULL_DATE = re.compile(MONTH + r"\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b")
_EARLIER_DAYS = 45
# ... and well after it: as long for the day a document is issued (a dateline, a call's date, an
# 8-K's report date: "the date of the Current Report to which this release is an exhibit" comes
# days later); longer when the date the document states is the end of the period it covers (a 10-K's
# "For the fiscal year ended"), some months before the report is filed and speaks. A document that
# states no date, only periods that have ended, gives a bound, not its date: a later date there
# decides nothing.
_ISSUED, _PERIOD, _BOUND = "issued", "period", "bound"
_LATER_DAYS_BY_KIND = {_ISSUED: 45, _PERIOD: 183}

# "any date subsequent to December 31, 2026": the full date that bounds a "date" the part names
_BOUNDED_BY = re.compile(r"\s+(?:subsequent to|after|following|later than)\s+")
# ... or the day of the document or event the "date" part is the date of, given after it: "the
# date of our investor day on March 12, 2025", "the date of this release, March 3, 2026"
_DATE_OF_EVENT = re.compile(r"\s+of\s+(?:[\w'’&.-]+\s+){0,5}?[\w'’&.-]+(?:,\s+|\s+(?:held\s+)?on\s+)(?=" + MONTH + r"\s+\d)")


def _own_date(context: CheckContext, span: tuple[int, int]) -> tuple[date | None, str]:
    """The date the document states for itself with the date at canonical `span` left out, and
    what kind of date it is (`_ISSUED`, `_PERIOD`, or `_BOUND` for the latest period it says has
    ended when it states no date)."""
    def read() -> tuple[date | None, str]:
        start, end = context.canonical.to_source(*span)
        source = context.document.text
        text = source[:start] + " " * (end - start) + source[end:]
        stated = stated_issue(text)
        if stated is not None:
            return stated[0], _PERIOD if stated[1] else _ISSUED
        return latest_period_end(text), _BOUND
    return context.memo(("own-date", *span), read)


def _bounding_date(text: str, end: int) -> re.Match[str] | None:
    """The full date right after a "date" part ending at `end` that bounds it ("... views as of any
    date subsequent to December 31, 2026"): it fixes the moment the statements speak as of, as a
    date named in the part does. None when what bounds it is no full date ("any date subsequent to
    the date of this release")."""
    bound = _BOUNDED_BY.match(text, end) or _DATE_OF_EVENT.match(text, end)
    return _FULL_DATE.match(text, bound.end()) if bound else None


# Statements placed in a document named with a year ("the forward-looking statements in our 2019
# press release", "in Acme Holdings' 2021 prospectus"): the statements' noun, a verb of making or
# containing, up to three words of determiner or owner, the document's year and up to three more
# modifiers before its noun.
_OBJECT_WORDS = 4
_CLAUSE_MARK = re.compile(r"[,;:()]")
_DATED_DOCUMENT = re.compile(
    r"\b(?:statements?|projections?|forecasts?|information|guidance|estimates?|expectations?)"
    r"(?:\s+(?:made|contained|included|set forth|issued|given|presented|published))?\s+(?:in|within|from|during|on)\s+"
    r"(?:[a-z&.'-]+\s+){1,3}?((?:19|20)\d\d)\b(?:\s+[a-z&-]+){0,3}?\s+"
    r"(?:releases?|reports?|presentations?|calls?|announcements?|letters?|webcasts?|prospectus|filings?|"
    r"circulars?|materials)\b")


def _dated_before(text: str, dated: re.Match[str], release: date) -> bool:
    """Whether the document `_DATED_DOCUMENT` names is of a year before the release's, or of a
    month before the release's in the same year, the month's word right before the year
    ("Oracle's June 2019 earnings release" in a release of July 2019)."""
    year = int(dated.group(1))
    if year != release.year:
        return year < release.year
    month = re.search(r"([a-z]+)\.?\s+$", text[dated.start() : dated.start(1)])
    number = month_number(month.group(1)) if month else None
    return number is not None and number < release.month


def _date_of(match: re.Match[str]) -> date | None:
    try:
        return date(int(match.group(3)), month_number(match.group(1)), int(match.group(2)))
    except ValueError:
        return None


def _event_exception(context: CheckContext, candidate: Candidate) -> tuple[int, int] | None:
    """The exception in a denial's sentence that makes it hold only until events occur, as
    canonical (start, end), or None."""
    start, end = context.sentence_of(candidate.start, candidate.end)
    return context.memo(("event-exception", start, end), lambda: _sentence_event_exception(context.text, start, end))


# A commitment on a schedule in a clause that hangs on the denial ("..., except as it deems
# appropriate, which it expects to do each quarter", "no obligation to update ..., an obligation
# it will nonetheless honour each quarter"): the denial's exception swallows it. A permissive
# "may" ("which we may do each quarter") commits to nothing.
_SCHEDULED = re.compile(r"\b(?:which|where|an obligation|a duty|an undertaking)\b([^.;:]{0,60}?)\b(?:update|revise|do|honou?r|"
                        r"fulfil|fulfill|meet|perform)\w*\b[^.;:]{0,25}?\b(?:each|every)\s+(?:quarter|year|month|week)\b")
_PERMISSIVE = re.compile(r"\b(?:may|might|could|can)\b")
# ... the schedule said by an adjective of frequency on the updates ("..., which calls for monthly
# updates of all of them", "an undertaking to provide quarterly revisions")
_SCHEDULED_NOUN = re.compile(r"\b(?:which|where|an obligation|a duty|an undertaking)\b([^.;:]{0,60}?)"
                             r"\b(?:daily|weekly|monthly|quarterly|yearly|annual|regular)\s+"
                             r"(?:updates?|updating|revisions?|corrections?)\b")
# ... or a standing practice of publishing every revision, said of the company in a clause on it
# ("the Company, which posts every revision of its forward-looking statements on its website, does
# not undertake ..."): it updates in substance, whatever the channel the disclaimer names
_PUBLISHES_EVERY = re.compile(r"\b(?:which|who)\b([^.;:]{0,30}?)\b(?:posts?|publish(?:es)?|releases?|issues?|"
                              r"announces?|files?)\s+(?:every|each|all)\s+(?:of\s+)?(?:its\s+|their\s+|our\s+)?"
                              r"(?:revisions?|updates?|corrections?)\b")
# ... or a recurring publication named as where the updates are made, the schedule being the
# publication's own ("except in its quarterly reports, where it updates all of them"): a standing
# practice of updating, not the law's carve-out.
_PERIODIC_VENUE = re.compile(r"\b(?:except|save|other than) (?:in|through|via|by means of) (?:its|our|their|the company's) "
                             r"(?:quarterly|annual|monthly|periodic|semi annual|weekly)\b[^.;:]{0,40}?\b(?:where|in which)\b"
                             r"([^.;:]{0,40}?)\b(?:update|revise|correct)\w*\b")

# ... or an exception for the cases the company judges an update needless ("except where it
# judges an update unnecessary", "unless we consider a revision superfluous"): it updates in every
# other case, so the disclaimer is the exception, not the rule (not "except as we deem
# appropriate", which keeps the choice open).
_NEEDLESS = re.compile(r"\b(?:except|save|unless)(?: (?:where|when|if|in cases where|to the extent))?\b[^.;:]{0,40}?"
                       r"\b(?:judge|deem|consider|determine|find|believe)(?:s|d|ed)?\b[^.;:]{0,40}?"
                       r"\b(?:unnecessary|unneeded|needless|superfluous|redundant|unwarranted|not necessary|not needed)\b")


# ... or an exception whose relative clause promises the update for what it excepts ("to reflect
# events occurring after its date, other than those occurring in the current fiscal year, which it
# will reflect"): the company takes on the duty for every case the exception names, so the
# disclaimer no longer holds of them (a permissive "which it may reflect" promises nothing; an
# exception for the law's requirements is the usual carve-out)
_COMMITTED_EXCEPTION = re.compile(r"\b(?:other than|except|excepting|save|apart from)\b([^.;:]{0,80}?),?\s+which\s+"
                                  r"(?:it|we|the company|management)\s+(?:will|shall|(?:undertakes?|commits?|promises?) to)\s+"
                                  r"(?:\w+\s+)?(?:reflect|update|revise|correct|disclose|announce)\b")


def _sentence_event_exception(text: str, start: int, end: int) -> tuple[int, int] | None:
    for found in chain(_SCHEDULED.finditer(text, start, end), _SCHEDULED_NOUN.finditer(text, start, end),
                       _PUBLISHES_EVERY.finditer(text, start, end)):
        if not _PERMISSIVE.search(found.group(1)):
            return found.start(), found.end()
    for found in _COMMITTED_EXCEPTION.finditer(text, start, end):
        if not _AS_LAW_REQUIRES.search(found.group(1)) and not any(is_negation(w) for w in found.group(0).split()):
            return found.start(), found.end()
    found = _NEEDLESS.search(text, start, end)
    if found is not None:
        return found.start(), found.end()
    for found in _PERIODIC_VENUE.finditer(text, start, end):
        if not _PERMISSIVE.search(found.group(1)) and not _AS_LAW_REQUIRES.search(found.group(0)):
            return found.start(), found.end()
    for found in _LATER_START.finditer(text, start, end):
        if (not _EVENTS_BEFORE.search(text, max(start, found.start() - 60), found.start())
                or _OTHERWISE_BEFORE.search(text, max(start, found.start() - 12), found.start())):
            return found.start(), found.end()
    for found in _EXCEPTION.finditer(text, start, end):
        stop = _EXCEPTION_END.search(text, found.end(), end)
        clause_end = stop.start() if stop else end
        while clause_end < end and text[clause_end] == ",":
            # another alternative after the comma: "except as required by law, or to the extent
            # circumstances have changed materially"
            comma = _COMMA_SPACE.match(text, clause_end, end)
            after = _ALTERNATIVES.match(text, comma.end(), end) if comma is not None else None
            if after is None:
                break
            stop = _EXCEPTION_END.search(text, after.end(), end)
            clause_end = stop.start() if stop else end
        clause = text[found.start():clause_end]
        # each alternative of the exception on its own: "except as required by law or as our
        # sponsor may request" carves out a request beside the law
        for alternative in _ALTERNATIVES.split(clause):
            if ((_EVENTS.search(alternative)
                 or ((_OCCASION.match(alternative) or _OCCASION_UNLESS.match(alternative))
                     and not _CHOOSING.search(alternative)))
                    and not _AS_LAW_REQUIRES.search(alternative)):
                return found.start(), clause_end
    return None


# An exception followed by a clause, joined by "and" after a comma or in brackets, that says what
# the exception names holds of every one of them: the clause shares a content word with the
# exception and quantifies over all ("each", "all", "every", "any").
_HELD_OPENER = re.compile(r"\b(?:except|excepting|save|other than|apart from|unless|but for)\b")
_HELD_END = re.compile(r"[,;:()]|[.!?](?:\s|$)")
_HELD_JOIN = re.compile(r"\s*[,(]\s*and\s+")
_HELD_UNIVERSAL = re.compile(r"\b(?:each|all|every|any)\b")
_HELD_WORD = re.compile(r"[a-z]{5,}")
_HELD_COMMON = frozenset("""statement statements forward looking company which those these their there where would
could should about other""".split())


def _held_stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _exception_held_always(text: str, start: int, end: int) -> tuple[int, int] | None:
    for opener in _HELD_OPENER.finditer(text, start, end):
        stop = _HELD_END.search(text, opener.end(), end)
        if stop is None:
            return None
        join = _HELD_JOIN.match(text, stop.start())
        if join is None:
            continue
        close = _HELD_END.search(text, join.end(), end)
        clause_end = close.start() if close else end
        clause = text[join.end():clause_end]
        if not _HELD_UNIVERSAL.search(clause) or any(is_negation(w) for w in clause.split()):
            continue
        excepted = {_held_stem(w) for w in _HELD_WORD.findall(text[opener.end():stop.start()])} - _HELD_COMMON
        said = {_held_stem(w) for w in _HELD_WORD.findall(clause)} - _HELD_COMMON
        if excepted & said:
            return opener.start(), clause_end
    return None


# An exception for the occasions some event happens, named by a clause ("except whenever later
# facts show them to be wrong", "unless a partner revises its estimates"): not the law's carve-out
# (nor a requirement left unnamed, "except when required to do so") and not the company's choice
# ("unless we decide otherwise" keeps the choice open).
_OCCASION = re.compile(r"\W*(?:except|excepting|unless|save|other than|apart from)\s+"
                       r"(?:in\s+(?:each|any|every)\s+(?:case|instance)\s+)?(?:(?:when|whenever|if|once|where)\s+"
                       r"|(?:each|every|any)\s+time\s+|in\s+the\s+event\s+)")
# ... or named by "unless" and a clause whose subject some event befalls ("unless the regulator acts
# on our application", "unless the offering is completed")
_OCCASION_UNLESS = re.compile(r"\W*unless\s+(?:the|a|an|any|one|our|its|their)\s+(?:[\w'’.-]+\s+){0,4}?"
                              r"(?:is|are|acts?|occurs?|happens?|changes?|revises?|becomes?|proves?|closes?|"
                              r"completes?|approves?|rejects?|issues?|announces?|publishes?)\b")
_CHOOSING = re.compile(r"\b(?:deem|deems|deemed|consider|considers|determine|determines|judge|judges|decide|decides|"
                       r"elect|elects|choose|chooses|wish|wishes|believe|believes|think|thinks|appropriate|"
                       r"discretion|require|required|requires|obligated|obliged|compel|compels|compelled|mandated|"
                       # a court's or a regulator's order compels as the law does ("except where an
                       # order of a court compels an update")
                       r"order|orders|ordered)\b")
# an "or" that opens another exception ("or as ...", "or by ...", "or when ...", or an infinitive of
# what the update is for: "or to reflect changes in its expectations"), not one inside a noun
# phrase ("federal or state law")
_ALTERNATIVES = re.compile(r"\bor\s+(?=(?:as|by|if|when|whenever|where|upon|on|at|for|unless|in so far|insofar|"
                           r"to the extent|to (?!the\b|a\b|an\b|any\b)\w+)\b)")


# What the law, a regulation or an exchange's rules require: a commitment limited to it is not
# a promise to update.
# A concession after the law's carve-out opens a commitment of its own, which the carve-out does
# not limit.
_CONCESSION = re.compile(r"\b(?:although|though|but|however|nevertheless|nonetheless|yet)\b")
# ... as does a coordinated predicate of the denial's subject that the carve-out's comma closes
# off ("..., except as required by law, and will update them each quarter"), where the law names
# no case of its own ("..., and in that case will update them" keeps it)
_NEW_PREDICATE = re.compile(r"[^,;:.]*,\s*and\s+(?!(?:in|if|then|only|where|when|to)\b)")
# A sentence after the carve-out's that takes up the case it names: the carve-out still limits it.
_TAKES_UP_CASE = re.compile(r"\b(?:in (?:that|such|this|any such|which) (?:case|event|instance)|if so|where it does|when it does)\b")
_AS_LAW_REQUIRES = re.compile(r"\b(?:laws?|legally|regulations?|regulatory|rules|legal|statut\w*|obligated by)\b")
_TOLERANT_WORDS = 40  # the longest sentence read OCR-tolerantly for a near miss's key words
_GROUP = re.compile(r"\{([^{}]*)\}|(\S+)")


def _lacking_words(phrase: str, span: str) -> list[str]:
    """The words of a phrase (the first of each choice the span has none of) missing from span."""
    found = span.split()
    lacks = []
    for group, word in _GROUP.findall(phrase):
        choices = [c.strip() for c in group.split("|")] if group else [word]
        if "" in choices or word == "...":
            continue  # an optional word is never lacking
        if not any(all(any(f.startswith(w.rstrip("*")) for f in found) for w in c.split()) for c in choices):
            lacks.append(choices[0].rstrip("*"))
    return lacks[:4]
