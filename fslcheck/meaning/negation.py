"""Negation at a proposition's parts, beyond a plain cue before the key word.

A cue after a part ("differ, though not materially"), over an aside or a universal ("not all of
which"), words of incapacity or unlikelihood ("insufficient to cause", "unlikely ever to cause"), a
negative subject ("nobody", "none of these factors"), "no more than", and contrasts that set a
part aside ("rather than differ materially", "other than").
"""

from __future__ import annotations

import re

from .clauses import HARD_STOP, Tokens, read_once
from .lexicon import (
    BOUNDARIES, CONTRASTS, DEGREE_DENIALS, FILLERS, FINITE_VERBS, IMPLICIT_NEGATORS, IMPRUDENT_ACTS, KEEPING_FROM,
    FRONTED_REJECTIONS, LOCAL_NEGATIONS, NEGATIVE_SUBJECTS, PREDICATE_DENIALS, REJECTIONS, STATEMENT_PRONOUNS, STOPPING, DEFERRING, WRONG_ACTS,
    conjunction_yet, denies_frequency, is_local_negation, is_negation, is_negative_form)
from .syntax import AUXILIARIES, ELABORATING, HARD_GAP, NEW_SUBJECTS, SENTENCE_GAP, main_verb, sentence_low


_MORE_OR_LESS = frozenset("more less likelier".split())
_SUBJECT_NOUN_OPENERS = frozenset("subsequent later other subsequently".split())
_COMPARED_WORDS = 3  # "no more (readily) likely than": the words between "more" and "than"


_CHAIN_ADVERBS = frozenset("ever possibly really truly".split())
_POSSIBILITY_MODALS = frozenset("could can might would".split())


# A negation of a comparative after an auxiliary denies only the comparison: "readers can do no
# better than to consult our Form 10-K" recommends it.
_COMPARED_AWAY = frozenset({("no", "better"), ("nothing", "better")})


# The prepositions that name what a text or an account is about ("details regarding", "information
# on"), and the pronouns and nouns that, with an exceptive after them, take every topic but one
_TOPIC_PREPOSITIONS = frozenset("regarding concerning about on re respecting".split())
_TOPIC_PAIRS = (("relating", "to"), ("related", "to"), ("as", "to"), ("with", "respect"))
_ALL_TOPICS = frozenset("anything everything all matters topics subjects".split())


def _topic_set_aside(tokens: Tokens, e: int, hi: int) -> int | None:
    """The part at e followed by what it is about, and that topic every one but what comes after an
    exceptive: "for additional details regarding everything except these risks", "for more
    information on anything but those factors", "details about matters other than these risks".
    What the part names is then about something else. The token of the all-embracing word, or None."""
    words = tokens.words
    t = e + 1
    if t + 1 >= hi or tokens.marked(HARD_GAP, t):
        return None
    if words[t] in _TOPIC_PREPOSITIONS:
        t += 1
    elif tuple(words[t : t + 2]) in _TOPIC_PAIRS:
        t += 2 + (words[t + 1] == "respect" and t + 2 < hi and words[t + 2] == "to")
    else:
        return None
    if t + 2 >= hi or words[t] not in _ALL_TOPICS or any(tokens.marked(HARD_GAP, k) for k in range(t, t + 3)):
        return None
    if words[t + 1] in ("except", "but") or words[t + 1 : t + 3] == ["other", "than"] \
            or words[t + 1 : t + 3] == ["apart", "from"]:
        return t
    return None


@read_once
def negation_after(tokens: Tokens, e: int, hi: int) -> int | None:
    """A negation the part is the subject of: an auxiliary and "not" after it, the part's own
    words between ("reliance should not be placed", "the safe harbor for these statements does
    not apply")."""
    words = tokens.words
    if words[e + 1 : e + 5] in (["nothing", "of", "the", "kind"], ["nothing", "of", "the", "sort"]):
        return e + 1  # the verb's object denied: "in this release they signal nothing of the kind"
    aside = _topic_set_aside(tokens, e, hi)
    if aside is not None:
        return aside  # "for additional details regarding everything except these risks"
    over = _negation_over_aside(tokens, e, hi)
    if over is not None:
        return over
    between = False
    # a short relative clause on the part that ends on the statements ("reliance that investors
    # place on them could be undue") is passed over to the verb of the part's own clause
    skipped = _relative_on_statements(tokens, e, hi)
    reach = e + 9 + (skipped - e if skipped else 0)
    coordinated = False
    for t in range(e + 1, hi):
        if t >= reach:
            break
        if skipped is not None and t <= skipped:
            continue
        if words[t] == "and" and tuple(words[t - 1 : t + 2]) == ("securities", "and", "exchange"):
            continue  # the Commission's name ("as filed with the Securities and Exchange Commission, do not")
        if words[t] == "and" and not coordinated and _parallel_name(tokens, e, t, hi):
            # "Sections 27A and 21E do not protect them": the part is one of a coordinated
            # subject, and the verb after the last conjunct is its verb too
            coordinated = True
            reach = t + 10
            continue
        if words[t] == "between":
            between = True
        elif words[t] == "and" and between:
            between = False
            continue  # "differences between actual results and our projections are ...": one subject
        if tokens.marked(HARD_GAP, t) or words[t] in BOUNDARIES:
            return None
        if words[t] in NEW_SUBJECTS and t + 1 < hi and words[t + 1] in AUXILIARIES:
            return None  # "reliance on them as we do not undertake ...": the negation is another subject's
        if is_negation(words[t]) and words[t].endswith("n't") and words[t][:-3] in AUXILIARIES:
            return t
        if _failing_predicate(tokens, t, hi) and not (t > e + 1 and is_negation(words[t - 1])):
            # "risks that our filings fail to describe": the part's own verb denied ("never fail
            # to describe": the two denials cancel)
            return t
        if words[t] in AUXILIARIES:
            u = t
            while u + 1 < hi and (words[u + 1] in AUXILIARIES or words[u + 1] in _CHAIN_ADVERBS) \
                    and not tokens.marked(HARD_GAP, u + 1):
                u += 1  # ("could ever be undue": an adverb inside the verb chain)
            possible = any(words[v] in _POSSIBILITY_MODALS for v in range(t, u + 1))
            if u + 1 < hi and is_negation(words[u + 1]) and not tokens.marked(HARD_GAP, u + 1):
                if (words[u + 1], words[u + 2] if u + 2 < hi else "") in _COMPARED_AWAY:
                    return None  # "can do no better than to consult": a better course denied, not the act
                judged = _past_judging(words, u + 3, hi) if u + 3 < hi else hi
                if u + 3 < hi and words[u + 2] in ("be", "been") and (
                        _judged_wrong(words, judged, hi) or (possible and words[judged] in DEGREE_DENIALS)):
                    return None  # "would not be misplaced", "could not be undue": the two denials cancel
                if u + 2 < hi and words[u] in _BE_FORMS and \
                        _unlikely_predicate(tokens, u + 2, hi) is not None:
                    return None  # "are not unlikely": likely
                if u + 2 < hi and words[u] in _BE_FORMS and (
                        _judged_wrong(words, judged := _past_judging(words, u + 2, hi), hi)
                        or (judged < hi and words[judged] in DEGREE_DENIALS)):
                    return None  # "reliance on them is never undue", "is not misplaced": the two denials cancel
                if _over_a_universal(tokens, u + 1, hi):
                    return None  # "may not be available for every one of them": a hedge, not a denial
                if u + 2 < hi and _failing_predicate(tokens, u + 2, hi) and not tokens.marked(HARD_GAP, u + 2):
                    return None  # "risks our filings do not fail to describe": the two denials cancel
                # "statements made during this call are not historical and may be deemed ...":
                # saying the part is not history is no denial of what the clause goes on to say
                # "these risks are not the only ones we face": a hedge on exclusivity, no denial
                return None if _says_not_history(words, u + 2, hi) or denies_frequency(words, u + 1) else u + 1
            judged = _past_judging(words, u + 1, hi) if u + 1 < hi else hi
            if u + 1 < hi and words[u] in _BE_FORMS and (
                    _judged_wrong(words, judged, hi) or (possible and words[judged] in DEGREE_DENIALS)) \
                    and not tokens.marked(HARD_GAP, u + 1):
                # "reliance on these statements would be misplaced", "... could be undue", "could
                # be called undue"
                return u + 1
            head = _free_relative_head(words, u + 1, hi)
            if head is not None and words[u] in ("is", "are", "was", "were"):
                # a free relative, or a thing named by a contact clause, whose stranded preposition
                # denies the subject: "undue reliance on them is what readers are cautioned
                # against", "... is something every holder is warned against"
                for v in range(head, min(hi, head + 13)):
                    if tokens.marked(HARD_GAP, v):
                        break
                    if words[v] in _SHUNNING_ENDS and (v + 1 >= hi or tokens.marked(HARD_GAP, v + 1)):
                        return v
            if u + 1 < hi and words[u] in _BE_FORMS:
                # "undue reliance on them is to be avoided", "... should be avoided"
                shunned = u + 3 if tuple(words[u + 1 : u + 3]) == ("to", "be") else u + 1
                if shunned < hi and words[shunned] in _SHUNNED and not tokens.marked(HARD_GAP, shunned):
                    return shunned
            if words[u] in _BE_FORMS:
                return _unlikely_predicate(tokens, u + 1, hi)
            return None
    return None


