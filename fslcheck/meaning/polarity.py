"""Polarity: whether a proposition's reading is affirmed, negated, reversed, open-ended, past or
another's. The negation cues bearing on each key part are collected clause by clause
(`_cues`, `_part_cues`), counted (`_counted`), and the count reread against the forms that undo or
turn it (`_reread`): a comparative, a past or former practice, an open-ended time, a denial after
the part.

`PolarityReadings` is a mixin of `fslcheck.meaning.proposition.Proposition`: its methods read the
proposition's parts and options (`negation_on`, `negated_by`, `open_ended`, ...), and the readings
of `fslcheck.meaning.negation`, `denials`, `times` and `updating` do the work.
"""

from __future__ import annotations

import re

from ..words import ocr_skeleton
from .clauses import HARD_STOP, Tokens
from .denials import (
    answered_no, asked_in_place, rhetorical_question, whether_clause, denied_in_advance, conceded_then_ceased, conceded_then_rejected, withdrawn_after_concession, counterfactual, denied_after, denied_condition, disowned_after, met_exception, causes_eliminated_next,
    disregarded_after, disregarded_before, privative_elaborated, taken_back_after, answers_unreal_condition,
    exception_covers_all, in_unreal_condition, rejected_after, unreal_then_denied, inapplicable_after,
    caution_lapsed, caution_taken_back_after, dismissal_of_caution_denied, emptied_in_aside, possibility_ruled_out_after, emptied_later, exception_takes_own, removed_later, withdrawn_after, filing_standing_lapsed, filed_only_once, pointer_set_aside, filings_leave_out,
    answers_fronted_supposition, awaits_directive, reliability_asserted, retracted_after, words_denied_by_concession)
from .lexicon import (
    LIMITING_VERBS, RELIANCE_NOUNS,
    BLAMED, BOUNDARIES, FALSEHOODS, FILLERS, FINITE_VERBS, IMPLICIT_NEGATORS, IMPRUDENT_ACTS, INCAPABLE,
    JUDGED_ACTS, MODALS, MONTH_ABBREVIATIONS, MONTHS, RARELY_AFTER_ONLY, READERS, UNTRUSTWORTHY, WRONGNESS, WRONG_ACTS, dated_by_do,
    degree_infinitive, ends_like_a_past, is_incapacity, is_local_negation, is_negation, is_negative_form,
    overlooked, rare_occasions, slight_likelihood, small_amount, limiting_verb, OVERLOOKING, conjunction_yet)
from .negation import (
    direct_negation, implicit_negator, negation_after, negation_after_as_aside, negative_subject, no_more_than, no_more_across, kept_from_before,
    not_beside, other_than_before, set_aside)
from .ownership import PERIOD_NOUNS
from .speakers import subject_then_verb
from .syntax import (
    AUXILIARIES, CLAUSE_OPENERS, COPULAS, HARD_GAP, SENTENCE_GAP, correcting_predicate, exceptive_at,
    governs_up_to, in_closed_relative, joins_listed_words, joins_nouns, NEW_SUBJECTS, RELATIVES, sentence_low,
    subject_changes)
from .terms import AFFIRMED, ANY, Candidate, NEGATED, OPEN_ENDED, PAST, REVERSED, UNREAD, Term
from .times import (
    PAST_AUXILIARIES, bounded_by_an_event, denied_expiry, ended_in_the_past, event_date, extended_time,
    abandoned_plan, date_span, former_state, hedged_date, in_a_past_period, optional_date, past_habit, past_raising, perfect_cause, readers_date,
    moment_clause_elsewhen, period_edge_as_of, provision_out_of_force, runs_on_from, starts_with_later_document)
from .updating import (
    COMPARATIVES, COMPARATIVE_REACH, abandoned_practice, commitment_after, commitment_despite, comparative_after,
    elliptical_commitment, exceptive_after, fronted_exception, habitual_exception, intention_beside_aside,
    limited_in_time, only_as_the_law_requires, scheduled_update, unexcused_exception)

_PRESENT_COPULAS = frozenset("is are remain remains".split())
_SEMICOLON = re.compile(";")
# one-word asides a judgement may be parted from its clause by, commas either side
_ASIDE_ADVERBS = frozenset("however though nevertheless nonetheless indeed surely certainly clearly plainly".split())
_NEGATION_REACH = 20  # words before a part a negation cue may stand
# an object coordinated after a comma that shares the verb denying the first ("disclaims any
# obligation to update them, and any intention to do so")
_SHARED_DETERMINERS = frozenset("any every all".split())
_SHARED_REACH = 25  # words from the conjunct's "and" back to the first object's determiner
_SHARED_CONJUNCT_WORDS = 8  # the conjunct read for a verb of its own ("and any intention to do so")


_FILING_VERBS = frozenset("file files filed furnish furnishes furnished".split())
# Verbs that say what a document calls something ("describe as", "characterize as")
_CHARACTERIZING = frozenset("""describe describes described characterize characterizes characterized
characterise characterises characterised identify identifies identified list lists listed regard regards
regarded treat treats treated classify classifies classified portray portrays portrayed present presents
presented""".split())
_COMPARED_SETS = frozenset("those these that the ones any".split())


def _other_than_listed(tokens: Tokens, e: int, hi: int) -> int | None:
    """A part named and then set apart from what follows it, right after: "words other than
    'expects', 'believes' and 'plans'" are not those words. Its "other", or None; not a set
    compared by a pronoun or a noun phrase ("factors other than those described ..."), which
    adds to the part rather than excluding its own instances."""
    words = tokens.words
    t = e + 1
    if t + 2 >= hi or words[t] != "other" or words[t + 1] != "than" \
            or tokens.marked(HARD_GAP, t) or tokens.marked(HARD_GAP, t + 1):
        return None
    return None if words[t + 2] in _COMPARED_SETS else t


_JURISDICTION_WORDS = frozenset("united states u s federal".split())


def _elaborated_noun(tokens: Tokens, b: int, lo: int) -> int | None:
    """The noun a part elaborates after ", including" (the word at `b`, past "the" and a
    jurisdiction's name): "not within the meaning of applicable securities legislation, including
    the United States Private Securities Litigation Reform Act" names the Act as one of the laws
    the negation takes in. The noun's last word, or None."""
    words = tokens.words
    while b > lo and (words[b] == "the" or words[b] in _JURISDICTION_WORDS):
        b -= 1
    if b - 1 > lo and words[b] == "including" and "," in tokens.gap(b) and words[b - 1].isalpha():
        return b - 1
    return None


def _citation_end(tokens: Tokens, b: int, lo: int) -> int | None:
    """The last word of a statute's citation whose tail stands before the coordinator at `b`:
    its year or "Act" ("... Securities Act of 1933", "... Securities Act"), past an "as amended"
    and a defined name in parentheses or after "or" ("(the "Securities Act")", ", or the
    Securities Act"); None when the words before `b` end no citation."""
    words = tokens.words
    i = b - 1
    if ")" in tokens.gap(b):
        # a defined name in parentheses: back to the word before its "("
        opening = next((j for j in range(i, max(lo, i - 6) - 1, -1) if "(" in tokens.gap(j)), None)
        if opening is None:
            return None
        i = opening - 1
    elif i - 3 >= lo and "or" in words[i - 4 : i - 1]:
        # ", or the Securities Act": the name the citation is given, after "or"
        k = max(j for j in range(i - 4, i - 1) if words[j] == "or")
        if "," in tokens.gap(k) and words[k + 1] == "the" and words[i] == "act":
            i = k - 1
    if i - 1 >= lo and words[i - 1 : i + 1] == ["as", "amended"]:
        i -= 2
    if i < lo:
        return None
    if words[i] == "act" or (len(words[i]) == 4 and words[i].isdigit() and i - 2 >= lo
                             and words[i - 1] == "of" and words[i - 2] == "act"):
        return i
    return None


_CORRECTION_REACH = 8  # words from the negation to the "but" that corrects it ("not included in this release, but")


def _corrected_after(tokens: Tokens, negation: int, last: int, covered: set[int]) -> bool:
    """Whether a negated predicate that names no part is corrected by a positive one that does:
    "These risks are not listed here but are described in our Form 10-K", "... is not included in
    this release, but can be found in ...", "... are not repeated here; they are described in
    ...". The second predicate opens with "but" or after a semicolon (with a pronoun for its
    subject) and an auxiliary; the denial is then of the first one's place, not of the part after
    (which the second predicate may deny on its own: "... but are not described in our Form 10-K
    either"). Not when a part stands in the denied predicate ("are not described in our Form 10-K
    but are discussed in our investor letter")."""
    verb = correcting_predicate(tokens, negation, min(last, negation + _CORRECTION_REACH + 1))
    return (verb is not None and not any(t in covered for t in range(negation + 1, verb))
            and any(t in covered for t in range(verb + 1, last + 1)))


# A clause that gives the ground or the means of the verb before it ("not recognised merely because
# they ...", "told apart by whether they ..."): a negation of that verb reaches into it.
_GROUND_OPENERS = frozenset("because whether".split())
_GROUND_LINKS = frozenset("merely simply solely purely just only by".split())
_FEARING = frozenset("fear fears feared fearing".split())  # over a gerund: "not fear relying on them"
# A verb of rejection over a noun of assertion and its "that" clause denies the clause as "denies
# that" does: "Management rejects any suggestion that these statements may differ materially".
_REJECTING = frozenset("""reject rejects rejected rejecting dismiss dismisses dismissed refute refutes refuted
dispute disputes disputed""".split())
_ASSERTION_NOUNS = frozenset("suggestion suggestions notion idea assertion premise contention".split())
_ASSERTION_REACH = 3  # words from the verb to "that": "rejects any such suggestion that"


def _rejected_assertion(words: list[str], t: int, limit: int) -> bool:
    """Whether the verb of rejection at t takes a noun of assertion whose "that" clause runs on to
    the part at `limit` ("rejects any suggestion that", "dismisses the notion that"). A rejection
    of anything else ("the FDA rejects our application", "disputes with customers that could
    cause results to differ") denies nothing of the clause."""
    for u in range(t + 1, min(limit, t + 1 + _ASSERTION_REACH)):
        if words[u] in _ASSERTION_NOUNS:
            return u + 1 < limit and words[u + 1] == "that"
    return False


# A warning against holding a belief denies the clause believed: "Readers are cautioned against
# assuming that actual results may differ materially" tells them not to expect a difference ("we
# caution against placing undue reliance", a warning against an act, is read by the parts' own cues).
_WARNING_VERBS = frozenset("""caution cautions cautioned cautioning warn warns warned warning advise advises advised
advising counsel counsels counselled counseled""".split())
_BELIEVING = frozenset("""assuming believing expecting concluding thinking supposing presuming inferring
anticipating imagining""".split())


def _warned_against_belief(words: list[str], t: int, limit: int) -> bool:
    """Whether the "against" at t follows a verb of warning (an adverb or the readers warned may
    stand between: "cautioned strongly against", "we caution investors against") and governs a
    gerund of believing whose clause runs on to the part at `limit`."""
    if t == 0 or t + 2 > limit or words[t + 1] not in _BELIEVING:
        return False
    b = t - 1
    if b > 0 and (words[b].endswith("ly") or words[b] in READERS or words[b] == "you"):
        b -= 1
    if b > 0 and words[b] in ("the", "all", "our", "any"):
        b -= 1  # "warn all readers against"
    return words[b] in _WARNING_VERBS


def _excepted_between(words: list[str], k: int, i: int) -> bool:
    """Whether an exception ("other than", "except", "save") stands between a negation at k and i."""
    return any(exceptive_at(words, j) is not None for j in range(k + 1, i))


_CANNOT = frozenset("cannot can't couldn't".split())
_TOO_AFTER_KEY = 6  # "can't rely on these statements too heavily": the object, then "too"


def _overlooking_denied(words: list[str], t: int) -> bool:
    """Whether the word at t is a negation that governs a verb of leaving out within two words
    ("should not disregard"), or that verb under such a negation."""
    if is_negation(words[t]):
        return overlooked(words, t)
    return words[t] in OVERLOOKING and any(is_negation(w) and overlooked(words, k)
                                           for k, w in enumerate(words[max(0, t - 6) : t], start=max(0, t - 6)))


