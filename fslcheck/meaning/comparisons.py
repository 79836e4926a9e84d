"""Comparisons with others: a part compared with another party's figures rather than the
company's own ("results could differ materially from analysts' estimates").
"""

from __future__ import annotations

from .clauses import Tokens
from .lexicon import BOUNDARIES, OTHER_TIMES, OWN_SPEAKERS
from .owner_phrases import another_name, contact_owner, other_document_in_place, relative_subject
from .parties import AUTHORING, OWNER_PHRASE_WORDS, is_other_owner, is_owner
from .syntax import AUXILIARIES, HARD_GAP, PERFECT, RELATIVES, STOP_GAP, YEAR

# what a comparator's owner does to it: authors it, or expects it ("from the results our partners expect")
_PROJECTING = AUTHORING | frozenset("expect expects expected anticipate anticipates anticipated suggest suggests "
                                     "suggested".split())


_COMPARATOR_NOUNS = frozenset("""plans plan estimates estimate projections forecasts forecast expectations budgets budget
guidance targets outlook results""".split())


_COMPARED = frozenset("those that what the ones".split())
_OUTCOME_NOUNS = frozenset("results result events event performance outcomes outcome achievements".split())
_STATEMENT_WORDS = frozenset("forward looking statements statement".split())
_COMPARATOR_CHAIN = 8  # "in the prospectuses of our competitors": a document and its owner after "in"


def compared_with_others(tokens: Tokens, last: int, hi: int) -> int | None:
    """What the proposition compares with is someone else's: "differ materially from those
    projected by independent industry analysts", "from the estimates of our competitors". The
    owner's token, or None. ("from those expressed in the forward-looking statements" is ours.)"""
    found = _other_comparator(tokens, last, hi)
    if found is not None and _own_comparator_after(tokens, found, hi):
        return None  # "from analysts' estimates and from our own guidance": ours is compared too
    return found


_OWN_COMPARED = frozenset("our its ours company's the these this those".split())  # "from those of analysts": read on
_ALTERNATIVES = frozenset("and or".split())


def _own_comparator_after(tokens: Tokens, other: int, hi: int) -> bool:
    """Whether a second comparator coordinated after another's names the company's own ("... from
    analysts' estimates and from our guidance", "or from those expressed here", "from past
    results, as well as those expressed in any forward-looking statement")."""
    words = tokens.words
    for t in range(other + 1, min(hi - 1, other + 10)):
        if tokens.marked(STOP_GAP, t):
            return False  # (a comma may set off the coordinated comparator: "from past results, as well as ...")
        coordinated = words[t - 1] in _ALTERNATIVES or words[t - 3 : t] == ["as", "well", "as"]
        if coordinated and words[t] == "from":
            t += 1
        elif not (coordinated and words[t] in _OWN_COMPARED and words[t] != "the"):
            continue
        return words[t] in _OWN_COMPARED and not any(
            is_other_owner(words, k) for k in range(t, min(hi, t + 5)))   # not "from those of analysts"
    return False


# "materially, and perhaps substantially, from": more degrees coordinated before the comparison
_DEGREE_LINKS = frozenset("and or perhaps possibly potentially even maybe very quite".split())
_DEGREE_WORDS = 5


def _from_after_degrees(tokens: Tokens, last: int, hi: int) -> int | None:
    """The "from" after the proposition's last word when only more degrees stand between
    ("differ materially and perhaps substantially from"), or None."""
    words = tokens.words
    for k in range(last + 1, min(hi, last + 1 + _DEGREE_WORDS)):
        if tokens.marked(STOP_GAP, k):
            return None
        if words[k] == "from":
            return k if k > last + 2 else None
        if not (words[k] in _DEGREE_LINKS or (words[k].endswith("ly") and len(words[k]) > 4)):
            return None
    return None


_RECIPROCALS = frozenset({("one", "another"), ("each", "other")})
_SUBJECT_TAIL_WORDS = 6  # "parties" + "in our legal proceedings have" + "projected"


def _verb_of_projecting(tokens: Tokens, subject: int, hi: int) -> int | None:
    """The verb of projecting that follows the subject at token `subject` within its clause,
    past a phrase that modifies the subject ("the opposing parties in our legal proceedings have
    projected"): its token, or None."""
    words = tokens.words
    for k in range(subject + 1, min(hi, subject + 1 + _SUBJECT_TAIL_WORDS)):
        if tokens.marked(HARD_GAP, k) or words[k] in BOUNDARIES:
            return None
        if words[k] in _PROJECTING:
            return k
    return None


