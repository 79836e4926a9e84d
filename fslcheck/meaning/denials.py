"""Denials from outside the clause: words after a proposition that take it back.

A question answered "no", a condition the sentence declares false, a caution reported and then
rejected, filings to be disregarded or since withdrawn, a denial in a following clause ("..., but
none of them is"), and a counterfactual ("would have been described, had we been required to").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain

from .clauses import HARD_STOP, Tokens, read_once
from .lexicon import (
    APPLYING, BOUNDARIES, DOCUMENT_NOUNS, MODALS, FILLERS, STATEMENT_NOUNS, IMPLICIT_NEGATORS, IMPRUDENT_ACTS, OVERLOOKING, RENOUNCING, UNWISE_ACTS,
    RESOLVED, WRONGNESS, is_local_negation, is_negation, overlooked)
from .references import coordinated_law
from .times import past_verb_between
from .syntax import (
    AUXILIARIES, ELABORATING, HARD_GAP, MODALS_OF_THE_PAST, PERFECT, SENTENCE_GAP, STOP_GAP, concession_end, sentence_low)


# Words that open a yes/no question ("Does the company undertake ...?", "Is a safe harbor ...?").
_QUESTION_OPENERS = frozenset("""is are was were do does did will would shall should can could may might must has have
had""".split())
_ANSWER_WORDS = 8  # the most words a short answer to a question has ("We do not believe so.")


def answered_no(tokens: Tokens, first: int, last: int, lo: int) -> int | None:
    """The negation of a short answer that denies the yes/no question tokens first..last stand in
    ("Does this release include forward-looking statements? It does not."), or None: the question
    is no statement, the answer says what holds. A question with no answer, or one answered yes
    ("... otherwise? It does."), adds nothing."""
    words = tokens.words
    n = len(words)
    start = sentence_low(tokens, first, lo)
    if words[start] not in _QUESTION_OPENERS:
        return None
    end = tokens.next_mark(SENTENCE_GAP, last, n)  # where the sentence ends (n: the text's end)
    if end >= n or "?" not in tokens.gap(end):
        return None
    stop = tokens.next_mark(SENTENCE_GAP, end, n)
    if stop - end > _ANSWER_WORDS:
        return None
    return next((t for t in range(end, stop) if is_negation(words[t])), None)


# A question that opens on "why", "who" or "how" with a modal of supposition ("Why would these
# statements speak only as of today?", "Who would seriously claim that ...?", "How could anyone
# say that ...?") asks for a reason or a person there is none of: it puts in doubt what it holds.
_RHETORICAL_OPENERS = frozenset("why who how".split())
_RHETORICAL_MODALS = frozenset("would could".split())
_RHETORICAL_SKIP = frozenset("""ever seriously really possibly honestly anyone anybody one else in the world on
earth""".split())
_ANSWER_OPENERS = frozenset("because since as for".split())
_DOUBTING_VERBS = frozenset("doubt question dispute deny challenge contest".split())


# "what"/"which" with the noun asked about ("what investor would hesitate to ...?", "which
# reader could ...?") ask for someone there is none of, as "who would" does
_WHICH_OPENERS = frozenset("what which".split())
_PERSONS = frozenset("""investor investors reader readers shareholder shareholders stockholder stockholders holder
holders unitholder unitholders person persons one analyst analysts buyer buyers purchaser purchasers lender lenders
lawyer lawyers""".split())
# a rhetorical question may open a clause after a comma and a coordinator ("Forward-looking
# statements involve risks, but what investor would hesitate to place full reliance on them?")
_CLAUSE_COORDINATORS = frozenset("but yet and so".split())


def _rhetorical_opener(tokens: Tokens, start: int, first: int) -> int | None:
    """The token that opens the question: the sentence's first word, or the first word of a
    clause after ", but"/", yet"/", and"/", so" before the parts, when it is a question word."""
    words = tokens.words
    if words[start] in _RHETORICAL_OPENERS or words[start] in _WHICH_OPENERS:
        return start
    for p in tokens.positions_of(_RHETORICAL_OPENERS | _WHICH_OPENERS, start + 2, first):
        if words[p - 1] in _CLAUSE_COORDINATORS and "," in tokens.gap(p - 1):
            return p
    return None


def rhetorical_question(tokens: Tokens, first: int, last: int, lo: int) -> int | None:
    """The opener of a rhetorical question the tokens first..last stand in ("Why would forward-
    looking statements speak only as of the date they are made?", "Who could say that ...?"), or
    None. It opens the sentence, its modal follows within two words ("Who would seriously claim"),
    the sentence ends with "?" and the next does not answer it ("Because ..."): a genuine question
    ("Why might results differ? Because ...") keeps what it presupposes."""
    words = tokens.words
    n = len(words)
    start = _rhetorical_opener(tokens, sentence_low(tokens, first, lo), first)
    if start is None:
        return None
    modal = next((t for t in range(start + 1, min(start + 4, first + 1)) if words[t] in _RHETORICAL_MODALS), None)
    if modal is None:
        return None
    if words[start] in _WHICH_OPENERS:
        # "what investor would ...", "which sensible reader could ...": a person asked about, as
        # "who" asks ("What factors could cause results to differ?" asks for the factors, and its
        # answer follows)
        if words[modal - 1] not in _PERSONS or any(words[t] in AUXILIARIES or words[t] in BOUNDARIES
                                                   for t in range(start + 1, modal)):
            return None
    elif any(words[t] not in _RHETORICAL_SKIP for t in range(start + 1, modal)):
        return None
    if any(words[t] in _DOUBTING_VERBS for t in range(modal + 1, first)):
        return None  # "Why would anyone doubt that they speak only as of today?" affirms it
    end = tokens.next_mark(SENTENCE_GAP, last, n)  # where the sentence ends (n: the text's end)
    closing = tokens.gap(end) if end < n else tokens.text[tokens.ends[n - 1]:tokens.ends[n - 1] + 3]
    if "?" not in closing:
        return None
    if end < n and words[end] in _ANSWER_OPENERS:
        return None
    return start


def asked_in_place(tokens: Tokens, first: int, last: int, lo: int) -> int | None:
    """A question word inside the parts of a sentence that ends with "?" ("Any forward-looking
    statements made in this release speak as of what date?"): the question asks for the part, it
    does not say it; what holds is in the answer, read as a sentence of its own. The question
    word's token, or None."""
    words = tokens.words
    n = len(words)
    asked = next((t for t in range(first + 1, last) if words[t] in _WHICH_OPENERS), None)
    if asked is None:
        return None
    end = tokens.next_mark(SENTENCE_GAP, last, n)  # where the sentence ends (n: the text's end)
    closing = tokens.gap(end) if end < n else tokens.text[tokens.ends[n - 1]:tokens.ends[n - 1] + 3]
    return asked if "?" in closing else None


def whether_clause(tokens: Tokens, first: int, last: int, lo: int) -> int | None:
    """The "whether" that opens the sentence when the tokens first..last stand in the clause it
    opens ("Whether this press release contains any forward-looking statements is a question the
    Company leaves open"), or None. A clause of "whether" asks or weighs; it asserts nothing, so
    what it holds is not said. A comma before the parts closes the clause first ("Whether as a
    result of new information or otherwise, we undertake no obligation to update ...")."""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    if words[start] != "whether" or start >= first:
        return None
    if any("," in tokens.gap(k) or tokens.marked(HARD_GAP, k) for k in range(start + 1, last + 1)):
        return None
    return start


_CONDITION_SUBJECTS = frozenset("it they we this that these those there such".split())
_ALL_OF = frozenset("all each both".split())  # "which all of them have": every one of what the condition names
_CONDITION_VERBS = AUXILIARIES | {"do", "does", "did"}  # "and they are not", "which it does not"
# the verbs of a comment clause with "as" that states the fact: "only if it addressed, as it does
# not, matters relating to ..."
_FACTUAL_VERBS = frozenset("do does did is are was were has have had".split())


# An inverted conditional opens on the subjunctive auxiliary, after a comma or at the sentence's
# start: "were those provisions to apply to the Company", "were GENFIT an SEC registrant",
# "should they prove material", "had we been required to"
_INVERTING = frozenset("were should had".split())
_NOT_INVERTED_SUBJECTS = AUXILIARIES | frozenset("not never to also only then there".split())


def _inverted_condition(tokens: Tokens, t: int, lo: int, end: int) -> bool:
    """Whether a condition in subject-auxiliary inversion opens at t: "were"/"should"/"had" first
    in the sentence or after a comma, with a subject after it ("..., were those provisions to apply
    to the Company, which they do not"), not a participle or an auxiliary ("..., were made",
    "..., had been filed")."""
    words = tokens.words
    if words[t] not in _INVERTING or t + 2 >= end or not (t == lo or "," in tokens.gap(t)):
        return False
    subject = words[t + 1]
    return subject not in _NOT_INVERTED_SUBJECTS and not subject.endswith(("ed", "en"))


def denied_condition(tokens: Tokens, lo: int, hi: int, only: bool = False) -> tuple[int, int] | None:
    """A condition the sentence itself declares false: "... only if it discussed future events,
    which it does not", "... if our assumptions were wrong, and they are not", or a negative
    condition answered by a bare positive ("... only if its assumptions could never need
    revision, which they can"). The (first, last) tokens of the denial, or None. `only`: the
    condition must be opened by "only if" (what holds only then fails with it)."""
    words = tokens.words
    end = min(hi, len(words))
    condition = None
    negative = False  # whether the condition's own clause is negative
    for t in range(lo, end):
        if t > lo and tokens.marked(SENTENCE_GAP, t):
            return None
        if (words[t] == "if" and (not only or (t > lo and words[t - 1] == "only"))) or (
                not only and _inverted_condition(tokens, t, lo, end)) or _bounding_condition(words, t, lo, only):
            condition, negative = t, False
            continue
        if condition is not None and words[t] in ("not", "never") and not tokens.marked(HARD_GAP, t):
            negative = True
            continue
        if condition is None or words[t] not in ("which", "and", "but", "as"):
            continue
        none = _none_is_so(tokens, t, end)
        if none is not None:
            return t, none  # "... only where they are marked with an asterisk, and none is so marked"
        u = t + 1
        if words[u : u + 3] and words[u] in _ALL_OF and words[u + 1 : u + 3] in (["of", "them"], ["of", "these"],
                                                                                   ["of", "those"]):
            u += 3  # "..., which all of them have", "and each of them is": the condition met by every one
        while u < end and u - t <= 2 and words[u] in _CONDITION_SUBJECTS:
            u += 1
        if u >= end or words[u] not in _CONDITION_VERBS or u == t + 1 and words[t] != "which":
            continue
        if words[t] == "as" and words[u] not in _FACTUAL_VERBS:
            continue  # "..., as it does not," denies the condition; "..., as they may not," only doubts it
        v = u + 1
        if v < end and words[v] in ("not", "never") or is_negation(words[u]):
            last = v if v < end and words[v] in ("not", "never") else u
            if last + 1 >= end or tokens.marked(HARD_GAP, last + 1):
                return t, last
        elif _no_intention(words, u, v, end, tokens):
            # "... if our board were to abandon the plans, which it has no intention to do": the
            # condition is one the sentence says will not be brought about
            return t, v + 1
        elif negative and words[t] == "which" and (v >= end or tokens.marked(HARD_GAP, v)):
            return t, u  # "... only if they could never need revision, which they can"
    return None


def met_exception(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """An "unless" condition the sentence then says is met: "not to place undue reliance on these
    statements unless management has confirmed them, which it has". "Unless" is "if not": the
    claim holds only while its exception is unmet, and a bare positive answer in a relative or
    comment clause ("which it has", "as they have") meets it, so nothing of the claim is left. A
    negative answer ("which it has not") or none leaves the claim standing; an "unless" clause
    with its own negation is not read. The (first, last) tokens of the answer, or None."""
    words = tokens.words
    end = min(hi, len(words))
    condition = None
    for t in range(lo, end):
        if t > lo and tokens.marked(SENTENCE_GAP, t):
            return None
        if words[t] == "unless":
            condition = t
            continue
        if condition is None:
            continue
        if is_negation(words[t]) and not any(w in ("which", "as") for w in words[condition:t]):
            condition = None  # "unless they are not ...": not read
            continue
        if words[t] not in ("which", "as") or "," not in tokens.gap(t):
            continue
        u = t + 1
        if words[u : u + 3] and words[u] in _ALL_OF and words[u + 1 : u + 3] in (["of", "them"], ["of", "these"],
                                                                                   ["of", "those"]):
            u += 3
        while u < end and u - t <= 2 and words[u] in _CONDITION_SUBJECTS:
            u += 1
        if u == t + 1 or u >= end or words[u] not in _FACTUAL_VERBS:
            continue
        if u + 1 >= end or tokens.marked(HARD_GAP, u + 1):
            return t, u
    return None


_INTENTION_NOUNS = frozenset("intention intent plan plans".split())
_DOING_IT = (("to", "do", "so"), ("of", "doing", "so"), ("to", "do"), ("of", "doing"), ("to", "do", "that"),
             ("of", "doing", "that"), ("to", "do", "it"), ("of", "doing", "it"))


def _no_intention(words: list[str], u: int, v: int, end: int, tokens: Tokens) -> bool:
    """Whether the answer to a condition at u ("which it has", "and it has") goes on "no intention
    to do (so)" to the clause's end: the condition is one that will not be met."""
    if not (words[u] in ("has", "have") and v + 1 < end and words[v] == "no" and words[v + 1] in _INTENTION_NOUNS):
        return False
    w = v + 2
    for tail in _DOING_IT:
        if tuple(words[w : w + len(tail)]) == tail:
            w += len(tail)
            break
    return w >= end or tokens.marked(HARD_GAP, w)


# Conditions that bound a claim other than "if": "to the extent (that) those laws apply to the
# Company", "insofar as it applies", "only where they are marked"
def _bounding_condition(words: list[str], t: int, lo: int, only: bool) -> bool:
    """Whether a condition that bounds the claim opens at t: "only where" (either reading), and
    for a claim not bound to "only": "to the extent", "insofar as", "in so far as"."""
    if words[t] == "where":
        return t > lo and words[t - 1] == "only"
    if only:
        return False
    if words[t] == "extent":
        return t - 2 >= lo and words[t - 2 : t] == ["to", "the"]
    if words[t] == "insofar":
        return t + 1 < len(words) and words[t + 1] == "as"
    return words[t] == "far" and t - 2 >= lo and words[t - 2 : t] == ["in", "so"] and words[t + 1 : t + 2] == ["as"]


_NONE_WORDS = frozenset("none neither nothing".split())
_NONE_REACH = 5  # "and none" up to its verb: "and none in this release is"
_NONE_TAIL = 3  # the verb to the clause's end: "is so marked"


def _none_is_so(tokens: Tokens, t: int, end: int) -> int | None:
    """A short clause after "and"/"but" at t that says none of what the condition asks for is so:
    "..., and none is so marked", "..., and none in this release is", "..., but there are none".
    Its last token, or None. The clause must end soon after its verb: "and none of them can be
    predicted with certainty" says something else of the risks."""
    words, gap = tokens.words, tokens.gap
    if t + 2 >= end:
        return None
    if words[t + 1] == "there" and words[t + 2] in ("is", "are") and t + 3 < end and words[t + 3] == "none":
        last = t + 3
        return last if last + 1 >= end or HARD_GAP.search(gap(last + 1)) else None
    if words[t + 1] not in _NONE_WORDS:
        return None
    for v in range(t + 2, min(end, t + 2 + _NONE_REACH)):
        if HARD_GAP.search(gap(v)):
            return None
        if words[v] in _CONDITION_VERBS:
            stop = next((k for k in range(v + 1, end) if HARD_GAP.search(gap(k))), end)
            return stop - 1 if stop - v <= _NONE_TAIL else None
    return None


def unreal_then_denied(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A proposition put as "would" and then denied by a "but" clause that ends on its negation:
    "statements that concern our plans would be forward-looking statements, but this release
    contains none", "... would be material, but they are not". The (first, last) tokens from
    "would" to the negation, or None. A "but" clause that goes on after its negation ("but not
    in every case") qualifies, and denies nothing."""
    words = tokens.words
    # ("may" puts it as possible only, the same way: "this release may contain forward-looking
    # statements, but on review it contains none")
    would = next((t for t in range(max(lo, first - 4), first) if words[t] == "would"), None)
    if would is None:
        would = next((t for t in range(max(lo, first - 4), last) if words[t] in _HEDGING_MODALS), None)
    barrier = HARD_GAP
    if would is None:
        # a past verb among the parts says what was so, and the "but" clause what is so now:
        # "This press release contained forward-looking statements when first drafted, but the
        # final version contains none"
        would = past_verb_between(tokens, first, last)
    if would is None:
        # "statements that we wish were within the meaning of Section 27A ..., as amended, and
        # Section 21E ..., but which are not": a wish puts the proposition as unreal, as "would"
        # does, over the provisions it names (their asides' commas included)
        would = next((t for t in range(max(lo + 1, first - _WISH_REACH), first)
                      if words[t] in _SUBJUNCTIVE_BE and words[t - 1] in _WISHING), None)
        barrier = STOP_GAP
    if would is None or any(tokens.marked(barrier, t) for t in range(would + 1, first + 1)):
        return None
    end = min(hi, len(words))
    for t in range(last + 1, end):
        if tokens.marked(SENTENCE_GAP, t):
            return None
        # ... or a clause after ", and" ("would contain forward-looking statements only in an
        # Outlook section, and this year it has none"); an "and" that does not deny is read past
        joined = words[t] == "and" and "," in tokens.gap(t)
        if words[t] != "but" and not joined:
            continue
        denied = None
        for u in range(t + 1, min(end, t + _DENIAL_WORDS)):
            if u > t + 1 and tokens.marked(HARD_GAP, u):
                break
            if words[u] in ("none", "not", "never", "no") or words[u].endswith("n't"):
                closes = u + 1 >= end or tokens.marked(HARD_GAP, u + 1)
                denied = (would, u) if closes else None
                break
        if denied is not None or not joined:
            return denied
    return None


_HEDGING_MODALS = frozenset("would may might".split())  # before the parts or between them
_DENIAL_WORDS = 10  # "but on review it turns out to contain none": from "but" to the negation
_BUTS = frozenset("but yet however".split())
_REJECTING = frozenset("""disagree disagrees reject rejects rejected dismiss dismisses dismissed dispute disputes
disputed""".split())
_REFERRED_NOUNS = frozenset("""caution cautions warning warnings advice view views concern concerns disclaimer
disclaimers suggestion suggestions""".split())
_REFERRING = frozenset("that this such these those the".split())
_REJECTION_REACH = 12  # words from "but" to the noun that refers back to what it rejects ("but their record does not allow us to give that caution")


def rejected_after(tokens: Tokens, e: int, hi: int) -> tuple[int, int] | None:
    """A "but" clause after the part that rejects what the sentence said, naming it by a noun that
    refers back ("..., but we see no reason for that caution here", "but the company disagrees
    with this advice", "but we reject that view"): the (but, noun) tokens, or None."""
    words = tokens.words
    # the first "but" after the part, unless a sentence ends before it (looked up, not scanned
    # for: a run-on sentence has thousands of words after a part)
    b = next(iter(tokens.positions_of(_BUTS, e + 1, hi)), None)
    if b is None or tokens.next_mark(SENTENCE_GAP, e, b + 1) <= b:
        return None
    denial = None
    for u in range(b + 1, min(hi, b + _REJECTION_REACH)):
        if tokens.marked(STOP_GAP, u):
            return None
        word = words[u]
        if words[u : u + 4] in (["nothing", "of", "the", "kind"], ["nothing", "of", "the", "sort"]) \
                or words[u : u + 3] == ["no", "such", "thing"]:
            return b, u  # "..., but in this release they signal nothing of the kind"
        if word in _REJECTING or (word in ("no", "not") and not is_local_negation(words, u)):
            denial = u
        elif denial is not None and u == denial + 1 and word in OVERLOOKING and words[denial] == "not":
            denial = None  # "..., but you should not ignore that caution": a double negation keeps it
        elif denial is not None and word in _REFERRED_NOUNS and words[u - 1] in _REFERRING:
            return b, u
    return None


# what a main clause may take back of a conceded element besides a caution: the account of the risks
_REFERRED_ACCOUNTS = _REFERRED_NOUNS | frozenset("""discussion discussions description descriptions account accounts
disclosure disclosures""".split())


# A clause after a pointer that takes the document back: it names the document again ("that
# report", "the discussion", "it") and says to leave it out of account ("investors should
# disregard that report"), not to consult it ("readers should not consult it") or that it is stale
# ("that discussion is out of date").
_DISOWNING_OPENERS = frozenset("but although though yet however except".split())
_DOCUMENT_REFERENCES = _REFERRED_ACCOUNTS | frozenset("""report reports filing filings document documents section
sections form""".split())
# ... under a negation, verbs of consulting it or of vouching for it ("although we do not endorse
# that discussion", "which the Company has not adopted")
_CONSULTING = frozenset("""consult consulted consulting read reading refer referred referring look looking review
reviewed reviewing rely relied relying use used using endorse endorses endorsed adopt adopts adopted vouch
vouches vouched""".split())
# ... and, under a negation, words of heeding the document or of its bearing on the statements
# ("investors need pay no attention to those reports", "should not treat those filings as bearing
# on these statements", "nothing in those reports bears on this release", "turning to them")
_HEEDING = frozenset("""attention heed heeded heeding turn turns turned turning bear bears bearing relevant
pertinent""".split())
# nouns of regard, withheld by a negative determiner on the noun itself ("give that report no
# weight", "place no credence in them", "which deserve no consideration"); a comparative keeps
# the regard ("no less weight than"), and so does a positive one ("give due weight to")
_REGARD_NOUNS = frozenset("weight credence credit regard consideration importance significance".split())
# (with the modifiers of a litotes: "no small weight")
_REGARD_COMPARATIVES = frozenset("less more greater lesser small little slight mean".split())


def _regard_withheld(words: list[str], u: int, opening: int, negated: bool) -> bool:
    """Whether the noun of regard at u is denied: "no" right before it or one modifier before it
    ("no real weight"), or "any" under a negation of the clause ("should not give it any weight");
    not a comparison ("no less weight than") nor a litotes ("no small importance")."""
    if u + 1 < len(words) and words[u + 1] == "than":
        return False
    if words[u - 1] == "no" or (negated and words[u - 1] == "any"):
        return True
    return u - 2 >= opening and words[u - 2] == "no" and words[u - 1] not in _REGARD_COMPARATIVES


# verbs of advising whose "against" denies the act it governs: "advised against turning to them"
_ADVISING = frozenset("""advise advises advised advising caution cautions cautioned cautioning warn warns warned
warning recommend recommends recommended counsel counsels counselled""".split())
# what "them" may stand for besides the documents: a clause that names these says nothing of them
_PREDICTIONS = frozenset("""statement statements information projection projections forecast forecasts estimate
estimates expectation expectations guidance outlook prediction predictions""".split())
# a quantifier over what precedes, opening an appended clause: ", none of which should be read"
_QUANTIFIED_RELATIVE = frozenset("none neither all each".split())
_STALE = frozenset("outdated obsolete stale superseded inaccurate".split())
# verbs by which the company disowns what it points to ("although the Company disclaims the
# accuracy of those discussions", "which the Company disavows"): said of the document or of its
# accuracy, not of a duty ("disclaims any obligation to update that report" keeps the pointer)
_DISCLAIMING = frozenset("""disclaim disclaims disclaimed disclaiming disavow disavows disavowed disavowing repudiate
repudiates repudiated repudiating""".split())
_TRUTH_NOUNS = frozenset("""accuracy completeness reliability correctness truth truthfulness adequacy
sufficiency""".split())
_DISCLAIMED_WORDS = 4  # from the verb to the noun it disclaims ("disclaims the accuracy and completeness of")
_DISOWNING_REACH = 16  # words of the clause after the pointer read for the reference and the verb
# words from the pointer to the clause or sentence that may take it back (a pointer may name a
# chain of documents after the words read as its part: "... in our Annual Report on Form 10-K for
# the year ended ..., and in our other filings with the SEC (the "SEC"), though ...")
_OPENING_REACH = 90


_RELATIVE_PREPOSITIONS = frozenset("to in on upon at".split())
# what a document holds, named before "of which": ", the contents of which investors should disregard"
_CONTENT_NOUNS = frozenset("contents content substance text texts details".split())
# an appositive in the plural with no article renames the accounts just named (", descriptions the
# Company no longer vouches for")
_PLURAL_ACCOUNTS = frozenset("descriptions discussions accounts disclosures".split())


def _appended(words: list[str], u: int) -> bool:
    """A non-restrictive relative or an appositive on what precedes: ", which ...", ", whose
    risk section ...", ", a discussion ..."."""
    return words[u] in ("which", "whose") or (words[u] in ("a", "an") and u + 1 < len(words) and words[u + 1] in _DOCUMENT_REFERENCES) \
        or (words[u] in _PLURAL_ACCOUNTS) \
        or (words[u] in _QUANTIFIED_RELATIVE and words[u + 1 : u + 3] == ["of", "which"]) \
        or (words[u] in _RELATIVE_PREPOSITIONS and words[u + 1 : u + 2] in (["which"], ["whose"])) \
        or (words[u] == "the" and u + 1 < len(words) and words[u + 1] in _CONTENT_NOUNS
            and words[u + 2 : u + 4] == ["of", "which"])
    # ", to which readers need not refer", ", on whose accuracy", ", the contents of which ..."


def _parenthetical(tokens: Tokens, u: int) -> bool:
    """ "however" set off by commas inside the clause ("that section, however, no longer applies")."""
    return tokens.words[u] == "however" and u + 1 < len(tokens.words) and "," in tokens.gap(u + 1)


@read_once
def disowned_after(tokens: Tokens, e: int, hi: int) -> tuple[int, int] | None:
    """A clause after the pointer ending at e, opened by ";", "but", "although" or the next
    sentence (hi may lie past the pointer's own), that names the document again and takes it
    back: its (opening, verb) tokens, or None. A negated disregard keeps it ("readers should not
    ignore it")."""
    words = tokens.words
    # each clause that may take it back, up to the next sentence ("..., all of which are on file
    # with the SEC ... . Readers should leave those documents to one side."): a clause that does
    # not leaves the next one to be read
    for u in range(e + 1, min(hi, e + 1 + _OPENING_REACH)):  # (bounded: a run-on text has no sentence end)
        gap = tokens.gap(u)
        if SENTENCE_GAP.search(gap) or ";" in gap or (
                (words[u] in _DISOWNING_OPENERS or _appended(words, u)) and "," in gap):
            found = _taking_back(tokens, e, u, hi)
            if found is not None or SENTENCE_GAP.search(gap):
                return found
    return None


def _taking_back(tokens: Tokens, e: int, opening: int, hi: int) -> tuple[int, int] | None:
    """The (opening, verb) of the clause opened at `opening` after the pointer ending at e, when
    it names the document again and takes it back; else None."""
    words = tokens.words
    # a clause appended to the pointer refers to it by itself (", which readers should now ignore",
    # ", a discussion investors need not consult")
    referred = _appended(words, opening)
    them_referred = _them_are_documents(tokens, e, opening)
    negated = False
    verb = None
    for u in range(opening, min(hi, opening + _DISOWNING_REACH)):
        if u > opening and (tokens.marked(STOP_GAP, u) or (words[u] in _DISOWNING_OPENERS and "," in tokens.gap(u)
                                                               and not _parenthetical(tokens, u))):
            break
        word = words[u]
        # (the determiner may stand before one modifier: "that annual report", "those other filings")
        if word == "it" or (word in _DOCUMENT_REFERENCES and u > opening and (
                words[u - 1] in _REFERRING or (u - 1 > opening and words[u - 2] in _REFERRING
                                               and words[u - 1] in _DOCUMENT_MODIFIERS))) \
                or (word == "them" and them_referred):
            referred = True
        if word in ("but", "yet") and u > opening:
            negated = False  # "which are not incorporated by reference but discuss these risks": a predicate of its own
        elif is_negation(word) or (word == "against" and words[u - 1] in _ADVISING):
            negated = True
        elif verb is None and (word in OVERLOOKING or word in _SETTING and _set_aside(words, u, hi)
                               or word in _LEAVING and _left_aside(tokens, u, hi)):
            verb = None if negated else u
        elif verb is None and negated and (word in _CONSULTING or word in _HEEDING
                                           or _vouched_for(words, u, hi) or _taken_into_account(words, u, opening, hi)):
            verb = u  # "..., although we do not stand behind that discussion", "none of which readers need take into account"
        elif verb is None and word in _REGARD_NOUNS and _regard_withheld(words, u, opening, negated):
            verb = u  # "..., to which readers should give no weight", "place no credence in them"
        elif (verb is None and negated and word == "reliance" and _appended(words, opening)
              and not any(w in _PREDICTIONS for w in words[u + 1 : u + 5])):
            # a clause on the filings themselves: ", upon which investors should place no
            # reliance" (not the next sentence's "not to place undue reliance on forward-looking
            # statements", whose object is the statements)
            verb = u
        elif verb is None and word in _UNREAD:
            verb = None if negated else u  # "..., which investors may safely leave unread"
        elif verb is None and not negated and word in _DISCLAIMING and _disclaims_document(words, u, hi):
            verb = u  # "..., although the Company disclaims the accuracy of those discussions"
        elif verb is None and negated and word in _DESCRIBING_BACK and _describes_them(words, u, hi):
            verb = u  # "..., although those filings do not in fact describe them": the pointer taken back
        elif verb is None and (word in _STALE or word == "date" and words[u - 2 : u] == ["out", "of"]
                               or word == "longer" and words[u - 1] == "no" and not _widened(words, u, hi)):
            verb = u
    return (opening, verb) if referred and verb is not None else None


# ... and, under a negation, phrasal verbs of vouching for the document ("the Company does not stand
# behind the risk discussion in those reports", "which management no longer stands by") and of
# weighing it ("none of which readers need take into account", "readers should not take them into
# account"); the latter only with the documents as the verb's object (an appended clause, or a
# pronoun or the documents between the verb and "into"), not as its subject ("although those
# filings do not take into account later events" says how old they are, not to set them aside)
_STANDING = frozenset("stand stands stood standing".split())
_TAKING = frozenset("take takes took taken taking".split())
_TAKEN_OBJECT_WORDS = 4  # "take" + "those other filings" + "into account"


def _vouched_for(words: list[str], u: int, hi: int) -> bool:
    return words[u] in _STANDING and u + 1 < hi and words[u + 1] in ("behind", "by")


def _taken_into_account(words: list[str], u: int, opening: int, hi: int) -> bool:
    if words[u] not in _TAKING:
        return False
    for t in range(u + 1, min(hi - 1, u + 2 + _TAKEN_OBJECT_WORDS)):
        if words[t : t + 2] in (["into", "account"], ["account", "of"]):
            between = words[u + 1 : t] or words[t + 2 : t + 2 + _TAKEN_OBJECT_WORDS]  # "take into account those filings"
            return (_appended(words, opening) and not words[u + 1 : t]) or any(
                w in ("it", "them") or w in _DOCUMENT_REFERENCES for w in between)
    return False


# ... and, under a negation, verbs of holding the risks, with the risks as a bare pronoun after
# them ("those filings do not describe them"); a hedge on completeness ("do not fully describe
# them", "do not discuss all of them") keeps the pointer
_DESCRIBING_BACK = frozenset("""describe describes described discuss discusses discussed address addresses addressed
contain contains contained mention mentions mentioned cover covers covered identify identifies identified""".split())
_BACK_PRONOUNS = frozenset("them it these those".split())
_COMPLETENESS = frozenset("""fully completely exhaustively necessarily entirely all every each comprehensively
thoroughly only""".split())


def _describes_them(words: list[str], u: int, hi: int) -> bool:
    """Whether the negated describing verb at u takes the risks back whole: a pronoun for them
    right after it, no word of completeness just before it or after the pronoun."""
    if u + 1 >= hi or words[u + 1] not in _BACK_PRONOUNS or words[u - 1] in _COMPLETENESS:
        return False
    return not (u + 2 < hi and words[u + 2] in _COMPLETENESS)


def _disclaims_document(words: list[str], u: int, hi: int) -> bool:
    """Whether the verb of disclaiming at u disowns the document itself or its accuracy (the next
    few words name a document or a word of truth before any "obligation", "duty", "intention"):
    "disclaims the accuracy and completeness of those discussions", "disavows that report"."""
    for t in range(u + 1, min(hi, u + 1 + _DISCLAIMED_WORDS)):
        if words[t] in _TRUTH_NOUNS or words[t] in _DOCUMENT_REFERENCES or words[t] in ("it", "them"):
            return True
        if words[t] not in ("the", "any", "all", "its", "their", "our", "responsibility", "liability", "for", "of"):
            return False
    return False


def _them_are_documents(tokens: Tokens, e: int, opening: int) -> bool:
    """Whether a "them" in the clause opened at `opening` can only stand for the documents the
    pointer ending at e names ("our periodic reports filed with the SEC, although we do not
    recommend that investors read them"): its sentence up to there names neither statements nor
    any other prediction ("these statements involve risks described in our filings, although you
    should not rely on them" is said of the statements)."""
    words = tokens.words
    start = sentence_low(tokens, e, 0)
    # ("Further information on our risk factors is contained in ...": information about the risks)
    return not any(words[t] in _PREDICTIONS and not (words[t] == "information" and words[t - 1] in _MORE_OF)
                   for t in range(start, opening))


_MORE_OF = frozenset("further additional more".split())
_DOCUMENT_MODIFIERS = frozenset("""annual quarterly periodic current other earlier prior later subsequent same
regulatory public sec""".split())


_LEAVING = frozenset("leave leaves leaving left".split())
_LEFT_ASIDE_WORDS = 6  # "leave all of those documents to one side": the object read this far


def _left_aside(tokens: Tokens, u: int, hi: int) -> bool:
    """Whether the verb of leaving at u leaves its object aside ("leave those reports aside",
    "leave all of them to one side"), the object a few words long."""
    words = tokens.words
    for t in range(u + 1, min(hi, u + 1 + _LEFT_ASIDE_WORDS)):
        if tokens.marked(HARD_GAP, t):
            return False
        if words[t] == "aside" or words[t : t + 3] == ["to", "one", "side"]:
            return True
    return False


# after "no longer", words of a restriction: what is no longer restricted has grown, not gone stale
# ("whose risk section is no longer limited to our domestic business")
_RESTRICTED = frozenset("limited confined restricted only just exclusively solely".split())
_BE_FORMS = frozenset("be is are was were been being".split())


def _widened(words: list[str], longer: int, hi: int) -> bool:
    """Whether "no longer" at `longer` lifts a restriction ("no longer limited to", "no longer only
    about") rather than saying the document has gone stale."""
    u = longer + 1
    if u < hi and words[u] in _BE_FORMS:
        u += 1
    return u < hi and words[u] in _RESTRICTED


def conceded_then_rejected(tokens: Tokens, first: int, e: int, sentence_lo: int, hi: int) -> tuple[int, int] | None:
    """A sentence that concedes the element in a clause it opens with "although" (or "though",
    "while") and takes it back in the main clause, naming it by a noun that refers back
    ("Although these risks are described in our Form 10-K, readers should disregard that
    discussion", "While results could differ materially, we see no basis for this caution"). The
    noun must end the denial's clause: "should not regard that discussion as complete" hedges it,
    it does not take it back. The (comma, noun) tokens, or None."""
    words = tokens.words
    comma = concession_end(tokens, first, e, sentence_lo, hi)
    if comma is None:
        return None
    denial = None
    for u in range(comma, min(hi, comma + _REJECTION_REACH + 3)):
        if u > comma and (tokens.marked(STOP_GAP, u) or tokens.marked(SENTENCE_GAP, u)):
            return None
        word = words[u]
        if word in _REJECTING or word in OVERLOOKING or (word in ("no", "not", "never") and not is_local_negation(words, u)):
            denial = u
        elif denial is not None and word in _REFERRED_ACCOUNTS and words[u - 1] in _REFERRING:
            closes = u + 1 >= hi or tokens.marked(STOP_GAP, u + 1) or tokens.marked(SENTENCE_GAP, u + 1) \
                or "," in tokens.gap(u + 1)
            return (comma, u) if closes else None
    return None


# A concessive clause that grants the element and a clause that withdraws it by denying that what
# it names bears on the statements: fronted ("Although we describe risks in our Annual Report on
# Form 10-K, none of them apply to these statements", "Although ..., they do not apply here",
# "..., that discussion has no bearing on these statements") or after the element ("... as that
# term is defined in the Act, although none of that Act's protections apply to these
# statements"). The denying clause's subject refers back (a pronoun, "none of" one, or a noun
# after a pointing determiner: "that Act's protections"), it has one negation of its own (not "not
# all of them", "not necessarily"), and it ends at its verb of bearing or at these statements or
# this release: "they do not apply to statements made in a tender offer" limits their reach, it
# does not withdraw them; "other risks may also apply" withdraws nothing.
_BEARING_VERBS = frozenset("""apply applies bear bears pertain pertains relate relates extend extends govern governs
matter matters""".split())
_WITHDRAWN_ADJECTIVES = frozenset("relevant applicable pertinent germane".split())
_BEARING_NOUNS = frozenset("bearing relevance application".split())
_WITHDRAWN_UNBEARING = frozenset("irrelevant inapplicable immaterial".split())  # a negation in the word
_BACK_SUBJECT_PRONOUNS = frozenset("they it".split())
_POINTING_BACK = frozenset("that those these this such its their".split())
_NONE_OF = frozenset("none neither nothing".split())
# words that hedge the denial to a part or a degree ("not all of them apply", "do not necessarily
# apply", "may not be the only ones that apply", "do not apply equally")
_PARTIAL = frozenset("""all every each any-one necessarily only fully entirely equally always solely exclusively
merely""".split())
# what the withdrawn element may be said not to bear on: the statements or the document itself
_WITHDRAWN_FROM = frozenset("""to on upon in for with these those the this such our its any forward-looking forward
looking statement statements release press news document communication announcement here herein hereto
us them""".split())
_WITHDRAWING_SUBJECT = 4  # a pointed-back subject's words ("that act's safe harbor protections")
_WITHDRAWING_WORDS = 8  # from the subject to the verb of bearing ("do not in fact apply")
_OPENING_WITHDRAWAL = frozenset("although though but yet".split())


def _withdrawal(tokens: Tokens, start: int, hi: int) -> int | None:
    """The verb (or adjective, noun) of bearing of a clause opening at `start` that denies that
    what the sentence has named bears on the statements, or None. See `_BEARING_VERBS` above."""
    words = tokens.words
    u, negations = start, 0
    if u + 2 < hi and words[u] in _NONE_OF and words[u + 1] in ("of", "in"):
        negations, u = 1, u + 2
        if words[u] not in _POINTING_BACK and words[u] != "them":
            return None
    elif u < hi and words[u] in _BACK_SUBJECT_PRONOUNS:
        u += 1
    elif not (u < hi and words[u] in _POINTING_BACK):
        return None
    bearing = None
    for t in range(u, min(hi, u + _WITHDRAWING_SUBJECT + _WITHDRAWING_WORDS)):
        if t > start and tokens.marked(HARD_GAP, t):
            break
        word = words[t]
        if word in _PARTIAL or (word in BOUNDARIES and word not in ("and", "or") and not (word == "that" and t == u)):
            return None  # a hedge ("not all"), or a clause of its own ("the only ones that apply")
        if bearing is not None:
            continue
        if is_negation(word) and not is_local_negation(words, t):
            negations += 1
        elif word in _WITHDRAWN_UNBEARING:
            negations += 1
            bearing = t
        elif word in _BEARING_VERBS or word in _WITHDRAWN_ADJECTIVES or (
                word in _BEARING_NOUNS and t > start and is_negation(words[t - 1])):
            bearing = t
    if bearing is None or negations % 2 == 0:
        return None
    # the clause ends at the verb or at what the element is withdrawn from (these statements)
    for t in range(bearing + 1, min(hi, bearing + 1 + _WITHDRAWING_SUBJECT + 2)):
        if tokens.marked(HARD_GAP, t):
            return bearing
        if words[t] not in _WITHDRAWN_FROM:
            return None
    return bearing if hi <= bearing + 1 + _WITHDRAWING_SUBJECT + 2 else None


def withdrawn_after_concession(tokens: Tokens, first: int, e: int, sentence_lo: int, hi: int) -> tuple[int, int] | None:
    """See `_BEARING_VERBS` above: the (opening, verb of bearing) tokens of the clause that
    withdraws the element at [first, e], conceded in a fronted "although" clause or followed by an
    "although" clause, or None."""
    words = tokens.words
    comma = concession_end(tokens, first, e, sentence_lo, hi)
    if comma is not None:
        found = _withdrawal(tokens, comma, hi)
        return (comma, found) if found is not None else None
    opening = tokens.next_mark(HARD_GAP, e, hi) if e + 1 < hi else hi
    if (opening >= hi or "," not in tokens.gap(opening) or tokens.marked(STOP_GAP, opening)
            or words[opening] not in _OPENING_WITHDRAWAL or opening + 1 >= hi):
        return None
    found = _withdrawal(tokens, opening + 1, hi)
    return (opening, found) if found is not None else None


_DOING = frozenset("do does did is are was were".split())  # what stands for the conceded predicate
_PRO_FORM_SUBJECT = 3  # words of the main clause's subject ("we", "the Company", "it")


def conceded_then_ceased(tokens: Tokens, first: int, e: int, sentence_lo: int, hi: int) -> int | None:
    """The negation of a main clause that denies, by a pro-form, what a fronted concessive clause
    holding the element at [first, e] grants: "Although we previously undertook to update these
    statements, we no longer do so", "Although these were once forward-looking statements, they
    no longer are". The main clause takes the concession's predicate as its own ("do so", a bare
    "are") and denies it now. Its negation token, or None."""
    words = tokens.words
    comma = concession_end(tokens, first, e, sentence_lo, hi)
    if comma is None:
        return None
    negation = None
    for t in range(comma, min(hi, comma + _PRO_FORM_SUBJECT + 4)):
        if t > comma and tokens.marked(HARD_GAP, t):
            return None
        if is_negation(words[t]) and not is_local_negation(words, t):
            negation = t if negation is None else negation
            continue
        if negation is None:
            continue
        if words[t] in _DOING:
            after = t + 1
            if after < hi and words[after] == "so":
                return negation  # "we no longer do so"
            if after >= hi or tokens.marked(HARD_GAP, after):
                return negation  # "they no longer are."
        if words[t] not in ("longer", "now", "any", "more"):
            return None
    return None


_WISHING = frozenset("wish wishes wished".split())
_WISH_REACH = 25  # a wish over coordinated provisions ("wish were within ... Section 27A ... and Section 21E")
_SUBJUNCTIVE_BE = frozenset("were was".split())


_RELATIVE_OPENERS = frozenset("which whose".split())
# What a pointed-to document does with the risks, denied in a relative clause on it: "our filings
# with the SEC, none of which discusses these risks", "..., which do not address these statements".
# (Not "incorporated": filings not incorporated by reference are still where the risks are told.)
_DISCUSSING = frozenset("""discuss discusses discussed address addresses addressed describe describes described
mention mentions mentioned concern concerns concerned""".split())
# A relative clause on a filing that says what it holds by a verb of containing and a noun of
# discussion ("that contains no discussion of risk", "none of which includes any description of
# these risks"): the determiner decides, "no" denying and "any" under a negative collective.
_CONTAINING = frozenset("contain contains contained include includes included provide provides offer offers give gives"
                        " hold holds".split())
_DISCUSSION_NOUNS = frozenset("discussion discussions description descriptions mention disclosure disclosures analysis"
                              " treatment account".split())


def _discussion_held(words: list[str], t: int, hi: int) -> int | None:
    """The determiner ("no", "any") of a noun of discussion right after the verb of containing at
    t ("contains no discussion", "includes any meaningful description"), or None."""
    d = t + 1
    if d + 1 >= hi or words[d] not in ("no", "any"):
        return None
    noun = d + 1 + (words[d + 1] not in _DISCUSSION_NOUNS and d + 2 < hi)  # one adjective: "no detailed discussion"
    return d if words[noun] in _DISCUSSION_NOUNS else None


_BRACKET_WORDS = 4  # the longest defined name in brackets read past ("(the "SEC")", "(the "2023 Form 10-K")")
_DENIAL_REACH = 14  # words after a part a relative clause denying it may run over


@read_once
def denied_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """A relative clause on the part that denies it reaches the statement: "the Reform Act, the
    protections of which do not apply to this release", "..., which in our view does not extend
    to statements of this kind", "whose safe harbor the Company has elected to waive". The
    denying token, or None. A new clause ("and", "but") or a sentence end stops the search."""
    words = tokens.words
    opened = concessive = False
    opened_at = conceded_from = e
    denier = None  # a negative collective that opens the relative clause ("none of which")
    t, end = e, min(hi, e + 1 + _DENIAL_REACH)
    while t + 1 < end:
        t += 1
        gap = tokens.gap(t)
        word = words[t]
        if "(" in gap and not opened and word in _COLLECTIVES and words[t + 1 : t + 3] == ["of", "which"]:
            gap = ""  # "the Reform Act (none of which ...)": a relative clause in brackets
        if "(" in gap and not opened and ")" not in gap:
            # a short defined name in brackets ("the Securities and Exchange Commission (the
            # "SEC"), none of which ..."): read past it to what follows the bracket
            close = next((u for u in range(t + 1, min(hi, t + _BRACKET_WORDS + 1)) if ")" in tokens.gap(u)), None)
            if close is not None and close < hi and not tokens.marked(SENTENCE_GAP, close):
                t, gap, word = close, tokens.gap(close).replace(")", ""), words[close]
                end = max(end, min(hi, t + 1 + _DENIAL_REACH))
                if word in _COLLECTIVES and words[t + 1 : t + 3] == ["of", "which"]:
                    gap = ""
        if opened and t - opened_at <= _OPENER_WORDS and (close := _aside_close(tokens, t, hi)) is not None:
            # an aside before the relative clause's own verb: "whose safe harbor, however, the
            # Company is not eligible to claim"
            t, word, gap = close, words[close], tokens.gap(close).replace(",", "")
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))
        if HARD_STOP.search(gap):
            return None
        if word == "which" and t - 2 > e and words[t - 1] == "of" and words[t - 2] in _NEGATIVE_COLLECTIVES:
            denier = t - 2  # "..., none of which, we accept, affords these statements any protection"
        if word in _RELATIVE_OPENERS or (word == "that" and _denied_in_relative(tokens, t, hi)):
            opened, opened_at = True, t  # "..., which does not extend to", "a draft of the Act that was never enacted"
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))  # the reach is the relative clause's own
            continue
        if not opened and "," in gap and (word in _RENAMING or (word in FILLERS and t + 1 < hi
                                                                and words[t + 1] in _RENAMING)):
            # an appositive that renames the provision and takes a reduced relative clause:
            # "the Reform Act, provisions the Company has elected not to invoke", "…, a statute
            # we do not rely on"
            opened, opened_at = True, t
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))
            continue
        if not opened and word in ("and", "or"):
            collective = _collective_relative(tokens, t, hi)
            if collective is not None:
                # "Section 27A ... and Section 21E ..., both of which were repealed": the relative
                # clause is said of every coordinated provision, the first as much as the last
                t, end, opened = collective, min(hi, collective + 1 + _DENIAL_REACH), True
                if words[t] == "which" and words[t - 2] in _NEGATIVE_COLLECTIVES:
                    denier = t - 2  # "..., and Section 21E (none of which affords them any protection)"
                continue
        if not opened and word in ("and", "or") and coordinated_law(words, t, hi):
            # "under the Securities Act of 1933 and the Securities Exchange Act of 1934, although
            # ...": two laws named together are one phrase, not two clauses
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))
            continue
        if not opened and word in _CONCESSIVES and "," in gap and not concessive:
            # "..., although the safe harbor those sections create is unavailable to the Company",
            # "..., though these statements are ineligible for that protection": a clause that grants
            # the provision only to take it away; only a word that gives it up counts there (not a
            # denied "apply": "... but it does not apply to statements made in a tender offer" is a
            # limit of the law, not a waiver)
            concessive, conceded_from = True, t
            end = max(end, min(hi, t + 1 + _DENIAL_REACH))
            continue
        if concessive and word in _CONCEDED_AWAY and any(
                w in _CONCEDED_NOUNS for w in chain(words[t + 1 : min(hi, t + 6)], words[conceded_from + 1 : t])):
            # "..., although these statements are ineligible for that protection", "..., although
            # the safe harbor those sections create is unavailable to us"
            return t
        if concessive and word in _RELYING and any(is_negation(w) for w in words[max(conceded_from + 1, t - 3) : t]):
            # "..., but the Company does not rely on it", "..., although we will not invoke that
            # protection": the provision granted, then not claimed (a denied "apply" is still the
            # law's own limit, above)
            return max(u for u in range(max(conceded_from + 1, t - 3), t) if is_negation(words[u]))
        if concessive and word in _STANCES and t - 1 > conceded_from and words[t - 1] in ("no", "any") and (
                words[t - 1] == "no" or any(is_negation(w) for w in words[max(conceded_from + 1, t - 4) : t - 1])) \
                and words[t + 1 : t + 2] in (["on"], ["as"], ["about"]) and any(
                    w in APPLYING or w in _CONCEDED_NOUNS for w in words[t + 2 : min(hi, t + 2 + _STANCE_REACH)]):
            # "..., though the Company takes no position on whether that Act applies to them",
            # "..., although we express no view as to whether the safe harbor covers them": the
            # company withholds the claim the sentence made, as "does not claim" does (a view
            # withheld on something else, "whether any court would agree", leaves it)
            return t - 1 if words[t - 1] == "no" else max(
                u for u in range(max(conceded_from + 1, t - 4), t - 1) if is_negation(words[u]))
        if concessive and word in ("that", "which") and t - 1 > conceded_from and words[t - 1] in _CONCEDED_NOUNS:
            continue  # "although the safe harbor that those sections create is unavailable": its subject's relative clause
        if word == "and" and tuple(words[t - 1 : t + 2]) == ("securities", "and", "exchange"):
            continue  # the Commission's name ("of which our filings with the Securities and Exchange Commission make no mention")
        if opened and (excluded := _company_set_aside(tokens, t, hi)) is not None:
            return excluded  # "on which our underwriters, but not the Company, may rely"
        if word in BOUNDARIES:
            return None
        if not opened:
            continue
        if word in RENOUNCING:
            return t
        if (withheld := _protection_withheld(tokens, t, hi)) is not None:
            return withheld  # "provisions which, the Company acknowledges, give no protection to"
        if word in _OPTING and t + 1 < hi and words[t + 1] == "out":
            return t  # "sections from whose protection the Company has opted out"
        # (a negation on a verb of leaving out is a litotes, no denial of the describing: "risks,
        # which investors should not disregard, are described in ...")
        denials = [u for u in range(max(e + 1, t - 3), t) if is_negation(words[u]) and not overlooked(words, u)]
        if (word in APPLYING or word in _DISCUSSING) and denials:
            return max(denials)
        if (word in APPLYING or word in _DISCUSSING) and denier is not None:
            return denier
        if word in _CONTAINING and (held := _discussion_held(words, t, hi)) is not None:
            if words[held] in ("no", "without"):
                return held  # "a filing with the SEC that contains no discussion of risk"
            if denier is not None:
                return denier  # "..., none of which contains any discussion of these risks"
        if word in APPLYING and t - 2 > e and words[t - 1] == "to" and "to" in IMPLICIT_NEGATORS.get(words[t - 2], ()):
            return t - 2  # "whose safe harbor ceased to apply to the Company", "fails to extend to"
    return None


