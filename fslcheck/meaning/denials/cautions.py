"""Cautions taken back: a caution that lapsed, whose dismissal is what the negation denies, renamed
as a possibility ruled out, withdrawn at the end of its sentence, or answered by a claim of
reliability.
"""

from __future__ import annotations

import re

from ..clauses import Tokens
from ..lexicon import is_negation
from ..syntax import HARD_GAP, SENTENCE_GAP


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
_COMMA = re.compile(",")