def _other_comparator(tokens: Tokens, last: int, hi: int) -> int | None:
    words = tokens.words
    t = next((k for k in range(max(0, last - 2), min(hi, last + 2)) if words[k] == "from"), None)
    if t is None:
        t = _from_after_degrees(tokens, last, hi)
    if t is None:
        return None
    if tuple(words[t + 1 : t + 3]) in _RECIPROCALS and not tokens.marked(HARD_GAP, t + 1):
        # "results of individual segments may differ materially from one another": the results
        # compared with each other, not with what the statements project
        return t + 1
    u = t + 1
    while u < hi and u <= t + 2 and words[u] in _COMPARED and not tokens.marked(HARD_GAP, u):
        u += 1
    # (after "those", or after the noun of the compared thing: "from the projections that ...")
    opened = u + 2 if u + 1 < hi and words[u] in _COMPARATOR_NOUNS else u + 1
    relative = next((k for k in range(t + 2, min(hi, opened)) if words[k] in RELATIVES
                     and not any(tokens.marked(HARD_GAP, j) for j in range(t + 1, k + 1))), None)
    if relative is not None:
        # "from those that the opposing parties in our legal proceedings have projected": a
        # relative clause on the compared thing, its subject another's however it is modified
        subject = relative_subject(tokens, relative - 1, hi)
        verb = _verb_of_projecting(tokens, subject, hi) if subject is not None else None
        if verb is not None and not any(w in OWN_SPEAKERS for w in words[relative + 1 : verb]):
            return subject  # (not "those that management and our partners have projected")
    # one thing compared, named by a list of nouns: "from the expectations and projections of
    # ...", "from the plans, intentions and expectations disclosed in ...": read from its last
    u = _comparator_list_end(tokens, u, hi)
    if _compared_with_itself(tokens, t, u, last, hi):
        return u  # "cause actual results to differ materially from actual results"
    earlier = _held_earlier(tokens, u, hi)
    if earlier is not None:
        return earlier
    superseded = _superseded(tokens, u, hi)
    if superseded is not None:
        return superseded
    # up to two words of the compared thing ("projected", "estimates"), then its owner's link;
    # the statements' own words do not count ("from the forward-looking statements of our tenants")
    reach = 3 + sum(1 for k in range(u, min(hi, u + 4)) if words[k] in _STATEMENT_WORDS)
    if any(words[k] in ("or", "and") and k + 1 < hi and words[k + 1].endswith("ed") for k in range(u + 1, min(hi, u + 3))):
        # two coordinated participles: "from those indicated or anticipated by ...", also after
        # the compared noun: "from the results expressed or implied by ..."
        reach += 2
    for v in range(u, min(hi, u + reach + 2)):
        if words[v] in ("on", "at") and v > u and not tokens.marked(HARD_GAP, v):
            elsewhere = other_document_in_place(tokens, v + 1, hi)  # "the model returns displayed on our website"
            if elsewhere is not None:
                return elsewhere
        if v >= u + reach and not (words[u + 1 : v] and any(w in RELATIVES for w in words[u + 1 : v])):
            break  # (a relative clause's subject may run to two more words: "that our former parent issued")
        if v > u and words[v] in RELATIVES and not tokens.marked(HARD_GAP, v):
            continue  # "from the results that Southwind has projected": the relative clause's subject is next
        if tokens.marked(HARD_GAP, v) or words[v] in BOUNDARIES:
            return None
        other = is_other_owner(words, v) or another_name(tokens, v, u)
        verb = v + 2 if v + 2 < hi and words[v + 1] in PERFECT else v + 1  # "that Gentex has suggested"
        if other and verb < hi and words[verb] in _PROJECTING \
                and not any(tokens.marked(HARD_GAP, k) for k in range(v + 1, verb + 1)):
            return v  # a contact clause whose subject is another's: "from the results our reinsurers project"
        if other and v + 1 < hi and (words[v].endswith(("'s", "s'"))
                                     or (words[v + 1] in _COMPARATOR_NOUNS and is_owner(words, v))):
            # a possessive owner: "from the industry's results", "from our peers' estimates" (a
            # plural's apostrophe is gone from canonical words: "from their owners plans")
            return v
        if (words[v] in OTHER_TIMES and v + 1 < hi and words[v + 1] in _OUTCOME_NOUNS
                and not tokens.marked(HARD_GAP, v + 1) and not _coordinated_comparator(tokens, v + 1, hi)):
            return v  # another time's outcomes: "from actual past events", "from prior results"
        if words[v] in ("by", "of", "in"):  # "... contained in our competitors' forward-looking statements"
            # (or at the end of a document named there: "described in the prospectuses of our competitors");
            # the statements' own words do not use up the reach ("described in the forward-looking
            # statements of our customers")
            own_words = sum(1 for k in range(v + 1, min(hi, v + 5)) if words[k] in _STATEMENT_WORDS)
            end, w = v + 5 + own_words, v + 1
            while w < min(hi, end):
                # "projected by the catastrophe models our reinsurers publish", "disclosed in the
                # forward-looking statements that Halvorsen makes"
                contact = contact_owner(tokens, w, hi, is_other_owner) if w > v + 1 else None
                if contact is not None:
                    return contact
                if tokens.marked(HARD_GAP, w) or words[w] in BOUNDARIES or words[w] in AUXILIARIES:
                    return None
                if is_other_owner(words, w) or another_name(tokens, w, v + 1):
                    return w
                if words[w] in ("of", "by") and words[v] == "in" and w > v + 1:
                    end = min(w + 4, v + _COMPARATOR_CHAIN + own_words)
                elif words[w] == "of" and w > v + 1:
                    # the owner's whole noun phrase after the statements' "of", its modifiers
                    # read past ("by the forward-looking statements of our hotel chain customers")
                    end = max(end, w + 1 + OWNER_PHRASE_WORDS)
                w += 1
            return other_document_in_place(tokens, v + 1, hi)
    return None