# What a provision gives the statements, and what it gives ("which affords them no protection")
_GIVING = frozenset("""give gives gave given giving afford affords afforded affording offer offers offered
offering provide provides provided providing grant grants granted granting extend extends extended confer
confers conferred lend lends lent""".split())
_SHELTER = frozenset("protection protections shelter benefit benefits immunity coverage".split())
_GIVEN_REACH = 4  # "affords" + "these" + "statements" + "no": the object may come before "no"


def _protection_withheld(tokens: Tokens, t: int, hi: int) -> int | None:
    """The "no" of a verb of giving at t whose object is "no" + a noun of protection, inside a
    relative clause on the provision ("provisions which give no protection to any statement in this
    release", "a statute that affords these statements no shelter"): the provision is said to protect
    nothing. None when "no" does not stand right before such a noun ("which give no less protection
    than", "which give protection no matter how the statements are worded")."""
    words = tokens.words
    if words[t] not in _GIVING:
        return None
    for u in range(t + 1, min(hi - 1, t + 1 + _GIVEN_REACH)):
        if tokens.marked(HARD_GAP, u):
            return None
        if words[u] == "no" and words[u + 1] in _SHELTER:
            return u
    return None


# The company named only to be set apart from the relative clause's subject ("on which our
# underwriters, but not the Company, may rely"; "which others, though not we, may invoke"): the
# provision is said to serve someone else.
_COMPANY_ITSELF = (["the", "company"], ["we"], ["us"], ["the", "issuer"])