def _parallel_name(tokens: Tokens, e: int, t: int, hi: int) -> bool:
    """Whether the "and" at t opens a conjunct parallel to the part that ends at e, so that the
    two are one subject: a number after a number ("27A and 21E"), or the part's own head word
    again ("Section 27A of the Securities Act and Section 21E of ..."). Only then: "the Act
    protects them and we do not update them" joins two clauses, and a plain noun after "and"
    may be an object's ("our Form 10-K and the risks it describes")."""
    words = tokens.words
    if t + 1 >= hi or tokens.marked(HARD_GAP, t) or tokens.marked(HARD_GAP, t + 1):
        return False
    if any(words[k] in FINITE_VERBS or words[k] in BOUNDARIES for k in range(e + 1, t)):
        return False  # a verb or a clause of its own before the "and": two clauses
    after = words[t + 1]
    if after[:1].isdigit() and words[e][:1].isdigit():
        return True
    return after not in FILLERS and after in words[max(0, e - 2) : e + 1] and len(after) > 3


def _failing_predicate(tokens: Tokens, t: int, hi: int) -> bool:
    """Whether a verb of failure at t ("fail", "neglect", "omit" + "to") governs the clause's last
    verb, with at most a pronoun after it before the clause ends ("... that our filings fail to
    describe.", "our report omits to discuss them;"): the subject's predicate is denied. A verb
    of its own after it ("the risks we fail to anticipate could cause ...") leaves the clause
    standing, so the clause must end there."""
    words = tokens.words
    if t + 2 >= hi or words[t + 1] != "to" or "to" not in IMPLICIT_NEGATORS.get(words[t], ()) \
            or words[t] in _HELD_BACK:
        return False
    end = t + 3
    if end < hi and words[end] in ("them", "it", "these", "those", "they") and not tokens.marked(HARD_GAP, end):
        end += 1
    return end >= len(words) or bool(tokens.marked(HARD_GAP, end))


# verbs of holding back or fear: denied, they invite the act ("need not hesitate to rely")
_HELD_BACK = frozenset("hesitate hesitates hesitated hesitating fear fears feared fearing afraid".split())
_RELATIVE_CLAUSE_WORDS = 7  # "that any investor may place on them"
# Heads after a copula that a clause with a stranded preposition can describe: "what", or a bare
# thing-noun taking a contact clause ("something readers are warned against").
_THING_HEADS = frozenset("something thing practice course".split())
# Last words of such a clause that keep the reader from the subject ("... readers are cautioned
# against", "... readers should avoid"), and the participles that do so after a copula.
_SHUNNING_ENDS = frozenset("against avoid shun".split())
_SHUNNED = frozenset("avoided shunned".split())


def _free_relative_head(words: list[str], t: int, hi: int) -> int | None:
    """The first token of the clause after a free relative's "what" or a thing-noun at t ("what
    readers are warned against", "something the reader is cautioned against", "a thing ..."); else None."""
    if t >= hi:
        return None
    if words[t] in ("what", "something"):
        return t + 1
    if words[t] in ("a", "the", "one") and t + 1 < hi and words[t + 1] in _THING_HEADS:
        return t + 2
    return None


def _relative_on_statements(tokens: Tokens, e: int, hi: int) -> int | None:
    """The last token of a restrictive relative clause right after the part that ends on a
    preposition and a pronoun for the statements ("reliance that investors place on them",
    "reliance which you put in it"), when an auxiliary follows it; else None."""
    words = tokens.words
    if e + 1 >= hi or words[e + 1] not in ("that", "which") or tokens.marked(HARD_GAP, e + 1):
        return None
    for u in range(e + 3, min(hi - 1, e + 2 + _RELATIVE_CLAUSE_WORDS)):
        if tokens.marked(HARD_GAP, u):
            return None
        if (words[u] in STATEMENT_PRONOUNS and words[u - 1] in ("on", "upon", "in")
                and words[u + 1] in AUXILIARIES and not tokens.marked(HARD_GAP, u + 1)):
            return u
    return None