_ACTUAL = "actual"
_SUBJECT_REACH = 8  # "cause" + "actual results" + "in any period" + "to differ materially"


def _compared_with_itself(tokens: Tokens, t: int, u: int, last: int, hi: int) -> bool:
    """Whether the comparator at u ("from actual results") is the very outcome the sentence
    makes vary, named before "from" as "actual results" ("cause actual results to differ
    materially from actual results"): results compared with themselves state no variance from
    what the statements express. Not the statements compared with actual results ("forward-
    looking statements may differ materially from actual results"), nor a comparator coordinated
    with the statements' own ("from actual results or from those expressed")."""
    words = tokens.words
    if not (u + 1 < hi and words[u] == _ACTUAL and words[u + 1] in _OUTCOME_NOUNS) \
            or tokens.marked(HARD_GAP, u + 1) or _coordinated_comparator(tokens, u + 1, hi):
        return False
    noun = words[u + 1]
    return any(words[k] == _ACTUAL and words[k + 1] == noun and not tokens.marked(HARD_GAP, k + 1)
               for k in range(max(0, min(last, t) - _SUBJECT_REACH), t - 1))


# The company's own expectations, but those it held at a time gone by: "from the expectations and
# beliefs Agios held when it went public in 2013", "from the projections we made last year"; or
# its results reported for a period gone by: "from those we reported last year" (the variance
# measured against its historical results, not against these statements)
_HOLDING_PASTS = frozenset("""held had formed expressed made published issued gave set announced reported recorded
achieved posted realized realised""".split())
_PRONOUN_COMPARED = frozenset("those ones what that which".split())  # "from those we reported last year"
_HOLDERS = frozenset("we it management".split())
_PAST_PERIODS = frozenset("year years quarter quarters month months".split())
_HELD_WORDS = 3  # the comparator noun to its past verb: "Agios held", "the Company had"
_DATED_WORDS = 8  # the past verb to the year that dates it: "held when it went public in 2013"