_SET_ASIDE_VERB_WORDS = 3  # "the Company," + "may" + "rely"


def _company_set_aside(tokens: Tokens, t: int, hi: int) -> int | None:
    """The "not" of an aside "but not the Company" / "though not we" opening at t inside a relative
    clause, when the clause's verb of relying or applying follows the aside: the company is set
    apart from those the provision serves. None otherwise ("and not only its underwriters": the
    company is among them)."""
    words = tokens.words
    if words[t] not in ("but", "though") or t + 2 >= hi or words[t + 1] != "not" or "," not in tokens.gap(t):
        return None
    name = next((n for n in _COMPANY_ITSELF if words[t + 2 : t + 2 + len(n)] == n), None)
    if name is None:
        return None
    after = t + 2 + len(name)
    if after >= hi or "," not in tokens.gap(after):
        return None
    if any(words[u] in APPLYING for u in range(after, min(hi, after + _SET_ASIDE_VERB_WORDS))):
        return t + 1
    return None


_RELATIVE_SUBJECT_WORDS = 8  # "that a privately held company such as ours cannot invoke"


def _denied_in_relative(tokens: Tokens, t: int, hi: int) -> bool:
    """Whether the relative "that" at t opens a clause with a negation after its subject, however
    long that subject ("a safe harbor that a privately held company such as ours cannot invoke",
    "a draft of the Act that was never enacted"), before any clause of its own ends it."""
    words = tokens.words
    # the long reach only on a noun of the provision ("a safe harbor that ..."); after a verb
    # "that" opens its object ("we recognize that the Act's safe harbor may not be available for
    # every one of them"), whose negation is that clause's own
    reach = _RELATIVE_SUBJECT_WORDS if t > 0 and words[t - 1] in _CONCEDED_NOUNS | {"act", "acts"} else 3
    close = _aside_close(tokens, t + 1, hi) if t + 1 < hi else None
    if close is not None:
        # an aside before the clause's subject: "a safe harbor that, as a newly public company, we may not use"
        reach += close - t - 1
    u, end, resumed = t, min(hi, t + 1 + reach), None
    while u + 1 < end:
        u += 1
        if close is not None and u <= close:
            continue
        if u > t + 1 and u != resumed and (inner := _aside_close(tokens, u, hi)) is not None:
            # an aside after the clause's subject: "provisions that the Company, as an issuer of
            # penny stock, cannot invoke" (read past it, its words not counted in the reach;
            # the comma that closes it is no clause gap)
            end, u, resumed = min(hi, end + inner - u), inner - 1, inner
            continue
        if (tokens.marked(HARD_GAP, u) and u != resumed) or words[u] in BOUNDARIES:
            return False
        if is_negation(words[u]):
            return True
    return False