_BE_FORMS = frozenset("be is are was were been".split())  # the copula a predicate denial follows
# Verbs of judging that put the predicate one step off the copula ("could be called undue", "would
# be considered misplaced", "might be regarded as excessive"): the judgement is the predicate's.
_JUDGING = frozenset("called considered deemed regarded thought viewed judged seen described".split())


def _past_judging(words: list[str], t: int, hi: int) -> int:
    """The token of the predicate at or after t, past a verb of judging and its "as"."""
    if t + 1 < hi and words[t] in _JUDGING:
        t += 1
        if t + 1 < hi and words[t] == "as":
            t += 1
    return t


def _judged_wrong(words: list[str], t: int, hi: int) -> bool:
    """A predicate after the copula that judges its subject wrong: "misplaced", "foolish", "a
    mistake" ("placing full reliance on them would be a mistake")."""
    if words[t] in PREDICATE_DENIALS or words[t] in IMPRUDENT_ACTS:
        return True
    return words[t] in ("a", "an") and t + 1 < hi and words[t + 1] in WRONG_ACTS


# Predicates of likelihood that deny their subject when they end the clause: "material differences
# between actual results and our projections are virtually impossible" (not "are unlikely to be
# resolved", which says something else of them).
_UNLIKELY = frozenset("impossible unlikely improbable inconceivable implausible".split())


def _unlikely_predicate(tokens: Tokens, t: int, hi: int) -> int | None:
    words = tokens.words
    if t < hi and words[t].endswith("ly") and words[t] not in _UNLIKELY and not tokens.marked(HARD_GAP, t):
        t += 1  # "virtually", "highly"
    if t >= hi or words[t] not in _UNLIKELY or tokens.marked(HARD_GAP, t):
        return None
    return t if t + 1 >= hi or tokens.marked(HARD_GAP, t + 1) or words[t + 1] in BOUNDARIES else None


def _says_not_history(words: list[str], t: int, hi: int) -> bool:
    """Whether the words from t, right after a negation, say "historical" ("not historical",
    "not purely historical", "not historical facts")."""
    if t < hi and words[t] in ("purely", "solely", "strictly", "merely"):
        t += 1
    return t < hi and words[t] in ("historical", "historic")


# adjectives of time or kind on a duty or an intention, read past to the verb that governs it
# ("does not lack any current intention to update", "is not relieved of its legal duty to")
_DUTY_MODIFIERS = frozenset("current present existing legal continuing".split())


@read_once
def implicit_negator(tokens: Tokens, s: int, lo: int) -> int | None:
    """A verb or adjective that denies the part at s by governing it ("fail to update", "will not
    hesitate to revise", "refrain from relying", "not relieved of its obligation to update"):
    its token, or None."""
    words = tokens.words
    outside = _outside_scope(tokens, s, lo)
    if outside is not None:
        return outside
    b = s - 1
    skipped = 0
    while b >= lo and skipped < 2 and (words[b] in FILLERS or words[b].endswith("ly") or words[b] in _DUTY_MODIFIERS
                                       or (words[b] in _DEGREES and b > lo and words[b - 1] in _LIGHT_VERBS)):
        b, skipped = b - 1, skipped + 1  # a degree on a light verb's noun: "from placing full reliance"
    if b >= lo and words[b] in _LIGHT_VERBS:
        b -= 1  # "from placing undue reliance"
    if b > lo and words[b] in ("or", "and") and "," in tokens.gap(b):
        b = _lacked_before_coordinate(tokens, b, lo)
    link = ""
    if b >= lo and words[b] in ("to", "from", "of", "in", "about"):
        link, b = words[b], b - 1
    if link and b > lo and "," in tokens.gap(b + 1) and not tokens.marked(HARD_STOP, b + 1):
        aside = _before_aside(tokens, b, lo)  # "will not fail, whatever the law says, to revise"
        if aside != b:
            return aside if link in IMPLICIT_NEGATORS[words[aside]] else None
    if link and b > lo and words[b] in _REFLEXIVES and not tokens.marked(HARD_GAP, b + 1):
        b -= 1  # "has not relieved itself of the duty to update", "freed ourselves from"
    if b < lo or (tokens.marked(HARD_GAP, b + 1) and not (not link and _raised_conjunct_end(tokens, b, lo))):
        return None
    if link == "of" and words[b] in _BENEFITS:
        lacking = _lacking_benefit(tokens, b, lo)
        if lacking is not None:
            return lacking
    if not link and b > lo and words[b] in ("and", "or") and "," not in tokens.gap(b):
        # "lack the protection of Section 27A of the Securities Act and Section 21E of the Exchange
        # Act": the second provision is lacked as much as the first
        benefit = _benefit_before_coordinate(tokens, b, lo)
        if benefit is not None:
            lacking = _lacking_benefit(tokens, benefit, lo)
            if lacking is not None:
                return lacking
    if link in ("of", "from") and words[b] not in IMPLICIT_NEGATORS:
        b = _release_over_object(tokens, b, lo, link)
    links = IMPLICIT_NEGATORS.get(words[b]) if not conjunction_yet(words, b) else None
    if links is not None and link in links and not ((words[b] in STOPPING or words[b] in DEFERRING)
                                                    and not words[s].endswith("ing")):
        return b  # ("stop revising" revises no more; "stop short" is an idiom of its own)
    if link == "of" and words[b] == "short" and b > lo and words[b - 1] in STOPPING:
        return b  # "stops short of assuming a duty" assumes none ("fall short of" measures a gap)
    if not link and words[b] in _LACK_VERBS and (words[b + 1] in _DETERMINERS_OF_LACK or b + 1 == s):
        # "lacks any obligation to update"; so "does not lack an obligation" has one. A bare
        # plural as well ("statements that lack words such as", "omit terms like"): what the
        # statements lack cannot mark them
        return b
    if link == "from":
        # "prevents the reader from relying", "discourage investors from placing"
        for v in range(b, max(lo, b - 3) - 1, -1):
            if words[v] in KEEPING_FROM:
                return v
            if tokens.marked(HARD_GAP, v) or words[v] in BOUNDARIES or words[v] in AUXILIARIES:
                break
    return None