def _cannot_too(tokens: Tokens, cues: set[int], key_end: int) -> bool:
    """The idiom "cannot ... too" ("one cannot place too much reliance on them", "can't rely on
    them too heavily"): the one negation is "cannot" and "too" follows it within the key part's
    clause, so the sentence says no degree is excessive."""
    words = tokens.words
    if len(cues) != 1:
        return False
    cue = next(iter(cues))
    if not (words[cue] in _CANNOT or (words[cue] == "not" and cue > 0 and words[cue - 1] in ("can", "could"))):
        return False
    for t in range(cue + 1, min(len(words), key_end + _TOO_AFTER_KEY)):
        if t > key_end and tokens.marked(HARD_GAP, t):
            return False  # "cannot rely on them, which may prove too optimistic"
        if words[t] == "too":
            return True
    return False


_ADDRESSED = READERS | frozenset("everyone listeners participants them".split())  # "caution you about", "warn investors regarding"

_NEGATION_SKELETONS = frozenset(ocr_skeleton(w) for w in ("not", "never", "none", "nothing", "neither", "without",
                                                            "cannot", "unlikely"))


# Verbs of relating whose denial over "historical" says "about the future" ("do not relate to
# historical facts"), not a negation of the part.
_RELATING = frozenset("relate relates related describe describes concern concerns pertain pertains refer refers".split())
# Part words a relative clause cannot be said of: an adverb or a participle ("statements contained
# herein that do not describe historical facts": the clause is on "statements")
_ONLY_A = frozenset("only just but".split())  # "only a few", "but a few": few
# "zero" after these words is a level or a target, not a quantifier over what follows ("net zero
# emissions", "reduce to zero", "above zero")
_ZERO_COUNTED = frozenset("net to than above below near from at the a".split())
_AGENT_OF_INFINITIVE_WORDS = 4  # "for" + "any such investor" before "to"


def _infinitive_after_agent(tokens: Tokens, t: int, limit: int) -> str | None:
    """"to" when the "for" at t names who would act and an infinitive follows it ("for investors
    to rely", "for any reader to place"), with no verb or clause break between; else None."""
    words = tokens.words
    for u in range(t + 2, min(limit, len(words), t + 2 + _AGENT_OF_INFINITIVE_WORDS)):
        if tokens.marked(HARD_GAP, u) or words[u - 1] in AUXILIARIES or words[u - 1] in BOUNDARIES:
            return None
        if words[u] == "to":
            return "to"
    return None


_NO_ANTECEDENTS = frozenset("herein here hereby hereof therein contained included made set forth".split())
_COORDINATION_FILLERS = frozenset("other such similar additional certain these those the various related".split())
_ITEM_WORDS = 3  # the longest listed item read as one ("will be", "look forward to")

# A comment clause between commas that says whose view the clause is ("includes, we believe, no
# forward-looking statements", "contains, in our view, no ..."): it hedges the clause and opens
# none of its own, so a negation after it still stands between the verb and its object.
_COMMENT_SUBJECTS = frozenset("we i management".split())
_COMMENT_VERBS = frozenset("believe think consider submit understand feel".split())
_COMMENT_POSSESSORS = frozenset("our my management's".split())
_VIEW_NOUNS = frozenset("view opinion judgment judgement estimation assessment".split())


_MONTHS = MONTHS | MONTH_ABBREVIATIONS
_BRACKETED_NAME_WORDS = 4  # "(the "SEC")", "(the "2024 Form 10-K")"


def _past_filing_date(tokens: Tokens, e: int, hi: int) -> int | None:
    """The last token of what still names the filing after its name ends at e: a short name in
    brackets ("(SEC)", "(the "Commission")") and a filing date "on March 3, 2025" (either or
    both). None when neither follows: the reading of an aside after the name then starts at e."""
    words = tokens.words
    t = e
    if t + 1 < hi and "(" in tokens.gap(t + 1) and ")" not in tokens.gap(t + 1):
        close = next((u for u in range(t + 2, min(hi, t + 2 + _BRACKETED_NAME_WORDS)) if ")" in tokens.gap(u)), None)
        if close is None:
            return None
        t = close - 1
    if (t + 4 < hi and words[t + 1] == "on" and words[t + 2] in _MONTHS and words[t + 3].isdigit()
            and len(words[t + 4]) == 4 and words[t + 4].isdigit()
            and not HARD_GAP.search(tokens.gap(t + 1).replace(")", ""))):  # (the bracket just closed)
        t += 4
    return t if t > e else None


def _denied_conjunct(tokens: Tokens, t: int, own: set[int]) -> bool:
    """Whether "and"/"or" at t joins a second object that is "no" + a chosen part's first word
    ("includes only historical information and no forward-looking statements"): the "no" denies
    that part, as "includes no forward-looking statements" does. Not "and no one should rely on
    them" ("no" before a word that is no part) nor "... and forward-looking statements" (no "no")."""
    words = tokens.words
    return (words[t] in ("and", "or") and t + 2 < len(words) and words[t + 1] == "no"
            and t + 2 in own and t + 1 not in own and not tokens.marked(HARD_GAP, t + 1)
            and not tokens.marked(HARD_GAP, t + 2))


def _comment_aside_end(tokens: Tokens, t: int, limit: int) -> int | None:
    """The token after a comment aside that opens at t (after a comma) and closes with a comma:
    "we believe", "we would submit", "in our view", "in management's judgment". None for anything
    else: a clause with its own matter ("we expect growth,") is no comment on the clause around it."""
    words = tokens.words
    if words[t] in _COMMENT_SUBJECTS:
        verb = t + 1 + (t + 1 < limit and words[t + 1] in ("would", "do"))
        if verb >= limit or words[verb] not in _COMMENT_VERBS:
            return None
        close = verb + 1
    elif words[t] == "in" and t + 2 < limit and words[t + 1] in _COMMENT_POSSESSORS and words[t + 2] in _VIEW_NOUNS:
        close = t + 3
    else:
        return None
    if close >= limit or tokens.gap(close).strip() != "," \
            or any(tokens.gap(u).strip() for u in range(t + 1, close)):
        return None
    return close
_COORDINATED_PREDICATE_WORDS = 8  # ", and does not intend," between a disclaimer's noun and its infinitive


def _in_coordinated_predicate(tokens: Tokens, t: int, e: int, last: int) -> bool:
    """Whether token t stands in a predicate coordinated between commas after the part at e and
    before the later part at `last` ("no obligation, and does not intend, to stop updating"): its
    negation is a second disclaimer of the same infinitive, parallel to the first, not a denial
    of it."""
    b = t
    while b > e + 1 and "," not in tokens.gap(b):
        b -= 1
    if "," not in tokens.gap(b) or tokens.words[b] not in ("and", "or"):
        return False
    closing = next((k for k in range(t + 1, min(last, b + _COORDINATED_PREDICATE_WORDS) + 1)
                    if "," in tokens.gap(k)), None)
    return closing is not None and not tokens.marked(HARD_STOP, closing)


_HISTORY_WORDS = 9  # "not a statement or characterization of historical fact"


_FORMERLY = frozenset("once formerly previously originally".split())
# ... of them, those that also say "no longer" on a clause's verb ("were once described");
# "previously" and "originally" there say "already" ("risks previously disclosed in our 10-K")
_NO_LONGER = _FORMERLY - {"previously", "originally"}


_SUBJECT_REACH = 30  # words of a coordinated subject before its verb ("Form 10-K, quarterly reports on Form 10-Q, …")
_WARNED = frozenset("cautioned warned advised counselled counseled".split())  # "... is cautioned against"
_WARNED_REACH = 12  # from the part to the subject's verb: "Reliance on the forward-looking statements in this release is"


def _warned_against_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """The stranded "against" of a passive verb of warning whose subject the part ends: "Reliance
    on these statements is cautioned against", "Undue reliance on them is strongly warned
    against" warn against the subject as "against" before it does ("caution against relying on
    them"). Its token, or None. A "not" before the verb is counted apart ("is not cautioned
    against" turns the caution round); a stop, a clause opener or another finite verb first ends
    the subject, and an active verb ("we caution against") is no passive."""
    words = tokens.words
    end = min(hi, e + 1 + _WARNED_REACH)
    for t in range(e + 1, end):
        if tokens.marked(HARD_STOP, t) or words[t] in CLAUSE_OPENERS:
            return None
        if words[t] not in AUXILIARIES or words[t] == "to":
            continue
        v = t + 1
        while v < end and (words[v] in AUXILIARIES or words[v] in ("not", "never") or words[v].endswith("ly")):
            v += 1  # "has never been", "is strongly"
        if v + 1 < hi and words[v] in _WARNED and words[v + 1] == "against" and not tokens.marked(HARD_STOP, v + 1):
            return v + 1
        return None
    return None
_PURPOSED = frozenset("intended meant designed used supposed expected".split())


_PRECEDING = frozenset("preceded precedes predated predates antedated antedates".split())
_PRECEDING_REACH = 7  # words from the verb to the part ("preceded the United States Private Securities Litigation Reform Act")
_PAST_SENSES = frozenset("used defined understood meant construed".split())
# ... or the sense the word itself carried: "the sense the term bore before"
_SENSE_BEARING = frozenset("bore had carried held".split())
_TERM_NOUNS = frozenset("term terms phrase expression expressions word words".split())


# adverbs that hedge a denied modal without undoing it: "will not necessarily be made"
_HEDGING_ADVERBS = frozenset("necessarily always".split())
# A verb of declaring a disclaimer under a modal of possibility only reserves it: "We may disclaim
# any obligation to update" makes no disclaimer (nor "might", "could"); "We disclaim" and "may not
# update" are untouched.
_DECLARING = frozenset("disclaim disavow repudiate renounce".split())
_RESERVING_MODALS = frozenset("may might could".split())


def _reserved_declaration(words: list[str], t: int, lo: int) -> bool:
    """Whether the verb at t is a declaring verb of a disclaimer in its bare form after "may",
    "might" or "could" (an adverb in "-ly" between: "may expressly disclaim")."""
    if words[t] not in _DECLARING:
        return False
    b = t - 1
    while b > lo and words[b].endswith("ly") and words[b] not in ("only",):
        b -= 1
    return b >= lo and words[b] in _RESERVING_MODALS
_NAME_REACH = 8
_NAME_LINKS = frozenset("on of with to under".split())


_ABSENCES = frozenset("absence lack".split())
_BY_MEANS = frozenset("by through from".split())
_FREE_OF_CHARGE = ["free", "of", "charge"]  # a price, not "free of" the risks ("available free of charge on EDGAR")


# Bare "few" is a negative quantifier ("few of them", "few, if any, statements"); with a word before
# it that makes it a count or a span it is not ("a few", "quite a few", "the few", "the next few years")
_FEW_COUNTED = frozenset("a quite not no the next past last first every these those its our their his her".split())


# A negative or scant quantifier whose noun an aside hedges or makes absolute before the predicate
# goes on ("few factors, if any, could cause", "no factors, and none that management considers
# realistic, could cause", "little chance, and in our view none, that results will differ"): the
# aside's comma opens no clause of its own for the quantifier, and its "none" only restates it.
_ASIDE_QUANTIFIERS = frozenset("few no little".split())
_QUANTIFIED_NOUN_WORDS = 4  # "few" + "additional risk factors" before the aside's comma
_HEDGING_ASIDE_WORDS = 10   # ", and none that management considers realistic,"


def _quantifier_before_aside(tokens: Tokens, clause: int, lo: int) -> int | None:
    """The quantifier of a noun phrase that ends just before an aside closing at `clause` (the
    start of the predicate's clause), when the aside is "if any" or restates the quantifier with
    "none", "nothing" or "no": its token, or None. "A few" is some, and counts for nothing."""
    words = tokens.words
    if clause - 2 > lo and words[clause - 1] == "that" and "," in tokens.gap(clause - 1):
        clause -= 1  # the complement after the aside: "little chance, and in our view none, that results ..."
    if clause - 2 <= lo or "," not in tokens.gap(clause):
        return None
    opening = next((k for k in range(clause - 1, max(lo, clause - 1 - _HEDGING_ASIDE_WORDS), -1)
                    if "," in tokens.gap(k)), None)
    if opening is None or any(tokens.marked(HARD_GAP, k) and "," not in tokens.gap(k)
                              for k in range(opening, clause + 1)):
        return None
    aside = words[opening:clause]
    if not (aside[:2] == ["if", "any"] or (aside[:1] and aside[0] in ("and", "or", "indeed")
                                           and any(w in ("none", "nothing", "no") for w in aside))):
        return None
    for j in range(max(lo, opening - _QUANTIFIED_NOUN_WORDS), opening):
        if words[j] in _ASIDE_QUANTIFIERS and not (j > lo and words[j - 1] in ("a", "quite", "not")):
            return j
    return None