_OPENER_WORDS = 3  # from a relative opener to an aside before its clause's verb ("whose safe harbor, however,")
_ASIDE_CLOSE_WORDS = 6  # the longest aside between commas read past ("as a newly public company")
_NOT_ASIDES = frozenset("and or but nor which that who".split())


def _aside_close(tokens: Tokens, t: int, hi: int) -> int | None:
    """The token after a short aside between commas that opens at token t (its gap holds the
    first comma), or None: ", however,", ", as a newly public company,". A coordinated or
    relative clause after the comma is no aside."""
    words = tokens.words
    if "," not in tokens.gap(t) or tokens.marked(HARD_STOP, t) or words[t] in _NOT_ASIDES:
        return None
    for k in range(t + 1, min(hi, t + 1 + _ASIDE_CLOSE_WORDS)):
        gap = tokens.gap(k)
        if HARD_STOP.search(gap):
            return None
        if "," in gap:
            return k
    return None


_DISREGARD_REACH = 14  # "which does not form part of this cautionary statement and should be disregarded"


_CONCESSIVES = frozenset("although though but".split())
# what a concessive clause may say to give the provision up (not "disclaim": "..., but we disclaim
# any duty to update" is the legend's next element)
_CONCEDED_AWAY = frozenset("""unavailable inapplicable ineligible waive waives waived repealed forgo forgoes forgone
forwent renounce renounces renounced relinquish relinquishes relinquished lose loses lost losing forfeit forfeits
forfeited""".split())
# nouns of a stance taken on a question ("takes no position on whether", "expresses no view as to")
_STANCES = frozenset("position positions view views opinion opinions stance".split())
_STANCE_REACH = 8  # "on whether that Act applies": the question's words that name the provision's reach
# the company's own claim to a provision, as against the law's reach ("apply", "extend", "cover")
_RELYING = frozenset("""rely relies relied relying invoke invokes invoked invoking claim claims claimed claiming
avail avails availed availing""".split())
# Participles that take back what they follow: "forward-looking statements, since withdrawn, ...",
# "the Reform Act, since repealed, ..."
_WITHDRAWN = frozenset("withdrawn retracted rescinded superseded revoked recalled repealed abolished annulled".split())
_WITHDRAWN_SINCE = frozenset("since now subsequently later all each both".split())
_WITHDREW = frozenset("withdrew retracted rescinded revoked recalled".split())
_APPOSITIVE_OPENERS = frozenset("a an one".split())
_APPOSITIVE_REACH = 6


def withdrawn_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """An aside right after the part that says it has been taken back ("This release included
    forward-looking statements, since withdrawn, that ..."): its participle's token, or None."""
    words = tokens.words
    t = e + 1
    if t >= hi or "," not in tokens.gap(t) or tokens.marked(HARD_STOP, t):
        return None
    if words[t] in _WITHDRAWN_SINCE and t + 1 < hi and not tokens.marked(HARD_GAP, t + 1):
        t += 1
    if words[t] in _APPOSITIVE_OPENERS:
        # an appositive that says so: "our Form 10-K, a report we withdrew last month,"
        for u in range(t + 1, min(hi, t + _APPOSITIVE_REACH)):
            if tokens.marked(HARD_GAP, u) or is_negation(words[u]):
                return None
            if words[u] in _WITHDRAWN or words[u] in _WITHDREW:
                return u
        return None
    return t if words[t] in _WITHDRAWN else None


# What the pointed-to discussion is denied of the statements: "the risk factors in our Form 10-K
# no longer apply to these statements", "... are irrelevant to them"
_BEARING = frozenset("apply applies relate relates pertain pertains".split())
_BEARING_ADJECTIVES = frozenset("relevant applicable pertinent".split())
_UNBEARING = frozenset("irrelevant inapplicable immaterial".split())


def inapplicable_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """The predicate right after the part, with no break between, that denies the discussion bears
    on the statements ("... filed with the SEC do not apply to these statements", "... no longer
    apply", "... are irrelevant to them"): the denial's token, or None. A predicate that only
    limits it ("are not exhaustive") leaves the pointer standing."""
    words = tokens.words
    t = e + 1
    if t + 1 >= hi or tokens.marked(HARD_GAP, t):
        return None
    if words[t] in AUXILIARIES:
        t += 1
    if t < hi and words[t] in _UNBEARING:
        return t
    denial = t
    if t + 1 < hi and (words[t], words[t + 1]) == ("no", "longer"):
        t += 2
    elif t < hi and (is_negation(words[t]) or words[t].endswith("n't")):
        t += 1
    else:
        return None
    if t < hi and (words[t] in _BEARING or words[t] in _BEARING_ADJECTIVES):
        return denial
    return None


# A later clause that says what the sentence named has since been taken out or back
_REMOVED = _WITHDRAWN | frozenset("removed deleted struck excised eliminated".split())
_LATER_TURNS = frozenset("but yet however".split())
_RECALLED_SUBJECTS = frozenset("those these that such they it all each".split())
_PRONOUN_SUBJECTS = frozenset("they it all each".split())
_REMOVAL_REACH = 8


def removed_later(tokens: Tokens, last: int, hi: int) -> int | None:
    """The first later clause of the sentence after the parts (ending at `last`), opened by ", but"
    ("; yet", ", however"), when its subject refers back and it says that has since been taken out
    or back ("This release contained forward-looking statements when first issued, but those
    statements have since been removed"): the removal's token, or None. A negation in the clause
    keeps what it names ("but they have not been withdrawn")."""
    words = tokens.words
    ended = tokens.next_mark(SENTENCE_GAP, last, hi)
    turn = next((u for u in tokens.positions_of(_LATER_TURNS, last + 1, ended)
                 if "," in tokens.gap(u) or ";" in tokens.gap(u)), None)
    if turn is None or turn + 2 >= ended or words[turn + 1] not in _RECALLED_SUBJECTS:
        return None
    head = turn + 1 if words[turn + 1] in _PRONOUN_SUBJECTS else turn + 2 + (words[turn + 2] == "forward")
    if head > turn + 1 and words[head] not in STATEMENT_NOUNS and words[head] not in DOCUMENT_NOUNS:
        return None  # "but these risks have been partly eliminated": the risks, not the statements or the report
    for v in range(head + 1, min(ended, head + 1 + _REMOVAL_REACH)):
        if tokens.marked(HARD_GAP, v) or is_negation(words[v]) or words[v].endswith("n't"):
            return None
        if words[v] in _REMOVED:
            return v
    return None


_EXISTENTIAL_BE = frozenset("are is were was".split())


def emptied_later(tokens: Tokens, last: int, hi: int) -> int | None:
    """A later clause of the sentence, after a comma or semicolon past the parts (ending at
    `last`), that says there are none of what the clause names ("Only statements labelled
    'Projection' are forward-looking statements, and there are none"; "..., of which there are
    none"; "..., and this release has no such caption"): the class the proposition speaks of is
    empty, so it holds of nothing. The token of "none" (or "no"), or None. "there are none other
    than" names some after all and is left alone."""
    words = tokens.words
    ended = tokens.next_mark(SENTENCE_GAP, last, hi)
    for u in tokens.positions_of(frozenset({"there"}), last + 1, ended):
        if u + 2 < ended and words[u + 1] in _EXISTENTIAL_BE and words[u + 2] == "none" \
                and words[u + 3 : u + 4] not in (["other"], ["but"], ["except"]) \
                and any("," in tokens.gap(k) or ";" in tokens.gap(k) for k in range(last + 1, u + 1)):
            return u + 2
    for u in tokens.positions_of(frozenset({"such"}), last + 3, ended):
        # "..., and this release has no such caption": the document said to lack what the clause
        # made its condition
        if (words[u - 1] == "no" and words[u - 2] in _HAVING and words[u - 3] in DOCUMENT_NOUNS
                and any("," in tokens.gap(k) or ";" in tokens.gap(k) for k in range(last + 1, u - 3))):
            return u - 1
    return None


_HAVING = frozenset("has have contains contain includes include bears carries".split())


def emptied_in_aside(tokens: Tokens, first: int, last: int) -> int | None:
    """An aside inside the clause, between its parts, that says there are none of what its subject
    names ("The statements contained in this press release that are not purely historical (and,
    we note, there are none) are forward-looking statements"): the class is empty, as
    `emptied_later` reads it after the clause. The aside must be set off (a bracket or a comma
    before "there" and one after "none"); "there are none other than" names some after all. The
    token of "none", or None."""
    words = tokens.words
    for u in tokens.positions_of(frozenset({"there"}), first + 1, last):
        if not (u + 3 <= last and words[u + 1] in _EXISTENTIAL_BE and words[u + 2] == "none"):
            continue
        after = tokens.gap(u + 3)
        if (")" in after or "," in after) and any("(" in tokens.gap(k) or "," in tokens.gap(k)
                                                  for k in range(max(first + 1, u - 4), u + 1)):
            return u + 2
    return None

# A caution named as a noun ("the caution not to place undue reliance on them"), whose own verb
# says it is withdrawn or has lapsed ("... no longer applies", "... has been withdrawn").
_CAUTION_NOUNS = frozenset("caution cautions warning warnings admonition advice".split())
_LAPSED = frozenset("withdrawn lifted rescinded revoked dropped lapsed retracted".split())
_APPLY = frozenset("apply applies".split())
_CAUTION_REACH = 4  # words from the caution noun to the part ("the caution not to place undue reliance")
_LAPSE_REACH = 24  # words from the part to the caution's verb, over the rest of its phrase and an aside


def caution_lapsed(tokens: Tokens, s: int, e: int, hi: int) -> int | None:
    """A caution named as the subject noun of its sentence ("the caution not to place undue reliance
    on such statements, which earlier releases gave, no longer applies"), the part at [s, e] in the
    infinitive that says what it cautions against, and its own verb saying it is withdrawn or has
    lapsed ("no longer applies", "does not apply", "has been withdrawn", "has lapsed"): no caution
    is given. The token that says so, or None. A caution whose verb keeps it ("the caution ...
    still applies", "remains in force") is the element."""
    words = tokens.words
    noun = next((c for c in range(s - 1, max(-1, s - 1 - _CAUTION_REACH), -1) if words[c] in _CAUTION_NOUNS), None)
    if noun is None or not any(w in ("not", "against") for w in words[noun + 1 : s]):
        return None
    dismissed = _caution_dismissed_before(tokens, noun)
    if dismissed is not None:
        return dismissed  # "you may disregard the usual caution against placing undue reliance on them"
    ended = tokens.next_mark(SENTENCE_GAP, e, hi)
    aside = False
    for u in range(e + 1, min(ended, e + 1 + _LAPSE_REACH)):
        if "," in tokens.gap(u) and words[u] in ("which", "that", "as"):
            aside = True  # "..., which earlier releases gave, ...": an aside on the caution, read past
            continue
        if aside and "," in tokens.gap(u):
            aside = False
        if aside:
            continue
        if words[u] in _APPLY and u >= 2 and (words[u - 2 : u] == ["no", "longer"] or words[u - 1] == "not"):
            return u - 1
        if words[u] in _LAPSED and words[u - 1] in ("been", "is", "was", "has", "have", "are", "were"):
            return u
        if words[u] in _KEEPING:
            return None  # "... still applies", "remains in force": the caution kept
    return None


_KEEPING = frozenset("remains remain still stands stand continues continue".split())
_CAUTION_MODIFIERS = frozenset("the this that any a usual customary standard above foregoing such our".split())


_DISMISSAL_VERBS = frozenset("ignore disregard overlook dismiss neglect forget discount".split())
_NEGATIVE_SUBJECT_WORDS = frozenset("no nobody none neither".split())
_SUBJECT_MODALS = frozenset("should must may can could would will ought".split())
_NEGATIVE_SUBJECT_REACH = 3  # "no" + "prudent reader" or "one of our investors" before the modal


def dismissal_of_caution_denied(tokens: Tokens, t: int, s: int) -> bool:
    """Whether the negation at t denies only a verb of dismissing whose object is a caution noun
    before the part at s ("you should never ignore the caution against placing undue reliance",
    "you may not disregard the warning not to rely on them"): not dismissing the caution is
    heeding it, so the negation does not bear on the part (the caution's own "against" or "not"
    does)."""
    words = tokens.words
    v = t + 1
    if words[t] in _NEGATIVE_SUBJECT_WORDS:
        # a negative subject and its modal: "No reader should overlook the caution against ...",
        # "Nobody should ignore the warning not to ...": no one dismissing it is everyone heeding it
        modal = next((k for k in range(t + 1, min(s, t + 2 + _NEGATIVE_SUBJECT_REACH)) if words[k] in _SUBJECT_MODALS), None)
        if modal is None or any(tokens.marked(HARD_GAP, k) for k in range(t + 1, modal + 1)):
            return False
        v = modal + 1
    while v < s and words[v] in ("to", "be", "simply", "lightly", "ever"):
        v += 1
    if v >= s or words[v] not in _DISMISSAL_VERBS:
        return False
    n = v + 1
    while n < s and n - v <= 3 and words[n] in _CAUTION_MODIFIERS:
        n += 1
    return n < s and words[n] in _CAUTION_NOUNS and not tokens.marked(HARD_GAP, n)


def _caution_dismissed_before(tokens: Tokens, noun: int) -> int | None:
    """Leave given, before the caution noun at `noun`, to set the caution aside: "you may disregard
    the usual caution against placing undue reliance", "readers are free to ignore any warning not
    to rely on them" (the noun's determiner and adjectives between). Not a dismissal denied ("you
    may not disregard the caution", "should never ignore the warning"), nor one without leave ("do
    not disregard"). The verb's token, or None."""
    words = tokens.words
    v = noun - 1
    while v >= 0 and noun - v <= 3 and words[v] in _CAUTION_MODIFIERS and not tokens.marked(HARD_GAP, v + 1):
        v -= 1
    if v < 1 or words[v] not in _DISMISSING or tokens.marked(HARD_GAP, v + 1):
        return None
    lower = max(0, v - 4)
    if not _leave_to_dismiss(words, v, lower) or any(is_negation(w) for w in words[lower:v]):
        return None
    return v


_WITHDRAWING = frozenset("""withdraw withdraws withdrew withdrawn retract retracts retracted rescind rescinds
rescinded revoke revokes revoked lift lifts lifted""".split())
_RENAMED_REACH = 3  # from the comma to the caution noun that renames the clause (", a caution")
_SAID_ONCE = frozenset("said thought written advised cautioned".split())


