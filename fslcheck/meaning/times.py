"""Time: when a legend's statements speak, and whether a caution looks ahead at all.

The as-of date made the reader's, an event's, an extended or open-ended one ("do not lapse"); a
date or period that ended in the past; and past or perfect frames that turn a caution into an
account of history ("results proved to have been materially different", "we have never updated").
In general, a time other than the statements' own in the as-of clause: a period's bound ("as of
the end of the year"), a moment clause of a reader's act, an earlier period or a count off another
time; and a law's provisions said to be former, lapsed, future or as they stood before.
"""

from __future__ import annotations


from .clauses import Tokens, read_once
from .lexicon import (
    BOUNDARIES, CAUSING, DEICTICS, DOCUMENT_NOUNS, FILLERS, FINITE_VERBS, LATER_MARKERS, MODALS, MONTH_ABBREVIATIONS,
    MONTHS, OTHER_TIMES, READERS, ends_like_a_past, is_negation)
from .names import stem
from .syntax import AUXILIARIES, HARD_GAP, MODALS_OF_THE_PAST, SENTENCE_GAP, STOP_GAP, YEAR


_HABIT_SUBJECTS = frozenset("we i they it he she company management corporation".split())
_HABIT_REACH = 6


def past_habit(tokens: Tokens, s: int, clause: int) -> int | None:
    """"Used to" after the clause's subject, before the part at s: a habit of the past, no longer
    so ("we used to disclaim any duty to update", "Northwind used to caution readers against
    relying"). Its token, or None. The subject must be a pronoun, the company or a name: "words
    ... used to identify" and "are used to identify" are uses, not habits."""
    words = tokens.words
    for t in range(max(clause + 1, s - _HABIT_REACH), s - 1):
        if words[t] == "used" and words[t + 1] == "to" and not tokens.marked(HARD_GAP, t) and (
                words[t - 1] in _HABIT_SUBJECTS or stem(words[t - 1]) in tokens.names.own
                or tokens.names.is_name(words[t - 1])):
            return t
        if (words[t] == "used" and words[t + 1 : t + 3] == ["to", "be"] and words[t - 1] not in _BEING
                and not tokens.marked(HARD_GAP, t) and not tokens.marked(HARD_GAP, t + 1)):
            # a passive of the habit, whatever its subject: "Information on risk factors ... used to
            # be found in our SEC filings" (so it was, and is no longer); not "words that are used
            # to be ..." (a use)
            return t
    return None


_BEING = frozenset("is are was were be been being".split())


# A past modal or copula with "once"/"formerly" before the part ("could once be identified by",
# "were formerly intended to identify"): so it was, and is no longer.
_PAST_BEARERS = frozenset("could was were".split())
_FORMERLY = frozenset("once formerly".split())
_MODALS_BEFORE_ONCE = frozenset("might may would".split())  # "could" is a past bearer already
_FORMER_REACH = 10  # "could once generally be identified by the use of forward-looking terms such as"


def former_state(tokens: Tokens, s: int, clause: int) -> int | None:
    """"once" or "formerly" right after "could", "was" or "were" in the clause before the part at
    s: its token, or None. "Once" as a conjunction ("Once the offer closes, ...") has no such verb
    before it, and "could at once" is no time of the past."""
    words = tokens.words
    for t in range(max(clause + 1, s - _FORMER_REACH), s):
        # ... and a modal perfect: "might once have been identified by" (so it may have been, then)
        perfect = words[t - 1] in _MODALS_BEFORE_ONCE and t + 1 < s and words[t + 1] == "have"
        if words[t] in _FORMERLY and (words[t - 1] in _PAST_BEARERS or perfect) and not tokens.marked(HARD_GAP, t) \
                and not any(w in _PAST_BEARERS or w in AUXILIARIES for w in words[t + 1 + perfect : s] if w not in ("be", "been")):
            # (the part's own verb chain only: "Risks that were once thought remote are discussed
            # in ..." puts "once" in the subject's relative clause, not on "discussed")
            return t
    return None


# A plan in the past perfect that the same sentence then sets aside ("We had planned to make
# forward-looking statements today but, on counsel's advice, will not"): "had" + a verb of
# intention + "to" right before the part's verb, and "but"/"yet"/"however" after it in the
# sentence. The plan was not carried out; without the contrast ("as we had planned to include")
# it is left alone.
_PLANNING = frozenset("planned intended meant hoped expected wanted proposed".split())
_PLAN_REACH = 4  # "had" + "originally" + "planned" + "to"
_SETTING_ASIDE = frozenset("but yet however".split())


def abandoned_plan(tokens: Tokens, s: int, clause: int, hi: int) -> int | None:
    """The "had" of a plan in the past perfect before the part at s ("We had planned to make
    forward-looking statements today") that a contrast after the part in the same sentence sets
    aside ("but ... will not"): its token, or None."""
    words = tokens.words
    if s < 2 or words[s - 1] != "to" or words[s - 2] not in _PLANNING:
        return None
    had = next((t for t in range(s - 3, max(clause, s - 2 - _PLAN_REACH) - 1, -1) if words[t] == "had"), None)
    if had is None or any(is_negation(w) for w in words[had:s]):
        return None
    for u in range(s + 1, min(hi, len(words))):
        if tokens.marked(SENTENCE_GAP, u):
            return None
        if words[u] in _SETTING_ASIDE:
            return had
    return None


