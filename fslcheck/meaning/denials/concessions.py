"""Concessions and rejections: an element conceded in an "although" clause and then rejected,
withdrawn or ceased by the main clause, or rejected by a "but" clause that names it again.
"""

from __future__ import annotations

from ..clauses import Tokens
from ..lexicon import BOUNDARIES, OVERLOOKING, is_local_negation, is_negation
from ..syntax import HARD_GAP, SENTENCE_GAP, STOP_GAP, concession_end


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