_POSSIBILITY_NOUNS = frozenset("possibility prospect outcome eventuality scenario contingency".split())
_RULING_OUT = frozenset("""ruled excluded eliminated dismissed discounted foreclosed precluded""".split())
_RULE_OUT_REACH = 8  # from the noun to its verb: "a possibility OPI's board has ruled out"


def possibility_ruled_out_after(tokens: Tokens, last: int, hi: int) -> int | None:
    """An appositive after the clause ending at token `last` that renames what it says as a
    possibility and rules it out ("... could cause actual results to differ materially from the
    expectations (a possibility OPI's board has ruled out)", "..., an outcome management has
    eliminated"): what the clause holds possible is denied. The ruling-out verb's token, or None.
    A ruling out denied ("a possibility we cannot rule out") keeps the clause."""
    words = tokens.words
    ended = tokens.next_mark(SENTENCE_GAP, last, hi)
    for c in range(last + 1, ended):
        gap = tokens.gap(c)
        if "," not in gap and "(" not in gap:
            continue
        noun = next((u for u in range(c, min(ended, c + _RENAMED_REACH)) if words[u] in _POSSIBILITY_NOUNS), None)
        if noun is None:
            return None
        for u in range(noun + 1, min(ended, noun + 1 + _RULE_OUT_REACH)):
            if words[u] in _RULING_OUT or (words[u] in ("rule", "rules", "ruled") and words[u + 1 : u + 2] == ["out"]):
                if any(is_negation(w) for w in words[noun + 1 : u]):
                    return None
                return u
        return None
    return None


def caution_taken_back_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """The caution, given in the clause that ends at part e, taken back at the end of its
    sentence: by an appositive that renames it and says it is withdrawn ("Readers should not
    place undue reliance on such statements, a caution the Company ... now withdraws"), or by
    "or so ... would have said" ("..., or so we would have said before our auditors verified
    them"), which puts the caution as what was once the company's view. The token that takes it
    back, or None. A withdrawal denied ("a caution the Company does not withdraw") keeps it."""
    words = tokens.words
    ended = tokens.next_mark(SENTENCE_GAP, e, hi)
    for c in tokens.marks_between(_COMMA, e, ended):
        if words[c] == "or" and words[c + 1 : c + 2] == ["so"]:
            would = next((u for u in range(c + 2, min(ended, c + 6)) if words[u] == "would"), None)
            if would is not None and words[would + 1 : would + 2] == ["have"] \
                    and words[would + 2 : would + 3] and words[would + 2] in _SAID_ONCE:
                return would
            continue
        noun = next((u for u in range(c, min(ended, c + _RENAMED_REACH)) if words[u] in _CAUTION_NOUNS), None)
        if noun is None:
            continue
        for u in range(noun + 1, min(ended, noun + 1 + _LAPSE_REACH)):
            if tokens.marked(HARD_GAP, u) and "," not in tokens.gap(u):
                break
            if words[u] in _WITHDRAWING and not any(is_negation(w) for w in words[max(noun + 1, u - 3) : u]):
                return u
            if words[u] in _DISMISSING and _leave_to_dismiss(words, u, noun) \
                    and not any(is_negation(w) for w in words[noun + 1 : u]):
                return u  # "..., a caution they are free to ignore": the reader is let off it
        return None
    return None


# Leave to set the caution aside: "a caution they are free to ignore", "which readers may disregard"
_DISMISSING = frozenset("ignore disregard overlook dismiss".split())
# ... or a direction to: "investors should ignore the caution against ...", "readers ought to
# disregard any warning not to rely": the caution set aside all the more
_LEAVE_MODALS = frozenset("may can should must".split())


def _leave_to_dismiss(words: list[str], u: int, noun: int) -> bool:
    """Whether the verb of dismissing at u is given as leave: "free to ignore", "may (safely)
    disregard", "can ignore"."""
    b = u - 1
    while b > noun and words[b] in ("safely", "freely", "simply"):
        b -= 1
    return words[b] in _LEAVE_MODALS or (b - 1 > noun and words[b] == "to" and words[b - 1] in ("free", "ought"))


def disregarded_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """A relative clause right after the part whose verb leaves it out of account or takes it back
    ("our filings with the SEC, which readers should set aside", "..., which investors may
    disregard", "..., which we withdrew"): what it
    names is withdrawn from the legend. A negation before the verb keeps it ("which readers should
    not overlook"); one on a verb coordinated before it does not ("which does not form part of, and
    should be ignored in reading, this release"). The verb's token, or None."""
    words = tokens.words
    t = _past_place(tokens, e + 1, hi)
    if t < hi and words[t] in ("a", "an") and "," in tokens.gap(t):
        # the relative clause on an appositive noun: "our Form 10-K, a discussion that should be ignored"
        t = next((u for u in range(t + 1, min(hi, t + _APPOSITIVE_REACH))
                  if words[u] in ("which", "that") and not tokens.marked(HARD_GAP, u)), hi)
    if t + 1 < hi and words[t] in ("but", "and") and not tokens.marked(HARD_STOP, t) \
            and not tokens.marked(HARD_GAP, t + 1):
        if words[t + 1] in ("which", "that"):
            t += 1  # "..., but which readers should ignore"
        elif words[t + 1] in AUXILIARIES and words[t + 1] not in ("to", "do", "does", "did"):
            # a predicate coordinated on the sentence's subject, which the part's clause placed in
            # the filings: "the risks were set out in our SEC filings but should now be ignored"
            t += 1
            return _disregarding_verb(tokens, t, hi)
    if t + 1 < hi and words[t] in _CONCEDING and "," in tokens.gap(t) and not tokens.marked(HARD_STOP, t):
        # a concessive clause that tells readers to leave the filings aside, naming them again:
        # "..., although investors are asked to set those discussions aside when reading this release"
        v = _disregarding_verb(tokens, t + 1, hi)
        if v is not None and any(words[k] in _BACK_REFERRING for k in range(t + 1, min(hi, v + _BACK_REFERENCE_WORDS))):
            return v
        return None
    if t >= hi or words[t] not in ("which", "that", "whom") or tokens.marked(HARD_STOP, t):
        return None
    return _disregarding_verb(tokens, t + 1, hi)


_CONCEDING = frozenset("although though".split())
# the words by which a concessive clause names the filings again ("set those discussions aside",
# "ignore them"): without one its verb may be about something else ("although we may withdraw our
# guidance")
_BACK_REFERRING = frozenset("them those these it such they that".split())
_BACK_REFERENCE_WORDS = 4  # from the verb: "set" + "those discussions aside"


_PLACE_PREPOSITIONS = frozenset("on at via through".split())
_PLACE_WORDS = 8  # "on EDGAR at www.sec.gov/edgar"


def _past_place(tokens: Tokens, t: int, hi: int) -> int:
    """The token after where the document is found, named right after it and closed by a comma
    ("... with the SEC on EDGAR at www.sec.gov, but which ..."): the relative clause after the
    place is still on the document. Else t."""
    words = tokens.words
    u = t
    while u < hi and words[u] in _PLACE_PREPOSITIONS and not tokens.marked(HARD_GAP, u):
        v = u + 1
        # (a web address's dots and slashes join its words)
        while (v < min(hi, u + _PLACE_WORDS) and words[v] not in _PLACE_PREPOSITIONS
               and (not tokens.marked(HARD_GAP, v) or tokens.gap(v) in (".", "/"))):
            v += 1
        u = v
    return u if u != t and u < hi and tokens.gap(u).strip() == "," else t


def _disregarding_verb(tokens: Tokens, start: int, hi: int) -> int | None:
    """The verb from start on, in a clause on the part, that leaves it out of account, unless a
    negation stands before it in its own coordinated predicate; its token, or None."""
    words = tokens.words
    t = start - 1
    negated = False
    for u in range(t + 1, min(hi, t + 1 + _DISREGARD_REACH)):
        if words[u] in ("and", "but") and not tokens.marked(HARD_STOP, u):
            negated = False  # the relative clause's next verb (", and should be ignored")
            continue
        if tokens.marked(HARD_GAP, u):
            return None
        if words[u] in ("which", "that") and words[u - 1] in ("and", "but"):
            continue  # the relative pronoun said again: ", and which readers may disregard"
        if words[u] == "since" and words[u - 1] in PERFECT:
            continue  # the adverb, not a clause: "which we have since removed"
        if words[u] in BOUNDARIES:
            return None
        if is_negation(words[u]):
            negated = True
        elif words[u] in _JUDGED_WRONG and u + 1 < hi and words[u + 1] == "to":
            # a judgement of the act turns it round: "which readers would be wrong to ignore" keeps
            # the filings, "which readers would not be wrong to ignore" lets them go
            negated = not negated
        elif words[u] in OVERLOOKING or words[u] in _TAKEN_BACK or (
                words[u] in _SETTING and _set_aside(words, u, hi)):
            return None if negated else u
        elif words[u] in _UNREAD:
            return None if negated else u  # "which investors may safely leave unread"
        elif negated and words[u] == "take" and words[u + 1 : u + 3] == ["into", "account"]:
            return u  # "which readers should not take into account": left out of account
        elif negated and words[u] in _CONSULT_BASES and words[u - 1] in _BEFORE_A_BASE:
            # a negated bare verb of consulting tells the reader to leave it unread: "which
            # investors are advised not to consult", "which readers need not read" (not a
            # participle: "which have not been reviewed by the staff" says nothing of readers)
            return u
    return None


# the states of a document nobody reads ("which investors may leave unread")
_UNREAD = frozenset("unread unconsulted unexamined unopened unstudied".split())
# bare verbs of consulting a document, and the words a bare verb stands after ("not to consult",
# "need not read", "should not review")
_CONSULT_BASES = frozenset("consult read review study refer rely depend".split())
_BEFORE_A_BASE = frozenset("to not never".split()) | frozenset(
    "need should must may might can could would will ought".split())


# judgements that deny the act their infinitive names ("would be wrong (unwise) to ignore")
_JUDGED_WRONG = WRONGNESS | IMPRUDENT_ACTS | UNWISE_ACTS
_EXCEPTION_OPENERS = frozenset("except excepting apart aside other save excluding besides".split())
_WHOLE = frozenset("entire all everything every".split())
_EXCEPTION_WORDS = 10  # the excepted noun phrase up to its relative clause ("except for historical information")


def exception_covers_all(tokens: Tokens, first: int, lo: int) -> int | None:
    """An exception that opens the sentence and is then said to cover everything ("Except for
    historical information, which makes up the whole of it, this release contains ..."): nothing
    is left for the rest of the sentence to hold of. The word of totality's token, or None."""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    if start >= first or words[start] not in _EXCEPTION_OPENERS:
        return None
    for u in range(start + 1, min(first, start + _EXCEPTION_WORDS)):
        if tokens.marked(STOP_GAP, u):
            return None
        if words[u] in ("which", "that") and "," in tokens.gap(u):
            for v in range(u + 1, min(first, u + 1 + _DISREGARD_REACH)):
                if tokens.marked(HARD_GAP, v) or is_negation(words[v]):
                    return None  # "which is not all of it"
                if words[v] in ("whole", "entirety") or (words[v] in _WHOLE and any(
                        w in ("it", "this") or w in DOCUMENT_NOUNS for w in words[v + 1 : v + 4])):
                    return v  # (of the document: not "which apply to all of our businesses")
            return None
    return None


_OWN_FORECASTS = frozenset("guidance outlook forecast forecasts projections".split())
_OWN_DETERMINERS = frozenset("its our company's".split())
_OWN_STATEMENT_REACH = 14  # words of the excepted phrase ("except as to the forward-looking information in this news release")


def _names_this_document(words: list[str], u: int) -> bool:
    """Whether words[u] names the document itself: "herein", "hereof", or "this" before a document
    noun, one modifier allowed ("this release", "this news release")."""
    if words[u] in ("herein", "hereof"):
        return True
    return words[u] == "this" and any(w in DOCUMENT_NOUNS for w in words[u + 1 : u + 3])


def exception_takes_own(tokens: Tokens, first: int, lo: int) -> int | None:
    """An exception that opens the sentence and takes out this document's own forward-looking
    statements ("Except as to the forward-looking information in this news release, the reader
    is cautioned not to place undue reliance on any forward-looking information"): what the
    main clause says after the exception's comma holds of every statement but the ones the
    legend is about. The exception's first token, or None. The parts must stand after the comma
    that closes it; an exception of anything else ("Except as required by law", "Other than
    statements of historical fact") or of another document's statements ("Except for the
    forward-looking statements in our Form 10-K") takes out nothing of this document."""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    if start >= first or words[start] not in _EXCEPTION_OPENERS:
        return None
    forward = this = None
    for u in range(start + 1, min(first, start + _OWN_STATEMENT_REACH)):
        if "," in tokens.gap(u) or tokens.marked(STOP_GAP, u):
            break
        if words[u] == "forward" and u + 2 < first and words[u + 2] in STATEMENT_NOUNS:
            forward = u  # ("forward" + "looking" + "statements")
        if forward is not None and _names_this_document(words, u):
            this = u
        if (this is None and words[u] in _OWN_FORECASTS and u - 1 > start
                and any(w in _OWN_DETERMINERS for w in words[start + 1 : u])):
            # ... or the company's own forecast, the principal forward-looking statement ("Except
            # for its annual revenue guidance, PyroGenesis undertakes no obligation to update")
            forward = this = u
        if forward is None and words[u] == "those" and u <= start + _THOSE_REACH:
            forward = -u  # "Other than those contained in this news release, forward-looking
            # statements speak ...": the pronoun stands for the statements the main clause names
    if forward is None or this is None:
        return None
    closing = next((k for k in range(this + 1, first + 1) if "," in tokens.gap(k)), None)
    if closing is None or any(tokens.marked(STOP_GAP, k) for k in range(this + 1, closing + 1)):
        return None
    if forward < 0 and not _statements_open(words, closing, first):
        return None  # "Other than those in this release, our risks ...": "those" is not the statements
    return start


_THOSE_REACH = 3  # "other than those", "except for those", "apart from those"


def _statements_open(words: list[str], closing: int, first: int) -> bool:
    """Whether the main clause after the exception's comma (its first word at `closing`) opens with
    the forward-looking statements, a determiner allowed before them ("any forward-looking ...")."""
    for u in range(closing, min(first + 1, closing + 3, len(words) - 2)):
        if words[u] == "forward" and words[u + 2] in STATEMENT_NOUNS:
            return True
    return False


_ELABORATION_REACH = 16  # words from "including" to the part it names ("including the factors identified as ...")


@read_once
def disregarded_before(tokens: Tokens, s: int, lo: int) -> int | None:
    """An elaboration ("including", "particularly") that the part at s stands in, right after a
    relative clause that leaves the elaborated noun out of account: "our filings with the SEC,
    which readers should now ignore, including the risk factors of our Form 10-K": what elaborates
    the noun set aside is set aside with it. The disregarding verb's token, or None."""
    words = tokens.words
    k = next((t for t in range(s, max(lo, s - _ELABORATION_REACH) - 1, -1)
              if tokens.marked(HARD_GAP, t) or words[t] in ELABORATING
              or (words[t] == "which" and t - 1 > lo and words[t - 1] == "and")), None)
    if k is not None and words[k] == "which" and not tokens.marked(HARD_GAP, k):
        # a second relative coordinated on the same noun names where the filings are: "...
        # (SEC), on which readers should not rely and which are available on the SEC's web site"
        k -= 1
    elif k is None or words[k] not in ELABORATING or "," not in tokens.gap(k) or tokens.marked(STOP_GAP, k):
        return None
    for u in range(k - 1, max(lo, k - 1 - _DISREGARD_REACH) - 1, -1):
        if tokens.marked(STOP_GAP, u + 1):
            return None
        if _without_regard_at(words, u) and not any(is_negation(w) for w in words[max(lo, u - 5) : u - 2]):
            # the elaborated noun is the object of a phrase that leaves it out of account: "should
            # be read without regard to statements included herein and elsewhere, including the
            # risk factors detailed in our Form 10-K" (not "not ... without regard to")
            return u
        if words[u] in ("which", "that") and "," in tokens.gap(u) and u - 1 >= lo:
            found = disregarded_after(tokens, u - 1, k)
            if found is None and tokens.marked(HARD_STOP, u):
                # after a bracketed short name: "... Commission ("SEC"), which we advise investors
                # not to consult, including our Annual Report ...": the relative is on the filings
                found = _disregarding_verb(tokens, u + 1, k)
            return found
        if (words[u] in ("which", "whom") and u - 1 > lo and words[u - 1] in _RELATIVE_PREPOSITIONS
                and "," in tokens.gap(u - 1)):
            # a relative after its preposition: "..., on which readers should not rely, including ..."
            return _disregarding_verb(tokens, u + 1, k)
    return None


def _without_regard_at(words: list[str], u: int) -> bool:
    """Whether "without regard to", which leaves its object out of account, ends at u ("read
    without regard to ..."). ("Regardless of the risks we face" is not read so: it concedes the
    risks rather than setting aside where they are described.)"""
    return words[u] == "to" and u >= 2 and words[u - 2 : u] == ["without", "regard"]


# Words that place the risks out of what follows them: "factors absent from our filings", "risks
# omitted from our Form 10-K" (the word's token is the cue; the preposition follows it)
_PRIVATIVE = {"absent": "from", "omitted": "from", "excluded": "from", "missing": "from", "removed": "from"}
_PRIVATIVE_REACH = 14  # from the privative to the comma of the elaboration ("absent from this release and the Company's filings with the SEC")
_FILING_WORDS = frozenset("filings filing reports report form sec commission edgar".split())