def _raised_conjunct_end(tokens: Tokens, b: int, lo: int) -> bool:
    """Whether the verb at b closes the later of two coordinated verbs that share the object
    after the comma ("does not disclaim, and would not neglect, any duty to update"): the comma
    after b ends the conjunct opened by ", and" / ", or" a few auxiliaries or negations before,
    so the object is b's as much as the first verb's."""
    words = tokens.words
    if tokens.gap(b + 1).strip() != ",":
        return False
    for c in range(b - 1, max(lo, b - 5) - 1, -1):
        if words[c] in ("and", "or") and "," in tokens.gap(c):
            return c + 1 < b and all(words[k] in AUXILIARIES or words[k] in ("not", "never") or words[k].endswith("ly")
                                     for k in range(c + 1, b))
        if tokens.marked(HARD_GAP, c + 1):
            return False
    return False


# What a provision gives ("the protection of the Reform Act", "the benefit of Section 21E"), and
# what a document gives of a matter ("any discussion of these risks"): a verb of lacking over it
# denies the provision to the statements, or the matter to the document.
_BENEFITS = frozenset("""protection protections benefit benefits shelter discussion discussions description
descriptions mention account""".split())


def _lacking_benefit(tokens: Tokens, b: int, lo: int) -> int | None:
    """A verb of lacking over the noun of benefit or account at b that the part follows through
    "of" ("statements that lack the protection of Section 27A ...", "our filings lack any
    discussion of these risks", "omit any mention of"): what the statements lack they do not have,
    so the provision does not cover them; what the filings lack they do not discuss. Its token,
    or None. The determiner is needed ("lack the protection of"), as for a duty lacked;
    "lack of protection" is a noun of its own ("a lack of protection under the Act would ...")."""
    words = tokens.words
    v = b - 1
    if v < lo or words[v] not in _DETERMINERS_OF_LACK or tokens.marked(HARD_GAP, v + 1):
        return None
    v -= 1
    if v < lo or words[v] not in _LACK_VERBS or tokens.marked(HARD_GAP, v + 1):
        return None
    return v


_PROVISION_WORDS = 10  # "Section 27A of the Securities Act of 1933" + "and": the first provision's words


def _benefit_before_coordinate(tokens: Tokens, b: int, lo: int) -> int | None:
    """The noun of benefit whose "of" opens the first of two provisions joined by "and"/"or" at b
    ("the protection of Section 27A of the Securities Act of 1933 and ..."): its token, or None.
    Punctuation or a word that opens a clause between them ends the search."""
    words = tokens.words
    for k in range(b - 1, max(lo, b - 1 - _PROVISION_WORDS), -1):
        if tokens.marked(HARD_GAP, k + 1) or "," in tokens.gap(k + 1) or words[k] in BOUNDARIES:
            return None
        if words[k] == "of" and words[k - 1] in _BENEFITS:
            return k - 1
    return None


_COORDINATE_WORDS = 3  # "lack the current intention" + ", or the obligation,": the first noun phrase's words


def _lacked_before_coordinate(tokens: Tokens, b: int, lo: int) -> int:
    """The verb of lacking that governs a noun phrase the part is coordinated with after a comma
    and "or"/"and" at b ("do not lack the intention, or the obligation, to update"): the part is
    lacked as much as the first noun, so the verb's token; else b."""
    words = tokens.words
    for k in range(b - 1, max(lo, b - 1 - _COORDINATE_WORDS) - 1, -1):
        if k + 1 < b and tokens.marked(HARD_GAP, k + 1):
            return b
        if words[k] in _LACK_VERBS and words[k + 1] in _DETERMINERS_OF_LACK:
            return k
    return b


_DENIAL_ASIDE_WORDS = 7  # words of an aside between a verb of denial and its link ("fail, whatever the law says, to")


def _before_aside(tokens: Tokens, b: int, lo: int) -> int:
    """The verb of denial before a short aside between commas that ends at token b ("will not
    fail, whatever our legal obligations, to revise"): its token, else b. The aside is passed over
    as one between a verb and its object is; only a verb that takes the link can stand before it."""
    words = tokens.words
    for k in range(b, max(lo, b - _DENIAL_ASIDE_WORDS), -1):
        if tokens.marked(HARD_STOP, k):
            return b
        if "," in tokens.gap(k):
            return k - 1 if k - 1 >= lo and words[k - 1] in IMPLICIT_NEGATORS else b
    return b


_RELEASED_OBJECTS = frozenset("us them it you company management issuer".split())
_OWN_NAME_WORDS = 4  # "relieves Halvard Pumps of": the name's words read back to the verb


_SCOPE_OWNER_WORDS = 3  # "of" + "the Company's" + the part ("outside the scope of the Company's filings")
# what a thing covers, whose outside is not in it: "outside the scope of", "beyond the reach of the
# safe harbor provisions", "beyond the ambit (purview) of the Act"
_EXTENT_NOUNS = frozenset("scope reach ambit purview compass coverage bounds confines".split())


def _outside_scope(tokens: Tokens, s: int, lo: int) -> int | None:
    """ "outside (beyond) the scope (reach, ambit, ...) of" right before the part, with only its determiner or owner
    between ("factors that lie outside the scope of our SEC filings"): what lies outside a thing
    is not in it. The token of "outside", or None."""
    words = tokens.words
    b = s - 1
    while b >= lo and s - b <= _SCOPE_OWNER_WORDS and words[b] != "of" and (
            words[b] in FILLERS or words[b].endswith("'s") or tokens.names.is_own(words[b])):
        b -= 1
    if b >= lo and words[b] == "in":
        return _beyond_anything_in(tokens, b, s, lo)
    if b - 3 < lo or words[b] != "of" or words[b - 3] not in ("outside", "beyond") or words[b - 2] != "the" \
            or words[b - 1] not in _EXTENT_NOUNS or any(tokens.marked(HARD_GAP, k) for k in range(b - 2, s + 1)):
        return None
    return b - 3


# "beyond anything (discussed) in our filings": what goes beyond all that a document holds is not in it
_ANYTHING = frozenset("anything everything whatever what".split())


def _beyond_anything_in(tokens: Tokens, b: int, s: int, lo: int) -> int | None:
    """ "beyond anything (everything, what is) in", with at most a participle between the pronoun
    and "in" ("risks that go beyond anything discussed in our Form 10-K"), right before the part
    at s (only its determiner or owner between): the token of "beyond", or None."""
    words = tokens.words
    t = b - 1
    if t >= lo and words[t].endswith("ed"):
        t -= 1  # "discussed", "described", "contained"
    if t >= lo and words[t] in ("is", "are", "was", "were"):
        t -= 1  # "beyond what is discussed in"
    if t - 1 < lo or words[t] not in _ANYTHING or words[t - 1] != "beyond" \
            or any(tokens.marked(HARD_GAP, k) for k in range(t, s + 1)):
        return None
    return t - 1