def readers_date(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """A date that is the reader's, not the statement's: "the date you read it", "the date on
    which each reader reviews this release", "the time investors receive it"; its tokens."""
    words = tokens.words
    for i in range(lo, hi):
        if words[i] not in _MOMENTS:
            continue
        for t in range(i + 1, min(hi, i + 5)):
            if tokens.marked(HARD_GAP, t):
                break
            if words[t] in READERS:
                return i, t
            if words[t] not in _RELATIVE_LINKS:
                break
    return None


_MOMENTS = frozenset("date dates time times day moment".split())
_RELATIVE_LINKS = frozenset("on at which when that the each any every a such".split())


# The perfect forms of the causing verbs ("could have caused", "had led").
_CAUSED = frozenset("caused made led resulted brought produced affected impacted rendered".split())
_CAUSE_REACH = 8  # "could have caused actual results for 2023 to differ": the verb's object between


_LIST_WORDS = 3  # commas and coordinators of an object's list passed over


def _object_list_gap(tokens: Tokens, t: int, s: int) -> bool:
    """Whether token t is "and"/"or", or follows a comma, inside a list of nouns that runs to the
    infinitive at s with no modal or causing verb of its own ("caused actual events, results or
    performance to differ"; not "could have caused, and could still cause, results to differ")."""
    words = tokens.words
    gap = tokens.gap(t + 1)
    if not (words[t] in ("and", "or") or gap.strip() == ","):
        return False
    return not any(w in MODALS or w in CAUSING for w in words[t : s])


def perfect_cause(tokens: Tokens, s: int, lo: int) -> int | None:
    """The key part as the infinitive of a causing verb in a modal perfect ("factors that could
    have caused actual results for 2023 to differ materially", "might have led results to vary")
    or in the simple past ("factors that, in earlier years, caused results to be materially
    different"): what caused a difference in the past, not what may cause one. The token of
    "have" or of the past verb, or None."""
    words = tokens.words
    while s - 1 > lo and (words[s - 1] == "be" or words[s - 1].endswith("ly")):
        s -= 1  # "caused results to be materially different": the infinitive is "be"
    if s - 1 < lo or words[s - 1] != "to":
        return None
    listed = 0  # the object's own list ("actual events, results or performance") is no clause break
    t = s - 1
    while t - 1 > max(lo, s - 2 - _CAUSE_REACH - listed):
        t -= 1
        if listed < _LIST_WORDS and _object_list_gap(tokens, t, s):
            listed += 1
            if words[t] in ("and", "or"):
                continue
        elif tokens.marked(HARD_GAP, t + 1) or words[t] in BOUNDARIES:
            return None
        if words[t] in CAUSING:
            return None  # "caused or may cause results to differ": the nearest causing verb is present
        if words[t] in _CAUSED:
            # a modal perfect only: "risks that have caused results to differ in the past could
            # cause them to differ again" still cautions about the future
            perfect = t - 1 >= lo + 1 and words[t - 1] == "have" and words[t - 2] in MODALS_OF_THE_PAST | {"may"}
            if perfect:
                return t - 1
            return t if _simple_past_cause(tokens, t, lo) else None
    return None


_SIMPLE_PAST_CAUSES = frozenset("caused led".split())  # the forms no participle or other sense shares
_PAST_CLAUSE_REACH = 10  # "factors that, in each of the last three years, caused"


def _simple_past_cause(tokens: Tokens, t: int, lo: int) -> bool:
    """Whether the causing verb at t is a finite past of its own clause ("risks that, in earlier
    years, caused results to differ"): no auxiliary before it ("have caused", "were caused") and
    no modal or present causing verb in its clause, which would make the caution one about the
    future ("could cause, and in the past caused, ..."; "may cause or caused ...")."""
    words = tokens.words
    if words[t] not in _SIMPLE_PAST_CAUSES or t - 1 < lo or words[t - 1] in AUXILIARIES \
            or words[t - 1] in ("have", "has", "had", "to", "and", "or"):
        return False
    for u in range(t + 1, len(words) - 1):
        if tokens.marked(SENTENCE_GAP, u):
            break
        if words[u] in MODALS and words[u + 1] in CAUSING:
            return False  # "risks that caused results to differ before could cause them to differ again"
    for u in range(t - 1, max(lo, t - _PAST_CLAUSE_REACH) - 1, -1):
        if words[u] in MODALS or words[u] in CAUSING:
            return False
        if words[u] in ("that", "which") or tokens.marked(SENTENCE_GAP, u) or u == lo:
            return True
    return False


_ASSUMING = frozenset("assume assumes assumed assuming presume presumes presumed presuming".split())
_ASSUMED_WORDS = 5  # the longest object read back from "as of" to its verb ("assumes spot exchange rates")


def assumed_as_of(tokens: Tokens, a: int, b: int, lo: int) -> bool:
    """Whether "as of" at a..b dates the object of a verb of assuming ("our outlook assumes
    exchange rates as of January 31"): the date of what is assumed, not the date the statements
    speak as of. The object must stand between the verb and "as of", in one clause."""
    return _dates_object_of(tokens, a, b, lo, _ASSUMING, _ASSUMED_WORDS)


def _dates_object_of(tokens: Tokens, a: int, b: int, lo: int, verbs: frozenset[str], reach: int) -> bool:
    """Whether "as of" at a..b follows the object of one of `verbs` within `reach` words, in one
    clause (no break, clause opener or finite verb between), with the object between them."""
    words = tokens.words
    if words[a : b + 1] != ["as", "of"]:
        return False
    for t in range(a - 1, max(lo, a - 1 - reach) - 1, -1):
        if tokens.marked(HARD_GAP, t + 1) or words[t] in BOUNDARIES or words[t] in FINITE_VERBS:
            return False
        if words[t] in verbs:
            return t < a - 1
    return False


_UPDATING = frozenset("update updates updated updating revise revises revised revising".split())
_UPDATED_WORDS = 8  # the longest object read back from "as of" to its verb ("the information contained herein")


def updated_as_of(tokens: Tokens, a: int, b: int, lo: int) -> bool:
    """Whether "as of" at a..b dates an update of the verb's object ("does not undertake any
    obligation to update the information contained herein as of any future date"): when a
    revision would be made, not the date the statements speak as of. The object must stand
    between the verb and "as of", in one clause; a verb of its own after the object ("update this
    information, which is current as of today") or a verb right before "as of" ("the outlook was
    updated as of March 31") leaves the date to the statements."""
    return _dates_object_of(tokens, a, b, lo, _UPDATING, _UPDATED_WORDS)


# Words that open what statements are about ("statements concerning ...", "information relating
# to ..."), and the words before "to" that do
_ABOUT = frozenset("concerning regarding respecting about".split())
_ABOUT_BEFORE_TO = frozenset("relating related pertaining respect".split())
_MATTER_WORDS = 30  # the longest list of matters read back from "as of" to its opening word
_MATTER_STOPS = AUXILIARIES | frozenset("which who that when where because although while if".split())


def matter_as_of(tokens: Tokens, a: int, b: int, lo: int, verbs: frozenset[str]) -> bool:
    """Whether "as of" at a..b dates one of the matters statements are said to be about
    ("statements or information concerning future work programs, the Company's performance or
    events as of the date hereof"): the time of the matter, not the date the statements speak
    as of. No verb (of `verbs`, the proposition's own, or an auxiliary) and no clause opener stand
    between the opening word and "as of", so the date is inside the noun phrase it opens."""
    words = tokens.words
    if words[a : b + 1] != ["as", "of"] or "," in tokens.gap(a):
        return False  # (", as of the date hereof," is an aside on the clause, not in the phrase before)
    for t in range(a - 1, max(lo, a - 1 - _MATTER_WORDS) - 1, -1):
        if tokens.marked(STOP_GAP, t + 1) or words[t] in _MATTER_STOPS or words[t] in verbs:
            return False
        if words[t] in _ABOUT or (words[t] == "to" and t > lo and words[t - 1] in _ABOUT_BEFORE_TO):
            return t < a - 1
    return False


def made_as_of(tokens: Tokens, b: int, hi: int) -> bool:
    """Whether the occurrence ending at b is "made" dated by what follows ("These forward-looking
    statements are made (only) as of the date of this release"): when the statements are made,
    not where; "this release" there is a date's, and the sentence identifies nothing."""
    words = tokens.words
    if words[b] != "made":
        return False
    t = b + 1
    if t + 1 < hi and words[t] == "by" and not tokens.marked(HARD_GAP, t):
        # "are made by the Company as of the date ...": the maker named first (a name of up to three words)
        for u in range(t + 1, min(hi, t + 5)):
            if tokens.marked(HARD_GAP, u) or words[u] in BOUNDARIES:
                break
            if words[u] in ("as", "on", "only", "solely"):
                t = u
                break
    if t < hi and words[t] in ("only", "solely", "just"):
        t += 1
    if t + 1 < hi and words[t] == "on" and "date" in words[t + 1 : t + 8]:
        return True  # "are made on, and speak as of, the date of this release"
    return t + 1 < hi and words[t] == "as" and words[t + 1] == "of" and not tokens.marked(HARD_GAP, t)


_UNTIL = frozenset("until till".split())
_UNTIL_REACH = 10  # words after the last part an "until 2019" may stand
_PAST_AUXILIARY_REACH = 4  # "were made under the safe harbor": the auxiliary before the first part


@read_once
def ended_in_the_past(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A proposition in the past tense bounded by a year ("these risks were described in our
    filings with the SEC until 2019") or by a clause in the past ("this release contained
    forward-looking statements until they were removed", "were made under the safe harbor until
    those provisions ceased to apply"): it held then and holds no longer. The tokens from the
    past auxiliary (or the verb in the simple past) to "until" or the year, or None."""
    words = tokens.words
    aux = next((t for t in range(max(lo, first - _PAST_AUXILIARY_REACH), last) if words[t] in PAST_AUXILIARIES), None)
    simple_past = aux is None
    governing = False
    if simple_past:
        aux = next((t for t in range(first, last + 1) if _simple_past(words, t)), None)
        governing = aux is None
        if governing:
            aux = _governing_simple_past(tokens, first, last, lo, hi)
        if aux is None:
            return bounded_by_an_event(tokens, first, last, lo, hi)
    # "Until this year, these statements were generally accompanied by words such as": a fronted
    # bound before a subject that stands between it and the past auxiliary
    fronted = _fronted_bound(tokens, aux, lo)
    if fronted is not None:
        return fronted
    end = min(hi, len(words))
    clause_end = _clause_end(tokens, max(aux, last) + 1, end)
    # a verb outside the parts bounds only what its own clause says ("The Act provided a safe harbor,
    # and we relied on it until the merger closed": the reliance ended, not the Act's safe harbor)
    reach = clause_end if simple_past and governing else max(clause_end, last + 1 + _UNTIL_REACH)
    for t in range(aux + 1, min(end - 1, reach)):
        if t > last and tokens.marked(SENTENCE_GAP, t):
            return None
        if t >= last + 1 + _UNTIL_REACH:
            # farther on, only a clause in the past that "until" opens in the same clause ("provided a
            # safe harbor under the Securities Act ... for forward-looking statements until those
            # provisions expired in 2005")
            if words[t] in _UNTIL and ";" not in tokens.gap(t) and _past_clause_after(words, t, end):
                return aux, t + 1
            continue
        if words[t] == "before" and ";" not in tokens.gap(t) and _revised_after(words, t, end):
            return aux, t + 1  # "were described in our Form 10-K before it was amended": the old version's
        if (words[t] == "before" and not simple_past and t < last
                and any(YEAR.match(w) for w in words[t + 1 : t + 3])):
            return aux, t + 1  # "were, in releases before 2020, marked by words such as": an earlier period's
        if words[t] not in _UNTIL or ";" in tokens.gap(t):
            continue
        if _past_clause_after(words, t, end):
            return aux, t + 1
        if (not simple_past and t + 2 < end and words[t + 1] in _EVENT_OPENERS
                and words[t + 2] not in _NOT_EVENTS):
            return aux, t + 1  # "were, until the Company's conversion to a private company, included"
        if not simple_past and any(YEAR.match(w) for w in words[t + 1 : t + 4]) and not any(
                w in ("from", "period", "periods") for w in words[max(aux, t - 4) : t]):
            return aux, t + 1  # not a period a document covers ("for the period from 2020 until 2024")
    return bounded_by_an_event(tokens, first, last, lo, hi)


_DETERMINERS_BEFORE_PART = frozenset("a an the its their this that these those".split())
_GOVERNING_REACH = 3  # "provided a safe harbor": the verb this far before the first part; "the Act provided": after the last


def _governing_simple_past(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> int | None:
    """The verb in the simple past of the clause the parts stand in, outside them: right after the
    last part, whose subject they are ("The Reform Act provided a safe harbor"), or right before
    the first, over a determiner, whose object they are ("provided a safe harbor"). Not a participle
    on a noun ("the safe harbor provided by the Act", "the Act enacted in 1995"), nor over a comma."""
    words = tokens.words
    for t in range(last + 1, min(hi, len(words), last + 1 + _GOVERNING_REACH)):
        if tokens.marked(STOP_GAP, t) or "," in tokens.gap(t):
            break
        if _simple_past(words, t):
            if t + 1 < len(words) and words[t + 1] in _PREPOSITIONS:
                break
            return t
        if words[t] not in ("also", "then", "once", "originally", "initially"):
            break
    t = first - 1
    while t >= lo and first - t <= _GOVERNING_REACH and words[t] in _DETERMINERS_BEFORE_PART \
            and not tokens.marked(STOP_GAP, t + 1):
        t -= 1
    if t >= lo and t < first - 1 and not tokens.marked(STOP_GAP, t + 1) and _simple_past(words, t):
        return t
    return None


def _clause_end(tokens: Tokens, start: int, end: int) -> int:
    """The first token from `start` where the clause ends: a sentence break, a ";", a word that
    opens another clause (a bare "and" or "or" joining nouns goes on: "the Securities Act of 1933
    and the Securities Exchange Act of 1934") or a finite verb of another clause."""
    words = tokens.words
    for t in range(start, end):
        if tokens.marked(SENTENCE_GAP, t) or ";" in tokens.gap(t) or words[t] in FINITE_VERBS:
            return t
        if words[t] in BOUNDARIES and not (words[t] in ("and", "or") and "," not in tokens.gap(t)):
            return t
    return end


# A period gone by, named relative to now ("last year", "in prior years", "in earlier quarters")
_PERIOD_NOUNS = frozenset("year years quarter quarters month months period periods".split())
_IRREGULAR_PASTS = frozenset("undertook spoke gave took said".split())
_PREPOSITIONS = frozenset("with by in on under at for from to into as herein hereby".split())
_PRESENT_AUXILIARIES = frozenset("should must may might can will shall do does is are am".split())
_PERIOD_REACH = 12  # words from the key part to a period that dates it ("..., in prior years")


@read_once
def in_a_past_period(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A proposition in the past tense dated to a period gone by ("Last year, we cautioned
    readers not to place undue reliance", "were made under the safe harbor ... in prior years"):
    it held then, and this document does not say it. The past verb's and the period's tokens, or
    None. Only a period named relative to now: "prior filings" and "the 2023 Form 10-K" are
    documents that may still speak."""
    words = tokens.words
    start = first
    while start > lo and first - start < _PERIOD_REACH and not tokens.marked(STOP_GAP, start):
        start -= 1
    verb = past_verb_between(tokens, first, last)
    if verb is None:
        for t in range(first - 1, start - 1, -1):
            if words[t] in _PRESENT_AUXILIARIES:
                return None  # "As we noted last year, readers should not place undue reliance": said now
            if _past_form(words, t):
                verb = t
                break
    if verb is None or any("," in tokens.gap(u) for u in range(verb + 1, last + 1)):
        return None  # "... like those we issued last year, contains": the aside closes before the clause goes on
    end = min(hi, len(words), last + 1 + _PERIOD_REACH)
    for t in range(start, end - 1):
        if t > last and tokens.marked(STOP_GAP, t):
            return None
        if words[t] in OTHER_TIMES and words[t] not in ("former", "preceding") and words[t + 1] in _PERIOD_NOUNS:
            return min(verb, t), max(verb, t + 1)
    return None


def _past_form(words: list[str], t: int) -> bool:
    return words[t] in PAST_AUXILIARIES or words[t] in _IRREGULAR_PASTS or _simple_past(words, t)


@read_once
def past_verb_between(tokens: Tokens, first: int, last: int) -> int | None:
    """The clause's own verb in the past among the parts' words ("These risks were described",
    "This release contained"): not one in an aside between commas ("This release, like those we
    issued last year, contains"), nor a participle on a noun ("reports filed with the SEC")."""
    words = tokens.words
    for t in range(first, last + 1):
        if t > first and "," in tokens.gap(t):
            return None
        participle = words[t] not in PAST_AUXILIARIES and t + 1 < len(words) and words[t + 1] in _PREPOSITIONS
        if _past_form(words, t) and not participle:
            return t
    return None


_PAST_FORMS = frozenset("was were had did became ceased".split())
_PAST_CLAUSE_WORDS = 4  # "until those two provisions ceased": the clause's verb this far after "until"


def _simple_past(words: list[str], t: int) -> bool:
    """A verb in the simple past: "-ed" after a subject, not a participle after an auxiliary nor
    one after "as" ("forward-looking statements as defined in the Act", "as amended", "as
    described in our reports"), which qualifies what comes before it and tells no past event."""
    return (len(words[t]) > 4 and ends_like_a_past(words[t])
            and t > 0 and words[t - 1] not in AUXILIARIES and words[t - 1] != "as")


def _past_clause_after(words: list[str], t: int, end: int) -> bool:
    """Whether "until" at t opens a clause in the past tense with a subject of its own ("until
    they were removed", "until those provisions ceased"); "until required by law" has none."""
    for u in range(t + 2, min(end, t + 2 + _PAST_CLAUSE_WORDS)):
        if words[u] in _PAST_FORMS or (ends_like_a_past(words[u]) and words[u - 1] not in AUXILIARIES):
            return True
    return False


# What is done to a document or a statement that changes it: a past proposition about it that held
# "before it was revised" held of the old version only.
_REVISIONS = frozenset("""revised amended restated corrected superseded replaced rewritten withdrawn retracted
rescinded removed changed updated edited""".split())


def _revised_after(words: list[str], t: int, end: int) -> bool:
    """Whether "before" at t opens a clause in the past whose verb revises its subject ("before it
    was revised", "before those reports were amended", "before we restated it"); "before the
    merger closed" or "before this release" changes nothing said."""
    for u in range(t + 2, min(end, t + 2 + _PAST_CLAUSE_WORDS)):
        if words[u] in _REVISIONS and (words[u - 1] in ("was", "were", "been") or words[u - 1] not in AUXILIARIES):
            return True
    return False


_TIME_LIMITS = frozenset("before until till".split())
_EVENT_OPENERS = frozenset("this that the".split())
_NOT_EVENTS = frozenset("date time extent end day".split())  # "before the date of this release" dates, it bounds no practice
_BOUND_REACH = 6  # words from "did" to the key verb over an aside ("did not, before this merger, undertake")
# the past auxiliaries a bounded practice is told in: "did not undertake", "were cautioned", "were
# included", "had no obligation"
_BOUNDED_AUXILIARIES = frozenset("did was were had".split())
_FRONTED_BOUND_WORDS = 8  # "Until" + "the Company's conversion to a private company" + ","


@read_once
def bounded_by_an_event(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A past auxiliary ("did", "was", "were", "had") with "before" or "until" and an event named
    by "this", "that" or "the" in the same clause, after the auxiliary ("The company did not, before
    this merger, undertake to update them", "were, until the Company's conversion, included pursuant
    to the safe harbor") or fronted at the sentence's start ("Until this release, readers were
    cautioned not to ..."): what was done, or not done, up to an event, a practice that ended with
    it. The tokens from the auxiliary (or the fronted "until") to the event's first word, or None.
    A present verb is no bound practice ("Until the law requires otherwise, we undertake no ...")."""
    words = tokens.words
    interposed = _interposed_bound(tokens, first, lo)
    if interposed is not None:
        return interposed
    aux = next((t for t in range(max(lo, first - _BOUND_REACH), first) if words[t] in _BOUNDED_AUXILIARIES), None)
    if aux is None:
        # a modal perfect tells a past practice as well, when a fronted bound dates it ("Before we
        # adopted our current style, forward-looking statements might have been identified by")
        perfect = next((t for t in range(max(lo + 1, first - _BOUND_REACH), last)
                        if words[t] == "have" and words[t - 1] in _PERFECT_MODALS), None)
        if perfect is not None:
            return _fronted_bound(tokens, perfect - 1, lo)
        # ... and so does the key verb in the simple past ("Until the date of this press release, the
        # Company expressly disclaimed any obligation"); a present verb is no bound practice
        verb = next((t for t in range(max(lo + 1, first - _BOUND_REACH), first) if _past_form(words, t)), None)
        if verb is None:
            verb = past_verb_between(tokens, first, last)
        return _fronted_bound(tokens, verb, lo) if verb is not None else None
    if any(tokens.marked(SENTENCE_GAP, t) or ";" in tokens.gap(t) for t in range(aux + 1, first + 1)):
        return None
    for t in range(aux + 1, min(hi - 2, last + 1 + _UNTIL_REACH)):
        if t > last and (tokens.marked(SENTENCE_GAP, t) or ";" in tokens.gap(t)):
            return None
        if words[t] in _TIME_LIMITS and words[t + 1] in _EVENT_OPENERS and words[t + 2] not in _NOT_EVENTS:
            return aux, t + 1
    return _fronted_bound(tokens, aux, lo)


_INTERPOSED_BOUND_WORDS = 14  # "were" + ", until the Company's conversion to a private company," + "included pursuant to the"


def _interposed_bound(tokens: Tokens, first: int, lo: int) -> tuple[int, int] | None:
    """A past auxiliary with a bound in an aside right after it, before the first part ("were,
    until the Company's conversion to a private company, included pursuant to the safe harbor"):
    the (auxiliary, event) tokens, or None."""
    words = tokens.words
    for t in range(max(lo + 1, first - _INTERPOSED_BOUND_WORDS), first - 2):
        if (words[t] in _TIME_LIMITS and words[t - 1] in _BOUNDED_AUXILIARIES and "," in tokens.gap(t)
                and words[t + 1] in _EVENT_OPENERS and words[t + 2] not in _NOT_EVENTS
                and not any(tokens.marked(SENTENCE_GAP, u) or ";" in tokens.gap(u) for u in range(t, first + 1))):
            return t - 1, t + 1
    return None


def _fronted_bound(tokens: Tokens, aux: int, lo: int) -> tuple[int, int] | None:
    """"Until"/"Before" + an event opening the sentence at `lo` and closed by a comma before the
    past auxiliary at `aux` ("Until this release, readers were cautioned"): the (first, last)
    tokens, or None."""
    words = tokens.words
    if not (aux - lo >= 3 and words[lo] in _TIME_LIMITS and (
            (words[lo + 1] in _EVENT_OPENERS and (words[lo + 2] not in _NOT_EVENTS or _until_a_date(words, lo)))
            or YEAR.fullmatch(words[lo + 1]) or _past_event_clause(tokens, lo, aux))):
        return None
    closing = next((t for t in range(lo + 2, min(aux + 1, lo + _FRONTED_BOUND_WORDS)) if "," in tokens.gap(t)), None)
    return (lo, aux) if closing is not None else None


def _until_a_date(words: list[str], lo: int) -> bool:
    """Whether the sentence opens "Until the date of ..." / "Until the day of ...": fronted before a
    verb in the past, a date that ends what was done up to it, as an event does ("Until the date of
    this press release, the Company disclaimed ..."); "before the date" keeps dating."""
    return words[lo] in _UNTIL and words[lo + 1] == "the" and words[lo + 2] in ("date", "day")


_PERFECT_MODALS = frozenset("might could would may must".split())
_EVENT_SUBJECTS = frozenset("we it they the company management".split())
_EVENT_VERB_REACH = 3  # "Before" + "the Company" + "adopted"


def _past_event_clause(tokens: Tokens, lo: int, aux: int) -> bool:
    """Whether the "Before"/"Until" at lo opens a clause of its own in the past, its subject the
    company ("Before we adopted our current disclosure style,", "Until the Company listed its
    shares,"), closed by a comma before `aux`: an event of the company's past that bounds a
    practice."""
    words = tokens.words
    if words[lo + 1] not in _EVENT_SUBJECTS and not tokens.names.is_own(words[lo + 1]):
        return False
    for u in range(lo + 2, min(aux, lo + 2 + _EVENT_VERB_REACH)):
        if "," in tokens.gap(u):
            return False
        if words[u] in _PAST_FORMS or _simple_past(words, u):
            return True
    return False


# What happens to a company or a deal, not to a statement: "as of the date the acquisition
# closes" is the date of an event still to come, not the date the statements are made; so is the
# moment a period ends or begins ("the date on which our current fiscal quarter ends"; only the
# verb forms: "the end of the quarter" is a noun that may date the release itself).
_DISTRIBUTIVES = frozenset("each every".split())  # "the date on which each option vests"
_EVENT_VERBS = frozenset("""close closes closed complete completes completed consummate consummates consummated
occur occurs happen happens expire expires terminate terminates
ends begins commence commences
prove proves proved proven
resolve resolves resolved conclude concludes concluded settle settles settled""".split())  # "the date on which it proves accurate": a future, unknown date
_STATEMENT_VERBS = frozenset("""made make makes given give gives issued issue issues published publish publishes
released release releases stated state states expressed express expresses furnished furnish furnishes filed file
files dated speak speaks posted post posts read reads""".split())
# Subjects of a date's relative clause that are the statements or their maker ("the date on which
# it is made", "the date we issue this release"): any other noun makes it an event's date.
_DATE_SUBJECTS = frozenset("""it they we i you he she this these those which statement statements information
release report document presentation call letter filing remarks company management""".split())


# An approval given or granted is an event that befalls the matter approved, not the statements'
# making: "gives its final acceptance of", "grants its approval"
_GRANTING = frozenset("give gives gave given grant grants granted".split())
_APPROVAL_NOUNS = frozenset("acceptance approval approvals consent clearance".split())
_APPROVAL_WORDS = 3  # "gives" + "its final" + "acceptance"
_APPROVED_WORDS = 3  # "of" + "the Offering", "of this press release"


def _approval_of_another(words: list[str], t: int, hi: int) -> bool:
    """Whether the verb of granting at t gives an approval of something other than the
    statements or this document ("gives its final acceptance of the Offering"; not "gives its
    approval of this release", which dates the statements by their own making)."""
    a = next((u for u in range(t + 1, min(hi, t + 1 + _APPROVAL_WORDS)) if words[u] in _APPROVAL_NOUNS), None)
    if a is None:
        return False
    return not any(w in _NOT_AN_EVENT for w in words[a + 1 : min(hi, a + 1 + _APPROVED_WORDS)])


_EVENT_CLAUSE_WORDS = 8  # "the date on which the arbitration is finally concluded": the moment to its event verb


def event_date(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """A moment named by an event that befalls something else ("the date the pending acquisitions
    close", "the time the merger is completed"): its (first, last) tokens, or None."""
    words = tokens.words
    for i in range(lo, hi):
        if words[i] in _PERIOD_ENDS:
            period = _as_of_period_end(tokens, i, lo, hi)
            if period is not None:
                return i, period  # "are made as of the end of our fiscal year, January 31, 2022"
        if words[i] not in _MOMENTS:
            continue
        bound = _bound_of_period(tokens, i, hi)
        if bound is not None:
            return i, bound
        reach = _EVENT_CLAUSE_WORDS
        t = i + 1
        while t < min(hi, i + 1 + reach):
            if tokens.marked(HARD_GAP, t):
                break
            if words[t] in _GRANTING and _approval_of_another(words, t, hi):
                return i, t  # "the date on which the Exchange gives its final acceptance of the Offering"
            if words[t] in _STATEMENT_VERBS:
                if words[t - 1] not in _NOUN_BEFORE:
                    break  # "the date on which it is released": the statements' own date
            elif words[t].endswith("ed") and t - 1 > i and words[t - 1].endswith("s") \
                    and not words[t - 1].endswith("ss") and reach == _EVENT_CLAUSE_WORDS:
                # a participle on the clause's subject ("the transactions described in this
                # release close"): its phrase is read past to the clause's verb
                reach += _PARTICIPLE_WORDS
            if words[t] in _EVENT_VERBS:
                return i, t
            t += 1
        other = _possessive_clause(tokens, i, hi)
        if other is not None:
            return i, other
        other = _date_clause_subject(tokens, i, hi)
        if other is not None:
            return i, other
        other = _dated_elsewhere(tokens, i, hi)
        if other is not None and not _incorporated_papers(tokens, lo, i, other):
            return i, other
    return None


_PARTICIPLE_WORDS = 5  # a participle's phrase on a date clause's subject ("described in this press release")
# Words before which a statement verb is the noun ("this press release", "the news release")
_NOUN_BEFORE = DEICTICS | frozenset("press news the a an our its".split())
_POSSESSIVES = frozenset("its our their".split())
_BOUNDS = frozenset("last first final closing opening".split())
_PERIOD_WORDS = 8  # "the last day of the rights offering's subscription period"


def _bound_of_period(tokens: Tokens, i: int, hi: int) -> int | None:
    """The moment at i as the first or last day of a period or event other than this document's
    ("the last day of the subscription period", "the final day of the tender offer"): a date
    that is not when the statements are made. The period's head token, or None."""
    words = tokens.words
    if i < 1 or words[i - 1] not in _BOUNDS or i + 2 >= hi or words[i + 1] != "of":
        return None
    for t in range(i + 2, min(hi, i + 2 + _PERIOD_WORDS)):
        if tokens.marked(HARD_GAP, t) or words[t] in DEICTICS or words[t] in BOUNDARIES:
            return None
        if words[t] in ("period", "offer", "offering", "quarter", "year", "month", "week", "term", "window"):
            return t
    return None


# "as of the end (close) of" a year, quarter or period: the end of a reporting period, not the
# date the statements are made (which falls after the period a report covers, or before the end
# of the one a release looks ahead to)
_PERIOD_ENDS = frozenset("end close".split())
_PERIOD_HEADS = frozenset("year quarter month period half".split())
_PERIOD_END_WORDS = 4  # "of" + "our current fiscal" + "year"


def _as_of_period_end(tokens: Tokens, i: int, lo: int, hi: int) -> int | None:
    """The head of the period whose end the moment at i names right after "as of the" ("as of the
    end of our fiscal year", "as at the close of the quarter"), or None. Not "the close of
    business", a time of day, nor a period of this document ("the end of the period covered by
    this report" still names no date of making)."""
    words = tokens.words
    if i - 3 < lo or words[i - 1] != "the" or words[i - 3] != "as" or words[i - 2] not in ("of", "at") \
            or words[i + 1 : i + 2] != ["of"]:
        return None
    for t in range(i + 2, min(hi, i + 2 + _PERIOD_END_WORDS)):
        if tokens.marked(HARD_GAP, t) or words[t] in BOUNDARIES:
            return None
        if words[t] in _PERIOD_HEADS:
            return t
    return None


def _possessive_clause(tokens: Tokens, i: int, hi: int) -> int | None:
    """A contact clause on the moment at i opened by a possessive ("the date its satellites reach
    orbit", "the day our new plant enters service"), which says nothing of making or issuing the
    statements: an event's date; the clause's last word read, or None."""
    words = tokens.words
    if i + 3 >= hi or words[i + 1] not in _POSSESSIVES or tokens.marked(HARD_GAP, i + 1):
        return None
    last = None
    for t in range(i + 2, min(hi, i + 2 + _EVENT_CLAUSE_WORDS)):
        if tokens.marked(HARD_GAP, t) or words[t] in BOUNDARIES:
            break
        if words[t] in _STATEMENT_VERBS or words[t] in _DATE_SUBJECTS or words[t] in DEICTICS \
                or words[t] in AUXILIARIES and words[t] != "to":
            return None  # "the date its statements are made", "the date our report is issued"
        last = t
    return last if last is not None and last >= i + 3 else None


_DATED_OF_WORDS = 6
_DATED_CLAUSE_WORDS = 8  # subject and auxiliary of the clause up to its verb ("our 2024 Form 10-K is filed")
_CONTACT_DETERMINERS = frozenset("the a an".split())


def _dated_elsewhere(tokens: Tokens, i: int, hi: int) -> int | None:
    """The moment at i is the date of another occasion: "the date of Intel's February 2022
    investor meeting", "the date of our last annual report" (a year or an earlier or later time
    in its "of" phrase, and no "this"/"hereof"): the token that shows it, or None."""
    words = tokens.words
    if i + 1 >= hi:
        return None
    if words[i + 1] == "of":
        start = i + 2
    else:
        # ... or in the subject of a clause on the moment that files or issues it: "the date on
        # which our 2024 Form 10-K is filed", "the date our next annual report is issued"
        start = i + 1
        while start < hi and words[start] in ("on", "at", "which", "when", "that") and not tokens.marked(HARD_GAP, start):
            start += 1
        verb = next((t for t in range(start, min(hi, start + _DATED_CLAUSE_WORDS)) if words[t] in _STATEMENT_VERBS), None)
        if verb is None or any(tokens.marked(HARD_GAP, t) for t in range(i + 1, verb + 1)):
            return None
        hi = verb
    found = None
    for t in range(start, min(hi, start + _DATED_OF_WORDS)):
        if tokens.marked(HARD_GAP, t) or words[t] in BOUNDARIES:
            break
        if words[t] in DEICTICS:
            return None
        if words[t] == "original" and t + 1 < hi and (words[t + 1] in _MAKING_NOUNS or words[t + 1] in _AMENDED_PAPERS):
            continue  # "the date of original publication": this document's first issue, no other paper's
        if found is None and (YEAR.fullmatch(words[t]) or words[t] in OTHER_TIMES or words[t] in _OCCASION_TIMES
                              or (words[i + 1] != "of" and words[t] in _PERIODIC)):
            found = t  # (a periodic document filed on the date: "the date our annual accounts are filed")
        if (found is None and words[i + 1] == "of" and t == start and words[t] in _DISTAL
                and t + 1 < hi and words[t + 1] in _OTHER_PAPERS):
            found = t  # "as of the date of those filings": papers named before, not this release
    return found


# Nouns of a document's own making: "original" before them dates this document's first issue
_MAKING_NOUNS = frozenset("publication issue issuance release dissemination distribution posting".split())
# ... and the paper an amendment amends ("speak only as of the date of the Original Filing" in a
# 10-K/A): the report the statements were made in, first filed, not another occasion
_AMENDED_PAPERS = frozenset("filing report".split())
_INCORPORATED = ("incorporated", "by", "reference")


def _incorporated_papers(tokens: Tokens, lo: int, i: int, other: int) -> bool:
    """Whether the other papers whose date the moment at i names ("as of the date of those
    documents") are the documents incorporated by reference the sentence named before it: "...
    as of the date of this release and, for statements in documents incorporated by reference, as
    of the date of those documents" dates the statements those papers hold by the papers' own
    dates, as the element asks. Only a distal paper ("those", "that") is read so."""
    words = tokens.words
    if words[other] not in _DISTAL:
        return False
    return any(tuple(words[t : t + 3]) == _INCORPORATED for t in range(lo, i - 2))


# "that"/"those" before a paper that is not the statements' own release: the date of that paper
# is another occasion's ("the date of those filings", "the date of that report"; not "the date of
# those statements", which is when the statements are made)
_DISTAL = frozenset("that those".split())
_OTHER_PAPERS = frozenset("""filing filings report reports document documents application applications patent
patents article articles study studies""".split())


# Modifiers that date a document to another occasion than this one: "the date of management's
# most recent strategic plan", "the date of our next quarterly report".
_OCCASION_TIMES = LATER_MARKERS | frozenset("recent latest original".split())
_PERIODIC = frozenset("annual quarterly interim audited".split())


def _date_clause_subject(tokens: Tokens, i: int, hi: int) -> int | None:
    """The verb of a relative clause on the moment at i whose subject is neither the statements
    nor their maker ("the date on which the vaccine receives approval"), when the clause says
    nothing of making a statement; its token, or None."""
    words = tokens.words
    t = i + 1
    while t < hi and words[t] in ("on", "at", "which", "when", "that") and not tokens.marked(HARD_GAP, t):
        t += 1
    contact = t == i + 1 and t < hi and words[t] in _CONTACT_DETERMINERS and not tokens.marked(HARD_GAP, t)
    if (t == i + 1 and not contact) or t >= hi:
        # a relative clause only after "on which", "when", "that", or a contact clause opening on
        # its subject's article ("the date the regulator approves the plan"): not "the date of ..."
        return None
    while t < hi and (words[t] in FILLERS or words[t] in _DISTRIBUTIVES) and not tokens.marked(HARD_GAP, t):
        t += 1
    if t + 1 < hi and words[t] in _MAKERS and not tokens.marked(HARD_GAP, t):
        return _maker_event(tokens, t + 1, hi)
    # the company by one of its own names, its words read to the verb ("the date on which H&R files ...")
    named = t
    while named < min(hi - 1, t + _OWN_NAME_WORDS) and tokens.names.is_own(words[named]) \
            and not tokens.marked(HARD_GAP, named):
        named += 1
    if named > t and words[named] not in AUXILIARIES and not tokens.names.is_own(words[named]):
        return _maker_event(tokens, named, hi)
    if t + 1 >= hi or words[t] in _DATE_SUBJECTS or tokens.marked(HARD_GAP, t) \
            or words[t] in AUXILIARIES or words[t] in BOUNDARIES:
        return None
    # the subject's name may run to a second word in a contact clause ("the TSX-V approves"), and
    # a participle may describe the subject before its verb ("each option granted today vests")
    verbs = (t + 1, t + 2) if contact else (t + 1,)
    if t + 2 < hi and words[t + 1].endswith("ed") and words[t + 1] not in _STATEMENT_VERBS:
        verbs = (t + 2, t + 3)
    for verb in verbs:
        if verb >= hi or tokens.marked(HARD_GAP, verb) or words[verb] in _DATE_SUBJECTS:
            return None
        if words[verb].endswith("s") and words[verb] not in _STATEMENT_VERBS and words[verb] not in AUXILIARIES \
                and words[verb] not in BOUNDARIES and not words[verb].endswith("ss"):
            return verb
        if contact and words[verb] in _BE_FORMS:
            return _passive_event(tokens, t, verb, hi)
    return None if contact else _longer_subject_event(tokens, t, hi)


_BE_FORMS = frozenset("is are was were".split())
_BEFORE_PARTICIPLE = frozenset("first finally fully formally again".split())


def _passive_event(tokens: Tokens, t: int, verb: int, hi: int) -> int | None:
    """The participle of a passive contact clause on a moment whose subject (t up to the
    auxiliary at `verb`) is neither the statements, their maker nor a document: "the date the
    Units are first delivered to subscribers", "the day the merger is completed" (not "the date
    the statements are made", "the day this release is issued"); its token, or None."""
    words = tokens.words
    if any(words[u] in _NOT_AN_EVENT for u in range(t, verb)):
        return None
    p = verb + 1
    if p < hi and (words[p] in _BEFORE_PARTICIPLE or words[p].endswith("ly")) and not tokens.marked(HARD_GAP, p):
        p += 1  # an adverb between: "are first delivered", "is formally approved"
    if p >= hi or tokens.marked(HARD_GAP, p) or words[p] in _STATEMENT_VERBS:
        return None
    return p if words[p].endswith("ed") or words[p] in _EVENT_VERBS else None


_LONGER_SUBJECT_WORDS = 4  # "the TSX Venture Exchange" + "gives", "the anticipated product launches" + "take"
_EVENT_CLAUSE_END = 10
_NOT_AN_EVENT = _STATEMENT_VERBS | _DATE_SUBJECTS | DEICTICS | DOCUMENT_NOUNS | frozenset(
    "forward looking statements information them issuer registrant".split())  # "the day the issuer formally adopts them"


def _longer_subject_event(tokens: Tokens, t: int, hi: int) -> int | None:
    """The verb of a relative clause on a moment ("on which", "when") whose subject runs to a few
    words and names neither the statements, their maker nor a document ("the date on which the TSX
    Venture Exchange gives its final acceptance", "the day when the anticipated product launches
    take place"): the first word after the subject that the clause reads as its verb (a word of
    one of the subject's nouns' verbs is not known, so any word after a noun that ends in "s" and
    before the clause's end, or an auxiliary); its token, or None. The whole clause is read for a
    word of making or issuing, which makes it the statements' own date."""
    words = tokens.words
    end = t
    while end < min(hi, t + _EVENT_CLAUSE_END) and (end == t or not tokens.marked(HARD_GAP, end)) \
            and words[end] not in BOUNDARIES:
        if words[end] in _NOT_AN_EVENT and not (end == t and words[end] not in _DATE_SUBJECTS):
            # ("the state regulator approves": a subject's first word is a modifier, not a verb)
            return None  # "the date on which the forward-looking statements are made", "... this release is issued"
        end += 1
    for verb in range(t + 2, min(end, t + 1 + _LONGER_SUBJECT_WORDS)):
        if words[verb] in AUXILIARIES or (words[verb - 1].endswith("s") and not words[verb - 1].endswith("ss")
                                          and words[verb - 1] not in _POSSESSIVES and verb + 1 < end):
            return verb
        if words[verb].endswith("s") and not words[verb].endswith("ss") and verb + 1 < end \
                and not words[verb].endswith("'s"):
            return verb
    return None


# The statements' maker as the subject of a date's relative clause: what it does then decides.
_MAKERS = frozenset("we i company management corporation trust partnership fund reit".split())
_OWN_NAME_WORDS = 3  # "Hamilton Lane", "H&R" (two canonical words)
# Objects that are the statements or this document ("the date we announce them", "... distribute this release")
_THESE = DEICTICS | frozenset("it them they".split())


def _maker_event(tokens: Tokens, v: int, hi: int) -> int | None:
    """The verb at v (an adverb before it allowed) when the company does something other than make
    the statements on that date, to an object that is not them: "the date on which we report our
    fourth-quarter results", "the day the Company announces its 2026 guidance" (not "the date we
    make them", "the date we distribute this release"); its token, or None."""
    words = tokens.words
    if v < hi and (words[v].endswith("ly") or words[v] in ("first", "again")) and not tokens.marked(HARD_GAP, v):
        v += 1  # "the date on which we first ..." / "... we formally announce"
    if v + 1 >= hi or tokens.marked(HARD_GAP, v) or tokens.marked(HARD_GAP, v + 1):
        return None
    if words[v] in _STATEMENT_VERBS and _another_issue(tokens, v + 1, hi):
        return v  # "the date on which the Company files its first application with the FDA"
    if words[v] in _STATEMENT_VERBS or words[v] in AUXILIARIES or words[v] in BOUNDARIES or words[v + 1] in _THESE:
        return None
    return v


# Ordinals and markers of sequence that make the object of a verb of issuing another document
# than this one ("files its first application", "issues its next report"; "publishes its final results")
# (or as one of a cycle: "files its annual audited financial statements", "its quarterly report")
_SEQUENCE = LATER_MARKERS | OTHER_TIMES | frozenset("first second third final annual quarterly interim periodic".split())
_OBJECT_WORDS = 4  # "its first marketing application"


def _another_issue(tokens: Tokens, t: int, hi: int) -> bool:
    """Whether the object that starts at t, after a verb of issuing, is named as one of a sequence
    ("its first application", "our next quarterly report"): a document issued another day."""
    words = tokens.words
    for u in range(t, min(hi, t + _OBJECT_WORDS)):
        if tokens.marked(HARD_GAP, u) or words[u] in BOUNDARIES or words[u] in _THESE:
            return False
        if words[u] in _SEQUENCE:
            return True
    return False


# Verbs that end a statement's life: denied ("will not change after such date", "do not lapse"),
# the statement runs on past its date.
_EXPIRY = frozenset("lapse lapses expire expires cease ceases end ends".split())
_CHANGE = frozenset("change changes alter alters vary varies".split())
_BECOME = frozenset("go goes become becomes grow grows".split())
_STALE = frozenset("stale outdated obsolete".split())
_AFTER = frozenset("after thereafter beyond past".split())


def denied_expiry(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """A denied end or change of the statements ("... and will not change after such date",
    "do not lapse"): open-ended; its (first, last) tokens, or None. A change denied without a
    later time ("will not change our estimates") says nothing of the date."""
    words = tokens.words
    for i in range(lo, hi):
        if words[i] in _BECOME and i + 1 < hi and words[i + 1] in _STALE:
            pass  # "do not go stale", "will never become outdated": an expiry denied
        elif words[i] not in _EXPIRY and words[i] not in _CHANGE:
            continue
        # the verb's own negation, over auxiliaries only ("will not change", "do not lapse"): not
        # a verb some other word governs ("no obligation to change them after today")
        b = i - 1
        while b > lo and (words[b] in AUXILIARIES or words[b].endswith("ly")) and words[b] != "to" \
                and not tokens.marked(HARD_GAP, b + 1):
            b -= 1
        if b < lo or tokens.marked(HARD_GAP, b + 1) or not is_negation(words[b]) or words[b] in ("no", "none"):
            continue
        if words[i] in _EXPIRY or words[i] in _BECOME:
            return b, i
        for t in range(i + 1, min(hi, i + 4)):
            if tokens.marked(HARD_GAP, t):
                break
            if words[t] in _AFTER:
                return b, t
    return None


PAST_AUXILIARIES = frozenset("was were had".split())
# Verbs that raise a perfect infinitive and, in the past tense, report how things turned out
# ("expectations proved last year to have been materially different"); "may prove to have been"
# still looks ahead.
_PAST_RAISING = frozenset("proved turned seemed appeared".split())
_RAISING_REACH = 5  # words between the raising verb and "to" ("proved, two years ago, to have been")


def past_raising(tokens: Tokens, s: int, lo: int) -> int | None:
    """The past raising verb over a perfect infinitive that ends in the key part at s ("proved
    last year to have been materially different", "turned out to have differed"): its token."""
    words = tokens.words
    b = s - 1
    while b > lo and (words[b].endswith("ly") or words[b] in ("been", "in")):
        b -= 1
    if b - 1 <= lo or words[b] != "have" or words[b - 1] != "to":
        return None
    for v in range(b - 2, max(lo, b - 2 - _RAISING_REACH) - 1, -1):
        if tokens.marked(STOP_GAP, v + 1):
            return None
        if words[v] in _PAST_RAISING and (words[v] != "turned" or words[v + 1] == "out"):
            return v
    return None


# Words that open a time of their own after "and" ("... as of the date it is made and on every day
# that follows"), and the quantifiers that make it more than the one date.
_TIME_PREPOSITIONS = frozenset("on at for during throughout through until till".split())
_DURATIONS = frozenset("during throughout until till".split())  # a stretch of time whatever follows
_EVERY = frozenset("every each all any".split())
_TIME_NOUNS = frozenset("day days date dates time times moment moments period periods".split())
# a stretch named by what it spans: "and for the life of the projects", "and for the duration of the offering"
_SPAN_NOUNS = frozenset("life lifetime duration term remainder rest length".split())


def extended_time(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """A further time coordinated with the statements' date ("and on every day that follows",
    "and at all later times", "and for any period after"): the date is then not the only one
    they speak as of. Its (first, last) tokens, or None."""
    words = tokens.words
    for i in range(lo, hi - 3):
        if (words[i] in ("and", "or") and words[i + 1] in ("again", "also") and words[i + 2] in ("as", "on", "at")
                and not tokens.marked(HARD_GAP, i + 2) and not any(is_negation(w) for w in words[i + 3 : i + 5])):
            return i, i + 1  # "and again (also) as of the record date": the statements speak a second time
        if words[i] not in ("and", "or") or words[i + 1] not in _TIME_PREPOSITIONS:
            continue
        if words[i + 1] in _DURATIONS and not tokens.marked(HARD_GAP, i + 1):
            return i, i + 1  # "and throughout the coming fiscal year", "and until ..."
        if (words[i + 1] == "for" and i + 4 < hi and words[i + 2] == "the" and words[i + 3] in _SPAN_NOUNS
                and words[i + 4] == "of" and not tokens.marked(HARD_GAP, i + 1)):
            return i, i + 4  # "and for the life of the projects they describe", "and for the rest of the year"
        for t in range(i + 2, min(hi, i + 5)):
            if tokens.marked(HARD_GAP, t):
                break
            if words[t] in _EVERY and any(words[u] in _TIME_NOUNS for u in range(t + 1, min(hi, t + 3))):
                return i, t


_ONWARD = frozenset("onward onwards".split())
_SPEAKING = frozenset("speak speaks speaking spoke made valid current accurate apply applies".split())
_ONLY_WORDS = frozenset("only solely just".split())
_ONWARD_REACH = 10  # "from" + "the date of this press release" + "onward"


def runs_on_from(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """The statements said to speak "from" a date "onward(s)" ("speak only from the date of this
    press release onward"): a time that runs on from the date, not the date alone. Only when "from"
    follows the verb of speaking (or "made", "valid", "current") over at most "only": not "and from
    that date onward we undertake no obligation", where the phrase dates another clause. The
    (first, last) tokens, or None."""
    words = tokens.words
    for i in range(lo + 2, hi):
        if words[i] not in _ONWARD:
            continue
        start = next((t for t in range(i - 1, max(lo, i - _ONWARD_REACH) - 1, -1) if words[t] == "from"), None)
        if start is None or any(tokens.marked(HARD_GAP, t) for t in range(start + 1, i + 1)):
            continue
        b = start - 1
        while b > lo and words[b] in _ONLY_WORDS:
            b -= 1
        if b >= lo and words[b] in _SPEAKING and not tokens.marked(HARD_GAP, b + 1):
            return start, i
    return None


# Gatherings at which statements are made: the occasion of a call's or a meeting's remarks
_GATHERINGS = frozenset("""call calls meeting meetings conference conferences day days event events webcast webcasts
presentation presentations session sessions briefing briefings roadshow symposium summit forum""".split())
_OCCASION_PREPOSITIONS = frozenset("at on during in".split())
_OCCASION_WORDS = 6  # "at" + "last year's annual investor" + "day"
# What dates a gathering before this one ("preceding" is left out: on a call, "the preceding
# presentation" is this call's prepared remarks)
_EARLIER = (OTHER_TIMES - {"preceding"}) | frozenset("yesterday's yesterday".split())


def past_occasion(tokens: Tokens, t: int, hi: int) -> int | None:
    """An earlier gathering named by the phrase opening at token t, a preposition: "at last
    year's investor day", "on our previous earnings call", "during the prior quarter's
    conference call". Statements made there are not this occasion's. The token of the word that
    dates it, or None; "on today's call", "at this meeting" are this one."""
    words = tokens.words
    if t >= hi or words[t] not in _OCCASION_PREPOSITIONS:
        return None
    earlier = None
    for u in range(t + 1, min(hi, t + 1 + _OCCASION_WORDS)):
        if tokens.marked(HARD_GAP, u) or words[u] in DEICTICS or words[u] in BOUNDARIES or words[u] in AUXILIARIES:
            return None
        if earlier is None and words[u] in _EARLIER:
            earlier = u
        elif words[u] in _GATHERINGS:
            return earlier
    return None


# Verbs that place what a pointer sends the reader to in a document ("described in our Form 10-K")
_PLACING = frozenset("""described discussed detailed set identified included contained disclosed addressed outlined
explained listed presented describe discuss detail identify include disclose address outline explain list present
appear mentioned mention summarized summarised summarize summarise""".split())
_PLACING_WORDS = 8  # "will be described in detail in the Company's" + "Annual Report"
_FUTURE = frozenset("will shall".split())
# A plan to place something there, as much a future as "will": "risks are expected to be described
# in our Form 10-K", "we intend to discuss them in our next report".
_PLANNED = frozenset("expect expects expected intend intends intended plan plans planned".split())
_IN_DOCUMENT = frozenset("in within".split())  # "described in", not "made under the safe harbor"


# "to be" + a participle of placing after a noun or "is/are" is destined, still to be done ("the
# risks to be described in our Form 10-K", "which are to be discussed in"); after a word of
# obligation, ability, seeming or continuing it says nothing of the time ("required to be described
# in", "continue to be discussed in", "need to be read in")
_NOT_DESTINED = frozenset("""required need needs needed ought have has had able unable likely unlikely appear appears
appeared seem seems seemed continue continues continued deemed considered used want wants wanted ask asks asked
tend tends expected""".split())


def _destined(word: str) -> bool:
    """Whether "to be" after `word` says something is still to be done."""
    if word in ("is", "are", "remain", "remains", "yet"):
        return True
    return word not in _NOT_DESTINED and word not in FINITE_VERBS and not word.endswith(("ed", "ing", "ly"))


def future_placement(tokens: Tokens, s: int, lo: int) -> int | None:
    """The "will" of a future that places something in the document at token s: "risks will be
    described in our Form 10-K for 2025", "we will discuss them in our next quarterly report".
    What is still to be written there is not in it now. Its token, or None."""
    words = tokens.words
    for t in range(s - 1, max(lo, s - 1 - _PLACING_WORDS) - 1, -1):
        if tokens.marked(HARD_GAP, t + 1) or words[t] in BOUNDARIES:
            return None
        if words[t] in ("out", "forth") and t - 1 >= lo and words[t - 1] == "set":
            continue
        if words[t] not in _PLACING:
            if words[t] in FINITE_VERBS:
                return None  # a verb of its own between: "are in the reports we will describe"
            continue
        v = t - 1
        while v >= lo and (words[v].endswith("ly") or words[v] in ("further", "more", "also")):
            v -= 1  # "will be more fully described", "will also be discussed"
        if v >= lo and words[v] == "be":
            v -= 1
            while v >= lo and (words[v].endswith("ly") or words[v] in ("further", "more", "also")):
                v -= 1
        if v - 1 >= lo and words[v] == "to" and words[v - 1] in _PLANNED:
            v -= 1
        if (v >= lo and (words[v] in _FUTURE or words[v] in _PLANNED) and not tokens.marked(HARD_GAP, v + 1)
                and any(w in _IN_DOCUMENT for w in words[t + 1 : s])):
            return v
        if (v - 1 >= lo and words[v] == "to" and words[t - 1] == "be" and _destined(words[v - 1])
                and not tokens.marked(HARD_GAP, v) and any(w in _IN_DOCUMENT for w in words[t + 1 : s])):
            return v  # "the factors to be discussed in our Form 10-K", "risks that are to be described in"
        if words[t].endswith("ed") or words[t] == "set":
            return None  # the participle of another tense: "risks described in our Form 10-K"
        # (a base form without "will" is a noun as often: "described in detail in")
    return None


# Adverbs that say a thing holds as a rule, not always: on the statements' date ("these statements
# usually speak only as of the date they are made") they leave other dates open.
_HEDGES = frozenset("""usually generally often typically normally ordinarily mostly sometimes frequently occasionally
largely mainly customarily""".split())
_HEDGE_PHRASES = (("in", "most", "cases"), ("in", "general"), ("as", "a", "rule"), ("for", "the", "most", "part"),
                  ("in", "many", "cases"), ("in", "some", "cases"))
_HEDGE_REACH = 4  # words from the hedge to "as of" ("usually are made only as of")
_ANCHORS = frozenset("of at".split())


def hedged_date(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """A hedge of frequency on the date the statements speak as of ("usually speak only as of the
    date", "are, in most cases, made only as of", "speaks only as of ... , generally"): the date
    is then the rule, not the only one. The hedge's tokens, or None. Read only in the clause of
    "as of", a few words before it, with no negation on it ("not usually" is another matter)."""
    words = tokens.words
    for i in range(lo + 1, hi - 1):
        if words[i] != "as" or words[i + 1] not in _ANCHORS:
            continue
        for u in range(i - 1, max(lo, i - 1 - _HEDGE_REACH), -1):
            if tokens.marked(STOP_GAP, u + 1) or words[u] in BOUNDARIES:
                break
            hedge = _hedge_at(words, u)
            if hedge is not None:
                if u > lo and is_negation(words[hedge[0] - 1]):
                    break
                return hedge
    return None


# A date left to the company's choice ("speak only as of the date they are made, if the Company so
# elects", "..., at our discretion"): the limit holds only when the company chooses it, so the
# statements are not said to speak only as of that date.
_CHOOSING = frozenset("elect elects choose chooses wish wishes decide decides prefer prefers see sees".split())
_OPTION_NOUNS = frozenset("option discretion election choice".split())
_DECIDING = _CHOOSING | frozenset("determine determines determined decided elected chose".split())
_CHOOSERS = frozenset("our its the company's management's".split())
_CHOICE_REACH = 12  # words from "as of" to the condition ("as of the date they are made, if the Company so elects")
_CHOOSER_WORDS = 3  # "if" + "the Company" + "so" + "elects"


def optional_date(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """The condition of the company's choice after "as of" in its clause ("if the Company so
    elects", "if we so choose", "at the Company's discretion"): its (first, last) tokens, or None.
    A condition with its own matter ("if the closing occurs") or a negation ("unless we choose")
    is none."""
    words = tokens.words
    for i in range(lo + 1, hi - 1):
        if words[i] != "as" or words[i + 1] not in _ANCHORS:
            continue
        for u in range(i + 2, min(hi, i + 2 + _CHOICE_REACH)):
            if tokens.marked(STOP_GAP, u):
                break
            if words[u] == "if":
                for v in range(u + 2, min(hi, u + 2 + _CHOOSER_WORDS)):
                    if words[v] in _CHOOSING and (words[v - 1] == "so" or words[v] in ("see", "sees")) \
                            and not any(is_negation(w) for w in words[u:v]):
                        return u, v  # ("if it sees fit": "see" needs no "so")
            if words[u] == "unless":
                for v in range(u + 2, min(hi - 1, u + 2 + _CHOOSER_WORDS)):
                    if words[v] in _DECIDING and words[v + 1] == "otherwise" \
                            and not any(is_negation(w) for w in words[u + 1 : v]):
                        return u, v + 1  # "unless the Company decides otherwise": the date at its choice
            if words[u] == "at" and u + 2 < hi and words[u + 1] in _CHOOSERS and words[u + 2] in _OPTION_NOUNS:
                return u, u + 2
            if words[u] == "at" and u + 3 < hi and words[u + 1] == "the" and words[u + 2] == "company's" \
                    and words[u + 3] in _OPTION_NOUNS:
                return u, u + 3
    return None


# A date made a span ("are made as of February 12 through June 30, 2025", "speak as of the date of
# this release to the end of 2025", "as of today until year-end"): the statements then speak as of
# every day up to the later bound, not as of the one date. The span word follows "as of" in its
# clause and a word of time follows it ("through June", "to the end of", "until 2026"); "to" before
# a verb ("as of today to reflect ...") or a noun of another kind is no span.
_SPAN_WORDS = frozenset("through thru until till to".split())
_SPAN_REACH = 10  # words from "as of" to the span word ("as of the date of this press release through")
_SPAN_ENDS = MONTHS | MONTH_ABBREVIATIONS | frozenset("end close year-end".split())
_SPAN_TIME_WORDS = 3  # "to" + "the end" / "through" + "June"
# words that take "to" for a date they compare with or depend on, not the end of a span
_TAKING_TO = frozenset("""subsequent prior previous later earlier up due pursuant according compared relative similar
equal close next preceding following""".split())


def date_span(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """The span word and the word of time it runs to after "as of" ("as of February 12 through June
    30, 2025"): (first, last) tokens, or None. A negation before the span word in the clause leaves
    it alone ("as of today and not through the end of the year")."""
    words = tokens.words
    for i in range(lo, hi - 2):
        if words[i] != "as" or words[i + 1] not in _ANCHORS:
            continue
        for u in range(i + 2, min(hi, i + 2 + _SPAN_REACH)):
            if tokens.marked(STOP_GAP, u) or (u > i + 2 and words[u] in BOUNDARIES):
                break
            if words[u] not in _SPAN_WORDS or u == i + 2 or words[u - 1] in _TAKING_TO:
                continue  # ("as of any date subsequent to March 3, 2025" compares with a date, it spans none)
            if any(is_negation(w) for w in words[i + 2:u]):
                break
            for v in range(u + 1, min(hi, u + 1 + _SPAN_TIME_WORDS)):
                if tokens.marked(STOP_GAP, v):
                    break
                if words[v] in _SPAN_ENDS or YEAR.fullmatch(words[v]):
                    return u, v
                if words[v] not in ("the", "a"):
                    break
    return None


def _hedge_at(words: list[str], u: int) -> tuple[int, int] | None:
    """The hedge ending at word u (an adverb, or the last word of "in most cases"), or None."""
    if words[u] in _HEDGES:
        return u, u
    for phrase in _HEDGE_PHRASES:
        start = u - len(phrase) + 1
        if start >= 0 and tuple(words[start:u + 1]) == phrase:
            return start, u
    return None


# A start put at a later document ("beginning with our next press release", "starting with the
# Company's next quarterly report", "from our next filing onward"): what the clause says holds
# from then on, not in this document.
_STARTING = frozenset("beginning starting commencing".split())
_LATER_DOCUMENT_WORDS = 5  # "with" + "EFSC's next" + "press release"
_NEXT_WORDS = frozenset("next later future subsequent upcoming forthcoming".split())
_STARTING_REACH = 12  # words before the element's first word a "beginning with ..." may stand


def starts_with_later_document(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A phrase in the element's own sentence that makes it start with a later document
    ("The words ... will, beginning with EFSC's next press release, be used to identify ..."):
    the tokens from "beginning" (or "starting", "commencing") to the document noun, or None. Read from
    a few words before the element's first word to its end; the later word and a document noun must
    follow within a few words."""
    words = tokens.words
    # (from a few words before the element's first word: a sentence without stops can run to the
    # end of a document, and every reading would scan it from its start)
    for t in range(max(lo, first - _STARTING_REACH), min(last, hi)):
        if words[t] not in _STARTING or t + 2 >= hi or words[t + 1] not in ("with", "in", "from"):
            continue
        later = False
        for u in range(t + 2, min(hi, t + 2 + _LATER_DOCUMENT_WORDS)):
            if tokens.marked(HARD_GAP, u) and u > t + 2:
                break
            if words[u] in _NEXT_WORDS:
                later = True
            elif later and words[u] in DOCUMENT_NOUNS:
                return t, u
    return None


# The bound of a calendar period put after "as of" / "as at" ("as of the end of the year", "as at
# the close of the quarter", "as of fiscal year-end", "as of the beginning of next year"): a date
# the calendar fixes, not the time the statements are made, whatever explicit date follows it
# ("as of the end of the year, December 31, 2021"). A period of the document itself ("as of the
# end of this call") is its own time and is left alone.
_PERIOD_EDGES = frozenset("end close beginning start middle".split())
_EDGE_PERIODS = frozenset("year years quarter quarters month months week weeks half period fiscal".split())
_EDGE_WORDS = 5  # "of" + "our current fiscal" + "year"
_EDGE_LEAD = frozenset("the our its this next current coming following fiscal calendar".split())


def period_edge_as_of(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """"as of"/"as at" + the end, close, beginning or start of a period, or "year-end" /
    "quarter-end": the tokens from "as" to the period's noun, or None."""
    words = tokens.words
    for a in range(lo, hi - 3):
        if words[a] != "as" or words[a + 1] not in _ANCHORS or tokens.marked(HARD_GAP, a + 1):
            continue
        t = a + 2
        while t < hi and words[t] in _EDGE_LEAD and t < a + 5:
            t += 1  # "as of the end", "as of fiscal year-end", "as of our next year-end"
        if t + 1 >= hi or tokens.marked(HARD_GAP, t) or tokens.marked(HARD_GAP, t + 1):
            continue
        if words[t] in _EDGE_PERIODS and words[t + 1] in ("end", "close"):
            return a, t + 1  # "year-end", "quarter end"
        if words[t] not in _PERIOD_EDGES or words[t + 1] != "of":
            continue
        for u in range(t + 2, min(hi, t + 2 + _EDGE_WORDS)):
            if tokens.marked(HARD_GAP, u) or words[u] in DOCUMENT_NOUNS or words[u] in BOUNDARIES:
                break
            if words[u] in _EDGE_PERIODS and words[u] != "fiscal":
                return a, u
    return None


# A clause on the moment whose verb is a reader's act ("the date this call's replay is last
# accessed", "the time the webcast is viewed"): the reader's date, however the reader is named.
_ACCESSING = frozenset("""accessed viewed heard replayed downloaded listened played visited opened retrieved
consulted streamed""".split())
# The moment's clause dated to an earlier occasion ("the date they were first made in our investor
# presentation last year", "the date it was issued two years ago"): not now.
_EARLIER_MARKS = frozenset("last prior previous preceding".split())
_MOMENT_CLAUSE_WORDS = 12
_ROLLING = frozenset("floating rolling moving sliding".split())
_MOVING = frozenset("moves advances rolls floats shifts slides".split())
_OFFSET_NOUNS = frozenset("days weeks months quarters years".split())
_OFFSETS = frozenset("after from before following later prior".split())
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten twelve fifteen thirty sixty ninety".split())


def moment_clause_elsewhen(tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
    """A moment ("date", "time", "day") whose contact or relative clause names a reader's act
    ("... is last accessed", "... is read"), an earlier period ("... last year", "... ago",
    "... previously") or a count of time off another ("a date 30 days after this call"): (moment,
    the word that shows it), or None. An "of" phrase on the moment
    ("the date of this release") is no such clause."""
    words = tokens.words
    for i in range(lo, min(hi, len(words))):
        if words[i] not in _MOMENTS:
            continue
        if i - 1 >= lo and (words[i - 1] in _ROLLING or words[i - 2 : i] == ["then", "current"]):
            return i - 1, i  # "a floating date", "the then-current date": a date that moves on
        if i + 2 >= hi or words[i + 1] in ("of", "hereof", "and", "or"):
            continue
        for t in range(i + 1, min(hi, i + 1 + _MOMENT_CLAUSE_WORDS)):
            if tokens.marked(HARD_GAP, t) or words[t] in BOUNDARIES and t > i + 1:
                break
            if words[t] in _ACCESSING or words[t] == "read" and words[t - 1] in ("is", "are", "was", "were", "be", "been", "first", "last"):
                return i, t
            if words[t] in ("ago", "previously") or (
                    words[t] in _EARLIER_MARKS and t + 1 < hi and words[t + 1] in _PERIOD_NOUNS):
                return i, t
            if words[t] in _MOVING:
                return i, t  # "a date which moves forward with each passing day"
            if words[t] == "in" and t + 1 < hi and YEAR.fullmatch(words[t + 1]):
                return i, t + 1  # "the date they were originally made in 2019": a year named apart
            if words[t] in _OFFSET_NOUNS and t + 1 < hi and words[t + 1] in _OFFSETS and (
                    words[t - 1].isdigit() or words[t - 1] in _COUNT_WORDS):
                return i, t + 1  # "a date 30 days after this call": a time counted off from another
    return None


# A safe harbor said to be out of force now: provided "formerly" ("the safe harbor provisions
# formerly contained in the Act"), provided until a time gone by ("that the Act provided until
# 2020"), or provided only from a later time ("that the Act will contain from next year", "which
# will protect them beginning in 2027").
_PROVIDING = frozenset("""contain contains contained provide provides provided afford affords afforded offer offers
offered protect protects protected cover covers covered grant grants granted""".split())
_FORMER_ADVERBS = frozenset("formerly once previously".split())
_STANDING = frozenset("stood read existed".split())
_AS_STOOD_WORDS = 4  # "as" + "those Acts" + "stood"
_ENDED = frozenset("expired lapsed sunsetted sunset terminated ceased ended".split())
_ENDED_SUBJECTS = frozenset("which that have has had both all".split())
_EFFECT_VERBS = frozenset("take takes become becomes".split())
_FROM_WORDS = frozenset("from beginning starting after once".split())
_LATER_TIMES = frozenset("next enacted effective adopted passed amended later".split())
_OUT_OF_FORCE_REACH = 14  # "and Section 21E of the Exchange Act as those Acts stood before": past a second citation


def provision_out_of_force(tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
    """A verb of providing or containing in the element's clause marked as former ("formerly
    contained"), as lasting until a time ("provided until 2020"), or as future from a later time
    ("will contain from next year"): (first, last) tokens of the marking, or None."""
    words = tokens.words
    end = min(hi, len(words), last + 1 + _OUT_OF_FORCE_REACH)
    stood = _law_as_it_stood(tokens, last, hi)
    if stood is not None:
        return stood
    for t in range(max(lo, first - 2), end):
        if t > last and (tokens.marked(SENTENCE_GAP, t) or ";" in tokens.gap(t)):
            return None
        if words[t] not in _PROVIDING and words[t] not in _ENDED and words[t] not in _EFFECT_VERBS:
            continue
        if words[t] in _PROVIDING and t - 1 >= lo and words[t - 1] in _FORMER_ADVERBS:
            return t - 1, t
        if words[t] in _ENDED and t > last and words[t - 1] in _ENDED_SUBJECTS:
            return t - 1, t  # "..., which expired last year", "..., which have lapsed"
        if words[t] in _EFFECT_VERBS and t + 2 < end and words[t + 1] in ("effect", "effective") and (
                words[t] in ("take", "takes", "become", "becomes") and t > last) and words[t + 2] in (
                "in", "from", "on", "next") and any(YEAR.fullmatch(w) or w == "next" for w in words[t + 2 : t + 4]):
            return t, t + 2  # "..., which take effect in 2030": not yet in force
        if words[t] not in _PROVIDING:
            continue
        later = next((u for u in range(t + 1, min(end, t + 4)) if words[u] in _UNTIL), None)
        if later is not None and words[t].endswith("ed") and any(
                YEAR.fullmatch(w) or w in _EARLIER_MARKS for w in words[later + 1 : later + 4]):
            return t, later
        future = t - 1 >= lo and (words[t - 1] in ("will", "shall") or (
            t - 2 >= lo and words[t - 2] in ("will", "shall") and words[t - 1] in ("only", "first", "then")))
        if not future or any(w in _PROVIDING for w in words[max(lo, first - 2) : t - 1]):
            continue  # "... provides, and will provide from next year as well": in force now too
        for u in range(t + 1, min(end, t + 1 + _OUT_OF_FORCE_REACH)):
            if tokens.marked(STOP_GAP, u):
                break
            if words[u] in _FROM_WORDS and any(
                    YEAR.fullmatch(w) or w in _LATER_TIMES for w in words[u + 1 : u + 4]):
                return t - 1, u
    return None


_STOOD_REACH = 30  # from the element's last word over a second citation to "as those Acts stood before"


def _law_as_it_stood(tokens: Tokens, last: int, hi: int) -> tuple[int, int] | None:
    """"as those Acts stood before 1995", "as it read prior to its repeal" after the element in its
    sentence: the law in an earlier version, not as it is. (stood, before) tokens, or None."""
    words = tokens.words
    for t in range(last + 1, min(hi, len(words) - 1, last + 1 + _STOOD_REACH)):
        if tokens.marked(STOP_GAP, t):
            return None
        if words[t] in _STANDING and words[t + 1] in ("before", "prior") and "as" in words[
                max(last + 1, t - _AS_STOOD_WORDS) : t]:
            return t, t + 1
    return None