def privative_elaborated(tokens: Tokens, s: int, lo: int) -> int | None:
    """An elaboration ("including") that the part at s stands in, right after filings the risks
    are said to be absent or omitted from: "factors absent from our filings with the SEC,
    including the Risk Factors of our Form 10-K" (what elaborates the filings the risks are not
    in is a place they are not in either). Only when a filing's word closes the phrase before the
    comma ("factors not discussed here, including those in our Form 10-K" elaborates the factors).
    The privative word's token, or None."""
    words = tokens.words
    k = next((t for t in range(s, max(lo, s - _ELABORATION_REACH) - 1, -1)
              if tokens.marked(HARD_GAP, t) or words[t] in ELABORATING), None)
    if k is None or words[k] not in ELABORATING or "," not in tokens.gap(k) or tokens.marked(STOP_GAP, k):
        return None
    if not any(words[u] in _FILING_WORDS for u in range(max(lo, k - 3), k)):
        return None
    for u in range(k - 1, max(lo, k - 1 - _PRIVATIVE_REACH) - 1, -1):
        if tokens.marked(STOP_GAP, u + 1) or (u + 1 < k and "," in tokens.gap(u + 1)):
            return None
        if words[u] in _PRIVATIVE and u + 1 < k and words[u + 1] == _PRIVATIVE[words[u]] and not (
                u > lo and is_negation(words[u - 1])):
            return u
    return None


# a relative clause that takes back what it follows: "our Form 10-K, which we later withdrew", "...,
# which the SEC rejected", "forward-looking statements, which we have since removed" (not "which
# superseded our earlier reports": there the filing stands)
_TAKEN_BACK = frozenset("withdrew withdrawn retracted rescinded revoked rejected removed deleted excised".split())


_SETTING = frozenset("set sets setting put puts putting lay lays laying cast casts brush brushes".split())
_SET_OBJECTS = frozenset("it them that this those these".split())  # "set it aside": the object between


def _set_aside(words: list[str], u: int, hi: int) -> bool:
    """Whether the verb of setting at u is "set aside", with a pronoun object between or not
    ("should set aside that report", "should set it aside", "set those discussions aside")."""
    if u + 1 < hi and words[u + 1] == "aside":
        return True
    # (a determiner and its noun between too: "set those discussions aside")
    return u + 2 < hi and words[u + 1] in _SET_OBJECTS and "aside" in words[u + 2 : min(hi, u + 4)]
_OPTING = frozenset("opt opts opted opting".split())
_RENAMING = frozenset("provision provisions protection protections statute statutes law laws legislation section "
                      "sections".split())
_CONCEDED_NOUNS = _RENAMING | {"harbor", "harbour"}  # the subject a concessive clause gives up
_COLLECTIVES = frozenset("both all each neither none either".split())
_NEGATIVE_COLLECTIVES = frozenset("neither none".split())
_COORDINATED_REACH = 24  # words of the coordinated provisions before ", both of which"


@read_once
def _collective_relative(tokens: Tokens, t: int, hi: int) -> int | None:
    """A relative clause said of coordinated antecedents after the "and"/"or" at t: "..., both
    of which", "..., each of which", "..., all of which", or a plural appositive ("..., sections
    the Company has elected not to invoke"); the token of "which" or of the appositive's noun, or
    None. Only commas may stand between (no clause of its own ends before it)."""
    words = tokens.words
    bracket_end = -1
    for u in range(t + 1, min(hi - 2, t + _COORDINATED_REACH)):
        gap = tokens.gap(u)
        if words[u] in _COLLECTIVES and ("," in gap or "(" in gap) and words[u + 1] == "of" and words[u + 2] == "which":
            return u + 2  # ", both of which", "(none of which ...)"
        if "(" in gap and ")" not in gap:
            # a short defined name in brackets ("... Commission (the "SEC"), none of which"): read past it
            bracket_end = next((k for k in range(u + 1, min(hi, u + _BRACKET_WORDS + 1)) if ")" in tokens.gap(k)), -1)
            if bracket_end < 0:
                return None
            continue
        if u < bracket_end:
            continue
        if u == bracket_end:
            gap = gap.replace(")", "")
        if HARD_STOP.search(gap) or words[u] in AUXILIARIES:
            return None
        if words[u] in _PLURAL_RENAMING and "," in tokens.gap(u):
            # a plural appositive renames every coordinated provision: "Section 27A ... and
            # Section 21E ..., sections from whose protection the Company has opted out"
            return u
    return None


_PLURAL_RENAMING = frozenset("sections provisions protections statutes laws".split())