def _release_over_object(tokens: Tokens, b: int, lo: int, link: str) -> int:
    """A verb of release with its object between it and its preposition ("nothing relieves the
    Company of the obligation", "frees us from any duty"): the verb's token when the words before
    the preposition are such an object (a pronoun, a determiner and "company", or one of the
    company's own names), else b."""
    words = tokens.words
    if tokens.names.is_own(words[b]):
        # the company by one of its own names: "nothing relieves Halvard Pumps of its obligation"
        v = b - 1
        while v > lo and b - v < _OWN_NAME_WORDS and tokens.names.is_own(words[v]) \
                and not tokens.marked(HARD_GAP, v + 1):
            v -= 1
        if tokens.marked(HARD_GAP, v + 1):
            return b
        links = IMPLICIT_NEGATORS.get(words[v])
        return v if links is not None and link in links else b
    if words[b] not in _RELEASED_OBJECTS:
        return b
    v = b - 1
    if v > lo and words[v] in FILLERS:
        v -= 1  # "the Company", "its management"
    if v < lo or any(tokens.marked(HARD_GAP, k) for k in range(v + 1, b + 1)):
        return b
    links = IMPLICIT_NEGATORS.get(words[v])
    return v if links is not None and link in links else b


def negative_subject(tokens: Tokens, first: int, lo: int) -> int | None:
    """A negative subject that opens the sentence ("No more information on these risks ... is
    included in our filings, including in the Risk Factors sections of our Form 10-K") when the
    parts stand in its predicate, with no new clause between: its token, or None."""
    words = tokens.words
    h = sentence_low(tokens, first, lo)
    if words[h] not in NEGATIVE_SUBJECTS or first - h > 80 or is_local_negation(words, h):
        return None  # (not "No matter how carefully we plan, ...": an idiom that denies nothing)
    verb = main_verb(words, h + 1, first)
    if verb is None:
        return None  # the parts stand in the subject: the clause scan reads them
    if any(words[t] in ("and", "but") and "," in tokens.gap(t) for t in range(h + 1, verb)):
        return None  # "Neither we nor anyone assumes …, and you should not …": the verb is the next clause's
    for t in range(verb + 1, first):
        gap = tokens.gap(t)
        if ";" in gap or ":" in gap:
            return None
        # a new clause ("..., and actual results may differ") ends the subject's reach; a phrase
        # coordinated with the predicate's ("..., and in our Quarterly Reports") does not
        if words[t] in ("and", "but", "or") and any(words[u] in FINITE_VERBS for u in range(t + 1, first)):
            return None
        # a consequence or a further denial after a comma opens a clause of its own ("None of
        # them can occur, so results cannot differ", "..., nor can ...")
        if words[t] in ("so", "yet", "nor") and "," in gap and any(
                words[u] in FINITE_VERBS for u in range(t + 1, first)):
            return None
        if words[t] in ("and", "but", "or") and t + 1 < first and words[t + 1] in NEGATIVE_SUBJECTS:
            return None  # "No warranty is given as to ..., and no reliance should be placed on": its own denial
        if words[t] in ("which", "who") and "," in gap:
            return None  # "No one should rely on them, which speak only as of today": the relative says its own
    return h


def _comparand_is_an_aside(tokens: Tokens, clause: int) -> bool:
    """Whether the comparison "no less than" before `clause` stands between commas ("are intended,
    no less than any other signal, to identify"): it compares the subject with something else and
    affirms, while "Our statements of historical fact, no less than our forward-looking statements,
    are phrased with" puts the statements themselves in the comparison."""
    words = tokens.words
    if clause - 3 < 0 or "," not in tokens.gap(clause - 3):
        return False
    for t in range(clause, min(len(words), clause + 6)):
        if "," in tokens.gap(t):
            return not any(w in ("statement", "statements", "forward", "looking") for w in words[clause:t])
    return False


def no_more_than(tokens: Tokens, clause: int, lo: int) -> int | None:
    """A denied comparison whose "than" opens the clause of a part ("no more likely than other
    statements to contain words such as ...", "no likelier than"): what the part does is said to
    be no more so than of anything else, so it marks nothing. The negation's token, or None."""
    words = tokens.words
    if clause - 1 <= lo or words[clause - 1] != "than":
        return None
    if clause < len(words) and is_negative_form(words[clause]):
        return None  # "vary no more than immaterially": a bound on a degree the next word denies itself
    for t in range(clause - 2, max(lo, clause - 2 - _COMPARED_WORDS) - 1, -1):
        if tokens.marked(HARD_GAP, t + 1):
            return None
        if words[t] in _MORE_OR_LESS and t > lo and words[t - 1] in ("no", "not", "hardly", "scarcely"):
            if words[t] == "less" and t == clause - 2 and _comparand_is_an_aside(tokens, clause):
                return None  # litotes in an aside: "intended, no less than any other signal, to identify"
            return t - 1
    return None


_COMPARED_REACH = 8  # words from "no more" to the first part ("no more able to identify ...")
_THAN_AFTER = 6  # words after the last part the "than" may stand ("... than historical ones by")
_BOUND_AFTER_THAN = frozenset("""a an one two three four five six seven eight nine ten half once twice necessary
needed required""".split())


def no_more_across(tokens: Tokens, first: int, last: int, lo: int) -> int | None:
    """A denied comparison that spans the parts: "You are no more able to identify forward-looking
    statements than historical ones by terminology such as ...", "no better able to ... than":
    what the parts say is said to hold no more of them than of what "than" names, so it marks
    nothing. "no more" (or "no better") stands before the first part in its clause with a word
    between it and "than"; "no more than" together is a bound ("place no more than measured
    reliance"), and so is a number after "than". The negation's token, or None."""
    words = tokens.words
    n = len(words)
    start = sentence_low(tokens, first, lo)
    for t in range(max(start, first - _COMPARED_REACH), first):
        if words[t] not in ("no", "not") or t + 2 >= n or words[t + 1] not in ("more", "better") \
                or words[t + 2] == "than":
            continue
        if any(tokens.marked(HARD_GAP, k) or words[k] in BOUNDARIES for k in range(t + 1, first + 1)):
            continue
        for u in range(t + 3, min(n, last + 1 + _THAN_AFTER)):
            if tokens.marked(SENTENCE_GAP, u):
                break
            if words[u] == "than":
                after = words[u + 1] if u + 1 < n else ""
                if after.isdigit() or after in _BOUND_AFTER_THAN:
                    break
                return t
    return None


_KEEPING_REACH = 8  # words from "from" to the first part ("from trying to find these statements")