# Words that join a denial to a stronger one restating it: "unlikely, indeed inconceivable",
# "remote, even impossible", "improbable, or in fact impossible"
_INTENSIFIERS = frozenset("indeed even perhaps arguably actually fact".split())
_RESTATING_WORDS = _INTENSIFIERS | frozenset("or and in".split())


def _restated_denial(words: list[str], a: int, b: int) -> bool:
    """Whether the negation cue at b restates the one at a: only an intensifier ("indeed",
    "even", "in fact"), perhaps with "or"/"and", stands between them. Two such cues are one
    denial, not a double negation that would cancel out."""
    between = words[a + 1 : b]
    return (0 < len(between) <= 3 and all(w in _RESTATING_WORDS for w in between)
            and any(w in _INTENSIFIERS for w in between))


def _few_denies(words: list[str], t: int) -> bool:
    """Whether "few" at t denies as a quantifier: bare, and before "of", "if any" or a plural noun."""
    if t > 0 and words[t - 1] in _FEW_COUNTED:
        return False
    if any(rare_occasions(words, k) for k in range(max(0, t - 3), t)):
        return False  # "in (very) few cases": read whole as a phrase of rare occurrence
    following = words[t + 1 : t + 3]
    if following[1:] in (["which"], ["whom"]):
        return False  # "risks, few of which we control": a relative clause of its own
    if following[:1] == ["of"] or following == ["if", "any"]:
        return True
    # the plural head of its noun phrase, perhaps after modifiers ("few additional risk factors")
    for word in words[t + 1 : t + 1 + _FEW_NOUN_WORDS]:
        if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
            return True
        if not word.isalpha() or word in BOUNDARIES or word in FINITE_VERBS or word in MODALS:
            return False
    return False


_FEW_NOUN_WORDS = 4  # "few" + "other important risk factors"


_HEDGES = (["if", "any"], ["if", "ever"])
_RESERVED_HEDGES = (["at", "all"],)  # "relied on, if at all, only with caution"


def _hedge_of_quantifier(words: list[str], t: int) -> bool:
    """Whether "if" at t opens the hedge of a negative quantifier or adverb just before it ("few,
    if any,", "little, if any,", "seldom, if ever,"): the hedge only says the amount may be none,
    and opens no condition the negation stops at."""
    return words[t : t + 2] in _HEDGES and t > 0 and words[t - 1] in _HEDGED_NEGATIVES


_HEDGED_NEGATIVES = frozenset("few little seldom rarely hardly scarcely".split())


def _elliptical_clause(tokens: Tokens, chosen: dict[str, tuple[int, int]]) -> int | None:
    """The joining word of a main clause that holds the last part and ends right after it on an
    infinitive's "to" ("..., and we do not intend to."), when the other parts stand in the clause
    before it: the "and" or "but", or None."""
    words = tokens.words
    last_start, last_end = max(chosen.values())
    to = last_end + 1
    if to >= len(words) or words[to] != "to" or (to + 1 < len(words) and not tokens.marked(SENTENCE_GAP, to + 1)):
        return None
    earlier = [s for s, _ in chosen.values() if s < last_start]
    if not earlier:
        return None
    for j in range(last_start - 1, max(earlier), -1):
        if words[j] in ("and", "but") and "," in tokens.gap(j) and subject_then_verb(tokens, j + 1):
            return j
        if (words[j] == "nor" and "," in tokens.gap(j) and j + 2 < last_start
                and words[j + 1] in _INVERTED_AUXILIARIES):
            # "..., nor does it intend to.": "nor" with the auxiliary before its subject denies the
            # second clause once, as "and it does not intend to" would; the "nor" is its negation
            return j - 1
    return None


def _nor_aside(tokens: Tokens, t: int, chosen: dict[str, tuple[int, int]]) -> bool:
    """Whether the "nor" at t opens an aside set off by commas before a later part (", nor does it
    intend, to update"): the part after it is shared with the clause before."""
    later = [a for a, _ in chosen.values() if a > t]
    if not later or not any(s < t for s, _ in chosen.values()):
        return False
    if any(is_negation(w) for w in tokens.words[t + 1 : min(later)]):
        return False  # "not without an obligation, nor without the intention, to update": "nor" negates its own "without"
    return any("," in tokens.gap(u) for u in range(t + 1, min(later) + 1))


def _plain_negator(word: str) -> bool:
    """A word that negates by itself ("no", "not", "never", "cannot", "doesn't")."""
    return word in _PLAIN_NEGATORS or word.endswith("n't")


_PLAIN_NEGATORS = frozenset("no not never none neither cannot".split())


_INVERTED_AUXILIARIES = frozenset("does do did will would can could shall should is are was were has have had".split())


def _placed(tokens: Tokens, chosen: dict[str, tuple[int, int]], polarity: str, cue: str = "",
            cue_span: tuple[int, int] | None = None) -> Candidate:
    """The candidate the chosen parts make (where it stands, the words of each part), with the
    polarity given."""
    first = min(s for s, _ in chosen.values())
    last = max(e for _, e in chosen.values())
    parts = {name: tokens.span_text(s, e) for name, (s, e) in chosen.items()}
    spans = {name: (tokens.starts[s], tokens.ends[e]) for name, (s, e) in chosen.items()}
    return Candidate(tokens.starts[first], tokens.ends[last], parts, polarity, cue, cue_span, part_spans=spans)


def unread_candidate(tokens: Tokens, chosen: dict[str, tuple[int, int]], lacks: list[str]) -> Candidate:
    """The closest wording, incomplete: where it stands and the parts it has and `lacks`, its
    polarity not read (`UNREAD`: the report says what it lacks, never how it reads)."""
    candidate = _placed(tokens, chosen, UNREAD)
    candidate.complete, candidate.lacks = False, lacks
    return candidate



_LIMITED_AFTER_REACH = 12  # words from the reliance noun to the passive that bounds it
_PASSIVE_BE = frozenset("be been being is are was were".split())
_PASSIVE_ADVERBS = frozenset("kept strictly carefully appropriately severely duly".split())


def _limited_after(tokens: Tokens, index: int, hi: int) -> int | None:
    """The participle of a bounding verb that, in a passive after the reliance noun at `index`,
    keeps it within bounds ("Reliance on forward-looking statements should be limited", "any
    reliance placed on them must be restricted"), or None. Read up to a clause break; "be" (or a
    form of it) stands right before the participle, an adverb or "kept" between them at most."""
    words = tokens.words
    if words[index] not in RELIANCE_NOUNS:
        return None
    for t in range(index + 1, min(hi, index + 1 + _LIMITED_AFTER_REACH)):
        if tokens.marked(HARD_GAP, t) or words[t] in ("which", "that", "who", "while", "but", "because"):
            return None
        if words[t] in _PASSIVE_BE:
            v = t + 1
            while v < hi and words[v] in _PASSIVE_ADVERBS:
                v += 1
            if v < hi and words[v] in LIMITING_VERBS and words[v].endswith("ed"):
                return v
    return None


_COORDINATORS = frozenset("and or nor".split())
_CONJUNCT_WORDS = 8  # words of the earlier conjunct read back from its coordinator ("only in their timing, and")
_CONJUNCT_OPENING = 3  # words from the coordinator to the later conjunct's denial ("and do not refuse")
_CONJUNCT_OPENERS = AUXILIARIES | MODALS | frozenset(
    "we i you it they he she in as to by for with on at of from also certainly".split())
_RESTRICTING = frozenset("only merely solely just".split())  # "not merely in timing": a denied restriction


def _denied_restriction(words: list[str], u: int) -> bool:
    """Whether the restricting word at u ("only", "merely") is itself denied ("not merely in
    their timing", "never only as to timing"): the pair says "not confined to", and is no cue."""
    return words[u] in _RESTRICTING and u > 0 and words[u - 1] in ("not", "never")


def _coordinator_before(tokens: Tokens, b: int, a: int) -> int | None:
    """The coordinator that opens the conjunct of the cue at b, within a few words before it and
    after the cue at a ("..., and not materially", "..., and in no lasting respect", "only in
    their timing, not in their amount": a comma before a plain negation opens a contrastive
    conjunct): its token (b itself for a comma), or None."""
    words = tokens.words
    for c in range(b, max(a, b - _CONJUNCT_OPENING - 1), -1):
        if tokens.marked(SENTENCE_GAP, c) or words[c] in CLAUSE_OPENERS or words[c] in RELATIVES:
            return None
        if c < b and words[c] in _COORDINATORS:
            # (only before words that open a parallel conjunct: "and we do not", "and in no", not
            # a coordinated noun, "cautions readers and investors not to rely")
            return c if all(w in _CONJUNCT_OPENERS for w in words[c + 1 : b]) else None
        if (c == b and "," in tokens.gap(c) and _plain_negator(words[c]) and words[c] != "neither"
                and words[c - 1] not in _ASIDE_ADVERBS and words[c + 1 : c + 2] != ["to"]):
            # (not the close of an aside, nor an infinitive the earlier cue governs: "It would be
            # unwise, however, not to place full reliance" stacks the judgement on the negation)
            return c
    return None


def coordinated_denials(tokens: Tokens, cues: set[int]) -> set[int]:
    """The cues of a later conjunct that repeat the denial of an earlier one, to be dropped: in
    "may differ only in their timing, and not materially", "not materially, and not adversely",
    "does not disclaim, and does not refuse, any obligation" each conjunct carries one denial of
    its own word; coordinated, they deny together and do not cancel as a negation of a negation
    on one word does ("not unlikely", "it is not the case that we do not undertake"). Counted per
    conjunct: a later conjunct with an odd count beside an earlier one with an odd count says
    the same again (an even count in either changes nothing, or is a stacked negation)."""
    words = tokens.words
    dropped: set[int] = set()
    ordered = sorted(cues)
    for n in ordered:
        # "neither disclaims nor declines any obligation": "neither" and "nor" deny each conjunct
        # once, so conjuncts with cues of their own of the same parity say the same thing
        # ("not disclaim" and "not decline" both accept the duty); the later one's are dropped
        if words[n] != "neither":
            continue
        nor = next((u for u in range(n + 1, min(len(words), n + _CONJUNCT_WORDS + 1)) if words[u] == "nor"), None)
        if nor is None:
            continue
        first = [t for t in ordered if n < t < nor]
        second = [t for t in ordered if nor < t <= nor + _CONJUNCT_OPENING]
        if first and second and len(first) % 2 == len(second) % 2:
            dropped.update(second)
    for i, b in enumerate(ordered):
        if i == 0 or b in dropped:
            continue
        c = _coordinator_before(tokens, b, ordered[i - 1])
        if c is None:
            continue
        # the later conjunct: from the coordinator to the next comma or coordinator
        end = b
        while end + 1 < len(words) and end + 1 - c <= _CONJUNCT_WORDS and not tokens.marked(HARD_GAP, end + 1) \
                and words[end + 1] not in _COORDINATORS and words[end + 1] not in CLAUSE_OPENERS:
            end += 1
        later = [t for t in ordered if c <= t <= end and t not in dropped]
        # the earlier conjunct: back from the coordinator to a clause opener, a coordinator or
        # a sentence gap
        start = c - 1
        while start - 1 >= 0 and c - start < _CONJUNCT_WORDS and not tokens.marked(SENTENCE_GAP, start) \
                and words[start - 1] not in _COORDINATORS and words[start - 1] not in CLAUSE_OPENERS \
                and words[start - 1] not in RELATIVES:
            start -= 1
        earlier = [t for t in ordered if start <= t < c and t not in dropped]
        if earlier and later and len(earlier) % 2 == 1 and len(later) % 2 == 1:
            dropped.update(later)
    return dropped


_NEGATION_AT = object()  # the memo key of `PolarityReadings._negation_at`