@read_once
def counterfactual(tokens: Tokens, key: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The key part in the consequence of a counterfactual: "would have been described in our
    filings, had we been required to include them", "... if we had been required", or with a
    present "would": "would be forward-looking statements if the transaction had not already
    closed", "would disclaim any obligation to update ... were it not bound to do so". The tokens
    of the modal (and "have"), or None. A present "would" needs a condition that is plainly unreal
    (a past perfect, or "were" inverted or negated): "results would differ if any of these risks
    were to materialize" is a caution."""
    words = tokens.words
    end = min(hi, len(words))
    perfect = present = None
    planned = None
    # (only the last 60 words before the key can hold the modal: a run-on sentence is long)
    for t in range(max(lo, key - 60), min(key + 1, end - 1)):
        if t > lo and tokens.marked(SENTENCE_GAP, t):
            perfect = present = planned = None
        if words[t] in ("was", "were") and t + 3 <= key and words[t + 1 : t + 4] == ["to", "have", "been"] \
                and key - t <= 30:
            planned = t  # "were to have been discussed in a supplement ...": a plan that came to nothing
        if words[t] in MODALS_OF_THE_PAST and words[t + 1] == "have" and key - t <= 60:
            perfect = t
        elif words[t] == "would" and key - t <= 12:
            present = t
    if planned is not None:
        return planned, planned + 3
    if perfect is None and present is None:
        # no modal: an inverted past perfect after the key still puts it as unreal ("... within
        # the meaning of the Act, had the Company remained a reporting company"); so does a
        # trailing "were it not for ..." ("could cause results to differ materially ... were it
        # not for the hedges we have put in place")
        return _trailing_had(tokens, key, hi) or _trailing_not_for(tokens, key, hi)
    # the "had" and "were" of the sentence, up to the first sentence break after the key
    stop = tokens.next_mark(SENTENCE_GAP, max(key, lo), end)
    auxiliaries = tokens.positions(_HAD_WERE)
    for h in auxiliaries[bisect_left(auxiliaries, lo) : bisect_left(auxiliaries, stop)]:
        if (h > lo and tokens.marked(SENTENCE_GAP, h)) or h + 2 >= end:
            continue
        inverted = h == lo or "," in tokens.gap(h) or words[h - 1] in ("if", "and") or (
            words[h + 1] in _INVERTED_SUBJECTS and "not" in words[h + 2 : h + 4]) or (  # "... were it not bound"
            # "... under the Act had the Company been eligible": "had", its subject, "been"
            words[h] == "had" and words[h + 1] in _INVERTED_SUBJECTS and "been" in words[h + 2 : h + 5]) or (
            # after a "would have": "... would have been described in our Form 10-K had we filed one"
            words[h] == "had" and words[h + 1] in _INVERTED_SUBJECTS and perfect is not None and h > perfect)
        conditional = any(words[k] == "if" for k in range(max(lo, h - 4), h))
        if words[h] == "were":
            # (the company by its own name inverts the same way: "were GENFIT an SEC registrant")
            subject = words[h + 1] in _INVERTED_SUBJECTS or tokens.names.is_own(words[h + 1])
            if perfect is None and (words[h + 1] == "to" or not (
                    (inverted and subject) or "not" in words[h + 1 : h + 4] or _other_kind(tokens, h))):
                continue  # "if these risks were to materialize", "if our assumptions were wrong"
        if inverted or conditional:
            return (perfect, perfect + 1) if perfect is not None else (present, present)
    return None


_INVERTED_SUBJECTS = frozenset("it we they the company he she".split())  # "were it not bound"
# The kinds of entity a company is: to suppose it another ("if we were a private company", "if it
# were still a start-up") is plainly unreal, unlike supposing an event ("if we were a party to a
# lawsuit") or a state of the world ("if our assumptions were wrong")
_ENTITY_KINDS = frozenset("""company companies corporation issuer registrant filer entity partnership bank fund
trust reit startup start-up subsidiary""".split())
_KIND_REACH = 4  # "a smaller reporting company", "still an emerging growth company"


def _other_kind(tokens: Tokens, h: int) -> bool:
    """Whether "were" at h, after "if" and the company as subject ("if we were", "if the Company
    were", "if Acme were"), supposes it an entity of another kind: "a/an" and a noun of
    `_ENTITY_KINDS` within a few words ("if we were a private company")."""
    words = tokens.words
    if h < 2 or not (words[h - 1] in _INVERTED_SUBJECTS or tokens.names.is_own(words[h - 1])):
        return False
    if "if" not in words[max(0, h - 3) : h]:
        return False
    u = h + 1 + (h + 1 < len(words) and words[h + 1] in ("still", "instead", "then"))
    if u >= len(words) or words[u] not in ("a", "an"):
        return False
    return any(w in _ENTITY_KINDS for w in words[u + 1 : u + 1 + _KIND_REACH])


# "..., had the Company remained a reporting company": "had", the company, a past participle
_HAD_SUBJECT_REACH = 3
_PARTICIPLE_SUFFIXES = ("ed", "en", "wn")  # remained, been, known
_TRAILING_HAD_REACH = 30  # from the key to the "had"


def _trailing_had(tokens: Tokens, key: int, hi: int) -> tuple[int, int] | None:
    """An inverted past perfect after a comma, following the key in its sentence with no modal
    before it: "Certain statements ... are forward-looking statements within the meaning of the
    Act, had the Company remained a reporting company". The condition supposes what is not so, and
    the claim hangs on it. The ("had", participle) tokens, or None. "had" as a main verb ("..., had
    revenue of") has no subject and participle after it."""
    words = tokens.words
    end = min(hi, len(words), key + _TRAILING_HAD_REACH)
    for h in range(key + 1, end):
        if tokens.marked(SENTENCE_GAP, h):
            return None
        if words[h] != "had" or "," not in tokens.gap(h):
            continue
        u = h + 1
        if u < end and (words[u] in _INVERTED_SUBJECTS or tokens.names.is_own(words[u])):
            for p in range(u + 1, min(end, u + 1 + _HAD_SUBJECT_REACH)):
                if words[p].endswith(_PARTICIPLE_SUFFIXES) and words[p] not in _INVERTED_SUBJECTS:
                    return h, p
    return None
_HAD_WERE = frozenset(("had", "were"))

# "were it not for", "had it not been for", "if it were not for", "if it had not been for", "if
# not for": the clause before it holds only in a world without what follows "for"
_NOT_FOR_OPENINGS = (("were", "it", "not", "for"), ("had", "it", "not", "been", "for"),
                     ("if", "it", "were", "not", "for"), ("if", "it", "had", "not", "been", "for"),
                     ("if", "not", "for"), ("were", "they", "not", "for"))
_CLAUSE_JOINERS = frozenset("and but although though while whereas yet".split())


def _trailing_not_for(tokens: Tokens, key: int, hi: int) -> tuple[int, int] | None:
    """A counterfactual "were it not for ..." after the key in its sentence: "factors that could
    cause results to differ materially from our forward-looking statements were it not for the
    hedges we have put in place". What the clause claims is prevented by what follows "for", so
    the claim is not made. The tokens of the phrase, or None."""
    words = tokens.words
    end = min(hi, len(words), key + _TRAILING_HAD_REACH)
    for h in range(key + 1, end):
        if tokens.marked(SENTENCE_GAP, h) or ";" in tokens.gap(h) or (
                "," in tokens.gap(h) and words[h] in _CLAUSE_JOINERS):
            return None  # another clause, whose counterfactual is its own
        for opening in _NOT_FOR_OPENINGS:
            n = len(opening)
            if tuple(words[h : h + n]) == opening and h + n <= end:
                return h, h + n - 1
    return None


# A condition in the past tense or inverted, whose consequence says what "would" follow: "Had this
# release contained forward-looking statements, they would be identified here", "If the Company
# were under any such obligation, it would say so". What such a condition supposes is not so.
_PRESENT_FINITES = frozenset("is are am does do has have will shall can may".split())
_UNREAL_CONDITION_WORDS = 25  # "If" up to the comma that ends its clause


def _clause_comma(tokens: Tokens, opener: int, start: int, limit: int) -> int | None:
    """The first token in [start, limit) after whose word a comma stands, closing the clause that
    `opener` opens, or None (no comma, or a stop between the opener and it: the clause ended first)."""
    comma = next((t for t in range(start, limit) if "," in tokens.gap(t)), None)
    if comma is None or any(tokens.marked(STOP_GAP, t) for t in range(opener + 1, comma)):
        return None
    return comma


def in_unreal_condition(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The parts at [first, last] stand in a condition that opens the sentence at lo and is
    plainly unreal: inverted "Had ..."/"Were ...", or "If" with a past tense and no present one,
    answered by a "would" after its comma. The (opener, "would") tokens, or None."""
    words = tokens.words
    if lo >= first:
        return None
    opener = lo + 1 if words[lo] == "even" and lo + 1 < first else lo
    inverted = words[opener] in _HAD_WERE
    if not inverted and words[opener] != "if":
        return None
    comma = _clause_comma(tokens, opener, last + 1, min(hi, opener + _UNREAL_CONDITION_WORDS))
    if comma is None:
        return None
    condition = words[opener + 1 : comma]
    if not inverted and (any(w in _PRESENT_FINITES for w in condition)
                         or not any(w in _HAD_WERE or w.endswith("ed") for w in condition)):
        return None
    would = next((t for t in range(comma, min(hi, comma + 8)) if words[t] == "would"), None)
    if would is None or any(tokens.marked(HARD_GAP, t) and t > comma for t in range(comma, would + 1)):
        return None
    return opener, would


_SUPPOSED_DOCUMENTS = DOCUMENT_NOUNS | frozenset("announcement communication".split())
_WOULD = frozenset(["would"])
_UNREAL_ANSWER_WORDS = 8  # from the last part to the "if" that follows it ("... in this release if it contained any")


def answers_unreal_condition(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
    """The parts at [first, last] are a "would" clause answering an "if" that follows and is
    plainly unreal of the document: a past tense, no present one, and the document named in it
    ("Words such as ... would identify forward-looking statements if this release contained
    any"). What it supposes of the document is not so. The ("would", "if") tokens, or None. A
    supposition about events ("actual results would differ materially if any of these risks
    materialized") names no document and is the legend's own warning."""
    words = tokens.words
    would = next(iter(reversed(tokens.positions_of(_WOULD, lo, last))), None)
    if would is None or any(tokens.marked(STOP_GAP, t) for t in range(would + 1, last + 1)):
        return None
    opener = next((t for t in range(last + 1, min(hi, last + 1 + _UNREAL_ANSWER_WORDS)) if words[t] == "if"), None)
    if opener is None or any(tokens.marked(STOP_GAP, t) for t in range(last + 1, opener + 1)):
        return None
    end = next((t for t in range(opener + 1, hi) if tokens.marked(HARD_GAP, t)), hi)
    condition = words[opener + 1 : end]
    if (any(w in _PRESENT_FINITES for w in condition) or not any(w in _HAD_WERE or w.endswith("ed") for w in condition)
            or not any(w in _SUPPOSED_DOCUMENTS for w in condition)):
        return None
    return would, opener


# A clause after an affirmed caution that says the thing cautioned of will not happen ("Actual
# results could differ materially, although we are confident they will not", "..., but
# historically they never have", "..., a possibility we consider remote"): it takes the caution
# back. The clause opens with a concessive word or is an appositive on the possibility; its
# pronoun refers back; it denies (an odd count of negations: "although we cannot assure you that
# they will not" denies nothing) the event in an elliptical predicate ("they will not", "we do not
# expect them to", "they never have", "will not do so") or judges it remote.
_TAKING_BACK = frozenset("although though but yet however while".split())
_POSSIBILITIES = frozenset("possibility prospect outcome scenario eventuality event risk".split())
# what the clause calls the event: remote, or out of the question ("a risk we have eliminated",
# "although our auditors have ruled this out")
# (not "impossible": "although it is impossible to predict all such factors" takes nothing back)
_REMOTE = frozenset("remote negligible improbable implausible theoretical far-fetched eliminated excluded".split())
_RULE_VERBS = frozenset("rule rules ruled ruling".split())
_REFERRED_EVENT = frozenset("they them it so this".split())
_ELLIPTICAL_ENDS = frozenset("will would do does did have has had to".split())
_EVENT_VERBS = frozenset("differ vary happen occur materialize materialise".split())
# what a variance is confined to after "though (only)": one direction, or a slight degree
_ONE_WAY = frozenset("""favourably favorably positively upward upwards upwardly slightly marginally modestly
immaterially insignificantly""".split())
_ONE_WAY_PHRASES = (("to", "the", "upside"), ("in", "our", "favour"), ("in", "our", "favor"), ("for", "the", "better"),
                    ("in", "investors'", "favour"), ("in", "investors'", "favor"))
_TAKE_BACK_REACH = 14  # words of the clause read after its opening ("although we are confident that they will not")


_DASHES = ("—", "–", "--")
# sentence adverbs set off after the opening word ("but, honestly, they won't", "but frankly, ..."):
# the speaker's comment, which leaves the clause's own words to be read after it
_SPEAKER_ADVERBS = frozenset("""however honestly frankly candidly truthfully actually really realistically
seriously practically""".split())


def taken_back_after(tokens: Tokens, e: int, hi: int) -> tuple[int, int] | None:
    """See `_TAKING_BACK` above: the (opening, closing) tokens of the clause after the part
    ending at e that takes the caution back, or None. A clause of the speaker's own between them
    ("-- I say that because I have to, but honestly, they won't") is read past to the next one."""
    words = tokens.words
    u = e
    while u + 1 < min(hi, e + 1 + _TAKE_BACK_REACH):
        u += 1
        gap = tokens.gap(u)
        if tokens.marked(STOP_GAP, u):
            return None
        if "," in gap or gap.strip() in _DASHES:
            found = _taken_back_at(tokens, u, hi)
            if found is not None or u > e + 1 and words[u] in _TAKING_BACK:
                return found
    return None


def _taken_back_at(tokens: Tokens, opening: int, hi: int) -> tuple[int, int] | None:
    """The clause opening at `opening` takes the caution back (`taken_back_after`)."""
    words = tokens.words
    start = opening
    appositive = words[start] in ("a", "an") and start + 1 < hi and words[start + 1] in _POSSIBILITIES
    if not appositive:
        if words[start] not in _TAKING_BACK:
            return None
        start += 1
        limit = _one_way(tokens, start, hi)
        if limit is not None:
            return opening, limit  # "..., though only favourably", "but only slightly": no material variance either way
    negations = 0
    negation_at = None
    referred = appositive
    for u in range(start, min(hi, start + _TAKE_BACK_REACH)):
        if u > start and (tokens.marked(HARD_GAP, u) and not (u == start + 1 and words[u - 1] in _SPEAKER_ADVERBS)):
            break
        word = words[u]
        if word in _REFERRED_EVENT and not (word == "it" and u + 1 < hi and words[u + 1] in ("is", "was")):
            referred = True
        if is_negation(word) and not is_local_negation(words, u):
            negations += 1
            negation_at = u
        if referred and (word in _REMOTE or (word == "out" and _RULE_VERBS.intersection(words[max(start, u - 2) : u]))):
            if negations % 2 == 0:
                return opening, u  # "..., a possibility we consider remote", "though we think it remote"
            return None  # "..., a possibility we do not consider remote", "... we cannot rule out": kept
        closes = u + 1 >= hi or tokens.marked(HARD_GAP, u + 1) or _cause_adverbial(words, u + 1)
        ended = closes and (word in _ELLIPTICAL_ENDS or word in _EVENT_VERBS
                            or (word in ("not", "never") and words[u - 1] in _ELLIPTICAL_ENDS)
                            or (word == "so" and words[u - 1] in ("do", "does")))
        if ended and referred and negations % 2 == 1 and _denies_the_event(words, negation_at, u):
            return opening, u  # "although we are confident they will not", "they never have"
    return None


_CAUSE_NOUNS = frozenset("risk risks uncertainty uncertainties factor factors".split())
_BACK_DETERMINERS = frozenset("these those such".split())  # not "the risks of our legacy debt"
_PARTIAL_WORDS = frozenset("""some many most several certain few partly partially largely mostly substantially
one two three part""".split())
_ELIMINATED_WORDS = 8  # from the sentence's start to the verb ("The Company has, however, eliminated")


def causes_eliminated_next(tokens: Tokens, e: int, n: int) -> tuple[int, int] | None:
    """The next sentence after the one holding the part that ends at e says the risks named as
    causes have been done away with, all of them: "... may differ materially ... due to a number of
    risks and uncertainties. The Company has, however, eliminated each of these risks and
    uncertainties." What could cause the difference is gone, so the caution is taken back. The
    (sentence start, verb) tokens, or None. Only a verb of `RESOLVED` near the next sentence's start, with no
    negation and no word of part ("some of these risks", "partly eliminated") before its object,
    which refers back ("these", "each of these", "all such") to risks or uncertainties."""
    words = tokens.words
    start = tokens.next_mark(SENTENCE_GAP, e, n)
    if start >= n:
        return None
    end = tokens.next_mark(SENTENCE_GAP, start, n)
    verb = next((u for u in range(start, min(end, start + _ELIMINATED_WORDS)) if words[u] in RESOLVED), None)
    if verb is None or any(is_negation(w) or w in _PARTIAL_WORDS for w in words[start:verb]):
        return None
    u = verb + 1
    if words[u : u + 2] in (["each", "of"], ["all", "of"], ["every", "one"]):
        u += 2 + (words[u] == "every")
    elif u < end and words[u] == "all":
        u += 1
    if u >= end or words[u] not in _BACK_DETERMINERS:
        return None
    for v in range(u + 1, min(end, u + 3)):
        if words[v] in _PARTIAL_WORDS or is_negation(words[v]):
            return None
        if words[v] in _CAUSE_NOUNS:
            return start, verb
    return None


_CAUSE_PHRASES = (["as", "a", "result", "of"], ["because", "of"], ["due", "to"], ["owing", "to"], ["on", "account", "of"])


def _cause_adverbial(words: list[str], u: int) -> bool:
    """Whether a phrase of cause opens at u ("as a result of", "because of", "due to"): after an
    elided verb ("..., but we do not expect that they will as a result of these factors") it adds
    no verb of its own, and the elliptical clause is complete before it."""
    return any(words[u : u + len(phrase)] == phrase for phrase in _CAUSE_PHRASES)


_BELIEVING = frozenset("""believe believes expect expects anticipate anticipates think thinks foresee foresees likely
probable possible""".split())  # ("not certain that they will" is a hedge)
_COMPLEMENTIZERS = frozenset("that whether if".split())


def _one_way(tokens: Tokens, start: int, hi: int) -> int | None:
    """The last token of a clause opening at `start` (after "though", "but") that confines the
    variance to one direction or a slight degree and ends there ("only favourably", "only to the
    upside", "only slightly"), or None ("though favourably or unfavourably" confines nothing)."""
    words = tokens.words
    t = start + 1 if start < hi and words[start] == "only" else start
    if t >= hi:
        return None
    end = t + 1 if words[t] in _ONE_WAY else next(
        (t + len(p) for p in _ONE_WAY_PHRASES if tuple(words[t : t + len(p)]) == p), None)
    if end is None or end > hi or (end < hi and not tokens.marked(HARD_GAP, end)):
        return None
    return end - 1


def _denies_the_event(words: list[str], negation: int, end: int) -> bool:
    """Whether the negation at `negation` bears on the event the clause ending at `end` names:
    no complementizer between them ("we do not expect them to"), or one after a verb of belief
    ("we do not believe that they will"); not one over another verb ("it does not follow that
    they will", "we cannot predict whether they will")."""
    between = words[negation + 1 : end]
    if not any(w in _COMPLEMENTIZERS for w in between):
        return True
    verb = next((w for w in between if w not in ("do", "does", "did")), "")
    return verb in _BELIEVING



# A short sentence right after the element's that takes it back as a whole (`retracted_next`)
_RETRACTION_WORDS = 16  # the longest such sentence ("That caution, however, no longer applies to our guidance.")
_RETRACTION_OPENERS = frozenset("but however yet realistically".split())
_RETRACTION_PAIRS = frozenset({("in", "practice"), ("in", "fact"), ("in", "reality"), ("in", "truth")})
_DEMONSTRATIVES = frozenset("this that such these those".split())
_STILL_HOLDS = frozenset("apply applies hold holds stand stands".split())
_DOING_AUXILIARIES = frozenset("does do did will shall would".split())
_COPULAS_NOW = frozenset("is are".split())
_LIKELY = frozenset("likely realistic possible plausible probable conceivable".split())
_REAL = frozenset("realistic real likely serious genuine plausible".split())
_SUBJECT_WORDS = 5  # words from the subject's first to its verb ("That caution, however,")


def retracted_next(tokens: Tokens, lo: int, hi: int, future: bool) -> tuple[int, int] | None:
    """The (first, last) tokens of what takes back the element of the sentence before, when the
    sentence [lo, hi) does so as a whole: a subject that refers back with a demonstrative and a
    verb saying it holds no longer ("That caution no longer applies.", "This limitation does not
    apply to our guidance.") or, for an element that foresees an event (`future`), the event called
    no real possibility or denied outright ("This is not, however, a realistic possibility.", "In
    practice, they will not."). None otherwise: a sentence that goes on about something else
    ("This list is not exhaustive.", "It is not possible to predict all such risks") takes nothing
    back."""
    words = tokens.words
    if hi - lo > _RETRACTION_WORDS:
        return None
    u = lo
    while u < hi - 1:
        if words[u] in _RETRACTION_OPENERS:
            u += 1
        elif (words[u], words[u + 1]) in _RETRACTION_PAIRS:
            u += 2
        else:
            break
    referring = words[u] in _DEMONSTRATIVES
    if not referring and not (future and words[u] in ("they", "it")):
        return None
    for v in range(u + 1, min(hi, u + 1 + _SUBJECT_WORDS)):
        word = words[v]
        if referring and v + 2 < hi and (word, words[v + 1]) == ("no", "longer") and words[v + 2] in _STILL_HOLDS:
            return u, v + 2  # "That caution no longer applies."
        if referring and word in _DOING_AUXILIARIES and _negating(words, v + 1):
            verb = _past_however(words, v + 2, hi)
            if verb < hi and words[verb] in _STILL_HOLDS:
                return u, verb  # "This limitation does not apply to our guidance."
        if future and word in _COPULAS_NOW:
            negation = _past_however(words, v + 1, hi)
            if negation < hi and _negating(words, negation):
                rest = words[_past_however(words, negation + 1, hi) : hi]
                if rest[:1] in (["a"], ["an"]):
                    rest = rest[1:]
                if (len(rest) == 1 and rest[0] in _LIKELY) or (
                        len(rest) == 2 and rest[0] in _REAL and rest[1] in _POSSIBILITIES):
                    return u, hi - 1  # "This is not, however, a realistic possibility."
        if future and word in ("will", "would") and _negating(words, v + 1):
            rest = words[v + 2 : hi]
            if not rest or (len(rest) == 1 and rest[0] in _EVENT_VERBS):
                return u, hi - 1  # "In practice, they will not."
    return None


def _negating(words: list[str], t: int) -> bool:
    return t < len(words) and (words[t] in ("not", "never") or words[t].endswith("n't"))


def _past_however(words: list[str], t: int, hi: int) -> int:
    """`t`, or the word after a "however" standing there ("is not, however, a ...")."""
    return t + 1 if t + 1 < hi and words[t] == "however" else t


_CONTRASTING = frozenset("however nevertheless nonetheless".split())
_CONTRAST_OPENERS = frozenset("but yet".split())
_CONTRAST_REACH = 8  # "however" stands within a sentence's first words ("The Company does not, however, intend")


def contrasted(tokens: Tokens, lo: int, hi: int) -> bool:
    """Whether the sentence [lo, hi) sets itself against the one before: it opens with "but",
    "yet" or "in fact", or says "however", "nevertheless" or "nonetheless" among its first words."""
    words = tokens.words
    if words[lo] in _CONTRAST_OPENERS or words[lo : lo + 2] == ["in", "fact"]:
        return True
    return any(w in _CONTRASTING for w in words[lo : min(hi, lo + _CONTRAST_REACH)])


# A claim made to wait on a directive nobody has given: "Only if the SEC so orders could actual
# results differ materially ...", "... are discussed in our filings with the SEC only if the SEC
# so orders". "so" takes up the claim itself, and "only if/when" makes the directive its one
# condition: until it is given, the claim is not made. A condition that names an event ("only if
# one or more of these risks materialize") is the legend's own warning and is not read here.
_DIRECTING = frozenset("""order orders ordered direct directs directed require requires required instruct
instructs instructed request requests requested demand demands demanded""".split())
_ONLY_CONDITIONS = frozenset("if when".split())
_DIRECTIVE_REACH = 6  # from "only if" to the "so" ("only if a federal court so orders")
_DIRECTIVE_AFTER_KEY = 12  # from the claim's last part to a trailing "only if" in its clause


def _directive_condition(tokens: Tokens, t: int, hi: int) -> tuple[int, int] | None:
    """Whether "only" at t opens "only if/when ... so <directs>" in the same clause: the ("only",
    verb) tokens, or None."""
    words = tokens.words
    if t + 1 >= hi or words[t] != "only" or words[t + 1] not in _ONLY_CONDITIONS:
        return None
    for u in range(t + 2, min(hi - 1, t + 2 + _DIRECTIVE_REACH)):
        if tokens.marked(HARD_GAP, u):
            return None
        if words[u] == "so" and words[u + 1] in _DIRECTING and not tokens.marked(HARD_GAP, u + 1):
            return t, u + 1
    return None


def awaits_directive(tokens: Tokens, first: int, e: int, sentence_lo: int, hi: int) -> tuple[int, int] | None:
    """See `_DIRECTING` above: the claim at [first, e] in a sentence that opens with "Only if ...
    so orders," or followed, in its clause, by "only if ... so orders". The (first, last) tokens
    of the condition, or None."""
    words = tokens.words
    if sentence_lo < first:
        fronted = _directive_condition(tokens, sentence_lo, min(hi, first))
        if fronted is not None:
            return fronted
    for t in range(e + 1, min(hi, e + 1 + _DIRECTIVE_AFTER_KEY)):
        if tokens.marked(STOP_GAP, t) or tokens.marked(SENTENCE_GAP, t) or "," in tokens.gap(t):
            return None
        if words[t] == "only":
            return _directive_condition(tokens, t, hi)
    return None


# A claim answering a fronted present counterfactual about the document itself: "Were this
# release governed by Canadian practice, any forward-looking statements made in it would speak
# only as of ...", "Were any statements made herein not historical, they would be
# forward-looking". The inverted "were" with no "to" supposes what is not so now; the claim holds
# only in the world supposed. "Were any of these risks to materialize, results would differ"
# (a "were ... to" future, about events) is the legend's own warning.
_HEREIN = frozenset("herein hereof hereby".split())
_UNREAL_MODALS = frozenset("would could might".split())
_SUPPOSITION_WORDS = 20  # "Were" up to the comma that ends its clause


# "to" after these is a preposition, not the mark of a "were ... to" future ("Were this release
# subject to Canadian rules")
_PREPOSITIONAL_TO = frozenset("subject due owing according pursuant prior similar applicable addressed".split())


def answers_fronted_supposition(tokens: Tokens, first: int, e: int, sentence_lo: int,
                                hi: int) -> tuple[int, int] | None:
    """See `_HEREIN` above: the ("were", modal) tokens, or None."""
    words = tokens.words
    if words[sentence_lo] != "were" or sentence_lo + 2 >= first:
        return None
    comma = _clause_comma(tokens, sentence_lo, sentence_lo + 2, min(first, sentence_lo + _SUPPOSITION_WORDS))
    if comma is None:
        return None
    condition = words[sentence_lo + 1 : comma]
    future = any(w == "to" and (k == 0 or condition[k - 1] not in _PREPOSITIONAL_TO) for k, w in enumerate(condition))
    if future or not any(w in _SUPPOSED_DOCUMENTS or w in _HEREIN for w in condition):
        return None
    last = max(first, e)
    modal = next((t for t in range(comma, last + 1) if words[t] in _UNREAL_MODALS), None)
    if modal is None or any(tokens.marked(STOP_GAP, t) for t in range(comma, modal + 1)):
        return None
    return sentence_lo, modal


# A concession after the cue words that denies that any statement contains them ("The words ... are
# intended to identify forward-looking statements, although no forward-looking statement contains
# these identifying words", a slip for "not all"): the words then mark none of the statements.
# "although not all forward-looking statements contain these words" is the usual hedge, and
# stands.
_CONCEDING_OPENERS = frozenset("although though but yet while whereas".split())
_NONE_QUANTIFIERS = frozenset("no none".split())
_WORDS_CONTAINED_BY = frozenset("""contain contains contained containing include includes included including use uses used
using feature features featured employ employs employed""".split())
_WORD_NOUNS = frozenset("words terms expressions phrases terminology language".split())
_ALL_OR_ONLY = frozenset("all every each both only exclusively alone solely".split())
_QUANTIFIER_WORDS = 2  # from the opener to "no" ("although even no", "but no")
_CONTAINING_REACH = 8  # from "no" to the verb ("no forward-looking statement we make" + "contains")
_CONTAINED_WORDS = 4  # from the verb to the words noun ("contains these identifying words")


def words_denied_by_concession(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """See `_CONCEDING_OPENERS` above: the (opener, words noun) tokens of a concession in the sentence
    [lo, hi) that says no statement contains the words, or None. The whole sentence is read: the
    reading may have taken its statements from the concession itself."""
    words = tokens.words
    for o in range(lo, hi):
        if words[o] not in _CONCEDING_OPENERS or not (o == lo or "," in tokens.gap(o)):
            continue
        q = next((u for u in range(o + 1, min(hi, o + 1 + _QUANTIFIER_WORDS)) if words[u] in _NONE_QUANTIFIERS), None)
        if q is None:
            continue
        for v in range(q + 1, min(hi, q + 1 + _CONTAINING_REACH)):
            if tokens.marked(HARD_GAP, v) or is_negation(words[v]):
                break
            if words[v] in _WORDS_CONTAINED_BY:
                noun = next((u for u in range(v + 1, min(hi, v + 1 + _CONTAINED_WORDS)) if words[u] in _WORD_NOUNS),
                            None)
                # ("although no all forward-looking statements contain ...": an OCR-damaged "not
                # all", the hedge, not a denial)
                if (noun is not None and not _ALL_OR_ONLY.intersection(words[q + 1 : noun])
                        and not _ALL_OR_ONLY.intersection(words[noun + 1 : noun + 3])):
                    return o, noun  # (not "no statement contains all of these words", "... uses them exclusively": hedges)
                break
    return None


# The statements' reliability asserted by an inverted clause of degree in the caution's own
# sentence ("Undue reliance could not be placed on any forward-looking statements, so reliable are
# they", "... such is their reliability"): no reliance on them could be undue, so the caution is
# turned round. Read only where the proposition's own words speak of reliance.
_RELIABILITY = frozenset("reliable dependable trustworthy accurate certain sound".split())
_DEGREE_SUBJECTS = frozenset("they these those it the".split())
_RELIABILITY_NOUNS = frozenset("reliability accuracy dependability trustworthiness".split())


def reliability_asserted(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
    """See `_RELIABILITY` above: the tokens of "so reliable are they" (or "such is their
    reliability") in the sentence [lo, hi) of a proposition about reliance spanning [first, last],
    or None."""
    words = tokens.words
    if not any(w.startswith(("reli", "rely")) for w in words[first : last + 1]):
        return None
    undue = _no_reliance_undue(tokens, lo, hi)
    if undue is not None:
        return undue
    for t in range(lo, hi - 3):
        if (words[t] == "so" and words[t + 1] in _RELIABILITY and words[t + 2] in ("are", "is")
                and words[t + 3] in _DEGREE_SUBJECTS):
            return t, t + 3
        if (words[t] == "such" and words[t + 1] == "is" and words[t + 2] in ("their", "its")
                and words[t + 3] in _RELIABILITY_NOUNS):
            return t, t + 3
    return None


# A clause whose subject denies any reliance that could be undue ("..., though no reliance on them,
# however great, would in our view be undue", "and no amount of reliance on them is excessive"):
# any reliance is then due, and the caution is emptied. The subject opens a clause (after a
# comma or a concessive), so "place no reliance on them that would be undue" is not read so.
_NO_RELIANCE_HEADS = frozenset("reliance amount degree level measure".split())
_UNDUE_WORDS = frozenset("undue excessive unwarranted unjustified unreasonable imprudent".split())
_NO_RELIANCE_OPENERS = frozenset("though although but and while since as because yet".split())
_NO_RELIANCE_REACH = 12  # words from "no" to the predicate ("no reliance on them, however great, would in our view be undue")


def _no_reliance_undue(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """See `_NO_RELIANCE_HEADS` above: the ("no", "undue") tokens, or None."""
    words = tokens.words
    for t in range(lo, min(hi, len(words)) - 2):
        if words[t] != "no" or words[t + 1] not in _NO_RELIANCE_HEADS:
            continue
        if words[t + 1] != "reliance" and words[t + 2 : t + 4] != ["of", "reliance"]:
            continue  # "no amount of reliance", not "no degree of certainty"
        if not (t == lo or "," in tokens.gap(t) or words[t - 1] in _NO_RELIANCE_OPENERS):
            continue
        for u in range(t + 2, min(hi, t + _NO_RELIANCE_REACH)):
            if tokens.marked(SENTENCE_GAP, u) or words[u] in ("not", "never") or words[u].endswith("n't"):
                break
            if words[u] in _UNDUE_WORDS and (u + 1 >= hi or tokens.marked(HARD_GAP, u + 1)) \
                    and any(w in _COPULAS_OF_JUDGEMENT for w in words[t + 2 : u]):
                return t, u
    return None


_COPULAS_OF_JUDGEMENT = frozenset("be is are was were seems seem".split())


# A short sentence that says of what follows that it is false ("The following is not true of this
# news release.", "The following does not apply to these statements.") denies the next sentence
# before it is said: what it holds is not asserted. Only "the following" as the whole subject, a
# predicate of falsity or inapplicability, and a sentence of its own (a colon that opens a list
# keeps the list in the same sentence, and "The following is not an exhaustive list" says nothing
# false of what follows).
_FALSE_AHEAD = (("is", "not", "true"), ("are", "not", "true"), ("is", "false"), ("are", "false"), ("is", "untrue"),
                ("are", "untrue"), ("is", "not", "the", "case"), ("is", "not", "correct"), ("is", "incorrect"),
                ("does", "not", "apply"), ("do", "not", "apply"), ("is", "inapplicable"), ("are", "inapplicable"))
_FALSE_AHEAD_WORDS = 12  # the whole denying sentence ("The following is not true of this news release")


def denied_in_advance(tokens: Tokens, first: int) -> tuple[int, int] | None:
    """See `_FALSE_AHEAD`: the first and last tokens of the sentence before the one holding
    `first`, when it denies what follows it; else None."""
    words = tokens.words
    start = tokens.last_mark(SENTENCE_GAP, first, 0)
    if start <= 0 or ":" in tokens.gap(start):
        return None
    before = tokens.last_mark(SENTENCE_GAP, start - 1, 0)
    said = words[before:start]
    if len(said) > _FALSE_AHEAD_WORDS or said[:2] != ["the", "following"]:
        return None
    return (before, start - 1) if any(tuple(said[2 : 2 + len(p)]) == p for p in _FALSE_AHEAD) else None

# A speaker's retraction of what was just said ("Actually, scratch that", "-- well, strike that,",
# "I take that back"): on a call the words are spoken and cannot be deleted, so they are withdrawn
# by a formula; what they said no longer stands.
_RETRACTIONS = (["scratch", "that"], ["strike", "that"], ["i", "take", "that", "back"], ["i", "take", "it", "back"],
                ["forget", "that"], ["forget", "i", "said", "that"], ["forget", "what", "i", "just", "said"],
                ["scratch", "what", "i", "just", "said"], ["strike", "what", "i", "just", "said"],
                ["i", "retract", "that"], ["ignore", "what", "i", "just", "said"])
# the interjections a retraction may follow ("Actually, scratch that", "No, wait, strike that")
_RETRACTION_LEADS = frozenset("actually well no wait sorry oh rather".split())
_RETRACTION_NEXT = 4  # words into the next sentence a retraction of the last one may stand at
_RETRACTION_FIRSTS = frozenset(phrase[0] for phrase in _RETRACTIONS)


def retracted_after(tokens: Tokens, e: int, n: int) -> tuple[int, int] | None:
    """A speaker's retraction after the part ending at e, later in its sentence or at the start of
    the next one, each time at the opening of a clause or after an interjection: "... Reform Act of
    1995. Actually, scratch that -- ...", "... our most recent Form 10-K -- well, scratch that,
    ...". The retraction's (first, last) tokens, or None. Not a retraction denied or reported
    ("don't forget that", "we never said scratch that")."""
    words = tokens.words
    end = tokens.next_mark(SENTENCE_GAP, e, n)
    limit = min(n, end + _RETRACTION_NEXT) if end < n else n
    for u in tokens.positions_of(_RETRACTION_FIRSTS, e + 1, limit):
        phrase = next((p for p in _RETRACTIONS if words[u : u + len(p)] == p), None)
        if phrase is None:
            continue
        gap = tokens.gap(u)
        opens = "," in gap or gap.strip() in ("—", "–", "--") or SENTENCE_GAP.search(gap) is not None
        if not opens and u > e + 1 and words[u - 1] in _RETRACTION_LEADS:
            lead_gap = tokens.gap(u - 1)
            opens = "," in lead_gap or lead_gap.strip() in ("—", "–", "--") or SENTENCE_GAP.search(lead_gap) is not None
        if u >= end and not all(w in _RETRACTION_LEADS for w in words[end:u]):
            continue  # in the next sentence, only at its start ("Actually, scratch that")
        if opens and not any(is_negation(w) for w in words[max(e + 1, u - 2) : u]):
            return u, u + len(phrase) - 1

# The standing of a filing, said of it by a later predicate of its sentence: a filing still
# "pending", "yet to be filed" or "not yet made" is not on file to be read; one "withdrawn",
# "superseded", "obsolete" or "no longer relevant" is no longer there to point to. Any such
# predicate of being ("is", "are", "have been", "remain") after the pointer, in its sentence, takes
# the pointer back, whatever the subject's words are between ("Our SEC filings that will address
# these factors are still pending", "the information Bunge once provided in its reports on file
# with the SEC, concerning ..., is superseded"). A modal before it ("may be superseded from time to
# time by later reports") or a negation ("has not been withdrawn") leaves the filing standing.
_STANDING_COPULAS = frozenset("is are was were been remain remains remained".split())
_STANDING_ADVERBS = frozenset("still now since long all both each already also and entirely wholly".split())
_LAPSED_STANDING = frozenset("""pending withdrawn superseded rescinded retracted revoked obsolete outdated unfiled
abandoned void voided lapsed cancelled canceled""".split())
_NO_LONGER_STANDING = frozenset("""relevant applicable current valid operative effective available accurate
reliable pertinent""".split())
_NOT_YET_DONE = frozenset("filed made submitted furnished completed finalized finalised available issued".split())
_NEW_CLAUSE_OPENERS = frozenset("and but while whereas although though yet so".split())
_NEW_SUBJECT_WORDS = frozenset("the a an our its their this that these those we it they he she there".split())
_AUXILIARY_RUN = frozenset("have has had since now already also long not never".split())
_STANDING_REACH = 40  # words from the pointer to the predicate: "concerning factors that ... presentation, is"


def filing_standing_lapsed(tokens: Tokens, s: int, e: int, hi: int) -> int | None:
    """The token of a predicate later in the sentence that says the filing the part names (s..e)
    is pending, not yet made, withdrawn, superseded or no longer relevant, or None."""
    words = tokens.words
    end = min(tokens.next_mark(SENTENCE_GAP, e, hi), e + 1 + _STANDING_REACH)
    for t in range(e + 1, end):
        if ";" in tokens.gap(t) or ("," in tokens.gap(t) and words[t] in _NEW_CLAUSE_OPENERS
                                    and t + 1 < end and words[t + 1] in _NEW_SUBJECT_WORDS):
            return None  # another clause of its own ("..., and the outcome of the case is pending")
        if words[t] not in _STANDING_COPULAS:
            continue
        before = t - 1
        while before > e and words[before] in _AUXILIARY_RUN:
            before -= 1  # "have not since been superseded": the run of auxiliaries and adverbs
        if any(words[u] in MODALS or words[u] == "to" or is_negation(words[u]) or words[u].endswith("n't")
               for u in range(before, t)):
            continue  # "may be superseded", "to be withdrawn", "have not since been withdrawn"
        u = t + 1
        while u < end and words[u] in _STANDING_ADVERBS:
            u += 1
        if u >= end:
            return None
        if words[u] in _LAPSED_STANDING:
            return u
        if u + 1 < end and (words[u], words[u + 1]) == ("no", "longer") and u + 2 < end \
                and words[u + 2] in _NO_LONGER_STANDING:
            return u
        if u + 1 < end and is_negation(words[u]) and words[u + 1] == "yet":
            v = u + 2 + (u + 2 < end and words[u + 2] in ("been", "be"))
            if v < end and words[v] in _NOT_YET_DONE:
                return u
        if u + 2 < end and (words[u], words[u + 1], words[u + 2]) == ("yet", "to", "be") \
                and u + 3 < end and words[u + 3] in _NOT_YET_DONE:
            return u
    return None


# A clause of time on the filing's own filing ("..., once that report has been filed", "once it
# is prepared and placed on file with the SEC"): a report that will be there once it is filed is
# not there yet.
_ONCE_AFTER = 14  # "Annual Report" + "on Form 10-K for the year ended December 31, 2024," + "once"
_ONCE_REACH = 7  # "once" + "it is prepared and placed on" + "file"
_FILING_DONE = frozenset("filed file submitted furnished lodged".split())


def filed_only_once(tokens: Tokens, s: int, e: int, lo: int, hi: int) -> int | None:
    """The "once" of a clause of the pointer's sentence that files what it points to, or None."""
    words = tokens.words
    end = tokens.next_mark(SENTENCE_GAP, e, hi)
    # the clause stands right after the filing it files ("our Form 10-K for 2024, once it is
    # filed"), not after another filing coordinated later ("... described in our 2024 Form 10-K,
    # and will be updated in our next Form 10-K once it is filed")
    # (or the part is itself the clause's filing: "..., once it is prepared and placed on file with
    # the SEC")
    for t in chain(range(max(sentence_low(tokens, s, lo), s - _ONCE_REACH), s), range(e + 1, min(end, e + 1 + _ONCE_AFTER))):
        if words[t] != "once" or (t < s and any(tokens.marked(HARD_GAP, u) for u in range(t + 1, s + 1))):
            continue
        for u in range(t + 1, min(end, t + 1 + _ONCE_REACH)):
            if tokens.marked(HARD_GAP, u) or is_negation(words[u]):
                break
            if words[u] in _FILING_DONE:
                return t
    return None


# The reader told, in the pointer's own sentence, to leave the filings out of account ("Investors
# should disregard, as superseded, the risk factors outlined in our Form 10-K", "which investors
# would do well to ignore", "readers are asked to put those descriptions out of mind") or not to
# look to them ("You should not look for more information ... in our Form 10-K"). A negation right
# before the verb of disregard keeps the filings in view ("should not ignore").
_SETTING_ASIDE_VERBS = frozenset("disregard disregarded disregarding ignore ignored ignoring".split())
_LOOKING_VERBS = frozenset("look refer consult read review see turn".split())
_SET_ASIDE_NEGATION_REACH = 3  # "should not" + "simply" before the verb
_SET_ASIDE_CUES = _SETTING_ASIDE_VERBS | _LOOKING_VERBS | {"out"}  # the words a setting aside is read from


@read_once
def pointer_set_aside(tokens: Tokens, s: int, e: int, lo: int, hi: int) -> int | None:
    """The token of a verb of the pointer's sentence (before or after the part s..e) that tells the
    reader to disregard the filings or not to look to them, or None."""
    words = tokens.words
    start = sentence_low(tokens, s, lo)
    end = tokens.next_mark(SENTENCE_GAP, e, hi)
    for t in tokens.positions_of(_SET_ASIDE_CUES, start, end):
        if s <= t <= e:
            continue
        negated = any(is_negation(words[u]) or words[u].endswith("n't")
                      for u in range(max(start, t - _SET_ASIDE_NEGATION_REACH), t))
        if words[t] in _SETTING_ASIDE_VERBS and not negated:
            return t
        if (words[t], words[t + 1] if t + 1 < end else "") == ("out", "of") and t + 2 < end \
                and words[t + 2] == "mind" and not negated:
            return t
        if t < s and words[t] in _LOOKING_VERBS and t > start and words[t - 1] in ("not", "never") \
                and t - 2 >= start and words[t - 2] in MODALS | {"do", "does", "need"}:
            return t - 1  # "You should not look for ... in our Form 10-K"
    return None


# The filings said to leave the risks out, in the pointer's sentence: a word of absence with the
# filings as where the thing is absent ("are deliberately left unaddressed in our filings", "have
# been removed from the reports filed by us"), or the filings failing to discuss or lacking it
# ("risk factors that our Form 10-K and other SEC filings fail to mention"). A negation before the
# word keeps the discussion there ("not omitted from", "do not fail to mention").
_ABSENT_FROM = frozenset("""unaddressed undiscussed unmentioned undescribed undisclosed unstated omitted absent
missing removed excluded deleted excised struck dropped""".split())
_ABSENT_PLACES = frozenset("in from".split())
_FAILING = frozenset("fail fails failed failing neglect neglects neglected omit omits omitted".split())
_LACKING = frozenset("lack lacks lacked lacking".split())
_ABSENCE_PREDICATING = frozenset("""are is was were be been being left remain remains remained deliberately entirely
wholly largely completely all since""".split())
_FILING_SUBJECTS = frozenset("""which they it filings filing reports report k q f statements documents also all each
commission sec""".split())
_BACK_TO_RISKS = frozenset("them these those such it they".split())
_MENTIONING = frozenset("""mention discuss address describe disclose identify include cover detail list set
to""".split())
_LEAVING_OUT = _ABSENT_FROM | _FAILING | _LACKING  # the words a leaving out is read from
_SEMICOLON = re.compile(";")
_COMMA = re.compile(",")


def filings_leave_out(tokens: Tokens, s: int, e: int, lo: int, hi: int) -> int | None:
    """The token of a word of the pointer's sentence that says the filing (the part s..e) leaves the
    risks out, or None."""
    words = tokens.words
    start = sentence_low(tokens, s, lo)
    end = tokens.next_mark(SENTENCE_GAP, e, hi)

    def negated(t: int) -> bool:
        return any(is_negation(words[u]) or words[u].endswith("n't") for u in range(max(start, t - 3), t))

    for t in tokens.positions_of(_ABSENT_FROM, start + 1, s):
        # a predicate ("are left unaddressed in", "have been removed from"), not a noun's
        # modifier in a factor ("the risk of missing data in our systems")
        if words[t] in _ABSENT_FROM and words[t - 1] in _ABSENCE_PREDICATING and not negated(t) and any(
                words[u] in _ABSENT_PLACES for u in range(t + 1, min(s, t + 3))):
            return t  # "left unaddressed in our ... filings"
    for t in tokens.positions_of(_LEAVING_OUT, e + 1, tokens.next_mark(_SEMICOLON, e, end)):
        if (words[t] in _ABSENT_FROM and words[t - 1] in _ABSENCE_PREDICATING and t + 2 < end
                and words[t + 1] == "from" and words[t + 2] != "time" and not negated(t)
                and not any(words[u] in MODALS for u in range(max(start, t - 3), t))):
            return t  # "under "Risk Factors" in a section that has been removed from the reports"
        # the filings the subject ("which fail to", "our filings fail to"), not a factor's own
        # subject ("the risk that we fail to identify acquisitions", "our lack of history")
        if words[t - 1] not in _FILING_SUBJECTS and t != e + 1:
            continue
        if words[t] in _FAILING and t + 1 < end and words[t + 1] in _MENTIONING and not negated(t):
            return t  # "that our filings fail to mention"
        if words[t] in _LACKING and not negated(t) and (t + 1 >= end or any(
                words[u] in _BACK_TO_RISKS for u in range(t + 1, min(end, t + 6)))):
            return t  # "filings, which lack any discussion of them" (not "of cybersecurity risks": narrower)
    return None