def kept_from_before(tokens: Tokens, first: int, lo: int) -> int | None:
    """A verb that keeps someone from an act whose gerund phrase holds the parts ("We discourage
    you from trying to find these statements by looking for words such as ...", "nothing prevents
    you from attempting to identify them by"): the act is advised against or barred, as "refrain
    from" would. Only a gerund after "from" and no finite verb, auxiliary or clause opener between
    it and the first part. The verb's token, or None."""
    words = tokens.words
    start = sentence_low(tokens, first, lo)
    for f in range(first - 1, max(start, first - _KEEPING_REACH) - 1, -1):
        if tokens.marked(HARD_GAP, f + 1) or words[f] in BOUNDARIES or (words[f] in AUXILIARIES and words[f] != "to"):
            return None
        if words[f] != "from":
            continue
        if f + 1 >= first or not words[f + 1].endswith("ing"):
            return None
        for v in range(f - 1, max(start, f - 4) - 1, -1):
            if words[v] in KEEPING_FROM:
                return v
            if tokens.marked(HARD_GAP, v + 1) or words[v] in BOUNDARIES or words[v] in AUXILIARIES:
                return None
        return None
    return None


def direct_negation(tokens: Tokens, s: int, lo: int) -> int | None:
    """A negation that stands right at the part: "not forward-looking", "is not a forward-looking
    statement", "rather than forward-looking statements", "instead of"; its token, or None."""
    words = tokens.words
    b = s - 1
    # "not a", "not be regarded as", "not its" ...
    while b >= lo and b >= s - 3 and (words[b] in _PREDICATE_FILLERS or words[b] in FILLERS):
        b -= 1
    if b >= lo and b >= s - 3 and words[b] in _MAKING:
        b -= 1  # "we are seldom (not) making forward-looking statements"
    if b < lo or any(tokens.marked(HARD_GAP, k) for k in range(b + 1, s)):
        return None
    if words[b] in _AT_THE_PART and (words[b], words[b + 1]) not in LOCAL_NEGATIONS:
        return b
    return _contrast_ending(tokens, b, lo)


_LIGHT_VERBS = frozenset("place placing put putting give giving".split())
_DEGREES = frozenset("full complete total absolute much great heavy".split())  # "placing full reliance"


_REFLEXIVES = frozenset("itself ourselves themselves himself herself yourself yourselves".split())


_MAKING = frozenset("making make makes".split())
# negations that deny the part where they stand, frequencies that deny included ("seldom making")
_AT_THE_PART = frozenset("not never non seldom rarely hardly scarcely".split())
_PREDICATE_FILLERS = frozenset("a an be been being considered deemed regarded treated viewed as".split())


_UNIVERSALS = frozenset("every all each".split())
_UNIVERSAL_LINKS = frozenset("for to in with".split())


def _over_a_universal(tokens: Tokens, n: int, hi: int) -> bool:
    """Whether the negation at n governs a universal the predicate goes on to ("may not be
    available for every one of them", "does not apply to all such statements"): denied for all
    is granted for some, a hedge on the reach, not a denial. "to any of them" stays a denial."""
    words = tokens.words
    for t in range(n + 1, min(hi - 1, n + 6)):
        if tokens.marked(HARD_GAP, t) or words[t] in BOUNDARIES:
            return False
        if words[t] in _UNIVERSAL_LINKS and words[t + 1] in _UNIVERSALS:
            return True
    return False


def _contrast_ending(tokens: Tokens, b: int, lo: int, table=CONTRASTS) -> int | None:
    """The first token of a contrast of `table` whose last word is token b ("rather than",
    "instead of", "as opposed to"), its words unbroken by a hard gap; else None."""
    words = tokens.words
    for contrast in table:
        n = len(contrast)
        if b - n + 1 >= lo and tuple(words[b - n + 1 : b + 1]) == contrast \
                and not any(tokens.marked(HARD_GAP, k) for k in range(b - n + 2, b + 1)):
            return b - n + 1
    return None


_CONTRASTED_REACH = 4  # words of the noun phrase between a contrast and the part ("as opposed to this press release")


def contrasted_before(tokens: Tokens, a: int, lo: int) -> int | None:
    """A contrast a few words before a part the company must own, with no verb or clause break
    between: "Our investor presentation, as opposed to this press release, contains ...", "...
    identify historical facts rather than forward-looking statements". What the part names is set
    aside in favour of another. The contrast's first token, or None."""
    words = tokens.words
    for b in range(a - 1, max(lo, a - 1 - _CONTRASTED_REACH) - 1, -1):
        if tokens.marked(HARD_GAP, b + 1):
            return None
        start = _contrast_ending(tokens, b, lo)
        if start is not None:
            return start
        if words[b] in _CONTRAST_PREPOSITIONS and b - 1 >= lo and not tokens.marked(HARD_GAP, b):
            start = _contrast_ending(tokens, b - 1, lo)  # "rather than to any report filed with the SEC"
            if start is not None:
                return start
        if words[b] in BOUNDARIES or words[b] in AUXILIARIES or words[b] in FINITE_VERBS:
            return None
    return None


_CONTRAST_PREPOSITIONS = frozenset("to in on from under with".split())


@read_once
def other_than_before(tokens: Tokens, s: int, lo: int) -> int | None:
    """A noun "other than" the part itself ("detailed in documents other than our annual report"):
    what the noun names is not the part. "other than as required by law" and "factors other than
    those described in ..." put other words between; under a negation ("no obligation other than
    our obligation to update", "nothing other than our Form 10-K") it says "only". The token of
    "other", or None."""
    words = tokens.words
    b = _fillers_before(tokens, s - 1, lo)
    if b - 1 >= lo and _possessive(tokens, b) and not tokens.marked(HARD_GAP, b + 1):
        # the owner's possessive read past as "our" is: "sources other than Acme's annual report",
        # "other than the Company's report", "other than Agios' report"
        b = _fillers_before(tokens, b - 1, lo)
    marked = b - 1 >= lo and list_item_mark(tokens, b)
    if marked:
        b -= 1  # a list's first item marked: "materials other than (i) our annual report"
    if (b - 2 >= lo and words[b] == "than" and words[b - 1] == "other" and words[b - 2] not in _NOT_NOMINAL
            and (marked or not tokens.marked(HARD_GAP, b + 1)) and not tokens.marked(HARD_GAP, b)
            and not any(is_negation(w) or w in NEGATIVE_SUBJECTS for w in words[_other_than_reach(tokens, b - 1, lo) : b - 1])):
        return b - 1
    if (b - 1 >= lo and words[b] in ("except", "but") and words[b - 1] in _ANY_THING
            and not tokens.marked(HARD_GAP, b + 1) and not tokens.marked(HARD_GAP, b)
            and not any(is_negation(w) or w in NEGATIVE_SUBJECTS for w in words[max(lo, b - 6) : b - 1])):
        return b - 1  # "by anything except the use of words such as ...", "anything but": not by them
    return None