class PolarityReadings:
    """The readings of a candidate's polarity (see the module notes)."""

    def _candidate(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], lo: int, hi: int,
                   covered: set[int] = frozenset(), inner: frozenset[int] = frozenset()) -> Candidate:
        """The candidate the chosen parts make, with its polarity. `covered`: every token of a
        part's occurrence; `inner`: those after an occurrence's first word ("and" in "securities
        and exchange commission"), which end no clause."""
        given = [s for name, (s, _) in chosen.items() if name in self.presupposed_parts]
        if given:
            lo = max(lo, min(given))  # the clause that embeds them does not reach them
        cues = self._cues(tokens, chosen, lo, hi, covered, inner)
        polarity, cue_tokens = self._counted(tokens, chosen, cues, lo, hi)
        polarity, cue_tokens = self._reread(tokens, chosen, polarity, cue_tokens, lo, hi)
        cue_span = (tokens.starts[cue_tokens[0]], tokens.ends[cue_tokens[1]]) if cue_tokens else None
        cue = tokens.text[cue_span[0] : cue_span[1]] if cue_span else ""
        return _placed(tokens, chosen, polarity, cue, cue_span)

    def _cues(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], lo: int, hi: int,
              covered: set[int], inner: frozenset[int]) -> set[int]:
        """The tokens that turn the chosen parts around: the negations bearing on each key part
        (`_part_cues`), a comparative, a negation of a part the clause scan does not reach, a
        negative subject, a question answered "no", an exception that makes a negation say "only".
        Their count decides the polarity (`_counted`)."""
        first = min(s for s, _ in chosen.values())
        last = max(e for _, e in chosen.values())
        cues: set[int] = set()
        # a negation that is a part's own word ("not to match") belongs to that part
        own = {t for n, (a, b) in chosen.items() for t in range(a, b + 1)}
        for name, (s, e) in chosen.items():
            if name in self.negation_on:
                self._part_cues(tokens, name, s, e, lo, hi, covered, inner, own, last, cues)
        comparative = comparative_after(tokens, last, hi)
        if comparative is None:
            comparative = self._comparative_before(tokens, chosen, hi)
        if comparative is not None and any(n in self.negation_on for n in chosen):
            cues.add(comparative)
        for name, (s, e) in chosen.items():
            # A part the clause scan does not turn around, denied where it stands: "identify
            # statements that are not forward-looking", "... historical facts rather than
            # forward-looking statements".
            if name not in self.negation_on:
                cue = direct_negation(tokens, s, lo)
                cue = cue if cue is not None else implicit_negator(tokens, s, lo)  # "absent from"
                if cue is None and not self.negative:
                    cue = withdrawn_after(tokens, e, hi)  # "forward-looking statements, since withdrawn,"
                if cue is None and not self.negative:
                    cue = disregarded_after(tokens, e, hi)  # "forward-looking statements, which we have since removed"
                if cue is None and not self.negative:
                    cue = _other_than_listed(tokens, e, hi)  # "identified by words other than 'expects', ..."
                if cue is not None:
                    cues.add(cue)
        if any(n in self.negation_on for n in chosen):
            # up to the key part: "No one should rely on these statements, which speak only as of …"
            key = min(s for n, (s, _) in chosen.items() if n in self.negation_on)
            subject = negative_subject(tokens, max(first, key), lo)
            # (not a negative subject of a verb of dismissing: "No reader should overlook the
            # caution against ...", "Nobody should ignore the risks described in ..." heed them)
            if subject is not None and not (dismissal_of_caution_denied(tokens, subject, key) or (
                    not self.negative and overlooked(tokens.words, subject))):
                cues.add(subject)
        words = tokens.words
        if any(words[t] == "nor" for t in cues) and any(words[t] == "neither" for t in cues):
            cues = {t for t in cues if words[t] != "nor"}  # "neither ... nor" is one negation
        if any(words[t] == "nor" for t in cues):
            # "no obligation, nor does it intend, to update", "does not undertake, nor does it
            # intend, to update": a "nor" between the parts, after a plain negation, carries that
            # negation on to the next conjunct, as "neither ... nor" does; it never cancels it (a
            # "nor" after the parts, "..., nor does it intend to.", is read as its own clause)
            cues = {t for t in cues if words[t] != "nor" or not _nor_aside(tokens, t, chosen)
                    or not any(u < t and _plain_negator(words[u]) for u in cues)}
        if len(cues) > 1:
            # "unlikely, indeed inconceivable," says one denial twice, the second stronger
            cues -= {b for a in cues for b in cues if a < b and _restated_denial(words, a, b)}
        if any(n in self.negation_on for n in chosen):
            compared = no_more_across(tokens, first, last, lo)
            if compared is not None:
                cues.add(compared)  # "You are no more able to identify them than historical ones by words such as"
            kept = kept_from_before(tokens, first, lo)
            if kept is not None:
                cues.add(kept)  # "We discourage you from trying to find these statements by looking for words such as"
        ceased = conceded_then_ceased(tokens, first, last, sentence_low(tokens, first, lo), hi)
        if ceased is not None:
            # "Although we previously undertook to update them, we no longer do so": the main
            # clause denies, now, what the concession grants
            cues.add(ceased)
        rhetorical = rhetorical_question(tokens, first, last, lo)
        if rhetorical is not None:
            # "Why would these statements speak only as of today?": the question doubts what it holds
            cues.add(rhetorical)
        asked = asked_in_place(tokens, first, last, lo)
        if asked is not None:
            # "These statements speak as of what date?": the question asks for a part, not says it
            cues.add(asked)
        if not self.negative and not self.future and not cues:
            # (only over a reading nothing else turns round: "Whether a statement is forward-
            # looking bears no relation to its use of terminology such as" is denied by its main
            # clause, and the question does not cancel that denial)
            opened = whether_clause(tokens, first, last, lo)
            if opened is not None:
                # "Whether this release contains forward-looking statements is a question we
                # leave open": a clause of "whether" holds its content in question (a caution of
                # what may happen keeps it: "whether results will differ materially is uncertain"
                # still warns that they may)
                cues.add(opened)
        answer = answered_no(tokens, first, last, lo)
        if answer is not None:
            # "Is a safe harbor statement needed here? We think not.": a yes/no question states
            # nothing; a short answer that denies it says the opposite of what it asks
            cues.add(answer)
        if not self.negative:
            removed = removed_later(tokens, last, hi)  # "..., but those statements have since been removed"
            if removed is None:
                removed = emptied_later(tokens, last, hi)  # "Only statements labelled X are ..., and there are none"
            if removed is None:
                removed = emptied_in_aside(tokens, lo, last)  # "The statements ... (and, we note, there are none) are ..."
            if removed is None:
                removed = possibility_ruled_out_after(tokens, last, hi)  # "... (a possibility the board has ruled out)"
            if removed is not None:
                cues.add(removed)
            whole = exception_covers_all(tokens, first, lo)  # "Except for X, which makes up the whole of it, ..."
            if whole is not None:
                cues.add(whole)
        if cues and not self.negative:
            exceptive = exceptive_after(tokens, last, hi)
            if exceptive is not None:
                # "No forward-looking statement speaks as of any date other than the date on
                # which it is made": a negation with an exception says "only"
                cues.add(exceptive)
        own_excepted = exception_takes_own(tokens, first, lo)  # "Except as to the forward-looking information in this news release, ..."
        if own_excepted is not None:
            cues.add(own_excepted)
        elliptical = _elliptical_clause(tokens, chosen)
        if elliptical is not None:
            # "We never update these statements, and we do not intend to": the second clause takes
            # up the first one's verb, not its negation; each clause denies the update once
            cues = {t for t in cues if t > elliptical}
        if len(cues) > 1:
            cues -= coordinated_denials(tokens, cues)
        return cues

    def _part_cues(self, tokens: Tokens, name: str, s: int, e: int, lo: int, hi: int, covered: set[int],
                   inner: frozenset[int], own: set[int], last: int, cues: set[int]) -> None:
        """Add to `cues` the negations that bear on the key part `name` at [s, e]: those of its
        clause before it (and a denied ground, a contrast that sets it aside), a negative form of
        its own word, those after it (a denying verb, an incapacity, a relative clause or a
        participle that takes it back), and one between it and a later part of the clause (up to
        `last`). Whether a relative clause after the part counts depends on the cues found so far,
        so `cues` grows in place, part by part."""
        sentence_lo = sentence_low(tokens, s, lo)
        limiting = limiting_verb(tokens.words, s, sentence_lo) if self.negative else None
        if self.negative and limiting is None:
            limiting = _limited_after(tokens, s, hi)  # "Reliance on them should be limited"
        s = self._coordination_start(tokens, name, s, sentence_lo, covered)
        # the inner words of a part ("securities and exchange commission") end no clause
        clause = tokens.clause_start(s, sentence_lo, inner)
        # a negation already read on an earlier part before a coordinated predicate ("no
        # obligation, and does not intend, to ..."): the predicate's own is the same disclaimer again
        earlier = max((c for c in covered if sentence_lo <= c < clause), default=None)
        if earlier is not None and not any(sentence_lo <= c <= earlier for c in cues):
            earlier = None
        for t in range(max(clause, s - _NEGATION_REACH), s):
            if (t not in own and self._negation_at(tokens, t, s) and not tokens.in_aside(t, s, clause)
                    and not (self.negative and _reserved_declaration(tokens.words, t, sentence_lo))
                    and not (self.negative and dismissal_of_caution_denied(tokens, t, s))
                    and not in_closed_relative(tokens, t, s, sentence_lo)
                    and not (earlier is not None and _in_coordinated_predicate(tokens, t, earlier, s))
                    # (a negation before a predicate of its own: "not listed here but are described
                    # in"; for a negative element that negation is the disclaimer itself, "does not
                    # undertake, but may, update")
                    and not (not self.negative and correcting_predicate(tokens, t, s) is not None)):
                cues.add(t)
        if self.negative:
            shared = self._shared_object_negation(tokens, s, sentence_lo)
            if shared is not None:
                cues.add(shared)  # "We disclaim any obligation to update them, and any intention to do so"
        hedged = _quantifier_before_aside(tokens, clause, sentence_lo)
        if hedged is not None and self._negation_at(tokens, hedged, s):
            cues.add(hedged)  # "few factors, if any, could cause", "little chance, and in our view none, that"
        ground = self._negated_ground(tokens, clause, sentence_lo)
        if ground is None:
            ground = no_more_than(tokens, clause, sentence_lo)
        if ground is not None:
            cues.add(ground)
        rejected = set_aside(tokens, clause, s, sentence_lo)
        if rejected is None and not self.negative:
            # from the start of the whole name ("annual report on" + "Form 10-K")
            joined = s
            while (joined - 1 > sentence_lo and s - joined < _NAME_REACH
                   and (joined - 1 in covered or tokens.words[joined - 1] in _NAME_LINKS
                        or (tokens.words[joined - 1] in FILLERS and joined - 2 in covered))
                   and not tokens.marked(HARD_GAP, joined)):
                joined -= 1  # (and a filler between two of its words: "filings with the" + "SEC")
            rejected = other_than_before(tokens, joined, sentence_lo)
            if rejected is None:
                rejected = not_beside(tokens, joined, sentence_lo)  # "in its board reports, not those filed with the SEC"
        if rejected is not None:
            cues.add(rejected)
        if self.negative:
            lapsed = caution_lapsed(tokens, s, e, hi)  # "the caution not to place undue reliance on them no longer applies"
            if lapsed is None:
                lapsed = caution_taken_back_after(tokens, max(e, last), hi)  # "..., a caution the Company now withdraws"
            if lapsed is not None:
                cues.add(lapsed)
        if self.negative and s > sentence_lo and small_amount(tokens.words, s - 1):
            cues.add(s - 1)  # "Little reliance should be placed on them": the amount before the part
        if limiting is not None:
            cues.add(limiting)  # "limit any reliance you place on them": a verb that bounds the reliance
        cues.update(t for t in range(s, e + 1) if is_negative_form(tokens.words[t])
                    or (self.negative and small_amount(tokens.words, t))  # "place only limited reliance on"
                    or (self._may_negate(tokens.words[t]) and not _denied_restriction(tokens.words, t)
                        and not (self.negative and _reserved_declaration(tokens.words, t, sentence_lo))
                        and any(term.matches_at(tokens.words, t, e + 1) is not None for term in self.negated_by))
                    # a part's own words in an idiom of incapacity: "fall short" of a change is one,
                    # "fall short of causing" a difference denies the causing
                    or (tokens.words[t] == "short" and is_incapacity(tokens.words, t)))
        if s > sentence_lo and tokens.words[s - 1] in UNTRUSTWORTHY and not tokens.words[s].endswith(("ed", "ing")):
            cues.add(s - 1)  # "unreliable indicators of": a noun part denied as a source
        cue = negation_after(tokens, e, hi)
        if cue is not None and _corrected_after(tokens, cue, last, covered):
            cue = None  # "are not listed here but are described in our Form 10-K": the denial is of another place
        if (cue is None and e + 2 < hi and tokens.words[e] in MODALS and tokens.words[e + 1] in ("not", "never")
                and tokens.words[e + 2 + (tokens.words[e + 2] in _HEDGING_ADVERBS and e + 3 < hi)] == "be"):
            # a modal part denied in a passive after its subject: "Updates to them will not be made",
            # "... will not necessarily be made" (no promise either way); not "will not shirk it",
            # where the negation is the next verb's
            cue = e + 1
        if cue is None:
            cue = negation_after_as_aside(tokens, s, e, hi)
        if cue is None and self.negated_by and not (s > 0 and tokens.words[s - 1] == "to"):
            # (an infinitive is no subject: "to update them and disclaims any statement of
            # third parties" coordinates another verb with an object of its own)
            cue = self._denying_verb_after(tokens, e, hi)
            if (cue is not None and any(clause <= c < s for c in cues)
                    and _in_coordinated_predicate(tokens, cue, e, hi)):
                cue = None  # "does not intend, and disclaims any intention, to ...": one disclaimer, said twice
        if cue is not None:
            cues.add(cue)
        if self.negative and self.negated_by:
            cue = _warned_against_after(tokens, e, hi)
            if cue is not None:
                cues.add(cue)
        cue = implicit_negator(tokens, s, sentence_lo)
        if cue is not None:
            cues.add(cue)
        cue = past_habit(tokens, s, clause)
        if cue is None:
            cue = former_state(tokens, s, clause)  # "could once be identified by": no longer
        if cue is None and not self.negative:
            cue = abandoned_plan(tokens, s, clause, hi)  # "We had planned to make ... but will not"
        if cue is not None:
            cues.add(cue)
        if not self.negative and len(cues) % 2 == 0 and tokens.words[e] not in _NO_ANTECEDENTS:
            # a relative clause that denies the part ("filings ..., which do not address these
            # risks") denies it whatever the clause before says: it does not cancel a denial
            # there ("do not look to our filings, which do not address them")
            cue = denied_after(tokens, e, hi)
            if cue is None:
                # from the end of the whole mention ("filings with" + "the SEC")
                # ("annual report" + "on" + "Form 10-K"): the part's words, fillers and the
                # prepositions inside a filing's name
                end_of, linking = e, 0
                while (end_of + 2 < hi and linking < _NAME_REACH
                       and (end_of + 1 in covered or tokens.words[end_of + 1] in FILLERS
                            or tokens.words[end_of + 1] in _NAME_LINKS)
                       and not tokens.marked(HARD_GAP, end_of + 1)):
                    end_of += 1
                    # a part's own words do not count against the reach: "annual report on
                    # Form 10-K filed with the Securities and Exchange Commission" is one name
                    linking += end_of not in covered
                cue = disregarded_after(tokens, end_of, hi)
                if cue is None and end_of > e:
                    cue = denied_after(tokens, end_of, hi)  # "filings with" + "the SEC (...), none of which ..."
                if cue is None:
                    cue = withdrawn_after(tokens, end_of, hi)  # "our Form 10-K, since withdrawn,"
                if cue is None and (dated := _past_filing_date(tokens, end_of, hi)) is not None:
                    # "our Form 20-F filed with the SEC (the "Commission") on March 3, 2025, a report
                    # since superseded,": the bracketed name and the filing date belong to the name
                    cue = withdrawn_after(tokens, dated, hi)
                if cue is None:
                    cue = inapplicable_after(tokens, end_of, hi)  # "... filed with the SEC no longer apply to them"
                if cue is None and name == "filing":
                    # the filing's standing and the reader's use of it, said anywhere in its sentence
                    cue = filing_standing_lapsed(tokens, s, end_of, hi)  # "... SEC filings ... are still pending"
                    if cue is None:
                        cue = filed_only_once(tokens, s, end_of, sentence_lo, hi)  # "our 2024 Form 10-K once that report has been filed"
                    if cue is None:
                        cue = pointer_set_aside(tokens, s, end_of, sentence_lo, hi)  # "Investors should disregard ... the risk factors in"
                    if cue is None:
                        cue = filings_leave_out(tokens, s, end_of, sentence_lo, hi)  # "left unaddressed in our filings"
            if cue is None:
                cue = disregarded_before(tokens, s, sentence_lo)  # "..., which readers should ignore, including ..."
            if cue is None and self.negated_by:
                cue = privative_elaborated(tokens, s, sentence_lo)  # "absent from our filings, including ..."
            if cue is not None:
                cues.add(cue)
        # A negation between this part and a later one of the clause ("contains no
        # forward-looking statements", "filings contain no information on these risks").
        # The negation must be in the same clause as the later part: "no obligation other than
        # our obligation to update" is an obligation to update.
        pending = set()
        # after "words such as", "terms like": short comma-separated items, not clauses
        item_start = e if tokens.words[e] in ("as", "like", "including") else None
        after_comment = None
        for t in range(e + 1, last):
            if after_comment is not None and t < after_comment:
                continue  # inside a comment aside ("includes, we believe, no forward-looking statements")
            if tokens.gap(t).strip() == "," and t != after_comment:
                after_comment = _comment_aside_end(tokens, t, last)
                if after_comment is not None:
                    continue  # (before the parts' words: "we" of "we believe" may be a part's)
            if t in covered:
                continue  # a part's own words ("securities and exchange commission")
            if item_start is not None and tokens.gap(t).strip() == "," and t - item_start <= _ITEM_WORDS:
                item_start = t
                continue  # between the listed words ("such as believe, expect, plan"): no clause ends
            if t - 1 in pending and tokens.words[t - 1 : t + 1] == ["anything", "but"]:
                continue  # "anything but" is one negation, not a clause that "but" opens
            if t - 1 in pending and _hedge_of_quantifier(tokens.words, t):
                continue  # "contains few, if any, forward-looking statements": the hedge opens no condition
            if t - 2 in pending and tokens.words[t - 1] == "if" and _hedge_of_quantifier(tokens.words, t - 1):
                continue  # (its "any", "ever")
            if (tokens.marked(HARD_GAP, t) and t != after_comment) or tokens.words[t] in CLAUSE_OPENERS:
                pending = set()
                break
            if _denied_conjunct(tokens, t, own):
                # "includes only historical information and no forward-looking statements": the
                # verb's second object is the later part, and "no" denies it
                pending.add(t + 1)
                break
            if tokens.words[t] in BOUNDARIES and not joins_listed_words(tokens, t, covered):
                break
            if self._negation_at(tokens, t, last):
                pending.add(t)
        cues |= pending

    def _counted(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], cues: set[int], lo: int,
                 hi: int) -> tuple[str, tuple[int, int] | None]:
        """The polarity the count of cues gives (an odd count negates an affirmative proposition, an
        even one reverses a negative one), and the first and last tokens of the words that decided it."""
        first = min(s for s, _ in chosen.values())
        last = max(e for _, e in chosen.values())
        odd = len(cues) % 2 == 1
        polarity, cue_tokens = AFFIRMED, None
        key_end = max(e for n, (_, e) in chosen.items() if n in self.negation_on) if any(
            n in self.negation_on for n in chosen) else last
        if self.negative and not odd:
            polarity = REVERSED
            key_start = min(s for n, (s, _) in chosen.items() if n in self.negation_on) if any(
                n in self.negation_on for n in chosen) else first
            begin = min(cues) if cues else tokens.clause_start(key_start, sentence_low(tokens, key_start, lo))
            cue_tokens = (min(begin, key_start), key_end)
        elif self.negative and odd and _cannot_too(tokens, cues, key_end):
            # "you cannot place too much reliance on them": no amount is too much, so rely freely
            polarity, cue_tokens = REVERSED, (min(cues), key_end)
        elif not self.negative and odd:
            polarity = NEGATED
            cue_tokens = (min(cues), max(key_end, max(cues)))
            if self.open_ended and self._open_end_after(tokens, max(cues), hi):
                # "should not be relied upon as representing our views as of any date subsequent
                # to today": denying a later moment is saying only as of this one
                polarity, cue_tokens = AFFIRMED, None
        sentence_lo = sentence_low(tokens, first, lo)
        if polarity == REVERSED and tokens.memo(("law-only", sentence_lo, hi),
                                                lambda: only_as_the_law_requires(tokens, sentence_lo, hi)):
            # "we will update them only if the law requires it": the promise is the legal carve-out
            # ("except as required by law") said the other way round, not an undertaking
            polarity, cue_tokens = AFFIRMED, None
        return polarity, cue_tokens

    def _reread(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], polarity: str,
                cue_tokens: tuple[int, int] | None, lo: int, hi: int) -> tuple[str, tuple[int, int] | None]:
        """The polarity once the rest of the sentence is read over the whole clause: a
        counterfactual, an exception for a standing practice, a condition declared false, a
        commitment despite a disclaimer, a caution rejected, a practice abandoned, an open-ended
        time, a past frame. Each reading applies only while the clause still holds as counted."""
        if polarity != AFFIRMED:
            return polarity, cue_tokens
        first = min(s for s, _ in chosen.values())
        last = max(e for _, e in chosen.values())
        key_end = max(e for n, (_, e) in chosen.items() if n in self.negation_on) if any(
            n in self.negation_on for n in chosen) else last
        sentence_lo = sentence_low(tokens, first, lo)
        turned = self._turned_round(tokens, first, last, key_end, sentence_lo, hi)
        if turned is not None:
            return (REVERSED if self.negative else NEGATED), turned
        open_ended = tokens.memo(("open-ended", id(self), lo, hi), lambda: self._open_ended(tokens, lo, hi))
        # (not a time named in a clause of its own before the element's: "Our balance sheet figures
        # are as of the end of the quarter; forward-looking statements speak only as of today")
        if open_ended and not subject_changes(tokens, key_end, open_ended[0]) and not (
                open_ended[1] < first and tokens.next_mark(_SEMICOLON, open_ended[1], first + 1) <= first):
            return OPEN_ENDED, open_ended
        elsewhen = self._other_time(tokens, first, last, lo, hi)
        if elsewhen is not None:
            return OPEN_ENDED, elsewhen
        past = self._past(tokens, chosen, lo) if self.future else None
        if past is None:
            past = self._formerly(tokens, chosen, lo)
        if past is None and not self.negative:
            past = ended_in_the_past(tokens, first, last, sentence_lo, hi)
        if past is None and self.negative:
            past = bounded_by_an_event(tokens, first, last, sentence_lo, hi)  # "did not, before this merger, undertake to"
        if past is None:
            past = in_a_past_period(tokens, first, last, sentence_lo, hi)  # "Last year, we cautioned readers not to"
        if past is not None:
            return PAST, past
        return polarity, cue_tokens

    def _turned_round(self, tokens: Tokens, first: int, last: int, key_end: int, sentence_lo: int,
                      hi: int) -> int | tuple[int, int] | None:
        """The cue of the first reading of the rest of the sentence that turns an affirmed clause
        round (negated; reversed for a negative proposition), or None. The readings, in the order
        tried, each with the propositions it is asked of."""
        negative, affirmative = self.negative, not self.negative
        acts_on_object = self.negative and self.object_of is not None
        readings = (
            # "The following is not true of this news release. Forward-looking statements can be
            # identified by words such as ...": the sentence before denies this one in advance
            (True, lambda: denied_in_advance(tokens, first)),
            # "would have been described in our filings, had we been required to": what would have
            # been is what is not; "would disclaim any obligation to update ... were it not bound to
            # do so": the disclaimer is what would be, so the duty is what is
            (True, lambda: counterfactual(tokens, key_end, sentence_lo, hi)),
            # "no obligation to update ..., except as our practice of quarterly updates requires":
            # an exception for a standing practice swallows the disclaimer
            (negative, lambda: habitual_exception(tokens, key_end, hi)),
            # "Beyond what the law requires, which is that we revise each of them every quarter, we
            # undertake no obligation to ...": the fronted exception takes in all
            (negative, lambda: fronted_exception(tokens, sentence_lo, first)),
            # "Had this release contained forward-looking statements, they would be identified
            # here": what an unreal condition supposes is not so
            (True, lambda: in_unreal_condition(tokens, first, last, sentence_lo, hi)
             or answers_unreal_condition(tokens, first, last, sentence_lo, hi)),
            # "... would be forward-looking statements, but this release contains none": what would
            # be so is then said not to be
            (affirmative, lambda: unreal_then_denied(tokens, first, key_end, sentence_lo, hi)),
            # "Were this release governed by Canadian practice, its statements would speak only as
            # of ...": a claim made only of a world supposed, about the document itself
            (True, lambda: answers_fronted_supposition(tokens, first, key_end, sentence_lo, hi)),
            # "Only if the SEC so orders could actual results differ materially": the claim waits
            # on a directive not given
            (affirmative, lambda: awaits_directive(tokens, first, key_end, sentence_lo, hi)),
            # "results would differ materially only if our assumptions were wrong, and they are
            # not": the condition is declared false, so the proposition is denied
            (affirmative, lambda: tokens.memo(("denied-condition", sentence_lo, hi),
                                              lambda: denied_condition(tokens, sentence_lo, hi))),
            # "not to place undue reliance on them unless management has confirmed them, which it
            # has": the exception is met, so the claim is left holding of nothing
            (True, lambda: tokens.memo(("met-exception", sentence_lo, hi),
                                       lambda: met_exception(tokens, sentence_lo, hi))),
            # "Euronet would be free of any duty to update them only if its assumptions could never
            # need revision, which they can": the one condition of the disclaimer fails
            (negative, lambda: tokens.memo(("denied-only-condition", sentence_lo, hi),
                                           lambda: denied_condition(tokens, sentence_lo, hi, only=True))),
            # "We undertake no obligation to update them; nevertheless, we have promised that we will."
            (acts_on_object, lambda: elliptical_commitment(tokens, key_end, len(tokens.words))),
            # "does not intend to update them by press release, but will do so in its annual
            # report": what is disclaimed is only a medium; the act itself is promised
            (acts_on_object, lambda: commitment_after(tokens, key_end, hi)),
            # "no obligation to update them, barring a significant change in our outlook": an
            # exception that is neither the law's carve-out nor the company's choice is owed
            (acts_on_object, lambda: unexcused_exception(tokens, first, key_end, hi)),
            # "while the Company is under no obligation to update them, it has committed to its
            # shareholders to do so": the main clause takes on what the concession disclaims
            (negative, lambda: commitment_despite(tokens, first, key_end, sentence_lo, hi)),
            # "has every intention, though no obligation, to update them": the duty is conceded
            # away in an aside, the will to update stands
            (negative, lambda: intention_beside_aside(tokens, first, sentence_lo)),
            # "Some advisers caution readers not to rely unduly on them, but we see no reason for
            # that caution": the sentence reports the statement only to reject it
            (True, lambda: rejected_after(tokens, key_end, hi)),
            # "Although these risks are described in our Form 10-K, readers should disregard that
            # discussion": the main clause takes back what the concession grants
            (affirmative, lambda: conceded_then_rejected(tokens, first, key_end, sentence_lo, hi)),
            # "Although we describe risks in our Form 10-K, none of them apply to these
            # statements", "..., although none of that Act's protections apply to these
            # statements": the element is granted only to be withdrawn from the statements
            (affirmative, lambda: withdrawn_after_concession(tokens, first, key_end, sentence_lo, hi)),
            # "Actual results could differ materially, although we are confident they will not":
            # the caution is taken back in the same breath
            (affirmative and self.future, lambda: taken_back_after(tokens, key_end, hi)),
            # "... may differ materially ... due to a number of risks and uncertainties. The Company
            # has, however, eliminated each of these risks.": the causes are said to be gone
            (affirmative and self.future, lambda: causes_eliminated_next(tokens, key_end, len(tokens.words))),
            # "... pursuant to the safe harbor of the Reform Act. Actually, scratch that -- ...": a
            # speaker's retraction of what was just said
            (affirmative, lambda: retracted_after(tokens, key_end, len(tokens.words))),
            # "... described in our Form 10-K. Investors should disregard that report." (the next
            # sentence too)
            (affirmative and bool(self.owned_parts), lambda: disowned_after(tokens, key_end, len(tokens.words))),
            # "has given up its former practice of undertaking no obligation to update": the
            # statement is named as a practice the company has ended, so it no longer holds
            (True, lambda: abandoned_practice(tokens, first, sentence_lo)),
            # "The words ... will, beginning with our next press release, be used to identify
            # forward-looking statements": the element holds from a later document on, not here
            (affirmative, lambda: starts_with_later_document(tokens, first, last, sentence_lo, hi)),
            # "the safe harbor provisions formerly contained in the Act", "that the Act provided until
            # 2020", "that the Act will contain from next year": a provision not in force now
            (affirmative, lambda: provision_out_of_force(tokens, first, last, sentence_lo, hi)),
            # "For the next 30 days, we undertake no obligation to update ...", "... these
            # statements for 30 days": a disclaimer that holds for a stretch only
            (negative, lambda: limited_in_time(tokens, first, key_end, sentence_lo, hi)),
            # "The company updates its forward-looking statements every quarter and undertakes no
            # other obligation to update them": a schedule of updates beside the disclaimer
            (negative, lambda: scheduled_update(tokens, sentence_lo, hi)),
            # "The words ... are intended to identify forward-looking statements, although no
            # forward-looking statement contains these identifying words": the words mark none
            # "Undue reliance could not be placed on them, so reliable are they": no reliance on
            # them could be undue
            (negative, lambda: reliability_asserted(tokens, first, last, sentence_lo, hi)),
            (affirmative, lambda: tokens.memo(("words-denied-by-concession", sentence_lo, hi),
                                              lambda: words_denied_by_concession(tokens, sentence_lo, hi))),
        )
        for asked, reading in readings:
            if asked:
                cue = reading()
                if cue is not None:
                    return cue
        return None

    def _negated_ground(self, tokens: Tokens, clause: int, lo: int) -> int | None:
        """A negation over the verb that a ground or means clause opening at `clause` hangs on
        ("are not to be recognised merely because they include the words", "cannot be told apart
        by whether they contain the words"): what that clause says is denied as the sign the verb
        names. Only a verb of this proposition's own (a `negation_on` part) governs so: "you should
        not be surprised merely because results differ materially" leaves the difference standing.
        The negation's token, or None."""
        words = tokens.words
        if clause - 2 <= lo or words[clause - 1] not in _GROUND_OPENERS or words[clause - 2] not in _GROUND_LINKS:
            return None
        end = clause - 2
        start = tokens.clause_start(end, lo)
        verbs = [a for n in self.negation_on for a, _ in self.parts[n].occurrences(tokens, start, end)]
        if not verbs:
            return None
        v = min(verbs)
        for t in range(max(start, v - _NEGATION_REACH), v):
            if self._negation_at(tokens, t, v) and not tokens.in_aside(t, v, start):
                return t
        return None

    def _denying_verb_after(self, tokens: Tokens, e: int, hi: int) -> int | None:
        """A verb of `negated_by` the part is the subject of, after the rest of a coordinated
        subject ("the risks that our annual reports on Form 10-K, quarterly reports on Form 10-Q
        and amendments to those reports have omitted", "our Form 10-K omits them"): its token, or
        None. A clause opener, another verb or a stop ends the subject."""
        words = tokens.words
        hedge_end = None
        for t in range(e + 1, min(hi, e + 1 + _SUBJECT_REACH)):
            if hedge_end is not None and t < hedge_end:
                continue
            if tokens.marked(HARD_STOP, t):
                return None
            if (words[t] == "if" and "," in tokens.gap(t) and words[t + 1 : t + 3] in _RESERVED_HEDGES
                    and t + 3 < hi and "," in tokens.gap(t + 3)):
                # "should be relied on, if at all, only with caution": the hedge between commas
                # reserves whether to rely at all, and opens no condition
                hedge_end = t + 3
                continue
            if words[t] in _FILING_VERBS or (words[t] in ("ended", "ending") and words[t - 1] in PERIOD_NOUNS):
                continue  # inside the subject: "the reports we may file with the SEC", "for the year ended ..."
            if words[t] in ("that", "which") and any(words[k] in _FILING_VERBS for k in range(t + 1, min(hi, t + 5))):
                continue  # "the reports that Acme may file with the SEC"
            if words[t] in BOUNDARIES and words[t] not in ("and", "or"):
                return None
            if words[t] in NEW_SUBJECTS and (words[t - 1] in ("and", "or", "but") or "," in tokens.gap(t)):
                # "..., and we caution against relying on them": a clause of its own (not the
                # subject's contact clause: "the annual report we filed with the SEC is silent")
                return None
            if words[t] == "to" and words[t - 1 : t + 2] == ["time", "to", "time"]:
                continue  # "(filed) from time to time": no infinitive
            if words[t] == "to" and t + 1 < hi and words[t + 1] not in FILLERS and not words[t + 1][:1].isdigit():
                return None  # an infinitive ("any obligation to update them and disclaims ..."): the part is no subject
            u = t
            while u < hi and words[u] in AUXILIARIES and words[u] != "to":  # "amendments to those reports"
                u += 1
            if u + 2 < hi and words[u] in _CHARACTERIZING and words[u + 1] == "as" and (
                    is_incapacity(words, u + 2)
                    or (words[u + 2].endswith("ly") and u + 3 < hi and is_incapacity(words, u + 3))):
                # "the factors that our Form 10-K and later filings describe as unable to affect our
                # results": the filings are cited for matters they call harmless, not for the risks
                return u
            ends = [m for term in self.negated_by if (m := term.matches_at(words, u, hi)) is not None] \
                if u < hi and self._may_negate(words[u]) and not _denied_restriction(words, u) else []
            if ends and not (max(ends) + 1 < hi and words[max(ends) + 1] in ("which", "whom")):
                # (not a relative clause fronted on its preposition: "..., excluded from which are
                # statements made in a tender offer" says what the Act leaves out)
                return u
            if u < hi and words[u] in _FILING_VERBS:
                continue  # "... we may file": the auxiliary of a filing clause inside the subject
            if u > t or words[t] in FINITE_VERBS:
                return None  # another verb: the subject has ended
        return None

    def _past(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], lo: int) -> tuple[int, int] | None:
        """A key part in a past form ("results differed materially", "may have varied
        materially"): a statement about the track record, not a caution about what may happen.
        The (first, last) tokens that show it, or None."""
        words = tokens.words
        for name, (s, e) in chosen.items():
            if name not in self.negation_on:
                continue
            word = words[s]
            caused = perfect_cause(tokens, s, lo)
            if caused is not None:
                return caused, e
            raised = past_raising(tokens, s, lo)
            if raised is not None:
                return raised, e
            if not ends_like_a_past(word):
                continue
            b = s - 1
            while b > lo and (words[b].endswith("ly") or words[b] in ("not", "never")):
                b -= 1
            if words[b] in ("have", "has", "had") or (word.endswith("ed") and words[b] not in AUXILIARIES
                                                      and words[b] not in ("to", "be", "been", "being")):
                return min(b, s), e
        return None

    def _comparative_before(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], hi: int) -> int | None:
        """"less" right before a key part with "than" later in its clause ("place no less
        reliance upon these statements than upon historical results"): its token, or None."""
        words = tokens.words
        for name, (s, e) in chosen.items():
            if name not in self.negation_on or s < 1 or words[s - 1] not in COMPARATIVES:
                continue
            for t in range(e + 1, min(hi, e + COMPARATIVE_REACH)):
                if tokens.marked(HARD_GAP, t):
                    break
                if words[t] == "than":
                    return s - 1
        return None

    def _formerly(self, tokens: Tokens, chosen: dict[str, tuple[int, int]], lo: int) -> tuple[int, int] | None:
        """A key part said of a time gone by: a past auxiliary and "once", "formerly" or
        "previously" at it ("were once considered forward-looking information", "had formerly
        been deemed"). The (first, last) tokens that show it, or None."""
        words = tokens.words
        for name, (s, e) in chosen.items():
            if name not in self.negation_on:
                continue
            b = s - 1
            purposed = b - 1 > lo and words[b] == "to" and words[b - 1] in _PURPOSED
            if purposed:
                b -= 2  # "were once intended to identify": the purpose, not the key verb, is past
                if words[b] in ("was", "were") and not tokens.marked(HARD_GAP, b + 1):
                    return b, e  # "... were intended to identify forward-looking statements in our 2019 filings"
            while b > lo and words[b] in ("been", "be", "being"):
                b -= 1
            if b - 1 >= lo and words[b] in _FORMERLY and words[b - 1] in PAST_AUXILIARIES \
                    and not tokens.marked(HARD_GAP, b) and not tokens.marked(HARD_GAP, b + 1):
                return b - 1, e
        # ... or on the verb between the parts ("these risks were once described in our Form 10-K"),
        # or before them in their clause when a caption fills the first ("These risks were once
        # described under "Risk Factors" in ..."); not "previously", which there says "already"
        # ("risks previously disclosed in our 10-K")
        first = min(s for s, _ in chosen.values())
        last = max(e for _, e in chosen.values())
        for t in tokens.positions_of(PAST_AUXILIARIES, lo, last - 1):
            # the two words first: the clause test reads every gap up to the parts (a search each)
            if words[t + 1] not in _NO_LONGER:
                continue
            if t < first and any(tokens.marked(HARD_GAP, k) for k in range(t + 1, first + 1)):
                continue
            if not tokens.marked(HARD_GAP, t + 1):
                # the clause's own verb: not inside a relative clause ("which were once ...") nor
                # followed by one in the present ("..., are now described in our 10-K")
                if not any(w in RELATIVES for w in words[min(first, t) if t >= first else lo : t]) and \
                        not any(w in _PRESENT_COPULAS for w in words[t + 2 : last]):
                    return t, last
        return None

    def _coordination_start(self, tokens: Tokens, name: str, s: int, lo: int,
                            covered: set[int] = frozenset()) -> int:
        """The first of coordinated words of one part ("no discussion of these factors and other
        risks", "Form 10-K and Form 10-Q"): a negation before the first reaches them all."""
        words = tokens.words
        part = self.parts[name]
        while (s - 1 > lo and s - 1 in covered and words[s - 1] not in BOUNDARIES
               and not tokens.marked(HARD_GAP, s)):
            s -= 1  # inside longer words of a part ("10 q" of "form 10 q")
        while True:
            b = s - 1
            while b > lo and words[b] in _COORDINATION_FILLERS:
                b -= 1
            if b - 1 < lo or words[b] not in ("and", "or"):
                return _elaborated_noun(tokens, b, lo) or s
            # a citation's own tail coordinates two sections all the same: "Section 27A of the
            # Securities Act of 1933, as amended, and Section 21E ...", "... of 1933, and ...",
            # "... Securities Act, and ...", "..., as amended (the "Securities Act"), and ..."
            tail = _citation_end(tokens, b, lo)
            if tail is None and tokens.marked(HARD_GAP, b):
                return s
            before = b - 1 if tail is None else tail
            if before in covered and before not in (lo, s):
                # the last word of a part's words ("form 10 k and ..."): back to their first
                while before - 1 >= lo and before - 1 in covered and not tokens.marked(HARD_GAP, before):
                    before -= 1
            elif not (part.by_first.get(words[before]) or any(words[before].startswith(t.words[0][1])
                                                              for t in part.prefixed)):
                return s
            s = before

    def _shared_object_negation(self, tokens: Tokens, s: int, lo: int) -> int | None:
        """The negation (or verb of denial) of a first object that an object coordinated after a
        comma shares: "We disclaim any obligation to update them, and any intention to do so",
        "does not assume any duty to revise them, or any responsibility for doing so". The part at
        s must follow ", and any" (or "or", "every", "all") and the same determiner must open an
        earlier object in the sentence, right after the verb that denies it; the conjunct must be
        a noun phrase to the next comma or the sentence's end ("..., and any intention to do so
        will be announced" opens a clause of its own). Its token, or None."""
        words = tokens.words
        if s - 3 < lo or words[s - 1] not in _SHARED_DETERMINERS or words[s - 2] not in ("and", "or", "nor") \
                or "," not in tokens.gap(s - 2):
            return None
        for u in range(s + 1, min(len(words), s + _SHARED_CONJUNCT_WORDS)):
            if tokens.marked(HARD_GAP, u):
                break
            if words[u] == "to" or words[u - 1] == "to":
                continue  # an infinitive of the noun's own ("intention to do so")
            if words[u] in AUXILIARIES or words[u] in FINITE_VERBS:
                return None
        for d in range(s - 3, max(lo, s - 3 - _SHARED_REACH), -1):
            if tokens.marked(SENTENCE_GAP, d + 1):
                return None
            if words[d] != words[s - 1]:
                continue
            for v in (d - 1, d - 2):
                if v < lo:
                    return None
                if is_negation(words[v]) and not is_local_negation(words, v):
                    return v  # "does not assume any obligation ..., or any responsibility"
                if self._may_negate(words[v]) and any(term.matches_at(words, v, d) is not None
                                                      for term in self.negated_by):
                    return v  # "disclaims any obligation ..., and any intention"
            # (another object's "any" between: "disclaims any intention to revise any
            # forward-looking statements, and any obligation to do so")
        return None

    def _negation_at(self, tokens: Tokens, t: int, limit: int) -> bool:
        """`_negation_here`, once per reading, token and limit for these tokens: each key part's
        clause is scanned again for every candidate that has the part at the same place (half
        the calls on the .html and PDF corpus)."""
        key = (_NEGATION_AT, self, t, limit)  # (the reading itself: its id could be reused)
        memo = tokens._memo
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._negation_here(tokens, t, limit)
        return found

    def _negation_here(self, tokens: Tokens, t: int, limit: int) -> bool:
        words = tokens.words
        word = words[t]
        if not self.negative and _overlooking_denied(words, t):
            # a litotes commends what it governs ("risks, which investors should not disregard,
            # are described in ..."; "readers should not overlook the filings"): neither word denies
            return False
        following = words[t + 1] if t + 1 < len(words) else ""
        if (word == "not" and following in ("being", "having") and t > 0
                and words[t - 1] not in AUXILIARIES and words[t - 1] not in FINITE_VERBS):
            return False  # a reduced relative clause on a noun ("assumptions not being realized")
        if word == "non" and following not in self._part_forms:
            return False  # a prefix of the next word only ("non-GAAP measures"), unless a part's ("non-material")
        if is_negation(word) or (len(word) >= 3 and ocr_skeleton(word) in _NEGATION_SKELETONS):
            # "statements that are not (statements of) historical facts": the negation is the
            # subject's, not the clause's.
            # Only the words up to "historical" are read for a part: what follows it is the next
            # predicate ("are not historical and may be deemed forward-looking statements").
            near = words[t + 1 : t + 5]
            history = near.index("historical") if "historical" in near else -1
            # ("statements of historical fact" is the phrase itself, whatever parts use the noun)
            # ("do not relate to historical facts": a verb of relating to the past denied says "about the future")
            if (history >= 0 and not any(w in self._part_forms and w not in ("statement", "statements")
                                         and w not in _RELATING for w in near[:history])) \
                    or self._denies_history(tokens, t):
                return False
            if self.negative and (word, following) == ("not", "necessarily"):
                return True  # "will not necessarily be updated": no commitment, the disclaimer itself
            if self.negative and dated_by_do(words, t):
                return True  # "does not presently intend to revise them": the disclaimer itself
            if t > 0 and (words[t - 1], word) == ("than", "not"):
                return False  # "more often than not", "more likely than not": the alternative weighed
            # (either word of a local pair: "not limited to", and the "or not" of "whether or not",
            # which weighs an alternative and denies nothing)
            return not is_local_negation(words, t)
        if (self._may_negate(word) and words[t : t + 3] != _FREE_OF_CHARGE and not _denied_restriction(words, t)
                and any(term.matches_at(words, t, limit) is not None for term in self.negated_by)):
            return True
        if word == "anything" and following == "but":
            return True  # "used in anything but a forward-looking sense": not in that sense at all
        if word == "few" and (t == 0 or words[t - 1] not in ("a", "the") or (
                words[t - 1] == "a" and t >= 2 and words[t - 2] in _ONLY_A)) and (
                following == "of" or following in self._part_forms):
            # "you will find few of these statements by ...": hardly any ("a few of" is some, "only
            # a few" is few again)
            return True
        if word == "zero" and (t == 0 or words[t - 1] not in _ZERO_COUNTED) and (
                following == "of" or following in self._part_forms):
            # "contains exactly zero forward-looking statements", "zero of these statements":
            # a count of none, as "no" is ("net zero emissions", "to zero" count nothing)
            return True
        if (not self.negative and word == "little" and (t == 0 or words[t - 1] not in ("a", "very", "too"))
                and words[t + 1 : t + 3] == ["if", "any"]):
            return True  # "contains little, if any, forward-looking information": hardly any
        if word in _REJECTING and _rejected_assertion(words, t, limit):
            return True  # "rejects any suggestion that results may differ materially": the clause denied
        if word == "against" and _warned_against_belief(words, t, limit):
            return True  # "readers are cautioned against assuming that results may differ": the belief advised against
        if word in _FEARING and following.endswith("ing") and t + 1 <= limit:
            return True  # "should not fear placing full reliance": fear held back invites the act
        if word in _PRECEDING and following != "by" and limit - t <= _PRECEDING_REACH and not any(tokens.marked(HARD_GAP, k) for k in range(t + 1, limit + 1)):
            return True  # "a bill that preceded the Reform Act": the part named only as a point in time
        if (word == "before" and limit - t <= _PRECEDING_REACH and t >= 2 and (
                (words[t - 1] in _PAST_SENSES and words[t - 2] in ("was", "were"))
                or (words[t - 1] in _SENSE_BEARING and words[t - 2] in _TERM_NOUNS))
                and not any(tokens.marked(HARD_GAP, k) for k in range(t + 1, limit + 1))):
            # "as the term was used before the Reform Act", "in the sense the term bore before the
            # enactment of the Act": a sense the Act had not yet given it
            return True
        if word == "far" and following == "from" and t > 0 and words[t - 1] in COPULAS:
            return True  # "these words are far from reliable signs of ...": a predicate denied as "not" does
        if (self._may_negate(word) and following in _ADDRESSED and t + 2 < limit
                and any(term.matches_at(words[: t + 1] + words[t + 2 :], t, limit - 1) is not None
                        for term in self.negated_by)):
            return True  # the same with the one it addresses: "we caution you with respect to reliance"
        if following == "for" and (word in WRONGNESS or word in WRONG_ACTS or word in IMPRUDENT_ACTS):
            # the judgement's infinitive may name who would act first: "it would be wrong for
            # investors to rely", "unsafe for any reader to place full reliance"
            following = _infinitive_after_agent(tokens, t + 1, limit) or following
        after = t + 1  # the word after the judgement
        if ((word in WRONGNESS or word in WRONG_ACTS or word in IMPRUDENT_ACTS) and following in _ASIDE_ADVERBS
                and t + 2 < len(words)
                and "," in tokens.gap(t + 1) and "," in tokens.gap(t + 2)):
            # an adverb set off by commas between the judgement and its clause: "it would be a
            # mistake, however, to think that ...", "it is wrong, surely, to assume ..."
            after = t + 2
            following = words[after]
        if following == "not" and (word in WRONGNESS or word in WRONG_ACTS) and after + 1 < len(words) \
                and words[after + 1] == "to":
            following = "to"  # "it would be wrong not to place full reliance": the judgement over a negated act
        if ((word in WRONGNESS and following in ("to", "that")) or (word in WRONG_ACTS and following == "to")
                or (word in FALSEHOODS and following == "that")):
            return True  # "it would be wrong to assume that ...": a judgement over what follows
        if word in IMPRUDENT_ACTS and following == "to" and (
                any(w in COPULAS for w in words[max(0, t - 2) : t])
                or (t >= 3 and words[t - 1] == "as" and words[t - 3] in COPULAS)):
            # "it would be unsafe to rely on them", "should not be regarded as unsafe to rely on"
            # (not "equipment found hazardous to operate")
            return True
        if (((word in WRONGNESS or word == "misled") and following in ("in", "by"))
                or (word in BLAMED and following == "for")) and t + 2 < len(words) and words[t + 2].endswith("ing"):
            # "readers would be mistaken in placing reliance", "misled by relying on them", "could
            # be faulted for relying on them"
            return True
        if (word in JUDGED_ACTS and following in ("about", "with", "in") and t + 2 <= limit < len(words)
                and words[t + 2].endswith("ing")):
            return True  # "nothing undue about placing full reliance on them": a judgement of the act
        if word in ("short", "less") and following in ("of", "than") and t > 0 and words[t - 1] == "anything":
            return True  # "not ... anything short of due reliance": a second denial, due reliance itself
        if is_incapacity(words, t):
            return True  # "risks insufficient to cause results to differ materially"
        if word in _ABSENCES and following == "of" and t >= 2 and words[t - 1] in ("the", "an", "a") \
                and words[t - 2] in _BY_MEANS:
            return True  # "identified by the absence of words such as ...": by their not being there
        if word in INCAPABLE or word == "too":
            v = degree_infinitive(words, t)
            if v is not None and v <= limit and words[v] in self._part_forms:
                # "words that are insufficient to identify forward-looking statements", "too common
                # in everyday writing to identify them", "too varied to be identified by": the part's verb itself
                return True
        if word == "too" and _too_over_clause(tokens, t, limit):
            # "too committed to transparency to decline any obligation to update", "too well
            # served by these statements to need a caution against relying on them": what one
            # is too much of something to do, one does not do, with all the infinitive governs
            return True
        if word == "only" and following in RARELY_AFTER_ONLY:
            return True  # "only occasionally identified by words such as": mostly not
        if rare_occasions(words, t):
            return True  # "in rare cases identified by", "only very occasionally", "at most occasionally"
        if word == "few" and _few_denies(words, t):
            return True  # "you will find few, if any, of them by looking for words such as": not many
        if word == "only" and words[t + 1 : t + 4] == ["now", "and", "then"]:
            return True  # "only now and then identify such statements": the idiom of rare occurrence
        if slight_likelihood(words, t):
            return True  # "only a remote chance that results could differ": a reassurance
        if following in ("to", "from") and following in IMPLICIT_NEGATORS.get(word, ()) and not conjunction_yet(words, t) and (
                self._cue_within(tokens, t + 2, limit) or governs_up_to(tokens, t + 2, limit)):
            # "has ceased to caution you against relying", "declined to warn readers not to rely",
            # "factors the company has refrained from describing in its filings": a verb that
            # denies the verb it governs turns round the caution that verb gives, or denies what
            # that verb does to the part. Not across a verb of its own: "risks we fail to
            # anticipate could cause ..." denies nothing.
            return True
        # OCR damage in a negating word ("disc1aims") must not turn the clause around.
        return len(word) >= 5 and ocr_skeleton(word) in self._negator_skeletons

    def _cue_within(self, tokens: Tokens, a: int, b: int) -> bool:
        """Whether a plain negation or a term of `negated_by` stands in tokens [a, b) of one clause."""
        words = tokens.words
        for u in range(a, min(b, len(words))):
            if tokens.marked(HARD_GAP, u):
                return False
            if (is_negation(words[u]) and not is_local_negation(words, u)) or (
                    self._may_negate(words[u]) and any(term.matches_at(words, u, b) is not None
                                                       for term in self.negated_by)):
                return True
        return False

    def _may_negate(self, word: str) -> bool:
        """Whether a term of `negated_by` can start at this word (its forms, their OCR skeletons)."""
        if self._negator_firsts is None:
            return bool(self.negated_by)
        forms, skeletons = self._negator_firsts
        return word in forms or (len(word) >= 4 and ocr_skeleton(word) in skeletons)

    def _denies_history(self, tokens: Tokens, t: int) -> bool:
        """Whether the negation at t says of a noun that it is not (a statement of) history, over
        a longer noun phrase than the four words `_negation_at` reads ("that is not a statement or
        characterization of historical fact"): the words up to "historical" are no part of the
        proposition and no clause ends among them."""
        words = tokens.words
        for u in range(t + 1, min(len(words), t + _HISTORY_WORDS)):
            if tokens.marked(HARD_GAP, u) or words[u] in AUXILIARIES or words[u] in self._part_forms:
                return False
            if words[u] in ("historical", "historic", "past"):
                return True
        return False

    def _open_ended(self, tokens: Tokens, lo: int, hi: int) -> tuple[int, int] | None:
        if not self.open_ended:
            return None
        reader = readers_date(tokens, lo, hi)
        if reader is not None and not self._denied_before(tokens, reader[0], lo):
            return reader
        event = event_date(tokens, lo, hi)
        if event is not None and not self._denied_before(tokens, event[0], lo):
            return event
        lasting = denied_expiry(tokens, lo, hi)
        if lasting is not None:
            return lasting
        onward = runs_on_from(tokens, lo, hi)
        if onward is not None and not self._denied_before(tokens, onward[0], lo):
            return onward  # "speak only from the date of this press release onward"
        extended = extended_time(tokens, lo, hi)
        if extended is not None and not self._denied_before(tokens, extended[0] + 1, lo):
            return extended
        hedged = hedged_date(tokens, lo, hi)
        if hedged is not None:
            return hedged  # "usually speak only as of the date they are made": not always that date
        optional = optional_date(tokens, lo, hi)
        if optional is not None:
            return optional  # "..., if the Company so elects": the date only at its choice
        span = date_span(tokens, lo, hi)
        if span is not None:
            return span  # "as of February 12 through June 30, 2025": every day up to the later date
        if not self._open_first.intersection(tokens.word_sets(lo, hi)[0]):
            return None
        words = tokens.words
        for i in range(lo, hi):
            if words[i] not in self._open_first and self._open_first is not ANY:
                continue
            for term in self._open_terms_at(words[i], tokens.skeletons[i]):
                end = term.matches_at(tokens.words, i, hi, skeletons=tokens.skeletons)
                # "... and will not be kept current", "..., and not as of the date on which it is
                # read": a denied open end (a negation before it in its clause, or in the phrase
                # it ends) is none.
                if end is not None and _after_change(words, i, lo):
                    continue  # "views ..., which may change thereafter": the time they may change in
                if end is not None and _where_they_stand(words, i, hi):
                    continue  # "..., whenever they occur in this press release, are ...": a place
                if end is not None and not self._denied_before(tokens, i, lo):
                    return i, end
        return None

    def _other_time(self, tokens: Tokens, first: int, last: int, lo: int, hi: int) -> tuple[int, int] | None:
        """A time other than the statements' own in the element's clause: "as of the end of the
        year, December 31, 2021" (a bound the calendar fixes), "the date this call's replay is last
        accessed" (the reader's act), "the date they were first made ... last year" (an earlier
        occasion), "a date 30 days after this call" (a time counted off another). Only for a
        proposition that reads open ends, only within the clause of its parts (not "Our balance
        sheet figures are as of the end of the quarter; forward-looking statements speak only as
        of today") and not under a negation ("and not as of the end of the year")."""
        if not self.open_ended:
            return None
        for reading in (period_edge_as_of, moment_clause_elsewhen):
            found = reading(tokens, lo, hi)
            if found is None or self._denied_before(tokens, found[0], lo):
                continue
            a, b = min(found[0], first), max(found[1], last)
            if any(tokens.marked(SENTENCE_GAP, t) or ";" in tokens.gap(t) for t in range(a + 1, b + 1)):
                continue
            return found
        return None

    def _open_end_after(self, tokens: Tokens, a: int, hi: int) -> bool:
        """Whether a term of `open_ended` stands after token a in a's clause ("... not as of any
        later date"; not "None of them speaks only as of today, and each remains current", where
        the open end is another clause's claim, not what the negation denies)."""
        words = tokens.words
        for i in range(a + 1, hi):
            if tokens.marked(SENTENCE_GAP, i):
                return False
            terms = self._open_terms_at(words[i], tokens.skeletons[i])
            if any(term.matches_at(words, i, hi) is not None for term in terms):
                return tokens.clause_start(i, a) == a
        return False

    def _open_terms_at(self, word: str, skeleton: str) -> list[Term]:
        """The terms of `open_ended` that may stand at a token `word` (`skeleton`: its
        `Tokens.skeletons` entry), in their order: those whose first word may be `word` as written
        or, for a word of four letters or more, up to OCR look-alikes. `Term.matches_at` turns
        every other term away at that first word (with a prefix term among them, all are tried)."""
        if self._open_first is ANY:
            return self.open_ended
        indices = self._open_by_first.get(word, [])
        if len(word) >= 4 and skeleton in self._open_by_skeleton:
            indices = sorted(set(indices).union(self._open_by_skeleton[skeleton]))
        return [self.open_ended[index] for index in indices]

    @staticmethod
    def _denied_before(tokens: Tokens, i: int, lo: int) -> bool:
        words = tokens.words
        # an instance named by "including" after a denied time is denied with it: "not as of any
        # later date (including the date on which you read them)"
        named = next((k for k in range(i - 1, max(lo, i - _INCLUDED_REACH) - 1, -1) if words[k] in _INCLUDING), None)
        if named is not None and named - 1 >= lo and PolarityReadings._denied_before(tokens, named - 1, lo):
            return True
        start = tokens.clause_start(i, lo)
        if start > lo and words[start - 1] in ("and", "or") and joins_nouns(tokens, start - 1, i):
            # "should not be relied upon as representing our plans and expectations as of any
            # later date": the nouns' "and" opens no clause; the negation before it denies the end
            start = tokens.clause_start(start - 1, lo)
        # "no less as of later dates than as of today": a negated comparative says "as much"; "as
        # of no date other than the day you read it": the exception is what the negation leaves
        denial = [k for k in range(start, i) if is_negation(words[k]) and not (
            k + 1 < len(words) and words[k + 1] in COMPARATIVES) and not _excepted_between(words, k, i)]
        if denial:
            return True
        t = i - 1
        while t >= max(lo, i - 10) and not tokens.marked(HARD_GAP, t + 1) and words[t] not in ("and", "but", "or"):
            if is_negation(words[t]) and words[t + 1] not in COMPARATIVES and not _excepted_between(words, t, i):
                return True
            t -= 1
        return False