def _held_earlier(tokens: Tokens, u: int, hi: int) -> int | None:
    """A contact clause on the comparator noun at u whose subject is the company and whose verb is
    a past one of holding, issuing or reporting, dated to a year or to a period gone by ("Agios
    held when it went public in 2013", "we made last year"), or such a clause right after the
    pronoun compared ("from those we reported last year"): the variance is measured against what
    the company expected or reported then, not against these statements. The token of the date,
    or None."""
    words = tokens.words
    if u < hi and words[u] in _LISTED_COMPARATOR_NOUNS:
        first = u + 1
    elif 0 < u < hi and words[u - 1] in _PRONOUN_COMPARED and not tokens.marked(HARD_GAP, u):
        first = u  # the clause right after the pronoun compared: "from those we reported last year"
    else:
        return None
    verb = None
    for k in range(first, min(hi, first + _HELD_WORDS)):
        if tokens.marked(HARD_GAP, k):
            return None
        if words[k] in _HOLDING_PASTS and k > first and (
                words[k - 1] in _HOLDERS or words[k - 1] == "company" or tokens.names.is_own(words[k - 1])):
            verb = k
            break
    if verb is None:
        return None
    for k in range(verb + 1, min(hi, verb + 1 + _DATED_WORDS)):
        if tokens.marked(STOP_GAP, k):
            return None
        if YEAR.match(words[k]) or (words[k] in OTHER_TIMES and k + 1 < hi and words[k + 1] in _PAST_PERIODS) or (
                words[k] == "ago" and words[k - 1] in _PAST_PERIODS):
            return k
    return None


# The compared thing said to be out of force: "from those projected in the Company's 2019
# strategic plan, since superseded", "from the guidance, now withdrawn": the variance is measured
# against a projection the company no longer makes, not against these statements. (An active
# verb with an object is the comparator's own doing: "in our plan, which has superseded the 2019
# plan" keeps the plan in force.)
_SUPERSEDED = frozenset("superseded withdrawn rescinded retracted abandoned discarded replaced revoked".split())
_SINCE = frozenset("since now been subsequently later".split())
_SUPERSEDED_REACH = 12  # "from" + "those projected or anticipated in the company's 2019 strategic plan" + "since superseded"
_OBJECT_STARTS = frozenset("the a an our its their his her this that these those any all by".split())


def _superseded(tokens: Tokens, u: int, hi: int) -> int | None:
    """The token of a participle after the comparator at u that puts it out of force ("since
    superseded", "now withdrawn", "which has since been withdrawn"), before the clause ends; None
    when there is none."""
    words = tokens.words
    for k in range(u + 1, min(hi, u + _SUPERSEDED_REACH)):
        if tokens.marked(STOP_GAP, k) or (words[k] in BOUNDARIES and words[k] not in ("since", "which")):
            return None
        if (words[k] in _SUPERSEDED and words[k - 1] in _SINCE
                and (k + 1 >= hi or tokens.marked(HARD_GAP, k + 1) or words[k + 1] not in _OBJECT_STARTS)):
            return k
    return None


# (and the outcomes named as a list: "the results, performance or achievements that ... anticipates")
_LISTED_COMPARATOR_NOUNS = _COMPARATOR_NOUNS | _OUTCOME_NOUNS | frozenset("intentions intention beliefs".split())
_COMPARATOR_LIST_WORDS = 8  # "plans, intentions, estimates, forecasts and expectations"


def _comparator_list_end(tokens: Tokens, u: int, hi: int) -> int:
    """The last noun of a list of the compared thing's nouns that starts at token u, joined by
    commas and a closing "and" or "or" ("plans, intentions and expectations", "expectations and
    projections"); u itself when no list starts there."""
    words = tokens.words
    if u >= hi or words[u] not in _LISTED_COMPARATOR_NOUNS:
        return u
    for k in range(u + 1, min(hi - 1, u + _COMPARATOR_LIST_WORDS)):
        gap = tokens.gap(k).strip()
        if words[k] in _ALTERNATIVES and gap in ("", ","):
            closing = words[k + 1] in _LISTED_COMPARATOR_NOUNS and not tokens.gap(k + 1).strip()
            return k + 1 if closing else u
        if gap != "," or words[k] not in _LISTED_COMPARATOR_NOUNS:
            return u
    return u


def _coordinated_comparator(tokens: Tokens, n: int, hi: int) -> bool:
    """Whether a second comparator is coordinated after the noun at n ("from past results and
    those expressed in the forward-looking statements", "... or from our projections"): the
    variance is then measured against the statements too."""
    words = tokens.words
    for t in range(n + 1, min(hi, n + 4)):
        if tokens.marked(HARD_GAP, t) and "," not in tokens.gap(t):
            return False
        if words[t] in ("and", "or") or words[t] == "from":
            continue
        return words[t] in _OWN_COMPARED or words[t] in _PROJECTING or words[t] == "any"
    return False