_ANY_REACH = 5  # words from a negation to the "any" it governs ("are not meant to serve" + "any")


def _other_than_reach(tokens: Tokens, other: int, lo: int) -> int:
    """The first token read for a negation before the "other" of "other than" at `other`: four
    words back, or, when the noun before it is opened by "any", a few words before that "any",
    whose negation is the phrase's ("not meant to serve any purpose other than identifying" is
    "no purpose other than identifying": only that)."""
    words = tokens.words
    reach = max(lo, other - 4)
    any_at = next((k for k in range(other - 1, reach - 1, -1) if words[k] == "any"), None)
    if any_at is None or any(tokens.marked(HARD_GAP, k) for k in range(any_at + 1, other + 1)):
        return reach
    start = max(lo, any_at - _ANY_REACH)
    for k in range(any_at, start, -1):
        if tokens.marked(HARD_GAP, k) or "," in tokens.gap(k):
            return k  # (the negation must be the clause's: no comma or stop between)
    return start


def _fillers_before(tokens: Tokens, b: int, lo: int) -> int:
    """Token b, or the first token before it that is no determiner of the same noun phrase."""
    while b >= lo and tokens.words[b] in FILLERS and not tokens.marked(HARD_GAP, b + 1):
        b -= 1
    return b


def _possessive(tokens: Tokens, t: int) -> bool:
    """Whether token t is an owner's possessive: "Acme's", or a name before the noun it owns
    (canonical text drops the apostrophe after a final s: "Agios' report" reads "agios report")."""
    word = tokens.words[t]
    return word.endswith("'s") or tokens.names.is_own(word) or tokens.names.is_name(word)


# What marks an item of a run-in list: "(i)", "(b)", "(2)"
_LIST_MARKS = frozenset("i ii iii iv v vi a b c d e 1 2 3 4 5 6".split())


def list_item_mark(tokens: Tokens, t: int) -> bool:
    """Whether token t is a list item's mark in brackets ("(i) the annual report")."""
    return (tokens.words[t] in _LIST_MARKS and tokens.gap(t).rstrip().endswith("(")
            and tokens.gap(t + 1).lstrip().startswith(")"))


_BESIDE_REACH = 5  # words between "not" and the part ("not those filed with the" + "SEC")
_RELATIVE_WORDS = 8  # from "which" to the part ("which are available on the" + "SEC's")
_ADDRESS_RELATIVE_WORDS = 12  # ... to a web address ("which are available on the SEC's web site at" + "www.sec.gov")
_RELATIVE_BESIDE_REACH = 12  # "not those filed with the Securities and Exchange Commission (SEC), which"


@read_once
def not_beside(tokens: Tokens, a: int, lo: int) -> int | None:
    """The "not" of an aside that sets the part at token a aside beside another noun: "in its
    internal reports, not those filed with the SEC", "the purchase agreement, not this release,
    contains ...". What the part names is not what the clause speaks of. Its token, or None."""
    words = tokens.words
    reach, relative = _BESIDE_REACH, None
    # a relative clause on the noun set aside is said of it too: "not those filed with the SEC,
    # which are available on the SEC's web site"
    relative_words = _ADDRESS_RELATIVE_WORDS if a > 0 and words[a - 1] == "www" else _RELATIVE_WORDS
    for r in range(a, max(lo, a - relative_words) - 1, -1):
        if r < a and tokens.marked(HARD_GAP, r + 1):
            break
        if words[r] in ("which", "that") and "," in tokens.gap(r):
            reach, a, relative = _RELATIVE_BESIDE_REACH, r, r
            break
    for t in range(a - 1, max(lo, a - 1 - reach) - 1, -1):
        if words[t] == "not":
            b = t - 1 if t - 1 >= lo and words[t - 1] in ("and", "but") else t
            return t if b > lo and "," in tokens.gap(b) and tokens.sets_aside_noun(b, t) else None
        if words[t] == "unlike" and relative is None:
            # the same aside by a preposition of contrast: "Our annual report, unlike this
            # release, contains ..." (a fronted "Unlike X, ..." has no comma before it)
            # (not inside a relative clause: "a register which, unlike our Form 10-K, is not
            # public" says what the register is, and its own predicate carries the contrast)
            return t if t > lo and "," in tokens.gap(t) and words[t - 1] not in ("which", "who", "that") else None
        broken = tokens.marked(HARD_GAP, t + 1) and t + 1 != relative \
            and tokens.gap(t + 1).strip() not in ("(", ")")  # "Commission (SEC)"
        named = tuple(words[t - 1 : t + 2]) == ("securities", "and", "exchange")  # the Commission's name
        if (broken or (words[t] in BOUNDARIES and not named) or words[t] in AUXILIARIES or words[t] in FINITE_VERBS
                or is_negation(words[t])):
            return None
    return None


# Pronouns of "any thing at all" before "except"/"but": the part is the one thing left out ("nothing
# but" says "only", so it is not among them)
_ANY_THING = frozenset("anything something everything".split())