_CHANGING = frozenset("""change changes changed evolve evolves evolved shift shifts shifted differ differs
differed vary varies varied""".split())
_LATER_ADVERBS = frozenset("thereafter hereafter henceforth".split())
_CHANGE_MODALS = frozenset("may might could can will".split())  # "which may change thereafter"
_AS_REACH = 5  # "as" + "those beliefs and expectations" before the modal


def _after_change(words: list[str], i: int, lo: int) -> bool:
    """Whether an adverb of later time at i follows a verb of change under a modal ("which may
    change thereafter", "... may differ materially thereafter"): it says when things may change,
    not that the statements run on after their date."""
    if words[i] not in _LATER_ADVERBS:
        return False
    b = i - 1
    while b > lo and (words[b].endswith("ly") or words[b] in ("significantly", "materially")):
        b -= 1
    if not (b - 1 >= lo and words[b] in _CHANGING and words[b - 1] in _CHANGE_MODALS):
        return False
    # not a time joined to the date by "as" ("as of the date of this release and as those beliefs
    # may evolve thereafter"): the statements are then tied to the beliefs as they change
    return "as" not in words[max(lo, b - 1 - _AS_REACH) : b - 1]


_WHENEVER = frozenset("whenever wherever".split())
_STANDING = frozenset("""occur occurs appear appears arise arises stand stands found contained included
                         located set""".split())
_STANDING_SUBJECT_WORDS = 3  # "whenever" + "such forward-looking statements" + "appear"
_IN_PLACE = frozenset("in herein within throughout elsewhere".split())


def _where_they_stand(words: list[str], i: int, hi: int) -> bool:
    """Whether "whenever"/"wherever" at i opens a clause of where the statements stand in a text
    ("whenever they occur in this press release", "wherever such statements appear herein"): it
    says which statements are meant, not that they speak on after their date ("as of the present
    moment, whenever that may be" is still an open end)."""
    if words[i] not in _WHENEVER:
        return False
    for t in range(i + 1, min(hi, i + 2 + _STANDING_SUBJECT_WORDS)):
        if words[t] in _STANDING:
            # "... are found in", "... occur in this release", "... appear herein"
            return t + 1 < hi and (words[t + 1] in _IN_PLACE or (t + 2 < hi and words[t + 2] in _IN_PLACE))
    return False


_INCLUDING = frozenset("including".split())
_INCLUDED_REACH = 6  # "including" + "the date on which" + "you read them"


_TOO_REACH = 12  # words from "too" to its infinitive's "to" ("too well served by the forward-looking statements in this press release to")
_NOT_DEGREES = frozenset("much many".split())  # "too much reliance": an amount, read in _too_after_key