@read_once
def set_aside(tokens: Tokens, clause: int, s: int, lo: int) -> int | None:
    """A contrast that sets aside what a part says: its first token, or None. One mechanism for
    every place the contrast may stand:
    - right before the clause the part stands in, or before the part itself, the sentence rejects
      what the clause says ("we will update them, rather than disclaiming any obligation to do so",
      "Far from disclaiming any obligation to update ..., we commit to doing so"); the clause scan
      stops after "than", and reads past "instead of" and "far from";
    - opening the clause ("Far from disclaiming any obligation to update ...");
    - a few words before the part, with no verb between, it sets the phrase aside ("as that term
      is used in our policy, rather than within the meaning of the Reform Act", "instead of under
      the safe harbor", "as opposed to the Reform Act"); a verb between makes it another matter
      ("rather than relying on ...")."""
    words = tokens.words
    # a contrast set off by commas on both sides before the part is an aside on another word:
    # "Readers are encouraged, rather than cautioned, to place full reliance" sets aside
    # "cautioned", not the reliance ("... rather than those in our Form 10-K, filed with the SEC"
    # still sets the filing aside)
    closed = any("," in tokens.gap(k) for k in range(clause + 1, s + 1))
    for b in (clause, s):
        if b - 1 >= lo and not tokens.marked(HARD_GAP, b):
            start = _contrast_ending(tokens, b - 1, lo, REJECTIONS)
            if start is not None and not (b == clause and closed and "," in tokens.gap(start)):
                return start
    if clause + 1 < s and not (closed and "," in tokens.gap(clause)):
        for contrast in REJECTIONS:
            if tuple(words[clause : clause + len(contrast)]) == contrast and clause + len(contrast) <= s:
                return clause
    if _rejection_fronted(tokens, s, lo):
        return lo
    reach, b, elaborated = max(lo, s - 10), s - 1, False
    while b >= reach:
        if tokens.marked(HARD_GAP, b + 1):
            if (not elaborated and words[b + 1] in ELABORATING and "," in tokens.gap(b + 1)
                    and not tokens.marked(HARD_STOP, b + 1)):
                # "in lieu of any discussion in documents filed with the SEC, particularly our
                # annual report": what elaborates the noun set aside is set aside with it
                reach, elaborated = max(lo, b - _ELABORATED_REACH), True
            else:
                return None
        start = _contrast_ending(tokens, b, lo)
        if start is not None:
            return start
        if ((words[b] in BOUNDARIES and not (elaborated and words[b] in ("and", "or")))
                or words[b] in AUXILIARIES or words[b] in FINITE_VERBS
                or (words[b].endswith("ing") and words[b] not in _NOT_GERUNDS)):
            return None
        b -= 1
    return None


def _rejection_fronted(tokens: Tokens, s: int, lo: int) -> bool:
    """Whether a rejection of two or more words opens the sentence at `lo` and runs, with no comma
    or hard gap, up to the part at s, in a clause of its own inside the rejected phrase ("Contrary
    to the caution usual in such releases that actual results could differ materially ...,
    management expects them to be borne out"): the whole phrase up to its comma is what the
    sentence sets aside. A comma before the part ("Contrary to the views of some, actual results
    could differ materially") closes the phrase first, so the part is the main clause's; a
    one-word contrast ("Excluding special items ...") is left to the noun phrase it governs."""
    words = tokens.words
    for contrast in FRONTED_REJECTIONS:
        n = len(contrast)
        if n >= 2 and tuple(words[lo : lo + n]) == contrast and lo + n <= s:
            return not any(tokens.marked(HARD_GAP, k) for k in range(lo + n, s + 1))  # (a comma included)
    return False


_NOT_NOMINAL = frozenset("as except save and or but no any".split()) | BOUNDARIES
_NOT_GERUNDS = frozenset("meaning regarding concerning according".split())  # "within the meaning of"


_ELABORATED_REACH = 16  # words of the noun phrase an elaboration follows ("any discussion in documents filed with ...")


# A verb of lacking denies the noun it takes with a determiner ("lacks any duty to update"), not a
# bare noun of a description ("statements lacking words such as 'expect'"). To exclude a thing is
# to leave it out ("the discussion will exclude forward-looking statements").
_LACK_VERBS = frozenset("lack lacks lacked lacking omit omits omitted omitting exclude excludes excluded".split())
_DETERMINERS_OF_LACK = frozenset("a an any the".split())


_ASIDE_REACH = 36  # words an aside inside a subject may run over ("our Annual Report on Form 10-K for the year ended ..., as filed with the U.S. Securities and Exchange Commission, do not")
_ASIDE_WORDS_AFTER = 12  # words from a part in an "as" aside to the comma that closes it


def negation_after_as_aside(tokens: Tokens, s: int, e: int, hi: int) -> int | None:
    """A part in an aside that opens with "as" after a comma ("our Form 10-K, as filed with the
    SEC, did not describe them"): the aside describes the subject before it, so the subject's
    negated verb after the closing comma is the part's too. Its token, or None."""
    words = tokens.words
    if "as" not in words[max(0, s - 6) : s]:
        return None  # the common case, settled without reading the gaps
    opener = next((b for b in range(s - 1, max(-1, s - 7), -1)
                   if words[b] == "as" or re.search(r"[;:,()\n]", tokens.gap(b + 1))), None)
    if opener is None or words[opener] != "as" or "," not in tokens.gap(opener):
        return None  # ("as filed with the U.S. Securities and Exchange Commission": up to six words before)
    for t in range(e + 1, min(hi, e + 1 + _ASIDE_WORDS_AFTER)):
        gap = tokens.gap(t)
        if words[t] == "and" and tuple(words[t - 1 : t + 2]) == ("securities", "and", "exchange"):
            continue
        if re.search(r"[;:()]|[.!?](?:\s|$)", gap) or (words[t] in BOUNDARIES and "," not in gap):
            return None
        if "," in gap:
            u = t
            while u < hi and words[u] in AUXILIARIES and not is_negation(words[u]):
                u += 1
            if u > t and u < hi and is_negation(words[u]):
                return u
            if is_negation(words[t]) and words[t].endswith("n't"):
                return t
            return None
    return None


def _negation_over_aside(tokens: Tokens, e: int, hi: int) -> int | None:
    """A negation of the verb of a subject the part stands in, after an aside between commas:
    "those that our filings with the SEC, including our Form 20-F filed on April 2, 2024, do not
    address". Its token, or None. A clause opener or other punctuation ends the subject."""
    words = tokens.words
    commas = 0
    for t in range(e + 1, min(hi, e + 1 + _ASIDE_REACH)):
        gap = tokens.gap(t)
        if words[t] == "and" and tuple(words[t - 1 : t + 2]) == ("securities", "and", "exchange"):
            continue  # the Commission's name
        if (words[t] in ("and", "or") and "," not in gap and t + 1 < hi
                and (words[t + 1] in FILLERS or words[t + 1] in _SUBJECT_NOUN_OPENERS)):
            continue  # another noun of the subject ("our Form 10-K and any later Form 10-Q, as filed ..., do not")
        if re.search(r"[;:()]|[.!?](?:\s|$)", gap):
            return None
        if words[t] in ("which", "who") and "," in gap and not commas:
            # a non-restrictive relative clause on the subject is an aside too ("Undue reliance on
            # them, which are not guarantees, should not be placed"): its own verb has no comma
            # before it, so only the subject's verb after the closing comma is read
            commas += 1
            continue
        if words[t] in ("and", "but", "or", "which", "that", "who"):
            return None
        if "," not in gap:
            continue
        if commas and words[t] in AUXILIARIES:
            u = t
            while u + 1 < hi and words[u + 1] in AUXILIARIES:
                u += 1
            if is_negation(words[t]):
                return t
            return u + 1 if u + 1 < hi and is_negation(words[u + 1]) else None
        commas += 1
    return None