def _too_over_clause(tokens: Tokens, t: int, limit: int) -> bool:
    """Whether "too" at t opens a degree phrase whose infinitive governs everything up to the part
    at `limit` ("is too committed to transparency to decline any obligation to update them", "are
    too well served by them to need a caution against placing full reliance"): the act is denied,
    and with it what it says of the part. Refused when "too" means "also" (a comma or a verb after
    it: "Our results, too, are subject to ..."), when a finite verb, modal, clause opener or
    punctuation stands in the degree phrase, or when one stands between the infinitive and the part
    ("factors too numerous to list here could cause results to differ": the part is the main
    clause's)."""
    words = tokens.words
    if t + 2 > limit or "," in tokens.gap(t + 1) or tokens.marked(HARD_GAP, t + 1):
        return False
    if words[t + 1] in _NOT_DEGREES or words[t + 1] in AUXILIARIES or words[t + 1] in FINITE_VERBS \
            or words[t + 1] in MODALS:
        return False

    def breaks(u: int) -> bool:
        return ("," in tokens.gap(u) or tokens.marked(HARD_GAP, u) is not None or words[u] in FINITE_VERBS
                or words[u] in MODALS or words[u] in BOUNDARIES)

    for k in range(t + 2, min(limit, t + 2 + _TOO_REACH)):
        if breaks(k):
            return False
        if words[k] == "to":
            return not any(breaks(u) for u in range(k + 1, limit + 1))
    return False
